using L2Analyzers;

namespace L2Analyzers.Benchmarks.Layers;

// One generated layer per size, mode and element type: Small is the tutorial's 4 → 7 hidden layer (28 weights, call
// overhead dominates), Wide the 784 → 128 hidden layer of an MNIST-shaped network (100,352 weights, cache-resident).

[DenseLayer(4, 7, ElementType = typeof(float))]
[L2(Mode = L2Mode.GradientPenalty, Lambda = 1e-4)]
public partial class SmallGradientPenaltyFloat { }

[DenseLayer(4, 7, ElementType = typeof(float))]
[L2(Mode = L2Mode.WeightDecay, Lambda = 1e-5)]
public partial class SmallWeightDecayFloat { }

[DenseLayer(4, 7, ElementType = typeof(float))]
[L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 1e-2)]
public partial class SmallScaledWeightDecayFloat { }

[DenseLayer(4, 7, ElementType = typeof(float))]
[L2(Mode = L2Mode.DecayFactor, Lambda = 0.99999)]
public partial class SmallDecayFactorFloat { }

[DenseLayer(4, 7, ElementType = typeof(double))]
[L2(Mode = L2Mode.GradientPenalty, Lambda = 1e-4)]
public partial class SmallGradientPenaltyDouble { }

[DenseLayer(4, 7, ElementType = typeof(double))]
[L2(Mode = L2Mode.WeightDecay, Lambda = 1e-5)]
public partial class SmallWeightDecayDouble { }

[DenseLayer(4, 7, ElementType = typeof(double))]
[L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 1e-2)]
public partial class SmallScaledWeightDecayDouble { }

[DenseLayer(4, 7, ElementType = typeof(double))]
[L2(Mode = L2Mode.DecayFactor, Lambda = 0.99999)]
public partial class SmallDecayFactorDouble { }

[DenseLayer(784, 128, ElementType = typeof(float))]
[L2(Mode = L2Mode.GradientPenalty, Lambda = 1e-4)]
public partial class WideGradientPenaltyFloat { }

[DenseLayer(784, 128, ElementType = typeof(float))]
[L2(Mode = L2Mode.WeightDecay, Lambda = 1e-5)]
public partial class WideWeightDecayFloat { }

[DenseLayer(784, 128, ElementType = typeof(float))]
[L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 1e-2)]
public partial class WideScaledWeightDecayFloat { }

[DenseLayer(784, 128, ElementType = typeof(float))]
[L2(Mode = L2Mode.DecayFactor, Lambda = 0.99999)]
public partial class WideDecayFactorFloat { }

[DenseLayer(784, 128, ElementType = typeof(double))]
[L2(Mode = L2Mode.GradientPenalty, Lambda = 1e-4)]
public partial class WideGradientPenaltyDouble { }

[DenseLayer(784, 128, ElementType = typeof(double))]
[L2(Mode = L2Mode.WeightDecay, Lambda = 1e-5)]
public partial class WideWeightDecayDouble { }

[DenseLayer(784, 128, ElementType = typeof(double))]
[L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 1e-2)]
public partial class WideScaledWeightDecayDouble { }

[DenseLayer(784, 128, ElementType = typeof(double))]
[L2(Mode = L2Mode.DecayFactor, Lambda = 0.99999)]
public partial class WideDecayFactorDouble { }
