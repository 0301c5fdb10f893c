#!/usr/bin/env bash
# Whole-process time of `convert` of one file (JVM start included), beside the JVM's own start
# (`java -Xshare:auto -version`) measured in the same run. Target for a text file with the launcher: 0.25 s.
#
#   bench/convert-single.sh [FILE...]        # default: the seed text report; JAR=... RUNS=10
#   LAUNCHER=.../bin/xxgk-report bench/convert-single.sh   # the distribution's launcher instead of java -jar
#
# Uses hyperfine (apt-get install hyperfine) if present, else bash's clock; prints the median of RUNS runs each.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/xxgk-report-0.1.0-SNAPSHOT-cli.jar}
LAUNCHER=${LAUNCHER:-}
RUNS=${RUNS:-10}
if [[ -n $LAUNCHER ]]; then
    cli=$LAUNCHER
elif [[ -f $JAR ]]; then
    cli="java -jar $JAR"
else
    echo "no $JAR: build it first with  mvn -B -ntp -DskipTests package" >&2
    exit 2
fi
files=("$@")
((${#files[@]})) || files=(testdata/reports/wuzhong-civil-affairs-2021.txt)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
extra=()
$cli convert --help | grep -q -- '--force' && extra+=(--force)

# The median wall time (seconds) of RUNS runs of a command, after two that warm the caches (and write the
# launcher's class-data-sharing archive).
median_of() { # name command
    if command -v hyperfine >/dev/null; then
        hyperfine --style basic --warmup 2 --runs "$RUNS" --export-json "$work/t.json" -n "$1" "$2" >/dev/null
        grep -o '"median": *[0-9.e+-]*' "$work/t.json" | sed 's/.*: *//'
    else
        local times=() run start end
        for ((run = 0; run < RUNS + 2; run++)); do
            start=$(date +%s%N)
            $2 >/dev/null 2>&1 || true
            end=$(date +%s%N)
            ((run >= 2)) && times+=("$(((end - start) / 1000000))")
        done
        printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p" | awk '{ print $1 / 1000 }'
    fi
}

awk -v m="$(median_of anchor "java -Xshare:auto -version")" 'BEGIN { printf "java -Xshare:auto -version (the anchor): median %.3f s\n", m }'
for file in "${files[@]}"; do
    median=$(median_of "$(basename "$file")" "$cli convert $file -o $work/out.csv ${extra[*]}")
    awk -v f="$(basename "$file")" -v m="$median" 'BEGIN { printf "%s: median %.3f s\n", f, m }'
done
