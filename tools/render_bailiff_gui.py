#!/usr/bin/env python3
"""Render the bailiff screens at 1280×800 to PNG (offscreen), from a fresh demo database.

    .venv/bin/python tools/render_bailiff_gui.py [--out docs/screenshots]

Writes bailiff_referral.png (the referral dialog for 121000000001 over the Enforcement Orders
view), bailiff_pack.png (the pack preview of 121000000008 with the CMSF5571 ticked, encrypted as
the office requires), bailiff_batch_preview.png (Build all packs: which clients will be built),
bailiff_passphrase.png (the encrypted pack's passphrase, shown once), bailiff_pack_sent.png
(the whole pack recorded as sent in one dialog), case_region.png (the Edit case dialog's region
picked from the regions list) and bailiff_activity_plan.png (the Activity Plan of a Bailiff SR
of 121000000008 after its pack was built and recorded as sent). Look at them as a case manager
would: clipped text, cramped columns, figures not in UK format, buttons that make no sense for
the state.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZE = (1280, 800)
NOW = datetime(2026, 11, 23, 9, 30)
USER = "a.caseworker"
READY = "121000000001"
PREPARED = "121000000008"


def _settle(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.show()
    for _ in range(5):
        QApplication.processEvents()
    # Rows filled in after showing change fixed heights: lay out again before grabbing.
    for widget in widgets:
        layout = widget.layout()
        if layout is not None:
            layout.activate()
    QApplication.processEvents()


def _read(dialog: QWidget) -> None:
    """Wait (a few seconds at most) for a dialog's read through the operation runner."""
    for _ in range(500):
        if not getattr(dialog, "loading", False):
            return
        QApplication.processEvents()
        time.sleep(0.01)


