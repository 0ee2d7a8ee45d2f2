using TorchSharp;
using TorchSharp.Modules;

namespace Consumer.L2R001TorchSharp;

public static class Training
{
    public static torch.optim.Optimizer Create(Parameter[] weights) =>
        torch.optim.SGD(weights, 0.05, weight_decay: 0.97);
}
