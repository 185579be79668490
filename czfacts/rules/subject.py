"""Subject: whose number it is (SPEC §2): places, organisations, 全市 → the document's place.

Candidates in a sentence are gazetteer places, place-like POS tags (ns) ending in 县/区,
organisation names (a proper-name token followed by nouns that end in 集团, 公司, 能源 …),
and reference words (全市, 全省, 全国). A number takes the nearest candidate before it in
its sentence; with none, the document's place.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

import regex

from ..compiled import compiled
from ..document import CLAUSE_BREAK, CLAUSE_COMMAS, LIST_MARK, SEMICOLON, Attribute, Document, Mention
from ..indicators import indicator_of, opens_an_indicator
from ..lexicon import alternation, by_length, lexical_cache, load, trie_pattern
from ..numerals import NONZERO_DIGIT_CHARS, SMALL_UNIT_CHARS, read_number
from ..period_grammar import OF_A_NUMBER, continuations
from ..places import COUNTY, PREFECTURE, PROVINCE, REGION, Place, final_characters, in_province_of, lookup, name_heads, \
    only_county, place_pattern, province_of
from ..tokenize import tag
from .base import Example, Rule
from .kind import benchmark_owner
from .quantity.bounds import before_bound, past_bound, share_whole
from .quantity.amounts import scale_capacity
from .counted_sets import REACH, benchmark
from .distribute import POINTED_REACH, pointed_count, share_subjects
from .kind import bracketed, phrase_before
from .nouns import clean, following_noun, reference_words, keep_inside, leading_verbs, not_a_noun

SUBJECT = Rule(
    name="subject",
    doc="The nearest place or organisation before a number in its sentence owns it.",
    examples=(
        Example("今年上半年,晋城市GDP完成862.3亿元", {"subject": "晋城市"}),
        Example("1—5月,全市规模以上工业企业营业收入完成412.6亿元", {"subject": "长治市"}),
        Example("河南洛阳的装备制造业占其工业增加值近四成", {"subject": "洛阳市"}, place="河南省"),
        # a trade name the tagger reads as two names (舜宇/光电) stays whole before the suffix
        Example("宁波舜宇光电有限公司负责人介绍，今年出口额增长了35%。", {"span": "35%", "subject": "宁波舜宇光电有限公司"},
                place="浙江省"),
        # a place after a verb of granting receives what is counted, and owns it (data grant_verbs)
        Example("去年，省政府赋予温州市120项审批权限。", {"span": "120项", "subject": "温州市"}, place="浙江省"),
        # an exchange or a special economic zone a place's name opens is an organisation (data organisation_suffixes)
        Example("去年，上海期货交易所成交额达到180万亿元。", {"subject": "上海期货交易所", "metric": "成交额"}, place="上海市"),
        # a part of a province its texts speak of as one (苏北, 皖南, 粤东西北) owns as a region does; the place
        # before a word describing a town says where the town is
        Example("上半年，苏北五市固定资产投资增长6.2%。", {"span": "6.2%", "subject": "苏北地区"}, place="江苏省"),
        # two names joined by a dash open the name of what they share (中国—东盟信息港): no owner, the site is
        Example("在南宁，中国—东盟信息港加快建设，已有超过200家数字企业入驻。", {"span": "200家", "subject": "南宁市"},
                place="广西壮族自治区"),
        # a news column's name closes where the headline's clause opens
        Example("【砥砺奋进】湖南GDP增长6%", {"span": "6%", "subject": "湖南省"}, place="中国"),
        # an organisation whose report the clause quotes owns none of its figures (the story's place's)
        Example("浙江金融运行平稳。中国人民银行12日发布的金融统计数据显示，10月末，人民币贷款余额25万亿元。",
                {"subject": "浙江省"}, place=None),
        Example("江苏金融运行平稳。中国人民银行11月13日发布的金融统计数据显示，10月末，住户存款余额12万亿元。",
                {"subject": "江苏省"}, place=None),  # …with the month's day, 发布的 and the data's kind between
        # a county after its city, its full name whole (not 长春市九台 and a metric opening with 区)
        Example("长春市九台区地区生产总值增长5%", {"subject": "九台区", "metric": "地区生产总值"}, place="吉林省"),
        # a county under the name it had then (堆龙德庆区 since 2015), as written
        Example("2012年，堆龙德庆县新增企业50家", {"subject": "堆龙德庆县"}, place="西藏自治区", date="2012-07-20"),
        # a tier of cities groups them as a region does (data/places.toml [regions])
        Example("3月份，一线城市二手住宅价格环比上涨0.3%", {"subject": "一线城市"}, place="中国", date="2025-04-16"),
        Example("其中,太钢集团在不锈钢冷轧板材产量上位居全国前二", {"subject": "太钢集团", "scope": "全国"}),
        Example("去年，黄土岭风电场累计发电量2.1亿千瓦时", {"subject": "黄土岭风电场", "metric": "发电量"}),
        # a free trade zone and its area by a place's name own their figures (城市片区更新 names no area)
        Example("挂牌以来，江苏自贸试验区累计新设企业6.5万家", {"subject": "江苏自贸试验区", "metric": "新设企业"}, place="江苏省"),
        Example("去年，苏州片区实际使用外资12亿美元", {"subject": "苏州片区"}, place="江苏省"),
        # the country's zone in a bracketed province, written as the text writes it; its area after it, whole
        Example("中国（江苏）自由贸易试验区去年新设外资企业900家", {"subject": "中国（江苏）自由贸易试验区"}, place="江苏省"),
        Example("去年，自贸试验区实际使用外资8亿美元", {"subject": "自贸试验区", "metric": "实际使用外资"}, place="江西省"),  # bare
        Example("中国（江苏）自由贸易试验区南京片区新设企业3000家", {"subject": "中国（江苏）自由贸易试验区南京片区",
                                                       "metric": "新设企业"}, place="江苏省"),
        # a facility named by a place and its kind, however the tagger cuts the name (北江/水利枢纽/船闸)
        Example("去年，北江水利枢纽船闸年过货量突破1.2亿吨", {"subject": "北江水利枢纽船闸", "metric": "年过货量"},
                place="广东省"),
        Example("白鹤滩水电站总装机容量1600万千瓦，年均发电量624亿千瓦时", {"span": "624亿千瓦时", "subject": "白鹤滩水电站"},
                place="四川省"),
        # in a report, a facility whose clause says what happened to it owns no figure of the clauses after
        Example("各位代表：一年来，赣深铁路开通运营，全省新增国际航线19条。", {"span": "19条", "subject": "江西省"},
                place="江西省"),
        Example("近年来，湖南全国重点实验室由9家增至21家", {"span": "21家", "subject": "湖南省"}),
        Example("全国规模以上工业增加值增长5.8%", {"subject": "中国"}),
        Example("机构预测，明年全球商品贸易量将增长2.6%", {"subject": "全球"}),  # the world, as the country
        Example("1-9月，二连浩特口岸进出境货运量为1500万吨", {"subject": "二连浩特口岸"}, place="内蒙古自治区"),
        Example("青岛港前三季度完成货物吞吐量5.2亿吨", {"subject": "青岛港"}, place="山东省"),  # the period apart: 港前 is no word
        # a kind of organisation right before a count that ends its clause is what is counted
        Example("全县有养老服务机构46个，其中，养老服务中心12个", {"span": "12个", "subject": "长治市", "metric": "养老服务中心"}),
        Example("华为技术有限公司3家子公司入选", {"subject": "华为技术有限公司"}),
        # in a story about a region, 全省 is the province just named, not the region
        Example("长三角春耕全面展开，浙江早稻开始播种，今年全省计划种植130万亩", {"subject": "浙江省"}, place="长三角地区"),
        # a place the tagger glues to 地区 (天津地区生产总值): the place owns, 地区 opens the indicator
        Example("2021年重庆地区生产总值2.8万亿元", {"subject": "重庆市", "metric": "地区生产总值"}, place="中国"),
        # a place that opens a project's name owns nothing outside that clause
        Example("去年，贵港市新能源产业快速发展，钦州陆上风电示范工程建成投产，新增新能源装机90万千瓦",
                {"subject": "贵港市"}, place="广西壮族自治区"),
        # the last of a list of organisations that its number counts owns nothing
        Example("去年，襄阳市与东风汽车集团、湖北交投集团2家企业签约", {"subject": "襄阳市"}, place="湖北省"),
        # one character before 港 names no port (通港: a verb and its object)
        Example("去年全省建成通港支线航道6条", {"subject": "浙江省", "metric": "通港支线航道"}, place="浙江省"),
        # a firm named after the country (中国中化, 中国石化) is no country
        Example("在惠州，中国石化投资80亿元建设乙烯项目", {"span": "80亿元", "subject": "中国石化"}, place="广东省"),
        # the place a relative clause locates the topic in (所在的) owns the sentence's figures
        Example("他们所在的江北区已经集聚了200多家物流企业，年营收增长到60多亿元", {"span": "60多亿元", "subject": "江北区"},
                place="重庆市"),
        # a place after a description, closing the sentence's first clause, is the topic of the clauses after it
        Example("素有“茶乡”之称的古丈县，茶叶种植面积达到20万亩", {"span": "20万亩", "subject": "古丈县"}, place="湖南省"),
        # a county's short form right after its province is the county (not the first of a list of counties)
        Example("山东寿光被誉为“中国蔬菜之乡”，全市蔬菜种植面积达到60万亩", {"span": "60万亩", "subject": "寿光市"}, place="中国"),
        Example("福建晋江的鞋服产业十分发达。晋江拥有规模以上工业企业2000多家", {"span": "2000多家", "subject": "晋江市"},
                place="中国"),
        # a county's short form after a word describing a town (小城, 古城) names the clause's topic
        Example("短短一年多，黔东南小城凯里就新增了200家企业", {"span": "200家", "subject": "凯里市"}, place="贵州省"),
        Example("浙中小城义乌去年出口增长12%", {"span": "12%", "subject": "义乌市", "metric": "出口"}, place="浙江省"),
        # …also a short form that is an ordinary word (金沙, 贺兰), in a round-up of several provinces too
        Example("黔北小城金沙今年新增市场主体5000户", {"span": "5000户", "subject": "金沙县"}, place="中国"),
        Example("塞上小城贺兰去年接待游客300万人次", {"span": "300万人次", "subject": "贺兰县"}, place="宁夏回族自治区"),
        # a county's two-character short form with a noun and its verb, in its own province's story
        Example("2010年，昆山电子信息产业发展迅速，外贸进出口额增长15%", {"span": "15%", "subject": "昆山市"},
                place="江苏省"),
        Example("全省粮食产量达到300亿斤", {"subject": "山西省"}),
        Example("太原市地区生产总值增长5%", {"subject": "太原市"}),
        Example("长治市召开新闻发布会。长治市介绍,今年上半年全市GDP增长1.7%", {"subject": "长治市"}, place=None),
        Example("今年上半年,全市GDP增长1.7%", {"subject": "长治市"}, place="长治"),
        Example("会上获悉，苏州市去年实现地区生产总值2.4万亿元", {"subject": "苏州市"}, place="江苏省"),
        Example("上半年，浙江税收收入下降3%，而福建以2100亿元位居第八", {"span": "2100亿元", "subject": "福建省"}, place="中国"),
        Example("宁波新增博物馆12个，全国重点文物保护单位达到33处", {"span": "33处", "subject": "宁波市"}, place="浙江省"),
        Example("上半年，嘉兴GDP总量最大；湖州位列第二，为1900亿元", {"span": "第二", "subject": "湖州市"}, place="浙江省"),
        # a story's sentence goes on past ； (a report's item ends there)
        Example("记者获悉，上半年，宁波舟山港完成货物吞吐量6.9亿吨；完成集装箱吞吐量1900万标准箱。",
                {"span": "1900万标准箱", "subject": "宁波舟山港"}, place="浙江省"),
        Example("绵阳获批国家创新型城市，9个县（市、区）入选全国科技创新百强", {"span": "9个", "subject": "四川省"},
                place="四川省"),
        # one of a list of organisations owns nothing after it: the place before the list does
        Example("浙江加快建设创新高地，西湖实验室和之江实验室等创新平台相继投用，全年新增省级重点实验室15家",
                {"subject": "浙江省"}, place="中国"),
        # 外资研发中心 is a class of centres counted, no organisation that owns the count
        Example("上半年，上海新增跨国公司地区总部20家、外资研发中心11家", {"span": "11家", "subject": "上海市"}, place="中国"),
        # 在 before a place that closes its clause frames what follows (no object of 在)
        Example("在宁夏，今年计划新增光伏装机500万千瓦。", {"span": "500万千瓦", "subject": "宁夏回族自治区"}, place="西部地区"),
        # a province before its city, after 在: the city frames what follows
        Example("在湖北襄阳，总投资80亿元的储能电池项目开工。", {"subject": "襄阳市"}, place="中部地区"),
        # a part of a place named by what it is owns its figures, as written
        Example("2023年，四川灾区生产总值增长9%", {"subject": "四川灾区"}, place="四川省"),
        # a county-level city by its two-character short form, as the tagger reads it
        Example("去年，昆山外贸进出口增长8%。", {"subject": "昆山市"}, place="江苏省"),
        # 整个 opens a clause before its topic, which owns the next clause's figure
        Example("一季度浙江GDP增长6%。而整个长三角地区，一季度投资增长5.2%。", {"span": "5.2%", "subject": "长三角地区"},
                place="中国"),
        # 电子, 科技, 园区 before another noun modify it (电子信息产业): no organisation; 力争 opens no name
        Example("今年，赣州市力争电子信息产业规模达到800亿元", {"subject": "赣州市"}, place="江西省"),
        Example("宜春市深化园区标准化建设，23个省级园区新建标准厂房", {"span": "23个", "subject": "宜春市"}, place="江西省"),
        # an institution, then its branch's name with a verb inside (赣江/创新/研究院): one name
        Example("中国科学院赣江创新研究院已孵化科技型企业26家。",
                {"subject": "中国科学院赣江创新研究院", "metric": "科技型企业"}, place="江西省"),
        # where an expert works (…公司首席专家…告诉记者) owns nothing the expert says: the story's topic does
        Example("浙江的这条铁路即将开通。中国中铁公司首席专家王明告诉记者：“线路建成后每年可运送旅客800万人次。”",
                {"subject": "浙江省"}, place="中国"),
        Example("中国中铁公司副总经理王明表示，今年营收增长8%。", {"subject": "中国中铁公司"}, place="中国"),  # a manager's: the firm's
        # a national new area that is no county of its own owns its figures as a region does
        Example("2024年，雄安新区累计完成投资超过7500亿元。", {"subject": "雄安新区"}, place="河北省"),
        # a place after a cleft (…的是) opens its clause
        Example("从总量看，广东、江苏位列前二。排在第三的是山东，上半年GDP为4.7万亿元。",
                {"span": "4.7万亿元", "subject": "山东省"}, place="中国"),
    ),
)


LEVEL_OWNER = Rule(
    name="subject.level_owner",
    doc="A change of a level right after it in its sentence (…有65个，比上月增加3个) belongs to the level's owner "
        "when its own clause names none, not to the topic a round-up carries.",
    examples=(Example("一线城市房价环比下降0.5%。70个大中城市中，房价下降的城市有65个，比上月增加3个。",
                      {"span": "3个", "subject": "中国"}, place="中国"),),
    negatives=(),
)

CONTINUED = Rule(
    name="subject.continued",
    doc="A sentence that continues the one before (其中，…; 其增速… after its period) keeps the owner the text named "
        "for that sentence's last figure, when it names none of its own.",
    examples=(Example("今年以来，中西部出口活跃。5月份，我国进出口总值2万亿元。其中出口1.1万亿元。",
                      {"span": "1.1万亿元", "subject": "中国"}, place="中西部地区"),
              Example("一季度，宿迁GDP增长8.2%。上半年，其增速仍然领先全省，达到9.1%。", {"span": "9.1%", "subject": "宿迁市"},
                      place="江苏省")),
    negatives=(),
)

TOPIC_CARRY = Rule(
    name="subject.topic_carry",
    doc="In a national document, a place that opens a sentence (a period frame may stand before it) "
        "owns the later numbers of its paragraph, 全市 and 全省 among them, until another place takes over.",
    examples=(
        Example("山东一季度GDP增长5.2%。其中工业增加值增长6.1%，投资增长8%。", {"span": "8%", "subject": "山东省"}, place="中国"),
        Example("河北GDP增长6%。湖南投资增长7%。其中工业投资增长8%。", {"span": "8%", "subject": "湖南省"}, place="中国"),
        Example("上半年，宁波实现外贸进出口6000亿元。其中，全市出口增长12%。", {"span": "12%", "subject": "宁波市"},
                place="多省份（宁波、青岛、大连）"),
    ),
    negatives=(),
)

PROVINCE_WORD = Rule(
    name="subject.province_word",
    doc="In a national or regional story, 全省 (我省, 该省) opening a number's clause names the province of the "
        "place the story is at (贵阳…，全省… → 贵州省), not that city.",
    examples=(
        Example("云南：昆明高新区新增企业800家，全省绿色能源装机突破1亿千瓦。",
                {"span": "1亿千瓦", "subject": "云南省"}, place="中国"),
        Example("在成都，新增高新技术企业1200家。全省高新技术企业总数突破1.9万家。",
                {"span": "1.9万家", "subject": "四川省"}, place="中国"),
    ),
    negatives=(),
)

CONTRIBUTION_PLACE = Rule(
    name="subject.contribution_place",
    doc="A place between a contribution's 对 (or 拉动) and the growth it is measured on owns the "
        "contribution: 工业对湖北经济增长的贡献率 is Hubei's, its metric 工业对经济增长的贡献率.",
    examples=(
        Example("十年来，工业对湖北全省经济增长贡献率从20%提升至35%", {"span": "35%", "subject": "湖北省",
                "metric": "工业对经济增长贡献率"}, place="中国"),
        Example("去年，消费拉动江西经济增长3.1个百分点", {"subject": "江西省", "metric": "消费拉动经济增长"}, place="中部地区"),
    ),
    negatives=(
        # a trade partner after 对 with no contribution after it is no owner
        "前三季度，浙江对美国出口增长9%",
    ),
)

_PROPER_TAGS = {"nr", "nrt", "nz", "nt", "ns", "nrfg", "eng", "j"}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    name: str
    rule: str = SUBJECT.name       # the Rule that found it, for provenance.rule


@lexical_cache
def _words() -> dict:
    return load("attribution")["subjects"]


@lexical_cache
def _reference_pattern() -> regex.Pattern:
    # (全市性督查检查考核事项: city-wide describes the noun, it names no owner)
    return compiled(rf"(?:{trie_pattern(x for x in reference_words() if len(x) > 1)})"
                    rf"(?!{trie_pattern(_words()['reference_not_before'])})")


def place_reference(text: str) -> str:
    """The reference word (全省, 全市 …) that ``text`` starts with, else ''."""
    found = _reference_pattern().match(text)
    return found.group() if found else ""


@lexical_cache
def _patterns() -> dict[str, regex.Pattern]:
    def alt(*path: str) -> str:
        return alternation("attribution", *path)

    regions = alt("subjects", "region_nouns")
    return {
        "county": compiled(rf"\p{{Han}}{{2,6}}{alt('subjects', 'county_suffixes')}$"),
        "rank_after": compiled(alt("scopes", "rank_markers")),
        "region_before": compiled(rf"的(?P<noun>{regions}){alt('subjects', 'region_totals')}?"
                                       rf"{alt('subjects', 'region_links')}?$"),
        "set_owner": compiled(rf"({alt('subjects', 'set_owners')}){alt('subjects', 'set_batches')}?$"),
        "one_of": compiled(rf"[^，,。；;]*{alt('subjects', 'one_of')}"),
        # after the place: maybe 全省, then the growth contributed to (对…) or pulled (拉动…)
        "contribution_tail": compiled(rf"(?:{trie_pattern(reference_words())})?的?(?:[^，,。；;]{{0,8}}?"
                                           rf"{alt('metric', 'contribution_heads')}|\p{{Han}}{{0,4}}?"
                                           rf"{alt('metric', 'pull_results')})"),
    }


def _contribution_place(doc: Document, start: int, end: int) -> bool:
    """The place at [start, end) names the economy a contribution or pull is measured on."""
    metric = load("attribution")["metric"]
    if doc.text.endswith(tuple(metric["contribution_verbs"]), 0, start):
        pull = False
    elif doc.text.endswith(tuple(metric["pull_verbs"]), 0, start):
        pull = True
    else:
        return False
    tail = _patterns()["contribution_tail"].match(doc.text, end)  # 对…的贡献率 ends in a head, 拉动…增长 in 增长
    return tail is not None and pull == tail.group().endswith(tuple(metric["pull_results"]))


COUNTY_SHORT_FORM = Rule(
    name="subject.county_short_form",
    doc="A county the text has named in full is named after by its short form, which running text is not "
        "searched for otherwise (黑龙江省五常市…。五常大米品牌价值…): the short form opening a clause is the county.",
    examples=(Example("记者日前走进福建省晋江市。晋江鞋服产业产值已超3000亿元。", {"span": "3000亿元", "subject": "晋江市"},
                      place="福建省"),),
    negatives=("晋江鞋服产业产值已超3000亿元。",),  # never named in full: no county
)


def _county_short_forms(doc: Document, start: int, end: int) -> list[Candidate]:
    """The short forms (安溪 of 安溪县) of the counties named in full before ``start`` that open a clause
    between ``start`` and ``end``."""
    if doc.county_short_forms is None:
        named: dict[str, tuple[str, int]] = {}
        for m in place_pattern().finditer(doc.text):
            place = lookup(m.group())
            short = place.name[:-1] if place is not None and place.level == COUNTY else ""
            if m.group() == place.name and len(short) >= 2 and lookup(short) == place:
                named.setdefault(short, (place.name, m.start()))
            elif (county := _county_of(doc.text, m.end(), place)) is not None:  # 江苏昆山: named after its province
                named.setdefault(county.name[:-1], (county.name, m.start()))
        # one pattern of them all, searched once per sentence (not one search per county)
        pattern = regex.compile("|".join(map(regex.escape, sorted(named, key=len, reverse=True)))) if named else None
        doc.county_short_forms = {"pattern": pattern, "named": named}
    pattern, named = doc.county_short_forms["pattern"], doc.county_short_forms["named"]
    found = []
    for m in pattern.finditer(doc.text, start, end) if pattern is not None else ():
        name, first = named[m.group()]
        if m.start() > first and not doc.text.startswith(name, m.start()) \
                and (_opens_clause(doc, m.start()) or _granted_to(doc, m.start())):
            found.append(Candidate(m.start(), m.end(), name, COUNTY_SHORT_FORM.name))
    return found


VILLAGE = Rule(
    name="subject.village",
    doc="A village named where a clause opens (下屋村今年…, 在明星村，…, after its place: 曲靖土瓜冲村…) owns the "
        "clause's figures, and 全村 (该村, 村里) opening a later clause stands for the village named last before it; "
        "the gazetteer stops at counties, so the village is named as written.",
    examples=(Example("国庆假期，赣州下屋村每天迎来上千名游客。", {"span": "上千名", "subject": "下屋村"}, place="江西省"),
              Example("走进寻乌县下屋村，漫山遍野的脐橙挂满枝头。今年，全村脐橙产量达到500万斤。",
                      {"span": "500万斤", "subject": "下屋村"}, place="江西省")),
    negatives=("全省行政村通5G比例达到95%。",),  # a kind of village names none
)


def _villages(doc: Document, start: int, end: int) -> list[Candidate]:
    """The villages that open a clause in [start, end), and 全村 opening a clause after one."""
    named = _named_villages(doc, max(0, start - UNIT_REACH), end)  # read once, in text order: what 全村 may stand for
    found = [c for c in named if c.end > start]
    for m in _village_reference().finditer(doc.text, start, end):
        last = _last_ending_before(named, m.start())  # the village named last before it, within UNIT_REACH
        if doc.clause_start(m.start()) == m.start() and last is not None and last.end > m.start() - UNIT_REACH:
            found.append(Candidate(m.start(), m.end(), last.name, VILLAGE.name))
    return found


def _named_villages(doc: Document, start: int, end: int) -> list[Candidate]:
    """The villages named where a clause opens in [start, end)."""
    v, found, text = _words()["villages"], [], doc.text
    for m in _village_end().finditer(text, start, end):
        at = m.start()
        if text[at:at + 2] in v["references"] or text[at - 1:at + 1] in v["references"]:
            continue
        clause = doc.clause_start(at)
        first = clause + len(next((o for o in _words()["site_openers"] if text.startswith(o, clause)), ""))
        while (place := place_pattern().match(text, first)) is not None and place.end() < at:
            first = place.end() + text.startswith("的", place.end())  # 在赣州市寻乌县的下屋村: where it is
        name = text[first:at + 1]
        if 3 <= len(name) <= VILLAGE_NAME + 1 and not name.endswith(tuple(v["generic"])) and _HAN_ONLY.fullmatch(name) \
                and not lookup(name[:-1]) and not name.startswith(tuple(v["not_opening"])) \
                and not any(pos in ("v", "vn", "m", "q") for _, pos in tag(name[:-1])):  # (建设精品村, 快递进村: an act)
            found.append(Candidate(first, at + 1, name, VILLAGE.name))
    return found


VILLAGE_NAME = 4  # characters at most of a village's name before 村
_HAN_ONLY = compiled(r"\p{Han}+")


@lexical_cache
def _village_end() -> regex.Pattern:
    v = _words()["villages"]
    return compiled(rf"{v['end']}(?!{trie_pattern(v['not_after'])})")


@lexical_cache
def _village_reference() -> regex.Pattern:
    return compiled(trie_pattern(_words()["villages"]["references"]))


QUOTED_SPEAKER = Rule(
    name="subject.quoted_speaker",
    doc="Figures a speaker gives in the first person inside a quote (“今年我们新开通了5条航线。”) belong to the "
        "organisation named right after the quote with the speaker (…北部湾港集团副总经理李华告诉记者), when the "
        "quote names no owner of its own.",
    examples=(Example("“今年我们新开通了5条外贸航线。”北部湾港集团副总经理李华告诉记者。", {"span": "5条", "subject": "北部湾港集团"},
                      place="广西壮族自治区"),),
    negatives=("“今年新开通了5条外贸航线。”记者了解到。",),  # no first person, no speaker's organisation
)


def _quoted_speaker(doc: Document, m: Mention) -> Candidate | None:
    """The organisation that opens the speaker's words right after the quote ``m`` stands in, when the quote
    speaks in the first person before ``m``; None otherwise."""
    start, end = doc.paragraph(m.start)
    start, end = max(start, m.start - QUOTE_REACH), min(end, m.end + QUOTE_REACH)  # (linear in a long paragraph)
    opening, closing = doc.text.rfind(_QUOTE[0], start, m.start), doc.text.find(_QUOTE[1], m.end, end)
    if opening < 0 or closing < 0 or doc.text.find(_QUOTE[1], opening, m.start) >= 0 \
            or not any(w in doc.text[opening:m.start] for w in _words()["first_person"]):
        return None
    after = closing + 1
    found = max((c for c in _organisations(doc, after, min(end, after + SPEAKER_REACH)) if c.start == after),
                key=lambda c: c.end, default=None)  # (北部湾港集团, not 北部湾港)
    said = found is not None and any(v in doc.text[found.end:found.end + SPEAKER_REACH] for v in _words()["speech_verbs"])
    return Candidate(found.start, found.end, found.name, QUOTED_SPEAKER.name) if said else None


_QUOTE = "“”"
QUOTE_REACH = 300  # characters from a figure to the quote marks around it
SPEAKER_REACH = 16  # characters after the quote where the speaker's organisation, role, name and verb stand


PERSON_PRONOUN = Rule(
    name="subject.person_pronoun",
    doc="In a story, 他 or 她 opening a clause stands for the person named last before it in its sentence or the "
        "one before (种粮大户王建国告诉记者，他今年流转土地800亩 → 王建国), who owns the clause's figures.",
    examples=(Example("果农李明今年种了苹果。他去年带动周边农户增收300万元。", {"span": "300万元", "subject": "李明"},
                      place="陕西省"),
              Example("菜农张红梅告诉记者，她家的大棚去年收入10万元。", {"span": "10万元", "subject": "张红梅", "metric": "大棚收入"},
                      place="河南省")),
    negatives=("他去年带动周边农户增收300万元。",),  # nobody named before: the pronoun owns nothing
)


def _person_pronouns(doc: Document, start: int, end: int) -> list[Candidate]:
    """他/她 opening a clause of a story between ``start`` and ``end``, for the person named last before it."""
    if doc.genre != "news":
        return []
    found = []
    for m in _person_pronoun_pattern().finditer(doc.text, start, end):
        if not _opens_clause(doc, m.start()) or doc.text.startswith(tuple(_words()["person_groups"]), m.start()):
            continue
        sentence = doc.sentence(m.start())[0]
        previous = doc.sentence(sentence - 1)[0] if sentence else 0
        lo = max(previous, m.start() - PERSON_REACH)
        tokens = tag(doc.text[lo:m.start()])[1 if lo > previous else 0:]  # (a word the reach cut)
        tokens = _names_after_roles(tokens)
        # a name the tagger knows as a person's, or any name after who the person is (小伙/巴吾江, read as a place)
        names = [word for i, (word, pos) in enumerate(tokens) if 2 <= len(word) <= NAME_LENGTH
                 and (pos in _PERSON_TAGS or i and tokens[i - 1][0] in _words()["person_roles"] and pos in _NAME_TAGS | {"ns"})]
        if names:
            found.append(Candidate(m.start(), m.end(), names[-1], PERSON_PRONOUN.name))
    return found


PERSON_REACH = 80  # characters before a pronoun where the person it stands for is looked for
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})


@lexical_cache
def _person_pronoun_pattern() -> regex.Pattern:
    return compiled(trie_pattern(_words()["person_pronouns"]))


def _granted_to(doc: Document, pos: int) -> bool:
    """赋予义乌…权限: the place at ``pos`` comes right after a verb of granting, it receives what is counted."""
    return doc.text.endswith(tuple(_words()["grant_verbs"]), doc.clause_start(pos), pos)


def _opens_clause(doc: Document, pos: int) -> bool:
    """全国 or 太原市 heads its clause (全国规模以上工业增加值增长5.8%) rather than sitting
    inside it as a modifier or an object (扎实推进全国气候投融资试点, 吸引北京市企业)."""
    start = doc.clause_start(pos)
    # an opener is a short word: the clause before a place deep in a long clause is not sliced per place
    opener = pos - start <= _longest_opener() and doc.text[start:pos] in _words()["clause_openers"] + _words()["country"]
    return (start == pos or opener or any(p.end == pos for p in doc.periods_between(pos - 12, pos))
            or doc.text.endswith(_clefts(), start, pos)  # 排在第五的是四川，…
            or _list_connector_pattern().search(doc.text, start, pos) is not None and _listed_places(doc, start, pos)[1] == pos
            or bool(place_pattern().fullmatch(doc.text, start, pos)))


CLEFT = Rule(
    name="subject.cleft",
    doc="A cleft that names its topic last (排在第五的是四川): the place after it owns the rank before it, "
        "and opens the clause whose figures follow; so does the place after a role a clause gives it (作为经济第一大省，广东…).",
    examples=(Example("从总量看，广东、江苏位列前二。排在第三的是山东，上半年GDP为4.7万亿元。",
                      {"span": "第三", "subject": "山东省"}, place="中国"),
              Example("作为经济第一大省，广东一季度GDP达到3.2万亿元。", {"span": "第一", "subject": "广东省"}, place="中国")),
    negatives=(),
)


@lexical_cache
def _clefts() -> tuple[str, ...]:
    return tuple(_words()["clefts"])


def _cleft_owner(doc: Document, m: Mention) -> Candidate | None:
    """第五|的是四川: the place right after a cleft that follows the rank; 作为经济第一大省，|广东: the place
    opening the clause after the rank's, which a role word opens."""
    cleft = next((c for c in _clefts() if doc.text.startswith(c, m.end)), None)
    clause = doc.clause_start(m.start)
    if cleft is None and doc.text.startswith(tuple(_words()["role_openers"]), clause):
        end = doc.clause_end(m.start)
        found = place_pattern().match(doc.text, end + 1) if end < doc.sentence(m.start)[1] else None
    else:
        found = place_pattern().match(doc.text, m.end + len(cleft)) if cleft else None
    place = lookup(found.group()) if found else None
    return Candidate(found.start(), found.end(), place.name, CLEFT.name) if place else None


