using L2Analyzers;

namespace DiagnosticsTour;

// Lambdas that do not fit the convention they are written in.
public partial class Conventions
{
    [L2(Mode = L2Mode.WeightDecay, Lambda = 0.97)] // L2R001: the tutorial's "0.97" removes 97% of each weight per step; the fix keeps 97% (DecayFactor)
    public double[] Tutorial = new double[12];

    [L2(Mode = L2Mode.DecayFactor, Lambda = 1.2)] // L2R003: a retention factor above 1 grows every weight by 20% per step
    public double[] Growing = new double[12];

    [L2(Lambda = 0.01)] // L2R007: 0.01 means nothing until the mode says which convention it is in
    public double[] Unstated = new double[12];
}

// η·λ = 10 · 0.15 = 1.5: the decay alone flips the sign of every weight each step.
[DenseLayer(4, 3)]
[L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.15)] // L2R004
public partial class Unstable { }

[Network(typeof(Unstable), LearningRate = 10)]
public partial class UnstableNetwork { }

// Under Adam a coupled penalty is divided by √v̂: weights with large gradients are barely regularized.
[DenseLayer(4, 3)]
[L2(Mode = L2Mode.GradientPenalty, Lambda = 0.01)] // L2R005
public partial class Coupled { }

[Network(typeof(Coupled), Optimizer = OptimizerKind.Adam, LearningRate = 0.001)]
public partial class AdamNetwork { }
