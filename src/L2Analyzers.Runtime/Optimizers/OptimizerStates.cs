namespace L2Analyzers;

/// <summary>Finds or creates an optimizer's state in <see cref="Parameter{T}.OptimizerState"/> (created on the first step only).</summary>
internal static class OptimizerStates
{
    /// <summary>The parameter's state of <paramref name="optimizer"/>, created on the first step; <paramref name="what"/> names its arrays in messages.</summary>
    /// <exception cref="InvalidOperationException">The parameter holds the state of another optimizer.</exception>
    /// <exception cref="ArgumentException">The state was created for a parameter of another length (checked before any write).</exception>
    public static TState GetOrCreate<T, TState>(Parameter<T> parameter, Func<int, TState> create, string optimizer, string what)
        where T : IFloatingPointIeee754<T>
        where TState : class, IOptimizerState<T>
    {
        switch (parameter.OptimizerState)
        {
            case TState state:
                ThrowIfOtherLength(parameter, state, what);
                return state;
            case null:
                var created = create(parameter.Values.Length);
                parameter.OptimizerState = created;
                return created;
            default:
                throw new InvalidOperationException(
                    $"Parameter '{parameter.Name}' holds optimizer state of type {TypeName(parameter.OptimizerState)}, not of {optimizer}. " +
                    "Set its OptimizerState to null to restart the optimizer from zero.");
        }
    }

    private static void ThrowIfOtherLength<T>(Parameter<T> parameter, IOptimizerState<T> state, string what)
        where T : IFloatingPointIeee754<T>
    {
        if (state.Length != parameter.Values.Length)
        {
            throw new ArgumentException(
                $"Parameter '{parameter.Name}' has {parameter.Values.Length} values but its {what} have {state.Length}. " +
                "Set its OptimizerState to null to restart the optimizer from zero.", nameof(parameter));
        }
    }

    /// <summary>The type of <paramref name="state"/> as C# spells it, with its type arguments (<c>AdamState&lt;Double&gt;</c>).</summary>
    public static string TypeName(object state)
    {
        var type = state.GetType();
        int arity = type.Name.IndexOf('`', StringComparison.Ordinal); // none in a type nested in a generic one (Optimizer<T>.State)
        return type.IsGenericType
            ? $"{(arity < 0 ? type.Name : type.Name[..arity])}<{string.Join(", ", type.GetGenericArguments().Select(a => a.Name))}>"
            : type.Name;
    }
}
