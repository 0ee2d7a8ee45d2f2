using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>The range an index runs over: from where, to which bound, and whether the bound is included.</summary>
internal readonly record struct LoopRange(ExpressionSyntax From, ExpressionSyntax To, bool Inclusive);

/// <summary>
/// The range of the loop whose variable indexes an element, read from syntax: <c>for (int i = from; i &lt; to; …)</c>
/// or <c>for (i = from; …)</c>, and <c>while (i &lt;= to)</c> or <c>do … while (i &lt; to)</c> started by the last
/// <c>int i = from;</c> or <c>i = from;</c> before the loop; the bound compared either way (<c>to &gt; i</c>). A bound or
/// start read through a local given one value and never written again (<c>int n = nIn + 1; … i &lt; n</c>) is that value.
/// </summary>
internal static class LoopRanges
{
    /// <summary>The range of the loop over <paramref name="index"/>, or null when the index is no loop's variable or the loop has another shape.</summary>
    public static LoopRange? Of(ExpressionSyntax index, SemanticModel model)
    {
        if (index is not IdentifierNameSyntax { Identifier.ValueText: var name })
        {
            return null;
        }

        foreach (var ancestor in index.Ancestors())
        {
            switch (ancestor)
            {
                case ForStatementSyntax loop when Start(loop, name) is { } from:
                    return Range(from, loop.Condition, name, model);
                case WhileStatementSyntax { Condition: var condition } loop when Bound(condition, name) is not null:
                    return StartBefore(loop, name) is { } whileFrom ? Range(whileFrom, condition, name, model) : null;
                case DoStatementSyntax { Condition: var condition } loop when Bound(condition, name) is not null:
                    return StartBefore(loop, name) is { } doFrom ? Range(doFrom, condition, name, model) : null;
                case MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return null;
            }
        }

        return null;
    }

    private static LoopRange? Range(ExpressionSyntax from, ExpressionSyntax? condition, string name, SemanticModel model) =>
        Bound(condition, name) is { } bound ? new LoopRange(Resolved(from, model), Resolved(bound.To, model), bound.Inclusive) : null;

    /// <summary><c>i &lt; to</c>, <c>i &lt;= to</c>, <c>to &gt; i</c>, <c>to &gt;= i</c>.</summary>
    private static (ExpressionSyntax To, bool Inclusive)? Bound(ExpressionSyntax? condition, string name) => condition switch
    {
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LessThanExpression or (int)SyntaxKind.LessThanOrEqualExpression, Left: IdentifierNameSyntax left } less
            when left.Identifier.ValueText == name => (less.Right, less.IsKind(SyntaxKind.LessThanOrEqualExpression)),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.GreaterThanExpression or (int)SyntaxKind.GreaterThanOrEqualExpression, Right: IdentifierNameSyntax right } greater
            when right.Identifier.ValueText == name => (greater.Left, greater.IsKind(SyntaxKind.GreaterThanOrEqualExpression)),
        _ => null,
    };

    /// <summary>The start of a <c>for</c> loop that declares or assigns only <paramref name="name"/>.</summary>
    private static ExpressionSyntax? Start(ForStatementSyntax loop, string name) => loop switch
    {
        { Declaration.Variables: [{ Initializer.Value: var from } variable] } when variable.Identifier.ValueText == name => from,
        { Declaration: null, Initializers: [AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax left, Right: var from }] }
            when left.Identifier.ValueText == name => from,
        _ => null,
    };

    /// <summary>
    /// The value <paramref name="name"/> has when <paramref name="loop"/> starts: the last statement before it, in its
    /// block or an enclosing one, that writes the name must be <c>int i = from;</c> or <c>i = from;</c>.
    /// </summary>
    private static ExpressionSyntax? StartBefore(StatementSyntax loop, string name)
    {
        for (SyntaxNode node = loop; node.Parent is { } parent && node is not MemberDeclarationSyntax; node = parent)
        {
            if (parent is not BlockSyntax block)
            {
                continue;
            }

            foreach (var statement in block.Statements.TakeWhile(statement => statement != node).Reverse())
            {
                switch (statement)
                {
                    case LocalDeclarationStatementSyntax declaration when declaration.Declaration.Variables.FirstOrDefault(v => v.Identifier.ValueText == name) is { } variable:
                        return variable.Initializer?.Value;
                    case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax left } assignment }
                        when left.Identifier.ValueText == name:
                        return assignment.Right;
                    case var other when Writes(other, name):
                        return null;
                }
            }
        }

        return null;
    }

    /// <summary>A local given one value where it is declared and never written again stands for that value.</summary>
    private static ExpressionSyntax Resolved(ExpressionSyntax expression, SemanticModel model)
    {
        if (expression is IdentifierNameSyntax { Identifier.ValueText: var name } &&
            model.GetSymbolInfo(expression).Symbol is ILocalSymbol { DeclaringSyntaxReferences: [var reference] } &&
            reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: var value } declarator &&
            declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member && !Writes(member, name))
        {
            return value;
        }

        return expression;
    }

    /// <summary>Whether anything in <paramref name="node"/> assigns, increments or passes by reference a variable named <paramref name="name"/>.</summary>
    private static bool Writes(SyntaxNode node, string name) =>
        node.DescendantNodesAndSelf().Any(inner => inner switch
        {
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } => left.Identifier.ValueText == name,
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression, Operand: IdentifierNameSyntax operand } =>
                operand.Identifier.ValueText == name,
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression, Operand: IdentifierNameSyntax operand } =>
                operand.Identifier.ValueText == name,
            ArgumentSyntax { RefKindKeyword.RawKind: not (int)SyntaxKind.None, Expression: IdentifierNameSyntax argument } => argument.Identifier.ValueText == name,
            _ => false,
        });
}
