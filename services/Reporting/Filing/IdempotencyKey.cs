using Marten;

namespace ChildProtection.Reporting.Filing;

/// <summary>
/// The first answer to a caller's <c>Idempotency-Key</c> (Marten document <c>mt_doc_idempotencykey</c>), so a retried
/// submission gets the same receipt and secret back (the report stream keeps only the secret's hash). Inserted in the
/// session that starts the report's stream and saved with it, once: a racing duplicate fails on the key and files nothing.
/// </summary>
/// <param name="Id"><see cref="KeyOf"/> the caller and the key.</param>
/// <param name="RequestHash">SHA-256 of the request body: the same key with another body is refused.</param>
public sealed record IdempotencyKey(string Id, string RequestHash, ReceiptIssued Issued, DateTimeOffset CreatedAt)
{
    /// <summary>One caller's key (the caller's id is length-prefixed, so no two caller/key pairs meet).</summary>
    public static string KeyOf(string caller, string key) => $"{caller.Length}:{caller}/{key}";

    /// <summary>The caller's earlier answer to <paramref name="key"/>, if any.</summary>
    public static async Task<IdempotencyKey?> FindAsync(IDocumentStore store, string caller, string key, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<IdempotencyKey>(KeyOf(caller, key), ct);
    }
}
