using ChildProtection.Web.Localization;

namespace ChildProtection.Web.Forms;

/// <summary>A parent's situation as typed (<c>PUT /api/registry/children/{id}/parents/{father|mother}</c>).</summary>
public sealed class ParentInput
{
    public string? Situation { get; set; }
    public DateTime? Since { get; set; }
    public DateTime? ExpectedEnd { get; set; }
    public string? DisabilityType { get; set; }
    public int? DisabilityGrade { get; set; }

    public bool IsEmpty => Situation is null;

    /// <summary>Deprivation of liberty has an expected end; a severe disability a type and grade.</summary>
    public bool NeedsEnd => Situation is "imprisoned" or "detained" or "compulsory-rehabilitation";

    public bool NeedsDisability => Situation == "severe-disability";

    public object Body() => new
    {
        situation = Situation,
        since = ChinaTime.Iso(Since),
        expectedEnd = NeedsEnd ? ChinaTime.Iso(ExpectedEnd) : null,
        disability = NeedsDisability ? new { type = DisabilityType, grade = DisabilityGrade } : null,
    };

    public static readonly string[] Situations =
        ["present", "working-away", "dead", "declared-missing", "lost-contact", "imprisoned", "detained", "compulsory-rehabilitation",
         "severe-disability", "serious-illness", "guardianship-revoked", "deported"];

    public static readonly string[] DisabilityTypes = ["physical", "visual", "hearing", "speech", "intellectual", "mental", "multiple"];
}

/// <summary>The delegated carer as typed (<c>PUT …/carer</c>).</summary>
public sealed class CarerInput
{
    public string? Name { get; set; }
    public string? Relation { get; set; }
    public bool AgreementSigned { get; set; }
    public DateTime? SignedOn { get; set; }
    public DateTime? Since { get; set; }

    public object Body() => new
    {
        name = Name,
        relation = Relation,
        agreement = new { signed = AgreementSigned, signedOn = AgreementSigned ? ChinaTime.Iso(SignedOn) : null },
        since = ChinaTime.Iso(Since),
    };

    public static readonly string[] Relations =
        ["paternal-grandparent", "maternal-grandparent", "adult-sibling", "uncle-or-aunt", "other-relative", "family-friend", "neighbour", "other"];
}
