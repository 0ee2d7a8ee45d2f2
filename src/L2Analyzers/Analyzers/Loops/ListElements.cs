using L2Analyzers.Analyzers.Operations;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// Lists of parameter arrays kept in a field or property: the arrays added to them (<c>parameters.Add(hBiases)</c>) and
/// the locals that take their elements (<c>foreach (var p in parameters)</c>, <c>double[] p = parameters[k]</c>).
/// </summary>
internal static class ListElements
{
    /// <summary>The list field or property whose element the local <paramref name="variable"/> is, or null.</summary>
    public static ISymbol? ListOf(ISymbol variable, IOperation inBody)
    {
        if (variable is not ILocalSymbol { Type: IArrayTypeSymbol } local)
        {
            return null;
        }

        foreach (var operation in inBody.Root().Descendants())
        {
            switch (operation)
            {
                case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation control } loop
                    when SymbolEqualityComparer.Default.Equals(control.Symbol, local):
                    return MemberOf(loop.Collection);
                case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator
                    when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    return value.WithoutImplicitConversions() switch
                    {
                        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } list } => MemberOf(list),
                        IArrayElementReferenceOperation { ArrayReference: var array } => MemberOf(array),
                        _ => null,
                    };
            }
        }

        return null;
    }

    /// <summary><c>list.Add(x)</c> or <c>list.Insert(i, x)</c> on a field or property: the list and what is added.</summary>
    public static (ISymbol List, IOperation Added)? Addition(IInvocationOperation invocation) =>
        invocation is { TargetMethod.Name: "Add" or "Insert", Instance: { } instance, Arguments: [.., var added] } &&
        MemberOf(instance) is { } list
            ? (list, added.Value.WithoutImplicitConversions())
            : null;

    private static ISymbol? MemberOf(IOperation operation) => operation.WithoutImplicitConversions() switch
    {
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
        _ => null,
    };
}
