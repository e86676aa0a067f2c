"""CMEL8010 "Referral to bailiff": one Word form per liability order (seed 003 step 10)."""

from __future__ import annotations

import os
from pathlib import Path

from docx.document import Document as DocxDocument

from enforcement_desktop.documents.data import (
    NOT_KNOWN,
    BailiffReferral,
    VehicleDetails,
    clean_text,
    known,
)
from enforcement_desktop.documents.templates import (
    CMEL8010_TEMPLATE,
    RED,
    Field,
    FormWriter,
    paragraph,
    render_form,
    set_header_reference,
    set_properties,
    write_form,
)
from enforcement_desktop.domain.values import format_date, format_money

FORM_CODE = "CMEL8010"
TITLE = "Referral to bailiff"


VEHICLE_HEADINGS = ("Registration", "Make", "Model", "Colour")


def vehicle_row(vehicle: VehicleDetails) -> list[str]:
    """A vehicle as a row of the forms' vehicle grid; unknown values print "Not Known"."""
    registration = known(vehicle.registration)
    if registration != NOT_KNOWN:
        registration = registration.upper()
    return [registration, known(vehicle.make), known(vehicle.model), known(vehicle.colour)]


def _plain(value: str) -> str:
    return clean_text(value).strip()


def _lines_or(values: tuple[str, ...], empty: str) -> list[str]:
    lines = [clean_text(v).strip() for v in values]
    return [line for line in lines if line] or [empty]


def fill_cmel8010(document: DocxDocument, referral: BailiffReferral) -> None:
    """Write the body of a CMEL8010 into a document opened from the CMEL8010 template.

    Args:
        document: The template, freshly opened (empty body).
        referral: The referral to print.
    """
    r = referral
    lo = r.liability_order
    pp = r.paying_parent
    first_form = f"As CMEL8010 LO {r.first_position} of {r.total}"
    form = FormWriter(document)

    priority = "Collect this LO first" if r.position == 1 else f"Collect after LO {r.position - 1}"
    form.banner(
        paragraph(TITLE, "FormTitle")
        + paragraph(
            f"{FORM_CODE}  |  Child Maintenance Service  |  SCIN {clean_text(r.scin)}",
            "FormSubtitle",
        ),
        paragraph(r.position_label, "LOPosition")
        + paragraph(priority, "FormSubtitle", align="center"),
    )
    if not r.complete:
        form.add(
            paragraph(
                f"Subsequent form: parents' details, SCIN and this LO are given in full; sections "
                f"marked \u201c{first_form}\u201d are unchanged from the complete first form.",
                "FormNote",
            )
        )
    form.spacer()
    form.fields(
        [
            Field("SCIN", clean_text(r.scin), strong=True),
            Field("Scheme", known(r.scheme)),
            Field("Referral date", format_date(r.referral_date)),
            Field("Sum applied for", format_money(r.sum_applied_for), strong=True),
            # Contact details are never "Not Known": the service refuses to print without them.
            Field("Case manager", _plain(r.case_manager.name)),
            Field("Team", _plain(r.case_manager.team)),
            Field("Region", known(r.case_manager.region)),
            Field("Contact number", _plain(r.case_manager.phone)),
        ]
    )
    form.spacer()
    if r.pv_marker:
        # Safety first: red, bold, thick border, repeated on every form of the batch.
        measures = clean_text(r.pv_control_measures).strip() or "None recorded"
        form.box(
            paragraph("PV marker: potentially violent", "PVWarning")
            + paragraph("Control measures:", "FieldValue", bold=True, color=RED)
            + paragraph(measures, "FieldValue", bold=True, color=RED),
            border_color=RED,
            border_size=24,
            fill="FDECEA",
        )
    else:
        form.box(paragraph("No PV marker recorded", "FieldValue", bold=True))

    form.heading("Paying parent (NRP)")
    address = pp.address.as_lines() if pp.address else []
    form.fields(
        [
            Field("Full name", known(pp.full_name), strong=True),
            Field("Date of birth", format_date(pp.date_of_birth) or NOT_KNOWN),
            Field("Other names", _lines_or(pp.other_names, "None known"), wide=True),
            Field("Address", address or [NOT_KNOWN], wide=True),
            Field("NI number", known(pp.ni_number)),
            Field("Phone", known(pp.phone)),
            Field("Employment status", known(pp.employment_status)),
            Field("Employer", known(pp.employer)),
        ]
    )

    form.heading("Vehicles")
    if r.vehicles:
        form.grid(VEHICLE_HEADINGS, [vehicle_row(v) for v in r.vehicles])
    else:
        form.box(paragraph("No vehicles recorded" if r.complete else first_form))

    form.heading("Receiving parent (PWC)")
    form.fields(
        [Field("Name(s)", _lines_or(r.receiving_parent_names, NOT_KNOWN))],
        columns=2,
    )

    form.heading(f"Liability order ({r.position_label})")
    period = " to ".join(format_date(d) or NOT_KNOWN for d in (lo.period_from, lo.period_to))
    form.fields(
        [
            Field("LO reference", known(lo.reference), strong=True),
            Field("Origin", lo.origin.label),
            Field("Court", known(lo.court), wide=True),
            Field("Date applied", format_date(lo.applied_on) or NOT_KNOWN),
            Field("Date granted", format_date(lo.granted_on)),
            Field("Period covered", period),
            Field("Collection priority", r.position_label),
            Field("LO amount", format_money(lo.amount)),
            Field("Costs awarded", format_money(lo.costs)),
            Field("Payments made", format_money(lo.payments)),
            Field("Current arrears balance", format_money(lo.current_balance), strong=True),
        ]
    )

    form.heading("Assets and previous enforcement")
    empty = "None recorded" if r.complete else first_form
    form.fields(
        [
            Field("Assets associated", _lines_or(r.assets, empty)),
            Field("Previous enforcement", _lines_or(r.previous_enforcement, empty)),
        ],
        columns=2,
    )

    form.heading("Additional information")
    # The one box the procedure has the case manager complete (seed 003, CMEL8010: "Under the
    # heading Additional information enter free text"); the rest is pre-populated and protected.
    form.box(paragraph(clean_text(r.additional_information).strip() or "None"), editable=True)

    form.add(
        paragraph(
            f"End of {FORM_CODE} {r.position_label} for SCIN {clean_text(r.scin)}, prepared by "
            f"{_plain(r.case_manager.name)} on {format_date(r.referral_date)}. Personal data: "
            "for the bailiff's use in collecting this debt only.",
            "FormNote",
        )
    )
    form.finish()
    set_header_reference(document, f"SCIN {clean_text(r.scin)}  |  {r.position_label}")

    set_properties(
        document,
        title=f"{FORM_CODE} {TITLE}",
        author=r.case_manager.name,
        on=r.referral_date,
    )


def render_cmel8010(referral: BailiffReferral) -> bytes:
    """The CMEL8010 for ``referral`` as .docx bytes (used by the pack, which zips in memory)."""
    return render_form(CMEL8010_TEMPLATE, fill_cmel8010, referral)


def build_cmel8010(referral: BailiffReferral, path: str | os.PathLike[str]) -> Path:
    """Write the CMEL8010 for one liability order to ``path``, atomically.

    Args:
        referral: The referral (one LO, numbered k of N).
        path: The .docx file to create or replace.

    Returns:
        The path written.
    """
    return write_form(render_cmel8010(referral), path)
