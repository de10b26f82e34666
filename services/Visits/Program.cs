using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using ChildProtection.Jurisdictions;
using ChildProtection.Visits.Overdue;
using ChildProtection.Visits.Planning;
using ChildProtection.Visits.Plans;
using ChildProtection.Visits.Policies;
using ChildProtection.Visits.Publishing;
using ChildProtection.Visits.Reading;
using ChildProtection.Visits.Recording;
using ChildProtection.Visits.Schedule;
using ChildProtection.Visits.Summary;
using ChildProtection.Visits.Workload;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPostgres();
builder.AddMessaging(bus => bus.AddConsumer<RegistryFactsConsumer>(typeof(RegistryFactsConsumerDefinition)));
builder.AddEventSourcing("visits", o =>
{
    PlanEventTypes.Register(o.Events);
    o.Fold<Plan>(Plan.Evolve).Fold<PlanHistory>(PlanHistory.Evolve)
        .Inline(new PlansProjection(o.Schema))
        .Store(store => store.Storage.ExtendedSchemaObjects.Add(ChildFactsTable.Define(o.Schema)))
        .Publish<VisitsIntegrationEvents>();
});
builder.Services.AddPolicyPacks(builder.Configuration);
builder.Services.AddSingleton<VisitPolicies>();
builder.Services.AddSingleton<PlanRows>();
builder.Services.AddSingleton<OverdueScanner>();
builder.Services.AddHostedService<OverdueScanService>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApiDocument("visits");
app.MapOperatorEndpoints();
app.MapProjectionOperations("visits");
app.MapGroup("/api/visits/plans")
    .MapReadPlans()
    .MapRecordVisit();
app.MapDue();
app.MapDirectorWorkload();
app.MapCountySummary();
app.MapPolicies();
app.MapOverdueScan();
app.MapAuditLog("visits");
app.Run();

/// <summary>The visits service's entry point (public for functional tests).</summary>
public partial class Program;
