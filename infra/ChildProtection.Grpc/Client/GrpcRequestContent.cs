using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace ChildProtection.Grpc;

/// <summary>A single length-prefixed request message as HTTP content.</summary>
internal sealed class GrpcRequestContent : HttpContent
{
    private readonly IMessage _message;
    private readonly int _maxSize;

    public GrpcRequestContent(IMessage message, int maxSize)
    {
        _message = message;
        _maxSize = maxSize;
        Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var writer = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        MessageFraming.Write(writer, _message, _maxSize);
        await writer.FlushAsync();
        await writer.CompleteAsync();
    }

    protected override bool TryComputeLength(out long length)
    {
        length = MessageFraming.HeaderSize + _message.CalculateSize();
        return true;
    }
}
