"""The Java runtime: a missing or old one gives the documented message before anything runs."""

import os
import stat

import pytest

import xxgk_report
from conftest import REPORTS

INSTALL = (
    "install Java 17 or later (a JRE is enough: Eclipse Temurin from https://adoptium.net, or your system's "
    "openjdk-17-jre package) and put its bin folder on the PATH or set JAVA_HOME to it"
)


def test_no_java_on_the_path_and_no_java_home(monkeypatch, tmp_path):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(xxgk_report.JavaNotFoundError) as raised:
        xxgk_report.read(str(REPORTS))
    assert str(raised.value) == f"no Java runtime found (no java on the PATH, no JAVA_HOME); {INSTALL}"


def test_a_java_home_without_java(monkeypatch, tmp_path):
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    with pytest.raises(xxgk_report.JavaNotFoundError) as raised:
        xxgk_report.columns()
    assert str(raised.value) == f"no Java runtime found: JAVA_HOME={tmp_path} has no bin/java; {INSTALL}"


@pytest.mark.parametrize(
    ("printed", "release"),
    [('openjdk version "11.0.22" 2024-01-16', 11), ('java version "1.8.0_402"', 8)],
    ids=["11", "1.8"],
)
def test_a_java_older_than_17(monkeypatch, tmp_path, printed, release):
    java = tmp_path / "bin" / "java"
    java.parent.mkdir()
    java.write_text(f"#!/bin/sh\necho '{printed}' >&2\n", encoding="utf-8")
    java.chmod(java.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    with pytest.raises(xxgk_report.JavaNotFoundError) as raised:
        xxgk_report.read(str(REPORTS))
    assert str(raised.value) == f"xxgk-report needs Java 17 or later, and {java} is Java {release}; {INSTALL}"


def test_the_java_on_the_path_is_used_without_java_home(monkeypatch):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    assert os.environ["PATH"]
    assert xxgk_report.read(str(REPORTS / "wuzhong-civil-affairs-2021.txt"))["status"].tolist() == ["parsed"]
