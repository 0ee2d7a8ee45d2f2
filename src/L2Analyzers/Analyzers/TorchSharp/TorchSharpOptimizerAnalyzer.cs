using L2Analyzers.Common.Symbols;
using L2Analyzers.Analyzers.Shared;
using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>
/// Checks weight_decay in TorchSharp optimizers, parameter groups and options: constants that do not fit the
/// optimizer's convention (L2R001, L2R003), SGD steps unstable with their learning rate (L2R004), biases decayed with
/// all of a module's parameters (L2R002), coupled decay under Adam and other adaptive optimizers (L2R005), AdamW
/// without weight_decay (L2R009) and the ParamGroup constructor that resets lr and weight_decay (L2R010).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TorchSharpOptimizerAnalyzer : L2AnalyzerBase
{
    /// <summary>Creates the analyzer.</summary>
    public TorchSharpOptimizerAnalyzer()
        : base(
        Descriptors.LambdaSuspiciousForMode,
        Descriptors.L2OnBias,
        Descriptors.LambdaInvalidForMode,
        Descriptors.UnstableWithLearningRate,
        Descriptors.CoupledL2UnderAdaptiveOptimizer,
        Descriptors.AdamWWithoutWeightDecay,
        Descriptors.ParamGroupResetsOptions)
    {
    }

    private protected override void Start(CompilationStartAnalysisContext context, SymbolTable table)
    {
        if (table.TorchSharp is not { } symbols)
        {
            return;
        }

        context.RegisterOperationAction(
            operationContext => Analyze(operationContext, symbols),
            OperationKind.Invocation,
            OperationKind.ObjectCreation,
            OperationKind.SimpleAssignment);
    }

    private static void Analyze(OperationAnalysisContext context, TorchSharpSymbols symbols)
    {
        var site = context.Operation switch
        {
            IInvocationOperation invocation => WeightDecaySites.FromInvocation(invocation, symbols),
            IObjectCreationOperation creation => WeightDecaySites.FromObjectCreation(creation, symbols),
            ISimpleAssignmentOperation assignment => WeightDecaySites.FromAssignment(assignment, symbols),
            _ => null,
        };
        if (site is null)
        {
            return;
        }

        var thresholds = context.Options.ThresholdsFor(context.Operation.Syntax.SyntaxTree);
        context.ReportAll(WeightDecayDiagnostics.For(site, symbols, thresholds));
    }
}
