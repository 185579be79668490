"""Gold annotations for nw_cctv_20120803_shenyang_2012 (corpora/).

央视网消息(新闻联播), 2012-08-03: 【科学发展 成就辉煌】沈阳：东北振兴的样本.
The excerpt is the whole source, lines 1-10 of
shared/texts/news/nw_cctv_20120803_shenyang_2012.txt (a short news item of 871 characters,
so all of it is taken), copied by code from the source bytes, never retyped.  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20120803_shenyang_2012.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20120803_shenyang_2012"
PLACE = "辽宁省沈阳市"
REF = "2012-08-03"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 10                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "【科学发展 成就辉煌】沈阳：东北振兴的样本"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="文字编辑：见红蕊)")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
FIRST_NOTE = "first-of-its-kind claim {}, not a measured rank or count"

SY = dict(subject="沈阳市", subject_alts=["沈阳", "辽宁省沈阳市", "沈阳市铁西区", "铁西区",
                                        "沈阳铁西区"])
TIEXI = dict(subject="沈阳市铁西区", subject_alts=["铁西区", "沈阳铁西区", "铁西", "铁西老工业区",
                                              "沈阳市"])
NEWZONE = dict(subject="沈阳市铁西区",
               subject_alts=["铁西新区", "新区", "铁西区", "沈阳铁西区", "铁西", "新工业区",
                             "沈阳市"])
TOOL = dict(subject="沈阳机床集团",
            subject_alts=["沈阳机床", "沈阳机床（集团）有限责任公司", "沈阳机床(集团)有限责任公司"])

NOW = P("如今", REF, REF)
NOW_ALTS = [P("如今", None, REF), P("如今", None, None)]
THEN = P("当年", "2002-01-01", "2002-12-31")       # 当年 = 十年前 (2012 − 10)
THEN_ALTS = [P("十年前", "2002-01-01", "2002-12-31"), P("当年", None, None)]
Y2011 = P("2011年", "2011-01-01", "2011-12-31")

# ---- line 1: title (no numerals) -----------------------------------------------------------

# ---- line 2 --------------------------------------------------------------------------------
g.neg("新闻联播)：10年的改革发展", "10年", PERIOD_NOTE + " (10年的改革发展 'ten years of "
      "reform', about 2002-2012; not a duration fact, as 近三年来 in README §2)")
g.fact("带着3倍于振兴初期的经济总量", "3倍", value=3, unit="times", kind="ratio",
       metric="经济总量",
       metric_alts=["经济总量相当于振兴初期的倍数", "经济总量与振兴初期之比", "经济规模",
                    "地区生产总值", "GDP"],
       subject="东北老工业基地",
       subject_alts=["东北", "东北地区", "走出困境的东北老工业基地", "东北三省"],
       period=NOW,
       period_alts=NOW_ALTS + [P("如今", "2011-01-01", "2011-12-31")],
       note="3倍于振兴初期 = 3 times the size at the start of the revitalisation (2003) → "
            "ratio 3 times; the basis stays in the note/alts (ratio facts carry no "
            "comparison, as the other ratio golds); the economy belongs to the 东北老工业基地 "
            "of the sentence; 如今 → instant at the reference date (the last full year 2011, "
            "null..ref and null as alts)")

# ---- line 3 --------------------------------------------------------------------------------
g.neg("我国第一家综合类的工业博物馆", "第一家", FIRST_NOTE.format("第一家 'the first such "
      "museum'"))

# ---- line 4 --------------------------------------------------------------------------------
g.fact("有几百个共和国第一", "几百个", value=100, unit="count", kind="count", bound="gt",
       classifier="个", metric="共和国第一",
       metric_alts=["共和国第一的展品", "展品", "共和国第一数量", "“共和国第一”"],
       subject="工业博物馆",
       subject_alts=["博物馆", "中国工业博物馆", "综合类的工业博物馆", "沈阳市铁西区", "沈阳市"],
       note="几百个 'several hundred' → 100, gt (as 数十 → 10 gt and 十几万 → 1e5 gt in SPEC "
            "§2); the museum holds them (README §4); no period expression in the line → null")
g.neg("几百个共和国第一", "第一", "part of the label 共和国第一 ('firsts of the Republic', the "
      "items counted by 几百个), not a rank")
g.neg("展品跨越了两个时代", "两个", "rhetoric 跨越了两个时代 ('span two eras', the planned and "
      "the market economy), not a measured count (judgement call)")
g.neg("辉煌和十年变迁", "十年", PERIOD_NOTE + " (十年变迁 'the changes of ten years', as 10年的"
      "改革发展)")

# ---- line 5 --------------------------------------------------------------------------------
g.fact("在距离博物馆14公里的沈阳南部", "14公里", value=14000, unit="m", kind="amount",
       metric="距离博物馆",
       metric_alts=["距离", "与博物馆的距离", "到博物馆的距离", "距博物馆距离"],
       subject="沈阳南部",
       subject_alts=["十二届全运会的场馆和全运村", "全运会场馆", "全运村", "沈阳市",
                     "沈阳南部的全运会场馆"],
       note="a technical magnitude (README §2): 公里 ×1e3 m; the southern district (where the "
            "全运会 venues stand) lies 14 km from the museum; no period → null")
g.neg("沈阳南部，一批新的", "一批", "quantifier 一批 (SPEC §1)")
g.neg("十二届全运会的场馆", "十二届", "event label 十二届全运会 (the 12th National Games), "
      "not a quantity")
g.neg("封顶。第一次当上东道主", "第一次", FIRST_NOTE.format("第一次 'for the first time'"))

# ---- line 6: 铁西 ten years ago -------------------------------------------------------------
g.neg("是十年前的铁西", "十年前", PERIOD_NOTE + " (2012 − 10 = 2002; 当年 refers to it)")
g.fact("当年，几千家国有大中型企业", "几千家", value=1000, unit="count", kind="count",
       bound="gt", classifier="家", metric="国有大中型企业",
       metric_alts=["国有大中型企业数量", "企业", "国有大中型企业云集"],
       **TIEXI, period=THEN, period_alts=THEN_ALTS,
       note="几千家 'several thousand' → 1000, gt (as 几百个); 当年 = 十年前 = 2002; the 铁西 "
            "of the previous sentence owns the numbers of the line")
g.fact("95%以上的企业亏损", "95%", value=95, unit="%", kind="share", bound="ge",
       metric="亏损企业占比",
       metric_alts=["企业亏损比重", "亏损企业比重", "亏损企业", "企业亏损面", "亏损面",
                    "亏损企业占比重", "企业亏损"],
       **TIEXI, period=THEN, period_alts=THEN_ALTS,
       note="以上 → ge (outside the span); the share of the enterprises making losses; 2002")
g.fact("13万产业工人下岗失业", "13万", value=130000, unit="count", kind="count",
       classifier="人", metric="下岗失业产业工人",
       metric_alts=["产业工人下岗失业", "下岗失业工人", "下岗失业", "产业工人", "下岗失业人数",
                    "下岗失业产业工人数量"],
       **TIEXI, period=THEN, period_alts=THEN_ALTS,
       note="a bare count of people: no classifier is written (the span is the number "
            "only); classifier 人 (persons) implied, as the table cells counted in 人; 2002")
g.fact("负债总额近300亿元", "300亿元", value=3e10, unit="CNY", kind="amount", bound="approx",
       metric="负债总额",
       metric_alts=["负债", "企业负债总额", "债务总额"],
       **TIEXI, period=P("当年", "2002-12-31", "2002-12-31"),
       period_alts=[THEN] + THEN_ALTS,
       note="近 → approx (outside the span); a stock of debt → instant at the end of 2002 "
            "(the year 2002 and null as alts)")

# ---- line 7 --------------------------------------------------------------------------------
g.neg("源自于十年前开始的艰苦变革", "十年前", PERIOD_NOTE + " (2002)")

# ---- line 8: 沈阳机床集团 -------------------------------------------------------------------
g.neg("销售收入10年增长了18倍", "10年", PERIOD_NOTE + " ('in 10 years': the span over which "
      "the sales grew; not a duration fact)")
TEN = P("10年", "2002-01-01", "2011-12-31")
g.fact("销售收入10年增长了18倍", "18倍", value=18, unit="times", kind="ratio",
       metric="销售收入",
       metric_alts=["销售收入增长倍数", "销售收入增长", "营业收入", "销售额"],
       **TOOL, period=TEN,
       period_alts=[P("10年", "2002-01-01", REF), P("10年", None, REF), P("10年", None, None),
                    P("10年", "2011-01-01", "2011-12-31")],
       note="增长了N倍 → ratio N times as written (as 增长3.3、1.4、1.1倍 in "
            "nw_chinanews_20211101); ratio facts carry no comparison; 10年 replaces 如今 of "
            "the line → the ten full years before the reference year, 2002..2011 (as 近三年, "
            "SPEC §4; the article pairs 2002 with 2011 in line 10; other readings as alts)")

# ---- line 9: the new district ------------------------------------------------------------
g.fact("如今，45家世界500强企业", "45家", value=45, unit="count", kind="count",
       classifier="家", metric="世界500强企业",
       metric_alts=["投资建厂的世界500强企业", "世界500强企业数量", "世界500强", "500强企业"],
       **NEWZONE, period=NOW, period_alts=NOW_ALTS,
       note="threshold 世界500强 defines the counted set (SPEC §2) → in the metric; 新区 = "
            "the new industrial district of 铁西 (line 7) → 沈阳市铁西区 (铁西新区 and 新区 as "
            "alts); the firms that have (相继) invested so far → stock, instant at the "
            "reference date under 如今")
g.neg("45家世界500强企业", "500强", "threshold 世界500强 defining the counted set, part of "
      "the metric of 45家 (SPEC §2), not a rank of the firms")
g.fact("和百余家跨国公司", "百余家", value=100, unit="count", kind="count", bound="gt",
       classifier="家", metric="跨国公司",
       metric_alts=["投资建厂的跨国公司", "跨国公司数量"],
       **NEWZONE, period=NOW, period_alts=NOW_ALTS,
       note="百余 → 100, gt (余 inside the span); as 45家")
g.fact("聚集了1000个系列", "1000个", value=1000, unit="count", kind="count", classifier="个",
       metric="装备制造业产品系列",
       metric_alts=["产品系列", "系列", "装备制造业系列", "装备制造业聚集产品系列"],
       **NEWZONE, period=NOW, period_alts=NOW_ALTS,
       note="the equipment industry of the district gathers 1000 product series (the counted "
            "noun 系列, of the 产品); 如今 governs the line → instant at the reference date")
g.fact("的近万种产品", "万种", value=10000, unit="count", kind="count", bound="approx",
       classifier="种", metric="装备制造业产品",
       metric_alts=["产品", "产品种类", "装备制造业产品种类", "装备制造业聚集产品"],
       **NEWZONE, period=NOW, period_alts=NOW_ALTS,
       note="近 → approx (outside the span: 近万种 → 万种, value 1e4)")

# ---- line 10 -------------------------------------------------------------------------------
g.neg("2011年，沈阳95%以上", "2011年", PERIOD_NOTE)
g.fact("沈阳95%以上的企业盈利", "95%", value=95, unit="%", kind="share", bound="ge",
       metric="盈利企业占比",
       metric_alts=["企业盈利比重", "盈利企业比重", "盈利企业", "企业盈利面", "盈利面",
                    "企业盈利"],
       **SY, period=Y2011,
       note="以上 → ge (outside the span); the text says 沈阳 (→ 沈阳市; the 铁西 of the "
            "story as alt: the pair with 95%以上的企业亏损 of line 6 suggests 铁西, judgement "
            "call); 2011")
g.fact("利润总额达到了692亿元", "692亿元", value=692e8, unit="CNY", kind="amount",
       metric="利润总额",
       metric_alts=["企业利润总额", "利润"],
       **SY, period=Y2011, note="达到了 → eq; 亿 ×1e8; 2011")
g.neg("是2002年的近40倍", "2002年", "basis year of the multiple (比 2002年), not a fact; "
      "the period of the fact stays 2011")
g.fact("是2002年的近40倍", "40倍", value=40, unit="times", kind="ratio", bound="approx",
       metric="利润总额",
       metric_alts=["利润总额相当于2002年的倍数", "利润总额与2002年之比", "企业利润总额", "利润"],
       **SY, period=Y2011,
       note="是2002年的N倍 → ratio (the 2011 profit over the 2002 one), 近 → approx (outside "
            "the span); comparison null (ratio facts carry none; the basis 2002 in the alts)")
g.neg("《东北振兴十二五规划》", "十二五", "plan name 十二五 (the 12th Five-Year Plan), not a "
      "quantity")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-10 (871 "
    "characters, a byte copy made by code): a short 新闻联播 item, so all of it is taken. "
    "Date: 2012-08-03, the broadcast date given by the source meta (file name; pubtime "
    "2012-08-03 19:15:31); the text agrees: its latest data are for 2011 (2011年…利润总额), "
    "the 十二届全运会 (held in 沈阳 in 2013) is 明年, and 国务院近期批复的《东北振兴十二五规划》 "
    "was approved in March 2012. The text has no 今年/全年/上年; 如今 = the reference date; "
    "十年前/当年 = 2002 (2012 − 10, the year the article also uses as the basis: 是2002年的近"
    "40倍). Place: 辽宁省沈阳市 (the source meta; subjects: 沈阳 → 沈阳市, 铁西 / 新区 → "
    "沈阳市铁西区, 沈阳机床集团, the museum, 东北老工业基地 for the 3倍 of line 2). Title: "
    "line 1 as written, with its column tag 【科学发展 成就辉煌】 (it is the meta title and "
    "the first line; as nw_cctv_20130512_sichuan_quake_areas_2013). Periods: a feature item "
    "with no document period; lines 4 and 5 have none → null; line 6: 十年前/当年 → 2002 "
    "(the debt, a stock, at the end of 2002); line 8: 10年 → 2002..2011 (the ten full "
    "years before the reference year); lines 2 and 9: 如今 → instant at the reference date; "
    "line 10: 2011年. Judgement calls: 几百个/几千家 → 100/1000 gt (as 数十 → 10 gt); "
    "两个时代 → negative (rhetoric); 共和国第一 and 第一家/第一次 → negatives; 3倍于振兴初期 "
    "and 是2002年的近40倍 → ratios (no comparison), 增长了18倍 → ratio 18 as written; "
    "近万种 → 1e4 approx; 14公里 → a distance fact; 95%以上的企业盈利 → 沈阳市 as written "
    "(铁西 as alt). Negatives: 10年 ×2, 十年, 十年前 ×2, 2011年, 2002年 (periods/basis), "
    "第一家, 第一 (共和国第一), 两个, 一批, 十二届, 第一次, 500强, 十二五. Not listed: 一样 "
    "(lexicalized).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 text of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
