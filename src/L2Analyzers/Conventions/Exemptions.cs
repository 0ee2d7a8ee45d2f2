namespace L2Analyzers.Conventions;

/// <summary>Why standard practice exempts biases and normalization parameters from L2 (docs/conventions.md, "Biases and normalization parameters"), for messages.</summary>
internal static class Exemptions
{
    /// <summary>Appended to every L2R002 explanation.</summary>
    public const string BiasAdvice =
        "a bias sets an offset, not the model's complexity, and standard practice (Keras, timm, Hugging Face) leaves biases unregularized";

    /// <summary>Appended to every L2R008 explanation.</summary>
    public const string NormalizationAdvice =
        "the gain and shift of a normalization set the scale and offset of its outputs, and standard practice (Keras, timm, Hugging Face) leaves them unregularized";
}
