using System.Collections.Generic;
using System.Collections.Immutable;
using L2Analyzers.Common;
using L2Analyzers.Conventions.Explanations;
using L2Analyzers.Diagnostics;

namespace L2Analyzers.Conventions;

/// <summary>
/// Judges an <see cref="L2Use"/> against the conventions, the same way wherever L2 is written: rules L2R007 (mode not
/// stated), L2R003 (invalid lambda), L2R001 (suspicious lambda), L2R004 (unstable with η) and L2R005 (coupled L2 under an
/// adaptive optimizer). A lambda that is not a constant is not judged.
/// </summary>
internal static class LambdaJudge
{
    /// <summary>Every finding for <paramref name="use"/>.</summary>
    public static ImmutableArray<Finding> Judge(L2Use use, SuspicionThresholds thresholds)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        findings.AddRange(JudgeConvention(use, thresholds));
        findings.AddRange(JudgeTraining(use));
        return findings.ToImmutable();
    }

    /// <summary>
    /// The findings that depend on the lambda and mode only (L2R007, L2R003, L2R001); <see cref="L2Use.LearningRate"/>
    /// only enriches their messages.
    /// </summary>
    public static IEnumerable<Finding> JudgeConvention(L2Use use, SuspicionThresholds thresholds)
    {
        if (!use.ModeStated)
        {
            yield return new Finding(
                Descriptors.ModeNotStated,
                FindingTarget.Whole,
                ImmutableArray.Create(UnstatedMode.Explain(use.Lambda, use.LambdaStated, use.LearningRate)),
                ModeChanges.ToProperties(UnstatedMode.Fixes(use.Lambda, use.LambdaStated, thresholds)));
        }

        if (use.Lambda is not { } lambda || (use.ModeStated && use.Mode is null))
        {
            yield break;
        }

        if (InvalidLambda.Explain(use.Mode, lambda) is { } invalid)
        {
            string convention = use.Mode is null ? InvalidLambda.AnyMode : Convention(use);
            yield return Create(Descriptors.LambdaInvalidForMode, FindingTarget.Lambda, use.What, Numbers.Format(lambda), convention, invalid);
        }
        else if (use.Mode is { } mode && thresholds.IsSuspicious(mode, lambda))
        {
            yield return new Finding(
                Descriptors.LambdaSuspiciousForMode,
                FindingTarget.Lambda,
                ImmutableArray.Create(use.What, Numbers.Format(lambda), Convention(use), SuspiciousLambda.Explain(mode, lambda, use.LearningRate)),
                ModeChanges.ToProperties(SuspiciousLambda.Fixes(mode, lambda, use.LearningRate, thresholds)));
        }
    }

    /// <summary>The findings that depend on the learning rate and optimizer (L2R004, L2R005); none for an unstated mode.</summary>
    public static IEnumerable<Finding> JudgeTraining(L2Use use)
    {
        if (!use.ModeStated || use.Mode is not { } mode ||
            (use.Lambda is { } value && LambdaValidity.Problem(mode, value) is not null))
        {
            yield break;
        }

        if (use.Lambda is { } lambda && use.LearningRate is { } learningRate &&
            Stability.IsUnstable(mode, lambda, learningRate.Value, use.Optimizer))
        {
            yield return Create(Descriptors.UnstableWithLearningRate, FindingTarget.Lambda, Instability.Explain(mode, lambda, learningRate));
        }

        if (mode == L2Mode.GradientPenalty && use.Optimizer is { IsAdaptive: true } optimizer)
        {
            yield return new Finding(
                Descriptors.CoupledL2UnderAdaptiveOptimizer,
                FindingTarget.Mode,
                ImmutableArray.Create(AdaptiveCoupling.Explain(use.Lambda, optimizer)),
                ModeChanges.ToProperties([AdaptiveCoupling.Fix(use.Lambda)]));
        }
    }

    private static string Convention(L2Use use) => use.Convention ?? Modes.WithFormula(use.Mode!.Value);

    private static Finding Create(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, FindingTarget target, params string[] arguments) =>
        new(descriptor, target, arguments.ToImmutableArray(), ImmutableDictionary<string, string?>.Empty);
}
