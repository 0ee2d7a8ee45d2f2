using System.Reflection;

namespace L2Analyzers.Samples.Tests.Infrastructure;

/// <summary>The overfitting sample's built dll, run with the dotnet host as a user's <c>dotnet run</c> would.</summary>
internal static class OverfittingSample
{
    /// <summary>The dll's path, embedded by the test project's build (target EmbedOverfittingSamplePath).</summary>
    public static string DllPath { get; } =
        typeof(OverfittingSample).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "OverfittingSample").Value
        ?? throw new InvalidOperationException("The test assembly does not say where the Overfitting sample was built.");

    /// <summary>Runs the sample with <paramref name="arguments"/>; its output is redirected, as in CI.</summary>
    public static ProcessResult Run(params string[] arguments)
    {
        Assert.True(File.Exists(DllPath), $"The Overfitting sample was not built at {DllPath}.");
        return DotNetProcess.Run(Path.GetTempPath(), [DllPath, .. arguments]);
    }
}
