using TorchSharp.Modules;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp;

/// <summary>
/// TorchSharp optimizers with the L2 conventions of the runtime trainer: they cover all of <c>module.parameters()</c>
/// and regularize only weights (<c>dim() ≥ 2</c> outside normalization modules). GradientPenalty is coupled (torch's own
/// <c>weight_decay</c>: λ·w enters the gradient, momentum and Adam's moments); WeightDecay, ScaledWeightDecay and
/// DecayFactor are decoupled (the weights shrink first, then the plain step, as AdamW). <see cref="L2Attribute"/> on the
/// module's class, a submodule's class or a field holding a submodule sets the policy of those weights; the
/// <c>mode</c> and <c>lambda</c> arguments apply to weights no attribute covers.
/// </summary>
public static class L2Torch
{
    /// <summary>
    /// Stochastic gradient descent with PyTorch's momentum (<c>b ← μb + g</c>, first <c>b = g</c>; <c>w ← w − ηb</c>);
    /// decoupled decay is not fed into the velocity.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="mode"/>, <paramref name="lambda"/>, <paramref name="learningRate"/> or <paramref name="momentum"/> is
    /// invalid (as the runtime's <see cref="L2Update"/> and <see cref="MomentumOptimizer{T}"/> report it), or an [L2] attribute is.
    /// </exception>
    public static optim.Optimizer SGD(nn.Module module, double learningRate, L2Mode mode, double lambda, double momentum = 0)
    {
        _ = new MomentumOptimizer<double>(learningRate, momentum); // the runtime's own check of η and μ
        return Create(module, learningRate, new L2Policy(mode, lambda), groups => optim.SGD(
            groups.Select(group => new SGD.ParamGroup(group.Parameters, learningRate, momentum, 0, group.WeightDecay, false, false)),
            learningRate,
            momentum));
    }

    /// <summary>Adam with β1 = 0.9, β2 = 0.999, ε = 1e-8 (PyTorch's defaults, as the runtime's <see cref="AdamOptimizer{T}"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="mode"/>, <paramref name="lambda"/> or <paramref name="learningRate"/> is invalid, or an [L2] attribute is.
    /// </exception>
    public static optim.Optimizer Adam(nn.Module module, double learningRate, L2Mode mode, double lambda) =>
        Create(module, learningRate, new L2Policy(mode, lambda), groups => optim.Adam(
            groups.Select(group => new Adam.ParamGroup(group.Parameters, learningRate, 0.9, 0.999, 1e-8, group.WeightDecay, false, false)),
            learningRate));

    /// <summary>
    /// What <paramref name="optimizer"/> (any torch optimizer, also one built by hand) does to each parameter of
    /// <paramref name="module"/>: a table to print, and problems such as L2 on biases (L2R002) or normalization
    /// parameters (L2R008) and coupled weight_decay under Adam (L2R005).
    /// </summary>
    public static L2AuditReport Audit(optim.Optimizer optimizer, nn.Module module) => OptimizerAudit.Run(optimizer, module);

    private static L2Optimizer Create(nn.Module module, double learningRate, L2Policy fallback, Func<IReadOnlyList<GroupPlan>, optim.Optimizer> build)
    {
        ArgumentNullException.ThrowIfNull(module);
        fallback.Validate(learningRate);
        var parameters = ModuleCatalog.Read(module, fallback, learningRate);
        if (parameters.Count == 0)
        {
            throw new ArgumentException($"{module.GetType().Name} has no parameters to optimize.", nameof(module));
        }

        var plans = parameters
            .GroupBy(parameter => parameter.Regularization)
            .Select(group => new GroupPlan(group.Select(parameter => parameter.Parameter).ToList(), group.Key))
            .ToList();
        var optimizer = build(plans);
        var groups = optimizer.ParamGroups.Cast<ParamGroup>().ToList();
        var decays = plans.Select((plan, index) => plan.Policy is { IsCoupled: false } policy ? new DecoupledDecay(groups[index], policy) : null)
            .OfType<DecoupledDecay>()
            .ToList();
        return new L2Optimizer(optimizer, decays);
    }

    /// <summary>One parameter group to create: the parameters and their policy (null: no L2).</summary>
    private sealed record GroupPlan(IReadOnlyList<Parameter> Parameters, L2Policy? Policy)
    {
        /// <summary>torch's weight_decay for the group: λ for the coupled GradientPenalty, 0 otherwise.</summary>
        public double WeightDecay => Policy is { IsCoupled: true } policy ? policy.Lambda : 0;
    }
}
