"""Never crash, never lose a fact: the inputs that once crashed or glued numbers (issue 10), HTML
read as a browser shows it, short files in every encoding, atomic approved output, and one
bad article never stopping the others."""
import datetime as dt
import errno
import json
import os
import shutil
import pathlib

import pytest

import czfacts
from czfacts import cli
from czfacts.dev import regress
from czfacts.errors import CzfactsError, InputError
from czfacts.html import entity, html_edits
from czfacts.normalize import normalize
from czfacts.reader import EncodingGuess, decode, decode_article

CORPORA = pathlib.Path(__file__).resolve().parents[1] / "corpora"


def spans(text, **kw):
    return [f.provenance.text for f in czfacts.extract(text, **kw)]


def holds(text, facts):
    for f in facts:
        p = f.provenance
        assert text[p.start:p.end] == p.text
        assert p.sentence_start <= p.start < p.end <= p.sentence_end


# --- inputs that crashed extract() -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "近年来累计建成100座",                      # a 近年来 period has no start (TypeError)
    "亿" * 60 + "点五",                          # OverflowError: the numeral overflows a float
    "三" + "亿" * 400 + "点五元",
    "&#" + "9" * 5000 + ";元",                   # ValueError: int() of 5000 digits
    "<p>&#" + "9" * 5000 + ";元</p>",
    "增长\ud800 5%",                             # UnicodeEncodeError in the tokenizer
    "全市\udfff投资\ud83d12亿元，增长5%",
    "\t\x08=100\n<\t7</><tr>",                   # fuzzing: a table cell of markup past its sentence
    "</全市<p>",                                  # AssertionError: a CJK letter after </ is no tag name
    "一九八五年为八千亿元",                        # ValueError: 一九八五 read as a count of years, year −3
    "〇〇〇〇年增长5%，一九七九年以来新增企业40家",  # ValueError: year 0; 一九七九年以来 dated from the year 4
])
def test_crash_inputs_give_facts_or_none(text):
    holds(text, czfacts.extract(text))
    holds(text, czfacts.extract(text, date="2024-11-01", place="长治市"))


def test_a_lone_surrogate_keeps_every_offset():
    text = "全市\ud800投资12亿元，增长5%"
    facts = czfacts.extract(text, date="2024-11-01")
    assert [f.provenance.text for f in facts] == ["12亿元", "5%"]
    assert normalize(text).text.count("\ufffd") == 1


def test_a_lone_surrogate_inside_a_span_is_written_as_a_replacement():
    """(hypothesis found 1195.7</\ud800<p>亿元: the fact's text could not be written as JSON)"""
    facts = czfacts.extract("1195.7</\ud800<p>亿元", date="2024-11-01", doc_id="d")
    assert facts and all(czfacts.Fact.from_json(f.to_json()) == f for f in facts)
    assert "\ufffd" in facts[0].provenance.text


def test_a_datetime_is_a_date():
    got = czfacts.extract("今年增长5%", date=dt.datetime(2024, 11, 1, 12, 30))
    assert got[0].period.start == "2024-01-01"


@pytest.mark.parametrize("date", ["9999-12-31", dt.date(9999, 12, 31), 20241101, "2024-13-01"])
def test_dates_out_of_range_or_of_another_type_are_input_errors(date):
    with pytest.raises(InputError):
        czfacts.extract("今年增长5%", date=date)


def test_entities_are_bounded():
    assert entity("&#" + "9" * 5000 + ";") == "\ufffd"
    assert entity("&#x110000;") == "\ufffd"
    assert entity("&#49;") == "1" and entity("&nbsp;") == "\xa0" and entity("&foo;") is None


# --- HTML ----------------------------------------------------------------------------------------

def test_table_cells_are_separate_numbers():
    text = "<table><tr><td>2023</td><td>1195.7亿元</td></tr></table>"
    facts = czfacts.extract(text)
    assert [(f.provenance.text, f.value) for f in facts] == [("1195.7亿元", 1.1957e11)]


