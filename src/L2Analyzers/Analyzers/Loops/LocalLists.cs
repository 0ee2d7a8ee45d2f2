using System.Collections.Generic;
using L2Analyzers.Analyzers.Operations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// The list members a local stands for when elements are added through it: the member it is given once
/// (<c>var list = parameters; list.Add(hBiases)</c>), and the members it is stored in or returned as
/// (<c>parameters = list;</c>, <c>return list;</c> from a method or a property's getter). A copy
/// (<c>var list = parameters.ToList()</c>) stands for none: adding to it leaves the member alone.
/// </summary>
internal static class LocalLists
{
    /// <summary>The members <paramref name="reference"/>'s local stands for.</summary>
    public static IEnumerable<ISymbol> Of(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (LocalValues.SingleValue(reference) is { } value && Member(value) is { } alias)
        {
            yield return alias;
        }

        foreach (var operation in reference.Root().Descendants())
        {
            if (operation is not ILocalReferenceOperation use || !SymbolEqualityComparer.Default.Equals(use.Local, local))
            {
                continue;
            }

            var (parent, child) = OutsideConversions(use);
            switch (parent)
            {
                case IReturnOperation { Kind: OperationKind.Return } when !InNestedFunction(parent) && ReturningMember(local.ContainingSymbol) is { } member:
                    yield return member;
                    break;
                case ISimpleAssignmentOperation { IsRef: false } assignment when ReferenceEquals(assignment.Value, child) && Member(assignment.Target) is { } stored:
                    yield return stored;
                    break;
            }
        }
    }

    private static ISymbol? Member(IOperation operation) => operation.WithoutImplicitConversions() switch
    {
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
        _ => null,
    };

    /// <summary>The method, or the property of the getter, that a <c>return</c> directly in <paramref name="body"/> returns from.</summary>
    private static ISymbol? ReturningMember(ISymbol body) => body switch
    {
        IMethodSymbol { MethodKind: MethodKind.Ordinary } method => method,
        IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: { } property } => property,
        _ => null,
    };

    private static bool InNestedFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static (IOperation? Parent, IOperation Child) OutsideConversions(IOperation operation)
    {
        var child = operation;
        while (child.Parent is IConversionOperation conversion)
        {
            child = conversion;
        }

        return (child.Parent, child);
    }
}
