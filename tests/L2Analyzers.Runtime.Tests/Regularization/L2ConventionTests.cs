namespace L2Analyzers.Runtime.Tests.Regularization;

public class L2ConventionTests
{
    // docs/conventions.md, "Equivalences" at η = 0.05: GradientPenalty 0.03 ≡ WeightDecay 0.0015 ≡ DecayFactor 0.9985 ≡ Keras 0.015.
    [Theory]
    [InlineData(L2Mode.GradientPenalty, 0.03)]
    [InlineData(L2Mode.WeightDecay, 0.0015)]
    [InlineData(L2Mode.ScaledWeightDecay, 0.03)]
    [InlineData(L2Mode.DecayFactor, 0.9985)]
    public void The_reference_example_converts_to_every_mode(L2Mode to, double expected)
    {
        Assert.Equal(expected, L2Convention.Convert(0.03, L2Mode.GradientPenalty, to, 0.05), 15);
        Assert.Equal(expected, L2Convention.FromKerasL2(0.015, to, 0.05), 15);
    }

    [Fact]
    public void Every_pair_of_modes_round_trips()
    {
        foreach (var from in Enum.GetValues<L2Mode>())
        {
            foreach (var to in Enum.GetValues<L2Mode>())
            {
                double lambda = L2Convention.Convert(0.03, L2Mode.GradientPenalty, from, 0.05);
                double there = L2Convention.Convert(lambda, from, to, 0.05);
                Assert.Equal(lambda, L2Convention.Convert(there, to, from, 0.05), 14);
            }
        }
    }

    [Fact]
    public void Library_conventions_map_to_their_modes()
    {
        Assert.Equal(1e-4, L2Convention.FromPyTorchWeightDecay(1e-4, L2Mode.GradientPenalty, 0.1));
        Assert.Equal(1e-4 * 0.1, L2Convention.FromPyTorchWeightDecay(1e-4, L2Mode.WeightDecay, 0.1), tolerance: 1e-18);
        Assert.Equal(0.01, L2Convention.FromAdamW(0.01, L2Mode.ScaledWeightDecay, 1e-3));
        Assert.Equal(0.01, L2Convention.FromAdamW(0.01, L2Mode.GradientPenalty, 1e-3));
        Assert.Equal(1 - (1e-3 * 0.01), L2Convention.FromAdamW(0.01, L2Mode.DecayFactor, 1e-3), 15);
        Assert.Equal(0.02, L2Convention.FromKerasL2(0.01, L2Mode.GradientPenalty, 0.1));
        Assert.Equal(5.0 / 50_000, L2Convention.FromNielsen(5, 50_000, L2Mode.GradientPenalty, 0.1));
        Assert.Equal(0.5 * 5.0 / 50_000, L2Convention.FromNielsen(5, 50_000, L2Mode.WeightDecay, 0.5), tolerance: 1e-18);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Invalid_lambdas_name_the_value_and_the_range(double lambda)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => L2Convention.Convert(lambda, L2Mode.GradientPenalty, L2Mode.WeightDecay, 0.1));
        Assert.Equal("lambda", error.ParamName);
        Assert.Contains(lambda.ToString("R", System.Globalization.CultureInfo.InvariantCulture), error.Message);
        Assert.Contains("0 ≤ λ", error.Message);
    }

    [Fact]
    public void A_result_outside_the_target_range_names_the_value_and_the_range()
    {
        // GradientPenalty 30 at η = 0.05 decays by η·λ = 1.5 per step: as WeightDecay that is 1.5, outside [0, 1).
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => L2Convention.Convert(30, L2Mode.GradientPenalty, L2Mode.WeightDecay, 0.05));
        Assert.Contains("30", error.Message);
        Assert.Contains("1.5", error.Message);
        Assert.Contains("0 ≤ λ < 1", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => L2Convention.Convert(0, L2Mode.GradientPenalty, L2Mode.DecayFactor, 0.05));
    }

    [Fact]
    public void A_value_outside_the_source_range_is_rejected() =>
        Assert.Contains("0 < λ < 1", Assert.Throws<ArgumentOutOfRangeException>(() => L2Convention.Convert(1.2, L2Mode.DecayFactor, L2Mode.WeightDecay, 0.05)).Message);

    [Fact]
    public void Invalid_arguments_name_their_parameter()
    {
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => L2Convention.Convert(0.1, L2Mode.GradientPenalty, L2Mode.WeightDecay, 0)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => L2Convention.Convert(0.1, L2Mode.GradientPenalty, (L2Mode)9, 0.1)).ParamName);
        Assert.Equal("weightDecay", Assert.Throws<ArgumentOutOfRangeException>(() => L2Convention.FromAdamW(-1, L2Mode.WeightDecay, 0.1)).ParamName);
        Assert.Equal("l2", Assert.Throws<ArgumentOutOfRangeException>(() => L2Convention.FromKerasL2(double.NaN, L2Mode.WeightDecay, 0.1)).ParamName);
        Assert.Equal("trainingSetSize", Assert.Throws<ArgumentOutOfRangeException>(() => L2Convention.FromNielsen(5, 0, L2Mode.WeightDecay, 0.1)).ParamName);
    }

    [Fact]
    public void L2Regularization_reports_its_equivalent_penalty_and_decay()
    {
        var setting = new L2Regularization(L2Mode.DecayFactor, 0.9985);
        Assert.Equal(0.03, setting.PenaltyCoefficient(0.05), 12);
        Assert.Equal(0.0015, setting.DecayPerStep(0.05), 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => new L2Regularization(L2Mode.WeightDecay, 1.5));
    }
}
