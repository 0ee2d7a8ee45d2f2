using System.Linq;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Definitions;

/// <summary>Compares declared methods with the generator's catalog of <see cref="GeneratedMember"/>s.</summary>
internal static class GeneratedSignatures
{
    private static readonly SymbolDisplayFormat TypeFormat =
        SymbolDisplayFormat.FullyQualifiedFormat
            .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Whether <paramref name="method"/> takes exactly the parameter types of the generated method <paramref name="member"/>.</summary>
    public static bool HasParametersOf(IMethodSymbol method, GeneratedMember member) =>
        member.Parameters is { } parameters && method.Parameters.Select(p => p.Type.ToDisplayString(TypeFormat)).SequenceEqual(parameters);
}
