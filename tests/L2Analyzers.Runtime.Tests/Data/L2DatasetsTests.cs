namespace L2Analyzers.Runtime.Tests.Data;

public sealed class L2DatasetsTests
{
    [Fact]
    public void Iris_holds_fishers_150_flowers_50_per_named_species()
    {
        var iris = L2Datasets.Iris<double>();

        Assert.Equal((150, 4, 3), (iris.Count, iris.FeatureCount, iris.TargetCount));
        Assert.Equal(["setosa", "versicolor", "virginica"], iris.ClassNames);
        Assert.Equal([50, 50, 50], iris.Labels.ToArray().CountBy(label => label).OrderBy(c => c.Key).Select(c => c.Value));
        Assert.Equal([5.1, 3.5, 1.4, 0.2], iris.FeaturesOf(0).ToArray());
        Assert.Equal([5.9, 3.0, 5.1, 1.8], iris.FeaturesOf(149).ToArray());
        Assert.Equal(876.5, iris.Features.ToArray().Where((_, i) => i % 4 == 0).Sum(), 9); // sepal lengths, mean 5.843
        Assert.Equal(iris.Features.ToArray().Select(v => (float)v), L2Datasets.Iris<float>().Features.ToArray());
    }
}
