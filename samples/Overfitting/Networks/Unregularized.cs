using L2Analyzers;

namespace Overfitting.Networks;

// No L2 at all: the baseline that over-fits.
[DenseLayer(Study.Features, Study.HiddenUnits, Activation = Activation.ReLU, ElementType = typeof(double))]
internal partial class PlainHidden { }

[DenseLayer(Study.HiddenUnits, Study.Classes, Activation = Activation.Softmax, ElementType = typeof(double))]
internal partial class PlainOutput { }

[Network(typeof(PlainHidden), typeof(PlainOutput), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Sgd, LearningRate = Study.LearningRate)]
internal partial class PlainNetwork { }
