"""Any letter's data object to its Word form: the third-party letters, the DVLA request and the
arrears letters each register their fillers (``FILLERS``), and this module builds them all the
one way: the form code from the object, the template of that code, the filler, an atomic write.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument

from enforcement_desktop.documents import arrears_letters, dvla_letters, third_party_letters
from enforcement_desktop.documents.templates import render_form, write_form
from enforcement_desktop.documents.third_party_letters import template_name
from enforcement_desktop.domain.letters import LetterCode

AnyLetter = (
    third_party_letters.AnyLetter | dvla_letters.AnyDvlaLetter | arrears_letters.AnyArrearsLetter
)

_FILLERS: dict[type[Any], tuple[Callable[[DocxDocument, Any], None], LetterCode | None]] = {
    **third_party_letters.FILLERS,
    **dvla_letters.FILLERS,
    **arrears_letters.FILLERS,
}


def letter_code(letter: AnyLetter) -> LetterCode:
    """The form code of a letter's data object."""
    code = _FILLERS[type(letter)][1]
    if code is None:  # a council request says which of its two forms it is
        assert isinstance(letter, third_party_letters.CouncilRequest)
        return letter.code
    return code


def render_letter(letter: AnyLetter) -> bytes:
    """The letter as .docx bytes; the same data always gives the same bytes."""
    fill = _FILLERS[type(letter)][0]
    return render_form(template_name(letter_code(letter)), fill, letter)


def build_letter(letter: AnyLetter, path: str | os.PathLike[str]) -> Path:
    """Write the letter to ``path`` (a .docx), atomically; returns the path."""
    return write_form(render_letter(letter), path)


__all__ = ["AnyLetter", "build_letter", "letter_code", "render_letter"]
