using System.Collections.Generic;
using System.Linq;
using System.Threading;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>
/// A parameter group added to an optimizer after it was created, <c>optimizer.add_param_group(group)</c>: the group takes
/// every option it leaves unset from the optimizer, weight_decay included, as the groups given to the constructor do.
/// The optimizer is found where it was created: a local given it once, or a field or property of the type assigned once
/// in the same file.
/// </summary>
internal static class AddedGroups
{
    private const string AddParamGroup = "add_param_group";

    /// <summary>
    /// The optimizer's site, with the added group as its groups, or null when the call is not <c>add_param_group</c> or
    /// the optimizer's creation is not found.
    /// </summary>
    public static WeightDecaySite? Site(IInvocationOperation invocation, TorchSharpSymbols symbols, CancellationToken cancellationToken)
    {
        if (invocation is not { TargetMethod.Name: AddParamGroup, Instance: { } optimizer, Arguments: [var group] } ||
            !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingAssembly, symbols.Module.ContainingAssembly) ||
            Creation(optimizer, cancellationToken) is not { } creation)
        {
            return null;
        }

        var site = creation switch
        {
            IInvocationOperation factory => WeightDecaySites.FromInvocation(factory, symbols),
            IObjectCreationOperation constructor => WeightDecaySites.FromOptimizerCreation(constructor, symbols),
            _ => null,
        };
        return site is null ? null : site with { Parameters = group.Value, TakesGroups = true };
    }

    /// <summary>The one value the optimizer's local, field or property is given.</summary>
    private static IOperation? Creation(IOperation optimizer, CancellationToken cancellationToken) => optimizer.WithoutImplicitConversions() switch
    {
        ILocalReferenceOperation local => LocalValues.SingleValue(local)?.WithoutImplicitConversions(),
        IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol { IsIndexer: false } } member when member.SemanticModel is { } model =>
            SingleAssignment(member.Member, model, cancellationToken)?.WithoutImplicitConversions(),
        _ => null,
    };

    /// <summary>The value of a member's initializer or of its only assignment in its type's declarations in the same file; null for several.</summary>
    private static IOperation? SingleAssignment(ISymbol member, SemanticModel model, CancellationToken cancellationToken)
    {
        var values = new List<ExpressionSyntax>();
        foreach (var reference in member.DeclaringSyntaxReferences.Concat(member.ContainingType.DeclaringSyntaxReferences))
        {
            if (reference.SyntaxTree != model.SyntaxTree)
            {
                continue;
            }

            switch (reference.GetSyntax(cancellationToken))
            {
                case VariableDeclaratorSyntax { Initializer.Value: var initial }:
                    values.Add(initial);
                    break;
                case PropertyDeclarationSyntax { Initializer.Value: var initial }:
                    values.Add(initial);
                    break;
                case TypeDeclarationSyntax type:
                    values.AddRange(type.DescendantNodes()
                        .OfType<AssignmentExpressionSyntax>()
                        .Where(assignment => Named(assignment.Left) == member.Name &&
                            SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, member))
                        .Select(assignment => assignment.Right));
                    break;
            }
        }

        return values is [var value] ? model.GetOperation(value, cancellationToken) : null;
    }

    private static string? Named(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var name } => name.Identifier.ValueText,
        _ => null,
    };
}
