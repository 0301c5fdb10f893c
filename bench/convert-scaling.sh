#!/usr/bin/env bash
# Bulk `convert` scaling: wall and CPU time of converting COUNT copies of the seed text report with 1 thread on one
# core and with 2 threads on two (taskset). Target: time(2 threads) <= 0.6 x time(1 thread). Needs a CLI jar whose
# `convert` has --threads.
#
#   bench/convert-scaling.sh                 # JAR=target/xxgk-report-0.1.0-SNAPSHOT-cli.jar COUNT=10000 RUNS=3
#   JAR=/path/to/cli.jar COUNT=1000 bench/convert-scaling.sh
#
# Prints the median of RUNS runs each, with the CPU seconds of that run (bash's `time`).
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

# One thread pinned to one core against two threads on two cores, when taskset is there: unpinned, one worker
# already keeps the second core busy with JIT compilation and garbage collection, which hides what a second core
# buys the conversion itself.
pin_for() { # threads
    if command -v taskset >/dev/null && (($(nproc) >= 2)); then
        [[ $1 == 1 ]] && echo "taskset -c 0" || echo "taskset -c 0,1"
    fi
}

command_for() { # threads
    echo "$(pin_for "$1") java -jar $JAR convert $work/in -o $work/out-$1.csv --threads $1 ${extra[*]}"
}

# The median wall time (seconds) and the CPU seconds (user + system) of the run with that median, over RUNS runs
# after one that warms the file cache.
measure() { # threads
    local rows=() run
    for ((run = 0; run <= RUNS; run++)); do
        local start end cpu
        start=$(date +%s%N)
        cpu=$( { TIMEFORMAT='%U %S'; time $(command_for "$1") >/dev/null 2>&1; } 2>&1 | awk '{ print $1 + $2 }')
        end=$(date +%s%N)
        ((run > 0)) && rows+=("$(awk -v ns="$((end - start))" 'BEGIN { printf "%.3f", ns / 1e9 }') $cpu")
    done
    printf '%s\n' "${rows[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p"
}

echo "pinning: 1 thread: '$(pin_for 1)', 2 threads: '$(pin_for 2)'"
read -r one one_cpu <<<"$(measure 1)"
read -r two two_cpu <<<"$(measure 2)"
cmp -s "$work/out-1.csv" "$work/out-2.csv" || { echo "the outputs of 1 and 2 threads differ" >&2; exit 1; }
awk -v one="$one" -v two="$two" -v c1="$one_cpu" -v c2="$two_cpu" -v n="$COUNT" 'BEGIN {
    printf "1 thread: %.2f s wall, %.2f s CPU (%.0f reports/s, %.2f ms CPU a report)\n", one, c1, n / one, 1000 * c1 / n
    printf "2 threads: %.2f s wall, %.2f s CPU (%.0f reports/s, %.2f ms CPU a report)\n", two, c2, n / two, 1000 * c2 / n
    printf "ratio %.2f (target <= 0.60): %s\n", two / one, (two / one <= 0.6 ? "met" : "missed") }'
