using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>Follows a local to the value it was initialized with, as long as nothing in its body can change it.</summary>
internal static class LocalInitializers
{
    /// <summary>
    /// The initializer of the local <paramref name="reference"/> reads, or null when it has none or any code in the
    /// same body writes it (assignment, ++/--, ref or out argument, address-of, ref alias, lambda).
    /// </summary>
    public static IOperation? ValueIfNeverWritten(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.RefKind != RefKind.None)
        {
            return null;
        }

        IOperation? initializer = null;
        foreach (var operation in reference.Root().DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    initializer = declarator.Initializer?.Value;
                    break;
                case ILocalReferenceOperation use when SymbolEqualityComparer.Default.Equals(use.Local, local) && IsWrite(use):
                    return null;
            }
        }

        return initializer;
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
