using System.Numerics.Tensors;
using L2Analyzers;
using Overfitting.Networks;

namespace Overfitting.Data;

/// <summary>
/// Synthetic classification data: standard-normal features, labelled by a random seeded "teacher" network, with a
/// fraction of the labels switched to another class. The training set is small enough for a large network to memorize
/// it, noise included; the test set is large, so its loss shows what that memorizing costs.
/// </summary>
internal static class TeacherData
{
    /// <summary>The training samples: too few for 64 hidden units, so an unregularized network learns the noise.</summary>
    public const int TrainingSamples = 80;

    /// <summary>The fraction of labels switched to another class.</summary>
    public const double LabelNoise = 0.2;

    // The teacher's weights are this many times those of a fresh network, so its tanh units saturate and its class
    // boundaries bend instead of being nearly linear.
    private const double TeacherSharpness = 3;

    /// <summary>Draws the training and test sets; the same seed gives the same teacher and the same samples.</summary>
    public static StudyData Create(int seed, int testSamples)
    {
        var teacher = new TeacherNetwork();
        teacher.Initialize(seed);
        foreach (var parameter in teacher.Layers.SelectMany(layer => layer.Parameters))
        {
            TensorPrimitives.Multiply(parameter.Values, TeacherSharpness, parameter.Values);
        }

        var random = new Random(seed + 1);
        return new StudyData(
            "Synthetic",
            $"{Study.Features} features labelled by a random teacher network, {LabelNoise * 100:0}% of the labels wrong; {TrainingSamples} training, {testSamples} test samples",
            Draw(teacher, random, TrainingSamples),
            Draw(teacher, random, testSamples));
    }

    private static Dataset<double> Draw(TeacherNetwork teacher, Random random, int count)
    {
        var features = new double[count * Study.Features];
        for (int i = 0; i < features.Length; i++)
        {
            features[i] = StandardNormal(random);
        }

        var decisions = teacher.Forward(features, count);
        var labels = new int[count];
        for (int s = 0; s < count; s++)
        {
            int label = TensorPrimitives.IndexOfMax(decisions.Slice(s * Study.Classes, Study.Classes));
            labels[s] = random.NextDouble() < LabelNoise ? (label + 1 + random.Next(Study.Classes - 1)) % Study.Classes : label;
        }

        return Dataset<double>.FromLabels(features, Study.Features, labels, Study.Classes);
    }

    // Box–Muller transform: two uniform numbers give one normally distributed one.
    private static double StandardNormal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
