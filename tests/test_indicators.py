"""The indicator lexicon (czfacts/data/indicators.toml, czfacts/indicators.py): the data
loads and is checked, metrics map to ids conservatively, names are found in text."""
import tomllib
from importlib import resources

import pytest

import czfacts
from czfacts.errors import LexiconError
from czfacts.indicators import (build, english_name, find_indicators, indicator_of, key, load_indicators)

RAW = tomllib.loads(resources.files("czfacts").joinpath("data", "indicators.toml").read_text(encoding="utf-8"))
LEXICON = load_indicators()


def _bundled_with(**entries) -> dict:
    """The bundled data with ``entries`` added to (or replacing in) [indicators]."""
    return {**RAW, "indicators": {**RAW["indicators"], **entries}}


def _user_file(tmp_path, body: str, name: str = "mine.toml") -> str:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return str(path)


# --- the data ------------------------------------------------------------------------------

def test_the_lexicon_is_large_and_every_line_loads():
    assert len(RAW["indicators"]) >= 400
    assert len(LEXICON) == len(RAW["indicators"])
    for ident, spec in RAW["indicators"].items():
        ind = LEXICON[ident]
        assert (ind.en, ind.zh) == (spec["en"], spec["zh"])
        assert indicator_of(ind.zh) == ident, f"{ident}: its own name {ind.zh!r} maps elsewhere"
        for name in (*spec.get("aliases", ()), *spec.get("exact", ())):
            assert indicator_of(name) == ident, f"{ident}: alias {name!r} maps elsewhere"


def test_every_name_is_found_in_text_except_the_exact_only_ones():
    for ind in LEXICON:
        for name in (ind.zh, *ind.aliases):
            spans = find_indicators(f"全年{name}持续增长")
            assert spans and spans[0].id == ind.id and spans[0].start == 2, (ind.id, name)
        for name in ind.exact:
            assert all(s.id != ind.id for s in find_indicators(f"这是{name}。")), (ind.id, name)


def test_shares_name_two_indicators():
    shares = [i for i in LEXICON if i.part]
    assert len(shares) >= 20
    for ind in shares:
        assert LEXICON[ind.part] and LEXICON[ind.whole]
        assert ind.unit == "%"


# --- schema errors -------------------------------------------------------------------------

def test_an_unknown_key_is_refused_with_file_and_key():
    bad = _bundled_with(gdp={**RAW["indicators"]["gdp"], "alias": ["生产总量"]})
    with pytest.raises(LexiconError, match=r"data/indicators\.toml \[indicators\.gdp\]: unknown key 'alias'"):
        build(bad)


def test_an_unknown_top_level_section_is_refused():
    with pytest.raises(LexiconError, match="unknown key 'indicator'"):
        build({**RAW, "indicator": {}})


def test_an_unknown_key_in_a_user_file_names_that_file(tmp_path):
    path = _user_file(tmp_path, '[indicators]\nwidget_output = { en = "Widgets", zh = "小部件产量", units = "t" }\n')
    with pytest.raises(LexiconError) as caught:
        load_indicators([path])
    assert path in str(caught.value) and "[indicators.widget_output]" in str(caught.value)
    assert "'units'" in str(caught.value)


def test_an_alias_claimed_by_two_ids_is_refused():
    bad = _bundled_with(gdp_again={"en": "GDP again", "zh": "GDP总值", "aliases": ["经济总量"]})
    with pytest.raises(LexiconError, match=r"\[indicators\.gdp_again\]: name '经济总量' already belongs to 'gdp'"):
        build(bad)


def test_names_that_differ_only_in_spacing_or_quotes_are_one_name():
    bad = _bundled_with(spaced={"en": "Spaced", "zh": "社会消费品 零售总额"})
    with pytest.raises(LexiconError, match="already belongs to 'retail_sales_consumer_goods'"):
        build(bad)


def test_a_duplicate_id_in_one_file_is_refused(tmp_path):
    body = ('[indicators]\nwidget_output = { en = "Widgets", zh = "小部件产量" }\n'
            'widget_output = { en = "Widgets", zh = "小部件产量" }\n')
    with pytest.raises(LexiconError, match="mine.toml"):
        load_indicators([_user_file(tmp_path, body)])


