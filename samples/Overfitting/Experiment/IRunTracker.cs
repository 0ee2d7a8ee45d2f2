using L2Analyzers;

namespace Overfitting.Experiment;

/// <summary>Shows training as it happens.</summary>
internal interface IRunTracker
{
    /// <summary>Starts following a run of <paramref name="epochs"/> epochs; the trainer reports each epoch to the result.</summary>
    IProgress<EpochMetrics> Start(string label, int epochs);
}