def _over(window: QWidget, dialog: QWidget, path: Path) -> None:
    """The window at 1280×800 with the dialog centred over it, dimmed behind, as a user sees it."""
    window.resize(*SIZE)
    _settle(window, dialog)
    # A dialog reads what it shows once it is shown: wait for that read, then lay out again.
    _read(dialog)
    _settle(window, dialog)
    canvas = QPixmap(*SIZE)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.drawPixmap(0, 0, window.grab())
    painter.fillRect(canvas.rect(), QColor(0, 0, 0, 70))
    shot = dialog.grab()
    corner = QPoint((SIZE[0] - shot.width()) // 2, max(0, (SIZE[1] - shot.height()) // 2))
    painter.fillRect(
        corner.x() - 1, corner.y() - 1, shot.width() + 2, shot.height() + 2, QColor("#555555")
    )
    painter.drawPixmap(corner, shot)
    painter.end()
    canvas.save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def _alone(widget: QWidget, path: Path) -> None:
    widget.resize(*SIZE)
    _settle(widget)
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    for font in sorted((ROOT / "resources" / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    app.setFont(QFont("DejaVu Sans", 9))

    from enforcement_desktop import demo
    from enforcement_desktop.config import Settings
    from enforcement_desktop.documents.encrypted_zip import generate_passphrase
    from enforcement_desktop.domain.enums import OrderStatus, OrderType
    from enforcement_desktop.gui.dialogs.bailiff_pack_dialog import BailiffPackDialog
    from enforcement_desktop.gui.dialogs.bailiff_referral_dialog import BailiffReferralDialog
    from enforcement_desktop.gui.dialogs.batch_preview_dialog import BatchPreviewDialog
    from enforcement_desktop.gui.dialogs.case_dialog import CaseDialog
    from enforcement_desktop.gui.dialogs.pack_sent_dialog import RecordPackSentDialog
    from enforcement_desktop.gui.dialogs.passphrase_dialog import PassphraseDialog
    from enforcement_desktop.gui.main_window import ACTIVITY_PLAN, CONTACT, ORDERS, MainWindow
    from enforcement_desktop.gui.preferences import output_folder_key
    from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
    from enforcement_desktop.services import bailiff, cases, contacts, orders, policy
    from enforcement_desktop.services import service_requests as srs
    from enforcement_desktop.services.base import ServiceContext
    from enforcement_desktop.storage.db import Database

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Nothing here may touch the user's own settings (window state, output folder).
        QCoreApplication.setOrganizationName("CMG-screenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        url = f"sqlite:///{folder / 'demo.sqlite3'}"
        QSettings().setValue(output_folder_key(url), str(folder))
        db = Database(url)
        demo.build_demo(db, today=NOW.date(), cases=len(demo.SHOWCASE), user=USER)
        ctx = ServiceContext(db=db, user=USER, clock=lambda: NOW)
        settings = Settings(db_url=url, demo=True, user=USER)
        window = MainWindow(
            ctx, settings, QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
        )

        # 1. The referral dialog over the Enforcement Orders view of 121000000001.
        ready = contacts.find_contact_by_scin(ctx, READY)
        window.open_client(ready.id)
        window.show_view(ORDERS)
        case = cases.cases_for_contact(ctx, ready.id)[0]
        los = [
            o
            for o in orders.list_orders(ctx, case.id)
            if o.order_type == OrderType.LIABILITY_ORDER and o.status == OrderStatus.GRANTED
        ]
        referral = BailiffReferralDialog(ctx, case, los, window)
        _over(window, referral, args.out / "bailiff_referral.png")
        referral.close()

        # The region picked from the regions list (Edit case, over the Contact view).
        window.show_view(CONTACT)
        edit_case = CaseDialog(ctx, case, window)
        _over(window, edit_case, args.out / "case_region.png")
        edit_case.close()

        # 2. The pack preview of 121000000008, CMSF5571 ticked, encrypted as the office requires.
        leader = ServiceContext(db=db, user=demo.DEMO_TEAM_LEADER, clock=lambda: NOW)
        policy.set_pack_encryption_required(leader, True)
        prepared = contacts.find_contact_by_scin(ctx, PREPARED)
        window.open_client(prepared.id)
        pack = BailiffPackDialog(ctx, PREPARED, window)
        pack.ui.dvsCheck.setChecked(True)
        _over(window, pack, args.out / "bailiff_pack.png")
        pack.close()

        # Build all packs: the clients it will build, before any folder is asked for.
        batch = BatchPreviewDialog(ctx, window)
        _read(batch)
        _over(window, batch, args.out / "bailiff_batch_preview.png")
        batch.close()

        # 3. Build it encrypted: the passphrase shown once; the whole pack recorded as sent.
        passphrase = generate_passphrase()
        outcome = bailiff.build_bailiff_pack(ctx, PREPARED, folder, dvs=True, passphrase=passphrase)
        shown = PassphraseDialog(passphrase, outcome.zip_path, window)
        _over(window, shown, args.out / "bailiff_passphrase.png")
        shown.close()
        sent = RecordPackSentDialog(ctx, PREPARED, window, sr_ids=outcome.sr_ids)
        _read(sent)
        sent.ui.companyCombo.setEditText("Example Enforcement Agents Ltd")
        _over(window, sent, args.out / "bailiff_pack_sent.png")
        sent.close()
        first = srs.get_service_request(ctx, outcome.sr_ids[0])
        bailiff.record_sent(
            ctx,
            first.id,
            first.version,
            proceed_date=NOW.date() - timedelta(days=1),
            issue_date=NOW.date(),
            company="Example Enforcement Agents Ltd",
        )
        window.open_service_request(first.id)
        _alone(window, args.out / "bailiff_activity_plan.png")
        plan = window.view(ACTIVITY_PLAN)
        assert isinstance(plan, ActivityPlanView)
        plan.ui.detailTabs.setCurrentWidget(plan.ui.documentsTab)
        _alone(window, args.out / "bailiff_activity_plan_documents.png")
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
