namespace L2Analyzers.TorchSharp; internal static class Placeholder { }
