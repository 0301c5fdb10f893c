#!/usr/bin/env bash
# Whole-process time of `convert` of one file (JVM start included). Target for a text file: under 0.6 s.
#
#   bench/convert-single.sh [FILE...]        # default: the seed text report; JAR=... RUNS=10
#
# Uses hyperfine (apt-get install hyperfine) if present, else bash's clock; prints the median of RUNS runs each.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/xxgk-report-0.1.0-SNAPSHOT-cli.jar}
RUNS=${RUNS:-10}
if [[ ! -f $JAR ]]; then
    echo "no $JAR: build it first with  mvn -B -ntp -DskipTests package" >&2
    exit 2
fi
files=("$@")
((${#files[@]})) || files=(testdata/reports/wuzhong-civil-affairs-2021.txt)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
extra=()
java -jar "$JAR" convert --help | grep -q -- '--force' && extra+=(--force)

for file in "${files[@]}"; do
    cmd="java -jar $JAR convert $file -o $work/out.csv ${extra[*]}"
    if command -v hyperfine >/dev/null; then
        hyperfine --style basic --warmup 2 --runs "$RUNS" --export-json "$work/t.json" -n "$(basename "$file")" "$cmd" \
            >/dev/null
        median=$(grep -o '"median": *[0-9.e+-]*' "$work/t.json" | sed 's/.*: *//')
    else
        times=()
        for ((run = 0; run < RUNS + 2; run++)); do
            start=$(date +%s%N)
            $cmd >/dev/null 2>&1 || true
            end=$(date +%s%N)
            ((run >= 2)) && times+=("$(((end - start) / 1000000))")
        done
        median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p" | awk '{ print $1 / 1000 }')
    fi
    awk -v f="$(basename "$file")" -v m="$median" 'BEGIN { printf "%s: median %.3f s\n", f, m }'
done
