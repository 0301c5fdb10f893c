"""Chinese government information-disclosure annual reports (政府信息公开工作年度报告) as pandas DataFrames.

The reports are read by the xxgk-report command line tool, whose jar the package bundles and runs with the Java 17+
runtime of ``JAVA_HOME`` or the PATH; nothing else is needed::

    import xxgk_report
    reports = xxgk_report.read("reports/")          # one row per file, one column per cell
    reports[["agency", "year", "requests.new.total"]]

A missing cell is ``<NA>``, never 0; the columns are typed by the tool's codebook (``columns()``).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable, Optional, Tuple, Union

import pandas as pd

from . import _frames, _runtime
from ._errors import JavaNotFoundError, ReportError, XxgkReportError

__all__ = ["read", "read_long", "columns", "ReportError", "JavaNotFoundError", "XxgkReportError"]
__version__ = "0.1.0.dev0"

PathLike = Union[str, "os.PathLike[str]"]
Paths = Union[PathLike, Iterable[PathLike]]
# convert's exit codes: 0 every file parsed, 1 some could not be read (each has a failed row); 2 is an error.
_CONVERTED = (0, 1)


def read(
    paths: Paths, *, threads: Optional[int] = None, header: str = "en", diagnostics: bool = False
) -> Union[pd.DataFrame, Tuple[pd.DataFrame, pd.DataFrame]]:
    """Reads report files and folders into the wide table: one row per file, one column per cell.

    ``paths`` is a file or folder (searched recursively, as ``xxgk-report convert`` does) or a list of them.
    ``threads`` is the number of files read in parallel (default: the number of processors). ``header`` names the
    columns: ``"en"`` by their keys (``requests.new.total``), ``"zh"`` by their Chinese names, ``"both"`` by
    (key, Chinese name) pairs. Counts are ``Int64`` (``Float64`` for a column in which a report published a count
    that is not whole), amounts and rates ``Float64``, text ``string``; an absent cell is ``<NA>``.

    A file that cannot be read stays a row with ``status == "failed"`` and the reason in ``message``; but when
    ``paths`` is one file (not a folder) and it cannot be read, ``ReportError`` is raised instead. With
    ``diagnostics=True`` the result is a pair: the table and a DataFrame of every diagnostic (file, severity, code,
    table, row, column, line, message).
    """
    return _convert("wide", paths, threads=threads, header=header, diagnostics=diagnostics)


def read_long(
    paths: Paths, *, threads: Optional[int] = None, header: str = "en", diagnostics: bool = False
) -> Union[pd.DataFrame, Tuple[pd.DataFrame, pd.DataFrame]]:
    """Reads report files and folders into the long table: one row per value (file, agency, year, template, table,
    row, column, value, source), ``value`` as ``Float64``. The arguments and errors are those of ``read``."""
    return _convert("long", paths, threads=threads, header=header, diagnostics=diagnostics)


def columns(output: Optional[str] = None) -> pd.DataFrame:
    """The codebook: one row per column of the ``"wide"``, ``"long"`` and ``"diagnostics"`` tables (or of the one
    ``output`` named), with its output, name, chinese_name, stata_name, type (string, integer, count, signed_count,
    amount, rate), templates (comma-separated, empty for every template) and meaning."""
    if output is not None and output not in _frames.OUTPUTS:
        raise ValueError(f"output must be one of {', '.join(_frames.OUTPUTS)}, not {output!r}")
    return _frames.codebook_frame(output)


def _convert(output, paths, *, threads, header, diagnostics):
    if header not in _frames.HEADERS:
        raise ValueError(f"header must be one of {', '.join(_frames.HEADERS)}, not {header!r}")
    single = isinstance(paths, (str, os.PathLike))
    named = [os.fspath(paths)] if single else [os.fspath(path) for path in paths]
    if not named:
        raise ValueError("no paths given")
    options = [] if threads is None else ["--threads", str(threads)]
    with tempfile.TemporaryDirectory(prefix="xxgk-report-") as folder:
        table = str(Path(folder, f"{output}.csv"))
        found = str(Path(folder, "diagnostics.csv"))
        extra = ["--diagnostics", found] if diagnostics else []
        done = _converted(output, table, [*options, *extra], named)
        if single and done.returncode == 1 and not os.path.isdir(named[0]):
            wide = table
            if output != "wide":  # the long table has no status column: the file's wide row gives the reason
                wide = str(Path(folder, "wide.csv"))
                _converted("wide", wide, options, named)
            _raise_if_failed(_frames.typed_csv(wide, "wide"))
        frame = _frames.named(_frames.typed_csv(table, output), output, header)
        if not diagnostics:
            return frame
        return frame, _frames.named(_frames.typed_csv(found, "diagnostics"), "diagnostics", header)


def _converted(output, table, options, named):
    arguments = ["convert", "--quiet", "--format", output, "--output", table, *options, "--", *named]
    return _runtime.run(arguments, accepted=_CONVERTED)


def _raise_if_failed(frame: pd.DataFrame) -> None:
    if len(frame) != 1 or frame["status"].iloc[0] != "failed":
        return
    message = frame["message"].iloc[0]
    reason, _, detail = ("" if pd.isna(message) else str(message)).partition(": ")
    raise ReportError(str(frame["file"].iloc[0]), reason or "failed", detail)
