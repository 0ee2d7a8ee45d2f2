
namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>
/// What a TorchSharp optimizer's <c>weight_decay</c> means (docs/conventions.md, "TorchSharp"): a coupled gradient penalty
/// (<c>grad.add(param, alpha: weight_decay)</c>) for SGD, ASGD and the adaptive optimizers, a decoupled decay scaled by
/// the learning rate (<c>param.mul_(1 - lr * weight_decay)</c>) for AdamW.
/// </summary>
/// <param name="Name">The optimizer's name, as in <c>torch.optim.SGD</c>.</param>
/// <param name="Mode">The convention its weight_decay is written in.</param>
internal sealed record OptimizerFamily(string Name, L2Mode Mode)
{
    /// <summary>The family of an optimizer name, or null for optimizers without weight_decay (Rprop, LBFGS) and unknown names.</summary>
    public static OptimizerFamily? Find(string name) => name switch
    {
        "AdamW" => new(name, L2Mode.ScaledWeightDecay),
        "SGD" or "ASGD" or "Adam" or "Adamax" or "NAdam" or "RAdam" or "RMSProp" or "Adagrad" or "Adadelta" =>
            new(name, L2Mode.GradientPenalty),
        _ => null,
    };
}
