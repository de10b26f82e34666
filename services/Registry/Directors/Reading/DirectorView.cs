namespace ChildProtection.Registry.Directors.Reading;

/// <summary>
/// A child director as the API shows it. Directors are the public contact for families, so their name is shown
/// in full; the phone is in full for civil affairs and masked for other departments (<see cref="Privacy.StaffPhones"/>).
/// </summary>
public sealed record DirectorView(Guid Id, string Name, string Phone, string VillageCode, bool RealNameRegistered,
    DateOnly AppointedOn, bool Active, DateOnly? LeftOn, string? LeaveReason, long Version, DateTimeOffset RegisteredAt,
    IReadOnlyList<TrainingView> Trainings)
{
    /// <summary>The view of a director at a stream version; <paramref name="phone"/> turns the stored phone into the shown one.</summary>
    public static DirectorView From(Director d, long version, Func<string, string> phone) =>
        new(d.Id, d.Details.Name, phone(d.Details.Phone), d.Details.VillageCode, d.Details.RealNameRegistered, d.Details.AppointedOn,
            d.Active, d.LeftOn, d.LeaveReason, version, d.RegisteredAt, [.. d.Trainings.Select(TrainingView.From)]);
}

/// <summary>A training as the API shows it; <see cref="Level"/> is <c>county</c>, <c>city</c> or <c>province</c>.</summary>
public sealed record TrainingView(Guid Id, DateOnly Date, string Title, decimal Hours, string Level, bool Demonstration)
{
    /// <summary>The view of a training record.</summary>
    public static TrainingView From(TrainingRecord t) => new(t.TrainingId, t.Date, t.Title, t.Hours, LevelText(t.Level), t.Demonstration);

    /// <summary>The level as stored and shown.</summary>
    public static string LevelText(TrainingLevel level) => level switch
    {
        TrainingLevel.County => "county",
        TrainingLevel.City => "city",
        _ => "province",
    };
}
