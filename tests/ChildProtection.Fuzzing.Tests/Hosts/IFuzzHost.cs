namespace ChildProtection.Fuzzing.Tests.Hosts;

/// <summary>A started service as the fuzzer needs it: callers and the service's own database.</summary>
public interface IFuzzHost : IAsyncDisposable
{
    Task StartAsync();

    HttpClient ClientAs(string department, string role, string region);

    string ConnectionString { get; }
}
