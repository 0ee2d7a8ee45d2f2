using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared;
using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using System.Collections.Generic;
using System.Linq;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// Checks L2 regularization written by hand in training loops: weight decay (<c>w[i] -= d * w[i]</c>), retention
/// factors (<c>w[i] *= r</c>), gradient penalties (<c>g[i] += λ * w[i]</c>) and penalized steps
/// (<c>w[i] -= η * (g[i] + λ * w[i])</c>). Reports decay on biases (L2R002) and normalization parameters (L2R008), constants that do not fit the pattern
/// (L2R001, L2R003) and penalized steps that are unstable with their learning rate (L2R004), judged by
/// <see cref="Judgement.LambdaJudge"/> like every other place L2 is written.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LoopRegularizationAnalyzer() : L2AnalyzerBase(UpdateMarks, Descriptors.AppliedL2Rules)
{
    /// <summary>
    /// Runs on every compilation whose source multiplies or has a compound assignment or a TorchSharp in-place call
    /// (<see cref="UpdateMarks"/>): hand-written training loops need no reference to the runtime. Each type collects the
    /// updates whose parameter or coefficient comes from a call (<see cref="TypeFlow"/>) and the findings about constants it
    /// declares (<see cref="ConstantFindings"/>), and reports them when done; the updates of a list's elements and the
    /// biases put into lists are joined across the compilation (<see cref="ListJoin"/>).
    /// </summary>
    private protected override void Start(CompilationStartAnalysisContext context, SymbolTable table)
    {
        var half = context.Compilation.GetTypeByMetadataName("System.Half");
        var markers = table.Runtime;
        var lists = new ListJoin();
        ConstantFindings.RegisterPerType(
            context,
            (type, constants) =>
            {
                var flow = new TypeFlow();
                var additions = new ListAdditions();
                type.RegisterCandidateOperationAction(
                    MayUpdate,
                    operation => AnalyzeAssignment(operation, half, markers, flow, constants),
                    SyntaxKind.AddAssignmentExpression,
                    SyntaxKind.SubtractAssignmentExpression,
                    SyntaxKind.MultiplyAssignmentExpression,
                    SyntaxKind.SimpleAssignmentExpression,
                    SyntaxKind.VariableDeclarator);
                type.RegisterCandidateOperationAction(
                    TensorDecays.MayDecay,
                    operation => AnalyzeTensorDecay(operation, flow),
                    SyntaxKind.InvocationExpression);
                type.RegisterSyntaxNodeAction(flow.OnInvocation, SyntaxKind.InvocationExpression);
                type.RegisterSyntaxNodeAction(additions.OnNode, ListAdditions.Kinds);
                type.RegisterSymbolEndAction(end =>
                    ReportFlow(end, flow, lists.Publish(flow.ListUpdates(end.CancellationToken), additions.Biases(markers, end.CancellationToken)), markers));
            });
    }

    /// <summary>
    /// What the source of a project with an update shows somewhere: a product (every L2 term is λ·w), a compound
    /// assignment or a TorchSharp in-place call. Only an update written with none of them, such as
    /// <c>w[i] = w[i] - Shrink(w[i])</c> in a project that multiplies nowhere, goes unanalyzed.
    /// </summary>
    private static readonly string[] UpdateMarks = ["*", "+=", "-=", "mul_", "sub_", "add_"];

    private static void AnalyzeAssignment(CandidateOperation context, INamedTypeSymbol? half, RuntimeSymbols? markers, TypeFlow flow, ConstantFindings constants)
    {
        var candidate = context.Operation switch
        {
            IAssignmentOperation assignment when HasUpdateShape(assignment) && IsFloatingPoint(assignment.Target.Type, half) =>
                UpdatePatterns.Match(assignment, markers),
            IVariableDeclaratorOperation declarator when IsFloatingPoint(declarator.Symbol.Type, half) =>
                UpdatePatterns.MatchLocalGradient(declarator, markers),
            _ => null,
        };
        if (candidate is not { } update || !IsTrainingStep(update, context.ContainingSymbol))
        {
            return;
        }

        flow.OnUpdate(update, context.ContainingSymbol);
        var thresholds = context.Options.ThresholdsFor(context.Operation.Syntax.SyntaxTree);
        if (update.Role != ParameterRoleKind.None)
        {
            context.ReportAll(UpdateDiagnostics.For(update, markers, thresholds, constants, context.ContainingSymbol?.ContainingType));
        }

        if (flow.InBiasSlot(update, context.ContainingSymbol, context.CancellationToken) is { } slot)
        {
            context.ReportAll(UpdateDiagnostics.For(slot, markers, thresholds));
        }
    }

    /// <summary>A TorchSharp parameter decayed in place (<c>p.mul_(1 - lr * wd)</c>): only a list's biases make it a finding.</summary>
    private static void AnalyzeTensorDecay(CandidateOperation context, TypeFlow flow)
    {
        if (context.Operation is IInvocationOperation invocation && TensorDecays.Match(invocation) is { } update)
        {
            flow.OnUpdate(update, context.ContainingSymbol);
        }
    }

    /// <summary>
    /// Evidence that the update trains a model (docs/recognition.md): not a genetic algorithm's mutation, and a short
    /// math name (<c>b</c>, <c>w</c>, <c>W1</c>) only in a gradient step or with a gradient, a learning rate or a network type around it.
    /// </summary>
    private static bool IsTrainingStep(RegularizationUpdate update, ISymbol? containingSymbol) =>
        !TrainingEvidence.IsEvolutionStep(update.Assignment, containingSymbol) &&
        (!TrainingEvidence.IsShortMathName(update.Parameter.Variable.Name) || update.Kind == UpdateKind.PenalizedStep ||
         TrainingEvidence.HasTrainingContext(update.Assignment, containingSymbol, update.Parameter.Variable));

    private static void ReportFlow(SymbolAnalysisContext context, TypeFlow flow, IEnumerable<FlowFinding> listFindings, RuntimeSymbols? markers)
    {
        foreach (var finding in flow.Findings(markers, context.CancellationToken).Concat(listFindings))
        {
            var thresholds = context.Options.ThresholdsFor(finding.At.Syntax.SyntaxTree);
            context.ReportAll(UpdateDiagnostics.For(finding, markers, thresholds));
        }
    }

    /// <summary>
    /// The syntax-only filter: *=; += or -= with a product or a call on the right; = with a product, or a sum or difference
    /// that has a product or a call in it, on the right (through parentheses and casts); a local initialized with a sum or
    /// difference that has one in it (<c>var g = grads[i] + wd * w[i]</c>).
    /// </summary>
    private static bool MayUpdate(SyntaxNode node)
    {
        switch (node)
        {
            case VariableDeclaratorSyntax { Initializer.Value: var initial }:
                return Unparenthesized(initial).Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression && HasProduct(initial);
            case VariableDeclaratorSyntax:
                return false;
            case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } simple:
                return Unparenthesized(simple.Right).Kind() is SyntaxKind.MultiplyExpression ||
                    (Unparenthesized(simple.Right).Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression && HasProduct(simple.Right));
            case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression or (int)SyntaxKind.SubtractAssignmentExpression } compound:
                return HasProduct(compound.Right);
            default:
                return true;
        }
    }

    /// <summary>
    /// Whether <paramref name="value"/> may multiply: every L2 term is a product (λ·w) or a square (<c>Math.Pow(w, 2)</c>),
    /// so a sum with neither a product nor a call in it is no update.
    /// </summary>
    private static bool HasProduct(ExpressionSyntax value) =>
        value.DescendantNodesAndSelf().Any(inner => inner.IsKind(SyntaxKind.MultiplyExpression) || inner.IsKind(SyntaxKind.InvocationExpression));

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax value)
    {
        while (value is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            value = value is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((CastExpressionSyntax)value).Expression;
        }

        return value;
    }

    /// <summary>The exact filter on the operation: +=, -=, *=, or = with a sum, difference or product on the right.</summary>
    private static bool HasUpdateShape(IAssignmentOperation assignment) => assignment switch
    {
        ICompoundAssignmentOperation compound => compound.OperatorKind is
            BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply,
        ISimpleAssignmentOperation { IsRef: false } simple => simple.Value.WithoutNumericConversions() is IBinaryOperation
        {
            OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply,
        },
        _ => false,
    };

    private static bool IsFloatingPoint(ITypeSymbol? type, INamedTypeSymbol? half) =>
        type is not null &&
        (type.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal ||
         type.TypeKind == TypeKind.TypeParameter ||
         SymbolEqualityComparer.Default.Equals(type, half));
}
