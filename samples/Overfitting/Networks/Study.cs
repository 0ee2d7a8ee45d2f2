namespace Overfitting.Networks;

/// <summary>The settings every network of the study shares, as constants the attributes and the analyzers can read.</summary>
internal static class Study
{
    /// <summary>η of plain SGD, as in the classic tutorial's example.</summary>
    public const double LearningRate = 0.05;

    /// <summary>The tutorial's gradient-penalty λ; every regularized network applies this much L2, written in its own convention.</summary>
    public const double Lambda = 0.03;

    /// <summary>Inputs of every network: the synthetic data's features and Iris' four measurements.</summary>
    public const int Features = 4;

    /// <summary>Hidden ReLU units: far more than 80 noisy samples need, so an unregularized network can memorize them.</summary>
    public const int HiddenUnits = 64;

    /// <summary>Classes of both data sets.</summary>
    public const int Classes = 3;
}
