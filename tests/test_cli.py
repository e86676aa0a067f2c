"""The command line: every command through ``main([...])``, and once as a real process."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from enforcement_desktop import cli, config
from enforcement_desktop.__main__ import main
from enforcement_desktop.demo import SHOWCASE
from tests.users import first_user

ROOT = Path(__file__).resolve().parents[1]
POWERS = {
    "liability_order",
    "lsdo",
    "rdo",
    "deo",
    "freezing_order",
    "set_aside_disposition_order",
    "register_lo_county_court",
    "charging_order",
    "order_for_sale",
    "third_party_debt_order",
    "bailiff",
    "rjof",
    "driving_disqualification",
    "commitment",
}


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--cases", "20"]) == 0
    return path


@pytest.fixture(autouse=True)
def no_environment_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Whatever the developer's shell says, these tests never touch their data folder.
    monkeypatch.delenv(config.DB_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_options_prints_json(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_path), "options", "121000000001"]) == 0
    options = json.loads(capsys.readouterr().out)
    assert {o["power"] for o in options} == POWERS
    for option in options:
        assert set(option) == {"power", "allowed", "reasons"}
        assert isinstance(option["allowed"], bool) and option["reasons"]
    assert next(o for o in options if o["power"] == "bailiff")["allowed"] is True


def test_options_takes_a_scin_with_spaces(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_path), "options", "1210 0000 0005"]) == 0
    options = json.loads(capsys.readouterr().out)
    assert not any(o["allowed"] for o in options)  # Scotland


def test_unknown_scin_is_a_domain_error(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_path), "options", "121999999999"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "121999999999" in one_line(captured.err)


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        ["frobnicate"],
        ["options"],
        ["options", "12"],
        ["options", "121000000001", "extra"],
        ["demo", "--cases", "-1"],
        ["demo", "--cases", "lots"],
        ["--db", "x.sqlite3", "--demo", "options", "121000000001"],
        ["export", "121000000001", "--out"],
        ["import"],
        ["backup"],
    ],
)
def test_bad_arguments_give_one_line_and_status_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert one_line(captured.err).startswith("enforcement-desktop")


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("demo", "options", "export", "import", "backup", "--db", "--demo"):
        assert command in out
    assert main(["--version"]) == 0
    assert "enforcement-desktop" in capsys.readouterr().out


def test_no_command_starts_the_gui_with_the_settings(tmp_path: Path) -> None:
    seen: list[config.Settings] = []

    def fake_gui(settings: config.Settings) -> int:
        seen.append(settings)
        return 0

    assert cli.main(["--db", str(tmp_path / "x.sqlite3")], launch_gui=fake_gui) == 0
    assert seen[0].db_url == f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert cli.main(["--demo"], launch_gui=fake_gui) == 0
    assert seen[1].demo and seen[1].db_url.endswith("enforcement-demo.sqlite3")


def test_missing_database_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "absent.sqlite3"
    assert main(["--db", str(path), "options", "121000000001"]) == 1
    assert "No database" in one_line(capsys.readouterr().err)
    assert not path.exists()
    assert main(["--demo", "export", "121000000001"]) == 1
    assert f"{cli.PROG} demo" in one_line(capsys.readouterr().err)


def test_demo_flag_uses_the_demo_file(capsys: pytest.CaptureFixture[str]) -> None:
    path = config.demo_database_path()
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])
    assert main(["--demo", "demo", "--if-missing", "--cases", "0"]) == 0
    assert "Demo database ready" in capsys.readouterr().out
    assert path.exists()
    assert main(["--demo", "demo", "--if-missing"]) == 0
    assert "already exists" in capsys.readouterr().out
    assert main(["--demo", "options", "121000000006"]) == 0
    capsys.readouterr()
    # `demo` without global options writes the demo database too, never the user's own.
    assert main(["demo", "--cases", "0"]) == 0
    assert not config.user_database_path().exists()


def test_demo_refuses_a_database_with_real_data(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = tmp_path / "case.json"
    assert main(["--db", str(demo_path), "export", "121000000003", "--out", str(case)]) == 0
    real = tmp_path / "real.sqlite3"
    first_user(real)
    _list_region_of(real, case)
    assert main(["--db", str(real), "import", str(case)]) == 0
    capsys.readouterr()
    before = real.read_bytes()
    assert main(["--db", str(real), "demo"]) == 1
    assert "not demo data" in one_line(capsys.readouterr().err)
    assert real.read_bytes() == before


def _list_region_of(db: Path, case_file: Path) -> None:
    """Add the case file's regions to the database's regions list, as its team leader (the
    first user) does: an import refuses a region the list lacks."""
    cases = json.loads(case_file.read_text(encoding="utf-8"))["cases"]
    for region in sorted({case["region"] for case in cases}):
        assert main(["--db", str(db), "region", "add", region]) == 0


def test_export_import_round_trip(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "case.json"
    assert main(["--db", str(demo_path), "export", "121000000008", "--out", str(out)]) == 0
    assert "Exported" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert "Siân" in text  # real characters in the file, not escapes
    assert not list(tmp_path.glob(".*.tmp"))
    target = tmp_path / "target.sqlite3"
    first_user(target)
    _list_region_of(target, out)
    assert main(["--db", str(target), "import", str(out)]) == 0
    assert "SCIN 121000000008" in capsys.readouterr().out
    assert main(["--db", str(target), "export", "121000000008"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again == json.loads(text) | {"exported_at": again["exported_at"]}


def test_import_of_a_bad_file_lists_each_fault(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_path), "export", "121000000001"]) == 0
    data = json.loads(capsys.readouterr().out)
    data["cases"][0]["orders"][2]["amount"] = "-3.00"
    data["cases"][0]["orders"][0]["costs"] = 70.0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "t.sqlite3"
    first_user(target)
    assert main(["--db", str(target), "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "cases[0].orders[2].amount: must be £0.00 or more" in err
    assert "cases[0].orders[0].costs: money must be a string" in err
    con = sqlite3.connect(target)
    try:
        assert con.execute("SELECT COUNT(*) FROM contact").fetchone() == (0,)
    finally:
        con.close()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"format": ', "not valid JSON"),
        (b"\xff\xfe\x00junk", "not UTF-8"),
        (b'{"a": 1, "a": 2}', "appears twice"),
        (b"[1, 2]", "JSON object"),
    ],
)
def test_import_of_a_file_that_is_not_a_case_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, words: str
) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    first_user(tmp_path / "t.sqlite3")
    assert main(["--db", str(tmp_path / "t.sqlite3"), "import", str(path)]) == 1
    assert words in capsys.readouterr().err


def test_import_of_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "t.sqlite3"), "import", str(tmp_path / "no.json")]) == 1
    assert "no.json" in one_line(capsys.readouterr().err)


def test_export_to_an_unwritable_place(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Missing folders are made; a file where a folder should be cannot be.
    (tmp_path / "notes.txt").write_text("a file")
    out = tmp_path / "notes.txt" / "folder" / "case.json"
    assert main(["--db", str(demo_path), "export", "121000000001", "--out", str(out)]) == 1
    assert "Not a directory" in one_line(capsys.readouterr().err)


@pytest.fixture
def busy_copy(demo_path: Path, tmp_path: Path) -> Iterator[tuple[Path, sqlite3.Connection]]:
    """A copy of the demo database with another connection holding a write transaction."""
    path = tmp_path / "busy.sqlite3"
    path.write_bytes(demo_path.read_bytes())
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    # Committed but still only in the WAL file: the backup must include it.
    writer.execute("INSERT INTO database_info (key, value) VALUES ('committed', 'yes')")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO database_info (key, value) VALUES ('uncommitted', 'no')")
    yield path, writer
    writer.execute("ROLLBACK")
    writer.close()


def test_backup_while_in_use(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in-use.sqlite3"
    source.write_bytes(demo_path.read_bytes())
    other = sqlite3.connect(source, isolation_level=None)
    try:
        other.execute("PRAGMA journal_mode=WAL")
        # Committed but still only in the WAL file: the backup must include it.
        other.execute("INSERT INTO database_info (key, value) VALUES ('committed', 'yes')")
        other.execute("BEGIN")  # and a reader in the middle of its work
        other.execute("SELECT COUNT(*) FROM contact").fetchone()
        assert Path(f"{source}-wal").exists()
        target = tmp_path / "backup.sqlite3"
        assert main(["--db", str(source), "backup", str(target)]) == 0
    finally:
        other.close()
    out = capsys.readouterr().out
    assert f"Backed up {source} to {target}" in out
    data = target.read_bytes()
    assert f"{len(data):,} bytes, SHA-256 {hashlib.sha256(data).hexdigest()}" in out
    copy = sqlite3.connect(target)
    try:
        keys = {row[0] for row in copy.execute("SELECT key FROM database_info")}
        assert "committed" in keys
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        scins = {row[0] for row in copy.execute("SELECT scin FROM contact")}
        assert set(SHOWCASE) <= scins
    finally:
        copy.close()
    assert not list(tmp_path.glob(".*.tmp"))


def test_backup_is_not_kept_while_another_program_holds_the_write_lock(
    busy_copy: tuple[Path, sqlite3.Connection], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The copy is taken, but it cannot be recorded in the audit trail: an unrecorded copy of
    # everyone's data is not kept (the service test shows it kept once the lock is released).
    source, _writer = busy_copy
    target = tmp_path / "backup.sqlite3"
    assert main(["--db", str(source), "backup", str(target)]) == 1
    assert re.search("locked|busy|in use", one_line(capsys.readouterr().err))
    assert not target.exists()
    assert not list(tmp_path.glob(".backup*"))


def test_backup_into_a_folder(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    assert main(["--db", str(demo_path), "backup", str(folder)]) == 0
    (written,) = folder.iterdir()
    assert written.name.startswith("demo-") and written.suffix == ".sqlite3"


@pytest.mark.parametrize(
    ("db", "words"),
    [
        ("postgresql://someone@localhost/enforcement", "pg_dump"),
        ("{tmp}/absent.sqlite3", "No database"),
        ("{tmp}/notes.sqlite3", "not an SQLite database"),
    ],
)
def test_backup_refusals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], db: str, words: str
) -> None:
    (tmp_path / "notes.sqlite3").write_text("not a database at all " * 300)
    argv = ["--db", db.format(tmp=tmp_path), "backup", str(tmp_path / "out.sqlite3")]
    assert main(argv) == 1
    assert words in one_line(capsys.readouterr().err)
    assert not (tmp_path / "out.sqlite3").exists()


def test_backup_onto_itself_is_refused(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_path), "backup", str(demo_path)]) == 1
    assert "itself" in one_line(capsys.readouterr().err)


def test_progress_bar_is_throttled_and_ends_with_a_newline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = iter([0.0, 0.01, 0.02, 0.5, 0.51, 0.52, 0.53])
    monkeypatch.setattr(cli.time, "monotonic", lambda: next(clock))
    stream = io.StringIO()
    bar = cli.ProgressBar(stream, "cases")
    for done in (10, 20, 30, 40, 50, 100, 100):
        bar(done, 100)
    bar.close()
    frames = stream.getvalue().split("\r")[1:]
    assert len(frames) == 3  # first, after the interval, and the end (once)
    assert frames[-1].rstrip("\n").endswith("100%")
    assert stream.getvalue().endswith("\n")


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ, PYTHONPATH=str(ROOT), **env)
    environ.pop(config.DB_ENV, None)
    return subprocess.run(
        [sys.executable, "-m", "enforcement_desktop", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
        check=False,
    )


def test_as_a_process_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    home = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    usage = _run(["options", "not-a-scin"], **home)
    assert usage.returncode == 2
    one_line(usage.stderr)
    missing = _run(["--db", str(tmp_path / "none.sqlite3"), "options", "121000000001"], **home)
    assert missing.returncode == 1
    one_line(missing.stderr)
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{ nope", encoding="utf-8")
    bad_import = _run(["--db", str(tmp_path / "t.sqlite3"), "import", str(garbage)], **home)
    assert bad_import.returncode == 1
    one_line(bad_import.stderr)


def test_the_command_line_never_imports_qt(demo_path: Path) -> None:
    script = (
        "import sys\n"
        "from enforcement_desktop import cli\n"
        f"code = cli.main(['--db', {str(demo_path)!r}, 'options', '121000000001'])\n"
        "assert code == 0, code\n"
        "from enforcement_desktop.__main__ import main\n"
        f"assert main(['--db', {str(demo_path)!r}, 'export', '121000000002']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT:', loaded, file=sys.stderr)\n"
    )
    environ = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stderr


@pytest.mark.parametrize(
    "argv",
    [[], ["--demo"], ["--db", "C:\\Users\\Zoë\\cases.sqlite3"], ["--db=postgresql://t@h/db"]],
)
def test_the_window_s_command_line_parses_as_the_full_parser_does(argv: list[str]) -> None:
    # Starting the window skips building every command's parser; what it reads must not differ.
    assert cli.parse_args(argv) == cli.build_parser().parse_args(argv)
    assert cli.parse_args(argv).command is None


@pytest.mark.parametrize("argv", [["--demo", "demo"], ["--db", "x", "diary"], ["--help"], ["-h"]])
def test_anything_more_than_a_database_goes_through_the_full_parser(argv: list[str]) -> None:
    assert not cli._starts_the_window(argv)


def test_both_databases_at_once_is_refused_on_the_window_s_path_too(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(cli.UsageExit):
        cli.parse_args(["--demo", "--db", "x.sqlite3"])
    assert "not allowed with argument" in capsys.readouterr().err
