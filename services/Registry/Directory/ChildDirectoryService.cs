using ChildProtection.Contracts.Registry.V1;
using ChildProtection.EventStore.Storage;
using ChildProtection.Grpc;
using ChildProtection.Registry.Audit;
using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;
using Google.Protobuf.WellKnownTypes;
using Npgsql;

namespace ChildProtection.Registry.Directory;

/// <summary>
/// gRPC <c>registry.v1.ChildDirectory</c>: how the other services resolve and match a child now. Answers only
/// within the caller's region, with names masked, and audits every read like the HTTP API.
/// </summary>
public sealed class ChildDirectoryService(NpgsqlDataSource db, PostgresEventStore store, ReadAudit audit)
{
    private const string Columns = "id, name, gender, birth_date, region_code, household, version";

    public void Bind(GrpcServiceBuilder service) => service
        .Unary<LookupRequest, LookupReply>("Lookup", LookupAsync)
        .Unary<GetChildRequest, ChildSummary>("GetChild", GetChildAsync)
        .ServerStreaming<StreamChildFileRequest, TimelineEntry>("StreamChildFile", StreamChildFileAsync);

    private async Task<ChildSummary> GetChildAsync(GetChildRequest request, ServerCallContext call)
    {
        var caller = Caller.From(call.User);
        var id = ParseId(request.ChildId);
        await using var cmd = db.CreateCommand($"SELECT {Columns} FROM registry.children WHERE id = @id");
        cmd.Parameters.AddWithValue("id", id);
        await using var reader = await cmd.ExecuteReaderAsync(call.CancellationToken);
        var found = await reader.ReadAsync(call.CancellationToken) && caller.CanSee(reader.GetString(4));
        await audit.RecordAsync(caller, "child.read.grpc", found ? id : null, found ? "found" : "not-found", call.HttpContext.GetCorrelationId(), call.CancellationToken);
        if (!found) throw new GrpcStatusException(StatusCode.NotFound, "No such child in your jurisdiction.");
        return new ChildSummary
        {
            ChildId = id.ToString(),
            MaskedName = NamePolicy.Mask(reader.GetString(1)),
            Gender = reader.GetString(2),
            BirthDate = reader.GetFieldValue<DateOnly>(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            RegionCode = reader.GetString(4),
            Version = reader.GetInt64(6),
            // Categories, guardianship and the assigned director come with the full child file (issue 4).
            GuardianshipSituation = "",
            AssignedDirectorId = "",
        };
    }

    private async Task<LookupReply> LookupAsync(LookupRequest request, ServerCallContext call)
    {
        var caller = Caller.From(call.User);
        var reply = new LookupReply();
        if (request.ByCase == LookupRequest.ByOneofCase.IdNumberBlindIndex)
        {
            // ID numbers are not recorded yet: no child can match a blind index.
            await audit.RecordAsync(caller, "children.lookup.grpc", null, "by-id-number;count=0", call.HttpContext.GetCorrelationId(), call.CancellationToken);
            return reply;
        }
        if (request.ByCase != LookupRequest.ByOneofCase.NameAndBirth)
            throw new GrpcStatusException(StatusCode.InvalidArgument, "Give an ID-number blind index, or a name, birth date and region prefix.");
        var q = request.NameAndBirth;
        if (string.IsNullOrWhiteSpace(q.Name)) throw new GrpcStatusException(StatusCode.InvalidArgument, "name is required.");
        if (!DateOnly.TryParseExact(q.BirthDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var birth))
            throw new GrpcStatusException(StatusCode.InvalidArgument, "birth_date must be YYYY-MM-DD.");
        if (!RegionCodes.IsValidPrefix(q.RegionPrefix))
            throw new GrpcStatusException(StatusCode.InvalidArgument, "region_prefix must be 2 to 12 digits.");

        await using var cmd = db.CreateCommand($"""
            SELECT {Columns} FROM registry.children
            WHERE birth_date = @birth AND region_code LIKE @prefix || '%' AND region_code LIKE @own || '%'
            LIMIT 50
            """);
        cmd.Parameters.AddWithValue("birth", birth);
        cmd.Parameters.AddWithValue("prefix", q.RegionPrefix);
        cmd.Parameters.AddWithValue("own", caller.SeesAllRegions ? "" : caller.Region);
        await using var reader = await cmd.ExecuteReaderAsync(call.CancellationToken);
        var name = q.Name.Trim();
        while (await reader.ReadAsync(call.CancellationToken))
        {
            var candidateName = reader.GetString(1);
            var (score, reasons) = ChildMatching.Score(name, candidateName);
            if (score <= 0) continue;
            var candidate = new Candidate
            {
                ChildId = reader.GetGuid(0).ToString(),
                RegionCode = reader.GetString(4),
                MaskedName = NamePolicy.Mask(candidateName),
                BirthDate = q.BirthDate,
                Score = score,
            };
            candidate.MatchReasons.Add(reasons);
            candidate.MatchReasons.Add("birth-date");
            candidate.MatchReasons.Add("region");
            reply.Candidates.Add(candidate);
        }
        var ordered = reply.Candidates.OrderByDescending(c => c.Score).Take(10).ToList();
        reply.Candidates.Clear();
        reply.Candidates.Add(ordered);
        await audit.RecordAsync(caller, "children.lookup.grpc", null, $"count={ordered.Count}", call.HttpContext.GetCorrelationId(), call.CancellationToken);
        return reply;
    }

    private async Task StreamChildFileAsync(StreamChildFileRequest request, IServerStreamWriter<TimelineEntry> stream, ServerCallContext call)
    {
        var caller = Caller.From(call.User);
        var id = ParseId(request.ChildId);
        var (child, _) = await store.AggregateStreamAsync<Child?>(id, null, Child.Evolve, call.CancellationToken);
        var visible = child is not null && caller.CanSee(child.Details.RegionCode);
        await audit.RecordAsync(caller, "child.file.grpc", visible ? id : null, visible ? "found" : "not-found", call.HttpContext.GetCorrelationId(), call.CancellationToken);
        if (!visible) throw new GrpcStatusException(StatusCode.NotFound, "No such child in your jurisdiction.");
        foreach (var e in await store.FetchStreamAsync(id, call.CancellationToken))
        {
            if (e.Position <= request.SincePosition) continue;
            await stream.WriteAsync(new TimelineEntry
            {
                Position = e.Position,
                OccurredAt = Timestamp.FromDateTimeOffset(e.RecordedAt),
                Service = "registry",
                EventType = e.Type,
                Summary = e.Data switch
                {
                    ChildRegistered => "Child's file opened",
                    ChildDetailsCorrected => "Basic details corrected",
                    _ => e.Type,
                },
            });
        }
    }

    private static Guid ParseId(string value) => Guid.TryParse(value, out var id)
        ? id
        : throw new GrpcStatusException(StatusCode.InvalidArgument, "child_id must be a UUID.");
}
