using ChildProtection.Grpc;
using ChildProtection.Reporting.Consumers;
using ChildProtection.Reporting.Deadlines;
using ChildProtection.Reporting.Directory;
using ChildProtection.Reporting.Failures;
using ChildProtection.Reporting.Filing;
using ChildProtection.Reporting.Handling;
using ChildProtection.Reporting.Inbox;
using ChildProtection.Reporting.Matching;
using ChildProtection.Reporting.Privacy;
using ChildProtection.Reporting.Publishing;
using ChildProtection.Reporting.ReadModel;
using ChildProtection.Reporting.Receipts;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using ChildProtection.Jurisdictions;
using ChildProtection.ServiceDefaults.Privacy;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPostgres();
builder.AddMessaging(bus =>
{
    bus.AddConsumer<HarmFoundOnVisitConsumer>();
    bus.AddConsumer<PoliceCaseOpenedConsumer>();
    bus.AddConsumer<PoliceCaseOutcomeConsumer>();
});
builder.AddEventSourcing("reporting", o =>
{
    ReportEventTypes.Register(o.Events);
    FailureEventTypes.Register(o.Events);
    o.Fold<Report>(Report.Evolve).Fold<FailureToReport>(FailureToReport.Evolve)
        .Inline(new ReportsProjection(o.Schema))
        .Inline(new FailuresProjection(o.Schema))
        .Store(store => store.Schema.For<IdempotencyKey>())
        .Publish<ReportingIntegrationEvents>();
});
builder.Services.AddPolicyPacks(builder.Configuration);
builder.Services.AddGrpcProtocol();
builder.Services.AddHttpContextAccessor();
builder.Services.AddTransient<ForwardBearerTokenHandler>();
builder.Services.AddHttpClient<IChildDirectory, GrpcChildDirectory>(http =>
        http.BaseAddress = new Uri(builder.Configuration["Services:registry:Grpc"] ?? "http://127.0.0.1:5102"))
    .AddHttpMessageHandler<ForwardBearerTokenHandler>();
builder.Services.AddFieldProtection();
builder.Services.AddSingleton<ReporterIdentity>();
builder.Services.AddSingleton<ReportFiler>();
builder.Services.AddSingleton<DeadlineScanner>();
builder.Services.AddHostedService<DeadlineScanService>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApiDocument("reporting");
app.MapOperatorEndpoints();
app.MapProjectionOperations("reporting");
app.MapGroup("/api/reporting/reports")
    .MapFileReport()
    .MapReadReceipt()
    .MapReadReports()
    .MapRoutingCommands()
    .MapLinkChild()
    .MapSla()
    .MapFailuresToReport();
app.MapAuditLog("reporting");
app.Run();

/// <summary>The reporting service's entry point (public for functional tests).</summary>
public partial class Program;
