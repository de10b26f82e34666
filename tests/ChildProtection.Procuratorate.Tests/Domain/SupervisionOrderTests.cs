using ChildProtection.Procuratorate.SupervisionOrders;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Testing.Domain;

namespace ChildProtection.Procuratorate.Tests.Domain;

public class SupervisionOrderTests
{
    private static readonly Guid Order = Guid.NewGuid(), Case = Guid.NewGuid(), Child = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly IssuedOn = new(2025, 3, 1);
    private static readonly Moment At = new(Now, IssuedOn);

    private static SupervisionOrderIssued Issued() => new(Order, Case, Child, "120116001001", ["王某某"], "按时接送、保证就学", true,
        SupervisionOrder.DefaultPlan(IssuedOn, 3, 30), Now);

    private static Spec<SupervisionOrder> Spec() => Testing.Domain.Spec.For<SupervisionOrder>(SupervisionOrder.Evolve);

    private static Func<SupervisionOrder, Decision> Serve(string method, DateOnly servedOn) =>
        o => ServeSupervision.Decide(new ServeSupervision(method, servedOn, At), o);

    private static Func<SupervisionOrder, Decision> CheckIn(DateOnly checkedOn, string evaluation, string? notes = null) =>
        o => RecordSupervisionCheckIn.Decide(new RecordSupervisionCheckIn(checkedOn, evaluation, notes, At), o);

    private static Func<SupervisionOrder, Decision> Complete() => o => CompleteSupervision.Decide(new CompleteSupervision(null, At), o);

    private static Func<SupervisionOrder, Decision> Escalate(string to, string reason) =>
        o => EscalateSupervision.Decide(new EscalateSupervision(to, reason, At), o);

    private static Func<SupervisionOrder, Decision> Overdue(int sequence, DateOnly today) =>
        o => MarkCheckInOverdue.Decide(new MarkCheckInOverdue(sequence, At with { Today = today }), o);

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
        spec = spec.Given([.. spec.When(Serve("written", IssuedOn)).Then(new SupervisionOrderServed(Order, Case, Child, "written", IssuedOn, Now))]);
        spec = spec.Given([.. spec.When(CheckIn(new DateOnly(2025, 3, 30), "partly-complying"))
            .Then(new SupervisionCheckInRecorded(Order, Case, Child, 1, new DateOnly(2025, 3, 30), "partly-complying", null, Now))]);
        spec = spec.Given([.. spec.When(CheckIn(new DateOnly(2025, 4, 29), "complying", "按时送学"))
            .Then(new SupervisionCheckInRecorded(Order, Case, Child, 2, new DateOnly(2025, 4, 29), "complying", "按时送学", Now))]);
        spec = spec.Given([.. spec.When(Complete()).Then(new SupervisionOrderCompleted(Order, Case, Child, null, Now))]);
        Assert.Equal(SupervisionOrder.Completed, spec.State.Status);
    }

    [Fact]
    public void A_check_in_after_completion_is_rejected() =>
        Spec().Given(Issued(), new SupervisionOrderServed(Order, Case, Child, "announced", IssuedOn, Now),
                new SupervisionCheckInRecorded(Order, Case, Child, 1, IssuedOn, "complying", null, Now), new SupervisionOrderCompleted(Order, Case, Child, null, Now))
            .When(CheckIn(IssuedOn, "complying")).ThenRejected("order-closed");

    [Fact]
    public void A_check_in_before_service_is_rejected() =>
        Spec().Given(Issued()).When(CheckIn(IssuedOn, "complying")).ThenRejected("order-not-served");

    [Fact]
    public void Serving_twice_is_rejected() =>
        Spec().Given(Issued(), new SupervisionOrderServed(Order, Case, Child, "written", IssuedOn, Now))
            .When(Serve("written", IssuedOn)).ThenRejected("order-already-served");

    [Fact]
    public void Completion_needs_a_complying_latest_check_in()
    {
        var spec = Spec().Given(Issued(), new SupervisionOrderServed(Order, Case, Child, "written", IssuedOn, Now));
        spec.When(Complete()).ThenRejected("no-check-in");
        spec = spec.Given(new SupervisionCheckInRecorded(Order, Case, Child, 1, IssuedOn, "not-complying", null, Now));
        spec.When(Complete()).ThenRejected("guardians-not-complying");
    }

    [Fact]
    public void Non_compliance_escalates_once()
    {
        var spec = Spec().Given(Issued(), new SupervisionOrderServed(Order, Case, Child, "written", IssuedOn, Now));
        spec.When(Escalate("support-prosecution", "拒不履行")).ThenRejected("no-non-compliance");
        spec = spec.Given(new SupervisionCheckInRecorded(Order, Case, Child, 1, IssuedOn, "not-complying", null, Now));
        spec = spec.Given([.. spec.When(Escalate("recommend-revocation-application", "拒不履行"))
            .Then(new SupervisionOrderEscalated(Order, Case, Child, "recommend-revocation-application", "拒不履行", Now))]);
        spec.When(Escalate("support-prosecution", "again")).ThenRejected("order-closed");
        spec.When(CheckIn(IssuedOn, "complying")).ThenRejected("order-closed");
    }

    [Fact]
    public void A_planned_check_in_is_overdue_once_the_day_after_its_date()
    {
        var spec = Spec().Given(Issued(), new SupervisionOrderServed(Order, Case, Child, "written", IssuedOn, Now));
        spec.When(Overdue(1, new DateOnly(2025, 3, 31))).ThenRejected("not-overdue");
        spec = spec.Given([.. spec.When(Overdue(1, new DateOnly(2025, 4, 1)))
            .Then(new SupervisionCheckInOverdue(Order, Case, Child, 1, new DateOnly(2025, 3, 31), Now))]);
        spec.When(Overdue(1, new DateOnly(2025, 4, 2))).ThenRejected("not-overdue");
        // A late check-in still fills the overdue slot, and an overdue check-in alone allows escalation.
        spec.When(Escalate("support-prosecution", "未按期回访"))
            .Then(new SupervisionOrderEscalated(Order, Case, Child, "support-prosecution", "未按期回访", Now));
    }
}
