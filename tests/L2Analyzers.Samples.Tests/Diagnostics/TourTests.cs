namespace L2Analyzers.Samples.Tests.Diagnostics;

/// <summary>A diagnostics tour builds, and reports each rule exactly on the line whose comment names it, and nothing else.</summary>
public abstract class TourTests<TBuild>(TBuild build)
    where TBuild : TourBuild
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
}

/// <summary>samples/Diagnostics.</summary>
public sealed class DiagnosticsTourTests(DiagnosticsTourBuild build) : TourTests<DiagnosticsTourBuild>(build), IClassFixture<DiagnosticsTourBuild>;

/// <summary>samples/Diagnostics.TorchSharp.</summary>
public sealed class TorchSharpTourTests(TorchSharpTourBuild build) : TourTests<TorchSharpTourBuild>(build), IClassFixture<TorchSharpTourBuild>;
