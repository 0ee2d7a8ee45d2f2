using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Definitions;

/// <summary>The symbols definition readers compare against, resolved once per compilation.</summary>
internal sealed class DefinitionSymbols
{
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
}
