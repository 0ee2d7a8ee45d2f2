
namespace L2Analyzers.Conventions;

/// <summary>
/// The learning-rate limit of the modes that scale with η (docs/conventions.md, "Valid ranges and stability"): the decay part multiplies each
/// weight by 1 − η·λ per step, so η·λ = 1 sets every weight to 0, η·λ &gt; 1 flips every weight's sign each step and
/// η·λ ≥ 2 diverges.
/// </summary>
internal static class Stability
{
    /// <summary>
    /// Whether <paramref name="lambda"/> is unstable at <paramref name="learningRate"/>. GradientPenalty under an adaptive
    /// optimizer is exempt: the optimizer rescales the whole gradient, so η·λ is not its decay (rule L2R005 covers it).
    /// </summary>
    public static bool IsUnstable(L2Mode mode, double lambda, double learningRate, Optimizer? optimizer) =>
        LambdaConversion.ScalesWithLearningRate(mode) &&
        !(mode == L2Mode.GradientPenalty && optimizer is { IsAdaptive: true }) &&
        learningRate * lambda >= 1;
}
