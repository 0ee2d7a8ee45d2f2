using System.Text.RegularExpressions;

namespace L2Analyzers.Diagnostics;

/// <summary>How messages quote code (<c>`w[i] *= 0.97`</c>) and names (<c>'hBiases'</c>): whitespace collapsed, shortened with … so a message keeps to 250 characters.</summary>
internal static class Quoted
{
    /// <summary>The longest code a message quotes.</summary>
    public const int MaxCode = 56;

    /// <summary>The longest name a message quotes.</summary>
    public const int MaxName = 40;

    /// <summary>The code in backticks, at most <see cref="MaxCode"/> characters.</summary>
    public static string Code(string code) => "`" + Shorten(Collapse(code), MaxCode) + "`";

    /// <summary>The name in single quotes, at most <see cref="MaxName"/> characters.</summary>
    public static string Name(string name) => "'" + Shorten(Collapse(name), MaxName) + "'";

    /// <summary>The code with every run of whitespace made one space.</summary>
    public static string Collapse(string code) => Regex.Replace(code, @"\s+", " ");

    /// <summary>The text, cut to <paramref name="max"/> characters with … when it is longer.</summary>
    public static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";
}
