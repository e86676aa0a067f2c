"""Typed, user-facing failures shared by the services, the GUI and the command line."""

from __future__ import annotations

from collections.abc import Mapping


class DomainError(Exception):
    """Base of every failure a user is expected to read."""


class ValidationError(DomainError):
    """One or more fields are wrong; ``errors`` maps each field name to what is wrong with it."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors: dict[str, str] = dict(errors)
        super().__init__("; ".join(f"{field}: {message}" for field, message in self.errors.items()))


class ConflictError(DomainError):
    """The record was changed by someone else since it was read."""

    def __init__(self, entity: str, entity_id: int, changed_by: str | None, changed_at: str | None):
        self.entity = entity
        self.entity_id = entity_id
        self.changed_by = changed_by
        self.changed_at = changed_at
        who = changed_by or "another user"
        when = f" at {changed_at}" if changed_at else ""
        super().__init__(
            f"This {entity.replace('_', ' ')} was changed by {who}{when} after you opened it. "
            "Reload it to see their changes; nothing of yours was saved."
        )


class NotFoundError(DomainError):
    """The record asked for does not exist (or no longer exists)."""

    def __init__(self, entity: str, key: object) -> None:
        self.entity = entity
        self.key = key
        super().__init__(f"No {entity.replace('_', ' ')} found for {key}.")


class RuleViolation(DomainError):
    """An action was refused by an enforcement rule; ``reasons`` says which and why."""

    def __init__(self, message: str, reasons: list[str] | None = None) -> None:
        self.reasons = reasons or []
        super().__init__(message if not self.reasons else f"{message}: " + "; ".join(self.reasons))


class DatabaseUnavailable(DomainError):
    """The database could not be reached or used (locked, connection lost, server gone, full).

    Raised by the unit of work in place of the driver's error, after the transaction has been
    rolled back, so nothing of the attempted change is saved. ``retryable`` is True when trying
    the same action again may succeed (a lock, a lost connection); the message is a sentence a
    user can read and carries no SQL, parameters or password.
    """

    def __init__(self, message: str, *, retryable: bool) -> None:
        self.retryable = retryable
        super().__init__(message)


class DatabaseTooNew(DomainError):
    """The database was upgraded by a newer version of the application than this one."""

    def __init__(self, found: str, newest_known: str) -> None:
        self.found = found
        self.newest_known = newest_known
        super().__init__(
            f"This database is at schema version {found}, newer than this copy of Enforcement "
            f"Desktop understands (up to {newest_known}). Install the newer version of the "
            "application that was used on it; nothing has been changed."
        )
