using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>The diagnostics one hand-written regularization update deserves.</summary>
internal static class UpdateDiagnostics
{
    private const int MaxQuotedLength = 72;

    /// <summary>L2R002 for a bias, L2R001/L2R003 for a constant λ that does not fit, L2R004 for an unstable penalized step.</summary>
    public static IEnumerable<Diagnostic> For(RegularizationUpdate update)
    {
        if (update.Parameter.Role == NameRole.Bias)
        {
            yield return Diagnostic.Create(
                Descriptors.L2OnBias,
                update.Assignment.Syntax.GetLocation(),
                update.Parameter.Variable.Name,
                BiasExplanation(update));
        }

        if (ValueOf(update.Lambda) is not { } lambda)
        {
            yield break;
        }

        var judgement = LambdaJudgement.Judge(update.Mode, lambda);
        if (LambdaDiagnostics.ForValue(judgement, LocationOf(update.Lambda), NameOf(update), lambda, update.Convention) is { } valueDiagnostic)
        {
            yield return valueDiagnostic;
        }

        if (update.Kind == UpdateKind.PenalizedStep && judgement.Verdict != Verdict.Invalid &&
            ValueOf(update.LearningRate) is { } learningRate &&
            LambdaDiagnostics.ForStability(learningRate, lambda, update.Assignment.Syntax.GetLocation()) is { } stability)
        {
            yield return stability;
        }
    }

    private static string BiasExplanation(RegularizationUpdate update)
    {
        string code = Quote(update.Assignment);
        return update.Kind switch
        {
            UpdateKind.GradientPenalty =>
                $"'{code}' adds its penalty to the gradient, which pulls the bias toward 0; penalize the weights only and drop this term for biases",
            UpdateKind.PenalizedStep =>
                $"the penalty term in '{code}' pulls it toward 0 every step like a weight; keep the gradient step and drop the penalty term for biases",
            _ => $"'{code}' shrinks it toward 0 every step like a weight; decay the weights only and drop this update for biases",
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

    /// <summary>λ as written: its names joined (<c>weightDecay</c>, <c>lambda / n</c>), or the symbol when it is only literals.</summary>
    private static string NameOf(RegularizationUpdate update)
    {
        if (update.Lambda.All(factor => LinearTerms.Unwrap(factor.Operation) is ILiteralOperation or IUnaryOperation { Operand: ILiteralOperation }))
        {
            return LambdaJudgement.Symbol(update.Mode);
        }

        var multiplied = update.Lambda.Where(factor => !factor.Reciprocal).Select(factor => factor.Operation.Syntax.ToString());
        var divided = update.Lambda.Where(factor => factor.Reciprocal).Select(factor => " / " + factor.Operation.Syntax);
        string numerator = string.Join(" * ", multiplied);
        return (numerator.Length == 0 ? "1" : numerator) + string.Concat(divided);
    }

    /// <summary>The span from the first to the last factor of λ.</summary>
    private static Location LocationOf(ImmutableArray<Factor> factors)
    {
        var first = factors[0].Operation.Syntax;
        int start = factors.Min(factor => factor.Operation.Syntax.SpanStart);
        int end = factors.Max(factor => factor.Operation.Syntax.Span.End);
        return Location.Create(first.SyntaxTree, TextSpan.FromBounds(start, end));
    }

    private static string Quote(IOperation assignment)
    {
        string code = Regex.Replace(assignment.Syntax.ToString(), @"\s+", " ");
        return code.Length <= MaxQuotedLength ? code : code.Substring(0, MaxQuotedLength - 1) + "…";
    }
}
