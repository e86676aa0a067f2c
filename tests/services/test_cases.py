"""Case services: edits, receiving parents, the wilful refusal finding (audited, validated)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from enforcement_desktop.domain.enums import ContactRole, DeoDesire, Power, Scheme
from enforcement_desktop.domain.errors import ConflictError, RuleViolation, ValidationError
from enforcement_desktop.services import cases, contacts, options
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AuditEvent
from tests.services.builders import make_case, make_paying_parent


def _input(case: cases.CaseDTO, **changes: object) -> cases.CaseInput:
    data = cases.CaseInput(
        scheme=case.scheme,
        region=case.region,
        owning_team=case.owning_team,
        arrears_balance=case.arrears_balance,
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_update_case_audits_each_field(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    updated = cases.update_case(
        ctx, case.id, case.version, _input(case, arrears_balance=Decimal("3100.5"))
    )
    assert updated.arrears_balance == Decimal("3100.50")
    assert updated.version == case.version + 1
    with ctx.db.unit_of_work() as s:
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "case", AuditEvent.action == "update")
        ).one()
    assert (event.field, event.old_value, event.new_value) == (
        "arrears_balance",
        "2400.00",
        "3100.50",
    )
    with pytest.raises(ConflictError):
        cases.update_case(ctx, case.id, case.version, _input(case))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"region": "Mid/lands"}, "region"),
        ({"region": ""}, "region"),
        ({"arrears_balance": Decimal("-1")}, "arrears_balance"),
        ({"arrears_balance": Decimal("1.001")}, "arrears_balance"),
        ({"deo_desire": DeoDesire.MANDATORY}, "deo_desire_set_on"),
        ({"deo_desire_set_on": date(2026, 11, 24)}, "deo_desire_set_on"),
    ],
)
def test_bad_case_edit_changes_nothing(
    ctx: ServiceContext, changes: dict[str, object], field: str
) -> None:
    case = make_case(ctx)
    with pytest.raises(ValidationError) as info:
        cases.update_case(ctx, case.id, case.version, _input(case, **changes))
    assert field in info.value.errors
    assert cases.get_case(ctx, case.id) == case


def test_blank_case_manager_and_team_are_stored_as_not_recorded(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    case = cases.update_case(
        ctx, case.id, case.version, _input(case, case_manager="  Morgan  ", team=" ")
    )
    assert (case.case_manager, case.team) == ("Morgan", None)


def test_a_case_cannot_be_created_without_a_receiving_parent(ctx: ServiceContext) -> None:
    payer = make_paying_parent(ctx, "121000000301")
    data = cases.CaseInput(scheme=Scheme.CMS_2012, region="Midlands")
    for nobody in (None, []):
        with pytest.raises(ValidationError) as info:
            cases.create_case(ctx, payer, data, nobody)
        assert "at least one receiving parent" in info.value.errors["receiving_parent"]
    assert cases.cases_for_contact(ctx, payer) == []


def test_receiving_parents_added_and_removed(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    second = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.RECEIVING_PARENT,
            first_name="Jo",
            last_name="Sampleford",
            scin="121000000999",
        ),
    )
    case = cases.add_receiving_parent(ctx, case.id, case.version, second.id)
    assert [r.contact_id for r in case.receiving_parents][-1] == second.id
    with pytest.raises(ValidationError, match="already on this case"):
        cases.add_receiving_parent(ctx, case.id, case.version, second.id)
    with pytest.raises(ValidationError, match="not recorded as a receiving parent"):
        cases.add_receiving_parent(ctx, case.id, case.version, case.paying_parent_id)
    first = case.receiving_parents[0].contact_id
    # Someone else changed the case since it was read: nothing is removed.
    changed = cases.update_case(ctx, case.id, case.version, _input(case, region="North East"))
    with pytest.raises(ConflictError):
        cases.remove_receiving_parent(ctx, case.id, first, case.version)
    assert len(cases.get_case(ctx, case.id).receiving_parents) == 2
    case = cases.remove_receiving_parent(ctx, case.id, first, changed.version)
    assert [r.contact_id for r in case.receiving_parents] == [second.id]
    with pytest.raises(RuleViolation, match="at least one receiving parent"):
        cases.remove_receiving_parent(ctx, case.id, second.id)
    assert cases.cases_for_contact(ctx, second.id)[0].id == case.id


def test_wilful_refusal_finding_is_validated_and_reaches_the_rules(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    with pytest.raises(ValidationError) as info:
        cases.record_wilful_refusal(ctx, case.id, case.version, date(2026, 12, 1), " ")
    assert set(info.value.errors) == {"found_on", "evidence"}

    def last_resort_reasons() -> str:
        found = {o.power: o for o in options.case_options(ctx, case.id)}
        return " ".join(found[Power.COMMITMENT].reasons)

    assert "no finding of wilful refusal" in last_resort_reasons().lower()
    recorded = cases.record_wilful_refusal(
        ctx, case.id, case.version, date(2026, 10, 1), "Refused to pay despite means."
    )
    assert recorded.wilful_refusal_found_on == date(2026, 10, 1)
    assert recorded.wilful_refusal_evidence == "Refused to pay despite means."
    assert "no finding of wilful refusal" not in last_resort_reasons().lower()
