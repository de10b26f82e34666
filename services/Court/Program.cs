using ChildProtection.ChildChecks;
using ChildProtection.Court.Deadlines;
using ChildProtection.Court.GuidanceOrders;
using ChildProtection.Court.Http;
using ChildProtection.Court.ProtectionOrders;
using ChildProtection.Court.Publishing;
using ChildProtection.Court.ReadModel;
using ChildProtection.Court.Recommendations;
using ChildProtection.Court.Revocations;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using ChildProtection.Jurisdictions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPostgres();
builder.AddMessaging(bus =>
{
    bus.AddConsumer<PoliceRefusalReferralConsumer>();
    bus.AddConsumer<LawsuitSupportedConsumer>();
    bus.AddConsumer<SupportedLawsuitFiledConsumer>();
});
builder.AddEventSourcing("court", o =>
{
    ProtectionOrderEventTypes.Register(o.Events);
    RevocationEventTypes.Register(o.Events);
    GuidanceOrderEventTypes.Register(o.Events);
    JudicialRecommendationEventTypes.Register(o.Events);
    o.Fold<ProtectionOrder>(ProtectionOrder.Evolve).Fold<RevocationCase>(RevocationCase.Evolve).Fold<RevocationDuty>(RevocationDuty.Evolve)
        .Fold<GuidanceOrder>(GuidanceOrder.Evolve).Fold<JudicialRecommendation>(JudicialRecommendation.Evolve)
        .Inline(new CourtReadModel(o.Schema))
        .Publish<CourtIntegrationEvents>();
});
builder.Services.AddPolicyPacks(builder.Configuration);
builder.Services.AddRegistryChildren(builder.Configuration);
builder.Services.AddSingleton<CourtQueries>();
builder.Services.AddSingleton<ProcuratorateSupport>();
builder.Services.AddSingleton<DeadlineScanner>();
builder.Services.AddHostedService<DeadlineScanService>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApiDocument("court");
app.MapOperatorEndpoints();
app.MapProjectionOperations("court");
app.MapProtectionOrderApplications();
app.MapRevocationPetitions();
app.MapGroup("/api/court")
    .ForCourtStaff()
    .MapProtectionOrders()
    .MapRevocations()
    .MapGuidanceOrders()
    .MapJudicialRecommendations()
    .MapProceedings();
app.MapAuditLog("court");
app.Run();

/// <summary>The court service's entry point (public for functional tests).</summary>
public partial class Program;
