using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Adapters.Web;

/// <summary>
/// Builds a page as text. Everything that is not markup goes through <see cref="Text"/>, which HTML-encodes it:
/// requesters' words, names and addresses are shown as typed, never read as markup (a ticket titled
/// <c>&lt;script&gt;</c> shows those characters). Accents are kept as they are.
/// </summary>
internal sealed class Html(DeskPhrasebook words)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _out = new(4096);

    public DeskPhrasebook Words => words;

    public CultureInfo Culture => words.IsEnglish ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("fr-FR");

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    public string T(string french, string english) => words.Text(french, english);

    /// <summary>Markup written as is: only literals of this adapter, never data.</summary>
    public Html Raw(string markup)
    {
        _out.Append(markup);
        return this;
    }

    public Html Raw(char markup)
    {
        _out.Append(markup);
        return this;
    }

    public Html Text(string? text)
    {
        _out.Append(Encode(text));
        return this;
    }

    /// <summary>An element with encoded text content: <c>Tag("td", ticket.Description)</c>.</summary>
    public Html Tag(string tag, string? text, string? attributes = null)
    {
        _out.Append('<').Append(tag);
        if (attributes is { Length: > 0 })
        {
            _out.Append(' ').Append(attributes);
        }

        _out.Append('>').Append(Encode(text)).Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An attribute value, encoded.</summary>
    public static string Attr(string name, string? value) => $"{name}=\"{Encode(value)}\"";

    public Html Open(string title, string? signedInAs, string current)
    {
        _out.Append("<!DOCTYPE html><html lang=\"").Append(words.Language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append(" — ServiceDesk</title>")
            .Append("<link rel=\"stylesheet\" href=\"/dashboard.css\"><script src=\"/live.js\" defer></script></head><body>")
            .Append("<a class=\"skip\" href=\"#main\">").Append(T("Aller au contenu", "Skip to content")).Append("</a><header>");
        if (signedInAs is not null)
        {
            _out.Append("<nav aria-label=\"").Append(T("Tableau de bord", "Dashboard")).Append("\"><ul>");
            NavItem("/", T("Files", "Queues"), current == "queues");
            NavItem("/indicators", T("Indicateurs", "Indicators"), current == "indicators");
            _out.Append("</ul></nav><p class=\"who\">").Append(T("Connecté : ", "Signed in: ")).Append(Encode(signedInAs)).Append("</p>");
        }

        _out.Append("</header><main id=\"main\" tabindex=\"-1\">");
        return this;
    }

    public string Close()
    {
        _out.Append("</main></body></html>");
        return _out.ToString();
    }

    private void NavItem(string href, string label, bool current) =>
        _out.Append("<li><a href=\"").Append(href).Append('"').Append(current ? " aria-current=\"page\"" : "").Append('>').Append(Encode(label)).Append("</a></li>");
}
