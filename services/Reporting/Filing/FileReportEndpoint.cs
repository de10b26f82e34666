using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChildProtection.Reporting.Directory;
using ChildProtection.Reporting.Http;
using ChildProtection.Reporting.Privacy;
using ChildProtection.Reporting.Reports;
using ChildProtection.Reporting.Routing;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using Marten;

namespace ChildProtection.Reporting.Filing;

/// <summary>What the reporter gets back: the receipt number, the secret that opens it, and where to look.</summary>
public sealed record ReceiptIssued(Guid ReportId, string ReceiptNumber, string Secret, string StatusLink, IReadOnlyList<string> RoutedTo);

/// <summary><c>POST /api/reporting/reports</c>: a unit files a mandatory report (强制报告).</summary>
public static class FileReportEndpoint
{
    /// <summary>
    /// Who may file: every department. Minors Protection Law art. 11 obliges state organs (courts and procuratorates too),
    /// village and residents' committees and the units in close contact with children (schools, hospitals, welfare
    /// institutions…) to report, and gives any organisation (a women's or disabled persons' federation) the right to;
    /// hotline agents of the platform (role <c>hotline-agent</c>) file what callers tell 12355. Operators, who run the platform, file nothing.
    /// </summary>
    public static readonly string[] Filers = [.. Departments.All.Order(StringComparer.Ordinal)];

    public static RouteGroupBuilder MapFileReport(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<IResult> (FileReportInput input, HttpContext http, ReportFiler filer, IChildDirectory directory,
            IDocumentStore store, ReporterIdentity reporter, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var at = Moment.Of(clock);
            var key = http.Request.Headers["Idempotency-Key"].ToString();
            if (key.Length > 100) return Problems.Validation("Idempotency-Key", "The Idempotency-Key must be at most 100 characters.");
            var (report, errors) = input.Validate(at.Now);
            if (report is null) return Problems.Validation(errors);

            var requestHash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(input)));
            if (key.Length > 0 && await IdempotencyKey.FindAsync(store, caller.User, key, ct) is { } earlier)
                return Replay(earlier, requestHash);

            ReportedChild child;
            try
            {
                var resolved = await ResolveChildAsync(report.Child, caller, directory, filer, ct);
                if (resolved.Problem is not null) return resolved.Problem;
                child = resolved.Child!;
            }
            catch (DirectoryUnavailableException)
            {
                return TypedResults.Problem("The child registry cannot be reached; send the report again (with the same Idempotency-Key).",
                    statusCode: StatusCodes.Status503ServiceUnavailable, title: "Registry unavailable.", type: ProblemTypes.Unavailable);
            }
            if (!caller.CanSee(child.RegionCode)) return Problems.Forbidden("The child's region is outside your jurisdiction.");

            var policy = filer.PolicyFor(child.RegionCode);
            var secret = Secrets.Secret();
            var command = new FileReport(Guid.CreateVersion7(at.Now), Secrets.ReceiptNumber(at.Now), Secrets.Hash(secret), report.Channel,
                reporter.Protect(report.Reporter), child, report.Situations, report.Observation, report.ObservedAt, report.Urgency, null,
                await filer.EarlierAsync(child, at.Now, policy, ct), caller.User, policy, at);
            var issued = new ReceiptIssued(command.ReportId, command.ReceiptNumber, secret, StatusLink(command.ReceiptNumber),
                RoutingRules.DepartmentsFor(command.Situations, policy));

            // The report and the key's first answer commit together, once: a racing duplicate with the same key fails on the key.
            await using var session = store.LightweightSession();
            if (ReportFiler.File(session, command) is not Decision.Accepted) return Problems.Rejected("report-already-filed", "The report is already filed.");
            if (key.Length > 0) session.Insert(new IdempotencyKey(IdempotencyKey.KeyOf(caller.User, key), requestHash, issued, at.Now));
            http.CreateEventMetadata().ApplyTo(session);
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (JasperFx.DocumentAlreadyExistsException) when (key.Length > 0)
            {
                // The same key raced us and won: answer with its receipt.
                return Replay((await IdempotencyKey.FindAsync(store, caller.User, key, ct))!, requestHash);
            }
            return TypedResults.Created(issued.StatusLink, issued);
        })
        .RequireCaller(departments: Filers)
        .WithName("FileReport");
        return group;
    }

    public static string StatusLink(string receiptNumber) => $"/api/reporting/reports/receipts/{receiptNumber}";

    private static IResult Replay(IdempotencyKey earlier, string requestHash) =>
        earlier.RequestHash == requestHash
            ? TypedResults.Ok(earlier.Issued)
            : Problems.Rejected("idempotency-key-reused", "This Idempotency-Key was used for a different report; use a new key for a new report.");

    private static async Task<(ReportedChild? Child, IResult? Problem)> ResolveChildAsync(ValidChild c, Caller caller, IChildDirectory directory,
        ReportFiler filer, CancellationToken ct)
    {
        if (c.ChildId is { } id)
        {
            var known = await directory.GetChildAsync(id, ct);
            return known is null
                ? (null, Problems.Validation("child.childId", "No registered child with this id in your jurisdiction."))
                : (new ReportedChild(known.ChildId, null, known.RegionCode, []), null);
        }
        if (!caller.CanSee(c.RegionCode)) return (null, Problems.Forbidden("The child's region is outside your jurisdiction."));

        IReadOnlyList<DirectoryCandidate> candidates = [];
        var unavailable = false;
        if (c.IdNumber is not null || c.BirthDate is not null)
        {
            try
            {
                candidates = await directory.LookupAsync(new ChildQuery(c.IdNumber, c.Name!, c.BirthDate, c.RegionCode!), ct);
            }
            catch (DirectoryRejectedException)
            {
                return (null, Problems.Validation("child.idNumber", "The registry refused the ID number (check digit); check it or leave it out."));
            }
            catch (DirectoryUnavailableException)
            {
                // A report is never lost for want of the registry: it is kept with a provisional child, to be matched later.
                unavailable = true;
            }
        }
        var certain = candidates.Where(x => x.Score >= 0.9).ToList();
        if (certain.Count == 1) return (new ReportedChild(certain[0].ChildId, null, certain[0].RegionCode, []), null);

        var provisionalId = await filer.ProvisionalIdAsync(c.RegionCode!, c.Name!, c.BirthDate, ct) ?? Guid.CreateVersion7();
        return (new ReportedChild(null, new ProvisionalChild(provisionalId, c.Name!, c.BirthDate, c.Gender), c.RegionCode!,
            [.. candidates.Select(x => x.ChildId)], unavailable), null);
    }
}
