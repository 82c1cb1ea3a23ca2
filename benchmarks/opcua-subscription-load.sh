#!/usr/bin/env bash
# 20 OPC UA sessions x 1,000 monitored items at 100 ms against `icsdrill run` (all four plants, real
# time): the simulator's CPU (from /proc, as a share of one core), notification latency, delay
# (receive wall time - SourceTimestamp) and losses; then the same load against a bare Eclipse Milo
# server with the same nodes updated every 100 ms (BareMiloServer), the baseline for the delay.
# Needs: mvn -q -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SECONDS_PER_RUN:-30}
data=$(mktemp -d)
ticks=$(getconf CLK_TCK)
pid=
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT

# load ENDPOINT PORT NAME: waits for PORT, runs the load generator, prints the server's CPU
load() {
    until (exec 3<>/dev/tcp/127.0.0.1/$2) 2>/dev/null; do sleep 0.1; done
    cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
    echo "== $3"
    java -cp benchmarks/target/benchmarks.jar org.icsdrill.bench.OpcUaSubscriptionLoad \
         --endpoint "$1" --sessions "${SESSIONS:-20}" --items "${ITEMS:-1000}" --seconds "$seconds" & local load=$!
    sleep 20   # sessions and subscriptions are created and settle before the CPU window
    local before after
    before=$(cpu); sleep "$seconds"; after=$(cpu)
    wait $load
    awk -v d=$((after - before)) -v t="$ticks" -v w="$seconds" \
        'BEGIN { printf "server CPU during the load: %.1f %% of one core\n", 100 * d / t / w }'
    kill $pid; wait $pid 2>/dev/null || true
}

java -jar cli/target/icsdrill.jar run --headless --no-hosts --modbus-port 0 --opcua-port 24840 \
     --data-dir "$data" >/dev/null 2>&1 & pid=$!
load opc.tcp://127.0.0.1:24840/icsdrill 24840 "ICS Drill, all four plants, speed 1"

java -cp benchmarks/target/benchmarks.jar org.icsdrill.bench.BareMiloServer --port 24841 >/dev/null 2>&1 & pid=$!
load opc.tcp://127.0.0.1:24841/bare 24841 "bare Milo, the same nodes updated every 100 ms"
