namespace L2Analyzers.Runtime.Tests.Data;

public class DatasetTests
{
    private static Dataset<double> Numbers(int count) =>
        Dataset<double>.FromLabels(Enumerable.Range(0, count * 2).Select(i => (double)i).ToArray(), 2, Enumerable.Range(0, count).Select(i => i % 3).ToArray(), 3);

    [Fact]
    public void FromLabels_builds_one_hot_targets()
    {
        var data = Numbers(4);
        Assert.Equal([1.0, 0, 0], data.TargetsOf(0).ToArray());
        Assert.Equal([0.0, 0, 1], data.TargetsOf(2).ToArray());
        Assert.Equal([6.0, 7], data.FeaturesOf(3).ToArray());
    }

    [Fact]
    public void Invalid_arrays_are_rejected_naming_the_sample()
    {
        Assert.Throws<ArgumentException>(() => new Dataset<double>(new double[5], 2, new double[2], 1));
        Assert.Throws<ArgumentException>(() => new Dataset<double>(new double[4], 2, new double[3], 1));
        Assert.Contains("sample 1, column 0", Assert.Throws<ArgumentException>(() => new Dataset<double>([0, 0, double.NaN, 0], 2, [0, 0], 1)).Message);
        Assert.Contains("sample 1", Assert.Throws<ArgumentException>(() => Dataset<double>.FromLabels(new double[4], 2, [0, 3], 3)).Message);
    }

    [Fact]
    public void Split_is_seeded_disjoint_and_complete()
    {
        var data = Numbers(10);
        var (training, test) = data.Split(0.3, seed: 5);
        var (training2, test2) = data.Split(0.3, seed: 5);
        Assert.Equal((7, 3), (training.Count, test.Count));
        Assert.Equal(test.Features.ToArray(), test2.Features.ToArray());
        Assert.Equal(training.Labels.ToArray(), training2.Labels.ToArray());
        var firstFeatures = training.Features.ToArray().Concat(test.Features.ToArray()).Where((_, i) => i % 2 == 0).Order();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => 2.0 * i), firstFeatures);
        Assert.NotEqual(test.Features.ToArray(), data.Split(0.3, seed: 6).Test.Features.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => data.Split(0.01, seed: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => data.Split(1, seed: 1));
    }

    [Fact]
    public void Standardization_fitted_on_training_data_is_applied_unchanged_to_test_data()
    {
        var training = new Dataset<double>([1, 5, 3, 5, 5, 5], 2, [0, 0, 0], 1);
        var normalization = Normalization<double>.Standardize(training);
        var normalized = normalization.Apply(training);
        double sd = Math.Sqrt(8.0 / 3);
        Assert.Equal([-2 / sd, 0, 0, 0, 2 / sd, 0], normalized.Features.ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);

        var test = normalization.Apply(new Dataset<double>([7, 9], 2, [0], 1));
        Assert.Equal(4 / sd, test.Features[0], 12);
        Assert.Equal(4, test.Features[1], 12); // constant training feature: only centered
        Assert.Throws<ArgumentException>(() => normalization.Apply(new Dataset<double>([1, 2, 3], 3, [0], 1)));
    }

    [Fact]
    public void MinMax_maps_training_features_to_the_unit_interval()
    {
        var data = new Dataset<float>([2, -1, 4, 1, 6, 3], 2, [0, 0, 0], 1);
        Assert.Equal([0f, 0, 0.5f, 0.5f, 1, 1], Normalization<float>.MinMax(data).Apply(data).Features.ToArray());
    }
}
