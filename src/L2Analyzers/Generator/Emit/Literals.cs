using System.Globalization;

namespace L2Analyzers.Generator.Emit;

/// <summary>C# literals for the constants the emitted code carries.</summary>
internal static class Literals
{
    /// <summary>A round-trippable literal of <paramref name="value"/> typed as <paramref name="element"/> (float or double).</summary>
    public static string Number(double value, string element) => element == "float"
        ? ((float)value).ToString("R", CultureInfo.InvariantCulture) + "f"
        : value.ToString("R", CultureInfo.InvariantCulture) + "d";

    /// <summary>A round-trippable double literal without suffix, for <c>const double</c> members (<c>0.03</c>).</summary>
    public static string Double(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(new[] { '.', 'E' }) >= 0 ? text : text + ".0";
    }
}
