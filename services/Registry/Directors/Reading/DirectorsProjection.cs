using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;
using Npgsql;
using NpgsqlTypes;

namespace ChildProtection.Registry.Directors.Reading;

/// <summary>
/// The directors and their trainings, kept inline. Other features rely on <c>directors.id</c> and
/// <c>directors.active</c> (a child is assigned only to an active director), so those names stay.
/// </summary>
public sealed class DirectorsProjection : IInlineProjection
{
    /// <inheritdoc />
    public async Task EnsureSchemaAsync(ProjectionContext c, CancellationToken ct)
    {
        await using var cmd = c.Command($"""
            CREATE TABLE IF NOT EXISTS {c.Schema}.directors (
                id uuid PRIMARY KEY,
                name text NOT NULL,
                phone text NOT NULL,
                village_code text NOT NULL,
                real_name_registered boolean NOT NULL,
                active boolean NOT NULL,
                appointed_on date NOT NULL,
                left_on date NULL,
                leave_reason text NULL,
                version bigint NOT NULL,
                registered_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS directors_village ON {c.Schema}.directors (village_code text_pattern_ops);
            CREATE TABLE IF NOT EXISTS {c.Schema}.director_trainings (
                id uuid PRIMARY KEY,
                director_id uuid NOT NULL REFERENCES {c.Schema}.directors (id),
                date date NOT NULL,
                title text NOT NULL,
                hours numeric NOT NULL,
                level text NOT NULL,
                demonstration boolean NOT NULL,
                recorded_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS director_trainings_director ON {c.Schema}.director_trainings (director_id, date);
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <inheritdoc />
    public async Task ApplyAsync(ProjectionContext c, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            await using var cmd = e.Data switch
            {
                DirectorRegistered r => Registered(c, r),
                DirectorLeft l => Left(c, l),
                DirectorTrainingRecorded t => Trained(c, t),
                _ => null,
            };
            if (cmd is null) continue;
            cmd.Parameters.AddWithValue("version", e.Version);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    private static NpgsqlCommand Registered(ProjectionContext c, DirectorRegistered e)
    {
        var cmd = c.Command($"""
            INSERT INTO {c.Schema}.directors (id, name, phone, village_code, real_name_registered, active, appointed_on, version, registered_at)
            VALUES (@id, @name, @phone, @village, @realName, true, @appointed, @version, @at)
            ON CONFLICT (id) DO NOTHING
            """);
        cmd.Parameters.AddWithValue("id", e.DirectorId);
        cmd.Parameters.AddWithValue("name", e.Details.Name);
        cmd.Parameters.AddWithValue("phone", e.Details.Phone);
        cmd.Parameters.AddWithValue("village", e.Details.VillageCode);
        cmd.Parameters.AddWithValue("realName", e.Details.RealNameRegistered);
        cmd.Parameters.AddWithValue("appointed", e.Details.AppointedOn);
        cmd.Parameters.AddWithValue("at", e.RegisteredAt);
        return cmd;
    }

    private static NpgsqlCommand Left(ProjectionContext c, DirectorLeft e)
    {
        var cmd = c.Command($"""
            UPDATE {c.Schema}.directors SET active = false, left_on = @leftOn, leave_reason = @reason, version = @version WHERE id = @id
            """);
        cmd.Parameters.AddWithValue("id", e.DirectorId);
        cmd.Parameters.AddWithValue("leftOn", e.LeftOn);
        cmd.Parameters.AddWithValue("reason", e.Reason);
        return cmd;
    }

    private static NpgsqlCommand Trained(ProjectionContext c, DirectorTrainingRecorded e)
    {
        var cmd = c.Command($"""
            INSERT INTO {c.Schema}.director_trainings (id, director_id, date, title, hours, level, demonstration, recorded_at)
            VALUES (@id, @director, @date, @title, @hours, @level, @demonstration, @at)
            ON CONFLICT (id) DO NOTHING;
            UPDATE {c.Schema}.directors SET version = @version WHERE id = @director;
            """);
        cmd.Parameters.AddWithValue("id", e.Training.TrainingId);
        cmd.Parameters.AddWithValue("director", e.DirectorId);
        cmd.Parameters.AddWithValue("date", e.Training.Date);
        cmd.Parameters.AddWithValue("title", e.Training.Title);
        cmd.Parameters.Add(new NpgsqlParameter("hours", NpgsqlDbType.Numeric) { Value = e.Training.Hours });
        cmd.Parameters.AddWithValue("level", TrainingView.LevelText(e.Training.Level));
        cmd.Parameters.AddWithValue("demonstration", e.Training.Demonstration);
        cmd.Parameters.AddWithValue("at", e.RecordedAt);
        return cmd;
    }
}
