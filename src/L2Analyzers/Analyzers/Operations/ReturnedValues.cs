using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>The values a method of the compilation returns, read where it is declared in the same file.</summary>
internal static class ReturnedValues
{
    /// <summary>
    /// The operations of <paramref name="method"/>'s expression body or of the <c>return</c> statements of its block
    /// body (not those of lambdas or local functions in it), for its declarations in <paramref name="model"/>'s tree.
    /// </summary>
    public static IEnumerable<IOperation> Of(IMethodSymbol method, SemanticModel model)
    {
        foreach (var reference in method.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != model.SyntaxTree || reference.GetSyntax() is not MethodDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (var value in Returned(declaration))
            {
                if (model.GetOperation(value) is { } operation)
                {
                    yield return operation;
                }
            }
        }
    }

    private static IEnumerable<ExpressionSyntax> Returned(MethodDeclarationSyntax declaration)
    {
        if (declaration.ExpressionBody is { Expression: var body })
        {
            yield return body;
            yield break;
        }

        foreach (var node in declaration.Body?.DescendantNodes(inner => inner is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)) ?? [])
        {
            if (node is ReturnStatementSyntax { Expression: { } value })
            {
                yield return value;
            }
        }
    }
}
