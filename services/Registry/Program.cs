using ChildProtection.Contracts.Registry.V1;
using ChildProtection.EventStore.Hosting;
using ChildProtection.Grpc;
using ChildProtection.Registry.Audit;
using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Correcting;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.Registry.Children.Registering;
using ChildProtection.Registry.Coverage;
using ChildProtection.Registry.Directors;
using ChildProtection.Registry.Directory;
using ChildProtection.Registry.Publishing;
using ChildProtection.Registry.Supervisors;
using ChildProtection.Registry.Villages;
using ChildProtection.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPostgres();
builder.AddMessaging();
builder.Services.AddEventStore(o =>
{
    o.Schema = "registry";
    ChildEventTypes.Register(o.Events);
    o.InlineProjections.Add(new ChildrenProjection());
    o.AddVillages().AddDirectors().AddSupervisors();
    o.Publisher = new RegistryIntegrationEvents();
});
builder.Services.AddSingleton<ReadAudit>();
builder.Services.AddGrpcProtocol();
builder.Services.AddSingleton<ChildDirectoryService>();
builder.Services.AddCoverage();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOperatorEndpoints();
app.MapSubscriptionEndpoints();
app.MapGroup("/api/registry/children")
    .MapRegisterChild()
    .MapReadChildren()
    .MapCorrectChildDetails();
app.MapVillages();
app.MapDirectors();
app.MapSupervisors();
app.MapCoverage();
app.MapGrpcService(ChildDirectoryReflection.Descriptor.Services[0], app.Services.GetRequiredService<ChildDirectoryService>().Bind)
    .RequireCaller()
    .OnGrpcPort(app.Configuration);
app.Run();

/// <summary>The registry service's entry point (public for functional tests).</summary>
public partial class Program;
