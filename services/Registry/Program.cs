using ChildProtection.Contracts.Registry.V1;
using ChildProtection.Grpc;
using ChildProtection.Registry.Audit;
using ChildProtection.Registry.ChildFile;
using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.AssigningDirector;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Correcting;
using ChildProtection.Registry.Children.DelegatingCare;
using ChildProtection.Registry.Children.FlaggingRisks;
using ChildProtection.Registry.Children.Guardians;
using ChildProtection.Registry.Children.ChangingGuardianship;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.Registry.Children.RecordingHardship;
using ChildProtection.Registry.Children.RecordingHarm;
using ChildProtection.Registry.Children.RecordingParents;
using ChildProtection.Registry.Children.Registering;
using ChildProtection.Registry.Coverage;
using ChildProtection.Registry.Directors;
using ChildProtection.Registry.Directory;
using ChildProtection.Registry.EducationComparison;
using ChildProtection.Registry.Exports;
using ChildProtection.Registry.Matching;
using ChildProtection.Registry.Operations;
using ChildProtection.Registry.Policies;
using ChildProtection.Registry.Privacy;
using ChildProtection.Registry.Publishing;
using ChildProtection.Registry.SpotChecks;
using ChildProtection.Registry.Supervisors;
using ChildProtection.Registry.Surveys;
using ChildProtection.Registry.Villages;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPostgres();
builder.AddMessaging(bus =>
{
    bus.AddConsumer<ChildFileEntryConsumer>();
    bus.AddConsumer<GuardianshipRevocationConsumer>();
});
builder.AddEventSourcing("registry", o =>
{
    ChildEventTypes.Register(o.Events);
    ChildFileEventTypes.Register(o.Events);
    SpotCheck.Register(o.Events);
    o.Fold<Child>(Child.Evolve).Fold<SpotCheck>(SpotCheck.Evolve)
        .Inline(new ChildrenProjection(o.Schema))
        .Async(new ChildFileProjection(o.Schema))
        .AddVillages().AddDirectors().AddSupervisors()
        .Store(store => store.Storage.ExtendedSchemaObjects.Add(CategoryReview.Table(o.Schema)))
        .Publish<RegistryIntegrationEvents>();
});
builder.Services.AddPrivacy();
builder.Services.AddRegistryPolicies(builder.Configuration);
builder.Services.AddSingleton<ReadAudit>();
builder.Services.AddSingleton<ChildViews>();
builder.Services.AddSingleton<ChildMatcher>();
builder.Services.AddSingleton<ChildFileReader>();
builder.Services.AddSingleton<CategoryReview>();
builder.Services.AddHostedService<CategoryReviewService>();
builder.Services.AddGrpcProtocol();
builder.Services.AddSingleton<ChildDirectoryService>();
builder.Services.AddSingleton<SurveyImporter>();
builder.Services.AddSingleton<SurveyImportLock>();
builder.Services.AddSingleton<ChildrenExport>();
builder.Services.AddSingleton<EducationComparer>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApiDocument("registry");
app.MapOperatorEndpoints();
app.MapProjectionOperations("registry");
app.MapRegistryOperations();
app.MapImportSurvey();
app.MapExportChildren();
app.MapCompareWithEducation();
app.MapGroup("/api/registry/children").WithMetadata(new AuditChildRoute("id"))
    .MapRegisterChild()
    .MapReadChildren()
    .MapCorrectIdentity()
    .MapRecordParentSituation()
    .MapOtherGuardians()
    .MapDelegateCare()
    .MapRiskFactors()
    .MapFamilyHardships()
    .MapHarms()
    .MapChangeGuardianship()
    .MapAssessGuardianship()
    .MapAssignDirector()
    .MapChildFile();
app.MapGroup("/api/registry/spot-checks")
    .MapDrawSpotCheck()
    .MapRecordFileCheck()
    .MapSpotCheckReport();
app.MapVillages();
app.MapDirectors();
app.MapSupervisors();
app.MapCoverage();
app.MapAuditLog("registry");
app.MapGrpcService(ChildDirectoryReflection.Descriptor.Services[0], app.Services.GetRequiredService<ChildDirectoryService>().Bind)
    .RequireCaller()
    .OnGrpcPort(app.Configuration);
app.Run();

/// <summary>The registry service's entry point (public for functional tests).</summary>
public partial class Program;
