namespace ChildProtection.Contracts.Registry;

/// <summary>A child director (儿童主任) was assigned to the child.</summary>
public sealed record ChildDirectorAssigned(Guid ChildId, Guid DirectorId, DateTimeOffset AssignedAt);
