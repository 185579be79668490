"""Gold annotations for nw_cctv_20150803_fujian_ftz_2015 (corpora/).

央视网消息（新闻联播）, 2015-08-03: 【深改前沿 聚焦自贸试验区】福建：畅通往来 促进两岸经贸繁荣.
The excerpt is the whole source, lines 1-7 of
shared/texts/news/nw_cctv_20150803_fujian_ftz_2015.txt (669 characters: the article is
shorter than 2,500 characters, so all of it is taken), copied by code from the source
bytes, never retyped.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20150803_fujian_ftz_2015.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20150803_fujian_ftz_2015"
PLACE = "福建省"
REF = "2015-08-03"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 7                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "【深改前沿 聚焦自贸试验区】福建：畅通往来 促进两岸经贸繁荣"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
STRAIT_NOTE = "place term 两岸 (the two sides of the Taiwan Strait), not a count"

# Periods (reference date 2015-08-03, the broadcast): 今年上半年 = 2015 H1.
H1 = P("今年上半年", "2015-01-01", "2015-06-30")
# 挂牌以来: since the free-trade zone was inaugurated (挂牌) — 2015-04-21 (public record; the
# text gives no date), up to the broadcast.  Alts: open start, and null.
SINCE = P("挂牌以来", "2015-04-21", REF)
SINCE_ALTS = [P("挂牌以来", None, REF), P("挂牌以来", None, None)]
# 短短3个月时间: the three months since the 平潭 pilot began (start not stated), up to about
# the broadcast.  Gold: text only; alts: open start ending at the broadcast, and the three
# months before the broadcast.
M3 = P("短短3个月时间", None, None)
M3_ALTS = [P("短短3个月时间", None, REF), P("短短3个月时间", "2015-05-03", REF)]

FTZ = "中国（福建）自由贸易试验区"
FTZ_ALTS = ["福建自贸试验区", "福建自由贸易试验区", "自贸试验区", "试验区", "福建省", "福建"]
PT = dict(subject="中国（福建）自由贸易试验区平潭片区",
          subject_alts=["平潭片区", "福建自贸试验区平潭片区", "福建自由贸易试验区平潭片区",
                        FTZ, "福建自贸试验区", "平潭", "福建省"])
PT_NOTE = ("imports under the 平潭片区 pilot of line 3 (采信台湾认证认可结果和检验检测结果): "
           "the 平潭 area of the FTZ owns the number (full name; 平潭片区, the FTZ and the "
           "province as alts)")

# ---- line 1: title ---------------------------------------------------------------------
g.neg("促进两岸经贸繁荣", "两岸", STRAIT_NOTE + " (title)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("促进海峡两岸的经济", "两岸", STRAIT_NOTE)
g.neg("在畅通两岸人员往来", "两岸", STRAIT_NOTE)
g.neg("先行先试了一系列举措", "一系列", "vague quantifier 一系列 (README §2)")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("在全国范围内首次试点", "首次", "first-time claim 首次, not a rank or count")
g.neg("申请3C认证", "3C", "name of the China Compulsory Certification mark (3C认证), a label, "
      "not a quantity")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("短短3个月时间", "3个月", PERIOD_NOTE + " ('in just three months': the time frame of "
      "the counts after it, like 近三年来 in README §2, not a duration fact of its own; "
      "judgement call)")
M3_NOTE = ("period: 短短3个月时间 (the months since the pilot began; start not stated) → text "
           "only, start/end null; alts: null..reference date and the three months before it")
g.fact("台湾的72批次小家电", "72批次", value=72, unit="count", kind="count", classifier="批次",
       metric="小家电",
       metric_alts=["台湾小家电", "来自台湾的小家电", "免检进口小家电", "获得免检进口的小家电",
                    "免检进口的台湾小家电", "获得免检进口的台湾小家电", "小家电批次",
                    "免检进口台湾小家电"],
       **PT, period=M3, period_alts=M3_ALTS,
       note="counted noun 小家电 (README §3); the set is defined by 来自台湾 … 获得了免检进口 "
            "(alts); " + PT_NOTE + "; " + M3_NOTE)
g.fact("和125批次白酒", "125批次", value=125, unit="count", kind="count", classifier="批次",
       metric="白酒",
       metric_alts=["台湾白酒", "来自台湾的白酒", "免检进口白酒", "获得免检进口的白酒",
                    "免检进口的台湾白酒", "获得免检进口的台湾白酒", "白酒批次",
                    "免检进口台湾白酒"],
       **PT, period=M3, period_alts=M3_ALTS,
       note="来自台湾的 distributes over both items; " + PT_NOTE + "; " + M3_NOTE)
g.fact("货值近1700万元", "1700万元", value=1.7e7, unit="CNY", kind="amount", bound="approx",
       metric="货值",
       metric_alts=["免检进口货值", "免检进口货物货值", "免检进口商品货值", "货物价值",
                    "进口货值", "免检进口台湾产品货值"],
       **PT, period=M3, period_alts=M3_ALTS,
       note="近 → approx (outside the span); value of the 72 + 125 batches; " + M3_NOTE)

# ---- line 5 ----------------------------------------------------------------------------
g.neg("鼓励两岸青年", "两岸", STRAIT_NOTE)

# ---- line 6 ----------------------------------------------------------------------------
g.fact("上百项创新政策", "上百项", value=100, unit="count", kind="count", bound="ge",
       classifier="项", metric="创新政策",
       metric_alts=["创新政策数量", "自贸试验区创新政策", "福建自贸试验区创新政策"],
       subject=FTZ, subject_alts=FTZ_ALTS,
       period=None, period_alts=[H1, P("今年上半年", REF, REF)],
       note="上百 → 100 ge (SPEC §2; the lexicalized prefix stays in the span, as 上万个 / "
            "上百道); the FTZ owns its policies (full name; short forms as alts); it precedes "
            "今年上半年 in the line and a news feature has no document period → null (alts: "
            "2015 H1, and the stock reading at the broadcast)")
g.neg("今年上半年，闽台", "今年上半年", PERIOD_NOTE)
FJ_NOTE = ("闽台人员往来 / 货物 (Fujian–Taiwan traffic) is a provincial statistic: "
           "subject 福建省, the FTZ (whose policies are credited) and 闽台 as alts; "
           "judgement call")
FJ = dict(subject="福建省", subject_alts=["福建", "闽台", "闽", FTZ, "福建自贸试验区"])
PAX = ["闽台港口直航人员", "直航人员", "港口直航人员往来", "闽台人员往来", "港口直航旅客",
       "港口直航人数", "闽台港口直航人员往来", "人员往来"]
g.fact("港口直航人员91万", "91万", value=910000, unit="count", kind="count", classifier="人",
       metric="港口直航人员", metric_alts=PAX, **FJ, period=H1,
       note="no classifier written (人员91万): 人 implied; 今年上半年 → 2015 H1; " + FJ_NOTE)
g.fact("人员91万，同比增长10.2%", "10.2%", value=10.2, unit="%", kind="growth",
       metric="港口直航人员", metric_alts=PAX, comparison="yoy", **FJ, period=H1)
GOODS = ["货物贸易量", "闽台货物贸易", "闽台货物贸易量", "港口直航货物", "港口直航货物贸易",
         "闽台港口直航货物贸易", "货运量", "闽台货物贸易往来"]
g.fact("货物贸易达到1548万吨", "1548万吨", value=1.548e7, unit="t", kind="amount",
       metric="货物贸易", metric_alts=GOODS, **FJ, period=H1,
       note="达到 → eq; tonnage of the half-year's cross-strait goods trade (a flow); "
            + FJ_NOTE)
g.fact("1548万吨，同比增长38.3%", "38.3%", value=38.3, unit="%", kind="growth",
       metric="货物贸易", metric_alts=GOODS, comparison="yoy", **FJ, period=H1)

# ---- line 7 ----------------------------------------------------------------------------
FTZ_D = dict(subject=FTZ, subject_alts=FTZ_ALTS, period=SINCE, period_alts=SINCE_ALTS)
SINCE_NOTE = ("挂牌以来 → from the FTZ's inauguration (2015-04-21, public record, not in "
              "the text) to the broadcast; alts null..reference date, null")
FIRMS = ["备案企业数量", "新备案企业", "备案企业数", "自贸试验区备案企业", "福建自贸试验区备案企业"]
g.fact("备案企业324家", "324家", value=324, unit="count", kind="count", classifier="家",
       metric="备案企业", metric_alts=FIRMS, **FTZ_D,
       note="firms registered (备案) since the inauguration: a flow over 挂牌以来 (it has a "
            "同比 growth), not a stock; " + SINCE_NOTE)
g.fact("324家，同比增长285.7%", "285.7%", value=285.7, unit="%", kind="growth",
       metric="备案企业", metric_alts=FIRMS, comparison="yoy", **FTZ_D,
       note="同比 over the same months of 2014; " + SINCE_NOTE)
FDI = ["签订外资合同额", "外资合同金额", "合同外资", "合同外资额", "签订外资合同金额"]
g.fact("外资合同额81.9亿元", "81.9亿元", value=81.9e8, unit="CNY", kind="amount",
       metric="外资合同额", metric_alts=FDI, **FTZ_D, note=SINCE_NOTE)
g.fact("81.9亿元，同比增长362.1%", "362.1%", value=362.1, unit="%", kind="growth",
       metric="外资合同额", metric_alts=FDI, comparison="yoy", **FTZ_D)
TW = ["台湾投资额", "来自台湾的外资合同额", "台资合同额", "台湾外资合同额", "台资", "投资额",
      "台湾的投资额", "来自台湾投资额"]
g.fact("投资额达到18.3亿元", "18.3亿元", value=18.3e8, unit="CNY", kind="amount",
       metric="来自台湾的投资额", metric_alts=TW, **FTZ_D,
       note="其中 → part of the 81.9亿元 contracts; 达到 → eq; " + SINCE_NOTE)
g.fact("18.3亿元，同比增长275%", "275%", value=275, unit="%", kind="growth",
       metric="来自台湾的投资额", metric_alts=TW, comparison="yoy", **FTZ_D)

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-7 (669 characters, "
    "a byte copy made by code; shorter than 2,500 characters, so all of it). Date "
    "2015-08-03: the 新闻联播 broadcast date (shared meta: file name and pubtime "
    "2015-08-03 19:16:55); nothing contradicts it (今年上半年 = 2015 H1 is the latest data; "
    "the FTZ was inaugurated on 2015-04-21, and 短短3个月时间 fits). 今年 = 2015. "
    "Place: 福建省 (shared meta; the story is about 中国（福建）自由贸易试验区). Subjects: "
    "the FTZ's own figures (上百项 policies, 备案企业, 外资合同额, 台湾投资额) → full name "
    "中国（福建）自由贸易试验区 (福建自贸试验区, 试验区, 福建省 as alts); the 平潭 pilot "
    "imports (72/125批次, 近1700万元) → 中国（福建）自由贸易试验区平潭片区; the 闽台 traffic "
    "of H1 (港口直航人员, 货物贸易) → 福建省 (a provincial statistic; FTZ as alt). Periods: "
    "今年上半年 → 2015-01-01..2015-06-30 (line 6); 挂牌以来 → 2015-04-21..2015-08-03 "
    "(inauguration date from the public record; alts null..ref, null); 短短3个月时间 → "
    "text only (start not stated; alts null..ref and 2015-05-03..ref); 上百项 precedes any "
    "period in its line → null. Negatives: 两岸 ×4 (place term), 一系列, 首次, 3C (label), "
    "3个月 (time frame of the counts, not a duration fact — judgement call), 今年上半年.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
