#!/usr/bin/env python3
"""Work queue benchmark: the first, a middle and the last page under every sort the view offers.

    .venv/bin/python bench/bench_work_queue.py --db PATH [--runs 3] [--sort attention]...

PATH is a database ``bench/bench_gui.py`` built (928,906 SRs, nearly all owned by
``bench.user``, a few of them for urgent or priority clients). It is opened as the application
opens it (migrations applied), then only read. For each column of the work queue and each
direction, a page is read as the table model reads it (``work_queue_model._fetch_page``: pages
past the middle are read from the end), and the median of ``--runs`` is printed next to the
target: every page ≤ 500 ms.
Each page must hold the rows the window asks for, or the run fails.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

USER = "bench.user"
TARGET_PAGE_MS = 500.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sort", action="append", help="only these sort keys (e.g. attention)")
    args = parser.parse_args()

    from enforcement_desktop.gui.models.work_queue_model import (
        COLUMNS,
        PAGE_SIZE,
        _fetch_page,
        _Window,
    )
    from enforcement_desktop.services.context import ServiceContext
    from enforcement_desktop.services.service_requests import QueueFilter, queue_count
    from enforcement_desktop.storage.db import Database

    db = Database(f"sqlite:///{args.db}")
    ctx = ServiceContext(db, USER)
    today = ctx.today()
    flt = QueueFilter(owner=USER)
    with db.sessions() as session:
        started = time.perf_counter()
        count = queue_count(session, flt, today)
        count_ms = (time.perf_counter() - started) * 1000
    pages = (count + PAGE_SIZE - 1) // PAGE_SIZE
    where = {"first": 0, "middle": pages // 2, "last": pages - 1}
    print(
        f"{count:,} SRs in {USER}'s queue ({pages:,} pages of {PAGE_SIZE}); count {count_ms:.0f} ms"
    )
    print(f"{'sort':<14}{'order':<6}" + "".join(f"{name:>10}" for name in where) + "  (ms)")

    sorts = []
    for column in COLUMNS:
        key = (column.sort_key, column.inverted)
        if key[1] or key in sorts:
            continue  # "Age" is "Opened" turned round: the same two reads
        if args.sort and column.sort_key.value not in args.sort:
            continue
        sorts.append(key)

    worst = 0.0
    for sort_key, _ in sorts:
        for descending in (False, True):
            window = _Window(flt, today, sort_key, descending, count)
            figures = []
            for page_no in where.values():
                times = []
                for _ in range(args.runs):
                    started = time.perf_counter()
                    rows = _fetch_page(ctx, window, page_no)
                    times.append((time.perf_counter() - started) * 1000)
                expected = min(PAGE_SIZE, count - page_no * PAGE_SIZE)
                if len(rows) != expected:
                    print(f"  {sort_key} page {page_no}: {len(rows)} rows, {expected} expected")
                    return 1
                figures.append(statistics.median(times))
            worst = max(worst, *figures)
            order = "desc" if descending else "asc"
            print(f"{sort_key.value:<14}{order:<6}" + "".join(f"{ms:>10.0f}" for ms in figures))
    ok = worst <= TARGET_PAGE_MS
    print(
        f"slowest page {worst:.0f} ms (target ≤ {TARGET_PAGE_MS:.0f} ms): {'ok' if ok else 'SLOW'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
