using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>
/// The one constant evaluator of the analyzers. Numbers known at compile time: literals, consts, enum members,
/// arithmetic on them, locals given such a number once (<c>var decay = 0.97;</c>, see <see cref="LocalValues"/>) and
/// <c>readonly</c> fields, static or instance, initialized with a constant and not assigned in a constructor (see
/// <see cref="ReadonlyFieldConstants"/>). Anything else — parameters, other fields, reassigned locals — is unknown.
/// </summary>
internal static class ConstantValues
{
    private const int MaxDepth = 8;

    /// <summary>The value of a numeric expression, or null when it is not known at compile time (or is null).</summary>
    public static double? Evaluate(IOperation? operation) => operation is null ? null : Evaluate(operation, 0);

    /// <summary>The value of an integral or enum expression (<c>L2Mode.WeightDecay</c> is 2), or null when it is not known.</summary>
    public static int? Integer(IOperation? operation) =>
        Evaluate(operation) is { } value && value == System.Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : null;

    private static double? Evaluate(IOperation operation, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        operation = operation.WithoutImplicitConversions().WithoutNumericConversions();
        if (operation.ConstantValue.HasValue)
        {
            return ToDouble(operation.ConstantValue.Value);
        }

        switch (operation)
        {
            case ILocalReferenceOperation local:
                return LocalValues.SingleValue(local) is { } value ? Evaluate(value, depth + 1) : null;

            case IFieldReferenceOperation field:
                return ReadonlyFieldConstants.ValueOf(field.Field);

            case IBinaryOperation { OperatorMethod: null } binary:
                var left = Evaluate(binary.LeftOperand, depth + 1);
                var right = left is null ? null : Evaluate(binary.RightOperand, depth + 1);
                return left is null || right is null ? null : Fold(binary.OperatorKind, left.Value, right.Value);

            case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus } negation:
                return -Evaluate(negation.Operand, depth + 1);

            case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Plus } plus:
                return Evaluate(plus.Operand, depth + 1);

            default:
                return null;
        }
    }

    private static double? Fold(BinaryOperatorKind kind, double left, double right) => kind switch
    {
        BinaryOperatorKind.Add => left + right,
        BinaryOperatorKind.Subtract => left - right,
        BinaryOperatorKind.Multiply => left * right,
        BinaryOperatorKind.Divide => left / right,
        _ => null,
    };

    private static double? ToDouble(object? value) => value switch
    {
        double d => d,
        float f => Conventions.Numbers.FromSingle(f),
        decimal m => (double)m,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        uint ui => ui,
        ulong ul => ul,
        ushort us => us,
        _ => null,
    };
}
