"""AES-256 zips for packs sent by e-mail, and the passphrases that open them.

The Bailiff SPOC receives packs by e-mail (issue 12, "the pack travels encrypted"). An encrypted
pack is a WinZip AES zip (AE-2, 256-bit keys; pyzipper) that 7-Zip, WinZip and Windows 11's
Explorer open, never the legacy ZipCrypto, which is broken. The passphrase is generated here,
shown once to the case manager to be sent separately, and never stored.

AES entries carry a random salt, so an encrypted pack's bytes (and SHA-256) differ from one
build to the next even though the documents inside are the same; the documents' own digests
are recorded as for a plain pack.
"""

from __future__ import annotations

import io
import secrets
import zipfile

import pyzipper
from pyzipper.zipfile_aes import AESZipInfo

#: The passphrase's characters: digits and capitals that cannot be read as one another
#: (no 0/O, 1/I/L), so it can be read out over the phone or copied by hand.
PASSPHRASE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
#: Six groups of four: 24 characters, about 119 bits.
PASSPHRASE_GROUPS = 6
PASSPHRASE_GROUP_SIZE = 4


def generate_passphrase() -> str:
    """A new random passphrase (``secrets``), e.g. ``7KQX-M3PD-W9TA-EH4C-RB2N-YF6U``."""
    return "-".join(
        "".join(secrets.choice(PASSPHRASE_ALPHABET) for _ in range(PASSPHRASE_GROUP_SIZE))
        for _ in range(PASSPHRASE_GROUPS)
    )


def encrypt_zip(zip_bytes: bytes, passphrase: str) -> bytes:
    """The same archive with every entry AES-256 encrypted under ``passphrase``.

    Entry names, order, times and permissions are kept; the data is compressed again
    (deflate) before it is encrypted.

    Args:
        zip_bytes: A plain zip (see :func:`enforcement_desktop.documents.zips.build_zip`).
        passphrase: The passphrase; must not be empty.

    Returns:
        The encrypted zip's bytes.

    Raises:
        ValueError: An empty passphrase.
    """
    if not passphrase:
        raise ValueError("An encrypted zip needs a passphrase")
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(zip_bytes)) as plain,
        pyzipper.AESZipFile(
            out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        ) as sealed,
    ):
        sealed.setpassword(passphrase.encode("utf-8"))
        sealed.setencryption(pyzipper.WZ_AES, nbits=256)
        for info in plain.infolist():
            entry = AESZipInfo(info.filename, date_time=info.date_time)
            entry.compress_type = pyzipper.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            sealed.writestr(entry, plain.read(info))
    return out.getvalue()
