namespace ChildProtection.Registry.Supervisors.Reading;

/// <summary>A child supervisor as the API shows it: a public contact, name in full, phone per <see cref="Privacy.StaffPhones"/>.</summary>
public sealed record SupervisorView(Guid Id, string Name, string Phone, string TownshipCode, bool Active, DateOnly? LeftOn,
    string? LeaveReason, long Version, DateTimeOffset RegisteredAt)
{
    /// <summary>The view of a supervisor at a stream version.</summary>
    public static SupervisorView From(Supervisor s, long version, Func<string, string> phone) =>
        new(s.Id, s.Details.Name, phone(s.Details.Phone), s.Details.TownshipCode, s.Active, s.LeftOn, s.LeaveReason, version, s.RegisteredAt);
}