def test_br_is_a_line_break():
    assert normalize("<p>全市增长11<br>95.7亿元</p>").text == "全市增长11\n95.7亿元\n"  # (<p> opens no blank line)
    assert "1195.7" not in normalize("<p>全市GDP 11<br>95.7亿元</p>").text


@pytest.mark.parametrize("hidden", [
    "<script>var a='增长99%';</script>", "<script>var a='增长99%';", "<style>p{width:99%}</style>",
    "<!-- 增长99% -->", "<!-- 增长99%", "<nav>增长99%</nav>", "<header>增长99%</header>", "<footer>增长99%",
    "<aside>增长99%</aside>", "<template><p>增长99%</p></template>", "<noscript>增长99%</noscript>",
])
def test_hidden_parts_give_no_facts(hidden):
    before = "<html><body><p>全市GDP增长5%</p>"
    assert spans(before + hidden) == ["5%"]


def test_an_unclosed_nav_ends_with_its_parent():
    text = "<div><nav>菜单 增长99%<div>88%</div></div><p>全市增长5%</p>"
    assert spans(text) == ["5%"]


def test_quoted_attribute_with_a_bracket_and_entities_map_back():
    text = "<p title='a>b'>全市投资&nbsp;120&nbsp;亿元，增长&#53;%</p>"
    facts = czfacts.extract(text)
    assert [f.provenance.text for f in facts] == ["120&nbsp;亿元", "&#53;%"]
    holds(text, facts)


def test_html_edits_are_sorted_and_disjoint():
    raw = "<p>a<b>b</b>&amp;<!-- x --><br/>c<script>d</p>" * 3
    edits = html_edits(raw)
    assert all(a < b <= c for (a, b, _), (c, _, _) in zip(edits, edits[1:]))


def test_folders_include_html(tmp_path, capsys):
    (tmp_path / "a.html").write_text("<p>全市GDP增长5%</p>", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.htm").write_text("<p>全市投资12亿元</p>", encoding="utf-8")
    status = cli.main(["dump", "-q", str(tmp_path)])
    out = [json.loads(line)["provenance"]["text"] for line in capsys.readouterr().out.splitlines()]
    assert status == 0 and sorted(out) == ["12亿元", "5%"]


# --- paragraphs cut by a blank line --------------------------------------------------------------

LONG = "全市规模以上工业企业数量达到了一个新的水平，其中新增的高新技术企业数量为"


def test_two_numbers_across_a_blank_line_stay_two():
    text = LONG + "1200\n\n15家企业获评省级专精特新企业。"
    assert "120015" not in normalize(text).text
    assert "15家" in spans(text)


def test_a_word_cut_by_a_blank_line_is_rejoined():
    text = "2024年，长治市坚持创新驱动发展战略，围绕重点产业链部署创新链，全年共实施了30项科\n\n技重大专项，投入资金12亿元。"
    assert "科技重大专项" in normalize(text).text


def test_a_heading_after_a_blank_line_is_not_joined():
    text = LONG + "较多\n\n一、主要指标完成情况\n\n全年增长5%。"
    assert "较多一、" not in normalize(text).text


# --- decoding ------------------------------------------------------------------------------------

SHORT = ["GDP增长5%", "全市新增企业35家。", "今年上半年，长治市GDP完成1195.7亿元、增长1.7%。"]
TRADITIONAL = ["GDP增長5%", "全市新增企業35家。", "今年上半年，長治市GDP完成1195.7億元、增長1.7%。"]


@pytest.mark.parametrize("text", SHORT)
@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16-le", "utf-16-be"])
def test_short_files_decode_without_a_byte_order_mark(text, encoding):
    with pytest.warns(EncodingGuess):
        assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("text", TRADITIONAL)
def test_short_big5_files_decode(text):
    with pytest.warns(EncodingGuess):
        got = decode_article(text.encode("big5"))
    assert (got.text, got.guessed) == (text, True)


@pytest.mark.filterwarnings("ignore::czfacts.reader.EncodingGuess")
def test_every_encoding_gives_the_same_facts():
    def read(text):
        return [(f.value, f.unit, f.kind, f.metric) for f in czfacts.extract(text, date="2024-11-01")]

    want = read(SHORT[2])
    for encoding in ("gbk", "utf-16-le", "utf-16-be", "utf-16", "utf-8-sig"):
        assert read(decode(SHORT[2].encode(encoding))) == want, encoding
    assert read(decode(TRADITIONAL[2].encode("big5"))) == want  # traditional text folds to the same facts


def test_utf8_is_no_guess_and_forcing_an_encoding_is_strict():
    assert decode_article(SHORT[0].encode()).guessed is False
    forced = decode_article(SHORT[0].encode("gbk"), encoding="gbk")
    assert (forced.text, forced.guessed) == (SHORT[0], False)
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"x", encoding="no-such-codec")
    with pytest.raises(InputError, match="not utf-8"):
        decode("增长".encode("gbk"), encoding="utf-8")