@pytest.mark.parametrize("entry,message", [
    ({"en": "X", "zh": "某某产量", "unit": "tonnes"}, "unknown unit 'tonnes'"),
    ({"en": "X", "zh": "某某产量", "scope": "above_scale"}, "unknown scope 'above_scale'"),
    ({"en": "X", "zh": "某某占比", "part": "gdp"}, "part and whole go together"),
    ({"en": "X", "zh": "某某占比", "part": "gdp", "whole": "no_such_id"}, "'no_such_id' is no indicator id"),
    ({"en": "X", "zh": "某某占比", "part": "tertiary_industry_value_added", "whole": "gdp"},
     "is 'tertiary_industry_share_of_gdp'"),
    ({"zh": "某某产量"}, "en: Field required"),
])
def test_malformed_entries_are_refused(entry, message):
    with pytest.raises(LexiconError, match=message):
        build(_bundled_with(widget=entry))


def test_an_id_must_be_snake_case():
    with pytest.raises(LexiconError, match="snake_case"):
        build(_bundled_with(**{"Widget-Output": {"en": "W", "zh": "小部件产量"}}))


# --- user lexicons -------------------------------------------------------------------------

def test_a_user_lexicon_adds_indicators_and_aliases(tmp_path):
    path = _user_file(tmp_path, """
[units]
ignored = "other lexicons read this section"

[indicators]
lithium_cathode_capacity = { en = "Lithium cathode material capacity", zh = "正极材料产能", aliases = ["正极材料年产能"], unit = "t" }
gdp = { aliases = ["地方经济体量"] }
""")
    mine = load_indicators([path])
    assert mine.indicator_of("正极材料年产能") == "lithium_cathode_capacity"
    assert mine.indicator_of("地方经济体量") == "gdp" and mine.indicator_of("GDP") == "gdp"
    assert mine.english_name("lithium_cathode_capacity") == "Lithium cathode material capacity"
    assert [s.id for s in mine.find("某市正极材料产能达到10万吨")] == ["lithium_cathode_capacity"]
    assert indicator_of("正极材料年产能") is None  # the bundled lexicon is unchanged
    assert load_indicators([path]) is mine  # loaded once per list of files


def test_a_user_lexicon_may_not_redefine_an_existing_id(tmp_path):
    path = _user_file(tmp_path, '[indicators]\ngdp = { en = "Output", zh = "产出" }\n')
    with pytest.raises(LexiconError, match=r"the id exists: only aliases and exact may be added"):
        load_indicators([path])


def test_a_user_alias_may_not_take_a_bundled_name(tmp_path):
    path = _user_file(tmp_path, '[indicators]\nmy_output = { en = "Output", zh = "产出", aliases = ["GDP"] }\n')
    with pytest.raises(LexiconError, match="'GDP' already belongs to 'gdp'"):
        load_indicators([path])


def test_a_user_share_of_an_unknown_id_names_the_user_file(tmp_path):
    path = _user_file(tmp_path, '[indicators]\nwidget_share = { en = "W", zh = "小部件占比", part = "gdp", '
                                'whole = "widgets" }\n')
    with pytest.raises(LexiconError, match=r"mine\.toml \[indicators\.widget_share\]: part/whole 'widgets'"):
        load_indicators([path])


def test_an_unreadable_user_file_is_a_lexicon_error(tmp_path):
    with pytest.raises(LexiconError, match="nothing.toml"):
        load_indicators([str(tmp_path / "nothing.toml")])


# --- indicator_of ----------------------------------------------------------------------------

