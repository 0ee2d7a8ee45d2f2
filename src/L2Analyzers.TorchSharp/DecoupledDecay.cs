using TorchSharp.Modules;

namespace L2Analyzers.TorchSharp;

/// <summary>A parameter group whose weights shrink before each optimizer step (WeightDecay, ScaledWeightDecay, DecayFactor).</summary>
/// <param name="Group">The optimizer's group (its learning rate scales ScaledWeightDecay, schedulers included).</param>
/// <param name="Policy">The decoupled policy.</param>
internal sealed record DecoupledDecay(ParamGroup Group, L2Policy Policy)
{
    /// <summary>Multiplies each weight that has a gradient by the policy's retained fraction (as AdamW, weights without a gradient are skipped).</summary>
    public void Apply()
    {
        var factor = Policy.RetainedFraction(Group.LearningRate);
        foreach (var parameter in Group.Parameters)
        {
            if (parameter.grad is not null)
            {
                parameter.mul_(factor);
            }
        }
    }
}
