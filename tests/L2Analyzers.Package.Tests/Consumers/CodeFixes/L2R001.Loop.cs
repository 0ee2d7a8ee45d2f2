namespace Consumer.L2R001Loop;

public static class Training
{
    public static void Step(double[] weights, double[] gradients, double learningRate)
    {
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] -= 0.97 * weights[i];
            weights[i] -= learningRate * gradients[i];
        }
    }
}
