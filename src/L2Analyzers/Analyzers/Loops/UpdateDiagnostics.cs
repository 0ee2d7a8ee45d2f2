using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared;
using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Common.Symbols;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Conventions;
using L2Analyzers.Judgement;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>The diagnostics one hand-written regularization update deserves.</summary>
internal static class UpdateDiagnostics
{
    /// <summary>
    /// L2R002 for a bias, L2R008 for a normalization parameter, and the judgement of <see cref="LambdaJudge"/> on a
    /// constant λ: L2R001/L2R003 at λ, L2R004 at the statement of a penalized step whose constant η·λ ≥ 1.
    /// </summary>
    /// <param name="update">The update.</param>
    /// <param name="markers">The runtime's symbols, for the <c>[Bias]</c> and <c>[NormalizationParameter]</c> markers; null without the runtime.</param>
    /// <param name="thresholds">The suspicion thresholds configured for the file.</param>
    /// <param name="constants">
    /// Holds the findings about a λ read from a constant declared in <paramref name="type"/> (a local, a const, a readonly
    /// field), reported once at the declaration when the type's analysis ends; they are not returned.
    /// </param>
    /// <param name="type">The type being analyzed.</param>
    public static IEnumerable<Diagnostic> For(
        RegularizationUpdate update, RuntimeSymbols? markers, SuspicionThresholds thresholds, ConstantFindings constants, INamedTypeSymbol? type)
    {
        var statement = update.Assignment.Syntax.GetLocation();
        if (OnExemptParameter(update, update.Role, statement, update.Parameter.Variable.Name, markers) is { } exempt)
        {
            yield return exempt;
        }

        var optimizer = update.Kind == UpdateKind.GradientPenalty && AdaptiveScaling.Optimizer(update.Target) is { } adaptive
            ? new Optimizer(adaptive, "this hand-written update")
            : (Optimizer?)null;
        var constant = update.Lambda.Length == 1 ? update.Lambda[0].Operation.WithoutNumericConversions().Syntax : null;

        // A decay that grows the parameter is wrong in the statement (its sign), not in the constant.
        var declaration = update.Grows ? null : DeclaredIn(update.Lambda, type);
        var words = Words(update, constant);
        if (ValueOf(update.Lambda) is not { } value)
        {
            // Coupling under an adaptive optimizer does not depend on λ's value.
            foreach (var finding in optimizer is null ? Enumerable.Empty<Finding>() : LambdaJudge.JudgeTraining(new L2Use(update.Mode, null, words) { Optimizer = optimizer }, thresholds))
            {
                yield return finding.ToDiagnostic(statement);
            }

            yield break;
        }

        var use = new L2Use(update.Mode, update.Grows ? -value : value, words)
        {
            LearningRate = LearningRateOf(update),
            Optimizer = optimizer,
        };
        foreach (var diagnostic in Judged(use, thresholds, statement, LocationOf(update.Lambda), constant, update.Mode, held: declaration is not null))
        {
            yield return diagnostic;
        }

        if (declaration is not null)
        {
            // The findings about the value itself, reported at its declaration (once for all its uses).
            constants.Hold(declaration, use, thresholds, LocationOf(update.Lambda));
        }
    }

    /// <summary>The declaration of a λ that is one constant read through a name declared in <paramref name="type"/>, or null.</summary>
    private static ConstantDeclaration? DeclaredIn(ImmutableArray<Factor> lambda, INamedTypeSymbol? type) =>
        lambda is [{ Reciprocal: false } factor] ? ConstantFindings.DeclaredIn(factor.Operation, type) : null;

    /// <summary>
    /// The diagnostics of an update joined with a call or a list elsewhere in its type: L2R002 or L2R008 at a helper's
    /// bias or normalization argument or at a list's update, and the judgement of a constant passed to the helper, at that argument.
    /// </summary>
    public static IEnumerable<Diagnostic> For(FlowFinding flow, RuntimeSymbols? markers, SuspicionThresholds thresholds)
    {
        var at = flow.At.Syntax.GetLocation();
        switch (flow.Kind)
        {
            case FlowKind.BiasArgument or FlowKind.BiasInList or FlowKind.BiasSlot:
                yield return OnExemptParameter(flow.Update, ParameterRoleKind.Bias, at, flow.ParameterName, markers)!;
                break;
            case FlowKind.NormalizationArgument:
                yield return OnExemptParameter(flow.Update, ParameterRoleKind.Normalization, at, flow.ParameterName, markers)!;
                break;
            case FlowKind.ConstantArgument when flow.Lambda is { } lambda:
                var argument = flow.At is IArgumentOperation passed ? passed.Value.WithoutNumericConversions().Syntax : flow.At.Syntax;
                var words = new LoopWording(flow.Update.Mode, Quoted.Collapse(flow.Update.Assignment.Syntax.ToString()), NameOf(flow.Update.Lambda) ?? "λ", null, null);
                var use = new L2Use(flow.Update.Mode, flow.Update.Grows ? -lambda : lambda, words) { LearningRate = LearningRateOf(flow.Update) };
                foreach (var diagnostic in Judged(use, thresholds, at, at, argument, flow.Update.Mode))
                {
                    yield return diagnostic;
                }

                break;
        }
    }

