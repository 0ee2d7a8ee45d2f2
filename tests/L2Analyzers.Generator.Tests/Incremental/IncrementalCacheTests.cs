using System.Reflection;
using L2Analyzers.Generator.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace L2Analyzers.Generator.Tests.Incremental;

/// <summary>
/// The generator's models are value-equatable and symbol-free, so edits that do not change a definition must leave every
/// tracked step Cached or Unchanged and regenerate no file; an edit that changes a definition must regenerate it.
/// </summary>
public class IncrementalCacheTests
{
    private const string Definitions = """
        using L2Analyzers;

        namespace Demo;

        [DenseLayer(4, 7, Activation = Activation.Tanh)]
        [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
        public partial class Hidden { }

        [DenseLayer(7, 3, Activation = Activation.Softmax)]
        public partial class Output { }

        [Network(typeof(Hidden), typeof(Output), Loss = LossKind.CrossEntropy)]
        public partial class Classifier { }

        public partial class Model
        {
            [L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]
            public double[][] Weights = new double[2][];

            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public float[,] Kernel = new float[2, 2];
        }
        """;

    private const string Unrelated = """
        namespace Demo;

        public static class Unrelated
        {
            public static int Answer() => 42;
        }
        """;

    private static readonly string[] StepNames = typeof(GeneratorStepNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Editing_an_unrelated_file_regenerates_nothing()
    {
        var result = RunTwice(compilation =>
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "User1.cs");
            return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(Unrelated.IndexOf("42", StringComparison.Ordinal), 2, "43")));
        });

        AssertNothingRegenerated(result);
    }

    [Fact]
    public void Adding_a_file_regenerates_nothing()
    {
        var result = RunTwice(compilation => compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("class Another { }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options, path: "User2.cs")));

        AssertNothingRegenerated(result);
    }

    [Fact]
    public void Adding_a_comment_to_the_definitions_regenerates_nothing()
    {
        var result = RunTwice(compilation =>
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "User0.cs");
            int position = Definitions.IndexOf("public partial class Classifier", StringComparison.Ordinal);
            return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(position, 0, "// The network the sample trains.\n")));
        });

        AssertNothingRegenerated(result);
    }

    [Fact]
    public void Changing_a_lambda_regenerates_that_layer_and_nothing_else()
    {
        var result = RunTwice(compilation =>
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "User0.cs");
            int position = Definitions.IndexOf("0.03)]\npublic partial class Hidden", StringComparison.Ordinal);
            return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(position, 4, "0.05")));
        });

        var modified = result.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs)
            .Where(output => output.Reason == IncrementalStepRunReason.Modified)
            .ToArray();
        Assert.Single(modified);
        Assert.Contains("0.05f", result.GeneratedSources.Single(s => s.HintName == "Demo.Hidden.DenseLayer.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_one_of_two_layers_whose_names_differ_only_in_case_regenerates_only_it()
    {
        const string layers = """
            using L2Analyzers;

            namespace Demo;

            [DenseLayer(4, 7)]
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public partial class Model { }

            [DenseLayer(7, 3)]
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public partial class model { }
            """;
        var compilation = TestCompilation.Create(LanguageVersion.CSharp10, layers);
        var driver = TestCompilation.Driver(compilation, trackSteps: true).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ToArray();
        // The suffix is a hash of the exact name, the same in every build.
        Assert.Equal(["Demo.Model.DenseLayer.cf5598ae.g.cs", "Demo.model.DenseLayer.9ccf15ce.g.cs"], before.Order(StringComparer.Ordinal));

        var tree = compilation.SyntaxTrees.Single();
        int position = layers.IndexOf("0.03)]\npublic partial class Model", StringComparison.Ordinal);
        var result = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(position, 4, "0.05"))))
            .GetRunResult().Results.Single();

        var modified = result.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs)
            .Where(output => output.Reason == IncrementalStepRunReason.Modified)
            .ToArray();
        Assert.Single(modified);
        Assert.Equal(before, result.GeneratedSources.Select(s => s.HintName));
        Assert.Contains("0.05f", result.GeneratedSources.Single(s => s.HintName.StartsWith("Demo.Model.", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuilding_a_layer_library_unchanged_regenerates_nothing()
    {
        var result = RunWithLibraryTwice(LibraryLayer(7), LibraryLayer(7));

        AssertNothingRegenerated(result, GeneratorStepNames.Networks, GeneratorStepNames.ValidNetworks, GeneratorStepNames.UniqueNetworks);
    }

    [Fact]
    public void Rebuilding_a_layer_library_with_other_sizes_regenerates_the_network_that_lists_it()
    {
        var result = RunWithLibraryTwice(LibraryLayer(7), LibraryLayer(6));

        var output = Assert.Single(result.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs));
        Assert.Equal(IncrementalStepRunReason.Modified, output.Reason);
        Assert.Contains("public int OutputSize => 6;", result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    private static string LibraryLayer(int outputs) => $$"""
        using L2Analyzers;

        namespace Layers;

        [DenseLayer(4, {{outputs}})]
        public partial class Hidden { }
        """;

    /// <summary>
    /// Runs the generator on a network listing a layer of a library built from <paramref name="before"/>, then on the same
    /// network referencing the library rebuilt from <paramref name="after"/>, and returns the second run.
    /// </summary>
    private static GeneratorRunResult RunWithLibraryTwice(string before, string after)
    {
        const string network = """
            using L2Analyzers;

            namespace App;

            [Network(typeof(Layers.Hidden))]
            public partial class Classifier { }
            """;
        var first = MetadataReference.CreateFromImage(TestCompilation.Library("Layers", before));
        var compilation = TestCompilation.Create(LanguageVersion.CSharp10, [first], network, Unrelated);
        var driver = TestCompilation.Driver(compilation, trackSteps: true).RunGenerators(compilation);
        Assert.Equal("App.Classifier.Network.g.cs", driver.GetRunResult().Results.Single().GeneratedSources.Single().HintName);

        var second = MetadataReference.CreateFromImage(TestCompilation.Library("Layers", after));
        return driver.RunGenerators(compilation.ReplaceReference(first, second)).GetRunResult().Results.Single();
    }

    /// <summary>Runs the generator on the definitions, applies <paramref name="edit"/>, runs it again and returns the second run.</summary>
    private static GeneratorRunResult RunTwice(Func<CSharpCompilation, CSharpCompilation> edit)
    {
        var compilation = TestCompilation.Create(LanguageVersion.CSharp10, Definitions, Unrelated);
        var driver = TestCompilation.Driver(compilation, trackSteps: true).RunGenerators(compilation);
        Assert.Equal(5, driver.GetRunResult().Results.Single().GeneratedSources.Length);

        return driver.RunGenerators(edit(compilation)).GetRunResult().Results.Single();
    }

    /// <summary>Asserts that every step in <paramref name="names"/> (by default all) ran and left every output Cached or Unchanged, and no file changed.</summary>
    private static void AssertNothingRegenerated(GeneratorRunResult result, params string[] names)
    {
        foreach (string name in names.Length == 0 ? StepNames : names)
        {
            Assert.True(result.TrackedSteps.TryGetValue(name, out var steps), $"step {name} did not run");
            Assert.All(steps.SelectMany(step => step.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {output.Reason}"));
        }

        Assert.NotEmpty(result.TrackedOutputSteps);
        Assert.All(result.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output: {output.Reason}"));
    }
}
