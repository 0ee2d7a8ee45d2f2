using TorchSharp.Modules;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp;

/// <summary>
/// A torch optimizer (<c>SGD</c> or <c>Adam</c>, whose own <c>weight_decay</c> carries the coupled GradientPenalty groups)
/// that first shrinks the weights of its decoupled groups. It shares the inner optimizer's parameter groups, so
/// learning-rate schedulers see and change the same groups.
/// </summary>
internal sealed class L2Optimizer : optim.Optimizer
{
    private readonly optim.Optimizer inner;

    public L2Optimizer(optim.Optimizer inner, IReadOnlyList<DecoupledDecay> decays)
        : base(IntPtr.Zero)
    {
        this.inner = inner;
        Decays = decays;
        _parameter_groups = inner.ParamGroups.Cast<ParamGroup>().ToList();
    }

    /// <summary>The torch optimizer that takes the data-gradient step (and the coupled penalty).</summary>
    public optim.Optimizer Inner => inner;

    /// <summary>The groups shrunk before each step.</summary>
    public IReadOnlyList<DecoupledDecay> Decays { get; }

    /// <summary>Evaluates the closure (if any), shrinks the decoupled weights, then steps the inner optimizer.</summary>
    public override Tensor step(Func<Tensor>? closure = null)
    {
        Tensor? loss = null;
        if (closure is not null)
        {
            using (enable_grad())
            {
                loss = closure();
            }
        }

        using (no_grad())
        {
            foreach (var decay in Decays)
            {
                decay.Apply();
            }
        }

        inner.step();
        return loss!;
    }

    /// <inheritdoc/>
    public override void zero_grad() => inner.zero_grad();

    /// <inheritdoc/>
    public override IEnumerable<Parameter> parameters() => inner.parameters();

    /// <summary>Adds a group to the inner optimizer; it gets no decoupled decay (its own weight_decay applies).</summary>
    public override void add_param_group(ParamGroup param_group)
    {
        inner.add_param_group(param_group);
        _parameter_groups = inner.ParamGroups.Cast<ParamGroup>().ToList();
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
    }
}
