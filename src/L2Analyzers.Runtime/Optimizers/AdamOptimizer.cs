using System.Numerics;
using System.Runtime.InteropServices;
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
    public void Step(Parameter<T> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var state = OptimizerState.GetOrCreate(parameter, static n => new AdamState<T>(n), nameof(AdamOptimizer<T>));
        long t = ++state.Step;
        var constants = new Constants<T>(
            T.CreateTruncating(Beta1),
            T.CreateTruncating(1 - Beta1),
            T.CreateTruncating(Beta2),
            T.CreateTruncating(1 - Beta2),
            T.CreateTruncating(double.CreateTruncating(LearningRate) / (1 - Math.Pow(Beta1, t))),
            T.CreateTruncating(Math.Sqrt(1 - Math.Pow(Beta2, t))),
            T.CreateTruncating(Epsilon));
        if (typeof(T) == typeof(float))
        {
            Vectorized(SpanCast.As<T, float>(parameter.Values), SpanCast.As<T, float>(parameter.Gradients), SpanCast.As<T, float>(state.FirstMoment), SpanCast.As<T, float>(state.SecondMoment), constants.As<float>());
        }
        else if (typeof(T) == typeof(double))
        {
            Vectorized(SpanCast.As<T, double>(parameter.Values), SpanCast.As<T, double>(parameter.Gradients), SpanCast.As<T, double>(state.FirstMoment), SpanCast.As<T, double>(state.SecondMoment), constants.As<double>());
        }
        else
        {
            Scalar<T>(parameter.Values, parameter.Gradients, state.FirstMoment, state.SecondMoment, constants);
        }
    }

    private static void ThrowIfNotInUnitInterval(double beta, string name)
    {
        if (!(beta >= 0 && beta < 1))
        {
            throw new ArgumentOutOfRangeException(name, beta, $"{name} = {L2Range.Format(beta)} must be 0 ≤ β < 1.");
        }
    }

    private static void Vectorized<TF>(Span<TF> w, ReadOnlySpan<TF> g, Span<TF> m, Span<TF> v, Constants<TF> c)
        where TF : struct, IFloatingPointIeee754<TF>
    {
        int done = 0;
        if (VectorMath.IsAccelerated<TF>())
        {
            var wv = MemoryMarshal.Cast<TF, Vector<TF>>(w);
            var gv = MemoryMarshal.Cast<TF, Vector<TF>>(g)[..wv.Length];
            var mv = MemoryMarshal.Cast<TF, Vector<TF>>(m)[..wv.Length];
            var vv = MemoryMarshal.Cast<TF, Vector<TF>>(v)[..wv.Length];
            Vector<TF> beta1 = new(c.Beta1), oneMinusBeta1 = new(c.OneMinusBeta1), beta2 = new(c.Beta2), oneMinusBeta2 = new(c.OneMinusBeta2);
            Vector<TF> stepSize = new(c.StepSize), sqrtCorrection2 = new(c.SqrtCorrection2), epsilon = new(c.Epsilon);
            for (int i = 0; i < wv.Length; i++)
            {
                var gi = gv[i];
                var mi = (beta1 * mv[i]) + (oneMinusBeta1 * gi);
                var vi = (beta2 * vv[i]) + (oneMinusBeta2 * gi * gi);
                mv[i] = mi;
                vv[i] = vi;
                wv[i] -= stepSize * mi / ((Vector.SquareRoot(vi) / sqrtCorrection2) + epsilon);
            }

            done = wv.Length * Vector<TF>.Count;
        }

        Scalar(w[done..], g[done..], m[done..], v[done..], c);
    }

    private static void Scalar<TF>(Span<TF> w, ReadOnlySpan<TF> g, Span<TF> m, Span<TF> v, Constants<TF> c)
        where TF : IFloatingPointIeee754<TF>
    {
        for (int i = 0; i < w.Length; i++)
        {
            TF gi = g[i];
            TF mi = (c.Beta1 * m[i]) + (c.OneMinusBeta1 * gi);
            TF vi = (c.Beta2 * v[i]) + (c.OneMinusBeta2 * gi * gi);
            m[i] = mi;
            v[i] = vi;
            w[i] -= c.StepSize * mi / ((TF.Sqrt(vi) / c.SqrtCorrection2) + c.Epsilon);
        }
    }

    /// <summary>The per-step scalars: betas, η/(1 − β1^t), √(1 − β2^t) and ε.</summary>
    private readonly record struct Constants<TF>(TF Beta1, TF OneMinusBeta1, TF Beta2, TF OneMinusBeta2, TF StepSize, TF SqrtCorrection2, TF Epsilon)
        where TF : IFloatingPointIeee754<TF>
    {
        public Constants<TTo> As<TTo>()
            where TTo : IFloatingPointIeee754<TTo> =>
            new(SpanCast.As<TF, TTo>(Beta1), SpanCast.As<TF, TTo>(OneMinusBeta1), SpanCast.As<TF, TTo>(Beta2), SpanCast.As<TF, TTo>(OneMinusBeta2),
                SpanCast.As<TF, TTo>(StepSize), SpanCast.As<TF, TTo>(SqrtCorrection2), SpanCast.As<TF, TTo>(Epsilon));
    }
}