@pytest.mark.parametrize("metric,expected", [
    # aliases of one indicator
    ("地区生产总值", "gdp"), ("生产总值", "gdp"), ("国内生产总值", "gdp"), ("GDP", "gdp"), ("经济总量", "gdp"),
    ("gdp", "gdp"), ("ＧＤＰ", "gdp"), ("规上工业增加值", "above_scale_industry_value_added"),
    ("社零总额", "retail_sales_consumer_goods"), ("社零", "retail_sales_consumer_goods"),
    ("CPI", "cpi"), ("居民消费价格指数", "cpi"), ("PPI", "ppi"),
    ("实际利用外资", "fdi_actual_use"), ("外贸进出口总值", "total_imports_exports_goods"),
    ("M2", "m2"), ("广义货币（M2）", "m2"), ("社融规模", "social_financing_increment"),
    ("R&D经费投入", "rd_expenditure"), ("研发投入强度", "rd_intensity"),
    ("单位GDP能耗", "energy_intensity"), ("优良天数比例", "good_air_quality_days_ratio"),
    ("城镇新增就业人数", "new_urban_jobs"), ("人口自然增长率", "natural_growth_rate"),
    ("专精特新“小巨人”企业", "little_giant_enterprises"), ("专精特新小巨人企业", "little_giant_enterprises"),
    # spelling variants: 、, spaces, 的, brackets with a note
    ("交通运输仓储和邮政业增加值", "transport_storage_post_value_added"),
    ("交通运输、仓储和邮政业增加值", "transport_storage_post_value_added"),
    ("社会消费品 零售总额", "retail_sales_consumer_goods"),
    ("服务业对经济增长贡献率", "tertiary_industry_contribution_to_growth"),
    ("固定资产投资（不含农户）", "fixed_asset_investment"),
    ("执业（助理）医师", "licensed_doctors"), ("执业助理医师", "licensed_assistant_physicians"),
    ("生产总值②", "gdp"), ("生产总值[2]", "gdp"), ("生产总值[2", "gdp"),  # footnote marks
    # generic prefixes and place names
    ("全市生产总值", "gdp"), ("全省居民人均可支配收入", "per_capita_disposable_income"),
    ("年末全市金融机构本外币各项存款余额", "deposits_balance"), ("我国货物进出口总额", "total_imports_exports_goods"),
    ("长治市GDP", "gdp"), ("山西省城镇居民人均可支配收入", "urban_per_capita_disposable_income"),
    ("全年全市粮食产量", "grain_output"),
    # generic suffixes
    ("GDP总量", "gdp"), ("规模以上工业增加值增速", "above_scale_industry_value_added"),
    ("固定资产投资增速", "fixed_asset_investment"), ("存款余额增量", "deposits_balance"),
    ("GDP总量增速", "gdp"), ("高新技术企业数量", "high_tech_enterprises"), ("GDP实际增速", "gdp"),
    ("社会消费品零售总额同比增长", "retail_sales_consumer_goods"), ("期末生猪存栏", "hog_inventory"),
    # a scope prefix before an indicator measured in that scope
    ("规上工业原煤产量", "raw_coal_output"), ("规模以上工业中高技术制造业增加值", "high_tech_manufacturing_value_added"),
    ("规模以上工业企业资产负债率", "debt_to_asset_ratio"), ("限额以上单位汽车类零售额", "retail_automobiles"),
    # declared shares, with or without the part's measure word
    ("第三产业增加值占地区生产总值的比重", "tertiary_industry_share_of_gdp"),
    ("服务业增加值占GDP比重", "tertiary_industry_share_of_gdp"),
    ("高技术制造业占规模以上工业比重", "high_tech_manufacturing_share"),
    ("税收收入占一般公共预算收入比重", "tax_share_of_budget_revenue"),
    ("民生支出占一般公共预算支出的比重", "livelihood_expenditure_share"),
    ("城镇人口占常住人口比重", "urbanization_rate"),
    # enterprise finance and company items
    ("营业收入利润率", "revenue_profit_margin"), ("每百元营业收入中的成本", "cost_per_100_yuan_revenue"),
    ("产成品存货", "finished_goods_inventory"), ("归母净利润", "net_profit_attributable"),
    ("营收", "operating_revenue"), ("发明专利授权量", "invention_patents_granted"),
])
def test_indicator_of(metric, expected):
    assert indicator_of(metric) == expected


@pytest.mark.parametrize("metric", [
    None, "", "企业", "投资", "增加值", "比重", "项目", "新能源产业投资", "智能化矿井",
    "汽车制造业投资",             # not 制造业投资
    "高技术装备制造业增加值",      # not 装备制造业增加值
    "医药行业增加值",              # not 医药制造业增加值: a name not in the lexicon is not guessed
    "山区农户人均可支配收入",      # not 人均可支配收入: 山区农户 is no generic prefix
    "民生支出占一般公共预算支出增量",  # not a share, not 一般公共预算支出
    "传统产业占工业总量比重",      # a share that is not declared
    "规模以上工业总产值增加值",
    "出口退税增长率变化",
])
def test_a_metric_that_is_no_known_indicator_stays_none(metric):
    assert indicator_of(metric) is None


