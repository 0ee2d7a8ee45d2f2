using L2Analyzers;

namespace Consumer.L2R005Attribute;

[Network(typeof(Hidden), typeof(Output), Optimizer = OptimizerKind.Adam)]
public partial class Net { }

[DenseLayer(4, 8)]
[L2(Mode = L2Mode.GradientPenalty, Lambda = 0.001)]
public partial class Hidden { }

[DenseLayer(8, 2)]
public partial class Output { }
