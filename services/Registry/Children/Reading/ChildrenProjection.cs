using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;
using ChildProtection.Registry.Children.Facts;

namespace ChildProtection.Registry.Children.Reading;

/// <summary>
/// The children read model for lists, matching, coverage and the daily category review; kept inline so a client
/// reads its own write at once. The stream stays the truth: a child's full file is folded from it.
/// </summary>
public sealed class ChildrenProjection : IInlineProjection
{
    public async Task EnsureSchemaAsync(ProjectionContext c, CancellationToken ct)
    {
        await using var cmd = c.Command($"""
            CREATE TABLE IF NOT EXISTS {c.Schema}.children (
                id uuid PRIMARY KEY,
                name text NOT NULL,
                gender text NOT NULL,
                birth_date date NOT NULL,
                region_code text NOT NULL,
                household text NOT NULL,
                version bigint NOT NULL,
                registered_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS children_region ON {c.Schema}.children (region_code text_pattern_ops);
            -- The child's active categories (codes as in Categories/CategoryCodes).
            ALTER TABLE {c.Schema}.children ADD COLUMN IF NOT EXISTS categories text[] NOT NULL DEFAULT ARRAY[]::text[];
            ALTER TABLE {c.Schema}.children ADD COLUMN IF NOT EXISTS school text NULL;
            ALTER TABLE {c.Schema}.children ADD COLUMN IF NOT EXISTS national_id_index text NULL;
            ALTER TABLE {c.Schema}.children ADD COLUMN IF NOT EXISTS director_id uuid NULL;
            ALTER TABLE {c.Schema}.children ADD COLUMN IF NOT EXISTS carer_agreement_signed boolean NULL;
            ALTER TABLE {c.Schema}.children ADD COLUMN IF NOT EXISTS carer_direct_relative boolean NULL;
            ALTER TABLE {c.Schema}.children ADD COLUMN IF NOT EXISTS assessments integer NOT NULL DEFAULT 0;
            -- Dates on which categories change with no new fact (lost contact + 6 months, end of custody), per parent.
            ALTER TABLE {c.Schema}.children ADD COLUMN IF NOT EXISTS father_trigger_on date NULL;
            ALTER TABLE {c.Schema}.children ADD COLUMN IF NOT EXISTS mother_trigger_on date NULL;
            CREATE INDEX IF NOT EXISTS children_national_id ON {c.Schema}.children (national_id_index) WHERE national_id_index IS NOT NULL;
            CREATE INDEX IF NOT EXISTS children_birth ON {c.Schema}.children (birth_date);
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext c, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            var (sql, parameters) = Statement(c.Schema, e.Data);
            var bump = $"UPDATE {c.Schema}.children SET version = @version WHERE id = @stream";
            await using var cmd = c.Command(sql is null ? bump : $"{sql}; {bump}");
            cmd.Parameters.AddWithValue("version", e.Version);
            cmd.Parameters.AddWithValue("stream", e.StreamId);
            foreach (var (name, value) in parameters)
                cmd.Parameters.Add(new Npgsql.NpgsqlParameter(name, value ?? DBNull.Value));
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    private static (string? Sql, (string, object?)[] Parameters) Statement(string s, object data) => data switch
    {
        ChildRegistered r => ($"""
            INSERT INTO {s}.children (id, name, gender, birth_date, region_code, household, version, registered_at)
            VALUES (@id, @name, @gender, @birth, @region, @household, @version, @at)
            ON CONFLICT (id) DO UPDATE SET name = @name, gender = @gender, birth_date = @birth, region_code = @region,
                household = @household, version = @version
            """, [.. Details(r.ChildId, r.Details), ("at", r.RegisteredAt)]),
        ChildDetailsCorrected d => ($"""
            UPDATE {s}.children SET name = @name, gender = @gender, birth_date = @birth, region_code = @region, household = @household
            WHERE id = @id
            """, Details(d.ChildId, d.Details)),
        NationalIdRecorded n => ($"UPDATE {s}.children SET national_id_index = @index WHERE id = @id",
            [("id", n.ChildId), ("index", n.NationalId.BlindIndex)]),
        SchoolRecorded sr => ($"UPDATE {s}.children SET school = @school WHERE id = @id", [("id", sr.ChildId), ("school", sr.School)]),
        DirectorAssigned a => ($"UPDATE {s}.children SET director_id = @director WHERE id = @id", [("id", a.ChildId), ("director", a.DirectorId)]),
        CategoryEntered ce => ($"""
            UPDATE {s}.children SET categories = array(SELECT DISTINCT unnest(categories || ARRAY[@category]) ORDER BY 1) WHERE id = @id
            """, [("id", ce.ChildId), ("category", ce.Category)]),
        CategoryLeft cl => ($"UPDATE {s}.children SET categories = array_remove(categories, @category) WHERE id = @id",
            [("id", cl.ChildId), ("category", cl.Category)]),
        CarerDelegated cd => ($"UPDATE {s}.children SET carer_agreement_signed = @signed, carer_direct_relative = @direct WHERE id = @id",
            [("id", cd.ChildId), ("signed", cd.Carer.Agreement.Signed), ("direct", cd.Carer.DirectRelative)]),
        CarerDelegationEnded ce => ($"UPDATE {s}.children SET carer_agreement_signed = NULL, carer_direct_relative = NULL WHERE id = @id",
            [("id", ce.ChildId)]),
        GuardianshipAssessed ga => ($"UPDATE {s}.children SET assessments = assessments + 1 WHERE id = @id", [("id", ga.ChildId)]),
        ParentSituationRecorded p => ($"UPDATE {s}.children SET {(p.Parent == ParentRole.Father ? "father" : "mother")}_trigger_on = @trigger WHERE id = @id",
            [("id", p.ChildId), ("trigger", Trigger(p.Situation))]),
        _ => (null, []),
    };

    private static (string, object?)[] Details(Guid id, ChildDetails d) =>
    [
        ("id", id), ("name", d.Name), ("gender", d.Gender == Gender.Male ? "male" : "female"), ("birth", d.BirthDate),
        ("region", d.RegionCode), ("household", d.Household == Household.Rural ? "rural" : "urban"),
    ];

    /// <summary>When a situation alone changes the categories: six months after a lost-contact report, the end of custody.</summary>
    private static DateOnly? Trigger(ParentSituation s) => s.Kind == ParentSituationKind.LostContact
        ? s.Since.AddMonths(Categories.CategoryRules.ThresholdMonths)
        : s.IsDeprivedOfLiberty ? s.ExpectedEnd : null;
}
