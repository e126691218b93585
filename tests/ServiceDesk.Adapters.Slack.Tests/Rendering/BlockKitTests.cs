using System.Text.Json.Nodes;
using ServiceDesk.Adapters.Slack.Rendering;

namespace ServiceDesk.Adapters.Slack.Tests.Rendering;

public sealed class BlockKitTests
{
    private static readonly string[] Choices = ["Juste moi", "Mon équipe ou une personne VIP", "Toute l'organisation"];

    [Fact]
    public void Question_ThreeChoices_IsASectionAndNumberedButtons()
    {
        var message = Assert.Single(BlockKit.Question("Qui est touché par ce problème ?", Choices, "7"));
        var blocks = message.Blocks!;
        Assert.Equal("section", (string?)blocks[0]!["type"]);
        Assert.Equal("mrkdwn", (string?)blocks[0]!["text"]!["type"]);
        Assert.Equal("Qui est touché par ce problème ?", (string?)blocks[0]!["text"]!["text"]);
        var buttons = blocks[1]!["elements"]!.AsArray();
        Assert.Equal(["1. Juste moi", "2. Mon équipe ou une personne VIP", "3. Toute l'organisation"], buttons.Select(b => (string?)b!["text"]!["text"]));
        Assert.Equal(["1", "2", "3"], buttons.Select(b => (string?)b!["value"]));
        Assert.Equal(["choice_1", "choice_2", "choice_3"], buttons.Select(b => (string?)b!["action_id"]));
        Assert.All(buttons, b => Assert.Equal("plain_text", (string?)b!["text"]!["type"]));
    }

    [Fact]
    public void AnsweredFromPost_QuestionAskedBeforeARestart_ShowsTheChoiceWithoutButtons()
    {
        var answered = BlockKit.AnsweredFromPost("Qui est touché &amp; où ?", "1. Juste moi & co", "9.1");

        Assert.Equal("Qui est touché &amp; où ?\n→ *1. Juste moi &amp; co*", answered.Text);
        var block = Assert.Single(answered.Blocks!);
        Assert.Equal("section", (string?)block!["type"]);
    }

    [Fact]
    public void Question_FallbackText_KeepsTheNumberedChoices() =>
        Assert.Equal(
            "Qui est touché ?\n1. Juste moi\n2. Mon équipe ou une personne VIP\n3. Toute l'organisation",
            Assert.Single(BlockKit.Question("Qui est touché ?", Choices, "7")).Text);

    [Fact]
    public void Question_TextWithMarkup_IsEscaped()
    {
        var message = Assert.Single(BlockKit.Question("<!channel> & co", ["a<b"], "1"));
        Assert.Equal("&lt;!channel&gt; &amp; co", (string?)message.Blocks![0]!["text"]!["text"]);
        Assert.Contains("1. a&lt;b", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Question_LongChoice_LabelCutAtSeventyFiveCharacters()
    {
        var message = Assert.Single(BlockKit.Question("?", [new string('x', 200)], "1"));
        var label = (string)message.Blocks![1]!["elements"]![0]!["text"]!["text"]!;
        Assert.Equal(75, label.Length);
        Assert.StartsWith("1. ", label, StringComparison.Ordinal);
    }

    [Fact]
    public void Question_TenThousandCharacters_SplitIntoMessagesWithButtonsOnTheLast()
    {
        var messages = BlockKit.Question(string.Join(' ', Enumerable.Repeat("problème", 1250)), Choices, "9");
        Assert.True(messages.Count >= 4);
        Assert.All(messages.SkipLast(1), m => Assert.Null(m.Blocks));
        Assert.All(messages, m => Assert.InRange(m.Text.Length, 1, 4000));
        var last = messages[^1].Blocks!;
        Assert.InRange(((string)last[0]!["text"]!["text"]!).Length, 1, 3000);
        Assert.Equal(3, last[1]!["elements"]!.AsArray().Count);
    }

    [Fact]
    public void Question_ThirtyChoices_ButtonsInBlocksOfTwentyFive()
    {
        var message = Assert.Single(BlockKit.Question("?", [.. Enumerable.Range(1, 30).Select(i => $"c{i}")], "1"));
        Assert.Equal([25, 5], message.Blocks!.Skip(1).Select(b => b!["elements"]!.AsArray().Count));
        Assert.Equal("30", (string?)message.Blocks![2]!["elements"]![4]!["value"]);
    }

    [Fact]
    public void Answered_ShowsTheChoiceAndNoButtons()
    {
        var answered = BlockKit.Answered("Qui est touché ?", 2, "Mon équipe", "7");
        Assert.Equal("Qui est touché ?\n→ *2. Mon équipe*", answered.Text);
        var block = Assert.Single(answered.Blocks!);
        Assert.Equal("section", (string?)block!["type"]);
        Assert.DoesNotContain(answered.Blocks!, b => (string?)b!["type"] == "actions");
    }

    [Theory]
    [InlineData("choice_2", "2", 2)]
    [InlineData("choice_2", "x", null)]
    [InlineData("take_ticket", "42", null)]
    [InlineData("choice_0", "0", null)]
    public void ChoiceNumber_ReadsOnlyQuestionButtons(string actionId, string value, int? expected) =>
        Assert.Equal(expected, BlockKit.ChoiceNumber(actionId, value));

    [Fact]
    public void Question_BlockIds_AreUniquePerQuestion()
    {
        var ids = Assert.Single(BlockKit.Question("?", Choices, "abc")).Blocks!.Select(b => (string?)b!["block_id"]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Contains("abc", id!, StringComparison.Ordinal));
        Assert.IsType<JsonArray>(BlockKit.Answered("?", 1, "a", "abc").Blocks);
    }
}
