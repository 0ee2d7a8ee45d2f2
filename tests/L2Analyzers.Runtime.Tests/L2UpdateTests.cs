namespace L2Analyzers.Runtime.Tests;

public class L2UpdateTests
{
    // w = 2, g = 1, η = 0.1, worked out by hand from l2-conventions.md §1.
    [Theory]
    [InlineData(L2Mode.GradientPenalty, 0.5, 1.8)]      // 2 − 0.1·(1 + 0.5·2)
    [InlineData(L2Mode.WeightDecay, 0.25, 1.4)]         // 2 − 0.25·2 = 1.5; 1.5 − 0.1·1
    [InlineData(L2Mode.ScaledWeightDecay, 0.5, 1.8)]    // 2 − 0.1·0.5·2 = 1.9; 1.9 − 0.1
    [InlineData(L2Mode.DecayFactor, 0.75, 1.4)]         // 0.75·2 = 1.5; 1.5 − 0.1
    public void One_step_matches_the_formula_worked_out_by_hand(L2Mode mode, double lambda, double expected)
    {
        double[] weights = [2.0];
        L2Update.Step(mode, lambda, weights, [1.0], 0.1);
        Assert.Equal(expected, weights[0], 12);
    }
}
