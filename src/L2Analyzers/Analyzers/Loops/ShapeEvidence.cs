using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// Recognizes a bias by its shape where its name says nothing (<c>offsets</c>, <c>c</c>): a vector decayed in the same
/// body, with the same coefficient, as a weight matrix whose row or column count is the vector's length, as both are
/// declared (<c>new double[Outputs]</c> beside <c>new double[Outputs, Inputs]</c> or <c>new double[Outputs][]</c>).
/// </summary>
internal static class ShapeEvidence
{
    /// <summary>The weight matrix that makes <paramref name="vector"/>'s update a bias update, or null.</summary>
    /// <param name="vector">An update of a 1-D array whose name gives it no role.</param>
    /// <param name="markers">The runtime's symbols, for the role markers.</param>
    public static ISymbol? MatrixBeside(RegularizationUpdate vector, RuntimeSymbols? markers)
    {
        if (vector.Parameter.Indices.Length != 1 || Sizes(vector.Parameter.Variable) is not [var length])
        {
            return null;
        }

        foreach (var operation in vector.Assignment.Root().Descendants())
        {
            if (operation is IAssignmentOperation assignment && !ReferenceEquals(assignment, vector.Assignment) &&
                ParameterReference.TryRead(assignment.Target, out var target) && target.Indices.Length == 2 &&
                target.RoleWith(markers) == ParameterRoleKind.Weight &&
                UpdatePatterns.Match(assignment, markers) is { } matrix &&
                matrix.Kind == vector.Kind && SameFactors(matrix.Lambda, vector.Lambda) &&
                Sizes(matrix.Parameter.Variable).Any(size => SyntaxFactory.AreEquivalent(size, length)))
            {
                return matrix.Parameter.Variable;
            }
        }

        return null;
    }

    private static bool SameFactors(ImmutableArray<Factor> left, ImmutableArray<Factor> right) =>
        left.Length == right.Length &&
        left.Select(Text).OrderBy(text => text).SequenceEqual(right.Select(Text).OrderBy(text => text));

    private static string Text(Factor factor) => (factor.Reciprocal ? "/" : "*") + factor.Operation.Syntax;

    /// <summary>The sizes of the array a field or property is initialized with: <c>new double[A, B]</c> → A, B; <c>new double[A][]</c> → A.</summary>
    private static ImmutableArray<ExpressionSyntax> Sizes(ISymbol variable)
    {
        foreach (var reference in variable.DeclaringSyntaxReferences)
        {
            var initializer = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                _ => null,
            };
            if (initializer is ArrayCreationExpressionSyntax { Type.RankSpecifiers: [var first, ..] })
            {
                return first.Sizes.Where(size => size is not OmittedArraySizeExpressionSyntax).ToImmutableArray();
            }
        }

        return ImmutableArray<ExpressionSyntax>.Empty;
    }
}
