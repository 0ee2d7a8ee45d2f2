using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>
/// Issue 15, shape 5: a list of hand-written parameter objects decayed in a loop of one type, with the biases added to
/// that list in another type (found by the list's symbol, wherever the addition is written).
/// </summary>
public class ParameterListTests
{
    private static string Model(string registration, string update) => $$"""
        using System.Collections.Generic;

        class Parameter
        {
            public readonly double[] Data;
            public readonly double[] Grad;

            public Parameter(int size)
            {
                Data = new double[size];
                Grad = new double[size];
            }
        }

        class Model
        {
            public readonly List<Parameter> Parameters = new();
            public readonly List<Parameter> Frozen = new();
        }

        class Dense
        {
            public readonly Parameter Weight;
            public readonly Parameter Bias;

            public Dense(Model model, int inputs, int outputs)
            {
                Weight = new Parameter(inputs * outputs);
                Bias = new Parameter(outputs);
                {{registration}}
            }
        }

        class Sgd
        {
            readonly Model model;
            double learningRate = 0.1, weightDecay = 5e-4;

            public Sgd(Model model) => this.model = model;

            public void Step()
            {
                foreach (var p in model.Parameters)
                    for (int i = 0; i < p.Data.Length; i++)
                        {{update}};
            }
        }
        """;

    [Theory]
    [InlineData("model.Parameters.Add(Weight); model.Parameters.Add(Bias);", "{|L2R002:p.Data[i] -= learningRate * (p.Grad[i] + weightDecay * p.Data[i])|}")]
    [InlineData("model.Parameters.AddRange(new[] { Weight, this.Bias });", "{|L2R002:p.Data[i] *= 1 - learningRate * weightDecay|}")]
    public Task Parameter_objects_of_a_list_that_another_type_adds_a_bias_to_are_reported(string registration, string update) =>
        Verify.VerifyAsync(Model(registration, update));

    [Theory]
    [InlineData("model.Parameters.Add(Weight); model.Frozen.Add(Bias);", "p.Data[i] -= learningRate * (p.Grad[i] + weightDecay * p.Data[i])")]
    [InlineData("model.Parameters.Add(Weight);", "p.Data[i] *= 1 - learningRate * weightDecay")]
    [InlineData("model.Parameters.Add(Weight); model.Parameters.Add(Bias);", "p.Data[i] -= learningRate * p.Grad[i]")]
    public Task A_list_without_a_bias_or_without_decay_is_not_reported(string registration, string update) =>
        Verify.VerifyAsync(Model(registration, update));

    private static string Indexed(string update) => $$"""
        using System.Collections.Generic;

        class Parameter
        {
            readonly double[] values;
            public Parameter(int size) => values = new double[size];
            public int Length => values.Length;
            public double this[int i] { get => values[i]; set => values[i] = value; }
        }

        class Network
        {
            readonly Parameter weights = new(12), bias = new(4);
            readonly List<Parameter> parameters = new();
            readonly List<double[]> arrays = new();
            readonly double[] hWeights = new double[12], hBiases = new double[4];
            double weightDecay = 1e-4;

            public Network()
            {
                parameters.Add(weights);
                parameters.Add(bias);
                arrays.AddRange(new[] { hWeights, hBiases });
            }

            public void Decay()
            {
                {{update}}
            }
        }
        """;

    [Theory]
    [InlineData("foreach (var p in parameters) for (int i = 0; i < p.Length; i++) {|L2R002:p[i] -= weightDecay * p[i]|};")]
    [InlineData("for (int k = 0; k < arrays.Count; k++) for (int i = 0; i < arrays[k].Length; i++) {|L2R002:arrays[k][i] *= 1 - weightDecay|};")]
    public Task Indexed_parameter_objects_and_list_elements_indexed_directly_are_reported(string update) => Verify.VerifyAsync(Indexed(update));

    [Theory]
    [InlineData("foreach (var p in parameters) for (int i = 0; i < p.Length; i++) { double x = p[i]; x -= weightDecay * x; }")]
    [InlineData("for (int i = 0; i < weights.Length; i++) weights[i] -= weightDecay * weights[i];")]
    public Task Copies_of_list_elements_and_parameters_outside_the_list_loop_are_not_reported(string update) => Verify.VerifyAsync(Indexed(update));
}
