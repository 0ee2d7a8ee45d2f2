using System.Linq;
using TorchSharp;
using TorchSharp.Modules;

namespace DiagnosticsTour.TorchSharp;

// TorchSharp optimizers whose weight_decay does not do what the code suggests.
public static class Optimizers
{
    public static void Create(Classifier model)
    {
        var weights = model.parameters().Where(p => p.dim() >= 2).ToArray();
        var others = model.parameters().Where(p => p.dim() < 2).ToArray();

        var ported = torch.optim.AdamW(weights, lr: 3e-4); // L2R009: TorchSharp's default weight_decay is 0, PyTorch's 0.01

        var grouped = torch.optim.SGD(
            new SGD.ParamGroup[]
            {
                new() { Parameters = weights },
                new SGD.ParamGroup(others, momentum: 0.9), // L2R010: resets torch.optim.SGD's lr 0.1 to 0.001 and weight_decay 5e-4 to 0
            },
            learningRate: 0.1,
            weight_decay: 5e-4);

        var everything = torch.optim.SGD(model.parameters(), 0.1, momentum: 0.9, weight_decay: 5e-4); // L2R011: decays biases and LayerNorm too (a suggestion)

        var biases = model.named_parameters().Where(p => p.name.EndsWith("bias")).Select(p => p.parameter);
        var decayedBiases = torch.optim.SGD(biases, 0.1, weight_decay: 5e-4); // L2R002: a group of biases, decayed

        var adaptive = torch.optim.Adam(weights, lr: 1e-3, weight_decay: 1e-4); // L2R005: Adam divides the coupled penalty by √v̂

        var retention = torch.optim.SGD(weights, 0.01, weight_decay: 0.97); // L2R001: a coupled penalty of 0.97; no other reading is plausible, the fix writes weight_decay: 0.0005

        var negative = torch.optim.AdamW(weights, weight_decay: -0.01); // L2R003

        var unstable = torch.optim.SGD(weights, learningRate: 10, weight_decay: 0.15); // L2R004: η·λ = 1.5 flips every weight's sign each step
    }
}
