namespace L2Analyzers.Analyzers.Tests.Verification;

/// <summary>An .editorconfig at the root of the test project, applying <paramref name="lines"/> to every C# file.</summary>
internal static class EditorConfig
{
    public static (string Path, string Content) For(params string[] lines) =>
        ("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", lines) + "\n");
}
