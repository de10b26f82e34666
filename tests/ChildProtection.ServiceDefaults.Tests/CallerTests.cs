using System.Security.Claims;

namespace ChildProtection.ServiceDefaults.Tests;

public sealed class CallerTests
{
    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), authenticationType: "test"));

    private static ClaimsPrincipal Valid(string department = "civil-affairs", string role = "caseworker", string region = "120116") =>
        Principal(("sub", "u-1"), ("department", department), ("role", role), ("region", region));

    [Theory]
    [InlineData("120116", "120116001002", true)]
    [InlineData("120116", "120116", true)]
    [InlineData("120116", "120101001002", false)]
    [InlineData("12", "120116001002", true)]
    [InlineData("14", "120116001002", false)]
    [InlineData("120116", "", false)]
    [InlineData("120116", null, false)]
    [InlineData("1201160010", "120116", false)]
    public void A_district_caller_sees_only_its_district(string callerRegion, string? recordRegion, bool visible)
    {
        var caller = new Caller("u-1", Departments.CivilAffairs, Roles.Caseworker, callerRegion);
        Assert.Equal(visible, caller.CanSee(recordRegion));
    }

    [Fact]
    public void The_all_regions_caller_sees_every_region()
    {
        var caller = new Caller("op", Departments.Platform, Roles.Operator, RegionCodes.All);
        Assert.True(caller.SeesAllRegions);
        Assert.True(caller.CanSee("210502001001"));
        Assert.False(caller.CanSee(""));
    }

    [Fact]
    public void A_caller_is_read_from_the_token_claims()
    {
        Assert.True(Caller.TryFrom(Valid(), out var caller));
        Assert.Equal(new Caller("u-1", "civil-affairs", "caseworker", "120116"), caller);
        Assert.Equal(new ServiceDefaults.EventSourcing.Actor("u-1", "civil-affairs", "caseworker", "120116"), caller.ToActor());
    }

    [Theory]
    [InlineData("martians", "caseworker", "120116")]
    [InlineData("police", "", "120116")]
    [InlineData("police", "officer", "")]
    [InlineData("police", "officer", "1")]
    [InlineData("police", "officer", "1201160010011")]
    [InlineData("police", "officer", "12a4")]
    [InlineData("police", "officer", "*")]
    [InlineData("civil-affairs", "operator", "*")]
    [InlineData("police", "operator", "*")]
    public void Invalid_claims_make_no_caller(string department, string role, string region)
    {
        Assert.False(Caller.TryFrom(Valid(department, role, region), out _));
        Assert.Throws<InvalidOperationException>(() => Caller.From(Valid(department, role, region)));
    }

    [Theory]
    [InlineData("platform", "auditor")]
    [InlineData("platform", "operator")]
    public void All_regions_is_allowed_for_the_platform_department_only(string department, string role) =>
        Assert.True(Caller.TryFrom(Valid(department, role, "*"), out _));

    [Fact]
    public void An_unauthenticated_principal_is_no_caller()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "u-1")]));
        Assert.False(Caller.TryFrom(anonymous, out _));
        Assert.False(Caller.TryFrom(null, out _));
    }
}