def _listed_places(doc: Document, start: int, end: int) -> tuple[list[str], int]:
    """The places listed from ``start`` (after an opener: 虽然重庆、贵州、新疆), joined by 、/和,
    before ``end``; and where the list stops. Each place of a list that opens a clause opens it."""
    text = doc.text
    start += max((len(w) for w in _words()["clause_openers"] if text.startswith(w, start, end)), default=0)
    names, pos = [], start
    while (found := place_pattern().match(text, pos, end)) is not None:
        names.append(lookup(found.group()).name)
        pos = found.end()
        if pos == end or not (sep := _list_connector_pattern().match(text, pos, end)):
            break
        pos = sep.end()
    return names, pos if names else start


def _former_name(text: str, m: regex.Match) -> str | None:
    """拉萨达孜县 in a text of 2012: a county's short name and a suffix other than its present one's is the
    name it had then (达孜县, a district, 达孜区, since 2017), kept as written."""
    place = lookup(m.group())
    suffix = text[m.end():m.end() + 1]
    if place is None or place.level != COUNTY or place.name == m.group() or suffix not in _words()["county_suffixes"] \
            or place.name.endswith(suffix) or not m.group().endswith(place.name[:-1]):
        return None
    return place.name[:-1] + suffix


def _sub_area(text: str, end: int) -> str:
    """灾区 in 四川灾区: a part of the place just named, by what it is (data: [subjects] sub_areas)."""
    return next((w for w in _words()["sub_areas"] if text.startswith(w, end)), "")


def _city_of_opening_province(doc: Document, pos: int) -> bool:
    """The place at ``pos`` follows a place that opens its clause after an opener (在山西太原:
    the city, more specific, is no object either)."""
    start = doc.clause_start(pos)
    start += max((len(w) for w in _words()["clause_openers"] if doc.text.startswith(w, start)), default=0)
    return bool(place_pattern().fullmatch(doc.text, start, pos))


@lexical_cache
def _longest_opener() -> int:
    return max(map(len, _words()["clause_openers"]))


def _heads_clause(doc: Document, c: Candidate) -> bool:
    """The candidate is its clause's topic: it opens the clause, or only a description
    stands before it (“链主”企业高科华烨集团在…)."""
    before = doc.text[doc.clause_start(c.start):c.start]
    if c.rule in (EXAMPLE.name, SITE.name):
        return True  # 以漳泽湖为例，…: the example is the topic of the clauses after it
    if c.rule == FIRM.name:  # 安徽的这个家电企业，…: a place, 的 and the demonstrative may stand before it
        return all(pos in _DESCRIPTION_TAGS or pos in ("uj", "r", "m", "q") for _, pos in tag(before))
    return _opens_clause(doc, c.start) or all(pos in _DESCRIPTION_TAGS for _, pos in tag(before)) \
        or before.endswith(tuple(_words()["located_in"])) \
        or _described_place(doc, c.start, c.end)  # 他们所在的合川区…，…: the located place


def _described_place(doc: Document, start: int, end: int) -> bool:
    """地处湘西的古丈县，…: a place after a description, closing the first clause of its sentence."""
    return doc.text.endswith("的", 0, start) and _ends_first_clause(doc, end, doc.sentence(start)[0])


_DESCRIPTION_TAGS = {"n", "nz", "x", "b", "a", "vn", "nr", "nrt", "nrfg", "nt", "ns", "j", "eng"}  # nrt: 霍尔果斯
_NOT_IN_A_SITE = {"uj", "p", "f", "r", "m", "c"}  # 在建设中的园区, 在这些园区, 在两个园区: no named site


def _a_region(place: str | None) -> bool:
    """东北地区, 长三角: a document about a region of several provinces."""
    found = lookup(place) if place else None
    return found is not None and found.level == REGION


NAMED_UNIT = Rule(
    name="subject.named_unit",
    doc="全市 (全县) in a text whose place is a province (a city) stands for the last city (county) of that "
        "place the text named before it, not for the province: a story from a province reports one city's figures.",
    examples=(Example("合肥市经信局负责人介绍，今年1-9月，全市新能源汽车产量达到85.6万辆。",
                      {"span": "85.6万辆", "subject": "合肥市"}, place="安徽省"),
              # a county-level city is a 市 too
              Example("寿光市农业农村局数据显示，今年前10个月，全市蔬菜交易量达到38亿公斤。", {"span": "38亿公斤", "subject": "寿光市"},
                      place="山东省"),
              # …and a county named after its province by a name of two characters (眉县) or its short form
              Example("在陕西眉县，猕猴桃产业已成为支柱产业。全县猕猴桃种植面积达到30万亩。", {"span": "30万亩", "subject": "眉县"},
                      place="陕西省")),
)


