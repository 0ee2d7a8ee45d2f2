using System.Reflection;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp;

/// <summary>
/// Reads what an optimizer does to each parameter of a module: its group's learning rate and <c>weight_decay</c>
/// (read from the group's options, so any torch optimizer works), the decoupled decay of <see cref="L2Torch"/>
/// optimizers, and the problems: L2 on biases (L2R002) and normalization parameters (L2R008), coupled decay under an
/// adaptive optimizer (L2R005), a parameter in two groups (L2R006), and a decay that removes the whole weight per step (L2R004).
/// </summary>
internal static class OptimizerAudit
{
    /// <summary>Optimizers whose weight_decay is coupled and rescaled per coordinate (Adam-like and RMSProp-like).</summary>
    private static readonly HashSet<string> Adaptive = new(StringComparer.Ordinal)
    {
        "Adam", "Adamax", "NAdam", "RAdam", "RMSProp", "Adagrad", "Adadelta",
    };

    public static L2AuditReport Run(optim.Optimizer optimizer, nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(module);
        var torchOptimizer = optimizer is L2Optimizer wrapper ? wrapper.Inner : optimizer;
        var decays = (optimizer as L2Optimizer)?.Decays ?? [];
        string family = torchOptimizer.GetType().Name;
        var groups = optimizer.ParamGroups.OfType<ParamGroup>().ToList();

        var rows = new List<AuditRow>();
        var problems = new List<L2AuditProblem>();
        foreach (var parameter in ModuleCatalog.ReadRoles(module))
        {
            var holders = groups.Where(group => group.Parameters.Any(p => p.Handle == parameter.Parameter.Handle)).ToList();
            if (holders.Count == 0)
            {
                rows.Add(new AuditRow(parameter.Name, parameter.Role, parameter.Shape, null, null, L2Effect.None));
                continue;
            }

            if (holders.Count > 1)
            {
                problems.Add(new(Rules.Twice, parameter.Name, $"{parameter.Name} is in {holders.Count} parameter groups, so the optimizer steps and decays it {holders.Count} times. Keep each parameter in one group."));
            }

            var group = holders[0];
            double? weightDecay = WeightDecay(group);
            var effect = Effect(family, group, weightDecay ?? 0, decays.FirstOrDefault(d => ReferenceEquals(d.Group, group))?.Policy);
            rows.Add(new AuditRow(parameter.Name, parameter.Role, parameter.Shape, group.LearningRate, weightDecay, effect));
            problems.AddRange(Problems(parameter, family, effect));
        }

        return new L2AuditReport(Describe(optimizer, family), rows, problems);
    }

    private static L2Effect Effect(string family, ParamGroup group, double weightDecay, L2Policy? decoupled)
    {
        double lr = group.LearningRate;
        if (family == "AdamW")
        {
            return weightDecay == 0 ? L2Effect.None
                : new L2Effect(1 - (lr * weightDecay), $"AdamW weight_decay {L2Effect.Number(weightDecay)}", 0, 0);
        }

        bool plainSgd = family == "SGD" && Option(group, "momentum") is null or 0.0;
        double? coupledShrink = weightDecay == 0 ? 0 : plainSgd ? lr * weightDecay : null;
        return decoupled is { } policy
            ? new L2Effect(policy.RetainedFraction(lr), policy.ToString(), weightDecay, coupledShrink)
            : new L2Effect(1, null, weightDecay, coupledShrink);
    }

    private static IEnumerable<L2AuditProblem> Problems(ModuleParameter parameter, string family, L2Effect effect)
    {
        if (!effect.Decays)
        {
            yield break;
        }

        string name = parameter.Name;
        if (parameter.Role == TorchParameterRole.Bias)
        {
            yield return new(Rules.Bias, name, $"{name} {parameter.Shape} is a bias and L2 decays it ({effect}). Put biases and other 1-D parameters in a group with weight_decay 0.");
        }
        else if (parameter.Role == TorchParameterRole.Normalization)
        {
            yield return new(Rules.Normalization, name, $"{name} {parameter.Shape} belongs to a normalization module and L2 decays it ({effect}). Put normalization gains and shifts in a group with weight_decay 0.");
        }

        if (effect.CoupledLambda > 0 && Adaptive.Contains(family))
        {
            yield return new(Rules.CoupledAdaptive, name, $"{family}'s weight_decay {L2Effect.Number(effect.CoupledLambda)} is added to the gradient before the adaptive scaling, so weights with large gradients are barely decayed. Use a decoupled decay (AdamW, or L2Torch.Adam with ScaledWeightDecay).");
        }

        if (effect.ShrinkPerStep >= 1)
        {
            yield return new(Rules.Unstable, name, $"L2 removes {L2Effect.Number(effect.ShrinkPerStep.Value * 100)}% of {name} per step, so the weight flips sign or diverges. Lower the learning rate or lambda so that the decay per step stays well below 1.");
        }
    }

    private static string Describe(optim.Optimizer optimizer, string family) =>
        optimizer is L2Optimizer { Decays.Count: > 0 } ? $"L2Torch: decoupled decay, then torch {family}" : $"torch {family}";

    /// <summary>The group's <c>weight_decay</c> option: a field of every torch optimizer's options that has one; null otherwise.</summary>
    private static double? WeightDecay(ParamGroup group) => Option(group, "weight_decay");

    private static double? Option(ParamGroup group, string name) =>
        group.Options?.GetType().GetField(name, BindingFlags.Instance | BindingFlags.Public)?.GetValue(group.Options) as double?;

    private static class Rules
    {
        public const string Bias = "L2R002";
        public const string Unstable = "L2R004";
        public const string CoupledAdaptive = "L2R005";
        public const string Twice = "L2R006";
        public const string Normalization = "L2R008";
    }
}
