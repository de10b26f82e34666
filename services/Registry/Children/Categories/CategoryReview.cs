using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.Scheduling;
using Npgsql;
using ChildProtection.Registry.Http;
using Weasel.Postgresql.Tables;

namespace ChildProtection.Registry.Children.Categories;

/// <summary>
/// The daily category review: categories change with no new fact when a child turns 16 or 18, six months after a
/// parent's lost-contact report, or when a parent's custody ends. Finds the children whose such date fell since the
/// last review and recomputes their categories through the command step (<see cref="StreamCommand.ApplyAsync{TState}"/>:
/// nothing decided, the categories reconciled, retried on a concurrent change). Idempotent (recomputing an up-to-date
/// child appends nothing); one instance at a time through an advisory lock.
/// </summary>
public sealed class CategoryReview(NpgsqlDataSource db, StreamCommand command, IRegistryPolicies policies, ServiceSchema schema,
    TimeProvider clock, ILogger<CategoryReview> log)
{
    private const long LockKey = 0x5245_5649_4557; // "REVIEW"

    /// <summary>The review's own bookkeeping table, <c>category_review</c> (reviewed through which date), created with the event store.</summary>
    public static Table Table(ServiceSchema schema)
    {
        var table = new Table(new Weasel.Postgresql.PostgresqlObjectName(schema.Name, "category_review", Weasel.Postgresql.SchemaUtils.IdentifierUsage.General));
        table.AddColumn("id", "integer").AsPrimaryKey();
        table.AddColumn("reviewed_through", "date").NotNull();
        table.AddColumn("changed", "integer").NotNull();
        table.AddColumn("at", "timestamptz").NotNull();
        return table;
    }

    /// <summary>Reviews up to today; returns how many children's categories changed, or null when another instance is reviewing.</summary>
    public Task<int?> RunAsync(CancellationToken ct) =>
        AdvisoryLock.TryRunAsync(db, LockKey, async lockConn =>
        {
            var today = clock.Today();
            var last = await LastRunAsync(lockConn, ct);
            var changed = 0;
            foreach (var id in await DueAsync(lockConn, last, today, ct))
                if (await command.ApplyAsync(id, Child.Kind, policies.Reconciling((_, _) => Decision.Accept()), EventMetadata.ForSystem(), ct))
                    changed++;
            var table = schema.Table("category_review");
            await using var save = new NpgsqlCommand($"""
                INSERT INTO {table} (id, reviewed_through, changed, at) VALUES (1, @today, @changed, now())
                ON CONFLICT (id) DO UPDATE SET reviewed_through = greatest({table}.reviewed_through, @today), changed = @changed, at = now()
                """, lockConn);
            save.Parameters.AddWithValue("today", today);
            save.Parameters.AddWithValue("changed", changed);
            await save.ExecuteNonQueryAsync(ct);
            log.LogInformation("Category review through {Today}: {Changed} children's categories changed", today, changed);
            return changed;
        }, ct);

    private async Task<DateOnly?> LastRunAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"SELECT reviewed_through FROM {schema.Table("category_review")} WHERE id = 1", conn);
        return await cmd.ExecuteScalarAsync(ct) is DateOnly d ? d : null;
    }

    /// <summary>Children with a time-driven change in (last, today]; on the first run, every child.</summary>
    private async Task<List<Guid>> DueAsync(NpgsqlConnection conn, DateOnly? last, DateOnly today, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"""
            SELECT id FROM {schema.Table("children")}
            WHERE @last::date IS NULL
               OR (birth_date + interval '16 years')::date > @last AND (birth_date + interval '16 years')::date <= @today
               OR (birth_date + interval '18 years')::date > @last AND (birth_date + interval '18 years')::date <= @today
               OR father_trigger_on > @last AND father_trigger_on <= @today
               OR mother_trigger_on > @last AND mother_trigger_on <= @today
            """, conn);
        cmd.Parameters.Add(new NpgsqlParameter("last", NpgsqlTypes.NpgsqlDbType.Date) { Value = (object?)last ?? DBNull.Value });
        cmd.Parameters.AddWithValue("today", today);
        var ids = new List<Guid>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
        return ids;
    }
}

/// <summary>Runs the review at start and then every <c>Registry:CategoryReview:IntervalMinutes</c> (default 60) on the injected clock.</summary>
public sealed class CategoryReviewService(CategoryReview review, TimeProvider clock, IConfiguration configuration, ILogger<CategoryReviewService> log)
    : PeriodicJob(clock, TimeSpan.FromMinutes(configuration.GetValue("Registry:CategoryReview:IntervalMinutes", 60)), log)
{
    protected override string Name => "The category review";

    protected override Task RunOnceAsync(CancellationToken ct) => review.RunAsync(ct);
}
