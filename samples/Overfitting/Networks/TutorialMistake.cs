using L2Analyzers;

namespace Overfitting.Networks;

// The classic tutorial's "lambda might be something like 0.97", read literally as w ← w − 0.97·w: every step keeps
// only 3% of each weight. The build warns about it (L2R001); this sample keeps the mistake on purpose, to show in the
// results table what it does to a network, so the warning is silenced here and only here.
#pragma warning disable L2R001 // Lambda suspicious for its mode: the deliberate mistake this run demonstrates.
[DenseLayer(Study.Features, Study.HiddenUnits, Activation = Activation.ReLU, ElementType = typeof(double))]
[L2(Mode = L2Mode.WeightDecay, Lambda = 0.97)]
internal partial class MistakeHidden { }

[DenseLayer(Study.HiddenUnits, Study.Classes, Activation = Activation.Softmax, ElementType = typeof(double))]
[L2(Mode = L2Mode.WeightDecay, Lambda = 0.97)]
internal partial class MistakeOutput { }
#pragma warning restore L2R001

[Network(typeof(MistakeHidden), typeof(MistakeOutput), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Sgd, LearningRate = Study.LearningRate)]
internal partial class MistakeNetwork { }
