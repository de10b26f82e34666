using ChildProtection.Registry.Directors.Reading;
using ChildProtection.Registry.Http;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Registry.Directors.Training;

/// <summary>Record a training a director attended.</summary>
public sealed record RecordTraining(Guid DirectorId, TrainingRecord Training, Moment At)
{
    /// <summary>Trainings are recorded for serving directors only.</summary>
    public static Decision Decide(RecordTraining command, Director? state) => state switch
    {
        null => Decision.Reject("director-not-found", "No director with this id is registered."),
        { Active: false } => Decision.Reject("director-has-left", "The director has left the post; trainings are no longer recorded."),
        _ => Decision.Accept(new DirectorTrainingRecorded(command.DirectorId, command.Training, command.At.Now)),
    };
}

/// <summary>The body of <c>POST /api/registry/directors/{id}/trainings</c>.</summary>
public sealed record RecordTrainingInput(string? Date, string? Title, decimal? Hours, string? Level, bool? Demonstration)
{
    /// <summary>The longest single training we accept, in hours; more is a typing error.</summary>
    public const decimal MaxHours = 200;

    /// <summary>Validates and converts; on failure returns the errors per field, in camelCase.</summary>
    public (TrainingRecord? Training, Dictionary<string, string[]> Errors) Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var date = InputFields.PastDate(errors, "date", Date, today, "The training date");
        var title = InputFields.Text(errors, "title", Title, 100, "The training's title");
        if (Hours is not (> 0 and <= MaxHours)) errors["hours"] = [$"Hours must be more than 0 and at most {MaxHours}."];
        TrainingLevel? level = Level switch
        {
            "county" => TrainingLevel.County,
            "city" => TrainingLevel.City,
            "province" => TrainingLevel.Province,
            _ => null,
        };
        if (level is null) errors["level"] = ["Level must be 'county', 'city' or 'province'."];
        return errors.Count > 0
            ? (null, errors)
            : (new TrainingRecord(Guid.CreateVersion7(), date!.Value, title!, Hours!.Value, level!.Value, Demonstration ?? false), errors);
    }
}

/// <summary>Maps <c>POST /{id}/trainings</c> on the directors group.</summary>
public static class RecordTrainingEndpoint
{
    /// <summary>200 with the director (trainings included) and the new ETag; needs <c>If-Match</c>.</summary>
    public static RouteGroupBuilder MapRecordTraining(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/trainings", async Task<IResult> (Guid id, RecordTrainingInput input, HttpContext http,
            StreamCommand cmd, TimeProvider clock, StaffPhones phones, CancellationToken ct) =>
        {
            var (training, errors) = input.Validate(clock.Today());
            if (training is null) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Director.Kind,
                (s, at) => RecordTraining.Decide(new RecordTraining(id, training, at), s), (s, v) => DirectorView.From(s, v, phones.Clear), ct);
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("RecordDirectorTraining");
        return group;
    }
}
