using Verify = L2Analyzers.Analyzers.Tests.TorchSharp.TorchSharpVerifier;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>
/// Issue 15, shape 2: parameter groups that reach the optimizer another way than written in its arguments: added with
/// <c>add_param_group</c> after it was created (to a local or a field), added to a list after it was created, or built
/// and returned by another method.
/// </summary>
public class ParameterGroupFlowTests
{
    private static string Trainer(string optimizer, string members) => TorchSharpModels.Plain + $$"""
        class Trainer
        {
            readonly Plain model = new();
            readonly SGD optimizer;

            public Trainer() => optimizer = {{optimizer}};

            IEnumerable<Parameter> Weights() => model.named_parameters().Where(p => p.name.EndsWith("weight")).Select(p => p.parameter);

            IEnumerable<Parameter> Biases() => model.named_parameters().Where(p => p.name.EndsWith("bias")).Select(p => p.parameter);

            {{members}}
        }
        """;

    private const string Decaying = "new SGD(Weights(), 0.1, momentum: 0.9, weight_decay: 5e-4)";

    [Theory]
    [InlineData(Decaying, "void Unfreeze() => optimizer.add_param_group(new SGD.ParamGroup { Parameters = {|L2R002:Biases()|} });")]
    [InlineData(Decaying, "void Unfreeze() { var head = new SGD.ParamGroup { Parameters = {|L2R011:model.fc2.parameters()|}, Options = new() { momentum = 0.5 } }; optimizer.add_param_group(head); }")]
    [InlineData(Decaying, "void Unfreeze() => optimizer.add_param_group({|L2R010:new SGD.ParamGroup(Biases(), lr: 0.1)|});")]
    public Task A_group_added_to_an_optimizer_field_inherits_its_weight_decay(string optimizer, string members) =>
        Verify.VerifyAsync(Trainer(optimizer, members));

    [Theory]
    [InlineData(Decaying, "void Unfreeze() => optimizer.add_param_group(new SGD.ParamGroup { Parameters = Biases(), Options = new() { weight_decay = 0 } });")]
    [InlineData("new SGD(Weights(), 0.1)", "void Unfreeze() => optimizer.add_param_group(new SGD.ParamGroup { Parameters = Biases() });")]
    [InlineData(Decaying, "void Unfreeze() => optimizer.add_param_group(new SGD.ParamGroup { Parameters = Weights() });")]
    public Task A_group_added_that_sets_weight_decay_0_or_to_an_optimizer_without_decay_is_not_reported(string optimizer, string members) =>
        Verify.VerifyAsync(Trainer(optimizer, members));

    private static string Local(string body, string inherited = "model.parameters()") => TorchSharpModels.Plain + $$"""
        static class Training
        {
            public static void Run()
            {
                var model = new Plain();
                var named = model.named_parameters().ToList();
                var weights = named.Where(p => p.name.EndsWith("weight")).Select(p => p.parameter);
                var biases = named.Where(p => p.name.EndsWith("bias")).Select(p => p.parameter);
                {{body}}
            }

            static SGD.ParamGroup[] Groups(IEnumerable<Parameter> weights, IEnumerable<Parameter> biases, double biasDecay)
            {
                var groups = new SGD.ParamGroup[]
                {
                    new() { Parameters = weights },
                    new() { Parameters = biases, Options = new() { weight_decay = biasDecay } },
                };
                return groups;
            }

            static List<SGD.ParamGroup> Inheriting(Plain model) => new() { new() { Parameters = {{inherited}} } };
        }
        """;

    private const string Reported = "{|L2R011:model.parameters()|}";

    [Fact]
    public Task A_group_added_to_an_optimizer_local_inherits_its_weight_decay() => Verify.VerifyAsync(Local("""
        var optimizer = torch.optim.SGD(weights, 0.1, weight_decay: 5e-4);
                optimizer.add_param_group(new SGD.ParamGroup { Parameters = {|L2R002:biases|} });
        """));

    [Fact]
    public Task A_group_added_to_a_local_given_two_optimizers_is_not_reported() => Verify.VerifyAsync(Local("""
        var optimizer = torch.optim.SGD(weights, 0.1, weight_decay: 5e-4);
                optimizer = torch.optim.SGD(weights, 0.1);
                optimizer.add_param_group(new SGD.ParamGroup { Parameters = biases });
        """));

    [Fact]
    public Task Groups_added_to_a_list_after_it_was_created_inherit_the_optimizers_weight_decay() => Verify.VerifyAsync(Local("""
        var groups = new List<SGD.ParamGroup>();
                groups.Add(new() { Parameters = weights });
                groups.Add(new() { Parameters = {|L2R002:biases|} });
                var optimizer = new SGD(groups, 0.1, weight_decay: 5e-4);
        """));

    [Fact]
    public Task Groups_added_to_a_list_that_set_weight_decay_0_are_not_reported() => Verify.VerifyAsync(Local("""
        var groups = new List<SGD.ParamGroup>();
                groups.Add(new() { Parameters = weights });
                groups.Add(new() { Parameters = biases, Options = new() { weight_decay = 0 } });
                var optimizer = new SGD(groups, 0.1, weight_decay: 5e-4);
        """));

    [Fact]
    public Task Groups_returned_by_another_method_inherit_the_optimizers_weight_decay() => Verify.VerifyAsync(
        Local("var optimizer = new SGD(Inheriting(model), 0.1, weight_decay: 5e-4);", Reported));

    [Fact]
    public Task Groups_returned_by_another_method_to_two_optimizers_alike_are_reported_once() => Verify.VerifyAsync(Local("""
        var optimizer = new SGD(Inheriting(model), 0.1, weight_decay: 5e-4);
                var again = new SGD(Inheriting(model), 0.1, weight_decay: 5e-4);
        """, Reported));

    [Fact]
    public Task Groups_returned_by_another_method_to_two_optimizers_that_differ_are_reported_for_each() => Verify.VerifyAsync(
        Local("""
            var optimizer = new SGD(Inheriting(model), 0.1, weight_decay: 5e-4);
                    var other = new SGD(Inheriting(model), 0.1, weight_decay: 1e-3);
            """, "{|#0:model.parameters()|}"),
        Verify.Located("L2R011").WithLocation(0),
        Verify.Located("L2R011").WithLocation(0));

    [Fact]
    public Task Groups_returned_by_another_method_that_set_their_own_weight_decay_are_not_reported() => Verify.VerifyAsync(Local("""
        var optimizer = new SGD(Groups(weights, biases, 0), 0.1, weight_decay: 5e-4);
                var unused = new SGD(Inheriting(model), 0.1);
        """));
}