def test_rural_and_urban_income_are_not_the_overall_income():
    overall = indicator_of("居民人均可支配收入")
    rural, urban = indicator_of("农村居民人均可支配收入"), indicator_of("城镇居民人均可支配收入")
    assert len({overall, rural, urban}) == 3 and None not in {overall, rural, urban}
    assert indicator_of("全省农村居民人均可支配收入") == rural
    assert indicator_of("农村居民人均可支配收入中位数") == "rural_median_disposable_income"
    assert indicator_of("农村居民人均消费支出") != indicator_of("居民人均消费支出")


def test_above_scale_industry_is_not_all_industry():
    assert indicator_of("规模以上工业增加值") != indicator_of("工业增加值")
    assert indicator_of("规模以上工业总产值") != indicator_of("工业总产值")


def test_key_ignores_layout_but_not_brackets():
    assert key("交通运输、仓储和邮政业") == key("交通运输仓储和邮政业")
    assert key("“小巨人” 企业") == key("小巨人企业")
    assert key("ｐｍ２．５") == "PM2.5"
    assert key("执业(助理)医师") != key("执业助理医师")


# --- find_indicators -------------------------------------------------------------------------

def _found(text: str, **kw) -> list[tuple[str, str]]:
    return [(text[s:e], ident) for s, e, ident in find_indicators(text, **kw)]


def test_find_takes_the_longest_name_at_each_place():
    text = "前三季度,某县规模以上工业增加值增长6%,工业增加值增长4%,社会消费品零售总额增长5.5%"
    assert _found(text) == [("规模以上工业增加值", "above_scale_industry_value_added"),
                            ("工业增加值", "industry_value_added"),
                            ("社会消费品零售总额", "retail_sales_consumer_goods")]


def test_find_gives_offsets_into_the_text():
    text = "某区农村居民人均可支配收入21000元,城镇居民人均消费支出30100元"
    spans = find_indicators(text)
    assert [(text[s.start:s.end], s.id) for s in spans] == [
        ("农村居民人均可支配收入", "rural_per_capita_disposable_income"),
        ("城镇居民人均消费支出", "urban_per_capita_consumption_expenditure")]


def test_find_reads_written_variants():
    text = "交通运输仓储和邮政业增加值增长8%,执业(助理)医师1.2万人,细颗粒物(PM2.5)平均浓度下降"
    assert [i for _, i in _found(text)] == ["transport_storage_post_value_added", "licensed_doctors",
                                            "pm25_concentration"]


def test_find_keeps_latin_names_whole():
    assert _found("M2余额同比增长8.1%,M1增长2%") == [("M2余额", "m2"), ("M1", "m1")]
    assert _found("新款M20芯片和GDPR合规") == []
    assert _found("该省GDP增长5%") == [("GDP", "gdp")]


def test_find_skips_exact_only_names():
    assert _found("出口增长,进口下降,第一人民医院扩建") == []
    assert _found("货物出口总额增长") == [("货物出口总额", "exports_goods")]


def test_find_respects_word_boundaries_when_given():
    text = "汽车工业增加值增长"
    assert _found(text) == [("工业增加值", "industry_value_added")]
    assert _found(text, boundaries={0, 4, 7, 9}) == []  # 汽车工业 / 增加值 / 增长: no word starts at 工
    assert _found("工业增加值增长", boundaries={0, 2, 5, 7}) == [("工业增加值", "industry_value_added")]
    # the longest name ends inside a word (出口额度): the longest shorter one that fits is taken
    assert _found("货物出口额度管理", boundaries={0, 2, 4, 6, 8}) == [("货物出口", "exports_goods")]


def test_find_in_a_text_without_indicators():
    assert find_indicators("今天天气很好,我们去公园散步。") == []
    assert find_indicators("") == []


# --- names and facts -------------------------------------------------------------------------

def test_english_name():
    assert english_name("gdp").startswith("Gross domestic product")
    assert english_name("cpi") == "Consumer price index"
    with pytest.raises(KeyError):
        english_name("no_such_indicator")


def test_a_fact_carries_its_indicator():
    facts = czfacts.extract("今年前三季度,洛阳市GDP完成4300亿元,居民消费价格上涨0.4%", date="2024-11-01")
    by_metric = {f.metric: f.indicator for f in facts}
    assert by_metric.get("GDP") == "gdp"
    assert all(f.indicator == indicator_of(f.metric) for f in facts)
    assert all(f.indicator is None or f.indicator in [i.id for i in LEXICON] for f in facts)
