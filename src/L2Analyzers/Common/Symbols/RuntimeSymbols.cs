using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Symbols;

/// <summary>
/// The L2Analyzers runtime's types that the generator's readers and the analyzers compare against. Part of the
/// <see cref="SymbolTable"/>: resolved once per compilation, and only when the compilation references the runtime.
/// </summary>
internal sealed class RuntimeSymbols
{
    private RuntimeSymbols(Compilation compilation, INamedTypeSymbol l2Attribute, INamedTypeSymbol denseLayerAttribute, INamedTypeSymbol networkAttribute)
    {
        Compilation = compilation;
        L2Attribute = l2Attribute;
        DenseLayerAttribute = denseLayerAttribute;
        NetworkAttribute = networkAttribute;
        BiasAttribute = compilation.GetTypeByMetadataName(KnownNames.BiasAttribute);
        NormalizationParameterAttribute = compilation.GetTypeByMetadataName(KnownNames.NormalizationParameterAttribute);
        OptimizerKind = compilation.GetTypeByMetadataName(KnownNames.OptimizerKind);
        Parameter = compilation.GetTypeByMetadataName(KnownNames.Parameter);
        ParameterRole = compilation.GetTypeByMetadataName(KnownNames.ParameterRole);
        LayerInterface = compilation.GetTypeByMetadataName(KnownNames.LayerInterface);
        Memory = compilation.GetTypeByMetadataName(KnownNames.Memory);
        L2Update = compilation.GetTypeByMetadataName(KnownNames.L2Update);
        L2Kernels = compilation.GetTypeByMetadataName(KnownNames.L2Kernels);
        L2Convention = compilation.GetTypeByMetadataName(KnownNames.L2Convention);
        L2Regularization = compilation.GetTypeByMetadataName(KnownNames.L2Regularization);
    }

    public Compilation Compilation { get; }

    public INamedTypeSymbol L2Attribute { get; }

    public INamedTypeSymbol DenseLayerAttribute { get; }

    public INamedTypeSymbol NetworkAttribute { get; }

    public INamedTypeSymbol? BiasAttribute { get; }

    public INamedTypeSymbol? NormalizationParameterAttribute { get; }

    public INamedTypeSymbol? OptimizerKind { get; }

    public INamedTypeSymbol? Parameter { get; }

    public INamedTypeSymbol? ParameterRole { get; }

    public INamedTypeSymbol? LayerInterface { get; }

    public INamedTypeSymbol? Memory { get; }

    public INamedTypeSymbol? L2Update { get; }

    public INamedTypeSymbol? L2Kernels { get; }

    public INamedTypeSymbol? L2Convention { get; }

    public INamedTypeSymbol? L2Regularization { get; }

    /// <summary>
    /// The symbols of <paramref name="compilation"/>, or null when it does not reference the runtime's attributes. Use
    /// <see cref="SymbolTable.Of"/>, which resolves them once per compilation.
    /// </summary>
    public static RuntimeSymbols? Resolve(Compilation compilation)
    {
        // The L2 attribute first: a compilation without it (the common case for a package referenced but unused) costs one lookup.
        if (compilation.GetTypeByMetadataName(KnownNames.L2Attribute) is not { } l2)
        {
            return null;
        }

        var dense = compilation.GetTypeByMetadataName(KnownNames.DenseLayerAttribute);
        var network = compilation.GetTypeByMetadataName(KnownNames.NetworkAttribute);
        return dense is null || network is null ? null : new RuntimeSymbols(compilation, l2, dense, network);
    }

    /// <summary>The first attribute of class <paramref name="attributeClass"/> on <paramref name="symbol"/>, or null.</summary>
    public static AttributeData? Find(ISymbol symbol, INamedTypeSymbol? attributeClass)
    {
        if (attributeClass is null)
        {
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeClass))
            {
                return attribute;
            }
        }

        return null;
    }

    public bool IsL2Attribute(AttributeData attribute) => Is(attribute, L2Attribute);

    public bool IsNetworkAttribute(AttributeData attribute) => Is(attribute, NetworkAttribute);

    public bool IsBiasAttribute(AttributeData attribute) => Is(attribute, BiasAttribute);

    public bool IsNormalizationParameterAttribute(AttributeData attribute) => Is(attribute, NormalizationParameterAttribute);

    /// <summary>The name of the <c>OptimizerKind</c> member with <paramref name="value"/>, or null when none has it.</summary>
    public string? OptimizerName(int value)
    {
        foreach (var member in OptimizerKind?.GetMembers() ?? default)
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: int constant } field && constant == value)
            {
                return field.Name;
            }
        }

        return null;
    }

    private static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
        type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);
}
