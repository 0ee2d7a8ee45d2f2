using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>Follows a local to the one value it is ever given, as long as nothing else in its body can change it.</summary>
internal static class LocalValues
{
    /// <summary>
    /// The one value the local <paramref name="reference"/> reads can hold: its initializer when no code in the same body
    /// writes it again, or, for a local declared without one, the value of its only write when that is a plain
    /// assignment (C# requires the write before any read). Null when it is written otherwise (compound assignment,
    /// ++/--, ref or out argument, address-of, ref alias, deconstruction) or more than once.
    /// </summary>
    public static IOperation? SingleValue(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.RefKind != RefKind.None)
        {
            return null;
        }

        IOperation? value = null;
        int writes = 0;
        foreach (var operation in reference.Root().DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) &&
                    declarator.Initializer is { } initializer:
                    value = initializer.Value;
                    writes++;
                    break;
                case ILocalReferenceOperation use when SymbolEqualityComparer.Default.Equals(use.Local, local) && IsWrite(use):
                    value = use.Parent is ISimpleAssignmentOperation { IsRef: false } assignment && ReferenceEquals(assignment.Target, use)
                        ? assignment.Value
                        : null;
                    writes++;
                    if (value is null)
                    {
                        return null;
                    }

                    break;
            }
        }

        return writes == 1 ? value : null;
    }

    private static bool IsWrite(ILocalReferenceOperation use)
    {
        IOperation child = use;
        var parent = use.Parent;
        while (parent is ITupleOperation)
        {
            child = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IAssignmentOperation assignment => ReferenceEquals(assignment.Target, child),
            IIncrementOrDecrementOperation => true,
            IAddressOfOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.RefKind != RefKind.None,
            _ => false,
        };
    }
}
