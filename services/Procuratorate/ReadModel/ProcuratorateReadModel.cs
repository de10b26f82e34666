using ChildProtection.Procuratorate.Cases;
using ChildProtection.Procuratorate.Lawsuits;
using ChildProtection.Procuratorate.Privacy;
using ChildProtection.Procuratorate.PublicInterest;
using ChildProtection.Procuratorate.Recommendations;
using ChildProtection.Procuratorate.SupervisionOrders;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx.Events;
using Marten;
using Weasel.Postgresql.Tables;

namespace ChildProtection.Procuratorate.ReadModel;

/// <summary>
/// Read-your-writes tables, written in the append's transaction: <c>cases</c> (lists), <c>instruments</c> (each case's
/// instruments, addressees already masked) and <c>deadlines</c> (what the deadline scanner looks at). The only writer of
/// these tables; read by <see cref="Cases.Reading.CaseReader"/> and the deadline scanner.
/// </summary>
public sealed class ProcuratorateReadModel : TableProjection
{
    public ProcuratorateReadModel(ServiceSchema schema) : base(schema, "procuratorate-read-model")
    {
        Table("cases", t =>
        {
            t.AddColumn<Guid>("id").AsPrimaryKey();
            t.AddColumn("region_code", "text").NotNull();
            t.AddColumn<Guid>("child_id").AllowNulls();
            t.AddColumn("source", "text").NotNull();
            t.AddColumn<Guid>("referral_id").AllowNulls();
            t.AddColumn("status", "text").NotNull();
            t.AddColumn("outcome", "text").AllowNulls();
            t.AddColumn<DateTimeOffset>("opened_at").NotNull();
            t.AddColumn<DateTimeOffset>("closed_at").AllowNulls();
            t.Indexes.Add(RegionIndex("cases_region"));
            t.Indexes.Add(new IndexDefinition("cases_referral") { Columns = ["referral_id"], IsUnique = true, Predicate = "referral_id IS NOT NULL" });
        });
        Table("instruments", t =>
        {
            t.AddColumn<Guid>("id").AsPrimaryKey();
            t.AddColumn<Guid>("case_id").NotNull();
            t.AddColumn("kind", "text").NotNull();
            t.AddColumn("status", "text").NotNull();
            t.AddColumn("addressee", "text").NotNull();
            t.AddColumn("due_on", "date").AllowNulls();
            t.AddColumn<DateTimeOffset>("issued_at").NotNull();
            t.Indexes.Add(Index("instruments_case", "case_id"));
        });
        Table("deadlines", t =>
        {
            t.AddColumn<Guid>("stream_id").AsPrimaryKey();
            t.AddColumn("stream_type", "text").NotNull();
            t.AddColumn<int>("seq").AsPrimaryKey();
            t.AddColumn("due_on", "date").NotNull();
            t.AddColumn<bool>("settled").NotNull().DefaultValueByExpression("false");
            t.Indexes.Add(new IndexDefinition("deadlines_open") { Columns = ["due_on"], Predicate = "NOT settled" });
        });
    }

