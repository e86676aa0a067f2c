#!/usr/bin/env python3
"""Diary benchmark (issue 11, review finding): the Diary's first page on a large queue.

    .venv/bin/python bench/bench_diary.py --db PATH [--runs 5] [--whole]

PATH is a database ``bench/bench_gui.py`` built (100,000 cases, 928,906 SRs, nearly all owned by
``bench.user``; about 300,000 in Wait, 81,006 of them past their wait date). It is opened as the
application opens it (migrations applied), then only read. Prints medians of ``--runs``:

* the Diary view opened, its first page of reminders shown (``bench.user``; a team leader's
  team): target ≤ 500 ms (it took 11 s reading every candidate of the queue);
* "Show more" to the second page shown;
* the work gone quiet shown after the first page (a team leader), and its read alone;
* the status bar's overdue count (read at start-up);
* with ``--whole``: the whole diary as the command line reads it without ``--limit`` (what the
  view read before: slow, once).

Runs on the offscreen Qt platform unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

USER = "bench.user"
TARGET_FIRST_PAGE_MS = 500.0


def _ms(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def team_leader(ctx: Any) -> str | None:
    """A team leader of the database with a team (the demo data has one)."""
    from sqlalchemy import select

    from enforcement_desktop.domain.enums import UserRole
    from enforcement_desktop.storage.models import AppUser

    with ctx.reading() as session:
        for user in session.scalars(select(AppUser).where(AppUser.team.is_not(None))):
            if UserRole.TEAM_LEADER in user.role_set:
                return user.login
    return None


def wait_until(condition: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    """Run the event loop until ``condition`` holds (the operations' results arrive by it)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_ms / 1000
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError
        QTimer.singleShot(1, loop.quit)
        loop.exec()


def time_diary_open(ctx: Any, *, team: bool = False) -> dict[str, float]:
    """Open a new Diary view and time its first page shown, "Show more", and (a team leader)
    the work gone quiet shown; milliseconds from the view asking."""
    from PySide6.QtWidgets import QApplication

    from enforcement_desktop.gui.views.diary_view import DiaryView
    from enforcement_desktop.services.reminders import QuietWork

    app = QApplication.instance()
    assert app is not None
    view = DiaryView(ctx)
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    quiet_at: list[float] = []
    show_quiet = view.show_quiet

    def quiet_shown(work: QuietWork) -> None:
        show_quiet(work)
        quiet_at.append(time.perf_counter())

    view.show_quiet = quiet_shown  # type: ignore[method-assign]
    table = view.ui.remindersTable
    view.ui.teamCheck.blockSignals(True)
    view.ui.teamCheck.setChecked(team)
    view.ui.teamCheck.blockSignals(False)
    started = time.perf_counter()
    view.load()
    wait_until(lambda: view.diary is not None)
    app.processEvents()  # the paint
    figures = {"first_page": (time.perf_counter() - started) * 1000}
    assert view.diary is not None
    if view.diary.is_team_leader:
        wait_until(lambda: bool(quiet_at))
        figures["quiet"] = (quiet_at[0] - started) * 1000
    if view.diary.truncated:
        rows = table.rowCount()
        started = time.perf_counter()
        view.show_more()
        wait_until(lambda: table.rowCount() > rows)
        app.processEvents()
        figures["more"] = (time.perf_counter() - started) * 1000
    figures["rows"] = table.rowCount()
    view.close()
    view.deleteLater()
    app.processEvents()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a database bench_gui.py built")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--whole", action="store_true", help="also time the whole diary, once")
    args = parser.parse_args()
    if not args.db.exists():
        parser.error(f"{args.db} does not exist: build it with bench/bench_gui.py")

    from PySide6.QtWidgets import QApplication

    from enforcement_desktop.gui.worker import wait_for_workers
    from enforcement_desktop.services import reminders
    from enforcement_desktop.services.base import ServiceContext
    from enforcement_desktop.storage.db import Database

    app = QApplication.instance() or QApplication(sys.argv)
    db = Database(f"sqlite:///{args.db}")
    ctx = ServiceContext(db, USER)
    leader_login = team_leader(ctx)
    leader = ServiceContext(db, leader_login) if leader_login else None

    def median(values: list[float]) -> float:
        return statistics.median(values)

    # Warm the file cache and the imports, as a window that has been open a while has them.
    reminders.diary_screen(ctx, limit=reminders.DIARY_PAGE, quiet=False)
    time_diary_open(ctx)

    read_user = [
        _ms(lambda: reminders.diary_screen(ctx, limit=reminders.DIARY_PAGE, quiet=False))
        for _ in range(args.runs)
    ]
    opened = [time_diary_open(ctx) for _ in range(args.runs)]
    count = [_ms(lambda: reminders.overdue_count(ctx)) for _ in range(args.runs)]
    screen = reminders.diary_screen(ctx, limit=reminders.DIARY_PAGE, quiet=False)
    team_opened: list[dict[str, float]] = []
    quiet_read: list[float] = []
    if leader is not None:
        team_opened = [time_diary_open(leader, team=True) for _ in range(args.runs)]
        quiet_read = [
            _ms(lambda: reminders.quiet_work(leader, limit=reminders.QUIET_PAGE))
            for _ in range(args.runs)
        ]
        work = reminders.quiet_work(leader, limit=reminders.QUIET_PAGE)
    whole_ms = whole_count = None
    if args.whole:
        started = time.perf_counter()
        whole = reminders.diary_screen(ctx, quiet=False)
        whole_ms = (time.perf_counter() - started) * 1000
        whole_count = len(whole.entries)
    wait_for_workers()
    db.dispose()

    def verdict(ok: bool) -> str:
        return "ok" if ok else "OVER TARGET"

    first = median([f["first_page"] for f in opened])
    print()
    print(f"database: {args.db}")
    print(f"{USER}: the first {len(screen.entries)} of {screen.due.text} reminders due")
    print(
        f"Diary opened, first page shown:       {first:7.1f} ms   (target ≤ "
        f"{TARGET_FIRST_PAGE_MS:.0f} ms)   {verdict(first <= TARGET_FIRST_PAGE_MS)}   "
        f"max {max(f['first_page'] for f in opened):.1f} ms"
    )
    print(f"  its read alone (diary_screen):      {median(read_user):7.1f} ms")
    if all("more" in f for f in opened):
        print(
            f"Show more, second page shown:         {median([f['more'] for f in opened]):7.1f} ms"
            f"   ({int(opened[0]['rows'])} rows)"
        )
    print(f"status bar's overdue count:           {median(count):7.1f} ms")
    if team_opened and leader_login:
        team_first = median([f["first_page"] for f in team_opened])
        print(
            f"{leader_login}'s team Diary, first page: {team_first:7.1f} ms   (target ≤ "
            f"{TARGET_FIRST_PAGE_MS:.0f} ms)   {verdict(team_first <= TARGET_FIRST_PAGE_MS)}"
        )
        quiet_ms = median([f["quiet"] for f in team_opened])
        print(
            f"  work gone quiet shown after it:     {quiet_ms:7.1f} ms from opening   (its read "
            f"alone {median(quiet_read):.1f} ms: {work.case_count.text} cases, "
            f"{work.sr_count.text} SRs)"
        )
    if whole_ms is not None:
        print(
            f"whole diary (command line, no limit): {whole_ms:7.0f} ms   "
            f"({whole_count:,} reminders)"
        )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
