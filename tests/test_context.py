"""What a document says about itself (czfacts/context.py): genre, date, place, data year."""
import pytest

from czfacts.context import date_in_name, document_period, genre_of, infer_place, infer_reference_date

WORK_REPORT = "2025年某省政府工作报告\n各位代表：\n过去一年，全省地区生产总值增长5%。全省粮食产量增长2%。全市不提。"
COMMUNIQUE = "2023年洛阳市国民经济和社会发展统计公报\n全年全市生产总值5000亿元。"


@pytest.mark.parametrize("text, genre", [
    (WORK_REPORT, "work_report"),
    (COMMUNIQUE, "communique"),
    ("国家统计局发布数据显示，4月份工业增加值增长6%。", "stats_release"),
    ("记者从市商务局获悉，今年一季度全市消费回暖。", "news"),
    # a review excerpt without its title: 过去一年 and 一年来 together mark a report
    ("过去一年是极不平凡的一年。一年来，全省新增城镇就业52万人，粮食产量再创新高。", "work_report"),
    ("一年来，这家企业的出口增长了三成。", "news"),  # one mark is not enough
    # an excerpt without any of those marks reads like a government speaking of what it does…
    ("深化国资国企改革，健全现代企业制度。加强基础设施建设，完善综合交通网络，新建农村公路3000公里。"
     "我们着力稳就业，加强职业技能培训，力争城镇新增就业50万人。", "work_report"),
    # a communiqué's later sections, by the words that count what there is at the year's end
    ("年末共有卫生机构520个，床位8000张。全年共接待游客1200万人次，比上年增长12%。", "communique"),
    # …a story of the same policies, by a reporter, does not
    ("记者近日走进园区了解到，当地深化改革、加强服务、完善配套，目前已有企业200家入驻。", "news"),
    # …and a short story with one of a government's words and no reporter's is no report
    ("长三角协同发展成效显著\n2024年，长三角地区生产总值合计达到33万亿元。三地产业协同不断深化，"
     "跨省技术合同成交额增长13%。区域铁路总里程达到1.5万公里，PM2.5平均浓度下降超过四成。", "news"),
    # a plan excerpt in the imperative, with none of those words: its sentences open with a verb of policy
    ("加快建设新能源电池材料基地，推动磷化工产业链延伸。培育壮大纺织服装产业，增加值增长16%左右。"
     "推进重点酒企改造升级，白酒产业完成产值1600亿元。持续优化营商环境，新增市场主体10万户。"
     "支持龙头企业扩大产能。全省新能源汽车产量增长60%。", "work_report"),
    # a review with three of a government's words and no reporter's
    ("全面深化改革，健全要素市场。全省地区生产总值增长5.2%，完善社会保障体系，城镇新增就业62万人。", "work_report"),
    # a review of achievements in which the government speaks of its own place, no reporter's word
    ("新能源汽车产量增长40%，集成电路产量增长18%，我省跻身全国制造业高质量发展第一方阵。", "work_report"),
    # …but a story quoting an official who says 我省 is a story
    ("“我省将加快发展新能源汽车。”省工信厅负责人表示，今年新能源汽车产量增长40%。", "news"),
])
def test_genre_from_the_head_of_the_text(text, genre):
    assert genre_of(text) == genre


@pytest.mark.parametrize("text, genre, place", [
    (COMMUNIQUE, "communique", "洛阳市"),
    ("中华人民共和国2023年国民经济和社会发展统计公报\n全年出生人口902万人。", "communique", "中国"),
    ("一季度，全国GDP增长5.3%，我国经济开局良好。广东增长4%，江苏增长5%，广东领先。", "news", "中国"),
    ("过去一年，全省生产总值增长5%，成都增长6%，全省投资增长3%，绵阳增长7%，成都继续领跑。", "work_report", "四川省"),
    ("今年以来，全市工业增加值增长6%。太原市新增企业300家，太原市全市投资增长4%。", "news", "太原市"),
    # a city named four times and its province never: the city's story, not the province's
    ("前三季度，宁波市出口增长9%，占全省出口的三成。宁波对东盟出口增长15%。东盟是宁波第一大贸易伙伴。宁波市商务局介绍。",
     "news", "宁波市"),
])
def test_place_at_the_level_the_text_speaks(text, genre, place):
    assert infer_place(text, genre) == place


