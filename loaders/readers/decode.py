"""Bytes → text: UTF-8 (with or without BOM), GB18030/GBK, Big5; binary and empty input rejected."""
from __future__ import annotations

import codecs
import re
import stat
from pathlib import Path

from newsgraph.schema.errors import InputError

MAX_BYTES = 50 * 1024 * 1024
_CJK_LEGACY = ("gb18030", "big5", "cp950")
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
_SUSPECT = re.compile(r"[\ue000-\uf8ff\ufffd]")  # private-use or replacement: a wrong guess


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or ``InputError`` naming the file and why it cannot be read. Only regular
    files are read (a pipe or a device such as /dev/zero would block or never end), at most MAX_BYTES."""
    p = Path(path)
    too_large = f"file too large (over {MAX_BYTES // 2**20} MiB)"
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise InputError(str(path), "is a directory, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(str(path), "not a regular file (a pipe, socket or device)")
        if st.st_size > MAX_BYTES:
            raise InputError(str(path), too_large)
        with open(p, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(str(path), too_large)
        return data
    except FileNotFoundError:
        raise InputError(str(path), "no such file or directory") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read file: {exc.strerror or exc}") from None


def _guess_legacy(data: bytes) -> str | None:
    """Decode non-UTF-8 bytes: strict GB18030/Big5 candidates ranked by charset-normalizer."""
    candidates = {}
    for enc in _CJK_LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if not _SUSPECT.search(text):
            candidates[enc] = text
    if len(candidates) == 1:
        return next(iter(candidates.values()))
    from charset_normalizer import from_bytes

    if candidates:
        best = from_bytes(data, cp_isolation=list(candidates)).best()
        if best is not None and best.encoding in candidates:
            return candidates[best.encoding]
        return candidates.get("gb18030") or next(iter(candidates.values()))
    best = from_bytes(data).best()
    if best is None or best.encoding.startswith("utf_16") or best.encoding.startswith("utf_32"):
        return None
    return str(best)


def mixed_utf8_line(data: bytes, min_chars: int = 3) -> int | None:
    r"""The first line that is not UTF-8 in a file whose other lines are (some with at least
    ``min_chars`` non-ASCII characters, which GB18030 or Big5 bytes almost never form by chance),
    else None. Decoding such a file in one legacy encoding would garble its UTF-8 lines.

    >>> mixed_utf8_line("第一行是統一碼。\n".encode() + "第二行是大五碼。\n".encode("big5"))
    2
    >>> mixed_utf8_line("整個檔案都是大五碼。\n第二行。\n".encode("big5")) is None
    True
    """
    first_bad, utf8_lines = None, 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError:
            first_bad = first_bad or number
            continue
        if sum(not ch.isascii() for ch in decoded) >= min_chars:
            utf8_lines += 1
    return first_bad if utf8_lines and first_bad else None


def decode(data: bytes, path: str | Path) -> str:
    """Text with ``\\n`` newlines and no BOM; ``InputError`` for empty, binary or undecodable bytes."""
    name = str(path)
    if not data.strip():
        raise InputError(name, "empty file" if not data else "empty file (whitespace only)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(name, f"undecodable text: a UTF-16 byte order mark, but {exc.reason} at byte {exc.start}") from None
    else:
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        if b"\x00" in data:
            raise InputError(name, "binary file (NUL bytes)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            if (line := mixed_utf8_line(data)) is not None:
                raise InputError(name, f"mixed encodings: UTF-8 text, but line {line} is not UTF-8 "
                                       "(re-save the file in one encoding)") from None
            text = _guess_legacy(data)
            if text is None:
                raise InputError(name, "undecodable text (not UTF-8, GB18030 or Big5)") from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if len(_CONTROL.findall(text[:4096])) > 8:
        raise InputError(name, "binary file (control characters)")
    if not text.strip():
        raise InputError(name, "empty file (whitespace only)")
    return text
