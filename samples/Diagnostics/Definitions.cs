using L2Analyzers;

namespace DiagnosticsTour;

// Definitions the source generator cannot turn into code. Each is reported, and nothing is generated for it.
[DenseLayer(4, 7)]
public class NotPartial { } // L2G001

public partial class UnsupportedMember
{
    [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
    public List<float> Weights = new(); // L2G002
}

[DenseLayer(0, 7)] // L2G003
public partial class NoInputs { }

[DenseLayer(4, 7)]
public partial class Generic<T> { } // L2G004

[DenseLayer(4, 7)]
public static partial class StaticLayer { } // L2G005

[DenseLayer(4, 7)]
public partial class SevenOutputs { }

[DenseLayer(5, 3)]
public partial class FiveInputs { }

[Network(typeof(SevenOutputs), typeof(FiveInputs))] // L2G006
public partial class Unchained { }

[DenseLayer(7, 3, ElementType = typeof(double))]
public partial class DoubleOutput { }

[Network(typeof(SevenOutputs), typeof(DoubleOutput))] // L2G007
public partial class Mixed { }

[Network(typeof(SevenOutputs), typeof(string))] // L2G008
public partial class NotALayer { }

[DenseLayer(4, 7, ElementType = typeof(int))] // L2G009
public partial class IntegerLayer { }

[DenseLayer(4, 7, Activation = (Activation)9)] // L2G010
public partial class UnknownActivation { }

[Network] // L2G011
public partial class Empty { }

[Network(typeof(SevenOutputs), LearningRate = 0)] // L2G012
public partial class Frozen { }

[DenseLayer(4, 7)]
public partial class TakenName
{
    public float[] Weights = new float[28]; // L2G013
}
