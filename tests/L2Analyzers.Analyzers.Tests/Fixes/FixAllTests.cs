using System.Collections.Immutable;
using L2Analyzers.Analyzers.Tests.Verification;
using L2Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace L2Analyzers.Analyzers.Tests.Fixes;

/// <summary>
/// Fix All as <c>dotnet format analyzers</c> starts it: from the first diagnostic of the analyzer, whatever its rule,
/// with the equivalence key of that diagnostic's first fix. (The verifier tests start it the IDE's way.)
/// </summary>
public class FixAllTests
{
    private const string Source = """
        using L2Analyzers;

        class Tutorial
        {
            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.97)]
            public double[] Weights = new double[4];
        }

        class Layers
        {
            [L2(Lambda = 0.97)]
            public double[] Retained = new double[4];

            [L2(Lambda = 0.0015)]
            public double[] Penalized = new double[4];
        }
        """;

    [Fact]
    public async Task Started_from_another_rules_fix_each_finding_gets_its_first_fix()
    {
        string fixedSource = await FixAllAsync("L2R007", "L2R001.Suggested");

        Assert.Contains("[L2(Mode = L2Mode.WeightDecay, Lambda = 0.97)]", fixedSource); // L2R001: not in scope
        Assert.Contains("[L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]", fixedSource);
        Assert.Contains("[L2(Mode = L2Mode.GradientPenalty, Lambda = 0.0015)]", fixedSource);
    }

    [Fact]
    public async Task Started_from_a_fix_some_findings_offer_those_get_that_kind_and_the_others_nothing()
    {
        string fixedSource = await FixAllAsync("L2R007", "L2R007.WeightDecay");

        Assert.Contains("[L2(Lambda = 0.97)]", fixedSource); // only DecayFactor is accepted for 0.97
        Assert.Contains("[L2(Mode = L2Mode.WeightDecay, Lambda = 0.0015)]", fixedSource);
    }

    [Fact]
    public async Task Started_from_the_suggested_fix_each_finding_gets_its_own_suggestion()
    {
        const string mixed = """
            using L2Analyzers;

            class Layers
            {
                [L2(Mode = L2Mode.WeightDecay, Lambda = 0.97)]
                public double[] Retained = new double[4];

                [L2(Mode = L2Mode.DecayFactor, Lambda = 0.03)]
                public double[] Removed = new double[4];
            }
            """;

        string fixedSource = await FixAllAsync("L2R001", "L2R001.Suggested", mixed);

        Assert.Contains("[L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]", fixedSource);
        Assert.Contains("[L2(Mode = L2Mode.WeightDecay, Lambda = 0.03)]", fixedSource);
    }

    private static async Task<string> FixAllAsync(string rule, string equivalenceKey, string source = Source)
    {
        using var workspace = new AdhocWorkspace();
        var document = workspace.AddProject("Consumer", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(TestReferences.ForOwnCompilation())
            .AddDocument("Layers.cs", SourceText.From(source));
        var compilation = await document.Project.GetCompilationAsync();
        var diagnostics = await compilation!.WithAnalyzers([new L2AttributeAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Assert.Contains(diagnostics, d => d.Id == "L2R001");
        Assert.Equal(2, diagnostics.Count(d => d.Id == rule));

        var provider = new ModeChangeCodeFixProvider();
        var context = new FixAllContext(
            document, provider, FixAllScope.Solution, equivalenceKey, [rule], new Diagnostics(diagnostics), CancellationToken.None);
        var action = await provider.GetFixAllProvider().GetFixAsync(context);
        Assert.NotNull(action);
        var changed = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    /// <summary>The analyzer's diagnostics, served as a client serves them: every diagnostic of the project.</summary>
    private sealed class Diagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
