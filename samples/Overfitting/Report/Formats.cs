using System.Globalization;

namespace Overfitting.Report;

/// <summary>How the sample writes numbers: invariant culture, so the output reads the same on every machine.</summary>
internal static class Formats
{
    /// <summary>A lambda or learning rate, with up to four significant digits.</summary>
    public static string Lambda(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage with one decimal.</summary>
    public static string Percent(double? fraction) => fraction is { } f ? (f * 100).ToString("F1", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A loss or a weight magnitude with three decimals.</summary>
    public static string Value(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>A tiny difference in scientific notation.</summary>
    public static string Difference(double value) => value.ToString("0.0E+0", CultureInfo.InvariantCulture);
}
