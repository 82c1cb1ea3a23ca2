#!/usr/bin/env bash
# Runs the Modbus load benchmark against ICS Drill's live plant, bare j2mod and libmodbus in one run.
# Needs: mvn -q -DskipTests package (builds benchmarks/target/benchmarks.jar); libmodbus-dev and gcc.
set -euo pipefail
cd "$(dirname "$0")"
if ! pkg-config --exists libmodbus 2>/dev/null; then
  echo "installing libmodbus-dev (Debian) for the C baseline" >&2
  apt-get install -y -q libmodbus-dev pkg-config >/dev/null
fi
gcc -O2 -o target/libmodbus-server libmodbus/server.c $(pkg-config --cflags --libs libmodbus)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
target/libmodbus-server "$port" & server=$!
trap 'kill $server' EXIT
sleep 0.5
java -cp target/benchmarks.jar org.icsdrill.bench.ModbusLoad --seconds "${SECONDS_PER_RUN:-10}" --other "libmodbus $(pkg-config --modversion libmodbus) (select loop)=$port"
