using ChildProtection.Court.ProtectionOrders;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Testing.Domain;

namespace ChildProtection.Court.Tests.Domain;

/// <summary>The protection order's decisions as pure functions: given its events, when a command, then events or a rejection.</summary>
public sealed class ProtectionOrderDecisionTests
{
    private static readonly Guid Id = Guid.NewGuid(), Child = Guid.NewGuid();
    private static readonly DateTimeOffset AppliedAt = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly Moment Later = new(AppliedAt.AddHours(30), new DateOnly(2026, 12, 2));

    private static ProtectionOrderApplied Applied(bool urgent) => new(Id, Child, "120116001002", "civil-affairs", "written", "father", null,
        ["no-violence"], "Threatens the child.", urgent, AppliedAt.AddHours(urgent ? 24 : 72), AppliedAt.AddHours(urgent ? 36 : 84), AppliedAt);

    [Fact]
    public void An_order_is_valid_for_at_most_six_months() =>
        Spec.For<ProtectionOrder>(ProtectionOrder.Evolve).Given(Applied(urgent: false))
            .When(s => IssueOrder.Decide(new IssueOrder(["no-violence"], Later.Today.AddMonths(7), Later), s))
            .ThenRejected("validity-too-long");

    [Fact]
    public void An_urgent_application_decided_after_24_hours_is_issued_late() =>
        Spec.For<ProtectionOrder>(ProtectionOrder.Evolve).Given(Applied(urgent: true))
            .When(s => IssueOrder.Decide(new IssueOrder(["no-violence"], Later.Today.AddMonths(6), Later), s))
            .Then(new ProtectionOrderIssued(Id, Child, "120116001002", ["no-violence"], Later.Today, Later.Today.AddMonths(6), true, Later.Now));

    [Fact]
    public void An_application_is_decided_once() =>
        Spec.For<ProtectionOrder>(ProtectionOrder.Evolve)
            .Given(Applied(urgent: false), new ProtectionOrderRejected(Id, Child, "120116001002", "No danger shown.", false, AppliedAt.AddHours(1)))
            .When(s => IssueOrder.Decide(new IssueOrder(["no-violence"], Later.Today.AddMonths(1), Later), s))
            .ThenRejected("already-decided");
}
