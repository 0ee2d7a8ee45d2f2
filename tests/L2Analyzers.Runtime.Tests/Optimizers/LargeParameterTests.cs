using System.Numerics;
using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Optimizers;

/// <summary>
/// Parameters over 256 KiB, where the kernels split their work into 128 KiB blocks to keep TensorPrimitives from writing
/// with non-temporal stores: every element, across the blocks' edges and in the last partial block, must still get
/// exactly the per-element formula. Momentum and Adam run the one-pass SIMD driver instead: a first and a last vector
/// that overlap an aligned loop of 512-bit or 256-bit vectors; every element must round as the per-element formula.
/// </summary>
public class LargeParameterTests
{
    // 400 KB as float, 800 KB as double: 3 whole blocks of 32,768 floats or 6 of 16,384 doubles, then 1,699 elements.
    private const int Length = 100_003;

    [Fact]
    public void Float_sgd_step_equals_w_minus_eta_g_bit_for_bit() => SgdStep<float>();

    [Fact]
    public void Double_sgd_step_equals_w_minus_eta_g_bit_for_bit() => SgdStep<double>();

    [Fact]
    public void Float_momentum_steps_equal_the_scalar_formula_bit_for_bit() => MomentumSteps<float>();

    [Fact]
    public void Double_momentum_steps_equal_the_scalar_formula_bit_for_bit() => MomentumSteps<double>();

    [Fact]
    public void Float_Adam_steps_equal_the_scalar_formula_bit_for_bit() => AdamSteps<float>();

    [Fact]
    public void Double_Adam_steps_equal_the_scalar_formula_bit_for_bit() => AdamSteps<double>();

    [Fact]
    public void Adam_state_of_another_length_is_rejected_before_any_write()
    {
        var optimizer = new AdamOptimizer<double>(0.001);
        var small = new Parameter<double>("Small", ParameterRole.Weight, 1, 5);
        optimizer.Step(small);
        var large = new Parameter<double>("Large", ParameterRole.Weight, 1, Length) { OptimizerState = small.OptimizerState };
        TestData.Uniform<double>(Length, seed: 10).CopyTo(large.Gradients, 0);

        var error = Assert.Throws<ArgumentException>(() => optimizer.Step(large));
        Assert.Contains("'Large' has 100003 values but its Adam moments have 5", error.Message, StringComparison.Ordinal);
        var state = (AdamState<double>)small.OptimizerState!;
        Assert.Equal(1, state.Step);
        Assert.All(large.Values, w => Assert.Equal(0, w));
    }

    [Fact]
    public void Decay_of_an_unaligned_span_equals_rho_w_bit_for_bit()
    {
        var weights = TestData.Uniform<double>(Length, seed: 5);
        var expected = weights.Select((w, i) => i == 0 ? w : 0.97 * w).ToArray();
        L2Kernels.Decay<double>(weights.AsSpan(1), 0.97);
        TestData.AssertBitEqual<double>(expected, weights);
    }

    [Fact]
    public void AddPenaltyGradient_of_an_unaligned_span_equals_g_plus_lambda_w_bit_for_bit()
    {
        var weights = TestData.Uniform<float>(Length, seed: 6);
        var gradients = TestData.Uniform<float>(Length, seed: 7);
        var expected = gradients.Select((g, i) => i == 0 ? g : g + (0.03f * weights[i])).ToArray();
        L2Kernels.AddPenaltyGradient<float>(0.03f, weights.AsSpan(1), gradients.AsSpan(1));
        TestData.AssertBitEqual<float>(expected, gradients);
    }

    [Fact]
    public void Momentum_state_of_another_length_is_rejected_before_any_write()
    {
        var optimizer = new MomentumOptimizer<double>(0.05, 0.9);
        var small = new Parameter<double>("Small", ParameterRole.Weight, 1, 5);
        optimizer.Step(small);
        var large = new Parameter<double>("Large", ParameterRole.Weight, 1, Length) { OptimizerState = small.OptimizerState };
        TestData.Uniform<double>(Length, seed: 8).CopyTo(large.Gradients, 0);

        Assert.Throws<ArgumentException>(() => optimizer.Step(large));
        Assert.All(((MomentumState<double>)small.OptimizerState!).Velocity, b => Assert.Equal(0, b));
        Assert.All(large.Values, w => Assert.Equal(0, w));
    }

