using System.Globalization;
using System.Text;

namespace L2Analyzers;

/// <summary>Builds the <see cref="TrainingDivergedException"/> for a non-finite loss or parameter, explaining it by η·λ where it can.</summary>
internal static class Divergence
{
    public static TrainingDivergedException Diagnose<T>(INetwork<T> network, IOptimizer<T> optimizer, int epoch, long step, string symptom)
        where T : IFloatingPointIeee754<T>
    {
        var message = new StringBuilder($"Training diverged at step {step} (epoch {epoch}): {symptom}. ");
        var culprit = NetworkStatistics.FindNonFinite(network);
        if (culprit is var (index, parameter))
        {
            message.Append($"Layer {index} ({network.Layers[index]}) has a non-finite value in '{parameter.Name}'. ");
        }
        else
        {
            culprit = NetworkStatistics.FindLargest(network);
            (index, parameter) = culprit.Value;
            double largest = double.CreateTruncating(T.Abs(System.Numerics.Tensors.TensorPrimitives.MaxMagnitude<T>(parameter.Values)));
            message.Append(CultureInfo.InvariantCulture, $"All parameters are still finite; the largest, |{parameter.Name}| = {Format(largest)}, is in layer {index} ({network.Layers[index]}). ");
        }

        bool explained = Explain(network, optimizer, message);
        return new TrainingDivergedException(message.ToString().TrimEnd(), epoch, step, culprit.Value.Layer, culprit.Value.Parameter.Name, explained);
    }

    // Appends why each layer's L2 makes the weights flip or grow; false when no layer's L2 explains it.
    // The decay part alone is w ← (1 − d)·w (decoupled, or coupled under plain SGD): its sign flips from d = 1 on and
    // it diverges from d = 2 on. A coupled penalty under heavy-ball momentum μ follows w' = (1 + μ − d)·w − μ·w₋₁,
    // whose roots turn negative from d = (1 + √μ)² and leave the unit circle from d = 2(1 + μ).
    private static bool Explain<T>(INetwork<T> network, IOptimizer<T> optimizer, StringBuilder message)
        where T : IFloatingPointIeee754<T>
    {
        double eta = double.CreateTruncating(optimizer.LearningRate);
        double momentum = optimizer is MomentumOptimizer<T> m ? double.CreateTruncating(m.Momentum) : 0;
        double largest = 0;
        bool explained = false;
        for (int l = 0; l < network.Layers.Count; l++)
        {
            // Adam divides a coupled penalty by √v̂, so only decoupled decay acts on the weights as η·λ says.
            if (network.Layers[l] is not IRegularizedLayer { L2: { } l2 } || (optimizer is AdamOptimizer<T> && l2.Mode == L2Mode.GradientPenalty))
            {
                continue;
            }

            double decay = l2.DecayPerStep(eta);
            bool feedsMomentum = momentum > 0 && l2.Mode == L2Mode.GradientPenalty;
            double flip = feedsMomentum ? Math.Pow(1 + Math.Sqrt(momentum), 2) : 1;
            double diverge = feedsMomentum ? 2 * (1 + momentum) : 2;
            largest = Math.Max(largest, decay);
            if (decay < flip)
            {
                continue;
            }

            explained = true;
            message.Append(CultureInfo.InvariantCulture, $"Layer {l}'s L2 explains it: {l2} at η = {Format(eta)} decays the weights by η·λ = {Format(decay)} per step");
            message.Append(feedsMomentum ? $", and momentum μ = {Format(momentum)} feeds that decay into every later step. " : ". ");
            message.Append(CultureInfo.InvariantCulture, $"The decay alone flips the sign of every weight each step from η·λ = {Format(flip)} on and makes |w| grow without bound from {(feedsMomentum ? "2(1 + μ) = " : string.Empty)}{Format(diverge)} on. ");
            message.Append(CultureInfo.InvariantCulture, $"Keep η·λ below {Format(flip)}: λ < {Format(l2.Lambda * flip / decay)} at this learning rate. ");
        }

        if (!explained)
        {
            message.Append(CultureInfo.InvariantCulture, $"No layer's L2 explains it (the largest decay per step, η·λ, is {Format(largest)}): lower the learning rate η = {Format(eta)} or check the scale of the inputs.");
        }

        return explained;
    }

    private static string Format(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
