using L2Analyzers.Tests.Shared;

namespace L2Analyzers.Samples.Tests.Diagnostics;

/// <summary>samples/Diagnostics: every rule of the package, once, exactly where its comment says.</summary>
public sealed class DiagnosticsTourTests(DiagnosticsTourBuild build) : IClassFixture<DiagnosticsTourBuild>
{
    [Fact]
    public void BuildsWithWarningsOnly()
    {
        Assert.True(build.Result.ExitCode == 0, build.Result.ToString());
        Assert.NotEmpty(build.Diagnostics);
        Assert.All(build.Diagnostics, diagnostic => Assert.Equal("warning", diagnostic.Severity));
    }

    [Fact]
    public void EveryRuleAppearsExactlyAtItsCommentedLineAndNowhereElse()
    {
        var expected = RuleComment.Find(build.SourceDirectory).Select(comment => comment.ToString()).Order().ToArray();
        var reported = build.Diagnostics.Select(d => new RuleComment(d.File, d.Line, d.Id).ToString()).Order().ToArray();

        Assert.True(
            expected.SequenceEqual(reported),
            $"Commented but not reported: {string.Join(", ", expected.Except(reported))}\n" +
            $"Reported but not commented: {string.Join(", ", reported.Except(expected))}\n{build.Result}");
    }

    [Fact]
    public void DemonstratesEveryDocumentedRuleOnce()
    {
        var documented = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs", "rules"), "L2*.md").Select(Path.GetFileNameWithoutExtension).Order();
        var demonstrated = RuleComment.Find(build.SourceDirectory).Select(comment => comment.Id).Order();

        Assert.Equal(documented, demonstrated);
    }
}
