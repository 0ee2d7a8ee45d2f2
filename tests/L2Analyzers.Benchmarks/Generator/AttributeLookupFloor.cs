using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Benchmarks.Generator;

/// <summary>
/// The least any generator keyed on L2Analyzers' three attributes costs: the same
/// <see cref="SyntaxValueProvider.ForAttributeWithMetadataName"/> lookups, with a transform that only takes the symbol's
/// name and an output that writes nothing. Roslyn binds every attributed declaration again after each edit; this
/// measures that part alone, as a floor for <see cref="L2Analyzers.Generator.L2Generator"/>.
/// </summary>
internal sealed class AttributeLookupFloor : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var members = context.SyntaxProvider.ForAttributeWithMetadataName(
            "L2Analyzers.L2Attribute", static (node, _) => node is VariableDeclaratorSyntax or PropertyDeclarationSyntax, static (c, _) => c.TargetSymbol.Name);
        var layers = context.SyntaxProvider.ForAttributeWithMetadataName(
            "L2Analyzers.DenseLayerAttribute", static (node, _) => node is ClassDeclarationSyntax, static (c, _) => c.TargetSymbol.Name);
        var networks = context.SyntaxProvider.ForAttributeWithMetadataName(
            "L2Analyzers.NetworkAttribute", static (node, _) => node is ClassDeclarationSyntax, static (c, _) => c.TargetSymbol.Name);
        context.RegisterSourceOutput(members.Collect().Combine(layers.Collect()).Combine(networks.Collect()), static (_, _) => { });
    }
}
