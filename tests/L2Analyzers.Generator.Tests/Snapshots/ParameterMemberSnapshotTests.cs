using System.Globalization;
using L2Analyzers.Generator.Tests.Verification;

namespace L2Analyzers.Generator.Tests.Snapshots;

public class ParameterMemberSnapshotTests
{
    /// <summary>A member type, and the modes it is snapshotted with (every mode for arrays, two for the other shapes).</summary>
    public static TheoryData<string, string, double> Members => new()
    {
        { "float[]", "GradientPenalty", 0.03 },
        { "double[]", "GradientPenalty", 0.03 },
        { "float[]", "WeightDecay", 0.0015 },
        { "double[]", "WeightDecay", 0.0015 },
        { "float[]", "ScaledWeightDecay", 0.01 },
        { "double[]", "ScaledWeightDecay", 0.01 },
        { "float[]", "DecayFactor", 0.97 },
        { "double[]", "DecayFactor", 0.97 },
        { "float[,]", "GradientPenalty", 0.03 },
        { "double[,]", "DecayFactor", 0.97 },
        { "double[][]", "GradientPenalty", 0.03 },
        { "float[][]", "ScaledWeightDecay", 0.01 },
        { "System.Memory<float>", "GradientPenalty", 0.03 },
        { "System.Memory<double>", "WeightDecay", 0.0015 },
        { "Parameter<float>", "GradientPenalty", 0.03 },
        { "Parameter<double>", "ScaledWeightDecay", 0.01 },
    };

    [Theory]
    [MemberData(nameof(Members))]
    public Task Member_gets_a_method_for_its_shape_mode_and_element_type(string type, string mode, double lambda) =>
        Snapshot.VerifyAsync(
            $$"""
            using L2Analyzers;

            namespace Demo;

            public partial class Model
            {
                [L2(Mode = L2Mode.{{mode}}, Lambda = {{lambda.ToString(CultureInfo.InvariantCulture)}})]
                public {{type}} Weights { get; set; } = default!;
            }
            """,
            "Demo.Model.Weights.L2.g.cs",
            $"Member.{FileNamePart(type)}.{mode}.g.cs");

    [Fact]
    public Task Static_field_in_a_nested_struct_gets_a_static_method_named_in_pascal_case() => Snapshot.VerifyAsync(
        """
        using L2Analyzers;

        partial class Tutorial
        {
            partial struct Net
            {
                [L2(Mode = L2Mode.WeightDecay, Lambda = 0.0015)]
                static double[][] weightsIH = new double[4][];
            }
        }
        """,
        "Tutorial.Net.weightsIH.L2.g.cs",
        "Member.Static.NestedStruct.g.cs");

    [Fact]
    public Task Member_of_a_record_with_a_keyword_name_is_escaped() => Snapshot.VerifyAsync(
        """
        using L2Analyzers;

        namespace Demo;

        partial record struct Layer
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.5)]
            public float[] @base;
        }
        """,
        "Demo.Layer.base.L2.g.cs",
        "Member.KeywordName.g.cs");

    [Fact]
    public Task Member_of_a_type_that_is_not_partial_gets_nothing() => GeneratorVerifier.VerifyAsync(
        """
        using L2Analyzers;

        class Output
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public float[] Weights = new float[12];
        }
        """);

    [Fact]
    public Task Member_with_a_lambda_invalid_for_its_mode_gets_nothing() => GeneratorVerifier.VerifyAsync(
        """
        using L2Analyzers;

        partial class Output
        {
            [L2(Mode = L2Mode.DecayFactor, Lambda = 1.5)]
            public float[] Weights = new float[12];
        }
        """);

    private static string FileNamePart(string type) => type
        .Replace("System.", string.Empty, StringComparison.Ordinal)
        .Replace("[,]", "Matrix", StringComparison.Ordinal)
        .Replace("[][]", "Jagged", StringComparison.Ordinal)
        .Replace("[]", "Array", StringComparison.Ordinal)
        .Replace("<", string.Empty, StringComparison.Ordinal)
        .Replace(">", string.Empty, StringComparison.Ordinal);
}
