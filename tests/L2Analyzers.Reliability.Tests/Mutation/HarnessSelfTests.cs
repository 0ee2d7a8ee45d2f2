using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Reliability.Tests.Mutation;

/// <summary>The harness itself can fail: it sees an analyzer that throws.</summary>
public class HarnessSelfTests
{
    [Fact]
    public void An_analyzer_that_throws_is_reported()
    {
        var failures = RoslynHarness.Failures(["class C { }"], analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()));

        Assert.Contains(failures, f => f.Contains(nameof(ThrowingAnalyzer), StringComparison.Ordinal));
    }

    [Fact]
    public void Mutants_differ_from_their_source_and_are_reproducible()
    {
        const string source = "using L2Analyzers; partial class C { [L2(Mode = L2Mode.WeightDecay, Lambda = 0.5)] public float[] W = new float[1]; }";

        var first = Enumerable.Range(0, 20).Select(_ => Mutator.Mutate(source, new Random(7))).Distinct().ToArray();
        var random = new Random(7);
        var many = Enumerable.Range(0, 20).Select(_ => Mutator.Mutate(source, random)).ToArray();

        Assert.Single(first);
        Assert.All(many, m => Assert.NotEqual(source, m));
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST001", "t", "t", "t", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), Microsoft.CodeAnalysis.CSharp.SyntaxKind.ClassDeclaration);
        }
    }
}
