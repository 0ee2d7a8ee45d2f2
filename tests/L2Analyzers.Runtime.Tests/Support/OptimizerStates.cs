using System.Numerics;

namespace L2Analyzers.Runtime.Tests.Support;

/// <summary>Reads the optimizer state of parameters through the public state types, for bit-for-bit comparisons.</summary>
internal static class OptimizerStates
{
    /// <summary>Adam's step count (0 for momentum) and the state vectors; null without state.</summary>
    public static (long Step, T[][] Vectors)? Of<T>(Parameter<T> parameter)
        where T : IFloatingPointIeee754<T> => parameter.OptimizerState switch
        {
            null => null,
            MomentumState<T> momentum => (0, [momentum.Velocity]),
            AdamState<T> adam => (adam.Step, [adam.FirstMoment, adam.SecondMoment]),
            var other => throw new InvalidOperationException($"unexpected state {other.GetType()}"),
        };

    public static IEnumerable<Parameter<T>> All<T>(INetwork<T> network)
        where T : IFloatingPointIeee754<T> =>
        network.Layers.SelectMany(layer => layer.Parameters);

    /// <summary>Asserts that both networks hold the same values and optimizer state, bit for bit.</summary>
    public static void AssertSame<T>(INetwork<T> expected, INetwork<T> actual)
        where T : IFloatingPointIeee754<T>
    {
        foreach (var (e, a) in All(expected).Zip(All(actual)))
        {
            TestData.AssertBitEqual<T>(e.Values, a.Values);
            Assert.Equal(e.OptimizerState?.GetType(), a.OptimizerState?.GetType());
            if (Of(e) is var (step, vectors))
            {
                var (actualStep, actualVectors) = Of(a)!.Value;
                Assert.Equal(step, actualStep);
                Assert.Equal(vectors.Length, actualVectors.Length);
                for (int v = 0; v < vectors.Length; v++)
                {
                    TestData.AssertBitEqual<T>(vectors[v], actualVectors[v]);
                }
            }
        }
    }
}
