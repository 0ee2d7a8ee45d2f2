using L2Analyzers.Generator.Tests.Verification;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace L2Analyzers.Generator.Tests.Scratch;

public class Peek(ITestOutputHelper output)
{
    [Fact]
    public void Show()
    {
        var c = TestCompilation.Generate(LanguageVersion.CSharp10, """
            using L2Analyzers;
            namespace Demo;
            [DenseLayer(4, 7, Activation = Activation.Tanh)]
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public partial class Hidden { void M() { var m = L2Mode.GradientPenalty; _ = m; } }
            [DenseLayer(7, 3, Activation = Activation.Softmax)]
            [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.01)]
            public partial class Output { }
            [Network(typeof(Hidden), typeof(Output), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Adam, LearningRate = 0.05)]
            public partial class Classifier { }
            public partial class M
            {
                [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)] public float[,] weightsIH = new float[2, 3];
                [L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)] public double[][] _w = new double[2][];
                [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.03)] public static System.Memory<float> S;
                [L2(Mode = L2Mode.WeightDecay, Lambda = 0.03)] public Parameter<double>? P { get; set; }
                [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)] public Parameter<double>? Q { get; set; }
                [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)] public double[]? V;
            }
            """);
        output.WriteLine(TestCompilation.GeneratedText(c));
    }
}
