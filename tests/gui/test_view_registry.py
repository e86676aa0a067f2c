"""The main window's views are registered as classes (through loaders), not module-name strings."""

from __future__ import annotations

import ast
import inspect

import pytest
from PySide6.QtWidgets import QLabel

from enforcement_desktop.gui import main_window
from enforcement_desktop.gui.main_window import VIEWS, MainWindow, ViewSpec
from enforcement_desktop.gui.views.base import ClientView


@pytest.mark.parametrize("spec", VIEWS, ids=[spec.key for spec in VIEWS])
def test_each_view_loader_returns_its_view_class(spec: ViewSpec) -> None:
    cls = spec.load()
    assert issubclass(cls, ClientView)
    # FooView lives in foo_view.py (CONTRIBUTING), so the key names the module the loader imports.
    assert cls.__module__.startswith("enforcement_desktop.gui.views.")


def test_main_window_names_view_modules_in_imports_only() -> None:
    """No importlib and no module names in strings: the import graph shows every view."""
    tree = ast.parse(inspect.getsource(main_window))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    imported |= {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert "importlib" not in imported
    strings = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]
    assert not [
        s
        for s in strings
        if s.startswith("enforcement_desktop.gui.views.") and s != "enforcement_desktop.gui.views."
    ]
    for spec in VIEWS:
        assert spec.load().__module__ in imported


def test_a_view_left_out_of_the_build_shows_a_placeholder(window: MainWindow) -> None:
    def missing() -> type[ClientView]:
        raise ModuleNotFoundError("gone", name="enforcement_desktop.gui.views.gone_view")

    page = window._create_view(ViewSpec("gone", "Gone", missing, frozenset()))
    assert isinstance(page, QLabel)
    assert page.text() == "The Gone view is not available in this build."
    page.deleteLater()


def test_a_missing_dependency_of_a_view_is_not_hidden(window: MainWindow) -> None:
    def broken() -> type[ClientView]:
        raise ModuleNotFoundError("no docx", name="docx")

    with pytest.raises(ModuleNotFoundError):
        window._create_view(ViewSpec("broken", "Broken", broken, frozenset()))
