using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;
using ChildProtection.Procuratorate.Cases;
using ChildProtection.Procuratorate.Lawsuits;
using ChildProtection.Procuratorate.Privacy;
using ChildProtection.Procuratorate.PublicInterest;
using ChildProtection.Procuratorate.Recommendations;
using ChildProtection.Procuratorate.SupervisionOrders;
using Npgsql;

namespace ChildProtection.Procuratorate.ReadModel;

/// <summary>
/// Read-your-writes tables, updated in the append's transaction: <c>cases</c> (lists), <c>instruments</c> (each case's
/// instruments, addressees already masked) and <c>deadlines</c> (what the deadline scanner looks at).
/// </summary>
public sealed class ProcuratorateReadModel : IInlineProjection
{
    public async Task EnsureSchemaAsync(ProjectionContext context, CancellationToken ct)
    {
        var s = context.Schema;
        await using var cmd = context.Command($"""
            CREATE TABLE IF NOT EXISTS {s}.cases (
                id uuid PRIMARY KEY, region_code text NOT NULL, child_id uuid NULL, source text NOT NULL, referral_id uuid NULL,
                status text NOT NULL, outcome text NULL, opened_at timestamptz NOT NULL, closed_at timestamptz NULL);
            CREATE INDEX IF NOT EXISTS cases_region ON {s}.cases (region_code text_pattern_ops);
            CREATE UNIQUE INDEX IF NOT EXISTS cases_referral ON {s}.cases (referral_id) WHERE referral_id IS NOT NULL;
            CREATE TABLE IF NOT EXISTS {s}.instruments (
                id uuid PRIMARY KEY, case_id uuid NOT NULL, kind text NOT NULL, status text NOT NULL, addressee text NOT NULL,
                due_on date NULL, issued_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS instruments_case ON {s}.instruments (case_id);
            CREATE TABLE IF NOT EXISTS {s}.deadlines (
                stream_id uuid NOT NULL, stream_type text NOT NULL, seq int NOT NULL, due_on date NOT NULL, settled boolean NOT NULL DEFAULT false,
                PRIMARY KEY (stream_id, seq));
            CREATE INDEX IF NOT EXISTS deadlines_open ON {s}.deadlines (due_on) WHERE NOT settled;
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
            case CaseOpened e:
                await Exec(c, """
                    INSERT INTO {0}.cases (id, region_code, child_id, source, referral_id, status, opened_at)
                    VALUES (@id, @region, @child, @source, @referral, 'open', @at)
                    """, ct, ("id", e.CaseId), ("region", e.RegionCode), ("child", e.ChildId), ("source", e.Source), ("referral", e.ReferralId), ("at", e.OpenedAt));
                break;
            case CaseClosed e:
                await Exec(c, "UPDATE {0}.cases SET status = 'closed', outcome = @outcome, closed_at = @at WHERE id = @id", ct,
                    ("id", e.CaseId), ("outcome", e.Outcome), ("at", e.ClosedAt));
                break;

            case SupervisionOrderIssued e:
                await Instrument(c, e.OrderId, e.CaseId, "supervision-order", SupervisionOrder.Issued, NameMask.MaskAll(e.Guardians), e.Plan[0].DueOn, e.IssuedAt, ct);
                foreach (var p in e.Plan) await Deadline(c, e.OrderId, SupervisionOrderEventTypes.StreamType, p.Sequence, p.DueOn, ct);
                break;
            case SupervisionOrderServed e:
                await Status(c, e.OrderId, SupervisionOrder.Served, ct);
                break;
            case SupervisionCheckInRecorded e:
                await Settle(c, e.OrderId, e.Sequence, ct);
                await Exec(c, """
                    UPDATE {0}.instruments SET due_on = (SELECT min(due_on) FROM {0}.deadlines WHERE stream_id = @id AND NOT settled) WHERE id = @id
                    """, ct, ("id", e.OrderId));
                break;
            case SupervisionCheckInOverdue e:
                await Settle(c, e.OrderId, e.Sequence, ct);
                break;
            case SupervisionOrderCompleted e:
                await Close(c, e.OrderId, SupervisionOrder.Completed, ct);
                break;
            case SupervisionOrderEscalated e:
                await Close(c, e.OrderId, SupervisionOrder.Escalated, ct);
                break;

            case RecommendationIssued e:
                await Instrument(c, e.RecommendationId, e.CaseId, "recommendation", "awaiting-reply", NameMask.Mask(e.Unit), e.ReplyDue, e.IssuedAt, ct);
                await Deadline(c, e.RecommendationId, RecommendationEventTypes.StreamType, 1, e.ReplyDue, ct);
                break;
            case RecommendationReplyRecorded e:
                await Close(c, e.RecommendationId, "replied", ct);
                break;
            case RecommendationReplyOverdue e:
                await Settle(c, e.RecommendationId, 1, ct);
                await Status(c, e.RecommendationId, "reply-overdue", ct);
                break;
            case RecommendationEscalated e:
                await Close(c, e.RecommendationId, "escalated", ct);
                break;

            case LawsuitSupportDecided e:
                await Instrument(c, e.LawsuitId, e.CaseId, "supported-lawsuit", "awaiting-filing", LawsuitEndpoints.Addressee(e.SupportedParty, e.PartyName),
                    null, e.DecidedAt, ct);
                break;
            case SupportedLawsuitFiled e:
                await Status(c, e.LawsuitId, "filed", ct);
                break;

            case PublicInterestLitigationOpened e:
                await Instrument(c, e.LitigationId, e.CaseId, $"public-interest-{e.Kind}", e.Kind == PublicInterestLitigation.Civil ? "public-notice" : "awaiting-reply",
                    NameMask.Mask(e.Respondent), e.PeriodEndsOn, e.OpenedAt, ct);
                await Deadline(c, e.LitigationId, PublicInterestEventTypes.StreamType, 1, e.PeriodEndsOn, ct);
                break;
            case PublicInterestReplyRecorded e:
                await Settle(c, e.LitigationId, 1, ct);
                await Status(c, e.LitigationId, "replied", ct);
                break;
            case PublicInterestPeriodEnded e:
                await Settle(c, e.LitigationId, 1, ct);
                await Status(c, e.LitigationId, e.Kind == PublicInterestLitigation.Civil ? "notice-ended" : "reply-overdue", ct);
                break;
            case PublicInterestSuitFiled e:
                await Close(c, e.LitigationId, "filed", ct);
                break;
            case PublicInterestLitigationClosed e:
                await Close(c, e.LitigationId, "closed", ct);
                break;
        }
    }

    private static Task Instrument(ProjectionContext c, Guid id, Guid caseId, string kind, string status, string addressee, DateOnly? due,
        DateTimeOffset at, CancellationToken ct) =>
        Exec(c, """
            INSERT INTO {0}.instruments (id, case_id, kind, status, addressee, due_on, issued_at) VALUES (@id, @case, @kind, @status, @addressee, @due, @at)
            """, ct, ("id", id), ("case", caseId), ("kind", kind), ("status", status), ("addressee", addressee), ("due", due), ("at", at));

    private static Task Deadline(ProjectionContext c, Guid id, string streamType, int seq, DateOnly due, CancellationToken ct) =>
        Exec(c, "INSERT INTO {0}.deadlines (stream_id, stream_type, seq, due_on) VALUES (@id, @type, @seq, @due)", ct,
            ("id", id), ("type", streamType), ("seq", seq), ("due", due));

    private static Task Settle(ProjectionContext c, Guid id, int seq, CancellationToken ct) =>
        Exec(c, "UPDATE {0}.deadlines SET settled = true WHERE stream_id = @id AND seq = @seq", ct, ("id", id), ("seq", seq));

    private static Task Status(ProjectionContext c, Guid id, string status, CancellationToken ct) =>
        Exec(c, "UPDATE {0}.instruments SET status = @status WHERE id = @id", ct, ("id", id), ("status", status));

    /// <summary>A final status: nothing of the instrument is due any more.</summary>
    private static async Task Close(ProjectionContext c, Guid id, string status, CancellationToken ct)
    {
        await Exec(c, "UPDATE {0}.instruments SET status = @status, due_on = NULL WHERE id = @id", ct, ("id", id), ("status", status));
        await Exec(c, "UPDATE {0}.deadlines SET settled = true WHERE stream_id = @id", ct, ("id", id));
    }

    private static async Task Exec(ProjectionContext c, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = c.Command(sql.Replace("{0}", c.Schema, StringComparison.Ordinal));
        foreach (var (name, value) in parameters)
            cmd.Parameters.Add(value is null ? new NpgsqlParameter(name, NpgsqlTypes.NpgsqlDbType.Unknown) { Value = DBNull.Value } : new NpgsqlParameter(name, value));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
