using L2Analyzers.Common.Symbols;
using L2Analyzers.Conventions;

namespace L2Analyzers.Judgement;

/// <summary>
/// The words of a TorchSharp weight_decay: <c>weight_decay: 0.97 in torch.optim.SGD</c>, <c>lr</c>; the value can only
/// change, never its convention (<paramref name="mode"/>: coupled for SGD and Adam, decoupled for AdamW).
/// </summary>
/// <param name="owner">Who takes the value, as the code names it: <c>torch.optim.SGD</c>, <c>AdamW.Options</c>.</param>
/// <param name="mode">The convention the optimizer's weight_decay is written in.</param>
internal sealed class TorchWording(string owner, L2Mode mode) : Wording
{

    /// <inheritdoc />
    public override string LearningRate => KnownNames.TorchLearningRate;

    /// <inheritdoc />
    public override string ValueName => KnownNames.TorchWeightDecay;

    /// <summary>Who takes the value: <c>torch.optim.SGD</c>.</summary>
    public string Owner => owner;

    /// <inheritdoc />
    public override string Subject(L2Mode? mode, double lambda) => $"{Rewrite(L2Mode.GradientPenalty, lambda)} in {owner}";

    /// <inheritdoc />
    public override string Role(L2Mode? mode) => $" as {KnownNames.TorchWeightDecay} in {owner}";

    /// <inheritdoc />
    public override bool CanWrite(L2Mode target) => target == mode;

    /// <inheritdoc />
    public override string Rewrite(L2Mode target, double lambda) => $"{KnownNames.TorchWeightDecay}: {Numbers.Format(lambda)}";

    /// <inheritdoc />
    /// <remarks>PyTorch's reference recipes: 5e-4 for SGD and Adam (coupled), 0.01 for AdamW (its default).</remarks>
    public override double Typical(L2Mode target) => target == L2Mode.GradientPenalty ? 5e-4 : base.Typical(target);

    /// <inheritdoc />
    public override string Decoupled(double? value) => value is { } known
        ? $"Use torch.optim.AdamW with {Rewrite(L2Mode.ScaledWeightDecay, known)} (decoupled)."
        : "Use torch.optim.AdamW (decoupled).";

    /// <inheritdoc />
    public override string ValidRange(L2Mode? target) => $"{KnownNames.TorchWeightDecay} ≥ 0 and finite";
}
