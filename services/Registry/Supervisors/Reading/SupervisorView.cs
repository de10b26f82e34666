namespace ChildProtection.Registry.Supervisors.Reading;

/// <summary>A child supervisor as the API shows it (a public contact, so name and phone are shown in full).</summary>
public sealed record SupervisorView(Guid Id, string Name, string Phone, string TownshipCode, bool Active, DateOnly? LeftOn,
    string? LeaveReason, long Version, DateTimeOffset RegisteredAt)
{
    /// <summary>The view of a supervisor at a stream version.</summary>
    public static SupervisorView From(Supervisor s, long version) =>
        new(s.Id, s.Details.Name, s.Details.Phone, s.Details.TownshipCode, s.Active, s.LeftOn, s.LeaveReason, version, s.RegisteredAt);
}
