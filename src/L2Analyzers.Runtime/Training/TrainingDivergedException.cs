namespace L2Analyzers;

/// <summary>
/// Training produced a NaN or infinite loss or parameter. The message names the step, the layer and parameter
/// that hold non-finite values, and whether the L2 setting explains it (η·λ ≥ 1 and the like).
/// </summary>
public sealed class TrainingDivergedException : ArithmeticException
{
    internal TrainingDivergedException(string message, int epoch, long step, int layerIndex, string parameterName, bool explainedByL2)
        : base(message)
    {
        Epoch = epoch;
        Step = step;
        LayerIndex = layerIndex;
        ParameterName = parameterName;
        ExplainedByL2 = explainedByL2;
    }

    /// <summary>The one-based epoch in which it was detected.</summary>
    public int Epoch { get; }

    /// <summary>The one-based optimizer step (over all epochs) at which it was detected.</summary>
    public long Step { get; }

    /// <summary>
    /// The zero-based index of the first layer with a non-finite parameter or, when all are still finite (the loss
    /// overflowed first), of the layer holding the parameter of largest magnitude.
    /// </summary>
    public int LayerIndex { get; }

    /// <summary>The name of that parameter.</summary>
    public string ParameterName { get; }

    /// <summary>Whether a layer's L2 setting at the optimizer's learning rate explains the divergence.</summary>
    public bool ExplainedByL2 { get; }
}
