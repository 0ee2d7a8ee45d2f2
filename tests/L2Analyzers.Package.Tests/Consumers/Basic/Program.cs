using Consumer;

var hidden = new Hidden();
var gradient = new float[3];
hidden.AddWeightsPenaltyGradient(gradient);

var tutorial = new Tutorial();
tutorial.DecayWeights();

Console.WriteLine($"penalty gradient: {string.Join(" ", gradient)}");
Console.WriteLine($"decayed weights: {string.Join(" ", tutorial.Weights.Select(w => w.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}");
