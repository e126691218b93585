using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ServiceDesk.KnowledgeBase.Analysis;

/// <summary>
/// Shorthand people type in a chat ("mdp", "pj", "ordi", "mic", "ooo") expanded into the words
/// articles use, on the query side only: the article keeps its wording, the message gains the
/// long form next to the short one.
/// </summary>
internal static partial class UserVocabulary
{
    private static readonly FrozenDictionary<string, string> Expansions = new Dictionary<string, string>
    {
        ["mdp"] = "mot de passe password",
        ["pwd"] = "password mot de passe",
        ["passwd"] = "password mot de passe",
        ["pw"] = "password",
        ["pj"] = "pièce jointe",
        ["pjs"] = "pièces jointes",
        ["ordi"] = "ordinateur",
        ["pc"] = "ordinateur computer",
        ["poste"] = "poste ordinateur",
        ["appli"] = "application",
        ["applis"] = "applications",
        ["visio"] = "visioconférence",
        ["bsod"] = "écran bleu blue screen",
        ["mfa"] = "double authentification two-factor authenticator",
        ["2fa"] = "double authentification two-factor authenticator",
        ["auth"] = "authentification authentication",
        ["cam"] = "caméra webcam camera",
        ["mic"] = "microphone",
        ["synchro"] = "synchronisation",
        ["sync"] = "synchronisation sync",
        ["tel"] = "téléphone",
        ["msg"] = "message",
        ["rdv"] = "rendez-vous",
        ["config"] = "configuration",
        ["ooo"] = "out of office",
        ["oof"] = "out of office",
        ["dl"] = "télécharger download",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Expand(string text) =>
        WordPattern().Replace(text, match =>
            Expansions.TryGetValue(TextFolding.Fold(match.Value), out var expansion)
                ? $"{match.Value} {expansion}"
                : match.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