def _named_unit_before(doc: Document, word: str, pos: int) -> str | None:
    """The city (county) inside the document's province (city) named last before ``pos``, when
    ``word`` refers to a city (county): a place whose name ends as the reference does (全市: 宁德市,
    寿光市 a county-level city too); None otherwise."""
    area = lookup(doc.place)
    if area is None or not (word in _words()["city_references"] and area.level == PROVINCE
                            or word in _words()["county_references"] and area.level in (PROVINCE, PREFECTURE)):
        return None
    named = None
    for m in place_pattern().finditer(doc.text, max(0, pos - UNIT_REACH), pos):
        place = lookup(m.group())
        if (county := _county_of(doc.text, m.end(), place)) is not None:
            place = county  # 在陕西眉县，…: a county's short or two-character name after its province
        if place is not None and place != area and place.name.endswith(word[-1]) \
                and (place.province == area.name or place.city == area.name):
            named = place.name
    return named


UNIT_REACH = 400  # characters before 全市 where the city it stands for is named (the story's lead, its sentence)


def resolve_reference(word: str, doc: Document) -> str | None:
    """The name 全市, 我省, 全国 stand for in ``doc`` (None for 我省 when the caller gave no place)."""
    w = _words()
    if word in w["document_place"]:
        return doc.place
    if word in w["document_province"]:
        return province_of(doc.place)
    return w["world_name"] if word in w["world"] else w["country_name"]


@lexical_cache
def _named_organisations() -> regex.Pattern | None:
    names = _words()["organisations"]
    return compiled(trie_pattern(names)) if names else None


def candidates(doc: Document, start: int, end: int) -> list[Candidate]:
    """Subject candidates in the normalised text [start, end), in text order."""
    text = doc.text
    found: list[Candidate] = []
    for m in place_pattern().finditer(text, start, end):
        if _opens_clause(doc, m.start()) or _city_of_opening_province(doc, m.start()) or _granted_to(doc, m.start()) \
                or doc.text.endswith(tuple(_words()["located_in"]), doc.clause_start(m.start()), m.start()) \
                or _described_place(doc, m.start(), m.end()):
            # 吸引北京市企业…: an object; 他们所在的重庆合川区已经集聚了…: the place a relative clause locates;
            # 地处湘西的古丈县，…: the place a description ends the sentence's first clause with is its topic
            found.append(Candidate(m.start(), m.end(), lookup(m.group()).name))
        elif _contribution_place(doc, m.start(), m.end()):
            found.append(Candidate(m.start(), m.end(), lookup(m.group()).name, CONTRIBUTION_PLACE.name))
        if found and found[-1].start == m.start() and (part := _sub_area(text, m.end())):
            found[-1] = Candidate(m.start(), m.end() + len(part), m.group() + part, found[-1].rule)  # 四川灾区
        elif found and found[-1].start == m.start() and (written := _former_name(text, m)):
            found[-1] = Candidate(m.start(), m.end() + 1, written, found[-1].rule)
        elif found and found[-1].start == m.start() and (county := _county_of(text, m.end(), lookup(m.group()))) is not None:
            found[-1] = Candidate(m.start(), m.end(), county.name, found[-1].rule)  # 河南长垣被誉为…: the county
    found.extend(_county_short_forms(doc, start, end))
    found.extend(_villages(doc, start, end))
    found.extend(_person_pronouns(doc, start, end))
    found.extend(_counted_owners(doc, start, end))
    national = doc.place == _words()["country_name"] or _a_region(doc.place)
    for m in _reference_pattern().finditer(text, start, end):
        if national and m.group() not in _words()["country"] + _words()["world"]:
            continue  # 全市 in a national or regional round-up is the place the text is about: the topic decides
        if text.startswith(tuple(_words()["title_classes"]) + tuple(_words()["superlatives"]), m.end()):
            continue  # 全国重点文物保护单位20个: a title, not the country's figure; 全国最大的…项目: a description
        if m.group() in _words()["world"] and (not text.startswith(tuple(_words()["world_topics"]), m.end())
                                               or OF_A_NUMBER.search(text, m.end(), doc.clause_end(m.end()))):
            continue  # 全球最大, 全球首套: a description; 全球经济增长的1/3: a share's whole; 全球经济增长3%: the world's
        if m.group() == _words()["country_name"] and (firm := _state_firm(text, m.start(), end)) is not None:
            if _opens_clause(doc, m.start()):
                found.append(firm)  # 中国中化投资100亿元…: a firm named after the country, no country
            continue
        unit = _named_unit_before(doc, m.group(), m.start())
        name = unit or resolve_reference(m.group(), doc)
        if name and _opens_clause(doc, m.start()) and not _patterns()["rank_after"].match(text, m.end()) \
                and not place_pattern().fullmatch(text, doc.clause_start(m.start()), m.start()):
            # (湖南全国重点实验室: 全国 names a class)
            found.append(Candidate(m.start(), m.end(), name, NAMED_UNIT.name if unit else SUBJECT.name))
    for m in _foreign_pattern().finditer(text, start, end):
        if _opens_clause(doc, m.start()) and not doc.text.startswith(_list_connectors(), m.end()):
            found.append(Candidate(m.start(), m.end(), m.group(), FOREIGN.name))  # 美国经济增长1.6%
    found.extend(_organisations(doc, start, end))
    for m in _firm_pattern().finditer(text, start, end):
        if text[m.start():m.start("firm") + 1] in _words()["demonstratives"] or \
                text[m.start():m.start("firm") + 1] in reference_words():
            continue  # 这家企业: 这 and a measure word, then a firm's kind, not a name; 该市外贸企业: the place's
        if _opens_clause(doc, m.start()) or text.endswith("的", 0, m.start()):
            found.append(Candidate(m.start("firm"), m.end(), m.group("firm"), FIRM.name))  # 这个家电企业 → 家电企业
    forms = _words()["counted_region_forms"]
    for m in _counted_region_pattern().finditer(text, start, end):
        if _opens_clause(doc, m.start()):  # 东部11个省市…: the region (东部地区)
            found.append(Candidate(m.start(), m.end(), forms[m.group()], COUNTED_REGION.name))
    found.extend(_sites(doc, start, end))
    if (named := _named_topic(doc, start, end)) is not None:
        found.append(named)
    for m in _example_pattern().finditer(text, start, end):
        tags = [pos for _, pos in tag(m.group("topic"))]
        if all(pos in _DESCRIPTION_TAGS for pos in tags) and not doc.periods_between(*m.span("topic")):
            place = lookup(m.group("topic"))  # (以广东为例: the place by its full name)
            found.append(Candidate(m.start("topic"), m.end("topic"), place.name if place else m.group("topic"),
                                   EXAMPLE.name))  # 以漳泽湖为例
    for m in _rest_pattern().finditer(text, start, end):
        if _opens_clause(doc, m.start()):
            found.append(Candidate(m.start(), m.end(), m.group(), REST.name))  # 其余地市增速在4%至6%之间
    if (named := _named_organisations()) is not None:  # a user lexicon's names (宁德时代)
        found.extend(Candidate(m.start(), m.end(), m.group()) for m in named.finditer(text, start, end))
    found.sort(key=lambda c: (c.start, -c.end, c.rule != SITE.name))  # (a site heads its sentence: it wins a tie)
    # a longer name covering a shorter one wins (山西长治 → 长治市 covers 山西)
    kept: list[Candidate] = []
    for c in found:
        if kept and c.start < kept[-1].end:
            if c.end - c.start > kept[-1].end - kept[-1].start:
                kept[-1] = c
            continue
        if kept and kept[-1].end == c.start and lookup(kept[-1].name) and lookup(c.name):
            kept[-1] = Candidate(kept[-1].start, c.end, c.name)  # 山西长治: the more specific place
            continue
        kept.append(c)
    # 社区服务中心141个: an organisation's kind right before a count is what is counted, no owner
    kept = [c for c in kept if lookup(c.name) or not _counted_right_after(doc, c.end)]
    # 财产保险公司保费收入22亿元: a kind of organisation is a class the metric names, no owner
    kept = [c for c in kept if c.name not in _words()["kinds_of_organisation"]]
    # 吴忠仪表等3家企业入选…: a name an example of a counted set opens owns nothing
    kept = [c for c in kept if not _example_of_count().match(text, c.end, c.end + EXAMPLE_REACH)
            or lookup(c.name) and _enumeration_counted().match(text, c.end)]
    # 中国人民银行数据显示，…: an organisation whose data the text quotes reports the figures, it owns none;
    # 长江设计集团首席科学家钮新强告诉记者：…: nor does one where the speaker works
    kept = [c for c in kept if lookup(c.name) or not _reports_figures(doc, c.end) and not _speaker_works_at(doc, c.end)]
    # 皖北小城界首: the place before a word describing a town says where the town is; the town owns
    kept = [c for c in kept if not (lookup(c.name) and text.startswith(tuple(_words()["place_descriptors"]), c.end))]
    # 中国—东盟博览会, 中国-东盟信息港: two names joined by a dash open the name of what they share, no owner
    kept = [c for c in kept if not _JOINED.match(text, c.end) and not _JOINED_BEFORE.search(text, max(0, c.start - 2), c.start)]
    return _partnered(doc, [_with_team(doc, c) for c in kept])


_JOINED = compiled(r"[—－\-–][\p{Han}]")  # a dash, then the next name
_JOINED_BEFORE = compiled(r"[\p{Han}][—－\-–]$")


def _reports_figures(doc: Document, at: int) -> bool:
    """中国人民银行数据显示, …12日发布的金融统计数据显示，: a report's words right after the name or
    closing the clause it opens (a day, the kind of data between)."""
    if doc.text.startswith(_reports(), at):
        return True
    end = doc.clause_end(at)
    return end - at <= REPORT_REACH and doc.text.endswith(_reports(), at, end)


def _speaker_works_at(doc: Document, at: int) -> bool:
    """首席科学家钮新强告诉记者: a speaker's title, a name and a speech verb right after an organisation."""
    title = _speaker_title().match(doc.text, at)
    if title is None:
        return False
    end = min(doc.clause_end(at), title.end() + SPEAKER_NAME + max(map(len, _words()["speech_verbs"])))
    return any(verb in doc.text[title.end():end] for verb in _words()["speech_verbs"])


@lexical_cache
def _speaker_title() -> regex.Pattern:
    return compiled(trie_pattern(_words()["speaker_titles"]))


SPEAKER_NAME = 4  # characters at most of the name between a speaker's title and the speech verb


REPORT_REACH = 24  # characters after a name where the clause that says it reports may end (11月13日发布的金融统计数据显示)


@lexical_cache
def _reports() -> tuple[str, ...]:
    return tuple(_words()["reports"])


FOREIGN = Rule(
    name="subject.foreign",
    doc="A foreign economy that opens a clause (美国经济增长1.6%) owns the figures of that clause; after 对, 与 "
        "it is the country's partner, and in a list it is one of the partners or places the clause counts.",
    examples=(Example("一季度，美国经济增长1.6%，欧元区增长0.4%", {"span": "0.4%", "subject": "欧元区"}, place="中国"),
              # 为 between a name and its rank: the name is ranked (no scope of the rank)
              Example("今年以来，欧盟为我第二大贸易伙伴。", {"span": "第二", "subject": "欧盟"}, place="中国"),
              Example("据预测，日本今年经济增长1%左右", {"span": "1%", "subject": "日本"}, place="中国")),
    negatives=("上半年，对美国出口增长5%",  # a partner of the country's trade owns nothing
               "德国经济回暖，上半年我国对德出口增长5%"),  # the clause after the one it opened is the country's
)


@lexical_cache
def _foreign_pattern() -> regex.Pattern:
    return compiled(trie_pattern(_words()["foreign_economies"]))


def _state_firm(text: str, start: int, end: int) -> Candidate | None:
    """中国中化, 中国石化: the country's name, then an abbreviation or an organisation's name the
    tagger knows (j, nt), is a firm's name."""
    tokens = tag(text[start:min(end, start + STATE_FIRM_REACH)])
    if len(tokens) < 2 or tokens[1][1] not in ("j", "nt") or len(tokens[1][0]) < 2:
        return None
    stop = start + len(tokens[0][0]) + len(tokens[1][0])
    return Candidate(start, stop, text[start:stop])


STATE_FIRM_REACH = 8  # characters tagged after 中国 for the rest of a firm's name


def _counted_right_after(doc: Document, end: int) -> bool:
    """A count right after ``end`` that ends its clause (华为公司3家子公司入选 counts subsidiaries)."""
    i = bisect.bisect_left(doc.mentions, end, key=lambda m: m.start)
    if i == len(doc.mentions) or doc.mentions[i].kind != "count" or doc.text[end:doc.mentions[i].start].strip():
        return False
    after = past_bound(doc.text, doc.mentions[i].end)
    return after >= len(doc.text) or after == doc.clause_end(after)


def _with_team(doc: Document, c: Candidate) -> Candidate:
    """上海大学材料学院张云虎教授团队: a research team written after its institution is the owner."""
    if lookup(c.name) or not (team := _team_pattern().match(doc.text, c.end)):
        return c
    return Candidate(c.start, team.end(), doc.text[c.start:team.end()], c.rule)


def _partnered(doc: Document, found: list[Candidate]) -> list[Candidate]:
    """甲大学与乙公司合作开发…: an organisation, a connector and a partner named before a verb of
    partnership own what follows together, as one candidate named as written (the partner
    may be a name no other rule reads: 无锡某企业)."""
    out: list[Candidate] = []
    for c in found:
        if out and out[-1].rule == PARTNERS.name and c.end <= out[-1].end:
            continue  # the partner, read inside the pair
        if not lookup(c.name) and (partner := _partnership_pattern().match(doc.text, c.end)) \
                and (partner.group("partner").endswith(organisation_suffixes())
                     or all(pos not in ("v", "p", "c") for _, pos in tag(partner.group("partner")))):
            # (a name that ends as an organisation's may hold a verb: 山西成功汽车制造有限公司)
            c = Candidate(c.start, partner.end("partner"), doc.text[c.start:partner.end("partner")], PARTNERS.name)
        out.append(c)
    return out


@lexical_cache
def _partnership_pattern() -> regex.Pattern:
    return compiled(rf"{alternation('attribution', 'lists', 'connectors')}(?P<partner>\p{{Han}}{{2,20}}?)"
                         rf"(?={alternation('attribution', 'subjects', 'partnership_verbs')})")


@lexical_cache
def _team_pattern() -> regex.Pattern:
    return compiled(rf"\p{{Han}}{{2,4}}?{alternation('attribution', 'subjects', 'team_titles')}?"
                         rf"{alternation('attribution', 'subjects', 'team_words')}")


def _organisations(doc: Document, start: int, end: int) -> list[Candidate]:
    suffixes = organisation_suffixes()
    out, spans = [], []
    # a token across the start of a period is cut there and its parts tagged apart:
    # 宁波舟山港前三季度 is 宁波舟山港 | 前三季度, not …港前…
    cuts = sorted({p.start for p in doc.periods_between(start, end)})
    pos = start
    for word, pos_tag in tag(doc.text[start:end]):
        # (the cuts inside this token, by bisection: a sentence of 10,000 periods stays linear)
        inside = cuts[bisect.bisect_right(cuts, pos):bisect.bisect_left(cuts, pos + len(word))]
        parts = [(word, pos_tag)] if not inside else \
            [t for a, b in zip([pos, *inside], [*inside, pos + len(word)]) for t in tag(doc.text[a:b])]
        for part, part_tag in parts:
            spans.append((pos, pos + len(part), part, part_tag))
            pos += len(part)
    topic = _topic_organisation(doc, spans, suffixes)
    if topic:
        out.append(topic)
    # 中国（浙江）自由贸易试验区: the country's programme in a bracketed province, whose tokens the loop below
    # cannot join across the brackets
    out += [Candidate(z.start(), z.end(), z.group()) for z in _bracketed_zone().finditer(doc.text, start, end)
            if lookup(z.group("place"))]
    # 自贸试验区新设企业2.3万家: the province's zone written bare, opening its clause
    out += [Candidate(z.start(), z.end(), z.group()) for z in _standalone_zone().finditer(doc.text, start, end)
            if _opens_clause(doc, z.start())]
    area_suffixes = tuple(_words()["area_suffixes"])
    for i, (a, b, word, pos_tag) in enumerate(spans):
        area = next((s for s in area_suffixes if word.endswith(s) and lookup(word[:-len(s)])), None) \
            if word.endswith(area_suffixes) else None
        if area:  # 北京地区获评…: the place; in 天津地区生产总值 地区 opens the indicator's name
            opens = opens_an_indicator(doc.text, b - len(area))
            out.append(Candidate(a, b - len(area) if opens else b, lookup(word[:-len(area)]).name))
            continue
        if pos_tag in ("ns", "nz") and len(word) == 2 and (place := lookup(word)) and place.level == COUNTY \
                and (_opens_clause(doc, a) or _city_of_opening_province(doc, a)) \
                and (opens_an_indicator(doc.text, b) or in_province_of(place, doc.place) and _noun_then_verb(spans[i + 1:i + 5])):
            # 义乌GDP: a county's short form the tagger reads as a name, an indicator after it, or a noun and
            # its verb in a story of its own province (义乌对外贸易实现…, in Zhejiang; not 榕江大利5个片区, a
            # name); the gazetteer does not look for two characters in running text (以上高技术), and 汶川灾后
            # 重建 elsewhere names an event
            out.append(Candidate(a, b, place.name))
            continue
        if (place := _described_county(doc, spans, i)) is not None:
            out.append(Candidate(a, b, place))  # 皖北小城界首就有了2个院士工作站: the town a description names
            continue
        if pos_tag == "ns" and _patterns()["county"].search(word) and not lookup(word) \
                and word not in _words()["kinds_of_organisation"]:  # (经开区 is a kind of zone, no district)
            out.append(Candidate(a, b, word))
            continue
        if pos_tag in ("ns", "nt") and _named_before_suffix(word, suffixes) and not lookup(word) \
                and not _a_class(spans[i:i + 1]) and word not in _words()["kinds_of_organisation"]:
            k = _with_place_before(spans, i)  # 南京/邮电大学: the place opens the name
            out.append(Candidate(spans[k][0], b, doc.text[spans[k][0]:b]))  # 广州港, 太钢集团: one word, a place or organisation
            continue
        if not word.endswith(suffixes) or len(word) > 8 or word not in suffixes and pos_tag == "n" \
                or _modifies_next(spans, i):
            continue  # 新能源, 科技园区: a common noun that ends like a name names no organisation
        j = i
        while j > 0 and i - j < 3 and (spans[j - 1][3] in _PROPER_TAGS | {"n"} or _verb_inside_name(spans, j - 1)) \
                and spans[j - 1][2] not in _words()["organisation_descriptions"] \
                and spans[j - 1][2] not in leading_verbs():  # (新建, tagged a place)
            j -= 1
            if spans[j][3] in _PROPER_TAGS:
                break
        if j < i and spans[j][3] not in _PROPER_TAGS:
            j = _place_opening(spans, j)  # 贵阳/大/数据/科创城: a place and a description name a zone
        described = j > 0 and spans[j - 1][2] in _words()["class_qualifiers"]  # 全球研发中心: a kind of centre
        if word in _words()["placed_suffixes"] and not (j < i and lookup(spans[j][2])):
            continue  # 城市片区更新: 片区 ends a zone's name only after a place
        if j < i and spans[j][3] in _PROPER_TAGS and not described and not _a_class(spans[j:i + 1]) \
                and spans[j][2] not in public_purses():
            while j > 0 and spans[j - 1][3] in _TRADE_NAME_TAGS and spans[j - 1][1] == spans[j][0] and i - j < NAME_WORDS:
                j -= 1  # 舜宇/光电/有限公司, 华友/钴业/有限公司: a trade name the tagger reads as two names
            j = _with_place_before(spans, j)  # 山西/振东/制药/有限公司
            out.append(Candidate(spans[j][0], b, doc.text[spans[j][0]:b]))
    return [c for c in out if not _quoted_label(doc.text, c)]


