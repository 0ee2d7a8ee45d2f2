using L2Analyzers;

namespace Overfitting.Networks;

// Decay not scaled by η: w ← w − λ·w, then the gradient step. The same update needs λ = η·λ_g = 0.0015.
[DenseLayer(Study.Features, Study.HiddenUnits, Activation = Activation.ReLU, ElementType = typeof(double))]
[L2(Mode = L2Mode.WeightDecay, Lambda = Study.LearningRate * Study.Lambda)]
internal partial class WeightDecayHidden { }

[DenseLayer(Study.HiddenUnits, Study.Classes, Activation = Activation.Softmax, ElementType = typeof(double))]
[L2(Mode = L2Mode.WeightDecay, Lambda = Study.LearningRate * Study.Lambda)]
internal partial class WeightDecayOutput { }

[Network(typeof(WeightDecayHidden), typeof(WeightDecayOutput), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Sgd, LearningRate = Study.LearningRate)]
internal partial class WeightDecayNetwork { }
