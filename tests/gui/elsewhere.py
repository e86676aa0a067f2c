"""Database work a test does itself while GUI code is on the call stack (inside a dialog)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


def elsewhere(fn: Callable[[], T]) -> T:
    """Run ``fn`` on a thread of its own and return its result (or raise its exception).

    A test driving a modal dialog runs inside the GUI code that opened it, so the check that
    widgets reach the database only through operations (``conftest``) would count the test's
    own reads, or another user's change it stands in for, as the GUI's. Run from another
    thread they are what they stand for: someone else looking at or changing the database.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-elsewhere") as pool:
        return pool.submit(fn).result()
