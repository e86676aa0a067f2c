"""Nothing a user reads says "seed": procedures are named as users know them.

Screens, messages, forms and letters say "Bailiff procedure, step 14", never "seed 003 step 14"
(the procedure files' name for developers). Comments and docstrings, read by developers only,
may cite the seed numbers.
"""

from __future__ import annotations

import ast
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from enforcement_desktop.documents.cmel8010 import render_cmel8010
from enforcement_desktop.documents.cmsf5571 import render_cmsf5571
from enforcement_desktop.documents.letters import build_cmel8011, build_cmel8039
from enforcement_desktop.domain.enums import BailiffOutcome
from tests.documents.helpers import dvs_request, letter, pdf_text, referrals

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "enforcement_desktop"
SEED = re.compile(r"\bseeds?\b", re.IGNORECASE)

#: Literals where "seed" means the demo data's random seed, a developer's option, not a procedure.
RANDOM_SEED = {
    ("cli.py", "--seed"),
    ("cli.py", "random seed (default "),
    ("demo.py", "DEFAULT_SEED"),
    ("demo.py", "demo_seed"),
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def string_literals(path: Path) -> Iterator[tuple[int, str]]:
    """Every string literal of a Python file except docstrings (comments are not literals)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            yield node.lineno, node.value


def test_the_scanner_finds_literals_but_not_docstrings_or_comments(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Module (seed 003)."""\n'
        "# seed 003 step 4\n"
        "def f():\n"
        '    """Docstring, seed 001."""\n'
        '    raise ValueError({"x": f"Refused (seed {3} step 4)"})\n'
    )
    assert [text for _, text in string_literals(sample) if SEED.search(text)] == ["Refused (seed "]


def test_no_seed_in_package_strings() -> None:
    """Messages in services (error classes and all), screens, rules and document builders."""
    found = [
        f"{path.relative_to(REPO)}:{line}: {text!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, text in string_literals(path)
        if SEED.search(text) and (path.name, text) not in RANDOM_SEED
    ]
    assert found == []


def test_no_seed_in_ui_files() -> None:
    files = sorted((REPO / "ui").glob("*.ui"))
    assert files
    found = [
        f"{path.name}:{number}"
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SEED.search(line)
    ]
    assert found == []


def _docx_xml_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        )


def test_no_seed_in_the_letter_templates() -> None:
    letters = REPO / "letters"
    for template in sorted(letters.glob("*.docx")):
        assert not SEED.search(_docx_xml_text(template.read_bytes())), template.name
    found = [
        text for _, text in string_literals(letters / "make_templates.py") if SEED.search(text)
    ]
    assert found == []


@pytest.mark.parametrize(
    "render",
    [
        lambda: render_cmel8010(referrals()[0]),
        lambda: render_cmel8010(referrals()[1]),
        lambda: render_cmsf5571(dvs_request()),
    ],
    ids=["CMEL8010 first", "CMEL8010 subsequent", "CMSF5571"],
)
def test_no_seed_in_built_forms(render) -> None:
    assert not SEED.search(_docx_xml_text(render()))


@pytest.mark.parametrize("outcome", [None, *BailiffOutcome])
def test_no_seed_in_built_letters(tmp_path: Path, outcome: BailiffOutcome | None) -> None:
    if outcome is None:
        path = build_cmel8011(letter(), tmp_path / "l.pdf")
    else:
        path = build_cmel8039(letter(outcome=outcome), tmp_path / "l.pdf")
    assert not SEED.search(pdf_text(path))
