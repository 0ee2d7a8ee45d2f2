using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared.Roles;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// Recognizes an L2 penalty summed into the loss by hand: <c>penalty += b[j] * b[j]</c>, <c>reg = reg + Math.Pow(b[j], 2)</c>,
/// into a variable whose name says penalty or regularization. A sum of squares into anything else (a norm) is not a penalty.
/// </summary>
internal static class LossPenaltyTerms
{
    /// <summary>The parameter whose square the assignment accumulates into a penalty, or null.</summary>
    public static ParameterReference? SquaredParameter(IAssignmentOperation assignment)
    {
        if (!ParameterReference.TryRead(assignment.Target, out var sum) || !sum.Indices.IsEmpty ||
            !VariableNames.SuggestsRegularization(sum.Variable.Name) || Added(assignment) is not { } added)
        {
            return null;
        }

        foreach (var operation in added.DescendantsAndSelf())
        {
            var squared = operation switch
            {
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product
                    when product.LeftOperand.WithoutNumericConversions() is var left && product.RightOperand.WithoutNumericConversions() is var right &&
                         left.Kind == right.Kind && SyntaxFactory.AreEquivalent(left.Syntax, right.Syntax) => left,
                IInvocationOperation { TargetMethod: { Name: "Pow", ContainingType.Name: "Math" or "MathF" }, Arguments: [var x, var power] }
                    when ConstantValues.Evaluate(power.Value) == 2 => x.Value.WithoutNumericConversions(),
                _ => null,
            };
            if (squared is not null && ParameterReference.TryRead(squared, out var parameter))
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>What <c>s += x</c> or <c>s = s + x</c> adds to <c>s</c>.</summary>
    private static IOperation? Added(IAssignmentOperation assignment) => assignment switch
    {
        ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound => compound.Value,
        ISimpleAssignmentOperation { Value: var value } when value.WithoutNumericConversions() is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum =>
            IsTarget(sum.LeftOperand, assignment.Target) ? sum.RightOperand : IsTarget(sum.RightOperand, assignment.Target) ? sum.LeftOperand : null,
        _ => null,
    };

    private static bool IsTarget(IOperation operation, IOperation target) =>
        operation.WithoutNumericConversions() is var unwrapped && unwrapped.Kind == target.Kind && SyntaxFactory.AreEquivalent(unwrapped.Syntax, target.Syntax);
}
