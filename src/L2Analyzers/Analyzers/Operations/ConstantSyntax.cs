using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>
/// Folds a constant numeric expression from its syntax alone, for initializers in other files than the code being
/// analyzed: numeric literals, signs, parentheses and + − × ÷, with C#'s integer division between integer literals.
/// </summary>
internal static class ConstantSyntax
{
    private const int MaxDepth = 8;

    /// <summary>The value of <paramref name="expression"/>, or null when it is anything else (a name, a call, a cast).</summary>
    public static double? Evaluate(ExpressionSyntax expression) => Fold(expression, 0) is { } folded ? folded.Value : null;

    private static Folded? Fold(ExpressionSyntax expression, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Fold(parenthesized.Expression, depth + 1);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } negation:
                return Fold(negation.Operand, depth + 1) is { } negated ? negated with { Value = -negated.Value } : null;
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryPlusExpression } plus:
                return Fold(plus.Operand, depth + 1);
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal:
                return Literal(literal.Token.Value);
            case BinaryExpressionSyntax binary:
                return Fold(binary.Left, depth + 1) is { } left && Fold(binary.Right, depth + 1) is { } right
                    ? Combine(binary.Kind(), left, right)
                    : null;
            default:
                return null;
        }
    }

    private static Folded? Literal(object? value) => value switch
    {
        double d => new Folded(d, false),
        float f => new Folded(Conventions.Numbers.FromSingle(f), false),
        decimal m => new Folded((double)m, false),
        int i => new Folded(i, true),
        uint ui => new Folded(ui, true),
        long l => new Folded(l, true),
        ulong ul => new Folded(ul, true),
        _ => null,
    };

    private static Folded? Combine(SyntaxKind kind, Folded left, Folded right)
    {
        bool integral = left.Integral && right.Integral;
        double? value = kind switch
        {
            SyntaxKind.AddExpression => left.Value + right.Value,
            SyntaxKind.SubtractExpression => left.Value - right.Value,
            SyntaxKind.MultiplyExpression => left.Value * right.Value,
            SyntaxKind.DivideExpression when integral => right.Value == 0 ? null : System.Math.Truncate(left.Value / right.Value),
            SyntaxKind.DivideExpression => left.Value / right.Value,
            _ => null,
        };
        return value is { } result ? new Folded(result, integral) : null;
    }

    /// <summary>A folded value, and whether C# computes it in integers (so that 1 / 3 is 0).</summary>
    private readonly record struct Folded(double Value, bool Integral);
}
