using System.Globalization;
using ChildProtection.Benchmarks;

// Usage: dotnet run -c Release --project tests/Benchmarks -- [append|grpc|all] [--seconds N]
var seconds = 5;
var which = "all";
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--seconds" && i + 1 < args.Length) seconds = int.Parse(args[++i], CultureInfo.InvariantCulture);
    else if (args[i] is "append" or "grpc" or "all") which = args[i];
}

if (which is "append" or "all") await AppendBenchmark.RunAsync(TimeSpan.FromSeconds(seconds));
if (which is "grpc" or "all") await GrpcBenchmark.RunAsync(TimeSpan.FromSeconds(seconds));
