"""The gazetteer: provinces, prefecture-level and county-level divisions, their short and
qualified forms, the names never read as places, and canonical() for a caller's place."""
import random

import pytest
import regex

import czfacts
from czfacts.lexicon import load, trie_pattern
from czfacts.namescan import NameScanner
from czfacts.places import COUNTY, PREFECTURE, PROVINCE, canonical, gazetteer, lookup, place_pattern, province_of, resolve


@pytest.mark.parametrize("name, full, city, province", [
    ("海淀区", "海淀区", "北京市", "北京市"),
    ("海淀", "海淀区", "北京市", "北京市"),
    ("长子县", "长子县", "长治市", "山西省"),
    ("西工区", "西工区", "洛阳市", "河南省"),
    ("仙桃市", "仙桃市", None, "湖北省"),           # under the province, no city
    ("神农架林区", "神农架林区", None, "湖北省"),
    ("石河子市", "石河子市", None, "新疆维吾尔自治区"),
    ("济源市", "济源市", None, "河南省"),
    ("六枝特区", "六枝特区", "六盘水市", "贵州省"),
    ("长阳土家族自治县", "长阳土家族自治县", "宜昌市", "湖北省"),
    ("长阳县", "长阳土家族自治县", "宜昌市", "湖北省"),  # an autonomous county by its stem
    ("长阳", "长阳土家族自治县", "宜昌市", "湖北省"),
    ("管城区", "管城回族区", "郑州市", "河南省"),
    ("莫力达瓦旗", "莫力达瓦达斡尔族自治旗", "呼伦贝尔市", "内蒙古自治区"),
    ("沙县", "沙县区", "三明市", "福建省"),
    ("兴县", "兴县", "吕梁市", "山西省"),
])
def test_a_county_knows_its_city_and_province(name, full, city, province):
    place = lookup(name)
    assert (place.name, place.level, place.city, place.province) == (full, COUNTY, city, province)


def test_the_higher_level_wins_a_shared_name():
    assert lookup("朝阳").level == PREFECTURE          # 朝阳市, not 朝阳县 or any 朝阳区
    assert lookup("吉林") == lookup("吉林省")
    assert lookup("本溪") == lookup("本溪市")          # not 本溪满族自治县
    assert lookup("本溪县").level == COUNTY
    assert lookup("通化县").city == "通化市"


@pytest.mark.parametrize("name", ["鼓楼区", "朝阳区", "新华区", "铁西区", "桥西区", "普陀区"])
def test_a_name_several_counties_share_means_none_alone(name):
    assert lookup(name) is None
    assert all(p.name != name for p in gazetteer().values())


@pytest.mark.parametrize("qualified, city", [
    ("南京市鼓楼区", "南京市"), ("南京鼓楼区", "南京市"), ("福州市鼓楼区", "福州市"),
    ("北京市朝阳区", "北京市"), ("北京朝阳区", "北京市"), ("长春市朝阳区", "长春市"),
    ("江苏省南京市鼓楼区", "南京市"),
])
def test_a_shared_name_resolves_after_its_city(qualified, city):
    place = lookup(qualified)
    assert (place.level, place.city) == (COUNTY, city)
    assert place.name == city + place.name[len(city):]  # named with its city, so it looks itself up
    assert lookup(place.name) == place


def test_resolve_finds_a_name_inside_a_city_or_province():
    assert resolve("南京", "鼓楼区") == lookup("南京市鼓楼区") != resolve("徐州市", "鼓楼区")
    assert resolve("河南省", "洛阳") == lookup("洛阳市")
    assert resolve("河南省", "洛阳市西工区") == lookup("西工区")
    assert resolve("山西省", "西工区") is None          # 西工区 is in 河南省
    assert resolve("海淀区", "中关村") is None           # a county holds no counties here
    assert resolve("不存在市", "鼓楼区") is None


@pytest.mark.parametrize("word", ["城区", "郊区", "矿区", "城关", "合作", "振兴", "资源", "解放区", "老城区"])
def test_an_ordinary_word_is_never_a_place(word):
    assert lookup(word) is None


def test_an_ordinary_full_name_still_resolves_after_its_city():
    assert lookup("阳泉市城区").city == "阳泉市"
    assert lookup("洛阳市老城区").city == "洛阳市"


@pytest.mark.parametrize("text", [
    "沿海城市经济增长5%",          # 海城市
    "新兴城市人口增长",            # 兴城市
    "鲁中山区降水偏少",            # 中山区
    "年末全州县级以上医院12个",    # 全州县
    "规模以上高技术制造业增长9%",  # 上高
    "建设高能级创新平台",          # 新平
    "振兴县域经济",                # 兴县
    "提出了更高要求",              # 高要
])
def test_running_text_does_not_find_counties_inside_ordinary_words(text):
    found = [lookup(m.group()) for m in place_pattern().finditer(text)]
    assert not [p for p in found if p.level == COUNTY], found


