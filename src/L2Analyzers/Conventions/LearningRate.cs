namespace L2Analyzers.Conventions;

/// <summary>A learning rate the compiler knows as a constant, and where it comes from.</summary>
/// <param name="Value">η.</param>
/// <param name="Source">Where η is set, for messages: <c>network 'Net'</c>, <c>the learningRate argument</c>.</param>
internal readonly record struct LearningRate(double Value, string Source);
