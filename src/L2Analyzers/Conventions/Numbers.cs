using System;
using System.Globalization;

namespace L2Analyzers.Conventions;

/// <summary>How lambdas, learning rates and fractions are written in messages and in code fixes.</summary>
internal static class Numbers
{
    /// <summary>
    /// A value with at most 10 significant digits, so binary noise disappears (1 − 0.97 is written 0.03),
    /// in invariant culture; tiny and huge values use an exponent (1e-7).
    /// </summary>
    public static string Format(double value) => Format(value, 10);

    /// <summary>A fraction as a percentage with at most 4 significant digits: 0.0485 is written 4.85%.</summary>
    public static string Percent(double fraction) => Format(fraction * 100, 4) + "%";

    /// <summary>A C# double literal for <paramref name="value"/>, as <see cref="Format(double)"/> writes it (never an int literal).</summary>
    public static string Literal(double value)
    {
        string text = Format(value);
        return text.IndexOfAny(['.', 'e']) >= 0 ? text : text + ".0";
    }

    /// <summary>The double a float constant was written as: 0.97f reads 0.97, not 0.9700000286.</summary>
    public static double FromSingle(float value) =>
        double.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Format(double value, int digits)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "−∞";
        }

        string text = value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int exponent = text.IndexOf('E');
        if (exponent < 0)
        {
            return text;
        }

        int power = int.Parse(text.Substring(exponent + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return text.Substring(0, exponent) + "e" + power.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Whether two values print the same, so a conversion that changes nothing keeps the user's expression.</summary>
    public static bool SameWhenWritten(double left, double right) =>
        string.Equals(Format(left), Format(right), StringComparison.Ordinal);
}
