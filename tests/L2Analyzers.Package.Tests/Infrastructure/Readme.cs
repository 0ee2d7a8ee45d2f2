using System.Text.RegularExpressions;

namespace L2Analyzers.Package.Tests.Infrastructure;

/// <summary>The repository's README.md, read as a user reads it: sections and their fenced code blocks.</summary>
internal static partial class Readme
{
    private static readonly string Text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");

    /// <summary>The fenced code blocks of the section headed <c>## <paramref name="heading"/></c>, in order.</summary>
    public static IReadOnlyList<CodeBlock> Blocks(string heading) =>
        Fence().Matches(Section(heading)).Select(match => new CodeBlock(match.Groups["language"].Value, match.Groups["code"].Value)).ToArray();

    /// <summary>The text of the section headed <c>## <paramref name="heading"/></c> outside its code blocks, each run of white space one space.</summary>
    public static string Prose(string heading) => Whitespace().Replace(Fence().Replace(Section(heading), " "), " ");

    private static string Section(string heading)
    {
        int start = Text.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no section '## {heading}'.");
        int end = Text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return Text[start..(end < 0 ? Text.Length : end)];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^```(?<language>\w*)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}

/// <summary>A fenced code block: its language tag and its text (ending with a line break).</summary>
internal sealed record CodeBlock(string Language, string Code);
