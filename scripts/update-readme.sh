#!/usr/bin/env bash
# Regenerates the register maps in README.md from the code (between the BEGIN/END markers).
# Needs the built jar: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/icsdrill.jar
tmp=$(mktemp)
cp README.md "$tmp"
for plant in $(java -jar "$jar" run --help | sed -n 's/.*every plant: \([a-z, ]*\)).*/\1/p' | tr -d ' ' | tr ',' ' '); do
  map=$(mktemp)
  java -jar "$jar" registers --plant "$plant" --format markdown > "$map"
  awk -v plant="$plant" -v mapfile="$map" '
    $0 == "<!-- BEGIN registers " plant " -->" { print; while ((getline line < mapfile) > 0) print line; skip = 1; next }
    $0 == "<!-- END registers " plant " -->" { skip = 0 }
    !skip { print }
  ' "$tmp" > "$tmp.new" && mv "$tmp.new" "$tmp"
  rm -f "$map"
done
mv "$tmp" README.md
echo "README.md register maps updated"
