namespace ChildProtection.Contracts; internal static class Placeholder {}
