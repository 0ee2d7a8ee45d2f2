using Overfitting.Experiment;
using ScottPlot;

namespace Overfitting.Plots;

/// <summary>The test loss after every epoch, one line per configuration.</summary>
internal static class LossChart
{
    /// <summary>Draws the chart of <paramref name="results"/> and saves it as a PNG at <paramref name="path"/>.</summary>
    public static void Save(DatasetResults results, string path)
    {
        var plot = new Plot();
        // The equivalent settings draw the same curve: each gets its own pattern and width so all stay visible.
        var styles = new (Color Color, LinePattern Pattern, float Width)[]
        {
            (Colors.Crimson, LinePattern.Solid, 2),
            (Colors.SteelBlue, LinePattern.Solid, 7),
            (Colors.Orange, LinePattern.Solid, 3),
            (Colors.Black, LinePattern.Dotted, 2),
            (Colors.LimeGreen, LinePattern.Dashed, 1.5f),
            (Colors.Gray, LinePattern.Solid, 2),
        };
        for (int r = 0; r < results.Runs.Count; r++)
        {
            var run = results.Runs[r];
            double[] epochs = run.History.Epochs.Select(epoch => (double)epoch.Epoch).ToArray();
            double[] losses = run.History.Epochs.Select(epoch => epoch.TestLoss ?? double.NaN).ToArray();
            var line = plot.Add.ScatterLine(epochs, losses);
            var (color, pattern, width) = styles[r % styles.Length];
            line.Color = color;
            line.LinePattern = pattern;
            line.LineWidth = width;
            line.LegendText = Legend.Of(run);
        }

        int equivalent = results.Runs.Count(run => run.Configuration.EquivalentToPenalty);
        plot.Title($"{results.Data.Name}: test loss per epoch (the {equivalent} equivalent L2 settings draw one curve)");
        plot.XLabel("epoch");
        plot.YLabel("test loss (cross-entropy)");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 1000, 600);
    }
}
