using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Contracts.Registry.V1;
using ChildProtection.Grpc;
using ChildProtection.Testing;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>Another service's view: Registry's ChildDirectory in gRPC, through the gateway's HTTP/2 listener.</summary>
[Collection(PlatformCollection.Name)]
public class ChildDirectoryThroughGatewayTests(PlatformFixture platform)
{
    private GrpcChannel Channel(string? token)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{platform.GatewayGrpcPort}") };
        if (token is not null) http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return new GrpcChannel(http);
    }

    private async Task<Guid> Register(string name, string birthDate)
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var created = await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name, gender = "female", birthDate, regionCode = "120116101203", household = "rural" });
        return JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Police_get_a_childs_summary_with_the_name_masked()
    {
        var id = await Register("陈思思", "2012-04-01");
        var police = Channel(await platform.TokenAsync("police", "officer", "120116"));

        var child = await police.UnaryAsync<GetChildRequest, ChildSummary>("/registry.v1.ChildDirectory/GetChild",
            new GetChildRequest { ChildId = id.ToString() }, new CallOptions(TimeSpan.FromSeconds(10)));

        Assert.Equal("陈*思", child.MaskedName);
        Assert.Equal("120116101203", child.RegionCode);
        Assert.Equal(1, child.Version);
    }

    [Fact]
    public async Task Unknown_children_other_regions_and_missing_tokens_get_grpc_statuses()
    {
        var id = await Register("林可", "2013-06-06");
        var insider = Channel(await platform.TokenAsync("police", "officer", "120116"));
        var unknown = await Assert.ThrowsAsync<GrpcStatusException>(() => insider
            .UnaryAsync<GetChildRequest, ChildSummary>("/registry.v1.ChildDirectory/GetChild", new GetChildRequest { ChildId = Guid.NewGuid().ToString() }));
        Assert.Equal(StatusCode.NotFound, unknown.Status);

        var jincheng = Channel(await platform.TokenAsync("police", "officer", "1405"));
        var outsider = await Assert.ThrowsAsync<GrpcStatusException>(() => jincheng
            .UnaryAsync<GetChildRequest, ChildSummary>("/registry.v1.ChildDirectory/GetChild", new GetChildRequest { ChildId = id.ToString() }));
        Assert.Equal(StatusCode.NotFound, outsider.Status);

        var anonymous = await Assert.ThrowsAsync<GrpcStatusException>(() => Channel(null)
            .UnaryAsync<GetChildRequest, ChildSummary>("/registry.v1.ChildDirectory/GetChild", new GetChildRequest { ChildId = id.ToString() }));
        Assert.Equal(StatusCode.Unauthenticated, anonymous.Status);
    }

    [Fact]
    public async Task A_reported_child_is_matched_by_name_birth_date_and_region_and_its_file_streams()
    {
        var id = await Register("黄明珠", "2011-11-11");
        var reporting = Channel(await platform.TokenAsync("education", "teacher", "120116"));

        var reply = await reporting.UnaryAsync<LookupRequest, LookupReply>("/registry.v1.ChildDirectory/Lookup", new LookupRequest
        {
            NameAndBirth = new NameAndBirth { Name = "黄明珠", BirthDate = "2011-11-11", RegionPrefix = "120116" },
        });
        var best = Assert.Single(reply.Candidates, c => c.ChildId == id.ToString());
        Assert.Equal(0.8, best.Score); // same name and birth date in the region; 0.9 in the same village, 1.0 for the same ID number
        Assert.Equal(["same name", "same birth date", "same region"], best.MatchReasons);

        // The timeline is an async projection: the registration is on it within moments of the commit.
        var entries = new List<TimelineEntry>();
        await Eventually.TrueAsync(async () =>
        {
            entries.Clear();
            try
            {
                await foreach (var e in reporting.ServerStreamingAsync<StreamChildFileRequest, TimelineEntry>(
                                   "/registry.v1.ChildDirectory/StreamChildFile", new StreamChildFileRequest { ChildId = id.ToString() }))
                    entries.Add(e);
            }
            catch (GrpcStatusException)
            {
                return false; // an empty file: not projected yet
            }
            return entries.Count > 0;
        }, TimeSpan.FromSeconds(15), "the registration reaches the child's timeline");
        Assert.Equal("registry.child-registered.v1", Assert.Single(entries).EventType);
    }

    [Fact]
    public async Task A_child_is_found_by_national_id_number_anywhere_in_the_callers_region_and_the_number_is_never_echoed()
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var created = await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name = "孙悦", gender = "female", birthDate = "2015-03-02", regionCode = "120116101203", household = "rural", nationalId = "120116201503020041" });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        var police = Channel(await platform.TokenAsync("police", "officer", "120116"));
        var reply = await police.UnaryAsync<LookupRequest, LookupReply>("/registry.v1.ChildDirectory/Lookup",
            new LookupRequest { IdNumber = "120116201503020041" });
        var match = Assert.Single(reply.Candidates);
        Assert.Equal((id.ToString(), 1.0), (match.ChildId, match.Score));
        Assert.Equal("孙*", match.MaskedName);

        platform.Seeded("national-id", "120116201503020042");
        var bad = await Assert.ThrowsAsync<GrpcStatusException>(() => police.UnaryAsync<LookupRequest, LookupReply>(
            "/registry.v1.ChildDirectory/Lookup", new LookupRequest { IdNumber = "120116201503020042" }));
        Assert.Equal(StatusCode.InvalidArgument, bad.Status);
        Assert.DoesNotContain("120116201503020042", bad.Message, StringComparison.Ordinal);
    }
}
