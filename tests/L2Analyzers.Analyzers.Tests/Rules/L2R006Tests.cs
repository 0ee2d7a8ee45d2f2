using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Rules;

public class L2R006Tests
{
    [Fact]
    public Task A_weight_regularized_by_its_layer_and_itself_is_reported() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
        partial class Hidden
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public double[] Kernel = new double[28];
        }
        """,
        Verify.Diagnostic("L2R006").WithSpan(6, 6, 6, 54).WithArguments(
            "Kernel",
            "by [L2] on its layer 'Hidden' (Mode = WeightDecay, Lambda = 0.001) and by [L2] on the member " +
            "(Mode = GradientPenalty, Lambda = 0.03); the two add up, keep one"));

    [Fact]
    public Task A_bias_is_not_covered_by_its_layer() => Verify.VerifyAsync("""
        using L2Analyzers;

        [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
        partial class Hidden
        {
            [{|L2R002:L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)|}]
            public double[] Biases = new double[4];
        }
        """);

    [Fact]
    public Task A_bias_is_not_covered_even_by_a_layer_that_asks_to_include_biases() => Verify.VerifyAsync("""
        using L2Analyzers;

        [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001, {|L2R002:IncludeBiases = true|})]
        partial class Hidden
        {
            [{|L2R002:L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)|}]
            public double[] Biases = new double[4];
        }
        """);

    [Fact]
    public Task The_message_describes_settings_that_are_not_constants() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [L2]
        partial class Hidden
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = {|CS0182:Strength|})]
            public double[] Kernel = new double[28];

            static double Strength = 0.01;
        }
        """,
        Verify.Diagnostic("L2R007").WithSpan(3, 2, 3, 4).WithArguments("[L2] states neither Mode nor Lambda, so it is GradientPenalty with λ = 0, which regularizes nothing.", "State both, such as Mode = GradientPenalty, Lambda = 0.03."),
        Verify.Diagnostic("L2R006").WithSpan(6, 6, 6, 58).WithArguments(
            "Kernel",
            "by [L2] on its layer 'Hidden' (no Mode, no Lambda) and by [L2] on the member " +
            "(Mode = GradientPenalty, Lambda not constant); the two add up, keep one"));

    [Fact]
    public Task Members_without_a_layer_attribute_are_not_reported() => Verify.VerifyAsync("""
        using L2Analyzers;

        partial class Hidden
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public double[] Kernel = new double[28];

            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public double[] Recurrent = new double[16];
        }
        """);
}
