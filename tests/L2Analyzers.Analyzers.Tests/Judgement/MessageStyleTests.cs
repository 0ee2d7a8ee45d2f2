using L2Analyzers.Analyzers.Tests.Verification;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Tests.Judgement;

/// <summary>The check every verifier of this suite applies to the messages it sees (<see cref="MessageStyle"/>).</summary>
public class MessageStyleTests
{
    [Theory]
    [InlineData("Lambda = 0.97 in L2Mode.WeightDecay removes 97% of each weight per step. If 0.97 is the fraction to keep, write Mode = DecayFactor, Lambda = 0.97.", 2)]
    [InlineData("weight_decay: 0.97 in torch.optim.SGD adds 0.97·w to each gradient", 1)]
    [InlineData("`w[i] -= 0.97 * w[i]` removes 97% of each weight per step. Write `w[i] *= 0.97`. Or not.", 3)]
    public void Sentences_are_counted_by_their_ends_not_by_decimal_points(string message, int sentences) =>
        Assert.Equal(sentences, MessageStyle.Sentences(message));

    [Fact]
    public void A_long_or_three_sentence_message_is_a_problem()
    {
        Assert.Null(MessageStyle.Problem(new string('a', MessageStyle.MaxLength)));
        Assert.NotNull(MessageStyle.Problem(new string('a', MessageStyle.MaxLength + 1)));
        Assert.NotNull(MessageStyle.Problem("One. Two. Three."));
    }

    [Fact]
    public void The_check_rejects_a_long_L2_message_and_ignores_other_analyzers()
    {
        string longText = string.Join(" ", Enumerable.Repeat("word", 60));
        var tooLong = Diagnostic.Create(Descriptors.LambdaSuspiciousForMode, Location.None, longText, "Write this.");
        Assert.Throws<InvalidOperationException>(() => MessageStyle.Check([tooLong]));

        var other = Diagnostic.Create(new DiagnosticDescriptor("CS9999", "t", "{0}", "c", DiagnosticSeverity.Warning, true), Location.None, longText);
        MessageStyle.Check([other]);
    }
}
