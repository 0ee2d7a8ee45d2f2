using Fix = L2Analyzers.Analyzers.Tests.Verification.CodeFixVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer, L2Analyzers.CodeFixes.RemoveL2CodeFixProvider>;
using LoopFix = L2Analyzers.Analyzers.Tests.Verification.CodeFixVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer, L2Analyzers.CodeFixes.RemoveL2CodeFixProvider>;

namespace L2Analyzers.Analyzers.Tests.Fixes;

public class RemoveL2FixTests
{
    private const string Key = "RemoveL2";

    [Fact]
    public Task L2_is_removed_from_a_bias() => Fix.VerifyAsync(
        """
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public double[] Weights = new double[28];

            [{|L2R002:L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)|}]
            public double[] Biases = new double[4];
        }
        """,
        """
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public double[] Weights = new double[28];

            public double[] Biases = new double[4];
        }
        """,
        Key,
        "Remove [L2] from this parameter");

    [Fact]
    public Task Comments_and_other_attributes_stay() => Fix.VerifyAsync(
        """
        using System;
        using L2Analyzers;

        class Layer
        {
            // The output offsets.
            [{|L2R002:L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)|}]
            public double[] Biases = new double[4];

            [Bias, {|L2R002:L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)|}]
            public double[] Offsets = new double[4];

            [Obsolete]
            [{|L2R008:L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)|}]
            public double[] LnGamma = new double[4];
        }
        """,
        """
        using System;
        using L2Analyzers;

        class Layer
        {
            // The output offsets.
            public double[] Biases = new double[4];

            [Bias]
            public double[] Offsets = new double[4];

            [Obsolete]
            public double[] LnGamma = new double[4];
        }
        """,
        Key);

    [Fact]
    public Task IncludeBiases_is_removed_from_a_layer() => Fix.VerifyAsync(
        """
        using L2Analyzers;

        [DenseLayer(4, 7)]
        [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001, {|L2R002:IncludeBiases = true|})]
        partial class Hidden { }

        [{|L2R007:L2({|L2R002:IncludeBiases = true|})|}]
        partial class Output { }
        """,
        """
        using L2Analyzers;

        [DenseLayer(4, 7)]
        [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
        partial class Hidden { }

        [{|L2R007:L2|}]
        partial class Output { }
        """,
        Key,
        "Leave the biases unregularized: remove IncludeBiases");

    [Fact]
    public Task L2_is_removed_from_a_normalization_layer() => Fix.VerifyAsync(
        """
        using L2Analyzers;

        /// <summary>Normalizes each sample.</summary>
        [{|L2R008:L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)|}]
        partial class LayerNorm { }
        """,
        """
        using L2Analyzers;

        /// <summary>Normalizes each sample.</summary>
        partial class LayerNorm { }
        """,
        Key);

    [Fact]
    public Task No_fix_is_offered_for_a_loop_that_decays_a_normalization_parameter()
    {
        // Removing an [L2] (here, the one on the field) would not stop the loop's decay, so the loop site gets no fix.
        const string source = """
            using L2Analyzers;

            class Block
            {
                [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
                public float[] lnGamma = new float[8];

                void Decay(float weightDecay)
                {
                    for (int i = 0; i < lnGamma.Length; i++)
                        {|L2R008:lnGamma[i] -= weightDecay * lnGamma[i]|};
                }
            }
            """;
        return LoopFix.VerifyAsync(source, source, Key);
    }
}
