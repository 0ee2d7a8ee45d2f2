using System.Globalization;

namespace L2Analyzers.TorchSharp;

/// <summary>
/// What L2 does to one parameter per step: a decoupled shrink to <see cref="RetainedFraction"/> (WeightDecay,
/// ScaledWeightDecay, DecayFactor, AdamW's weight_decay), a coupled penalty λ·w added to the gradient, or both.
/// </summary>
/// <param name="RetainedFraction">The factor a decoupled decay multiplies the weight by per step (1: none).</param>
/// <param name="Decoupled">The decoupled convention, as <c>AdamW weight_decay 0.01</c>, or null.</param>
/// <param name="CoupledLambda">The coupled coefficient (torch <c>weight_decay</c> outside AdamW), 0 for none.</param>
/// <param name="CoupledShrink">Under plain SGD, the fraction the coupled penalty removes per step (η·λ); null when adaptive scaling or momentum changes it.</param>
internal sealed record L2Effect(double RetainedFraction, string? Decoupled, double CoupledLambda, double? CoupledShrink)
{
    /// <summary>No L2 at all.</summary>
    public static readonly L2Effect None = new(1, null, 0, 0);

    /// <summary>Whether any L2 reaches the parameter.</summary>
    public bool Decays => RetainedFraction != 1 || CoupledLambda != 0;

    /// <summary>The fraction of the weight removed per step when it is known (decoupled, or coupled under plain SGD).</summary>
    public double? ShrinkPerStep => CoupledShrink is { } coupled ? 1 - (RetainedFraction * (1 - coupled)) : null;

    /// <summary>The table cell: what is removed per step and by which convention.</summary>
    public override string ToString()
    {
        if (!Decays)
        {
            return "none";
        }

        var parts = new List<string>();
        if (Decoupled is not null)
        {
            parts.Add($"{Decoupled}: w × {Number(RetainedFraction)}");
        }

        if (CoupledLambda != 0)
        {
            parts.Add(CoupledShrink is null
                ? $"g += {Number(CoupledLambda)}·w (scaled by the optimizer)"
                : $"g += {Number(CoupledLambda)}·w");
        }

        string removed = ShrinkPerStep is { } fraction ? $"−{(fraction * 100).ToString("0.####", CultureInfo.InvariantCulture)}%: " : "";
        return removed + string.Join("; ", parts);
    }

    /// <summary>Formats a number for the table, culture-independent.</summary>
    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