def test_a_story_that_names_no_place_is_the_countrys():
    assert infer_place("今年以来，工业增加值增长6%。", "news") == "中国"
    assert infer_place("今年以来，工业增加值增长6%。", "work_report") is None  # an excerpt of a report: unknown


@pytest.mark.parametrize("headline, place", [
    ("【县域经济观察】浙江安吉：竹产业走出新路", "安吉县"),          # the places before the colon, the most specific
    ("【走进县城看发展】湖南宁乡：做强先进制造", "宁乡市"),
    ("前五个月我国服务贸易保持增长", "中国"),                        # the country's
    ("江西稳步推进产业升级 福建持续扩大开放", "中国"),                # two provinces: a round-up
    ("【新思想引领新征程】推动中部地区崛起迈上新台阶", "中部地区"),    # a region
    ("中西部外贸增速领先", "中西部地区"),                            # the longest region written
    ("湖南前三季度GDP增长5.6% 增速居全国前列", "湖南省"),             # the country as a rank's scope only
    ("湖南外贸增速高于全国", "湖南省"),
    ("湖南全国首创“一件事”改革", "中国"),                              # the country spoken of
    ("无锡上半年GDP突破8000亿元", "无锡市"),                           # the one place the headline opens with
])
def test_a_headline_names_the_place_of_its_story(headline, place):
    body = "\n央视网消息：今年以来，长沙、南昌、福州等地进出口增长较快，其中长沙增长8%。"
    assert infer_place(headline + body, "news") == place


def test_reference_date_prefers_the_dated_head():
    text = "某省政府工作报告\n2025年1月18日在省人民代表大会上\n省长\n各位代表：到2027年12月31日前完成改造。"
    assert infer_reference_date(text) == "2025-01-18"
    assert infer_reference_date("今年是2024年，全市增长5%。") == "2024-12-31"
    assert infer_reference_date("全市增长5%。") is None


@pytest.mark.parametrize("head, date", [
    ("2024-10-18 10:05 来源：新华网", "2024-10-18"),   # a web page's byline, with its time of day
    ("发布时间：2024/10/18", "2024-10-18"),
    ("2024.10.18", "2024-10-18"),
    ("版本1.2.3", None),                                # no date
    ("咨询电话 0351-2024-10-18", None),                   # digits of a number, no date
    ("2024-13-45 10:05", None),                          # no such day
])
def test_a_numeric_byline_dates_a_story(head, date):
    assert infer_reference_date(f"国家统计局：前三季度GDP增长4.8%\n{head}\n今年前三季度，国内生产总值增长4.8%。") == date


def test_a_datelines_place_is_where_the_story_was_filed():
    story = "新华社北京10月18日电 今年前三季度，国内生产总值949746亿元，同比增长4.8%。"
    assert infer_place(story, "news") == "中国"  # a national story filed from 北京, no story of 北京
    assert infer_place("新华社合肥10月18日电 安徽省前三季度GDP增长5.9%。安徽工业…", "news") == "安徽省"


def test_a_communique_title_names_the_data_year():
    period = document_period(COMMUNIQUE)
    assert (period.text, period.start, period.end) == ("2023年", "2023-01-01", "2023-12-31")
    assert document_period("记者获悉，全市消费回暖。") is None


