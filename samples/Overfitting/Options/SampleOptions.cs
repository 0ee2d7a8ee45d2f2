namespace Overfitting.Options;

/// <summary>What the command line asked for.</summary>
/// <param name="Epochs">Passes over each training set.</param>
/// <param name="Seed">The seed every random choice derives from: teacher, samples, splits, initialization, shuffling.</param>
/// <param name="OutputDirectory">Where the plots are written.</param>
/// <param name="Quick">A run of a few seconds: fewer epochs (unless given) and a smaller synthetic test set.</param>
internal sealed record SampleOptions(int Epochs, int Seed, string OutputDirectory, bool Quick)
{
    /// <summary>Epochs of a full run: enough for the unregularized network to memorize its noisy training set.</summary>
    public const int DefaultEpochs = 400;

    /// <summary>Epochs of a <c>--quick</c> run.</summary>
    public const int QuickEpochs = 30;

    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 1;

    /// <summary>The default plot folder, relative to the current directory (ignored by git).</summary>
    public static readonly string DefaultOutputDirectory = Path.Combine("artifacts", "overfitting");

    /// <summary>The test samples drawn from the teacher: many, so the test loss is measured precisely.</summary>
    public int SyntheticTestSamples => Quick ? 500 : 2000;
}
