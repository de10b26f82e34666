using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildProtection.ServiceDefaults.EventSourcing;

/// <summary>
/// Marten's command log without the parameter values: Marten's default logger writes every failed command's parameters,
/// which here are children's names and facts. A failure is logged with its SQL state only; the exception still reaches
/// the caller's handler, which answers and logs it the platform's way.
/// </summary>
internal sealed class PrivacySafeMartenLogger(ILogger log) : IMartenLogger, IMartenSessionLogger
{
    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => log.LogInformation("Event store schema changed ({Length} characters of DDL)", sql.Length);

    public void LogSuccess(NpgsqlCommand command) { }

    public void LogSuccess(NpgsqlBatch batch) { }

    public void LogFailure(NpgsqlCommand command, Exception ex) => Failed(ex);

    public void LogFailure(NpgsqlBatch batch, Exception ex) => Failed(ex);

    public void LogFailure(Exception ex, string message) => Failed(ex);

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }

    public void OnBeforeExecute(NpgsqlCommand command) { }

    public void OnBeforeExecute(NpgsqlBatch batch) { }

    private void Failed(Exception ex) => log.LogDebug("An event store command failed: {Exception} {SqlState}", ex.GetType().Name,
        (ex as PostgresException ?? ex.InnerException as PostgresException)?.SqlState);
}
