"""Turn bytes from a file or stdin into text: decode (UTF-8, GBK, Big5, UTF-16, …) or refuse clearly.

Every refusal is an InputError naming the input: too large, binary, an undecodable
encoding, a missing or unreadable path. A UTF-8 article with a few broken bytes (a
download cut mid-character) is read as UTF-8 with U+FFFD in their place rather than
guessed as another encoding, which would turn every character into mojibake.
"""
from __future__ import annotations

import codecs
import pathlib
import sys

from charset_normalizer import from_bytes

from .errors import InputError

MAX_BYTES = 64 * 1024 * 1024  # larger inputs are almost surely not one article

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: FF FE 00 00
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BROKEN_UTF8_SHARE = 0.01  # at most this share of replaced characters still reads as UTF-8
_TEXT_CONTROLS = set("\t\n\r\f\v\x1b")


def _too_large(size: int, name: str) -> InputError:
    return InputError(f"{name}: {size} bytes is more than the {MAX_BYTES}-byte limit "
                      f"(czfacts reads one article at a time)")


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode an article's bytes; raise InputError for binary or undecodable data."""
    if len(data) > MAX_BYTES:
        raise _too_large(len(data), name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding).lstrip("\ufeff"), name)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is not "
                                 f"{encoding} text ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(f"{name}: looks binary (NUL bytes), not text")
        return _checked(text, name)
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", errors="replace")
    if loose.count("\ufffd") <= _BROKEN_UTF8_SHARE * len(loose) and any(ord(c) > 0x7F and c != "\ufffd" for c in loose):
        return _checked(loose, name)
    for encoding in ("gb18030",):  # GBK/GB2312 articles are common; gb18030 is their superset
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_cjk_or_ascii(text):
            return _checked(text, name)
    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: not UTF-8, GBK or any other text encoding czfacts can detect "
                         f"(a binary file?)")
    return _checked(str(best), name)


def _checked(text: str, name: str) -> str:
    """Refuse text that is mostly control characters: a binary file that happened to decode."""
    controls = sum(1 for c in text[:65536] if c < " " and c not in _TEXT_CONTROLS or "\x7f" <= c < "\xa0")
    if controls > 0.05 * max(1, min(len(text), 65536)):
        raise InputError(f"{name}: looks binary (control characters), not text")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark (its ASCII characters hold NUL bytes)."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and _mostly_cjk_or_ascii(text):
            return text
    return None


def _mostly_cjk_or_ascii(text: str) -> bool:
    ok = sum(1 for c in text if c.isascii() or "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef")
    return ok >= 0.95 * max(1, len(text))


def read_path(path: str) -> str:
    """Read one article: a file path, or '-' for standard input."""
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text stream without bytes underneath (a test's StringIO)
            return sys.stdin.read() if sys.stdin is not None else ""
        data = stream.read(MAX_BYTES + 1)  # never more than the limit in memory
        if len(data) > MAX_BYTES:
            raise InputError(f"<stdin>: more than the {MAX_BYTES}-byte limit (czfacts reads one article at a time)")
        return decode(data, "<stdin>")
    p = pathlib.Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{path}: is a folder, not an article")
        if not p.is_file():
            raise InputError(f"{path}: no such file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise _too_large(size, path)
        data = p.read_bytes()
    except OSError as exc:  # permission denied, a name too long, …
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return decode(data, path)
