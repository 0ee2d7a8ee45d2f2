using L2Analyzers.Conventions;

namespace L2Analyzers.CodeFixes.Editing;

/// <summary>Numeric literals for rewritten lambdas, written as <see cref="Numbers"/> writes them in messages.</summary>
internal static class Literals
{
    public static ExpressionSyntax Double(double value, bool single) =>
        SyntaxFactory.ParseExpression(Numbers.Literal(value) + (single ? "f" : string.Empty));
}