@lexical_cache
def _bracketed_zone() -> regex.Pattern:
    w = _words()
    return compiled(rf"(?:{trie_pattern(w['country'])})[（(](?P<place>\p{{Han}}{{2,8}}?)[）)]"
                    rf"\p{{Han}}{{0,{ZONE_KIND_REACH}}}?(?:{trie_pattern(w['zone_names'])})(?:\p{{Han}}{{2,4}}?(?:{trie_pattern(w['placed_suffixes'])}))?")


ZONE_KIND_REACH = 6  # characters at most between the bracketed place and the zone's kind (自由贸易试验区: 自由贸易)


@lexical_cache
def _standalone_zone() -> regex.Pattern:
    return compiled(rf"(?<![\p{{Han}}）)])(?:{trie_pattern(_words()['standalone_zones'])})")


def _described_county(doc: Document, spans, i: int) -> str | None:
    """皖北小城界首, 江南古城绍兴: a county's short form right after a word describing a town
    (data: place_descriptors), a region maybe before it, opening its clause: the county's full name."""
    word = spans[i][2]
    if not i or spans[i - 1][2] not in _words()["place_descriptors"] or not 2 <= len(word) <= 3:
        return None
    k = i - 2 if i >= 2 and spans[i - 2][3] in ("ns", "s") else i - 1  # 皖北, 塞上: where the town is
    # a short form that is also a word (界首, 金沙) names its one county after a description
    place = lookup(word) or only_county(word)
    return place.name if place is not None and place.level == COUNTY and _opens_clause(doc, spans[k][0]) else None


def _quoted_label(text: str, c: Candidate) -> bool:
    """“渝深港”图定班列: a quoted name right before a noun labels that noun; it owns nothing."""
    return c.start > 0 and text[c.start - 1] in "“\"" and bool(_QUOTE_THEN_NOUN.match(text, c.end))


_QUOTE_THEN_NOUN = compiled(r"[”\"]\p{Han}")


def _place_opening(spans, j: int) -> int:
    """The place written right before the nouns at ``j`` (maybe with one adjective between: 贵阳/大/数据),
    else ``j``."""
    k = j - 1 if j and spans[j - 1][3] == "a" and len(spans[j - 1][2]) == 1 else j
    if k and spans[k - 1][3] == "ns" and spans[k - 1][1] == spans[k][0] and lookup(spans[k - 1][2]):
        return k - 1
    return j


def _noun_then_verb(spans) -> bool:
    """A run of nouns, then a verb: the subject and predicate of a clause (电子信息产业发展…)."""
    nouns = next((k for k, span in enumerate(spans) if span[3] not in _SUBJECT_NOUN_TAGS), len(spans))
    return 0 < nouns < len(spans) and spans[nouns][3] in ("v", "vn")


_SUBJECT_NOUN_TAGS = frozenset({"n", "nz", "ng", "l", "j"})


def _with_place_before(spans, k: int) -> int:
    """南京邮电大学, 山西振东制药有限公司: a place written right before a name opens it; so does the
    institution a branch's name follows (中国科学院/赣江创新研究院)."""
    if k and spans[k - 1][3] == "ns" and spans[k - 1][1] == spans[k][0] and lookup(spans[k - 1][2]) \
            and spans[k][3] != "ns":
        return k - 1
    if k and spans[k - 1][3] == "nt" and spans[k - 1][1] == spans[k][0]:
        return k - 1
    return k


def _verb_inside_name(spans, k: int) -> bool:
    """赣江/创新/研究院: a verb of two characters between a proper name and an organisation's suffix."""
    return k > 0 and spans[k][3] in ("v", "vn") and len(spans[k][2]) == 2 and spans[k - 1][3] in _PROPER_TAGS \
        and spans[k - 1][1] == spans[k][0]


def _named_before_suffix(word: str, suffixes: tuple[str, ...]) -> bool:
    """广州港, 太钢集团: a name of two characters or more before the suffix (通港 in 通港达园
    is a verb and its object the tagger took for a port)."""
    return word.endswith(suffixes) and any(word.endswith(s) and len(word) - len(s) >= 2 for s in suffixes)


def _topic_organisation(doc: Document, spans, suffixes) -> Candidate | None:
    """中兵长智科技更是建成…: a run of nouns that opens a clause and ends in 科技/集团/公司 is
    the clause's topic, an organisation, even when the tagger knows none of its words."""
    nouns = _PROPER_TAGS | {"n"}
    # (白鹤/滩/水电站, 北江/水利枢纽/船闸: a name's bound character or idiom-tagged part continues the run
    # when a proper word opens it)
    parts = nouns | _NAME_PARTS
    for k, (a, b, word, pos_tag) in enumerate(spans):
        if pos_tag not in nouns or (k and spans[k - 1][2] not in CLAUSE_BREAK) or (not k and a != doc.clause_start(a)):
            continue
        if word in leading_verbs() or doc.text.startswith(public_purses(), a):
            continue  # 新建智能化煤矿130座: a verb the tagger calls a place opens no name; 中央财政科技投入 no firm
        end = k
        while end + 1 < len(spans) and spans[end + 1][3] in (parts if pos_tag in _PROPER_TAGS else nouns):
            end += 1
        name_end = spans[end][1]
        if name_end - a >= 4 and spans[end][2].endswith(suffixes) and not _a_class(spans[k:end + 1]) \
                and not _modifies_next(spans, end) and (pos_tag in _PROPER_TAGS or not _a_facility_kind(spans[end][2])):
            return Candidate(a, name_end, doc.text[a:name_end])
        for last in range(k, end + 1):
            # 平陆运河全长约135公里, 引江济淮工程总投资949亿元: a work measured as a whole right after its
            # name is one work, whatever the tagger makes of the words of its name
            work_end = spans[last][1]
            work = spans[last][2].endswith(_built_works())
            way = work or spans[last][2].endswith(tuple(_words()["way_kinds"]))
            if work_end - a >= 4 and way and not _a_class(spans[k:last + 1]) \
                    and (work and doc.text.startswith(tuple(_words()["facility_measures"]), work_end)
                         or pos_tag in _PROPER_TAGS and _in_use(doc.text, work_end)):  # (全省铁路货运量: no name)
                return Candidate(a, work_end, doc.text[a:work_end], FACILITY.name)
    return None


def _in_use(text: str, at: int) -> bool:
    """累计发送旅客, 港口货物吞吐量: a measure of a way in use right after its name (a word of how it went on first)."""
    at += next((len(w) for w in by_length(_words()["facility_operation_openers"]) if text.startswith(w, at)), 0)
    return text.startswith(tuple(_words()["facility_operations"]), at)


@lexical_cache
def _built_works() -> tuple[str, ...]:
    """What ends the name of a work that is built (运河, 大桥, 工程, 项目 …)."""
    return tuple(_words()["facility_kinds"] + _words()["project_suffixes"])


FACILITY = Rule(
    name="subject.facility",
    doc="A run of nouns that opens a clause and ends in a work's kind (运河, 大桥, 铁路, 工程, 项目), with a measure "
        "of the whole work right after it (全长, 总投资, 主跨), names one work, which owns the figure; so does a proper "
        "name of a way (长江干线) with a measure of its use after it (货物吞吐量, 累计发送旅客).",
    examples=(Example("平陆运河全长约135公里，设计通航5000吨级船舶。", {"span": "135公里", "subject": "平陆运河",
                                                             "metric": "全长"}, place="广西壮族自治区"),
              Example("引江济淮工程总投资949亿元。", {"span": "949亿元", "subject": "引江济淮工程", "metric": "总投资"},
                      place="安徽省"),
              # …or a measure of a named way in use (a proper name opens it: 全省铁路货运量 names none)
              Example("今年前8个月，珠江干线货物吞吐量完成9.6亿吨。", {"span": "9.6亿吨", "subject": "珠江干线",
                                                           "metric": "货物吞吐量"}, place="广东省")),
    negatives=("全省铁路货运量增长5%。",),
)


@lexical_cache
def organisation_suffixes() -> tuple[str, ...]:
    """What ends an organisation's or a facility's name (集团, 研究院, 港, 铁路 …)."""
    return tuple(_words()["organisation_suffixes"] + _words()["facility_kinds"])


def _a_facility_kind(word: str) -> bool:
    """枢纽铁路: a common noun ending in a facility's kind, which only a proper name before it makes a name."""
    return word.endswith(tuple(_words()["facility_kinds"]))


_NOUN_TAGS = frozenset({"n", "vn", "nz", "ng", "zg"})
_NAME_PARTS = frozenset({"ng", "l"})


def _modifies_next(spans, k: int) -> bool:
    """电子信息产业, 科技领军企业, 新能源车: a suffix that is a common noun too (电子, 科技, 能源),
    with a noun after it, modifies that noun and ends no organisation's name."""
    # (电力交换能力: a verb and its noun after it make one compound noun it modifies too)
    after = 2 if k + 2 < len(spans) and spans[k + 1][3] == "v" and spans[k + 2][3] in _NOUN_TAGS else 1
    return k + after < len(spans) and spans[k + after][3] in _NOUN_TAGS \
        and spans[k][2].endswith(tuple(_words()["noun_suffixes"]))


def _a_class(run) -> bool:
    """全国重点实验室, 上市公司: a qualifier before the suffix makes the run a class of
    organisations, which a number counts, not one that owns it."""
    qualifiers = _words()["class_qualifiers"]
    last = run[-1][2]
    return last.startswith(tuple(qualifiers)) or (len(run) > 1 and run[-2][2] in qualifiers)


def _joint_owners(doc: Document, m: Mention, chosen: Candidate | None) -> Candidate | None:
    """福州、泉州两市GDP均超过5000亿元, 成都、资阳、眉山等市到资额位居前五: places listed at the
    start of the owner's clause own its one figure together ("福州市、泉州市"); a figure of a
    value list (分别) is one place's, and 等7个省市 counts a set its region owns."""
    if chosen is None or lookup(chosen.name) is None or m.list_id is not None:
        return None
    start = doc.clause_start(chosen.start)  # the figure's clause, or an earlier one of its sentence
    if doc.genre == "work_report" and start != doc.clause_start(m.start):
        return None  # 在深圳、珠海实施…，港澳居民在粤参保70万人次: a report's clause has a topic of its own
    names, pos = _listed_places(doc, start, m.start)
    if len(names) < 2 or chosen.end > pos or _enumeration_counted().match(doc.text, pos) \
            or _things_of_a_kind(doc.text, pos):
        return None  # (广东、江苏等7个省市: the count is the set's, its owner the region containing them)
    return Candidate(start, pos, _words()["joint_separator"].join(names), JOINT.name)


def _counted_list(doc: Document, c: Candidate, m: Mention) -> bool:
    """A count right after the list ``c`` opens, in the clause of ``m``, counts the list's items."""
    i = bisect.bisect_left(doc.mentions, c.end, key=lambda x: x.start)
    count = doc.mentions[i] if i < len(doc.mentions) else None
    return count is not None and count.kind == "count" and count.start - c.end <= LISTED_REACH \
        and count.start <= m.start and doc.clause_start(count.start) == doc.clause_start(m.start)


LISTED_REACH = 8  # characters from a listed place to the count of its list (、西固2个)


def _pointed_joint(doc: Document, m: Mention) -> Candidate | None:
    """杭州以1.66万亿元位居第一，宁波…紧随其后，两市GDP合计占全省的比重超过四成: a count of places opening the
    clause, no place named in it, points back at as many places last named before it in its paragraph."""
    if doc.genre == "work_report":
        return None  # (a report's places are its own and its partners')
    at = doc.past_frames(doc.clause_start(m.start), m.start)
    pointed = pointed_count(doc.text, at, m.start)
    if pointed is None or place_pattern().search(doc.text, pointed.end(), m.start) or benchmark(doc, m):
        return None  # (…均低于9.8%的全国增速: the benchmark's figure)
    n = read_number(pointed.group("n"))
    start = max(doc.paragraph(at)[0], at - POINTED_REACH)
    names: list[str] = []
    for found in place_pattern().finditer(doc.text, start, at):
        place = lookup(found.group())
        if place is not None and place.level != REGION:
            names = [name for name in names if name != place.name] + [place.name]
    if not n or len(names) < n or n < 2 or doc.place in names[-int(n):]:
        return None  # (我市积极对接北京…，两地已有…: the story's own place and its partner: the story's place's)
    return Candidate(pointed.start(), pointed.end(), _words()["joint_separator"].join(names[-int(n):]), JOINT.name)


def _one_of_a_kind(doc: Document, c: Candidate) -> bool:
    """The place is one of a list (库尔勒、伊犁、吐鲁番) that ends in 等 and the kind of thing it names."""
    pos = c.end
    while doc.text.startswith(LIST_MARK, pos) and (item := place_pattern().match(doc.text, pos + len(LIST_MARK))):
        pos = item.end()
    return _things_of_a_kind(doc.text, pos)


def _things_of_a_kind(text: str, pos: int) -> bool:
    """库尔勒、伊犁、吐鲁番等国家骨干冷链物流基地: places an open list names as things of a kind (a noun
    ending in a name's head after 等) own nothing (内蒙古、甘肃等回落幅度…, 等市: the places own)."""
    end = _enumeration_end().match(text, pos)
    noun = following_noun(text[end.end():end.end() + KIND_REACH]) if end else ""
    return noun.endswith(_kind_heads())


KIND_REACH = 16  # characters after 等 read for the kind of things a list names


@lexical_cache
def _kind_heads() -> tuple[str, ...]:
    """What ends the name of a kind of things (…基地, …集团, …项目)."""
    return organisation_suffixes() + tuple(load("attribution")["metric"]["name_heads"])


@lexical_cache
def _enumeration_end() -> regex.Pattern:
    return compiled(alternation("attribution", "metric", "enumeration_ends"))


@lexical_cache
def _enumeration_counted() -> regex.Pattern:
    """等7个省市: an open list, then the count of its set."""
    return compiled(rf"{alternation('attribution', 'metric', 'enumeration_ends')}[\d{NONZERO_DIGIT_CHARS}{SMALL_UNIT_CHARS}]")


@lexical_cache
def _example_of_count() -> regex.Pattern:
    """…仪表等3家企业, …、中兴等5家: the rest of a name (and more names of a list), then an open
    list's count."""
    return compiled(rf"[\p{{Han}}A-Za-z]{{0,8}}?(?:、[\p{{Han}}A-Za-z]{{1,10}}?)*{_enumeration_counted().pattern}")


EXAMPLE_REACH = 40  # characters after a name where the count of the set it exemplifies may stand


JOINT = Rule(
    name="subject.joint",
    doc="A list of places that opens a clause owns its one figure together: one fact whose subject lists them "
        "(宁波、温州两市GDP均超过4000亿元 → 宁波市、温州市; 南昌、赣州等市增速居前三); so does a count of places "
        "(两市) that points back at as many places named last before it in a story.",
    examples=(Example("宁波、温州两市GDP均超过4000亿元", {"span": "4000亿元", "subject": "宁波市、温州市", "bound": "gt"},
                      place="浙江省"),
              # a floor stated of places listed in an earlier clause of the sentence holds of each
              Example("湖南、江西虽然出口承压，但依然保持了6%以上的增速", {"span": "6%", "subject": "湖南省、江西省",
                                                                  "kind": "growth"}, place="中国"),
              # an open list after a concessive opener, one rank stated of the set
              Example("尽管南昌、赣州、九江等市外贸增速居全省前三，全省仍下降3%", {"span": "前三",
                      "subject": "南昌市、赣州市、九江市"}, place="江西省"),
              # a count of places opening a clause points back at as many places named last before it
              Example("温州以7200亿元位居第三，台州以5100亿元紧随其后，两市GDP合计占全省的比重超过两成。",
                      {"span": "两成", "subject": "温州市、台州市"}, place="浙江省")),
    # places an open list names as things of a kind (…等国家物流基地) own nothing, together or alone
    negatives=("喀什、和田等国家物流基地和12个区域物流中心加快建设",),
)


PARTNERS = Rule(
    name="subject.partners",
    doc="Two organisations joined by 与/和 before a verb of partnership (合作, 共建) own what follows "
        "together; a research team is named with its institution.",
    examples=(
        Example("甘肃农业大学与兰州佛慈制药公司合作开发5种中药饮片", {"span": "5种", "subject": "甘肃农业大学与兰州佛慈制药公司"},
                place="甘肃省"),
        Example("南京工业大学李明教授团队与常州某材料公司共建中试线3条", {"span": "3条",
                "subject": "南京工业大学李明教授团队与常州某材料公司"}, place="江苏省"),
    ),
)


