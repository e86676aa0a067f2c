#!/usr/bin/env python3
"""Render the Contact, Asset and Enforcement Orders views at 1280×800 to PNG (offscreen).

    .venv/bin/python tools/render_views.py            # a realistic client in a temporary database
    .venv/bin/python tools/render_views.py --db sqlite:///demo.sqlite3 --scin 121000000001

Writes docs/screenshots/contact_view.png, asset_view.png and orders_view.png. Look at them as a
case manager would: truncated labels, cramped columns, money not aligned to the right.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from enforcement_desktop.domain.enums import (  # noqa: E402
    AccountType,
    AddressMarker,
    AddressType,
    AssetFinding,
    AssetType,
    ContactRole,
    CourtKind,
    EmploymentStatus,
    InformationSource,
    Jurisdiction,
    OrderOrigin,
    OrderStatus,
    OrderType,
    Scheme,
    SrStatus,
)
from enforcement_desktop.services import (  # noqa: E402
    assets,
    cases,
    contacts,
    notes,
    orders,
)
from enforcement_desktop.services import service_requests as srs  # noqa: E402
from enforcement_desktop.services.base import ServiceContext  # noqa: E402
from enforcement_desktop.storage.db import Database  # noqa: E402

SIZE = (1280, 800)
NOW = datetime(2026, 11, 23, 9, 30)
BAILIFF = ("Enforcement", "Take Enforcement Action", "Bailiff")
DECIDE = ("Enforcement", "Decide On Enforcement Action", "Gather Information")


def build_client(ctx: ServiceContext) -> int:
    """A paying parent with the kind of history a case manager sees every day."""
    c = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.PAYING_PARENT,
            title="Mr",
            first_name="Daniel",
            last_name="Fictionson-Whitmore",
            other_names="James",
            scin="121004567890",
            date_of_birth=date(1981, 9, 14),
            nino="QQ123456C",
            phone="07700 900123",
            email="d.fictionson@example.com",
            jurisdiction=Jurisdiction.ENGLAND,
            employment_status=EmploymentStatus.EMPLOYED,
            employer_name="Midland Fictional Haulage Ltd",
            pv_marker=True,
            pv_control_measures="Two officers on any visit; no lone visits. Dog at the property.",
            holds_driving_licence=True,
            driving_licence_number="FICTI809141DJ9AB",
            depends_on_driving=True,
        ),
    )
    for data in (
        contacts.AddressInput(
            AddressType.RESIDENTIAL,
            "27 Example Crescent",
            "Earlsdon",
            "Coventry",
            "CV5 6AB",
            confident=True,
            from_date=date(2023, 4, 1),
        ),
        contacts.AddressInput(
            AddressType.CORRESPONDENCE,
            "PO Box 4471",
            None,
            "Coventry",
            None,
            marker=AddressMarker.DLO,
            from_date=date(2021, 2, 1),
        ),
        contacts.AddressInput(
            AddressType.PREVIOUS,
            "Flat 3, 118 Sample Street",
            None,
            "Birmingham",
            "B15 2TT",
            is_current=False,
            from_date=date(2018, 6, 1),
        ),
    ):
        contacts.add_address(ctx, c.id, data)
    contacts.add_vehicle(ctx, c.id, contacts.VehicleInput("FD19 XKE", "Vauxhall", "Astra", "Grey"))
    contacts.add_vehicle(ctx, c.id, contacts.VehicleInput("Not Known", "", "", "White"))
    receivers = [
        contacts.create_contact(
            ctx,
            contacts.ContactInput(
                role=ContactRole.RECEIVING_PARENT, first_name=first, last_name=last, scin=scin
            ),
        ).id
        for first, last, scin in (
            ("Sarah", "Exampleton", "121004567891"),
            ("Priya", "Sampleford", "121004567892"),
        )
    ]
    case = cases.create_case(
        ctx,
        c.id,
        cases.CaseInput(
            scheme=Scheme.CMS_2012, region="Midlands", arrears_balance=Decimal("8742.16")
        ),
        receivers,
    )
    mags = orders.create_court(
        ctx, orders.CourtInput("Coventry Magistrates' Court", CourtKind.MAGISTRATES, "CV")
    )
    county = orders.create_court(
        ctx,
        orders.CourtInput("Coventry County Court", CourtKind.COUNTY, "CV", Decimal("600.00")),
    )
    orders.create_court(
        ctx, orders.CourtInput("Birmingham Magistrates' Court", CourtKind.MAGISTRATES, "B")
    )

    def lo(ref: str, origin: OrderOrigin, applied: date, granted: date, amount: str) -> int:
        return orders.create_order(
            ctx,
            case.id,
            orders.OrderInput(
                order_type=OrderType.LIABILITY_ORDER,
                status=OrderStatus.GRANTED,
                origin=origin,
                reference=ref,
                court_id=mags.id,
                applied_on=applied,
                granted_on=granted,
                period_from=date(applied.year - 1, 1, 1),
                period_to=date(applied.year - 1, 12, 31),
                amount=Decimal(amount),
                costs=Decimal("75.00"),
            ),
        ).id

    csa = lo("LO/2019/00417", OrderOrigin.CSA, date(2019, 5, 2), date(2019, 6, 12), "2315.40")
    lo1 = lo("LO/2024/03310", OrderOrigin.CMS, date(2024, 8, 19), date(2024, 9, 30), "3120.00")
    lo2 = lo("LO/2026/01877", OrderOrigin.CMS, date(2026, 6, 1), date(2026, 7, 6), "2871.76")
    orders.create_order(
        ctx,
        case.id,
        orders.OrderInput(
            order_type=OrderType.LO_COUNTY_COURT,
            status=OrderStatus.APPLIED,
            reference="K9CV1204",
            court_id=county.id,
            parent_order_id=lo1,
            applied_on=date(2026, 10, 20),
        ),
    )
    orders.add_payment(ctx, csa, date(2020, 3, 1), Decimal("500.00"), "Bank transfer")
    orders.add_payment(ctx, csa, date(2021, 7, 14), Decimal("250.00"), "Debit card")
    orders.add_payment(ctx, lo1, date(2025, 2, 3), Decimal("1000.00"), "Bailiff collection")
    orders.add_payment(ctx, lo2, date(2026, 9, 1), Decimal("120.00"), "Bank transfer")

    found = [
        assets.create_asset(ctx, c.id, data)
        for data in (
            assets.AssetInput(
                AssetType.BANK_ACCOUNT,
                InformationSource.CREDIT_REFERENCE_AGENCY,
                date(2026, 10, 12),
                AccountType.PERSONAL,
                "Current account, Example Bank plc, sort code 12-34-56",
                Decimal("2150.00"),
                AssetFinding.RELEVANT,
            ),
            assets.AssetInput(
                AssetType.PROPERTY,
                InformationSource.LAND_REGISTRY,
                date(2026, 10, 15),
                None,
                "27 Example Crescent, Coventry (joint owner)",
                Decimal("245000.00"),
                AssetFinding.RELEVANT,
            ),
            assets.AssetInput(
                AssetType.VEHICLE,
                InformationSource.DVLA,
                date(2026, 10, 16),
                None,
                "Vauxhall Astra FD19 XKE",
                Decimal("6500.00"),
            ),
            assets.AssetInput(
                AssetType.BANK_ACCOUNT,
                InformationSource.CREDIT_REFERENCE_AGENCY,
                date(2026, 9, 2),
                AccountType.BUSINESS,
                "Closed business account",
                Decimal("0.00"),
            ),
        )
    ]
    assets.disregard_asset(
        ctx, found[3].id, found[3].version, "Account closed in 2019; not relevant"
    )
    bailiff = srs.create_service_request(ctx, case.id, *BAILIFF, order_id=lo2)
    srs.change_status(ctx, bailiff.id, bailiff.version, SrStatus.IN_PROGRESS)
    assets.link_asset_to_sr(ctx, bailiff.id, found[0].id)
    decide = srs.create_service_request(ctx, case.id, *DECIDE)
    decide = srs.change_status(ctx, decide.id, decide.version, SrStatus.IN_PROGRESS)
    srs.change_status(ctx, decide.id, decide.version, SrStatus.CLOSED)
    notes.add_note(
        ctx, "Paying parent phoned: says he will pay £200 a month from December.", contact_id=c.id
    )
    notes.add_note(ctx, "Employer confirmed employment by letter.", contact_id=c.id)
    return c.id


def _load_fonts() -> None:
    for font in sorted((ROOT / "resources" / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def render(widget: QWidget, path: Path) -> None:
    widget.resize(*SIZE)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a temporary one with a sample client)")
    parser.add_argument("--scin", help="SCIN of the client to show (with --db)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    _load_fonts()
    from PySide6.QtGui import QFont

    app.setFont(QFont("DejaVu Sans", 9))

    from enforcement_desktop.gui.views.asset_view import AssetView
    from enforcement_desktop.gui.views.contact_view import ContactView
    from enforcement_desktop.gui.views.orders_view import OrdersView

    with tempfile.TemporaryDirectory() as tmp:
        if args.db:
            ctx = ServiceContext(Database(args.db), user="screenshot")
            contact_id = contacts.find_contact_by_scin(ctx, args.scin).id
        else:
            ctx = ServiceContext(
                Database(f"sqlite:///{tmp}/views.sqlite3"), "a.caseworker", lambda: NOW
            )
            contact_id = build_client(ctx)
        args.out.mkdir(parents=True, exist_ok=True)
        for name, cls in (
            ("contact_view", ContactView),
            ("asset_view", AssetView),
            ("orders_view", OrdersView),
        ):
            view = cls(ctx)
            view.setWindowTitle(f"{cls.title} — Enforcement Desktop")
            view.set_client(contact_id)
            render(view, args.out / f"{name}.png")
            view.close()
            view.deleteLater()
        ctx.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
