namespace L2Analyzers.Runtime.Tests.Optimizers;

public class OptimizerTests
{
    [Fact]
    public void Sgd_step_is_w_minus_eta_g_bit_for_bit()
    {
        var parameter = new Parameter<float>("Weights", ParameterRole.Weight, 3, 7);
        var random = new Random(4);
        for (int i = 0; i < parameter.Values.Length; i++)
        {
            parameter.Values[i] = (float)random.NextDouble();
            parameter.Gradients[i] = (float)random.NextDouble() - 0.5f;
        }

        float eta = 0.05f;
        var expected = parameter.Values.Select((w, i) => w - (eta * parameter.Gradients[i])).ToArray();
        new SgdOptimizer<float>(0.05).Step(parameter);
        Support.TestData.AssertBitEqual<float>(expected, parameter.Values);
    }

    public static TheoryData<int> Lengths() => new(Support.TestData.Lengths.Where(n => n > 0));

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Float_Adam_kernel_equals_the_scalar_formula_bit_for_bit(int length)
    {
        // Two steps, so both moments and the bias corrections are exercised; division and √ round exactly in both paths.
        var parameter = new Parameter<float>("Weights", ParameterRole.Weight, 1, length);
        Support.TestData.Uniform<float>(length, seed: length).CopyTo(parameter.Values, 0);
        var w = parameter.Values.ToArray();
        var m = new float[length];
        var v = new float[length];
        var optimizer = new AdamOptimizer<float>(0.01);
        for (int t = 1; t <= 2; t++)
        {
            var g = Support.TestData.Uniform<float>(length, seed: (100 * t) + length);
            g.CopyTo(parameter.Gradients, 0);
            float stepSize = (float)(0.01 / (1 - Math.Pow(0.9, t)));
            float sqrtCorrection = (float)Math.Sqrt(1 - Math.Pow(0.999, t));
            for (int i = 0; i < length; i++)
            {
                m[i] = (0.9f * m[i]) + ((float)(1 - 0.9) * g[i]);
                v[i] = (0.999f * v[i]) + ((float)(1 - 0.999) * g[i] * g[i]);
                w[i] -= stepSize * m[i] / ((MathF.Sqrt(v[i]) / sqrtCorrection) + 1e-8f);
            }

            optimizer.Step(parameter);
        }

        Support.TestData.AssertBitEqual<float>(w, parameter.Values);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Double_momentum_step_equals_the_scalar_formula_bit_for_bit(int length)
    {
        var parameter = new Parameter<double>("Weights", ParameterRole.Weight, length, 1);
        var w = Support.TestData.Uniform<double>(length, seed: length);
        w.CopyTo(parameter.Values, 0);
        var b = new double[length];
        var optimizer = new MomentumOptimizer<double>(0.05, 0.9);
        for (int t = 1; t <= 3; t++)
        {
            var g = Support.TestData.Uniform<double>(length, seed: (100 * t) + length);
            g.CopyTo(parameter.Gradients, 0);
            for (int i = 0; i < length; i++)
            {
                b[i] = (b[i] * 0.9) + g[i];
                w[i] += b[i] * -0.05;
            }

            optimizer.Step(parameter);
        }

        Support.TestData.AssertBitEqual<double>(w, parameter.Values);
    }

    [Fact]
    public void State_is_created_on_the_first_step_and_reused()
    {
        var parameter = new Parameter<double>("Weights", ParameterRole.Weight, 2, 2);
        var optimizer = new AdamOptimizer<double>(0.01);
        Assert.Null(parameter.OptimizerState);
        optimizer.Step(parameter);
        var state = Assert.IsType<AdamState<double>>(parameter.OptimizerState);
        optimizer.Step(parameter);
        Assert.Same(state, parameter.OptimizerState);
        Assert.Equal(2, state.Step);
    }

    [Fact]
    public void State_of_another_optimizer_is_reported_by_parameter_name()
    {
        var parameter = new Parameter<double>("Weights", ParameterRole.Weight, 2, 2);
        new MomentumOptimizer<double>(0.01, 0.9).Step(parameter);
        var error = Assert.Throws<InvalidOperationException>(() => new AdamOptimizer<double>(0.01).Step(parameter));
        Assert.Contains("'Weights'", error.Message);
        Assert.Contains("MomentumState", error.Message);
    }

    [Fact]
    public void Factory_creates_each_kind()
    {
        Assert.IsType<SgdOptimizer<float>>(L2Analyzers.Optimizers.Create<float>(OptimizerKind.Sgd, 0.1, 0.9));
        var momentum = Assert.IsType<MomentumOptimizer<double>>(L2Analyzers.Optimizers.Create<double>(OptimizerKind.Momentum, 0.1, 0.8));
        Assert.Equal(0.8, momentum.Momentum);
        var adam = Assert.IsType<AdamOptimizer<float>>(L2Analyzers.Optimizers.Create<float>(OptimizerKind.Adam, 0.001, 0.9));
        Assert.Equal(0.001f, adam.LearningRate);
    }

    [Fact]
    public void Invalid_settings_name_their_parameter()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => L2Analyzers.Optimizers.Create<float>((OptimizerKind)5, 0.1, 0.9)).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new SgdOptimizer<float>(double.NaN)).ParamName);
        Assert.Equal("momentum", Assert.Throws<ArgumentOutOfRangeException>(() => new MomentumOptimizer<float>(0.1, 1.0)).ParamName);
        Assert.Equal("beta2", Assert.Throws<ArgumentOutOfRangeException>(() => new AdamOptimizer<float>(0.1, beta2: -0.1)).ParamName);
        Assert.Equal("epsilon", Assert.Throws<ArgumentOutOfRangeException>(() => new AdamOptimizer<float>(0.1, epsilon: 0)).ParamName);
    }
}
