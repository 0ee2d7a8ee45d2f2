using L2Analyzers;

namespace Overfitting.Networks;

// Decoupled decay scaled by η (AdamW style): w ← w − η·λ·w, then the step. Under plain SGD λ = λ_g.
[DenseLayer(Study.Features, Study.HiddenUnits, Activation = Activation.ReLU, ElementType = typeof(double))]
[L2(Mode = L2Mode.ScaledWeightDecay, Lambda = Study.Lambda)]
internal partial class ScaledDecayHidden { }

[DenseLayer(Study.HiddenUnits, Study.Classes, Activation = Activation.Softmax, ElementType = typeof(double))]
[L2(Mode = L2Mode.ScaledWeightDecay, Lambda = Study.Lambda)]
internal partial class ScaledDecayOutput { }

[Network(typeof(ScaledDecayHidden), typeof(ScaledDecayOutput), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Sgd, LearningRate = Study.LearningRate)]
internal partial class ScaledDecayNetwork { }
