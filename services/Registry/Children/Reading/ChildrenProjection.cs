using ChildProtection.Registry.Children.Facts;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx.Events;
using Marten;
using Weasel.Postgresql.Tables;

namespace ChildProtection.Registry.Children.Reading;

/// <summary>
/// The children read model (<c>children</c>) for lists, matching, coverage, spot checks and the daily category review;
/// inline, so a client reads its own write at once. The stream stays the truth: a child's full file is folded from it.
/// </summary>
public sealed class ChildrenProjection : TableProjection
{
    public ChildrenProjection(ServiceSchema schema) : base(schema, "children")
    {
        Table("children", t =>
        {
            t.AddColumn("id", "uuid").AsPrimaryKey();
            t.AddColumn("name", "text").NotNull();
            t.AddColumn("gender", "text").NotNull();
            t.AddColumn("birth_date", "date").NotNull();
            t.AddColumn("region_code", "text").NotNull();
            t.AddColumn("household", "text").NotNull();
            t.AddColumn("version", "bigint").NotNull();
            t.AddColumn("registered_at", "timestamptz").NotNull();
            // The child's active categories (codes as in Categories/CategoryCodes).
            t.AddColumn("categories", "text[]").NotNull().DefaultValueByExpression("ARRAY[]::text[]");
            t.AddColumn("school", "text").AllowNulls();
            t.AddColumn("national_id_index", "text").AllowNulls();
            t.AddColumn("director_id", "uuid").AllowNulls();
            t.AddColumn("carer_agreement_signed", "boolean").AllowNulls();
            t.AddColumn("carer_direct_relative", "boolean").AllowNulls();
            t.AddColumn("assessments", "integer").NotNull().DefaultValueByExpression("0");
            // Dates on which categories change with no new fact (lost contact + 6 months, end of custody), per parent.
            t.AddColumn("father_trigger_on", "date").AllowNulls();
            t.AddColumn("mother_trigger_on", "date").AllowNulls();
            t.Indexes.Add(RegionIndex("children_region"));
            t.Indexes.Add(new IndexDefinition("children_national_id") { Columns = ["national_id_index"], Predicate = "national_id_index IS NOT NULL" });
            t.Indexes.Add(Index("children_birth", "birth_date"));
        });
    }

    public override ValueTask ApplyAsync(IDocumentOperations ops, IEvent e, CancellationToken cancellation)
    {
        if (!ChildEventTypes.All.Contains(e.Data.GetType())) return ValueTask.CompletedTask;
        switch (e.Data)
        {
            case ChildRegistered r:
                var d = r.Details;
                Sql(ops, """
                    INSERT INTO {schema}.children (id, name, gender, birth_date, region_code, household, version, registered_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, gender = excluded.gender, birth_date = excluded.birth_date,
                        region_code = excluded.region_code, household = excluded.household, version = excluded.version
                    """, r.ChildId, d.Name, Codes.Of(d.Gender), d.BirthDate, d.RegionCode, Codes.Of(d.Household), e.Version, r.RegisteredAt);
                break;
            case ChildDetailsCorrected c:
                Sql(ops, "UPDATE {schema}.children SET name = ?, gender = ?, birth_date = ?, region_code = ?, household = ? WHERE id = ?",
                    c.Details.Name, Codes.Of(c.Details.Gender), c.Details.BirthDate, c.Details.RegionCode, Codes.Of(c.Details.Household), c.ChildId);
                break;
            case NationalIdRecorded n:
                Sql(ops, "UPDATE {schema}.children SET national_id_index = ? WHERE id = ?", n.NationalId.BlindIndex, n.ChildId);
                break;
            case SchoolRecorded s:
                Sql(ops, "UPDATE {schema}.children SET school = ?::text WHERE id = ?", s.School, s.ChildId);
                break;
            case DirectorAssigned a:
                Sql(ops, "UPDATE {schema}.children SET director_id = ? WHERE id = ?", a.DirectorId, a.ChildId);
                break;
            case CategoryEntered ce:
                Sql(ops, "UPDATE {schema}.children SET categories = array(SELECT DISTINCT unnest(categories || ARRAY[?::text]) ORDER BY 1) WHERE id = ?",
                    ce.Category, ce.ChildId);
                break;
            case CategoryLeft cl:
                Sql(ops, "UPDATE {schema}.children SET categories = array_remove(categories, ?::text) WHERE id = ?", cl.Category, cl.ChildId);
                break;
            case CarerDelegated cd:
                Sql(ops, "UPDATE {schema}.children SET carer_agreement_signed = ?, carer_direct_relative = ? WHERE id = ?",
                    cd.Carer.Agreement.Signed, cd.Carer.DirectRelative, cd.ChildId);
                break;
            case CarerDelegationEnded ended:
                Sql(ops, "UPDATE {schema}.children SET carer_agreement_signed = NULL, carer_direct_relative = NULL WHERE id = ?", ended.ChildId);
                break;
            case GuardianshipAssessed ga:
                Sql(ops, "UPDATE {schema}.children SET assessments = assessments + 1 WHERE id = ?", ga.ChildId);
                break;
            case ParentSituationRecorded p:
                Sql(ops, $"UPDATE {{schema}}.children SET {(p.Parent == ParentRole.Father ? "father" : "mother")}_trigger_on = ?::date WHERE id = ?",
                    Trigger(p.Situation), p.ChildId);
                break;
        }
        // Every event of the child's stream moves its version: lists show the ETag a change needs.
        Sql(ops, "UPDATE {schema}.children SET version = ? WHERE id = ?", e.Version, e.StreamId);
        return ValueTask.CompletedTask;
    }

    /// <summary>When a situation alone changes the categories: six months after a lost-contact report, the end of custody.</summary>
    private static DateOnly? Trigger(ParentSituation s) => s.Kind == ParentSituationKind.LostContact
        ? s.Since.AddMonths(Categories.CategoryRules.ThresholdMonths)
        : s.IsDeprivedOfLiberty ? s.ExpectedEnd : null;
}
