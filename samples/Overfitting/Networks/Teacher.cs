using L2Analyzers;

namespace Overfitting.Networks;

// The random network whose decisions label the synthetic data: a small tanh layer, its largest output is the class.
[DenseLayer(Study.Features, 8, Activation = Activation.Tanh, ElementType = typeof(double))]
internal partial class TeacherHidden { }

[DenseLayer(8, Study.Classes, ElementType = typeof(double))]
internal partial class TeacherOutput { }

[Network(typeof(TeacherHidden), typeof(TeacherOutput), Loss = LossKind.CrossEntropy)]
internal partial class TeacherNetwork { }
