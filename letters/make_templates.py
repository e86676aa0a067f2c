"""Generate the Word templates of the offline forms (CMEL8010, CMSF5571) and the third-party
letters of Enforcement Action – Consider, step 9 (CMEL9251, CMEL9236, CMEL7183, CMEL9253, FT9253,
CMEL9235, VQ615).

The templates hold what does not change from one form to the next: A4 page set-up and margins,
the styles the builders refer to by id, the header (the SCIN and "LO k of N" the builder writes
in, the "OFFICIAL-SENSITIVE" marking, form code and page x of y) and the footer (issuer, form
name, marking). The body is empty: the builders in
``enforcement_desktop/documents/`` fill it section by section.

The generated ``.docx`` files are committed. Regenerate them after changing this script with::

    .venv/bin/python letters/make_templates.py

and commit the result. Builders refer to style ids (``FormTitle``, ``SectionHeading``, ...), so
keep those ids stable or update ``enforcement_desktop/documents/templates.py`` with them.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm

from enforcement_desktop.documents.templates import HEADER_PLACEHOLDER, set_app_properties

HERE = Path(__file__).resolve().parent

# Page geometry in twentieths of a point (twips): A4, 18 mm side margins, 20 mm top and bottom.
PAGE_W, PAGE_H = 11906, 16838
MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM = 1021, 1134, 1134
TEXT_W = PAGE_W - 2 * MARGIN_SIDE

NAVY = "1F3864"
RED = "C00000"

FONT = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'


def _para_style(
    style_id: str, name: str, ppr: str = "", rpr: str = "", *, next_id: str = "Normal"
) -> str:
    return (
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="{next_id}"/>'
        f"<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def _letter_styles() -> list[str]:
    """The styles only the letters use: 11 pt body text, the heading, the address block."""
    return [
        _para_style(
            "LetterBody",
            "Letter Body",
            '<w:spacing w:before="0" w:after="140" w:line="264" w:lineRule="auto"/>',
            '<w:sz w:val="22"/><w:szCs w:val="22"/>',
        ),
        _para_style(
            "LetterHeading",
            "Letter Heading",
            '<w:keepNext/><w:spacing w:before="240" w:after="160"/>',
            f'<w:b/><w:color w:val="{NAVY}"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
        ),
        _para_style(
            "LetterSubheading",
            "Letter Subheading",
            '<w:keepNext/><w:spacing w:before="120" w:after="80"/>',
            '<w:b/><w:sz w:val="22"/><w:szCs w:val="22"/>',
        ),
        _para_style(
            "LetterAddress",
            "Letter Address",
            '<w:spacing w:before="0" w:after="0"/>',
            '<w:sz w:val="22"/><w:szCs w:val="22"/>',
        ),
        _para_style(
            "TickBox",
            "Tick Box",
            '<w:spacing w:before="40" w:after="40"/><w:ind w:left="425" w:hanging="425"/>',
            '<w:sz w:val="22"/><w:szCs w:val="22"/>',
        ),
    ]


def styles_xml(*, letter: bool = False) -> str:
    """The complete styles part: only the styles the forms use, so the template stays small.

    Args:
        letter: Add the letters' own styles (the forms' templates stay as they were).
    """
    tabs = (
        f'<w:tabs><w:tab w:val="center" w:pos="{TEXT_W // 2}"/>'
        f'<w:tab w:val="right" w:pos="{TEXT_W}"/></w:tabs>'
    )
    styles = [
        # Defaults: Arial 10 pt, single spacing, UK English for the spelling checker.
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'{FONT}<w:sz w:val="20"/><w:szCs w:val="20"/>'
        '<w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>",
        '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0"'
        ' w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="0"/>',
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>",
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>",
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        _para_style(
            "FormTitle",
            "Form Title",
            '<w:spacing w:after="40"/>',
            f'<w:b/><w:color w:val="{NAVY}"/><w:sz w:val="36"/><w:szCs w:val="36"/>',
        ),
        _para_style(
            "FormSubtitle",
            "Form Subtitle",
            "",
            '<w:color w:val="404040"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        ),
        _para_style(
            "SectionHeading",
            "Section Heading",
            # A navy band across the text width, kept with the box that follows it.
            # Borders in the band's own colour pad the text inside the band, and the indents
            # pull the band back so it lines up with the boxes' outer edges.
            "<w:keepNext/><w:keepLines/><w:pBdr>"
            f'<w:top w:val="single" w:sz="4" w:space="1" w:color="{NAVY}"/>'
            f'<w:left w:val="single" w:sz="4" w:space="4" w:color="{NAVY}"/>'
            f'<w:bottom w:val="single" w:sz="4" w:space="1" w:color="{NAVY}"/>'
            f'<w:right w:val="single" w:sz="4" w:space="4" w:color="{NAVY}"/></w:pBdr>'
            f'<w:shd w:val="clear" w:color="auto" w:fill="{NAVY}"/>'
            '<w:spacing w:before="160" w:after="0"/><w:ind w:left="90" w:right="90"/>',
            '<w:b/><w:color w:val="FFFFFF"/><w:sz w:val="21"/><w:szCs w:val="21"/>',
        ),
        _para_style(
            "FieldLabel",
            "Field Label",
            '<w:spacing w:before="10" w:after="10"/>',
            '<w:b/><w:color w:val="1F1F1F"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        ),
        _para_style(
            "FieldValue",
            "Field Value",
            '<w:spacing w:before="10" w:after="10"/>',
            '<w:sz w:val="20"/><w:szCs w:val="20"/>',
        ),
        _para_style(
            "FormNote",
            "Form Note",
            '<w:spacing w:before="60" w:after="0"/>',
            '<w:i/><w:color w:val="404040"/><w:sz w:val="17"/><w:szCs w:val="17"/>',
        ),
        _para_style(
            "PVWarning",
            "PV Warning",
            '<w:keepNext/><w:spacing w:before="40" w:after="40"/>',
            f'<w:b/><w:caps/><w:color w:val="{RED}"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
        ),
        _para_style(
            "LOPosition",
            "LO Position",
            '<w:spacing w:before="40" w:after="40"/><w:jc w:val="center"/>',
            f'<w:b/><w:color w:val="{NAVY}"/><w:sz w:val="40"/><w:szCs w:val="40"/>',
        ),
        _para_style(
            "FormHeader",
            "Form Header",
            # Schema order: borders before tab stops (Word rejects styles out of order).
            f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="{NAVY}"/></w:pBdr>'
            f"{tabs}",
            '<w:sz w:val="17"/><w:szCs w:val="17"/>',
        ),
        _para_style(
            "FormFooter",
            "Form Footer",
            # One right tab stop: the left text is long, so a centre stop could collide.
            f'<w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="{NAVY}"/></w:pBdr>'
            f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_W}"/></w:tabs>',
            '<w:color w:val="404040"/><w:sz w:val="16"/><w:szCs w:val="16"/>',
        ),
    ]
    if letter:
        styles += _letter_styles()
    return f"<w:styles {nsdecls('w')}>{''.join(styles)}</w:styles>"


def _run(text: str, *, bold: bool = False, color: str | None = None) -> str:
    rpr = ("<w:b/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "")
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _field(instruction: str, placeholder: str) -> str:
    return (
        f'<w:fldSimple w:instr=" {instruction} "><w:r><w:t>{placeholder}</w:t></w:r></w:fldSimple>'
    )


_TAB = "<w:r><w:tab/></w:r>"


def _append_runs(paragraph: BaseOxmlElement, runs_xml: str) -> None:
    for child in parse_xml(f"<w:p {nsdecls('w')}>{runs_xml}</w:p>"):
        paragraph.append(child)


def make_template(form_code: str, form_name: str, out: Path, *, letter: bool = False) -> Path:
    """Write one template.

    Args:
        form_code: e.g. ``CMEL8010``; printed in the header and footer.
        form_name: e.g. ``Referral to bailiff``.
        out: The folder to write ``<form_code>_template.docx`` into.
        letter: A letter rather than a form: the letters' styles, and no protection, since the
            case manager may edit a letter or tick its boxes before printing it (step 9).

    Returns:
        The path written.
    """
    doc = Document()

    # Drop parts of python-docx's default template the forms never use: they are most of its
    # size, and every form would pay to parse them (styles alone are ~350 kB there).
    unused = {"stylesWithEffects", "customXml", "webSettings", "numbering"}
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype.rsplit("/", 1)[-1] in unused:
            doc.part.rels.pop(rel_id)
    for rel_id, rel in list(doc.part.package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            doc.part.package.rels.pop(rel_id)

    styles = doc.styles.element
    for child in list(styles):
        styles.remove(child)
    for child in parse_xml(styles_xml(letter=letter)):
        styles.append(child)

    # Revision ids and the preview picture would only make every regeneration differ.
    settings = doc.settings.element
    for tag in ("w:rsids", "w:attachedTemplate", "w:savePreviewPicture", "w14:docId"):
        for element in settings.findall(qn(tag)):
            settings.remove(element)
    # Read-only protection, enforced without a password: the builders mark the boxes meant to
    # be completed as editable ranges (w:permStart/w:permEnd), so nothing else changes by
    # mistake. Schema order puts it before the default tab stop.
    if not letter:
        protection = parse_xml(
            f'<w:documentProtection {nsdecls("w")} w:edit="readOnly" w:enforcement="1"/>'
        )
        settings.find(qn("w:defaultTabStop")).addprevious(protection)
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), "en-GB")

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin = section.bottom_margin = Mm(20)
    section.header_distance = section.footer_distance = Mm(9)

    # Every page says whose it is and where it belongs, so a loose page can be put back: the
    # builder replaces the placeholder with e.g. "SCIN 121000000001  |  LO 2 of 3". One header
    # for all pages (no different first page), so page 2 onwards carries it too; one line, so
    # the body keeps its room.
    header = section.header
    header.is_linked_to_previous = False
    head = header.paragraphs[0]
    head.style = doc.styles["Form Header"]
    _append_runs(
        head._p,
        _run(HEADER_PLACEHOLDER, bold=True)
        + _TAB
        + _run("OFFICIAL-SENSITIVE", bold=True, color=RED)
        + _TAB
        + _run(form_code, bold=True, color=NAVY)
        + _run("  |  Page ")
        + _field("PAGE", "1")
        + _run(" of ")
        + _field("NUMPAGES", "1"),
    )

    footer = section.footer
    footer.is_linked_to_previous = False
    foot = footer.paragraphs[0]
    foot.style = doc.styles["Form Footer"]
    _append_runs(
        foot._p,
        _run(f"Child Maintenance Service  |  {form_code} {form_name}")
        + _TAB
        + _run("OFFICIAL-SENSITIVE", bold=True, color=RED),
    )

    props = doc.core_properties
    props.title = f"{form_code} {form_name}"
    props.subject = f"Template for {form_code}"
    props.author = props.last_modified_by = "Child Maintenance Service"
    props.comments = "Generated by letters/make_templates.py; do not edit by hand."
    props.created = props.modified = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    props.revision = 1
    set_app_properties(doc)

    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{form_code}_template.docx"
    doc.save(str(path))
    return path


TEMPLATES = (
    ("CMEL8010", "Referral to bailiff"),
    ("CMSF5571", "Request for a DVS photograph"),
)

#: The third-party letters (step 9): code and the name the footer gives.
LETTER_TEMPLATES = (
    ("CMEL9251", "Information request with investigating officer warning"),
    ("CMEL9236", "Child maintenance arrears - we need some information"),
    ("CMEL7183", "Urgent - we need some information from you"),
    ("CMEL9253", "Urgent - we need some information"),
    ("FT9253", "Urgent - we need some information"),
    ("CMEL9235", "Request for a DVLA enquiry"),
    ("VQ615", "We need your help to trace someone"),
)

#: The arrears letters of Arrears - Consider Action (step 5, and CMSL5511 to the receiving parent).
ARREARS_LETTER_TEMPLATES = (
    ("CMSL6031", "Arrears notice"),
    ("CMSL6038", "Pay immediately or face legal action"),
    ("CMSL5511", "Please contact us about your case"),
)


def main(argv: list[str] | None = None) -> None:
    """Write every template into ``letters/`` (or ``--out``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into")
    args = parser.parse_args(argv)
    for code, name in TEMPLATES:
        print(make_template(code, name, args.out))
    for code, name in (*LETTER_TEMPLATES, *ARREARS_LETTER_TEMPLATES):
        print(make_template(code, name, args.out, letter=True))


if __name__ == "__main__":
    main()
