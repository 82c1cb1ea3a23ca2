#!/usr/bin/env bash
# 20 OPC UA sessions x 1,000 monitored items at 100 ms against `icsdrill run` (all four plants, real
# time): the simulator's CPU (from /proc, as a share of one core), notification latency and losses.
# Needs: mvn -q -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SECONDS_PER_RUN:-30}
data=$(mktemp -d)
java -jar cli/target/icsdrill.jar run --headless --no-hosts --modbus-port 0 --opcua-port 24840 \
     --data-dir "$data" >/dev/null 2>&1 & pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
until (exec 3<>/dev/tcp/127.0.0.1/24840) 2>/dev/null; do sleep 0.1; done
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
java -cp benchmarks/target/benchmarks.jar org.icsdrill.bench.OpcUaSubscriptionLoad \
     --endpoint opc.tcp://127.0.0.1:24840/icsdrill --sessions "${SESSIONS:-20}" --items "${ITEMS:-1000}" \
     --seconds "$seconds" & load=$!
sleep 20   # sessions and subscriptions are created and settle before the CPU window
before=$(cpu); sleep "$seconds"; after=$(cpu)
wait $load
awk -v d=$((after - before)) -v t="$ticks" -v w="$seconds" \
    'BEGIN { printf "simulator CPU during the load: %.1f %% of one core\n", 100 * d / t / w }'
