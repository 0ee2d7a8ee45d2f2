using L2Analyzers.Common.Symbols;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Definitions;

/// <summary>
/// Reads a <c>[DenseLayer]</c> class declared in a referenced assembly or project, for a network of this project. Its
/// layer code was generated in that assembly, if it was built with the generator: then the class implements the
/// runtime's <c>ILayer&lt;T&gt;</c> and has the public methods a network calls.
/// </summary>
internal static class CompiledLayerReader
{
    /// <summary>The methods of a layer that a network's generated code calls.</summary>
    private static readonly string[] CalledByNetworks = ["Forward", "Backward", "Update"];

    /// <summary>
    /// The sizes and element type of <paramref name="type"/> from its <c>[DenseLayer]</c> attribute, or null with
    /// <paramref name="reason"/> saying why it has no usable generated layer code.
    /// </summary>
    public static LayerShape? Read(INamedTypeSymbol type, AttributeData attribute, RuntimeSymbols symbols, out string? reason)
    {
        if (IsGeneric(type))
        {
            reason = "it is generic, and the generator makes layer code only for non-generic classes";
            return null;
        }

        string assembly = type.ContainingAssembly?.Name ?? "another assembly";
        var problems = new DefinitionProblems();
        var (inputs, outputs) = DenseLayerReader.Dimensions(attribute, type, problems);
        string? element = DenseLayerReader.Element(attribute, type, problems);
        string? missing = !problems.IsClean || element is null ? "its [DenseLayer] attribute is not valid there"
            : !ImplementsLayer(type, element, symbols) ? $"it does not implement ILayer<{element}>"
            : MissingMethod(type, element) is { } method ? $"it has no public {method}"
            : null;

        reason = missing is null
            ? null
            : $"it is declared in assembly '{assembly}' without generated layer code ({missing}); build '{assembly}' with the L2Analyzers generator";
        return missing is null ? new LayerShape(element!, inputs, outputs) : null;
    }

    private static bool IsGeneric(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ImplementsLayer(INamedTypeSymbol type, string element, RuntimeSymbols symbols) =>
        symbols.LayerInterface is { } layer &&
        type.AllInterfaces.Any(i =>
            SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, layer) && i.TypeArguments[0].ToDisplayString() == element);

    /// <summary>The first method a network calls that <paramref name="type"/> lacks as a public instance method, or null.</summary>
    private static string? MissingMethod(INamedTypeSymbol type, string element) =>
        GeneratedMembers.ForLayer(element, regularized: false)
            .Where(member => CalledByNetworks.Contains(member.Name))
            .FirstOrDefault(member => !type.GetMembers(member.Name).OfType<IMethodSymbol>().Any(method =>
                method.DeclaredAccessibility == Accessibility.Public && !method.IsStatic && GeneratedSignatures.HasParametersOf(method, member)))
            ?.Name;
}
