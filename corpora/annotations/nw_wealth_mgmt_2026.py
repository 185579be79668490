"""Gold annotations for nw_wealth_mgmt_2026 (corpora/).

人民网 财经 (finance.people.com.cn, source field 证券日报), 2026-06-12: 二季度以来 银行理财规模企稳回升.
The excerpt is the whole source, lines 1-13 of shared/texts/news/nw_wealth_mgmt_2026.txt
(1,128 characters: the article is shorter than a usual excerpt, so all of it is taken),
copied by code from the source bytes, never retyped.  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/nw_wealth_mgmt_2026.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_wealth_mgmt_2026"
PLACE = "中国"
REF = "2026-06-12"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 13                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "二季度以来 银行理财规模企稳回升"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="二季度以来 银行理财规模企稳回升", ends="屈颖表示。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2026-06-12, the publication date; 今年 = 2026).  截至5月末 = the
# instant 2026-05-31 (a stock: 存续规模 and its shares).  A change between two month-ends is a
# flow over the months between them: 较3月末 (to 5月末) = April-May 2026, 较4月末 / 较4月份 =
# May 2026; the instant at the end of May (the literal inheritance of 截至5月末) is an alt.
END_MAY = P("截至5月末", "2026-05-31", "2026-05-31")
APR_MAY = P("4月份、5月份", "2026-04-01", "2026-05-31")
SINCE_MAR = P("较3月末", "2026-04-01", "2026-05-31")
SINCE_MAR_ALTS = [P("截至5月末", "2026-05-31", "2026-05-31")]
MAY_CHG = P("较4月末", "2026-05-01", "2026-05-31")
MAY_CHG_ALTS = [P("截至5月末", "2026-05-31", "2026-05-31")]
MAY = P("5月份", "2026-05-01", "2026-05-31")

CN = dict(subject="中国", subject_alts=["全国", "银行理财", "银行理财市场", "银行理财产品",
                                        "我国"])
SCALE = "存续规模"
SCALE_ALTS = ["银行理财存续规模", "银行理财规模", "理财规模", "理财存续规模",
              "银行理财产品存续规模"]
YIELD = "加权平均年化收益率"
YIELD_ALTS = ["银行理财产品加权平均年化收益率", "理财产品加权平均年化收益率", "年化收益率",
              "收益率", "银行理财收益率"]

# ---- line 1: title -----------------------------------------------------------------------
g.neg("二季度以来 银行理财", "二季度以来", PERIOD_NOTE + " (title; no number depends on it)")

# ---- line 2 ------------------------------------------------------------------------------
g.neg("进入二季度，银行理财", "二季度", PERIOD_NOTE)
g.neg("在今年一季度回落后", "今年一季度", PERIOD_NOTE + " (2026 Q1; no figure attached)")
g.neg("银行理财规模4月份、5月份", "4月份", PERIOD_NOTE + " (the months of the streak)")
g.neg("银行理财规模4月份、5月份", "5月份", PERIOD_NOTE + " (the months of the streak)")
g.fact("连续两个月实现环比增长", "两个月", value=2 / 12, unit="year", kind="amount",
       metric="银行理财规模环比增长持续时间",
       metric_alts=["连续环比增长", "环比增长持续时间", "银行理财规模连续环比增长",
                    "银行理财规模连续增长时间", "连续增长时间", "环比增长月数",
                    "银行理财规模环比增长月数", "实现环比增长"],
       **CN, period=APR_MAY, period_alts=[P("连续两个月", None, None)],
       note="length of the streak (连续两个月, 个月 = 1/12 year): a duration fact, as 连续两个月 in "
            "nw_sdsb_20220717 (metric <what kept on>持续时间); the two months are April and May "
            "2026 (4月份、5月份 just before) → 2026-04-01..2026-05-31 (alt null)")
g.neg("截至5月末，存续规模", "截至5月末", PERIOD_NOTE + " (the instant 2026-05-31)")
g.fact("存续规模达到31.65万亿元", "31.65万亿元", value=31.65e12, unit="CNY", kind="amount",
       metric=SCALE, metric_alts=SCALE_ALTS, **CN, period=END_MAY,
       note="the outstanding balance of bank wealth-management products nationwide (a stock) "
            "at the end of May → instant 2026-05-31; 万亿元 = 1e12; a national market with no "
            "region named → 中国 (the sector as alts, README §4)")
g.neg("，较3月末增长超", "3月末", "comparison basis 较3月末 (a date), not a fact")
g.fact("较3月末增长超7647亿元", "7647亿元", value=7647e8, unit="CNY", kind="amount",
       bound="gt", metric=SCALE + "增量",
       metric_alts=[m + "增量" for m in SCALE_ALTS] + [SCALE, "存续规模增长", "增长"],
       **CN, period=SINCE_MAR, period_alts=SINCE_MAR_ALTS,
       note="absolute change of a level (较3月末增长 … 亿元) → amount, positive, metric <level>增量 "
            "(SPEC §2); 超 → gt (outside the span); the increase from the end of March to the "
            "end of May = a flow over April-May 2026 (judgement call), the instant at the end "
            "of May (literal inheritance of 截至5月末) as alt; comparison null (not a growth/"
            "change kind)")

# ---- line 3 ------------------------------------------------------------------------------
g.neg("“二季度，在季节性", "二季度", PERIOD_NOTE + " (a quoted comment; no figure)")

g.neg("中信证券首席经济学家", "首席", "title word 首席 'chief', not a rank")

# ---- line 4 ------------------------------------------------------------------------------
g.neg("虽然5月份债券市场", "5月份", PERIOD_NOTE + " (no figure attached)")

# ---- line 5: no numerals -------------------------------------------------------------------

# ---- line 6 ------------------------------------------------------------------------------
g.neg("数据显示，截至5月末", "截至5月末", PERIOD_NOTE + " (the instant 2026-05-31)")
g.neg("这两类产品的存续规模", "两类",
      "appositive 这两类 restating the two product types just named (现金管理类、固定收益类), "
      "as 这两个计划单列市 in nw_yicai / 两个关键词 in nw_cctv_20210526: a reference, not a count "
      "claim (judgement call; the shares after it carry the claim)")
CASH_SUBJ = dict(subject="中国", subject_alts=CN["subject_alts"] + ["现金管理类理财产品",
                                                                   "现金管理类产品"])
FIXED_SUBJ = dict(subject="中国", subject_alts=CN["subject_alts"] + ["固定收益类理财产品",
                                                                    "固定收益类产品"])
CASH = "现金管理类理财产品存续规模占比"
CASH_ALTS = ["现金管理类产品存续规模占比", "现金管理类存续规模占比", "现金管理类理财产品占比",
             "现金管理类产品占比", "现金管理类占比", "存续规模占比", "现金管理类理财产品存续规模",
             "现金管理类"]
FIXED = "固定收益类理财产品存续规模占比"
FIXED_ALTS = ["固定收益类产品存续规模占比", "固定收益类存续规模占比", "固定收益类理财产品占比",
              "固定收益类产品占比", "固定收益类占比", "存续规模占比", "固定收益类理财产品存续规模",
              "固定收益类", "固收类产品存续规模占比"]
g.fact("分别为19.38%、77.62%", "19.38%", value=19.38, unit="%", kind="share",
       metric=CASH, metric_alts=CASH_ALTS, **CASH_SUBJ, period=END_MAY,
       period_alts=[P("截至5月末", "2026-05-01", "2026-05-31")],
       note="分别: the first of the two types (现金管理类) → 19.38 %; the elided head is "
            "restored in the metric (README §3), the bare 存续规模占比 as alt; share of a stock "
            "→ instant at the end of May (alt the month)")
g.fact("分别为19.38%、77.62%", "77.62%", value=77.62, unit="%", kind="share",
       metric=FIXED, metric_alts=FIXED_ALTS, **FIXED_SUBJ, period=END_MAY,
       period_alts=[P("截至5月末", "2026-05-01", "2026-05-31")],
       note="分别: the second type (固定收益类) → 77.62 %; as 19.38 %")
g.neg("分别较4月末下降", "4月末", "comparison basis 较4月末 (a date), not a fact")
g.fact("下降0.11个百分点", "0.11个百分点", value=-0.11, unit="pp", kind="change",
       metric=CASH, metric_alts=CASH_ALTS, **CASH_SUBJ, comparison="mom",
       period=MAY_CHG, period_alts=MAY_CHG_ALTS,
       note="pp change of the share (its own unit) → the share's metric (README §3); 下降 → "
            "negative; 较4月末 (end of April → end of May) → mom, a change over May 2026 (the "
            "instant at the end of May as alt)")
g.fact("上升0.08个百分点", "0.08个百分点", value=0.08, unit="pp", kind="change",
       metric=FIXED, metric_alts=FIXED_ALTS, **FIXED_SUBJ, comparison="mom",
       period=MAY_CHG, period_alts=MAY_CHG_ALTS,
       note="分别: the second change (固定收益类), 上升 → positive; as 0.11")

# ---- line 7 ------------------------------------------------------------------------------
g.neg("受5月份以来股债", "5月份以来", PERIOD_NOTE + " (no figure in its clause)")
g.neg("显示，5月份银行理财", "5月份", PERIOD_NOTE + " (May 2026)")
g.neg("收益率较4月份回落", "4月份", "comparison basis 较4月份 (a month), not a fact")
g.fact("回落1.32个百分点至", "1.32个百分点", value=-1.32, unit="pp", kind="change",
       metric=YIELD, metric_alts=YIELD_ALTS, **CN, comparison="mom", period=MAY,
       note="pp change of a rate: 回落 → negative; 较4月份 → mom; 5月份 governs")
g.fact("个百分点至2.08%", "2.08%", value=2.08, unit="%", kind="share",
       metric=YIELD, metric_alts=YIELD_ALTS, **CN, period=MAY,
       note="the level reached (至 2.08%): an annualised yield is a rate → share (as the "
            "利润率 golds), not growth; 5月份 → May 2026")

# ---- line 8: no numerals ------------------------------------------------------------------

# ---- line 9 ------------------------------------------------------------------------------
g.neg("同业存单等资产", "单", "单 of 存单 'certificate of deposit', a word, not a quantity")

# ---- line 10: no numerals -----------------------------------------------------------------

# ---- line 11 -----------------------------------------------------------------------------
g.neg("降低单一资产依赖", "单一", "adjective 单一 'single', not a quantity")

# ---- lines 12-13: no numerals ('固收+' carries none) ---------------------------------------

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-13 (1,128 "
    "characters with the final newline, a byte copy made by code): the article is shorter "
    "than a usual excerpt, so nothing could be added. Title: line 1 as written. Date: "
    "2026-06-12, the publish_time of the crawl (2026-06-12 09:00) and the date in the "
    "original URL (n1/2026/0612); the text agrees (latest data 截至5月末 and 5月份, reported in "
    "June). 今年 = 2026 (今年一季度 = 2026 Q1; 二季度 = 2026 Q2). Place: 中国 — a national market "
    "(银行理财 data of the 普益标准 platform, no region named) → subject 中国 (alts 全国, and the "
    "sector 银行理财 / the product type, README §4). Periods: 截至5月末 → the instant "
    "2026-05-31 for the balance and its shares (stocks); 5月份 → May 2026; a change between "
    "two month-ends is the flow over the months between them (较3月末 → 2026-04-01..05-31; "
    "较4月末 → May 2026), with the instant 2026-05-31 as alt. Comparison: 较4月末 / 较4月份 → "
    "mom. Judgement calls: 连续两个月 → a duration fact (2/12 year, as in nw_sdsb_20220717); "
    "较3月末增长超7647亿元 → amount 增量 (SPEC §2), 超 → gt; 这两类 → negative (appositive "
    "reference, not a count claim); 年化收益率 2.08% → share (a rate). Negatives: 二季度以来, "
    "二季度 (×2), 今年一季度, 4月份 (×2), 5月份 (×3), 截至5月末 (×2), 4月末, 5月份以来 (periods "
    "and comparison bases), 3月末 (comparison basis), 两类, 单一, 首席 (title word), 单 (of 存单).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "人民网 finance.people.com.cn, source 证券日报, via "
        "jiayangrui05160031-cmyk/people-daily-economy-daily)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