@pytest.mark.parametrize("text, names", [
    ("长子县、襄垣县和武乡县", ["长子县", "襄垣县", "武乡县"]),
    ("北京朝阳区和上海浦东新区", ["北京市朝阳区", "浦东新区"]),
    ("吕梁市兴县和鞍山海城市", ["兴县", "海城市"]),
    ("曲靖沾益的村镇银行", ["沾益区"]),
    ("石景山和神农架", ["石景山区", "神农架林区"]),
])
def test_running_text_finds_counties(text, names):
    assert [lookup(m.group()).name for m in place_pattern().finditer(text)] == names


def test_a_county_in_a_sentence_owns_its_numbers():
    facts = czfacts.extract("长子县地区生产总值增长5%。南京市鼓楼区社会消费品零售总额增长3%。",
                            date="2024-06-01", place="长治市")
    assert [f.subject for f in facts] == ["长子县", "南京市鼓楼区"]


@pytest.mark.parametrize("given, expected", [
    ("长治", "长治市"),
    ("山西", "山西省"),
    ("河南省洛阳市", "洛阳市"),
    ("贵州省黔东南苗族侗族自治州", "黔东南苗族侗族自治州"),
    ("河南省洛阳市西工区", "西工区"),
    ("江苏省南京市鼓楼区", "南京市鼓楼区"),
    ("中国（70个大中城市）", "中国"),
    ("长治市(山西)", "长治市"),
    ("某某经济开发区", "某某经济开发区"),  # unknown: as given
    ("", None),
    (None, None),
])
def test_canonical_gives_the_most_specific_place(given, expected):
    assert canonical(given) == expected


@pytest.mark.parametrize("given", ["四川省；云南省（西南地区）", "北京市、上海市", "广东;广西", "太原，大同"])
def test_canonical_of_a_list_of_places_is_none(given):
    assert canonical(given) is None


def test_a_compound_place_resolves_whole_province_and_city_words():
    assert province_of(canonical("河南省洛阳市西工区")) == "河南省"
    assert lookup(canonical("河南省洛阳市西工区")).city == "洛阳市"
    facts = czfacts.extract("全市地区生产总值增长5%。全省粮食产量增长2%。", date="2024-06-01", place="河南省洛阳市")
    assert [f.subject for f in facts] == ["洛阳市", "河南省"]


def test_every_place_looks_itself_up():
    for place in set(gazetteer().values()):
        assert lookup(place.name) == place, place


def test_the_county_data_hangs_under_known_divisions():
    provinces = load("places")["province"]
    units = {p["name"] for p in provinces} | {c for p in provinces for c in p["cities"]}
    counties = load("counties")["counties"]
    assert set(counties) <= units
    for unit, names in counties.items():
        assert len(names) == len(set(names)), unit
        assert all(regex.fullmatch(r"\p{Han}+(?:区|县|市|旗|特区|林区)", n) for n in names), unit
    # every prefecture-level division has counties but the four cities that have none
    bare = {c for p in provinces for c in p["cities"]} - set(counties)
    assert bare == {"东莞市", "中山市", "儋州市", "嘉峪关市"}
    # each municipality lists its districts under itself
    assert all(m in counties for m in ("北京市", "天津市", "上海市", "重庆市"))


def test_the_word_lists_name_real_counties():
    names = {n for ns in load("counties")["counties"].values() for n in ns}
    stems = {n[:k] for n in names for k in range(2, len(n))}
    words = load("counties")["words"]
    assert set(words["inside_words"]) <= names
    assert [w for w in words["ordinary"] if w not in names | stems] == []
    assert len(set(words["ordinary"])) == len(words["ordinary"])


def test_provinces_and_prefectures_keep_their_levels():
    assert lookup("山西省").level == PROVINCE and lookup("山西省").city is None
    assert lookup("长治市").level == PREFECTURE and lookup("长治市").city is None


# NameScanner answers as the trie-shaped regex of the same names would.

_NAMES = ["长治", "长治市", "长子县", "长子", "山西", "山西省", "西安", "西安市", "安市", "市场", "南京", "南京市鼓楼区"]


def _random_text(rng: random.Random) -> str:
    chars = "".join(_NAMES) + "的和，。区县"
    return "".join(rng.choice(chars) for _ in range(rng.randrange(0, 40)))


def test_the_scanner_matches_as_the_trie_regex_does():
    scanner, rx = NameScanner(_NAMES), regex.compile(trie_pattern(_NAMES))
    rng = random.Random(8)
    for _ in range(3000):
        text = _random_text(rng)
        pos, end = rng.randrange(0, len(text) + 1), rng.randrange(0, len(text) + 2)
        assert [m.span() for m in scanner.finditer(text)] == [m.span() for m in rx.finditer(text)], text
        assert [m.span() for m in scanner.finditer(text, pos, end)] == [m.span() for m in rx.finditer(text, pos, end)]
        for method in ("match", "fullmatch", "search"):
            a, b = getattr(scanner, method)(text, pos, end), getattr(rx, method)(text, pos, end)
            assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), (method, text, pos, end)


def test_the_scanner_needs_names_of_two_characters():
    with pytest.raises(ValueError):
        NameScanner(["长治", "市"])
