namespace ChildProtection.ServiceDefaults;

/// <summary>Roles used across the services. Not a closed list: a token may carry others.</summary>
public static class Roles
{
    /// <summary>Civil-affairs caseworker.</summary>
    public const string Caseworker = "caseworker";
    /// <summary>儿童主任 child director of a village or community.</summary>
    public const string ChildDirector = "child-director";
    /// <summary>儿童督导员 child supervisor of a township or street.</summary>
    public const string Supervisor = "supervisor";
    /// <summary>Police officer.</summary>
    public const string Officer = "officer";
    /// <summary>Prosecutor.</summary>
    public const string Prosecutor = "prosecutor";
    /// <summary>Judge.</summary>
    public const string Judge = "judge";
    /// <summary>Court clerk (书记员): records applications, hearings and service; never decides.</summary>
    public const string CourtClerk = "court-clerk";
    /// <summary>Relief officer of civil affairs.</summary>
    public const string ReliefOfficer = "relief-officer";
    /// <summary>Read-only auditor.</summary>
    public const string Auditor = "auditor";
    /// <summary>Platform operator: error queues, projections, health.</summary>
    public const string Operator = "operator";

    /// <summary>热线接线员: a platform hotline agent taking calls to 12355 and filing them as mandatory reports (never an operator).</summary>
    public const string HotlineAgent = "hotline-agent";
}
