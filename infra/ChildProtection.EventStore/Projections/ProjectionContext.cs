using Npgsql;

namespace ChildProtection.EventStore.Projections;

/// <summary>The connection and transaction a projection writes its read model in.</summary>
public sealed record ProjectionContext(NpgsqlConnection Connection, NpgsqlTransaction Transaction, string Schema)
{
    /// <summary>A command bound to this transaction.</summary>
    public NpgsqlCommand Command(string sql) => new(sql, Connection, Transaction);
}
