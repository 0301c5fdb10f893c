#!/usr/bin/env bash
# The summary page of a big batch: converts testdata (every format, hostile files, files that are no report), then
# repeats its rows to COUNT rows (each copy under its own file name, the parsed reports spread over the years
# 2008-2025), with their diagnostics, and times `summarize` on them. Prints the CSVs' sizes, the median wall time
# of RUNS runs (JVM start included), the peak memory of the last, and the page's size.
#
#   bench/summary-50k.sh                 # JAR=target/xxgk-report-0.1.0-SNAPSHOT-cli.jar COUNT=50000 RUNS=3
#   WORK=/tmp/big bench/summary-50k.sh   # keeps the generated CSVs and the page in /tmp/big
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/xxgk-report-0.1.0-SNAPSHOT-cli.jar}
COUNT=${COUNT:-50000}
RUNS=${RUNS:-3}
if [[ ! -f $JAR ]]; then
    echo "no $JAR: build it first with  mvn -B -ntp -DskipTests package" >&2
    exit 2
fi
if [[ -n ${WORK:-} ]]; then
    work=$WORK  # kept, with the generated CSVs and the page
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi

java -jar "$JAR" convert testdata -o "$work/seed.csv" --diagnostics "$work/seed-diagnostics.csv" -q || true
# Each row and each diagnostic is copied with "#N" after its file name (a name of its own, still in order), and
# the year of a parsed report becomes 2008 + N % 18. The CSVs' quoting keeps a row on one line except in quoted
# messages, so rows are copied as whole CSV records with python3's csv module.
python3 - "$work" "$COUNT" <<'PY'
import csv, sys
work, count = sys.argv[1], int(sys.argv[2])
def rows(name):
    with open(f"{work}/{name}", newline="", encoding="utf-8") as f:
        return list(csv.reader(f))
wide, diagnostics = rows("seed.csv"), rows("seed-diagnostics.csv")
by_file = {}
for row in diagnostics[1:]:
    by_file.setdefault(row[0], []).append(row)
year = wide[0].index("year")
with open(f"{work}/reports.csv", "w", newline="", encoding="utf-8") as w, \
        open(f"{work}/diagnostics.csv", "w", newline="", encoding="utf-8") as d:
    wide_out, diag_out = csv.writer(w, lineterminator="\n"), csv.writer(d, lineterminator="\n")
    wide_out.writerow(wide[0])
    diag_out.writerow(diagnostics[0])
    body = wide[1:]
    for n in range(count):
        row = list(body[n % len(body)])
        name = row[0]
        row[0] = f"{name}#{n}"
        if row[1] == "parsed" and row[year]:
            row[year] = str(2008 + n % 18)
        wide_out.writerow(row)
        for diagnostic in by_file.get(name, []):
            diag_out.writerow([row[0]] + diagnostic[1:])
PY
printf 'reports.csv: %s rows, %s MiB; diagnostics.csv: %s rows, %s MiB\n' \
    "$(($(wc -l < "$work/reports.csv") - 1))" "$(($(stat -c %s "$work/reports.csv") / 1048576))" \
    "$(($(wc -l < "$work/diagnostics.csv") - 1))" "$(($(stat -c %s "$work/diagnostics.csv") / 1048576))"

measure=()
[[ -x /usr/bin/time ]] && measure=(/usr/bin/time -f '%M' -o "$work/rss")
times=()
for ((i = 0; i < RUNS; i++)); do
    start=$(date +%s%N)
    "${measure[@]}" java -jar "$JAR" summarize "$work/reports.csv" --diagnostics "$work/diagnostics.csv" \
        -o "$work/summary.html" --force -q
    times+=("$((($(date +%s%N) - start) / 1000000))")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
memory=$([[ -f $work/rss ]] && echo "$(($(cat "$work/rss") / 1024)) MiB" || echo "not measured (no /usr/bin/time)")
printf 'summarize: median %s ms of %d runs (%s ms); peak memory %s; page %s KiB\n' "$median" "$RUNS" \
    "${times[*]}" "$memory" "$(($(stat -c %s "$work/summary.html") / 1024))"
