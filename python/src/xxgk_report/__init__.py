"""Chinese government information-disclosure annual reports (政府信息公开工作年度报告) as pandas DataFrames.

The reports are read by the xxgk-report command line tool, whose jar the package bundles and runs with the Java 17+
runtime of ``JAVA_HOME`` or the PATH; nothing else is needed::

    import xxgk_report
    reports = xxgk_report.read("reports/")          # one row per file, one column per cell
    reports[["agency", "year", "requests.new.total"]]

A missing cell is ``<NA>``, never 0. Each column's dtype follows its type in the tool's codebook (``columns()``):
counts, signed counts and integers ``Int64``, amounts of money and rates ``Float64``, text ``string``.
"""

from __future__ import annotations

import os
import tempfile
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
    """Reads report files and folders into the wide table: one row per file, one column per cell, as
    ``xxgk-report convert`` writes it.

    ``paths`` is a file or folder (searched recursively; a ZIP archive gives a row per file in it) or a list of
    them. ``threads`` is the number of files read in parallel (default: the number of processors). ``header``
    names the columns: ``"en"`` by their keys (``requests.new.total``), ``"zh"`` by their Chinese names, ``"both"``
    by (key, Chinese name) pairs. Counts are ``Int64``, amounts and rates ``Float64``, text ``string``; an absent
    cell is ``<NA>``.

    A file that cannot be read stays a row with ``status == "failed"`` and ``REASON: what went wrong`` in
    ``message``; but when ``paths`` is one file (not a folder, not a list) and it cannot be read, ``ReportError``
    is raised instead. With ``diagnostics=True`` the result is a pair: the table and a DataFrame of every
    diagnostic (file, severity, code, table, row, column, line, message).
    """
    return _convert("wide", paths, threads=threads, header=header, diagnostics=diagnostics)


def read_long(
    paths: Paths, *, threads: Optional[int] = None, header: str = "en", diagnostics: bool = False
) -> Union[pd.DataFrame, Tuple[pd.DataFrame, pd.DataFrame]]:
    """Reads report files and folders into the long table: one row per value (file, agency, year, template, table,
    row, column, value, source), ``value`` as ``Float64``; a file without any value is one row with ``table``,
    ``row``, ``column`` and ``value`` ``<NA>``. The arguments and errors are those of ``read``."""
    return _convert("long", paths, threads=threads, header=header, diagnostics=diagnostics)


def columns(output: Optional[str] = None) -> pd.DataFrame:
    """The codebook: one row per column of the ``"wide"``, ``"long"`` and ``"diagnostics"`` tables (or of the one
    ``output`` named), with its output, name, chinese_name, stata_name, type (string, integer, count, signed_count,
    amount, rate), the dtype ``read`` gives it, templates (comma-separated, empty for every template) and
    meaning."""
    if output is not None and output not in _frames.OUTPUTS:
        raise ValueError(f"output must be one of {', '.join(_frames.OUTPUTS)}, not {output!r}")
    return _frames.codebook_frame(output)


def _convert(output, paths, *, threads, header, diagnostics):
    if header not in _frames.HEADERS:
        raise ValueError(f"header must be one of {', '.join(_frames.HEADERS)}, not {header!r}")
    if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int) or threads < 1):
        raise ValueError(f"threads must be a whole number of at least 1, not {threads!r}")
    single = isinstance(paths, (str, os.PathLike))
    named = [os.fspath(paths)] if single else [os.fspath(path) for path in paths]
    if not named:
        raise ValueError("no paths given")
    one_file = single and not os.path.isdir(named[0])
    with_diagnostics = diagnostics or one_file  # a failed file's reason is its diagnostic read.REASON
    with tempfile.TemporaryDirectory(prefix="xxgk-report-") as folder:
        found = os.path.join(folder, "diagnostics.csv")
        arguments = [
            "convert", "--quiet", "--format", output,
            *([] if threads is None else ["--threads", str(threads)]),
            *(["--diagnostics", found] if with_diagnostics else []),
            "--", *named,
        ]  # fmt: skip
        frame, code = _runtime.run(arguments, lambda csv: _frames.typed_csv(csv, output), accepted=_CONVERTED)
        if with_diagnostics:
            with open(found, "rb") as csv:
                found_frame = _frames.typed_csv(csv, "diagnostics")
    if one_file and code == 1:
        _raise_if_failed(frame, found_frame)
    frame = _frames.named(frame, output, header)
    if not diagnostics:
        return frame
    return frame, _frames.named(found_frame, "diagnostics", header)


def _raise_if_failed(frame: pd.DataFrame, found: pd.DataFrame) -> None:
    """Raises ReportError when the table is of one file and that file could not be read (an archive of several
    files is a bulk read)."""
    if frame["file"].nunique() != 1:
        return
    failures = found[found["code"].str.startswith("read.")]
    if len(failures) == 1:
        failure = failures.iloc[0]
        detail = "" if pd.isna(failure["message"]) else failure["message"]
        raise ReportError(failure["file"], failure["code"][len("read."):], detail)
