using L2Analyzers.TorchSharp;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp.Benchmarks;

/// <summary>
/// The training step as TorchSharp users write it, on the same data as the runtime's <c>StepLoop</c>: zero_grad,
/// forward, cross-entropy on the logits, backward, <see cref="L2Torch.SGD"/> step, over the data in order.
/// </summary>
internal sealed class TorchTraining
{
    private readonly nn.Module<Tensor, Tensor> model;
    private readonly optim.Optimizer optimizer;
    private readonly Tensor[] inputs;
    private readonly Tensor[] labels;

    public TorchTraining(nn.Module<Tensor, Tensor> model, Dataset<float> data, int batchSize, double learningRate, double lambda)
    {
        set_num_threads(1);
        this.model = model;
        optimizer = L2Torch.SGD(model, learningRate, L2Mode.GradientPenalty, lambda);
        var features = tensor(data.Features.ToArray()).reshape(data.Count, data.FeatureCount);
        var targets = tensor(data.Labels.ToArray().Select(label => (long)label).ToArray());
        int batches = data.Count / batchSize;
        inputs = Enumerable.Range(0, batches).Select(b => features.narrow(0, b * batchSize, batchSize).contiguous()).ToArray();
        labels = Enumerable.Range(0, batches).Select(b => targets.narrow(0, b * batchSize, batchSize).contiguous()).ToArray();
    }

    /// <summary>One pass over the data; returns the summed batch losses.</summary>
    public double Epoch()
    {
        double loss = 0;
        for (int b = 0; b < inputs.Length; b++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            var batchLoss = nn.functional.cross_entropy(model.forward(inputs[b]), labels[b]);
            batchLoss.backward();
            optimizer.step();
            loss += batchLoss.item<float>();
        }

        return loss;
    }
}
