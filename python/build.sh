#!/usr/bin/env bash
# Builds the wheel python/dist/xxgk_report-<version>-py3-none-any.whl around the CLI jar Maven built
# (mvn -B -ntp package -DskipTests first). The jar is copied into the package, so the wheel needs nothing but
# pandas and a Java 17+ runtime where it is installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd -P)"
shopt -s nullglob
jars=("$here"/../target/xxgk-report-*-cli.jar)
if [ "${#jars[@]}" -ne 1 ]; then
    echo "build.sh: expected one target/xxgk-report-<version>-cli.jar, found ${#jars[@]}: run 'mvn -B -ntp package -DskipTests' first" >&2
    exit 2
fi
# The wheel's version is Maven's, in Python's spelling (0.1.0-SNAPSHOT is 0.1.0.dev0).
maven="$(basename "${jars[0]}" -cli.jar)"
maven="${maven#xxgk-report-}"
python_version="${maven/-SNAPSHOT/.dev0}"
for file in "$here/pyproject.toml" "$here/src/xxgk_report/__init__.py"; do
    if ! grep -q "^_\{0,2\}version_\{0,2\} = \"$python_version\"" "$file"; then
        echo "build.sh: $file does not give the version $python_version of the jar ($maven)" >&2
        exit 2
    fi
done
cp "${jars[0]}" "$here/src/xxgk_report/xxgk-report-cli.jar"
rm -rf "$here/build" "$here/dist" "$here"/src/*.egg-info
"${PYTHON:-python3}" -m pip wheel --quiet --no-deps --wheel-dir "$here/dist" "$here"
rm -rf "$here/build" "$here"/src/*.egg-info
ls "$here"/dist/*.whl
