using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// A linear model's own bias: a scalar field or property in a type that holds a weight vector and no weight matrix
/// (one weight vector, one bias), as in a linear SVM trained with SGD. Shrinking it is a documented design choice of some references, so
/// L2R002 is a suggestion there (docs/recognition.md).
/// </summary>
internal static class LinearModels
{
    /// <summary>Whether <paramref name="bias"/> is the scalar bias of a linear model.</summary>
    public static bool IsLinearModelBias(ParameterReference bias, RuntimeSymbols? markers)
    {
        if (!bias.Indices.IsEmpty || bias.Variable is not (IFieldSymbol or IPropertySymbol) || bias.Variable.ContainingType is not { } type)
        {
            return false;
        }

        bool hasWeightVector = false;
        foreach (var member in type.GetMembers())
        {
            var memberType = member switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            if (memberType is not IArrayTypeSymbol array || ParameterRoles.OfVariable(member, markers) != ParameterRoleKind.Weight)
            {
                continue;
            }

            if (array.Rank != 1 || array.ElementType is IArrayTypeSymbol)
            {
                return false;
            }

            hasWeightVector = true;
        }

        return hasWeightVector;
    }
}
