#!/usr/bin/env bash
# Takes the README's picture of what a person sees in a real Jabber client: a throw-away Prosody
# (scripts/local-prosody.sh), the bot, and Profanity logged in as alice@localhost under tmux, holding a short
# conversation; the terminal's text is rendered to a PNG with ImageMagick.
#   ./scripts/client-screenshot.sh [output.png]      (default docs/client-profanity.png)
# Installs prosody, profanity, tmux and imagemagick from Debian's packages when missing.
# Everything it starts is stopped by PID at the end; its files live in one temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/client-profanity.png}"
need=()
for tool in prosody:prosody profanity:profanity tmux:tmux convert-im6.q16:imagemagick fc-list:fonts-dejavu-core; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || need+=("${tool##*:}")
done
if [ "${#need[@]}" -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/servicedesk-screenshot.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
session="servicedesk-shot-$$"
prosody_pid="" bot_pid=""
cleanup() {
  tmux kill-session -t "$session" 2>/dev/null || true
  [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null && wait "$bot_pid" 2>/dev/null || true
  [ -n "$prosody_pid" ] && kill "$prosody_pid" 2>/dev/null && wait "$prosody_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

wait_for() { # file pattern seconds
  for _ in $(seq 1 "$3"); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 1; done
  echo "Timed out waiting for '$2' in $1" >&2; cat "$1" >&2; return 1
}

./scripts/local-prosody.sh "$port" > "$work/prosody.out" 2>&1 &
prosody_pid=$!
wait_for "$work/prosody.out" "Start the bot" 60
cert=$(grep -o '/tmp/servicedesk-prosody[^ ]*/localhost.crt' "$work/prosody.out" | head -1)

dotnet build bot -c Release -v q -nologo > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
Xmpp__Jid=bot@localhost Xmpp__Password=secret Xmpp__Host=127.0.0.1 Xmpp__Port="$port" Xmpp__TrustedCertificate="$cert" \
  Storage__Path="$work/servicedesk.db" Console__Enabled=false \
  dotnet bot/bin/Release/net10.0/ServiceDesk.Bot.dll > "$work/bot.log" 2>&1 < /dev/null &
bot_pid=$!
wait_for "$work/bot.log" "XMPP: online" 60

# Profanity with a fresh home: receipts asked and sent, chat states on, the server's test certificate trusted.
mkdir -p "$work/home"
tmux new-session -d -s "$session" -x 112 -y 60 "env HOME=$work/home TERM=xterm-256color LANG=C.UTF-8 profanity"
sleep 3
type_line() { tmux send-keys -t "$session" -l "$1"; tmux send-keys -t "$session" Enter; sleep "${2:-1}"; }
wait_screen() { # fragment seconds: the bot's answer is on the screen
  for _ in $(seq 1 "$2"); do tmux capture-pane -t "$session" -p | grep -qF "$1" && return 0; sleep 1; done
  echo "Timed out waiting for '$1' on the screen" >&2; tmux capture-pane -t "$session" -p >&2; return 1
}
type_line "/receipts request on"
type_line "/receipts send on"
type_line "/states on"
type_line "/connect alice@localhost server 127.0.0.1 port $port tls trust" 2
type_line "secret" 4
# Alice adds the bot to her contacts; the bot accepts at once and asks back, which she allows.
type_line "/roster add bot@localhost"
type_line "/sub request bot@localhost" 2
type_line "/sub allow bot@localhost" 1
type_line "/msg bot@localhost Bonjour, depuis ce matin Outlook me dit « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423" 1
wait_screen "1. Juste moi" 60
type_line "1"
wait_screen "2. Ralenti" 30
type_line "bloquée"
wait_screen "C'est bien ça ?" 30
type_line "oui"
wait_screen "Est-ce que cela a résolu" 30
type_line "non"
wait_screen "est enregistrée" 30
sleep 1
tmux capture-pane -t "$session" -p > "$work/screen.txt"
# The console window: the bot's presence with its status text, and what its capabilities say (disco#info, XEP-0092).
type_line "/win 1"
type_line "/status get bot@localhost" 1
type_line "/caps bot@localhost/servicedesk" 3
tmux capture-pane -t "$session" -p | grep -v '^\s*$' | tail -n 24 >> "$work/screen.txt"
[ -n "${SCREEN_TEXT:-}" ] && cp "$work/screen.txt" "$SCREEN_TEXT"

mkdir -p "$(dirname "$out")"
# One label per line, stacked (Debian's ImageMagick policy refuses label:@file, and one long multi-line label trips
# its size limits); spaces become no-break spaces so indentation and blank lines stay; label: reads % and \ as escapes.
lines=()
while IFS= read -r line; do
  line=$(printf '%s' "$line" | sed -e 's/\\/\\\\/g' -e 's/%/%%/g' -e 's/ /\xc2\xa0/g')
  lines+=("label:${line:-$(printf '\xc2\xa0')}")
done < <(cat -s "$work/screen.txt")
convert -background '#1d1f21' -fill '#d8d8d8' -font /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf -pointsize 13 \
  "${lines[@]}" -append -bordercolor '#1d1f21' -border 12 "$out"
echo "Wrote $out"
