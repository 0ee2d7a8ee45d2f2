using L2Analyzers.Samples.Tests.Infrastructure;

namespace L2Analyzers.Samples.Tests.Overfitting;

/// <summary>One <c>--quick</c> run of the sample, shared by the tests that read its output and plots.</summary>
public sealed class QuickRun : IDisposable
{
    public QuickRun()
    {
        OutputDirectory = Directory.CreateTempSubdirectory("l2analyzers-overfitting-").FullName;
        Result = OverfittingSample.Run("--quick", "--out", OutputDirectory);
    }

    internal ProcessResult Result { get; }

    internal string OutputDirectory { get; }

    internal ResultsTables Tables => ResultsTables.Parse(Result.StandardOutput);

    public void Dispose()
    {
        try
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test run over it.
        }
    }
}
