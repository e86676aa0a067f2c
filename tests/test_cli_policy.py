"""`enforcement-desktop policy show|set`: the office's policies, set by team leaders."""

from __future__ import annotations

from pathlib import Path

import pytest

from enforcement_desktop import config
from enforcement_desktop.cli import main
from enforcement_desktop.domain.enums import UserRole
from enforcement_desktop.services import policy
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import AppUser, AuditEvent
from tests.users import first_user


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(config.DB_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv(config.USER_ENV, "tess.lead")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database whose first user (a team leader) is tess.lead, with a case manager, casey."""
    path = tmp_path / "team.sqlite3"
    first_user(path, "tess.lead")
    database = Database(f"sqlite:///{path}")
    try:
        with ServiceContext(database, "tess.lead").unit_of_work() as session:
            session.add(
                AppUser(
                    login="casey", display_name="Casey Example", roles=UserRole.CASE_MANAGER.value
                )
            )
    finally:
        database.dispose()
    return path


def run(db: Path, *argv: str, user: str = "tess.lead") -> int:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(config.USER_ENV, user)
        return main(["--db", str(db), "policy", *argv])


def one_error(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def required(db: Path) -> bool:
    database = Database(f"sqlite:///{db}")
    try:
        return policy.pack_encryption_required(ServiceContext(database, "anyone"))
    finally:
        database.dispose()


def test_show_says_packs_need_not_be_encrypted_until_a_team_leader_says_so(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "show", user="casey") == 0
    assert capsys.readouterr().out.splitlines() == [
        "pack-encryption: off (bailiff packs may be sent as a plain zip)",
        "dp-registration: not set (VQ615 cannot be written until a team leader sets it)",
        "dvla-legislation: not set (VQ615 cannot be written until a team leader sets it)",
    ]


def test_a_team_leader_turns_pack_encryption_on_and_off(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "set", "pack-encryption", "on") == 0
    assert capsys.readouterr().out.strip() == (
        "pack-encryption: on (was off): bailiff packs must now be encrypted"
    )
    assert required(db) is True
    assert run(db, "show", user="casey") == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "pack-encryption: on (bailiff packs must be encrypted; the pack dialog ticks "
        "'Encrypt the zip')"
    )
    assert run(db, "set", "pack-encryption", "on") == 0
    assert capsys.readouterr().out.strip() == "pack-encryption: on (unchanged)"
    assert run(db, "set", "pack-encryption", "off") == 0
    assert capsys.readouterr().out.strip() == (
        "pack-encryption: off (was on): bailiff packs may be sent as a plain zip"
    )
    assert required(db) is False
    database = Database(f"sqlite:///{db}")
    try:
        with ServiceContext(database, "x").reading() as session:
            events = session.query(AuditEvent).filter_by(entity="database_info").all()
            assert [(e.user, e.new_value) for e in events] == [
                ("tess.lead", "yes"),
                ("tess.lead", "yes"),
                ("tess.lead", "no"),
            ]
    finally:
        database.dispose()


def test_a_case_manager_is_refused_in_one_line(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "set", "pack-encryption", "on", user="casey") == 1
    err = one_error(capsys)
    assert "Only a team leader can change the office's pack encryption policy" in err
    assert required(db) is False


def test_an_unknown_login_is_refused_in_one_line(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "set", "pack-encryption", "on", user="nobody.known") == 1
    assert "nobody.known" in one_error(capsys)
    assert required(db) is False


def test_no_database_is_created_by_the_policy_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite3"
    assert run(missing, "show") == 1
    assert "No database" in one_error(capsys)
    assert run(missing, "set", "pack-encryption", "on") == 1
    assert "No database" in one_error(capsys)
    assert not missing.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ("set", "pack-encryption", "maybe"),
        ("set", "colour", "on"),
        ("set",),
        (),
        ("set", "dp-registration", "Z1234567"),
        ("set", "dp-registration", "Z1234567", "--expires", "soon"),
        ("set", "dvla-legislation"),
    ],
)
def test_a_wrong_command_line_is_one_line_and_exit_2(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    assert run(db, *argv) == 2
    assert "see enforcement-desktop policy" in one_error(capsys)
    assert required(db) is False


# --------------------------------------------------------------------------- VQ615 settings


def test_a_team_leader_records_what_every_vq615_quotes(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "set", "dp-registration", " Z1234567 ", "--expires", "31/03/2099") == 0
    assert capsys.readouterr().out.strip() == (
        "dp-registration: Z1234567, expires 31/03/2099 (was not set)"
    )
    law = "Section 14 of the Child Support Act 1991; Regulation 27 of the Road Vehicles Regs"
    assert run(db, "set", "dvla-legislation", law) == 0
    assert capsys.readouterr().out.strip() == f"dvla-legislation: {law}"
    assert run(db, "set", "dvla-legislation", law) == 0
    assert capsys.readouterr().out.strip() == f"dvla-legislation: {law} (unchanged)"
    assert run(db, "show", user="casey") == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "dp-registration: Z1234567, expires 31/03/2099",
        f"dvla-legislation: {law}",
    ]
    database = Database(f"sqlite:///{db}")
    try:
        settings = policy.dvla_settings(ServiceContext(database, "x"))
        assert settings.registration_number == "Z1234567"
        assert str(settings.registration_expires) == "2099-03-31"
        with ServiceContext(database, "x").reading() as session:
            events = session.query(AuditEvent).filter_by(entity="database_info").all()
            assert [(e.user, e.field) for e in events] == [
                ("tess.lead", "dp_registration_number"),
                ("tess.lead", "dp_registration_expires"),
                ("tess.lead", "dvla_legislation"),
            ]
    finally:
        database.dispose()


def test_vq615_settings_by_a_case_manager_or_already_expired_are_refused_in_one_line(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "set", "dp-registration", "Z1", "--expires", "2099-01-01", user="casey") == 1
    assert "Only a team leader can change the office's data protection" in one_error(capsys)
    assert run(db, "set", "dvla-legislation", "Some Act", user="casey") == 1
    assert "Only a team leader" in one_error(capsys)
    assert run(db, "set", "dp-registration", "Z1", "--expires", "2001-01-01") == 1
    assert "expired on 01/01/2001" in one_error(capsys)
    assert run(db, "set", "dvla-legislation", "   ") == 1
    assert "Give the legislation" in one_error(capsys)
    database = Database(f"sqlite:///{db}")
    try:
        assert policy.dvla_settings(ServiceContext(database, "x")) == policy.DvlaOfficeSettings()
    finally:
        database.dispose()
