"""The Java runtime and the CLI jar: where they are, and running the jar as a subprocess."""

from __future__ import annotations

import functools
import os
import re
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import IO, Callable, Sequence, Tuple, TypeVar

from ._errors import JavaNotFoundError, XxgkReportError

#: The oldest Java release the CLI runs on.
MINIMUM_JAVA = 17

JAR_ENV = "XXGK_REPORT_JAR"
_BUNDLED_JAR = Path(__file__).with_name("xxgk-report-cli.jar")
# The options the distribution's launcher (bin/xxgk-report) chose for a batch tool; JAVA_OPTS comes after them.
_JVM_OPTIONS = ["-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:FreqInlineSize=100",
                "-XX:InlineSmallCode=1000"]
_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?')
_INSTALL_HINT = (
    f"install Java {MINIMUM_JAVA} or later (a JRE is enough: Eclipse Temurin from https://adoptium.net, or your "
    f"system's openjdk-{MINIMUM_JAVA}-jre package) and put its bin folder on the PATH or set JAVA_HOME to it"
)

T = TypeVar("T")


def jar_path() -> Path:
    """The CLI jar: the one named by ``XXGK_REPORT_JAR``, else the one bundled in the package."""
    named = os.environ.get(JAR_ENV)
    jar = Path(named) if named else _BUNDLED_JAR
    if not jar.is_file():
        where = f"{JAR_ENV}={named}" if named else f"the package ({jar})"
        raise XxgkReportError(
            f"the xxgk-report CLI jar is not in {where}: install a wheel built by python/build.sh, which bundles "
            f"it, or set {JAR_ENV} to the target/xxgk-report-<version>-cli.jar that Maven builds"
        )
    return jar


def java_path() -> str:
    """The ``java`` of ``JAVA_HOME``, else the one on the PATH, checked to be Java 17 or later."""
    home = os.environ.get("JAVA_HOME")
    if home:
        java = os.path.join(home, "bin", "java")
        if not (os.path.isfile(java) and os.access(java, os.X_OK)):
            raise JavaNotFoundError(f"no Java runtime found: JAVA_HOME={home} has no bin/java; {_INSTALL_HINT}")
    else:
        found = shutil.which("java")
        if found is None:
            raise JavaNotFoundError(f"no Java runtime found (no java on the PATH, no JAVA_HOME); {_INSTALL_HINT}")
        java = found
    _check_version(java)
    return java


@functools.lru_cache(maxsize=None)
def _check_version(java: str) -> None:
    try:
        shown = subprocess.run(
            [java, "-version"], stdin=subprocess.DEVNULL, capture_output=True, text=True, errors="replace", timeout=60
        )
    except (OSError, subprocess.SubprocessError) as e:
        raise JavaNotFoundError(f"{java} could not be run ({e}); {_INSTALL_HINT}") from e
    match = _VERSION.search(shown.stderr + shown.stdout)
    if match is None:
        raise JavaNotFoundError(f"{java} -version printed no Java version; {_INSTALL_HINT}")
    major = int(match.group(1))
    if major == 1 and match.group(2):  # 1.8 and earlier name the release in the second number
        major = int(match.group(2))
    if major < MINIMUM_JAVA:
        raise JavaNotFoundError(f"xxgk-report needs Java {MINIMUM_JAVA} or later, and {java} is Java {major}; {_INSTALL_HINT}")


def run(arguments: Sequence[str], read: Callable[[IO[bytes]], T], *, accepted: Sequence[int] = (0,)) -> Tuple[T, int]:
    """Runs the CLI with ``arguments``, gives ``read`` its standard output as the CLI writes it, and returns what
    ``read`` returned with the exit code. An exit code outside ``accepted`` raises XxgkReportError with the CLI's
    message."""
    command = [java_path(), *_JVM_OPTIONS, *shlex.split(os.environ.get("JAVA_OPTS", "")), "-jar", str(jar_path())]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen([*command, *arguments], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors)
        with process:
            try:
                result = read(process.stdout)
            except Exception as e:  # output cut short by a failing run: its message says more than the parser
                process.stdout.close()
                _check_exit(arguments, process.wait(), errors, accepted, cause=e)
                raise
            except BaseException:  # an interrupt: the run is not wanted any more
                process.kill()
                raise
            _check_exit(arguments, process.wait(), errors, accepted)
    return result, process.returncode


def _check_exit(arguments, code, errors, accepted, *, cause=None) -> None:
    if code in accepted:
        return
    errors.seek(0)
    message = errors.read().decode("utf-8", errors="replace").strip() or f"exit code {code}"
    raise XxgkReportError(f"xxgk-report {arguments[0]} failed: {message}") from cause
