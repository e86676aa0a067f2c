"""Saving the Activity Plan's edits: the work of one operation on the data lane (no widgets)."""

from __future__ import annotations

from dataclasses import dataclass

from enforcement_desktop.domain.enums import StepOutcome
from enforcement_desktop.domain.errors import DomainError
from enforcement_desktop.services import notes, screens
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.screens import ServiceRequestScreen

#: A step to save: the step as read, its new outcome and reason.
StepChange = tuple[srs.StepDTO, StepOutcome, str | None]


@dataclass(frozen=True, slots=True)
class Edits:
    """What the user changed on one SR, as read from the view."""

    sr_id: int
    #: The enforce form's version as read and its values now (None: unchanged).
    form: tuple[int, srs.EnforceFormInput] | None
    #: The steps changed, in plan order.
    steps: tuple[StepChange, ...]
    #: The note typed (blank: none).
    note: str

    def __bool__(self) -> bool:
        return self.form is not None or bool(self.steps) or bool(self.note.strip())


@dataclass(frozen=True, slots=True)
class Saved:
    """What :func:`save_edits` saved, where it stopped, and the SR as it left it."""

    screen: ServiceRequestScreen
    #: What was saved, in words ("enforce form", "2 steps", "note").
    what: tuple[str, ...]
    #: How many steps were saved.
    steps: int
    #: Whether the note was added.
    note: bool
    #: The refusal that stopped the save (None: everything was saved).
    error: DomainError | None = None
    #: The step refused; None when it was the note (or nothing).
    refused_step: srs.StepDTO | None = None


def save_edits(ctx: ServiceContext, edits: Edits) -> Saved:
    """Save the form, then the steps in plan order, then the note; read the SR's screen after.

    The form goes first, so its refusal (raised) saves nothing; a step or the note refused is
    reported with what was saved before it, and the steps after it are not tried.
    """
    what: list[str] = []
    if edits.form is not None:
        srs.update_enforce_form(ctx, edits.sr_id, *edits.form)
        what.append("enforce form")
    count = 0
    error: DomainError | None = None
    refused: srs.StepDTO | None = None
    for step, outcome, reason in edits.steps:
        try:
            srs.update_step(ctx, step.id, step.version, outcome, reason)
        except DomainError as exc:
            error, refused = exc, step
            break
        count += 1
    if count:
        what.append(f"{count} step{'s' if count != 1 else ''}")
    added = False
    if error is None and edits.note.strip():
        try:
            notes.add_note(ctx, edits.note, service_request_id=edits.sr_id)
        except DomainError as exc:
            error = exc
        else:
            added = True
            what.append("note")
    screen = screens.service_request_screen(ctx, edits.sr_id)
    return Saved(screen, tuple(what), count, added, error, refused)
