"""dev.py's check, before Qt starts, that a Linux machine has the libraries Qt's xcb plugin needs.

Issue 13 item 13: without libxcb-cursor0 (and the others) the first `python3 dev.py demo` ended in
Qt's "Could not load the Qt platform plugin xcb"; now it says which packages to install.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dev_script"] = module
    spec.loader.exec_module(module)
    return module


def finder_without(*absent: str) -> Callable[[str], str | None]:
    """A library finder that knows every library but ``absent``, as ldconfig would answer."""
    return lambda name: None if name in absent else f"lib{name}.so.1"


def test_every_library_present_means_no_problem(dev: ModuleType) -> None:
    assert dev.missing_qt_packages(finder_without()) == []
    assert dev.qt_libraries_problem(finder_without(), "linux", {}) is None


def test_missing_libraries_name_the_packages_to_install(dev: ModuleType) -> None:
    finder = finder_without("xcb-cursor", "xkbcommon-x11")
    assert dev.missing_qt_packages(finder) == ["libxcb-cursor0", "libxkbcommon-x11-0"]
    problem = dev.qt_libraries_problem(finder, "linux", {"DISPLAY": ":0"})
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0\n" in problem
    assert "libxcb-cursor, libxkbcommon-x11" in problem


def test_qt_xcb_plugin_libraries_are_all_checked(dev: ModuleType) -> None:
    """Every xcb library the installed Qt plugin links against is in the list."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6XcbQpa.so.6"
    if not plugin.exists():
        pytest.skip("not a Linux PySide6")
    needed = {
        part.split(b".so")[0].decode()[3:]
        for part in plugin.read_bytes().split(b"\0")
        if part.startswith((b"libxcb", b"libxkbcommon", b"libX11")) and b".so." in part
    }
    assert needed
    assert needed <= set(dev.QT_XCB_LIBRARIES)


@pytest.mark.parametrize(
    ("platform", "environ", "checked"),
    [
        ("linux", {}, True),
        ("linux", {"QT_QPA_PLATFORM": "xcb"}, True),
        ("linux", {"QT_QPA_PLATFORM": "offscreen"}, False),
        ("linux", {"QT_QPA_PLATFORM": "wayland"}, False),
        ("win32", {}, False),
        ("darwin", {}, False),
    ],
)
def test_checked_only_where_qt_starts_on_xcb(
    dev: ModuleType, platform: str, environ: dict[str, str], checked: bool
) -> None:
    finder = finder_without("xcb-cursor")
    assert (dev.qt_libraries_problem(finder, platform, environ) is not None) is checked


def test_demo_exits_1_before_starting_qt(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[object] = []
    monkeypatch.setattr(dev, "ensure_environment", lambda: None)
    monkeypatch.setattr(dev.subprocess, "run", lambda *a, **k: started.append(a))
    monkeypatch.setattr(dev, "qt_libraries_problem", lambda: "sudo apt install libxcb-cursor0")
    assert dev.main(["demo"]) == 1
    assert started == []
    assert "sudo apt install libxcb-cursor0" in capsys.readouterr().err


def test_readme_names_every_package(dev: ModuleType) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f" {package}" in readme for package in dev.QT_XCB_LIBRARIES.values())
