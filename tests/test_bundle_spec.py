"""The standalone build's spec (packaging/enforcement-desktop.spec), read without building.

The spec is run as PyInstaller runs it, with stand-ins for PyInstaller's build steps that record
what they were asked for: on Windows the program users start from a shortcut must be a windowed
program (no console window beside the main window), while the commands keep a console program of
their own, so what they print is seen. Both go into the one folder, sharing its libraries.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "enforcement-desktop.spec"


class _Step:
    """A PyInstaller build step (Analysis, PYZ, EXE, COLLECT) that records its arguments."""

    made: list[_Step] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.kind = type(self).__name__
        self.args = args
        self.kwargs = kwargs
        # Analysis's results, which the spec filters.
        self.scripts: list[tuple[str, str, str]] = [("launcher", "launcher.py", "PYSOURCE")]
        self.pure: list[tuple[str, str, str]] = []
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        _Step.made.append(self)


class Analysis(_Step):
    pass


class PYZ(_Step):
    pass


class EXE(_Step):
    pass


class COLLECT(_Step):
    pass


@pytest.fixture
def spec(monkeypatch: pytest.MonkeyPatch) -> list[_Step]:
    """The steps the spec asks for (PyInstaller's helpers answered with nothing to collect)."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [package]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda *a, **k: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    _Step.made = []
    namespace: dict[str, Any] = {
        "__file__": str(SPEC),
        "SPECPATH": str(SPEC.parent),
        "Analysis": Analysis,
        "PYZ": PYZ,
        "EXE": EXE,
        "COLLECT": COLLECT,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return list(_Step.made)


def _exes(steps: list[_Step]) -> dict[str, dict[str, Any]]:
    return {step.kwargs["name"]: step.kwargs for step in steps if step.kind == "EXE"}


def test_the_window_program_has_no_console_and_the_commands_have_one(
    spec: list[_Step],
) -> None:
    exes = _exes(spec)
    assert set(exes) == {"enforcement-desktop", "enforcement-desktop-cli"}
    # console=False: on Windows a windowed program (the GUI subsystem), no console window.
    assert exes["enforcement-desktop"]["console"] is False
    assert exes["enforcement-desktop-cli"]["console"] is True
    for options in exes.values():
        # One folder: the programs' libraries are collected once, beside them.
        assert options["exclude_binaries"] is True


def test_both_programs_share_one_analysis_and_one_folder(spec: list[_Step]) -> None:
    [analysis] = [s for s in spec if s.kind == "Analysis"]
    [launcher] = analysis.args[0]
    assert Path(launcher) == ROOT / "packaging" / "launcher.py"
    exes = [s for s in spec if s.kind == "EXE"]
    assert all(exe.args[1] is analysis.scripts for exe in exes)
    [collect] = [s for s in spec if s.kind == "COLLECT"]
    assert collect.kwargs["name"] == "enforcement-desktop"
    assert [a for a in collect.args if isinstance(a, EXE)] == exes
