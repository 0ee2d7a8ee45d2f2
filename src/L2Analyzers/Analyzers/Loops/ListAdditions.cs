using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>A bias put into a list field or property, or returned by a method: <c>parameters.Add(hBiases)</c>.</summary>
/// <param name="List">The list field, property or method.</param>
/// <param name="Bias">The bias array or parameter object added to it.</param>
internal readonly record struct BiasAddition(ISymbol List, ISymbol Bias);

/// <summary>
/// Collects, for one type, the places that put a bias into a list field or property or return it from a method:
/// <c>list.Add(b)</c>, <c>list.Insert(i, b)</c>, <c>list.AddRange(new[] { w, b })</c> (also through a local that stands
/// for the member, <see cref="LocalLists"/>), a collection initializer, array initializer or collection expression
/// assigned to the member or returned (<c>parameters = new List&lt;double[]&gt; { w, b }</c>, <c>=&gt; [w, b]</c>), and
/// <c>yield return b</c>.
/// Syntax is filtered first by the added element's name (one that says bias); only those are bound.
/// </summary>
internal sealed class ListAdditions
{
    private readonly ConcurrentBag<(SemanticModel Model, SyntaxNode List, IReadOnlyList<ExpressionSyntax> Elements)> candidates = new();

    /// <summary>The syntax kinds whose nodes may put elements into a list.</summary>
    public static readonly SyntaxKind[] Kinds =
    {
        SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression,
        SyntaxKind.ArrayCreationExpression, SyntaxKind.ImplicitArrayCreationExpression, SyntaxKind.ArrayInitializerExpression,
        SyntaxKind.CollectionExpression, SyntaxKind.YieldReturnStatement,
    };

    /// <summary>Keeps a node of one of <see cref="Kinds"/> that adds elements named like a bias to a member, with those elements.</summary>
    public void OnNode(SyntaxNodeAnalysisContext context)
    {
        var node = context.Node;
        var (list, elements) = node switch
        {
            InvocationExpressionSyntax invocation => FromCall(invocation),
            YieldStatementSyntax { RawKind: (int)SyntaxKind.YieldReturnStatement, Expression: { } yielded } when NamedLikeBias(Unsuppressed(yielded)) =>
                (ReturningMember(node), [yielded]),
            YieldStatementSyntax => (null, []),
            _ => ListOf(node) is { } member ? (member, Elements(node)) : (null, []),
        };
        if (list is null || !elements.Any(element => NamedLikeBias(Unsuppressed(element))))
        {
            return;
        }

        candidates.Add((context.SemanticModel, list, elements.Select(Unsuppressed).Where(NamedLikeBias).ToList()));
    }

    /// <summary>The biases the type adds to list members, by the elements' roles (name or marker).</summary>
    public List<BiasAddition> Biases(RuntimeSymbols? markers, CancellationToken cancellationToken)
    {
        var biases = new List<BiasAddition>();
        foreach (var (model, listSyntax, elements) in candidates)
        {
            var lists = Lists(model, listSyntax, cancellationToken).SelectMany(ListSources.WithBaseMembers).ToList();
            if (lists.Count == 0)
            {
                continue;
            }

            foreach (var element in elements)
            {
                if (model.GetOperation(element, cancellationToken) is { } added &&
                    ParameterReference.TryRead(added.WithoutImplicitConversions(), out var parameter) && parameter.Indices.IsEmpty &&
                    parameter.RoleWith(markers) == ParameterRoleKind.Bias)
                {
                    biases.AddRange(lists.Select(list => new BiasAddition(list, parameter.Variable)));
                }
            }
        }

        return biases;
    }

