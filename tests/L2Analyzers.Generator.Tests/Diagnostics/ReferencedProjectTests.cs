using L2Analyzers.Analyzers.Definitions;
using L2Analyzers.Generator.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Generator.Tests.Diagnostics;

/// <summary>
/// In an IDE a project reference is the referenced project's compilation, whose types have source: a network reads
/// their layers as it reads layers from a built assembly, by the layer code generated in that project.
/// </summary>
public class ReferencedProjectTests
{
    private const string Layers = """
        using L2Analyzers;

        namespace Layers;

        [DenseLayer(4, 3)]
        public partial class Hidden { }
        """;

    private const string App = """
        using L2Analyzers;

        namespace App;

        [Network(typeof(Layers.Hidden))]
        public partial class Classifier { }
        """;

    [Fact]
    public async Task Layer_of_a_referenced_project_with_the_generator_is_used()
    {
        var project = TestCompilation.LibraryCompilation("Layers", Layers).ToMetadataReference();

        var output = TestCompilation.Generate(LanguageVersion.CSharp10, [project], App);

        Assert.Contains(output.SyntaxTrees, tree => tree.FilePath.EndsWith("App.Classifier.Network.g.cs", StringComparison.Ordinal));
        Assert.Empty(await output.WithAnalyzers([new DefinitionAnalyzer()]).GetAnalyzerDiagnosticsAsync());
    }

    [Fact]
    public async Task Layer_of_a_referenced_project_without_the_generator_is_reported_and_no_network_is_generated()
    {
        var project = TestCompilation.LibraryCompilation("Layers", Layers, withGenerator: false).ToMetadataReference();
        var compilation = TestCompilation.Create(LanguageVersion.CSharp10, [project], App);

        var run = TestCompilation.Driver(compilation).RunGenerators(compilation).GetRunResult();
        var diagnostics = await compilation.WithAnalyzers([new DefinitionAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(run.GeneratedTrees);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("L2G008", diagnostic.Id);
        Assert.Equal(
            "Network 'Classifier' cannot use 'Hidden' as a layer: it is declared in assembly 'Layers' without generated layer code " +
            "(it does not implement ILayer<float>); build 'Layers' with the L2Analyzers generator",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
