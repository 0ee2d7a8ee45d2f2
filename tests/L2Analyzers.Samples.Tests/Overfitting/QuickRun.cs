using L2Analyzers.Samples.Tests.Infrastructure;

namespace L2Analyzers.Samples.Tests.Overfitting;

/// <summary>One <c>--quick</c> run of the sample, shared by the tests that read its output and plots.</summary>
public sealed class QuickRun : IDisposable
{
    private readonly TempDirectory output = new("l2analyzers-overfitting-");

    public QuickRun()
    {
        Result = OverfittingSample.Run("--quick", "--out", OutputDirectory);
    }

    internal ProcessResult Result { get; }

    internal string OutputDirectory => output.Path;

    internal ResultsTables Tables => ResultsTables.Parse(Result.StandardOutput);

    public void Dispose() => output.Dispose();
}
