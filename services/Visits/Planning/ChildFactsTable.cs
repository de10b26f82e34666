using ChildProtection.ServiceDefaults.EventSourcing;
using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace ChildProtection.Visits.Planning;

/// <summary>
/// The <c>children</c> table of registry facts, written only by <see cref="RegistryFactsConsumer"/> in its session (with the
/// plan's events and the inbox mark). Not a projection of visits' own events, so a projection rebuild never empties it.
/// </summary>
public static class ChildFactsTable
{
    public const string Name = "children";

    /// <summary>The table, created and migrated with the event store (<c>StoreOptions.Storage.ExtendedSchemaObjects</c>).</summary>
    public static Table Define(ServiceSchema schema)
    {
        var t = new Table(new PostgresqlObjectName(schema.Name, Name, SchemaUtils.IdentifierUsage.General));
        t.AddColumn<Guid>("child_id").AsPrimaryKey();
        t.AddColumn("region_code", "text").AllowNulls();
        t.AddColumn("birth_date", "date").AllowNulls();
        t.AddColumn("household", "text").AllowNulls();
        t.AddColumn<Guid>("director_id").AllowNulls();
        t.AddColumn("categories", "text[]").NotNull().DefaultValueByExpression("'{}'");
        t.AddColumn("risk_factors", "text[]").NotNull().DefaultValueByExpression("'{}'");
        t.AddColumn("guardianship", "text").AllowNulls();
        t.AddColumn<bool>("carer_delegated").NotNull().DefaultValueByExpression("false");
        t.AddColumn<bool>("carer_unfit").NotNull().DefaultValueByExpression("false");
        t.AddColumn<DateTimeOffset>("updated_at").NotNull().DefaultValueByExpression("now()");
        return t;
    }

    public static async Task<ChildFacts?> ReadAsync(NpgsqlDataSource db, ServiceSchema schema, Guid childId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT region_code, birth_date, household, director_id, categories, risk_factors, guardianship, carer_delegated, carer_unfit
            FROM {schema.Table(Name)} WHERE child_id = @id
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

    /// <summary>Queues the upsert of <paramref name="f"/> in the session: saved with whatever else the session holds.</summary>
    public static void Upsert(IDocumentSession session, ServiceSchema schema, ChildFacts f)
    {
        object?[] values = [f.ChildId, f.RegionCode, f.BirthDate, f.Household, f.DirectorId, f.Categories.ToArray(), f.RiskFactors.ToArray(),
            f.Guardianship, f.CarerDelegated, f.CarerUnfit];
        session.QueueSqlCommand($"""
            INSERT INTO {schema.Table(Name)} AS c (child_id, region_code, birth_date, household, director_id, categories, risk_factors,
                guardianship, carer_delegated, carer_unfit, updated_at)
            VALUES (?, ?::text, ?::date, ?::text, ?::uuid, ?::text[], ?::text[], ?::text, ?, ?, now())
            ON CONFLICT (child_id) DO UPDATE SET region_code = excluded.region_code, birth_date = excluded.birth_date,
                household = excluded.household, director_id = excluded.director_id, categories = excluded.categories,
                risk_factors = excluded.risk_factors, guardianship = excluded.guardianship, carer_delegated = excluded.carer_delegated,
                carer_unfit = excluded.carer_unfit, updated_at = now()
            """, values!);
    }
}
