using L2Analyzers.Common;

namespace L2Analyzers.Conventions;

/// <summary>
/// A rewrite a code fix offers: state <see cref="Mode"/> and, unless null, <see cref="Lambda"/>.
/// <see cref="Key"/> names the kind of rewrite (rule and target mode), so Fix All applies the same kind everywhere.
/// </summary>
internal readonly record struct ModeChange(string Key, string Title, L2Mode Mode, double? Lambda)
{
    /// <summary>The assignments as written in the attribute: <c>Mode = DecayFactor, Lambda = 0.97</c>.</summary>
    public string Assignments => Lambda is { } lambda
        ? $"Mode = {Modes.Name(Mode)}, Lambda = {Numbers.Format(lambda)}"
        : $"Mode = {Modes.Name(Mode)}";

    /// <summary>
    /// The rewrite to <paramref name="mode"/> and <paramref name="lambda"/>, titled by what it does per step:
    /// "Keep 97% per step: Mode = DecayFactor, Lambda = 0.97".
    /// </summary>
    public static ModeChange To(string ruleId, L2Mode mode, double lambda, LearningRate? learningRate)
    {
        var change = new ModeChange(ruleId + "." + Modes.Name(mode), string.Empty, mode, lambda);
        return change with { Title = Meaning(mode, lambda, learningRate) + ": " + change.Assignments };
    }

    private static string Meaning(L2Mode mode, double lambda, LearningRate? learningRate) => mode switch
    {
        L2Mode.WeightDecay => $"Decay {Numbers.Percent(lambda)} per step",
        L2Mode.DecayFactor => $"Keep {Numbers.Percent(lambda)} per step",
        _ when learningRate is { } eta =>
            $"Decay {Numbers.Percent(eta.Value * lambda)} per step at η = {Numbers.Format(eta.Value)}",
        L2Mode.GradientPenalty => $"Gradient penalty {Numbers.Format(lambda)}",
        _ => $"Decay η·{Numbers.Percent(lambda)} per step",
    };
}