    [Fact]
    public void AddPenaltyGradient_rejects_weights_that_overlap_the_gradients_shifted_by_more_than_a_block()
    {
        // No single block overlaps itself, but later blocks would read weights that earlier ones overwrote.
        const int shift = 40_000;
        var buffer = TestData.Uniform<double>(Length + shift, seed: 9);
        var before = buffer.ToArray();
        Assert.Throws<ArgumentException>(() => L2Kernels.AddPenaltyGradient<double>(0.03, buffer.AsSpan(0, Length), buffer.AsSpan(shift)));
        TestData.AssertBitEqual<double>(before, buffer);
    }

    private static void SgdStep<T>()
        where T : IFloatingPointIeee754<T>
    {
        var parameter = Filled<T>(seed: 1);
        T eta = T.CreateChecked(0.05);
        var expected = parameter.Values.Select((w, i) => w - (eta * parameter.Gradients[i])).ToArray();
        new SgdOptimizer<T>(0.05).Step(parameter);
        TestData.AssertBitEqual<T>(expected, parameter.Values);
    }

    private static void MomentumSteps<T>()
        where T : IFloatingPointIeee754<T>
    {
        // Two steps: the second reads the velocity the first wrote.
        var parameter = Filled<T>(seed: 2);
        T eta = T.CreateChecked(0.05), mu = T.CreateChecked(0.9);
        var w = parameter.Values.ToArray();
        var b = new T[Length];
        var optimizer = new MomentumOptimizer<T>(0.05, 0.9);
        for (int t = 0; t < 2; t++)
        {
            for (int i = 0; i < Length; i++)
            {
                b[i] = (b[i] * mu) + parameter.Gradients[i];
                w[i] -= eta * b[i];
            }

            optimizer.Step(parameter);
        }

        TestData.AssertBitEqual<T>(w, parameter.Values);
    }

    private static void AdamSteps<T>()
        where T : IFloatingPointIeee754<T>
    {
        // Three steps with new gradients each: the later ones read the moments the earlier ones wrote, and the bias
        // corrections change with t. Gradients of up to ±1000 spread √v over six orders of magnitude.
        var parameter = Filled<T>(seed: 3);
        var w = parameter.Values.ToArray();
        var m = new T[Length];
        var v = new T[Length];
        T beta1 = T.CreateChecked(0.9), oneMinusBeta1 = T.CreateChecked(1 - 0.9), beta2 = T.CreateChecked(0.999), oneMinusBeta2 = T.CreateChecked(1 - 0.999);
        T epsilon = T.CreateChecked(1e-8);
        var optimizer = new AdamOptimizer<T>(0.001);
        for (int t = 1; t <= 3; t++)
        {
            TestData.Uniform<T>(Length, seed: 200 + t, scale: 1000).CopyTo(parameter.Gradients, 0);
            T stepSize = T.CreateChecked(double.CreateChecked(optimizer.LearningRate) / (1 - Math.Pow(0.9, t)));
            T sqrtCorrection2 = T.CreateChecked(Math.Sqrt(1 - Math.Pow(0.999, t)));
            for (int i = 0; i < Length; i++)
            {
                T g = parameter.Gradients[i];
                m[i] = (beta1 * m[i]) + (oneMinusBeta1 * g);
                v[i] = (beta2 * v[i]) + (oneMinusBeta2 * g * g);
                w[i] -= stepSize * m[i] / ((T.Sqrt(v[i]) / sqrtCorrection2) + epsilon);
            }

            optimizer.Step(parameter);
        }

        var state = Assert.IsType<AdamState<T>>(parameter.OptimizerState);
        TestData.AssertBitEqual<T>(m, state.FirstMoment);
        TestData.AssertBitEqual<T>(v, state.SecondMoment);
        TestData.AssertBitEqual<T>(w, parameter.Values);
    }

    private static Parameter<T> Filled<T>(int seed)
        where T : IFloatingPointIeee754<T>
    {
        var parameter = new Parameter<T>("Weights", ParameterRole.Weight, 1, Length);
        TestData.Uniform<T>(Length, seed).CopyTo(parameter.Values, 0);
        TestData.Uniform<T>(Length, seed + 100).CopyTo(parameter.Gradients, 0);
        return parameter;
    }
}
