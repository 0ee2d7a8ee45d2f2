using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;
using TorchVerify = L2Analyzers.Analyzers.Tests.TorchSharp.TorchSharpVerifier;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>Issue 15, shape 12: an L2 penalty written into the loss by hand, over biases or over all of a module's parameters.</summary>
public class LossPenaltyTests
{
    private static string Loss(string accumulation) => $$"""
        using System;

        class Network
        {
            readonly double[] hWeights = new double[12];
            readonly double[] hBiases = new double[4];

            double Loss(double dataLoss, double lambda)
            {
                double penalty = 0;
                for (int i = 0; i < hWeights.Length; i++)
                    penalty += hWeights[i] * hWeights[i];
                for (int j = 0; j < hBiases.Length; j++)
                    {{accumulation}};
                return dataLoss + 0.5 * lambda * penalty;
            }
        }
        """;

    [Theory]
    [InlineData("{|L2R002:penalty += hBiases[j] * hBiases[j]|}")]
    [InlineData("{|L2R002:penalty += Math.Pow(hBiases[j], 2)|}")]
    [InlineData("{|L2R002:penalty = penalty + hBiases[j] * hBiases[j]|}")]
    public Task A_loss_penalty_over_biases_is_reported(string accumulation) => Verify.VerifyAsync(Loss(accumulation));

    [Theory]
    [InlineData("penalty += 0")]
    [InlineData("penalty += Math.Abs(hWeights[j])")]
    public Task A_loss_penalty_over_weights_only_is_not_reported(string accumulation) => Verify.VerifyAsync(Loss(accumulation));

    [Fact]
    public Task A_sum_of_squared_biases_that_is_not_a_penalty_is_not_reported() => Verify.VerifyAsync("""
        class Diagnostics
        {
            readonly double[] hBiases = new double[4];

            double BiasNorm()
            {
                double sumSq = 0;
                for (int j = 0; j < hBiases.Length; j++)
                    sumSq += hBiases[j] * hBiases[j];
                return System.Math.Sqrt(sumSq);
            }
        }
        """);

    private static string Helper(string loss) => $$"""
        using System.Collections.Generic;

        class Network
        {
            readonly double[] hWeights = new double[12];
            readonly double[] hBiases = new double[4];
            readonly List<double[]> parameters = new();

            public Network(bool withBiases)
            {
                parameters.Add(hWeights);
                if (withBiases)
                    parameters.Add(hBiases);
            }

            static double L2(double[] p)
            {
                double penalty = 0;
                for (int i = 0; i < p.Length; i++)
                    penalty += p[i] * p[i];
                return penalty;
            }

            double Loss(double dataLoss, double lambda)
            {
                {{loss}}
            }
        }
        """;

    [Theory]
    [InlineData("return dataLoss + lambda * (L2(hWeights) + L2({|L2R002:hBiases|}));")]
    [InlineData("double reg = 0; foreach (var p in parameters) for (int i = 0; i < p.Length; i++) {|L2R002:reg += p[i] * p[i]|}; return dataLoss + lambda * reg;")]
    public Task A_penalty_helper_or_list_loop_given_a_bias_is_reported(string loss) => Verify.VerifyAsync(Helper(loss));

    [Theory]
    [InlineData("return dataLoss + lambda * L2(hWeights);")]
    [InlineData("double norm = 0; foreach (var p in parameters) for (int i = 0; i < p.Length; i++) norm += p[i] * p[i]; return dataLoss + lambda * norm;")]
    public Task A_penalty_helper_given_weights_or_a_norm_over_a_list_is_not_reported(string loss) => Verify.VerifyAsync(Helper(loss));

    private static string Torch(string term) => TorchSharpModels.Plain + $$"""
        static class Training
        {
            public static Tensor Loss(Plain model, Tensor dataLoss)
            {
                var l2 = torch.tensor(0.0f);
                {{term}}
                return dataLoss + 1e-4 * l2;
            }
        }
        """;

    [Theory]
    [InlineData("foreach (var p in {|L2R011:model.parameters()|}) l2 = l2 + p.pow(2).sum();")]
    [InlineData("foreach (var p in {|L2R011:model.parameters()|}) l2 += (p * p).sum();")]
    public Task A_penalty_over_every_parameter_of_a_module_is_reported(string term) => TorchVerify.VerifyAsync(Torch(term));

    [Theory]
    [InlineData("foreach (var p in new[] { model.fc1.weight!, model.fc2.weight! }) l2 = l2 + p.pow(2).sum();")]
    [InlineData("foreach (var p in model.parameters()) l2 = l2 + p.numel();")]
    public Task A_penalty_over_weights_or_a_count_is_not_reported(string term) => TorchVerify.VerifyAsync(Torch(term));
}
