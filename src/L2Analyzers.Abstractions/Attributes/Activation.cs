namespace L2Analyzers;

/// <summary>The activation a dense layer applies to its pre-activations <c>z = W·x + b</c>.</summary>
public enum Activation
{
    /// <summary><c>a = z</c>.</summary>
    Identity = 0,

    /// <summary><c>a = tanh(z)</c>.</summary>
    Tanh = 1,

    /// <summary><c>a = 1 / (1 + e^−z)</c>.</summary>
    Sigmoid = 2,

    /// <summary><c>a = max(0, z)</c>.</summary>
    ReLU = 3,

    /// <summary><c>a_i = e^{z_i} / Σ_j e^{z_j}</c> over each sample's outputs.</summary>
    Softmax = 4,
}
