"""Benchmark: building a bailiff pack (3 CMEL8010 + 1 CMSF5571) against its floor.

Usage::

    .venv/bin/python bench/bench_pack.py [--repeat 30] [--batch 100]

The floor, measured in the same run, is the least any pack builder must do: open the same Word
templates with python-docx, save them unchanged and zip the four results into a file. The
target is a pack within 2x that floor. Then a batch of packs for different clients is built,
as the GUI's batch action does, and the time per pack printed. Sample data is fictional.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import zipfile
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import docx  # noqa: E402

from enforcement_desktop.documents import templates  # noqa: E402
from enforcement_desktop.documents.atomic import atomic_write  # noqa: E402
from enforcement_desktop.documents.pack import build_pack  # noqa: E402
from enforcement_desktop.documents.samples import pack as sample_pack  # noqa: E402

TARGET_RATIO = 2.0


def floor_once(out_dir: Path) -> None:
    """Open and save the same four templates unchanged, zip them into a file."""
    names = [templates.CMEL8010_TEMPLATE] * 3 + [templates.CMSF5571_TEMPLATE]
    saved = []
    for name in names:
        document = docx.Document(str(templates.template_path(name)))
        buffer = io.BytesIO()
        document.save(buffer)
        saved.append(buffer.getvalue())
    archive_buffer = io.BytesIO()
    with zipfile.ZipFile(archive_buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, data in enumerate(saved):
            archive.writestr(f"{index:02d}.docx", data)
    with atomic_write(out_dir / "floor.zip") as handle:
        handle.write(archive_buffer.getvalue())


def timed(function: object, *args: object) -> float:
    start = time.perf_counter()
    function(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    """Print the median pack time, the floor, their ratio and the batch figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args(argv)

    pack = sample_pack()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        # Warm up: imports, template cache, font-independent code paths.
        floor_once(out)
        build_pack(pack, out)
        floors, builds = [], []
        for _ in range(args.repeat):  # interleaved so machine noise hits both alike
            floors.append(timed(floor_once, out))
            builds.append(timed(build_pack, pack, out))
        floor = statistics.median(floors)
        build = statistics.median(builds)
        ratio = build / floor
        print(f"pack (3 x CMEL8010 + CMSF5571), median of {args.repeat}: {build * 1000:.1f} ms")
        print(f"floor (open + save templates unchanged + zip), median: {floor * 1000:.1f} ms")
        verdict = "within" if ratio <= TARGET_RATIO else "OVER"
        print(f"ratio: {ratio:.2f}x ({verdict} the {TARGET_RATIO:.0f}x target)")

        batch_dir = out / "batch"
        batch_dir.mkdir()
        clients = [
            replace(
                pack,
                scin=f"121{index:09d}",
                referrals=tuple(replace(r, scin=f"121{index:09d}") for r in pack.referrals),
                dvs_request=replace(pack.dvs_request, scin=f"121{index:09d}")
                if pack.dvs_request
                else None,
            )
            for index in range(1, args.batch + 1)
        ]
        start = time.perf_counter()
        for client in clients:
            build_pack(client, batch_dir)
        total = time.perf_counter() - start
        written = len(list(batch_dir.glob("*.zip")))
        print(
            f"batch: {written} packs in {total:.2f} s "
            f"({total / args.batch * 1000:.1f} ms per pack, {written * 4} documents)"
        )


if __name__ == "__main__":
    main()
