using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx.Events;
using Marten;
using Weasel.Postgresql.Tables;

namespace ChildProtection.Registry.Directors.Reading;

/// <summary>
/// The directors and their trainings (<c>directors</c>, <c>director_trainings</c>), kept inline. Other features rely on
/// <c>directors.id</c> and <c>directors.active</c> (a child is assigned only to an active director), so those names stay.
/// </summary>
public sealed class DirectorsProjection : TableProjection
{
    public DirectorsProjection(ServiceSchema schema) : base(schema, "directors")
    {
        var directors = Table("directors", t =>
        {
            t.AddColumn("id", "uuid").AsPrimaryKey();
            t.AddColumn("name", "text").NotNull();
            t.AddColumn("phone", "text").NotNull();
            t.AddColumn("village_code", "text").NotNull();
            t.AddColumn("real_name_registered", "boolean").NotNull();
            t.AddColumn("active", "boolean").NotNull();
            t.AddColumn("appointed_on", "date").NotNull();
            t.AddColumn("left_on", "date").AllowNulls();
            t.AddColumn("leave_reason", "text").AllowNulls();
            t.AddColumn("version", "bigint").NotNull();
            t.AddColumn("registered_at", "timestamptz").NotNull();
            t.Indexes.Add(RegionIndex("directors_village", "village_code"));
        });
        Table("director_trainings", t =>
        {
            t.AddColumn("id", "uuid").AsPrimaryKey();
            t.AddColumn("director_id", "uuid").NotNull().ForeignKeyTo(directors, "id", "director_trainings_director_id_fkey");
            t.AddColumn("date", "date").NotNull();
            t.AddColumn("title", "text").NotNull();
            t.AddColumn("hours", "numeric").NotNull();
            t.AddColumn("level", "text").NotNull();
            t.AddColumn("demonstration", "boolean").NotNull();
            t.AddColumn("recorded_at", "timestamptz").NotNull();
            t.Indexes.Add(Index("director_trainings_director", "director_id", "date"));
        });
    }

    public override ValueTask ApplyAsync(IDocumentOperations ops, IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case DirectorRegistered r:
                Sql(ops, """
                    INSERT INTO {schema}.directors (id, name, phone, village_code, real_name_registered, active, appointed_on, version, registered_at)
                    VALUES (?, ?, ?, ?, ?, true, ?, ?, ?)
                    ON CONFLICT (id) DO NOTHING
                    """, r.DirectorId, r.Details.Name, r.Details.Phone, r.Details.VillageCode, r.Details.RealNameRegistered, r.Details.AppointedOn,
                    e.Version, r.RegisteredAt);
                break;
            case DirectorLeft l:
                Sql(ops, "UPDATE {schema}.directors SET active = false, left_on = ?, leave_reason = ?, version = ? WHERE id = ?",
                    l.LeftOn, l.Reason, e.Version, l.DirectorId);
                break;
            case DirectorTrainingRecorded t:
                Sql(ops, """
                    INSERT INTO {schema}.director_trainings (id, director_id, date, title, hours, level, demonstration, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO NOTHING
                    """, t.Training.TrainingId, t.DirectorId, t.Training.Date, t.Training.Title, t.Training.Hours,
                    TrainingView.LevelText(t.Training.Level), t.Training.Demonstration, t.RecordedAt);
                Sql(ops, "UPDATE {schema}.directors SET version = ? WHERE id = ?", e.Version, t.DirectorId);
                break;
        }
        return ValueTask.CompletedTask;
    }
}
