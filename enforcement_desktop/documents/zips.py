"""Zip archives with fixed entry times, so the same content always gives the same bytes.

A document's SHA-256 is recorded against its service request; with fixed times, building a pack
again from the same data gives the same digest, so a copy can be shown to be the one sent.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Iterable

#: The earliest time a zip entry can carry; used where no date belongs to the content.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
ZipTime = tuple[int, int, int, int, int, int]


def build_zip(entries: Iterable[tuple[str, bytes]], date_time: ZipTime = ZIP_EPOCH) -> bytes:
    """A deflated zip of ``(name, data)`` entries, in order, each stamped ``date_time``.

    Entries are readable by the owner only (0600), as the files written to disk are.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def restamp_zip(data: bytes, date_time: ZipTime = ZIP_EPOCH) -> bytes:
    """The same archive with every entry stamped ``date_time``; nothing is recompressed.

    python-docx stamps a .docx's parts with the time of saving (Word ignores those times). The
    times sit at fixed offsets of each local header and central directory record (PKWARE
    APPNOTE 4.3.7 and 4.3.12), so they are overwritten in place: no CRC or size changes.
    """
    year, month, day, hour, minute, second = date_time
    dos_time = (hour << 11) | (minute << 5) | (second // 2)
    dos_date = ((year - 1980) << 9) | (month << 5) | day
    stamp = struct.pack("<HH", dos_time, dos_date)
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        central = archive.start_dir
    for info in infos:
        local = info.header_offset
        if out[local : local + 4] != b"PK\x03\x04":
            raise ValueError(f"not a local file header at {local}")
        out[local + 10 : local + 14] = stamp
    for _ in infos:
        if out[central : central + 4] != b"PK\x01\x02":
            raise ValueError(f"not a central directory record at {central}")
        out[central + 12 : central + 16] = stamp
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", out, central + 28)
        central += 46 + name_len + extra_len + comment_len
    return bytes(out)
