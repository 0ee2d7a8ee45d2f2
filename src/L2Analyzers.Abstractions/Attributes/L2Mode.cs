namespace L2Analyzers;

/// <summary>
/// The convention an L2 <c>Lambda</c> is written in. The same amount of regularization needs very
/// different lambdas in different conventions, so every <see cref="L2Attribute"/> states one.
/// Notation: <c>w</c> weight, <c>g</c> gradient of the data loss, <c>η</c> learning rate, <c>λ</c> lambda.
/// </summary>
public enum L2Mode
{
    /// <summary>
    /// Coupled L2 penalty: the loss gets <c>(λ/2)·Σw²</c>, so each step adds <c>λ·w</c> to the gradient:
    /// <c>g ← g + λ·w</c> (plain SGD: <c>w ← w − η·(g + λ·w)</c>). Typical λ: 1e-5 … 0.1.
    /// </summary>
    GradientPenalty = 0,

    /// <summary>
    /// Weight decay not scaled by the learning rate: <c>w ← w − λ·w</c>, then the gradient step.
    /// Typical λ: 1e-6 … 1e-2; valid range 0 ≤ λ &lt; 1.
    /// </summary>
    WeightDecay = 1,

    /// <summary>
    /// Decoupled weight decay scaled by the learning rate (AdamW): <c>w ← w − η·λ·w</c>, then the optimizer step.
    /// Typical λ: 1e-4 … 0.1.
    /// </summary>
    ScaledWeightDecay = 2,

    /// <summary>
    /// Retention factor: <c>w ← λ·w</c>, then the gradient step. Typical λ: 0.9 … 0.99999;
    /// valid range 0 &lt; λ &lt; 1 (1 is no regularization, above 1 grows weights).
    /// </summary>
    DecayFactor = 3,
}
