using L2Analyzers;

namespace Overfitting;

/// <summary>A logistic-regression model whose weights carry L2; the generator writes AddWeightsPenaltyGradient.</summary>
internal sealed partial class LogisticModel(int features)
{
    [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
    public double[] Weights { get; } = new double[features];

    // Biases are not regularized: they set the decision threshold, not the model's complexity.
    public double Bias { get; set; }

    public double Predict(ReadOnlySpan<double> x)
    {
        double z = Bias;
        for (int i = 0; i < x.Length; i++)
        {
            z += Weights[i] * x[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
