namespace ChildProtection.Registry.Directors;

/// <summary>Who held a training: the county trains every director each year; city and province hold demonstration trainings.</summary>
public enum TrainingLevel { County, City, Province }

/// <summary>One training a director attended.</summary>
/// <param name="Demonstration">A demonstration training (示范培训), which cities and provinces hold at least once a year.</param>
public sealed record TrainingRecord(Guid TrainingId, DateOnly Date, string Title, decimal Hours, TrainingLevel Level, bool Demonstration);
