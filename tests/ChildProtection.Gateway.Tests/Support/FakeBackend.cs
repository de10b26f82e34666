using System.Buffers.Binary;
using System.Net;
using ChildProtection.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ChildProtection.Gateway.Tests.Support;

/// <summary>What the fake service saw of a request.</summary>
public sealed record Echo(string Method, string Path, string Protocol, string? Authorization, string? CorrelationId, string? ContentType,
    string? Purpose = null);

/// <summary>
/// A stand-in for the registry service on real ports: an HTTP/1.1 API that echoes what arrived and validates
/// the token like a real service, and an HTTP/2-only (h2c) gRPC endpoint that answers with trailers.
/// </summary>
public sealed class FakeBackend : IAsyncDisposable
{
    private readonly WebApplication app;
    private int hits;

    private FakeBackend(WebApplication app, int httpPort, int grpcPort)
    {
        this.app = app;
        HttpUrl = $"http://127.0.0.1:{httpPort}";
        GrpcUrl = $"http://127.0.0.1:{grpcPort}";
    }

    public string HttpUrl { get; }

    public string GrpcUrl { get; }

    /// <summary>How many requests reached the service.</summary>
    public int Hits => Volatile.Read(ref hits);

    public static async Task<FakeBackend> StartAsync()
    {
        var httpPort = Ports.Free();
        var grpcPort = Ports.Free();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(GatewayHost.AuthSettings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, httpPort, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(IPAddress.Loopback, grpcPort, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.AddPlatformAuthentication();

        var app = builder.Build();
        var backend = new FakeBackend(app, httpPort, grpcPort);
        app.Use((context, next) =>
        {
            Interlocked.Increment(ref backend.hits);
            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.Map("/api/registry/echo/{**rest}", (HttpContext context) => EchoOf(context));
        // A service that answers only after the given number of seconds (or when the gateway gives up).
        app.MapGet("/api/registry/slow/{seconds:int}", async (int seconds, CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(seconds), ct);
            return "late";
        });
        app.MapGet("/api/registry/whoami", (HttpContext context) => Caller.From(context.User)).RequireAuthorization();
        app.MapPost("/registry.v1.ChildDirectory/{method}", AnswerGrpcAsync);
        await app.StartAsync();
        return backend;
    }

    private static Echo EchoOf(HttpContext context) => new(
        context.Request.Method,
        context.Request.Path + context.Request.QueryString,
        context.Request.Protocol,
        context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : null,
        context.Request.Headers[CorrelationId.HeaderName].ToString() is { Length: > 0 } id ? id : null,
        context.Request.ContentType,
        context.Request.Headers["X-Access-Purpose"].ToString() is { Length: > 0 } purpose ? purpose : null);

    // A unary gRPC answer: one length-prefixed message carrying the echo as JSON, then grpc-status 0 in trailers.
    private static async Task AnswerGrpcAsync(HttpContext context)
    {
        var request = new MemoryStream();
        await context.Request.Body.CopyToAsync(request);
        var payload = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(EchoOf(context));

        context.Response.ContentType = "application/grpc";
        var frame = new byte[5 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)payload.Length);
        payload.CopyTo(frame, 5);
        await context.Response.Body.WriteAsync(frame);
        context.Response.AppendTrailer("grpc-status", "0");
        context.Response.AppendTrailer("x-request-bytes", request.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
