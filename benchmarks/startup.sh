#!/usr/bin/env bash
# Start-up time: from launching `icsdrill run` to both the Modbus and the OPC UA endpoint accepting
# TCP connections. Runs once with a fresh data directory (key pair and first user are created) and
# RUNS times with the kept one, first as `java -jar`, then through the ./icsdrill launcher (with its
# class-data-sharing archive). Needs: mvn -q -DskipTests package.
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
  $launcher run --headless --plant "${PLANTS:-chemical}" --modbus-port 15020 --opcua-port 14840 \
       --data-dir "$data" >/dev/null 2>&1 & pid=$!
  until accepting 15020 && accepting 14840; do sleep 0.02; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

launcher="java -jar $jar"
echo "java -jar, first run (new certificate and user): $(measure) ms"
for i in $(seq "$runs"); do echo "java -jar, run $i: $(measure) ms"; done
./icsdrill --version >/dev/null   # makes the launcher's archive once, outside the measurement
launcher=./icsdrill
for i in $(seq "$runs"); do echo "./icsdrill, run $i: $(measure) ms"; done
