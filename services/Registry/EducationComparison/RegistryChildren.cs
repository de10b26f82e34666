using ChildProtection.ServiceDefaults.EventSourcing;
using Npgsql;

namespace ChildProtection.Registry.EducationComparison;

/// <summary>A registered child as the comparison sees it (from the children read model).</summary>
public sealed record RegisteredChild(Guid Id, string Name, DateOnly BirthDate, string RegionCode, string? BlindIndex, IReadOnlyList<string> Categories);

/// <summary>The two reads of a comparison, each one statement on the children read model.</summary>
public static class RegistryChildren
{
    private const string Columns = "id, name, birth_date, region_code, national_id_index, categories";

    /// <summary>Children who may match the pupils: the same ID number anywhere, or a pupil's birth date within the region.</summary>
    public static Task<List<RegisteredChild>> CandidatesAsync(NpgsqlDataSource db, ServiceSchema schema, string scope, string[] blindIndexes, DateOnly[] birthDates,
        CancellationToken ct) => ReadAsync(db, $"""
            SELECT {Columns} FROM {schema.Table("children")}
            WHERE national_id_index = ANY (@indexes) OR (region_code LIKE @scope || '%' AND birth_date = ANY (@births))
            """, ct, ("indexes", blindIndexes), ("births", birthDates), ("scope", scope));

    /// <summary>Children of the region in any category born in the given range.</summary>
    public static Task<List<RegisteredChild>> InCategoriesAsync(NpgsqlDataSource db, ServiceSchema schema, string scope, DateOnly bornAfter, DateOnly bornOnOrBefore,
        CancellationToken ct) => ReadAsync(db, $"""
            SELECT {Columns} FROM {schema.Table("children")}
            WHERE region_code LIKE @scope || '%' AND cardinality(categories) > 0 AND birth_date > @after AND birth_date <= @until
            ORDER BY region_code, birth_date, id
            """, ct, ("scope", scope), ("after", bornAfter), ("until", bornOnOrBefore));

    private static async Task<List<RegisteredChild>> ReadAsync(NpgsqlDataSource db, string sql, CancellationToken ct, params (string, object)[] parameters)
    {
        await using var cmd = db.CreateCommand(sql);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        var children = new List<RegisteredChild>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            children.Add(new RegisteredChild(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetFieldValue<string[]>(5)));
        return children;
    }
}
