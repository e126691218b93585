using System.Text.RegularExpressions;

namespace ServiceDesk.Core.Intake;

/// <summary>
/// Names of the applications and devices people talk about, so "outlook", "l'imprimante du 3e" or "my VPN"
/// become the fact "application or device" without asking (seed 003: applications/matériels concernés).
/// </summary>
public static partial class ApplicationLexicon
{
    // Product names are written their usual way; everyday devices keep the person's own word.
    private static readonly (string Canonical, Regex Pattern)[] Products =
    [
        ("Outlook", Word("outlook")), ("Teams", Word("teams")), ("Jabber", Word("jabber")), ("Excel", Word("excel")),
        ("Word", Word("word")), ("PowerPoint", Word("powerpoint|power point")), ("OneDrive", Word("onedrive|one drive")),
        ("SharePoint", Word("sharepoint")), ("SAP", Word("sap")), ("Chrome", Word("chrome")), ("Firefox", Word("firefox")),
        ("Edge", Word("edge")), ("Zoom", Word("zoom")), ("Citrix", Word("citrix")), ("Acrobat", Word("acrobat|adobe reader")),
        ("Photoshop", Word("photoshop")), ("VPN", Word("vpn|rpv")), ("Wi-Fi", Word("wi-?fi|wlan")),
        ("Thunderbird", Word("thunderbird")), ("LibreOffice", Word("libreoffice|libre office")),
    ];

    private static readonly Regex Devices = Word(
        "imprimantes?|printers?|scanners?|photocopieuses?|copieurs?|ecrans?|screens?|moniteurs?|monitors?|souris|mouse|claviers?|keyboards?|" +
        "ordinateurs?|ordis?|pc|portables?|laptops?|telephones?|phones?|smartphones?|casques?|headsets?|webcams?|cameras?|" +
        "stations? d'accueil|docking stations?|docks?|projecteurs?|projectors?|lecteurs? reseau|network drives?|" +
        "serveurs? de fichiers|file servers?|messagerie|mails?|e-?mails?|courriels?|intranet|extranet|" +
        "logiciels? (?:de|d') ?\\p{L}+|applications? (?:de|d') ?\\p{L}+|shared drives?|shared folders?|dossiers? partages?|partages? reseau|" +
        "session(?: windows)?|computers?|tablettes?|tablets?|badges?|lecteurs? de badges?|badge readers?|internet|reseau|network");

    // Windows is usually the system the rest runs on ("mon ordi rame depuis la mise à jour Windows"):
    // it is the thing affected only when nothing else is named.
    private static readonly Regex System = Word("windows");

    /// <summary>The first application or device named, or null.</summary>
    public static string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text);
        foreach (var (canonical, pattern) in Products)
        {
            if (pattern.IsMatch(folded))
            {
                return canonical;
            }
        }

        var device = Devices.Match(folded);
        return device.Success ? Surface(text, folded, device) : System.IsMatch(folded) ? "Windows" : null;
    }

    // Folding keeps one character per letter for these words, so the original spelling is at the same place.
    private static string Surface(string text, string folded, Match match) =>
        folded.Length == text.Length ? text.Substring(match.Index, match.Length).ToLowerInvariant() : match.Value;

    private static Regex Word(string alternatives) =>
        new($@"(?<![\p{{L}}\d])(?:{alternatives})(?![\p{{L}}\d])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
