using L2Analyzers.Generator.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace L2Analyzers.Generator.Tests.CompileAndRun;

/// <summary>
/// Types named in lower-case letters only get warning CS8981 once, at the user's declaration: the generated files, which
/// declare the same partial types again, add no second copy.
/// </summary>
public class LowerCaseNameTests
{
    [Fact]
    public void Each_lower_case_definition_type_gets_CS8981_only_at_its_own_declaration()
    {
        var compilation = TestCompilation.Create(
            LanguageVersion.Latest,
            """
            using L2Analyzers;

            namespace Demo;

            [DenseLayer(3, 2, Activation = Activation.Softmax)]
            public partial class model { }

            [Network(typeof(model), Loss = LossKind.CrossEntropy)]
            public partial class net { }

            public partial class tutorial
            {
                [L2(Mode = L2Mode.WeightDecay, Lambda = 0.0015)]
                public double[] weights = new double[2];
            }
            """);
        TestCompilation.Driver(compilation).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var warnings = output.GetDiagnostics().Where(d => d.Id == "CS8981").ToArray();

        Assert.Equal(3, output.SyntaxTrees.Count() - 1);
        Assert.Equal(
            ["model", "net", "tutorial"],
            warnings.Select(w => w.Location.SourceTree!.GetRoot().FindToken(w.Location.SourceSpan.Start).ValueText).Order());
        Assert.All(warnings, w => Assert.Equal("User0.cs", w.Location.SourceTree!.FilePath));
    }
}
