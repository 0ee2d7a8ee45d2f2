using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DiagnosticsTour.TorchSharp;

/// <summary>A small module with weights, biases and a LayerNorm: the parameters the optimizers below receive.</summary>
public sealed class Classifier : nn.Module<Tensor, Tensor>
{
    private readonly Linear fc1 = nn.Linear(784, 128);
    private readonly LayerNorm norm = nn.LayerNorm(128);
    private readonly Linear fc2 = nn.Linear(128, 10);

    public Classifier()
        : base(nameof(Classifier)) => RegisterComponents();

    public override Tensor forward(Tensor input) => fc2.forward(norm.forward(fc1.forward(input)));
}
