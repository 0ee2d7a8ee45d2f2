using L2Analyzers;

namespace Matrix
{
    /// <summary>A float hidden layer with a coupled penalty.</summary>
    [DenseLayer(4, 8, Activation = Activation.Tanh)]
    [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
    public partial class FloatHidden { }

    /// <summary>A float output layer with AdamW-style decay.</summary>
    [DenseLayer(8, 3, Activation = Activation.Softmax)]
    [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.01)]
    public partial class FloatOutput { }

    /// <summary>A float network trained with momentum.</summary>
    [Network(typeof(FloatHidden), typeof(FloatOutput), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Momentum, LearningRate = 0.01)]
    public partial class FloatNet { }

    /// <summary>A double hidden layer with weight decay.</summary>
    [DenseLayer(4, 8, Activation = Activation.ReLU, ElementType = typeof(double))]
    [L2(Mode = L2Mode.WeightDecay, Lambda = 0.0015)]
    public partial class DoubleHidden { }

    /// <summary>A double output layer with a retention factor.</summary>
    [DenseLayer(8, 1, Activation = Activation.Sigmoid, ElementType = typeof(double))]
    [L2(Mode = L2Mode.DecayFactor, Lambda = 0.9985)]
    public partial class DoubleOutput { }

    /// <summary>A double network trained with plain SGD.</summary>
    [Network(typeof(DoubleHidden), typeof(DoubleOutput), Loss = LossKind.MeanSquaredError, LearningRate = 0.05)]
    public partial class DoubleNet { }

    /// <summary>Hand-written parameters of every supported shape.</summary>
    public partial class Members
    {
        /// <summary>A vector.</summary>
        [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
        public float[] Vector = new float[3];

        /// <summary>A matrix.</summary>
        [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
        public double[,] Grid = new double[2, 5];

        /// <summary>A jagged matrix, as the classic from-scratch code stores weights.</summary>
        [L2(Mode = L2Mode.DecayFactor, Lambda = 0.99)]
        public double[][] Jagged = { new double[2], new double[2] };

        /// <summary>A memory block.</summary>
        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.01)]
        public System.Memory<float> Block = new float[4];
    }

    /// <summary>Calls the generated API, so the build proves it compiles in this configuration.</summary>
    public static class Usage
    {
        /// <summary>One update of everything.</summary>
        public static void Run()
        {
            var members = new Members();
            members.AddVectorPenaltyGradient(new float[3]);
            members.DecayGrid();
            members.DecayJagged();
            members.DecayBlock(0.1f);

            var floatNet = new FloatNet();
            floatNet.Update(floatNet.CreateOptimizer());
            var doubleNet = new DoubleNet();
            doubleNet.Update(doubleNet.CreateOptimizer());
        }
    }
}
