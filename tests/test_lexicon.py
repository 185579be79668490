"""The unit lexicon: every line of data/units.toml loads, and every unit family of SPEC §3
comes out of extract() with the canonical unit, the scale applied and the right kind."""
import math
import tomllib
from importlib import resources

import pytest

import czfacts
from czfacts.lexicon import CANONICAL_UNITS, KINDS, units

RAW = tomllib.loads(resources.files("czfacts").joinpath("data", "units.toml").read_text(encoding="utf-8"))


# --- the data file ----------------------------------------------------------------------

@pytest.mark.parametrize("surface", sorted(RAW["units"]))
def test_every_units_line_loads(surface):
    spec = RAW["units"][surface]
    unit = units()[surface]
    assert unit.surface == surface
    assert unit.unit == spec["unit"] and unit.unit in CANONICAL_UNITS
    assert unit.kind == spec["kind"] and unit.kind in KINDS
    assert unit.scale == float(spec["scale"]) and unit.scale > 0 and math.isfinite(unit.scale)
    assert set(spec) <= {"unit", "scale", "kind", "arabic_only"}, f"unknown field in {surface!r}: {spec}"
    assert getattr(unit, "arabic_only", False) == spec.get("arabic_only", False)


@pytest.mark.parametrize("word", sorted(RAW["classifiers"]["words"] + RAW["classifiers"]["streaks"]))
def test_every_classifier_is_a_count(word):
    unit = units()[word]
    if word in RAW["units"]:  # a surface that is both (none today) keeps its [units] line
        assert unit.unit == RAW["units"][word]["unit"]
    else:
        assert (unit.unit, unit.kind, unit.scale) == ("count", "count", 1.0)


def test_units_table_has_nothing_else():
    assert set(units()) == set(RAW["units"]) | set(RAW["classifiers"]["words"]) | set(RAW["classifiers"]["streaks"])


@pytest.mark.parametrize("surface,unit,scale", [
    ("万吨", None, None),  # scales written into the number are not unit lines ...
    ("亿元", None, None),
    ("吨", "t", 1.0),      # ... the base surface is
    ("元", "CNY", 1.0),
    ("斤", "t", 0.0005),
    ("公斤", "t", 0.001),
    ("里", "m", 500.0),
    ("亩", "mu", 1.0),
    ("个千分点", "pp", 0.1),
    ("‰", "%", 0.1),
])
def test_spec_scales(surface, unit, scale):
    got = units().get(surface)
    if unit is None:
        assert got is None
    else:
        assert (got.unit, got.scale) == (unit, scale)


# --- through extract(): one case per family of SPEC §3 -----------------------------------

def only(text):
    facts = czfacts.extract(text, date="2024-11-01", place="长治市")
    assert len(facts) == 1, [(f.provenance.text, f.value, f.unit, f.kind) for f in facts]
    return facts[0]


