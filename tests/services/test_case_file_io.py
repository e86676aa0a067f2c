"""services.case_file_io: the case file reader the command line and the desktop share."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import enforcement_desktop
from enforcement_desktop.domain.errors import DomainError
from enforcement_desktop.services.case_file_io import CaseFileUnreadable, read_case_file

PACKAGE = Path(enforcement_desktop.__file__).parent


def test_a_case_file_is_read_as_utf8_json_with_or_without_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_bytes('\ufeff{"format": "x", "name": "Zoë Example"}'.encode())
    assert read_case_file(path) == {"format": "x", "name": "Zoë Example"}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"format": ', "is not valid JSON (line 1, column 12"),
        (b"\xff\xfe\x00junk", "is not UTF-8 text"),
        (b'{"a": 1, "a": 2}', "the key a appears twice in one object"),
        (b'{"a": NaN}', "NaN is not a number JSON allows"),
        (b'{"a": ' + b"9" * 19 + b"}", "a number of 19 digits is too long"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_what_is_not_a_case_file_is_refused_in_words(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(CaseFileUnreadable) as caught:
        read_case_file(path)
    # A DomainError: the desktop shows it as a refusal, the command line as one line, exit 1.
    assert isinstance(caught.value, DomainError)
    assert str(caught.value).startswith(str(path))
    assert words in str(caught.value)


def test_a_name_that_cannot_be_a_file_is_refused_and_a_missing_file_is_an_os_error(
    tmp_path: Path,
) -> None:
    with pytest.raises(CaseFileUnreadable, match="not a usable file name"):
        read_case_file(tmp_path / "a\x00b.json")
    with pytest.raises(FileNotFoundError):
        read_case_file(tmp_path / "missing.json")


def test_nothing_outside_the_command_line_imports_it() -> None:
    # The layers point down: the GUI and the services call services, never cli.py.
    importers = []
    for source in PACKAGE.rglob("*.py"):
        if source.name == "__main__.py":
            continue  # starts the command line or the window: it is above both
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            if any(n == "enforcement_desktop.cli" for n in names):
                importers.append(source.relative_to(PACKAGE).as_posix())
    assert [i for i in importers if not i.startswith("cli")] == []
