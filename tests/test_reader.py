"""Reading articles: every encoding a Chinese article comes in decodes to the same text, and
everything that is not an article is refused with an InputError naming it."""
import io
import os
import pathlib
import random
import sys

import pytest

import czfacts
from czfacts import reader
from czfacts.errors import CzfactsError, InputError
from czfacts.reader import decode, read_path

TEXT = "今年上半年，长治市GDP完成1195.7亿元、增长1.7%。全市新增企业35家，粮食产量3.5万吨。\n"
TRADITIONAL = "今年上半年，長治市GDP完成1195.7億元、增長1.7%。全市新增企業35家，糧食產量3.5萬噸。\n"


# --- encodings ----------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb2312", "gb18030", "utf-16",
                                      "utf-16-le", "utf-16-be", "utf-32"])
def test_encodings_decode_to_the_same_text(encoding):
    text = TEXT * 5
    assert decode(text.encode(encoding)) == text


def test_big5_traditional_article():
    text = TRADITIONAL * 5
    assert decode(text.encode("big5")) == text


def test_bom_is_removed():
    assert not decode("\ufeff全市".encode("utf-8")).startswith("\ufeff")
    assert decode(b"\xef\xbb\xbf" + TEXT.encode()) == TEXT


def test_empty_input_is_empty_text():
    assert decode(b"") == ""
    assert decode(b"\xef\xbb\xbf") == ""


def test_ascii_only():
    assert decode(b"GDP 5.2%\n") == "GDP 5.2%\n"


def test_truncated_utf8_keeps_every_whole_character():
    data = (TEXT * 20).encode("utf-8")[:-2]  # a download cut inside the last character
    text = decode(data)
    assert text.startswith(TEXT * 19)
    assert text.endswith("\ufffd")


def test_one_broken_byte_in_utf8_is_not_mojibake():
    data = (TEXT * 20).encode("utf-8")
    data = data[:40] + b"\xff" + data[40:]
    text = decode(data)
    assert text.count("\ufffd") == 1
    assert text.replace("\ufffd", "") == TEXT * 20


# --- refusals -------------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4,
    b"\x7fELF\x02\x01\x01\x00" + bytes(1000),
    bytes(100),
])
def test_binary_with_nul_bytes(data):
    with pytest.raises(InputError, match="binary"):
        decode(data, "x.bin")


def test_random_bytes_are_refused():
    rng = random.Random(7)
    for size in (200, 5000):
        data = bytes(rng.randrange(1, 256) for _ in range(size))
        with pytest.raises(InputError, match="x.bin"):
            decode(data, "x.bin")


def test_control_characters_are_refused():
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(1, 32)) * 20, "ctl")


def test_bom_that_lies():
    with pytest.raises(InputError, match="byte-order mark"):
        decode(b"\xff\xfe" + b"\x00\xd8", "lie.txt")  # a lone UTF-16 surrogate


def test_errors_are_czfacts_errors():
    assert issubclass(InputError, CzfactsError)


# --- size -----------------------------------------------------------------------------------------

def test_five_megabytes_of_articles_decode():
    text = TEXT * (5 * 1024 * 1024 // len(TEXT.encode()) + 1)
    data = text.encode("utf-8")
    assert len(data) > 5 * 1024 * 1024
    assert decode(data) == text
    assert decode(text.encode("gbk")) == text


def test_limit_is_64_megabytes():
    assert reader.MAX_BYTES == 64 * 1024 * 1024


def test_over_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(reader, "MAX_BYTES", 100)
    assert decode(b"a" * 100) == "a" * 100
    with pytest.raises(InputError, match="limit"):
        decode(b"a" * 101, "big.txt")


def test_over_the_limit_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_bytes(TEXT.encode() * 10)
    monkeypatch.setattr(reader, "MAX_BYTES", 100)

    def no_read(self):
        raise AssertionError("read the whole file before checking its size")

    monkeypatch.setattr(pathlib.Path, "read_bytes", no_read)
    with pytest.raises(InputError, match="big.txt.*limit"):
        read_path(str(path))


def test_over_the_limit_stdin_is_refused(monkeypatch):
    monkeypatch.setattr(reader, "MAX_BYTES", 100)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a" * 1000)))
    with pytest.raises(InputError, match="stdin.*limit"):
        read_path("-")


# --- paths ----------------------------------------------------------------------------------------

def test_read_path_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("gbk"))
    assert read_path(str(path)) == TEXT


def test_read_path_keeps_crlf(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode())
    assert read_path(str(path)) == TEXT.replace("\n", "\r\n")  # offsets index the file's own text


def test_read_path_missing(tmp_path):
    with pytest.raises(InputError, match="nope.txt: no such file"):
        read_path(str(tmp_path / "nope.txt"))


def test_read_path_folder(tmp_path):
    with pytest.raises(InputError, match="folder"):
        read_path(str(tmp_path))


def test_read_path_unreadable(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(TEXT, encoding="utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(pathlib.Path, "read_bytes", denied)
    with pytest.raises(InputError, match="locked.txt: cannot read: Permission denied"):
        read_path(str(path))


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads anything")
def test_read_path_really_unreadable(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(InputError, match="cannot read"):
        read_path(str(path))


def test_read_path_stdin_bytes(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("gbk"))))
    assert read_path("-") == TEXT


def test_read_path_stdin_text_stream(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEXT))
    assert read_path("-") == TEXT


# --- decoded text gives the same facts -------------------------------------------------------------

def test_same_facts_from_every_encoding():
    want = [f.model_dump() for f in czfacts.extract(TEXT, date="2024-11-01")]
    assert len(want) == 4
    for encoding in ("gbk", "utf-8-sig", "utf-16"):
        got = czfacts.extract(decode(TEXT.encode(encoding)), date="2024-11-01")
        assert [f.model_dump() for f in got] == want
