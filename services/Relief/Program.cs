using ChildProtection.Jurisdictions;
using ChildProtection.Relief.Assessment;
using ChildProtection.Relief.Coverage;
using ChildProtection.Relief.Decisions;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.Relief.Publishing;
using ChildProtection.Relief.Reviews;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPostgres();
builder.AddMessaging(bus => bus.AddConsumer<ReliefFactsConsumer>(typeof(ReliefFactsConsumerDefinition)));
builder.AddEventSourcing("relief", o =>
{
    ReliefEventTypes.Register(o.Events);
    o.Fold<ChildRelief>(ChildRelief.Evolve)
        .Inline(new ReliefProjection(o.Schema))
        .Store(store => store.Storage.ExtendedSchemaObjects.Add(ChildFactsTable.Define(o.Schema)))
        .Publish<ReliefIntegrationEvents>();
});
builder.Services.AddPolicyPacks(builder.Configuration);
builder.Services.AddSingleton<ChildFactsTable>();
builder.Services.AddSingleton<ReliefRecords>();
builder.Services.AddSingleton<Reassessment>();
builder.Services.AddSingleton<DailyScan>();
builder.Services.AddHostedService<DailyScanService>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApiDocument("relief");
app.MapOperatorEndpoints();
app.MapProjectionOperations("relief");
app.MapDailyScanOperations();
var relief = app.MapGroup("/api/relief").RequireCaller([Departments.CivilAffairs], [Roles.ReliefOfficer, Roles.Caseworker]);
relief.MapReads();
relief.MapGroup("/children").MapApply().MapDecisions();
app.MapAuditLog("relief");
app.Run();

/// <summary>The relief service's entry point (public for functional tests).</summary>
public partial class Program;
