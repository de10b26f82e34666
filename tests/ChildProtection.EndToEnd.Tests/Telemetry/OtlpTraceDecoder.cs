using System.Text;

namespace ChildProtection.EndToEnd.Tests.Telemetry;

/// <summary>
/// Reads the few fields a test needs from an OTLP <c>ExportTraceServiceRequest</c> (opentelemetry-proto trace.proto):
/// resource_spans(1) → resource(1).attributes(1) service.name, scope_spans(2) → scope(1).name(1), spans(2) →
/// trace_id(1), span_id(2), parent_span_id(4), name(5), kind(6). Other fields are skipped by wire type.
/// </summary>
public static class OtlpTraceDecoder
{
    public static IEnumerable<ReceivedSpan> Decode(byte[] request)
    {
        var spans = new List<ReceivedSpan>();
        foreach (var (field, resourceSpans) in Fields(request))
        {
            if (field != 1) continue;
            var service = "";
            var scopes = new List<byte[]>();
            foreach (var (f, value) in Fields(resourceSpans))
            {
                if (f == 1) service = ServiceName(value) ?? service;
                else if (f == 2) scopes.Add(value);
            }
            foreach (var scopeSpans in scopes)
            {
                var scope = "";
                foreach (var (f, value) in Fields(scopeSpans))
                {
                    if (f == 1) scope = Fields(value).Where(x => x.Field == 1).Select(x => Encoding.UTF8.GetString(x.Value)).FirstOrDefault() ?? "";
                    else if (f == 2) spans.Add(Span(service, scope, value));
                }
            }
        }
        return spans;
    }

    private static ReceivedSpan Span(string service, string scope, byte[] span)
    {
        string traceId = "", spanId = "", parent = "", name = "";
        var kind = 0;
        foreach (var (f, value) in Fields(span))
        {
            switch (f)
            {
                case 1: traceId = Convert.ToHexStringLower(value); break;
                case 2: spanId = Convert.ToHexStringLower(value); break;
                case 4: parent = Convert.ToHexStringLower(value); break;
                case 5: name = Encoding.UTF8.GetString(value); break;
                case 6: kind = (int)ReadVarint(value, 0).Value; break;
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parent, name, kind, scope);
    }

    private static string? ServiceName(byte[] resource)
    {
        foreach (var (f, keyValue) in Fields(resource))
        {
            if (f != 1) continue;
            var parts = Fields(keyValue).ToList();
            var key = parts.Where(p => p.Field == 1).Select(p => Encoding.UTF8.GetString(p.Value)).FirstOrDefault();
            if (key != "service.name") continue;
            var any = parts.Where(p => p.Field == 2).Select(p => p.Value).FirstOrDefault();
            return any is null ? null : Fields(any).Where(p => p.Field == 1).Select(p => Encoding.UTF8.GetString(p.Value)).FirstOrDefault();
        }
        return null;
    }

    /// <summary>The fields of a message; varints are returned as their encoded bytes, length-delimited as their payload.</summary>
    private static IEnumerable<(int Field, byte[] Value)> Fields(byte[] message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var (tag, next) = ReadVarint(message, position);
            position = next;
            var field = (int)(tag >> 3);
            switch ((int)(tag & 7))
            {
                case 0:
                    var start = position;
                    (_, position) = ReadVarint(message, position);
                    yield return (field, message[start..position]);
                    break;
                case 1: yield return (field, message[position..(position + 8)]); position += 8; break;
                case 2:
                    var (length, bodyStart) = ReadVarint(message, position);
                    position = bodyStart + (int)length;
                    yield return (field, message[bodyStart..position]);
                    break;
                case 5: yield return (field, message[position..(position + 4)]); position += 4; break;
                default: throw new InvalidDataException($"Unsupported protobuf wire type {tag & 7} in an OTLP request.");
            }
        }
    }

    private static (ulong Value, int Next) ReadVarint(byte[] buffer, int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = buffer[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return (value, position);
        }
    }
}
