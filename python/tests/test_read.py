"""read(), read_long() and columns() against the CLI's own CSV and the hand-checked answers of testdata/gold."""

import io
import json
import sys
from decimal import Decimal
from importlib import metadata
from pathlib import Path

import pandas as pd
import pytest

import xxgk_report
from xxgk_report import _frames

from conftest import REPORTS, TESTDATA

ENCRYPTED = TESTDATA / "hostile" / "encrypted.pdf"
WUZHONG = REPORTS / "wuzhong-civil-affairs-2021.txt"


@pytest.fixture(scope="module")
def tables():
    """The package's wide, long and diagnostics tables of testdata/reports."""
    wide, diagnostics = xxgk_report.read(str(REPORTS), diagnostics=True)
    return {"wide": wide, "long": xxgk_report.read_long(str(REPORTS)), "diagnostics": diagnostics}


def test_the_package_is_the_installed_wheel_with_its_jar():
    installed = Path(xxgk_report.__file__).resolve()
    assert Path(sys.prefix).resolve() in installed.parents, f"{installed} is not installed in {sys.prefix}"
    assert installed.with_name("xxgk-report-cli.jar").is_file()
    assert metadata.version("xxgk-report") == xxgk_report.__version__


@pytest.mark.parametrize("output", ["wide", "long", "diagnostics"])
def test_the_values_are_the_cli_csv(tables, cli_tables, output):
    frame = tables[output]
    header, *rows = cli_tables[output]
    assert list(frame.columns) == header
    assert len(frame) == len(rows) > 0
    for index, row in enumerate(rows):
        for name, text in zip(header, row):
            value = frame[name].iloc[index]
            place = f"{output} row {index} {name}"
            if text == "":
                assert value is pd.NA, place
            elif frame[name].dtype == "Int64":
                assert value == int(text), place
            elif frame[name].dtype == "Float64":
                assert Decimal(repr(float(value))) == Decimal(text), place  # the published decimal, exactly
            else:
                assert value == text, place


@pytest.mark.parametrize("output", ["wide", "long", "diagnostics"])
def test_each_column_has_the_dtype_of_its_codebook_type(tables, output):
    codebook = xxgk_report.columns(output)
    dtypes = {name: str(dtype) for name, dtype in tables[output].dtypes.items()}
    assert dtypes == dict(zip(codebook["name"], codebook["dtype"]))


@pytest.mark.parametrize(
    ("output", "column", "dtype"),
    [
        ("wide", "file", "string"),
        ("wide", "status", "string"),
        ("wide", "agency", "string"),
        ("wide", "year", "Int64"),
        ("wide", "errors", "Int64"),
        ("wide", "requests.new.total", "Int64"),
        ("wide", "proactive.licensing.items_change", "Int64"),
        ("wide", "proactive.fees.amount", "Float64"),
        ("wide", "series.fees", "Float64"),
        ("wide", "rate.disclosure", "Float64"),
        ("long", "value", "Float64"),
        ("long", "year", "Int64"),
        ("diagnostics", "line", "Int64"),
        ("diagnostics", "code", "string"),
    ],
)
def test_the_documented_dtypes(tables, output, column, dtype):
    assert str(tables[output][column].dtype) == dtype


GOLD = sorted((TESTDATA / "gold").glob("*.json"))


@pytest.mark.parametrize("gold", GOLD, ids=[path.stem for path in GOLD])
def test_the_hand_checked_answers_absent_cells_na(tables, gold):
    wide = tables["wide"]
    answers = {key: value for key, value in json.loads(gold.read_text(encoding="utf-8")).items() if key in wide}
    row = wide[wide["file"].str.startswith(str(REPORTS / gold.stem) + ".")]
    assert len(row) == 1
    for key, expected in answers.items():
        value = row[key].iloc[0]
        if expected is None:
            assert value is pd.NA, key
        else:
            assert value == expected, key


