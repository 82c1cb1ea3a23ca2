#!/usr/bin/env bash
# Each bundled scenario headless at --speed max with the SCADA poller, the engineering workstation,
# ground truth and the record on: plant time over wall time from the run's own clock record
# (clock.jsonl: the driver's start and end events), so JVM start-up is left out.
# Needs: mvn -q -DskipTests package. SCENARIOS="a b" runs only those.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
scenarios=${SCENARIOS:-$(java -jar cli/target/icsdrill.jar scenarios | awk 'NR > 1 && $1 != "" {print $1}')}
for s in $scenarios; do
  out="$data/$s"
  java -jar cli/target/icsdrill.jar run --headless --scenario "$s" --speed max --out "$out" \
       --modbus-port 0 --opcua-port 0 --data-dir "$data/dir" > /dev/null
  python3 - "$s" "$out/clock.jsonl" <<'PY'
import json, sys
from datetime import datetime
events = [json.loads(line) for line in open(sys.argv[2])]
start = next(e for e in events if e["event"] == "start")
end = [e for e in events if e["event"] == "end"][-1]
wall = lambda e: datetime.fromisoformat(e["wall_time"].replace("Z", "+00:00")[:26] + "+00:00")
seconds = (wall(end) - wall(start)).total_seconds()
plant = end["plant_time"] - start["plant_time"]
print(f"{sys.argv[1]:28s} {plant / 3600:6.2f} h of plant time in {seconds:7.1f} s: {plant / seconds:7.0f}x real time")
PY
done
