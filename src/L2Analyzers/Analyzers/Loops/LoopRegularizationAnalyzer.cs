using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>
/// Checks L2 regularization written by hand in training loops: weight decay (<c>w[i] -= d * w[i]</c>), retention
/// factors (<c>w[i] *= r</c>), gradient penalties (<c>g[i] += λ * w[i]</c>) and penalized steps
/// (<c>w[i] -= η * (g[i] + λ * w[i])</c>). Reports decay on biases (L2R002) and normalization parameters (L2R008), constants that do not fit the pattern
/// (L2R001, L2R003) and penalized steps that are unstable with their learning rate (L2R004), judged by
/// <see cref="LambdaJudge"/> like every other place L2 is written.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LoopRegularizationAnalyzer : L2AnalyzerBase
{
    /// <summary>Creates the analyzer.</summary>
    public LoopRegularizationAnalyzer()
        : base(
        Descriptors.LambdaSuspiciousForMode,
        Descriptors.L2OnBias,
        Descriptors.L2OnNormalization,
        Descriptors.LambdaInvalidForMode,
        Descriptors.UnstableWithLearningRate)
    {
    }

    /// <summary>Runs on every compilation: hand-written training loops need no reference to the runtime.</summary>
    private protected override void Start(CompilationStartAnalysisContext context, SymbolTable table)
    {
        var half = context.Compilation.GetTypeByMetadataName("System.Half");
        var markers = table.Runtime;
        context.RegisterOperationAction(
            operationContext => AnalyzeAssignment(operationContext, half, markers),
            OperationKind.CompoundAssignment,
            OperationKind.SimpleAssignment);
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, INamedTypeSymbol? half, RuntimeSymbols? markers)
    {
        var assignment = (IAssignmentOperation)context.Operation;
        if (!HasUpdateShape(assignment) || !IsFloatingPoint(assignment.Target.Type, half))
        {
            return;
        }

        if (UpdatePatterns.Match(assignment, markers) is not { } update)
        {
            return;
        }

        var thresholds = context.Options.ThresholdsFor(assignment.Syntax.SyntaxTree);
        context.ReportAll(UpdateDiagnostics.For(update, markers, thresholds));
    }

    /// <summary>The cheap first filter: +=, -=, *=, or = with a sum, difference or product on the right.</summary>
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
