#!/usr/bin/env bash
# The zone-file benchmark: hzone's parse + convert of a generated 1,000,000-record zone against BIND's
# named-checkzone on the same file, in the same run. Needs named-checkzone (Debian bind9-utils) and GNU time.
#   src/test/bench/zonefile-bench.sh [--records N] [--rounds R] [--jvm "JVM OPTIONS"] [--file ZONE]
# The generated zone is kept in target/bench/ for later runs.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.hzone.bench.ZoneFileBench "$@"
