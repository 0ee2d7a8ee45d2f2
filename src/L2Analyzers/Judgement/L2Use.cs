using L2Analyzers.Conventions;

namespace L2Analyzers.Judgement;

/// <summary>
/// One place where code applies L2 (an attribute, a runtime call, a hand-written loop, an optimizer setting), with what
/// the compiler knows about it as constants. The input of <see cref="LambdaJudge"/>.
/// </summary>
/// <param name="Mode">The convention, or null when it is not a known constant.</param>
/// <param name="Lambda">The lambda, or null when it is not a constant (then it is not judged).</param>
/// <param name="Words">How the site writes values, for messages and fix titles.</param>
internal readonly record struct L2Use(L2Mode? Mode, double? Lambda, Wording Words)
{
    /// <summary>Whether the code states its mode; only an <c>[L2]</c> without <c>Mode = …</c> does not (rule L2R007).</summary>
    public bool ModeStated { get; init; } = true;

    /// <summary>Whether a lambda is written at all; an unwritten <c>Lambda</c> is 0.</summary>
    public bool LambdaStated { get; init; } = true;

    /// <summary>The learning rate, when a constant one is known for this use.</summary>
    public LearningRate? LearningRate { get; init; }

    /// <summary>The optimizer, when it is known for this use.</summary>
    public Optimizer? Optimizer { get; init; }

    /// <summary>The setting to judge in <paramref name="mode"/>, when λ is a constant.</summary>
    public Setting? In(L2Mode mode) => Lambda is { } lambda
        ? Setting.Of(mode, lambda, LearningRate?.Value, Optimizer is { IsAdaptive: true })
        : null;
}
