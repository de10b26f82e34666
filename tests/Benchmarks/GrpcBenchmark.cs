using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ChildProtection.Contracts.Registry.V1;
using ChildProtection.Grpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChildProtection.Benchmarks;

/// <summary>
/// Unary calls of our gRPC client and server on loopback, beside plain HTTP/1.1 JSON returning the same
/// GetChild-sized payload, at the same concurrency, in the same run.
/// </summary>
public static class GrpcBenchmark
{
    private static readonly ChildSummary Summary = new()
    {
        ChildId = Guid.NewGuid().ToString(), RegionCode = "120116100201", MaskedName = "王*明", Gender = "male",
        BirthDate = "2015-03-02", GuardianshipSituation = "parental", AssignedDirectorId = Guid.NewGuid().ToString(), Version = 7,
        Categories = { "rural-left-behind", "single-parent" },
    };

    public static async Task RunAsync(TimeSpan duration)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2);
            k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddGrpcProtocol();
        builder.Services.AddRouting();
        await using var app = builder.Build();
        app.MapGrpcService(ChildDirectoryReflection.Descriptor.Services[0], s => s
            .Unary<LookupRequest, LookupReply>("Lookup", (_, _) => Task.FromResult(new LookupReply()))
            .Unary<GetChildRequest, ChildSummary>("GetChild", (_, _) => Task.FromResult(Summary))
            .ServerStreaming<StreamChildFileRequest, TimelineEntry>("StreamChildFile", (_, _, _) => Task.CompletedTask));
        var json = new { Summary.ChildId, Summary.RegionCode, Summary.MaskedName, Summary.Gender, Summary.BirthDate,
            Categories = Summary.Categories.ToArray(), Summary.GuardianshipSituation, Summary.AssignedDirectorId, Summary.Version };
        app.MapGet("/children/{id}", (string id) => TypedResults.Ok(json));
        await app.StartAsync();
        var addresses = app.Urls.Select(u => new Uri(u)).ToList();
        var (h2, h1) = (addresses[0], addresses[1]);

        Console.WriteLine();
        Console.WriteLine($"Unary call benchmark on loopback, {duration.TotalSeconds:0} s per case (GetChild-sized reply)");
        Console.WriteLine($"{"case",-22} {"gRPC calls/s",13} {"p50 ms",8} {"p99 ms",8} {"JSON calls/s",13} {"p50 ms",8} {"p99 ms",8} {"gRPC/JSON",10}");
        foreach (var concurrency in new[] { 1, 16 })
        {
            using var grpcHttp = new HttpClient(new SocketsHttpHandler { EnableMultipleHttp2Connections = true }) { BaseAddress = h2 };
            var channel = new GrpcChannel(grpcHttp);
            var request = new GetChildRequest { ChildId = Summary.ChildId };
            var grpc = await Measure(concurrency, duration, () => channel.UnaryAsync<GetChildRequest, ChildSummary>("/registry.v1.ChildDirectory/GetChild", request));
            using var jsonHttp = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = h1 };
            var plain = await Measure(concurrency, duration, () => jsonHttp.GetFromJsonAsync<object>($"/children/{Summary.ChildId}"));
            Console.WriteLine($"{concurrency + " concurrent caller(s)",-22} {grpc.Rate,13:N0} {grpc.P50,8:0.000} {grpc.P99,8:0.000} {plain.Rate,13:N0} {plain.P50,8:0.000} {plain.P99,8:0.000} {grpc.Rate / plain.Rate,10:P0}");
        }
        await app.StopAsync();
    }

    private static async Task<(double Rate, double P50, double P99)> Measure<T>(int concurrency, TimeSpan duration, Func<Task<T>> call)
    {
        for (var i = 0; i < 200; i++) await call(); // warm-up: connections, JIT
        var latencies = new List<double>[concurrency];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(100_000);
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                await call();
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return (all.Length / clock.Elapsed.TotalSeconds, all[all.Length / 2], all[(int)(all.Length * 0.99)]);
    }
}
