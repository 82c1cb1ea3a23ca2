#!/usr/bin/env bash
# The console's event-queue latency and frame time with all four plants running a scenario at
# 10x (SCADA poller, engineering workstation and attacker traffic on the network monitor), under
# Xvfb. Needs: mvn -q -DskipTests package; Debian xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SECONDS_PER_RUN:-60}
data=$(mktemp -d)
java -jar cli/target/icsdrill.jar run --headless --scenario four-plants-day --speed "${SPEED:-10}" \
     --modbus-port 0 --opcua-port 24841 --data-dir "$data" --out "$data/run" >/dev/null 2>&1 & pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
until (exec 3<>/dev/tcp/127.0.0.1/24841) 2>/dev/null; do sleep 0.1; done
xvfb-run -a -s "-screen 0 1400x900x24" java ${PROBE_JAVA_OPTS:-} -cp benchmarks/target/benchmarks.jar \
    org.icsdrill.bench.ConsoleProbe --connect opc.tcp://127.0.0.1:24841/icsdrill --seconds "$seconds" --tab "${TAB:-tab-network}"
