"""Gold annotations for nw_cctv_20260119_china_2025 (corpora/).

央视网消息（新闻联播）, 2026-01-19: 2025年中国国内生产总值突破140万亿元 同比增长5%.
The excerpt is the whole source, lines 1-7 of
shared/texts/news/nw_cctv_20260119_china_2025.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20260119_china_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20260119_china_2025"
PLACE = "中国"
REF = "2026-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 7                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "2025年中国国内生产总值突破140万亿元 同比增长5%"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="居民收入增长与经济增长同步。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
FIRST_NOTE = "first-time claim 首次, not a rank or count"

# Periods (reference date 2026-01-19, the broadcast day: 国务院新闻办公室今天（1月19日）举行新闻
# 发布会, the NBS release of the 2025 annual data).  2025年 / 2025年全年 = 2025-01-01..
# 2025-12-31; 比上年 (2024) is a comparison basis (yoy).  连续3年 = 2023..2025 and 连续两年 =
# 2024..2025 (the streaks end with the year reported).  The item reports the 2025 annual
# release (title, line 2), so 2025 is its document period; every number has 2025年 earlier
# in its line, so the document period is never needed.
Y = P("2025年", "2025-01-01", "2025-12-31")
YF = P("2025年全年", "2025-01-01", "2025-12-31")
STREAK3 = P("连续3年", "2023-01-01", "2025-12-31")
STREAK2 = P("连续两年", "2024-01-01", "2025-12-31")

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_ALTS = ["GDP", "国内生产总值总量", "GDP总量", "经济总量"]
GDP_G_ALTS = ["GDP", "经济", "经济增长", "经济增速", "国内生产总值增速", "GDP增速", "中国经济",
              "增速"]

# ---- line 1: title ---------------------------------------------------------------------
g.neg("2025年中国国内生产总值突破140万亿元 同比", "2025年", PERIOD_NOTE + " (title)")
g.fact("突破140万亿元 同比", "140万亿元", value=140e12, unit="CNY", kind="amount",
       bound="gt", metric=GDP, metric_alts=GDP_ALTS, **CN, period=Y,
       note="title: 突破 → gt (outside the span); 万亿 ×1e12; 2025年 before it in the title")
g.fact("同比增长5%", "5%", value=5, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Y, comparison="yoy",
       note="title: the GDP growth (the 5.0% of line 3, rounded); 同比 → yoy")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("今天（1月19日）", "1月19日", "date on its own (the press conference day), not a fact")
g.neg("数据显示，2025年", "2025年", PERIOD_NOTE)
g.fact("突破140万亿元，国民", "140万亿元", value=140e12, unit="CNY", kind="amount",
       bound="gt", metric=GDP, metric_alts=GDP_ALTS, **CN, period=Y,
       note="the lead restates the title: its own mention, its own fact; 突破 → gt")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("初步核算，2025年全年", "2025年全年", PERIOD_NOTE)
g.fact("国内生产总值1401879亿元", "1401879亿元", value=1401879e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=GDP_ALTS, **CN, period=YF,
       note="preliminary estimate (初步核算) of 2025 GDP; national aggregate → 中国")
g.fact("同比增长5.0%", "5.0%", value=5.0, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=YF, comparison="yoy",
       note="按不变价格 implied (real growth); 同比 → yoy")
PC = "人均国内生产总值"
PC_ALTS = ["人均GDP", "人均生产总值", "人均国内生产总值总量"]
g.fact("达到13953美元", "13953美元", value=13953, unit="USD", kind="amount", metric=PC,
       metric_alts=PC_ALTS, **CN, period=YF,
       note="美元 → USD (SPEC §3); 达到 → eq; 2025年全年 of the line governs")
g.fact("已连续3年超过", "3年", value=3, unit="year", kind="amount",
       metric="人均国内生产总值超过1.3万美元持续时间",
       metric_alts=["人均国内生产总值连续超过1.3万美元", "人均国内生产总值超过1.3万美元的年数",
                    "人均GDP超过1.3万美元持续时间", "超过1.3万美元持续时间", "连续超过1.3万美元",
                    "人均国内生产总值持续时间"],
       **CN, period=STREAK3, period_alts=[YF, P("连续3年", None, None)],
       note="length of the streak (连续3年) → 3 year, a duration fact (as 连续4年保持在 in "
            "nw_cctv_20170228); the streak 2023..2025 as gold (as the streaks of "
            "nw_cctv_20200716), the governing 2025年全年 and null as alts")
g.fact("超过1.3万美元", "1.3万美元", value=1.3e4, unit="USD", kind="amount", bound="gt",
       metric=PC, metric_alts=PC_ALTS, **CN, period=STREAK3,
       period_alts=[YF, P("连续3年", None, None)],
       note="超过 → gt (outside the span); the level held in each year of the streak (as "
            "保持在1300万人以上 in nw_cctv_20170228) → the streak span 2023..2025, 2025 and "
            "null as alts")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("\n2025年，粮食产量", "2025年", PERIOD_NOTE)
GRAIN_ALTS = ["粮食总产量", "全国粮食产量", "粮食"]
g.fact("达到1.43万亿斤", "1.43万亿斤", value=7.15e8, unit="t", kind="amount",
       metric="粮食产量", metric_alts=GRAIN_ALTS, **CN, period=Y,
       note="斤 → t (× 0.0005, SPEC §3): 1.43万亿斤 = 7.15e8 t; 达到 → eq")
g.fact("连续两年站稳", "两年", value=2, unit="year", kind="amount",
       metric="粮食产量站稳在1.4万亿斤以上持续时间",
       metric_alts=["粮食产量连续站稳在1.4万亿斤以上", "粮食产量站稳1.4万亿斤以上的年数",
                    "站稳在1.4万亿斤以上持续时间", "连续站稳在1.4万亿斤以上", "粮食产量持续时间",
                    "粮食产量保持在1.4万亿斤以上持续时间"],
       **CN, period=STREAK2, period_alts=[Y, P("连续两年", None, None)],
       note="length of the streak (连续两年) → 2 year (as 连续8年稳定在千亿斤以上 in "
            "nw_sdsb_20220717); the streak 2024..2025 as gold, 2025 and null as alts")
g.fact("站稳在1.4万亿斤以上", "1.4万亿斤", value=7.0e8, unit="t", kind="amount",
       bound="ge", metric="粮食产量", metric_alts=GRAIN_ALTS, **CN, period=STREAK2,
       period_alts=[Y, P("连续两年", None, None)],
       note="以上 → ge (outside the span); 1.4万亿斤 = 7e8 t; the level held in each year of "
            "the streak → 2024..2025, 2025 and null as alts")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("较快增长。2025年全国", "2025年", PERIOD_NOTE)
g.fact("比上年增长5.9%", "5.9%", value=5.9, unit="%", kind="growth",
       metric="规模以上工业增加值",
       metric_alts=["规上工业增加值", "工业增加值", "全国规模以上工业增加值", "规模以上工业增加值增速"],
       **CN, period=Y, comparison="yoy",
       note="全国 → 中国; 比上年 → yoy; 规模以上 is part of the metric")
MFG = "制造业增加值"
g.fact("比上年增长6.1%", "6.1%", value=6.1, unit="%", kind="growth", metric=MFG,
       metric_alts=["制造业增加值增速", "制造业"], **CN, period=Y, comparison="yoy")
g.fact("比重稳定在25%左右", "25%", value=25, unit="%", kind="share", bound="approx",
       metric="制造业增加值占GDP的比重",
       metric_alts=["制造业增加值占GDP比重", "制造业占GDP比重", "制造业占GDP的比重", "制造业比重",
                    "制造业增加值比重", "占GDP的比重", "占GDP比重"],
       **CN, period=Y,
       note="the clause's subject is 制造业增加值; 左右 → approx (outside the span)")
g.fact("保持全球第一", "第一", value=1, unit="rank", kind="rank", scope="全球",
       metric="制造业规模",
       metric_alts=["制造业规模排名", "制造业", "制造业规模全球排名", MFG, "制造业增加值规模"],
       **CN, period=Y,
       note="rank 1 in the world (继续保持 → eq), span = ordinal marker + number (README §1); "
            "2025年 of the line governs")
g.fact("分别达到36.8%", "36.8%", value=36.8, unit="%", kind="share",
       metric="规模以上装备制造业增加值占比",
       metric_alts=["装备制造业增加值占比", "装备制造业增加值占规模以上工业增加值比重",
                    "装备制造业增加值占规模以上工业增加值的比重", "装备制造业占比",
                    "规模以上装备制造业增加值占规模以上工业增加值比重", "装备制造业增加值比重"],
       **CN, period=Y,
       note="分别: 规模以上装备制造业 ↔ 36.8%, 高技术制造业 ↔ 17.1% (the shared head 增加值占比 "
            "restored); the share of 规模以上工业增加值; 达到 → eq")
g.fact("36.8%和17.1%", "17.1%", value=17.1, unit="%", kind="share",
       metric="规模以上高技术制造业增加值占比",
       metric_alts=["高技术制造业增加值占比", "高技术制造业增加值占规模以上工业增加值比重",
                    "高技术制造业增加值占规模以上工业增加值的比重", "高技术制造业占比",
                    "规模以上高技术制造业增加值占规模以上工业增加值比重", "高技术制造业增加值比重"],
       **CN, period=Y)

# ---- line 6 ----------------------------------------------------------------------------
g.neg("平稳增长。2025年，服务业", "2025年", PERIOD_NOTE)
SVA = "服务业增加值"
g.fact("比上年增长5.4%", "5.4%", value=5.4, unit="%", kind="growth", metric=SVA,
       metric_alts=["服务业", "服务业增加值增速", "服务业增速"], **CN, period=Y,
       comparison="yoy")
g.fact("比重提高到57.7%", "57.7%", value=57.7, unit="%", kind="share",
       metric="服务业增加值占国内生产总值的比重",
       metric_alts=["服务业增加值占国内生产总值比重", "服务业增加值占GDP比重", "服务业占GDP比重",
                    "服务业比重", "服务业增加值比重", "占国内生产总值的比重", "占国内生产总值比重"],
       **CN, period=Y,
       note="提高到 gives the new level (no pp change is written) → share, eq")
g.neg("57.7%。2025年，社会", "2025年", PERIOD_NOTE)
RETAIL = "社会消费品零售总额"
RETAIL_ALTS = ["社会消费品零售额", "社零总额", "消费品零售总额"]
g.neg("零售总额首次超过", "首次", FIRST_NOTE)
g.fact("首次超过50万亿元", "50万亿元", value=50e12, unit="CNY", kind="amount", bound="gt",
       metric=RETAIL, metric_alts=RETAIL_ALTS, **CN, period=Y,
       note="超过 → gt (outside the span); 万亿 ×1e12")
g.fact("达到501202亿元", "501202亿元", value=501202e8, unit="CNY", kind="amount",
       metric=RETAIL, metric_alts=RETAIL_ALTS, **CN, period=Y, note="达到 → eq")
g.fact("比上年增长3.7%", "3.7%", value=3.7, unit="%", kind="growth", metric=RETAIL,
       metric_alts=RETAIL_ALTS + ["社会消费品零售总额增速"], **CN, period=Y, comparison="yoy",
       note="规模居全球零售市场前列 that follows has no numeral: no rank fact")
g.fact("贡献率达到52%", "52%", value=52, unit="%", kind="share",
       metric="最终消费支出对经济增长贡献率",
       metric_alts=["最终消费支出对经济增长的贡献率", "最终消费支出贡献率", "消费贡献率",
                    "消费对经济增长贡献率", "贡献率"],
       **CN, period=Y, note="contribution rate → share; 2025年 of the line still governs")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("稳步成长。2025年，全社会", "2025年", PERIOD_NOTE)
RD = "全社会研究与试验发展经费投入"
RD_ALTS = ["研究与试验发展经费投入", "研发经费投入", "R&D经费投入", "研究与试验发展经费",
           "全社会研发经费投入", "研发经费"]
g.fact("达到39262亿元", "39262亿元", value=39262e8, unit="CNY", kind="amount", metric=RD,
       metric_alts=RD_ALTS, **CN, period=Y, note="达到 → eq")
g.fact("稳居世界第二位", "第二位", value=2, unit="rank", kind="rank", scope="世界", metric=RD,
       metric_alts=RD_ALTS + ["研发经费投入规模", "研发经费投入排名",
                              "全社会研究与试验发展经费投入排名"],
       **CN, period=Y,
       note="rank of the R&D spending just given (稳居 → eq), scope 世界; span = ordinal "
            "marker + number + 位 (as 稳居世界第一位 in nw_cctv_20210118)")
INT = "研发经费投入强度"
INT_ALTS = ["研究与试验发展经费投入强度", "R&D经费投入强度", "研发投入强度", "研发经费投入占GDP比重"]
g.fact("强度达到2.8%", "2.8%", value=2.8, unit="%", kind="share", metric=INT,
       metric_alts=INT_ALTS, **CN, period=Y,
       note="R&D spending as a share of GDP → share; 达到 → eq")
g.fact("比上年提高0.11个百分点", "0.11个百分点", value=0.11, unit="pp", kind="change",
       metric=INT, metric_alts=INT_ALTS, **CN, period=Y, comparison="yoy",
       note="pp change of a share (README §3: the share's metric); 比上年 → yoy; 提高 → "
            "positive")
g.neg("首次超过经合组织", "首次", FIRST_NOTE)
g.neg("平均水平。2025年", "2025年", PERIOD_NOTE)
g.neg("排名首次进入", "首次", FIRST_NOTE)
g.fact("进入全球前十", "前十", value=10, unit="rank", kind="rank", bound="le", scope="全球",
       metric="创新指数排名",
       metric_alts=["创新指数", "全球创新指数排名", "创新指数全球排名", "我国创新指数排名",
                    "全球创新指数"],
       **CN, period=Y,
       note="进入全球前十 → rank 10 with bound le (SPEC §2: 全国前三 → 3, le), scope 全球; "
            "span 前十 (README §1); 我国 → 中国; 2025年 of the sentence")
g.neg("，一批重大", "一批", "vague quantifier 一批 (README §2), not a count")
g.neg("人工智能、5G等", "5G", "technology name 5G (fifth-generation mobile network), not a "
      "quantity (as nw_cctv_20240428)")
g.neg("赋能千行百业", "千行百业", "idiom 千行百业 'all trades and industries', not a quantity")
g.neg("加普及。2025年", "2025年", PERIOD_NOTE + " (no number follows)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-7 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2026-01-19, the broadcast "
    "date given by the source meta (file name of the daily transcript news/20260119.md and "
    "the 查看原文 URL) and stated in the text: 国务院新闻办公室今天（1月19日）举行新闻发布会 — "
    "the NBS released the 2025 annual data on 19 January 2026. 2025年 / 2025年全年 = "
    "2025-01-01..2025-12-31; 比上年 (2024) is a comparison basis (yoy). Place: 中国 "
    "(national release; 全国/我国 → 中国). Title: line 1 as written. Periods: a line is a "
    "paragraph; 2025年 opens every line with numbers (and is in the title), so the "
    "document period convention of the national-release golds (nw_cctv_20200117_china_2019, "
    "nw_cctv_20130415_china_2013q1, nw_cctv_20240318_china_2024m2: a line with no period "
    "takes the release's period, null as alt) is followed but never needed. Streaks: "
    "连续3年 (人均GDP above 1.3万美元) and 连续两年 (grain above 1.4万亿斤) are duration facts "
    "(3 and 2 year) whose gold period is the streak's span (2023..2025, 2024..2025, as the "
    "streaks of nw_cctv_20200716_china_2020h1), 2025 and null as alts; the thresholds held "
    "over the streak (1.3万美元 gt, 1.4万亿斤 ge) are facts of the level with the same "
    "span (as 保持在1300万人以上 in nw_cctv_20170228, whose gold is the year instead). "
    "Judgement calls: 140万亿元 in title and lead → two gt facts; 斤 → t (1.43万亿斤 = "
    "7.15e8 t); 制造业规模继续保持全球第一 → rank 1 (scope 全球) of 制造业规模; "
    "装备制造业、高技术制造业增加值占比分别达到36.8%和17.1% → shares of 规模以上工业 with the "
    "shared head restored; 稳居世界第二位 → rank 2 of the R&D spending; 研发经费投入强度 → "
    "share; 创新指数排名首次进入全球前十 → rank 10, le. Negatives: 2025年 ×9, 2025年全年 "
    "(periods), 1月19日 (date), 首次 ×3 (first-time claims), 一批, 5G, 千行百业. "
    "Lexicalized, not listed: 零售 ×2.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
