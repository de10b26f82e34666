using ChildProtection.ChildChecks;
using ChildProtection.Procuratorate.Cases;
using ChildProtection.Procuratorate.Cases.Closing;
using ChildProtection.Procuratorate.Cases.Opening;
using ChildProtection.Procuratorate.Cases.Reading;
using ChildProtection.Procuratorate.Cases.Referrals;
using ChildProtection.Procuratorate.Deadlines;
using ChildProtection.Procuratorate.Http;
using ChildProtection.Procuratorate.Lawsuits;
using ChildProtection.Procuratorate.PublicInterest;
using ChildProtection.Procuratorate.Publishing;
using ChildProtection.Procuratorate.ReadModel;
using ChildProtection.Procuratorate.Recommendations;
using ChildProtection.Procuratorate.SupervisionOrders;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using ChildProtection.Jurisdictions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPostgres();
builder.AddMessaging(bus => bus.AddConsumer<PoliceReferralConsumer>());
builder.AddEventSourcing("procuratorate", o =>
{
    CaseEventTypes.Register(o.Events);
    SupervisionOrderEventTypes.Register(o.Events);
    RecommendationEventTypes.Register(o.Events);
    LawsuitEventTypes.Register(o.Events);
    PublicInterestEventTypes.Register(o.Events);
    o.Fold<ProcuratorateCase>(ProcuratorateCase.Evolve).Fold<SupervisionOrder>(SupervisionOrder.Evolve).Fold<Recommendation>(Recommendation.Evolve)
        .Fold<SupportedLawsuit>(SupportedLawsuit.Evolve).Fold<PublicInterestLitigation>(PublicInterestLitigation.Evolve)
        .Inline(new ProcuratorateReadModel(o.Schema))
        .Publish<ProcuratorateIntegrationEvents>();
});
builder.Services.AddPolicyPacks(builder.Configuration);
builder.Services.AddRegistryChildren(builder.Configuration);
builder.Services.AddSingleton<CaseLookup>();
builder.Services.AddSingleton<CaseReader>();
builder.Services.AddSingleton<DeadlineScanner>();
builder.Services.AddHostedService<DeadlineScanService>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApiDocument("procuratorate");
app.MapOperatorEndpoints();
app.MapProjectionOperations("procuratorate");
app.MapCaseClues();
app.MapDeadlineOperations();
app.MapGroup("/api/procuratorate")
    .ForProsecutors()
    .MapOpenCase()
    .MapReadCases()
    .MapCloseCase()
    .MapSupervisionOrders()
    .MapRecommendations()
    .MapLawsuits()
    .MapPublicInterest();
app.MapAuditLog("procuratorate");
app.Run();

/// <summary>The procuratorate service's entry point (public for functional tests).</summary>
public partial class Program;
