using Overfitting.Experiment;

namespace Overfitting.Plots;

/// <summary>Writes every plot of the study into one folder.</summary>
internal static class PlotWriter
{
    /// <summary>The test-loss chart's file name.</summary>
    public const string LossChartFile = "test-loss.png";

    /// <summary>The |w| histogram's file name.</summary>
    public const string WeightHistogramFile = "weight-histogram.png";

    /// <summary>Draws the plots of <paramref name="results"/> into <paramref name="directory"/> (created if needed) and returns their full paths.</summary>
    /// <exception cref="IOException">The folder or a file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or a file cannot be written.</exception>
    public static IReadOnlyList<string> Write(DatasetResults results, string directory)
    {
        string folder = Directory.CreateDirectory(directory).FullName;
        string lossChart = Path.Combine(folder, LossChartFile);
        string histogram = Path.Combine(folder, WeightHistogramFile);
        LossChart.Save(results, lossChart);
        WeightHistogram.Save(results, histogram);
        return [lossChart, histogram];
    }
}
