using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared;
using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Common;
using L2Analyzers.Conventions;
using L2Analyzers.Judgement;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Calls;

/// <summary>
/// Checks calls to the runtime's own L2 API (<c>L2Update.Step(L2Mode.WeightDecay, 0.97, …)</c>, <c>L2Update.RegularizedStep</c>,
/// <c>L2Kernels</c>, <c>L2Convention</c>, <c>new L2Regularization(…)</c>) whose mode and lambda are constants, with the
/// same rules as the attributes; a constant learning rate and the optimizer's type are used when the call has them. A λ
/// read through a name declared in the call's type is judged once at its declaration (<see cref="ConstantFindings"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class L2CallAnalyzer() : L2AnalyzerBase(RuntimeMentions, Descriptors.AppliedL2Rules)
{
    private protected override void Start(CompilationStartAnalysisContext context, SymbolTable table)
    {
        if (table.Runtime is not { } symbols || KnownCalls.Resolve(symbols) is not { IsEmpty: false } calls)
        {
            return;
        }

        // Per type, for the constants it declares (ConstantFindings); only here, where the runtime is referenced.
        ConstantFindings.RegisterPerType(
            context,
            (type, constants) => type.RegisterCandidateOperationAction(
                calls.MayCall,
                operation => Analyze(operation, calls, symbols, constants),
                SyntaxKind.InvocationExpression,
                SyntaxKind.ObjectCreationExpression,
                SyntaxKind.ImplicitObjectCreationExpression));
    }

    /// <summary>
    /// Judges a call's constant mode and λ; the findings about a λ read through a name declared in the call's type are
    /// held in <paramref name="constants"/>, reported once at the declaration.
    /// </summary>
    private static void Analyze(CandidateOperation context, KnownCalls calls, RuntimeSymbols symbols, ConstantFindings constants)
    {
        var (method, arguments) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (method is null || calls.Find(method) is not { } shape || arguments.Argument(shape.LambdaParameter) is not { } lambdaArgument)
        {
            return;
        }

        var modeArgument = arguments.Argument(shape.ModeParameter);
        L2Mode? mode = shape.FixedMode ?? ConstantMode(modeArgument);
        double? lambda = ConstantValues.Evaluate(lambdaArgument.Value);
        if (context.Operation is IInvocationOperation call && HasEffect(mode, lambda) && KernelArguments.ExemptParameter(call, symbols) is { } exempt)
        {
            context.Report(OnExemptParameter(call, exempt.Argument, exempt.Role));
        }

        if (mode is null || lambda is null)
        {
            return;
        }

        var optimizerValue = arguments.Argument(shape.OptimizerParameter)?.Value.WithoutConversions();
        var use = new L2Use(mode, lambda, new CallWording(shape.LambdaParameter, shape.FixedMode, method.ContainingType.Name + "." + method.Name))
        {
            LearningRate = LearningRateOf(arguments, shape, optimizerValue),
            Optimizer = shape.Optimizer is { } own ? new Optimizer(own, method.Name) : OptimizerOf(optimizerValue),
        };

        var thresholds = context.Options.ThresholdsFor(context.Operation.Syntax.SyntaxTree);
        var declaration = ConstantFindings.DeclaredIn(lambdaArgument.Value, context.ContainingSymbol?.ContainingType);
        if (declaration is not null)
        {
            constants.Hold(declaration, use, thresholds, lambdaArgument.Value.Syntax.GetLocation());
        }

        foreach (var finding in LambdaJudge.Judge(use, thresholds).Where(finding => declaration is null || !ConstantFindings.IsAboutValue(finding)))
        {
            var target = finding.Target switch
            {
                FindingTarget.Lambda => lambdaArgument,
                FindingTarget.Mode when modeArgument is not null => modeArgument,
                _ => context.Operation,
            };
            var properties = CallFixProperties(finding, shape, lambdaArgument);
            context.Report((finding with { Properties = properties }).ToDiagnostic(target.Syntax.GetLocation()));
        }
    }

    /// <summary>Whether the call changes the parameters at all: not with λ = 0, nor with a retention factor of 1.</summary>
    private static bool HasEffect(L2Mode? mode, double? lambda) =>
        lambda is not { } value || (mode == L2Mode.DecayFactor ? value != 1 : value != 0);

    /// <summary>L2R002 or L2R008 at the argument that passes a bias or a normalization parameter to a kernel.</summary>
    private static Diagnostic OnExemptParameter(IInvocationOperation call, IArgumentOperation argument, ParameterRoleKind role)
    {
        string name = Quoted.Name(argument.Value.Syntax.ToString());
        string method = call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name;
        return role == ParameterRoleKind.Normalization
            ? Diagnostic.Create(Descriptors.L2OnNormalization, argument.Value.Syntax.GetLocation(),
                $"{method} regularizes the normalization parameter {name} like a weight.", "Pass the weights only.")
            : Diagnostic.Create(Descriptors.L2OnBias, argument.Value.Syntax.GetLocation(),
                $"{method} regularizes the bias {name} like a weight.", "Pass the weights only.");
    }

    /// <summary>The learning rate argument, or the one of an optimizer created in the argument itself.</summary>
    private static LearningRate? LearningRateOf(ImmutableArray<IArgumentOperation> arguments, CallShape shape, IOperation? optimizer)
    {
        if (ConstantValues.Evaluate(arguments.Argument(shape.LearningRateParameter)?.Value) is { } eta)
        {
            return new LearningRate(eta, $"the {shape.LearningRateParameter} argument");
        }

        return optimizer is IObjectCreationOperation creation && ConstantValues.Evaluate(creation.Arguments.Argument("learningRate")?.Value) is { } created
            ? new LearningRate(created, "the optimizer's learningRate argument")
            : null;
    }

    /// <summary>The optimizer the argument's own type names (<c>AdamOptimizer&lt;T&gt;</c> is Adam), or null for an interface.</summary>
    private static Optimizer? OptimizerOf(IOperation? optimizer)
    {
        const string suffix = "Optimizer";
        return optimizer?.Type is INamedTypeSymbol { TypeKind: TypeKind.Class, Name: { Length: > 9 } name } && name.EndsWith(suffix, System.StringComparison.Ordinal)
            ? new Optimizer(name.Substring(0, name.Length - suffix.Length), "the optimizer argument")
            : null;
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

    private static L2Mode? ConstantMode(IArgumentOperation? argument) =>
        ConstantValues.Integer(argument?.Value) is { } raw && raw is >= 0 and <= (int)L2Mode.DecayFactor ? (L2Mode)raw : null;
}
