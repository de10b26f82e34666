using System.Diagnostics;
using System.Net;
using ChildProtection.ServiceDefaults;
using Yarp.ReverseProxy.Forwarder;

namespace ChildProtection.Gateway.Console;

/// <summary>
/// The web console (<c>gateway/ChildProtection.Web</c>) is served at the gateway's root: every path that is not the
/// gateway's own (<c>/api/**</c>, <c>/health/*</c>) is forwarded to <c>Web:Http</c> — its pages, static assets and the
/// Blazor connection (<c>/_blazor</c>, a WebSocket). The console signs people in itself and calls <c>/api/**</c> with
/// each user's own token, so these requests need none here. Without <c>Web:Http</c> they are 404, as before.
/// </summary>
public static class WebConsole
{
    /// <summary>The key of the catch-all in authorization.json.</summary>
    public const string Pattern = "/{**path}";

    /// <summary>Registers the forwarding client when <c>Web:Http</c> is set.</summary>
    public static WebApplicationBuilder AddWebConsole(this WebApplicationBuilder builder)
    {
        var address = builder.Configuration["Web:Http"];
        if (!Uri.TryCreate(address, UriKind.Absolute, out var web))
        {
            builder.Services.AddSingleton(new WebConsoleTarget(null));
            return builder;
        }
        builder.Services.AddSingleton(new WebConsoleTarget(web));
        builder.Services.AddSingleton(new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ActivityHeadersPropagator = new ReverseProxyPropagator(DistributedContextPropagator.Current),
            ConnectTimeout = TimeSpan.FromSeconds(15),
        }));
        return builder;
    }

    /// <summary>
    /// Maps the catch-all (tried after every other route) that forwards to the console. An <c>/api</c> path no service
    /// serves stays a 404 problem of the gateway's own, as does everything on the gRPC listener.
    /// </summary>
    public static WebApplication MapWebConsole(this WebApplication app)
    {
        app.Map(Pattern, (Delegate)ForwardAsync).AllowAnonymous().ExcludeFromDescription().WithOrder(int.MaxValue);
        return app;
    }

    /// <summary>Forwards this request to the console; 404 when there is none or the path is not the console's.</summary>
    public static async Task<IResult> ForwardAsync(HttpContext context)
    {
        var target = context.RequestServices.GetRequiredService<WebConsoleTarget>();
        var grpcPort = Routing.Listeners.PortOf(context.RequestServices.GetRequiredService<IConfiguration>(), Routing.Listeners.Grpc);
        if (target.Address is null || context.Request.Path.StartsWithSegments("/api") || context.Connection.LocalPort == grpcPort)
        {
            return Problems.NotFound("There is nothing at this address.");
        }
        var forwarder = context.RequestServices.GetRequiredService<IHttpForwarder>();
        var client = context.RequestServices.GetRequiredService<HttpMessageInvoker>();
        var error = await forwarder.SendAsync(context, target.Address.ToString(), client, RequestConfig, ForwardedHeaders.Instance);
        if (error != ForwarderError.None && !context.Response.HasStarted)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The web console did not answer.",
                type: ProblemTypes.Unavailable);
        }
        return TypedResults.Empty;
    }

    // Blazor's connection pings every 15 s; a page may sit idle far longer than an API call may take.
    private static readonly ForwarderRequestConfig RequestConfig = new() { ActivityTimeout = TimeSpan.FromMinutes(2) };

    /// <summary>Tells the console the scheme and host people used, so the addresses it builds (sign-in redirects) are right.</summary>
    private sealed class ForwardedHeaders : HttpTransformer
    {
        public static readonly ForwardedHeaders Instance = new();

        public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix,
            CancellationToken cancellationToken)
        {
            await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
            proxyRequest.Headers.Remove("X-Forwarded-For");
            proxyRequest.Headers.Remove("X-Forwarded-Proto");
            proxyRequest.Headers.Remove("X-Forwarded-Host");
            if (httpContext.Connection.RemoteIpAddress is { } ip) proxyRequest.Headers.TryAddWithoutValidation("X-Forwarded-For", ip.ToString());
            proxyRequest.Headers.TryAddWithoutValidation("X-Forwarded-Proto", httpContext.Request.Scheme);
            proxyRequest.Headers.TryAddWithoutValidation("X-Forwarded-Host", httpContext.Request.Host.Value);
        }
    }
}

/// <summary>Where the console runs (<c>Web:Http</c>), or null when this gateway serves none.</summary>
public sealed record WebConsoleTarget(Uri? Address);
