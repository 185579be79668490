"""Gold annotations for nw_cctv_20260424_china_fiscal_2026q1 (corpora/).

央视网消息（新闻联播）, 2026-04-24: 一季度全国财政收入增幅创3年来同期新高.  The excerpt is the whole
source, lines 1-6 of shared/texts/news/nw_cctv_20260424_china_fiscal_2026q1.txt (a short news
item, shorter than 2,000 characters, so all of it is taken), copied by code from the source
bytes, never retyped.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20260424_china_fiscal_2026q1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20260424_china_fiscal_2026q1"
PLACE = "中国"                           # a national release (财政部)
REF = "2026-04-24"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "一季度全国财政收入增幅创3年来同期新高"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="“两新”工作等。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("period expression naming a comparison basis ({}), not a fact and not the "
              "period of the value (SPEC §4: a basis is `comparison`)")
RECORD_NOTE = ("'the highest for the same period in 3 years' (创3年来同期新高): a time span "
               "qualifying a record, like 近三年来 (README §2), not a duration fact; no "
               "measured rank is stated")

# Periods (reference date 2026-04-24, the broadcast day: 今天（4月24日）财政部举行一季度财政收支
# 情况新闻发布会).  一季度 = 2026-01-01..2026-03-31; 今天 = 2026-04-24; 今年 = 2026.  Line 4 states
# no period: the item's document period is 一季度 (title and first line: it reports the Q1
# fiscal release), so its numbers take Q1 (SPEC §4), null as an alt.  前2个月 and 过去3年同期 are
# comparison bases, not periods.
Q1 = P("一季度", "2026-01-01", "2026-03-31")
Q1_DOC = P("一季度", "2026-01-01", "2026-03-31")
Q1_DOC_ALTS = [P("一季度", None, None)]
TODAY = P("今天", REF, REF)
THIS_YEAR = P("今年", "2026-01-01", "2026-12-31")

CN = dict(subject="中国", subject_alts=["全国", "我国"])

# ---- line 1: title -------------------------------------------------------------------------
g.neg("一季度全国财政收入增幅创", "一季度", PERIOD_NOTE + " (title)")
g.neg("增幅创3年来同期新高\n央视网", "3年来", RECORD_NOTE + " (title)")

# ---- line 2 --------------------------------------------------------------------------------
g.neg("今天（4月24日）", "4月24日", "date on its own (the day of the press conference = the "
      "reference date), not a fact")
g.neg("财政部举行一季度财政收支", "一季度", "part of the event name 一季度财政收支情况新闻发布会 "
      "(a period expression), not a fact")
g.neg("。一季度，我国经济运行", "一季度", PERIOD_NOTE + " (no number follows)")
g.neg("财政收入增幅创3年来同期新高。", "3年来", RECORD_NOTE)

# ---- line 3 --------------------------------------------------------------------------------
g.neg("负责人介绍，一季度", "一季度", PERIOD_NOTE)
REV = "财政收入"
REV_ALTS = ["全国财政收入", "全国一般公共预算收入", "一般公共预算收入"]
g.fact("全国财政收入61613亿元", "61613亿元", value=61613e8, unit="CNY", kind="amount",
       metric=REV, metric_alts=REV_ALTS, **CN, period=Q1,
       note="全国 → subject 中国 (全国财政收入 as a metric alt); 亿元 ×1e8; 一季度 → 2026 Q1")
g.fact("同比增长2.4%", "2.4%", value=2.4, unit="%", kind="growth", metric=REV,
       metric_alts=REV_ALTS + ["财政收入增速", "全国财政收入增速", "财政收入增幅"], **CN,
       period=Q1, comparison="yoy")
g.neg("比前2个月提高", "前2个月", BASIS_NOTE.format("比前2个月: Jan-Feb 2026"))
g.fact("比前2个月提高1.7个百分点", "1.7个百分点", value=1.7, unit="pp", kind="change",
       metric="财政收入增速",
       metric_alts=["全国财政收入增速", "财政收入增幅", "全国财政收入增幅", "财政收入同比增速",
                    "财政收入", "全国财政收入", "增速"],
       **CN, period=Q1, comparison="比前2个月",
       note="pp difference between the Q1 growth rate (2.4%) and the Jan-Feb one: metric = "
            "the growth rate (README §3); comparison = the surface basis 比前2个月; period Q1")
g.neg("高于过去3年同期水平", "过去3年", BASIS_NOTE.format("高于过去3年同期水平, no number "
      "attached"))
g.neg("在“十五五”开局之年", "十五五", "plan name 十五五 (the 15th Five-Year Plan) in "
      "“十五五”开局之年 (= 2026), not a quantity")
g.fact("中央财政收入24991亿元", "24991亿元", value=24991e8, unit="CNY", kind="amount",
       metric="中央财政收入",
       metric_alts=["中央一般公共预算收入", "中央财政收入总额"],
       subject="中国", subject_alts=["中央", "中央财政", "全国", "我国"], period=Q1,
       note="其中: the central part of the national revenue; the central government's "
            "revenue is a national aggregate → 中国 (中央 / 中央财政 as alts); 一季度 governs")
g.fact("同比增长2.7%", "2.7%", value=2.7, unit="%", kind="growth", metric="中央财政收入",
       metric_alts=["中央一般公共预算收入", "中央财政收入增速"],
       subject="中国", subject_alts=["中央", "中央财政", "全国", "我国"], period=Q1,
       comparison="yoy")
g.fact("地方财政收入36622亿元", "36622亿元", value=36622e8, unit="CNY", kind="amount",
       metric="地方财政收入",
       metric_alts=["地方一般公共预算收入", "地方一般公共预算本级收入", "地方财政收入总额"],
       subject="中国", subject_alts=["地方", "地方财政", "全国", "我国"], period=Q1,
       note="the local governments' revenue summed over the country → 中国 (地方 as alt)")
g.fact("同比增长2.1%", "2.1%", value=2.1, unit="%", kind="growth", metric="地方财政收入",
       metric_alts=["地方一般公共预算收入", "地方一般公共预算本级收入", "地方财政收入增速"],
       subject="中国", subject_alts=["地方", "地方财政", "全国", "我国"], period=Q1,
       comparison="yoy")

# ---- line 4 --------------------------------------------------------------------------------
LINE4 = ("line 4 states no period; the item's document period 一季度 (title, lines 2-3: the Q1 "
         "fiscal release) governs (SPEC §4), null as an alt")
g.fact("国内增值税21473亿元", "21473亿元", value=21473e8, unit="CNY", kind="amount",
       metric="国内增值税", metric_alts=["国内增值税收入", "增值税"], **CN,
       period=Q1_DOC, period_alts=Q1_DOC_ALTS, note=LINE4)
g.fact("21473亿元，同比增长4.9%", "4.9%", value=4.9, unit="%", kind="growth",
       metric="国内增值税", metric_alts=["国内增值税收入", "国内增值税增速", "增值税"], **CN,
       period=Q1_DOC, period_alts=Q1_DOC_ALTS, comparison="yoy", note=LINE4)
IMP = "进口货物增值税、消费税"
IMP_ALTS = ["进口货物增值税和消费税", "进口货物增值税、消费税收入", "进口环节增值税和消费税",
            "进口环节增值税、消费税", "进口增值税、消费税", "进口货物增值税消费税"]
g.fact("消费税4588亿元", "4588亿元", value=4588e8, unit="CNY", kind="amount",
       metric=IMP, metric_alts=IMP_ALTS, **CN, period=Q1_DOC, period_alts=Q1_DOC_ALTS,
       note="one value for the two import taxes together (not a distributive list); " + LINE4)
g.fact("4588亿元，同比增长12.9%", "12.9%", value=12.9, unit="%", kind="growth",
       metric=IMP, metric_alts=IMP_ALTS + ["进口货物增值税、消费税增速"], **CN,
       period=Q1_DOC, period_alts=Q1_DOC_ALTS, comparison="yoy", note=LINE4)

# ---- line 5 --------------------------------------------------------------------------------
g.neg("\n一季度，全国财政支出", "一季度", PERIOD_NOTE)
EXP_ALTS = ["全国财政支出", "全国一般公共预算支出", "一般公共预算支出"]
g.fact("全国财政支出74706亿元", "74706亿元", value=74706e8, unit="CNY", kind="amount",
       metric="财政支出", metric_alts=EXP_ALTS, **CN, period=Q1)
g.fact("74706亿元，增长2.6%", "2.6%", value=2.6, unit="%", kind="growth", metric="财政支出",
       metric_alts=EXP_ALTS + ["财政支出增速", "全国财政支出增速"], **CN, period=Q1,
       comparison="yoy", note="增长 without 同比 → yoy (README §6)")
g.fact("社会保障和就业支出增长9%", "9%", value=9, unit="%", kind="growth",
       metric="社会保障和就业支出",
       metric_alts=["社会保障和就业支出增速", "社保和就业支出"], **CN, period=Q1,
       comparison="yoy", note="其中: a part of national spending; yoy by default")
g.fact("卫生健康支出增长12.1%", "12.1%", value=12.1, unit="%", kind="growth",
       metric="卫生健康支出", metric_alts=["卫生健康支出增速"], **CN, period=Q1,
       comparison="yoy")

# ---- line 6 --------------------------------------------------------------------------------
g.neg("发行今年首批超长期", "首批", "first-batch label 首批 (README §2), not a rank or count")
BOND_ALTS = ["超长期特别国债", "超长期特别国债发行规模", "超长期特别国债发行量", "发行超长期特别国债",
             "超长期特别国债规模"]
g.fact("超长期特别国债1190亿元", "1190亿元", value=1190e8, unit="CNY", kind="amount",
       metric="首批超长期特别国债发行额",
       metric_alts=["首批超长期特别国债", "今年首批超长期特别国债", "首批超长期特别国债发行规模",
                    "超长期特别国债发行额"] + BOND_ALTS,
       subject="中国", subject_alts=["财政部", "全国", "我国"],
       period=TODAY,
       period_alts=[P("今天", "2026-01-01", REF), P("今年", "2026-01-01", "2026-12-31"),
                    P("今天", None, None)],
       note="issued today (于今天) → the reference day; 财政部 issues on behalf of the state → "
            "subject 中国 (财政部 as alt); the batch label 首批 goes into the metric; the year "
            "to date and the year (今年首批) as alts")
g.fact("今年将发行超长期特别国债1.3万亿元", "1.3万亿元", value=1.3e12, unit="CNY", kind="amount",
       metric="超长期特别国债发行额", metric_alts=BOND_ALTS + ["今年超长期特别国债发行额"],
       subject="中国", subject_alts=["财政部", "全国", "我国"],
       period=THIS_YEAR, period_alts=[P("今年", None, None)], modality="target",
       note="将发行 = the year's planned issuance (the quota set in the budget) → target; 今年 → "
            "2026; 万亿元 ×1e12")
g.neg("支持“两重”建设", "两重", "policy slogan “两重”, not a quantity")
g.neg("“两新”工作", "两新", "policy slogan “两新”, not a quantity")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 (493 characters, "
    "a byte copy made by code): a short 新闻联播 item, shorter than 2,000 characters, so all of "
    "it is taken. Date: 2026-04-24, the broadcast date given by the source meta (file name of "
    "the daily transcript and the 查看原文 URL) and by the text itself (今天（4月24日）财政部举行"
    "一季度财政收支情况新闻发布会; 财政部于今天成功发行…). So 一季度 = 2026-01-01..2026-03-31, "
    "今天 = 2026-04-24, 今年 = 2026 (“十五五”开局之年 agrees: 2026 is the first year of the 15th "
    "plan). There is no 上年/全年. Place: 中国 (national fiscal data of 财政部); 全国/我国 → 中国; "
    "central and local revenue are parts of the national total → subject 中国 (中央/地方 as "
    "alts). Title: line 1 as written. Periods: 一季度 governs lines 3 and 5; line 4 has no "
    "period expression and takes the item's document period 一季度 (judgement call; null as "
    "alt; cf. nw_cctv_20230418_china_2023q1, whose line 11 had no document period); line 6: "
    "今天 for the bond issued today, 今年 for the year's planned issuance (target). 前2个月 and "
    "过去3年同期 are comparison bases (negatives). Judgement calls: 3年来 (创3年来同期新高) → "
    "negative, a span qualifying a record, not a duration or rank fact; 1.7个百分点 → change "
    "with metric 财政收入增速 and comparison 比前2个月; 进口货物增值税、消费税4588亿元 → one fact "
    "for the pair of taxes; 1.3万亿元 → target (将发行); 1190亿元 → period 今天 with metric "
    "首批超长期特别国债发行额. Negatives: 一季度 ×5, 3年来 ×2, 4月24日, 前2个月, 过去3年, 十五五, "
    "首批, 两重, 两新.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
