using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace ChildProtection.EventStore.Storage;

/// <summary>Reads event rows into <see cref="StoredEvent"/>s.</summary>
internal static class EventReader
{
    // The text form of the xid is aliased: unaliased it would be named transaction_id, and an ORDER BY
    // transaction_id would then sort by text ("1000" before "999") instead of by transaction.
    public const string Columns = "position, transaction_id::text AS transaction_id_text, stream_id, version, event_id, type, data::text, metadata::text, recorded_at";

    public static async Task<IReadOnlyList<StoredEvent>> ReadAllAsync(NpgsqlCommand cmd, EventTypes types, CancellationToken ct)
    {
        var list = new List<StoredEvent>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add(Read(reader, types));
        return list;
    }

    private static StoredEvent Read(NpgsqlDataReader r, EventTypes types)
    {
        var type = r.GetString(5);
        return new StoredEvent(
            r.GetInt64(0),
            ulong.Parse(r.GetString(1), CultureInfo.InvariantCulture),
            r.GetGuid(2),
            r.GetInt64(3),
            r.GetGuid(4),
            type,
            types.Deserialize(type, r.GetString(6)),
            JsonSerializer.Deserialize<EventMetadata>(r.GetString(7), EventTypes.Json)!,
            r.GetFieldValue<DateTimeOffset>(8));
    }
}
