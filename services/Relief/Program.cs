using ChildProtection.EventStore.Hosting;
using ChildProtection.Relief.Assessment;
using ChildProtection.Relief.Coverage;
using ChildProtection.Relief.Decisions;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Publishing;
using ChildProtection.Relief.Reviews;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.Jurisdictions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPostgres();
builder.AddMessaging(bus => bus.AddConsumer<ReliefFactsConsumer>(typeof(ReliefFactsConsumerDefinition)));
builder.Services.AddEventStore(o =>
{
    o.Schema = "relief";
    ReliefEventTypes.Register(o.Events);
    o.InlineProjections.Add(new ReliefProjection());
    o.Publisher = new ReliefIntegrationEvents();
});
builder.Services.AddPolicyPacks(builder.Configuration);
builder.Services.AddSingleton<Reassessment>();
builder.Services.AddSingleton<DailyScan>();
builder.Services.AddHostedService<DailyScanService>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApiDocument("relief");
app.MapOperatorEndpoints();
app.MapSubscriptionEndpoints();
app.MapDailyScanOperations();
var relief = app.MapGroup("/api/relief").RequireCaller([Departments.CivilAffairs], [Roles.ReliefOfficer, Roles.Caseworker]);
relief.MapReads();
relief.MapGroup("/children").MapApply().MapDecisions();
app.MapAuditLog("relief");
app.Run();

/// <summary>The relief service's entry point (public for functional tests).</summary>
public partial class Program;
