using L2Analyzers.Generator.Tests.Verification;

namespace L2Analyzers.Generator.Tests.Diagnostics;

/// <summary>
/// At least one verifier test per definition rule. Each also checks that the generator emits files exactly for the valid
/// definitions in the input, and nothing for the reported ones.
/// </summary>
public class DefinitionDiagnosticTests
{
    private const string Usings = "using L2Analyzers;\n\n";

    [Fact]
    public Task L2G001_layer_that_is_not_partial() => DefinitionVerifier.VerifyAsync(Usings + """
        [DenseLayer(4, 7)]
        public class {|L2G001:Hidden|}
        {
        }
        """);

    [Fact]
    public Task L2G001_for_a_containing_type_is_reported_once_at_that_type() => DefinitionVerifier.VerifyAsync(
        Usings + """
        public class {|#0:Outer|}
        {
            public partial class Inner
            {
                [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
                public float[] Weights = new float[3];

                [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
                public float[] Kernel = new float[3];
            }
        }
        """,
        DefinitionVerifier.Diagnostic("L2G001").WithLocation(0).WithArguments("Outer", "the partial declaration of 'Outer.Inner'"));

    [Fact]
    public Task L2G001_for_the_type_holding_L2_members_is_reported_once_at_that_type() => DefinitionVerifier.VerifyAsync(
        Usings + """
        public class {|#0:Model|}
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public float[] Weights = new float[3];

            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public float[] Kernel = new float[3];
        }
        """,
        DefinitionVerifier.Diagnostic("L2G001").WithLocation(0).WithArguments("Model", "the L2 methods of its [L2] members"));

    [Fact]
    public Task L2G001_for_a_nested_layer_in_a_type_that_is_not_partial_is_at_the_containing_type() => DefinitionVerifier.VerifyAsync(Usings + """
        public class {|L2G001:Outer|}
        {
            [DenseLayer(4, 7)]
            public partial class Hidden
            {
            }
        }
        """);

    [Fact]
    public Task L2G001_network_that_is_not_partial_and_its_layer_that_is_not_either() => DefinitionVerifier.VerifyAsync(Usings + """
        [DenseLayer(4, 7)]
        public class {|L2G001:Hidden|}
        {
        }

        [Network({|L2G008:typeof(Hidden)|})]
        public class {|L2G001:Classifier|}
        {
        }
        """);

    [Theory]
    [InlineData("int[]")]
    [InlineData("float[,,]")]
    [InlineData("decimal[][]")]
    [InlineData("System.Memory<int>")]
    [InlineData("System.ReadOnlyMemory<float>")]
    [InlineData("System.Collections.Generic.List<float>")]
    public Task L2G002_member_of_an_unsupported_type(string type) => DefinitionVerifier.VerifyAsync(Usings + $$"""
        public partial class Model
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public {{type}} {|L2G002:Weights|} = default!;
        }
        """);

    [Fact]
    public Task L2G002_message_lists_the_supported_types() => DefinitionVerifier.VerifyAsync(
        Usings + """
        public partial class Model
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public int[] {|#0:Weights|} = default!;
        }
        """,
        DefinitionVerifier.Diagnostic("L2G002").WithLocation(0).WithArguments(
            "Model.Weights",
            "its type 'int[]' is not supported; use float[] or double[], a 2-D array (float[,]), a jagged array (double[][]), Memory<float> or Memory<double>, or Parameter<float> or Parameter<double>"));

    [Fact]
    public Task L2G002_write_only_property_and_indexer() => DefinitionVerifier.VerifyAsync(Usings + """
        public partial class Model
        {
            private float[] weights = new float[3];

            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public float[] {|L2G002:Weights|} { set => weights = value; }

            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public float[] {|L2G002:this|}[int index] => weights;
        }
        """);

    [Fact]
    public Task L2G003_non_positive_inputs_or_outputs() => DefinitionVerifier.VerifyAsync(Usings + """
        [DenseLayer({|L2G003:0|}, 7)]
        public partial class Hidden
        {
        }

        [DenseLayer(4, {|L2G003:-3|})]
        public partial class Output
        {
        }
        """);

    [Fact]
    public Task L2G004_generic_layer_and_member_in_a_generic_type() => DefinitionVerifier.VerifyAsync(Usings + """
        [DenseLayer(4, 7)]
        public partial class {|L2G004:Hidden|}<T>
        {
        }

        public partial class {|L2G004:Model|}<T>
        {
            [L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]
            public double[] Weights = new double[3];
        }

        public partial class {|L2G004:Outer|}<T>
        {
            public partial class Inner
            {
                [L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]
                public double[] Weights = new double[3];
            }
        }
        """);

