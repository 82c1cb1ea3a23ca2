#!/usr/bin/env bash
# Start-up time: from launching `icsdrill run` to both the Modbus and the OPC UA endpoint accepting
# TCP connections. Runs once with a fresh data directory (key pair and first user are created) and
# RUNS times with the kept one. Needs: mvn -q -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/icsdrill.jar
runs=${RUNS:-5}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

accepting() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

measure() {
  local start end pid
  start=$(date +%s%N)
  java -jar "$jar" run --headless --plant "${PLANTS:-chemical}" --modbus-port 15020 --opcua-port 14840 \
       --data-dir "$data" >/dev/null 2>&1 & pid=$!
  until accepting 15020 && accepting 14840; do sleep 0.02; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

echo "first run (new certificate and user): $(measure) ms"
for i in $(seq "$runs"); do echo "run $i: $(measure) ms"; done
