using L2Analyzers.Common.Symbols;
using System.Collections.Generic;
using System.Linq;
using L2Analyzers.Conventions;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Attributes;

/// <summary>
/// Decides whether a member of a layer holds a bias or a normalization parameter, strongest evidence first:
/// a marker attribute or a <c>ParameterRole.Bias</c> constructor argument, then the member's or its layer's name,
/// then its shape (a vector whose length matches a dimension of a weight matrix beside it, both sizes constant).
/// </summary>
internal sealed class ParameterRoles
{
    private const int BiasRole = 1;

    private readonly RuntimeSymbols symbols;
    private readonly IReadOnlyDictionary<ISymbol, MemberFacts> facts;

    public ParameterRoles(RuntimeSymbols symbols, IReadOnlyDictionary<ISymbol, MemberFacts> facts)
    {
        this.symbols = symbols;
        this.facts = facts;
    }

    public ParameterRoleEvidence Of(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (symbols.IsBiasAttribute(attribute))
            {
                return new(ParameterRoleKind.Bias, "it is marked [Bias]");
            }

            if (symbols.IsNormalizationParameterAttribute(attribute))
            {
                return new(ParameterRoleKind.Normalization, "it is marked [NormalizationParameter]");
            }
        }

        if (facts.TryGetValue(member, out var known) && known.Role == BiasRole)
        {
            return new(ParameterRoleKind.Bias, "it is created with ParameterRole.Bias");
        }

        if (ParameterNames.IsBias(member.Name))
        {
            return new(ParameterRoleKind.Bias, "its name says it is a bias");
        }

        if (ParameterNames.IsNormalizationParameter(member.Name))
        {
            return new(ParameterRoleKind.Normalization, "its name says it is a normalization gain or shift");
        }

        if (member.ContainingType is { } layer && ParameterNames.IsNormalization(layer.Name))
        {
            return new(ParameterRoleKind.Normalization, $"it belongs to the normalization layer '{layer.Name}'");
        }

        return BiasByShape(member) ?? ParameterRoleEvidence.Weight;
    }

    private ParameterRoleEvidence? BiasByShape(ISymbol member)
    {
        if (ElementOfVector(TypeOf(member)) is not { } element ||
            !facts.TryGetValue(member, out var own) || own.Lengths.Length != 1 || own.Lengths[0] is not { } length)
        {
            return null;
        }

        foreach (var sibling in member.ContainingType.GetMembers())
        {
            if (!SymbolEqualityComparer.Default.Equals(sibling, member) &&
                IsMatrixOf(TypeOf(sibling), element) &&
                facts.TryGetValue(sibling, out var matrix) &&
                matrix.Lengths.Contains(length))
            {
                string shape = string.Join(" × ", matrix.Lengths.Select(l => l?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"));
                return new(
                    ParameterRoleKind.Bias,
                    $"it is a vector of {length} beside the {shape} matrix '{sibling.Name}', the shape of that matrix's bias");
            }
        }

        return null;
    }

    private static ITypeSymbol? TypeOf(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static ITypeSymbol? ElementOfVector(ITypeSymbol? type) =>
        type is IArrayTypeSymbol { Rank: 1, ElementType: { SpecialType: SpecialType.System_Single or SpecialType.System_Double } element }
            ? element
            : null;

    private static bool IsMatrixOf(ITypeSymbol? type, ITypeSymbol element) => type switch
    {
        IArrayTypeSymbol { Rank: 2 } matrix => SymbolEqualityComparer.Default.Equals(matrix.ElementType, element),
        IArrayTypeSymbol { Rank: 1, ElementType: IArrayTypeSymbol { Rank: 1 } row } => SymbolEqualityComparer.Default.Equals(row.ElementType, element),
        _ => false,
    };
}
