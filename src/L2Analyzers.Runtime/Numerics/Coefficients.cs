namespace L2Analyzers.Numerics;

/// <summary>
/// The per-call scalars of an <see cref="IElementwiseKernel{T}"/> (up to seven; a kernel says which it uses), as scalars or
/// broadcast to every lane of one vector type by <see cref="ElementwiseLoop"/>, once per call.
/// </summary>
internal readonly record struct Coefficients<TValue>(
    TValue C0, TValue C1, TValue C2 = default!, TValue C3 = default!, TValue C4 = default!, TValue C5 = default!, TValue C6 = default!);
