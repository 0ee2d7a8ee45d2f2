using L2Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers;

/// <summary>The runtime's types, resolved once per compilation; null when the compilation does not reference them.</summary>
internal sealed class KnownSymbols
{
    private KnownSymbols(Compilation compilation, INamedTypeSymbol l2Attribute)
    {
        L2Attribute = l2Attribute;
        NetworkAttribute = compilation.GetTypeByMetadataName(KnownNames.NetworkAttribute);
        BiasAttribute = compilation.GetTypeByMetadataName(KnownNames.BiasAttribute);
        NormalizationParameterAttribute = compilation.GetTypeByMetadataName(KnownNames.NormalizationParameterAttribute);
        OptimizerKind = compilation.GetTypeByMetadataName(KnownNames.OptimizerKind);
        Parameter = compilation.GetTypeByMetadataName(KnownNames.Parameter);
        ParameterRole = compilation.GetTypeByMetadataName(KnownNames.ParameterRole);
        L2Update = compilation.GetTypeByMetadataName(KnownNames.L2Update);
        L2Kernels = compilation.GetTypeByMetadataName(KnownNames.L2Kernels);
        L2Convention = compilation.GetTypeByMetadataName(KnownNames.L2Convention);
        L2Regularization = compilation.GetTypeByMetadataName(KnownNames.L2Regularization);
    }

    public INamedTypeSymbol L2Attribute { get; }

    public INamedTypeSymbol? NetworkAttribute { get; }

    public INamedTypeSymbol? BiasAttribute { get; }

    public INamedTypeSymbol? NormalizationParameterAttribute { get; }

    public INamedTypeSymbol? OptimizerKind { get; }

    public INamedTypeSymbol? Parameter { get; }

    public INamedTypeSymbol? ParameterRole { get; }

    public INamedTypeSymbol? L2Update { get; }

    public INamedTypeSymbol? L2Kernels { get; }

    public INamedTypeSymbol? L2Convention { get; }

    public INamedTypeSymbol? L2Regularization { get; }

    /// <summary>The symbols of <paramref name="compilation"/>, or null when it does not reference the L2Analyzers runtime.</summary>
    public static KnownSymbols? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName(KnownNames.L2Attribute) is { } l2Attribute
            ? new KnownSymbols(compilation, l2Attribute)
            : null;

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
