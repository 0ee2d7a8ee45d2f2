namespace Overfitting.Options;

/// <summary>A command line the sample cannot run: the message says what is wrong.</summary>
internal sealed class UsageException(string message) : Exception(message);
