using System;
using System.Globalization;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>Formats numbers the same way in every message.</summary>
internal static class Numbers
{
    /// <summary>Plain decimals down to 1e-6 (0.97, 0.0015), scientific notation below (1E-08).</summary>
    public static string Format(double value) =>
        value != 0 && Math.Abs(value) < 1e-6
            ? value.ToString("0.###E+00", CultureInfo.InvariantCulture)
            : value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage: 0.97 → 97%.</summary>
    public static string Percent(double fraction) =>
        (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
