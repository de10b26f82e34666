using ChildProtection.Grpc;
using ChildProtection.Police.Admonitions;
using ChildProtection.Police.Cases;
using ChildProtection.Police.Cases.Changing;
using ChildProtection.Police.Cases.FromReports;
using ChildProtection.Police.Cases.Opening;
using ChildProtection.Police.Cases.Reading;
using ChildProtection.Police.Children;
using ChildProtection.Police.Deadlines;
using ChildProtection.Police.DomesticViolence;
using ChildProtection.Police.EmergencyPlacements;
using ChildProtection.Police.GuidanceOrders;
using ChildProtection.Police.Instruments;
using ChildProtection.Police.Policies;
using ChildProtection.Police.ProtectionOrders;
using ChildProtection.Police.Publishing;
using ChildProtection.Police.Recommendations;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPostgres();
builder.AddMessaging(bus =>
{
    bus.AddConsumer<PoliceCaseFromReportConsumer>();
    bus.AddConsumer<PoliceCaseChildFromReportConsumer>();
    bus.AddConsumer<ProtectionOrderServedConsumer>();
    bus.AddConsumer<ProtectionOrderVariedConsumer>();
    bus.AddConsumer<ProtectionOrderExpiredConsumer>();
});
builder.AddEventSourcing("police", o =>
{
    CaseEventTypes.Register(o.Events);
    Admonition.Register(o.Events);
    GuidanceOrder.Register(o.Events);
    Recommendation.Register(o.Events);
    DomesticViolenceWarning.Register(o.Events);
    EmergencyPlacement.Register(o.Events);
    o.Fold<PoliceCase>(PoliceCase.Evolve).Fold<Admonition>(Admonition.Evolve).Fold<GuidanceOrder>(GuidanceOrder.Evolve)
        .Fold<Recommendation>(Recommendation.Evolve).Fold<DomesticViolenceWarning>(DomesticViolenceWarning.Evolve)
        .Fold<EmergencyPlacement>(EmergencyPlacement.Evolve)
        .Inline(new CasesProjection(o.Schema))
        .Inline(new InstrumentsProjection(o.Schema))
        .Store(store => ProtectionOrdersTable.AddTo(store, o.Schema))
        .Publish<PoliceIntegrationEvents>();
});
builder.Services.AddPolicePolicies(builder.Configuration);
builder.Services.AddGrpcProtocol();
builder.Services.AddChildDirectory(builder.Configuration);
builder.Services.AddSingleton<DeadlineScan>();
builder.Services.AddHostedService<DeadlineScanner>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApiDocument("police");
app.MapOperatorEndpoints();
app.MapProjectionOperations("police");
app.MapDeadlineOperations();
app.MapGroup("/api/police/cases").MapOpenCase();
var officers = app.MapGroup("/api/police").RequireCaller(departments: [Departments.Police], roles: [Roles.Officer]);
officers.MapGroup("/cases")
    .MapReadCases()
    .MapDecideKind()
    .MapIdentifyChild()
    .MapTransferCase()
    .MapReferToProcuratorate()
    .MapCloseCase();
officers
    .MapProtectionOrders()
    .MapReadInstruments()
    .MapAdmonitions()
    .MapGuidanceOrders()
    .MapRecommendations()
    .MapDomesticViolenceWarnings()
    .MapEmergencyPlacements();
app.MapAuditLog("police");
app.Run();

/// <summary>The police service's entry point (public for functional tests).</summary>
public partial class Program;
