using System;
using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Analyzers.Operations;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// Recognizes a hand-written adaptive optimizer (Adam, RMSProp, Adagrad) around a gradient: the same body accumulates
/// the square of that gradient (<c>v[i] = β₂·v[i] + (1 − β₂)·g[i]·g[i]</c>, <c>cache[i] += g[i] * g[i]</c>) and divides by a
/// square root (<c>m[i] / (Math.Sqrt(v[i]) + ε)</c>). A penalty added to that gradient is divided by the running RMS too.
/// </summary>
internal static class AdaptiveScaling
{
    /// <summary>
    /// The adaptive optimizer the body of <paramref name="gradient"/> implements around it, or null: Adagrad when it adds the
    /// squared gradient up (<c>cache[i] += g[i] * g[i]</c>), Adam when it also keeps a running average of the gradient
    /// itself, RMSProp otherwise. Only with a division by a square root in the same body.
    /// </summary>
    /// <param name="gradient">The gradient as written (<c>grads[i]</c>), or the declarator of a local that holds it (<c>var g = …</c>).</param>
    public static string? Optimizer(IOperation gradient)
    {
        Func<IOperation, bool> isGradient = gradient is IVariableDeclaratorOperation declarator
            ? operation => operation.WithoutNumericConversions() is ILocalReferenceOperation local &&
                SymbolEqualityComparer.Default.Equals(local.Local, declarator.Symbol)
            : operation => IsSame(operation, gradient);
        IAssignmentOperation? squared = null;
        bool firstMoment = false;
        bool divided = false;
        foreach (var operation in gradient.Root().Descendants())
        {
            switch (operation)
            {
                case IAssignmentOperation assignment when IsRunningStatistic(assignment) && !isGradient(assignment.Target):
                    if (SquaresOf(assignment.Value, isGradient))
                    {
                        squared ??= assignment;
                    }
                    else if (LinearTerms.Contains(assignment.Value, isGradient))
                    {
                        firstMoment = true;
                    }

                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division when !divided:
                    divided = HasSquareRoot(division.RightOperand);
                    break;
            }
        }

        return squared is null || !divided ? null
            : squared is ICompoundAssignmentOperation ? "Adagrad"
            : firstMoment ? "Adam"
            : "RMSProp";
    }

    /// <summary><c>s += …</c> or <c>s = … s …</c>: a statistic that keeps its past.</summary>
    private static bool IsRunningStatistic(IAssignmentOperation assignment) => assignment switch
    {
        ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } => true,
        ISimpleAssignmentOperation simple => LinearTerms.Contains(
            simple.Value, operation => operation.Kind == simple.Target.Kind && SyntaxFactory.AreEquivalent(operation.Syntax, simple.Target.Syntax)),
        _ => false,
    };

    private static bool SquaresOf(IOperation value, Func<IOperation, bool> isGradient)
    {
        var terms = LinearTerms.Expand(value, isGradient);
        foreach (var term in terms.IsDefault ? ImmutableArray<Term>.Empty : terms)
        {
            if (term.Factors.Count(factor => !factor.Reciprocal && isGradient(factor.Operation)) == 2)
            {
                return true;
            }
        }

        foreach (var operation in value.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IInvocationOperation { TargetMethod.Name: "Pow", Arguments: [var x, var power] }
                    when isGradient(x.Value) && ConstantValues.Evaluate(power.Value) == 2:
                    return true;
            }
        }

        return false;
    }

    private static bool IsSame(IOperation operation, IOperation gradient) =>
        operation.WithoutNumericConversions() is var unwrapped && unwrapped.Kind == gradient.Kind &&
        SyntaxFactory.AreEquivalent(unwrapped.Syntax, gradient.Syntax);

    private static bool HasSquareRoot(IOperation divisor)
    {
        foreach (var operation in divisor.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation { TargetMethod: { Name: "Sqrt", ContainingType.Name: "Math" or "MathF" } } or
                IInvocationOperation { TargetMethod.Name: "Pow", Arguments: [_, { Value.ConstantValue: { HasValue: true, Value: 0.5 or 0.5f } }] })
            {
                return true;
            }
        }

        return false;
    }
}
