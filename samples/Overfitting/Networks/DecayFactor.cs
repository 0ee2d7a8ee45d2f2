using L2Analyzers;

namespace Overfitting.Networks;

// Retention factor: w ← λ·w, then the gradient step. The same update needs λ = 1 − η·λ_g = 0.9985.
[DenseLayer(Study.Features, Study.HiddenUnits, Activation = Activation.ReLU, ElementType = typeof(double))]
[L2(Mode = L2Mode.DecayFactor, Lambda = 1 - (Study.LearningRate * Study.Lambda))]
internal partial class DecayFactorHidden { }

[DenseLayer(Study.HiddenUnits, Study.Classes, Activation = Activation.Softmax, ElementType = typeof(double))]
[L2(Mode = L2Mode.DecayFactor, Lambda = 1 - (Study.LearningRate * Study.Lambda))]
internal partial class DecayFactorOutput { }

[Network(typeof(DecayFactorHidden), typeof(DecayFactorOutput), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Sgd, LearningRate = Study.LearningRate)]
internal partial class DecayFactorNetwork { }
