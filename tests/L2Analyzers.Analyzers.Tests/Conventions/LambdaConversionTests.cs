using L2Analyzers.Common;
using L2Analyzers.Conventions;

namespace L2Analyzers.Analyzers.Tests.Conventions;

public class LambdaConversionTests
{
    private const double Eta = 0.05;

    /// <summary>docs/conventions.md, "Equivalences": at η = 0.05, gradient penalty 0.03 ≡ weight decay 0.0015 ≡ decay factor 0.9985.</summary>
    [Theory]
    [InlineData(L2Mode.GradientPenalty, 0.03)]
    [InlineData(L2Mode.WeightDecay, 0.0015)]
    [InlineData(L2Mode.ScaledWeightDecay, 0.03)]
    [InlineData(L2Mode.DecayFactor, 0.9985)]
    public void The_reference_example_converts_to_every_mode(L2Mode mode, double lambda)
    {
        var from = (L2Mode)mode;
        Assert.Equal(0.03, LambdaConversion.Convert(from, lambda, L2Mode.GradientPenalty, Eta)!.Value, 12);
        Assert.Equal(0.0015, LambdaConversion.Convert(from, lambda, L2Mode.WeightDecay, Eta)!.Value, 12);
        Assert.Equal(0.03, LambdaConversion.Convert(from, lambda, L2Mode.ScaledWeightDecay, Eta)!.Value, 12);
        Assert.Equal(0.9985, LambdaConversion.Convert(from, lambda, L2Mode.DecayFactor, Eta)!.Value, 12);
    }

    [Fact]
    public void WeightDecay_and_DecayFactor_convert_without_the_learning_rate()
    {
        Assert.Equal(0.03, LambdaConversion.Convert(L2Mode.WeightDecay, 0.97, L2Mode.DecayFactor, null)!.Value, 12);
        Assert.Equal(0.03, LambdaConversion.Convert(L2Mode.DecayFactor, 0.97, L2Mode.WeightDecay, null)!.Value, 12);
    }

    [Fact]
    public void GradientPenalty_and_ScaledWeightDecay_convert_without_the_learning_rate()
    {
        Assert.Equal(0.03, LambdaConversion.Convert(L2Mode.GradientPenalty, 0.03, L2Mode.ScaledWeightDecay, null));
        Assert.Equal(0.03, LambdaConversion.Convert(L2Mode.ScaledWeightDecay, 0.03, L2Mode.GradientPenalty, null));
    }

    [Theory]
    [InlineData(L2Mode.GradientPenalty, L2Mode.WeightDecay)]
    [InlineData(L2Mode.DecayFactor, L2Mode.ScaledWeightDecay)]
    [InlineData(L2Mode.WeightDecay, L2Mode.GradientPenalty)]
    public void Crossing_the_pairs_needs_the_learning_rate(L2Mode fromMode, L2Mode toMode)
    {
        var (from, to) = ((L2Mode)fromMode, (L2Mode)toMode);
        Assert.Null(LambdaConversion.Convert(from, 0.03, to, null));
    }

    [Fact]
    public void A_zero_learning_rate_cannot_be_divided_by() =>
        Assert.Null(LambdaConversion.Convert(L2Mode.WeightDecay, 0.03, L2Mode.GradientPenalty, 0));

    /// <summary>
    /// The independent check: converted lambdas give the same weights step by step under the runtime's own plain-SGD
    /// update (docs/conventions.md, "Equivalences").
    /// </summary>
    [Theory]
    [InlineData(L2Mode.GradientPenalty, 0.03)]
    [InlineData(L2Mode.WeightDecay, 0.0015)]
    [InlineData(L2Mode.DecayFactor, 0.9985)]
    public void Converted_lambdas_give_the_same_weights_under_the_runtime_update(L2Mode mode, double lambda)
    {
        var from = (L2Mode)mode;
        double[] gradients = [0.4, -1.5, 2.25];
        double[] reference = Train(from, lambda, gradients);
        foreach (var to in Modes.All)
        {
            double converted = LambdaConversion.Convert(from, lambda, to, Eta)!.Value;
            double[] weights = Train(to, converted, gradients);
            for (int i = 0; i < weights.Length; i++)
            {
                Assert.Equal(reference[i], weights[i], 12);
            }
        }
    }

    private static double[] Train(L2Mode mode, double lambda, double[] gradients)
    {
        double[] weights = [1.0, -2.0, 0.5];
        for (int step = 0; step < 10; step++)
        {
            L2Update.Step((L2Mode)(int)mode, lambda, weights, gradients, Eta);
        }

        return weights;
    }
}
