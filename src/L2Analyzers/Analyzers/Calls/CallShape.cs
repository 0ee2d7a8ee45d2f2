using L2Analyzers.Common;

namespace L2Analyzers.Analyzers.Calls;

/// <summary>
/// How a runtime method takes L2: the parameter that holds the mode (or the mode the method itself applies), the
/// lambda's parameter, and the learning rate's parameter when it has one.
/// </summary>
/// <param name="FixedMode">The mode the method applies, when it takes no mode argument.</param>
/// <param name="ModeParameter">The mode's parameter, when the method takes one.</param>
/// <param name="LambdaParameter">The lambda's parameter.</param>
/// <param name="LearningRateParameter">The learning rate's parameter, when the method takes one.</param>
/// <param name="Optimizer">The optimizer the method steps with, when it is one (for example plain SGD).</param>
internal sealed record CallShape(
    L2ModeKind? FixedMode,
    string? ModeParameter,
    string LambdaParameter,
    string? LearningRateParameter,
    string? Optimizer);
