using L2Analyzers.Common;
using L2Analyzers.Common.Definitions;
using L2Analyzers.Generator.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace L2Analyzers.Generator.Tests.Contract;

/// <summary>The catalog the readers check for name clashes (L2G013) lists exactly the members the emitters write.</summary>
public class GeneratedMemberCatalogTests
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly Compilation Output = TestCompilation.Generate(LanguageVersion.CSharp10, """
        using L2Analyzers;

        [DenseLayer(4, 7, ElementType = typeof(double))]
        [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
        public partial class Hidden { }

        [DenseLayer(7, 3)]
        public partial class Output { }

        [DenseLayer(7, 3)]
        public partial class Other { }

        [Network(typeof(Output), Optimizer = OptimizerKind.Adam)]
        public partial class Single { }

        [DenseLayer(7, 7, ElementType = typeof(double))]
        public partial class Square { }

        [Network(typeof(Hidden), typeof(Square), typeof(Square))]
        public partial class Chain { }

        public partial class Vector { [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.1)] public float[] Weights = new float[1]; }
        public partial class Matrix { [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.1)] public double[,] Weights = new double[1, 1]; }
        public partial class Jagged { [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.1)] public float[][] Weights = new float[1][]; }
        public partial class Tensor { [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.1)] public Parameter<double>? Weights; }
        public partial class Scaled { [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.1)] public System.Memory<float> Weights; }
        public partial class Factor { [L2(Mode = L2Mode.DecayFactor, Lambda = 0.9)] public double[] Weights = new double[1]; }
        """);

    [Fact]
    public void Layer_catalog_matches_the_emitted_layers()
    {
        AssertCatalog("Hidden", GeneratedMembers.ForLayer("double", regularized: true));
        AssertCatalog("Output", GeneratedMembers.ForLayer("float", regularized: false));
    }

    [Fact]
    public void Network_catalog_matches_the_emitted_networks()
    {
        AssertCatalog("Single", GeneratedMembers.ForNetwork("float", [Layer("Output", 7, 3)]));
        AssertCatalog("Chain", GeneratedMembers.ForNetwork("double", [Layer("Hidden", 4, 7), Layer("Square2", 7, 7), Layer("Square3", 7, 7)]));
    }

    [Theory]
    [InlineData("Vector", "float", "Vector", "GradientPenalty")]
    [InlineData("Matrix", "double", "Matrix", "GradientPenalty")]
    [InlineData("Jagged", "float", "Jagged", "GradientPenalty")]
    [InlineData("Tensor", "double", "Parameter", "GradientPenalty")]
    [InlineData("Scaled", "float", "Memory", "ScaledWeightDecay")]
    [InlineData("Factor", "double", "Vector", "DecayFactor")]
    public void Member_catalog_matches_the_emitted_methods(string type, string element, string shape, string mode) => AssertCatalog(
        type, [GeneratedMembers.ForParameterMember("Weights", element, Enum.Parse<ParameterShape>(shape), Enum.Parse<L2Mode>(mode))]);

    private static NetworkLayer Layer(string property, int inputs, int outputs) => new(property, string.Empty, "public", inputs, outputs);

    private static void AssertCatalog(string typeName, IEnumerable<GeneratedMember> catalog)
    {
        var type = Output.GetTypeByMetadataName(typeName)!;
        var emitted = type.GetMembers()
            .Where(m => !m.IsImplicitlyDeclared && m is not IMethodSymbol { MethodKind: not MethodKind.Ordinary })
            .Where(m => m.DeclaringSyntaxReferences.All(r => r.SyntaxTree.FilePath.Contains("L2Generator", StringComparison.Ordinal)))
            .Select(Describe);

        Assert.Equal(catalog.Select(Describe).Order(StringComparer.Ordinal), emitted.Order(StringComparer.Ordinal));
    }

    private static string Describe(GeneratedMember member) =>
        member.Parameters is { } parameters ? $"{member.Name}({string.Join(", ", parameters)})" : member.Name;

    private static string Describe(ISymbol member) => member is IMethodSymbol method
        ? $"{method.Name}({string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString(TypeFormat)))})"
        : member.Name;
}
