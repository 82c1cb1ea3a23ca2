#!/usr/bin/env bash
# What the exercise record costs: the 24 h four-plants-day scenario at --speed max (as
# scenario-day.sh), once with the record switched off (-Dicsdrill.record=off) and once with it,
# RUNS times each, alternating. Prints wall and CPU times, rows per table, rows/s, drops and the queue's
# high-water mark. Needs: mvn -q -DskipTests package, and the sqlite3 CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-2}
duration=${DURATION:-24h}
day() { # $1: extra JVM flags, $2: output folder; prints wall ms
  local out=$2 data
  data=$(mktemp -d)
  local TIMEFORMAT='%R s wall, %U s user + %S s system CPU'
  { time java $1 -jar cli/target/icsdrill.jar run --headless --scenario four-plants-day --speed max --out "$out" \
       --duration "$duration" --modbus-port 0 --opcua-port 0 --data-dir "$data" > /dev/null; } 2>&1
  rm -rf "$data"
}
for i in $(seq "$runs"); do
  out=$(mktemp -d); ms=$(day "-Dicsdrill.record=off" "$out"); rm -rf "$out"
  echo "run $i without record: $ms"
  out=$(mktemp -d); ms=$(day "" "$out"); db="$out/record.sqlite"
  rows=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM txn) + (SELECT count(*) FROM alarm) + (SELECT count(*) FROM event)
    + (SELECT count(*) FROM historian_power) + (SELECT count(*) FROM historian_gas)
    + (SELECT count(*) FROM historian_building) + (SELECT count(*) FROM historian_chemical)")
  wall=${ms%% s wall*}
  echo "run $i with record:    $ms; $rows rows ($(sqlite3 "$db" "SELECT count(*) FROM txn") transactions," \
       "$(sqlite3 "$db" "SELECT count(*) FROM historian_gas") historian seconds x 4 plants);" \
       "$(awk -v r="$rows" -v s="$wall" 'BEGIN { printf "%.0f", r / s }') rows/s;" \
       "dropped $(sqlite3 "$db" "SELECT value FROM meta WHERE key='dropped_rows'")," \
       "queue high water $(sqlite3 "$db" "SELECT value FROM meta WHERE key='queue_high_water'")," \
       "$(sqlite3 "$db" "SELECT value FROM meta WHERE key='commits'") commits, $(du -h "$db" | cut -f1)"
  rm -rf "$out"
done