    /// <summary>
    /// How the update's messages quote it: by its constant's name, or by the statement when the constant is a literal in it;
    /// its form can change when it is a simple compound assignment of that literal.
    /// </summary>
    private static LoopWording Words(RegularizationUpdate update, SyntaxNode? constant)
    {
        string statement = Quoted.Collapse(update.Assignment.Syntax.ToString());
        var target = constant is null ? null : ValueRewrite.FormTarget(constant, update.Mode);
        string? name = NameOf(update.Lambda);
        string? literal = name is null && constant is not null ? Quoted.Collapse(constant.ToString()) : null;
        return new LoopWording(update.Mode, statement, name, target is null ? null : Quoted.Collapse(target.ToString()), literal);
    }

    private static LearningRate? LearningRateOf(RegularizationUpdate update) =>
        ValueOf(update.LearningRate) is { } eta ? new LearningRate(eta, $"'{Text(update.LearningRate)}'") : null;

    /// <summary>
    /// The findings at λ (L2R004 and L2R005 at the statement); L2R001's readings are fixes when the constant can be
    /// rewritten. Those at λ are left out when <paramref name="held"/>: λ is a declared constant, reported at its declaration.
    /// </summary>
    private static IEnumerable<Diagnostic> Judged(
        L2Use use,
        SuspicionThresholds thresholds,
        Location statement,
        Location lambda,
        SyntaxNode? constant,
        L2Mode written,
        bool held = false)
    {
        foreach (var finding in LambdaJudge.Judge(use, thresholds))
        {
            bool atStatement = !ConstantFindings.IsAboutValue(finding);
            if (!atStatement && held)
            {
                continue;
            }

            yield return ValueRewrite.Marked(finding, constant, written).ToDiagnostic(atStatement ? statement : lambda);
        }
    }

    /// <summary>
    /// L2R002 on a bias, L2R008 on a normalization parameter, null otherwise; a linear model's own scalar bias is only a
    /// suggestion (docs/recognition.md).
    /// </summary>
    private static Diagnostic? OnExemptParameter(RegularizationUpdate update, ParameterRoleKind role, Location location, string name, RuntimeSymbols? markers)
    {
        switch (role)
        {
            case ParameterRoleKind.Bias:
                var (what, action) = Explanation(update, $"the bias {Quoted.Name(name)}", "biases");
                return LinearModels.IsLinearModelBias(update.Parameter, markers)
                    ? Diagnostic.Create(Descriptors.L2OnBias, location, DiagnosticSeverity.Info, null, null, what, action)
                    : Diagnostic.Create(Descriptors.L2OnBias, location, what, action);
            case ParameterRoleKind.Normalization:
                var (does, instead) = Explanation(update, $"the normalization parameter {Quoted.Name(name)}", "normalization parameters");
                return Diagnostic.Create(Descriptors.L2OnNormalization, location, does, instead);
            default:
                return null;
        }
    }

    /// <summary>What the update does to an exempt <paramref name="parameter"/> (a bias, a normalization parameter), and what to do instead.</summary>
    private static (string What, string Action) Explanation(RegularizationUpdate update, string parameter, string parameters)
    {
        string code = Quoted.Code(update.Assignment.Syntax.ToString());
        return update.Kind switch
        {
            UpdateKind.GradientPenalty => ($"{code} adds a penalty to the gradient that pulls {parameter} toward 0.", $"Drop this term for {parameters}."),
            UpdateKind.PenalizedStep => ($"The penalty term in {code} pulls {parameter} toward 0 every step.", $"Drop the penalty term for {parameters}."),
            UpdateKind.LossPenalty => ($"{code} adds {parameter} to the loss penalty.", $"Leave {parameters} out of the penalty."),
            _ => ($"{code} decays {parameter} like a weight.", $"Drop the decay for {parameters}."),
        };
    }

    /// <summary>The product of the factors, or null when one of them is not known at compile time.</summary>
    private static double? ValueOf(ImmutableArray<Factor> factors)
    {
        if (factors.IsEmpty)
        {
            return null;
        }

        double product = 1;
        foreach (var factor in factors)
        {
            if (ConstantValues.Evaluate(factor.Operation) is not { } value)
            {
                return null;
            }

            product = factor.Reciprocal ? product / value : product * value;
        }

        return product;
    }

    /// <summary>A coefficient as written: its names joined (<c>weightDecay</c>, <c>lambda / n</c>), or null when it is only literals.</summary>
    private static string? NameOf(ImmutableArray<Factor> factors) =>
        factors.All(factor => factor.Operation.WithoutNumericConversions() is ILiteralOperation or IUnaryOperation { Operand: ILiteralOperation })
            ? null
            : Text(factors);

    /// <summary>The factors as written, joined: <c>learningRate / batchSize</c>.</summary>
    private static string Text(ImmutableArray<Factor> factors)
    {
        var multiplied = factors.Where(factor => !factor.Reciprocal).Select(factor => factor.Operation.Syntax.ToString());
        var divided = factors.Where(factor => factor.Reciprocal).Select(factor => " / " + factor.Operation.Syntax);
        string numerator = string.Join(" * ", multiplied);
        return (numerator.Length == 0 ? "1" : numerator) + string.Concat(divided);
    }

    /// <summary>The span from the first to the last factor.</summary>
    private static Location LocationOf(ImmutableArray<Factor> factors)
    {
        int start = factors.Min(factor => factor.Operation.Syntax.SpanStart);
        int end = factors.Max(factor => factor.Operation.Syntax.Span.End);
        return Location.Create(factors[0].Operation.Syntax.SyntaxTree, TextSpan.FromBounds(start, end));
    }
}
