namespace ChildProtection.ServiceDefaults;

/// <summary>The authorization matrix file is missing or invalid; the host must not start.</summary>
public sealed class AuthorizationMatrixException(string message) : Exception(message);
