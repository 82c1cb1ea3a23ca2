#!/usr/bin/env bash
# The full Modbus robustness fuzz (docs/performance.md, "Robustness"): FRAMES generated frames over
# real loopback sockets against a live plant ticking at SPEED, from WORKERS connections.
# Usage: benchmarks/modbus-fuzz.sh [frames] [seed] [speed] [workers]   (defaults 120000 20261125 10 4)
# Exit status 1 and VIOLATION lines if any answer broke the specification or anything leaked.
set -euo pipefail
cd "$(dirname "$0")/../simulator-endpoints"
mvn -q -B -o test-compile
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$cp")" org.icsdrill.core.modbus.ModbusFuzzer \
  "${1:-120000}" "${2:-20261125}" "${3:-10}" "${4:-4}"
