namespace L2Analyzers.Judgement;

/// <summary>A constant lambda in its mode, with what is known about the training it is used in.</summary>
/// <param name="Mode">The convention the lambda is written in.</param>
/// <param name="Lambda">λ.</param>
/// <param name="LearningRate">η when a valid constant one is known, otherwise null.</param>
/// <param name="AdaptiveOptimizer">
/// Whether an adaptive optimizer (Adam, RMSprop …) rescales the gradient, so a coupled penalty's η·λ is not its decay.
/// </param>
internal readonly record struct Setting(L2Mode Mode, double Lambda, double? LearningRate, bool AdaptiveOptimizer)
{
    /// <summary>
    /// The fraction d of each weight one step removes: λ (WeightDecay), 1 − λ (DecayFactor), η·λ (GradientPenalty,
    /// ScaledWeightDecay); null when it depends on an unknown η or on an adaptive optimizer's scaling of a penalty.
    /// </summary>
    public double? DecayPerStep =>
        Mode == L2Mode.GradientPenalty && AdaptiveOptimizer ? null : LambdaConversion.DecayPerStep(Mode, Lambda, LearningRate);

    /// <summary>Whether λ is in its mode's valid range (rule L2R003 otherwise).</summary>
    public bool IsValid => L2Range.Contains(Mode, Lambda);

    /// <summary>The same training with another mode and lambda: a reading of this setting.</summary>
    public Setting With(L2Mode mode, double lambda) => this with { Mode = mode, Lambda = lambda };

    /// <summary>A setting whose η is used only when it is a valid learning rate.</summary>
    public static Setting Of(L2Mode mode, double lambda, double? learningRate, bool adaptiveOptimizer) =>
        new(mode, lambda, learningRate is { } eta && L2Range.IsValidLearningRate(eta) ? eta : null, adaptiveOptimizer);
}
