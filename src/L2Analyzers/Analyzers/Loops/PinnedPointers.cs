using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Analyzers.Operations;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// Reads an element through a pointer pinned with <c>fixed</c> as an element of the pinned array:
/// in <c>fixed (double* p = hBiases) { p[i] -= l2 * p[i]; }</c>, <c>p[i]</c> is <c>hBiases[i]</c>. Only a <c>fixed</c>
/// local counts (it cannot be reassigned); a pointer from anywhere else is not followed.
/// </summary>
internal static class PinnedPointers
{
    /// <summary>The pinned array variable and the indices of <c>p[i]</c> or <c>*p</c>, or false for anything else.</summary>
    public static bool TryRead(IOperation operation, out ISymbol? array, out ImmutableArray<IOperation> indices)
    {
        array = null;
        indices = ImmutableArray<IOperation>.Empty;

        // The compiler has no public operation for pointer element access or indirection: they are OperationKind.None
        // with the pointer (and the index) as children.
        if (operation.Kind != OperationKind.None || operation.Type is null or IPointerTypeSymbol ||
            operation.ChildOperations.FirstOrDefault() is not ILocalReferenceOperation { Local: { IsFixed: true } pointer })
        {
            return false;
        }

        array = PinnedArray(pointer, operation.Root());
        indices = operation.ChildOperations.Skip(1).ToImmutableArray();
        return array is not null;
    }

    private static ISymbol? PinnedArray(ILocalSymbol pointer, IOperation root)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (operation is IVariableDeclaratorOperation { Initializer.Value: { } value } declarator &&
                SymbolEqualityComparer.Default.Equals(declarator.Symbol, pointer))
            {
                return ArrayOf(value);
            }
        }

        return null;
    }

    /// <summary>The array behind <c>= array</c> or <c>= &amp;array[0]</c>.</summary>
    private static ISymbol? ArrayOf(IOperation value)
    {
        var current = value;
        while (current.Kind == OperationKind.None && current.ChildOperations.Count == 1)
        {
            current = current.ChildOperations.First();
        }

        if (current is IAddressOfOperation { Reference: IArrayElementReferenceOperation element })
        {
            current = element.ArrayReference;
        }

        return current.WithoutImplicitConversions() switch
        {
            IFieldReferenceOperation { Type: IArrayTypeSymbol } field => field.Field,
            ILocalReferenceOperation { Type: IArrayTypeSymbol } local => local.Local,
            IParameterReferenceOperation { Type: IArrayTypeSymbol } parameter => parameter.Parameter,
            IPropertyReferenceOperation { Type: IArrayTypeSymbol } property => property.Property,
            _ => null,
        };
    }
}
