namespace L2Analyzers;

/// <summary>Seeded weight initialization suited to the activation, shared by generated and runtime layers.</summary>
public static class WeightInitialization
{
    /// <summary>
    /// Fills <paramref name="weights"/> with uniform values in <c>[−r, r]</c>: He (Kaiming) uniform <c>r = √(6/fanIn)</c>
    /// for ReLU, Glorot (Xavier) uniform <c>r = √(6/(fanIn + fanOut))</c> for every other activation. The values
    /// depend only on the sequence drawn from <paramref name="random"/>, so a seeded <see cref="Random"/> reproduces them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A fan is not positive.</exception>
    public static void Fill<T>(Span<T> weights, int fanIn, int fanOut, Activation activation, Random random)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fanIn);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fanOut);
        ArgumentNullException.ThrowIfNull(random);
        double limit = activation == Activation.ReLU ? Math.Sqrt(6.0 / fanIn) : Math.Sqrt(6.0 / (fanIn + fanOut));
        foreach (ref T w in weights)
        {
            w = T.CreateTruncating(((2 * random.NextDouble()) - 1) * limit);
        }
    }
}
