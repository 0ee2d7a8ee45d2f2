using Overfitting.Data;

namespace Overfitting.Experiment;

/// <summary>Every configuration trained on one data set, in the order of <see cref="Configuration.All"/>.</summary>
internal sealed record DatasetResults(StudyData Data, IReadOnlyList<RunResult> Runs)
{
    /// <summary>The run of <paramref name="configuration"/>.</summary>
    public RunResult this[Configuration configuration] => Runs.Single(run => run.Configuration == configuration);
}
