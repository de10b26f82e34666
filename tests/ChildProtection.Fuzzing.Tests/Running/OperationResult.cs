namespace ChildProtection.Fuzzing.Tests.Running;

/// <summary>What one operation answered to its fuzzed requests.</summary>
public sealed class OperationResult(string service, string key, Persona persona)
{
    private readonly Dictionary<int, int> _statuses = [];
    private readonly List<string> _findings = [];

    public string Service { get; } = service;
    public string Key { get; } = key;
    public Persona Persona { get; set; } = persona;
    public int Requests { get; private set; }

    public IReadOnlyList<string> Findings { get { lock (_findings) return [.. _findings]; } }

    public void Record(int status, string? finding)
    {
        lock (_statuses)
        {
            Requests++;
            _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
        }
        if (finding is not null)
        {
            lock (_findings) _findings.Add(finding);
        }
    }

    /// <summary>e.g. <c>400×38 404×4</c>.</summary>
    public string Statuses
    {
        get
        {
            lock (_statuses) return string.Join(' ', _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
        }
    }
}
