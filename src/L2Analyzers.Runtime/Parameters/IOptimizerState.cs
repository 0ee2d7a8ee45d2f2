namespace L2Analyzers;

/// <summary>
/// What an optimizer keeps for one parameter between steps, in <see cref="Parameter{T}.OptimizerState"/> (the momentum
/// buffer, Adam's moments). Each optimizer owns its state type; the built-in ones also say how checkpoints save and load them.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public interface IOptimizerState<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The number of parameter values the state was created for.</summary>
    int Length { get; }
}
