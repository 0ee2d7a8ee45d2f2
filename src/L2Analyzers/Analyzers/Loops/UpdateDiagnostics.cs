using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Common.Symbols;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>The diagnostics one hand-written regularization update deserves.</summary>
internal static class UpdateDiagnostics
{
    private const int MaxQuotedLength = 72;

    /// <summary>
    /// L2R002 for a bias, L2R008 for a normalization parameter, and the judgement of <see cref="LambdaJudge"/> on a
    /// constant λ: L2R001/L2R003 at λ, L2R004 at the statement of a penalized step whose constant η·λ ≥ 1.
    /// </summary>
    /// <param name="update">The update.</param>
    /// <param name="markers">The runtime's symbols, for the <c>[Bias]</c> and <c>[NormalizationParameter]</c> markers; null without the runtime.</param>
    /// <param name="thresholds">The suspicion thresholds configured for the file.</param>
    public static IEnumerable<Diagnostic> For(RegularizationUpdate update, RuntimeSymbols? markers, SuspicionThresholds thresholds)
    {
        var statement = update.Assignment.Syntax.GetLocation();
        string parameter = update.Parameter.Variable.Name;
        switch (update.Parameter.RoleWith(markers))
        {
            case ParameterRoleKind.Bias:
                yield return Diagnostic.Create(
                    Descriptors.L2OnBias, statement, parameter, Explanation(update, "bias", "biases", Exemptions.BiasAdvice));
                break;
            case ParameterRoleKind.Normalization:
                yield return Diagnostic.Create(
                    Descriptors.L2OnNormalization,
                    statement,
                    parameter,
                    Explanation(update, "normalization parameter", "normalization parameters", Exemptions.NormalizationAdvice));
                break;
        }

        if (ValueOf(update.Lambda) is not { } lambda)
        {
            yield break;
        }

        var use = new L2Use(update.Mode, lambda)
        {
            What = NameOf(update.Lambda, "λ"),
            LearningRate = ValueOf(update.LearningRate) is { } eta ? new LearningRate(eta, $"'{Text(update.LearningRate)}'") : null,
        };
        foreach (var finding in LambdaJudge.Judge(use, thresholds))
        {
            // The rewrites a finding carries are for [L2] attributes and runtime calls, not for loops.
            var location = finding.Descriptor == Descriptors.UnstableWithLearningRate ? statement : LocationOf(update.Lambda);
            yield return (finding with { Properties = ImmutableDictionary<string, string?>.Empty }).ToDiagnostic(location);
        }
    }

    /// <summary>What the update does to an exempt <paramref name="parameter"/> (bias, normalization parameter) and why it should not.</summary>
    private static string Explanation(RegularizationUpdate update, string parameter, string parameters, string advice)
    {
        string code = Quote(update.Assignment);
        string what = update.Kind switch
        {
            UpdateKind.GradientPenalty => $"'{code}' adds its penalty to the gradient, which pulls the {parameter} toward 0; drop this term for {parameters}",
            UpdateKind.PenalizedStep => $"the penalty term in '{code}' pulls it toward 0 every step; keep the gradient step and drop the penalty term for {parameters}",
            _ => $"'{code}' shrinks it toward 0 every step like a weight; drop this update for {parameters}",
        };
        return $"{what}: {advice}";
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

    /// <summary>A coefficient as written: its names joined (<c>weightDecay</c>, <c>lambda / n</c>), or its symbol when it is only literals.</summary>
    private static string NameOf(ImmutableArray<Factor> factors, string symbol)
    {
        if (factors.All(factor => factor.Operation.WithoutNumericConversions() is ILiteralOperation or IUnaryOperation { Operand: ILiteralOperation }))
        {
            return symbol;
        }

        return Text(factors);
    }

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

    private static string Quote(IOperation assignment)
    {
        string code = Regex.Replace(assignment.Syntax.ToString(), @"\s+", " ");
        return code.Length <= MaxQuotedLength ? code : code.Substring(0, MaxQuotedLength - 1) + "…";
    }
}
