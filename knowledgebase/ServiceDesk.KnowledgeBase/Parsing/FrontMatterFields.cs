using YamlDotNet.RepresentationModel;

namespace ServiceDesk.KnowledgeBase.Parsing;

/// <summary>
/// The front matter's keys and values, checked against the documented key set. Typed reads throw
/// <see cref="FormatException"/> with the key's name, which the parser reports for the file.
/// </summary>
internal sealed class FrontMatterFields
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "id", "title", "language", "symptoms", "applies_to", "cause",
        "workaround", "resolution", "tags", "related", "last_reviewed", "kind",
    ];

    private readonly Dictionary<string, YamlNode> _values;

    private FrontMatterFields(Dictionary<string, YamlNode> values) => _values = values;

    public static FrontMatterFields Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new FormatException("front matter is not a YAML mapping of keys to values");
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();
            if (!Keys.Contains(name))
            {
                throw new FormatException($"unknown key '{name}' (allowed: {string.Join(", ", Keys)})");
            }

            values[name] = value;
        }

        var missing = Keys.Where(k => !values.ContainsKey(k)).ToList();
        return missing.Count == 0
            ? new FrontMatterFields(values)
            : throw new FormatException($"missing key(s): {string.Join(", ", missing)}");
    }

    public string Text(string key)
    {
        var value = _values[key] is YamlScalarNode scalar ? scalar.Value?.Trim() : null;
        return string.IsNullOrEmpty(value)
            ? throw new FormatException($"'{key}' must be a non-empty text")
            : value;
    }

    public IReadOnlyList<string> List(string key, bool mayBeEmpty)
    {
        if (_values[key] is not YamlSequenceNode sequence)
        {
            throw new FormatException($"'{key}' must be a list, e.g. [ \"a\", \"b\" ]");
        }

        var items = sequence.Children
            .Select(item => item is YamlScalarNode scalar ? scalar.Value?.Trim() : null)
            .ToList();
        if (items.Any(string.IsNullOrEmpty))
        {
            throw new FormatException($"'{key}' must hold only non-empty texts");
        }

        return !mayBeEmpty && items.Count == 0
            ? throw new FormatException($"'{key}' must not be empty")
            : items.Select(item => item!).ToList();
    }
}