def test_cli_encoding_option_and_warning(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_bytes(SHORT[2].encode("gbk"))
    status = cli.main(["dump", str(path), "--date", "2024-11-01"])
    out, err = capsys.readouterr()
    assert status == 0 and "read as gb18030" in err and "1195.7亿元" in out
    status = cli.main(["dump", str(path), "--date", "2024-11-01", "--encoding", "gbk"])
    out, err = capsys.readouterr()
    assert status == 0 and "read as" not in err and "1195.7亿元" in out


# --- atomic approved output; one bad article never stops the others ------------------------------

def test_a_failed_write_keeps_the_approved_file(tmp_path, monkeypatch):
    path = tmp_path / "a.facts.jsonl"
    path.write_text("old\n", encoding="utf-8")
    facts = czfacts.extract("全市投资12亿元", doc_id="a")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(CzfactsError, match="No space left on device"):
        regress.write_approved(path, facts)
    assert path.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.facts.jsonl"]  # no temporary left behind
    monkeypatch.undo()
    regress.write_approved(path, facts)
    assert regress.load_approved(path) == facts


@pytest.fixture
def two_articles(tmp_path):
    for name in ("000_9e4a4bbcb7e20233", "001_43732e528f5e02c9"):
        for suffix in (".txt", ".meta.json", ".gold.jsonl", ".facts.jsonl"):
            shutil.copy(CORPORA / (name + suffix), tmp_path)
    return tmp_path


@pytest.fixture
def first_one_breaks(monkeypatch):
    real = czfacts.Extractor.extract_document

    def extract_document(self, text, **options):
        if (options.get("doc_id") or "").startswith("000"):
            raise TypeError("boom")
        return real(self, text, **options)

    monkeypatch.setattr(czfacts.Extractor, "extract_document", extract_document)


@pytest.mark.parametrize("command", ["regress", "eval"])
def test_an_internal_error_is_reported_for_its_article_and_the_others_go_on(command, two_articles,
                                                                            first_one_breaks, capsys):
    status = cli.main([command, str(two_articles)])
    out, err = capsys.readouterr()
    assert status == 1
    assert "000_9e4a4bbcb7e20233.txt: internal error" in err and "TypeError: boom, at czfacts/" in err
    if command == "eval":
        assert "1 documents" in out  # the other article was scored


def calls_per_size(monkeypatch, owner, name, unit, sizes, **kw):
    """How often ``owner.name`` is called extracting ``unit`` repeated each of ``sizes`` times, with
    the facts of each run: a count that grows with the size, not a time."""
    calls, wrapped = [0], getattr(owner, name)

    def counted(*args):
        calls[0] += 1
        return wrapped(*args)

    monkeypatch.setattr(owner, name, counted)
    runs = []
    for n in sizes:
        calls[0] = 0
        facts = czfacts.extract(unit * n, date="2025-01-01", **kw)
        runs.append((calls[0], facts))
    return runs


def test_sentence_lookups_grow_linearly_with_repeated_lists(monkeypatch):
    """Each 分别 list of changes looks back only within its own sentence for the list it changes
    (a scan of every list before made a long run of such sentences quadratic)."""
    from czfacts.document import Document
    unit = "去年，高技术制造业、装备制造业投资占比分别为15%和9%，分别比上年提高2.1和3.3个百分点。"
    (few, facts), (many, more) = calls_per_size(monkeypatch, Document, "sentence", unit, (100, 400), place="浙江省")
    assert len(facts) == 400 and len(more) == 1600
    assert many < 5 * few, (few, many)


def test_village_references_grow_linearly(monkeypatch):
    """全村 looks back for the village named before it without looking back from each 全村 it meets there
    (a recursion that made a run of 全村 clauses exponential)."""
    from czfacts.rules import subject
    unit = "下屋村今年脐橙产量增长5%，全村收入增长3%。"
    (few, facts), (many, more) = calls_per_size(monkeypatch, subject, "_named_villages", unit, (50, 200), place="江西省")
    assert len(more) == 400 and {f.subject for f in facts + more} == {"下屋村"}
    assert many < 5 * few, (few, many)


# --- a stage that fails on one document -----------------------------------------------------------

@pytest.fixture
def subjects_break(monkeypatch):
    from czfacts import pipeline

    def attach_subjects(doc):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "STAGES", tuple(attach_subjects if s is pipeline.attach_subjects else s
                                                  for s in pipeline.STAGES))


