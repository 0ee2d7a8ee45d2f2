namespace L2Analyzers;

/// <summary>
/// A per-feature affine map <c>x' = (x − Offset)·Scale</c>, fitted on training data and then applied unchanged to every
/// other set (so test data never leaks into the fit).
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class Normalization<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly T[] offset;
    private readonly T[] scale;

    private Normalization(T[] offset, T[] scale)
    {
        this.offset = offset;
        this.scale = scale;
    }

    /// <summary>The value subtracted from each feature.</summary>
    public ReadOnlySpan<T> Offset => offset;

    /// <summary>The factor each centered feature is multiplied by.</summary>
    public ReadOnlySpan<T> Scale => scale;

    /// <summary>Standardization: each feature to mean 0 and standard deviation 1 over <paramref name="data"/> (a constant feature only to 0).</summary>
    public static Normalization<T> Standardize(Dataset<T> data) => Fit(data, static values =>
    {
        double mean = values.Average();
        double deviation = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
        return (mean, deviation > 0 ? 1 / deviation : 1);
    });

    /// <summary>Min-max scaling: each feature to [0, 1] over <paramref name="data"/> (a constant feature to 0).</summary>
    public static Normalization<T> MinMax(Dataset<T> data) => Fit(data, static values =>
    {
        double min = values.Min(), range = values.Max() - min;
        return (min, range > 0 ? 1 / range : 1);
    });

    /// <summary>A new dataset with normalized features and the same targets and labels.</summary>
    /// <exception cref="ArgumentException">The dataset has a different number of features.</exception>
    public Dataset<T> Apply(Dataset<T> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.FeatureCount != offset.Length)
        {
            throw new ArgumentException($"The dataset has {data.FeatureCount} features; this normalization was fitted on {offset.Length}.", nameof(data));
        }

        var features = data.Features.ToArray();
        for (int s = 0; s < data.Count; s++)
        {
            var row = features.AsSpan(s * offset.Length, offset.Length);
            for (int f = 0; f < row.Length; f++)
            {
                row[f] = (row[f] - offset[f]) * scale[f];
            }
        }

        return data.WithFeatures(features);
    }

    private static Normalization<T> Fit(Dataset<T> data, Func<double[], (double Offset, double Scale)> fitFeature)
    {
        ArgumentNullException.ThrowIfNull(data);
        var offset = new T[data.FeatureCount];
        var scale = new T[data.FeatureCount];
        var column = new double[data.Count];
        for (int f = 0; f < data.FeatureCount; f++)
        {
            for (int s = 0; s < data.Count; s++)
            {
                column[s] = double.CreateTruncating(data.FeaturesOf(s)[f]);
            }

            var (o, k) = fitFeature(column);
            offset[f] = T.CreateTruncating(o);
            scale[f] = T.CreateTruncating(k);
        }

        return new Normalization<T>(offset, scale);
    }
}
