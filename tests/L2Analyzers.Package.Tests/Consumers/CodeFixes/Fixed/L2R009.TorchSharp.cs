using TorchSharp;
using TorchSharp.Modules;

namespace Consumer.L2R009TorchSharp;

public static class Training
{
    public static torch.optim.Optimizer Create(Parameter[] weights) =>
        torch.optim.AdamW(weights, lr: 3e-4, weight_decay: 0.01);
}
