using System.Text.RegularExpressions;
using ServiceDesk.Core.Intake;

namespace ServiceDesk.Core.Outages;

/// <summary>
/// The services of the desk and the everyday words people use for them, French and English, so that "je reçois plus
/// mes mails", "Outlook ne se connecte pas" and "the email is down" are all about "messagerie". The list below is the
/// desk's own (the applications and devices the conversation already recognises, <see cref="ApplicationLexicon"/>,
/// grouped by service); <see cref="OutageOptions.Services"/> adds services or replaces a service's words.
/// </summary>
public sealed class ServiceVocabulary
{
    private static readonly Dictionary<string, string[]> Builtin = new(StringComparer.OrdinalIgnoreCase)
    {
        ["messagerie"] = ["messagerie", "mail", "mails", "email", "emails", "e-mail", "e-mails", "courriel", "courriels", "outlook",
            "boite mail", "boite aux lettres", "mailbox", "webmail", "thunderbird", "exchange", "inbox"],
        ["vpn"] = ["vpn", "rpv", "acces distant", "remote access", "teletravail a distance"],
        ["internet"] = ["internet", "web", "navigation", "sites web", "websites"],
        ["réseau"] = ["reseau", "network", "lecteur reseau", "lecteurs reseau", "partage reseau", "network drive", "shared drive", "serveur de fichiers", "file server"],
        ["wi-fi"] = ["wifi", "wi-fi", "wlan", "sans fil", "wireless"],
        ["téléphonie"] = ["telephone", "telephones", "telephonie", "phone", "phones", "ligne fixe", "standard"],
        ["teams"] = ["teams", "visio", "visioconference", "video call"],
        ["intranet"] = ["intranet"],
        ["imprimantes"] = ["imprimante", "imprimantes", "impression", "imprimer", "printer", "printers", "printing", "print"],
        ["sap"] = ["sap", "erp"],
        ["sharepoint"] = ["sharepoint"],
        ["onedrive"] = ["onedrive", "one drive"],
        ["citrix"] = ["citrix", "bureau virtuel", "virtual desktop"],
    };

    private readonly Dictionary<string, string[]> _services;

    public ServiceVocabulary(OutageOptions? options = null)
    {
        _services = new Dictionary<string, string[]>(Builtin, StringComparer.OrdinalIgnoreCase);
        foreach (var (service, words) in options?.Services ?? [])
        {
            _services[service] = [.. words.Select(TextFolding.Fold).Where(w => w.Length > 0)];
        }
    }

    public static ServiceVocabulary Default { get; } = new();

    /// <summary>The service names known, for reading them from a command ("poste de travail" read whole).</summary>
    public IEnumerable<string> Services => _services.Keys;

    /// <summary>The words of a service: its own list when known, else its name's words (folded).</summary>
    public IReadOnlyList<string> WordsOf(string service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var folded = TextFolding.Fold(service.Trim());
        return _services.TryGetValue(service.Trim(), out var words) || _services.TryGetValue(folded, out words)
            ? [.. words.Append(folded).Distinct(StringComparer.Ordinal)]
            : [folded];
    }

    /// <summary>The known service the text speaks of first (for a problem's title or incidents), or null.</summary>
    public string? ServiceIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text);
        return _services.Where(s => Mentions(folded, s.Value.Append(TextFolding.Fold(s.Key)).ToList()))
            .Select(s => (Service: s.Key, At: FirstIndex(folded, s.Value)))
            .OrderBy(s => s.At)
            .Select(s => s.Service)
            .FirstOrDefault();
    }

    /// <summary>Whether folded text names one of the words, as whole words.</summary>
    public static bool Mentions(string foldedText, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(foldedText);
        ArgumentNullException.ThrowIfNull(words);
        return words.Any(w => w.Length > 0 && Regex.IsMatch(foldedText, Pattern(w), RegexOptions.CultureInvariant, Timeout));
    }

    private static int FirstIndex(string folded, IEnumerable<string> words) =>
        words.Select(w => Regex.Match(folded, Pattern(w), RegexOptions.CultureInvariant, Timeout)).Where(m => m.Success).Select(m => m.Index).DefaultIfEmpty(int.MaxValue).Min();

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // The static Regex methods keep the patterns they built in their cache.
    private static string Pattern(string word) => $@"(?<![\p{{L}}\d]){Regex.Escape(word)}(?![\p{{L}}\d])";
}
