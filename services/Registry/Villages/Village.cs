using System.Security.Cryptography;
using System.Text;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Registry.Villages;

/// <summary>A village or residents' community (村/社区) known to the registry, folded from its stream.</summary>
/// <param name="Code">The 12-digit statistical code; the stream id is derived from it.</param>
public sealed record Village(Guid Id, string Code, string Name, DateTimeOffset RegisteredAt)
{
    // Fixed namespace of the name-based ids; changing it would orphan every village stream.
    private static readonly Guid Namespace = new("5b1f0c8e-3c2a-4d7e-9a61-2f4e8d0b7c13");

    /// <summary>What the command step needs: the fold and the jurisdiction (the village's own code).</summary>
    public static readonly StreamKind<Village> Kind = new("village", Evolve, v => v.Code);

    /// <summary>Evolve: the state after one more event (null = not registered yet).</summary>
    public static Village? Evolve(Village? state, object @event) => @event switch
    {
        VillageRegistered e => new Village(e.VillageId, e.Code, e.Name, e.RegisteredAt),
        _ => state,
    };

    /// <summary>
    /// The village's stream id: a name-based (RFC 9562 version 5) id of its code, so registering the same
    /// code twice lands on the same stream and the event store refuses the second.
    /// </summary>
    public static Guid StreamId(string code)
    {
        var name = Encoding.UTF8.GetBytes("village:" + code);
        var input = new byte[16 + name.Length];
        Namespace.TryWriteBytes(input.AsSpan(0, 16), bigEndian: true, out _);
        name.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