EXAMPLE = Rule(
    name="subject.example",
    doc="The thing a text takes as its example (以漳泽湖为例，…) owns the figures of the rest of its sentence.",
    examples=(Example("以汾河公园为例，通过生态修复，园内植物从120种增加到260种", {"span": "260种", "subject": "汾河公园"}),
              Example("以广东为例，其名义增速为3.5%", {"span": "3.5%", "subject": "广东省"}, place="中国")),  # a place's full name
    negatives=("以去年为例，全市新增企业1200家",),  # a period is no example that owns figures
)


SITE = Rule(
    name="subject.site",
    doc="A site a sentence opens with (在宁波舟山港，…; 在霍尔果斯口岸，…): a name ending like an organisation's "
        "(港, 口岸, 园区, 公司 …) after 在 and alone in its clause owns the figures of the rest of its sentence.",
    examples=(Example("在洋山深水港，每天进出港集装箱超过6万标箱", {"subject": "洋山深水港"}, place="上海市"),
              Example("走进江苏恒瑞医药股份有限公司，生产线每天可生产20万支针剂", {"subject": "江苏恒瑞医药股份有限公司"},
                      place="江苏省"),
              # …and a part of its grounds after the name (data site_facilities, inside_of)
              Example("走进海亮集团的智能车间，200多台机器人正在忙碌。", {"subject": "海亮集团"}, place="浙江省"),
              # …and where it is before 的 (data site_located), no part of its name
              Example("走进位于慈溪的方太研究中心，一块60平方米的大屏幕正在播放产品演示。", {"subject": "方太研究中心"},
                      place="浙江省")),
    negatives=("在全市范围内，新增企业1200家",  # no organisation's ending
               "在建设中的园区，新增企业1200家"),  # a description, no name
)


NAMED_TOPIC = Rule(
    name="subject.named_topic",
    doc="A name the tagger knows as a person's or a brand's (京东方, 王健) that opens a sentence before its verb is "
        "the sentence's topic and owns its figures (narrative news names firms and people the gazetteer does not).",
    examples=(Example("比亚迪今年在合肥新建了3条生产线", {"span": "3条", "subject": "比亚迪"}, place="安徽省"),
              Example("张明与研究所签订了两项专利许可协议", {"span": "两项", "subject": "张明"}, place="江苏省"),
              # …after the period that frames the sentence
              Example("去年初，李强与合作社签订了3份收购合同", {"span": "3份", "subject": "李强"}, place="江苏省"),
              # …and after who the person is (a role, an ethnicity): then also a name the tagger reads as a place's
              Example("维吾尔族姑娘阿依古丽开了3家网店。", {"span": "3家", "subject": "阿依古丽"}, place="新疆维吾尔自治区"),
              Example("果农李明去年在村里建了2座冷库。", {"span": "2座", "subject": "李明"}, place="江苏省"),
              # …a role of a trade after the words that name the trade (data trade_roles), to the end of the sentence
              Example("在定西市安定区，马铃薯种植大户刘军今年种了300亩马铃薯，预计收入40万元。", {"span": "40万元", "subject": "刘军"},
                      place="甘肃省"),
              Example("肉牛养殖户张华去年出栏肉牛200头。", {"span": "200头", "subject": "张华", "metric": "出栏肉牛"}, place="甘肃省"),
              # …and after the site its sentence opens with (在…，); the person's words are no metric
              Example("在大塘村，养殖户王勇去年出栏小香猪800头。", {"span": "800头", "subject": "王勇", "metric": "出栏小香猪"},
                      place="贵州省", date="2025-11-12"),
              # a name the tagger cuts in two after the role (赵/大山: data family_names)
              Example("养殖户赵大山去年出栏生猪800头。", {"span": "800头", "subject": "赵大山"}, place="河南省", date="2025-11-12"),
              # a role the tagger cuts in two (种粮/大户)
              Example("种粮大户刘志军去年流转土地2600亩。", {"span": "2600亩", "subject": "刘志军"}, place="河南省",
                      date="2025-11-12"),
              # a firm's short name, a name and its trade, before the period its figures are of
              # …and after the words that say where the figures come from (数据显示，)
              Example("数据显示，比亚迪前10个月累计销量达到360万辆。", {"span": "360万辆", "subject": "比亚迪"}, place="中国"),
              Example("紫金矿业上半年实现净利润150亿元。", {"span": "150亿元", "subject": "紫金矿业", "metric": "净利润"},
                      place="福建省"),
              Example("长城汽车9月销量达到12万辆。", {"span": "12万辆", "subject": "长城汽车"}, place="河北省")),
    negatives=("张明认为，前三季度全市高技术产业增长12%",  # a speaker owns nothing
               "力争全年新开工项目120个",  # a goal word the tagger calls a name (and no story)
               "新开工保障房1.2万套",  # a verb after 新 the tagger calls a name
               "家用电器前三季度零售额增长10%",  # a kind of goods and its trade: no firm
               "1-8月，全省汽车产销分别完成85万辆和83万辆"),  # the place's trade
)


def _named_topic(doc: Document, start: int, end: int) -> Candidate | None:
    """The name that opens the sentence at ``start``, tagged a person's or a brand's (nr, nz), not a
    place or a known indicator, with a verb, preposition, time word or period right after it."""
    if doc.genre != "news" or start != doc.sentence(start)[0]:
        return None  # (a report's sentence that opens with a verb the tagger calls a name: 力争…)
    start = doc.past_frames(start, end)  # 2025年初，王健与学校签订…: the name opens the sentence after its time
    start = doc.past_frames(_past_site(doc, start, end), end)  # 在大塘村，养殖户王勇去年…: …or after its site
    start = _past_report_lead(doc, start, end)  # 数据显示，比亚迪前10个月…: where the figures come from, then the name
    tokens = tag(doc.text[start:end])  # (the slice _organisations tags: one tagging per sentence)
    described = _described(tokens)  # 菜农王建国: who the person is, before the name
    start += sum(len(word) for word, _ in tokens[:described])
    tokens = _whole_name(tokens[described:]) if described else tokens[described:]
    # (after a role: 巴吾江, read as a place; 阿依古丽, of four characters; a period right after a name, 比亚迪9月…,
    # opens its figures as a verb or time word does)
    name_tags, longest = (_NAME_TAGS | {"ns"}, NAME_LENGTH + 1) if described else (_NAME_TAGS, NAME_LENGTH)
    if (trade := _firm_with_trade(tokens)) is not None:
        tokens, name_tags, longest = ((trade, "nz"), *tokens[2 if len(tokens[0][0]) == 2 else 1:]), {"nz"}, len(trade)
    if len(tokens) < 2 or tokens[0][1] not in name_tags or not 2 <= len(tokens[0][0]) <= longest \
            or tokens[1][1] not in ("v", "p", "t", "d") and doc.period_at(start + len(tokens[0][0])) is None \
            or tokens[1][0] in _words()["speech_verbs"] \
            or lookup(tokens[0][0]) or indicator_of(tokens[0][0]) or tokens[0][0] in _modality_cues() \
            or _verb_after_a_prefix(tokens[0][0]):
        return None
    return Candidate(start, start + len(tokens[0][0]), tokens[0][0], NAMED_TOPIC.name)


def _past_site(doc: Document, start: int, end: int) -> int:
    """Where the words after a site clause opening at ``start`` (在大塘村，) begin, else ``start``."""
    if not doc.text.startswith(tuple(_words()["site_openers"]), start):
        return start
    clause_end = doc.clause_end(start)
    return clause_end + 1 if clause_end + 1 < end and doc.text[clause_end] in CLAUSE_COMMAS else start


def _firm_with_trade(tokens) -> str | None:
    """恒瑞医药, 长城汽车, 紫金矿业: a firm's short name, a name of two characters (not a place's) and
    its trade (data: firm_trades), one token of four or two of two; None when the tokens open otherwise."""
    first = tokens[0][0] if tokens else ""
    if len(first) == 4 and tokens[0][1] in _TRADE_NAME_TAGS:
        name, trade = first[:2], first[2:]
    elif len(first) == 2 and len(tokens) > 1 and tokens[1][0] in _words()["firm_trades"]:
        name, trade = first, tokens[1][0]
    else:
        return None
    if trade not in _words()["firm_trades"] or lookup(name) or tokens[0][1] in _COMMON_TAGS or name in reference_words():
        return None  # (全省/汽车产销: the place's trade)
    return name + trade


NAME_WORDS = 4  # words at most of an organisation's name before its suffix
_TRADE_NAME_TAGS = frozenset({"nz", "nt", "nr", "j"})  # 格力电器, 长城汽车, 隆基绿能, 中联重科: one token
_COMMON_TAGS = frozenset({"v", "vn", "a", "ad", "d", "b", "f", "p", "c", "r", "t"})  # 家用/电器: no name


def _described(tokens: tuple[tuple[str, str], ...]) -> int:
    """How many of the first tokens say who the person named after them is (哈萨克族/小伙/巴吾江): a role
    last, an ethnicity before it; 0 without a role."""
    roles, ends = _words()["person_roles"], tuple(_words()["person_descriptor_ends"])
    for i, (word, _) in enumerate(tokens[:TRADE_TOKENS + 1]):
        joined = i + 1 < len(tokens) and word + tokens[i + 1][0] in roles  # 种粮/大户, cut apart by the tagger
        if word in roles or joined or word in _words()["trade_roles"]:
            # (马铃薯/种植/大户/李明, 肉牛/养殖户/张华: the words before a role may name the trade)
            return i + 1 + joined if all(w.endswith(ends) or pos in _TRADE_TAGS for w, pos in tokens[:i]) else 0
    return 0


TRADE_TOKENS = 3  # tokens at most that name a person's trade before its role (肉牛/养殖/大户)
_TRADE_TAGS = frozenset({"n", "nz", "v", "vn"})


def _family_and_given(tokens, i: int) -> bool:
    """王/秀英: the token at ``i`` is a family name the tagger cut from the given name (one or two characters) after it."""
    return i + 1 < len(tokens) and tokens[i][0] in _words()["family_names"] and 1 <= len(tokens[i + 1][0]) <= 2 \
        and tokens[i + 1][1] not in _NOT_A_GIVEN_NAME


def _whole_name(tokens):
    """王/秀英 → 王秀英: the name that opens ``tokens``, one token."""
    return ((tokens[0][0] + tokens[1][0], "nr"), *tokens[2:]) if _family_and_given(tokens, 0) else tokens


def _names_after_roles(tokens) -> list[tuple[str, str]]:
    """菜农/张/红梅 → 菜农/张红梅: each family name after who a person is joined to its given name."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        if out and out[-1][0] in _words()["person_roles"] and _family_and_given(tokens, i):
            out.append((tokens[i][0] + tokens[i + 1][0], "nr"))
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out


_NOT_A_GIVEN_NAME = frozenset({"v", "p", "t", "d", "m", "u", "uj", "ul", "c", "x", "r", "f"})


def _verb_after_a_prefix(word: str) -> bool:
    """新开工, 新开通: one character and a verb of two, which the tagger calls a name, are no name."""
    rest = tag(word[1:])
    return len(rest) == 1 and len(rest[0][0]) >= 2 and rest[0][1] == "v"


@lexical_cache
def _report_lead() -> regex.Pattern:
    return compiled(rf"(?:{trie_pattern(_words()['report_leads'])})[，,]\s*")


_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "nz"})  # a person's name (three forms of it), a brand's
NAME_LENGTH = 3  # characters at most of such a name (京东方, 王健; four are mostly idioms the tagger calls names: 五湖四海)


@lexical_cache
def _modality_cues() -> frozenset[str]:
    modality = load("attribution")["modality"]
    return frozenset(modality["target"] + modality["forecast"])


def _sites(doc: Document, start: int, end: int) -> list[Candidate]:
    """The sites that open sentences in [start, end) (在宁波舟山港，…)."""
    found = []
    for m in _site_pattern().finditer(doc.text, start, end):
        tokens = tag(m.group("site"))  # a name, which may hold a verb (正来制药), but opens with none and has no 的
        if tokens[0][1] in _DESCRIPTION_TAGS and all(pos not in _NOT_IN_A_SITE for _, pos in tokens):
            found.append(Candidate(m.start("site"), m.end("site"), m.group("site"), SITE.name))
    return found


@lexical_cache
def _site_pattern() -> regex.Pattern:
    suffixes = trie_pattern(list(organisation_suffixes()))
    facility = rf"的?\p{{Han}}{{0,4}}?(?:{trie_pattern(_words()['site_facilities'])})(?:{trie_pattern(_words()['inside_of'])})?"
    # (走进位于长治的余吾煤业调度指挥中心: where the site is, before 的, is no part of its name)
    located = rf"(?:{alternation('attribution', 'subjects', 'site_located')}\p{{Han}}{{1,8}}?的)?"
    return compiled(rf"(?<![^，,。；;：:\n]){alternation('attribution', 'subjects', 'site_openers')}{located}"
                    rf"(?P<site>\p{{Han}}{{1,12}}?(?:{suffixes}))(?:{facility})?(?=[，,])")


@lexical_cache
def _example_pattern() -> regex.Pattern:
    before, after = _words()["example_frame"]
    return compiled(rf"{before}(?P<topic>\p{{Han}}{{2,10}}?){after}")


FIRM = Rule(
    name="subject.firm",
    doc="A firm a story points at (这个家电企业, 该公司) owns the figures of its sentence, named by its kind.",
    examples=(Example("合肥的这家新能源汽车企业，今年上半年出口增长80%", {"span": "80%", "subject": "新能源汽车企业"},
                      place="安徽省"),),
    negatives=("该市外贸企业今年以来新增备案企业320家。",),  # 该市 is the place's reference, no pointer at a firm
)

COUNTED_REGION = Rule(
    name="subject.counted_region",
    doc="A region's short form before a count of its provinces (东部10个省市) owns the figures of its clause.",
    examples=(Example("一季度，东部10个省市GDP平均增长7.2%", {"span": "7.2%", "subject": "东部地区"}, place="中国"),),
    negatives=(),
)

FIRM_CARRY = Rule(
    name="subject.firm_carry",
    doc="A firm a story points at (这家汽车零部件企业) owns the later figures of its paragraph whose sentences "
        "name no owner of their own.",
    examples=(Example("走进芜湖的这家汽车零部件企业，机械臂正在忙碌。经过智能化改造，生产效率提升了40%。",
                      {"span": "40%", "subject": "汽车零部件企业"}, place="安徽省"),
              # a firm the story visits (走进…一家…企业)
              Example("走进位于经开区的一家稀土永磁材料企业，生产线正在满负荷运转。今年以来，订单增长35%。",
                      {"span": "35%", "subject": "稀土永磁材料企业"}, place="江西省"),
              # …also after an organisation named in the paragraph before, which 这家企业 then no longer means; the
              # pointer names nothing of the metric
              Example("北部湾港集团是一家大型港口企业。\n在港口附近的一家粮油加工企业，工人们正忙着装车。这家企业去年营业收入突破50亿元。",
                      {"span": "50亿元", "subject": "粮油加工企业", "metric": "营业收入"}, place="广西壮族自治区"),
              # a site the story opened a sentence with, whatever the tagger calls its name (霍尔果斯: nrt), is 这里
              Example("在霍尔果斯口岸，货车排起了长队。今年以来，这里的进出口货运量增长了20%。", {"span": "20%", "subject": "霍尔果斯口岸"},
                      place="新疆维吾尔自治区"),
              # a park a story points at, as a firm
              Example("在这个光伏产业园，30家企业已经投产。今年底，园区还将引进10家企业。",
                      {"span": "10家", "subject": "光伏产业园"}, place="安徽省"),
              # a site a sentence opened with, as a firm
              Example("走进江苏恒瑞医药股份有限公司，生产线正忙。今年研发投入增长20%。",
                      {"span": "20%", "subject": "江苏恒瑞医药股份有限公司"}, place="江苏省"),
              # 这里 points at the site even in a national story, before the province its name opens with
              Example("在江苏太仓港，货轮往来穿梭。去年，这里的集装箱吞吐量达到800万标箱。",
                      {"span": "800万标箱", "subject": "江苏太仓港", "metric": "集装箱吞吐量"}, place="中国"),
              # …and at a place a clause opened with, for the figures of its sentence after it
              Example("在张家港市，码头上一片繁忙。这里的外贸进出口额达到3000亿元，增长6.5%。",
                      {"span": "6.5%", "subject": "张家港市"}, place="江苏省")),
    negatives=("记者走进这家企业，车间里十分忙碌。今年以来，出口增长12%。",  # a firm not named by its kind
               "这家光伏企业刚刚投产。\n今年以来，出口增长12%。"),  # another paragraph
)


@lexical_cache
def _counted_region_pattern() -> regex.Pattern:
    w = _words()
    return compiled(rf"{trie_pattern(w['counted_region_forms'])}"
                         rf"(?=[\d{NONZERO_DIGIT_CHARS}{SMALL_UNIT_CHARS}]+{alternation('attribution', 'subjects', 'region_nouns')})")


def _firm_before(doc: Document, m: Mention, firms: dict[int, list[Candidate]]) -> Candidate | None:
    """The last firm the paragraph pointed at (这个家电企业) or opened a sentence with (走进正来制药，…)
    before a number whose sentence names no owner."""
    start, end = doc.paragraph(m.start)
    if start not in firms:  # read once per paragraph
        firms[start] = sorted([Candidate(f.start("firm"), f.end(), f.group("firm"), FIRM.name)
                               for f in _firm_pattern().finditer(doc.text, start, end)
                               if f.group("pointer") in _words()["story_pointers"] and len(f.group("firm")) > 2]
                              + [Candidate(f.start("firm"), f.end(), f.group("firm"), FIRM.name)
                                 for f in _visited_firm_pattern().finditer(doc.text, start, end)]
                              + _sites(doc, start, end), key=lambda c: c.end)  # 走进正来制药，…。公司年加工…
    return _last_ending_before(firms[start], m.start)


BACK_REFERENCE = Rule(
    name="subject.back_reference",
    doc="A sentence that opens with the kind of an organisation named before it (该公司, 公司, 团队), in its paragraph "
        "or the one before, is about that organisation: it owns the sentence's figures.",
    examples=(Example("江苏恒瑞医药股份有限公司是国内创新药龙头。该公司去年研发投入80亿元。",
                      {"span": "80亿元", "subject": "江苏恒瑞医药股份有限公司"}, place="江苏省"),
              Example("南京邮电大学李明团队研发的芯片已投入量产。团队今年获得500万元转化资金。",
                      {"span": "500万元", "subject": "南京邮电大学李明团队"}, place="江苏省"),
              # a pointer before the kind points even before a noun (该港集装箱吞吐量), which is then the metric
              Example("日照港是我国重要的能源港口。前三季度，该港货物吞吐量达到4.5亿吨。",
                      {"span": "4.5亿吨", "subject": "日照港", "metric": "货物吞吐量"}, place="山东省"),
              # a bare kind before a firm's indicator (集团营业收入), after who speaks and when (负责人介绍，去年，)
              Example("比亚迪集团是新能源汽车龙头。相关负责人介绍，去年，集团营业收入增长30%。",
                      {"span": "30%", "subject": "比亚迪集团", "metric": "营业收入"}, place="广东省"),
              # …and in a clause after the name, its sentence's (企业先后增资: the firm just named)
              Example("来自德国的博世集团已有5个工厂落户苏州，十年来企业先后增资12次。", {"span": "12次", "subject": "博世集团"},
                      place="江苏省"),
              # …and after where the figures come from (记者注意到，报告显示，)
              Example("四川长虹电器股份有限公司是家电龙头。记者注意到，去年公司海外收入增长18%。",
                      {"span": "18%", "subject": "四川长虹电器股份有限公司", "metric": "海外收入"}, place="四川省"),
              # 公司 or 集团 bare names one firm before any noun of its own (data back_references.single_kinds)
              Example("宁波舜宇光电有限公司是一家光学企业。去年，公司产值达到了120亿元。",
                      {"span": "120亿元", "subject": "宁波舜宇光电有限公司", "metric": "产值"}, place="浙江省")),
    negatives=("江苏恒瑞医药股份有限公司是国内创新药龙头。企业数量达到1200家。",),  # the kind opens a noun
)


def _referred_back(doc: Document, m: Mention, named: dict[int, list[Candidate]]) -> Candidate | None:
    """BACK_REFERENCE: the organisation the kind opening ``m``'s sentence (该公司…), or its clause after one that
    named it (尼得科集团已有16个工厂落户平湖，20多年来企业先后增资33次), refers back to."""
    opening, first = None, doc.sentence(m.start)[0]
    for sentence in dict.fromkeys((first, doc.clause_start(m.start))):
        start = _past_speaker(doc, doc.past_frames(sentence, m.start), m.start)
        if opening := back_reference_pattern().match(doc.text, start, m.start):
            break
    if opening is None:
        return None
    # (a clause's kind refers to a name of its own sentence only: 企业参与…项目超600项 in a report is all firms)
    earliest = first if sentence > first else 0
    after = tag(doc.text[opening.end():min(m.start, opening.end() + BACK_REFERENCE_AFTER)])
    if opening.group("pointer") is None and after and after[0][1] in _NOUN_AFTER_A_KIND \
            and opening.group("head") not in _words()["back_references"]["single_kinds"] \
            and (sentence > first or not opens_an_indicator(doc.text[:m.start], opening.end())):
        # 企业数量达到…: a bare kind opens a noun of its own (该港集装箱吞吐量: the pointer says it points; 集团营业收入:
        # a firm's indicator after the kind is its own, but not in a clause: …口岸开工建设，口岸货运量 is every port's)
        return None
    paragraph = doc.paragraph(m.start)[0]
    if paragraph not in named:  # read once per paragraph: its organisations and those of the paragraph before
        before = doc.paragraph(paragraph - 1)[0] if paragraph else paragraph
        named[paragraph] = sorted((_with_team(doc, c) for c in _organisations(doc, before, doc.paragraph(m.start)[1])
                                   if not lookup(c.name)), key=lambda c: (c.end, -c.start))  # (…李明团队: the team;
        # 宁波舟山港 after 舟山港, which ends with it: the longer name is the nearer)
    head = opening.group("head")
    kinds = tuple(_words()["firm_heads"]) + organisation_suffixes() if head in _words()["firm_heads"] else (head,)
    found = named[paragraph]
    last = bisect.bisect_right(found, sentence, key=lambda c: c.end)
    # (the nearest of at most LOOK_BACK before the sentence: a long paragraph of names stays linear)
    named_before = next((c for c in reversed(found[max(0, last - LOOK_BACK):last])
                         if c.name.endswith(kinds) and c.start >= earliest), None)
    if named_before is not None and _visited_firm_pattern().search(doc.text, named_before.end, sentence):
        return None  # …集团…。在港口附近的一家粮油加工企业，…。这家企业…: the firm the story visits since, unnamed
    firm = story_firm(doc) if head in _words()["firm_heads"] else None  # 公告显示，公司…: the story's firm
    return named_before or (firm if firm is not None and firm.end <= sentence else None)


STORY_FIRM = Rule(
    name="subject.story_firm",
    doc="A story whose first sentences open with a name that discloses its results (…发布三季报, …公布2025年业绩) "
        "is that firm's story: the firm owns the figures no other owner is written for, and 公司 opening a later "
        "sentence, after where its figures come from (公告显示，…), is the firm.",
    examples=(Example("片仔癀10月30日晚间发布三季报。公告显示，前三季度公司实现营业收入80亿元。",
                      {"span": "80亿元", "subject": "片仔癀", "metric": "营业收入"}),
              # …the firm's short name opening a later clause names no metric
              Example("长江电力10月30日晚间发布三季报。\n业内人士分析，长江电力度电利润约为0.15元。",
                      {"span": "0.15元", "subject": "长江电力", "metric": "度电利润"}),
              Example("近日，江苏恒顺醋业股份有限公司公布2024年业绩。全年销量达到38万吨，增长6%。",
                      {"span": "38万吨", "subject": "江苏恒顺醋业股份有限公司"}, place="江苏省")),
    negatives=("国家统计局发布2024年经营数据。全年销量达到38万吨，增长6%。",),  # a public body, no firm
)


def story_firm(doc: Document) -> Candidate | None:
    """STORY_FIRM: the firm the story's first sentences say discloses its results, read once per document."""
    if doc.story_firm is None:
        found = _disclosing_firm(doc) if doc.genre == "news" else None
        doc.story_firm = (found,) if found is not None else ()
    return doc.story_firm[0] if doc.story_firm else None


