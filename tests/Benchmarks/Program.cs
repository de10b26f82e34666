using System.Globalization;
using ChildProtection.Benchmarks;

// Usage: dotnet run -c Release --project tests/Benchmarks -- [--seconds N]
var seconds = 5;
for (var i = 0; i < args.Length - 1; i++)
    if (args[i] == "--seconds") seconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);

await AppendBenchmark.RunAsync(TimeSpan.FromSeconds(seconds));
