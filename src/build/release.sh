#!/usr/bin/env bash
# Builds the release archive target/hzone-VERSION.tar.gz (run by `mvn package` after the jar and the AppCDS
# class list): bin/hzone (a launcher that needs only Java 17), lib/hzone.jar, lib/hzone.classlist (the
# classes short runs load; bin/hzone makes the AppCDS archive from it on first use, where it was unpacked),
# README.md, CHANGELOG.md. Usage: release.sh VERSION TARGET_DIR BASEDIR
set -euo pipefail
version="$1"
target="$2"
base="$3"
name="hzone-$version"
stage="$target/release/$name"
rm -rf "$target/release"
mkdir -p "$stage/bin" "$stage/lib"
install -m 0755 "$base/src/build/release/hzone" "$stage/bin/hzone"
install -m 0644 "$target/hzone.jar" "$stage/lib/hzone.jar"
if [ -f "$target/hzone.classlist" ]; then
  install -m 0644 "$target/hzone.classlist" "$stage/lib/hzone.classlist"
fi
install -m 0644 "$base/README.md" "$base/CHANGELOG.md" "$stage/"
# Reproducible: fixed owner, order and times, so the same sources give the same archive.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2000-01-01 00:00Z' \
  -C "$target/release" -czf "$target/$name.tar.gz" "$name"
rm -rf "$target/release"
echo "release: $target/$name.tar.gz"
