using Overfitting.Experiment;
using ScottPlot;

namespace Overfitting.Plots;

/// <summary>How large the weights end up: the distribution of |w| without L2 and with it.</summary>
internal static class WeightHistogram
{
    private const int BinCount = 40;

    /// <summary>Draws |w| of the unregularized and the gradient-penalty runs of <paramref name="results"/> and saves a PNG at <paramref name="path"/>.</summary>
    public static void Save(DatasetResults results, string path)
    {
        var runs = new[] { (Run: results[Configuration.Baseline], Color: Colors.Crimson), (Run: results[Configuration.Penalty], Color: Colors.SteelBlue) };
        double largest = runs.Max(entry => entry.Run.AbsoluteWeights().Max());
        double width = largest / BinCount;
        var plot = new Plot();
        foreach (var (run, color) in runs)
        {
            double[] magnitudes = run.AbsoluteWeights();
            var counts = new int[BinCount];
            foreach (double magnitude in magnitudes)
            {
                counts[Math.Min((int)(magnitude / width), BinCount - 1)]++;
            }

            var bars = counts.Select((count, bin) => new Bar
            {
                Position = (bin + 0.5) * width,
                Value = (double)count / magnitudes.Length,
                Size = width,
                FillColor = color.WithAlpha(0.55),
                LineWidth = 0,
            }).ToList();
            var series = plot.Add.Bars(bars);
            series.LegendText = $"{Legend.Of(run)}: mean |w| {run.History.Last.MeanAbsWeight:F3}, max |w| {run.History.Last.MaxAbsWeight:F2}";
            series.Color = color.WithAlpha(0.55);
        }

        plot.Title($"{results.Data.Name}: |w| after training, without and with L2");
        plot.XLabel("|w|");
        plot.YLabel("fraction of the weights");
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 1000, 600);
    }
}
