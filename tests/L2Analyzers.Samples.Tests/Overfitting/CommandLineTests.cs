using L2Analyzers.Samples.Tests.Infrastructure;

namespace L2Analyzers.Samples.Tests.Overfitting;

/// <summary>The sample's command line: bad input gets a clear message, the usage and exit code 2, before any training.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("Unknown option '--bogus'.", "--bogus")]
    [InlineData("Unknown option 'extra'.", "--quick", "extra")]
    [InlineData("--epochs needs a value.", "--epochs")]
    [InlineData("--epochs needs an integer of at least 1, not '0'.", "--epochs", "0")]
    [InlineData("--epochs needs an integer of at least 1, not 'ten'.", "--epochs", "ten")]
    [InlineData("--seed needs an integer, not '1.5'.", "--seed", "1.5")]
    [InlineData("--out needs a value.", "--out")]
    [InlineData("--out needs a value.", "--out", "--quick")]
    public void BadArgumentsPrintTheProblemAndTheUsageAndExitWithTwo(string message, params string[] arguments)
    {
        var result = OverfittingSample.Run(arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith($"error: {message}", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("Usage: dotnet run --project samples/Overfitting", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Fact]
    public void HelpPrintsTheUsageAndExitsWithZero()
    {
        var result = OverfittingSample.Run("--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(["Usage:", "--epochs N", "--seed N", "--out DIR", "--quick"], option => Assert.Contains(option, result.StandardOutput, StringComparison.Ordinal));
        Assert.Equal(string.Empty, result.StandardError);
    }
}
