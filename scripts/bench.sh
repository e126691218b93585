#!/usr/bin/env bash
# The Monday-morning load benchmark: a local Prosody, N staff accounts holding the guided conversation
# against the bot (its own process) and against an echo account (the floor), then the figures.
#   ./scripts/bench.sh [--users 100] [--ramp 60] [--think 2-6] [--store-tickets 1000000] [-- bot arguments]
# e.g. ./scripts/bench.sh --users 1000 -- --Dialogue:BurstPause=0
set -euo pipefail
cd "$(dirname "$0")/.."
command -v prosody >/dev/null 2>&1 || { echo "Prosody is needed: ./scripts/test.sh installs it (or apt-get install prosody)."; exit 2; }
dotnet build -c Release bot --nologo -v q >/dev/null
dotnet build -c Release bench/ServiceDesk.Bench.Load --nologo -v q >/dev/null
exec dotnet bench/ServiceDesk.Bench.Load/bin/Release/net10.0/ServiceDesk.Bench.Load.dll "$@"
