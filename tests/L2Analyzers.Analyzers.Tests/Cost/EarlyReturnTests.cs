using System.Collections.Immutable;
using L2Analyzers.Analyzers.Calls;
using L2Analyzers.Analyzers.Definitions;
using L2Analyzers.Analyzers.Loops;
using L2Analyzers.Analyzers.Tests.Verification;
using L2Analyzers.Analyzers.TorchSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Analyzers.Tests.Cost;

/// <summary>
/// In a project that references the runtime but does not use it, every analyzer returns before registering anything
/// (its cost is one look at the source text); where the source does use it, in any file, the analyzers run.
/// </summary>
public class EarlyReturnTests
{
    private const string Ordinary = """
        namespace Shop;

        public sealed class Basket
        {
            private readonly System.Collections.Generic.List<int> items = new();

            public void Add(int item) => items.Add(item);

            public int Count() => items.Count;
        }
        """;

    public static TheoryData<string> Analyzers() =>
        [nameof(L2CallAnalyzer), nameof(LoopRegularizationAnalyzer), nameof(L2AttributeAnalyzer), nameof(DefinitionAnalyzer), nameof(TorchSharpOptimizerAnalyzer)];

    [Theory]
    [MemberData(nameof(Analyzers))]
    public async Task An_analyzer_registers_nothing_where_the_source_cannot_hold_a_finding(string analyzer) =>
        Assert.Equal(0, await ActionsAsync(Create(analyzer), Ordinary));

    [Fact]
    public async Task The_runtime_analyzers_run_when_any_file_names_the_runtime()
    {
        string[] sources = [Ordinary, "global using L2Analyzers;"];
        Assert.True(await ActionsAsync(new L2CallAnalyzer(), sources) > 0);
        Assert.True(await ActionsAsync(new L2AttributeAnalyzer(), sources) > 0);
        Assert.True(await ActionsAsync(new DefinitionAnalyzer(), sources) > 0);
    }

    [Fact]
    public async Task The_loop_analyzer_runs_when_any_file_multiplies() =>
        Assert.True(await ActionsAsync(new LoopRegularizationAnalyzer(), Ordinary, "static class Scale { public static double Twice(double x) => 2 * x; }") > 0);

    [Fact]
    public async Task A_call_in_a_file_without_a_using_is_found_through_a_global_using_elsewhere()
    {
        const string call = """
            static class Training
            {
                public static void Step(double[] w, double[] g) => L2Update.Step(L2Mode.WeightDecay, 0.97, w, g, 0.1);
            }
            """;
        var diagnostics = await Compile(Ordinary, call, "global using L2Analyzers;")
            .WithAnalyzers([new L2CallAnalyzer()])
            .GetAnalyzerDiagnosticsAsync();
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "L2R001");
    }

    private static DiagnosticAnalyzer Create(string name) => name switch
    {
        nameof(L2CallAnalyzer) => new L2CallAnalyzer(),
        nameof(LoopRegularizationAnalyzer) => new LoopRegularizationAnalyzer(),
        nameof(L2AttributeAnalyzer) => new L2AttributeAnalyzer(),
        nameof(DefinitionAnalyzer) => new DefinitionAnalyzer(),
        _ => new TorchSharpOptimizerAnalyzer(),
    };

    /// <summary>How many actions <paramref name="analyzer"/> registered on a compilation of <paramref name="sources"/>, besides its compilation start.</summary>
    private static async Task<int> ActionsAsync(DiagnosticAnalyzer analyzer, params string[] sources)
    {
        var withAnalyzers = Compile(sources).WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        return telemetry.SymbolStartActionsCount + telemetry.SymbolActionsCount + telemetry.SyntaxNodeActionsCount +
            telemetry.OperationActionsCount + telemetry.OperationBlockStartActionsCount + telemetry.CodeBlockStartActionsCount +
            telemetry.SyntaxTreeActionsCount + telemetry.SemanticModelActionsCount + telemetry.CompilationEndActionsCount;
    }

    private static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select(source => CSharpSyntaxTree.ParseText(source)),
        TestReferences.ForOwnCompilation(typeof(global::TorchSharp.torch).Assembly),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
