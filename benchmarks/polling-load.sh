#!/usr/bin/env bash
# 50 Modbus clients (127.0.1.1-50) polling all four plants at 10 Hz each against `icsdrill run`
# at real time: the simulator's CPU (from /proc, as a share of one core) and request latency.
# Needs: mvn -q -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SECONDS_PER_RUN:-30}
data=$(mktemp -d)
java -jar cli/target/icsdrill.jar run --headless --no-hosts --modbus-port 25020 --opcua-port 0 \
     --data-dir "$data" >/dev/null 2>&1 & pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
until (exec 3<>/dev/tcp/127.0.0.1/25023) 2>/dev/null; do sleep 0.1; done
sleep 10   # JIT warm-up
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(cpu)
java -cp benchmarks/target/benchmarks.jar org.icsdrill.bench.PollingLoad --ports 25020,25021,25022,25023 \
     --clients "${CLIENTS:-50}" --hz "${HZ:-10}" --seconds "$seconds"
after=$(cpu)
awk -v d=$((after - before)) -v t="$ticks" -v w="$seconds" \
    'BEGIN { printf "simulator CPU during the load: %.1f %% of one core\n", 100 * d / t / w }'
