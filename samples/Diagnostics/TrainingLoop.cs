namespace DiagnosticsTour;

// The same rules in a training loop written by hand, as in the classic from-scratch tutorial: no attributes, only the
// arithmetic, and the analyzers read the convention from the update's shape.
public class TrainingLoop
{
    private const double LearnRate = 0.05;

    private readonly double[][] ihWeights = [new double[7], new double[7], new double[7], new double[7]];
    private readonly double[][] ihGrads = [new double[7], new double[7], new double[7], new double[7]];
    private readonly double[] hBiases = new double[7];
    private readonly double[] hGrads = new double[7];
    private readonly double[] hoWeights = new double[21];
    private readonly double[] hoGrads = new double[21];

    public void UpdateWeights()
    {
        for (int i = 0; i < ihWeights.Length; ++i)
        {
            for (int j = 0; j < ihWeights[i].Length; ++j)
            {
                ihWeights[i][j] += LearnRate * ihGrads[i][j];
                ihWeights[i][j] -= 0.97 * ihWeights[i][j]; // L2R001: the tutorial's "lambda might be 0.97", taken literally; the fix writes ihWeights[i][j] *= 0.97
            }
        }

        for (int i = 0; i < hBiases.Length; ++i)
        {
            hBiases[i] += LearnRate * hGrads[i];
            hBiases[i] -= 0.0015 * hBiases[i]; // L2R002: decaying a bias
        }

        for (int k = 0; k < hoWeights.Length; ++k)
        {
            hoWeights[k] -= -0.001 * hoWeights[k]; // L2R003: a negative decay grows every weight
        }
    }

    public void FastStep()
    {
        const double learnRate = 4;
        for (int k = 0; k < hoWeights.Length; ++k)
        {
            hoWeights[k] -= learnRate * (hoGrads[k] + (0.3 * hoWeights[k])); // L2R004: η·λ = 4 × 0.3 = 1.2 flips every weight's sign
        }
    }
}