FAMILIES = [
    # money
    ("全市财政收入达到120元。", "120元", 120, "CNY", "amount"),
    ("全市一般公共预算收入120万元。", "120万元", 1.2e6, "CNY", "amount"),
    ("全市一般公共预算收入120亿元。", "120亿元", 1.2e10, "CNY", "amount"),
    ("全市存款余额达到1.2万亿元。", "1.2万亿元", 1.2e12, "CNY", "amount"),
    ("全市营业收入突破1.2千亿元。", "1.2千亿元", 1.2e11, "CNY", "amount"),
    ("全市进出口总额达到35亿美元。", "35亿美元", 3.5e9, "USD", "amount"),
    ("全市实际使用外资3000万欧元。", "3000万欧元", 3e7, "EUR", "amount"),
    ("全市吸引港资5亿港元。", "5亿港元", 5e8, "HKD", "amount"),
    # percent and points
    ("全市规上工业企业利润增长12.4%。", "12.4%", 12.4, "%", "growth"),
    ("全市城镇化率提高1.2个百分点。", "1.2个百分点", 1.2, "pp", "change"),
    ("全市人口出生率为7.19‰。", "7.19‰", 0.719, "%", "share"),
    # mass
    ("全市粮食产量达到120吨。", "120吨", 120, "t", "amount"),
    ("全市粮食产量达到120万吨。", "120万吨", 1.2e6, "t", "amount"),
    ("全市人均消费猪肉30公斤。", "30公斤", 0.03, "t", "amount"),
    ("全市人均消费猪肉30千克。", "30千克", 0.03, "t", "amount"),
    ("全市小麦亩产800斤。", "800斤", 0.4, "t", "amount"),
    ("全市人均消费食盐5克。", "5克", 5e-6, "t", "amount"),
    # energy
    ("全市居民生活用电量300千瓦时。", "300千瓦时", 300, "kWh", "amount"),
    ("全市居民生活用电量300度。", "300度", 300, "kWh", "amount"),
    ("全市全社会用电量120亿千瓦时。", "120亿千瓦时", 1.2e10, "kWh", "amount"),
    ("全市能源消费总量800万吨标准煤。", "800万吨标准煤", 8e6, "tce", "amount"),
    ("全市节约能源12吨标准煤。", "12吨标准煤", 12, "tce", "amount"),
    # power
    ("全市光伏装机容量500瓦。", "500瓦", 500, "W", "amount"),
    ("全市光伏装机容量500千瓦。", "500千瓦", 5e5, "W", "amount"),
    ("全市光伏装机容量500兆瓦。", "500兆瓦", 5e8, "W", "amount"),
    ("全市光伏装机容量500MW。", "500MW", 5e8, "W", "amount"),
    ("全市光伏装机容量5GW。", "5GW", 5e9, "W", "amount"),
    ("全市新能源装机容量120万千瓦。", "120万千瓦", 1.2e9, "W", "amount"),
    # length
    ("全市年降水量500毫米。", "500毫米", 0.5, "m", "amount"),
    ("全市新建城市道路300米。", "300米", 300, "m", "amount"),
    ("全市新建高速公路120公里。", "120公里", 1.2e5, "m", "amount"),
    ("全市新建绿道30里。", "30里", 1.5e4, "m", "amount"),
    # area
    ("全市新增公园绿地12万平方米。", "12万平方米", 1.2e5, "m2", "amount"),
    ("全市建成区面积120平方公里。", "120平方公里", 1.2e8, "m2", "amount"),
    ("全市新建高标准农田12万亩。", "12万亩", 1.2e5, "mu", "amount"),
    ("全市完成造林面积300公顷。", "300公顷", 3e6, "m2", "amount"),
    # volume
    ("全市年供水量1200万立方米。", "1200万立方米", 1.2e7, "m3", "amount"),
    ("全市人均日用水量120升。", "120升", 0.12, "m3", "amount"),
    # durations
    ("全市重点工程建设工期3年。", "3年", 3, "year", "amount"),
    ("全市重点工程建设工期18个月。", "18个月", 1.5, "year", "amount"),
    ("全市企业开办时间压缩至1天。", "1天", 1, "day", "amount"),
    # multiples
    ("全市研发投入是全省平均水平的1.6倍。", "1.6倍", 1.6, "times", "ratio"),
]


@pytest.mark.parametrize("text,span,value,unit,kind", FAMILIES, ids=[f[1] for f in FAMILIES])
def test_unit_family(text, span, value, unit, kind):
    fact = only(text)
    assert fact.provenance.text == span
    assert math.isclose(fact.value, value, rel_tol=1e-9), fact.value
    assert (fact.unit, fact.kind) == (unit, kind)


def test_index_and_rank_units():
    index = only("全市居民消费价格指数为99.5。")
    assert (index.value, index.unit) == (99.5, "index")
    first = only("全市经济总量居全省首位。")
    assert (first.value, first.unit, first.kind, first.scope) == (1, "rank", "rank", "全省")
    top3 = only("全市经济总量位居全国前三。")
    assert (top3.value, top3.unit, top3.bound, top3.scope) == (3, "rank", "le", "全国")


def test_thousandths_point_change():
    fact = only("全市城镇调查失业率下降3个千分点。")
    assert fact.provenance.text == "3个千分点"
    assert (fact.unit, fact.kind) == ("pp", "change")
    assert math.isclose(fact.value, -0.3)


# --- counts with measure words ------------------------------------------------------------

COUNTS = [
    ("全市新增规上工业企业35家。", "家"),
    ("全市建成5G基站3200个。", "个"),
    ("全市建成智能化矿井17座。", "座"),
    ("全市新建口袋公园12处。", "处"),
    ("全市实施省级重点工程120项。", "项"),
    ("全市新增新能源公交车200辆。", "辆"),
    ("全市新增工业机器人150台。", "台"),
    ("全市引进高层次人才300名。", "名"),
    ("全市城镇新增就业3万人。", "人"),
    ("全市接待游客1200万人次。", "人次"),
    ("全市新建幼儿园15所。", "所"),
    ("全市新建农村公路50条。", "条"),
    ("全市组建科技服务队20支。", "支"),
    ("全市受理专利申请5000件。", "件"),
    ("全市开展安全生产检查300次。", "次"),
    ("全市改造农村危房800户。", "户"),
    ("全市举办招聘会86场。", "场"),
    ("全市已连续举办农博会12届。", "届"),
    ("全市认定专精特新企业3批。", "批"),
    ("全市筹集保障性租赁住房2000套。", "套"),
    ("全市创作文艺精品30部。", "部"),
    ("全市研发新产品50款。", "款"),
    ("全市推广农作物新品种40种。", "种"),
    ("全市梳理政务服务事项12类。", "类"),
]