def _disclosing_firm(doc: Document) -> Candidate | None:
    pos = 0
    while pos < min(len(doc.text), FIRM_LEAD):
        sentence_start, sentence_end = doc.sentence(pos)
        start = doc.past_frames(sentence_start, sentence_end)
        if (said := _disclosure().search(doc.text, start, min(sentence_end, start + FIRM_NAME + DISCLOSURE_REACH))):
            start, end = max(start, doc.clause_start(said.start())), said.start()  # (10月28日晚，…: a date, no period)
            if periods := doc.periods_between(start + 1, end):
                end = periods[0].start  # 贵州茅台前三季度…: the name ends where its time begins
            tokens = list(tag(doc.text[start:end]))
            while tokens and tokens[-1][1] in _TIME_TAGS:  # 贵州茅台10月28日晚间, …近日: the day it discloses
                end -= len(tokens.pop()[0])
            name = doc.text[start:end]
            if 2 <= len(name) <= FIRM_NAME and _FIRM_NAME_CHARACTERS.fullmatch(name) and lookup(name) is None \
                    and not name.endswith(tuple(_words()["disclosures"]["not_firms"])):
                return Candidate(start, end, name, STORY_FIRM.name)
        pos = max(pos, sentence_end) + 1  # (a break between sentences belongs to none)
    return None


FIRM_LEAD = 200  # characters at the story's start where the sentence saying who discloses stands
FIRM_NAME = 16  # characters at most of the firm's name (江苏恒顺醋业股份有限公司)
DISCLOSURE_REACH = 24  # characters from the name to the paper it discloses (发布2025年第三季度报告)
_FIRM_NAME_CHARACTERS = compiled(r"[\p{Han}A-Za-z]+")
_TIME_TAGS = frozenset({"t", "d", "m", "mq"})  # tags of the day a firm discloses on (10月28日晚间, 近日)


def firm_short_name(name: str) -> str:
    """比亚迪 of 比亚迪股份有限公司: the firm's name without the legal form it ends with (data: disclosures.name_ends)."""
    return next((name[:-len(end)] for end in _words()["disclosures"]["name_ends"] if name.endswith(end)), name)


@lexical_cache
def _disclosure() -> regex.Pattern:
    w = _words()["disclosures"]
    return compiled(rf"(?:{trie_pattern(w['verbs'])})[^，。；,;]{{0,{DISCLOSURE_REACH - 4}}}?(?:{trie_pattern(w['papers'])})")


def _past_speaker(doc: Document, start: int, end: int) -> int:
    """安踏相关负责人介绍，2024年，集团…: where the words begin after a clause that says who speaks or where the
    figures come from (报告显示，公司…), and the periods framing what is said."""
    clause_end = doc.clause_end(start)
    if clause_end < end and doc.text.endswith(tuple(_words()["speech_verbs"]), start, clause_end):
        return doc.past_frames(clause_end + 1, end)
    return _past_report_lead(doc, start, end)


def _past_report_lead(doc: Document, start: int, end: int) -> int:
    """Where the words at ``start`` begin after a lead that says where the figures come from (报告显示，) and the
    periods framing them; ``start`` when no such lead opens there."""
    lead = _report_lead().match(doc.text, start, end)
    return doc.past_frames(lead.end(), end) if lead else start


BACK_REFERENCE_AFTER = 4  # characters after the kind read for the word that follows it
_NOUN_AFTER_A_KIND = frozenset({"n", "nz", "vn", "ng", "nr", "ns", "nt", "j"})


@lexical_cache
def back_reference_pattern() -> regex.Pattern:
    w = _words()["back_references"]
    return compiled(rf"(?P<pointer>{trie_pattern(w['pointers'])})?(?P<head>{trie_pattern(w['kinds'])})")


def _last_ending_before(found: list[Candidate], pos: int) -> Candidate | None:
    """The last of ``found`` (sorted by end) that ends by ``pos``: a bisection, not a scan per number."""
    before = bisect.bisect_right(found, pos, key=lambda f: f.end)
    return found[before - 1] if before else None


def _here_before(doc: Document, m: Mention) -> bool:
    """Whether a word for the place a story stands at (这里, 当地) is written in the sentence before ``m``, within
    HERE_REACH characters of it (a bounded look back: a clause of 10,000 numbers stays linear)."""
    return _here_pattern().search(doc.text, max(doc.sentence(m.start)[0], m.start - HERE_REACH), m.start) is not None


HERE_REACH = 40  # characters before a figure where 这里 of its sentence may stand (这里的…达到60万亩，年产量450万吨)


def _place_site_before(doc: Document, m: Mention, sites: dict[int, list[Candidate]]) -> Candidate | None:
    """The last place a clause of the paragraph opened as where the story stands (在山东寿光，…), before
    ``m``: what 这里 points at when no firm or site was named."""
    start, end = doc.paragraph(m.start)
    if start not in sites:  # read once per paragraph
        openers = _words()["site_openers"]
        sites[start] = [Candidate(p.start(), p.end(), place.name, SITE.name)
                        for p in place_pattern().finditer(doc.text, start, end)
                        if doc.text.startswith(CLAUSE_COMMAS, p.end()) and (place := lookup(p.group())) is not None
                        and doc.text[doc.clause_start(p.start()):p.start()] in openers]
    return _last_ending_before(sites[start], m.start)


def _latest(*found: Candidate | None) -> Candidate | None:
    """The one of ``found`` that ends last."""
    return max((c for c in found if c is not None), key=lambda c: c.end, default=None)


@lexical_cache
def _here_pattern() -> regex.Pattern:
    return compiled(trie_pattern(_words()["here_words"]))


@lexical_cache
def _visited_firm_pattern() -> regex.Pattern:
    """走进位于赣州经开区的一家稀土永磁材料企业: a firm the story visits, in the clause a site opener opens."""
    w = _words()
    return compiled(rf"(?<![^，,。；;：:\n]){alternation('attribution', 'subjects', 'site_openers')}[^，,。；;\n]{{0,{VISIT_REACH}}}?"
                    rf"(?P<pointer>{trie_pattern(w['visited_pointers'])})(?P<firm>\p{{Han}}{{1,6}}?(?:{trie_pattern(w['firm_heads'])}))")


VISIT_REACH = 16  # characters between a site opener and the firm it visits (位于赣州经开区的)


@lexical_cache
def _firm_pattern() -> regex.Pattern:
    w = _words()
    return compiled(rf"(?P<pointer>{trie_pattern(w['demonstratives'])})(?P<firm>\p{{Han}}{{1,6}}?(?:{trie_pattern(w['firm_heads'])}))")


REST = Rule(
    name="subject.rest",
    doc="The rest of a set of regions (其余地市, 其他省份) that opens a clause owns its figure as written.",
    examples=(Example("宁波、温州增长较快，其余地市增速在4%至6%之间", {"span": "4%至6%", "subject": "其余地市"},
                      place="浙江省"),),
)


@lexical_cache
def _rest_pattern() -> regex.Pattern:
    return compiled(f"(?:{trie_pattern(_words()['rest_words'])})(?:{trie_pattern(_words()['region_nouns'])})")


@lexical_cache
def _list_connector_pattern() -> regex.Pattern:
    return compiled(trie_pattern(load("attribution")["lists"]["connectors"]))


def _benchmark(doc: Document, m: Mention) -> Candidate | None:
    """高于全国4.8%的平均水平: the place compared with owns its figure (kind.benchmark_owner)."""
    if (span := benchmark_owner(doc, m)) is None:
        return None
    word = doc.text[slice(*span)]
    place = lookup(word)
    name = place.name if place else resolve_reference(word, doc)
    return Candidate(*span, name, BENCHMARK.name) if name else None


BENCHMARK = Rule(
    name="subject.benchmark",
    doc="A figure after a comparison word and a place, then 的 and a benchmark noun (高于全国4.8%的平均水平), "
        "is that place's figure of the rate just stated (a growth when that was one).",
    examples=(
        Example("上半年浙江GDP增长6.2%，高于全国5.3%的平均水平", {"span": "5.3%", "subject": "中国", "kind": "growth",
                                                     "metric": "GDP"}, place="浙江省"),
        Example("上半年浙江GDP增长6.2%，高于全国平均水平（5.3%）", {"span": "5.3%", "subject": "中国"}, place="浙江省"),
        Example("上半年，全省投资增速与全国8.2%的平均水平持平", {"span": "8.2%", "subject": "中国"}, place="浙江省"),  # 与 opens it too
        # …the province's average in brackets, or the country's without its benchmark noun, "or equal" between
        Example("上半年，各县市区投资增速均高于全省平均水平（4.2%）", {"span": "4.2%", "subject": "湖南省"}, place="长沙市"),
        Example("所有地市的投资增速均高于或等于全国（3.1%）", {"span": "3.1%", "subject": "中国"}, place="湖南省"),
    ),
)


@lexical_cache
def _project_name() -> regex.Pattern:
    return compiled(rf"\p{{Han}}{{1,12}}?(?:{trie_pattern(_words()['project_suffixes'])})")


def _names_a_project(doc: Document, c: Candidate) -> bool:
    """The place opens the name of a project (北海海上风电示范项目; 河北共引进京津项目 is a clause)."""
    found = _project_name().match(doc.text, c.end, doc.clause_end(c.end))
    return found is not None and all(pos in _DESCRIPTION_TAGS | {"s"} or word in keep_inside()  # 示范 in 风电示范项目
                                     for word, pos in tag(found.group()))


def _ends_a_list(doc: Document, c: Candidate) -> bool:
    """The name is the last item of a list: a connector before it, or before the place that
    opens it (…、湖北交投集团)."""
    before = doc.text[max(0, c.start - PLACE_BEFORE_ITEM - 1):c.start]
    at = max(before.rfind(x) for x in load("attribution")["lists"]["connectors"])
    return at >= 0 and (at == len(before) - 1 or lookup(before[at + 1:]) is not None)


PLACE_BEFORE_ITEM = 6  # characters at most of a place name that opens a list item


@lexical_cache
def public_purses() -> tuple[str, ...]:
    """中央财政, 省财政 …: they spend, and are no organisation named with the field they fund."""
    return tuple(_words()["public_purses"])


@lexical_cache
def _list_connectors() -> tuple[str, ...]:
    """、 和 … 等: what follows a name inside a list."""
    return tuple(load("attribution")["lists"]["connectors"] + load("attribution")["metric"]["enumeration_ends"])


LOOK_BACK = 64  # candidates examined before a number, nearest first


