using L2Analyzers.Common.Symbols;
using L2Analyzers.Analyzers.Shared;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using System.Linq;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>
/// Checks weight_decay in TorchSharp optimizers, parameter groups and options: constants that do not fit the
/// optimizer's convention (L2R001, L2R003), SGD steps unstable with their learning rate (L2R004), biases selected for
/// decay (L2R002), coupled decay under Adam and other adaptive optimizers (L2R005), AdamW without weight_decay (L2R009),
/// ParamGroup constructors that reset the optimizer's options (L2R010) and decay of all of a module's parameters (L2R011).
/// A weight_decay read through a name declared in the type is judged once at its declaration (<see cref="ConstantFindings"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TorchSharpOptimizerAnalyzer() : L2AnalyzerBase(
    [KnownNames.TorchSharpNamespace],
    [
        .. Descriptors.AppliedL2Rules,
        Descriptors.AdamWWithoutWeightDecay,
        Descriptors.ParamGroupResetsOptions,
        Descriptors.DecayOfAllParameters,
    ])
{
    private protected override void Start(CompilationStartAnalysisContext context, SymbolTable table)
    {
        if (table.TorchSharp is not { } symbols)
        {
            return;
        }

        // Per type, for the constants it declares (ConstantFindings); only here, where TorchSharp is referenced. A
        // helper that builds groups for two optimizers is reached from both: its findings are reported once.
        var reports = new DistinctReports();
        ConstantFindings.RegisterPerType(
            context,
            (type, constants) => type.RegisterOperationAction(
                operationContext => Analyze(operationContext, symbols, constants, reports),
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment));
        context.RegisterOperationAction(operationContext => AnalyzeLoop(operationContext, symbols), OperationKind.Loop);
    }

    private static void Analyze(OperationAnalysisContext context, TorchSharpSymbols symbols, ConstantFindings constants, DistinctReports reports)
    {
        var site = context.Operation switch
        {
            IInvocationOperation invocation => WeightDecaySites.FromInvocation(invocation, symbols),
            IObjectCreationOperation creation =>
                WeightDecaySites.FromObjectCreation(creation, symbols) ?? WeightDecaySites.FromOptimizerCreation(creation, symbols),
            ISimpleAssignmentOperation assignment => WeightDecaySites.FromAssignment(assignment, symbols),
            _ => null,
        };
        if (site is null)
        {
            if (context.Operation is IInvocationOperation call && AddedGroups.Site(call, symbols, context.CancellationToken) is { } added)
            {
                context.ReportAll(reports.New(GroupOptionResets.For(added, symbols).Concat(DecayedParameters.ForValue(added, symbols))));
            }

            return;
        }

        var thresholds = context.Options.ThresholdsFor(context.Operation.Syntax.SyntaxTree);
        context.ReportAll(reports.New(WeightDecayDiagnostics.For(site, symbols, thresholds, constants, context.ContainingSymbol.ContainingType)));
    }

    private static void AnalyzeLoop(OperationAnalysisContext context, TorchSharpSymbols symbols)
    {
        if (context.Operation is IForEachLoopOperation loop && LossPenalties.OverAllParameters(loop, symbols) is { } parameters)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.DecayOfAllParameters,
                parameters.Syntax.GetLocation(),
                "This loss penalty",
                parameters.Syntax.ToString(),
                "a sum of squares",
                WeightDecayDescriptions.BesidesWeights(ParameterSelection.Of(parameters, symbols).Module, symbols),
                "Sum over the weights only (p.dim() >= 2)."));
        }
    }
}
