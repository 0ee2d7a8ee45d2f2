namespace L2Analyzers;

/// <summary>
/// Optimizer state that a checkpoint can hold: the state type checks and writes its own section of the file, and its
/// <see cref="Format"/> reads it back. Checkpoints refuse any other <see cref="IOptimizerState{T}"/>.
/// </summary>
internal interface ISavedOptimizerState<T> : IOptimizerState<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>How checkpoints hold this type of state (listed in <see cref="SavedStateFormats{T}"/>).</summary>
    SavedStateFormat<T> Format { get; }

    /// <summary>
    /// Why the state cannot be saved for a parameter of <paramref name="length"/> values, phrased after the parameter's
    /// name ("has a velocity of 7 elements but 28 values"), or null when it can.
    /// </summary>
    string? Problem(int length);

    /// <summary>Writes the state's section of the checkpoint (little-endian).</summary>
    void Write(BinaryWriter writer);
}
