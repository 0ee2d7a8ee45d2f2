namespace L2Analyzers;

/// <summary>The check that weights and gradients have one element each, with its message built outside the caller's hot path.</summary>
internal static class SpanLengths
{
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static void ThrowIfDifferent(int weights, int gradients)
    {
        if (weights != gradients)
        {
            ThrowDifferent(weights, gradients);
        }
    }

    private static void ThrowDifferent(int weights, int gradients) =>
        throw new ArgumentException($"weights has {weights} elements but gradients has {gradients}.", "gradients");
}
