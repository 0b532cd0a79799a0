#!/usr/bin/env bash
# The zone-file benchmark (issue 17 goal 4): `hzone file check` against BIND's `named-checkzone` and Knot's
# `kzonecheck` on the same generated zone files, in the same shell loop.
#
#   src/test/bench/zonefile-bench.sh [--records N[,N...]] [--rounds R] [--max-load L] [--wait S] [--file ZONE]
#
# Method
# - The zones come from dev.hzone.bench.ZoneGenerator (fixed seed: every run reads the same bytes; mixed types,
#   continuation lines, comments, multi-line TXT), one per --records size (default 1000000,100000), kept in
#   target/bench/ for later runs. --file ZONE (origin bench.example) measures a file of your own instead.
# - Each tool is a fresh process, run as a user runs it: hzone through the ./hzone launcher (its JVM options,
#   AppCDS archive, start-up, JIT and GC included), `named-checkzone -i local bench.example FILE` (BIND
#   9.18; local integrity checks, as hzone has no network), `kzonecheck -o bench.example FILE` (Knot; one
#   thread). Every run must succeed (exit 0), so a tool that gives up early cannot look fast.
# - GNU time measures all three the same way: wall (%e), CPU = user + system (%U + %S, all threads), peak
#   RSS (%M, KiB). Each round runs the three back to back, the order rotating from round to round so that
#   a change of machine load falls on each tool alike; the report gives the median of the rounds per tool
#   and the ratios hzone/BIND and hzone/Knot of each median.
# - The 2 cores are shared with other work: the 1-minute load average is printed before and after every
#   round, and before each round the script waits (up to --wait seconds, default 120) for the load to fall
#   below --max-load (default 1.0). A round that started above it is marked "busy"; read its numbers with
#   that in mind, or run again when the machine is quiet. Wall time suffers most from load; CPU time and
#   RSS much less.
#
# Needs: java 17, Maven (to build hzone and the generator), named-checkzone (Debian bind9-utils), kzonecheck
# (Debian knot-dnssecutils) and GNU time (Debian time); .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/../../.."

sizes=1000000,100000
rounds=5
max_load=1.0
wait_s=120
file=""
while [ $# -gt 0 ]; do
  case "$1" in
    --records) sizes="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --max-load) max_load="$2"; shift 2 ;;
    --wait) wait_s="$2"; shift 2 ;;
    --file) file="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "zonefile-bench: unknown argument $1 (see --help)" >&2; exit 64 ;;
  esac
done
for tool in named-checkzone kzonecheck /usr/bin/time java mvn; do
  command -v "$tool" >/dev/null || { echo "zonefile-bench: $tool is not installed (see .ci/run)" >&2; exit 69; }
done

origin=bench.example
files=()
if [ -n "$file" ]; then
  files=("$file")
else
  IFS=, read -r -a counts <<<"$sizes"
  for n in "${counts[@]}"; do
    f="target/bench/bench-$n.zone"
    if [ ! -f "$f" ]; then
      if [ ! -f target/bench.classpath ] || [ ! -d target/test-classes/dev/hzone/bench ]; then
        mvn -o -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
      fi
      java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.hzone.bench.ZoneGenerator \
        "$f" "$n" >&2
    fi
    files+=("$f")
  done
fi
./hzone --version >/dev/null   # builds target/hzone.jar (and its AppCDS archive) when the sources changed

load1() { cut -d' ' -f1 /proc/loadavg; }
below() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# run TOOL FILE: one measured run; appends "wall cpu rss_kib" to $work/TOOL
run() {
  local tool="$1" f="$2" cmd
  case "$tool" in
    hzone) cmd=(./hzone file check --origin "$origin" "$f") ;;
    bind) cmd=(named-checkzone -i local "$origin" "$f") ;;
    knot) cmd=(kzonecheck -o "$origin" "$f") ;;
  esac
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time" "${cmd[@]}" >"$work/out" 2>&1; then
    echo "zonefile-bench: ${cmd[*]} failed:" >&2
    tail -5 "$work/out" >&2
    exit 1
  fi
  awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }' "$work/time" >>"$work/$tool"
  awk -v t="$tool" '{ printf "  %-5s wall %6.2f s  cpu %6.2f s  rss %5d MiB\n", t, $1, $2 + $3, $4 / 1024 }' "$work/time"
}

echo "zonefile-bench: $(nproc) cores, $(java -version 2>&1 | head -1), $(named-checkzone -v), kzonecheck $(kzonecheck -V | awk '{ print $NF }')"
for f in "${files[@]}"; do
  rm -f "$work/hzone" "$work/bind" "$work/knot"
  echo "== $f: $(grep -vcE '^[[:space:]]*(;|$)' "$f") lines with data, $(( $(stat -c %s "$f") / 1000000 )) MB"
  tools=(hzone bind knot)
  busy=0
  for r in $(seq "$rounds"); do
    waited=0
    while ! below "$(load1)" "$max_load" && [ "$waited" -lt "$wait_s" ]; do
      sleep 10; waited=$((waited + 10))
    done
    before="$(load1)"
    mark=""
    below "$before" "$max_load" || { mark=" (busy)"; busy=$((busy + 1)); }
    echo "round $r: load before $before$mark"
    for k in 0 1 2; do
      run "${tools[$(( (r + k) % 3 ))]}" "$f"
    done
    echo "round $r: load after $(load1)"
  done
  echo "-- median of $rounds rounds ($busy started with load >= $max_load):"
  declare -A m=()
  for tool in hzone bind knot; do
    for col in 1 2 3; do
      m[$tool.$col]="$(cut -d' ' -f"$col" "$work/$tool" | median)"
    done
    printf '  %-5s wall %6.2f s  cpu %6.2f s  rss %5d MiB\n' "$tool" "${m[$tool.1]}" "${m[$tool.2]}" \
      "$(awk -v k="${m[$tool.3]}" 'BEGIN { printf "%d", k / 1024 }')"
  done
  for ref in bind knot; do
    awk -v n="$ref" -v w="${m[hzone.1]}" -v c="${m[hzone.2]}" -v r="${m[hzone.3]}" \
      -v W="${m[$ref.1]}" -v C="${m[$ref.2]}" -v R="${m[$ref.3]}" \
      'BEGIN { printf "  hzone/%-4s wall %.2f  cpu %.2f  rss %.2f\n", n, w / W, c / C, r / R }'
  done
done
