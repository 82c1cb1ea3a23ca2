#!/usr/bin/env bash
# How many team simulators one machine serves in real time: starts N independent `icsdrill run --speed 1`
# processes at once, each the four plants as a team's Deployment runs them (flat segment on loopback, free
# ports, four-plants-day with its SCADA poller and engineering workstation polling), lets them run WINDOW of plant time, and
# reads each one's scan timing (how late every 100 ms tick, and so every PLC scan, started). A team is on
# time when no scan started more than a tick late. The first SETTLE seconds (default 60: every team's start-up,
# JIT warm-up) are not counted. Prints one line per team and the worst of all.
#   benchmarks/team-capacity.sh 20          # needs: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
teams=${1:?usage: benchmarks/team-capacity.sh TEAMS}
window=${WINDOW:-3m}
settle=${SETTLE:-60}
work=$(mktemp -d)
trap 'pkill -P $$ 2>/dev/null || true; rm -rf "$work"' EXIT
for i in $(seq 1 "$teams"); do
  java -Xmx384m -Dicsdrill.scanTiming.settleSeconds="$settle" -jar cli/target/icsdrill.jar run --headless --scenario four-plants-day --site none \
       --modbus-port 0 --opcua-port 0 \
       --speed 1 --duration "$window" --no-capture --data-dir "$work/$i" --out "$work/$i/run" \
       > "$work/$i.log" 2>&1 &
done
wait
late=0
worst_p99=0
worst_max=0
for i in $(seq 1 "$teams"); do
  line=$(grep -m1 '^Scan timing:' "$work/$i.log" || echo "Scan timing: missing (see the run's log)")
  echo "team $i: $line"
  read -r p99 max n <<<"$(sed -E 's/.*p99 ([0-9.]+) ms, max ([0-9.]+) ms; ([0-9]+) more.*/\1 \2 \3/' <<<"$line")"
  late=$((late + ${n:-1}))
  worst_p99=$(awk -v a="$worst_p99" -v b="${p99:-0}" 'BEGIN{print (b>a)?b:a}')
  worst_max=$(awk -v a="$worst_max" -v b="${max:-0}" 'BEGIN{print (b>a)?b:a}')
done
echo "$teams teams, $window each: worst p99 $worst_p99 ms, worst max $worst_max ms, $late scans more than a tick late"
