using System.Net.Http.Headers;
using ChildProtection.Gateway.Tests.Support;
using ChildProtection.Testing.Authorization;
using Xunit.Abstractions;

namespace ChildProtection.Gateway.Tests.Authorization;

/// <summary>gateway/ChildProtection.Gateway/authorization.json against the running gateway: complete, and enforced for every persona.</summary>
public sealed class AuthorizationMatrixTests(GatewayFixture fixture, ITestOutputHelper output) : IClassFixture<GatewayFixture>
{
    private const string Region = "120116";

    [Fact]
    public async Task Every_endpoint_has_an_entry_and_every_entry_an_endpoint() =>
        Assert.Equal("", await MatrixConformance.IncompletenessAsync(fixture.Gateway.Services, output));

    [Fact]
    public async Task Every_persona_gets_past_authorization_where_the_matrix_allows_it_and_a_403_problem_elsewhere()
    {
        var tokens = new Dictionary<(string, string), string>();
        foreach (var persona in Persona.All)
        {
            tokens[(persona.Department, persona.Role)] = await fixture.Gateway.TokenAsync(
                $"matrix-{persona.Department}-{persona.Role}", persona.Department, persona.Role, persona.RegionIn(Region));
        }
        var disagreements = await MatrixConformance.DisagreementsAsync(fixture.Gateway.Services, (department, role, _) =>
        {
            var client = new HttpClient { BaseAddress = fixture.Gateway.Http.BaseAddress };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens[(department, role)]);
            return client;
        }, Region, output);
        Assert.Empty(disagreements);
    }
}
