"""User lexicons (docs/lexicons.md): the page's example runs as written, user words are
checked by the bundled schemas with errors naming file, key and line, and Extractors with
different lexicons never mix their words."""
import pathlib
import threading

import pytest
import regex

import czfacts
from czfacts.cli import main
from czfacts.errors import LexiconError

DOC = pathlib.Path(__file__).resolve().parents[1] / "docs" / "lexicons.md"


def _blocks(language: str) -> list[str]:
    return regex.findall(rf"```{language}\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=regex.S)


@pytest.fixture
def lexicon(tmp_path) -> pathlib.Path:
    path = tmp_path / "my_lexicon.toml"
    path.write_text(_blocks("toml")[0], encoding="utf-8")
    return path


def test_the_documented_example_prints_what_the_page_says(lexicon, capsys, monkeypatch):
    monkeypatch.chdir(lexicon.parent)
    exec(_blocks("python")[0], {})
    printed = capsys.readouterr().out
    assert printed == regex.search(r"prints\n\n```\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=regex.S).group(1)


def test_without_the_lexicon_the_words_are_unknown(lexicon):
    text = "宁德时代动力电池出货量达到120亿千瓦时，销售啤酒30万箱，实施双百工程。"
    plain = {f.provenance.text: f for f in czfacts.extract(text, date="2024-06-01", place="宁德市")}
    assert plain["30万箱"].unit == "箱" and plain["120亿千瓦时"].subject == "宁德市"
    assert plain["120亿千瓦时"].indicator is None


def test_two_extractors_do_not_mix_their_words(lexicon):
    text = "宁德时代销售啤酒30万箱。"
    with_it, without = czfacts.Extractor(lexicons=[lexicon]), czfacts.Extractor()
    results: dict[str, str] = {}

    def run(name, extractor):
        for _ in range(20):
            results[name] = extractor.extract(text, date="2024-06-01")[0].unit

    threads = [threading.Thread(target=run, args=(n, e)) for n, e in (("with", with_it), ("without", without))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {"with": "count", "without": "箱"}


@pytest.mark.parametrize("content, message", [
    ('[units.units]\n"桶" = { unit = "barrel", scale = 1, kind = "amount" }\n', "units.桶.unit: Value error, unknown unit 'barrel'"),
    ("[units.unitz]\nwords = []\n", "[units] unitz: Extra inputs are not permitted, line 1"),
    ("[unitz]\nwords = []\n", "unknown table [unitz]"),
    ("[units.classifiers]\nwords = [\n", "not a TOML file"),
])
def test_a_bad_lexicon_names_its_file_and_key(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=regex.escape(message)) as caught:
        czfacts.Extractor(lexicons=[path])
    assert str(path) in str(caught.value)


def test_every_command_that_extracts_takes_lexicons(lexicon, tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("宁德时代销售啤酒30万箱。", encoding="utf-8")
    assert main(["dump", str(article), "--date", "2024-06-01", "--lexicon", str(lexicon), "-q"]) == 0
    assert '"unit":"count"' in capsys.readouterr().out.replace(" ", "")
    for command in ("eval", "regress", "rules"):
        with pytest.raises(SystemExit) as usage:
            main([command, "--help"])
        assert usage.value.code == 0 and "--lexicon" in capsys.readouterr().out


def test_a_user_indicator_can_be_the_story_topic(tmp_path):
    """A 分别 list of amounts in a story about a user's indicator takes that indicator (its id
    is looked up in the user's lexicon, not only the bundled one)."""
    path = tmp_path / "solar.toml"
    path.write_text('[indicators.solar_module_sales]\nen = "Solar module sales"\nzh = "光伏组件销售额"\nunit = "CNY"\n',
                    encoding="utf-8")
    facts = czfacts.Extractor(lexicons=[path]).extract(
        "各省光伏组件销售额出炉\n江苏、浙江分别以300亿元、200亿元领跑。", date="2024-11-01", place="中国")
    assert [(f.provenance.text, f.metric, f.indicator) for f in facts] == [
        ("300亿元", "光伏组件销售额", "solar_module_sales"), ("200亿元", "光伏组件销售额", "solar_module_sales")]