@pytest.mark.parametrize("text, part", [
    # words of what will be done: the plan, the report's own year
    ("推进新型城镇化。加快推进4个城镇化试点，常住人口城镇化率提升至62%。开工改造老旧小区300个，"
     "确保年内交付。要健全住房保障体系，更好满足群众需求。", ("今年", "2025-01-01", "2025-12-31")),
    # words of what was done: the year before
    ("改革开放取得新成效。出台了支持民营经济的措施，经营主体达到800万户，民间投资增长了6%，外贸规模居全国第8位。",
     ("过去一年", "2024-01-01", "2024-12-31")),
    # a review of five years, said so more often than of one
    ("五年来，我们顶住下行压力。五年累计新增城镇就业6000万人，五年建成高速铁路1万公里，去年投资增长5%。",
     ("过去五年", "2020-01-01", "2024-12-31")),
])
def test_an_excerpt_of_a_report_without_its_headings_is_dated_by_its_words(text, part):
    period = document_period(text, "work_report", "2025-03-05")
    assert (period.text, period.start, period.end) == part


REVIEW_ITEMS = ("推动外贸稳中提质。新设跨境电商综试区60个，通关时间压减一半，口岸收费明显下降，外贸新业态快速发展，"
                "进出口规模连续跨上新台阶，对外贸易稳定增长，有力支撑了经济发展，稳住了外需基本盘，各项改革举措落地见效。"
                "加大民生投入，新改扩建学校2000所，基本养老保险参保人数增加1亿人，城乡居民收入稳步增长，群众获得感增强。"
                "加强生态保护，森林覆盖率提高到24%，地级以上城市空气质量优良天数比例达到87%，污染防治攻坚战取得决定性成效。")


@pytest.mark.parametrize("date, part", [
    # a report that opens a government's five-year term (2003, 2008, …) reviews the whole term…
    ("2023-03-05", ("过去五年", "2018-01-01", "2022-12-31")),
    # …any other year's, the year before
    ("2021-03-05", ("过去一年", "2020-01-01", "2020-12-31")),
])
def test_a_review_that_names_no_year_is_of_the_term_a_report_opens(date, part):
    period = document_period(REVIEW_ITEMS, "work_report", date)
    assert (period.text, period.start, period.end) == part


def test_a_report_from_its_head_reviews_the_year_before_whatever_its_words():
    text = "2025年政府工作报告\n要加快推进城镇化，力争常住人口城镇化率提升至62%，确保交付300个小区。"
    assert document_period(text, "work_report", "2025-03-05").start == "2024-01-01"


@pytest.mark.parametrize("date", ["2025-01-16", "2025-01", "2025"])
def test_a_work_report_reviews_the_year_before_whatever_the_date_precision(date):
    import czfacts
    text = ("各位代表：\n一年来，全省粮食产量增长2%，四季度投资增长6%。\n"
            "二、2025年工作总体要求和主要目标\n全省地区生产总值增长5%左右。")
    facts = {f.provenance.text: f for f in czfacts.extract(text, date=date, place="江西省")}
    assert (facts["2%"].period.start, facts["2%"].period.end) == ("2024-01-01", "2024-12-31")
    assert (facts["6%"].period.start, facts["6%"].period.end) == ("2024-10-01", "2024-12-31")
    assert (facts["5%"].period.start, facts["5%"].modality) == ("2025-01-01", "target")


@pytest.mark.parametrize("date", ["2024-04-20", "2024"])
def test_a_communique_without_its_title_reports_the_year_before(date):
    import czfacts
    text = "全年全市粮食产量300万吨，比上年增长2%。\n年末全市常住人口700万人。\n全年全市出生人口5万人。"
    facts = {f.provenance.text: f for f in czfacts.extract(text, date=date, place="洛阳市")}
    assert (facts["300万吨"].period.start, facts["300万吨"].period.end) == ("2023-01-01", "2023-12-31")
    assert facts["700万人"].period.end == "2023-12-31"
    assert facts["300万吨"].modality == "actual"


