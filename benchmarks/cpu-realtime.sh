#!/usr/bin/env bash
# CPU use of `icsdrill run --speed 1` with the given plants (default: all), no clients: the
# process's CPU time over a window of wall time, as a percentage of one core.
# Needs: mvn -q -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/.."
window=${WINDOW:-60}
data=$(mktemp -d)
java -jar cli/target/icsdrill.jar run --headless ${PLANTS:+--plant "$PLANTS"} --modbus-port 0 --opcua-port 0 \
     --data-dir "$data" >/dev/null 2>&1 & pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
sleep 15   # start-up and JIT warm-up are not part of the steady state
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(cpu); sleep "$window"; after=$(cpu)
awk -v d=$((after - before)) -v t="$ticks" -v w="$window" \
    'BEGIN { printf "CPU at --speed 1 over %d s: %.2f %% of one core\n", w, 100 * d / t / w }'
