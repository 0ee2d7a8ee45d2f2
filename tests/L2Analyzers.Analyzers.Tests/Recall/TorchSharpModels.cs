namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>Small TorchSharp modules the recall tests train, with and without a normalization layer.</summary>
internal static class TorchSharpModels
{
    public const string Usings = """
        using System.Collections.Generic;
        using System.Linq;
        using TorchSharp;
        using TorchSharp.Modules;
        using static TorchSharp.torch;

        """;

    /// <summary>Two linear layers around a LayerNorm.</summary>
    public const string Classifier = Usings + """
        class Classifier : nn.Module<Tensor, Tensor>
        {
            public readonly Linear fc1 = nn.Linear(784, 128);
            public readonly LayerNorm norm = nn.LayerNorm(128);
            public readonly Linear fc2 = nn.Linear(128, 10);

            public Classifier() : base(nameof(Classifier)) => RegisterComponents();

            public override Tensor forward(Tensor x) => fc2.forward(norm.forward(fc1.forward(x)));
        }

        """;

    /// <summary>Two linear layers, no normalization.</summary>
    public const string Plain = Usings + """
        class Plain : nn.Module<Tensor, Tensor>
        {
            public readonly Linear fc1 = nn.Linear(784, 128);
            public readonly Linear fc2 = nn.Linear(128, 10);

            public Plain() : base(nameof(Plain)) => RegisterComponents();

            public override Tensor forward(Tensor x) => fc2.forward(fc1.forward(x));
        }

        """;
}
