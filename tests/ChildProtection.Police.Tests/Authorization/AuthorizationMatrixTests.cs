using ChildProtection.Testing.Authorization;
using Xunit.Abstractions;

namespace ChildProtection.Police.Tests.Authorization;

/// <summary>services/Police/authorization.json against the running service: complete, and enforced for every persona.</summary>
[Collection(PoliceCollection.Name)]
public sealed class AuthorizationMatrixTests(PoliceFactory police, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_endpoint_has_an_entry_and_every_entry_an_endpoint() =>
        Assert.Equal("", await MatrixConformance.IncompletenessAsync(police.Services, output));

    [Fact]
    public async Task Every_persona_gets_past_authorization_where_the_matrix_allows_it_and_a_403_problem_elsewhere() =>
        Assert.Empty(await MatrixConformance.DisagreementsAsync(police.Services, (department, role, region) => police.ClientAs(department, role, region), "120116", output));
}
