using System.Globalization;
using System.Text.RegularExpressions;

namespace L2Analyzers.Samples.Tests.Overfitting;

/// <summary>The sample's <c>--quick</c> run: it succeeds, prints the tables and the equivalence line, and writes the plots.</summary>
public sealed partial class QuickRunTests(QuickRun run) : IClassFixture<QuickRun>
{
    private const string Baseline = "No L2";
    private const string Penalty = "GradientPenalty λ";
    private const string TutorialMistake = "WeightDecay 0.97 (tutorial)";
    private static readonly string[] Equivalents = [Penalty, "WeightDecay η·λ", "DecayFactor 1 − η·λ", "ScaledWeightDecay λ"];
    private static readonly string[] Datasets = ["Synthetic", "Iris"];

    [Fact]
    public void ExitsWithZeroAndNoErrorOutput()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        Assert.Equal(string.Empty, run.Result.StandardError);
    }

    [Fact]
    public void PrintsOneTableRowPerConfigurationForEachDataSet()
    {
        var tables = run.Tables;
        Assert.Equal(Datasets, tables.Datasets);
        foreach (string dataset in Datasets)
        {
            Assert.Equal(
                ["configuration", "λ", "as GradientPenalty", "train acc", "test acc", "train loss", "test loss", "best test loss (epoch)", "mean |w|", "max |w|"],
                tables.Header(dataset));
            Assert.Equal([Baseline, .. Equivalents, TutorialMistake], tables.Configurations(dataset));
        }
    }

    [Fact]
    public void ShowsEachLambdaInItsOwnConventionAndAsAGradientPenalty()
    {
        // η = 0.05, λ_g = 0.03: WeightDecay η·λ_g = 0.0015, DecayFactor 1 − η·λ_g = 0.9985; WeightDecay 0.97 is λ_g = 0.97 / η = 19.4.
        var expected = new (string Configuration, string Lambda, string AsPenalty)[]
        {
            (Baseline, "—", "—"),
            (Penalty, "0.03", "0.03"),
            ("WeightDecay η·λ", "0.0015", "0.03"),
            ("DecayFactor 1 − η·λ", "0.9985", "0.03"),
            ("ScaledWeightDecay λ", "0.03", "0.03"),
            (TutorialMistake, "0.97", "19.4"),
        };
        foreach (var (configuration, lambda, asPenalty) in expected)
        {
            Assert.Equal(lambda, run.Tables.Cell("Synthetic", configuration, "λ"));
            Assert.Equal(asPenalty, run.Tables.Cell("Synthetic", configuration, "as GradientPenalty"));
        }
    }

    [Fact]
    public void EquivalentConventionsTrainTheSameWeights()
    {
        var lines = EquivalenceLine().Matches(run.Result.StandardOutput);
        Assert.Equal(Datasets, lines.Select(match => match.Groups["dataset"].Value));
        foreach (Match line in lines)
        {
            double difference = double.Parse(line.Groups["difference"].Value, CultureInfo.InvariantCulture);
            Assert.InRange(difference, 0, 1e-9);
        }

        foreach (string dataset in Datasets)
        {
            var penalty = run.Tables.Values(dataset, Penalty)[2..];   // the metrics, after λ and its penalty equivalent
            Assert.All(Equivalents, configuration => Assert.Equal(penalty, run.Tables.Values(dataset, configuration)[2..]));
        }
    }

    [Fact]
    public void L2KeepsTheWeightsSmallerAndTheTutorialsMistakeErasesThem()
    {
        double MeanAbsWeight(string configuration) =>
            double.Parse(run.Tables.Cell("Synthetic", configuration, "mean |w|"), CultureInfo.InvariantCulture);

        Assert.True(MeanAbsWeight(Baseline) > 1.2 * MeanAbsWeight(Penalty), $"mean |w| without L2 {MeanAbsWeight(Baseline)}, with L2 {MeanAbsWeight(Penalty)}");
        Assert.Equal(0, MeanAbsWeight(TutorialMistake), precision: 3);
    }

    [Fact]
    public void WritesBothPlotsOfEachDataSetAsNonEmptyPngFilesAndSaysWhere()
    {
        string[] expected = [.. new[] { "synthetic", "iris" }.SelectMany(data => new[] { $"{data}-test-loss.png", $"{data}-weight-histogram.png" })
            .Select(file => Path.Combine(run.OutputDirectory, file))];
        string[] printed = run.Result.StandardOutput.Split('\n')
            .SkipWhile(line => !line.StartsWith("Plots written:", StringComparison.Ordinal))
            .Skip(1)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToArray();
        Assert.Equal(expected, printed);
        foreach (string file in expected)
        {
            byte[] bytes = File.ReadAllBytes(file);
            Assert.True(bytes.Length > 10_000, $"{file} has only {bytes.Length} bytes.");
            Assert.Equal(PngSignature, bytes[..8]);
            Assert.Equal((1000, 600), (BigEndian(bytes, 16), BigEndian(bytes, 20)));   // IHDR width and height
        }
    }

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static int BigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];

    [GeneratedRegex(@"^(?<dataset>\w+): GradientPenalty 0\.03 ≡ WeightDecay 0\.0015 ≡ DecayFactor 0\.9985 ≡ ScaledWeightDecay 0\.03 at η = 0\.05 trained the same weights: max difference (?<difference>\S+)\r?$", RegexOptions.Multiline)]
    private static partial Regex EquivalenceLine();
}
