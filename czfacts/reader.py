"""Turn bytes from a file or stdin into text: decode (UTF-8, GBK, …) or refuse clearly."""
from __future__ import annotations

import pathlib
import sys

from charset_normalizer import from_bytes

from .errors import InputError

MAX_BYTES = 64 * 1024 * 1024  # larger inputs are almost surely not one article


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode an article's bytes; raise InputError for binary or undecodable data."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data)} bytes is more than the {MAX_BYTES}-byte limit")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: looks binary (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in ("gb18030",):  # GBK/GB2312 articles are common; gb18030 is their superset
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_cjk_or_ascii(text):
            return text
    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot detect a text encoding")
    return str(best)


def _mostly_cjk_or_ascii(text: str) -> bool:
    ok = sum(1 for c in text if c.isascii() or "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef")
    return ok >= 0.95 * max(1, len(text))


def read_path(path: str) -> str:
    """Read one article: a file path, or '-' for standard input."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>")
    p = pathlib.Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    return decode(p.read_bytes(), path)
