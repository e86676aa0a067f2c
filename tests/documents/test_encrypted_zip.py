"""AES-256 packs (issue 12, "the pack travels encrypted"): opened with the passphrase only."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
import pyzipper

from enforcement_desktop.documents.encrypted_zip import (
    PASSPHRASE_ALPHABET,
    encrypt_zip,
    generate_passphrase,
)
from enforcement_desktop.documents.pack import build_pack
from enforcement_desktop.documents.zips import build_zip
from tests.documents.helpers import docx_text, open_docx, pack


def test_passphrases_are_long_readable_and_different() -> None:
    phrases = {generate_passphrase() for _ in range(50)}
    assert len(phrases) == 50
    for phrase in phrases:
        groups = phrase.split("-")
        assert [len(g) for g in groups] == [4] * 6
        assert set("".join(groups)) <= set(PASSPHRASE_ALPHABET)
    # No characters that read alike (0/O, 1/I/L) in the alphabet.
    assert not set("0O1IL") & set(PASSPHRASE_ALPHABET)


def test_encrypted_zip_opens_with_the_passphrase_and_not_without() -> None:
    plain = build_zip([("a.txt", b"first"), ("b/c.txt", b"second" * 100)], (2026, 11, 23, 0, 0, 0))
    secret = generate_passphrase()
    data = encrypt_zip(plain, secret)
    with pyzipper.AESZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == ["a.txt", "b/c.txt"]
        for info in archive.infolist():
            assert info.flag_bits & 0x1, "each entry is encrypted"
            assert b"\x01\x99" in info.extra, "WinZip AES (extra field 0x9901), not ZipCrypto"
        with pytest.raises(RuntimeError):
            archive.read("a.txt")  # no password
        archive.setpassword(b"WRONG-PASS")
        with pytest.raises(RuntimeError):
            archive.read("a.txt")
        archive.setpassword(secret.encode())
        assert archive.read("a.txt") == b"first"
        assert archive.read("b/c.txt") == b"second" * 100
        # 256-bit keys: the AES extra field (0x9901) says strength 3.
        extra = archive.getinfo("a.txt").extra
        at = extra.find(b"\x01\x99")
        assert at >= 0 and extra[at + 8] == 3
    # The standard library lists it but cannot read it, even given the passphrase.
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == ["a.txt", "b/c.txt"]
        with pytest.raises((RuntimeError, NotImplementedError)):
            archive.read("a.txt", pwd=secret.encode())


def test_an_encrypted_pack_holds_the_same_documents(tmp_path: Path) -> None:
    secret = generate_passphrase()
    (tmp_path / "plain").mkdir()
    (tmp_path / "sealed").mkdir()
    plain = build_pack(pack(), tmp_path / "plain")
    sealed = build_pack(pack(), tmp_path / "sealed", passphrase=secret)
    assert sealed.zip_path.name == plain.zip_path.name
    assert sealed.entries == plain.entries, "the documents' SHA-256s are the same"
    assert sealed.encrypted and not plain.encrypted
    assert sorted(p.name for p in (tmp_path / "sealed").iterdir()) == [sealed.zip_path.name]
    with pyzipper.AESZipFile(sealed.zip_path) as archive:
        archive.setpassword(secret.encode())
        first = archive.read(archive.namelist()[0])
    assert "LO 1 of" in docx_text(open_docx(first))
