namespace Overfitting.Experiment;

/// <summary>Checks that the same L2 written in different conventions gave the same network.</summary>
internal static class Equivalence
{
    /// <summary>
    /// The largest difference of any parameter between the gradient-penalty run and every other run whose L2 is the
    /// same update under plain SGD. Zero up to rounding when the conversions are right.
    /// </summary>
    public static double MaxParameterDifference(DatasetResults results)
    {
        double[] reference = results[Configuration.Penalty].ParameterValues().ToArray();
        return results.Runs
            .Where(run => run.Configuration.EquivalentToPenalty && run.Configuration != Configuration.Penalty)
            .SelectMany(run => run.ParameterValues().Zip(reference, (value, expected) => Math.Abs(value - expected)))
            .Max();
    }
}
