namespace L2Analyzers.Runtime.Tests.Support;

/// <summary>Central finite differences of a scalar function of a buffer, in double.</summary>
internal static class FiniteDifferences
{
    private const double Step = 1e-6;

    /// <summary>Asserts that <paramref name="analytic"/>[i] ≈ ∂f/∂values[i] for every i, perturbing values in place.</summary>
    public static void AssertGradient(double[] values, Func<double> f, ReadOnlySpan<double> analytic, string what)
    {
        Assert.Equal(values.Length, analytic.Length);
        for (int i = 0; i < values.Length; i++)
        {
            double original = values[i];
            values[i] = original + Step;
            double up = f();
            values[i] = original - Step;
            double down = f();
            values[i] = original;
            double numeric = (up - down) / (2 * Step);
            double allowed = 1e-6 * Math.Max(1, Math.Abs(numeric));
            if (!(Math.Abs(numeric - analytic[i]) <= allowed))
            {
                Assert.Fail($"{what}[{i}]: finite difference {numeric:R}, analytic {analytic[i]:R}.");
            }
        }
    }
}
