using System.Reflection;
using System.Text.RegularExpressions;
using L2Analyzers.Conventions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using L2Analyzers.Tests.Shared;

namespace L2Analyzers.Analyzers.Tests.Documentation;

public class RuleDocumentationTests
{
    private static readonly string Root = RepositoryPaths.Root;

    private static readonly DiagnosticDescriptor[] Reported = typeof(L2AttributeAnalyzer).Assembly.GetTypes()
        .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
        .DistinctBy(descriptor => descriptor.Id)
        .ToArray();

    private static readonly HashSet<string> Fixable = typeof(CodeFixes.RemoveL2CodeFixProvider).Assembly.GetTypes()
        .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .SelectMany(type => ((CodeFixProvider)Activator.CreateInstance(type)!).FixableDiagnosticIds)
        .ToHashSet();

    /// <summary>Every descriptor any analyzer in the package reports.</summary>
    public static TheoryData<string> ReportedRules()
    {
        return new TheoryData<string>(Reported.Select(descriptor => descriptor.Id).Order());
    }

    [Theory]
    [MemberData(nameof(ReportedRules))]
    public void Every_reported_rule_links_to_its_page_and_the_page_exists(string id)
    {
        var descriptor = Descriptor(id);
        const string prefix = RepositoryInfo.Url + "/blob/main/";
        Assert.StartsWith(prefix, descriptor.HelpLinkUri, StringComparison.Ordinal);
        string relative = descriptor.HelpLinkUri[prefix.Length..];
        Assert.Equal($"docs/rules/{id}.md", relative);

        string page = File.ReadAllText(Path.Combine(Root, relative));
        Assert.StartsWith($"# {id}: ", page, StringComparison.Ordinal);
        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Category | {descriptor.Category} |", page, StringComparison.Ordinal);
        // Convention rules (L2R) explain equivalences and thresholds; definition rules (L2G) only what to change.
        string[] sections = id.StartsWith("L2R", StringComparison.Ordinal)
            ? ["## Why it matters", "## Wrong", "## Right", "## Equivalences", "## Configuration"]
            : ["## Why it matters", "## Wrong", "## Right"];
        foreach (var section in sections)
        {
            Assert.Contains(section, page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ReportedRules))]
    public void The_code_fix_row_says_No_exactly_when_no_code_fix_provider_fixes_the_rule(string id)
    {
        string page = File.ReadAllText(Path.Combine(Root, "docs", "rules", id + ".md"));
        var row = Regex.Match(page, @"^\| Code fix \| (?<text>.*) \|$", RegexOptions.Multiline);
        if (!row.Success)
        {
            Assert.False(Fixable.Contains(id), $"{id} has a code fix, but its page has no '| Code fix |' row saying where.");
            return;
        }

        Assert.Equal(Fixable.Contains(id), !row.Groups["text"].Value.StartsWith("No", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ReportedRules))]
    public void Every_reported_rule_is_in_the_configuration_table(string id)
    {
        var descriptor = Descriptor(id);
        string configuration = File.ReadAllText(Path.Combine(Root, "docs", "configuration.md"));
        Assert.Contains($"| [{id}](rules/{id}.md) | {descriptor.DefaultSeverity} |", configuration, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_threshold_key_is_documented_with_its_default()
    {
        string configuration = File.ReadAllText(Path.Combine(Root, "docs", "configuration.md"));
        string rule = File.ReadAllText(Path.Combine(Root, "docs", "rules", "L2R001.md"));
        foreach (var mode in Modes.All)
        {
            string key = SuspicionThresholds.Key(mode);
            Assert.Contains($"| `{key}` | {SuspicionThresholds.DefaultThreshold} |", configuration, StringComparison.Ordinal);
            Assert.Contains($"{key} = {SuspicionThresholds.DefaultThreshold}", rule, StringComparison.Ordinal);
        }

        string limit = SuspicionThresholds.MaxDecayPerStepKey;
        string limitDefault = SuspicionThresholds.DefaultMaxDecayPerStep.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"| `{limit}` | {limitDefault} |", configuration, StringComparison.Ordinal);
        Assert.Contains($"{limit} = {limitDefault}", rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_links_between_pages_resolve()
    {
        var pages = Directory.GetFiles(Path.Combine(Root, "docs", "rules"), "L2R*.md").Append(Path.Combine(Root, "docs", "configuration.md"));
        foreach (var page in pages)
        {
            foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(page), @"\]\(([^)#:]+\.md)(#[^)]*)?\)"))
            {
                string target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, link.Groups[1].Value));
                Assert.True(File.Exists(target), $"{Path.GetFileName(page)} links to missing {link.Groups[1].Value}");
            }
        }
    }

    private static DiagnosticDescriptor Descriptor(string id) => Reported.Single(descriptor => descriptor.Id == id);
}
