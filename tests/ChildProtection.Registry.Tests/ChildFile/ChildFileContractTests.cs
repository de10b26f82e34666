using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Registry.Tests.ChildFile;

/// <summary>
/// Every contract that lands in the child's file must carry its <see cref="IChildFileEvent"/> members in the
/// message itself: the registry reads them from the JSON, and an explicit interface implementation is not serialized.
/// </summary>
public class ChildFileContractTests
{
    private static IEnumerable<Type> Contracts() => typeof(IChildFileEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IChildFileEvent).IsAssignableFrom(t));

    public static TheoryData<Type> ChildFileContracts()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Contracts()) data.Add(type);
        return data;
    }

    [Fact]
    public void There_are_child_file_contracts_from_several_services()
    {
        var namespaces = Contracts().Select(t => t.Namespace).Distinct().ToList();
        Assert.True(namespaces.Count >= 3, string.Join(", ", namespaces));
    }

    [Theory]
    [MemberData(nameof(ChildFileContracts))]
    public void Its_file_members_are_public_properties(Type contract)
    {
        foreach (var member in new[] { nameof(IChildFileEvent.ChildId), nameof(IChildFileEvent.OccurredAt), nameof(IChildFileEvent.FileSource), nameof(IChildFileEvent.FileSummary) })
        {
            var property = contract.GetProperty(member);
            Assert.True(property?.GetMethod?.IsPublic == true, $"{contract.Name}.{member} is not a public property");
        }
    }
}
