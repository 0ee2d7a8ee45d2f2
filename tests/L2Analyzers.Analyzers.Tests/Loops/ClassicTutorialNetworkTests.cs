namespace L2Analyzers.Analyzers.Tests.Loops;

public class ClassicTutorialNetworkTests
{
    [Fact]
    public void Every_analyzer_of_the_package_takes_part()
    {
        var names = AllAnalyzersTest.All.Select(analyzer => analyzer.GetType().Name).ToArray();
        Assert.Contains("LoopRegularizationAnalyzer", names);
        Assert.Contains("TorchSharpOptimizerAnalyzer", names);
        Assert.Contains("L2AttributeAnalyzer", names);
    }

    [Fact]
    public Task All_analyzers_report_exactly_the_biases_and_the_literal_tutorial_lambda() =>
        new AllAnalyzersTest(ClassicTutorialNetwork.Source).RunAsync();
}
