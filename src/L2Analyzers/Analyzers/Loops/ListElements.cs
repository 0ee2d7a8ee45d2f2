using L2Analyzers.Analyzers.Operations;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// Lists of parameters kept in a field or property, seen from the loops over them: the locals that take their elements
/// (<c>foreach (var p in parameters)</c>, <c>double[] p = parameters[k]</c>), arrays themselves or parameter objects whose
/// array a loop updates (<c>p.Data[i]</c>). What is added to the lists is in <see cref="ListAdditions"/>.
/// </summary>
internal static class ListElements
{
    /// <summary>
    /// The list field or property whose element <paramref name="reference"/> belongs to, or null: <c>p[i]</c> with
    /// <c>p</c> an element, or <c>p.Data[i]</c> with <c>p</c> an element that holds the array.
    /// </summary>
    public static ISymbol? ListOf(ParameterReference reference, IOperation inBody) =>
        ElementLocal(reference) is { } local ? ListOf(local, inBody) : null;

    private static ISymbol? ListOf(ILocalSymbol local, IOperation inBody)
    {
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

    /// <summary>The local that is a list's element: the array itself (<c>p[i]</c>), or the object whose member is the array (<c>p.Data[i]</c>).</summary>
    private static ILocalSymbol? ElementLocal(ParameterReference reference)
    {
        switch (reference.Variable)
        {
            case ILocalSymbol { Type: IArrayTypeSymbol } array:
                return array;
            case IFieldSymbol or IPropertySymbol:
                var current = reference.Operation;
                while (current is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true })
                {
                    current = current is IArrayElementReferenceOperation element ? element.ArrayReference : ((IPropertyReferenceOperation)current).Instance!;
                }

                return current.WithoutConversions() is IMemberReferenceOperation { Instance: ILocalReferenceOperation { Local: var holder } } ? holder : null;
            default:
                return null;
        }
    }

    private static ISymbol? MemberOf(IOperation operation) => operation.WithoutImplicitConversions() switch
    {
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
        _ => null,
    };
}