@pytest.mark.parametrize("text,classifier", COUNTS, ids=[c[1] for c in COUNTS])
def test_count_with_measure_word(text, classifier):
    fact = only(text)
    assert fact.provenance.text.endswith(classifier)
    assert (fact.unit, fact.kind, fact.classifier) == ("count", "count", classifier)
    number = fact.provenance.text[: -len(classifier)]
    assert math.isclose(fact.value, float(number.replace("万", "")) * (1e4 if "万" in number else 1))
    assert fact.metric  # the count names what it counts


@pytest.mark.parametrize("text", [
    "全市新建一座公园。",
    "打造一批特色小镇。",
    "形成一套完整的工作体系。",
    "作为一个以煤炭产业为主的资源型城市。",
])
def test_one_plus_classifier_is_not_a_count(text):
    assert czfacts.extract(text, date="2024-11-01") == []


def test_unknown_unit_is_kept():
    fact = only("全市年产啤酒12万箱。")
    assert (fact.provenance.text, fact.value, fact.unit, fact.kind) == ("12万箱", 120_000, "箱", "amount")


def test_compound_unit_is_not_cut_at_a_known_prefix():
    facts = czfacts.extract("全市完成货物周转量300亿吨公里。", date="2024-11-01", place="长治市")
    assert all(f.unit != "t" for f in facts), [(f.provenance.text, f.unit) for f in facts]


@pytest.mark.parametrize("text,spans", [
    ("全市万元GDP能耗下降3%。", ["3%"]),
    ("全市万元工业增加值用水量下降5%。", ["5%"]),
    ("全市GDP完成1195.7-亿元。", []),
])
def test_scale_word_without_a_number_is_not_a_quantity(text, spans):
    facts = czfacts.extract(text, date="2024-11-01", place="长治市")
    assert [f.provenance.text for f in facts] == spans


def test_word_lists_have_no_duplicates():
    """A word listed twice in a data file is a merge slip: one of the copies gets edited alone."""
    from collections import Counter

    from czfacts.lexicon import load

    lists = {
        "nonfacts.labels": load("nonfacts")["words"]["labels"],
        "units.classifiers": load("units")["classifiers"]["words"],
        "attribution.predicates": load("attribution")["metric"]["predicates"],
        "attribution.connectives": load("attribution")["metric"]["connectives"],
    }
    for name, words in lists.items():
        repeated = [w for w, n in Counter(words).items() if n > 1]
        assert not repeated, f"{name} lists {repeated} more than once"


def test_a_cached_function_keeps_its_store_bounded(monkeypatch):
    """A per-name cache (places, noun phrases) is dropped when full, so a long pipe stays bounded."""
    from czfacts import lexicon

    monkeypatch.setattr(lexicon, "CACHE_LIMIT", 10)
    calls = []

    @lexicon.lexical_cache
    def double(x):
        calls.append(x)
        return 2 * x

    for x in range(25):
        assert double(x) == 2 * x
    assert double(24) == 48 and calls.count(24) == 1  # still cached after the drops
    memos = lexicon._CACHES[-1].values()  # double's: the last store made
    assert any(24 in memo for memo in memos) and all(len(memo) <= 10 for memo in memos)


def test_a_cached_function_of_one_argument_or_of_several_gives_each_call_its_own_value():
    from czfacts import lexicon

    @lexicon.lexical_cache
    def joined(*parts):
        return "+".join(map(str, parts))

    @lexicon.lexical_cache
    def scaled(x, by=2):
        return x * by

    assert [joined((1, 2)), joined(1, 2), joined(1), joined()] == ["(1, 2)", "1+2", "1", ""]
    @lexicon.lexical_cache
    def or_one(x=1):
        return x

    assert [scaled(3), scaled(3, 3), scaled((3,)), scaled((3,), 1)] == [6, 9, (3, 3), (3,)]
    assert [or_one(), or_one(5), or_one((5,))] == [1, 5, (5,)]
