namespace L2Analyzers.Analyzers.Tests.Loops;

/// <summary>
/// A from-scratch network in the classic tutorial's style: jagged weight arrays, bias arrays, per-sample
/// back-propagation with momentum and weight decay. Markup marks exactly the diagnostics every analyzer of the
/// package should report on it: the decay of both bias arrays, and the tutorial's "lambda might be 0.97" taken
/// literally as a subtractive decay.
/// </summary>
internal static class ClassicTutorialNetwork
{
    public const string Source = """
        using System;

        namespace Tutorial
        {
            public class NeuralNetwork
            {
                private const double TutorialLambda = {|L2R001:0.97|};
                private const double L2 = 0.03;

                private readonly int numInput;
                private readonly int numHidden;
                private readonly int numOutput;
                private readonly Random rnd = new Random(0);

                private readonly double[] inputs;
                private readonly double[][] ihWeights;
                private readonly double[] hBiases;
                private readonly double[] hOutputs;
                private readonly double[][] hoWeights;
                private readonly double[] oBiases;
                private readonly double[] outputs;

                private readonly double[] oGrads;
                private readonly double[] hGrads;
                private readonly double[][] hoGrads;

                private readonly double[][] ihPrevWeightsDelta;
                private readonly double[] hPrevBiasesDelta;
                private readonly double[][] hoPrevWeightsDelta;
                private readonly double[] oPrevBiasesDelta;

                private double smoothedError;

                public NeuralNetwork(int numInput, int numHidden, int numOutput)
                {
                    this.numInput = numInput;
                    this.numHidden = numHidden;
                    this.numOutput = numOutput;

                    inputs = new double[numInput];
                    ihWeights = MakeMatrix(numInput, numHidden);
                    hBiases = new double[numHidden];
                    hOutputs = new double[numHidden];
                    hoWeights = MakeMatrix(numHidden, numOutput);
                    oBiases = new double[numOutput];
                    outputs = new double[numOutput];

                    oGrads = new double[numOutput];
                    hGrads = new double[numHidden];
                    hoGrads = MakeMatrix(numHidden, numOutput);

                    ihPrevWeightsDelta = MakeMatrix(numInput, numHidden);
                    hPrevBiasesDelta = new double[numHidden];
                    hoPrevWeightsDelta = MakeMatrix(numHidden, numOutput);
                    oPrevBiasesDelta = new double[numOutput];

                    InitializeWeights();
                }

                private static double[][] MakeMatrix(int rows, int cols)
                {
                    var result = new double[rows][];
                    for (int r = 0; r < rows; ++r)
                        result[r] = new double[cols];
                    return result;
                }

                private void InitializeWeights()
                {
                    const double lo = -0.01;
                    const double hi = 0.01;
                    for (int i = 0; i < numInput; ++i)
                        for (int j = 0; j < numHidden; ++j)
                            ihWeights[i][j] = (hi - lo) * rnd.NextDouble() + lo;
                    for (int j = 0; j < numHidden; ++j)
                    {
                        hBiases[j] = (hi - lo) * rnd.NextDouble() + lo;
                        for (int k = 0; k < numOutput; ++k)
                        {
                            hoWeights[j][k] = rnd.NextDouble() - 0.5;
                            hoWeights[j][k] *= 0.02;
                        }
                    }

                    for (int k = 0; k < numOutput; ++k)
                        oBiases[k] = (hi - lo) * rnd.NextDouble() + lo;
                }

                public double[] ComputeOutputs(double[] xValues)
                {
                    var hSums = new double[numHidden];
                    var oSums = new double[numOutput];
                    Array.Copy(xValues, inputs, numInput);

                    for (int j = 0; j < numHidden; ++j)
                    {
                        for (int i = 0; i < numInput; ++i)
                            hSums[j] += inputs[i] * ihWeights[i][j];
                        hSums[j] += hBiases[j];
                        hOutputs[j] = Math.Tanh(hSums[j]);
                    }

                    for (int k = 0; k < numOutput; ++k)
                    {
                        for (int j = 0; j < numHidden; ++j)
                            oSums[k] += hOutputs[j] * hoWeights[j][k];
                        oSums[k] += oBiases[k];
                    }

                    var softOut = Softmax(oSums);
                    Array.Copy(softOut, outputs, softOut.Length);
                    return (double[])outputs.Clone();
                }

                private static double[] Softmax(double[] oSums)
                {
                    double max = oSums[0];
                    for (int i = 1; i < oSums.Length; ++i)
                        if (oSums[i] > max) max = oSums[i];
                    double scale = 0.0;
                    for (int i = 0; i < oSums.Length; ++i)
                        scale += Math.Exp(oSums[i] - max);
                    var result = new double[oSums.Length];
                    for (int i = 0; i < oSums.Length; ++i)
                        result[i] = Math.Exp(oSums[i] - max) / scale;
                    return result;
                }

                private void UpdateWeights(double[] tValues, double learnRate, double momentum, double weightDecay)
                {
                    // 1. output gradients (the negative gradient, as the tutorial computes it)
                    for (int k = 0; k < numOutput; ++k)
                        oGrads[k] = (1 - outputs[k]) * outputs[k] * (tValues[k] - outputs[k]);

                    // 2. hidden gradients, back-propagated through the hidden-output weights
                    for (int j = 0; j < numHidden; ++j)
                    {
                        double sum = 0.0;
                        for (int k = 0; k < numOutput; ++k)
                            sum += oGrads[k] * hoWeights[j][k];
                        hGrads[j] = (1 - hOutputs[j]) * (1 + hOutputs[j]) * sum;
                    }

                    // 3a. input-hidden weights, with momentum and weight decay
                    for (int i = 0; i < numInput; ++i)
                    {
                        for (int j = 0; j < numHidden; ++j)
                        {
                            double delta = learnRate * hGrads[j] * inputs[i];
                            ihWeights[i][j] += delta;
                            ihWeights[i][j] += momentum * ihPrevWeightsDelta[i][j];
                            ihWeights[i][j] -= (weightDecay * ihWeights[i][j]);
                            ihPrevWeightsDelta[i][j] = delta;
                        }
                    }

                    // 3b. hidden biases: decayed like weights, which the tutorial should not do
                    for (int j = 0; j < numHidden; ++j)
                    {
                        double delta = learnRate * hGrads[j] * 1.0;
                        hBiases[j] += delta;
                        hBiases[j] += momentum * hPrevBiasesDelta[j];
                        {|L2R002:hBiases[j] -= weightDecay * hBiases[j]|};
                        hPrevBiasesDelta[j] = delta;
                    }

                    // 4a. hidden-output weights, with an explicit coupled penalty on their gradients
                    for (int j = 0; j < numHidden; ++j)
                    {
                        for (int k = 0; k < numOutput; ++k)
                        {
                            hoGrads[j][k] = oGrads[k] * hOutputs[j];
                            hoGrads[j][k] -= L2 * hoWeights[j][k];
                            double delta = learnRate * hoGrads[j][k];
                            hoWeights[j][k] += delta;
                            hoWeights[j][k] += momentum * hoPrevWeightsDelta[j][k];
                            hoWeights[j][k] -= weightDecay * hoWeights[j][k];
                            hoPrevWeightsDelta[j][k] = delta;
                        }
                    }

                    // 4b. output biases
                    for (int k = 0; k < numOutput; ++k)
                    {
                        double delta = learnRate * oGrads[k] * 1.0;
                        oBiases[k] += delta;
                        oBiases[k] += momentum * oPrevBiasesDelta[k];
                        {|L2R002:oBiases[k] -= weightDecay * oBiases[k]|};
                        oPrevBiasesDelta[k] = delta;
                    }
                }

                // The tutorial's other form, "weight -= lambda * weight" with "lambda might be 0.97", taken literally.
                private void ApplyTutorialDecay()
                {
                    for (int i = 0; i < numInput; ++i)
                        for (int j = 0; j < numHidden; ++j)
                            ihWeights[i][j] -= TutorialLambda * ihWeights[i][j];
                    for (int j = 0; j < numHidden; ++j)
                        for (int k = 0; k < numOutput; ++k)
                            hoWeights[j][k] -= TutorialLambda * hoWeights[j][k];
                }

                public void Train(double[][] trainData, int maxEpochs, double learnRate, double momentum, double weightDecay)
                {
                    var xValues = new double[numInput];
                    var tValues = new double[numOutput];
                    var sequence = new int[trainData.Length];
                    for (int i = 0; i < sequence.Length; ++i)
                        sequence[i] = i;

                    for (int epoch = 0; epoch < maxEpochs; ++epoch)
                    {
                        Shuffle(sequence);
                        for (int i = 0; i < trainData.Length; ++i)
                        {
                            int idx = sequence[i];
                            Array.Copy(trainData[idx], xValues, numInput);
                            Array.Copy(trainData[idx], numInput, tValues, 0, numOutput);
                            ComputeOutputs(xValues);
                            UpdateWeights(tValues, learnRate, momentum, weightDecay);
                        }

                        smoothedError = 0.9 * smoothedError + 0.1 * MeanSquaredError(trainData);
                        learnRate *= 0.97;
                        if (epoch % 100 == 0)
                            ApplyTutorialDecay();
                    }
                }

                private void Shuffle(int[] sequence)
                {
                    for (int i = 0; i < sequence.Length; ++i)
                    {
                        int r = rnd.Next(i, sequence.Length);
                        (sequence[r], sequence[i]) = (sequence[i], sequence[r]);
                    }
                }

                private double MeanSquaredError(double[][] data)
                {
                    double sumSquaredError = 0.0;
                    var xValues = new double[numInput];
                    var tValues = new double[numOutput];
                    foreach (var row in data)
                    {
                        Array.Copy(row, xValues, numInput);
                        Array.Copy(row, numInput, tValues, 0, numOutput);
                        var yValues = ComputeOutputs(xValues);
                        for (int j = 0; j < numOutput; ++j)
                            sumSquaredError += (yValues[j] - tValues[j]) * (yValues[j] - tValues[j]);
                    }

                    return sumSquaredError / data.Length;
                }
            }
        }
        """;
}
