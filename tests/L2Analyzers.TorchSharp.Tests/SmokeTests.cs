public class SmokeTests { [Fact] public void Loads() { var t = TorchSharp.torch.ones(2); Assert.Equal(2f, t.sum().item<float>()); } }
