using ChildProtection.Testing.Authorization;
using Xunit.Abstractions;

namespace ChildProtection.Registry.Tests.Authorization;

/// <summary>services/Registry/authorization.json against the running service: complete, and enforced for every persona.</summary>
public sealed class AuthorizationMatrixTests(RegistryFactory registry, ITestOutputHelper output) : IClassFixture<RegistryFactory>
{
    [Fact]
    public async Task Every_endpoint_has_an_entry_and_every_entry_an_endpoint() =>
        Assert.Equal("", await MatrixConformance.IncompletenessAsync(registry.Services, output));

    [Fact]
    public async Task Every_persona_gets_past_authorization_where_the_matrix_allows_it_and_a_403_problem_elsewhere() =>
        Assert.Empty(await MatrixConformance.DisagreementsAsync(registry.Services, (department, role, region) => registry.ClientAs(department, role, region), "120116", output));
}
