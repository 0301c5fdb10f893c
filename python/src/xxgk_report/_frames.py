"""CSV files of the CLI as DataFrames typed by the codebook (``xxgk-report columns --format json``)."""

from __future__ import annotations

import functools
import json
import warnings
from typing import Dict, List, Tuple

import pandas as pd

from . import _runtime

OUTPUTS = ("wide", "long", "diagnostics")
HEADERS = ("en", "zh", "both")
_WHOLE = {"count", "integer", "signed_count"}
_DECIMAL = {"amount", "rate"}


@functools.lru_cache(maxsize=None)
def _codebook_for(jar: str) -> Dict[str, List[dict]]:
    del jar  # the cache key: another jar may have other columns
    printed = _runtime.run(["columns", "--format", "json"]).stdout
    return json.loads(printed.decode("utf-8"))


def codebook() -> Dict[str, List[dict]]:
    """The codebook of the CLI in use: for each output its columns (name, chinese_name, stata_name, type, …)."""
    return _codebook_for(str(_runtime.jar_path().resolve()))


def typed_csv(path: str, output: str) -> pd.DataFrame:
    """Reads a CSV the CLI wrote with ``--header en`` and gives each column the dtype of its codebook type.

    Text is ``string``; counts and integers are ``Int64``, or ``Float64`` when a value of the column is not an
    integer as written (a count published as ``1.5``); amounts and rates are ``Float64``. An empty cell is ``<NA>``.
    """
    columns = {column["name"]: column for column in codebook()[output]}
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    for name in frame.columns:
        kind = columns[name]["type"] if name in columns else "string"
        frame[name] = _typed(frame[name], kind, name)
    return frame


def _typed(values: pd.Series, kind: str, name: str) -> pd.Series:
    text = values.astype("string")
    if kind not in _WHOLE and kind not in _DECIMAL:
        return text
    target = "Int64" if kind in _WHOLE else "Float64"
    if text.isna().all():
        return text.astype(target)
    try:
        numbers = pd.to_numeric(text, dtype_backend="numpy_nullable")
    except (ValueError, TypeError):
        warnings.warn(f"column {name} ({kind}) holds a value that is not a number; it is kept as text", stacklevel=4)
        return text
    if kind in _DECIMAL:
        return numbers.astype("Float64")
    return numbers if str(numbers.dtype) == "Int64" else numbers.astype("Float64")


def named(frame: pd.DataFrame, output: str, header: str) -> pd.DataFrame:
    """Names the columns of ``frame`` as ``header`` says: ``en`` keeps the keys, ``zh`` gives the Chinese names,
    ``both`` (key, Chinese name) pairs."""
    columns = {column["name"]: column for column in codebook()[output]}
    if header == "en":
        return frame
    chinese = [columns[name]["chinese_name"] if name in columns else name for name in frame.columns]
    if header == "zh":
        frame.columns = chinese
    else:
        frame.columns = pd.MultiIndex.from_arrays([list(frame.columns), chinese])
    return frame


def codebook_frame(output: str | None) -> pd.DataFrame:
    """The codebook as one row per column: output, name, chinese_name, stata_name, type, templates, meaning."""
    outputs: Tuple[str, ...] = OUTPUTS if output is None else (output,)
    rows = [
        {
            "output": name,
            "name": column["name"],
            "chinese_name": column["chinese_name"],
            "stata_name": column["stata_name"],
            "type": column["type"],
            "templates": ",".join(column["templates"]),
            "meaning": column["meaning"],
        }
        for name in outputs
        for column in codebook()[name]
    ]
    frame = pd.DataFrame(rows, columns=["output", "name", "chinese_name", "stata_name", "type", "templates", "meaning"])
    return frame.astype("string")
