
namespace L2Analyzers.Analyzers.Calls;

/// <summary>
/// How a runtime method or constructor takes L2: the parameter that holds the mode (or the mode the method itself
/// applies), the lambda's parameter, and where the learning rate and optimizer come from when it has them.
/// </summary>
/// <param name="FixedMode">The mode the method applies, when it takes no mode argument.</param>
/// <param name="ModeParameter">The mode's parameter, when the method takes one.</param>
/// <param name="LambdaParameter">The lambda's parameter.</param>
internal sealed record CallShape(L2Mode? FixedMode, string? ModeParameter, string LambdaParameter)
{
    /// <summary>The learning rate's parameter, when the method takes one.</summary>
    public string? LearningRateParameter { get; init; }

    /// <summary>The parameter that takes the optimizer, whose type names it (<c>AdamOptimizer&lt;T&gt;</c>).</summary>
    public string? OptimizerParameter { get; init; }

    /// <summary>The optimizer the method itself steps with, when it is one (<c>L2Update.Step</c> is plain SGD).</summary>
    public string? Optimizer { get; init; }
}
