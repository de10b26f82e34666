using ChildProtection.ServiceDefaults;
using ChildProtection.Web;
using ChildProtection.Web.Account;
using ChildProtection.Web.Components;
using ChildProtection.Web.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatformTelemetry();
builder.Services.AddDefaultHealthChecks();
builder.AddConsoleLocalization();
builder.AddConsoleAuthentication();
builder.AddConsoleServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

app.UseConsoleForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization();
app.UseDevSignInGuard();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealthEndpoints();
app.MapStaticAssets();
app.MapAccountEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>The console's entry point, public for tests.</summary>
public partial class Program;
