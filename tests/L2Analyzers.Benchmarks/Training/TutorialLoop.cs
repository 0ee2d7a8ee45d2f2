namespace L2Analyzers.Benchmarks.Training;

/// <summary>
/// The classic tutorial's 4-7-3 network written by hand: jagged double arrays and scalar loops, tanh hidden units,
/// softmax outputs with cross-entropy, and per-sample SGD with the coupled penalty <c>w ← w − η(g + λw)</c> on the
/// weights (not the biases), exactly the arithmetic of the generated <see cref="TutorialNetwork"/> trained with SGD.
/// </summary>
internal sealed class TutorialLoop
{
    private const int Inputs = 4, Hidden = 7, Outputs = 3;
    private const double LearningRate = 0.05, Lambda = 0.03;
    private readonly double[][] inputHidden = Matrix(Inputs, Hidden);
    private readonly double[][] hiddenOutput = Matrix(Hidden, Outputs);
    private readonly double[] hiddenBiases = new double[Hidden];
    private readonly double[] outputBiases = new double[Outputs];
    private readonly double[] hidden = new double[Hidden];
    private readonly double[] outputs = new double[Outputs];
    private readonly double[] outputGradients = new double[Outputs];
    private readonly double[] hiddenGradients = new double[Hidden];

    public TutorialLoop(int seed)
    {
        var random = new Random(seed);
        foreach (var row in inputHidden.Concat(hiddenOutput))
        {
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = random.NextDouble() - 0.5;
            }
        }
    }

    /// <summary>One pass over <paramref name="data"/>, one sample per step; returns the summed losses.</summary>
    public double Epoch(Dataset<double> data)
    {
        double loss = 0;
        for (int s = 0; s < data.Count; s++)
        {
            var x = data.FeaturesOf(s);
            var t = data.TargetsOf(s);
            Forward(x);
            for (int k = 0; k < Outputs; k++)
            {
                loss -= t[k] * Math.Log(Math.Max(outputs[k], 1e-7));
                outputGradients[k] = outputs[k] - t[k];   // softmax and cross-entropy together
            }

            for (int j = 0; j < Hidden; j++)
            {
                double sum = 0;
                for (int k = 0; k < Outputs; k++)
                {
                    sum += outputGradients[k] * hiddenOutput[j][k];
                }

                hiddenGradients[j] = (1 - (hidden[j] * hidden[j])) * sum;
            }

            for (int j = 0; j < Hidden; j++)
            {
                for (int k = 0; k < Outputs; k++)
                {
                    hiddenOutput[j][k] -= LearningRate * ((outputGradients[k] * hidden[j]) + (Lambda * hiddenOutput[j][k]));
                }
            }

            for (int k = 0; k < Outputs; k++)
            {
                outputBiases[k] -= LearningRate * outputGradients[k];
            }

            for (int i = 0; i < Inputs; i++)
            {
                for (int j = 0; j < Hidden; j++)
                {
                    inputHidden[i][j] -= LearningRate * ((hiddenGradients[j] * x[i]) + (Lambda * inputHidden[i][j]));
                }
            }

            for (int j = 0; j < Hidden; j++)
            {
                hiddenBiases[j] -= LearningRate * hiddenGradients[j];
            }
        }

        return loss;
    }

    private void Forward(ReadOnlySpan<double> x)
    {
        for (int j = 0; j < Hidden; j++)
        {
            double sum = hiddenBiases[j];
            for (int i = 0; i < Inputs; i++)
            {
                sum += x[i] * inputHidden[i][j];
            }

            hidden[j] = Math.Tanh(sum);
        }

        double max = double.NegativeInfinity;
        for (int k = 0; k < Outputs; k++)
        {
            double sum = outputBiases[k];
            for (int j = 0; j < Hidden; j++)
            {
                sum += hidden[j] * hiddenOutput[j][k];
            }

            outputs[k] = sum;
            max = Math.Max(max, sum);
        }

        double total = 0;
        for (int k = 0; k < Outputs; k++)
        {
            outputs[k] = Math.Exp(outputs[k] - max);
            total += outputs[k];
        }

        for (int k = 0; k < Outputs; k++)
        {
            outputs[k] /= total;
        }
    }

    private static double[][] Matrix(int rows, int columns) =>
        Enumerable.Range(0, rows).Select(_ => new double[columns]).ToArray();
}
