"""Turn bytes from a file or stdin into text: decode (UTF-8, GB18030/GBK, Big5, UTF-16, …) or refuse clearly.

The order of decisions:
  1. ``encoding=`` (the command line's ``--encoding``) forces a codec: strict, no guessing.
  2. A byte-order mark says the encoding.
  3. Strict UTF-8 (ASCII included).
  4. Otherwise every Chinese candidate that decodes without error — GB18030 (GBK's
     superset), Big5 (as Windows' cp950), UTF-16 LE/BE without a mark, and UTF-8 with a few
     broken bytes (a download cut mid-character) — is read and the one that reads most like
     Chinese wins: most of its Chinese characters fall in dictionary words (jieba's, after
     folding traditional to simplified) and few of its characters are implausible (private
     use, Hangul, control characters). No statistical detector decides short input: GBK
     bytes are valid Big5 and UTF-16 often enough that a detector guesses wrong on a line.
  5. Only when no Chinese candidate reads plausibly is charset-normalizer asked, for
     articles long enough for it to be right.

Every guess (steps 4–5) is reported with a ``EncodingGuess`` warning naming the input and
the encoding; ``read_article`` also returns it. Every refusal is an InputError naming the
input: too large, binary, an undecodable encoding, a missing or unreadable path.
"""
from __future__ import annotations

import codecs
import pathlib
import sys
import warnings
from dataclasses import dataclass
from functools import lru_cache

from .errors import InputError

