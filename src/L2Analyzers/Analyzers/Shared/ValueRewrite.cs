using System.Collections.Immutable;
using System.Globalization;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Diagnostics;
using L2Analyzers.Judgement;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Analyzers.Shared;

/// <summary>
/// What the L2R001 fix at hand-written loops, TorchSharp calls and declared constants can rewrite, shared by the analyzer
/// (which offers only these fixes) and the code fix: the constant at the diagnostic's location when it is a literal or
/// arithmetic on literals, and the statement of a simple compound assignment whose form changes between WeightDecay and DecayFactor.
/// </summary>
internal static class ValueRewrite
{
    /// <summary>The property that marks a value site and holds the mode its constant is written in (an <see cref="L2Mode"/> as int).</summary>
    public const string WrittenMode = "Value.WrittenMode";

    /// <summary>Whether a fix can write a new number in place of <paramref name="constant"/>.</summary>
    public static bool CanReplace(SyntaxNode constant) => constant is ExpressionSyntax expression && ConstantSyntax.Evaluate(expression) is not null;

    /// <summary>
    /// <paramref name="finding"/> marked for the value fix (<see cref="WrittenMode"/>) when it is L2R001 about a
    /// <paramref name="constant"/> the fix can rewrite, written in <paramref name="written"/>; otherwise without properties,
    /// so no other fix takes it for an attribute's or a call's.
    /// </summary>
    public static Finding Marked(Finding finding, SyntaxNode? constant, L2Mode written)
    {
        bool fixable = finding.Descriptor == Descriptors.LambdaSuspiciousForMode && constant is not null && CanReplace(constant);
        var properties = fixable
            ? finding.Properties.SetItem(WrittenMode, ((int)written).ToString(CultureInfo.InvariantCulture))
            : ImmutableDictionary<string, string?>.Empty;
        return finding with { Properties = properties };
    }

    /// <summary>
    /// The updated variable of the statement <c>T -= c * T</c> or <c>T -= T * c</c> (WeightDecay) or <c>T *= c</c>
    /// (DecayFactor) whose constant c is <paramref name="constant"/>; null for any other shape.
    /// </summary>
    public static ExpressionSyntax? FormTarget(SyntaxNode constant, L2Mode mode)
    {
        if (!CanReplace(constant))
        {
            return null;
        }

        var assignment = mode switch
        {
            L2Mode.DecayFactor when constant.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.MultiplyAssignmentExpression } multiply &&
                multiply.Right == constant => multiply,
            L2Mode.WeightDecay when constant.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.MultiplyExpression } product &&
                product.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SubtractAssignmentExpression } subtract &&
                subtract.Right == product &&
                SyntaxFactory.AreEquivalent(product.Left == constant ? product.Right : product.Left, subtract.Left) => subtract,
            _ => null,
        };
        return assignment is { Parent: ExpressionStatementSyntax } ? assignment.Left : null;
    }
}
