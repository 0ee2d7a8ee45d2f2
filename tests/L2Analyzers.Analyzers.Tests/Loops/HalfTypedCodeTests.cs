using System.Collections.Concurrent;
using L2Analyzers.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Analyzers.Tests.Loops;

/// <summary>Code as an editor shows it while it is typed: no analyzer may throw (AD0001) and none may guess.</summary>
public class HalfTypedCodeTests
{
    [Theory]
    [InlineData("weights[i] -= 0.97 * ")]
    [InlineData("weights[i] -= 0.97 * weights[")]
    [InlineData("weights[i] -= decay * weights[i] +")]
    [InlineData("weights[i] -= (0.97 * weights[i]")]
    [InlineData("biases[i] *= ;")]
    [InlineData("biases[i] = biases[i] - * biases[i];")]
    [InlineData("grads[i] += lambda * biases[i")]
    [InlineData("grads[i] += 0.97 * undefinedWeights[i];")]
    [InlineData("undefinedWeights[i] -= 0.97 * undefinedWeights[i];")]
    [InlineData("weights[i, 0] -= 0.97 * weights[i, 0];")]
    [InlineData("weights[i] -= 0.97 * weights[i] * ;")]
    [InlineData("weights[i] = 0.97 * weights[i] + ;")]
    [InlineData("weights[i] -= lr * (grads[i] + 0.9 * weights[i];")]
    [InlineData("weights[i] -= lr * (grads[i] + ) * weights[i];")]
    [InlineData("double decay = ; weights[i] -= decay * weights[i];")]
    [InlineData("var decay = decay; weights[i] -= decay * weights[i];")]
    [InlineData("weights[i] *= Undefined(0.3);")]
    [InlineData("weights[i] -= 0.97 * weights[i] / 0; )")]
    [InlineData("ref double w = ref weights[i]; w -= 0.1 * w; w -= 0.97 * w +")]
    [InlineData("weights[i] -= default * weights[i];")]
    [InlineData("var g = grads[i] + 0.1 * weights[i")]
    [InlineData("var g = grads[i] + 0.1 * ;")]
    [InlineData("for (int k = 0; k <= ; k++) weights[k] -= 0.1 * weights[k];")]
    [InlineData("double s = weights[]; s += weights[i] * grads[i]; weights[i] -= 0.1 * weights[i];")]
    [InlineData("double penalty = 0; for (int k = 0; k < weights[biasOffset + ; k++) penalty += weights[k] * weights[k];")]
    [InlineData("var all = new System.Collections.Generic.List<double[]> { biases, ; foreach (var p in all) p[i] -= 0.1 * p[i];")]
    public Task Loop_updates_being_typed(string statement) => RunAsync($$"""
        class Layer
        {
            double[] weights = new double[4];
            double[] biases = new double[4];
            double[] grads = new double[4];

            void Update(double lr)
            {
                for (int i = 0; i < weights.Length; i++)
                {
                    {{statement}}
                }
            }
        }
        """);

    [Theory]
    [InlineData("static readonly double Decay = ;")]
    [InlineData("static readonly double Decay = 0.97 *;")]
    [InlineData("static readonly double Decay = Decay * ;")]
    [InlineData("static readonly double Decay = 1 / 0;")]
    [InlineData("static readonly double Decay = 0.97e;")]
    [InlineData("static readonly double Decay = 0.97, ;")]
    [InlineData("static readonly double Decay = 0.97; static Layer() { Decay = }")]
    [InlineData("static readonly double Decay = 0.97; static Layer() => Decay")]
    [InlineData("static readonly Missing Decay = 0.97;")]
    [InlineData("static readonly double Decay = 0.97; static readonly double Decay = 0.5;")]
    [InlineData("static readonly double Decay { get; } = 0.97")]
    [InlineData("[NormalizationParameter(] double[] lnGamma = new double[4]; const double Decay = 0.1;")]
    [InlineData("[Bias, NormalizationParameter] double[] lnGamma; const double Decay = ")]
    [InlineData("[Missing] double[] lnGamma; double Decay = 0.1; class LayerNorm { double[] gamma; void F() { gamma[0] -= Decay * gamma[; } }")]
    public Task Members_being_typed(string members) => RunAsync($$"""
        using L2Analyzers;

        class Layer
        {
            {{members}}
            double[] weights = new double[4];

            void Update(double[] lnGamma)
            {
                for (int i = 0; i < weights.Length; i++)
                {
                    weights[i] -= Decay * weights[i];
                    lnGamma[i] -= Decay * lnGamma[i];
                    L2Update.Step(L2Mode.WeightDecay, Decay, weights, weights, 0.1);
                }
            }
        }
        """);

    [Theory]
    [InlineData("torch.optim.SGD(model.parameters(), weight_decay: )")]
    [InlineData("torch.optim.SGD(model.parameters(), 0.1, weight_decay: 0.97")]
    [InlineData("torch.optim.AdamW(")]
    [InlineData("torch.optim.Adam(model.parameters(), lr: 1e-3, weight_decay: wd)")]
    [InlineData("torch.optim.SGD(model.parameters(), 0.1, weight_decay: 0.97, nesterov: )")]
    [InlineData("torch.optim.Unknown(model.parameters(), weight_decay: 0.97)")]
    [InlineData("new SGD.ParamGroup(")]
    [InlineData("new SGD.ParamGroup(model.parameters(), lr: )")]
    [InlineData("new SGD.Options { weight_decay = }")]
    [InlineData("new SGD.Options { weight_decay = \"0.97\" }")]
    [InlineData("new Adam.ParamGroup { Options = new() { weight_decay = 1e-4, } ")]
    public Task Torch_calls_being_typed(string expression) => RunAsync($$"""
        using TorchSharp;
        using TorchSharp.Modules;
        using static TorchSharp.torch;

        class Trainer
        {
            object Create(nn.Module model) => {{expression}};
        }
        """, torch: true);

    /// <summary>A project with L2Analyzers.Abstractions but not the runtime (L2Update, L2Kernels unresolved) while it is edited.</summary>
    [Fact]
    public Task Abstractions_without_the_runtime() => RunAsync("""
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.97)] double[] weights = new double[4];

            double Convert() => L2Convention.Convert(0.97, L2Mode.WeightDecay, L2Mode.DecayFactor, 0.1) + L2Update.Missing;
        }
        """, runtime: false);

    private static async Task RunAsync(string source, bool torch = false, bool runtime = true)
    {
        var references = (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
            .Add(MetadataReference.CreateFromFile(typeof(L2Attribute).Assembly.Location));
        if (runtime)
        {
            references = references.Add(MetadataReference.CreateFromFile(typeof(L2Update).Assembly.Location));
        }

        if (torch)
        {
            references = references.Add(TorchSharp.TorchSharpVerifier.TorchSharpReference);
        }

        var compilation = CSharpCompilation.Create(
            "HalfTyped",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Contains(compilation.GetDiagnostics(), diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(AllAnalyzersTest.All, options).GetAnalyzerDiagnosticsAsync();

        Assert.True(exceptions.IsEmpty, string.Join("\n", exceptions));
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }
}