MAX_BYTES = 64 * 1024 * 1024  # larger inputs are almost surely not one article

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: FF FE 00 00
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CANDIDATES = ("gb18030", "big5", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")  # preferred first on a tie
_CODECS = {"big5": "cp950"}  # Big5 as Windows writes it, with its extensions: reported and forced by the name people know
_BROKEN_UTF8_SHARE = 0.01   # at most this share of replaced characters still reads as UTF-8
_SAMPLE = 20_000            # characters scored per candidate: enough to tell, bounded in time
_MIN_SCORE = 0.6            # below it a reading is not clearly Chinese (see _chinese_score)
_MAX_ODD_SHARE = 0.02       # of all characters, the share that real Chinese text never has
_DETECTOR_MIN_BYTES = 256   # charset-normalizer is not asked about shorter input
_TEXT_CONTROLS = set("\t\n\r\f\v\x1b")


class EncodingGuess(UserWarning):
    """An input had no byte-order mark and was not UTF-8: its encoding was guessed."""

    def __init__(self, name: str, encoding: str, how: str) -> None:
        super().__init__(f"{name}: {how}")
        self.name, self.encoding, self.how = name, encoding, how


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str        # what read it ("utf-8", "gb18030", "big5", "utf-16-le", …): --encoding reads it again
    guess: str = ""      # how it was guessed (EncodingGuess's message); "" when the caller, a byte-order mark or strict UTF-8 said so

    @property
    def guessed(self) -> bool:
        return bool(self.guess)


def _too_large(size: int, name: str) -> InputError:
    return InputError(f"{name}: {size} bytes is more than the {MAX_BYTES}-byte limit "
                      f"(czfacts reads one article at a time)")


def decode(data: bytes, name: str = "<input>", encoding: str | None = None) -> str:
    """Decode an article's bytes; raise InputError for binary or undecodable data."""
    return decode_article(data, name, encoding).text


def decode_article(data: bytes, name: str = "<input>", encoding: str | None = None) -> Decoded:
    """Decode an article's bytes and say how; warn (EncodingGuess) when the encoding was guessed."""
    if len(data) > MAX_BYTES:
        raise _too_large(len(data), name)
    if encoding:
        return Decoded(_checked(_forced(data, name, encoding), name), encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_checked(data.decode(codec).lstrip("\ufeff"), name), codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {codec} byte-order mark but is not "
                                 f"{codec} text ({exc.reason} at byte {exc.start})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and all(map(_plausible, text[:_SAMPLE])):
        return Decoded(_checked(text, name), "utf-8")
    decoded = _best_candidate(data, text)
    if decoded is None:
        what = "looks binary (NUL bytes)" if b"\x00" in data[:4096] else "is not UTF-8, GB18030, Big5 or UTF-16"
        raise InputError(f"{name}: {what}; if it is text, name its encoding with --encoding")
    if decoded[0] is text:  # valid UTF-8 that no other reading beats
        return Decoded(_checked(text, name), "utf-8")
    text, codec = decoded
    how = (f"read as UTF-8 with {text.count(chr(0xFFFD))} broken characters replaced by U+FFFD" if codec == "utf-8"
           else f"read as {codec}, a guess (no byte-order mark and not UTF-8; --encoding forces another)")
    warnings.warn(EncodingGuess(name, codec, how), stacklevel=2)
    return Decoded(_checked(text, name), codec, how)


def _forced(data: bytes, name: str, encoding: str) -> str:
    try:
        codec = codecs.lookup(_CODECS.get(encoding.lower(), encoding)).name
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None
    try:
        return data.decode(codec).lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not {encoding} text ({exc.reason} at byte {exc.start})") from None


def _best_candidate(data: bytes, utf8: str | None) -> tuple[str, str] | None:
    """The reading that is clearly Chinese; else valid UTF-8 as it is; else charset-normalizer's
    for input long enough for it; else the least implausible reading; None if nothing decodes."""
    readings = [] if utf8 is None else [(utf8, "utf-8")]  # valid UTF-8 of odd characters (GBK 应业 → Ӧҵ)
    for codec in _CANDIDATES:
        try:
            readings.append((data.decode(_CODECS.get(codec, codec)), codec))
        except UnicodeDecodeError:
            continue
    if utf8 is None:
        loose = data.decode("utf-8", errors="replace")
        if loose.count("\ufffd") <= _BROKEN_UTF8_SHARE * len(loose):
            readings.append((loose, "utf-8"))  # broken bytes become U+FFFD, scored as odd characters
    scored = [(score, -i, text, codec) for i, (text, codec) in enumerate(readings)
              if (score := _chinese_score(text[:_SAMPLE])) is not None]
    best = max(scored, default=None)
    if best is not None and best[0] >= _MIN_SCORE:
        return best[2], best[3]
    if utf8 is not None and any(text is utf8 for _, _, text, _ in scored):
        return utf8, "utf-8"
    return _detected(data) or (best and (best[2], best[3]))


def _chinese_score(text: str) -> float | None:
    """How much ``text`` reads like Chinese: the share of its Chinese characters inside
    dictionary words, plus half the share among the 3,755 common characters, less ten times
    the share of odd characters; None when too many are odd."""
    from .normalize import fold_characters  # the traditional → simplified table, loaded lazily
    import rjieba

    odd = sum(1 for c in text if not _plausible(c))
    if odd > _MAX_ODD_SHARE * max(1, len(text)):
        return None
    folded = fold_characters(text)
    han = [c for c in folded if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 0.0 if not odd else None  # ASCII with a stray byte: not Chinese
    in_words = sum(len(w) for w in rjieba.cut(folded, False) if len(w) > 1 and "\u4e00" <= w[0] <= "\u9fff")
    common = sum(1 for c in han if c in _common_characters())
    return (in_words + common / 2) / len(han) - 10 * odd / len(text)


@lru_cache(maxsize=1)
def _common_characters() -> frozenset[str]:
    """GB2312's first level: the 3,755 most used Chinese characters (rows 16–55)."""
    return frozenset(bytes((row, cell)).decode("gb2312") for row in range(0xB0, 0xD8) for cell in range(0xA1, 0xFF)
                     if (row, cell) < (0xD7, 0xFA))


def _plausible(c: str) -> bool:
    """A character that Chinese economic prose uses: ASCII, CJK, their punctuation and symbols."""
    if c < "\x80":
        return c >= " " or c in _TEXT_CONTROLS
    return ("\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"
            or "\u2000" <= c <= "\u206f" or "\u00a0" <= c <= "\u00ff" or "\u2100" <= c <= "\u25ff"
            or "\u3200" <= c <= "\u33ff" or "\ufe30" <= c <= "\ufe4f")  # ㈠ ㎡ ︰


def _detected(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's reading, for input long enough for a detector to be right."""
    if len(data) < _DETECTOR_MIN_BYTES or b"\x00" in data[:4096]:
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else (str(best), best.encoding)


def _checked(text: str, name: str) -> str:
    """Refuse text that is mostly control characters: a binary file that happened to decode."""
    controls = sum(1 for c in text[:65536] if c < " " and c not in _TEXT_CONTROLS or "\x7f" <= c < "\xa0")
    if controls > 0.05 * max(1, min(len(text), 65536)):
        raise InputError(f"{name}: looks binary (control characters), not text")
    return text


def read_path(path: str, encoding: str | None = None) -> str:
    """Read one article: a file path, or '-' for standard input."""
    return read_article(path, encoding).text


def read_article(path: str, encoding: str | None = None) -> Decoded:
    """Read one article and say which encoding it was read as (see ``decode_article``)."""
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text stream without bytes underneath (a test's StringIO)
            return Decoded(sys.stdin.read() if sys.stdin is not None else "", "str")
        data = stream.read(MAX_BYTES + 1)  # never more than the limit in memory
        if len(data) > MAX_BYTES:
            raise InputError(f"<stdin>: more than the {MAX_BYTES}-byte limit (czfacts reads one article at a time)")
        return decode_article(data, "<stdin>", encoding)
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
    return decode_article(data, path, encoding)
