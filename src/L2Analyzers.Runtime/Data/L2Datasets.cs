namespace L2Analyzers;

/// <summary>Small data sets that ship inside the library, for first experiments without downloading anything.</summary>
public static class L2Datasets
{
    /// <summary>
    /// Fisher's Iris flowers: 150 samples of 4 measurements in cm (sepal length, sepal width, petal length, petal width)
    /// and 3 classes, <see cref="Dataset{T}.ClassNames"/> setosa = 0, versicolor = 1, virginica = 2; unnormalized, in
    /// the original order (split it with <see cref="Dataset{T}.Split"/>).
    /// Source: R. A. Fisher (1936), as distributed by the UCI Machine Learning Repository
    /// (https://archive.ics.uci.edu/dataset/53/iris), licensed CC BY 4.0.
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    public static Dataset<T> Iris<T>()
        where T : IFloatingPointIeee754<T>
    {
        using var stream = typeof(L2Datasets).Assembly.GetManifestResourceStream(IrisResource)
            ?? throw new InvalidOperationException($"The resource '{IrisResource}' is missing from {typeof(L2Datasets).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return CsvDataset.Read<T>(reader, "iris.csv", new CsvOptions { LabelColumnName = "species" });
    }

    private const string IrisResource = "L2Analyzers.Data.iris.csv";
}
