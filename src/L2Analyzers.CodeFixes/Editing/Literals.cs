using L2Analyzers.Conventions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.CodeFixes.Editing;

/// <summary>Numeric literals for rewritten lambdas, written as <see cref="Numbers"/> writes them in messages.</summary>
internal static class Literals
{
    public static ExpressionSyntax Double(double value, bool single) =>
        SyntaxFactory.ParseExpression(Numbers.Literal(value) + (single ? "f" : string.Empty));
}
