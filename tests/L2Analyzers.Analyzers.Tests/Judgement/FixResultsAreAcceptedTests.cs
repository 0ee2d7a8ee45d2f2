using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using L2Analyzers.Analyzers.Tests.Loops;
using L2Analyzers.Analyzers.Tests.TorchSharp;
using L2Analyzers.Analyzers.Tests.Verification;
using L2Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Analyzers.Tests.Judgement;

/// <summary>
/// Issue 14's property: over a grid of sites × λ × η, every fix the analyzers offer for L2R001, L2R005 and L2R007,
/// applied through the real code-fix providers, gives code on which no analyzer reports L2R001, L2R003 or L2R004; and
/// the first fix is the reading the message names.
/// </summary>
public class FixResultsAreAcceptedTests
{
    private static readonly double[] Lambdas = [0, 1e-4, 5e-4, 0.01, 0.03, 0.1, 0.5, 0.6, 0.9, 0.97, 0.999, 1, 1.5, 30];

    private static readonly double?[] LearningRates = [null, 1e-3, 0.01, 0.05, 0.5];

    private static readonly string[] Rejected = ["L2R001", "L2R003", "L2R004"];

    private static readonly ImmutableArray<CodeFixProvider> Providers = typeof(ModeChangeCodeFixProvider).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public static TheoryData<string> Sites() => new(SiteSources.Keys);

    [Theory]
    [MemberData(nameof(Sites))]
    public async Task No_fix_result_is_rejected_by_any_rule(string site)
    {
        var references = await References();
        int fixes = 0;
        var failures = new List<string>();
        foreach (double lambda in Lambdas)
        {
            foreach (double? eta in LearningRates)
            {
                foreach (string source in SiteSources[site](Literal(lambda), eta is { } known ? Literal(known) : null))
                {
                    var document = Document(source, references);
                    foreach (var diagnostic in (await Analyze(document)).Where(d => d.Id is "L2R001" or "L2R005" or "L2R007"))
                    {
                        var actions = await FixesFor(document, diagnostic);
                        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
                        if (diagnostic.Id == "L2R001" && actions.Count > 0 && !message.Contains(actions[0].Title[(actions[0].Title.IndexOf(": ", StringComparison.Ordinal) + 2)..], StringComparison.Ordinal))
                        {
                            failures.Add($"the message does not name the first fix '{actions[0].Title}': {message}");
                        }

                        foreach (var action in actions)
                        {
                            fixes++;
                            var fixedDocument = await Apply(document, action);
                            var left = (await Analyze(fixedDocument)).Where(d => Rejected.Contains(d.Id)).ToArray();
                            if (left.Length > 0)
                            {
                                failures.Add($"{action.Title} on\n{source}\nleaves {string.Join("; ", left.Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)))}");
                            }
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
        Assert.True(fixes >= 20, $"only {fixes} fixes were offered over the grid for {site}");
    }

    /// <summary>One source per shape of the site, for λ and η written as literals (η null: not a known constant).</summary>
    private static readonly Dictionary<string, Func<string, string?, IEnumerable<string>>> SiteSources = new()
    {
        ["attribute"] = (lambda, eta) =>
            from mode in new[] { "GradientPenalty", "WeightDecay", "ScaledWeightDecay", "DecayFactor", null }
            from optimizer in mode == "GradientPenalty" ? new[] { "Sgd", "Adam" } : ["Sgd"]
            select $$"""
                using L2Analyzers;

                [DenseLayer(4, 7)]
                [L2({{(mode is null ? "" : $"Mode = L2Mode.{mode}, ")}}Lambda = {{lambda}})]
                public partial class Hidden { }

                [DenseLayer(7, 3)]
                public partial class Output { }

                [Network(typeof(Hidden), typeof(Output), Optimizer = OptimizerKind.{{optimizer}}{{(eta is null ? "" : $", LearningRate = {eta}")}})]
                public partial class Net { }
                """,
        ["call"] = (lambda, eta) =>
            from mode in new[] { "GradientPenalty", "WeightDecay", "ScaledWeightDecay", "DecayFactor" }
            select $$"""
                using System;
                using L2Analyzers;

                static class Training
                {
                    public static void Run(double[] w, double[] g, double lr) =>
                        L2Update.Step<double>(L2Mode.{{mode}}, {{lambda}}, w, g, {{eta ?? "lr"}});
                }
                """,
        ["loop"] = (lambda, eta) => new[]
        {
            $"weights[i] -= {lambda} * weights[i];",
            $"weights[i] = weights[i] - {lambda} * weights[i];",
            $"weights[i] *= {lambda};\n            weights[i] -= lr * grads[i];",
            $"grads[i] += {lambda} * weights[i];\n            weights[i] -= lr * grads[i];",
            eta is null ? $"weights[i] -= lr * (grads[i] + {lambda} * weights[i]);" : $"weights[i] -= {eta} * (grads[i] + {lambda} * weights[i]);",
        }.Select(statements => $$"""
            static class Training
            {
                public static void Step(double[] weights, double[] grads, double lr)
                {
                    for (int i = 0; i < weights.Length; i++)
                    {
                        {{statements}}
                    }
                }
            }
            """),
        ["torch"] = (lambda, eta) =>
            from optimizer in new[] { "SGD", "Adam", "AdamW" }
            select $$"""
                using TorchSharp;
                using TorchSharp.Modules;

                static class Training
                {
                    public static object Create(Parameter[] weights, double lr) =>
                        torch.optim.{{optimizer}}(weights, {{eta ?? "lr"}}, weight_decay: {{lambda}});
                }
                """,
    };

    private static string Literal(double value) => value.ToString("R", CultureInfo.InvariantCulture) is var text && text.Contains('.') || text.Contains('E') ? text : text + ".0";

    private static async Task<ImmutableArray<MetadataReference>> References()
    {
        var framework = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return framework
            .Add(MetadataReference.CreateFromFile(typeof(L2Attribute).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(typeof(L2Update).Assembly.Location))
            .Add(TorchSharpVerifier.TorchSharpReference);
    }

    private static Document Document(string source, ImmutableArray<MetadataReference> references)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Create(), "Grid", "Grid", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            metadataReferences: references));
        return project.AddDocument("Grid.cs", source);
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())) + "\n" + (await document.GetTextAsync()));
        return await compilation.WithAnalyzers(AllAnalyzersTest.All).GetAnalyzerDiagnosticsAsync();
    }

    private static async Task<List<CodeAction>> FixesFor(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        }

        return actions;
    }

    private static async Task<Document> Apply(Document document, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return solution.GetDocument(document.Id)!;
    }
}
