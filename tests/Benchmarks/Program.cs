using System.Globalization;

namespace ChildProtection.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Benchmarks -- [append|grpc|e2e|rebuild|all] [--seconds N] [--events N]</c>
/// (a class of its own: the Registry's <c>Program</c> is referenced for its projection).
/// </summary>
internal static class BenchmarkProgram
{
    private static async Task Main(string[] args)
    {
        var seconds = 5;
        var which = "all";
        var events = 1_000_000;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seconds" && i + 1 < args.Length) seconds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--events" && i + 1 < args.Length) events = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] is "append" or "grpc" or "e2e" or "rebuild" or "all") which = args[i];
        }

        if (which is "append" or "all") await AppendBenchmark.RunAsync(TimeSpan.FromSeconds(seconds));
        if (which is "grpc" or "all") await GrpcBenchmark.RunAsync(TimeSpan.FromSeconds(seconds));
        if (which is "e2e" or "all") await EndToEndBenchmark.RunAsync(TimeSpan.FromSeconds(seconds));
        if (which is "rebuild" or "all") await ProjectionRebuildBenchmark.RunAsync(events);
    }
}
