#!/usr/bin/env bash
# Installs the wheel python/build.sh built into a fresh virtual environment (target/python-venv) with pytest, and
# runs python/tests there against the CLI jar in target/. pip takes pandas and pytest from its configured index.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd -P)"
venv="$here/../target/python-venv"
shopt -s nullglob
wheels=("$here"/dist/xxgk_report-*.whl)
if [ "${#wheels[@]}" -ne 1 ]; then
    echo "test.sh: expected one python/dist/xxgk_report-*.whl, found ${#wheels[@]}: run python/build.sh first" >&2
    exit 2
fi
rm -rf "$venv"
"${PYTHON:-python3}" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet "${wheels[0]}" pytest
cd "$here"
"$venv/bin/python" -m pytest -p no:cacheprovider tests "$@"
