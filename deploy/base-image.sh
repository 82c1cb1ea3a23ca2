#!/usr/bin/env bash
# Makes the image's base from Debian packages alone, for a build host that reaches Debian's package
# mirror but no container registry: a minimal bookworm with a Java 17 runtime, imported as
# localhost/icsdrill-base:bookworm. Needs root, debootstrap and podman (or docker: ENGINE=docker).
set -euo pipefail
engine="${ENGINE:-podman}"
mirror="${MIRROR:-http://deb.debian.org/debian}"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$root" "$mirror"
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb
tar -C "$root" -c . | "$engine" import - localhost/icsdrill-base:bookworm
echo "base image: localhost/icsdrill-base:bookworm (build with --build-arg BASE=localhost/icsdrill-base:bookworm)"
