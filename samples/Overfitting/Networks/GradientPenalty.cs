using L2Analyzers;

namespace Overfitting.Networks;

// Coupled L2, the tutorial's form: g ← g + λ·w, then w ← w − η·g (PyTorch's SGD weight_decay).
[DenseLayer(Study.Features, Study.HiddenUnits, Activation = Activation.ReLU, ElementType = typeof(double))]
[L2(Mode = L2Mode.GradientPenalty, Lambda = Study.Lambda)]
internal partial class PenaltyHidden { }

[DenseLayer(Study.HiddenUnits, Study.Classes, Activation = Activation.Softmax, ElementType = typeof(double))]
[L2(Mode = L2Mode.GradientPenalty, Lambda = Study.Lambda)]
internal partial class PenaltyOutput { }

[Network(typeof(PenaltyHidden), typeof(PenaltyOutput), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Sgd, LearningRate = Study.LearningRate)]
internal partial class PenaltyNetwork { }
