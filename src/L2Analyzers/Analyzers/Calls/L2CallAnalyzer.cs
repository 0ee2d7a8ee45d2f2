using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Common;
using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Calls;

/// <summary>
/// Checks calls to the runtime's own L2 API (for example <c>L2Update.Step(L2Mode.WeightDecay, 0.97, …)</c>) whose mode
/// and lambda are constants, with the same rules as the attributes; a constant learning rate argument is used too.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class L2CallAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.LambdaSuspiciousForMode,
        Descriptors.LambdaInvalidForMode,
        Descriptors.UnstableWithLearningRate);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownSymbols.Resolve(start.Compilation) is not { } symbols || KnownCalls.Resolve(symbols) is not { IsEmpty: false } calls)
            {
                return;
            }

            start.RegisterOperationAction(operation => Analyze(operation, calls), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, KnownCalls calls)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (calls.Find(invocation.TargetMethod) is not { } shape ||
            Argument(invocation, shape.LambdaParameter) is not { } lambdaArgument)
        {
            return;
        }

        var modeArgument = shape.ModeParameter is null ? null : Argument(invocation, shape.ModeParameter);
        L2ModeKind? mode = shape.FixedMode ?? ConstantMode(modeArgument);
        double? lambda = Constant(lambdaArgument);
        if (mode is null || lambda is null)
        {
            return;
        }

        var learningRate = shape.LearningRateParameter is { } name && Constant(Argument(invocation, name)) is { } eta
            ? new LearningRate(eta, $"the {name} argument")
            : (LearningRate?)null;
        var use = new L2Use(mode, lambda)
        {
            What = shape.LambdaParameter,
            LearningRate = learningRate,
            Optimizer = shape.Optimizer is { } optimizer ? new Optimizer(optimizer, invocation.TargetMethod.Name) : null,
        };

        var thresholds = SuspicionThresholds.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(invocation.Syntax.SyntaxTree));
        foreach (var finding in LambdaJudge.Judge(use, thresholds))
        {
            var target = finding.Target switch
            {
                FindingTarget.Lambda => lambdaArgument,
                FindingTarget.Mode when modeArgument is not null => modeArgument,
                _ => (IOperation)invocation,
            };
            var properties = CallFixProperties(finding, shape, lambdaArgument);
            context.ReportDiagnostic((finding with { Properties = properties }).ToDiagnostic(target.Syntax.GetLocation()));
        }
    }

    /// <summary>The finding's rewrites the call can take (a method that fixes its mode only takes that mode), and where its arguments are.</summary>
    private static ImmutableDictionary<string, string?> CallFixProperties(Finding finding, CallShape shape, IArgumentOperation lambdaArgument)
    {
        var changes = ModeChanges.FromProperties(finding.Properties)
            .Where(change => shape.FixedMode is null || change.Mode == shape.FixedMode)
            .ToImmutableArray();
        var properties = ModeChanges.ToProperties(changes).SetItem(CallProperties.LambdaParameter, shape.LambdaParameter);
        if (shape.ModeParameter is not null)
        {
            properties = properties.SetItem(CallProperties.ModeParameter, shape.ModeParameter);
        }

        return lambdaArgument.Parameter?.Type.SpecialType == SpecialType.System_Single
            ? properties.SetItem(CallProperties.LambdaType, CallProperties.Single)
            : properties;
    }

    private static IArgumentOperation? Argument(IInvocationOperation invocation, string parameter) =>
        invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameter);

    private static L2ModeKind? ConstantMode(IArgumentOperation? argument) =>
        argument?.Value.ConstantValue is { HasValue: true, Value: int raw } && raw is >= 0 and <= (int)L2ModeKind.DecayFactor
            ? (L2ModeKind)raw
            : null;

    private static double? Constant(IArgumentOperation? argument) => argument?.Value.ConstantValue is { HasValue: true } constant
        ? constant.Value switch
        {
            double d => d,
            float f => Numbers.FromSingle(f),
            int i => i,
            _ => null,
        }
        : null;
}
