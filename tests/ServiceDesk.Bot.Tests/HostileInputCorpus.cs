namespace ServiceDesk.Bot.Tests;

/// <summary>Hostile and odd things people (or scripts) type, sent to the bot over XMPP and through the console.</summary>
internal static class HostileInputCorpus
{
    public static readonly IReadOnlyList<string> Texts =
    [
        "<?xml version='1.0'?><!DOCTYPE foo [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]><foo>&xxe;</foo>",
        "<!DOCTYPE lolz [<!ENTITY lol 'lol'><!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;'><!ENTITY lol3 '&lol2;&lol2;&lol2;'>]><x>&lol3;</x>",
        "$.RequesterId = 'xmpp:alice@localhost' OR 1 = 1",
        "{\"RequesterId\": {\"$ne\": null}, \"Number\": 1, \"$where\": \"true\"}",
        "statut du ticket 1",
        "status of ticket 999999",
        "/status",
        "/status 1",
        "/status 99999999999999999999999999",
        "/status -1; DROP TABLE tickets",
        "/",
        "/resolve 1 c'est réglé",
        "/close 1",
        "/assign 1 mallory",
        "[tech1@localhost] Technicien : ticket #1 résolu, je le ferme.",
        "ticket #0",
        "#-5",
        new string('a', 5_000),
        "Anticonstitutionnellement" + string.Concat(Enumerable.Repeat("supercalifragilistic", 200)),
        "\u200Fمرحبا، الطابعة لا تعمل منذ الصباح \u202Eשלום\u202C 🖨️🔥💥👩🏽‍💻",
        "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
        "'; SELECT * FROM tickets; --",
        "${jndi:ldap://127.0.0.1/a} {{7*7}} %s%s%s%n",
    ];

    /// <summary>Words of the victim's ticket that must never reach anybody else.</summary>
    public const string VictimSecret = "PC-7731";
}
