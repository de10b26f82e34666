using ChildProtection.Gateway.Audit;
using ChildProtection.Gateway.Console;
using ChildProtection.Gateway.DevTokens;
using ChildProtection.Gateway.Index;
using ChildProtection.Gateway.Limits;
using ChildProtection.Gateway.Routing;
using ChildProtection.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayRouting();
builder.AddGatewayLimits();
builder.AddDevTokens();
builder.AddGatewayAudit();
builder.AddWebConsole();

var app = builder.Build();

app.UseServiceDefaults(afterAuthentication: gateway => gateway.UseGatewayLimits());
app.MapDefaultEndpoints();
app.MapOpenApiDocument("gateway");
app.MapGatewayIndex();
app.MapDevTokens();
app.MapGatewayAudit();
// Proxied calls need a valid caller here; each service enforces its own authorization.json on the same token.
app.MapReverseProxy().WithMetadata(new AuthorizationMatrixKeyMetadata("proxy"));
// Everything else is the web console's (pages, assets, the Blazor connection), tried last.
app.MapWebConsole();

app.Run();

/// <summary>The gateway's entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c> in tests.</summary>
public partial class Program;
