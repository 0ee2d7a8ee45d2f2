using L2Analyzers.Analyzers.Operations;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// Lists of parameters, seen from the loops over them: the locals that take their elements
/// (<c>foreach (var p in parameters)</c>, <c>double[] p = parameters[k]</c>), arrays themselves or parameter objects whose
/// array a loop updates (<c>p.Data[i]</c>). What is added to the lists is in <see cref="ListAdditions"/>.
/// </summary>
internal static class ListElements
{
    /// <summary>
    /// The collection whose element <paramref name="reference"/> belongs to, or null: the collection a local that takes
    /// its elements loops over or indexes (<c>p[i]</c> or <c>p.Data[i]</c>, <c>foreach (var p in parameters)</c>), or that
    /// is indexed directly (<c>parameters[k][i]</c>, <c>parameters[k].Data[i]</c>). <see cref="ListSources"/> names it.
    /// </summary>
    public static IOperation? CollectionOf(ParameterReference reference, IOperation inBody) => Element(reference, out var indexed) switch
    {
        ILocalReferenceOperation { Local: var local } => CollectionOf(local, inBody) ?? (indexed is null ? null : CollectionOf(indexed)),
        { } element => CollectionOf(element),
        null => null,
    };

    /// <summary>Whether <paramref name="reference"/> is an element of a list that <see cref="ListSources"/> names or that is written in place.</summary>
    public static bool InList(ParameterReference reference, IOperation inBody) =>
        CollectionOf(reference, inBody) is { } collection && (ListSources.Of(collection) is not null || !ListSources.Written(collection).IsEmpty);

    /// <summary>The collection an indexed element comes from: <c>parameters</c> in <c>parameters[k]</c>.</summary>
    private static IOperation? CollectionOf(IOperation element) => element switch
    {
        IArrayElementReferenceOperation { ArrayReference: var list } => list,
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } list } => list,
        _ => null,
    };

    private static IOperation? CollectionOf(ILocalSymbol local, IOperation inBody)
    {
        foreach (var operation in inBody.Root().Descendants())
        {
            switch (operation)
            {
                case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation control } loop
                    when SymbolEqualityComparer.Default.Equals(control.Symbol, local):
                    return loop.Collection;
                case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator
                    when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    return CollectionOf(value.WithoutImplicitConversions());
            }
        }

        return null;
    }

    /// <summary>
    /// The list's element in a reference: <c>p</c> in <c>p[i]</c> and <c>p.Data[i]</c>, <c>parameters[k]</c> in
    /// <c>parameters[k][i]</c> and <c>parameters[k].Data[i]</c>; null for a plain array or matrix (<c>w[j, i]</c>). For a
    /// local indexed twice (<c>ps[k][i]</c>), <paramref name="indexed"/> is the element if the local is the list.
    /// </summary>
    private static IOperation? Element(ParameterReference reference, out IOperation? indexed)
    {
        var current = reference.Operation.WithoutConversions();
        IOperation? innermost = null;
        int levels = 0;
        while (Inner(current) is { } inner)
        {
            innermost = current;
            current = inner.WithoutConversions();
            levels++;
        }

        indexed = levels >= 2 ? innermost : null;
        return current switch
        {
            ILocalReferenceOperation { Local.Type: IArrayTypeSymbol or INamedTypeSymbol { SpecialType: SpecialType.None } } local => local,
            IMemberReferenceOperation { Instance: { } instance } when instance.WithoutConversions() is
                ILocalReferenceOperation or IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } => instance.WithoutConversions(),
            IMemberReferenceOperation when levels >= 2 => innermost,
            _ => null,
        };
    }

    private static IOperation? Inner(IOperation operation) => operation switch
    {
        IArrayElementReferenceOperation element => element.ArrayReference,
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } => instance,
        _ => null,
    };
}
