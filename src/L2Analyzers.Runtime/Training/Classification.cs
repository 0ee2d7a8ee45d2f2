using System.Numerics.Tensors;

namespace L2Analyzers;

/// <summary>The class a network's output row predicts.</summary>
internal static class Classification
{
    /// <summary>The index of the largest output; for a single output, 1 when it is at least ½ and 0 otherwise.</summary>
    public static int Predict<T>(ReadOnlySpan<T> outputs)
        where T : IFloatingPointIeee754<T> =>
        outputs.Length == 1
            ? (outputs[0] >= T.CreateTruncating(0.5) ? 1 : 0)
            : TensorPrimitives.IndexOfMax(outputs);
}
