Console.WriteLine(new Consumer.Hidden().Weights.Length);
