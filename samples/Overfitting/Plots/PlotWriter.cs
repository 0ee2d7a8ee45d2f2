using Overfitting.Experiment;

namespace Overfitting.Plots;

/// <summary>Writes every plot of the study into one folder.</summary>
internal static class PlotWriter
{
    /// <summary>The test-loss chart's file name, after the data set's name and a dash.</summary>
    public const string LossChartFile = "test-loss.png";

    /// <summary>The |w| histogram's file name, after the data set's name and a dash.</summary>
    public const string WeightHistogramFile = "weight-histogram.png";

    /// <summary>Creates <paramref name="directory"/> if needed and returns its full path.</summary>
    /// <exception cref="IOException">The folder cannot be created, for example because a file has its name.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be created.</exception>
    public static string CreateFolder(string directory) => Directory.CreateDirectory(directory).FullName;

    /// <summary>
    /// Draws the plots of every data set into <paramref name="folder"/>, named after the data set
    /// (<c>synthetic-test-loss.png</c>, <c>iris-weight-histogram.png</c>, …), and returns their full paths.
    /// </summary>
    public static IReadOnlyList<string> Write(IEnumerable<DatasetResults> results, string folder)
    {
        var files = new List<string>();
        foreach (var result in results)
        {
            string prefix = result.Data.Name.ToLowerInvariant() + "-";
            string lossChart = Path.Combine(folder, prefix + LossChartFile);
            string histogram = Path.Combine(folder, prefix + WeightHistogramFile);
            LossChart.Save(result, lossChart);
            WeightHistogram.Save(result, histogram);
            files.AddRange([lossChart, histogram]);
        }

        return files;
    }
}
