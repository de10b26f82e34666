using System.Globalization;
using ChildProtection.Contracts.ChildFile;
using MassTransit;
using Npgsql;

namespace ChildProtection.Registry.ChildFile;

/// <summary>
/// Files every other service's child-related event on the child's timeline. Idempotent: the message id is the
/// entry id, so a redelivered message is filed once. The registry's own events are filed inline, not here.
/// </summary>
public sealed class ChildFileEntryConsumer(NpgsqlDataSource db, ILogger<ChildFileEntryConsumer> log) : IConsumer<IChildFileEvent>
{
    public async Task Consume(ConsumeContext<IChildFileEvent> context)
    {
        var message = context.Message;
        if (message.FileSource == "registry") return;
        var type = context.SupportedMessageTypes.FirstOrDefault() ?? "unknown";
        await using var cmd = db.CreateCommand(string.Format(CultureInfo.InvariantCulture, ChildFileTable.Insert, "registry"));
        cmd.Parameters.AddWithValue("entry", context.MessageId ?? NewId.NextGuid());
        cmd.Parameters.AddWithValue("child", message.ChildId);
        cmd.Parameters.AddWithValue("at", message.OccurredAt.ToUniversalTime());
        cmd.Parameters.AddWithValue("source", Trim(message.FileSource, 40));
        cmd.Parameters.AddWithValue("type", Trim(type, 200));
        cmd.Parameters.AddWithValue("summary", Trim(message.FileSummary, 500));
        cmd.Parameters.Add(new NpgsqlParameter("by", NpgsqlTypes.NpgsqlDbType.Text) { Value = DBNull.Value });
        if (await cmd.ExecuteNonQueryAsync(context.CancellationToken) == 0 && !await ChildExistsAsync(message.ChildId, context.CancellationToken))
            log.LogWarning("A {Type} event about child {ChildId}, unknown to this registry, was not filed", type, message.ChildId);
    }

    private async Task<bool> ChildExistsAsync(Guid childId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT EXISTS (SELECT 1 FROM registry.children WHERE id = @id)");
        cmd.Parameters.AddWithValue("id", childId);
        return await cmd.ExecuteScalarAsync(ct) is true;
    }

    private static string Trim(string? value, int max) => string.IsNullOrEmpty(value) ? "unknown" : value.Length <= max ? value : value[..max];
}
