using System.Numerics;

namespace L2Analyzers;

/// <summary>Finds or creates an optimizer's state in <see cref="Parameter{T}.OptimizerState"/> (created on the first step only).</summary>
internal static class OptimizerState
{
    /// <exception cref="InvalidOperationException">The parameter holds the state of another optimizer.</exception>
    public static TState GetOrCreate<T, TState>(Parameter<T> parameter, Func<int, TState> create, string optimizer)
        where T : IFloatingPointIeee754<T>
        where TState : class
    {
        switch (parameter.OptimizerState)
        {
            case TState state:
                return state;
            case null:
                var created = create(parameter.Values.Length);
                parameter.OptimizerState = created;
                return created;
            default:
                throw new InvalidOperationException(
                    $"Parameter '{parameter.Name}' holds optimizer state of type {parameter.OptimizerState.GetType().Name}, not of {optimizer}. " +
                    "Set its OptimizerState to null to restart the optimizer from zero.");
        }
    }
}
