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
}
