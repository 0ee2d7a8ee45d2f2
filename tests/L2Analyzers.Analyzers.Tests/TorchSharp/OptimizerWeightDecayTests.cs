using Verify = L2Analyzers.Analyzers.Tests.TorchSharp.TorchSharpVerifier;

namespace L2Analyzers.Analyzers.Tests.TorchSharp;

/// <summary>weight_decay constants of torch.optim optimizers: L2R001, L2R003, L2R004.</summary>
public class OptimizerWeightDecayTests
{
    private static string Training(string optimizer) => $$"""
        using TorchSharp;
        using TorchSharp.Modules;
        using static TorchSharp.torch;

        class Trainer
        {
            readonly Linear fc1 = nn.Linear(784, 128, hasBias: false);
            readonly Linear fc2 = nn.Linear(128, 10, hasBias: false);

            public optim.Optimizer Create()
            {
                var weights = new Parameter[] { fc1.weight!, fc2.weight! };
                return {{optimizer}};
            }
        }
        """;

    [Theory]
    [InlineData("torch.optim.SGD(weights, 0.01, weight_decay: {|L2R001:0.97|})")]
    [InlineData("torch.optim.SGD(weights, 0.01, 0.9, 0, {|L2R001:0.5|})")]
    [InlineData("torch.optim.SGD(weights, learningRate: 0.01, weight_decay: {|L2R003:-1e-4|})")]
    [InlineData("torch.optim.SGD(weights, 0.01, weight_decay: {|L2R003:double.PositiveInfinity|})")]
    [InlineData("torch.optim.ASGD(weights, weight_decay: {|L2R001:0.9|})")]
    [InlineData("torch.optim.AdamW(weights, weight_decay: {|L2R003:-0.01|})")]
    [InlineData("torch.optim.AdamW(weights, lr: 0.5, weight_decay: {|L2R001:0.5|})")] // removes 25% of each weight per step
    public Task Weight_decay_constants_that_do_not_fit_are_reported(string optimizer) =>
        Verify.VerifyAsync(Training(optimizer));

    [Theory]
    [InlineData("torch.optim.SGD(weights, 0.01, weight_decay: 1e-4)")]
    [InlineData("torch.optim.SGD(weights, 0.1, momentum: 0.9, weight_decay: 5e-4)")]
    [InlineData("torch.optim.SGD(weights, 0.01)")]
    [InlineData("torch.optim.SGD(weights, 0.01, weight_decay: 0)")]
    [InlineData("torch.optim.AdamW(weights, lr: 1e-3, weight_decay: 0.01)")]
    [InlineData("torch.optim.AdamW(weights, 3e-4, 0.9, 0.95, 1e-8, 0.1)")]
    [InlineData("torch.optim.AdamW(weights, weight_decay: 0)")]
    [InlineData("torch.optim.AdamW(weights, lr: 1e-3, weight_decay: 0.5)")] // decoupled: 0.05% of each weight per step
    [InlineData("torch.optim.AdamW(weights, weight_decay: 0.5)")] // at AdamW's default lr 1e-3
    [InlineData("torch.optim.Adam(weights, lr: 1e-3)")]
    [InlineData("torch.optim.Adam(weights, weight_decay: 0)")]
    [InlineData("torch.optim.Rprop(weights)")]
    public Task Usual_settings_are_not_reported(string optimizer) => Verify.VerifyAsync(Training(optimizer));

    [Fact]
    public Task Constants_come_from_consts_and_locals_never_reassigned() => Verify.VerifyAsync("""
        using TorchSharp;
        using TorchSharp.Modules;

        class Trainer
        {
            const double WeightDecay = {|#0:0.97|};

            public void Create(Parameter[] weights, double configured)
            {
                double decay = {|#2:0.9|};
                double changed = 0.9;
                changed /= 100;
                torch.optim.SGD(weights, 0.01, weight_decay: {|#1:WeightDecay|});
                torch.optim.SGD(weights, 0.01, weight_decay: {|#3:decay|});
                torch.optim.SGD(weights, 0.01, weight_decay: changed);
                torch.optim.SGD(weights, 0.01, weight_decay: configured);
            }
        }
        """,
        Verify.Located("L2R001").WithLocation(0).WithLocation(1),
        Verify.Located("L2R001").WithLocation(2).WithLocation(3));

    [Theory]
    [InlineData("torch.optim.SGD(weights, 10, weight_decay: 0.1)")]
    [InlineData("torch.optim.SGD(weights, learningRate: 5, weight_decay: 0.4)")]
    [InlineData("torch.optim.AdamW(weights, lr: 5, weight_decay: 0.3)")]
    [InlineData("torch.optim.ASGD(weights, lr: 4, weight_decay: 0.25)")]
    public Task Learning_rate_times_weight_decay_of_one_or_more_is_unstable(string optimizer) =>
        Verify.VerifyAsync(Training("{|L2R004:" + optimizer + "|}"));

    [Fact]
    public Task Static_readonly_learning_rate_and_weight_decay_are_judged_like_constants() => Verify.VerifyAsync("""
        using TorchSharp;
        using TorchSharp.Modules;
        using static TorchSharp.torch;

        class Trainer
        {
            static readonly double LearningRate = 10;
            static readonly double WeightDecay = 0.1;
            static double TunedDecay = 0.97;
            readonly Linear fc1 = nn.Linear(784, 128, hasBias: false);

            public optim.Optimizer Create() => {|L2R004:torch.optim.SGD(new Parameter[] { fc1.weight! }, LearningRate, weight_decay: WeightDecay)|};

            public optim.Optimizer Tuned() => torch.optim.SGD(new Parameter[] { fc1.weight! }, 0.01, weight_decay: TunedDecay);
        }
        """);

    /// <summary>lr·weight_decay ≥ 1 is L2R004's; L2R001 does not report the same value again.</summary>
    [Fact]
    public Task Unstable_sgd_is_reported_once_as_unstable() => Verify.VerifyAsync(
        Training("{|L2R004:torch.optim.SGD(weights, 2, weight_decay: 0.5)|}"));

    [Fact]
    public async Task Message_names_the_optimizer_and_its_convention()
    {
        var test = Verify.Create("""
            using TorchSharp;
            using TorchSharp.Modules;

            class Trainer
            {
                public void Create(Parameter[] weights) => torch.optim.SGD(weights, 0.1, weight_decay: 0.97);
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("L2R001").WithSpan(6, 92, 6, 96).WithArguments("weight_decay: 0.97 in torch.optim.SGD adds 0.97·w to each gradient, removing 9.7% of each weight per step at lr = 0.1.", "If 0.97 is the fraction to keep, write weight_decay: 0.3."));
        await test.RunAsync();
    }
}
