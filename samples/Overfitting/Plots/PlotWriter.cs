using Overfitting.Experiment;

namespace Overfitting.Plots;

/// <summary>Writes every plot of the study into one folder.</summary>
internal static class PlotWriter
{
    /// <summary>The test-loss chart's file name.</summary>
    public const string LossChartFile = "test-loss.png";

    /// <summary>The |w| histogram's file name.</summary>
    public const string WeightHistogramFile = "weight-histogram.png";

    /// <summary>Creates <paramref name="directory"/> if needed and returns its full path.</summary>
    /// <exception cref="IOException">The folder cannot be created, for example because a file has its name.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be created.</exception>
    public static string CreateFolder(string directory) => Directory.CreateDirectory(directory).FullName;

    /// <summary>Draws the plots of <paramref name="results"/> into <paramref name="folder"/> and returns their full paths.</summary>
    public static IReadOnlyList<string> Write(DatasetResults results, string folder)
    {
        string lossChart = Path.Combine(folder, LossChartFile);
        string histogram = Path.Combine(folder, WeightHistogramFile);
        LossChart.Save(results, lossChart);
        WeightHistogram.Save(results, histogram);
        return [lossChart, histogram];
    }
}
