extern alias registry;
extern alias visits;
extern alias reporting;
extern alias police;
extern alias procuratorate;
extern alias court;
extern alias relief;
using ChildProtection.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChildProtection.Fuzzing.Tests.Hosts;

// One factory per service, each configured like the service's own test factory (keys, clocks, directories).

public sealed class RegistryHost() : FuzzFactory<registry::Program>("registry_fuzz", "registry-fuzz")
{
    protected override void ConfigureService(IWebHostBuilder builder)
    {
        builder.UseSetting("Privacy:EncryptionKey", TestPrivacyKeys.EncryptionKey);
        builder.UseSetting("Privacy:BlindIndexKey", TestPrivacyKeys.BlindIndexKey);
    }
}

public sealed class VisitsHost() : FuzzFactory<visits::Program>("visits_fuzz", "visits-fuzz")
{
    protected override void ConfigureService(IWebHostBuilder builder) =>
        builder.UseSetting("Visits:OverdueScan:IntervalMinutes", "1440");
}

public sealed class ReportingHost() : FuzzFactory<reporting::Program>("reporting_fuzz", "reporting-fuzz")
{
    protected override void ConfigureService(IWebHostBuilder builder)
    {
        builder.UseSetting("Reporting:DeadlineScanSeconds", "86400");
        builder.UseSetting("Privacy:EncryptionKey", TestPrivacyKeys.EncryptionKey);
        builder.UseSetting("Privacy:BlindIndexKey", TestPrivacyKeys.BlindIndexKey);
        // Without this the service would call whatever listens on the registry's default gRPC port.
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<reporting::ChildProtection.Reporting.Directory.IChildDirectory>();
            services.AddSingleton<reporting::ChildProtection.Reporting.Directory.IChildDirectory, NoReportingChildren>();
        });
    }

    private sealed class NoReportingChildren : reporting::ChildProtection.Reporting.Directory.IChildDirectory
    {
        public Task<reporting::ChildProtection.Reporting.Directory.DirectoryChild?> GetChildAsync(Guid childId, CancellationToken ct) =>
            Task.FromResult<reporting::ChildProtection.Reporting.Directory.DirectoryChild?>(null);

        public Task<IReadOnlyList<reporting::ChildProtection.Reporting.Directory.DirectoryCandidate>> LookupAsync(
            reporting::ChildProtection.Reporting.Directory.ChildQuery query, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<reporting::ChildProtection.Reporting.Directory.DirectoryCandidate>>([]);
    }
}

public sealed class PoliceHost() : FuzzFactory<police::Program>("police_fuzz", "police-fuzz")
{
    protected override void ConfigureService(IWebHostBuilder builder) =>
        builder.ConfigureServices(services =>
            services.AddSingleton<police::ChildProtection.Police.Children.IChildDirectory, NoPoliceChildren>());

    /// <summary>No child is registered: a fuzzed child id must be refused, never opened as a case.</summary>
    private sealed class NoPoliceChildren : police::ChildProtection.Police.Children.IChildDirectory
    {
        public Task<police::ChildProtection.Police.Children.ChildCheck> CheckAsync(Guid childId, CancellationToken ct) =>
            Task.FromResult(police::ChildProtection.Police.Children.ChildCheck.Unknown);
    }
}

public sealed class ProcuratorateHost() : FuzzFactory<procuratorate::Program>("procuratorate_fuzz", "proc-fuzz");

public sealed class CourtHost() : FuzzFactory<court::Program>("court_fuzz", "court-fuzz");

public sealed class ReliefHost() : FuzzFactory<relief::Program>("relief_fuzz", "relief-fuzz")
{
    protected override void ConfigureService(IWebHostBuilder builder) =>
        builder.UseSetting("Relief:DailyScan:IntervalMinutes", "1440");
}
