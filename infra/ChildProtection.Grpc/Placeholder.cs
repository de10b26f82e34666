namespace ChildProtection.Grpc; internal static class Placeholder {}
