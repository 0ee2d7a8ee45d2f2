using Overfitting;

// Two noisy Gaussian classes; logistic regression trained by plain SGD with the generated L2 term.
var random = new Random(1);
const int Features = 20, Samples = 200, Epochs = 200;
const double LearningRate = 0.05;

var inputs = new double[Samples][];
var labels = new double[Samples];
for (int s = 0; s < Samples; s++)
{
    labels[s] = s % 2;
    inputs[s] = new double[Features];
    for (int f = 0; f < Features; f++)
    {
        inputs[s][f] = random.NextDouble() * 2 - 1 + (f < 2 ? (labels[s] - 0.5) : 0);
    }
}

var model = new LogisticModel(Features);
var gradient = new double[Features];
for (int epoch = 0; epoch < Epochs; epoch++)
{
    for (int s = 0; s < Samples; s++)
    {
        double error = model.Predict(inputs[s]) - labels[s];
        for (int f = 0; f < Features; f++)
        {
            gradient[f] = error * inputs[s][f];
        }

        model.AddWeightsPenaltyGradient(gradient);
        for (int f = 0; f < Features; f++)
        {
            model.Weights[f] -= LearningRate * gradient[f];
        }

        model.Bias -= LearningRate * error;
    }
}

int correct = 0;
for (int s = 0; s < Samples; s++)
{
    correct += (model.Predict(inputs[s]) >= 0.5) == (labels[s] == 1) ? 1 : 0;
}

double meanAbs = model.Weights.Average(Math.Abs);
Console.WriteLine($"Trained logistic regression with L2 (GradientPenalty, λ = 0.03): accuracy {correct * 100.0 / Samples:0.0}%, mean |w| {meanAbs:0.0000}");
