using L2Analyzers.Tests.Shared;

namespace L2Analyzers.Samples.Tests.Diagnostics;

/// <summary>The two tours together demonstrate every rule that has a page under docs/rules.</summary>
public sealed class TourCoverageTests
{
    [Fact]
    public void EveryDocumentedRuleHasAnInstanceInTheTours()
    {
        var documented = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs", "rules"), "L2*.md").Select(Path.GetFileNameWithoutExtension).Order();
        var demonstrated = new[] { "Diagnostics", "Diagnostics.TorchSharp" }
            .SelectMany(tour => RuleComment.Find(Path.Combine(RepositoryPaths.Root, "samples", tour)))
            .Select(comment => comment.Id)
            .Distinct()
            .Order();

        Assert.Equal(documented, demonstrated);
    }
}