@pytest.mark.parametrize("given, place", [
    ("河南省洛阳市", "洛阳市"), ("长治", "长治市"), ("中国（70个大中城市）", "中国"),
    ("多省份（山东、广东、江苏）", "中国"), ("15个副省级城市（深圳、广州）", "中国"), ("四川省；云南省", "中国"),
    ("福建省（泉州、福州、厦门）", "福建省"), ("多省份（各地经济数据）", "中国"), ("东部与中西部地区", "东部与中西部地区"),
    ("长治经济开发区", "长治经济开发区"), ("長治市", "长治市"), ("ＳＨＡＮＸＩ", "SHANXI"), (None, None),
])
def test_a_given_place_names_one_place_or_none(given, place):
    from czfacts.context import given_place
    assert given_place(given) == place


def test_a_title_period_dates_a_text_without_a_date():
    from czfacts.context import infer_reference_date
    text = "2021年1—11月份全国规模以上工业企业利润增长38.0%\n1—11月份，全国规模以上工业企业实现利润总额79750.1亿元。"
    assert infer_reference_date(text) == "2021-11-30"
    assert infer_reference_date("2023年洛阳市国民经济和社会发展统计公报\n全年全市生产总值5481.6亿元。") == "2023-12-31"


@pytest.mark.parametrize("text, place", [
    ("长治推动转型。" + "长治市工业增长5%。" * 5 + "山西省发布。北京市合作。", "长治市"),           # one city, its province
    ("福州、厦门、泉州、漳州、莆田各市GDP均有增长。泉州增长5%，泉州投资增长6%。", "福建省"),    # a province's cities
    ("广东增长5%，江苏增长6%，山东增长7%，浙江增长4%。", "中国"),                              # a round-up
    ("长三角一体化。" + "长三角地区进出口增长5%。" * 4, "长三角地区"),                          # a region of provinces
    ("安徽外贸增长较快。" + "安徽出口增长8%，高于全国2个百分点。" * 4 + "全国进出口总值增长5%。", "安徽省"),  # one province, 全国 to compare
])
def test_the_place_a_story_is_about(text, place):
    from czfacts.context import infer_place
    assert infer_place(text, "news") == place


def test_a_work_report_without_a_dated_head_is_of_the_year_after_its_review_heading():
    review = "各位代表：\n一、1998年工作回顾\n过去一年，国内生产总值增长7.8%。" + "粮食生产稳定。" * 50 + "香港于1997年7月1日回归。"
    assert infer_reference_date(review, "work_report") == "1999-03-05"
    plan = "各位代表：\n过去一年，全省生产总值增长5%。\n二、2025年工作安排\n今年增长5%左右。"
    assert infer_reference_date(plan, "work_report") == "2025-03-05"
    # a news story keeps the latest date it writes
    assert infer_reference_date(review, "news") == "1997-07-01"


def test_a_report_without_its_title_is_of_the_province_it_names_far_more_often_than_any_other():
    """A provincial report says 全国 often (居全国第一) and names its province again and again; a national one
    names 香港 and 台湾 a few times each, and no province's report is of them."""
    body = "各位代表：\n" + "全省经济稳中有进，福建制造业增加值增长6%，居全国前列。" * 16 + "闽台融合，台湾青年来闽创业。" * 3
    assert infer_place(body, "work_report") == "福建省"
    national = "各位代表：\n" + "全国经济稳定增长，香港保持繁荣稳定。" * 20 + "台湾同胞是我们的骨肉兄弟。" * 4
    assert infer_place(national, "work_report") == "中国"


def test_a_report_that_calls_a_year_just_past_is_of_the_year_after():
    text = "各位代表：\n刚刚过去的1984年，是取得伟大成就的一年。到1990年，工农业总产值翻一番。今年要继续前进。"
    assert infer_reference_date(text, "work_report") == "1985-03-05"
    text = "各位代表：\n首先报告2001年的工作\n新世纪第一年，国内生产总值增长7.3%。\n进出口增长。\n从2002年1月1日起，关税下调。"
    assert infer_reference_date(text, "work_report") == "2002-03-05"
    # a plan heading of the old reports names the report's own year
    text = "各位代表：\n一、过去五年的工作\n五年来，经济增长较快。\n二、关于1998年政府工作的建议\n今年增长8%。香港于1997年7月1日回归。"
    assert infer_reference_date(text, "work_report") == "1998-03-05"


