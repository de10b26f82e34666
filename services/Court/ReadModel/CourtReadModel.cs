using ChildProtection.Court.GuidanceOrders;
using ChildProtection.Court.ProtectionOrders;
using ChildProtection.Court.Recommendations;
using ChildProtection.Court.Revocations;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;
using Npgsql;

namespace ChildProtection.Court.ReadModel;

/// <summary>
/// Read-your-writes tables, updated in the append's transaction: <c>proceedings</c> (lists and the president's view) and
/// <c>deadlines</c> (what the deadline scanner looks at, to the instant: the decision clock runs in hours).
/// </summary>
public sealed class CourtReadModel : IInlineProjection
{
    public const string Decision = "decision", President = "president", Expiry = "expiry", Petition = "petition", Reply = "reply";

    public async Task EnsureSchemaAsync(ProjectionContext context, CancellationToken ct)
    {
        var s = context.Schema;
        await using var cmd = context.Command($"""
            CREATE TABLE IF NOT EXISTS {s}.proceedings (
                id uuid PRIMARY KEY, kind text NOT NULL, child_id uuid NOT NULL, region_code text NOT NULL, status text NOT NULL,
                urgent boolean NOT NULL DEFAULT false, due_at timestamptz NULL, overdue boolean NOT NULL DEFAULT false,
                president boolean NOT NULL DEFAULT false, opened_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS proceedings_region ON {s}.proceedings (region_code text_pattern_ops);
            CREATE INDEX IF NOT EXISTS proceedings_child ON {s}.proceedings (child_id, kind);
            CREATE TABLE IF NOT EXISTS {s}.deadlines (
                stream_id uuid NOT NULL, stream_type text NOT NULL, kind text NOT NULL, due_at timestamptz NOT NULL,
                settled boolean NOT NULL DEFAULT false, PRIMARY KEY (stream_id, kind));
            CREATE INDEX IF NOT EXISTS deadlines_open ON {s}.deadlines (due_at) WHERE NOT settled;
            CREATE TABLE IF NOT EXISTS {s}.procuratorate_support (
                lawsuit_id uuid PRIMARY KEY, child_id uuid NOT NULL, mode text NOT NULL, recorded_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS procuratorate_support_child ON {s}.procuratorate_support (child_id);
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var stored in events)
            await ApplyAsync(context, stored.Data, ct);
    }

    private static async Task ApplyAsync(ProjectionContext c, object @event, CancellationToken ct)
    {
        switch (@event)
        {
            case ProtectionOrderApplied e:
                await Proceeding(c, e.OrderId, "protection-order", e.ChildId, e.RegionCode, ProtectionOrder.Applied, e.Urgent, e.DecisionDueAt, e.AppliedAt, ct);
                await Deadline(c, e.OrderId, ProtectionOrderEventTypes.StreamType, Decision, e.DecisionDueAt, ct);
                await Deadline(c, e.OrderId, ProtectionOrderEventTypes.StreamType, President, e.PresidentEscalationAt, ct);
                break;
            case ProtectionOrderIssued e:
                await Settle(c, e.OrderId, ct);
                await Status(c, e.OrderId, ProtectionOrder.Issued, ProtectionOrder.EndOf(e.ValidUntil), ct);
                await Deadline(c, e.OrderId, ProtectionOrderEventTypes.StreamType, Expiry, ProtectionOrder.EndOf(e.ValidUntil), ct);
                break;
            case ProtectionOrderExtended e:
                await Status(c, e.OrderId, ProtectionOrder.Issued, ProtectionOrder.EndOf(e.ValidUntil), ct);
                await Deadline(c, e.OrderId, ProtectionOrderEventTypes.StreamType, Expiry, ProtectionOrder.EndOf(e.ValidUntil), ct);
                break;
            case ProtectionOrderRejected e:
                await Close(c, e.OrderId, ProtectionOrder.Rejected, ct);
                break;
            case ProtectionOrderDecisionOverdue e:
                await Settle(c, e.OrderId, ct, Decision);
                await Exec(c, "UPDATE {0}.proceedings SET overdue = true WHERE id = @id", ct, ("id", e.OrderId));
                break;
            case ProtectionOrderEscalatedToPresident e:
                await Settle(c, e.OrderId, ct, President);
                await Exec(c, "UPDATE {0}.proceedings SET president = true WHERE id = @id", ct, ("id", e.OrderId));
                break;
            case ProtectionOrderRevoked e:
                await Close(c, e.OrderId, ProtectionOrder.Revoked, ct);
                break;
            case ProtectionOrderExpired e:
                await Close(c, e.OrderId, ProtectionOrder.Expired, ct);
                break;

            case RevocationPetitionFiled e:
                await Proceeding(c, e.CaseId, "revocation", e.ChildId, e.RegionCode, "filed", false, null, e.FiledAt, ct);
                break;
            case RevocationHearingScheduled e:
                await Status(c, e.CaseId, "hearing-scheduled", null, ct);
                break;
            case RevocationJudged e:
                await Close(c, e.CaseId, e.Revoked ? "revoked" : "not-revoked", ct);
                break;
            case RevocationGroundsNoted e:
                var petitionDue = ProtectionOrder.EndOf(e.PetitionDueOn);
                await Proceeding(c, e.DutyId, "revocation-duty", e.ChildId, e.RegionCode, "awaiting-petition", false, petitionDue, e.NotedAt, ct);
                await Deadline(c, e.DutyId, RevocationEventTypes.DutyStreamType, Petition, petitionDue, ct);
                break;
            case RevocationDutyDischarged e:
                await Close(c, e.DutyId, "petition-filed", ct);
                break;
            case CivilAffairsPetitionPrompted e:
                await Close(c, e.DutyId, "civil-affairs-prompted", ct);
                break;

            case GuidanceProceedingOpened e:
                await Proceeding(c, e.OrderId, "guidance-order", e.ChildId, e.RegionCode, "open", false, null, e.OpenedAt, ct);
                break;
            case GuidanceOrderIssued e:
                await Status(c, e.OrderId, "issued", ProtectionOrder.EndOf(e.CompleteBy), ct);
                break;
            case GuidanceOrderCompleted e:
                await Close(c, e.OrderId, "completed", ct);
                break;
            case GuidanceOrderBreached e:
                await Close(c, e.OrderId, "breached", ct);
                break;

            case JudicialRecommendationIssued e:
                var replyDue = ProtectionOrder.EndOf(e.ReplyDue);
                await Proceeding(c, e.RecommendationId, "judicial-recommendation", e.ChildId, e.RegionCode, "awaiting-reply", false, replyDue, e.IssuedAt, ct);
                await Deadline(c, e.RecommendationId, JudicialRecommendationEventTypes.StreamType, Reply, replyDue, ct);
                break;
            case JudicialRecommendationReplyRecorded e:
                await Close(c, e.RecommendationId, "replied", ct);
                break;
            case JudicialRecommendationReplyOverdue e:
                await Settle(c, e.RecommendationId, ct);
                await Exec(c, "UPDATE {0}.proceedings SET status = 'reply-overdue', overdue = true WHERE id = @id", ct, ("id", e.RecommendationId));
                break;
        }
    }

    private static Task Proceeding(ProjectionContext c, Guid id, string kind, Guid childId, string region, string status, bool urgent, DateTimeOffset? due,
        DateTimeOffset at, CancellationToken ct) =>
        Exec(c, """
            INSERT INTO {0}.proceedings (id, kind, child_id, region_code, status, urgent, due_at, opened_at)
            VALUES (@id, @kind, @child, @region, @status, @urgent, @due, @at)
            """, ct, ("id", id), ("kind", kind), ("child", childId), ("region", region), ("status", status), ("urgent", urgent), ("due", due), ("at", at));

    private static Task Deadline(ProjectionContext c, Guid id, string streamType, string kind, DateTimeOffset due, CancellationToken ct) =>
        Exec(c, """
            INSERT INTO {0}.deadlines (stream_id, stream_type, kind, due_at) VALUES (@id, @type, @kind, @due)
            ON CONFLICT (stream_id, kind) DO UPDATE SET due_at = excluded.due_at, settled = false
            """, ct, ("id", id), ("type", streamType), ("kind", kind), ("due", due));

    private static Task Settle(ProjectionContext c, Guid id, CancellationToken ct, string? kind = null) =>
        kind is null
            ? Exec(c, "UPDATE {0}.deadlines SET settled = true WHERE stream_id = @id", ct, ("id", id))
            : Exec(c, "UPDATE {0}.deadlines SET settled = true WHERE stream_id = @id AND kind = @kind", ct, ("id", id), ("kind", kind));

    private static Task Status(ProjectionContext c, Guid id, string status, DateTimeOffset? due, CancellationToken ct) =>
        Exec(c, "UPDATE {0}.proceedings SET status = @status, due_at = @due WHERE id = @id", ct, ("id", id), ("status", status), ("due", due));

    /// <summary>A final status: nothing of the proceeding is due any more.</summary>
    private static async Task Close(ProjectionContext c, Guid id, string status, CancellationToken ct)
    {
        await Status(c, id, status, null, ct);
        await Settle(c, id, ct);
    }

    private static async Task Exec(ProjectionContext c, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = c.Command(sql.Replace("{0}", c.Schema, StringComparison.Ordinal));
        foreach (var (name, value) in parameters)
            cmd.Parameters.Add(value is null ? new NpgsqlParameter(name, NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = DBNull.Value } : new NpgsqlParameter(name, value));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
