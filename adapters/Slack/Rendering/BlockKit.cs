using System.Globalization;
using System.Text.Json.Nodes;
using ServiceDesk.Adapters.Slack.WebApi;

namespace ServiceDesk.Adapters.Slack.Rendering;

/// <summary>
/// Block Kit messages for the desk's questions: the text in a section, each choice a button whose label keeps
/// its number ("2. Mon équipe") and whose value is that number, so a click and typing "2" read the same. The
/// plain <c>text</c> repeats the question with numbered lines for notifications and screen readers. Once
/// answered, the question is replaced (<c>chat.update</c>) by its text and the choice, without buttons.
/// </summary>
internal static class BlockKit
{
    public const string ChoiceActionPrefix = "choice_";

    /// <summary>A section's text is limited to 3,000 characters: longer questions are sent as several messages, the buttons on the last.</summary>
    private const int SectionLimit = 3_000;
    private const int ButtonLabelLimit = 75;
    private const int ButtonsPerBlock = 25;

    /// <param name="questionId">Unique per question; used in block ids (Slack wants them unique per message and revision).</param>
    public static IReadOnlyList<SlackMessageContent> Question(string text, IReadOnlyList<string> choices, string questionId)
    {
        var numbered = string.Join('\n', choices.Select((c, i) => $"{i + 1}. {Mrkdwn.Escape(c)}"));
        var parts = TextSplitter.Split(Mrkdwn.Escape(text), SectionLimit - Math.Min(numbered.Length, SectionLimit / 2) - 2);
        List<SlackMessageContent> messages = [.. parts.SkipLast(1).Select(p => new SlackMessageContent(p))];
        var last = parts[^1];
        var blocks = new JsonArray { Section($"q-{questionId}", last) };
        foreach (var (chunk, index) in choices.Chunk(ButtonsPerBlock).Select((c, i) => (c, i)))
        {
            blocks.Add(Actions($"q-{questionId}-choices-{index}", chunk, index * ButtonsPerBlock));
        }

        var fallback = choices.Count == 0 ? last : $"{last}\n{numbered}";
        messages.Add(new SlackMessageContent(fallback.Length > SlackMessageContent.MaxTextLength ? last : fallback, blocks));
        return messages;
    }

    /// <summary>What replaces an answered question: its text and "→ *2. Mon équipe*", no buttons left to click.</summary>
    public static SlackMessageContent Answered(string text, int choiceNumber, string choice, string questionId)
    {
        var chosen = $"→ {Mrkdwn.Bold($"{choiceNumber}. {choice}")}";
        var body = Mrkdwn.Escape(text);
        if (body.Length + chosen.Length + 2 > SectionLimit)
        {
            body = body[..(SectionLimit - chosen.Length - 3)] + "…";
        }

        var section = $"{body}\n{chosen}";
        return new SlackMessageContent(section, [Section($"a-{questionId}", section)]);
    }

    /// <summary>
    /// The same from what Slack sent back with the click (the question's section, already mrkdwn, and the button's label
    /// "2. Mon équipe"): a click on a question this process did not post (asked before a restart) still updates it.
    /// </summary>
    public static SlackMessageContent AnsweredFromPost(string questionMrkdwn, string label, string blockId)
    {
        var chosen = $"→ {Mrkdwn.Bold(label)}";
        var body = questionMrkdwn.Length + chosen.Length + 2 > SectionLimit ? questionMrkdwn[..(SectionLimit - chosen.Length - 3)] + "…" : questionMrkdwn;
        var section = $"{body}\n{chosen}";
        return new SlackMessageContent(section, [Section($"a-{blockId}", section)]);
    }

    /// <summary>The choice number a click carries, when it is one of a question's buttons.</summary>
    public static int? ChoiceNumber(string actionId, string value) =>
        actionId.StartsWith(ChoiceActionPrefix, StringComparison.Ordinal) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : null;

    private static JsonObject Section(string blockId, string mrkdwn) => new()
    {
        ["type"] = "section",
        ["block_id"] = blockId,
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn },
    };

    private static JsonObject Actions(string blockId, IEnumerable<string> choices, int offset) => new()
    {
        ["type"] = "actions",
        ["block_id"] = blockId,
        ["elements"] = new JsonArray([.. choices.Select((c, i) => (JsonNode)Button(offset + i + 1, c))]),
    };

    private static JsonObject Button(int number, string choice)
    {
        var label = $"{number}. {choice}";
        if (label.Length > ButtonLabelLimit)
        {
            label = label[..(ButtonLabelLimit - 1)] + "…";
        }

        return new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = ChoiceActionPrefix + number.ToString(CultureInfo.InvariantCulture),
            ["value"] = number.ToString(CultureInfo.InvariantCulture),
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = label, ["emoji"] = true },
        };
    }
}