@pytest.mark.parametrize("name, genre, date", [
    ("nw_cctv_20170717_china_2017h1", "news", "2017-07-17"),  # an archive's story: the day it ran
    ("2024-10-18-xinhua", "news", "2024-10-18"),
    ("report_2019_03_05", "work_report", "2019-03-05"),
    ("sr_nbs_2017m04", "stats_release", "2017-04-30"),  # a monthly release: the month it reports
    ("wr_china_1989", "work_report", "1989-03-05"),  # a report is named by the year it is given in
    ("2020年政府工作报告", "work_report", "2020-03-05"),
    ("cm_luoyang_2023", "communique", "2024-03-31"),  # a communiqué by the year it reviews, issued the year after
    ("nw_village_banks_2026", "news", None),  # a story's lone year: written in it, or about it?
    ("wr_henan_2024_2025", "work_report", None),  # two years: which one?
    ("000_9e20170512b", "news", None),  # a content hash dates nothing
    ("nw_20171345", "news", None),  # no such day
    (None, "news", None),
])
def test_a_documents_name_may_date_it(name, genre, date):
    assert date_in_name(name, genre) == date


def test_a_dated_head_outranks_the_documents_name():
    import czfacts
    story = "本报北京2017年7月18日电 上半年，国内生产总值增长6.9%。"
    assert czfacts.Extractor().extract_document(story, doc_id="nw_20170101").date == "2017-07-18"
    named = czfacts.Extractor().extract_document("上半年，国内生产总值增长6.9%。", doc_id="nw_cctv_20170717")
    assert (named.date, named.date_source) == ("2017-07-17", "name")
    assert named.facts[0].period.start == "2017-01-01"


@pytest.mark.parametrize("text, date", [
    # an undated review heading: the year its first sentence opens with is the one reviewed
    ("各位代表：\n一、一年来工作回顾\n2003年，我们战胜了严重困难。全年粮食增产。\n二、今年主要任务\n今年增长7%左右。", "2004-03-05"),
    # a five-year plan reviewed: the report is of the year after the plan's last
    ("各位代表：\n一、“十一五”时期经济社会发展的回顾\n五年来，经济平稳较快发展。\n二、“十二五”时期的主要目标", "2011-03-05"),
    # a heading that names the plan year without a review word
    ("各位代表：\n一、过去五年的工作\n五年来，经济年均增长9%。\n二、2008年主要任务\n今年要做好以下工作。", "2008-03-05"),
])
def test_a_work_report_is_dated_by_its_section_headings(text, date):
    assert infer_reference_date(text, "work_report") == date


def test_a_story_that_says_today_is_of_the_year_after_the_latest_year_it_writes_that_is_no_goal():
    """A story that says 今年 and writes a year as over (2019年，…增长12%; no goal: 到2035年) was written the year
    after it (on the dev news that say 今年, 15 of 25 stories); one that names a part of that year still running
    (2022年上半年, 2021年1-2月) in that year; 今年是2024年 says which year it is."""
    story = "2019年，口岸进出口货运量增长12%。到2035年，口岸将全面建成。今年新开通国际航线3条。"
    assert infer_reference_date(story) == "2020-12-31"
    # a year a level rose to (提高到2024年的44%) is no goal
    assert infer_reference_date("比重从2021年的32%提高到2024年的44%。今年上半年增长5%。") == "2025-12-31"
    assert infer_reference_date("2022年上半年，全省GDP增长3%。今年以来，投资增长5%。") == "2022-12-31"
    assert infer_reference_date("2021年1-2月，全省出口增长30%，今年前两个月进口增长20%。") == "2021-12-31"
    assert infer_reference_date("2016年9月，园区开工。今年新签约项目8个。") == "2017-12-31"  # (a month alone: over)
