"""Gold annotations for nw_cctv_20251004_guizhou_yunnan_2025 (corpora/).

央视网消息（新闻联播）, 2025-10-04: 贵州加快构建现代化产业体系 云南：农文旅融合 助推乡村振兴.
The excerpt is the whole source, lines 1-10 of
shared/texts/news/nw_cctv_20251004_guizhou_yunnan_2025.txt (a short news item, so all of it
is taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20251004_guizhou_yunnan_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20251004_guizhou_yunnan_2025"
PLACE = "中国"                           # two provinces (as nw_cctv_20251003_chongqing_sichuan_2025)
REF = "2025-10-04"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 10                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "贵州加快构建现代化产业体系 云南：农文旅融合 助推乡村振兴"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="同比增长6.7%。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLAN_NOTE = ("plan name 十四五 (the 14th Five-Year Plan) inside the period expression "
             "“十四五”{}, not a quantity")
THRESHOLD_NOTE = ("class label defining the clusters ({} 'of the {} class'); part of the "
                  "metric of the count attached (SPEC §2), not a fact of its own")

# Periods (reference date 2025-10-04, the broadcast day, during the National Day holiday; the
# item reviews the 14th Five-Year Plan shortly before it ends), as in
# nw_cctv_20251003_chongqing_sichuan_2025: “十四五”期间 = 2021-01-01..2025-12-31 (alts: up
# to the reference date, 2021-2024, null); “十四五”以来 = 2021-01-01..ref; 目前 / 如今 = the
# reference date (instant); 国庆假日 = the 2025 National Day + Mid-Autumn holiday,
# 2025-10-01..2025-10-08; 去年 = 2024.
PLAN = P("“十四五”期间", "2021-01-01", "2025-12-31")
PLAN_ALTS = [P("“十四五”期间", "2021-01-01", REF), P("“十四五”期间", "2021-01-01", "2024-12-31"),
             P("“十四五”期间", None, None)]
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, REF), P("目前", None, None)]
NOWB = P("如今", REF, REF)
NOWB_ALTS = [P("如今", None, REF), P("如今", None, None)]
HOLIDAY = P("国庆假日", "2025-10-01", "2025-10-08")
Y2024 = P("去年", "2024-01-01", "2024-12-31")

GZ = dict(subject="贵州省", subject_alts=["贵州", "全省", "贵州全省"])
YN = dict(subject="云南省", subject_alts=["云南", "全省", "云南全省"])

# ---- line 1: title (no numerals) -------------------------------------------------------------

# ---- line 2 ---------------------------------------------------------------------------------
g.neg("新闻联播）：“十四五”期间", "十四五", PLAN_NOTE.format("期间") + " (no number follows)")

# ---- line 3: section heading (no numerals) ----------------------------------------------------

# ---- line 4: 贵州, industry -------------------------------------------------------------------
g.neg("“十四五”以来，贵州坚持", "十四五", PLAN_NOTE.format("以来") + " (replaced by 目前 "
      "before any number)")
g.neg("等“六大产业基地”", "六大", "set label “六大产业基地” (the six bases, some named before "
      "it), not a count fact (README §2: X大 labels)")
CL_NOTE = ("努力形成 'strive to form' → target; the threshold (X亿元级) is part of the metric "
           "(SPEC §2, as 3个万亿级产业集群 in nw_cctv_20251003); 目前 at the head of the sentence "
           "governs literally → the reference-date instant (judgement call: a goal with no "
           "year; null and the open span up to now as alts)")
g.fact("努力形成3个5000亿元级产业集群", "3个", value=3, unit="count", kind="count",
       classifier="个", metric="5000亿元级产业集群",
       metric_alts=["5000亿元级产业集群数量", "产业集群", "形成5000亿元级产业集群"],
       **GZ, period=NOW, period_alts=NOW_ALTS, modality="target", note=CL_NOTE)
g.neg("3个5000亿元级产业集群", "5000亿元级", THRESHOLD_NOTE.format("5000亿元级",
                                                                  "500-billion-yuan"))
g.fact("和3个3000亿元级产业集群", "3个", value=3, unit="count", kind="count",
       classifier="个", metric="3000亿元级产业集群",
       metric_alts=["3000亿元级产业集群数量", "产业集群", "形成3000亿元级产业集群"],
       **GZ, period=NOW, period_alts=NOW_ALTS, modality="target", note=CL_NOTE)
g.neg("和3个3000亿元级产业集群", "3000亿元级", THRESHOLD_NOTE.format("3000亿元级",
                                                                   "300-billion-yuan"))

# ---- line 5: 贵州, digital economy -----------------------------------------------------------
g.fact("集聚企业超过1300家", "1300家", value=1300, unit="count", kind="count", bound="gt",
       classifier="家", metric="集聚企业",
       metric_alts=["企业", "集聚的企业", "入驻企业", "企业数量", "集聚企业数量"],
       subject="贵阳大数据科创城",
       subject_alts=["贵阳市", "贵阳", "贵州省", "贵州"], period=NOWB, period_alts=NOWB_ALTS,
       note="超过 → gt (outside the span); the innovation city owns its firms (README §4; "
            "贵阳 and the province as alts); a stock under 如今 → instant at the reference date")
g.fact("数字经济增速连续9年居全国前列", "9年", value=9, unit="year", kind="amount",
       metric="数字经济增速居全国前列持续时间",
       metric_alts=["数字经济增速连续居全国前列", "数字经济增速居全国前列的年数", "连续居全国前列",
                    "居全国前列持续时间", "数字经济增速居全国前列", "数字经济增速持续时间"],
       **GZ, period=NOWB,
       period_alts=[P("连续9年", "2016-01-01", "2024-12-31"),
                    P("连续9年", "2017-01-01", "2025-12-31"), P("连续9年", None, REF),
                    P("连续9年", None, None)],
       note="length of the streak (连续9年 → 9 year), a duration fact as 连续14年居全国第一 in "
            "the other golds; 全省 → 贵州省; 如今 governs (the reference-date instant; the "
            "streak 2016..2024 of full years, 2017..2025, open and null as alts). 居全国前列 "
            "'among the leaders' has no number: no rank fact")

# ---- line 6: 贵州, industry's contribution ----------------------------------------------------
g.neg("\n“十四五”期间，工业", "十四五", PLAN_NOTE.format("期间"))
CONTRIB = "工业对经济增长贡献率"
CONTRIB_ALTS = ["工业对贵州全省经济增长贡献率", "工业对全省经济增长贡献率", "工业贡献率",
                "工业对经济增长的贡献率", "贡献率", "工业对贵州经济增长贡献率"]
g.fact("从17.1%提升至36.7%", "17.1%", value=17.1, unit="%", kind="share", metric=CONTRIB,
       metric_alts=CONTRIB_ALTS, **GZ,
       period=P("“十四五”期间", "2020-01-01", "2020-12-31"),
       period_alts=[P("“十四五”期间", "2016-01-01", "2020-12-31"),
                    P("“十四五”期间", "2020-12-31", "2020-12-31"), PLAN,
                    P("“十四五”期间", None, None)],
       note="from-value of a from/to pair under “十四五”期间: the contribution at the start "
            "of the plan → the year 2020 (judgement call, as the from-values of "
            "nw_cctv_20250916_jilin_heilongjiang_2025; the 13th plan 2016-2020, the end of "
            "2020, the plan span and null as alts); contribution rate → share")
g.fact("从17.1%提升至36.7%", "36.7%", value=36.7, unit="%", kind="share", metric=CONTRIB,
       metric_alts=CONTRIB_ALTS, **GZ, period=PLAN,
       period_alts=PLAN_ALTS + [P("“十四五”期间", "2024-01-01", "2024-12-31"),
                                P("“十四五”期间", REF, REF)],
       note="to-value: the contribution reached within the plan; the text names no year → "
            "the governing “十四五”期间 (judgement call; 2024, the last full year, the "
            "reference-date instant and the other plan readings as alts); no pp change is "
            "written, so none is annotated")

# ---- line 7: section heading (no numerals) ----------------------------------------------------

# ---- line 8 ---------------------------------------------------------------------------------
g.neg("\n“十四五”期间，云南", "十四五", PLAN_NOTE.format("期间") + " (no number follows)")

# ---- line 9: 土瓜冲村 -------------------------------------------------------------------------
g.fact("每天迎来上千名游客", "上千名", value=1000, unit="count", kind="count", bound="ge",
       classifier="名", metric="每天迎来游客",
       metric_alts=["每天游客", "日接待游客", "游客", "日均游客", "每天接待游客", "游客数量",
                    "每天迎来的游客"],
       subject="土瓜冲村",
       subject_alts=["曲靖土瓜冲村", "曲靖市土瓜冲村", "曲靖市", "曲靖", "云南省", "云南"],
       period=HOLIDAY,
       period_alts=[P("国庆假日", "2025-10-01", REF), P("国庆假日", None, None)],
       note="上千 → 1000, ge (README §1: the prefix of a lexicalized approximate numeral stays "
            "in the span, as 上万个; SPEC 上百/上万 → ge); a per-day count (the rate in the "
            "metric); 国庆假日 (no numeral) → the 2025 National Day + Mid-Autumn holiday "
            "2025-10-01..10-08 (up to the reference date, mid-holiday, and null as alts)")
g.neg("这两年，村里", "这两年", PERIOD_NOTE + " (vague 'these couple of years', no number "
      "follows; not a 2-year duration fact)")

# ---- line 10: 云南 ---------------------------------------------------------------------------
g.neg("乡村振兴三年行动", "三年", "part of a programme name (乡村旅游助推乡村振兴三年行动, a "
      "'three-year action plan'), not a duration fact")
g.neg("学习运用“千万工程”", "千万工程", "project name “千万工程” (浙江's 千村示范、万村整治 "
      "programme), not a quantity")
g.fact("从业人员超过600万", "600万", value=600e4, unit="count", kind="count", bound="gt",
       classifier="人", metric="乡村旅游从业人员",
       metric_alts=["乡村旅游从业人员数量", "从业人员", "乡村旅游从业人数", "乡村旅游就业人员"],
       **YN, period=NOW, period_alts=NOW_ALTS,
       note="超过 → gt (outside the span); no measure word: classifier 人 (the people "
            "counted); 云南全省 → 云南省; a stock under 目前 → instant at the reference date")
INC = "农村居民人均可支配收入"
INC_ALTS = ["农村居民人均可支配收入增速", "人均可支配收入", "农民人均可支配收入", "农村居民收入"]
g.fact("可支配收入达17450元", "17450元", value=17450, unit="CNY", kind="amount", metric=INC,
       metric_alts=INC_ALTS[1:], **YN, period=Y2024, note="达 → eq; 去年 → 2024")
g.fact("同比增长6.7%", "6.7%", value=6.7, unit="%", kind="growth", metric=INC,
       metric_alts=INC_ALTS, **YN, period=Y2024, comparison="yoy")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-10 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2025-10-04, the broadcast "
    "date given by the source meta (file name of the daily transcript news/20251004.md and "
    "the 查看原文 URL); the text agrees: 国庆假日 (the holiday in progress), the 14th "
    "Five-Year Plan reviewed shortly before its end, 去年 = 2024 with farm income data. "
    "Place: 中国 (two provinces, as nw_cctv_20251003_chongqing_sichuan_2025); 贵州 / 全省 → "
    "贵州省, 云南 / 云南全省 → 云南省; 贵阳大数据科创城 owns its firms, 土瓜冲村 its visitors "
    "(province as alt). Title: line 1 as written. Periods: “十四五”期间 = 2021..2025 (alts up "
    "to the reference date, 2021-2024, null); 目前 / 如今 = the reference-date instant; "
    "国庆假日 = 2025-10-01..2025-10-08; 去年 = 2024. Judgement calls: 努力形成3个5000亿元级"
    "产业集群和3个3000亿元级产业集群 → two counts, target, thresholds in the metric (the "
    "thresholds are negatives), period the literal 目前 instant (null as alt); 连续9年居全国"
    "前列 → duration 9 year (前列 has no number: no rank); 工业…贡献率从17.1%提升至36.7% → "
    "two shares: 17.1% → 2020 (the start of the plan), 36.7% → the plan span (2024 as alt); "
    "上千名游客 → count 1000 ge, span with 上; 超过600万 → count with classifier 人. "
    "Negatives: 十四五 ×4 (plan name in period expressions), 六大 (set label), 5000亿元级 and "
    "3000亿元级 (thresholds), 这两年 (vague period), 三年 (programme name 三年行动), 千万工程 "
    "(programme name). Lexicalized, not listed: 进一步, 之一.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
