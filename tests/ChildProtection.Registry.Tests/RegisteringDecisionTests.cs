using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Correcting;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.Registry.Children.Registering;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Registry.Tests;

/// <summary>Given / when / then on the pure decisions: no database.</summary>
public class RegisteringDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private static readonly Moment At = new(Now, new DateOnly(2026, 11, 22));
    private static readonly ChildDetails Details = new("王小明", Gender.Male, new DateOnly(2015, 3, 2), "120116100201", Household.Rural);

    private static readonly ValidatedIdentity Identity = new(Details, null, null);

    private static Child? Given(params object[] events) => events.Aggregate((Child?)null, Child.Evolve);

    private static RegisterChild Register(Guid id) => new(id, Identity, null, null, [], At);

    [Fact]
    public void Registering_a_new_child_yields_child_registered()
    {
        var id = Guid.NewGuid();
        var decision = RegisterChild.Decide(Register(id), Given());
        Assert.Equal(Decision.Accept(new ChildRegistered(id, Details, Now)).ToString(), decision.ToString());
        var accepted = Assert.IsType<Decision.Accepted>(decision);
        Assert.Equal(new ChildRegistered(id, Details, Now), Assert.Single(accepted.Events));
    }

    [Fact]
    public void Registering_the_same_id_twice_is_rejected()
    {
        var id = Guid.NewGuid();
        var decision = RegisterChild.Decide(Register(id), Given(new ChildRegistered(id, Details, Now)));
        Assert.Equal("child-already-registered", Assert.IsType<Decision.Rejected>(decision).Code);
    }

    [Fact]
    public void Correcting_changes_the_details_and_an_identical_correction_changes_nothing()
    {
        var id = Guid.NewGuid();
        var state = Given(new ChildRegistered(id, Details, Now));
        var moved = Details with { RegionCode = "120116101203" };

        var changed = Assert.IsType<Decision.Accepted>(CorrectIdentity.Decide(new CorrectIdentity(id, Identity with { Details = moved }, null, At), state!));
        var same = Assert.IsType<Decision.Accepted>(CorrectIdentity.Decide(new CorrectIdentity(id, Identity, null, At), state!));

        Assert.Equal(new ChildDetailsCorrected(id, moved, Now), Assert.Single(changed.Events));
        Assert.Empty(same.Events);
        Assert.Equal(moved, Child.Evolve(state, changed.Events[0])!.Details);
    }

    [Fact]
    public void Registering_with_a_school_and_an_id_number_records_each_as_its_own_event()
    {
        var id = Guid.NewGuid();
        var protectedId = new ChildProtection.Registry.Privacy.ProtectedNationalId("k1:x:y", "index", "1201**********0017");
        var decision = RegisterChild.Decide(new RegisterChild(id, Identity with { School = "新港小学" }, protectedId, null, [], At), Given());
        var events = Assert.IsType<Decision.Accepted>(decision).Events;
        Assert.Collection(events,
            e => Assert.IsType<ChildRegistered>(e),
            e => Assert.Equal(protectedId, Assert.IsType<NationalIdRecorded>(e).NationalId),
            e => Assert.Equal("新港小学", Assert.IsType<SchoolRecorded>(e).School));
    }

    [Theory]
    [InlineData("王小明", "王*明")]
    [InlineData("李明", "李*")]
    [InlineData("欧阳明月", "欧**月")]
    public void Names_are_masked_keeping_first_and_last_character(string name, string masked) =>
        Assert.Equal(masked, NamePolicy.Mask(name));

    [Fact]
    public void A_person_of_18_is_not_registered_as_a_child()
    {
        var input = new ChildDetailsInput("成年人", "male", "2008-11-22", "120116100201", "rural");
        var (details, errors) = input.Validate(new DateOnly(2026, 11, 22));
        Assert.Null(details);
        Assert.Contains("birthDate", errors.Keys);
    }
}
