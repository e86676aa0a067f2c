"""The DVLA request of Enforcement Action – Consider, step 9, as Word documents.

"DVLA - Complete form CMEL9235 to raise a query with the regional CSA SPOC, who will complete
form VQ615 and submit it to the DVLA" (seed 000, step 9). :class:`DvlaEnquiryRequest` is the
CMEL9235 the case manager sends the SPOC; :class:`Vq615Request` is the VQ615 "We need your help to
trace someone" with the fields the procedure lists (seed 000, "VQ615"): the requester's contact
details, the data protection registration number and its expiry date, the case reference
number, the paying parent's full name, each vehicle with its registration number (make and model
"Not Known" when unknown), the reason for the request and the legislation under which the
information is requested.

Word, like the other third-party letters, so the SPOC may complete or correct a box before it is
submitted; each is built from a plain frozen data object and the same data gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from docx.document import Document as DocxDocument

from enforcement_desktop.documents.cmel8010 import VEHICLE_HEADINGS, vehicle_row
from enforcement_desktop.documents.data import (
    NOT_KNOWN,
    CmsContact,
    PostalAddress,
    VehicleDetails,
    _freeze,
    clean_text,
    known,
)
from enforcement_desktop.documents.templates import (
    Field,
    FormWriter,
    paragraph,
    set_header_reference,
    set_properties,
)
from enforcement_desktop.domain.letters import LETTER_TITLES, LetterCode
from enforcement_desktop.domain.values import format_date

#: The VQ615's vehicle grid: the procedure asks for "vehicle details and registration number".
VQ615_VEHICLE_HEADINGS = ("Registration number", *VEHICLE_HEADINGS[1:])


def _text(value: object) -> str:
    return clean_text(value).strip()


@dataclass(frozen=True)
class DvlaEnquiryRequest:
    """CMEL9235: the case manager asks the regional CSA SPOC for a DVLA enquiry (VQ615).

    ``vehicles`` are those recorded for the paying parent (may be none: the SPOC is then asked
    to trace them by name and date of birth); ``reason`` is the case manager's.
    """

    request_date: date
    scin: str
    region: str
    case_manager: CmsContact
    paying_parent_name: str
    date_of_birth: date | None
    address: PostalAddress | None
    vehicles: tuple[VehicleDetails, ...]
    reason: str
    reply_by: date

    def __post_init__(self) -> None:
        _freeze(self, "vehicles")


@dataclass(frozen=True)
class Vq615Request:
    """VQ615 "We need your help to trace someone": the request the SPOC submits to the DVLA.

    Every field is the procedure's; ``vehicles`` holds at least one (the DVLA is asked about a
    vehicle), a make or model not known printing "Not Known".
    """

    request_date: date
    case_reference: str
    requester: CmsContact
    dp_registration_number: str
    dp_registration_expires: date
    paying_parent_name: str
    vehicles: tuple[VehicleDetails, ...]
    reason: str
    legislation: str

    def __post_init__(self) -> None:
        _freeze(self, "vehicles")
        if not self.vehicles:
            raise ValueError("a VQ615 names at least one vehicle")


AnyDvlaLetter = DvlaEnquiryRequest | Vq615Request


def _banner(form: FormWriter, code: LetterCode, title: str, subtitle: str, badge: str) -> None:
    form.banner(
        paragraph(title, "FormTitle") + paragraph(subtitle, "FormSubtitle"),
        paragraph(code.value, "LOPosition") + paragraph(badge, "FormSubtitle", align="center"),
    )


def _contact_fields(contact: CmsContact, *, region: bool = True) -> list[Field]:
    office = contact.office_lines()
    fields = [
        Field("Name", _text(contact.name), strong=True),
        Field("Team", _text(contact.team)),
        Field("Phone", _text(contact.phone), wide=not region),
    ]
    if region:
        fields.append(Field("Region", known(contact.region)))
    fields.append(Field("Office address", ["Child Maintenance Service", *office], wide=True))
    return fields


def _vehicle_rows(vehicles: tuple[VehicleDetails, ...]) -> list[list[str]]:
    return [vehicle_row(v) for v in vehicles]


# --- CMEL9235 --------------------------------------------------------------------------------


def fill_cmel9235(document: DocxDocument, request: DvlaEnquiryRequest) -> None:
    """Write the body of CMEL9235 for ``request`` into ``document`` (opened on its template)."""
    r = request
    scin = _text(r.scin)
    region = _text(r.region) or NOT_KNOWN
    form = FormWriter(document)
    _banner(
        form,
        LetterCode.CMEL9235,
        "Request for a DVLA enquiry",
        f"CMEL9235  |  To the regional CSA SPOC, {region}  |  SCIN {scin}",
        "For the regional CSA SPOC",
    )
    form.add(
        paragraph(
            "Please complete form VQ615 (We need your help to trace someone) from the details "
            "below and submit it to the DVLA. Criminal action is being considered on this case. "
            f"Please tell me once the DVLA has replied, by {format_date(r.reply_by)} if you can.",
            "FormNote",
        )
    )
    form.heading("Request")
    form.fields(
        [
            Field("SCIN", scin, strong=True),
            Field("Date of request", format_date(r.request_date)),
            Field("Region", region),
            Field("Reply wanted by", format_date(r.reply_by)),
        ]
    )
    form.heading("Requesting case manager")
    form.fields(_contact_fields(r.case_manager, region=False))  # the region is above
    form.heading("Paying parent (NRP)")
    address = r.address.as_lines() if r.address is not None else []
    form.fields(
        [
            Field("Full name", known(r.paying_parent_name), strong=True),
            Field("Date of birth", format_date(r.date_of_birth) or NOT_KNOWN),
            Field("Last known address", address or [NOT_KNOWN], wide=True),
        ]
    )
    form.heading("Vehicles known")
    if r.vehicles:
        form.grid(VQ615_VEHICLE_HEADINGS, _vehicle_rows(r.vehicles))
    else:
        form.box(
            paragraph(
                "No vehicle is recorded for the paying parent: please ask the DVLA to trace "
                "them by name and date of birth.",
                "LetterBody",
            )
        )
    form.heading("Reason for the request")
    form.box(paragraph(_text(r.reason) or NOT_KNOWN, "LetterBody"))
    form.heading("For CSA SPOC use")
    form.fields(
        [
            Field("VQ615 sent to the DVLA on", "", editable=True),
            Field("DVLA reply received on", "", editable=True),
            Field("Case manager told on", "", editable=True),
            Field("SPOC", "", editable=True),
        ]
    )
    form.add(
        paragraph(
            f"End of CMEL9235 for SCIN {scin}, requested by {_text(r.case_manager.name)} on "
            f"{format_date(r.request_date)}. Personal data: for tracing the paying parent only.",
            "FormNote",
        )
    )
    form.finish()
    set_header_reference(document, f"SCIN {scin}")
    set_properties(
        document,
        title=f"CMEL9235 {LETTER_TITLES[LetterCode.CMEL9235]}",
        author=r.case_manager.name,
        on=r.request_date,
    )


# --- VQ615 -----------------------------------------------------------------------------------


def fill_vq615(document: DocxDocument, request: Vq615Request) -> None:
    """Write the body of VQ615 for ``request`` into ``document`` (opened on its template)."""
    r = request
    reference = _text(r.case_reference)
    form = FormWriter(document)
    _banner(
        form,
        LetterCode.VQ615,
        LETTER_TITLES[LetterCode.VQ615],
        "VQ615  |  Request for information about a paying parent, to the DVLA",
        "For the DVLA",
    )
    form.add(
        paragraph(
            "The Child Maintenance Service asks for the name and address of the keeper of the "
            "vehicle(s) below, to trace a parent who owes child maintenance.",
            "FormNote",
        )
    )
    form.heading("Your contact details")
    form.fields([Field("Organisation", "Child Maintenance Service", wide=True)])
    form.fields(_contact_fields(r.requester))
    form.heading("Data protection")
    form.fields(
        [
            Field("Registration number", _text(r.dp_registration_number), strong=True),
            Field("Expiry date", format_date(r.dp_registration_expires)),
        ],
        columns=2,
    )
    form.heading("Case")
    form.fields(
        [
            Field("Case reference number", reference, strong=True),
            Field("Date of request", format_date(r.request_date)),
            Field("Full name of the paying parent (NRP)", known(r.paying_parent_name), wide=True),
        ]
    )
    form.heading("Vehicle details")
    form.grid(VQ615_VEHICLE_HEADINGS, _vehicle_rows(r.vehicles))
    form.heading("The reason for the request")
    form.box(paragraph(_text(r.reason) or NOT_KNOWN, "LetterBody"))
    form.heading("The legislation under which the information is requested")
    form.box(paragraph(_text(r.legislation), "LetterBody"))
    form.add(
        paragraph(
            f"End of VQ615 for case reference {reference}, dated {format_date(r.request_date)}. "
            "Personal data: for tracing the paying parent only.",
            "FormNote",
        )
    )
    form.finish()
    set_header_reference(document, f"Case reference {reference}")
    set_properties(
        document,
        title=f"VQ615 {LETTER_TITLES[LetterCode.VQ615]}",
        author=r.requester.name,
        on=r.request_date,
    )


#: Each request's data object, its filler and its form code (``documents.letter_forms``).
FILLERS: dict[type[Any], tuple[Callable[[DocxDocument, Any], None], LetterCode]] = {
    DvlaEnquiryRequest: (fill_cmel9235, LetterCode.CMEL9235),
    Vq615Request: (fill_vq615, LetterCode.VQ615),
}


__all__ = [
    "AnyDvlaLetter",
    "DvlaEnquiryRequest",
    "FILLERS",
    "Vq615Request",
]
