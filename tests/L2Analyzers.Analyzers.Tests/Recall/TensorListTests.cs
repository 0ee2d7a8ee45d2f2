using L2Analyzers.Analyzers.Loops;
using L2Analyzers.Analyzers.Tests.Verification;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>
/// Issue 15, shape 5: TorchSharp parameters collected by hand into a list that a bias is added to, then decayed in place
/// in a loop (<c>p.mul_(1 - lr * wd)</c>, <c>p.sub_(p * lr * wd)</c>, <c>p.add_(p, alpha: -lr * wd)</c>).
/// </summary>
public class TensorListTests
{
    private static Task VerifyAsync(string registrations, string decay) => new AnalyzerVerifier<LoopRegularizationAnalyzer>.Test
    {
        TestCode = TorchSharpModels.Plain + $$"""
            class Trainer
            {
                readonly List<Parameter> decayed = new();
                double lr = 0.1, weightDecay = 5e-4;

                public Trainer(Plain model)
                {
                    {{registrations}}
                }

                public void Decay()
                {
                    using var _ = torch.no_grad();
                    foreach (var p in decayed)
                        {{decay}};
                }
            }
            """,
        TestState = { AdditionalReferences = { TorchSharp.TorchSharpVerifier.TorchSharpReference } },
    }.RunAsync();

    private const string WithBias = "decayed.Add(model.fc1.weight!); decayed.Add(model.fc1.bias!);";

    [Theory]
    [InlineData(WithBias, "{|L2R002:p.mul_(1 - lr * weightDecay)|}")]
    [InlineData(WithBias, "{|L2R002:p.sub_(p * lr * weightDecay)|}")]
    [InlineData("decayed.AddRange(new[] { model.fc1.weight!, model.fc2.bias! });", "{|L2R002:p.mul_(1 - lr * weightDecay)|}")]
    [InlineData(WithBias, "{|L2R002:p.add_(p, alpha: -lr * weightDecay)|}")]
    [InlineData(WithBias, "{|L2R002:p.add_(p * -weightDecay)|}")]
    public Task A_hand_collected_list_with_a_bias_decayed_in_place_is_reported(string registrations, string decay) =>
        VerifyAsync(registrations, decay);

    [Theory]
    [InlineData("decayed.Add(model.fc1.weight!); decayed.Add(model.fc2.weight!);", "p.mul_(1 - lr * weightDecay)")]
    [InlineData(WithBias, "p.mul_(0.5)")]
    [InlineData(WithBias, "p.sub_(p.grad! * lr)")]
    [InlineData(WithBias, "p.add_(p.grad!, alpha: -lr)")]
    [InlineData(WithBias, "p.add_(p, alpha: lr * weightDecay)")]
    [InlineData(WithBias, "p.add_(p * lr)")]
    public Task A_list_of_weights_or_an_update_that_is_not_a_decay_is_not_reported(string registrations, string decay) =>
        VerifyAsync(registrations, decay);
}