    /// <summary>
    /// The members the syntax names as the list: a field, property or method, or for a local, the members it stands for
    /// (<see cref="LocalLists"/>).
    /// </summary>
    private static IEnumerable<ISymbol> Lists(SemanticModel model, SyntaxNode list, CancellationToken cancellationToken)
    {
        var symbol = list is ExpressionSyntax member ? model.GetSymbolInfo(member, cancellationToken).Symbol : model.GetDeclaredSymbol(list, cancellationToken);
        return symbol switch
        {
            IFieldSymbol or IPropertySymbol { IsIndexer: false } or IMethodSymbol { MethodKind: MethodKind.Ordinary } => [symbol],
            ILocalSymbol when model.GetOperation(list, cancellationToken) is ILocalReferenceOperation local => LocalLists.Of(local),
            _ => [],
        };
    }

    /// <summary><c>list.Add(x)</c>, <c>list.Insert(i, x)</c>: x; <c>list.AddRange(creation)</c>: the creation's elements.</summary>
    private static (SyntaxNode? List, IReadOnlyList<ExpressionSyntax> Elements) FromCall(InvocationExpressionSyntax invocation)
    {
        if (invocation is not { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name, Expression: var list }, ArgumentList.Arguments: [.., var last] })
        {
            return (null, []);
        }

        return name switch
        {
            "Add" or "Insert" => (list, [last.Expression]),
            "AddRange" => (list, Elements(last.Expression)),
            _ => (null, []),
        };
    }

    /// <summary>
    /// The member a creation is assigned to (its expression, <c>parameters = new() { … }</c>) or initializes or returns (its
    /// declaration, <c>List&lt;double[]&gt; ps = [ … ]</c>, <c>IReadOnlyList&lt;double[]&gt; Parameters =&gt; new[] { … }</c>,
    /// <c>double[][] Parameters() { return new[] { … }; }</c>).
    /// </summary>
    private static SyntaxNode? ListOf(SyntaxNode creation) => creation.Parent switch
    {
        AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment when assignment.Right == creation => assignment.Left,
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } declarator } => declarator,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property,
        ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or MethodDeclarationSyntax } arrow => arrow.Parent,
        ReturnStatementSyntax statement => ReturningMember(statement),
        _ => null,
    };

    /// <summary>The method or property whose body a <c>return</c> or <c>yield return</c> is in; null inside a lambda or local function.</summary>
    private static SyntaxNode? ReturningMember(SyntaxNode statement) =>
        statement.FirstAncestorOrSelf<SyntaxNode>(node => node is MemberDeclarationSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) switch
        {
            MethodDeclarationSyntax method => method,
            AccessorDeclarationSyntax { RawKind: (int)SyntaxKind.GetAccessorDeclaration, Parent.Parent: PropertyDeclarationSyntax property } => property,
            _ => null,
        };

    /// <summary>The elements a creation lists: a collection or array initializer's expressions, a collection expression's elements.</summary>
    private static IReadOnlyList<ExpressionSyntax> Elements(SyntaxNode creation) => creation switch
    {
        BaseObjectCreationExpressionSyntax { Initializer: { RawKind: (int)SyntaxKind.CollectionInitializerExpression } initializer } => initializer.Expressions,
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        ImplicitArrayCreationExpressionSyntax { Initializer: var initializer } => initializer.Expressions,
        InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression, Parent: EqualsValueClauseSyntax } initializer => initializer.Expressions,
        CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(element => element.Expression).ToList(),
        _ => [],
    };

    /// <summary><c>fc1.bias!</c> → <c>fc1.bias</c>: the suppression has no operation of its own.</summary>
    private static ExpressionSyntax Unsuppressed(ExpressionSyntax element) =>
        element is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression, Operand: var operand } ? operand : element;

    /// <summary>The syntax-only filter: <c>hBiases</c>, <c>layer.Bias</c>, <c>this.b1</c> say bias by their last name.</summary>
    private static bool NamedLikeBias(ExpressionSyntax element) => element switch
    {
        IdentifierNameSyntax identifier => VariableNames.Classify(identifier.Identifier.ValueText) == ParameterRoleKind.Bias,
        MemberAccessExpressionSyntax access => VariableNames.Classify(access.Name.Identifier.ValueText) == ParameterRoleKind.Bias,
        _ => false,
    };
}
