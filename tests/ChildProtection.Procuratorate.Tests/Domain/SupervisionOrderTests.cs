using ChildProtection.Procuratorate.SupervisionOrders;

namespace ChildProtection.Procuratorate.Tests.Domain;

public class SupervisionOrderTests
{
    private static readonly Guid Order = Guid.NewGuid(), Case = Guid.NewGuid(), Child = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly IssuedOn = new(2025, 3, 1);

    private static SupervisionOrderIssued Issued() => new(Order, Case, Child, "120116001001", ["王某某"], "按时接送、保证就学", true,
        SupervisionOrder.DefaultPlan(IssuedOn, 3, 30), Now);

    private static Spec<SupervisionOrder> Spec() => new(SupervisionOrder.Evolve);

    [Fact]
    public void The_default_plan_puts_the_check_ins_at_the_policy_interval_after_issue()
    {
        Assert.Equal([new PlannedCheckIn(1, new DateOnly(2025, 3, 31)), new PlannedCheckIn(2, new DateOnly(2025, 4, 30)), new PlannedCheckIn(3, new DateOnly(2025, 5, 30))],
            SupervisionOrder.DefaultPlan(IssuedOn, 3, 30));
    }

    [Fact]
    public void Served_order_with_two_complying_check_ins_completes()
    {
        var spec = Spec().Given(Issued());
        spec.Then(o => o.Serve("written", IssuedOn, Now), new SupervisionOrderServed(Order, Case, Child, "written", IssuedOn, Now));
        spec.Then(o => o.RecordCheckIn(new DateOnly(2025, 3, 30), "partly-complying", null, Now),
            new SupervisionCheckInRecorded(Order, Case, Child, 1, new DateOnly(2025, 3, 30), "partly-complying", null, Now));
        spec.Then(o => o.RecordCheckIn(new DateOnly(2025, 4, 29), "complying", "按时送学", Now),
            new SupervisionCheckInRecorded(Order, Case, Child, 2, new DateOnly(2025, 4, 29), "complying", "按时送学", Now));
        spec.Then(o => o.Complete(null, Now), new SupervisionOrderCompleted(Order, Case, Child, null, Now));
        Assert.Equal(SupervisionOrder.Completed, spec.State.Status);
    }

    [Fact]
    public void A_check_in_after_completion_is_rejected() =>
        Spec().Given(Issued(), new SupervisionOrderServed(Order, Case, Child, "announced", IssuedOn, Now),
                new SupervisionCheckInRecorded(Order, Case, Child, 1, IssuedOn, "complying", null, Now), new SupervisionOrderCompleted(Order, Case, Child, null, Now))
            .ThenRejected(o => o.RecordCheckIn(IssuedOn, "complying", null, Now), "order-closed");

    [Fact]
    public void A_check_in_before_service_is_rejected() =>
        Spec().Given(Issued()).ThenRejected(o => o.RecordCheckIn(IssuedOn, "complying", null, Now), "order-not-served");

    [Fact]
    public void Serving_twice_is_rejected() =>
        Spec().Given(Issued(), new SupervisionOrderServed(Order, Case, Child, "written", IssuedOn, Now))
            .ThenRejected(o => o.Serve("written", IssuedOn, Now), "order-already-served");

    [Fact]
    public void Completion_needs_a_complying_latest_check_in()
    {
        var spec = Spec().Given(Issued(), new SupervisionOrderServed(Order, Case, Child, "written", IssuedOn, Now));
        spec.ThenRejected(o => o.Complete(null, Now), "no-check-in");
        spec.Given(new SupervisionCheckInRecorded(Order, Case, Child, 1, IssuedOn, "not-complying", null, Now));
        spec.ThenRejected(o => o.Complete(null, Now), "guardians-not-complying");
    }

    [Fact]
    public void Non_compliance_escalates_once()
    {
        var spec = Spec().Given(Issued(), new SupervisionOrderServed(Order, Case, Child, "written", IssuedOn, Now));
        spec.ThenRejected(o => o.Escalate("support-prosecution", "拒不履行", Now), "no-non-compliance");
        spec.Given(new SupervisionCheckInRecorded(Order, Case, Child, 1, IssuedOn, "not-complying", null, Now));
        spec.Then(o => o.Escalate("recommend-revocation-application", "拒不履行", Now),
            new SupervisionOrderEscalated(Order, Case, Child, "recommend-revocation-application", "拒不履行", Now));
        spec.ThenRejected(o => o.Escalate("support-prosecution", "again", Now), "order-closed");
        spec.ThenRejected(o => o.RecordCheckIn(IssuedOn, "complying", null, Now), "order-closed");
    }

    [Fact]
    public void A_planned_check_in_is_overdue_once_the_day_after_its_date()
    {
        var spec = Spec().Given(Issued(), new SupervisionOrderServed(Order, Case, Child, "written", IssuedOn, Now));
        spec.ThenRejected(o => o.MarkOverdue(1, new DateOnly(2025, 3, 31), Now), "not-overdue");
        spec.Then(o => o.MarkOverdue(1, new DateOnly(2025, 4, 1), Now), new SupervisionCheckInOverdue(Order, Case, Child, 1, new DateOnly(2025, 3, 31), Now));
        spec.ThenRejected(o => o.MarkOverdue(1, new DateOnly(2025, 4, 2), Now), "not-overdue");
        // A late check-in still fills the overdue slot, and an overdue check-in alone allows escalation.
        spec.Then(o => o.Escalate("support-prosecution", "未按期回访", Now), new SupervisionOrderEscalated(Order, Case, Child, "support-prosecution", "未按期回访", Now));
    }
}
