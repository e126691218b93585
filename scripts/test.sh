#!/usr/bin/env bash
# Runs every test of ServiceDesk.Bot on a fresh machine: installs what the tests need (Prosody and
# PostgreSQL, from Debian's packages, for the XMPP and store tests against real servers), then builds and
# runs all test projects.
# Idempotent: what is already installed is not installed again. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
command -v prosody >/dev/null 2>&1 || need+=(prosody)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# The PostgreSQL tests run Debian's server binaries (initdb, postgres) from /usr/lib/postgresql/*/bin.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian's packages..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

log=$(mktemp)
dotnet test ServiceDesk.Bot.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

passed=0; failed=0
while read -r f p; do
  failed=$((failed + f)); passed=$((passed + p))
done < <(sed -nE 's/.*Failed:[[:space:]]+([0-9]+), Passed:[[:space:]]+([0-9]+),.*/\1 \2/p' "$log")
rm -f "$log"

[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && echo "The test run failed before reporting a failed test (build error or crashed test host): see above."
echo "$passed passed, $failed failed"
exit "$status"
