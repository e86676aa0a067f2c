#!/usr/bin/env python3
"""Core benchmark (issue 2): build a large database, then time searches, options and a case load.

    .venv/bin/python bench/bench_core.py [--cases 100000] [--db PATH] [--reuse] [--repeat 30]

Prints medians in milliseconds next to the same query on raw ``sqlite3`` (the floor), and the
targets: each search <= 10 ms, options <= 20 ms, a case <= 50 ms.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from enforcement_desktop.services import options, search  # noqa: E402
from enforcement_desktop.services.base import ServiceContext  # noqa: E402
from enforcement_desktop.services.case_view import load_case_view  # noqa: E402
from enforcement_desktop.storage.db import Database  # noqa: E402

TARGETS_MS = {"search": 10.0, "options": 20.0, "case": 50.0}


def median_ms(fn: Callable[[Any], object], inputs: list[Any]) -> float:
    fn(inputs[0])  # warm caches and statement compilation, as a user's second search would be
    times = []
    for value in inputs:
        start = time.perf_counter()
        fn(value)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build(db_path: Path, cases: int) -> float:
    if db_path.exists():
        db_path.unlink()
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "enforcement_desktop",
            "--db",
            str(db_path),
            "demo",
            "--cases",
            str(cases),
        ],
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - start


def sample(conn: sqlite3.Connection, sql: str, n: int) -> list[Any]:
    rows = [r[0] for r in conn.execute(sql).fetchall() if r[0]]
    random.Random(7).shuffle(rows)
    return rows[:n]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "bench.sqlite3")
    parser.add_argument("--reuse", action="store_true", help="use an existing database")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)

    if args.reuse and args.db.exists():
        print(f"reusing {args.db}")
    else:
        seconds = build(args.db, args.cases)
        print(f"build: {args.cases:,} cases in {seconds:.1f} s")

    raw = sqlite3.connect(args.db)
    counts = {
        t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("contact", "enforcement_case", "enforcement_order", "service_request", "vehicle")
    }
    print("rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    n = args.repeat
    scins = sample(raw, "SELECT scin FROM contact WHERE role='paying_parent' LIMIT 20000", n)
    surnames = [s[:3] for s in sample(raw, "SELECT surname_key FROM contact LIMIT 20000", n)]
    fragments = [s[2:6] for s in sample(raw, "SELECT name_key FROM contact LIMIT 20000", n)]
    refs = [
        r[:-2]
        for r in sample(
            raw,
            "SELECT reference FROM enforcement_order "
            "WHERE order_type='liability_order' LIMIT 20000",
            n,
        )
    ]
    regs = [r[:4] for r in sample(raw, "SELECT registration FROM vehicle LIMIT 20000", n)]
    case_ids = sample(raw, "SELECT id FROM enforcement_case LIMIT 20000", n)
    contact_ids = [
        raw.execute("SELECT paying_parent_id FROM enforcement_case WHERE id=?", (c,)).fetchone()[0]
        for c in case_ids
    ]

    db = Database(f"sqlite:///{args.db}")
    ctx = ServiceContext(db=db, user="bench")

    def raw_query(sql: str) -> Callable[[Any], object]:
        return lambda value: raw.execute(sql, value).fetchall()

    def bounds(prefix: str) -> tuple[str, str]:
        return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)

    rows: list[tuple[str, float, float | None, float]] = []

    def measure(
        name: str,
        fn: Callable[[Any], object],
        inputs: list[Any],
        floor: tuple[str, Callable[[Any], Any]] | None,
        target: float,
    ) -> None:
        ms = median_ms(fn, inputs)
        floor_ms = None
        if floor is not None:
            sql, to_params = floor
            floor_ms = median_ms(raw_query(sql), [to_params(v) for v in inputs])
        rows.append((name, ms, floor_ms, target))

    contact_cols = "id, scin, first_name, last_name, date_of_birth, role, pv_marker"
    measure(
        "search by SCIN",
        lambda v: search.search_clients(ctx, v),
        scins,
        (f"SELECT {contact_cols} FROM contact WHERE scin >= ? AND scin < ? LIMIT 50", bounds),
        TARGETS_MS["search"],
    )
    measure(
        "search by surname prefix",
        lambda v: search.search_clients(ctx, v),
        surnames,
        (
            f"SELECT {contact_cols} FROM contact WHERE surname_key >= ? AND surname_key < ? "
            "LIMIT 50",
            bounds,
        ),
        TARGETS_MS["search"],
    )
    measure(
        "search by name fragment",
        lambda v: search.search_clients(ctx, v),
        fragments,
        (
            f"SELECT {contact_cols} FROM contact WHERE name_key LIKE ? LIMIT 50",
            lambda v: (f"%{v}%",),
        ),
        TARGETS_MS["search"],
    )
    measure(
        "search by LO reference",
        lambda v: search.search_clients(ctx, v),
        refs,
        (
            "SELECT c.id FROM contact c JOIN enforcement_case k ON k.paying_parent_id = c.id "
            "JOIN enforcement_order o ON o.case_id = k.id WHERE o.reference >= ? AND "
            "o.reference < ? LIMIT 50",
            bounds,
        ),
        TARGETS_MS["search"],
    )
    measure(
        "search by vehicle registration",
        lambda v: search.search_clients(ctx, v),
        regs,
        (
            "SELECT c.id FROM contact c JOIN vehicle v ON v.contact_id = c.id "
            "WHERE v.registration >= ? AND v.registration < ? LIMIT 50",
            bounds,
        ),
        TARGETS_MS["search"],
    )
    measure(
        "enforcement_options (one case)",
        lambda c: options.case_options(ctx, c),
        case_ids,
        None,
        TARGETS_MS["options"],
    )
    measure(
        "load a case view (all tabs)",
        lambda c: load_case_view(ctx, c),
        contact_ids,
        None,
        TARGETS_MS["case"],
    )

    print(
        f"\n{'figure (median of ' + str(n) + ')':40} {'ms':>8} {'sqlite3':>8} {'ratio':>6} "
        f"{'target':>7}  ok"
    )
    failed = 0
    for name, ms, floor_ms, target in rows:
        ratio = f"{ms / floor_ms:6.1f}" if floor_ms else "     -"
        floor_text = f"{floor_ms:8.3f}" if floor_ms is not None else "       -"
        ok = ms <= target
        failed += not ok
        print(f"{name:40} {ms:8.2f} {floor_text} {ratio} {target:7.0f}  {'yes' if ok else 'NO'}")
    db.dispose()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
