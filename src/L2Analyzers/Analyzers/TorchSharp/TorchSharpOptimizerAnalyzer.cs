using System.Collections.Immutable;
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
public sealed class TorchSharpOptimizerAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.LambdaSuspiciousForMode,
        Descriptors.L2OnBias,
        Descriptors.LambdaInvalidForMode,
        Descriptors.UnstableWithLearningRate,
        Descriptors.CoupledL2UnderAdaptiveOptimizer,
        Descriptors.AdamWWithoutWeightDecay,
        Descriptors.ParamGroupResetsOptions);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (TorchSharpSymbols.Resolve(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterOperationAction(
                operationContext => Analyze(operationContext, symbols),
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment);
        });
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

        var thresholds = SuspicionThresholds.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Operation.Syntax.SyntaxTree));
        foreach (var diagnostic in WeightDecayDiagnostics.For(site, symbols, thresholds))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}
