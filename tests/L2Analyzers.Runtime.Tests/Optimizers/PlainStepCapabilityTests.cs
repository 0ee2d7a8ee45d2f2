using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Optimizers;

/// <summary>
/// <see cref="L2Update.RegularizedStep{T}"/> fuses the L2 term with the optimizer's step exactly when the optimizer says its
/// step is plain gradient descent (<see cref="IOptimizer{T}.IsPlainGradientStep"/>), whatever its type.
/// </summary>
public class PlainStepCapabilityTests
{
    [Fact]
    public void An_optimizer_that_declares_a_plain_step_gets_the_fused_step_and_is_not_called()
    {
        var weights = Weights();
        var expected = weights.Values.ToArray();
        L2Update.Step(L2Mode.WeightDecay, 0.01, expected, weights.Gradients, 0.1);

        var optimizer = new RecordingOptimizer(isPlain: true);
        L2Update.RegularizedStep(optimizer, weights, L2Mode.WeightDecay, 0.01);

        Assert.Equal(0, optimizer.Steps);
        TestData.AssertBitEqual<double>(expected, weights.Values);
    }

    [Fact]
    public void Any_other_optimizer_gets_the_decay_then_its_own_step()
    {
        var weights = Weights();
        var expected = weights.Values.Select(w => (1 - 0.01) * w).ToArray();

        var optimizer = new RecordingOptimizer(isPlain: false);
        L2Update.RegularizedStep(optimizer, weights, L2Mode.WeightDecay, 0.01);

        Assert.Equal(1, optimizer.Steps);
        TestData.AssertBitEqual<double>(expected, weights.Values);
    }

    [Fact]
    public void The_capability_is_false_unless_an_optimizer_declares_it()
    {
        Assert.True(((IOptimizer<float>)new SgdOptimizer<float>(0.1)).IsPlainGradientStep);
        Assert.False(((IOptimizer<float>)new MomentumOptimizer<float>(0.1, 0.9)).IsPlainGradientStep);
        Assert.False(((IOptimizer<float>)new AdamOptimizer<float>(0.1)).IsPlainGradientStep);
        Assert.False(((IOptimizer<double>)new WithoutCapability()).IsPlainGradientStep);
    }

    private static Parameter<double> Weights()
    {
        var weights = new Parameter<double>("Weights", ParameterRole.Weight, 3, 5);
        TestData.Uniform<double>(15, seed: 1).CopyTo(weights.Values, 0);
        TestData.Uniform<double>(15, seed: 2).CopyTo(weights.Gradients, 0);
        return weights;
    }

    // Counts its steps and changes nothing, so the weights show only what RegularizedStep did itself.
    private sealed class RecordingOptimizer(bool isPlain) : IOptimizer<double>
    {
        public int Steps { get; private set; }

        public double LearningRate => 0.1;

        public bool IsPlainGradientStep => isPlain;

        public void Step(Parameter<double> parameter) => Steps++;
    }

    // An optimizer written before the capability existed: it compiles unchanged and is never fused.
    private sealed class WithoutCapability : IOptimizer<double>
    {
        public double LearningRate => 0.1;

        public void Step(Parameter<double> parameter)
        {
        }
    }
}
