namespace ChildProtection.Police.Instruments;

/// <summary>
/// The first event of an instrument's stream (admonition, guidance order, recommendation, warning letter, placement
/// request): what the instruments list shows. <see cref="NamedPerson"/> is stored in the stream and shown masked in lists.
/// </summary>
public interface IInstrumentIssued
{
    Guid InstrumentId { get; }
    Guid CaseId { get; }
    Guid? ChildId { get; }
    string RegionCode { get; }
    string InstrumentKind { get; }
    string InstrumentStatus { get; }
    string? NamedPerson { get; }
    DateTimeOffset IssuedAt { get; }
    /// <summary>The deadline the scanner watches (a reply, a completion), if any.</summary>
    DateTimeOffset? DueAt { get; }
}

/// <summary>A later event of an instrument's stream and the status it leaves the instrument in.</summary>
public interface IInstrumentChanged
{
    Guid InstrumentId { get; }
    string InstrumentStatus { get; }
    /// <summary>True when the instrument's deadline no longer runs (answered, completed, refused).</summary>
    bool StopsClock { get; }
}

/// <summary>An instrument's deadline passed unanswered (emitted once, by the deadline scanner).</summary>
public interface IInstrumentOverdue
{
    Guid InstrumentId { get; }
}
