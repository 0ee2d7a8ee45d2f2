namespace L2Analyzers;

/// <summary>The data loss a network is trained on (averaged over the samples of a mini-batch).</summary>
public enum LossKind
{
    /// <summary>Mean squared error, <c>½·Σ(a − y)²</c> per sample, as in the classic tutorial.</summary>
    MeanSquaredError = 0,

    /// <summary>Cross-entropy <c>−Σ y·ln(a)</c> per sample; use with a softmax output layer.</summary>
    CrossEntropy = 1,
}
