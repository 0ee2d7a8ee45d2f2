using L2Analyzers.Conventions;

namespace L2Analyzers.Judgement;

/// <summary>
/// How one kind of site writes a value, so messages and fix titles speak its vocabulary: <c>Lambda = 0.97</c> and
/// <c>L2Mode</c> names on attributes, the parameter's name on runtime calls, <c>weight_decay: 0.97</c> and <c>lr</c> on
/// TorchSharp calls, the loop's own statement in hand-written code.
/// </summary>
internal abstract class Wording
{
    /// <summary>What the learning rate is called: <c>η</c>, <c>lr</c>.</summary>
    public virtual string LearningRate => "η";

    /// <summary>What the value is called in advice: <c>Lambda</c>, <c>weight_decay</c>, <c>decay</c>.</summary>
    public abstract string ValueName { get; }

    /// <summary>
    /// The value as the subject of a sentence: <c>Lambda = 0.97 in L2Mode.WeightDecay</c>, <c>weight_decay: 0.97 in
    /// torch.optim.SGD</c>, <c>`w[i] -= 0.97 * w[i]`</c>; a null mode is an attribute that states none.
    /// </summary>
    public abstract string Subject(L2Mode? mode, double lambda);

    /// <summary>
    /// How the site takes a value read through a name, said after the name's declaration (<see cref="DeclaredWording"/>):
    /// <c> as lambda with L2Mode.WeightDecay</c>, <c> as weight_decay in torch.optim.SGD</c>; empty where the declaration
    /// says it alone (a hand-written loop).
    /// </summary>
    public virtual string Role(L2Mode? mode) => string.Empty;

    /// <summary>The site's mode without a value, as a subject or an instruction: <c>L2Mode.GradientPenalty</c>.</summary>
    public virtual string ModeOnly(L2Mode mode) => $"L2Mode.{Modes.Name(mode)}";

    /// <summary>Whether the site can be rewritten to <paramref name="mode"/>.</summary>
    public abstract bool CanWrite(L2Mode mode);

    /// <summary>The code that writes <paramref name="lambda"/> in <paramref name="mode"/> here: <c>Mode = DecayFactor, Lambda = 0.97</c>.</summary>
    public abstract string Rewrite(L2Mode mode, double lambda);

    /// <summary>The value practitioners use at this kind of site in <paramref name="mode"/> (docs/conventions.md, "The four modes").</summary>
    public virtual double Typical(L2Mode mode) => mode switch
    {
        L2Mode.GradientPenalty => 0.03,
        L2Mode.WeightDecay => 1e-4,
        L2Mode.ScaledWeightDecay => 0.01,
        _ => 0.9999,
    };

    /// <summary>Rule L2R005's advice: decouple the decay, with <paramref name="value"/> when one is accepted.</summary>
    public virtual string Decoupled(double? value) => CanWrite(L2Mode.ScaledWeightDecay)
        ? $"Write {(value is { } known ? Rewrite(L2Mode.ScaledWeightDecay, known) : ModeOnly(L2Mode.ScaledWeightDecay))} (decoupled, as AdamW)."
        : "Decay the weights decoupled instead (L2Mode.ScaledWeightDecay, as AdamW).";

    /// <summary>The valid range of <paramref name="mode"/> in this vocabulary, for rule L2R003.</summary>
    public virtual string ValidRange(L2Mode? mode) => LambdaValidity.ValidRange(mode);
}
