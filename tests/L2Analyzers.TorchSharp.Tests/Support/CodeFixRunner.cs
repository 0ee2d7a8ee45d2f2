using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace L2Analyzers.TorchSharp.Tests.Support;

/// <summary>Applies a code fix to every diagnostic it fixes, as the IDE's "fix all" would, then compiles and loads the result.</summary>
internal static class CodeFixRunner
{
    public static async Task<string> FixAllAsync(string source, DiagnosticAnalyzer analyzer, CodeFixProvider fix)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Fixed", LanguageNames.CSharp)
            .WithMetadataReferences(References())
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var document = project.AddDocument("Training.cs", SourceText.From(source));

        for (int fixes = 0; ; fixes++)
        {
            var compilation = await document.Project.GetCompilationAsync() ?? throw new InvalidOperationException("no compilation");
            var diagnostics = await compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync();
            var actions = new List<CodeAction>();
            foreach (var diagnostic in diagnostics.Where(d => fix.FixableDiagnosticIds.Contains(d.Id)))
            {
                await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                if (actions.Count > 0)
                {
                    break;
                }
            }

            if (actions.Count == 0)
            {
                return (await document.GetTextAsync()).ToString();
            }

            Assert.True(fixes < 10, "the fix keeps offering itself");
            var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
            document = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        }
    }

    /// <summary>Compiles <paramref name="source"/> against the running framework and TorchSharp, failing on any error, and loads it.</summary>
    public static Assembly CompileAndLoad(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Fixed" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source)],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)) + Environment.NewLine + source);
        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image);
    }

    private static ImmutableArray<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(global::TorchSharp.torch).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
}
