"""The exceptions of the package."""

from __future__ import annotations


class XxgkReportError(Exception):
    """The tool could not do what was asked: its jar is missing, or it stopped with a usage or output error."""


class JavaNotFoundError(XxgkReportError):
    """No Java 17 or later runtime was found (``JAVA_HOME``, else ``java`` on the PATH); the message says what to
    install."""


class ReportError(XxgkReportError):
    """The one file that was asked for could not be read.

    ``file`` is the file as the tool names it, ``reason`` the tool's reason (``empty``, ``unsupported_format``,
    ``encrypted``, ``corrupt``, ``limit_exceeded``, ``io_error``) and ``detail`` the rest of its message.
    """

    def __init__(self, file: str, reason: str, detail: str):
        super().__init__(f"{file}: {reason}: {detail}" if detail else f"{file}: {reason}")
        self.file = file
        self.reason = reason
        self.detail = detail
