using L2Analyzers;

namespace Overfitting.Data;

/// <summary>One data set of the study, split into the samples the networks train on and those they are tested on.</summary>
/// <param name="Name">A short name for tables and plots.</param>
/// <param name="Description">Where the samples come from and how many there are.</param>
internal sealed record StudyData(string Name, string Description, Dataset<double> Training, Dataset<double> Test);
