using TorchSharp;
using TorchSharp.Modules;

namespace Consumer.L2R005TorchSharp;

public static class Training
{
    public static torch.optim.Optimizer Create(Parameter[] weights) =>
        torch.optim.AdamW(weights, lr: 1e-3, weight_decay: 1e-4);
}
