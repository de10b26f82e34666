namespace ChildProtection.Procuratorate.SupervisionOrders;

/// <summary>The order as the prosecutor reads it (guardians named in full here, masked in lists).</summary>
public sealed record SupervisionOrderView(Guid Id, Guid CaseId, Guid ChildId, string RegionCode, IReadOnlyList<string> Guardians, string Content,
    bool FamilyEducationGuidance, string Status, string? ServiceMethod, DateOnly? ServedOn, IReadOnlyList<CheckIn> CheckIns, string? EscalatedTo,
    string? ClosingNote, DateTimeOffset IssuedAt, DateTimeOffset? ClosedAt, long Version)
{
    public static SupervisionOrderView Of(SupervisionOrder o, long version) => new(o.Id, o.CaseId, o.ChildId, o.RegionCode, o.Guardians, o.Content,
        o.FamilyEducationGuidance, o.Status, o.ServiceMethod, o.ServedOn, o.CheckIns, o.EscalatedTo, o.ClosingNote, o.IssuedAt, o.ClosedAt, version);
}
