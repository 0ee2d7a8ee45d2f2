using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Conventions;
using L2Analyzers.Judgement.Explanations;

namespace L2Analyzers.Judgement;

/// <summary>
/// Judges an <see cref="L2Use"/> the same way wherever L2 is written, through <see cref="Acceptance"/>: rules L2R007
/// (mode not stated), L2R003 (invalid lambda), L2R001 (suspicious lambda), L2R004 (unstable with η) and L2R005 (coupled
/// L2 under an adaptive optimizer). A lambda that is not a constant is not judged.
/// </summary>
internal static class LambdaJudge
{
    /// <summary>Every finding for <paramref name="use"/>.</summary>
    public static ImmutableArray<Finding> Judge(L2Use use, SuspicionThresholds thresholds) =>
        JudgeConvention(use, thresholds).Concat(JudgeTraining(use, thresholds)).ToImmutableArray();

    /// <summary>
    /// The findings of the value in its mode (L2R007, L2R003, L2R001), with the use's η when it is known; a value that
    /// is unstable with that η is L2R004's, not L2R001's.
    /// </summary>
    public static IEnumerable<Finding> JudgeConvention(L2Use use, SuspicionThresholds thresholds)
    {
        if (!use.ModeStated)
        {
            yield return UnstatedMode.Judge(use, thresholds);
        }

        if (use.Lambda is not { } lambda || (use.ModeStated && use.Mode is null))
        {
            yield break;
        }

        if (InvalidLambda.Judge(use.Mode, lambda, use.Words) is { } invalid)
        {
            yield return invalid;
        }
        else if (use.Mode is { } mode && use.In(mode) is { } setting && Acceptance.IsSuspicious(setting, thresholds) && !IsUnstable(use, setting))
        {
            yield return SuspiciousLambda.Judge(setting, use.Words, thresholds);
        }
    }

    /// <summary>Whether η·λ ≥ 1 (rule L2R004, which then reports the value instead of L2R001).</summary>
    private static bool IsUnstable(L2Use use, Setting setting) =>
        use.LearningRate is { } learningRate && Stability.IsUnstable(setting.Mode, setting.Lambda, learningRate.Value, use.Optimizer);

    /// <summary>The findings that depend on the learning rate and optimizer (L2R004, L2R005); none for an unstated mode.</summary>
    public static IEnumerable<Finding> JudgeTraining(L2Use use, SuspicionThresholds thresholds)
    {
        if (!use.ModeStated || use.Mode is not { } mode ||
            (use.Lambda is { } value && LambdaValidity.Problem(mode, value) is not null))
        {
            yield break;
        }

        if (use.In(mode) is { } setting && IsUnstable(use, setting))
        {
            yield return Instability.Judge(setting, use.LearningRate!.Value.Value, use.Words);
        }

        if (mode == L2Mode.GradientPenalty && use.Optimizer is { IsAdaptive: true } optimizer)
        {
            yield return AdaptiveCoupling.Judge(use, optimizer, thresholds);
        }
    }
}
