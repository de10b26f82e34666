namespace ChildProtection.EventStore; internal static class Placeholder {}
