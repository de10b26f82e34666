using System.Globalization;
using ChildProtection.Contracts.Registry.V1;
using ChildProtection.Grpc;
using ChildProtection.Registry.Audit;
using ChildProtection.Registry.ChildFile;
using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.Registry.Matching;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using Google.Protobuf.WellKnownTypes;
using Marten;

namespace ChildProtection.Registry.Directory;

/// <summary>
/// gRPC <c>registry.v1.ChildDirectory</c>: how the other services resolve and match a child now. Answers only
/// within the caller's region, with names masked, and audits every read like the HTTP API.
/// </summary>
public sealed class ChildDirectoryService(IDocumentStore store, ReadAudit audit, ChildMatcher matcher, NationalIdProtector protector,
    ChildFileReader fileReader)
{
    /// <summary>Lookup returns candidates from this score on (the same surname with one different character, elsewhere in the region).</summary>
    public const double MinimumLookupScore = 0.6;

    public void Bind(GrpcServiceBuilder service) => service
        .Unary<LookupRequest, LookupReply>("Lookup", LookupAsync)
        .Unary<GetChildRequest, ChildSummary>("GetChild", GetChildAsync)
        .ServerStreaming<StreamChildFileRequest, TimelineEntry>("StreamChildFile", StreamChildFileAsync);

    private async Task<ChildSummary> GetChildAsync(GetChildRequest request, ServerCallContext call)
    {
        var caller = Caller.From(call.User);
        var id = ParseId(request.ChildId);
        Child? child;
        long version;
        await using (var session = store.QuerySession())
            (child, version) = await session.ReadStreamAsync<Child>(id, Child.Evolve, call.CancellationToken);
        var found = child is not null && caller.CanSee(Child.Kind.RegionOf(child));
        await audit.RecordAsync(caller, "child.read.grpc", found ? id : null, found ? "found" : "not-found", call.HttpContext.GetCorrelationId(),
            call.CancellationToken, Purpose(call));
        if (!found) throw new GrpcStatusException(StatusCode.NotFound, "No such child in your jurisdiction.");
        var guardianship = child!.CurrentGuardianship;
        var summary = new ChildSummary
        {
            ChildId = id.ToString(),
            MaskedName = NamePolicy.Mask(child.Details.Name),
            Gender = Codes.Of(child.Details.Gender),
            BirthDate = child.Details.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            RegionCode = child.Details.RegionCode,
            Version = version,
            GuardianshipSituation = Codes.Of(guardianship.Status) + (guardianship.Placement is { } p ? ":" + Codes.Of(p) : ""),
            AssignedDirectorId = child.DirectorId?.ToString() ?? "",
        };
        summary.Categories.Add(child.Categories.Keys.Order(StringComparer.Ordinal));
        return summary;
    }

    private async Task<LookupReply> LookupAsync(LookupRequest request, ServerCallContext call)
    {
        var caller = Caller.From(call.User);
        var query = request.ByCase switch
        {
            LookupRequest.ByOneofCase.IdNumberBlindIndex when request.IdNumberBlindIndex.Length == 64 =>
                new MatchQuery(request.IdNumberBlindIndex.ToLowerInvariant(), null, null, null),
            LookupRequest.ByOneofCase.IdNumber => new MatchQuery(BlindIndexOf(request.IdNumber), null, null, null),
            LookupRequest.ByOneofCase.NameAndBirth => NameQuery(request.NameAndBirth),
            _ => throw new GrpcStatusException(StatusCode.InvalidArgument,
                "Give an ID number, its 64-hex-digit blind index, or a name, birth date and region prefix."),
        };
        var reply = new LookupReply();
        foreach (var c in (await matcher.FindAsync(query, caller, MinimumLookupScore, call.CancellationToken)).Where(c => caller.CanSee(c.Child.RegionCode)).Take(10))
        {
            var candidate = new Candidate
            {
                ChildId = c.Child.Id.ToString(),
                RegionCode = c.Child.RegionCode,
                MaskedName = NamePolicy.Mask(c.Child.Name),
                BirthDate = c.Child.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Score = c.Score,
            };
            candidate.MatchReasons.Add(c.Reasons);
            reply.Candidates.Add(candidate);
        }
        await audit.RecordAsync(caller, "children.lookup.grpc", null, $"by={request.ByCase};count={reply.Candidates.Count}",
            call.HttpContext.GetCorrelationId(), call.CancellationToken, Purpose(call));
        return reply;
    }

    private string BlindIndexOf(string number)
    {
        var normalized = NationalIdNumber.Normalize(number) ?? "";
        if (NationalIdNumber.Validate(normalized) is { } problem) throw new GrpcStatusException(StatusCode.InvalidArgument, problem);
        return protector.BlindIndex(normalized);
    }

    private static MatchQuery NameQuery(NameAndBirth q)
    {
        if (string.IsNullOrWhiteSpace(q.Name)) throw new GrpcStatusException(StatusCode.InvalidArgument, "name is required.");
        if (!DateOnly.TryParseExact(q.BirthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
            throw new GrpcStatusException(StatusCode.InvalidArgument, "birth_date must be YYYY-MM-DD.");
        if (!RegionCodes.IsValidPrefix(q.RegionPrefix))
            throw new GrpcStatusException(StatusCode.InvalidArgument, "region_prefix must be 2 to 12 digits.");
        return new MatchQuery(null, q.Name.Trim(), birth, q.RegionPrefix);
    }

    private async Task StreamChildFileAsync(StreamChildFileRequest request, IServerStreamWriter<TimelineEntry> stream, ServerCallContext call)
    {
        var caller = Caller.From(call.User);
        var id = ParseId(request.ChildId);
        const int batch = 200;
        var first = true;
        for (var offset = 0; ; offset += batch)
        {
            var (visible, entries, _) = await fileReader.ReadAsync(caller, id, offset, batch, call.CancellationToken);
            // Recorded before the first entry leaves: a stream whose record cannot be written fails instead.
            if (first)
                await audit.RecordAsync(caller, "child-file.read.grpc", id, visible ? "found" : "not-found", call.HttpContext.GetCorrelationId(),
                    call.CancellationToken, Purpose(call));
            if (!visible) throw new GrpcStatusException(StatusCode.NotFound, "No such child in your jurisdiction.");
            first = false;
            foreach (var e in entries.Where(e => e.Position > request.SincePosition))
                await stream.WriteAsync(new TimelineEntry
                {
                    Position = e.Position,
                    OccurredAt = Timestamp.FromDateTimeOffset(e.OccurredAt),
                    Service = e.Source,
                    EventType = e.Type,
                    Summary = e.Summary,
                });
            if (entries.Count < batch) return;
        }
    }

    private static string? Purpose(ServerCallContext call) => ReadAudit.PurposeOf(call.HttpContext);

    private static Guid ParseId(string value) => Guid.TryParse(value, out var id)
        ? id
        : throw new GrpcStatusException(StatusCode.InvalidArgument, "child_id must be a UUID.");
}
