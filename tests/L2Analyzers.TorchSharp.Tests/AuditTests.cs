using L2Analyzers.TorchSharp.Tests.Support;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp.Tests;

/// <summary>L2Torch.Audit on hand-built torch optimizers and on L2Torch's own.</summary>
public sealed class AuditTests
{
    [Fact]
    public void SGD_weight_decay_on_all_parameters_reports_each_bias_and_normalization_parameter()
    {
        using var model = TinyNet.Create();
        using var optimizer = optim.SGD(model.parameters(), 0.05, weight_decay: 0.03);

        var report = L2Torch.Audit(optimizer, model);

        Assert.False(report.IsClean);
        Assert.Equal(
            [("L2R002", "0.bias"), ("L2R008", "1.weight"), ("L2R008", "1.bias"), ("L2R002", "2.bias")],
            report.Problems.Select(p => (p.RuleId, p.ParameterName)));
        Assert.Contains("−0.15%", report.Problems[0].Message); // η·λ = 0.05 · 0.03 of the bias per step
    }

    [Fact]
    public void Split_groups_with_Adam_weight_decay_report_coupled_decay_on_the_weights_only()
    {
        using var model = TinyNet.Create();
        var weights = model.named_parameters().Where(p => p.name is "0.weight" or "2.weight").Select(p => p.parameter).ToList();
        var rest = model.parameters().Except(weights).ToList();
        using var optimizer = optim.Adam([new Adam.ParamGroup(weights, new Adam.Options { weight_decay = 1e-4 }), new Adam.ParamGroup(rest, new Adam.Options { weight_decay = 0 })], 1e-3);

        var report = L2Torch.Audit(optimizer, model);

        Assert.Equal([("L2R005", "0.weight"), ("L2R005", "2.weight")], report.Problems.Select(p => (p.RuleId, p.ParameterName)));
    }

    [Fact]
    public void AdamW_with_split_groups_is_clean_and_its_table_shows_the_decoupled_decay()
    {
        using var model = TinyNet.Create();
        using var optimizer = optim.AdamW(
            [
                new AdamW.ParamGroup { Parameters = model.parameters().Where(p => p.dim() >= 2) },
                new AdamW.ParamGroup { Parameters = model.parameters().Where(p => p.dim() < 2), Options = new() { weight_decay = 0 } },
            ],
            lr: 1e-3,
            weight_decay: 0.01);

        var report = L2Torch.Audit(optimizer, model);

        Assert.True(report.IsClean, report.ToString());
        string table = report.ToString();
        Assert.Matches(@"0\.weight\s+weight\s+\[4, 3\]\s+0\.001\s+0\.01\s+−0\.001%: AdamW weight_decay 0\.01: w × 0\.99999", table);
        Assert.Matches(@"0\.bias\s+bias\s+\[4\]\s+0\.001\s+0\s+none", table);
    }

    [Fact]
    public void A_parameter_in_two_groups_and_a_decay_of_the_whole_weight_are_reported()
    {
        using var model = TinyNet.Create();
        var first = model.parameters().First();
        using var optimizer = optim.SGD(
            [new SGD.ParamGroup([first], new SGD.Options { weight_decay = 25 }), new SGD.ParamGroup(model.parameters().Skip(0).Take(1), new SGD.Options { weight_decay = 0 })],
            0.05);

        var report = L2Torch.Audit(optimizer, model);

        Assert.Equal([("L2R006", "0.weight"), ("L2R004", "0.weight")], report.Problems.Select(p => (p.RuleId, p.ParameterName)));
        Assert.Contains("not optimized", report.ToString()); // the other parameters are in no group
    }

    public static TheoryData<L2Mode, double, double> Modes() => new()
    {
        { L2Mode.GradientPenalty, 0.03, 0 },
        { L2Mode.WeightDecay, 0.0015, 0 },
        { L2Mode.ScaledWeightDecay, 0.03, 0 },
        { L2Mode.DecayFactor, 0.9985, 0 },
        { L2Mode.WeightDecay, 0.0015, 0.9 },
        { L2Mode.GradientPenalty, 0.03, 0.9 },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public void L2Torch_SGD_is_clean_and_removes_the_same_share_in_every_equivalent_mode(L2Mode mode, double lambda, double momentum)
    {
        using var model = TinyNet.Create();
        using var optimizer = L2Torch.SGD(model, 0.05, mode, lambda, momentum);

        var report = L2Torch.Audit(optimizer, model);

        Assert.True(report.IsClean, report.ToString());
        Assert.Matches(momentum == 0 || mode != L2Mode.GradientPenalty ? @"0\.weight .*−0\.15%" : @"0\.weight .*g \+= 0\.03·w \(scaled by the optimizer\)", report.ToString());
        Assert.Matches(@"1\.weight\s+normalization\s+\[4\]\s+0\.05\s+0\s+none", report.ToString());
        report.EnsureClean();
    }

    [Theory]
    [InlineData(L2Mode.WeightDecay, 0.001)]
    [InlineData(L2Mode.ScaledWeightDecay, 0.01)]
    [InlineData(L2Mode.DecayFactor, 0.999)]
    public void L2Torch_Adam_with_decoupled_decay_is_clean(L2Mode mode, double lambda)
    {
        using var model = TinyNet.Create();
        using var optimizer = L2Torch.Adam(model, 1e-3, mode, lambda);

        Assert.True(L2Torch.Audit(optimizer, model).IsClean);
    }

    [Fact]
    public void L2Torch_Adam_with_a_gradient_penalty_is_reported_as_coupled_under_Adam()
    {
        using var model = TinyNet.Create();
        using var optimizer = L2Torch.Adam(model, 1e-3, L2Mode.GradientPenalty, 1e-4);

        Assert.Equal(["L2R005", "L2R005"], L2Torch.Audit(optimizer, model).Problems.Select(p => p.RuleId));
    }

    [Fact]
    public void EnsureClean_throws_with_every_problem_listed()
    {
        using var model = TinyNet.Create();
        using var optimizer = optim.SGD(model.parameters(), 0.05, weight_decay: 0.03);

        var exception = Assert.Throws<InvalidOperationException>(() => L2Torch.Audit(optimizer, model).EnsureClean());

        Assert.Contains("4 problem(s)", exception.Message);
        foreach (var name in new[] { "L2R002 0.bias", "L2R008 1.weight", "L2R008 1.bias", "L2R002 2.bias" })
        {
            Assert.Contains(name, exception.Message);
        }
    }

    [Fact]
    public void BatchNorm_and_GroupNorm_parameters_are_normalization_parameters()
    {
        using var model = nn.Sequential(("0", nn.Linear(3, 4)), ("1", nn.BatchNorm1d(4)), ("2", nn.GroupNorm(2, 4)));
        using var optimizer = optim.SGD(model.parameters(), 0.05, weight_decay: 0.03);

        var report = L2Torch.Audit(optimizer, model);

        Assert.Equal(
            [("L2R002", "0.bias"), ("L2R008", "1.weight"), ("L2R008", "1.bias"), ("L2R008", "2.weight"), ("L2R008", "2.bias")],
            report.Problems.Select(p => (p.RuleId, p.ParameterName)));
    }
}
