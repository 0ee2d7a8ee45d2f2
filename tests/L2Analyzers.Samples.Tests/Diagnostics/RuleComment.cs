using System.Text.RegularExpressions;

namespace L2Analyzers.Samples.Tests.Diagnostics;

/// <summary>A line of a tour's source that says which rule it demonstrates: <c>... // L2R001: why</c>.</summary>
internal sealed partial record RuleComment(string File, int Line, string Id)
{
    /// <summary>Every rule comment in the C# files of <paramref name="directory"/>.</summary>
    public static IReadOnlyList<RuleComment> Find(string directory) =>
        Directory.GetFiles(directory, "*.cs")
            .SelectMany(path => System.IO.File.ReadLines(path).Select((text, index) => (File: Path.GetFileName(path), Line: index + 1, Match: Pattern().Match(text))))
            .Where(line => line.Match.Success)
            .Select(line => new RuleComment(line.File, line.Line, line.Match.Groups["id"].Value))
            .ToArray();

    public override string ToString() => $"{File}({Line}): {Id}";

    // A comment that starts with a rule ID, after code on the same line.
    [GeneratedRegex(@"\S.*// (?<id>L2[RG]\d{3})\b")]
    private static partial Regex Pattern();
}
