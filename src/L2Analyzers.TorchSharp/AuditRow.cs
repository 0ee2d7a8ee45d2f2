namespace L2Analyzers.TorchSharp;

/// <summary>One line of the audit table: a parameter and what the optimizer does to it.</summary>
/// <param name="Name">The <c>named_parameters()</c> name.</param>
/// <param name="Role">Weight, bias or normalization parameter.</param>
/// <param name="Shape">The shape, as <c>[7, 4]</c>.</param>
/// <param name="LearningRate">The group's learning rate, or null when no group holds the parameter.</param>
/// <param name="WeightDecay">The group's torch <c>weight_decay</c>, or null when unknown or not optimized.</param>
/// <param name="Effect">What L2 does to it per step.</param>
internal sealed record AuditRow(string Name, TorchParameterRole Role, string Shape, double? LearningRate, double? WeightDecay, L2Effect Effect);
