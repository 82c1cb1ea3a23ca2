#!/usr/bin/env bash
# A 24 h exercise day, all four plants, the bundled four-plants-day scenario on the reference site, SCADA poller,
# engineering workstation, historian, labels, journal, record and capture on, at --speed max: wall time from
# launch to exit (start-up included), peak resident memory and what it leaves on disk. A 24 h run compresses
# its bulky outputs (--compress auto). Needs: mvn -q -DskipTests package, GNU time, zstd.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d); data=$(mktemp -d); timing=$(mktemp)
trap 'rm -rf "$out" "$data" "$timing"' EXIT
java -jar cli/target/icsdrill.jar run --headless --scenario chemical-oldsmar --speed max --duration 1s --out "$out/warm" \
     --modbus-port 0 --opcua-port 0 --data-dir "$data" > /dev/null # the OPC UA key pair, made once per data dir
start=$(date +%s%N)
/usr/bin/time -v -o "$timing" java -jar cli/target/icsdrill.jar run --headless --scenario four-plants-day \
     --speed max --out "$out/day" --modbus-port 0 --opcua-port 0 --data-dir "$data" > /dev/null
end=$(date +%s%N)
awk -v ms=$(( (end - start) / 1000000 )) 'BEGIN { printf "24 h of plant time in %.1f s: %.0fx real time\n", ms / 1000, 86400000 / ms }'
grep -E "User time|System time|Maximum resident" "$timing"
echo "on disk: $(du -sb "$out/day" | cut -f1) bytes"
ls -l "$out/day" | awk 'NR > 1 { print "  " $5 "\t" $9 }'
echo "requests journaled: $(zstdcat "$out/day/transactions.jsonl.zst" | wc -l)," \
     "historian rows: $(( $(zstdcat "$out/day/historian.csv.zst" | wc -l) - 1 ))"
