Console.WriteLine(new Consumer.GrowingLayer().Weights.Length);
