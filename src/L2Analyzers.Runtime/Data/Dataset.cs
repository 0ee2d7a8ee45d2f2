namespace L2Analyzers;

/// <summary>
/// A set of samples: features (<see cref="Count"/> × <see cref="FeatureCount"/>, row-major), targets
/// (<see cref="Count"/> × <see cref="TargetCount"/>, one-hot for classification) and optional class labels.
/// The arrays given to the constructor are used as they are, not copied; a dataset never changes them.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class Dataset<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly T[] features;
    private readonly T[] targets;
    private readonly int[]? labels;
    private string[] classNames = []; // set only by the factories, right after construction

    /// <summary>Creates a dataset from row-major features and targets, and optional class labels.</summary>
    /// <exception cref="ArgumentException">
    /// The lengths do not make whole rows of one sample count, there are no samples, a value is NaN or infinite, or a
    /// label is not a valid class (0 … TargetCount − 1, or 0/1 for a single target column). The message names the sample.
    /// </exception>
    public Dataset(T[] features, int featureCount, T[] targets, int targetCount, int[]? labels = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(featureCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetCount);
        if (features.Length == 0 || features.Length % featureCount != 0)
        {
            throw new ArgumentException($"features has {features.Length} values, not a positive multiple of featureCount = {featureCount}.", nameof(features));
        }

        int count = features.Length / featureCount;
        if (targets.Length != (long)count * targetCount)
        {
            throw new ArgumentException($"targets has {targets.Length} values but {count} samples × {targetCount} targets need {(long)count * targetCount}.", nameof(targets));
        }

        RequireFinite(features, featureCount, nameof(features));
        RequireFinite(targets, targetCount, nameof(targets));
        if (labels is not null)
        {
            RequireLabels(labels, count, targetCount == 1 ? 2 : targetCount);
        }

        this.features = features;
        this.targets = targets;
        this.labels = labels;
        Count = count;
        FeatureCount = featureCount;
        TargetCount = targetCount;
    }

    /// <summary>The number of samples.</summary>
    public int Count { get; }

    /// <summary>The number of features per sample.</summary>
    public int FeatureCount { get; }

    /// <summary>The number of targets per sample (the number of classes for one-hot targets).</summary>
    public int TargetCount { get; }

    /// <summary>Whether the samples have class labels (then training reports accuracy).</summary>
    public bool HasLabels => labels is not null;

    /// <summary>All features, row-major.</summary>
    public ReadOnlySpan<T> Features => features;

    /// <summary>All targets, row-major.</summary>
    public ReadOnlySpan<T> Targets => targets;

    /// <summary>The class label of each sample, or empty when there are none.</summary>
    public ReadOnlySpan<int> Labels => labels;

    /// <summary>The name of each class, by class index (for example from a CSV file's label names), or empty when the classes have no names.</summary>
    public IReadOnlyList<string> ClassNames => classNames;

    /// <summary>
    /// A classification dataset: one-hot targets of <paramref name="classCount"/> columns built from <paramref name="labels"/>.
    /// </summary>
    /// <param name="features">Row-major features.</param>
    /// <param name="featureCount">The number of features per sample.</param>
    /// <param name="labels">The class index of each sample.</param>
    /// <param name="classCount">The number of classes.</param>
    /// <param name="classNames">The name of each class by index (<see cref="ClassNames"/>), or null or empty for unnamed classes.</param>
    /// <exception cref="ArgumentException">As the constructor; a label outside 0 … classCount − 1; class names given for another number of classes.</exception>
    public static Dataset<T> FromLabels(T[] features, int featureCount, int[] labels, int classCount, IReadOnlyList<string>? classNames = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        if (classNames is { Count: > 0 } && classNames.Count != classCount)
        {
            throw new ArgumentException($"classNames has {classNames.Count} names but there are {classCount} classes.", nameof(classNames));
        }

        RequireLabels(labels, labels.Length, classCount);
        var targets = new T[checked(labels.Length * classCount)];
        for (int s = 0; s < labels.Length; s++)
        {
            targets[(s * classCount) + labels[s]] = T.One;
        }

        return new Dataset<T>(features, featureCount, targets, classCount, labels) { classNames = classNames is null ? [] : [.. classNames] };
    }

    /// <summary>The same samples with other features of the same shape (targets, labels and class names shared).</summary>
    internal Dataset<T> WithFeatures(T[] newFeatures) =>
        new(newFeatures, FeatureCount, targets, TargetCount, labels) { classNames = classNames };

    /// <summary>The features of one sample.</summary>
    public ReadOnlySpan<T> FeaturesOf(int sample) => features.AsSpan(sample * FeatureCount, FeatureCount);

    /// <summary>The targets of one sample.</summary>
    public ReadOnlySpan<T> TargetsOf(int sample) => targets.AsSpan(sample * TargetCount, TargetCount);

    /// <summary>A new dataset of the samples at <paramref name="indices"/>, in that order (copied).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside 0 … Count − 1.</exception>
    public Dataset<T> Select(ReadOnlySpan<int> indices)
    {
        var selectedFeatures = new T[checked(indices.Length * FeatureCount)];
        var selectedTargets = new T[checked(indices.Length * TargetCount)];
        int[]? selectedLabels = labels is null ? null : new int[indices.Length];
        for (int k = 0; k < indices.Length; k++)
        {
            int s = indices[k];
            if ((uint)s >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(indices), s, $"indices[{k}] = {s} is not a sample of this dataset (0 … {Count - 1}).");
            }

            FeaturesOf(s).CopyTo(selectedFeatures.AsSpan(k * FeatureCount));
            TargetsOf(s).CopyTo(selectedTargets.AsSpan(k * TargetCount));
            if (selectedLabels is not null)
            {
                selectedLabels[k] = labels![s];
            }
        }

        return new Dataset<T>(selectedFeatures, FeatureCount, selectedTargets, TargetCount, selectedLabels) { classNames = classNames };
    }

    /// <summary>
    /// Splits the samples at random (seeded, reproducible) into a training part and a test part of
    /// round(Count·testFraction) samples.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="testFraction"/> leaves either part empty.</exception>
    public (Dataset<T> Training, Dataset<T> Test) Split(double testFraction, int seed)
    {
        int testCount = double.IsFinite(testFraction) ? (int)Math.Round(Count * testFraction) : -1;
        if (testCount < 1 || testCount > Count - 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(testFraction), testFraction, $"testFraction = {testFraction} leaves an empty part of the {Count} samples; it must give 1 … {Count - 1} test samples.");
        }

        var order = new int[Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        new Random(seed).Shuffle(order);
        return (Select(order.AsSpan(testCount)), Select(order.AsSpan(0, testCount)));
    }

    private static void RequireFinite(T[] values, int width, string name)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!T.IsFinite(values[i]))
            {
                throw new ArgumentException($"{name} of sample {i / width}, column {i % width}, is {values[i]}: every value must be finite.", name);
            }
        }
    }

    private static void RequireLabels(int[] labels, int count, int classCount)
    {
        if (labels.Length != count)
        {
            throw new ArgumentException($"labels has {labels.Length} entries but there are {count} samples.", nameof(labels));
        }

        for (int s = 0; s < labels.Length; s++)
        {
            if ((uint)labels[s] >= (uint)classCount)
            {
                throw new ArgumentException($"The label of sample {s} is {labels[s]}; classes are 0 … {classCount - 1}.", nameof(labels));
            }
        }
    }
}
