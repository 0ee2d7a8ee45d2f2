using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = L2Analyzers.Analyzers.Tests.TorchSharp.TorchSharpVerifier;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>
/// Issue 15, shape 4: a weight_decay that is not a constant still decays the biases among all of a module's parameters;
/// when its source defaults to 0 (an option nobody may have set), the L2R011 suggestion drops to hidden.
/// </summary>
public class NonConstantWeightDecayTests
{
    private static string Run(string declarations, string weightDecay) => TorchSharpModels.Plain + $$"""
        {{declarations}}

        static class Training
        {
            public static void Run(Settings settings, string[] args)
            {
                var model = new Plain();
                var optimizer = torch.optim.SGD({|#0:model.parameters()|}, 0.1, weight_decay: {{weightDecay}});
            }
        }
        """;

    [Theory]
    [InlineData("class Settings { public double WeightDecay { get; set; } = 5e-4; }", "settings.WeightDecay")]
    [InlineData("class Settings { public double WeightDecay = 1e-4; }", "settings.WeightDecay")]
    [InlineData("class Settings { }", "double.Parse(args[0])")]
    public Task A_value_from_settings_or_the_command_line_is_reported(string settings, string weightDecay)
    {
        var test = Verify.Create(Run(settings, weightDecay));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("L2R011", DiagnosticSeverity.Info).WithLocation(0));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("class Settings { public double WeightDecay { get; set; } }", "settings.WeightDecay")]
    [InlineData("class Settings { public double WeightDecay { get; set; } = 0; }", "settings.WeightDecay")]
    [InlineData("class Settings { public double WeightDecay; }", "settings.WeightDecay")]
    public Task A_value_whose_option_defaults_to_0_is_hidden(string settings, string weightDecay)
    {
        var test = Verify.Create(Run(settings, weightDecay));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("L2R011", DiagnosticSeverity.Hidden).WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task A_method_parameter_with_default_0_is_hidden()
    {
        var test = Verify.Create(TorchSharpModels.Plain + """
            static class Training
            {
                public static object Create(Plain model, double weightDecay = 0) =>
                    torch.optim.SGD({|#0:model.parameters()|}, 0.1, weight_decay: weightDecay);
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("L2R011", DiagnosticSeverity.Hidden).WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task A_non_constant_value_over_weights_only_is_not_reported() => Verify.VerifyAsync(TorchSharpModels.Plain + """
        class Settings { public double WeightDecay { get; set; } = 5e-4; }

        static class Training
        {
            public static object Create(Plain model, Settings settings) =>
                torch.optim.SGD(new[] { model.fc1.weight!, model.fc2.weight! }, 0.1, weight_decay: settings.WeightDecay);
        }
        """);

    [Fact]
    public Task A_non_constant_value_is_not_judged_as_a_number() => Verify.VerifyAsync(TorchSharpModels.Plain + """
        class Settings { public double WeightDecay { get; set; } = 0.97; }

        static class Training
        {
            public static object Create(Plain model, Settings settings) =>
                torch.optim.SGD(new[] { model.fc1.weight! }, 0.1, weight_decay: settings.WeightDecay);
        }
        """);

    [Theory]
    [InlineData("class Settings { public double WeightDecay { get; set; } = 5e-4; }", DiagnosticSeverity.Warning)]
    [InlineData("class Settings { public double WeightDecay { get; set; } }", DiagnosticSeverity.Info)]
    public Task A_bias_group_inheriting_a_non_constant_value_is_reported_one_step_lower_when_it_defaults_to_0(string settings, DiagnosticSeverity severity)
    {
        var test = Verify.Create(TorchSharpModels.Plain + settings + """

            static class Training
            {
                public static object Create(Plain model, Settings settings)
                {
                    var biases = model.named_parameters().Where(p => p.name.EndsWith("bias")).Select(p => p.parameter);
                    return torch.optim.SGD(new SGD.ParamGroup[] { new() { Parameters = {|#0:biases|} } }, 0.1, weight_decay: settings.WeightDecay);
                }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("L2R002", severity).WithLocation(0));
        return test.RunAsync();
    }
}
