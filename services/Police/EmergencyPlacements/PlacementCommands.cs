using ChildProtection.Police.Cases;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.EmergencyPlacements;

/// <summary>Ask civil affairs to place the child (the case must be open).</summary>
public sealed record RequestPlacement(Guid RequestId, IReadOnlyList<string> Grounds, string CivilAffairsUnit, string? Whereabouts, string By,
    Moment At)
{
    public static Decision Decide(RequestPlacement c, PoliceCase s) => !s.IsOpen
        ? PoliceCase.Ended(s)
        : Decision.Accept(new PlacementRequested(c.RequestId, s.Id, s.ChildId, s.RegionCode, c.Grounds, c.CivilAffairsUnit, c.Whereabouts, c.At.Now, c.By));
}

/// <summary>Record the hand-over to civil affairs; only while requested.</summary>
public sealed record HandOver(string Placement, string By, Moment At)
{
    public static Decision Decide(HandOver c, EmergencyPlacement s) => s.Status != EmergencyPlacement.Requested
        ? Decision.Reject($"placement-{s.Status}", $"The request is already {s.Status.Replace('-', ' ')}.")
        : Decision.Accept(new ChildHandedOver(s.Id, s.CaseId, c.Placement, c.At.Now, c.By));
}

/// <summary>Withdraw the request; only while requested.</summary>
public sealed record WithdrawPlacement(string Reason, string By, Moment At)
{
    public static Decision Decide(WithdrawPlacement c, EmergencyPlacement s) => s.Status != EmergencyPlacement.Requested
        ? Decision.Reject($"placement-{s.Status}", $"The request is already {s.Status.Replace('-', ' ')}.")
        : Decision.Accept(new PlacementRequestWithdrawn(s.Id, s.CaseId, c.Reason, c.At.Now, c.By));
}
