using L2Analyzers;

namespace L2Analyzers.Benchmarks.Training;

// The classic tutorial's network: 4 inputs, 7 tanh hidden units, 3 softmax outputs, trained one sample at a time.
[DenseLayer(4, 7, Activation = Activation.Tanh, ElementType = typeof(double))]
[L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
public partial class TutorialHidden { }

[DenseLayer(7, 3, Activation = Activation.Softmax, ElementType = typeof(double))]
[L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
public partial class TutorialOutput { }

[Network(typeof(TutorialHidden), typeof(TutorialOutput), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Sgd, LearningRate = 0.05)]
public partial class TutorialNetwork { }

// An MNIST-shaped network: 784 inputs, 128 ReLU hidden units, 10 softmax outputs, mini-batches of 32.
[DenseLayer(784, 128, Activation = Activation.ReLU)]
[L2(Mode = L2Mode.GradientPenalty, Lambda = 1e-4)]
public partial class DigitsHidden { }

[DenseLayer(128, 10, Activation = Activation.Softmax)]
public partial class DigitsOutput { }

[Network(typeof(DigitsHidden), typeof(DigitsOutput), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Sgd, LearningRate = 0.01)]
public partial class DigitsNetwork { }
