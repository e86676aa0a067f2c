"""Widgets show what the domain decided; they hold no copy of its rules or its words.

The sub statuses, the "Not Known" vehicle wording and the wait-date rules belong to
``enforcement_desktop.domain``; a widget that spells one of them again has started to decide
for itself (issue 9, "Rules out of the widgets").
"""

from __future__ import annotations

import ast
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import enforcement_desktop.gui
from enforcement_desktop.domain.enums import SrStatus, SrSubStatus
from enforcement_desktop.domain.facts import NOT_KNOWN, NOT_KNOWN_REGISTRATION
from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
from enforcement_desktop.gui.views.asset_view import AssetView
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.gui.builders import build_client
from tests.gui.dataset import BAILIFF, Dataset

GUI = Path(enforcement_desktop.gui.__file__).parent
#: Words the domain owns: a widget names them through the enum or the constant.
OWNED = {s.value.casefold(): f"SrSubStatus.{s.name}" for s in SrSubStatus} | {
    # Compared without case, the stored registration and the words shown are one entry.
    NOT_KNOWN.casefold(): "facts.shown_registration / NOT_KNOWN",
    NOT_KNOWN_REGISTRATION.casefold(): "facts.shown_registration / NOT_KNOWN",
}


def _sources() -> list[Path]:
    # The generated forms hold the .ui files' labels and tooltips, not code that decides.
    return sorted(p for p in GUI.rglob("*.py") if "forms" not in p.relative_to(GUI).parts)


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def owned_literals(source: str) -> list[tuple[int, str]]:
    """The string literals in ``source`` that spell a word the domain owns, with their lines."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    return sorted(
        (node.lineno, OWNED[node.value.strip().casefold()])
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and node.value.strip().casefold() in OWNED
    )


def test_the_scan_finds_a_widget_that_compares_sub_status_text() -> None:
    # What the test below must catch, in the shapes it took before the rules moved.
    source = (
        '"""On hold is fine in a docstring."""\n'
        'if name == "Awaiting update from bailiff":\n'
        "    pass\n"
        "text = 'Not Known' if reg == 'NOT KNOWN' else reg\n"
        'hint = f"On hold until {day}"\n'
    )
    assert owned_literals(source) == [
        (2, "SrSubStatus.AWAITING_BAILIFF"),
        (4, "facts.shown_registration / NOT_KNOWN"),
        (4, "facts.shown_registration / NOT_KNOWN"),
    ]


def test_no_widget_spells_a_sub_status_or_not_known() -> None:
    sources = _sources()
    assert GUI / "views" / "activity_plan_view.py" in sources
    found = [
        f"{path.relative_to(GUI)}:{line}: use {name}"
        for path in sources
        for line, name in owned_literals(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_views_work_out_no_dates() -> None:
    # Wait dates and hold limits come with the read (ServiceRequestDTO.wait_suggestions).
    for path in sorted((GUI / "views").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        } | {
            f"{node.module}"
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        }
        assert "timedelta" not in imported, path.name
        assert "dates" not in imported, path.name
        assert "enforcement_desktop.domain.dates" not in imported, path.name


@pytest.fixture
def view(qtbot: QtBot, ctx: ServiceContext, data: Dataset) -> ActivityPlanView:
    widget = ActivityPlanView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def test_a_hold_chosen_in_the_status_shows_the_latest_date_the_domain_allows(
    view: ActivityPlanView, ctx: ServiceContext, data: Dataset
) -> None:
    sr = srs.create_service_request(ctx, data.pat_case_id, *BAILIFF)
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    view.set_client(data.pat_id)
    view.show_service_request(sr.id)
    ui = view.ui
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(SrStatus.WAIT))
    ui.subStatusCombo.setCurrentIndex(ui.subStatusCombo.findData(SrSubStatus.ON_HOLD))
    today = ctx.today()
    assert ui.waitDateEdit.value() == today + timedelta(days=28) == date(2026, 12, 21)
    assert ui.statusHintLabel.text() == (
        "Latest wait date: a hold on bailiff action lasts at most 28 days, from 23/11/2026 to "
        "21/12/2026."
    )
    # A longer hold is refused by the service, under the date, as the Hold action refuses it.
    ui.waitDateEdit.set_value(today + timedelta(days=29))
    assert not view.apply_status()
    assert ui.waitDateError.isVisible()
    assert "at most 28 days" in ui.waitDateError.text()
    assert srs.get_service_request(ctx, sr.id).status == SrStatus.IN_PROGRESS


def test_the_asset_view_shows_the_link_verdict_and_its_reason(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    client = build_client(ctx)
    widget = AssetView(ctx)
    qtbot.addWidget(widget)
    widget.set_client(client.paying_parent_id)
    ui = widget.ui
    assert ui.linkButton.isEnabled()
    assert ui.linkButton.toolTip() == ""
    assert not ui.unlinkButton.isEnabled()
    assert ui.unlinkButton.toolTip() == (
        f"This asset is not associated to service request {client.sr_id}"
    )
    widget.link_selected()
    assert not ui.linkButton.isEnabled()
    assert ui.linkButton.toolTip() == (
        f"This asset is already associated to service request {client.sr_id}"
    )
    assert ui.unlinkButton.toolTip() == ""
