using System.Text.RegularExpressions;

namespace L2Analyzers.Samples.Tests.Diagnostics;

/// <summary>A warning or error as the build prints it: <c>path(line,column): warning ID: message [project]</c>.</summary>
internal sealed partial record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id)
{
    /// <summary>Every distinct diagnostic in a build's output (the console logger may print one more than once).</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output) =>
        Pattern().Matches(output)
            .Select(match => new BuildDiagnostic(
                Path.GetFileName(match.Groups["file"].Value),
                int.Parse(match.Groups["line"].Value),
                int.Parse(match.Groups["column"].Value),
                match.Groups["severity"].Value,
                match.Groups["id"].Value))
            .Distinct()
            .ToArray();

    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}";

    [GeneratedRegex(@"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>[A-Z][A-Z0-9]+):", RegexOptions.Multiline)]
    private static partial Regex Pattern();
}
