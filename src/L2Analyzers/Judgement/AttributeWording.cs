using L2Analyzers.Conventions;

namespace L2Analyzers.Judgement;

/// <summary>The words of an <c>[L2]</c> attribute: <c>Lambda = 0.97 in L2Mode.WeightDecay</c>, <c>Mode = DecayFactor, Lambda = 0.97</c>.</summary>
internal sealed class AttributeWording : Wording
{
    private AttributeWording()
    {
    }

    /// <summary>The only instance.</summary>
    public static AttributeWording Instance { get; } = new();

    /// <inheritdoc />
    public override string ValueName => "Lambda";

    /// <inheritdoc />
    public override string Subject(L2Mode? mode, double lambda) => mode is { } known
        ? $"Lambda = {Numbers.Format(lambda)} in L2Mode.{Modes.Name(known)}"
        : $"Lambda = {Numbers.Format(lambda)}";

    /// <inheritdoc />
    public override string ModeOnly(L2Mode mode) => $"Mode = {Modes.Name(mode)}";

    /// <inheritdoc />
    public override bool CanWrite(L2Mode mode) => true;

    /// <inheritdoc />
    public override string Rewrite(L2Mode mode, double lambda) => $"Mode = {Modes.Name(mode)}, Lambda = {Numbers.Format(lambda)}";
}
