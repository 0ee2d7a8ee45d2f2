using L2Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Verify = L2Analyzers.Analyzers.Tests.TorchSharp.TorchSharpVerifier;

namespace L2Analyzers.Analyzers.Tests.TorchSharp;

/// <summary>
/// One diagnostic per root cause in TorchSharp optimizers: a suspicious weight_decay read through a name is reported
/// once, at the constant expression of its declaration, with the optimizers' arguments as additional locations (docs/recognition.md).
/// </summary>
public class ConstantDeclarationTests
{
    private static string InMethod(string body) => $$"""
        using TorchSharp;
        using TorchSharp.Modules;

        class Trainer
        {
            void Create(Parameter[] encoder, Parameter[] decoder)
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public Task A_local_passed_to_two_optimizers_is_reported_once_at_its_value_with_the_two_uses() => Verify.VerifyAsync(
        InMethod("""
            double wd = {|#0:0.97|};
                    torch.optim.SGD(encoder, 0.05, weight_decay: {|#1:wd|});
                    torch.optim.SGD(decoder, 0.05, weight_decay: {|#2:wd|});
            """),
        Verify.Located("L2R001").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments(
            "`wd = 0.97` as weight_decay in torch.optim.SGD adds 0.97·w to each gradient, removing 4.85% of each weight per step at lr = 0.05.",
            "No other reading is plausible; typical values are 1e-5 … 0.1, such as `wd = 0.0005`."));

    [Fact]
    public Task Optimizers_of_other_conventions_get_their_own_diagnostics_at_the_same_declaration() => Verify.VerifyAsync(
        InMethod("""
            const double WeightDecay = {|#0:0.97|};
                    torch.optim.SGD(encoder, 0.05, weight_decay: {|#1:WeightDecay|});
                    torch.optim.AdamW(decoder, 0.5, weight_decay: {|#2:WeightDecay|});
            """),
        Verify.Located("L2R001").WithLocation(0).WithLocation(2).WithArguments(
            "`WeightDecay = 0.97` as weight_decay in torch.optim.AdamW removes 48.5% of each weight per step at lr = 0.5.",
            "If 0.97 is the fraction to keep, write `WeightDecay = 0.06`."),
        Verify.Located("L2R001").WithLocation(0).WithLocation(1));

    [Fact]
    public Task A_long_name_is_shortened_so_that_the_message_keeps_to_250_characters() => Verify.VerifyAsync(
        InMethod("""
            double encoderAndDecoderWeightDecayCoefficient = {|#0:0.97|};
                    torch.optim.ASGD(encoder, 0.05, weight_decay: {|#1:encoderAndDecoderWeightDecayCoefficient|});
            """),
        Verify.Located("L2R001").WithLocation(0).WithLocation(1).WithArguments(
            "`encoderAndDecoderW… = 0.97` as weight_decay in torch.optim.ASGD adds 0.97·w to each gradient, removing 4.85% of each weight per step at lr = 0.05.",
            "No other reading is plausible; typical values are 1e-5 … 0.1, such as `encoderAndDecoderW… = 0.0005`."));

    [Fact]
    public Task Instability_stays_at_the_optimizer() => Verify.VerifyAsync(
        InMethod("""
            double wd = 0.4;
                    {|L2R004:torch.optim.SGD(encoder, 5, weight_decay: wd)|};
            """));

    [Fact]
    public Task Top_level_statements_are_reported_at_the_declaration_too()
    {
        var test = Verify.Create("""
            using TorchSharp;
            using TorchSharp.Modules;

            Parameter[] encoder = [], decoder = [];
            double wd = {|#0:0.97|};
            torch.optim.SGD(encoder, 0.05, weight_decay: {|#1:wd|});
            torch.optim.SGD(decoder, 0.05, weight_decay: {|#2:wd|});
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Located("L2R001").WithLocation(0).WithLocation(1).WithLocation(2));
        return test.RunAsync();
    }

    [Fact]
    public Task The_fix_changes_only_the_declaration() => Verify.VerifyFixAsync<ModeChangeCodeFixProvider>(
        InMethod("""
            double wd = {|L2R001:0.97|};
                    torch.optim.SGD(encoder, 0.05, weight_decay: wd);
                    torch.optim.SGD(decoder, 0.05, weight_decay: wd);
            """),
        InMethod("""
            double wd = 0.0005;
                    torch.optim.SGD(encoder, 0.05, weight_decay: wd);
                    torch.optim.SGD(decoder, 0.05, weight_decay: wd);
            """),
        "L2R001.Suggested",
        "Use a typical value: `wd = 0.0005`");
}
