using System;

namespace L2Analyzers;

/// <summary>
/// Converts lambdas between <see cref="L2Mode"/>s and from the conventions of other libraries.
/// Under plain SGD the converted lambda gives the same weights step by step (docs/conventions.md, "Equivalences"):
/// GradientPenalty λ ≡ WeightDecay η·λ ≡ ScaledWeightDecay λ ≡ DecayFactor 1 − η·λ. Under momentum or Adam only
/// conversions between coupled forms (GradientPenalty and the PyTorch, Keras and Nielsen penalties) or between
/// decoupled forms stay exact; coupled and decoupled regularization then differ (Loshchilov and Hutter, 2019).
/// </summary>
public static class L2Convention
{
    /// <summary>Converts <paramref name="lambda"/> from mode <paramref name="from"/> to mode <paramref name="to"/> at learning rate η.</summary>
    /// <returns>The lambda in <paramref name="to"/>'s convention that regularizes as much under plain SGD.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A mode is undefined, <paramref name="lambda"/> is outside <paramref name="from"/>'s valid range (negative, NaN,
    /// infinite, …), <paramref name="learningRate"/> is not finite and positive, or the result is outside
    /// <paramref name="to"/>'s valid range (for example WeightDecay needs η·λ &lt; 1). The message names the value and the range.
    /// </exception>
    /// <example><c>L2Convention.Convert(0.03, L2Mode.GradientPenalty, L2Mode.DecayFactor, 0.05)</c> is 0.9985.</example>
    public static double Convert(double lambda, L2Mode from, L2Mode to, double learningRate) =>
        ConvertChecked(lambda, nameof(lambda), from, to, learningRate);

    /// <summary>
    /// Converts PyTorch's or TorchSharp's <c>weight_decay</c> of <c>SGD</c>, <c>Adam</c>, <c>RMSprop</c> or <c>Adagrad</c>
    /// (coupled: <c>g ← g + weight_decay·w</c>, identical to <see cref="L2Mode.GradientPenalty"/> under every optimizer).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="Convert"/>.</exception>
    public static double FromPyTorchWeightDecay(double weightDecay, L2Mode to, double learningRate) =>
        ConvertChecked(weightDecay, nameof(weightDecay), L2Mode.GradientPenalty, to, learningRate);

    /// <summary>
    /// Converts the <c>weight_decay</c> of PyTorch's or TorchSharp's <c>AdamW</c> (decoupled: <c>w ← w − η·weight_decay·w</c>,
    /// identical to <see cref="L2Mode.ScaledWeightDecay"/>). PyTorch's default is 0.01, TorchSharp's is 0.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="Convert"/>.</exception>
    public static double FromAdamW(double weightDecay, L2Mode to, double learningRate) =>
        ConvertChecked(weightDecay, nameof(weightDecay), L2Mode.ScaledWeightDecay, to, learningRate);

    /// <summary>
    /// Converts Keras' <c>regularizers.L2(l2)</c>, a penalty without the ½ (<c>loss + l2·Σw²</c>, gradient <c>2·l2·w</c>):
    /// GradientPenalty λ = 2·l2. The string <c>'l2'</c> means l2 = 0.01.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="Convert"/>.</exception>
    public static double FromKerasL2(double l2, L2Mode to, double learningRate)
    {
        L2Range.ThrowIfInvalid(L2Mode.GradientPenalty, l2, nameof(l2));
        return ConvertChecked(2 * l2, "2·" + nameof(l2), L2Mode.GradientPenalty, to, learningRate);
    }

    /// <summary>
    /// Converts Nielsen's per-sample-scaled penalty <c>loss + (λ/2n)·Σw²</c> (also ML.NET L-BFGS's L2 weight), where n is
    /// the training-set size: GradientPenalty λ/n.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="Convert"/>, or <paramref name="trainingSetSize"/> is not positive.</exception>
    public static double FromNielsen(double lambda, int trainingSetSize, L2Mode to, double learningRate)
    {
        L2Range.ThrowIfInvalid(L2Mode.GradientPenalty, lambda, nameof(lambda));
        if (trainingSetSize <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(trainingSetSize), trainingSetSize, $"trainingSetSize = {trainingSetSize} is not a valid training-set size n: it must be 1 ≤ n.");
        }

        return ConvertChecked(lambda / trainingSetSize, "λ/n", L2Mode.GradientPenalty, to, learningRate);
    }

    private static double ConvertChecked(double lambda, string name, L2Mode from, L2Mode to, double learningRate)
    {
        L2Range.ThrowIfInvalid(from, lambda, name);
        L2Range.ThrowIfUndefined(to, nameof(to));
        L2Range.ThrowIfInvalidLearningRate(learningRate, nameof(learningRate));
        double result = LambdaConversion.Convert(from, lambda, to, learningRate)!.Value;
        if (!L2Range.Contains(to, result))
        {
            double decay = LambdaConversion.DecayPerStep(from, lambda, learningRate)!.Value;
            throw new ArgumentOutOfRangeException(
                name,
                lambda,
                $"{name} = {L2Range.Format(lambda)} in L2Mode.{from} at learning rate η = {L2Range.Format(learningRate)} is " +
                $"{L2Range.Format(result)} in L2Mode.{to}, outside its valid range {L2Range.Describe(to)}. " +
                $"The decay per step is {L2Range.Format(decay)}; it must be below 1 (at 1 or more the weights flip sign every step, at 2 or more they diverge).");
        }

        return result;
    }
}
