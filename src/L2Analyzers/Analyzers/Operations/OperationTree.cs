using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>Navigation helpers over the operation tree of one body.</summary>
internal static class OperationTree
{
    /// <summary>The outermost operation of the body (method, accessor, initializer) that contains <paramref name="operation"/>.</summary>
    public static IOperation Root(this IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }
}
