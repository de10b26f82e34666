using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using Marten;
using Npgsql;

namespace ChildProtection.Registry.Exports;

/// <summary>
/// The rows of the children export for the national child welfare information system (全国儿童福利信息系统): one row per
/// child in a region, folded from the child's stream (the read model has no category dates or carer relation).
/// README.md beside this file describes the columns.
/// </summary>
public sealed class ChildrenExport(NpgsqlDataSource db, ServiceSchema schema, IDocumentStore store, NationalIdProtector protector)
{
    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "childId", "name", "gender", "birthDate", "nationalId", "villageCode", "household", "categories",
        .. CategoryCodes.All.Select(SinceColumn), "guardianshipStatus", "directorId", "carerRelation", "careAgreementSigned",
    ];

    /// <summary><c>rural-left-behind</c> → <c>ruralLeftBehindSince</c>.</summary>
    public static string SinceColumn(string category) =>
        string.Concat(category.Split('-').Select((word, i) => i == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..])) + "Since";

    /// <summary>The children in <paramref name="scope"/> (and <paramref name="category"/> when given), in region and registration order.</summary>
    public async Task<IReadOnlyList<string?[]>> RowsAsync(string scope, string? category, bool revealNames, bool revealNationalIds, CancellationToken ct)
    {
        var ids = new List<Guid>();
        await using (var cmd = db.CreateCommand($"""
            SELECT id FROM {schema.Table("children")}
            WHERE region_code LIKE @scope || '%' AND (@category::text IS NULL OR @category = ANY (categories))
            ORDER BY region_code, registered_at, id
            """))
        {
            cmd.Parameters.AddWithValue("scope", scope);
            cmd.Parameters.Add(new NpgsqlParameter("category", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)category ?? DBNull.Value });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
        }

        var rows = new string?[ids.Count][];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct },
            async (i, token) =>
            {
                await using var session = store.QuerySession();
                var (child, _) = await session.ReadStreamAsync<Child>(ids[i], Child.Evolve, token);
                // The stream is the truth: a child that moved or changed category since the list was read is left out.
                if (child is not null && child.Details.RegionCode.StartsWith(scope, StringComparison.Ordinal)
                    && (category is null || child.Categories.ContainsKey(category)))
                    rows[i] = Row(child, revealNames, revealNationalIds);
            });
        return [.. rows.OfType<string?[]>()];
    }

    private string?[] Row(Child child, bool revealNames, bool revealNationalIds)
    {
        var d = child.Details;
        var nationalId = child.NationalId is not { } id ? null : revealNationalIds ? protector.Reveal(id) : id.Masked;
        return
        [
            child.Id.ToString(), revealNames ? d.Name : NamePolicy.Mask(d.Name), Codes.Of(d.Gender), Date(d.BirthDate), nationalId,
            d.RegionCode, Codes.Of(d.Household), string.Join(';', child.Categories.Keys.Order(StringComparer.Ordinal)),
            .. CategoryCodes.All.Select(c => child.Categories.TryGetValue(c, out var active) ? Date(active.Since) : null),
            Codes.Of(child.CurrentGuardianship.Status), child.DirectorId?.ToString(),
            child.Carer is { } carer ? Codes.Of(carer.Relation) : null,
            child.Carer is { } signed ? (signed.Agreement.Signed ? "true" : "false") : null,
        ];
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
