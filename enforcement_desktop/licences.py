"""The open-source libraries the application runs on, with their versions and licences.

Read from the installed packages' metadata (``importlib.metadata``), starting from this
application's own requirements and following theirs, so the list is of what is really bundled
(in a development install, a standalone build or a plain ``pip install``). No Qt here.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata

#: The distribution of this application.
APPLICATION = "enforcement-desktop"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_CLASSIFIER = "License :: OSI Approved :: "
#: A free-text License field longer than this is the licence's whole text, not its name.
_SHORT = 60


@dataclass(frozen=True, slots=True)
class Library:
    """One library: its name, version and licence (as its metadata states it)."""

    name: str
    version: str
    licence: str


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(meta: metadata.PackageMetadata, key: str) -> str | None:
    values = meta.get_all(key)  # a missing key: None (indexing it raises on newer Pythons)
    return str(values[0]) if values else None


def _licence(meta: metadata.PackageMetadata) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return str(expression)
    classifiers = [
        c.removeprefix(_CLASSIFIER)
        for c in meta.get_all("Classifier") or []
        if c.startswith(_CLASSIFIER)
    ]
    if classifiers:
        return "; ".join(dict.fromkeys(classifiers))
    text = (_field(meta, "License") or "").strip()
    if text and len(text) <= _SHORT and "\n" not in text:
        return text
    return "see the library's licence file" if text else "not stated"


def _requirements(dist: metadata.Distribution) -> list[str]:
    names = []
    for requirement in dist.requires or []:
        if "extra ==" in requirement:  # optional parts are not bundled
            continue
        match = _NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def bundled_libraries(root: str = APPLICATION) -> list[Library]:
    """The libraries ``root`` needs, directly or through another, that are installed.

    Args:
        root: The distribution to start from.

    Returns:
        Python itself first, then the libraries by name (case-insensitive).
    """
    seen: dict[str, Library] = {}
    try:
        start = metadata.distribution(root)
    except metadata.PackageNotFoundError:
        return [_python()]
    todo = _requirements(start)
    while todo:
        name = todo.pop()
        key = _canonical(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # for another platform or Python version
        meta = dist.metadata
        seen[key] = Library(_field(meta, "Name") or name, dist.version, _licence(meta))
        todo.extend(_requirements(dist))
    return [_python(), *sorted(seen.values(), key=lambda lib: lib.name.lower())]


def _python() -> Library:
    return Library("Python", platform.python_version(), "PSF-2.0")


__all__ = ["APPLICATION", "Library", "bundled_libraries"]
