using Npgsql;
using NpgsqlTypes;

namespace ChildProtection.Visits.Planning;

/// <summary>The <c>visits.children</c> read model of registry facts.</summary>
public static class ChildFactsTable
{
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS visits.children (
            child_id uuid PRIMARY KEY,
            region_code text,
            birth_date date,
            household text,
            director_id uuid,
            categories text[] NOT NULL DEFAULT '{}',
            risk_factors text[] NOT NULL DEFAULT '{}',
            guardianship text,
            carer_delegated boolean NOT NULL DEFAULT false,
            carer_unfit boolean NOT NULL DEFAULT false,
            updated_at timestamptz NOT NULL DEFAULT now());
        """;

    public static async Task<ChildFacts?> ReadAsync(NpgsqlDataSource db, Guid childId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT region_code, birth_date, household, director_id, categories, risk_factors, guardianship, carer_delegated, carer_unfit
            FROM visits.children WHERE child_id = @id
            """);
        cmd.Parameters.AddWithValue("id", childId);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return new ChildFacts(childId,
            r.IsDBNull(0) ? null : r.GetString(0),
            r.IsDBNull(1) ? null : r.GetFieldValue<DateOnly>(1),
            r.IsDBNull(2) ? null : r.GetString(2),
            r.IsDBNull(3) ? null : r.GetGuid(3),
            r.GetFieldValue<string[]>(4),
            r.GetFieldValue<string[]>(5),
            r.IsDBNull(6) ? null : r.GetString(6),
            r.GetBoolean(7),
            r.GetBoolean(8));
    }

    public static async Task UpsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, ChildFacts f, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO visits.children AS c (child_id, region_code, birth_date, household, director_id, categories, risk_factors,
                guardianship, carer_delegated, carer_unfit, updated_at)
            VALUES (@id, @region, @birth, @household, @director, @categories, @risks, @guardianship, @delegated, @unfit, now())
            ON CONFLICT (child_id) DO UPDATE SET region_code = @region, birth_date = @birth, household = @household,
                director_id = @director, categories = @categories, risk_factors = @risks, guardianship = @guardianship,
                carer_delegated = @delegated, carer_unfit = @unfit, updated_at = now()
            """, conn, tx);
        cmd.Parameters.AddWithValue("id", f.ChildId);
        cmd.Parameters.Add(new NpgsqlParameter("region", NpgsqlDbType.Text) { Value = (object?)f.RegionCode ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("birth", NpgsqlDbType.Date) { Value = (object?)f.BirthDate ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("household", NpgsqlDbType.Text) { Value = (object?)f.Household ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("director", NpgsqlDbType.Uuid) { Value = (object?)f.DirectorId ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("categories", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = f.Categories.ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter("risks", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = f.RiskFactors.ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter("guardianship", NpgsqlDbType.Text) { Value = (object?)f.Guardianship ?? DBNull.Value });
        cmd.Parameters.AddWithValue("delegated", f.CarerDelegated);
        cmd.Parameters.AddWithValue("unfit", f.CarerUnfit);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
