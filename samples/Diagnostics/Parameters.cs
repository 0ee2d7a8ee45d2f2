using L2Analyzers;

namespace DiagnosticsTour;

// L2 on parameters that should not carry it, or that carry it twice.
public partial class Parameters
{
    [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
    public double[,] Weights = new double[4, 7];

    [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)] // L2R002: biases shift outputs; decaying them only hurts the fit
    public double[] hBiases = new double[4];

    [L2(Mode = L2Mode.WeightDecay, Lambda = 1e-4)] // L2R008: a normalization gain decayed toward 0 undoes the normalization
    public float[] LayerNormGain = new float[64];
}

// The layer already regularizes its weights; the member's own [L2] applies a second, different L2 to them.
[L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
public partial class Twice
{
    [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)] // L2R006
    public double[] Kernel = new double[28];
}
