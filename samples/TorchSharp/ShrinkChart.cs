using ScottPlot;

namespace TorchSharpTraining;

/// <summary>Mean LayerNorm gain and mean |bias| per epoch, one pair of lines per optimizer.</summary>
internal static class ShrinkChart
{
    public static void Save(IReadOnlyList<(string Name, List<EpochRecord> Records)> runs, string path)
    {
        var plot = new Plot();
        var colors = new[] { Colors.SteelBlue, Colors.Crimson };
        for (int r = 0; r < runs.Count; r++)
        {
            var (name, records) = runs[r];
            double[] epochs = records.Select(record => (double)record.Epoch).ToArray();
            var gains = plot.Add.ScatterLine(epochs, records.Select(record => record.MeanLayerNormGain).ToArray());
            gains.Color = colors[r];
            gains.LineWidth = 2;
            gains.LegendText = $"{name}: mean LayerNorm gain";
            var biases = plot.Add.ScatterLine(epochs, records.Select(record => record.MeanAbsBias).ToArray());
            biases.Color = colors[r];
            biases.LinePattern = LinePattern.Dashed;
            biases.LineWidth = 2;
            biases.LegendText = $"{name}: mean |bias|";
        }

        plot.Title("Iris on libtorch: what weight_decay on every parameter does to biases and LayerNorm gains");
        plot.XLabel("epoch");
        plot.YLabel("mean value");
        plot.ShowLegend(Alignment.MiddleRight);
        plot.SavePng(path, 1000, 600);
    }
}
