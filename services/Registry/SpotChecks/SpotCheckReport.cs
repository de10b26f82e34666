using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using ChildProtection.ServiceDefaults.Http;
using Marten;
using Npgsql;

namespace ChildProtection.Registry.SpotChecks;

/// <summary>What the registry itself finds missing in a sampled file for the year.</summary>
public sealed record AutomaticFindings(bool MissingVisits, bool MissingCareAgreement, bool MissingAssessment);

/// <summary>One sampled file: the registry's findings and the checker's result when recorded.</summary>
public sealed record SampledFile(Guid ChildId, string RegionCode, IReadOnlyList<string> Categories, AutomaticFindings Findings,
    bool? Complete, IReadOnlyList<string> Missing, string? Notes);

/// <summary>The spot check's report: completeness and what is missing how often.</summary>
public sealed record SpotCheckReportView(Guid Id, string CountyCode, int Year, string Seed, int Population, int SampleSize, int Checked,
    int Complete, double? CompletenessRate, int FilesMissingVisits, int FilesMissingCareAgreement, int FilesMissingAssessment,
    IReadOnlyDictionary<string, int> MissingByItem, IReadOnlyList<SampledFile> Files);

/// <summary>Reports a spot check: each sampled file's findings (visits in the year, care agreement where the pack requires one, assessment) and the recorded results.</summary>
public static class SpotCheckReport
{
    public static RouteGroupBuilder MapSpotCheckReport(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<IResult> (Guid id, HttpContext http, IDocumentStore store, NpgsqlDataSource db, ServiceSchema schema,
            IRegistryPolicies policies, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            await using var session = store.QuerySession();
            var (check, version) = await session.ReadStreamAsync<SpotCheck>(id, SpotCheck.Evolve, ct);
            if (check is null || !caller.CanSee(SpotCheck.Kind.RegionOf(check))) return Problems.NotFound("No such spot check in your jurisdiction.");
            var visited = await VisitedAsync(db, schema, check, ct);
            var files = new List<SampledFile>();
            foreach (var childId in check.ChildIds)
            {
                var (child, _) = await session.ReadStreamAsync<Child>(childId, Child.Evolve, ct);
                if (child is null) continue;
                var findings = Findings(child, check.Year, visited.Contains(childId), policies.For(child.Details.RegionCode));
                var result = check.Results.GetValueOrDefault(childId);
                files.Add(new SampledFile(childId, child.Details.RegionCode, [.. child.Categories.Keys.Order(StringComparer.Ordinal)], findings,
                    result?.Complete, result?.Missing ?? [], result?.Notes));
            }
            AuditSubject.Note(http, $"check={id};files={files.Count}");
            var checkedFiles = files.Where(f => f.Complete is not null).ToList();
            var complete = checkedFiles.Count(f => f.Complete == true);
            http.Response.Headers.ETag = ETags.Format(version);
            return TypedResults.Ok(new SpotCheckReportView(check.Id, check.CountyCode, check.Year, check.Seed, check.Population, check.ChildIds.Count,
                checkedFiles.Count, complete, checkedFiles.Count == 0 ? null : Math.Round(100.0 * complete / checkedFiles.Count, 1),
                files.Count(f => f.Findings.MissingVisits), files.Count(f => f.Findings.MissingCareAgreement), files.Count(f => f.Findings.MissingAssessment),
                ChecklistItems.All.ToDictionary(item => item, item => checkedFiles.Count(f => f.Missing.Contains(item))), files));
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("GetSpotCheck");
        return group;
    }

    /// <summary>The registry's own findings for a file in <paramref name="year"/>.</summary>
    public static AutomaticFindings Findings(Child child, int year, bool visitedInYear, RegistryPolicy policy)
    {
        var needsAssessment = child.CurrentGuardianship.Status == GuardianshipStatus.TemporaryState
                              || child.Categories.Keys.Any(policy.AssessmentRequiredFor.Contains);
        var assessed = child.Assessments.Any(a => a.AssessedOn.Year == year);
        return new AutomaticFindings(!visitedInYear, !CareAgreementCheck.For(child, policy).Compliant, needsAssessment && !assessed);
    }

    /// <summary>The sampled children with a visit or contact filed in the year (from the Visits service's events on the timeline).</summary>
    private static async Task<HashSet<Guid>> VisitedAsync(NpgsqlDataSource db, ServiceSchema schema, SpotCheck check, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT DISTINCT child_id FROM {schema.Table("child_file")}
            WHERE child_id = ANY (@ids) AND source = 'visits'
              AND occurred_at >= make_timestamptz(@year, 1, 1, 0, 0, 0, 'Asia/Shanghai')
              AND occurred_at < make_timestamptz(@year + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
            """);
        cmd.Parameters.AddWithValue("ids", check.ChildIds.ToArray());
        cmd.Parameters.AddWithValue("year", check.Year);
        var ids = new HashSet<Guid>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
        return ids;
    }
}
