#!/usr/bin/env bash
# Starts a throw-away Prosody on 127.0.0.1 to try the bot with a real Jabber client.
#   ./scripts/local-prosody.sh [port]      (default 5222; Ctrl-C stops it)
# Creates the accounts bot@localhost, alice@localhost, tech1@localhost and tech2@localhost
# (password "secret"), a room service component conference.localhost, and prints how to start the bot.
set -euo pipefail
port="${1:-5222}"
command -v prosody >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prosody >/dev/null; }
dir=$(mktemp -d /tmp/servicedesk-prosody.XXXXXX)
openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,DNS:conference.localhost" \
  -keyout "$dir/localhost.key" -out "$dir/localhost.crt" 2>/dev/null
chmod 644 "$dir/localhost.key"
cat > "$dir/prosody.cfg.lua" <<CFG
run_as_root = true
pidfile = "$dir/prosody.pid"
data_path = "$dir/data"
log = { info = "$dir/prosody.log"; error = "$dir/prosody.err" }
c2s_ports = { $port }
c2s_interfaces = { "127.0.0.1" }
s2s_ports = { }
http_ports = { }
https_ports = { }
component_ports = { }
modules_enabled = { "roster"; "saslauth"; "tls"; "disco"; "ping"; "smacks"; "mam"; "carbons"; "offline"; "posix"; "pep"; "vcard_legacy" }
authentication = "internal_hashed"
c2s_require_encryption = true
VirtualHost "localhost"
  ssl = { key = "$dir/localhost.key"; certificate = "$dir/localhost.crt" }
Component "conference.localhost" "muc"
  ssl = { key = "$dir/localhost.key"; certificate = "$dir/localhost.crt" }
  muc_room_default_public_jids = true
CFG
mkdir -p "$dir/data"
for user in bot alice tech1 tech2; do
  prosodyctl --config "$dir/prosody.cfg.lua" register "$user" localhost secret
done
prosody -F --config "$dir/prosody.cfg.lua" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$dir"' EXIT INT TERM
cat <<MSG
Prosody runs on 127.0.0.1:$port (PID $pid), files in $dir.
Start the bot in another terminal:
  Xmpp__Jid=bot@localhost Xmpp__Password=secret Xmpp__Host=127.0.0.1 Xmpp__Port=$port \\
  Xmpp__TrustedCertificate=$dir/localhost.crt Xmpp__TechnicianRoom=support@conference.localhost \\
  Technicians__0__Name='Tech One' Technicians__0__Level=1 Technicians__0__Xmpp=tech1@localhost \\
  Technicians__1__Name='Tech Two' Technicians__1__Level=2 Technicians__1__Groups__0=réseau Technicians__1__Xmpp=tech2@localhost \\
  dotnet run --project bot
Technicians join support@conference.localhost as tech1/tech2 and type /help there or to bot@localhost.
Then chat with bot@localhost as alice@localhost / secret, e.g. with profanity
(apt-get install -y profanity; /connect alice@localhost server 127.0.0.1 port $port; /msg bot@localhost bonjour).
MSG
wait "$pid"
