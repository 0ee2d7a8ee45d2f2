using System.Collections.Generic;
using System.Linq;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Shared.Roles;

/// <summary>
/// The one classifier of what a variable or member holds (weight, bias, gradient, normalization parameter), with the
/// evidence each caller has: the marker attributes <c>[Bias]</c> and <c>[NormalizationParameter]</c> for everyone (when
/// the runtime is referenced), what initializers say for the attribute analyzer, and names read leniently for a member
/// known to be a parameter (<see cref="OfParameter"/>) or strictly for any variable a loop updates (<see cref="OfVariable"/>).
/// </summary>
internal static class ParameterRoles
{
    private const int BiasRole = 1;

    /// <summary>
    /// The role of a member known to hold a parameter (it carries <c>[L2]</c>), strongest evidence first: a marker
    /// attribute or a <c>ParameterRole.Bias</c> constructor argument (from <paramref name="facts"/>, what the caller
    /// collected from initializers), then the member's or its layer's name (the lenient <see cref="ParameterNames"/>; a bare
    /// gain or shift word only inside a normalization layer), then a name that says weight, then its shape (a vector whose length matches a dimension of a weight matrix beside it, both sizes constant).
    /// Anything not shown to be a bias or a normalization parameter is a weight.
    /// </summary>
    public static ParameterRoleEvidence OfParameter(ISymbol member, RuntimeSymbols symbols, IReadOnlyDictionary<ISymbol, MemberFacts> facts)
    {
        if (Marked(member, symbols) is { } marked)
        {
            return marked;
        }

        if (facts.TryGetValue(member, out var known) && known.Role == BiasRole)
        {
            return new(ParameterRoleKind.Bias, "it is created with ParameterRole.Bias");
        }

        if (ParameterNames.IsBias(member.Name))
        {
            return new(ParameterRoleKind.Bias, "its name says it is a bias");
        }

        if (ParameterNames.IsNormalization(member.Name))
        {
            return new(ParameterRoleKind.Normalization, "its name says it is a normalization gain or shift");
        }

        if (member.ContainingType is { } layer && ParameterNames.IsNormalization(layer.Name))
        {
            return new(ParameterRoleKind.Normalization, $"it belongs to the normalization layer {Quoted.Name(layer.Name)}");
        }

        // A name that says weight wins over shape (a one-unit output layer's weight vector beside the hidden matrix),
        // and a bare gain or shift word (Beta, Gamma) outside a normalization layer is a coefficient, not a gain.
        return VariableNames.Classify(member.Name) == ParameterRoleKind.Weight
            ? ParameterRoleEvidence.Weight
            : BiasByShape(member, facts) ?? ParameterRoleEvidence.Weight;
    }

    /// <summary>
    /// The role of any variable a training loop updates: <see cref="ParameterRoleKind.Bias"/> or
    /// <see cref="ParameterRoleKind.Normalization"/> for a field or property with a marker attribute (unless its name says
    /// gradient), else the role its name suggests (<see cref="VariableNames"/>), or
    /// <see cref="ParameterRoleKind.Normalization"/> for a weight or an unnamed role with evidence of a normalization
    /// parameter. The evidence is deliberately narrow (precision first):
    /// a normalization word in its own name (<c>lnGamma</c>, <c>bn1Weight</c>, <c>layerNormScale</c>), or a field or
    /// property of a type named as a normalization layer (<c>LayerNorm.gamma</c>) named like a weight or a gain or shift.
    /// A lone <c>gamma</c>, <c>beta</c> or <c>gains</c> elsewhere is a discount, a regression coefficient or a t-SNE gain
    /// as often as a normalization parameter, and running statistics (<c>bnRunningMean</c>) are never parameters.
    /// </summary>
    public static ParameterRoleKind OfVariable(ISymbol variable, RuntimeSymbols? markers)
    {
        var role = VariableNames.Classify(variable.Name);
        if (role != ParameterRoleKind.Gradient && variable is IFieldSymbol or IPropertySymbol && Marked(variable, markers) is { } marked)
        {
            return marked.Role;
        }

        return role is ParameterRoleKind.Weight or ParameterRoleKind.None && VariableNames.IsNormalizationParameter(variable)
            ? ParameterRoleKind.Normalization
            : role;
    }

    /// <summary>The role a marker attribute on <paramref name="member"/> gives it, or null when it has none.</summary>
    private static ParameterRoleEvidence? Marked(ISymbol member, RuntimeSymbols? markers)
    {
        if (markers is null)
        {
            return null;
        }

        foreach (var attribute in member.GetAttributes())
        {
            if (markers.IsBiasAttribute(attribute))
            {
                return new(ParameterRoleKind.Bias, "it is marked [Bias]");
            }

            if (markers.IsNormalizationParameterAttribute(attribute))
            {
                return new(ParameterRoleKind.Normalization, "it is marked [NormalizationParameter]");
            }
        }

        return null;
    }

    private static ParameterRoleEvidence? BiasByShape(ISymbol member, IReadOnlyDictionary<ISymbol, MemberFacts> facts)
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
                    $"it is a vector of {length} beside the {shape} matrix {Quoted.Name(sibling.Name)}, the shape of that matrix's bias");
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
