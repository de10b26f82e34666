using ChildProtection.Court.GuidanceOrders;
using ChildProtection.Court.ProtectionOrders;
using ChildProtection.Court.Recommendations;
using ChildProtection.Court.Revocations;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx.Events;
using Marten;

namespace ChildProtection.Court.ReadModel;

/// <summary>
/// Read-your-writes tables, written in the append's transaction: <c>proceedings</c> (lists and the president's view),
/// <c>deadlines</c> (what the deadline scanner looks at, to the instant: the decision clock runs in hours) and
/// <c>procuratorate_support</c> (a revocation suit the procuratorate supports, for a petition filed later).
/// </summary>
public sealed class CourtReadModel : TableProjection
{
    public const string Decision = "decision", President = "president", Expiry = "expiry", Petition = "petition", Reply = "reply";

    public CourtReadModel(ServiceSchema schema) : base(schema, "court-read-model")
    {
        Table("proceedings", t =>
        {
            t.AddColumn<Guid>("id").AsPrimaryKey();
            t.AddColumn<string>("kind").NotNull();
            t.AddColumn<Guid>("child_id").NotNull();
            t.AddColumn<string>("region_code").NotNull();
            t.AddColumn<string>("status").NotNull();
            t.AddColumn<bool>("urgent").NotNull().DefaultValueByExpression("false");
            t.AddColumn<DateTimeOffset>("due_at").AllowNulls();
            t.AddColumn<bool>("overdue").NotNull().DefaultValueByExpression("false");
            t.AddColumn<bool>("president").NotNull().DefaultValueByExpression("false");
            t.AddColumn<DateTimeOffset>("opened_at").NotNull();
            t.Indexes.Add(RegionIndex("proceedings_region"));
            t.Indexes.Add(Index("proceedings_child", "child_id", "kind"));
        });
        Table("deadlines", t =>
        {
            t.AddColumn<Guid>("stream_id").AsPrimaryKey();
            t.AddColumn<string>("kind").AsPrimaryKey();
            t.AddColumn<string>("stream_type").NotNull();
            t.AddColumn<DateTimeOffset>("due_at").NotNull();
            t.AddColumn<bool>("settled").NotNull().DefaultValueByExpression("false");
            t.Indexes.Add(new Weasel.Postgresql.Tables.IndexDefinition("deadlines_open") { Columns = ["due_at"], Predicate = "NOT settled" });
        });
        Table("procuratorate_support", t =>
        {
            t.AddColumn<Guid>("lawsuit_id").AsPrimaryKey();
            t.AddColumn<Guid>("child_id").NotNull();
            t.AddColumn<string>("mode").NotNull();
            t.AddColumn<DateTimeOffset>("recorded_at").NotNull();
            t.Indexes.Add(Index("procuratorate_support_child", "child_id"));
        });
    }

