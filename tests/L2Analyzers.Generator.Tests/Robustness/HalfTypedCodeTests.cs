using System.Collections.Immutable;
using L2Analyzers.Analyzers.Definitions;
using L2Analyzers.Generator.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Generator.Tests.Robustness;

/// <summary>
/// Code being typed: the generator and the definition analyzer must not throw, and whatever the generator emits must be
/// free of errors of its own (the compiler's errors are all in the user's code).
/// </summary>
public class HalfTypedCodeTests
{
    public static TheoryData<string> Inputs => new()
    {
        "[DenseLayer(4, ] public partial class A { }",
        "[DenseLayer] public partial class A { }",
        "[DenseLayer(\"4\", 7)] public partial class A { }",
        "[DenseLayer(4, 7, ElementType = typeof())] public partial class A { }",
        "[DenseLayer(4, 7, ElementType = null)] public partial class A { }",
        "[DenseLayer(4, 7, Activation = )] public partial class A { }",
        "[DenseLayer(4, 7)] public partial class",
        "[DenseLayer(4, 7)] public partial struct S { }",
        "[DenseLayer(4, 7)] public partial record R { }",
        "[Network(typeof(Missing))] public partial class N { }",
        "[Network(null)] public partial class N { }",
        "[Network(typeof(int[]), typeof(int*))] public unsafe partial class N { }",
        "[Network(new[] { typeof(A) })] public partial class N { } [DenseLayer(2, 2)] public partial class A { }",
        "[Network(typeof(A), typeof(A), LearningRate = double.NaN)] public partial class N { } [DenseLayer(3, 3)] public partial class A { }",
        "[Network(typeof(G<>))] public partial class N { } [DenseLayer(2, 2)] public partial class G<T> { }",
        "[Network(typeof(A))] public partial class N { } [DenseLayer(2, 2)] [L2(Mode = L2Mode.DecayFactor, Lambda = 2)] public partial class A { }",
        "public partial class M { [L2(Mode = , Lambda = 0.1)] public float[] W; }",
        "public partial class M { [L2] public float[] }",
        "public partial class M { [L2(Mode = L2Mode.GradientPenalty, Lambda = double.NaN)] public float[] W = new float[1]; }",
        "public partial class M { [L2(Mode = L2Mode.GradientPenalty, Lambda = 1e400)] public float[] W = new float[1]; }",
        "public partial class M { [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.1)] public Missing[] W; }",
        "public partial class M { [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.1)] public float[] W, V; }",
        "public partial class M { [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.1)] public event System.Action E; }",
        "public partial class M { [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.1)] public const float[] C = null; }",
        "public partial class M { [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.1)] public ref float[] R => throw null!; }",
        "public partial class M { void F() { [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.1)] float[] local = new float[1]; } }",
        "[L2(Mode = L2Mode.GradientPenalty, Lambda = 0.1)] public partial class NotALayer { }",
        // The same definition declared twice (already a compile error) must not give two files with one hint name.
        "public partial class M { [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.1)] public float[] W = new float[1]; } public partial class M { [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.1)] public float[] W = new float[1]; }",
        "[DenseLayer(2, 2)] public partial class A { } [DenseLayer(2, 2)] public partial class A { }",
        "[Network(typeof(A))] public partial class N { } [Network(typeof(A))] public partial class N { } [DenseLayer(2, 2)] public partial class A { }",
        "public partial class M { [L2(Mode = L2Mode.WeightDecay, Lambda = 0.1)] public float[] w; [L2(Mode = L2Mode.WeightDecay, Lambda = )] public float[] _w; [L2] public Missing m_w; }",
        // Hint names that differ only in case are the same to AddSource.
        "public partial class Mm { [L2(Mode = L2Mode.WeightDecay, Lambda = 0.1)] public float[] w = new float[1]; } public partial class MM { [L2(Mode = L2Mode.WeightDecay, Lambda = 0.1)] public float[] w = new float[1]; }",
        "[DenseLayer(2, 2)] public partial class Ab { } [DenseLayer(2, 2)] public partial class AB { } [DenseLayer(2, 2)] public partial class AB { }",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Generator_and_analyzer_never_throw_and_never_emit_code_with_errors(string body)
    {
        var compilation = TestCompilation.Create(LanguageVersion.Latest, "using L2Analyzers;\n\n" + body);

        var run = TestCompilation.Driver(compilation).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics).GetRunResult();

        Assert.Null(run.Results.Single().Exception);
        Assert.Empty(generatorDiagnostics);
        var generatedTrees = run.GeneratedTrees.ToHashSet();
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && generatedTrees.Contains(d.Location.SourceTree!)));

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var analyzerDiagnostics = await output.WithAnalyzers([new DefinitionAnalyzer()], options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(analyzerDiagnostics, d => d.Id == "AD0001");
    }
}
