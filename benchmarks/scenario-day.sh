#!/usr/bin/env bash
# A 24 h exercise day, all four plants, the bundled four-plants-day scenario, SCADA poller,
# engineering workstation, historian and ground truth on, at --speed max: wall time from launch to
# exit (start-up included). Needs: mvn -q -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d); data=$(mktemp -d)
trap 'rm -rf "$out" "$data"' EXIT
start=$(date +%s%N)
java -jar cli/target/icsdrill.jar run --headless --scenario four-plants-day --speed max --out "$out" \
     --modbus-port 0 --opcua-port 0 --data-dir "$data" > /dev/null
end=$(date +%s%N)
awk -v ms=$(( (end - start) / 1000000 )) 'BEGIN { printf "24 h of plant time in %.1f s: %.0fx real time\n", ms / 1000, 86400000 / ms }'
echo "requests journaled: $(wc -l < "$out/transactions.jsonl"), historian rows: $(( $(wc -l < "$out/historian.csv") - 1 ))"
