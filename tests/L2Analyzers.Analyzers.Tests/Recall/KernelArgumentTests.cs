using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Calls.L2CallAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>Issue 15, shape 9: the runtime's kernels applied to biases and normalization parameters.</summary>
public class KernelArgumentTests
{
    private static string Calls(string call) => $$"""
        using System;
        using L2Analyzers;

        class Network
        {
            readonly float[] hBiases = new float[4];
            readonly float[] hWeights = new float[16];
            readonly float[] lnGamma = new float[4];
            readonly float[] biasGradients = new float[4];
            readonly float[] weightGradients = new float[16];
            readonly float[] scratch = new float[4];

            void AfterBackward()
            {
                {{call}}
            }
        }
        """;

    [Theory]
    [InlineData("L2Kernels.Decay({|L2R002:hBiases|}, 0.999f);")]
    [InlineData("L2Kernels.Decay({|L2R002:hBiases.AsSpan()|}, 0.999f);")]
    [InlineData("L2Kernels.AddPenaltyGradient(1e-4f, {|L2R002:hBiases|}, biasGradients);")]
    [InlineData("L2Kernels.AddPenaltyGradient(1e-4f, {|L2R002:scratch|}, biasGradients);")]
    [InlineData("L2Kernels.Decay({|L2R008:lnGamma|}, 0.999f);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, 1e-4f, {|L2R002:hBiases|}, biasGradients, 0.1f);")]
    public Task Kernels_over_biases_and_normalization_are_reported(string call) => Verify.VerifyAsync(Calls(call));

    [Theory]
    [InlineData("L2Kernels.Decay(hWeights, 0.999f);")]
    [InlineData("L2Kernels.AddPenaltyGradient(1e-4f, hWeights, weightGradients);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, 1e-4f, hWeights, weightGradients, 0.1f);")]
    [InlineData("L2Kernels.AddPenaltyGradient(0f, hBiases, biasGradients);")]
    public Task Kernels_over_weights_or_without_effect_are_not_reported(string call) => Verify.VerifyAsync(Calls(call));
}