def test_a_sum_over_absent_cells_stays_absent(tables):
    wide = tables["wide"]
    legacy = wide[wide["template"] == "pre2019"]
    assert legacy["requests.new.total"].isna().all()
    assert legacy["requests.new.total"].sum(min_count=1) is pd.NA


@pytest.mark.parametrize("read", [xxgk_report.read, xxgk_report.read_long], ids=["read", "read_long"])
def test_one_file_that_cannot_be_read_raises_with_its_file_and_reason(read):
    with pytest.raises(xxgk_report.ReportError) as raised:
        read(str(ENCRYPTED))
    assert raised.value.file == str(ENCRYPTED)
    assert raised.value.reason == "encrypted"
    assert str(raised.value) == f"{ENCRYPTED}: encrypted: the document is password-protected (detected type application/pdf)"


def test_a_missing_file_raises_io_error(tmp_path):
    missing = tmp_path / "missing.txt"
    with pytest.raises(xxgk_report.ReportError, match="io_error: no such file") as raised:
        xxgk_report.read(missing)
    assert raised.value.file == str(missing)


@pytest.mark.parametrize("paths", [[str(ENCRYPTED)], str(TESTDATA / "hostile")], ids=["list", "folder"])
def test_in_bulk_a_file_that_cannot_be_read_stays_a_failed_row(paths):
    wide = xxgk_report.read(paths)
    failed = wide[wide["file"] == str(ENCRYPTED)]
    assert failed["status"].tolist() == ["failed"]
    assert failed["message"].iloc[0].startswith("encrypted: ")
    assert failed["requests.new.total"].isna().all()


def test_diagnostics_come_as_a_second_frame():
    wide, diagnostics = xxgk_report.read([str(ENCRYPTED), str(WUZHONG)], diagnostics=True)
    assert wide["file"].tolist() == [str(ENCRYPTED), str(WUZHONG)]
    read_failures = diagnostics[diagnostics["code"] == "read.encrypted"]
    assert read_failures["file"].tolist() == [str(ENCRYPTED)]
    assert read_failures["severity"].tolist() == ["error"]


def test_chinese_headers(tables):
    zh = xxgk_report.read(str(WUZHONG), header="zh")
    both = xxgk_report.read(str(WUZHONG), header="both")
    chinese = xxgk_report.columns("wide")["chinese_name"].tolist()
    assert list(zh.columns) == chinese
    assert list(both.columns) == list(zip(xxgk_report.columns("wide")["name"], chinese))
    assert zh["发布机关"].tolist() == ["吴忠市民政局"]
    expected = tables["wide"][tables["wide"]["file"] == str(WUZHONG)].reset_index(drop=True)
    assert zh.set_axis(expected.columns, axis=1).equals(expected)


def test_the_threads_do_not_change_the_table():
    files = [str(path) for path in sorted(REPORTS.glob("pingtan-202*-runtogether.txt"))]
    assert xxgk_report.read(files, threads=1).equals(xxgk_report.read(files, threads=2))


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"header": "fr"}, "header must be one of en, zh, both, not 'fr'"),
        ({"threads": 0}, "threads must be a whole number of at least 1, not 0"),
    ],
)
def test_bad_arguments(arguments, message):
    with pytest.raises(ValueError, match=message):
        xxgk_report.read(str(WUZHONG), **arguments)


def test_columns_is_the_cli_codebook(cli):
    printed = json.loads(cli("columns", "--format", "json"))
    codebook = xxgk_report.columns()
    assert list(codebook.columns) == list(_frames.CODEBOOK_COLUMNS)
    assert list(zip(codebook["output"], codebook["name"])) == [
        (output, column["name"]) for output in ("wide", "long", "diagnostics") for column in printed[output]
    ]
    assert set(codebook["dtype"]) == {"string", "Int64", "Float64"}


def test_an_amount_float64_would_round_is_warned_about():
    csv = io.BytesIO(b"file,proactive.fees.amount\nx.txt,12345678901234.56\n")
    with pytest.warns(UserWarning, match="proactive.fees.amount holds a number of more than 15 digits"):
        _frames.typed_csv(csv, "wide")