    [Fact]
    public Task L2G005_static_layer_interface_member_and_file_local_type() => DefinitionVerifier.VerifyAsync(Usings + """
        [DenseLayer(4, 7)]
        public static partial class {|L2G005:Hidden|}
        {
        }

        public partial interface {|L2G005:IModel|}
        {
            [L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]
            double[] Weights { get; }
        }

        file partial class {|L2G005:Local|}
        {
            [L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]
            public double[] Weights = new double[3];
        }
        """);

    [Fact]
    public Task L2G005_class_that_is_both_a_layer_and_a_network() => DefinitionVerifier.VerifyAsync(Usings + """
        [DenseLayer(2, 2)]
        [Network({|L2G008:typeof(Both)|})]
        public partial class {|L2G005:Both|}
        {
        }
        """);

    [Fact]
    public Task L2G006_layers_that_do_not_chain() => DefinitionVerifier.VerifyAsync(
        Usings + """
        [DenseLayer(4, 7)]
        public partial class Hidden { }

        [DenseLayer(5, 3)]
        public partial class Output { }

        [Network(typeof(Hidden), {|#0:typeof(Output)|})]
        public partial class Classifier { }
        """,
        Layers("Hidden", "Output"),
        DefinitionVerifier.Diagnostic("L2G006").WithLocation(0).WithArguments(2, "Classifier", "Output", 5, 1, "Hidden", 7));

    [Fact]
    public Task L2G007_layers_of_different_element_types() => DefinitionVerifier.VerifyAsync(
        Usings + """
        [DenseLayer(4, 7)]
        public partial class Hidden { }

        [DenseLayer(7, 3, ElementType = typeof(double))]
        public partial class Output { }

        [Network(typeof(Hidden), {|#0:typeof(Output)|})]
        public partial class Classifier { }
        """,
        Layers("Hidden", "Output"),
        DefinitionVerifier.Diagnostic("L2G007").WithLocation(0).WithArguments("Classifier", "Hidden", "float", "Output", "double"));

    [Fact]
    public Task L2G008_types_that_are_not_usable_layers() => DefinitionVerifier.VerifyAsync(
        Usings + """
        [DenseLayer(4, 4)]
        public abstract partial class Abstract { }

        [DenseLayer(4, 4)]
        public partial class NeedsArguments
        {
            public NeedsArguments(int seed) { }
        }

        [Network({|L2G008:typeof(string)|}, {|L2G008:typeof(Abstract)|}, {|L2G008:typeof(NeedsArguments)|})]
        public partial class Classifier { }
        """,
        Layers("Abstract", "NeedsArguments"));

    private const string LibraryLayers = """
        using L2Analyzers;

        namespace Layers;

        [DenseLayer(4, 4)]
        public partial class Hidden { }

        public class Plain { }

        public partial class Outer<T>
        {
            [DenseLayer(4, 4)]
            public partial class Inner { }
        }
        """;

    [Fact]
    public Task Network_uses_layers_from_a_library_built_with_the_generator() => DefinitionVerifier.VerifyWithLibraryAsync(
        "Layers",
        LibraryLayers,
        libraryUsesGenerator: true,
        Usings + """
        [Network(typeof(Layers.Hidden), typeof(Layers.Hidden))]
        public partial class Classifier { }
        """,
        ["Classifier.Network.g.cs"]);

    [Fact]
    public Task L2G008_library_types_that_are_not_layers() => DefinitionVerifier.VerifyWithLibraryAsync(
        "Layers",
        LibraryLayers,
        libraryUsesGenerator: true,
        Usings + """
        [Network({|#0:typeof(Layers.Plain)|}, {|#1:typeof(Layers.Outer<int>.Inner)|})]
        public partial class Classifier { }
        """,
        [],
        DefinitionVerifier.Diagnostic("L2G008").WithLocation(0).WithArguments("Classifier", "Plain", "it has no [DenseLayer] attribute"),
        DefinitionVerifier.Diagnostic("L2G008").WithLocation(1).WithArguments(
            "Classifier", "Outer<int>.Inner", "it is generic, and the generator makes layer code only for non-generic classes"));

    [Fact]
    public Task L2G008_layer_from_a_library_built_without_the_generator() => DefinitionVerifier.VerifyWithLibraryAsync(
        "Layers",
        LibraryLayers,
        libraryUsesGenerator: false,
        Usings + """
        [Network({|#0:typeof(Layers.Hidden)|})]
        public partial class Classifier { }
        """,
        [],
        DefinitionVerifier.Diagnostic("L2G008").WithLocation(0).WithArguments(
            "Classifier",
            "Hidden",
            "it is declared in assembly 'Layers' without generated layer code (it does not implement ILayer<float>); build 'Layers' with the L2Analyzers generator"));

