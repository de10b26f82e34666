using ChildProtection.Relief.Facts;
using ChildProtection.ServiceDefaults.Time;
using MassTransit;
using Court = ChildProtection.Contracts.Court;
using Registry = ChildProtection.Contracts.Registry;
using Visits = ChildProtection.Contracts.Visits;

namespace ChildProtection.Relief.Assessment;

/// <summary>
/// Keeps Relief's facts current from Registry's, Visits' and the Court's events and re-assesses the child on each
/// (proactive assessment, no application needed). One message at a time on one queue; each is handled idempotently
/// (<see cref="Reassessment"/>: the facts, the child's events and the inbox mark in one session).
/// </summary>
public sealed class ReliefFactsConsumer(Reassessment reassessment)
    : IConsumer<Registry.ChildRegistered>, IConsumer<Registry.ChildDetailsCorrected>, IConsumer<Registry.ChildCategoryEntered>,
      IConsumer<Registry.ChildCategoryLeft>, IConsumer<Registry.ChildRiskFactorFlagged>, IConsumer<Registry.ChildRiskFactorCleared>,
      IConsumer<Registry.ChildGuardianshipChanged>, IConsumer<Visits.ReliefAssessmentRequested>, IConsumer<Court.GuardianshipRevocationJudged>
{
    /// <summary>The consumer's name in the inbox and its queue.</summary>
    public const string Name = "relief-facts";

    private const string ChildDisability = "child-disability";

    public Task Consume(ConsumeContext<Registry.ChildRegistered> c) => Apply(c, c.Message.ChildId,
        f => f with { RegionCode = c.Message.RegionCode, BirthDate = c.Message.BirthDate, Household = c.Message.Household }, null);

    public Task Consume(ConsumeContext<Registry.ChildDetailsCorrected> c) => Apply(c, c.Message.ChildId,
        f => f with { RegionCode = c.Message.RegionCode, BirthDate = c.Message.BirthDate, Household = c.Message.Household }, null);

    public Task Consume(ConsumeContext<Registry.ChildCategoryEntered> c) => Apply(c, c.Message.ChildId,
        f => f.WithCategory(new CategoryFact(c.Message.Category, c.Message.Reasons, c.Message.Since)), c.Message.Since);

    public Task Consume(ConsumeContext<Registry.ChildCategoryLeft> c) => Apply(c, c.Message.ChildId,
        f => f.WithoutCategory(c.Message.Category), c.Message.EndedOn);

    public Task Consume(ConsumeContext<Registry.ChildRiskFactorFlagged> c) => Apply(c, c.Message.ChildId,
        f => c.Message.Code == ChildDisability ? f with { Disabled = true } : f, c.Message.Since);

    public Task Consume(ConsumeContext<Registry.ChildRiskFactorCleared> c) => Apply(c, c.Message.ChildId,
        f => c.Message.Code == ChildDisability ? f with { Disabled = false } : f, c.Message.On);

    public Task Consume(ConsumeContext<Registry.ChildGuardianshipChanged> c) => Apply(c, c.Message.ChildId,
        f => f with { Guardianship = c.Message.Status }, c.Message.Since);

    public Task Consume(ConsumeContext<Visits.ReliefAssessmentRequested> c) => Apply(c, c.Message.ChildId,
        f => f with { RegionCode = f.RegionCode ?? c.Message.RegionCode, ReliefRequestedOn = ChinaDate.On(c.Message.RequestedAt) },
        ChinaDate.On(c.Message.RequestedAt));

    /// <summary>A revocation changes the parents' situations in Registry, which publishes the categories; Relief re-assesses now.</summary>
    public Task Consume(ConsumeContext<Court.GuardianshipRevocationJudged> c) => Apply(c, c.Message.ChildId,
        f => c.Message.Revoked && c.Message.NewGuardian == "civil-affairs" ? f with { Guardianship = "long-term-state" } : f,
        c.Message.EffectiveOn);

    private Task Apply<TMessage>(ConsumeContext<TMessage> context, Guid childId, Func<ChildFacts, ChildFacts> change, DateOnly? changedOn)
        where TMessage : class =>
        reassessment.ConsumeAsync(context, childId, change, changedOn);
}

/// <summary>One message at a time on the consumer's queue: the publishers' order per child is kept.</summary>
public sealed class ReliefFactsConsumerDefinition : ConsumerDefinition<ReliefFactsConsumer>
{
    public ReliefFactsConsumerDefinition()
    {
        EndpointName = ReliefFactsConsumer.Name;
        ConcurrentMessageLimit = 1;
    }
}
