"""CSV of the CLI as DataFrames typed by its codebook (``xxgk-report columns --format json``)."""

from __future__ import annotations

import functools
import json
import warnings
from typing import IO, Dict, List, Optional

import pandas as pd

from . import _runtime
from ._errors import XxgkReportError

OUTPUTS = ("wide", "long", "diagnostics")
HEADERS = ("en", "zh", "both")
#: The dtype of each type of the codebook.
DTYPES = {
    "string": "string",
    "integer": "Int64",
    "count": "Int64",
    "signed_count": "Int64",
    "amount": "Float64",
    "rate": "Float64",
}
#: The columns of ``columns()``.
CODEBOOK_COLUMNS = ("output", "name", "chinese_name", "stata_name", "type", "dtype", "templates", "meaning")
# A decimal of at most 15 significant digits is given back exactly by the float64 nearest to it.
_EXACT_DIGITS = 15


@functools.lru_cache(maxsize=None)
def _codebook_of(jar: str) -> Dict[str, List[dict]]:
    del jar  # the cache key: another jar may have other columns
    printed, _ = _runtime.run(["columns", "--format", "json"], json.load)
    return printed


def codebook() -> Dict[str, List[dict]]:
    """The codebook of the CLI in use: for each output its columns (name, chinese_name, stata_name, type, …)."""
    return _codebook_of(str(_runtime.jar_path().resolve()))


def columns_of(output: str) -> Dict[str, dict]:
    """The columns of one output by name."""
    return {column["name"]: column for column in codebook()[output]}


def typed_csv(csv: IO[bytes], output: str) -> pd.DataFrame:
    """Reads a CSV the CLI wrote with ``--header en`` and gives each column the dtype of its type in the codebook:
    ``DTYPES``. An empty cell is ``<NA>``."""
    frame = pd.read_csv(csv, dtype="string", keep_default_na=False, na_values=[""], encoding="utf-8")
    columns = columns_of(output)
    for name in frame.columns:
        if name not in columns:
            raise XxgkReportError(f"the {output} CSV has a column {name} that its codebook does not list")
        frame[name] = _typed(frame[name], columns[name]["type"], name)
    return frame


def _typed(text: pd.Series, kind: str, name: str) -> pd.Series:
    dtype = DTYPES.get(kind)
    if dtype is None:
        raise XxgkReportError(f"column {name} has the type {kind}, which this version of the package does not know")
    if dtype == "Float64":
        digits = text.str.replace(r"\D", "", regex=True).str.lstrip("0").str.len()
        if (digits > _EXACT_DIGITS).any():
            warnings.warn(
                f"column {name} holds a number of more than {_EXACT_DIGITS} digits, which Float64 rounds",
                stacklevel=5,
            )
    try:
        return text.astype(dtype)
    except (TypeError, ValueError) as e:
        raise XxgkReportError(f"column {name} ({kind}) holds a value that is not a number: {e}") from e


def named(frame: pd.DataFrame, output: str, header: str) -> pd.DataFrame:
    """Names the columns of ``frame`` as ``header`` says: ``en`` keeps the keys, ``zh`` gives the Chinese names,
    ``both`` (key, Chinese name) pairs."""
    if header == "en":
        return frame
    columns = columns_of(output)
    chinese = [columns[name]["chinese_name"] for name in frame.columns]
    if header == "zh":
        frame.columns = chinese
    else:
        frame.columns = pd.MultiIndex.from_arrays([list(frame.columns), chinese])
    return frame


def codebook_frame(output: Optional[str]) -> pd.DataFrame:
    """The codebook as one row per column: output, name, chinese_name, stata_name, type, dtype, templates,
    meaning."""
    rows = [
        {
            "output": name,
            "name": column["name"],
            "chinese_name": column["chinese_name"],
            "stata_name": column["stata_name"],
            "type": column["type"],
            "dtype": DTYPES.get(column["type"]),
            "templates": ",".join(column["templates"]),
            "meaning": column["meaning"],
        }
        for name in (OUTPUTS if output is None else (output,))
        for column in codebook()[name]
    ]
    return pd.DataFrame(rows, columns=list(CODEBOOK_COLUMNS)).astype("string")

