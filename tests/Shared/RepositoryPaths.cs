namespace L2Analyzers.Tests.Shared;

/// <summary>Locates the repository checkout the tests run from (linked into every test project that needs it).</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding L2Analyzers.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "L2Analyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("L2Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