def test_a_failed_stage_loses_only_what_it_reads(subjects_break):
    with pytest.warns(czfacts.IncompleteExtraction, match="attach_subjects: RuntimeError: boom"):
        result = czfacts.Extractor().extract_document("全市地区生产总值达到3000亿元，增长5%。", date="2024-12-31",
                                                      place="长治市")
    assert [(f.provenance.text, f.metric, f.subject) for f in result.facts] == [
        ("3000亿元", "地区生产总值", None), ("5%", "地区生产总值", None)]
    assert result.failed_stages == ("attach_subjects: RuntimeError: boom",)


def test_a_failed_stage_is_raised_for_a_developer(subjects_break, monkeypatch):
    monkeypatch.setenv("CZFACTS_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        czfacts.extract("全市地区生产总值达到3000亿元。")


def test_without_its_quantities_a_document_fails(monkeypatch):
    from czfacts import pipeline

    def find_quantities(doc):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "STAGES", tuple(find_quantities if s is pipeline.find_quantities else s
                                                  for s in pipeline.STAGES))
    monkeypatch.setattr(pipeline, "ESSENTIAL", (find_quantities,))
    with pytest.raises(RuntimeError, match="boom"):
        czfacts.extract("全市地区生产总值达到3000亿元。")


def test_dump_warns_of_a_failed_stage_and_writes_the_facts(subjects_break, tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("全市地区生产总值达到3000亿元，增长5%。", encoding="utf-8")
    status = cli.main(["dump", str(article), "--date", "2024-12-31", "--place", "长治市", "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 0
    assert [json.loads(line)["provenance"]["text"] for line in out.splitlines()] == ["3000亿元", "5%"]
    assert err.count("stage attach_subjects: RuntimeError: boom: skipped") == 1


def test_blank_lines_between_paragraphs_go_and_offsets_map_back():
    text = "标题\n\n  \n全市新增企业35家。\n\n\n全县新增企业12家。"
    n = normalize(text)
    assert n.text == "标题\n全市新增企业35家。\n全县新增企业12家。"
    assert [text[f.provenance.start:f.provenance.end] for f in czfacts.extract(text)] == ["35家", "12家"]


def test_a_page_of_paragraphs_reads_as_its_text():
    """A story saved as a web page (<p> per paragraph) or with Windows line ends and blank lines: its headline is
    the first line, and its facts are those of the plain text."""
    plain = "上半年全县经济稳中有进\n上半年，全县生产总值增长5.2%。\n规模以上工业增加值增长7.1%。"
    page = "<html><body>" + "".join(f"<p>{line}</p>\n" for line in plain.split("\n")) + "</body></html>"
    windows = plain.replace("\n", "\r\n\r\n")

    def facts(text: str) -> list[tuple]:
        return [(f.value, f.metric, f.period) for f in czfacts.extract(text, date="2024-07-20")]
    assert normalize(page).text.startswith(plain.split("\n")[0]) and normalize(windows).text == normalize(plain).text
    assert facts(page) == facts(windows) == facts(plain)
