namespace L2Analyzers;

/// <summary>
/// One parameter tensor of a layer with its gradient buffer: row-major values of shape
/// <see cref="Rows"/> × <see cref="Columns"/> (a vector has one column).
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class Parameter<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Creates a zero-filled parameter and gradient of the given shape.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is not positive.</exception>
    public Parameter(string name, ParameterRole role, int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        Name = name;
        Role = role;
        Rows = rows;
        Columns = columns;
        Values = new T[checked(rows * columns)];
        Gradients = new T[Values.Length];
    }

    /// <summary>The name, unique within its layer (for example <c>Weights</c>).</summary>
    public string Name { get; }

    /// <summary>Whether this is a weight or a bias.</summary>
    public ParameterRole Role { get; }

    /// <summary>The number of rows.</summary>
    public int Rows { get; }

    /// <summary>The number of columns (1 for a vector).</summary>
    public int Columns { get; }

    /// <summary>The values, row-major.</summary>
    public T[] Values { get; }

    /// <summary>The gradient of the loss with respect to <see cref="Values"/>, filled by the backward pass.</summary>
    public T[] Gradients { get; }

    /// <summary>
    /// Per-parameter optimizer state (the momentum buffer, Adam's moments), created by the optimizer's first step; null
    /// before it, and set to null to restart the optimizer from zero.
    /// </summary>
    public IOptimizerState<T>? OptimizerState { get; set; }
}
