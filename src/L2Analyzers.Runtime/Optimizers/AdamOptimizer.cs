using System.Numerics;
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
        var state = OptimizerStates.GetOrCreate(parameter, static n => new AdamState<T>(n), nameof(AdamOptimizer<T>));
        OptimizerStates.ThrowIfOtherLength(parameter, state, "Adam moments");
        long t = ++state.Step;
        var kernel = new Kernel(
            T.CreateTruncating(Beta1),
            T.CreateTruncating(1 - Beta1),
            T.CreateTruncating(Beta2),
            T.CreateTruncating(1 - Beta2),
            T.CreateTruncating(double.CreateTruncating(LearningRate) / (1 - Math.Pow(Beta1, t))),
            T.CreateTruncating(Math.Sqrt(1 - Math.Pow(Beta2, t))),
            T.CreateTruncating(Epsilon));
        ElementwiseLoop.Run(
            kernel,
            ref MemoryMarshal.GetArrayDataReference(parameter.Values),
            ref MemoryMarshal.GetArrayDataReference(parameter.Gradients),
            ref MemoryMarshal.GetArrayDataReference(state.FirstMoment),
            ref MemoryMarshal.GetArrayDataReference(state.SecondMoment),
            (nuint)parameter.Values.Length);
    }

    private static void ThrowIfNotInUnitInterval(double beta, string name)
    {
        if (!(beta >= 0 && beta < 1))
        {
            throw new ArgumentOutOfRangeException(name, beta, $"{name} = {L2Range.Format(beta)} must be 0 ≤ β < 1.");
        }
    }

    /// <summary>
    /// The step on w, g, m and v (in this order) with the per-step scalars: the betas, the step size η/(1 − β1^t), √(1 − β2^t)
    /// and ε. Per element <c>m ← β1·m + (1 − β1)·g</c>, <c>v ← β2·v + (1 − β2)·g·g</c>, <c>w ← w − (η'·m) / (√v / √(1 − β2^t) + ε)</c>.
    /// </summary>
    private readonly struct Kernel(T beta1, T oneMinusBeta1, T beta2, T oneMinusBeta2, T stepSize, T sqrtCorrection2, T epsilon)
        : IElementwiseKernel<T>
    {
        private readonly Coefficients<Vector<T>> vector = new(
            ElementwiseLoop.Broadcast(beta1), ElementwiseLoop.Broadcast(oneMinusBeta1), ElementwiseLoop.Broadcast(beta2), ElementwiseLoop.Broadcast(oneMinusBeta2),
            ElementwiseLoop.Broadcast(stepSize), ElementwiseLoop.Broadcast(sqrtCorrection2), ElementwiseLoop.Broadcast(epsilon));

        private readonly Coefficients<Vector512<T>> vector512 = new(
            ElementwiseLoop.Broadcast512(beta1), ElementwiseLoop.Broadcast512(oneMinusBeta1), ElementwiseLoop.Broadcast512(beta2), ElementwiseLoop.Broadcast512(oneMinusBeta2),
            ElementwiseLoop.Broadcast512(stepSize), ElementwiseLoop.Broadcast512(sqrtCorrection2), ElementwiseLoop.Broadcast512(epsilon));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void ApplyElement(ref T w, ref T g, ref T m, ref T v, nuint i)
        {
            T gi = Unsafe.Add(ref g, i);
            T mi = (beta1 * Unsafe.Add(ref m, i)) + (oneMinusBeta1 * gi);
            T vi = (beta2 * Unsafe.Add(ref v, i)) + (oneMinusBeta2 * gi * gi);
            Unsafe.Add(ref m, i) = mi;
            Unsafe.Add(ref v, i) = vi;
            Unsafe.Add(ref w, i) -= stepSize * mi / ((T.Sqrt(vi) / sqrtCorrection2) + epsilon);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void ApplyVector(ref T w, ref T g, ref T m, ref T v, nuint i)
        {
            ref readonly var c = ref vector;
            var gi = Vector.LoadUnsafe(ref g, i);
            var mi = (c.Beta1 * Vector.LoadUnsafe(ref m, i)) + (c.OneMinusBeta1 * gi);
            var vi = (c.Beta2 * Vector.LoadUnsafe(ref v, i)) + (c.OneMinusBeta2 * gi * gi);
            mi.StoreUnsafe(ref m, i);
            vi.StoreUnsafe(ref v, i);
            (Vector.LoadUnsafe(ref w, i) - (c.StepSize * mi / ((Vector.SquareRoot(vi) / c.SqrtCorrection2) + c.Epsilon))).StoreUnsafe(ref w, i);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void ApplyVector512(ref T w, ref T g, ref T m, ref T v, nuint i)
        {
            ref readonly var c = ref vector512;
            var gi = Vector512.LoadUnsafe(ref g, i);
            var mi = (c.Beta1 * Vector512.LoadUnsafe(ref m, i)) + (c.OneMinusBeta1 * gi);
            var vi = (c.Beta2 * Vector512.LoadUnsafe(ref v, i)) + (c.OneMinusBeta2 * gi * gi);
            mi.StoreUnsafe(ref m, i);
            vi.StoreUnsafe(ref v, i);
            (Vector512.LoadUnsafe(ref w, i) - (c.StepSize * mi / ((Vector512.Sqrt(vi) / c.SqrtCorrection2) + c.Epsilon))).StoreUnsafe(ref w, i);
        }
    }

    /// <summary>The per-step scalars broadcast to one vector type.</summary>
    private readonly record struct Coefficients<TVector>(
        TVector Beta1, TVector OneMinusBeta1, TVector Beta2, TVector OneMinusBeta2, TVector StepSize, TVector SqrtCorrection2, TVector Epsilon);
}
