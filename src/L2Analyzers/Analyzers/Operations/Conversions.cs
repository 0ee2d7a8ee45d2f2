using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>The one place that looks through conversions, in the three strengths the analyzers need.</summary>
internal static class Conversions
{
    /// <summary>Looks through every conversion, explicit casts included: the value as created (<c>(IOptimizer)new AdamOptimizer()</c>).</summary>
    public static IOperation WithoutConversions(this IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>Looks through numeric and identity conversions, which casts and mixed float/double code add everywhere.</summary>
    public static IOperation WithoutNumericConversions(this IOperation operation)
    {
        while (operation is IConversionOperation conversion && (conversion.Conversion.IsNumeric || conversion.Conversion.IsIdentity))
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>Looks through implicit conversions only (<c>Parameter[]</c> passed as <c>IEnumerable&lt;Parameter&gt;</c>).</summary>
    public static IOperation WithoutImplicitConversions(this IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
