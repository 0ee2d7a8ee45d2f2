namespace L2Analyzers;

/// <summary>The mean data loss of a network on a dataset and, when the dataset has labels, its accuracy.</summary>
/// <param name="Loss">The mean data loss.</param>
/// <param name="Accuracy">The fraction of samples classified right, or null without labels.</param>
public readonly record struct Evaluation(double Loss, double? Accuracy);