    [Fact]
    public Task L2G008_library_layer_that_implements_the_layer_interface_only_explicitly() => DefinitionVerifier.VerifyWithLibraryAsync(
        "Layers",
        """
        using System;
        using System.Collections.Generic;
        using L2Analyzers;

        namespace Layers;

        [DenseLayer(4, 4)]
        public class Explicit : ILayer<float>
        {
            int ILayer<float>.InputSize => 4;
            int ILayer<float>.OutputSize => 4;
            IReadOnlyList<Parameter<float>> ILayer<float>.Parameters => Array.Empty<Parameter<float>>();
            void ILayer<float>.Initialize(Random random) { }
            void ILayer<float>.Forward(ReadOnlySpan<float> input, Span<float> output, int batchSize) { }
            void ILayer<float>.Backward(ReadOnlySpan<float> input, ReadOnlySpan<float> output, Span<float> outputGradient, Span<float> inputGradient, int batchSize) { }
            void ILayer<float>.Update(IOptimizer<float> optimizer) { }
        }
        """,
        libraryUsesGenerator: false,
        Usings + """
        [Network({|#0:typeof(Layers.Explicit)|})]
        public partial class Classifier { }
        """,
        [],
        DefinitionVerifier.Diagnostic("L2G008").WithLocation(0).WithArguments(
            "Classifier",
            "Explicit",
            "it is declared in assembly 'Layers' without generated layer code (it has no public Forward); build 'Layers' with the L2Analyzers generator"));

    [Fact]
    public Task L2G009_element_type_that_is_not_float_or_double() => DefinitionVerifier.VerifyAsync(Usings + """
        [DenseLayer(4, 7, {|L2G009:ElementType = typeof(int)|})]
        public partial class Hidden
        {
        }
        """);

    [Fact]
    public Task L2G010_undefined_activation_and_mode() => DefinitionVerifier.VerifyAsync(Usings + """
        [DenseLayer(4, 7, {|L2G010:Activation = (Activation)9|})]
        public partial class Hidden { }

        public partial class Model
        {
            [L2({|L2G010:Mode = (L2Mode)7|}, Lambda = 0.5)]
            public float[] Weights = new float[3];
        }
        """);

    [Fact]
    public Task L2G010_undefined_loss_names_the_enum() => DefinitionVerifier.VerifyAsync(
        Usings + """
        [DenseLayer(4, 7)]
        public partial class Hidden { }

        [Network(typeof(Hidden), {|#0:Loss = (LossKind)5|})]
        public partial class Classifier { }
        """,
        Layers("Hidden"),
        DefinitionVerifier.Diagnostic("L2G010").WithLocation(0).WithArguments("Loss", 5, "Classifier", "LossKind"));

    [Fact]
    public Task L2G011_network_without_layers() => DefinitionVerifier.VerifyAsync(Usings + """
        [{|L2G011:Network|}]
        public partial class Classifier
        {
        }
        """);

    [Fact]
    public Task L2G012_learning_rate_and_momentum_out_of_range() => DefinitionVerifier.VerifyAsync(
        Usings + """
        [DenseLayer(4, 7)]
        public partial class Hidden { }

        [Network(typeof(Hidden), {|#0:LearningRate = 0|}, {|#1:Momentum = 1.0|})]
        public partial class Classifier { }
        """,
        Layers("Hidden"),
        DefinitionVerifier.Diagnostic("L2G012").WithLocation(0).WithArguments("Classifier", "LearningRate", 0.0, "the learning rate must be positive and finite"),
        DefinitionVerifier.Diagnostic("L2G012").WithLocation(1).WithArguments("Classifier", "Momentum", 1.0, "the momentum must be in [0, 1)"));

    [Fact]
    public Task L2G013_layer_that_declares_generated_members() => DefinitionVerifier.VerifyAsync(
        Usings + """
        [DenseLayer(4, 7)]
        public partial class Hidden
        {
            public float[] {|#0:Weights|} = new float[28];

            public void {|#1:Forward|}(System.ReadOnlySpan<float> input, System.Span<float> output, int batchSize) { }

            // Another overload is fine.
            public void Forward(float[] input) { }
        }
        """,
        DefinitionVerifier.Diagnostic("L2G013").WithLocation(0).WithArguments("Hidden", "Weights", "the dense layer's parameters, forward, backward and update"),
        DefinitionVerifier.Diagnostic("L2G013").WithLocation(1).WithArguments("Hidden", "Forward", "the dense layer's parameters, forward, backward and update"));

