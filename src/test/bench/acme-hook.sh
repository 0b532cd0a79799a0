#!/usr/bin/env bash
# Wall time of the ACME hook without the propagation wait, next to a bare `java -version` and `hzone --help`,
# measured by hyperfine in one run on this machine (Debian package `hyperfine`).
#
# The hook runs against `hzone emulator` (actions take --action-ms 100, DNS serves changes at once), so
# what is measured is JVM start-up, zone discovery, one add_records or remove_records and its action, and
# one propagation round that finds the value at once. Results: bench-out/acme-hook.md and .json.
#
# Usage: src/test/bench/acme-hook.sh [RUNS]     (default 20; builds target/hzone.jar first if needed)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-20}"
command -v hyperfine >/dev/null || { echo "bench: install hyperfine (apt-get install hyperfine)" >&2; exit 69; }
[ -f target/hzone.jar ] || mvn -B -q -DskipTests package
out=bench-out
mkdir -p "$out"
token="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
java -jar target/hzone.jar emulator --listen 127.0.0.1:0 --dns-listen 127.0.0.1:0 --token "$token" \
  --action-ms 100 >"$out/emulator.out" 2>"$out/emulator.err" &
emu=$!
trap 'kill $emu 2>/dev/null' EXIT
for _ in $(seq 100); do grep -q ' dns ' "$out/emulator.out" 2>/dev/null && break; sleep 0.1; done
api="$(grep -o 'api [^ ]*' "$out/emulator.out" | cut -d' ' -f2)"
dns="$(grep -o 'dns [^ ]*' "$out/emulator.out" | cut -d' ' -f2)"
curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name":"example.test","mode":"primary"}' "$api/zones" >/dev/null
sleep 0.5
export HCLOUD_ENDPOINT="$api" HCLOUD_TOKEN="$token"

jar="$PWD/target/hzone.jar"
jvm="java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
cds="-XX:SharedArchiveFile=$PWD/target/hzone.jsa"
args="acme present --nameserver $dns _acme-challenge.example.test. bench-value_0000000000000000000000000000000"
undo="acme cleanup --nameserver $dns _acme-challenge.example.test. bench-value_0000000000000000000000000000000"

# Each present is prepared by a cleanup and each cleanup by a present, so every run writes.
hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$out/acme-hook.md" --export-json "$out/acme-hook.json" \
  --prepare 'true' -n 'java -version' 'java -version' \
  --prepare 'true' -n 'hzone --help (launcher, AppCDS)' './hzone --help' \
  --prepare 'true' -n 'hzone --help (no AppCDS)' "$jvm -jar $jar --help" \
  --prepare "./hzone $undo" -n 'acme present (launcher, AppCDS)' "./hzone $args" \
  --prepare "./hzone $args" -n 'acme cleanup (launcher, AppCDS)' "./hzone $undo" \
  --prepare "./hzone $undo" -n 'acme present (no AppCDS)' "$jvm -jar $jar $args" \
  --prepare "./hzone $undo" -n 'acme present (AppCDS, bare java)' "$jvm $cds -jar $jar $args"
./hzone $undo 2>/dev/null || true
echo "bench: results in $out/acme-hook.md" >&2