def attach_subjects(doc: Document) -> None:
    national = doc.place == _words()["country_name"]
    # a story of the country, of a region or of no given place: each province's topic carries, and 全省 is its province
    round_up = (national or not doc.place or _a_region(doc.place)) and doc.genre != "work_report"
    topic: dict[int, Candidate] = {}  # paragraph start → the last place that owned a number in it
    cache_by_sentence: dict[tuple[int, int], list[Candidate]] = {}
    reached: dict[tuple[int, int], int] = {}  # per sentence: how many candidates end before the last number
    last_number: dict[tuple[int, int], int] = {}
    firms: dict[int, list[Candidate]] = {}  # paragraph start → the firms a story points at in it
    place_sites: dict[int, list[Candidate]] = {}  # paragraph start → the places its clauses open as sites (在山东寿光，)
    organisations: dict[int, list[Candidate]] = {}  # paragraph start → the organisations named in it and the one before
    sentence_topics: dict[int, Candidate | None] = {}  # sentence start → the topic opening it or a sentence before
    prose = [m for m in doc.mentions if not m.from_table]  # table cells: rules/table.py
    previous_owner: tuple[Mention, Candidate] | None = None  # the last figure whose owner the text named
    previous_figure: Mention | None = None  # the figure before, whose change of level keeps its owner
    for m in prose:
        last_number[doc.sentence(m.start)] = m.start
    for m in prose:
        sentence = doc.sentence(m.start)
        if sentence not in cache_by_sentence:  # what follows the sentence's last number owns nothing
            cache_by_sentence[sentence] = candidates(doc, sentence[0], last_number[sentence])
        options = cache_by_sentence[sentence]
        # the candidates before the number: mentions come in text order, so the count only grows
        ahead = reached.get(sentence, 0)
        while ahead < len(options) and options[ahead].end <= m.start:
            ahead += 1
        reached[sentence] = ahead
        chosen = None
        # 深圳到中山车程缩至30分钟: the places of a way own nothing of it (read once per number)
        way = route(doc.text, doc.clause_start(m.start), m.start) if m.unit in _words()["routes"]["units"] else None
        # the nearest fitting candidate, looked for backwards and at most LOOK_BACK of them:
        # scanning every candidate from the sentence start per number was quadratic in a long
        # sentence with a place before each number
        for c in reversed(options[max(0, ahead - LOOK_BACK):ahead]):
            if _is_scope_or_basis(doc, c, m) or way and way[0] <= c.start < way[1]:
                continue
            if not _heads_clause(doc, c) and c.rule != NAMED_TOPIC.name and doc.clause_start(c.start) != doc.clause_start(m.start):
                continue  # a name inside another clause (建设…省重点实验室) is no topic of this one (a sentence's
                # named topic after who the person is, 马铃薯种植大户李明, heads it)
            if c.rule == FOREIGN.name and doc.clause_start(c.start) != doc.clause_start(m.start):
                continue  # 德国是我第一大贸易国，一季度我国与德国进出口…: the next clause is the country's
            if doc.genre == "work_report" and (not lookup(c.name) or _names_a_thing(doc, c)) and c.rule == SUBJECT.name \
                    and c.name not in (doc.place, _words()["country_name"]) \
                    and doc.clause_start(c.start) != doc.clause_start(m.start) and _names_own_topic(doc, m):
                break  # 三峡库区存量危岩清患率超过90%，74个国控断面水质优良比例达到100%: a clause with its own topic
                # (and a place that only opens the name of a thing: 三明医改经验…，公立医院…效果评价连续9年…)
            if doc.genre == "work_report" and c.name not in (doc.place, _words()["country_name"]) \
                    and doc.clause_start(c.start) != doc.clause_start(m.start) and _opens_with_action(doc, m):
                break  # 海西州…通电，新建农村户厕2.11万座: a report's clause of an action of its own is the place's
            if lookup(c.name) and _one_of_a_kind(doc, c):
                continue  # 库尔勒、伊犁、吐鲁番等国家骨干冷链物流基地和16个…: the places name things of a kind
            if lookup(c.name) and doc.text.startswith(LIST_MARK, c.end) and _counted_list(doc, c, m):
                continue  # 兰州新区、西固2个化工园区入围全国百强: an item of the list a count counts
            if lookup(c.name) and doc.clause_start(c.start) != doc.clause_start(m.start) and _names_a_project(doc, c):
                continue  # 北海海上风电示范项目全容量并网，新增…: the place names a project, no owner
            if not lookup(c.name) and c.rule != NAMED_TOPIC.name and doc.text.startswith(_list_connectors(), c.end):
                continue  # 苏州实验室和紫金山、太湖实验室等…加快建设: one of a list of organisations owns nothing
                # (张明与研究所签订…: a named topic's 与 is a preposition, _named_topic read it so)
            if not lookup(c.name) and _ends_a_list(doc, c) and not doc.text[c.end:m.start].strip():
                continue  # 与华为公司、山西焦煤集团3家企业签约: the last of a list its number counts
            if c.rule == FOREIGN.name and doc.clause_start(c.start) != doc.clause_start(m.start):
                continue  # 德国是我第一大贸易国，一季度我国与德国进出口…: the next clause is the country's
            if doc.genre == "work_report" and not lookup(c.name) and c.rule == SUBJECT.name \
                    and doc.clause_start(c.start) != doc.clause_start(m.start) and _an_event_of_its_own(doc, c):
                continue  # 黑河公路大桥客运班线开通运营，国际航线增至19条: the name was the topic of an event only
            if not national and c.name != doc.place and (doc.genre != "news" or lookup(c.name)) \
                    and SEMICOLON.search(doc.text, c.end, m.start):
                break  # 长沙…新增研发机构1178家；研发投入强度…: a report's item ends at ； (a story's firm or zone goes on)
            chosen = c
            break
        chosen = _benchmark(doc, m) or _one_of_set(doc, m) or _bracket_owner(doc, m) or _described_owner(doc, m) \
            or _capacity_owner(doc, m, chosen) or _joint_owners(doc, m, chosen) or chosen \
            or _quoted_speaker(doc, m)
        paragraph = doc.paragraph(m.start)[0]
        # 全国20个试点城市之一: the set's owner is written, no count of regions is read
        region = None if chosen is not None and chosen.rule == SET_OWNER.name else _counted_regions(doc, m)
        if isinstance(region, Candidate):
            m.subject = Attribute(region.name, region.start, region.end, "explicit")
            m.refine(REGION_COUNT.name)
        elif region is not None:
            m.subject = Attribute(region, None, None, "document")
            m.refine(REGION_COUNT.name)
        elif (pointed := _pointed_joint(doc, m)) is not None and (chosen is None or chosen.end <= pointed.start):
            m.subject = Attribute(pointed.name, pointed.start, pointed.end, "inherited")  # …，两市GDP合计…
            m.refine(JOINT.name)
        elif m.kind == "rank" and (cleft := _cleft_owner(doc, m)) is not None:
            m.subject = Attribute(cleft.name, cleft.start, cleft.end, "explicit")  # 排在第五的是四川
            m.refine(CLEFT.name)
        elif chosen is not None:
            m.subject = Attribute(chosen.name, chosen.start, chosen.end, "explicit")
            m.refine(chosen.rule)
            if lookup(chosen.name) and _opens_sentence(doc, chosen):
                topic[paragraph] = chosen
        elif (named := _referred_back(doc, m, organisations)) is not None:
            m.subject = Attribute(named.name, named.start, named.end, "inherited")  # …股份有限公司是…。该公司去年…
            m.refine(STORY_FIRM.name if named.rule == STORY_FIRM.name else BACK_REFERENCE.name)
        elif _here_before(doc, m) and (firm := _latest(_firm_before(doc, m, firms), _place_site_before(doc, m, place_sites))):
            m.subject = Attribute(firm.name, firm.start, firm.end, "inherited")  # 在太仓港，…。去年，这里的吞吐量…
            m.refine(FIRM_CARRY.name)
        elif m.change_of_level and previous_figure is not None and previous_figure.subject is not None \
                and doc.sentence(previous_figure.start) == doc.sentence(m.start):
            m.subject = replace(previous_figure.subject, how="inherited")  # …的城市有65个，比上月增加3个
            m.refine(LEVEL_OWNER.name)
        elif round_up and \
                (carried := _sentence_topic(doc, m.start, sentence_topics) or topic.get(paragraph)) is not None:
            m.subject = Attribute(carried.name, carried.start, carried.end, "inherited")
            m.refine(TOPIC_CARRY.name)
        elif (carried := _continued_owner(doc, m, previous_owner)) is not None:  # (a national text: topic_carry)
            m.subject = Attribute(carried.name, carried.start, carried.end, "inherited")
            m.refine(CONTINUED.name)
        elif (firm := _firm_before(doc, m, firms)) is not None \
                and not place_pattern().search(doc.text, m.end, doc.sentence(m.start)[1]):  # (依托18个口岸，新疆…)
            m.subject = Attribute(firm.name, firm.start, firm.end, "inherited")
            m.refine(FIRM_CARRY.name)
        elif (firm := story_firm(doc)) is not None and firm.end <= m.start:
            m.subject = Attribute(firm.name, firm.start, firm.end, "inherited")
            m.refine(STORY_FIRM.name)
        elif doc.place:
            m.subject = Attribute(doc.place, None, None, "document")
            m.refine(f"{SUBJECT.name}.document")
        if round_up and m.subject \
                and (word := _province_word_pattern().match(doc.text, doc.clause_start(m.start))) \
                and (province := _province_of_owner(str(m.subject.value))) not in (None, m.subject.value):
            m.subject = Attribute(province, word.start(), word.end(), "explicit")
            m.refine(PROVINCE_WORD.name)
        if m.subject and m.subject.start is not None:
            previous_owner = (m, Candidate(m.subject.start, m.subject.end, m.subject.value))
        previous_figure = m
    share_subjects(doc)


def _province_of_owner(name: str) -> str | None:
    """The province of a place, or of the place that opens an organisation's name (贵阳大数据科创城)."""
    if (province := province_of(name)) is None and (opening := place_pattern().match(name)):
        province = province_of(opening.group())
    return province


@lexical_cache
def _province_word_pattern() -> regex.Pattern:
    return compiled(trie_pattern(_words()["document_province"]))


def _names_own_topic(doc: Document, m: Mention) -> bool:
    """…，74个国控断面水质优良比例达到100%: the number's clause opens with a noun or a count of its own."""
    opening = tag(doc.text[doc.clause_start(m.start):m.start])
    return opening[0][1] in ("n", "m", "nz", "vn") if opening else m.kind == "count"  # (the count opens it: 74个…)


def _names_a_thing(doc: Document, c: Candidate) -> bool:
    """厦门综合改革试点, 遵义铝业: the place opens the name of a thing of its own, which is its clause's topic,
    not an indicator of the place (厦门GDP, 厦门地区生产总值) nor a verb of the place's (厦门新增…)."""
    after = tag(doc.text[c.end:min(doc.clause_end(c.end), c.end + THING_AFTER)])
    return bool(after) and after[0][1] in ("n", "nz", "vn") and not opens_an_indicator(doc.text, c.end)


THING_AFTER = 12  # characters after a place where the name it opens is read


def _an_event_of_its_own(doc: Document, c: Candidate) -> bool:
    """瓦日铁路开通客运业务，…: in a report, the organisation's clause holds no figure and says what
    happened to it; the clauses after it have topics of their own."""
    end = doc.clause_end(c.start)
    i = bisect.bisect_left(doc.mentions, c.end, key=lambda m: m.start)
    if i < len(doc.mentions) and doc.mentions[i].start < end:
        return False
    return any(pos[0] == "v" or pos == "i" for _, pos in tag(doc.text[c.end:end]))  # (全面实现: an idiom's tag)


def _opens_with_action(doc: Document, m: Mention) -> bool:
    """…，新建农村户厕2.11万座: the number's clause opens with a verb of what was done (after its period)."""
    start = doc.clause_start(m.start)
    if start < m.start and (period := doc.period_at(start)) is not None:
        start = period.end
    opening = tag(doc.text[start:m.start])
    return bool(opening) and opening[0][0] in leading_verbs()  # (not 增长, 累计达到: the figure before goes on)


def _continued_owner(doc: Document, m: Mention, previous: tuple[Mention, Candidate] | None) -> Candidate | None:
    """其中出口1.2万亿元 after 我国进出口总值2.18万亿元。: a sentence that continues the one before
    (其中) keeps the owner that sentence's last figure had, when the text named it."""
    if previous is None:
        return None
    before, owner = previous
    sentence = doc.sentence(m.start)
    if not sentence[0] or not (doc.text.startswith(continuations(), sentence[0]) or _opens_with_its(doc, sentence[0], m.start)):
        return None
    return owner if doc.sentence(before.start) in (sentence, doc.sentence(sentence[0] - 1)) else None


def _opens_with_its(doc: Document, start: int, end: int) -> bool:
    """上半年，其增速仍领先全省: the sentence's words, past its period, open with 其 (not 其他, 其余 …)."""
    opening = doc.past_frames(start, end)
    its = _words()["owner_pronoun"]
    return doc.text.startswith(its["its"], opening) and not doc.text.startswith(tuple(its["not_words"]), opening)


@lexical_cache
def _region_noun() -> regex.Pattern:
    return compiled(trie_pattern(_words()["region_nouns"]))


def _counted_regions(doc: Document, m: Mention) -> str | Candidate | None:
    """28个省份, 6个万亿元城市, 21省: a count of regions belongs to the region that holds
    them (中国 for provinces; the document's province, else 中国, for cities)."""
    if m.kind != "count" or doc.text[max(0, m.start - 1):m.start] in load("attribution")["metric"]["partner_prepositions"]:
        return None  # 与8个省份建立合作: the partners of the clause's owner, not a region's
    nouns = set(_words()["region_nouns"])
    before = _patterns()["region_before"].search(doc.text, max(0, m.start - 8), m.start)
    if m.classifier in nouns:
        noun = m.classifier
    elif before:
        noun = before.group("noun")  # GDP超过万亿元的城市有2个
    else:
        tokens = tag(doc.text[m.end:m.end + 12])
        # 四个经济强省, 两个外贸大省: a kind of province is a province
        kinds = tuple(f"{size}{noun}" for size in _words()["province_kinds"] for noun in _words()["province_nouns"])
        at = next((i for i, (w, _) in enumerate(tokens[:3]) if w in nouns or w.endswith(kinds)), None)
        last = at
        while last is not None and last + 1 < len(tokens) and tokens[last + 1][0] in nouns:
            last += 1  # 省市/县 重点项目: kinds of region listed together, then what they name
        following = tokens[last + 1][1] if last is not None and last + 1 < len(tokens) else ""
        listed = _places_listed_before(doc, m)
        if at is None or following in _NAME_PART_TAGS and not listed or (at and tokens[0][0] in nouns):
            # 777个省市重点项目, 15000个省市县重点项目, 97家省级平台: the region word names the kind of thing (but
            # 广东、江苏等7个省市外贸…: the places listed before 等 are counted)
            return None
        noun = tokens[at][0]
    provinces = any(word in noun for word in _words()["province_nouns"])
    if (owner := _region_written_before(doc, m, provinces) or _reference_before(doc, m, described=bool(before))) is not None:
        return owner  # 长三角地区41个城市: the region written before the count holds them
    if provinces:
        return _words()["country_name"]
    if noun in _words()["county_nouns"] and doc.place:
        return doc.place  # 12个县（市、区）入选…: counties of the place the text is about
    place = lookup(doc.place)
    return place.name if place and place.province == place.name else _words()["country_name"]


def _places_listed_before(doc: Document, m: Mention) -> bool:
    """广东、江苏等7个省市: places listed and 等 right before a count of places (not 等3项省…专项: things)."""
    ends = tuple(load("attribution")["metric"]["enumeration_ends"])
    end = next((m.start - len(e) for e in ends if doc.text.endswith(e, 0, m.start)), None)
    if end is None or m.classifier not in load("attribution")["metric"]["place_count_classifiers"]:
        return False
    item = regex.split(r"[、，,。；;：:]", doc.text[doc.clause_start(m.start):end])[-1]
    return bool(item) and lookup(item) is not None


def _reference_before(doc: Document, m: Mention, described: bool) -> Candidate | None:
    """全国已有20个城市…, 全省共有12个县: a word for a region right before a count of places holds them;
    ``described``: the places are described before the count (全国GDP超过万亿元的城市有26个), the word
    may open that description."""
    end = before_bound(doc.text, m.start)
    found = None
    start = max(doc.clause_start(m.start), end - (DESCRIPTION_REACH if described else REFERENCE_REACH))
    for found in _reference_pattern().finditer(doc.text, start, end):
        pass
    if found is None or not (described or _owner_gap().fullmatch(doc.text, found.end(), end)):
        return None
    name = resolve_reference(found.group(), doc)
    return Candidate(found.start(), found.end(), name) if name else None


REFERENCE_REACH = 8  # characters between a region's word and its count: 全国 已经有 超过 20个
DESCRIPTION_REACH = 40  # …or its description of the places between (全国 GDP超过万亿元的城市有 26个): a bounded look back


def _region_written_before(doc: Document, m: Mention, provinces: bool) -> Candidate | None:
    """A region of provinces (or, for cities, a province) right before a count of places
    (江苏13个设区市, 中部六省); not the last of a list the count sums up (河南、安徽四省)."""
    start = max(doc.clause_start(m.start), m.start - 16)
    found = None
    for found in place_pattern().finditer(doc.text, start, m.start):
        pass
    if found is None or not _owner_gap().fullmatch(doc.text, found.end(), m.start) \
            or _list_before().search(doc.text, max(0, found.start() - 1), found.start()):
        return None
    place = lookup(found.group())
    if not place or place.province != place.name or provinces and place.level != REGION:
        return None
    return Candidate(found.start(), found.end(), place.name)


@lexical_cache
def _owner_gap() -> regex.Pattern:
    return compiled(rf"(?:{trie_pattern(_words()['count_owner_gaps'])})?")


@lexical_cache
def _list_before() -> regex.Pattern:
    return compiled(rf"(?:{alternation('attribution', 'lists', 'connectors')})$")


REGION_COUNT = Rule(
    produce=_counted_regions,
    name="subject.region_count",
    doc="A count of provinces or cities belongs to the region that holds them, not to one of them.",
    examples=(
        Example("一季度，已有25个省份公布了GDP数据，广东增长4.6%", {"span": "25个", "subject": "中国"}, place="中国"),
        Example("浙江省GDP超过万亿元的城市有2个", {"span": "2个", "subject": "浙江省"}, place="浙江省"),
        Example("广东、江苏和浙江三个外贸大省均实现增长", {"span": "三个", "subject": "中国"}, place="广东省"),
        # places listed before 等 and their count, whatever noun follows the region word
        Example("上半年，浙江、福建等6个省份外贸进出口增速超过10%。", {"span": "6个", "subject": "中国"}, place="中国"),
        Example("去年，珠三角9个城市中有6个城市GDP超过万亿元", {"span": "9个", "subject": "珠三角地区"}, place="广东省"),
        # a word for the country before the count, whatever place the text is about
        Example("今年以来，全国已有超过20个城市放宽了落户条件", {"span": "20个", "subject": "中国"}, place="湖北省"),
        Example("目前全国常住人口超过千万的城市有17个", {"span": "17个", "subject": "中国"}, place="湖北省"),
        # a province that has the cities counted holds them
        Example("山东一省就拥有3个万亿城市", {"span": "3个", "subject": "山东省"}, place="中国"),
    ),
    # the partners of the clause's owner are no region's count
    negatives=("今年以来，甘肃与12个省份签订了绿电交易协议",),
)


_NAME_PART_TAGS = frozenset({"n", "l", "b", "j", "vn", "nz", "ns", "nt", "a", "an", "ng"})


def _sentence_topic(doc: Document, pos: int, earlier: dict[int, Candidate | None]) -> Candidate | None:
    """The place that opens the last sentence of the paragraph before ``pos`` that opens with
    one (北京前三季度…。该市工业增长17.7%: 北京 is the topic), in a national document. ``earlier``
    keeps, per sentence start, what the sentences up to it gave: a paragraph of many sentences with no
    topic is looked back through once, not once per number."""
    paragraph = doc.paragraph(pos)[0]
    start = doc.sentence(pos)[0]
    own = _opening_topic(doc, start, min(start + TOPIC_REACH, pos, doc.sentence(start)[1]))
    if own is not None or start <= paragraph:
        return own
    start, passed = doc.sentence(start - 1)[0], []
    found = None
    while start >= paragraph:
        if start in earlier:
            found = earlier[start]
            break
        passed.append(start)
        found = _opening_topic(doc, start, min(start + TOPIC_REACH, doc.sentence(start)[1]))
        if found is not None or start == paragraph:
            break
        start = doc.sentence(start - 1)[0]
    for sentence in passed:
        earlier[sentence] = found
    return found