    [Fact]
    public Task L2G013_network_and_member_whose_generated_names_are_taken() => DefinitionVerifier.VerifyAsync(
        Usings + """
        [DenseLayer(4, 7)]
        public partial class Hidden { }

        [Network(typeof(Hidden))]
        public partial class Classifier
        {
            public int {|L2G013:Hidden|} => 0;
        }

        public partial class Model
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public float[] Weights = new float[3];

            public void {|L2G013:AddWeightsPenaltyGradient|}(System.Span<float> gradient) { }
        }
        """,
        Layers("Hidden"));

    [Theory]
    [InlineData("weights", "_weights", "DecayWeights")]
    [InlineData("Weights", "weights", "DecayWeights")]
    [InlineData("m_kernel", "Kernel", "DecayKernel")]
    public Task L2G002_members_that_would_get_the_same_method(string first, string second, string method) => DefinitionVerifier.VerifyAsync(
        Usings + $$"""
        public partial class Model
        {
            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public float[] {|#0:{{first}}|} = new float[3];

            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.002)]
            public static float[] {|#1:{{second}}|} { get; } = new float[3];
        }
        """,
        DefinitionVerifier.Diagnostic("L2G002").WithLocation(0).WithArguments(
            $"Model.{first}",
            $"'{second}' also has [L2] and would get the same generated method, {method}, because generated names drop a leading '_', 'm_' or 's_' and start upper case; rename one of them"),
        DefinitionVerifier.Diagnostic("L2G002").WithLocation(1).WithArguments(
            $"Model.{second}",
            $"'{first}' also has [L2] and would get the same generated method, {method}, because generated names drop a leading '_', 'm_' or 's_' and start upper case; rename one of them"));

    [Fact]
    public Task Members_whose_names_differ_only_in_case_are_both_generated_under_distinct_file_names() => DefinitionVerifier.VerifyAsync(
        Usings + """
        public partial class Model
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public float[] Weights = new float[3];

            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public float[] weights = new float[3];
        }
        """,
        [UniqueHintNames.CaseDistinct("Model.Weights.L2.g.cs"), UniqueHintNames.CaseDistinct("Model.weights.L2.g.cs")]);

    // weights, _weights, m_weights and s_weights in different modes or element types: distinct generated methods.
    private const string MembersWithDifferentMethods = Usings + """
        public partial class Model
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public float[] weights = new float[3];

            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public float[] _weights = new float[3];

            [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.01)]
            public float[] m_weights = new float[3];

            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
            public double[] s_weights = new double[3];
        }
        """;

    [Fact]
    public Task Members_whose_generated_methods_differ_are_both_generated() => DefinitionVerifier.VerifyAsync(
        MembersWithDifferentMethods,
        ["Model.weights.L2.g.cs", "Model._weights.L2.g.cs", "Model.m_weights.L2.g.cs", "Model.s_weights.L2.g.cs"]);

    [Fact]
    public void Members_whose_generated_methods_differ_compile() =>
        TestCompilation.Generate(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, MembersWithDifferentMethods);

    [Fact]
    public Task A_clashing_member_with_an_invalid_attribute_is_not_generated_anyway() => DefinitionVerifier.VerifyAsync(
        Usings + """
        public partial class Model
        {
            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public float[] weights = new float[3];

            [L2({|L2G010:Mode = (L2Mode)42|}, Lambda = 0.001)]
            public float[] _weights = new float[3];
        }
        """,
        ["Model.weights.L2.g.cs"]);

    [Fact]
    public Task Valid_definitions_have_no_diagnostic_and_are_all_generated() => DefinitionVerifier.VerifyAsync(
        Usings + """
        [DenseLayer(4, 7, Activation = Activation.Tanh)]
        [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
        public partial class Hidden { }

        [DenseLayer(7, 3, Activation = Activation.Softmax)]
        public partial class Output { }

        [Network(typeof(Hidden), typeof(Output), Loss = LossKind.CrossEntropy)]
        public partial class Classifier { }

        public static partial class Tutorial
        {
            [L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]
            public static double[][] WeightsIH = new double[4][];

            [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.01)]
            public static System.Memory<float> Kernel { get; set; }
        }
        """,
        [.. Layers("Hidden", "Output"), "Classifier.Network.g.cs", "Tutorial.WeightsIH.L2.g.cs", "Tutorial.Kernel.L2.g.cs"]);

    private static string[] Layers(params string[] names) => names.Select(name => name + ".DenseLayer.g.cs").ToArray();
}
