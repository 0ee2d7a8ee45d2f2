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
    public static string? Optimizer(IOperation gradient)
    {
        IAssignmentOperation? squared = null;
        bool firstMoment = false;
        bool divided = false;
        foreach (var operation in gradient.Root().Descendants())
        {
            switch (operation)
            {
                case IAssignmentOperation assignment when IsRunningStatistic(assignment) && !IsSame(assignment.Target, gradient):
                    if (SquaresOf(assignment.Value, gradient))
                    {
                        squared ??= assignment;
                    }
                    else if (LinearTerms.Contains(assignment.Value, operation => IsSame(operation, gradient)))
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

    private static bool SquaresOf(IOperation value, IOperation gradient)
    {
        bool IsGradient(IOperation operation) => IsSame(operation, gradient);

        var terms = LinearTerms.Expand(value, IsGradient);
        foreach (var term in terms.IsDefault ? ImmutableArray<Term>.Empty : terms)
        {
            if (term.Factors.Count(factor => !factor.Reciprocal && IsGradient(factor.Operation)) == 2)
            {
                return true;
            }
        }

        foreach (var operation in value.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IInvocationOperation { TargetMethod.Name: "Pow", Arguments: [var x, var power] }
                    when IsGradient(x.Value) && ConstantValues.Evaluate(power.Value) == 2:
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