    public override ValueTask ApplyAsync(IDocumentOperations ops, IEvent @event, CancellationToken cancellation)
    {
        switch (@event.Data)
        {
            case ProtectionOrderApplied e:
                Proceeding(ops, e.OrderId, "protection-order", e.ChildId, e.RegionCode, ProtectionOrder.Applied, e.Urgent, e.DecisionDueAt, e.AppliedAt);
                Deadline(ops, e.OrderId, ProtectionOrderEventTypes.StreamType, Decision, e.DecisionDueAt);
                Deadline(ops, e.OrderId, ProtectionOrderEventTypes.StreamType, President, e.PresidentEscalationAt);
                break;
            case ProtectionOrderIssued e:
                Settle(ops, e.OrderId);
                Status(ops, e.OrderId, ProtectionOrder.Issued, ProtectionOrder.EndOf(e.ValidUntil));
                Deadline(ops, e.OrderId, ProtectionOrderEventTypes.StreamType, Expiry, ProtectionOrder.EndOf(e.ValidUntil));
                break;
            case ProtectionOrderExtended e:
                Status(ops, e.OrderId, ProtectionOrder.Issued, ProtectionOrder.EndOf(e.ValidUntil));
                Deadline(ops, e.OrderId, ProtectionOrderEventTypes.StreamType, Expiry, ProtectionOrder.EndOf(e.ValidUntil));
                break;
            case ProtectionOrderRejected e:
                Close(ops, e.OrderId, ProtectionOrder.Rejected);
                break;
            case ProtectionOrderDecisionOverdue e:
                Settle(ops, e.OrderId, Decision);
                Sql(ops, "UPDATE {schema}.proceedings SET overdue = true WHERE id = ?", e.OrderId);
                break;
            case ProtectionOrderEscalatedToPresident e:
                Settle(ops, e.OrderId, President);
                Sql(ops, "UPDATE {schema}.proceedings SET president = true WHERE id = ?", e.OrderId);
                break;
            case ProtectionOrderRevoked e:
                Close(ops, e.OrderId, ProtectionOrder.Revoked);
                break;
            case ProtectionOrderExpired e:
                Close(ops, e.OrderId, ProtectionOrder.Expired);
                break;

            case RevocationPetitionFiled e:
                Proceeding(ops, e.CaseId, "revocation", e.ChildId, e.RegionCode, "filed", false, null, e.FiledAt);
                break;
            case RevocationHearingScheduled e:
                Status(ops, e.CaseId, "hearing-scheduled", null);
                break;
            case RevocationJudged e:
                Close(ops, e.CaseId, e.Revoked ? "revoked" : "not-revoked");
                break;
            case RevocationGroundsNoted e:
                var petitionDue = ProtectionOrder.EndOf(e.PetitionDueOn);
                Proceeding(ops, e.DutyId, "revocation-duty", e.ChildId, e.RegionCode, "awaiting-petition", false, petitionDue, e.NotedAt);
                Deadline(ops, e.DutyId, RevocationEventTypes.DutyStreamType, Petition, petitionDue);
                break;
            case RevocationDutyDischarged e:
                Close(ops, e.DutyId, "petition-filed");
                break;
            case CivilAffairsPetitionPrompted e:
                Close(ops, e.DutyId, "civil-affairs-prompted");
                break;
            case ProcuratorateSupportNoted e:
                Sql(ops, """
                    INSERT INTO {schema}.procuratorate_support (lawsuit_id, child_id, mode, recorded_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (lawsuit_id) DO NOTHING
                    """, e.LawsuitId, e.ChildId, e.Mode, e.RecordedAt);
                break;

            case GuidanceProceedingOpened e:
                Proceeding(ops, e.OrderId, "guidance-order", e.ChildId, e.RegionCode, "open", false, null, e.OpenedAt);
                break;
            case GuidanceOrderIssued e:
                Status(ops, e.OrderId, "issued", ProtectionOrder.EndOf(e.CompleteBy));
                break;
            case GuidanceOrderCompleted e:
                Close(ops, e.OrderId, "completed");
                break;
            case GuidanceOrderBreached e:
                Close(ops, e.OrderId, "breached");
                break;

            case JudicialRecommendationIssued e:
                var replyDue = ProtectionOrder.EndOf(e.ReplyDue);
                Proceeding(ops, e.RecommendationId, "judicial-recommendation", e.ChildId, e.RegionCode, "awaiting-reply", false, replyDue, e.IssuedAt);
                Deadline(ops, e.RecommendationId, JudicialRecommendationEventTypes.StreamType, Reply, replyDue);
                break;
            case JudicialRecommendationReplyRecorded e:
                Close(ops, e.RecommendationId, "replied");
                break;
            case JudicialRecommendationReplyOverdue e:
                Settle(ops, e.RecommendationId);
                Sql(ops, "UPDATE {schema}.proceedings SET status = 'reply-overdue', overdue = true WHERE id = ?", e.RecommendationId);
                break;
        }
        return ValueTask.CompletedTask;
    }

    private void Proceeding(IDocumentOperations ops, Guid id, string kind, Guid childId, string region, string status, bool urgent, DateTimeOffset? due,
        DateTimeOffset at) =>
        Sql(ops, """
            INSERT INTO {schema}.proceedings (id, kind, child_id, region_code, status, urgent, due_at, opened_at)
            VALUES (?, ?, ?, ?, ?, ?, ?::timestamptz, ?)
            """, id, kind, childId, region, status, urgent, due, at);

    private void Deadline(IDocumentOperations ops, Guid id, string streamType, string kind, DateTimeOffset due) =>
        Sql(ops, """
            INSERT INTO {schema}.deadlines (stream_id, stream_type, kind, due_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (stream_id, kind) DO UPDATE SET due_at = excluded.due_at, settled = false
            """, id, streamType, kind, due);

    private void Settle(IDocumentOperations ops, Guid id, string? kind = null)
    {
        if (kind is null) Sql(ops, "UPDATE {schema}.deadlines SET settled = true WHERE stream_id = ?", id);
        else Sql(ops, "UPDATE {schema}.deadlines SET settled = true WHERE stream_id = ? AND kind = ?", id, kind);
    }

    private void Status(IDocumentOperations ops, Guid id, string status, DateTimeOffset? due) =>
        Sql(ops, "UPDATE {schema}.proceedings SET status = ?, due_at = ?::timestamptz WHERE id = ?", status, due, id);

    /// <summary>A final status: nothing of the proceeding is due any more.</summary>
    private void Close(IDocumentOperations ops, Guid id, string status)
    {
        Status(ops, id, status, null);
        Settle(ops, id);
    }
}
