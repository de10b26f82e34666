namespace ChildProtection.ServiceDefaults; internal static class Placeholder {}
