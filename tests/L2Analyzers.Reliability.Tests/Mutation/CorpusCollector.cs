using System.Text.RegularExpressions;
using L2Analyzers.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Reliability.Tests.Mutation;

/// <summary>
/// Collects every C# input the other tests feed to the analyzers and the generator (the string literals
/// in their test files, with verifier markup removed) and the samples' source files.
/// </summary>
internal static partial class CorpusCollector
{
    /// <summary>
    /// One input per shape: inputs whose tokens are the same but for the values of literals and for trivia (theory
    /// cases that differ in a lambda, the same snippet in several tests) take the same paths through the parser,
    /// the analyzers and the generator when mutated, so only the first is kept.
    /// </summary>
    public static IReadOnlyList<CorpusItem> CollectDistinctShapes() => Collect().DistinctBy(item => Shape(item.Source)).ToArray();

    /// <summary>The token sequence of <paramref name="source"/> with literal values replaced by their kind.</summary>
    public static string Shape(string source) => string.Join(' ', CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens()
        .Select(token => token.Kind() is SyntaxKind.NumericLiteralToken or SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken
            ? token.Kind().ToString()
            : token.Text));

    public static IReadOnlyList<CorpusItem> Collect()
    {
        var items = new List<CorpusItem>();
        foreach (var file in SourceFiles("tests").Where(f => !f.Contains("L2Analyzers.Reliability.Tests", StringComparison.Ordinal)))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            int index = 0;
            foreach (var literal in root.DescendantNodes().Where(n => n is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax))
            {
                string? text = LiteralText(literal);
                if (text is not null && LooksLikeInput(text))
                {
                    items.Add(new CorpusItem($"{Path.GetRelativePath(RepositoryPaths.Root, file)}#{index++}", RemoveMarkup(text)));
                }
            }
        }

        foreach (var file in SourceFiles("samples"))
        {
            items.Add(new CorpusItem(Path.GetRelativePath(RepositoryPaths.Root, file), File.ReadAllText(file)));
        }

        return items;
    }

    /// <summary>Every .cs file under a top-level folder, build output excluded.</summary>
    public static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string? LiteralText(SyntaxNode literal) => literal switch
    {
        LiteralExpressionSyntax { Token.Value: string value } => value,
        // Interpolations stand for lambdas and the like in theory tests: put a plausible constant there.
        InterpolatedStringExpressionSyntax interpolated => string.Concat(interpolated.Contents.Select(c => c switch
        {
            InterpolatedStringTextSyntax text => text.TextToken.ValueText,
            _ => "0.97",
        })),
        _ => null,
    };

    private static bool LooksLikeInput(string text) =>
        text.Length > 40 && (text.Contains("L2Analyzers", StringComparison.Ordinal) || text.Contains("TorchSharp", StringComparison.Ordinal) || text.Contains("class ", StringComparison.Ordinal));

    private static string RemoveMarkup(string text) => Markup().Replace(text, string.Empty);

    [GeneratedRegex(@"\{\|[A-Za-z0-9]+:|\|\}|\[\||\|\]")]
    private static partial Regex Markup();
}

/// <summary>One C# input and where it came from.</summary>
internal sealed record CorpusItem(string Origin, string Source);
