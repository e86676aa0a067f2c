#!/usr/bin/env python3
"""Render each view of the demo data at 1280×800 to docs/screenshots/<view>.png.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--scin 121000000001]

Builds a fresh demo database in a temporary folder (enforcement_desktop.demo), opens the main
window offscreen (unless QT_QPA_PLATFORM says otherwise), opens the client and grabs every view,
the search pop-up, the enforce form of a Bailiff service request and the Decide tab of a Decide
service request (the other tools/render_*.py scripts show the Activity Plan's other panels).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

USER = "demo.user"
SIZE = (1280, 800)


def build_database(folder: Path) -> str:
    """A demo database (the demo module's default set) in ``folder``; its URL."""
    from enforcement_desktop import demo

    url = f"sqlite:///{folder / 'enforcement-demo.sqlite3'}"
    demo.create_demo_database(url, today=date.today(), user=USER)
    return url


def _bailiff_sr(ctx: object, contact_id: int) -> int | None:
    """The client's first Bailiff service request still open for work, if any."""
    from enforcement_desktop.services import cases
    from enforcement_desktop.services import service_requests as srs

    for case in cases.cases_for_contact(ctx, contact_id):  # type: ignore[arg-type]
        for sr in srs.list_for_case(ctx, case.id):  # type: ignore[arg-type]
            if sr.sub_area == "Bailiff" and not sr.read_only:
                return sr.id
    return None


def _open_sr(ctx: object, scin: str, sub_area: str) -> int | None:
    """The client's first service request of ``sub_area`` still open for work, if any."""
    from enforcement_desktop.services import cases, contacts
    from enforcement_desktop.services import service_requests as srs

    client = contacts.find_contact_by_scin(ctx, scin)  # type: ignore[arg-type]
    for case in cases.cases_for_contact(ctx, client.id):  # type: ignore[arg-type]
        for sr in srs.list_for_case(ctx, case.id):  # type: ignore[arg-type]
            if sr.sub_area == sub_area and not sr.read_only:
                return sr.id
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scin", default="121000000001", help="the client to show")
    parser.add_argument(
        "--bailiff-scin", default="121000000008", help="a client with a Bailiff SR under way"
    )
    args = parser.parse_args()

    from PySide6.QtCore import QPoint, QSettings
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    from enforcement_desktop.config import Settings
    from enforcement_desktop.gui import worker
    from enforcement_desktop.gui.main_window import (
        ACTIVITY_PLAN,
        ASSETS,
        CONTACT,
        DIARY,
        ORDERS,
        WORK_QUEUE,
        MainWindow,
    )
    from enforcement_desktop.services import contacts
    from enforcement_desktop.services.base import ServiceContext
    from enforcement_desktop.storage.db import Database

    worker.SYNCHRONOUS = True  # each grab shows finished work
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = build_database(folder)
        db = Database(url)
        ctx = ServiceContext(db, USER)
        settings = Settings(db_url=url, demo=True, user=USER)
        store = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ctx, settings, store)
        window.resize(*SIZE)
        window.show()

        def settle() -> None:
            for _ in range(5):
                app.processEvents()

        def grab(name: str) -> None:
            settle()
            path = args.out / f"{name}.png"
            window.grab().save(str(path))
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

        window.show_view(WORK_QUEUE)
        grab("work_queue")

        # The search pop-up is a window of its own: paint it onto the main window's picture.
        window.ui.searchEdit.setText("Testing")
        window.run_search()
        settle()
        picture = window.grab()
        popup = window.search_popup
        if popup.isVisible():
            painter = QPainter(picture)
            offset = popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
            painter.drawPixmap(offset, popup.grab())
            painter.end()
        picture.save(str(args.out / "search.png"))
        print(f"wrote {args.out / 'search.png'}")
        popup.hide()
        window.ui.searchEdit.clear()

        client = contacts.find_contact_by_scin(ctx, args.scin)
        window.open_client(client.id)
        for index, name in ((CONTACT, "contact"), (ASSETS, "assets"), (ORDERS, "orders")):
            window.show_view(index)
            grab(name)
            if index == CONTACT:
                # The client's details open for editing (Edit details), then left unchanged.
                contact_view = window.view(CONTACT)
                contact_view.start_editing()  # type: ignore[attr-defined]
                grab("contact_edit")
                contact_view.discard_changes()

        window.show_view(ACTIVITY_PLAN)  # the client's first open service request
        grab("activity_plan")

        # An employer's Contact view: an organisation's name, phone and address only. The
        # employer of demo client 121000000007, recorded here as a contact of its own.
        from enforcement_desktop.domain.enums import AddressType, ContactRole

        employer = contacts.create_contact(
            ctx,
            contacts.ContactInput(
                role=ContactRole.EMPLOYER,
                first_name="Protoworth",
                last_name="Design Ltd",
                phone="0121 496 0871",
                email="accounts@protoworth.example.com",
            ),
            contacts.AddressInput(
                AddressType.CORRESPONDENCE,
                "Unit 4, Fictional Trading Estate",
                town="Demoton",
                postcode="B15 2TT",
                confident=True,
            ),
        )
        window.open_client(employer.id)
        window.show_view(CONTACT)
        grab("contact_employer")

        # A Bailiff SR with its plan under way, and its enforce form.
        bailiff = _bailiff_sr(ctx, contacts.find_contact_by_scin(ctx, args.bailiff_scin).id)
        if bailiff is not None:
            window.open_service_request(bailiff)
            grab("activity_plan_bailiff")
            plan = window.view(ACTIVITY_PLAN)
            plan.ui.detailTabs.setCurrentWidget(plan.ui.formTab)  # type: ignore[attr-defined]
            grab("activity_plan_form")

        # A Decide SR's Decide tab (scrolled inside the tab at 1280x800).
        decide = _open_sr(ctx, "121000000009", "Gather Information")
        if decide is not None:
            window.open_service_request(decide)
            plan = window.view(ACTIVITY_PLAN)
            plan.ui.detailTabs.setCurrentWidget(plan.decide_tab)  # type: ignore[attr-defined]
            grab("decide_panel")
            plan.ui.detailTabs.setCurrentWidget(plan.ui.planTab)  # type: ignore[attr-defined]

        # A Check CSA SR's Raise Set Up Legacy LO (demo client 121000000010: its one legacy
        # LO already has its SR, so the button says why not).
        check_csa = _open_sr(ctx, "121000000010", "Finalise Case")
        if check_csa is not None:
            window.open_service_request(check_csa)
            grab("activity_plan_check_csa")

        window.show_view(DIARY)  # the demo user's reminders, one overdue
        grab("diary")
        window.close()

        # The team leader's diary: the team's reminders and the work gone quiet.
        from enforcement_desktop.demo import DEMO_TEAM_LEADER

        leader = ServiceContext(db, DEMO_TEAM_LEADER)
        window = MainWindow(leader, settings, store)
        window.resize(*SIZE)
        window.show()
        settle()
        window.show_view(DIARY)
        diary = window.view(DIARY)
        diary.ui.teamCheck.setChecked(True)  # type: ignore[attr-defined]
        grab("diary_team")
        diary.ui.diaryTabs.setCurrentWidget(diary.ui.quietTab)  # type: ignore[attr-defined]
        grab("diary_quiet")

        # The team leader on a Review LO awaiting authorisation, then the approval dialog.
        review_lo = _open_sr(leader, "121000000011", "Review LO")
        if review_lo is not None:
            window.open_service_request(review_lo)
            grab("review_lo_awaiting")
            from enforcement_desktop.gui.dialogs.authorisation_dialog import (
                AuthorisationDialog,
                Decision,
            )

            plan = window.view(ACTIVITY_PLAN)
            screen = plan.sr_screen  # type: ignore[attr-defined]
            assert screen is not None and screen.review_lo is not None
            dialog = AuthorisationDialog(
                leader, screen.service_request, screen.review_lo, Decision.APPROVE, window
            )
            dialog.show()
            settle()
            path = args.out / "review_lo_approve_dialog.png"
            dialog.grab().save(str(path))
            print(f"wrote {path}")
            dialog.close()
        window.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
