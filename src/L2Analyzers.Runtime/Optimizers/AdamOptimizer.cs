using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using L2Analyzers.Numerics;

namespace L2Analyzers;

/// <summary>
/// Adam (Kingma and Ba) exactly as PyTorch's <c>Adam</c>/<c>AdamW</c> algorithm (no amsgrad): with t the step count,
/// <c>m ← β1·m + (1 − β1)·g</c>, <c>v ← β2·v + (1 − β2)·g²</c>, then
/// <c>w ← w − (η / (1 − β1^t))·m / (√v / √(1 − β2^t) + ε)</c>.
/// How L2 combines (in <see cref="L2Update.RegularizedStep{T}"/>): GradientPenalty is coupled, <c>g ← g + λ·w</c> enters
/// both moments, exactly PyTorch's <c>Adam(weight_decay=λ)</c> (the decay is then divided by √v̂, so weights with large
/// gradients are barely decayed). ScaledWeightDecay is decoupled, <c>w ← (1 − η·λ)·w</c> before the step, exactly
/// PyTorch's and TorchSharp's <c>AdamW(weight_decay=λ)</c>; WeightDecay and DecayFactor are decoupled the same way with
/// <c>1 − λ</c> and <c>λ</c> as the retention.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class AdamOptimizer<T> : IOptimizer<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Creates the optimizer with PyTorch's defaults for the betas and epsilon.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="learningRate"/> is not finite and positive, a beta is not in [0, 1), or <paramref name="epsilon"/> is not finite and positive.
    /// </exception>
    public AdamOptimizer(double learningRate, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
    {
        L2Range.ThrowIfInvalidLearningRate(learningRate, nameof(learningRate));
        ThrowIfNotInUnitInterval(beta1, nameof(beta1));
        ThrowIfNotInUnitInterval(beta2, nameof(beta2));
        if (!double.IsFinite(epsilon) || epsilon <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, $"epsilon = {L2Range.Format(epsilon)} must be finite and 0 < ε.");
        }

        LearningRate = T.CreateChecked(learningRate);
        Beta1 = beta1;
        Beta2 = beta2;
        Epsilon = epsilon;
    }

    /// <inheritdoc/>
    public T LearningRate { get; }

    /// <summary>The decay rate β1 of the first moment.</summary>
    public double Beta1 { get; }

    /// <summary>The decay rate β2 of the second moment.</summary>
    public double Beta2 { get; }

    /// <summary>The term ε added to the denominator.</summary>
    public double Epsilon { get; }

    /// <summary>Applies one Adam step in a single pass over w, g, m and v, keeping them in an <see cref="AdamState{T}"/>.</summary>
    /// <exception cref="InvalidOperationException">The parameter holds another optimizer's state.</exception>
    /// <exception cref="ArgumentException">The parameter holds Adam moments of another length.</exception>
    public void Step(Parameter<T> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var state = OptimizerStates.GetOrCreate(parameter, static n => new AdamState<T>(n), nameof(AdamOptimizer<T>), "Adam moments");
        long t = ++state.Step;
        var coefficients = new Coefficients<T>(
            T.CreateTruncating(Beta1),
            T.CreateTruncating(1 - Beta1),
            T.CreateTruncating(Beta2),
            T.CreateTruncating(1 - Beta2),
            T.CreateTruncating(double.CreateTruncating(LearningRate) / (1 - Math.Pow(Beta1, t))),
            T.CreateTruncating(Math.Sqrt(1 - Math.Pow(Beta2, t))),
            T.CreateTruncating(Epsilon));
        ElementwiseLoop.Run<T, Kernel>(
            coefficients,
            ref MemoryMarshal.GetArrayDataReference(parameter.Values),
            ref MemoryMarshal.GetArrayDataReference(parameter.Gradients),
            ref MemoryMarshal.GetArrayDataReference(state.FirstMoment),
            ref MemoryMarshal.GetArrayDataReference(state.SecondMoment),
            (nuint)state.Length);
    }

    private static void ThrowIfNotInUnitInterval(double beta, string name)
    {
        if (!(beta >= 0 && beta < 1))
        {
            throw new ArgumentOutOfRangeException(name, beta, $"{name} = {L2Range.Format(beta)} must be 0 ≤ β < 1.");
        }
    }

    /// <summary>
    /// The step on w, g, m and v with the per-step scalars C0 = β1, C1 = 1 − β1, C2 = β2, C3 = 1 − β2, C4 = η/(1 − β1^t)
    /// (η'), C5 = √(1 − β2^t) and C6 = ε. Per element <c>m ← β1·m + (1 − β1)·g</c>, <c>v ← β2·v + (1 − β2)·g·g</c>,
    /// <c>w ← w − (η'·m) / (√v / √(1 − β2^t) + ε)</c>.
    /// </summary>
    private readonly struct Kernel : IElementwiseKernel<T>
    {
        public static int Arrays => 4;

        // Bound by its square roots and divisions more than by memory: 512-bit vectors were faster at every size.
        public static long WideVectorLimit => long.MaxValue;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Apply(T w, T g, ref T m, ref T v, in Coefficients<T> c)
        {
            m = (c.C0 * m) + (c.C1 * g);
            v = (c.C2 * v) + (c.C3 * g * g);
            return w - (c.C4 * m / ((T.Sqrt(v) / c.C5) + c.C6));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> Apply(Vector<T> w, Vector<T> g, ref Vector<T> m, ref Vector<T> v, in Coefficients<Vector<T>> c)
        {
            m = (c.C0 * m) + (c.C1 * g);
            v = (c.C2 * v) + (c.C3 * g * g);
            return w - (c.C4 * m / ((Vector.SquareRoot(v) / c.C5) + c.C6));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Apply(Vector512<T> w, Vector512<T> g, ref Vector512<T> m, ref Vector512<T> v, in Coefficients<Vector512<T>> c)
        {
            m = (c.C0 * m) + (c.C1 * g);
            v = (c.C2 * v) + (c.C3 * g * g);
            return w - (c.C4 * m / ((Vector512.Sqrt(v) / c.C5) + c.C6));
        }
    }
}
