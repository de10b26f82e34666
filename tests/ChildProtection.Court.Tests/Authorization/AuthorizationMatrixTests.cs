using ChildProtection.Testing.Authorization;
using Xunit.Abstractions;

namespace ChildProtection.Court.Tests.Authorization;

/// <summary>services/Court/authorization.json against the running service: complete, and enforced for every persona.</summary>
public sealed class AuthorizationMatrixTests(CourtFactory court, ITestOutputHelper output) : IClassFixture<CourtFactory>
{
    [Fact]
    public async Task Every_endpoint_has_an_entry_and_every_entry_an_endpoint() =>
        Assert.Equal("", await MatrixConformance.IncompletenessAsync(court.Services, output));

    [Fact]
    public async Task Every_persona_gets_past_authorization_where_the_matrix_allows_it_and_a_403_problem_elsewhere() =>
        Assert.Empty(await MatrixConformance.DisagreementsAsync(court.Services, (department, role, region) => court.ClientAs(department, role, region), "120116", output));
}
