using L2Analyzers;

namespace Overfitting.Data;

/// <summary>Fisher's Iris flowers (<see cref="L2Datasets.Iris{T}"/>, shipped in the runtime): real measurements, to show the same networks on real data.</summary>
internal static class IrisData
{
    /// <summary>The share of the 150 flowers held out for testing.</summary>
    public const double TestFraction = 0.2;

    /// <summary>Splits the flowers with <paramref name="seed"/> and standardizes both parts on the training part.</summary>
    public static StudyData Load(int seed)
    {
        var (training, test) = L2Datasets.Iris<double>().Split(TestFraction, seed);
        var standardize = Normalization<double>.Standardize(training);
        return new StudyData(
            "Iris",
            $"Fisher's Iris flowers, 4 measurements, 3 species; {training.Count} training, {test.Count} test samples",
            standardize.Apply(training),
            standardize.Apply(test));
    }
}
