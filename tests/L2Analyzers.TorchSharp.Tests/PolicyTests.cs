using L2Analyzers.TorchSharp.Tests.Support;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp.Tests;

/// <summary>[L2] on module classes and submodule fields sets the policy; invalid values throw as the runtime does.</summary>
public sealed class PolicyTests
{
    private const double LearningRate = 0.1;

    [L2(Mode = L2Mode.DecayFactor, Lambda = 0.9)]
    private sealed class Tower : nn.Module<Tensor, Tensor>
    {
        private readonly Linear body = nn.Linear(2, 3);

        [L2(Mode = L2Mode.WeightDecay, Lambda = 0.2)]
        private readonly Linear head = nn.Linear(3, 2);

        private readonly Block block = new();

        public Tower()
            : base(nameof(Tower)) => RegisterComponents();

        public override Tensor forward(Tensor input) => block.forward(head.forward(body.forward(input)));
    }

    [L2(Mode = L2Mode.WeightDecay, Lambda = 0.5)]
    private sealed class Block : nn.Module<Tensor, Tensor>
    {
        private readonly Linear inner = nn.Linear(2, 2);

        public Block()
            : base(nameof(Block)) => RegisterComponents();

        public override Tensor forward(Tensor input) => inner.forward(input);
    }

    [L2(Mode = L2Mode.WeightDecay, Lambda = 1.5)]
    private sealed class Invalid : nn.Module<Tensor, Tensor>
    {
        private readonly Linear layer = nn.Linear(2, 2);

        public Invalid()
            : base(nameof(Invalid)) => RegisterComponents();

        public override Tensor forward(Tensor input) => layer.forward(input);
    }

    [Fact]
    public void Class_attributes_set_the_default_and_field_attributes_override_it_for_weights_only()
    {
        using var model = TinyNet.Fill(new Tower());
        var before = model.named_parameters().ToDictionary(p => p.name, p => TinyNet.Values(p.parameter));
        using var optimizer = L2Torch.SGD(model, LearningRate, L2Mode.GradientPenalty, 0.01);

        TinyNet.SetGradients(model, step: 1, scale: 0); // zero gradients: only the decay moves the weights
        optimizer.step();

        var retained = new Dictionary<string, double>
        {
            ["body.weight"] = 0.9, // the class's DecayFactor 0.9, not the argument
            ["head.weight"] = 0.8, // the field's WeightDecay 0.2
            ["block.inner.weight"] = 0.5, // Block's own class attribute
            ["body.bias"] = 1, ["head.bias"] = 1, ["block.inner.bias"] = 1,
        };
        foreach (var (name, parameter) in model.named_parameters())
        {
            var after = TinyNet.Values(parameter);
            for (int i = 0; i < after.Length; i++)
            {
                Assert.Equal(retained[name] * before[name][i], after[i], 1e-6);
            }
        }
    }

    [Fact]
    public void The_arguments_apply_to_modules_without_attributes()
    {
        using var model = TinyNet.Create();
        var before = TinyNet.Values(model.parameters().First());
        using var optimizer = L2Torch.SGD(model, LearningRate, L2Mode.WeightDecay, 0.25);

        TinyNet.SetGradients(model, step: 1, scale: 0);
        optimizer.step();

        Assert.Equal(before.Select(v => 0.75f * v), TinyNet.Values(model.parameters().First()));
    }

    [Theory]
    [InlineData(L2Mode.WeightDecay, 1.0)]
    [InlineData(L2Mode.DecayFactor, 0.0)]
    [InlineData(L2Mode.GradientPenalty, -0.1)]
    [InlineData(L2Mode.ScaledWeightDecay, double.NaN)]
    [InlineData((L2Mode)7, 0.1)]
    public void Invalid_lambda_throws_what_the_runtime_throws(L2Mode mode, double lambda)
    {
        using var model = TinyNet.Create();
        var runtime = Assert.Throws<ArgumentOutOfRangeException>(() => L2Update.Step(mode, lambda, new double[1], new double[1], LearningRate));

        var sgd = Assert.Throws<ArgumentOutOfRangeException>(() => L2Torch.SGD(model, LearningRate, mode, lambda));
        var adam = Assert.Throws<ArgumentOutOfRangeException>(() => L2Torch.Adam(model, LearningRate, mode, lambda));

        Assert.Equal((runtime.ParamName, runtime.Message), (sgd.ParamName, sgd.Message));
        Assert.Equal((runtime.ParamName, runtime.Message), (adam.ParamName, adam.Message));
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(0.1, 1.0)]
    [InlineData(double.PositiveInfinity, 0.0)]
    public void Invalid_learning_rate_or_momentum_throws_what_the_runtime_throws(double learningRate, double momentum)
    {
        using var model = TinyNet.Create();
        var runtime = Assert.Throws<ArgumentOutOfRangeException>(() => new MomentumOptimizer<float>(learningRate, momentum));

        var sgd = Assert.Throws<ArgumentOutOfRangeException>(() => L2Torch.SGD(model, learningRate, L2Mode.WeightDecay, 0.01, momentum));

        Assert.Equal((runtime.ParamName, runtime.Message), (sgd.ParamName, sgd.Message));
    }

    [Fact]
    public void An_invalid_attribute_throws_naming_the_attribute()
    {
        using var model = new Invalid();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => L2Torch.SGD(model, LearningRate, L2Mode.WeightDecay, 0.01));

        Assert.StartsWith("[L2] on Invalid: lambda = 1.5 is outside the valid range of L2Mode.WeightDecay", exception.Message);
    }

    [Fact]
    public void The_audit_reads_roles_only_and_ignores_attributes()
    {
        using var model = new Invalid();
        using var optimizer = optim.SGD(model.parameters(), LearningRate);

        Assert.True(L2Torch.Audit(optimizer, model).IsClean);
    }
}
