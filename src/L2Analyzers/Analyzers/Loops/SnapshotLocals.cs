using L2Analyzers.Analyzers.Operations;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// A local that holds a copy of the parameter being updated: <c>double old = b[j]; b[j] -= lr * g[j] + lr * wd * old;</c>
/// decays <c>b[j]</c> as surely as writing <c>b[j]</c> itself.
/// </summary>
internal static class SnapshotLocals
{
    /// <summary>Whether <paramref name="operation"/> reads a local initialized with <paramref name="target"/> and never written.</summary>
    public static bool IsSnapshotOf(IOperation operation, IOperation target) =>
        operation is ILocalReferenceOperation local &&
        LocalValues.SingleValue(local) is { } value &&
        value.WithoutNumericConversions() is var copied &&
        copied.Kind == target.Kind &&
        SyntaxFactory.AreEquivalent(copied.Syntax, target.Syntax);
}
