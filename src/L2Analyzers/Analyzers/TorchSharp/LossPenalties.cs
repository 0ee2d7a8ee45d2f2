using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>
/// Recognizes an L2 penalty written into the loss by hand over every parameter of a module:
/// <c>foreach (var p in model.parameters()) l2 = l2 + p.pow(2).sum();</c> (also <c>(p * p).sum()</c>, <c>p.square().sum()</c>,
/// with <c>+=</c>). Biases and normalization parameters are penalized with the weights.
/// </summary>
internal static class LossPenalties
{
    /// <summary>The collection of a loop that sums the squares of all of a module's parameters, or null.</summary>
    public static IOperation? OverAllParameters(IForEachLoopOperation loop, TorchSharpSymbols symbols)
    {
        if (loop.LoopControlVariable is not IVariableDeclaratorOperation { Symbol: var variable } || ParameterSelection.Of(loop.Collection, symbols).Kind != SelectionKind.AllOfAModule)
        {
            return null;
        }

        foreach (var operation in loop.Body.DescendantsAndSelf())
        {
            if (operation is IAssignmentOperation assignment && IsAccumulation(assignment) && SumsSquaresOf(assignment.Value, variable))
            {
                return loop.Collection.WithoutImplicitConversions();
            }
        }

        return null;
    }

    /// <summary><c>s += x</c>, or <c>s = s + x</c>.</summary>
    private static bool IsAccumulation(IAssignmentOperation assignment) => assignment switch
    {
        ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } => true,
        ISimpleAssignmentOperation { Target: ILocalReferenceOperation target, Value: var value } =>
            value.WithoutNumericConversions() is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum &&
            (IsLocal(sum.LeftOperand, target.Local) || IsLocal(sum.RightOperand, target.Local)),
        _ => false,
    };

    private static bool SumsSquaresOf(IOperation value, ILocalSymbol variable)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "sum", Instance: { } summed } && IsSquareOf(summed, variable))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSquareOf(IOperation operation, ILocalSymbol variable) => operation.WithoutNumericConversions() switch
    {
        IInvocationOperation { TargetMethod.Name: "pow", Instance: { } instance, Arguments: [var exponent] } =>
            IsLocal(instance, variable) && ConstantValues.Evaluate(exponent.Value.WithoutImplicitConversions()) == 2,
        IInvocationOperation { TargetMethod.Name: "square", Instance: { } instance } => IsLocal(instance, variable),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product =>
            IsLocal(product.LeftOperand, variable) && IsLocal(product.RightOperand, variable),
        _ => false,
    };

    private static bool IsLocal(IOperation operation, ILocalSymbol local) =>
        operation.WithoutImplicitConversions().WithoutNumericConversions() is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);
}
