"""CMSF5571: request for a photograph of the paying parent from the Driver Validation Service.

The CMS Bailiff SPOC uses it to obtain the photograph from DVS and send it to the bailiff by
Secure Email (SEM) within 24 hours of the referral (seed 003 steps 14-16).
"""

from __future__ import annotations

import os
from pathlib import Path

from docx.document import Document as DocxDocument

from enforcement_desktop.documents.cmel8010 import VEHICLE_HEADINGS, vehicle_row
from enforcement_desktop.documents.data import NOT_KNOWN, DvsPhotoRequest, clean_text, known
from enforcement_desktop.documents.templates import (
    CMSF5571_TEMPLATE,
    Field,
    FormWriter,
    paragraph,
    render_form,
    set_header_reference,
    set_properties,
    write_form,
)
from enforcement_desktop.domain.values import format_date

FORM_CODE = "CMSF5571"
TITLE = "Request for a DVS photograph"


def fill_cmsf5571(document: DocxDocument, request: DvsPhotoRequest) -> None:
    """Write the body of a CMSF5571 into a document opened from the CMSF5571 template.

    Args:
        document: The template, freshly opened (empty body).
        request: The photograph request to print.
    """
    q = request
    manager = clean_text(q.case_manager.name).strip()
    form = FormWriter(document)
    form.banner(
        paragraph(TITLE, "FormTitle")
        + paragraph(
            f"{FORM_CODE}  |  Driver Validation Service (DVS)  |  SCIN {clean_text(q.scin)}",
            "FormSubtitle",
        ),
        paragraph(FORM_CODE, "LOPosition")
        + paragraph("For the CMS Bailiff SPOC", "FormSubtitle", align="center"),
    )
    form.add(
        paragraph(
            "The CMS Bailiff SPOC obtains the photograph from DVS and sends it to the bailiff "
            "by Secure Email (SEM) within 24 hours of the bailiff referral.",
            "FormNote",
        )
    )

    form.heading("Request")
    form.fields(
        [
            Field("SCIN", clean_text(q.scin), strong=True),
            Field("Date of request", format_date(q.request_date)),
            # Contact details are never "Not Known": the service refuses to print without them.
            Field("Requesting case manager", manager),
            Field("Team", clean_text(q.case_manager.team).strip()),
            Field("Region", known(q.case_manager.region)),
            Field("Contact number", clean_text(q.case_manager.phone).strip()),
        ]
    )

    form.heading("Paying parent (NRP)")
    form.fields(
        [
            Field("Full name", known(q.paying_parent_name), strong=True),
            Field("Date of birth", format_date(q.date_of_birth) or NOT_KNOWN),
            Field("Address", q.address.as_lines() or [NOT_KNOWN], wide=True),
        ]
    )

    form.heading("Driving details")
    form.fields([Field("Driving licence number", known(q.driving_licence_number), wide=True)])
    form.heading("Vehicles")
    form.grid(VEHICLE_HEADINGS, [vehicle_row(v) for v in q.vehicle_list()])

    form.heading("Reason for request")
    form.box(
        paragraph(clean_text(q.reason).strip() or "To help the bailiff identify the paying parent.")
    )

    form.heading("For Bailiff SPOC use")
    # The SPOC requests the photograph and sends it on (seed 003 step 16), so these boxes are
    # theirs to complete; everything else is protected.
    form.fields(
        [
            Field("Date requested from DVS", "", editable=True),
            Field("Photograph received", "", editable=True),
            Field("Date sent to bailiff (SEM)", "", editable=True),
            Field("Sent by", "", editable=True),
        ]
    )
    form.add(
        paragraph(
            f"End of {FORM_CODE} for SCIN {clean_text(q.scin)}, requested by "
            f"{manager} on {format_date(q.request_date)}. Personal data: "
            "for identifying the paying parent only.",
            "FormNote",
        )
    )
    form.finish()
    set_header_reference(document, f"SCIN {clean_text(q.scin)}")

    set_properties(
        document,
        title=f"{FORM_CODE} {TITLE}",
        author=q.case_manager.name,
        on=q.request_date,
    )


def render_cmsf5571(request: DvsPhotoRequest) -> bytes:
    """The CMSF5571 for ``request`` as .docx bytes (used by the pack, which zips in memory)."""
    return render_form(CMSF5571_TEMPLATE, fill_cmsf5571, request)


def build_cmsf5571(request: DvsPhotoRequest, path: str | os.PathLike[str]) -> Path:
    """Write the CMSF5571 DVS photograph request to ``path``, atomically.

    Args:
        request: The request.
        path: The .docx file to create or replace.

    Returns:
        The path written.
    """
    return write_form(render_cmsf5571(request), path)
