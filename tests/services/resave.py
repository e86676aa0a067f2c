"""Save every record of a case again, unchanged, through the services' update functions.

What the GUI's saves would run on each record: a case that imported, or a value a service
accepted, must pass them all. Records the services keep read-only (a disregarded asset, the
steps and form of a closed or cancelled service request) are skipped, as the GUI offers no save
for them; payments and notes have no update function.
"""

from __future__ import annotations

from enforcement_desktop.domain import workflows
from enforcement_desktop.services import appeals, assets, cases, contacts, orders
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext, input_from

#: The parts of a case :func:`resave_case` can save again.
PARTS = frozenset({"contacts", "case", "orders", "appeals", "service_requests"})


def resave_case(ctx: ServiceContext, case_id: int, parts: frozenset[str] = PARTS) -> int:
    """Save each record of the case again unchanged; returns how many saves were made.

    Args:
        ctx: Service context.
        case_id: The case.
        parts: Only these parts of it (see :data:`PARTS`; "contacts" includes their assets,
            "orders" the courts they name).

    Raises:
        DomainError: a save was refused (the record is one the services cannot save again).
    """
    saves = 0
    case = cases.get_case(ctx, case_id)
    contact_ids = [case.paying_parent_id, *(r.contact_id for r in case.receiving_parents)]
    for contact_id in contact_ids if "contacts" in parts else ():
        contact = contacts.get_contact(ctx, contact_id)
        contacts.update_contact(ctx, contact.id, contact.version, contact.to_input())
        for address in contact.addresses:
            data = input_from(address, contacts.AddressInput)
            contacts.update_address(ctx, address.id, address.version, data)
        for vehicle in contact.vehicles:
            data_v = input_from(vehicle, contacts.VehicleInput)
            contacts.update_vehicle(ctx, vehicle.id, vehicle.version, data_v)
        saves += 1 + len(contact.addresses) + len(contact.vehicles)
        for asset in assets.list_assets(ctx, contact_id):
            if not asset.is_disregarded:
                assets.update_asset(ctx, asset.id, asset.version, asset.to_input())
                saves += 1
    if "case" in parts:
        saves += _resave_case_record(ctx, case_id)
    if "orders" in parts:
        saves += _resave_orders(ctx, case_id)
    for appeal in appeals.list_appeals(ctx, case_id) if "appeals" in parts else ():
        appeals.update_appeal(ctx, appeal.id, appeal.version, appeal.to_input())
        saves += 1
    for listed in srs.list_for_case(ctx, case_id) if "service_requests" in parts else ():
        if workflows.is_final(listed.status):
            continue
        sr = srs.get_service_request(ctx, listed.id)
        for step in sr.steps:
            srs.update_step(ctx, step.id, step.version, step.outcome, step.reason)
            saves += 1
        if sr.enforce_form is not None:
            form = sr.enforce_form
            srs.update_enforce_form(ctx, sr.id, form.version, form.values)
            saves += 1
    return saves


def _resave_case_record(ctx: ServiceContext, case_id: int) -> int:
    case = cases.get_case(ctx, case_id)
    updated = cases.update_case(ctx, case.id, case.version, input_from(case, cases.CaseInput))
    saves = 1
    if case.wilful_refusal_found_on is not None or case.wilful_refusal_evidence is not None:
        cases.record_wilful_refusal(
            ctx,
            case.id,
            updated.version,
            case.wilful_refusal_found_on,
            case.wilful_refusal_evidence or "",
        )
        saves += 1
    return saves


def _resave_orders(ctx: ServiceContext, case_id: int) -> int:
    saves = 0
    court_ids: set[int] = set()
    for order in orders.list_orders(ctx, case_id):
        orders.update_order(ctx, order.id, order.version, order.to_input())
        saves += 1
        if order.court_id is not None:
            court_ids.add(order.court_id)
    for court in orders.list_courts(ctx):
        if court.id in court_ids:
            orders.update_court(ctx, court.id, court.version, court.to_input())
            saves += 1
    return saves
