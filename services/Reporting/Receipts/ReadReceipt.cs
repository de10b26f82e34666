using ChildProtection.Reporting.Http;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using Marten;
using Npgsql;

namespace ChildProtection.Reporting.Receipts;

/// <summary>An outcome as the reporter is told it: the department and a fixed sentence, nothing about the child or the case.</summary>
public sealed record FedBackOutcome(string Department, string Message, DateTimeOffset FedBackAt);

/// <summary>The reporter's view of a receipt: status and fed-back outcomes only.</summary>
public sealed record ReceiptView(string ReceiptNumber, string Status, DateTimeOffset FiledAt, IReadOnlyList<FedBackOutcome> Outcomes);

/// <summary><c>GET /api/reporting/reports/receipts/{number}</c> with header <c>X-Receipt-Secret</c>: a wrong secret and an unknown number answer the same 404.</summary>
public static class ReadReceipt
{
    public const string SecretHeader = "X-Receipt-Secret";

    public static RouteGroupBuilder MapReadReceipt(this RouteGroupBuilder group)
    {
        group.MapGet("/receipts/{number}", async Task<IResult> (string number, HttpContext http, NpgsqlDataSource db, ServiceSchema schema, IDocumentStore store,
            CancellationToken ct) =>
        {
            var secret = http.Request.Headers[SecretHeader].ToString();
            if (string.IsNullOrWhiteSpace(secret)) return Problems.Validation(SecretHeader, "Send the secret given with the receipt in the X-Receipt-Secret header.");
            await using var cmd = db.CreateCommand($"SELECT id, secret_hash FROM {schema.Table("reports")} WHERE receipt_number = @n");
            cmd.Parameters.AddWithValue("n", number.Trim().ToUpperInvariant());
            Guid? id = null;
            var hash = "";
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
                if (await reader.ReadAsync(ct)) (id, hash) = (reader.GetGuid(0), reader.GetString(1));
            if (id is null || !Secrets.Matches(secret, hash)) return Problems.NotFound("No receipt with this number and secret.");

            // Not the command step's read: the reporter may be anyone signed in, anywhere; the secret is the access check.
            await using var session = store.QuerySession();
            var (state, _) = await session.ReadStreamAsync<Report>(id.Value, Report.Evolve, ct);
            return TypedResults.Ok(new ReceiptView(state!.Filed.ReceiptNumber, state.ReporterStatus, state.Filed.FiledAt,
                [.. state.Routings.Where(r => r.Status == RoutingStatus.FedBack).Select(r => new FedBackOutcome(r.Department, r.FeedbackMessage!, r.FedBackAt!.Value))]));
        })
        .RequireCaller()
        .WithName("ReadReceipt");
        return group;
    }
}
