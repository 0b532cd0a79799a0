#!/usr/bin/env bash
# Builds an AppCDS archive (target/hzone.jsa) of the classes that short hzone runs load: `hzone --help`,
# `hzone file check`, and an ACME hook's present and cleanup against the emulator (CLI, HTTP client, JSON,
# dnsjava, zone-file reader). The ./hzone launcher maps it when present, so those classes are neither read from
# the jar nor verified again at every start; an ACME hook runs twice per domain, on the critical path of each
# certificate order.
#
# Usage: appcds.sh JAR ARCHIVE   (run by `mvn package`; skip with -Dhzone.appcds.skip=true)
# A training run that fails only makes the archive smaller; no archive at all only makes hzone slower.
set -uo pipefail
jar="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"   # absolute, as the launcher passes it: CDS checks the path
archive="$2"
work="$(mktemp -d)"
emu=""
cleanup() {
  [ -n "$emu" ] && kill "$emu" 2>/dev/null && wait "$emu" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
train() { # NAME ARGS...: one run of hzone, recording the classes it loads
  local name="$1"; shift
  java "${opts[@]}" -XX:DumpLoadedClassList="$work/$name.classes" -jar "$jar" "$@" >"$work/$name.log" 2>&1
}

train help --help

# `hzone file check` of a zone large enough to be read on several cores (ChunkedRead.MIN_BYTES is 4 MB), with
# the types whose RDATA take different paths: the reader's, the lint's and their JDK classes, for every
# `hzone file` run (issue 17: about a tenth of the CPU time of checking a zone of 100,000 records).
awk 'BEGIN {
  print "$ORIGIN appcds.test."; print "$TTL 3600"
  print "@ IN SOA ns1 hostmaster ( 1 7200 3600 1209600 300 )"; print "@ IN NS ns1"; print "ns1 IN A 192.0.2.1"
  for (i = 0; i < 12000; i++) {
    printf "h%d IN A 192.0.2.%d\n\tIN AAAA 2001:db8::%x\n\t300 IN MX 10 mx%d\n", i, i % 250, i, i
    printf "t%d.s IN TXT \"v=spf1 -all\" ; note\nc%d IN CNAME h%d\n_x%d._tcp IN SRV 1 2 3 h%d\n", i, i, i, i, i
    printf "k%d IN CAA 0 issue \"ca.example\"\nd%d IN DS 1 13 2 %064x\nz%d IN TLSA 3 1 1 %064x\n", i, i, i, i, i
  } }' >"$work/appcds.test.zone"
train file file check "$work/appcds.test.zone"

token="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
java -jar "$jar" emulator --listen 127.0.0.1:0 --dns-listen 127.0.0.1:0 --token "$token" --action-ms 10 \
  >"$work/emulator.out" 2>"$work/emulator.err" &
emu=$!
ready=""
for _ in $(seq 100); do
  ready="$(grep -o 'api [^ ]* dns [^ ]*' "$work/emulator.out" 2>/dev/null || true)"
  [ -n "$ready" ] && break
  kill -0 "$emu" 2>/dev/null || break
  sleep 0.1
done
if [ -n "$ready" ] && command -v curl >/dev/null; then
  api="$(echo "$ready" | cut -d' ' -f2)"
  dns="$(echo "$ready" | cut -d' ' -f4)"
  curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"name":"appcds.test","mode":"primary"}' "$api/zones" >/dev/null
  sleep 0.2
  export HCLOUD_ENDPOINT="$api" HCLOUD_TOKEN="$token"
  train present acme present --nameserver "$dns" _acme-challenge.appcds.test. training_value_0000000000000000000000000000 \
    || echo "appcds: the hook's training run failed (see below); the archive covers less" >&2
  train cleanup acme cleanup --nameserver "$dns" _acme-challenge.appcds.test. training_value_0000000000000000000000000000 || true
else
  echo "appcds: no emulator to train the hook against; the archive covers --help only" >&2
fi

cat "$work"/*.classes | grep -v '^#' | awk '!seen[$0]++' >"$work/all.classes"
# The class list goes into the release archive, whose launcher makes the archive where it is unpacked.
cp "$work/all.classes" "${archive%.jsa}.classlist"
rm -f "$archive"
if ! java "${opts[@]}" -Xshare:dump -XX:SharedClassListFile="$work/all.classes" -XX:SharedArchiveFile="$archive" \
    -cp "$jar" >"$work/dump.log" 2>&1; then
  echo "appcds: dumping the archive failed; hzone runs without it:" >&2
  tail -5 "$work/dump.log" >&2
  rm -f "$archive"
fi
exit 0
