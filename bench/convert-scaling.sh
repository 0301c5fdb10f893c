#!/usr/bin/env bash
# Bulk `convert` scaling: wall time of converting COUNT copies of the seed text report with 1 thread and with 2.
# Target: time(2 threads) <= 0.6 x time(1 thread). Needs a CLI jar whose `convert` has --threads.
#
#   bench/convert-scaling.sh                 # JAR=target/xxgk-report-0.1.0-SNAPSHOT-cli.jar COUNT=10000 RUNS=3
#   JAR=/path/to/cli.jar COUNT=1000 bench/convert-scaling.sh
#
# Uses hyperfine (apt-get install hyperfine) if present, else bash's clock; prints the median of RUNS runs each.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/xxgk-report-0.1.0-SNAPSHOT-cli.jar}
COUNT=${COUNT:-10000}
RUNS=${RUNS:-3}
SEED=testdata/reports/wuzhong-civil-affairs-2021.txt

if [[ ! -f $JAR ]]; then
    echo "no $JAR: build it first with  mvn -B -ntp -DskipTests package" >&2
    exit 2
fi
help=$(java -jar "$JAR" convert --help)
if ! grep -q -- '--threads' <<<"$help"; then
    echo "$JAR: this build's convert has no --threads option; nothing to compare" >&2
    exit 2
fi
extra=()
grep -q -- '--force' <<<"$help" && extra+=(--force)
grep -q -- '--quiet' <<<"$help" && extra+=(--quiet)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
for ((i = 1; i <= COUNT; i++)); do
    cp "$SEED" "$(printf '%s/in/report-%05d.txt' "$work" "$i")"
done
echo "$COUNT copies of $SEED in $work/in; $(nproc) processors; $RUNS runs each"

command_for() { # threads
    echo "java -jar $JAR convert $work/in -o $work/out-$1.csv --threads $1 ${extra[*]}"
}

if command -v hyperfine >/dev/null; then
    hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$work/times.json" \
        -n "1 thread" "$(command_for 1)" -n "2 threads" "$(command_for 2)"
    medians=$(grep -o '"median": *[0-9.e+-]*' "$work/times.json" | sed 's/.*: *//')
else
    medians=""
    for threads in 1 2; do
        times=()
        for ((run = 0; run <= RUNS; run++)); do # run 0 warms the file cache and is not counted
            start=$(date +%s%N)
            $(command_for "$threads") >/dev/null 2>&1 || true
            end=$(date +%s%N)
            ((run > 0)) && times+=("$(((end - start) / 1000000))")
        done
        median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
        echo "$threads thread(s): median $median ms of ${times[*]}"
        medians+="$(awk -v ms="$median" 'BEGIN { print ms / 1000 }')"$'\n'
    done
fi
cmp -s "$work/out-1.csv" "$work/out-2.csv" || { echo "the outputs of 1 and 2 threads differ" >&2; exit 1; }
read -r -d '' one two <<<"$medians" || true
awk -v one="$one" -v two="$two" -v n="$COUNT" 'BEGIN {
    printf "1 thread: %.2f s (%.0f reports/s); 2 threads: %.2f s (%.0f reports/s); ratio %.2f (target <= 0.60): %s\n",
        one, n / one, two, n / two, two / one, (two / one <= 0.6 ? "met" : "missed") }'
