using System.Reflection;
using L2Analyzers.Analyzers.Definitions;
using L2Analyzers.Diagnostics;
using L2Analyzers.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Generator.Tests.Contract;

/// <summary>Every definition rule is reported by the analyzer, documented, linked and tracked in the release file.</summary>
public class DefinitionRuleCatalogTests
{
    public static TheoryData<string> Ids => new(Descriptors().Select(d => d.Id));

    [Fact]
    public void Rule_ids_are_unique_and_numbered_L2G001_upward()
    {
        var ids = Descriptors().Select(d => d.Id).ToArray();

        Assert.Equal(Enumerable.Range(1, ids.Length).Select(i => $"L2G{i:000}"), ids.Order(StringComparer.Ordinal));
        Assert.Equal(
            typeof(DefinitionRuleIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal),
            ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_is_reported_by_the_definition_analyzer_and_documented(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);

        Assert.Contains(descriptor, new DefinitionAnalyzer().SupportedDiagnostics);
        Assert.Equal(L2Analyzers.Diagnostics.RuleIds.HelpUri(id), descriptor.HelpLinkUri);
        string page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md"));
        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
        string releases = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "L2Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}", releases, StringComparison.Ordinal);
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() => typeof(DefinitionDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!);
}
