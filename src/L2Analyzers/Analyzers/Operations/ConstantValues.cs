using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>
/// Numbers known at compile time: literals, consts, arithmetic on them, locals initialized with such a number and never
/// written again (<c>var decay = 0.97;</c>) and <c>static readonly</c> fields initialized with a constant (see
/// <see cref="StaticReadonlyConstants"/>). Anything else — parameters, other fields, reassigned locals — is unknown.
/// </summary>
internal static class ConstantValues
{
    private const int MaxDepth = 8;

    /// <summary>The value of a numeric expression, or null when it is not known at compile time.</summary>
    public static double? Evaluate(IOperation operation) => Evaluate(operation, 0);

    private static double? Evaluate(IOperation operation, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        operation = LinearTerms.Unwrap(operation.WithoutImplicitConversions());
        if (operation.ConstantValue.HasValue)
        {
            return ToDouble(operation.ConstantValue.Value);
        }

        switch (operation)
        {
            case ILocalReferenceOperation local:
                return LocalInitializers.ValueIfNeverWritten(local) is { } initializer ? Evaluate(initializer, depth + 1) : null;

            case IFieldReferenceOperation field:
                return StaticReadonlyConstants.ValueOf(field.Field);

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
