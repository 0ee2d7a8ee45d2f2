using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;

namespace L2Analyzers.Analyzers.Tests.Fixes;

/// <summary>
/// What every code fix provider must do for Fix All to work in every client. <c>dotnet format analyzers</c> runs every
/// provider of a rule on one analysis made before any of them: a second provider of the same rule gets diagnostics whose
/// documents the first one changed, and fixes nothing there, and a provider with nothing to fix in a project prints
/// "Unable to fix". So one provider per rule, dispatching by site, and the package's Fix All (<c>KindFixAllProvider</c>).
/// </summary>
public class ProviderContractTests
{
    private static readonly CodeFixProvider[] Providers = typeof(CodeFixes.RemoveL2CodeFixProvider).Assembly.GetTypes()
        .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
        .ToArray();

    [Fact]
    public void Each_rule_is_fixed_by_one_provider()
    {
        var shared = Providers
            .SelectMany(provider => provider.FixableDiagnosticIds.Select(id => (Id: id, Provider: provider.GetType().Name)))
            .GroupBy(pair => pair.Id)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(pair => pair.Provider))}");

        Assert.Empty(shared);
    }

    [Fact]
    public void Every_provider_uses_the_packages_Fix_All()
    {
        var fixAll = new CodeFixes.RemoveL2CodeFixProvider().GetFixAllProvider();
        Assert.NotEmpty(Providers);
        Assert.All(Providers, provider => Assert.Same(fixAll, provider.GetFixAllProvider()));
    }
}
