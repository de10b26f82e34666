using ChildProtection.Web.Api;
using ChildProtection.Web.Localization;
using Microsoft.AspNetCore.HttpOverrides;
using MudBlazor;
using MudBlazor.Services;

namespace ChildProtection.Web;

/// <summary>The console's own services: the gateway client, names and problems in the user's language, MudBlazor.</summary>
public static class ConsoleServices
{
    public static WebApplicationBuilder AddConsoleServices(this WebApplicationBuilder builder)
    {
        var gateway = builder.Configuration["Gateway:Http"] is { Length: > 0 } address && Uri.TryCreate(address, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException("Gateway:Http (the gateway's address, e.g. http://127.0.0.1:5080) is required.");
        builder.Services.AddHttpClient(GatewayApi.HttpClientName, client =>
        {
            client.BaseAddress = gateway;
            client.Timeout = TimeSpan.FromSeconds(40);
        });
        builder.Services.AddScoped<ITokenSource, SessionTokenSource>();
        builder.Services.AddScoped(services => new GatewayApi(
            services.GetRequiredService<IHttpClientFactory>().CreateClient(GatewayApi.HttpClientName),
            services.GetRequiredService<ITokenSource>()));
        builder.Services.AddScoped<DevTokenClient>();
        builder.Services.AddScoped<Names>();
        builder.Services.AddScoped<ProblemText>();
        builder.Services.AddScoped<RegionNames>();
        builder.Services.AddScoped<ApiTexts>();
        builder.Services.AddScoped<ChildNames>();
        builder.Services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomCenter;
            config.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        return builder;
    }

    /// <summary>
    /// The console is reached through the gateway: take the scheme and host people used from its X-Forwarded-*
    /// headers (the sign-in redirect to the identity provider must name the public address, not this process).
    /// </summary>
    public static WebApplication UseConsoleForwardedHeaders(this WebApplication app)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
            ForwardLimit = 1,
        };
        // The gateway is the only way in (no port of this process is published): trust the one hop it adds.
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        app.UseForwardedHeaders(options);
        return app;
    }
}
