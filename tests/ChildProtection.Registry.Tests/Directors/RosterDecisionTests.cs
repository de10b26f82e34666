using ChildProtection.Registry.Directors;
using ChildProtection.Registry.Directors.Leaving;
using ChildProtection.Registry.Directors.Registering;
using ChildProtection.Registry.Directors.Training;
using ChildProtection.Registry.Http;
using ChildProtection.Registry.Staff;
using ChildProtection.Registry.Supervisors;
using ChildProtection.Registry.Supervisors.Leaving;
using ChildProtection.Registry.Villages;
using ChildProtection.Registry.Villages.Registering;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Registry.Tests;

/// <summary>Given / when / then on the roster's pure decisions: no database.</summary>
public class RosterDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private static readonly Moment At = new(Now, new DateOnly(2026, 11, 22));
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly DirectorDetails Details = new("李红梅", "13812345678", "120116100201", true, new DateOnly(2024, 3, 1));
    private static readonly TrainingRecord CountyTraining = new(Guid.NewGuid(), new DateOnly(2026, 4, 1), "年度培训", 8, TrainingLevel.County, false);

    private static Director? Given(params object[] events) => events.Aggregate((Director?)null, Director.Evolve);

    private static string Rejection(Decision decision) => Assert.IsType<Decision.Rejected>(decision).Code;

    [Fact]
    public void Registering_a_new_director_yields_director_registered_and_an_active_director()
    {
        var accepted = Assert.IsType<Decision.Accepted>(RegisterDirector.Decide(new RegisterDirector(Id, Details, At), Given()));
        Assert.Equal(new DirectorRegistered(Id, Details, Now), Assert.Single(accepted.Events));
        Assert.True(Given([.. accepted.Events])!.Active);
    }

    [Fact]
    public void A_serving_director_can_leave_once_and_not_before_being_appointed()
    {
        var serving = Given(new DirectorRegistered(Id, Details, Now));
        var leaving = new RecordDirectorLeaving(Id, new Departure(new DateOnly(2026, 6, 30), "工作调动"), At);

        var accepted = Assert.IsType<Decision.Accepted>(RecordDirectorLeaving.Decide(leaving, serving));
        Assert.Equal(new DirectorLeft(Id, new DateOnly(2026, 6, 30), "工作调动", Now), Assert.Single(accepted.Events));
        Assert.Equal("director-already-left", Rejection(RecordDirectorLeaving.Decide(leaving, Director.Evolve(serving, accepted.Events[0]))));
        Assert.Equal("left-before-appointment", Rejection(RecordDirectorLeaving.Decide(
            leaving with { Departure = new Departure(new DateOnly(2024, 2, 1), "误录") }, serving)));
        Assert.Equal("director-not-found", Rejection(RecordDirectorLeaving.Decide(leaving, Given())));
    }

    [Fact]
    public void Trainings_are_recorded_for_serving_directors_only()
    {
        var serving = Given(new DirectorRegistered(Id, Details, Now));
        var command = new RecordTraining(Id, CountyTraining, At);

        var accepted = Assert.IsType<Decision.Accepted>(RecordTraining.Decide(command, serving));
        Assert.Equal(CountyTraining, Assert.Single(Director.Evolve(serving, accepted.Events[0])!.Trainings));
        var left = Director.Evolve(serving, new DirectorLeft(Id, new DateOnly(2026, 6, 30), "辞职", Now));
        Assert.Equal("director-has-left", Rejection(RecordTraining.Decide(command, left)));
    }

    [Fact]
    public void A_supervisor_can_leave_once()
    {
        var serving = Supervisor.Evolve(null, new SupervisorRegistered(Id, new SupervisorDetails("王建国", "022-25801234", "120116100"), Now));
        var command = new RecordSupervisorLeaving(Id, new Departure(new DateOnly(2026, 3, 31), "退休"), At);

        var accepted = Assert.IsType<Decision.Accepted>(RecordSupervisorLeaving.Decide(command, serving));
        Assert.Equal("supervisor-already-left", Rejection(RecordSupervisorLeaving.Decide(command, Supervisor.Evolve(serving, accepted.Events[0]))));
    }

    [Fact]
    public void A_village_code_registers_once_on_a_stream_derived_from_the_code()
    {
        var command = new RegisterVillage("120116100201", "太平村", At);
        var accepted = Assert.IsType<Decision.Accepted>(RegisterVillage.Decide(command, null));
        var village = Village.Evolve(null, accepted.Events[0]);

        Assert.Equal(Village.StreamId("120116100201"), village!.Id);
        Assert.NotEqual(Village.StreamId("120116100202"), village.Id);
        Assert.Equal(RegisterVillage.AlreadyRegistered, Rejection(RegisterVillage.Decide(command, village)));
    }

    [Theory]
    [InlineData("120116100201", RegionLevel.Village, true)]
    [InlineData("120116100000", RegionLevel.Village, false)]
    [InlineData("120116100", RegionLevel.Township, true)]
    [InlineData("120116000", RegionLevel.Township, false)]
    [InlineData("120116", RegionLevel.County, true)]
    [InlineData("120100", RegionLevel.County, false)]
    [InlineData("1201161", RegionLevel.County, false)]
    public void Region_codes_must_name_a_unit_of_their_level(string code, RegionLevel level, bool valid) =>
        Assert.Equal(valid, RegionLevels.IsCode(code, level));
}
