using TorchSharp;
using TorchSharp.Modules;

namespace Consumer.L2R002TorchSharp;

public sealed class Net : torch.nn.Module<torch.Tensor, torch.Tensor>
{
    private readonly Linear fc = torch.nn.Linear(4, 2);

    public Net() : base(nameof(Net)) => RegisterComponents();

    public override torch.Tensor forward(torch.Tensor x) => fc.forward(x);
}

public static class Training
{
    public static torch.optim.Optimizer Create(Net model) =>
        torch.optim.SGD(new SGD.ParamGroup[]
        {
            new() { Parameters = model.parameters().Where(p => p.dim() >= 2) },
            new() { Parameters = model.parameters().Where(p => p.dim() < 2), Options = new() { weight_decay = 0 } },
        }, 0.1, momentum: 0.9, weight_decay: 5e-4);
}
