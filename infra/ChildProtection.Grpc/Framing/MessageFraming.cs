using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Google.Protobuf;

namespace ChildProtection.Grpc;

/// <summary>
/// Length-prefixed messages: 1 byte compressed flag, 4 bytes big-endian length, then the message. Reads
/// across any split of the bytes into DATA frames.
/// </summary>
public static class MessageFraming
{
    public const int HeaderSize = 5;

    /// <summary>Reads the next message, or null at a clean end of stream.</summary>
    public static async Task<T?> ReadAsync<T>(PipeReader reader, MessageParser<T> parser, int maxSize, CancellationToken ct)
        where T : class, IMessage<T>
    {
        while (true)
        {
            var result = await reader.ReadAsync(ct);
            var buffer = result.Buffer;
            if (buffer.Length >= HeaderSize)
            {
                var (compressed, length) = ReadHeader(buffer);
                if (compressed)
                    throw new GrpcStatusException(StatusCode.Internal, "Compressed messages are not supported: no grpc-encoding was negotiated.");
                if (length > maxSize)
                    throw new GrpcStatusException(StatusCode.ResourceExhausted, $"Received message larger than max ({length} vs. {maxSize})");
                if (buffer.Length >= HeaderSize + length)
                {
                    var payload = buffer.Slice(HeaderSize, length);
                    T message;
                    try
                    {
                        message = parser.ParseFrom(payload);
                    }
                    catch (InvalidProtocolBufferException)
                    {
                        throw new GrpcStatusException(StatusCode.Internal, "The message could not be parsed.");
                    }
                    reader.AdvanceTo(payload.End);
                    return message;
                }
            }
            if (result.IsCompleted)
            {
                if (buffer.Length == 0)
                {
                    reader.AdvanceTo(buffer.End);
                    return null;
                }
                throw new GrpcStatusException(StatusCode.Internal, "The stream ended inside a message.");
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static (bool Compressed, uint Length) ReadHeader(ReadOnlySequence<byte> buffer)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        buffer.Slice(0, HeaderSize).CopyTo(header);
        return (header[0] != 0, BinaryPrimitives.ReadUInt32BigEndian(header[1..]));
    }

    /// <summary>Writes one message with its prefix; refuses messages over <paramref name="maxSize"/>.</summary>
    public static void Write(IBufferWriter<byte> writer, IMessage message, int maxSize)
    {
        var size = message.CalculateSize();
        if (size > maxSize)
            throw new GrpcStatusException(StatusCode.ResourceExhausted, $"Sending message larger than max ({size} vs. {maxSize})");
        var header = writer.GetSpan(HeaderSize);
        header[0] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(header[1..], (uint)size);
        writer.Advance(HeaderSize);
        message.WriteTo(writer);
    }
}
