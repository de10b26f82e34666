using ChildProtection.Fuzzing.Tests.Hosts;

namespace ChildProtection.Fuzzing.Tests.Running;

/// <summary>A caller the fuzzer may use: validation, not authorization, should answer its requests.</summary>
public sealed record Persona(string Department, string Role, string Region)
{
    public static readonly Persona Operator = new("platform", "operator", "*");

    public override string ToString() => $"{Department}/{Role}@{Region}";
}

/// <summary>
/// A service to fuzz: how to start it and whom to send. The first persona is the service's own department (police
/// officers for /api/police); the others are tried in turn when it is refused with 401/403, ending with the operator.
/// Regions are Binhai New Area (120116), one of the five plans' jurisdictions.
/// </summary>
public sealed record ServiceTarget(string Name, Func<IFuzzHost> Start, IReadOnlyList<Persona> Personas)
{
    private const string Region = "120116";

    public static readonly IReadOnlyList<ServiceTarget> All =
    [
        new("registry", () => new RegistryHost(), [new("civil-affairs", "caseworker", Region), new("civil-affairs", "child-director", Region + "102305"), new("civil-affairs", "supervisor", Region), Persona.Operator]),
        new("visits", () => new VisitsHost(), [new("civil-affairs", "child-director", Region + "102305"), new("civil-affairs", "caseworker", Region), new("civil-affairs", "supervisor", Region), Persona.Operator]),
        new("reporting", () => new ReportingHost(), [new("education", "teacher", Region), new("police", "officer", Region), new("civil-affairs", "caseworker", Region), Persona.Operator]),
        new("police", () => new PoliceHost(), [new("police", "officer", Region), new("village-committee", "member", Region + "102305"), Persona.Operator]),
        new("procuratorate", () => new ProcuratorateHost(), [new("procuratorate", "prosecutor", Region), Persona.Operator]),
        new("court", () => new CourtHost(), [new("court", "judge", Region), new("court", "court-clerk", Region), new("civil-affairs", "caseworker", Region), Persona.Operator]),
        new("relief", () => new ReliefHost(), [new("civil-affairs", "relief-officer", Region), new("civil-affairs", "caseworker", Region), Persona.Operator]),
    ];

    public override string ToString() => Name;
}
