namespace L2Analyzers.Runtime.Tests.Optimizers;

/// <summary>How each L2Mode combines with each optimizer: coupled GradientPenalty enters the optimizer's state, decoupled modes do not.</summary>
public class L2CombinationTests
{
    public static TheoryData<OptimizerKind, L2Mode, double, double> DecoupledModes() => new()
    {
        // kind, mode, lambda, the retention it applies with η = 0.1
        { OptimizerKind.Sgd, L2Mode.WeightDecay, 0.2, 0.8 },
        { OptimizerKind.Momentum, L2Mode.WeightDecay, 0.2, 0.8 },
        { OptimizerKind.Adam, L2Mode.WeightDecay, 0.2, 0.8 },
        { OptimizerKind.Momentum, L2Mode.ScaledWeightDecay, 0.5, 0.95 },
        { OptimizerKind.Adam, L2Mode.ScaledWeightDecay, 0.5, 0.95 },
        { OptimizerKind.Momentum, L2Mode.DecayFactor, 0.9, 0.9 },
        { OptimizerKind.Adam, L2Mode.DecayFactor, 0.9, 0.9 },
    };

    [Theory]
    [MemberData(nameof(DecoupledModes))]
    public void Decoupled_modes_shrink_the_weights_and_leave_the_optimizer_state_to_the_data_gradient(
        OptimizerKind kind, L2Mode mode, double lambda, double retention)
    {
        // With a zero data gradient the optimizer moves nothing: only the decay acts, and the state stays zero.
        var parameter = WeightsOf(3.0, -1.0);
        var optimizer = L2Analyzers.Optimizers.Create<double>(kind, 0.1, 0.9);
        L2Update.RegularizedStep(optimizer, parameter, mode, lambda);
        Assert.Equal(3.0 * retention, parameter.Values[0], 14);
        Assert.Equal(-1.0 * retention, parameter.Values[1], 14);
        Assert.All(StateOf(parameter), v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void GradientPenalty_enters_the_momentum_buffer()
    {
        var parameter = WeightsOf(3.0, -1.0);
        L2Update.RegularizedStep(new MomentumOptimizer<double>(0.1, 0.9), parameter, L2Mode.GradientPenalty, 0.5);
        Assert.Equal([1.5, -0.5], StateOf(parameter));   // b = g + λ·w with g = 0
        Assert.Equal([2.85, -0.95], parameter.Values);   // w − 0.1·b
    }

    [Fact]
    public void GradientPenalty_enters_both_Adam_moments()
    {
        var parameter = WeightsOf(3.0, -1.0);
        L2Update.RegularizedStep(new AdamOptimizer<double>(0.1), parameter, L2Mode.GradientPenalty, 0.5);
        var state = Assert.IsType<AdamState<double>>(parameter.OptimizerState);
        Assert.Equal(0.1 * 1.5, state.FirstMoment[0], 15);            // (1 − β1)·(λ·w)
        Assert.Equal(0.001 * 1.5 * 1.5, state.SecondMoment[0], 15);   // (1 − β2)·(λ·w)²
    }

    [Fact]
    public void Sgd_with_any_mode_is_the_fused_plain_step()
    {
        foreach (var mode in Enum.GetValues<L2Mode>())
        {
            double lambda = mode == L2Mode.DecayFactor ? 0.97 : 0.03;
            var parameter = WeightsOf(3.0, -1.0);
            parameter.Gradients[0] = 0.5;
            parameter.Gradients[1] = -0.25;
            double[] expected = [3.0, -1.0];
            L2Update.Step(mode, lambda, expected, parameter.Gradients, 0.1);
            L2Update.RegularizedStep(new SgdOptimizer<double>(0.1), parameter, mode, lambda);
            Assert.Equal(expected, parameter.Values);
            Assert.Null(parameter.OptimizerState);
        }
    }

    private static Parameter<double> WeightsOf(double a, double b)
    {
        var parameter = new Parameter<double>("Weights", ParameterRole.Weight, 1, 2);
        parameter.Values[0] = a;
        parameter.Values[1] = b;
        return parameter;
    }

    private static double[] StateOf(Parameter<double> parameter) => parameter.OptimizerState switch
    {
        null => [0, 0],
        MomentumState<double> momentum => momentum.Velocity,
        AdamState<double> adam => adam.FirstMoment.Concat(adam.SecondMoment).ToArray(),
        var other => throw new InvalidOperationException(other.GetType().Name),
    };
}
