using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Definitions;

/// <summary>The symbols definition readers compare against, resolved once per compilation.</summary>
internal sealed class DefinitionSymbols
{
    /// <summary>The symbols of each compilation the generator has read, for as long as the compilation lives.</summary>
    private static readonly ConditionalWeakTable<Compilation, Resolved> PerCompilation = new();

    /// <summary>
    /// The layer definitions read in this compilation, keyed by class: a network reads each layer it lists, and the
    /// generator reads each layer again, so each is read once.
    /// </summary>
    private readonly ConcurrentDictionary<INamedTypeSymbol, DenseLayerDefinition?> layers = new(SymbolEqualityComparer.Default);

    private DefinitionSymbols(
        Compilation compilation,
        INamedTypeSymbol l2Attribute,
        INamedTypeSymbol denseLayerAttribute,
        INamedTypeSymbol networkAttribute,
        INamedTypeSymbol? layerInterface,
        INamedTypeSymbol? parameter,
        INamedTypeSymbol? memory)
    {
        Compilation = compilation;
        L2Attribute = l2Attribute;
        DenseLayerAttribute = denseLayerAttribute;
        NetworkAttribute = networkAttribute;
        LayerInterface = layerInterface;
        Parameter = parameter;
        Memory = memory;
    }

    public Compilation Compilation { get; }

    public INamedTypeSymbol L2Attribute { get; }

    public INamedTypeSymbol DenseLayerAttribute { get; }

    public INamedTypeSymbol NetworkAttribute { get; }

    public INamedTypeSymbol? LayerInterface { get; }

    public INamedTypeSymbol? Parameter { get; }

    public INamedTypeSymbol? Memory { get; }

    /// <summary>
    /// <see cref="Resolve"/> for <paramref name="compilation"/>, resolved on the first call and kept for the later ones
    /// (the generator's transforms run once per attributed declaration, all with the same compilation).
    /// </summary>
    public static DefinitionSymbols? Of(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new Resolved(Resolve(c))).Symbols;

    /// <summary>The symbols of <paramref name="compilation"/>, or null when it does not reference the runtime's attributes.</summary>
    public static DefinitionSymbols? Resolve(Compilation compilation)
    {
        var l2 = compilation.GetTypeByMetadataName(KnownNames.L2Attribute);
        var dense = compilation.GetTypeByMetadataName(KnownNames.DenseLayerAttribute);
        var network = compilation.GetTypeByMetadataName(KnownNames.NetworkAttribute);
        return l2 is null || dense is null || network is null
            ? null
            : new DefinitionSymbols(
                compilation,
                l2,
                dense,
                network,
                compilation.GetTypeByMetadataName(DefinitionNames.LayerInterface),
                compilation.GetTypeByMetadataName(KnownNames.Parameter),
                compilation.GetTypeByMetadataName(DefinitionNames.Memory));
    }

    /// <summary>The first attribute of class <paramref name="attributeClass"/> on <paramref name="symbol"/>, or null.</summary>
    public static AttributeData? Find(ISymbol symbol, INamedTypeSymbol attributeClass)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeClass))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>
    /// The definition of the layer class <paramref name="type"/> (null when it cannot be generated), read once per
    /// compilation with its first <c>[DenseLayer]</c> attribute, <paramref name="attribute"/>. Its problems are not
    /// kept: the definition analyzer reads the layer itself to report them.
    /// </summary>
    public DenseLayerDefinition? DenseLayer(INamedTypeSymbol type, AttributeData attribute, CancellationToken cancellationToken) =>
        layers.GetOrAdd(type, _ => DenseLayerReader.Read(type, attribute, this, new DefinitionProblems(), cancellationToken));

    /// <summary>A resolution result, null included, as the per-compilation table stores it.</summary>
    private sealed class Resolved(DefinitionSymbols? symbols)
    {
        public DefinitionSymbols? Symbols { get; } = symbols;
    }
}
