using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Symbols;

/// <summary>
/// The L2Analyzers runtime's types that the generator's readers and the analyzers compare against. Part of the
/// <see cref="SymbolTable"/>: resolved once per compilation, and only when the compilation references the runtime.
/// </summary>
internal sealed class RuntimeSymbols
{
    private readonly Lazy<INamedTypeSymbol?> memory;

    private RuntimeSymbols(Compilation compilation, ReferencedTypes types, INamedTypeSymbol l2Attribute, INamedTypeSymbol denseLayerAttribute, INamedTypeSymbol networkAttribute)
    {
        Compilation = compilation;
        L2Attribute = l2Attribute;
        DenseLayerAttribute = denseLayerAttribute;
        NetworkAttribute = networkAttribute;
        BiasAttribute = types.Find(KnownNames.BiasAttribute);
        NormalizationParameterAttribute = types.Find(KnownNames.NormalizationParameterAttribute);
        OptimizerKind = types.Find(KnownNames.OptimizerKind);
        Parameter = types.Find(KnownNames.Parameter);
        ParameterRole = types.Find(KnownNames.ParameterRole);
        LayerInterface = types.Find(KnownNames.LayerInterface);
        memory = new Lazy<INamedTypeSymbol?>(() => compilation.GetTypeByMetadataName(KnownNames.Memory), LazyThreadSafetyMode.ExecutionAndPublication);
        L2Update = types.Find(KnownNames.L2Update);
        L2Kernels = types.Find(KnownNames.L2Kernels);
        L2Convention = types.Find(KnownNames.L2Convention);
        L2Regularization = types.Find(KnownNames.L2Regularization);
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

    /// <summary><c>System.Memory&lt;T&gt;</c>, resolved on first use (by the readers of attributed members).</summary>
    public INamedTypeSymbol? Memory => memory.Value;

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
        var types = new ReferencedTypes(compilation, KnownNames.AbstractionsAssembly, KnownNames.RuntimeAssembly);
        if (types.Find(KnownNames.L2Attribute) is not { } l2)
        {
            return null;
        }

        var dense = types.Find(KnownNames.DenseLayerAttribute);
        var network = types.Find(KnownNames.NetworkAttribute);
        return dense is null || network is null ? null : new RuntimeSymbols(compilation, types, l2, dense, network);
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
