"""What the tests share: the repository's testdata and the CLI jar Maven built, to compare the package against."""

import csv
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TESTDATA = ROOT / "testdata"
REPORTS = TESTDATA / "reports"


@pytest.fixture(scope="session")
def cli_jar() -> Path:
    """target/xxgk-report-<version>-cli.jar, which ``mvn package`` builds."""
    jars = sorted((ROOT / "target").glob("xxgk-report-*-cli.jar"))
    assert len(jars) == 1, f"expected one CLI jar in {ROOT / 'target'} (mvn -B -ntp package -DskipTests), found {jars}"
    return jars[0]


@pytest.fixture(scope="session")
def cli(cli_jar):
    """Runs the CLI itself: ``cli("convert", ...)`` returns its standard output."""

    def run(*arguments: str) -> str:
        done = subprocess.run(["java", "-jar", str(cli_jar), *arguments], capture_output=True, check=False)
        assert done.returncode in (0, 1), done.stderr.decode("utf-8", errors="replace")
        return done.stdout.decode("utf-8")

    return run


@pytest.fixture(scope="session")
def cli_tables(cli, tmp_path_factory):
    """The CLI's own wide, long and diagnostics CSV of testdata/reports, as lists of rows of text."""
    folder = tmp_path_factory.mktemp("cli")
    wide, long, diagnostics = (folder / f"{name}.csv" for name in ("wide", "long", "diagnostics"))
    cli("convert", "--quiet", "-o", str(wide), "--diagnostics", str(diagnostics), "--", str(REPORTS))
    cli("convert", "--quiet", "--format", "long", "-o", str(long), "--", str(REPORTS))
    return {name: _rows(path) for name, path in (("wide", wide), ("long", long), ("diagnostics", diagnostics))}


def _rows(path: Path):
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.reader(file))
