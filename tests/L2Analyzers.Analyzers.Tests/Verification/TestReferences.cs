using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace L2Analyzers.Analyzers.Tests.Verification;

/// <summary>The references every test compilation gets: .NET 8, L2Analyzers.Abstractions (attributes, enums) and the L2Analyzers runtime.</summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

    public static void AddRuntime(SolutionState state)
    {
        state.AdditionalReferences.Add(typeof(L2Attribute).Assembly);
        state.AdditionalReferences.Add(typeof(L2Update).Assembly);
    }

    /// <summary>
    /// The references of a compilation a test builds itself, outside the verifiers: the running .NET's assemblies,
    /// L2Analyzers.Abstractions, the runtime and <paramref name="more"/>.
    /// </summary>
    public static IEnumerable<MetadataReference> ForOwnCompilation(params Assembly[] more) =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(new[] { typeof(L2Attribute).Assembly, typeof(L2Update).Assembly }.Concat(more).Select(assembly => assembly.Location))
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
}
