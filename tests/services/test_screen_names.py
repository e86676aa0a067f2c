"""Screens name people, not logins (issue 11): each screen's read carries the display names of
the logins it shows, read in one statement; a login with no user record stays as it is."""

from __future__ import annotations

from sqlalchemy import select, update

from enforcement_desktop.domain.enums import DocumentType, StepOutcome
from enforcement_desktop.services import notes, screens, users
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.models import ActivityStep, AppUser, Case, ServiceRequest
from tests.conftest import FIXED_NOW
from tests.services.builders import make_case
from tests.services.test_screens import BAILIFF, counted
from tests.users import add_test_user


def _user(ctx: ServiceContext, login: str, name: str) -> None:
    users.add_user(ctx, login, users.UserInput(name))


def test_user_names_reads_the_names_once_and_keeps_an_unknown_login(ctx: ServiceContext) -> None:
    add_test_user(ctx)
    _user(ctx, "jo.smith", "Jo Demo-Smith")
    with ctx.reading() as session, counted(ctx.db) as statements:
        names = users.user_names(session, ["jo.smith", None, "ghost", "test.user", "jo.smith"])
    assert len(statements) == 1
    assert names.of("jo.smith") == "Jo Demo-Smith"
    assert names.of("test.user") == "Test Example"
    assert names.of("ghost") == "ghost"
    assert names.of(None) == "" and names.tooltip(None) == ""
    assert names.tooltip("jo.smith") == "Login: jo.smith"
    with ctx.reading() as session, counted(ctx.db) as statements:
        assert users.user_names(session, [None, ""]) == users.UserNames()
    assert statements == []


def test_the_sr_screen_names_the_owner_the_steps_notes_and_documents(
    ctx: ServiceContext,
) -> None:
    add_test_user(ctx)
    _user(ctx, "jo.smith", "Jo Demo-Smith")
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF, owner="jo.smith")
    notes.add_note(ctx, "Phoned the employer", service_request_id=sr.id)
    with ctx.unit_of_work() as session:
        session.add(
            ActivityStep(
                service_request_id=sr.id,
                position=1,
                step_key="validate",
                title="Validate",
                outcome=StepOutcome.DONE,
                completed_by="ghost",
            )
        )
        srs.record_document(
            session,
            ctx,
            case_id=case.id,
            sr_id=sr.id,
            doc_type=DocumentType.CMEL8011,
            file_name="letter.pdf",
            path="letters/letter.pdf",
            sha256="0" * 64,
        )

    screen = screens.service_request_screen(ctx, sr.id)
    shown = screen.service_request
    names = screen.names
    assert names.of(shown.owner) == "Jo Demo-Smith"
    assert [names.of(n.author) for n in screen.notes] == ["Test Example"]
    assert [names.of(d.created_by) for d in shown.documents] == ["Test Example"]
    assert [names.of(s.completed_by) for s in shown.steps] == ["ghost"]


def test_the_client_screen_names_the_case_manager_and_the_owners(ctx: ServiceContext) -> None:
    add_test_user(ctx)
    _user(ctx, "jo.smith", "Jo Demo-Smith")
    case = make_case(ctx)
    with ctx.unit_of_work() as session:
        session.execute(update(Case).where(Case.id == case.id).values(case_manager="jo.smith"))
    srs.create_service_request(ctx, case.id, *BAILIFF, owner="jo.smith")
    srs.create_service_request(ctx, case.id, *BAILIFF, owner="left.the.team")
    notes.add_note(ctx, "A note on the client", contact_id=case.paying_parent_id)

    screen = screens.client_screen(ctx, case.paying_parent_id)
    names = screen.names
    (shown,) = screen.cases
    assert names.of(shown.case.case_manager) == "Jo Demo-Smith"
    assert sorted(names.of(s.owner) for s in shown.service_requests) == [
        "Jo Demo-Smith",
        "left.the.team",
    ]
    assert [names.of(n.author) for n in screen.notes] == ["Test Example"]


def test_names_cost_one_statement_whatever_the_number_of_people(ctx: ServiceContext) -> None:
    add_test_user(ctx)
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    with counted(ctx.db) as with_one:
        screens.service_request_screen(ctx, sr.id)
        screens.client_screen(ctx, case.paying_parent_id)
    for n in range(3):
        _user(ctx, f"user.{n}", f"User {n}")
        srs.create_service_request(ctx, case.id, *BAILIFF, owner=f"user.{n}")
        notes.add_note(ctx, f"Note {n}", service_request_id=sr.id)
    with ctx.unit_of_work() as session:
        session.execute(
            update(ServiceRequest).where(ServiceRequest.id == sr.id).values(owner="user.2")
        )
        assert session.scalar(select(AppUser.id).where(AppUser.login == "user.2"))
    with counted(ctx.db) as with_four:
        sr_screen = screens.service_request_screen(ctx, sr.id)
        client = screens.client_screen(ctx, case.paying_parent_id)
    assert sr_screen.names.of(sr_screen.service_request.owner) == "User 2"
    assert {client.names.of(s.owner) for s in client.service_requests} == {
        "User 0",
        "User 1",
        "User 2",
    }
    assert len(with_one) == len(with_four), "\n\n".join(with_four)


def test_a_work_queue_page_names_the_owners_in_one_more_statement(ctx: ServiceContext) -> None:
    add_test_user(ctx)
    case = make_case(ctx)
    mine = srs.create_service_request(ctx, case.id, *BAILIFF)
    everyone = srs.QueueFilter(owner=None)
    with ctx.reading() as session, counted(ctx.db) as with_one:
        (row,) = srs.queue_page(session, everyone, FIXED_NOW.date(), sort=srs.QueueColumn.ID)
    assert (row.id, row.owner, row.owner_name) == (mine.id, "test.user", "Test Example")
    _user(ctx, "jo.smith", "Jo Demo-Smith")
    theirs = srs.create_service_request(ctx, case.id, *BAILIFF, owner="jo.smith")
    gone = srs.create_service_request(ctx, case.id, *BAILIFF, owner="gone.away")
    with ctx.reading() as session, counted(ctx.db) as with_three:
        rows = srs.queue_page(session, everyone, FIXED_NOW.date(), sort=srs.QueueColumn.ID)
    assert [(r.id, r.owner_name) for r in rows] == [
        (mine.id, "Test Example"),
        (theirs.id, "Jo Demo-Smith"),
        (gone.id, None),  # no user record: the view shows the login
    ]
    assert len(with_one) == len(with_three)
    assert any("app_user" in s for s in with_three)


def test_the_screens_name_the_reader_and_who_last_changed_the_client_and_assets(
    ctx: ServiceContext,
) -> None:
    """The reader's own name rides along, so what they save next is shown by name too."""
    add_test_user(ctx)
    _user(ctx, "jo.smith", "Jo Demo-Smith")
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF, owner="jo.smith")
    jo = ServiceContext(ctx.db, "jo.smith", clock=ctx.clock)
    client = screens.client_screen(jo, case.paying_parent_id)
    assert client.names.of("jo.smith") == "Jo Demo-Smith"
    assert client.names.of(client.contact.updated_by) == "Test Example"
    assert screens.service_request_screen(ctx, sr.id).names.of("test.user") == "Test Example"
