namespace ChildProtection.Police.Tests;

/// <summary>The API tests share one police service (a fresh database and virtual host for the run).</summary>
[CollectionDefinition(Name)]
public sealed class PoliceCollection : ICollectionFixture<PoliceFactory>
{
    public const string Name = "police";
}