    public override ValueTask ApplyAsync(IDocumentOperations ops, IEvent @event, CancellationToken cancellation)
    {
        switch (@event.Data)
        {
            case CaseOpened e:
                Sql(ops, """
                    INSERT INTO {schema}.cases (id, region_code, child_id, source, referral_id, status, opened_at)
                    VALUES (?, ?, ?::uuid, ?, ?::uuid, 'open', ?)
                    """, e.CaseId, e.RegionCode, e.ChildId, e.Source, e.ReferralId, e.OpenedAt);
                break;
            case CaseClosed e:
                Sql(ops, "UPDATE {schema}.cases SET status = 'closed', outcome = ?, closed_at = ? WHERE id = ?", e.Outcome, e.ClosedAt, e.CaseId);
                break;

            case SupervisionOrderIssued e:
                Instrument(ops, e.OrderId, e.CaseId, "supervision-order", SupervisionOrder.Issued, NameMask.MaskAll(e.Guardians), e.Plan[0].DueOn, e.IssuedAt);
                foreach (var p in e.Plan) Deadline(ops, e.OrderId, SupervisionOrderEventTypes.StreamType, p.Sequence, p.DueOn);
                break;
            case SupervisionOrderServed e:
                Status(ops, e.OrderId, SupervisionOrder.Served);
                break;
            case SupervisionCheckInRecorded e:
                Settle(ops, e.OrderId, e.Sequence);
                // The next check-in still due, from the deadlines as just settled (set-based: the batch runs in order).
                Sql(ops, """
                    UPDATE {schema}.instruments SET due_on = (SELECT min(due_on) FROM {schema}.deadlines WHERE stream_id = ? AND NOT settled) WHERE id = ?
                    """, e.OrderId, e.OrderId);
                break;
            case SupervisionCheckInOverdue e:
                Settle(ops, e.OrderId, e.Sequence);
                break;
            case SupervisionOrderCompleted e:
                Close(ops, e.OrderId, SupervisionOrder.Completed);
                break;
            case SupervisionOrderEscalated e:
                Close(ops, e.OrderId, SupervisionOrder.Escalated);
                break;

            case RecommendationIssued e:
                Instrument(ops, e.RecommendationId, e.CaseId, "recommendation", "awaiting-reply", NameMask.Mask(e.Unit), e.ReplyDue, e.IssuedAt);
                Deadline(ops, e.RecommendationId, RecommendationEventTypes.StreamType, 1, e.ReplyDue);
                break;
            case RecommendationReplyRecorded e:
                Close(ops, e.RecommendationId, "replied");
                break;
            case RecommendationReplyOverdue e:
                Settle(ops, e.RecommendationId, 1);
                Status(ops, e.RecommendationId, "reply-overdue");
                break;
            case RecommendationEscalated e:
                Close(ops, e.RecommendationId, "escalated");
                break;

            case LawsuitSupportDecided e:
                Instrument(ops, e.LawsuitId, e.CaseId, "supported-lawsuit", "awaiting-filing", LawsuitEndpoints.Addressee(e.SupportedParty, e.PartyName),
                    null, e.DecidedAt);
                break;
            case SupportedLawsuitFiled e:
                Status(ops, e.LawsuitId, "filed");
                break;

            case PublicInterestLitigationOpened e:
                Instrument(ops, e.LitigationId, e.CaseId, $"public-interest-{e.Kind}",
                    e.Kind == PublicInterestLitigation.Civil ? "public-notice" : "awaiting-reply", NameMask.Mask(e.Respondent), e.PeriodEndsOn, e.OpenedAt);
                Deadline(ops, e.LitigationId, PublicInterestEventTypes.StreamType, 1, e.PeriodEndsOn);
                break;
            case PublicInterestReplyRecorded e:
                Settle(ops, e.LitigationId, 1);
                Status(ops, e.LitigationId, "replied");
                break;
            case PublicInterestPeriodEnded e:
                Settle(ops, e.LitigationId, 1);
                Status(ops, e.LitigationId, e.Kind == PublicInterestLitigation.Civil ? "notice-ended" : "reply-overdue");
                break;
            case PublicInterestSuitFiled e:
                Close(ops, e.LitigationId, "filed");
                break;
            case PublicInterestLitigationClosed e:
                Close(ops, e.LitigationId, "closed");
                break;
        }
        return ValueTask.CompletedTask;
    }

    private void Instrument(IDocumentOperations ops, Guid id, Guid caseId, string kind, string status, string addressee, DateOnly? due, DateTimeOffset at) =>
        Sql(ops, """
            INSERT INTO {schema}.instruments (id, case_id, kind, status, addressee, due_on, issued_at) VALUES (?, ?, ?, ?, ?, ?::date, ?)
            """, id, caseId, kind, status, addressee, due, at);

    private void Deadline(IDocumentOperations ops, Guid id, string streamType, int seq, DateOnly due) =>
        Sql(ops, "INSERT INTO {schema}.deadlines (stream_id, stream_type, seq, due_on) VALUES (?, ?, ?, ?)", id, streamType, seq, due);

    private void Settle(IDocumentOperations ops, Guid id, int seq) =>
        Sql(ops, "UPDATE {schema}.deadlines SET settled = true WHERE stream_id = ? AND seq = ?", id, seq);

    private void Status(IDocumentOperations ops, Guid id, string status) =>
        Sql(ops, "UPDATE {schema}.instruments SET status = ? WHERE id = ?", status, id);

    /// <summary>A final status: nothing of the instrument is due any more.</summary>
    private void Close(IDocumentOperations ops, Guid id, string status)
    {
        Sql(ops, "UPDATE {schema}.instruments SET status = ?, due_on = NULL WHERE id = ?", status, id);
        Sql(ops, "UPDATE {schema}.deadlines SET settled = true WHERE stream_id = ?", id);
    }
}