TOPIC_REACH = 40  # characters at the start of a sentence where the place that opens it may stand


def _opening_topic(doc: Document, start: int, end: int) -> Candidate | None:
    """The place the sentence at ``start`` opens with (searched up to ``end``), or None."""
    for found in place_pattern().finditer(doc.text, start, end):
        place = lookup(found.group())
        if (inner := place_pattern().match(doc.text, found.end())) and (inside := lookup(inner.group())):
            place = inside  # 福建厦门: the more specific place
        elif (county := _county_of(doc.text, found.end(), place)) is not None:
            place = county  # 福建晋江的鞋服产业…, 河南长垣被誉为…: a county's short form after its province
        candidate = Candidate(found.start(), found.end(), place.name)
        if place.level == REGION and not _holds_a_number(doc, start):
            return None  # 粤港澳大湾区规划建设迈出实质性步伐: a region is a topic only of its figures
        if _opens_sentence(doc, candidate) or (
                doc.text[found.start() - 1:found.start()] == "的" and _ends_first_clause(doc, found.end(), start)):
            return candidate  # 北京前三季度…; 排名第三的北京，…
        if doc.clause_start(found.start()) != start:
            return None  # only the first clause of a sentence names its topic
    return None


def _county_of(text: str, pos: int, province: Place | None) -> Place | None:
    """The county whose short form (two or three characters) is written at ``pos``, right after the name
    of ``province`` when it is a province, or None (a prefecture's name is the place pattern's, read before)."""
    if province is None or province.level != PROVINCE:
        return None
    for size in (3, 2):
        if (place := lookup(text[pos:pos + size])) is not None and place.level == COUNTY and place.province == province.name \
                and not text.startswith(_list_connectors(), pos + size):
            return place  # (云南罗平、师宗、陆良3家…: the first of a list of counties, no topic)
    return None


def _holds_a_number(doc: Document, sentence_start: int) -> bool:
    end = doc.sentence(sentence_start)[1]
    i = bisect.bisect_left(doc.mentions, sentence_start, key=lambda m: m.start)
    return i < len(doc.mentions) and doc.mentions[i].start < end


def _ends_first_clause(doc: Document, end: int, sentence_start: int) -> bool:
    """The place closes the first clause of its sentence (…排名第三的北京，)."""
    return doc.clause_start(end + 1) == end + 1 and doc.clause_start(end) == sentence_start


def _opens_sentence(doc: Document, c: Candidate) -> bool:
    """山东一季度GDP增长5.2%, 上半年，广西实现…: the place is the topic of its whole sentence
    (only a period or an opener may stand before it, in its clause or as a clause of its own)."""
    sentence_start = doc.sentence(c.start)[0]
    clause = doc.clause_start(c.start)
    return (clause == sentence_start or _only_periods(doc, sentence_start, clause - 1)) and _opens_clause(doc, c.start)


def _only_periods(doc: Document, start: int, end: int) -> bool:
    """[start, end) holds period expressions and nothing else (上半年, 1—6月)."""
    covered = sum(min(p.end, end) - p.start for p in doc.periods_between(start, end))
    return end > start and covered == end - start


def _capacity_owner(doc: Document, m: Mention, chosen: Candidate | None) -> Candidate | None:
    """The owner of a capacity written before its product, unless the clause names one nearer."""
    if m.kind != "amount" or m.change_of_level or m.unit not in _words()["capacity_units"] or scale_capacity(doc, m):
        return None  # (新一轮千亿斤粮食产能: a programme's round figure, the place's, no plant's)
    later = bisect.bisect_right(doc.mentions, m.start, key=lambda other: other.start)
    after = doc.text[m.end:doc.mentions[later].start if later < len(doc.mentions) else len(doc.text)]
    if not regex.match(r"[\p{Han}A-Za-z]", after) or not_a_noun(after) or not following_noun(after):
        return None
    phrase = phrase_before(doc, m)
    raw = regex.split(r"[、,，]", phrase)[-1].strip()
    if any(word in raw[-SUPERLATIVE_END:] for word in _words()["superlatives"]):
        return None  # 全球最大4000吨级全地面起重机: a superlative and its scope, no owner
    named = _without_trailing_verbs(raw)  # 日盛达新上 15GW → 日盛达
    cleaned = clean(named)
    if named != raw and cleaned:
        cleaned = named[max(0, named.find(cleaned)):]  # …whose 达 is no predicate: only its head is cleaned
    owner = _without_leading_verbs(_UNITS_TIMES.sub("", cleaned))  # 华润热电2×350兆瓦: 2× multiplies the unit
    if not owner or len(owner) > 8 or not _could_own(owner):
        return None
    at = m.start - len(phrase) + phrase.rfind(owner)  # the evidence is the owner's own words
    inside = chosen is not None and at <= chosen.start < chosen.end <= at + len(owner) \
        and all(pos in _DESCRIPTION_TAGS for _, pos in tag(owner.replace(doc.text[chosen.start:chosen.end], "", 1) or owner))
    if chosen is not None and chosen.end > m.start - len(phrase) and not inside:
        return None  # a nearer owner in the clause, unless it is part of this name (吉林 in 吉林化纤; not 吉林力争再)
    place = lookup(owner)  # 连云港 20万吨级航道: a place owns it under its full name
    return Candidate(at, at + len(owner), place.name if place else owner, CAPACITY_OWNER.name)


_UNITS_TIMES = compiled(r"\d+[×xX]$")
SUPERLATIVE_END = 3  # characters at the end of a capacity's owner where a superlative (最大, 首台) says there is none


def _could_own(owner: str) -> bool:
    """首条, 第一台, 每天 (a numeral or pronoun first) and 成功研制 (verbs only) name no owner."""
    tokens = tag(owner)
    return tokens[0][1] not in ("m", "r", "q") and not all(pos[0] in "vad" for _, pos in tokens)


def _without_leading_verbs(name: str) -> str:
    """开工建设兰州石化 → 兰州石化: the verbs before an owner's name."""
    verbs = by_length(load("attribution")["metric"]["leading_verbs"])
    while (verb := next((v for v in verbs if name.startswith(v) and len(name) > len(v) + 1), None)) is not None:
        name = name[len(verb):]
    return name


def _without_trailing_verbs(name: str) -> str:
    for verb in _words()["owner_verbs"]:
        if name.endswith(verb) and len(name) > len(verb):
            return name[:-len(verb)]
    return name


CAPACITY_OWNER = Rule(
    produce=_capacity_owner,
    name="subject.capacity_owner",
    doc="A capacity written right before its product (华阳新材 5 万吨碳纤维原丝) belongs to the name before it.",
    examples=(
        Example("华阳新材 5 万吨碳纤维原丝、凯盛 3 万吨光伏玻璃等项目加快推进", {"span": "3 万吨", "subject": "凯盛"}),
        Example("去年，晶澳新上10GW光伏组件项目", {"span": "10GW", "subject": "晶澳"}),
        Example("在宜昌，兴发集团年产5万吨电子级磷酸项目投产", {"subject": "兴发集团"}, place="湖北省"),
        # verbs before the owner go; a place owns it under its full name; 达 inside a name stays
        Example("今年开工建设南通30万吨级航道", {"subject": "南通市"}, place="江苏省"),
        Example("去年，华达新上5GW光伏组件项目", {"subject": "华达"}),
        Example("去年，九江石化年产80万吨芳烃项目投产", {"subject": "九江石化"}, place="江西省"),  # a place inside its name
        # 2× multiplies the unit, it is not part of the name
        Example("在南昌，赣能热电2×660兆瓦机组正在建设", {"span": "660兆瓦", "subject": "赣能热电"}, place="江西省"),
    ),
    # an ordinal, a verb or a superlative and its scope names no owner
    negatives=("去年，全省首条年产500吨碳纤维生产线投产", "成功研制2000千瓦级氢能机车", "研制出全球最大3000吨级履带起重机"),
)


def _described_owner(doc: Document, m: Mention) -> Candidate | None:
    """增速排名第三的北京，…: a number inside a description of a place belongs to the place."""
    at = m.end + (1 if doc.text[m.end:m.end + 1] in load("attribution")["scopes"]["rank_suffixes"] else 0)
    closed = False
    if doc.text[at:at + 1] != "的":
        # 拥有1.4亿人口的广东，…; 连续35年位居全国第一的广东，…: the description runs on to 的 and the place,
        # which closes its clause
        words = _DESCRIPTION_RUN.match(doc.text, at)
        if words is None:
            return None
        at, closed = words.end() - 1, True
    found = place_pattern().match(doc.text, at + 1)
    if found is None or closed and doc.clause_start(found.end() + 1) != found.end() + 1:
        return None
    after = tag(doc.text[found.end():doc.clause_end(found.end())][:DESCRIBED_REACH])
    if after and after[0][0] in _words()["firm_heads"]:
        return None  # …的北京企业: the place describes the firms after it (排名第三的北京，: the place)
    return Candidate(found.start(), found.end(), lookup(found.group()).name, DESCRIBED_OWNER.name)


DESCRIBED_REACH = 8  # characters after the place read for the word that follows it
_DESCRIPTION_RUN = compiled(r"[^，,。；;：:、（）()\d的]{1,8}的")  # the words of a description after its figure, to 的


DESCRIBED_OWNER = Rule(
    name="subject.described",
    doc="A number in a description of a place (增速排名第三的北京，…) belongs to the place.",
    examples=(Example("一季度GDP增速排名第二的湖北，工业增长9%", {"span": "第二", "subject": "湖北省"}, place="中国"),
              # the place may go on with its predicate (but 的北京企业: the firms own it)
              Example("上半年，占全国经济总量近四成的长三角地区保持了较快增长", {"span": "四成", "subject": "长三角地区"},
                      place="中国"),
              # …also a description that runs on after its figure, when the place closes its clause
              Example("拥有1.4亿人口的广东，消费市场潜力巨大。", {"span": "1.4亿人", "subject": "广东省"}, place="中国")),
    negatives=("增长10%的北京企业超过300家",),
)


def _bracket_owner(doc: Document, m: Mention) -> Candidate | None:
    """江西（6.9%）、福建（6.7%） and 北京10.7%、浙江10.6%: the place written right before the
    number (or its bracket) owns it."""
    bracket = bracketed(doc, m)
    end = m.start - 1 if bracket else m.start
    if not end or doc.text[end - 1] not in final_characters():
        return None
    if m.kind == "count" and not bracket and following_noun(doc.text[m.end:m.end + COUNTED_REACH]):
        return None  # 兰州新区、西固2个化工园区: the places listed are the things counted, no owner
    heads = name_heads()
    references = reference_words()  # 全州42个: the whole prefecture, not 全州县 of Guangxi
    for length in range(min(12, end), 1, -1):  # the longest name that ends at the number
        if doc.text[end - length:end] in references:
            return None
        if doc.text[end - length:end - length + 2] in heads and (place := lookup(doc.text[end - length:end])) is not None:
            opens_item = end - length == 0 or doc.text[end - length - 1] in "、：:，,；;"
            return Candidate(end - length, end, place.name, BRACKET_OWNER.name) if bracket or opens_item else None
    return None


COUNTED_REACH = 12  # characters after a count where the noun it counts is read


BRACKET_OWNER = Rule(
    name="subject.bracket", produce=_bracket_owner,
    doc="江西（6.9%）、福建（6.7%）, 北京10.7%、浙江10.6%: the place right before a number (or its "
        "bracket) that opens a list item owns it.",
    examples=(Example("一季度GDP增速居前的是福建（7.1%）、湖北（6.9%）", {"span": "6.9%", "subject": "湖北省"}, place="中国"),
              Example("从上半年GDP增速看，居前的是：海南11.2%、湖北9.8%、四川8.6%。",
                      {"span": "9.8%", "subject": "湖北省", "kind": "growth", "metric": "GDP"}, place="中国"),
              ),
    # 全州 is the document's prefecture, not 全州县 of Guangxi
    negatives=("全年空气质量优良天数比例98%，全州36个国控断面水质达标",
               "获批创建通渭、崆峒2个现代农业产业园"),  # the places listed are what is counted
)


def _one_of_set(doc: Document, m: Mention) -> Candidate | None:
    """成为全国首批12个实验区之一, 达孜县是西藏23个重点县之一: the count of a set belongs to the
    scope written before it (全国, or a place), not to the member the clause is about."""
    if m.kind != "count" or not _patterns()["one_of"].match(doc.text, m.end, m.end + REACH):
        return None  # (bounded: the pattern reads to the end of the clause for each count)
    if owner := _patterns()["set_owner"].search(doc.text, max(0, m.start - 8), m.start):
        name = resolve_reference(owner.group(1), doc)
        return Candidate(owner.start(1), owner.end(1), name, SET_OWNER.name) if name else None
    found = None
    for found in place_pattern().finditer(doc.text, max(doc.clause_start(m.start), m.start - 12), m.start):
        pass
    if found is None or not _owner_gap().fullmatch(doc.text, found.end(), m.start) or not (place := lookup(found.group())):
        return None
    return Candidate(found.start(), found.end(), place.name, SET_OWNER.name)


COUNTED_OWNER = Rule(
    name="subject.counted_owner",
    doc="A count of places or zones a description names (39个重灾县(市), 12个贫困县) opening a clause and doing what the "
        "clause says (实现, 完成) owns its figures, named as written.",
    examples=(Example("2012年，18个极重灾县实现地区生产总值1200亿元，增长12%。", {"span": "12%", "subject": "18个极重灾县"},
                      place="四川省"),),
    negatives=(),
)


def _counted_owners(doc: Document, start: int, end: int) -> list[Candidate]:
    """COUNTED_OWNER's candidates in [start, end), in a story (a report's clauses after it are items of its own)."""
    if doc.genre == "work_report":
        return []
    return [Candidate(c.start(), c.end("set"), c.group("set"), COUNTED_OWNER.name)
            for c in _counted_owner_pattern().finditer(doc.text, start, end) if _opens_clause(doc, c.start())]


def past_count(name: str) -> int:
    """Where the places' description begins in a counted owner's name (18个|极重灾县)."""
    found = _owner_count().match(name)
    return found.end() if found else 0


@lexical_cache
def _owner_count() -> regex.Pattern:
    return compiled(rf"[\d{NONZERO_DIGIT_CHARS}{SMALL_UNIT_CHARS}]{{1,4}}(?:{trie_pattern(_words()['counted_owner_classifiers'])})")


@lexical_cache
def _counted_owner_pattern() -> regex.Pattern:
    w = _words()
    return compiled(rf"(?P<set>{_owner_count().pattern}(?P<described>\p{{Han}}{{1,{DESCRIBED_SET}}}?)"
                    rf"(?:{trie_pattern(w['counted_owner_nouns'])})(?:\([^()]{{1,6}}\))?)(?={trie_pattern(w['counted_owner_verbs'])})")


DESCRIBED_SET = 4  # characters at most of the description before the places' noun (极重灾县, 国家级贫困县)


SET_OWNER = Rule(
    name="subject.set_owner", produce=_one_of_set,
    doc="成为全国首批12个…之一: the count of a set belongs to the scope that holds the set.",
    examples=(Example("该县入选全国首批30个“数字乡村发展示范县”之一", {"span": "30个", "subject": "中国"}),
              Example("南通市成为全国20个综合试点城市之一", {"span": "20个", "subject": "中国"}, place="江苏省"),
              Example("墨竹工卡县是西藏12个高原特色农业示范县之一", {"span": "12个", "subject": "西藏自治区"}, place="中国"),
              Example("长治市是山西省11个地级市之一，全市GDP增长5%", {"span": "11个", "subject": "山西省"}, place="长治市")),
    negatives=(),
)


def _rank_verb_between(doc: Document, c: Candidate, m: Mention) -> bool:
    """A named place, then a rank verb (位列, 居, 排名 …): the place holds the rank."""
    between = doc.text[c.end:m.start]
    scopes = load("attribution")["scopes"]
    return 0 < len(between) <= 4 and between.endswith(tuple(scopes["rank_verbs"])) and lookup(c.name) is not None \
        and doc.text[c.start:c.end] not in scopes["words"]


def route(text: str, start: int, end: int) -> tuple[int, int] | None:
    """深圳到中山车程, 西宁与兰州高铁通行时间: two places joined as a way between them, with what is measured of
    it, in text[start:end] — the span of the places, else None. The places name the way, they own nothing."""
    words = _words()["routes"]
    if not any(joiner in text[start:end] for joiner in words["joiners"]):
        return None  # (most phrases: no scan for places)
    for first in place_pattern().finditer(text, start, end):
        at = first.end()
        if text[at:at + 1] in words["vias"] and (passed := place_pattern().match(text, at + 1, end)):
            at = passed.end()  # 银川经包头至北京: a place on the way between them
        if text[at:at + 1] not in words["joiners"] or not (second := place_pattern().match(text, at + 1, end)):
            continue
        tail = text[second.end():min(end, second.end() + ROUTE_REACH)]
        if any(noun in tail for noun in words["measures"]):
            return first.start(), second.end()
    return None


ROUTE_REACH = 8  # characters after the second place where what is measured of the way is named (高铁通行时间)


def _is_scope_or_basis(doc: Document, c: Candidate, m: Mention) -> bool:
    """全国 in 全国前三, 全省 in 比全省平均高: not the owner of the number."""
    if m.kind == "rank" and m.start - c.end <= 2 and not _rank_verb_between(doc, c, m) \
            and not any(v in doc.text[c.end:m.start] for v in load("attribution")["scopes"]["rank_copulas"]):
        return True  # (not sliced: the candidate may stand far back); 南京位列第二, 欧盟为我第二大…: the name ranks
    if m.kind == "share" and (whole := share_whole(doc.text, m)) and whole[0] == c.start:
        return True  # 全国50%的光伏玻璃…在安徽生产: the whole of the share, not its owner
    # 比全省, 向北京: an object; but 在西藏，…: a place that closes its clause after 在 frames the clauses after it
    framed = doc.clause_end(c.start) == c.end and doc.clause_start(c.start) == c.start - 1
    return c.rule != CONTRIBUTION_PLACE.name and doc.text[max(0, c.start - 1):c.start] in _words()["object_markers"] and not framed
