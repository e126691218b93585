using System.Globalization;
using System.Text;

namespace ServiceDesk.Testing;

/// <summary>
/// Writes a Prosody 0.12 configuration for one throw-away test server: c2s on one loopback port
/// only, TLS required, hashed passwords, stream management, offline storage, MAM, PEP and vCards (for the avatar), and a MUC
/// component where anyone may create rooms and rooms show real JIDs by default.
/// </summary>
internal static class ProsodyConfiguration
{
    public static string Render(string directory, int port, string domain, string conferenceDomain)
    {
        string Path(string name) => Lua(System.IO.Path.Combine(directory, name));
        var text = new StringBuilder();
        text.AppendLine("run_as_root = true");
        text.AppendLine(CultureInfo.InvariantCulture, $"pidfile = {Path("prosody.pid")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"data_path = {Path("data")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"certificates = {Path("certs")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"log = {{ info = {Path("prosody.log")}; error = {Path("prosody.err")} }}");
        text.AppendLine(CultureInfo.InvariantCulture, $"c2s_ports = {{ {port} }}");
        text.AppendLine("c2s_interfaces = { \"127.0.0.1\" }");
        text.AppendLine("s2s_ports = { }\nhttp_ports = { }\nhttps_ports = { }\ncomponent_ports = { }\nc2s_direct_tls_ports = { }");
        text.AppendLine("modules_enabled = { \"roster\"; \"saslauth\"; \"tls\"; \"disco\"; \"ping\"; \"smacks\"; \"mam\"; \"carbons\"; \"offline\"; \"posix\"; \"pep\"; \"vcard_legacy\" }");
        text.AppendLine("authentication = \"internal_hashed\"");
        text.AppendLine("c2s_require_encryption = true");
        text.AppendLine("allow_registration = false");
        text.AppendLine("smacks_hibernation_time = 60");
        text.AppendLine(CultureInfo.InvariantCulture, $"VirtualHost {Lua(domain)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"    ssl = {{ key = {Path("server.key")}; certificate = {Path("server.crt")} }}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Component {Lua(conferenceDomain)} \"muc\"");
        text.AppendLine("    restrict_room_creation = false");
        text.AppendLine("    muc_room_locking = false");
        text.AppendLine("    muc_room_default_public_jids = true");
        return text.ToString();
    }

    private static string Lua(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
