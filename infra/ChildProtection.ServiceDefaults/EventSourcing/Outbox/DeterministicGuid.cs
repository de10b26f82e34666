using System.Security.Cryptography;

namespace ChildProtection.ServiceDefaults.EventSourcing.Outbox;

/// <summary>Name-based (RFC 9562 version 5) ids, so a re-published message keeps its MessageId.</summary>
public static class DeterministicGuid
{
    /// <summary>The id of the <paramref name="index"/>-th message derived from an event (index 0 = the event id).</summary>
    public static Guid ForMessage(Guid eventId, int index)
    {
        if (index == 0) return eventId;
        Span<byte> input = stackalloc byte[20];
        eventId.TryWriteBytes(input[..16], bigEndian: true, out _);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(input[16..], index);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
