"""Gold annotations for nw_cctv_20240815_china_2024m7 (corpora/).

央视网消息（新闻联播）, 2024-08-15: 7月份经济运行稳中有进 新动能培育壮大.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20240815_china_2024m7.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20240815_china_2024m7.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20240815_china_2024m7"
PLACE = "中国"
REF = "2024-08-15"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "7月份经济运行稳中有进 新动能培育壮大"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="贸易结构继续优化。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2024-08-15, the broadcast day: 国务院新闻办公室今天（8月15日）举行新闻
# 发布会, the NBS July 2024 release).  7月份 = 2024-07-01..2024-07-31; 1—7月 / 1—7月份 =
# 2024-01-01..2024-07-31.  上月 (June) after 比 is a comparison basis.  The item reports
# the July release (title 7月份), so 7月份 is its document period; every number has a
# period earlier in its line (7月份 in lines 3-4, 1—7月份 in lines 5-6), so the document
# period is never needed.
JUL = P("7月份", "2024-07-01", "2024-07-31")
YTD = P("1—7月", "2024-01-01", "2024-07-31")
YTD2 = P("1—7月份", "2024-01-01", "2024-07-31")

CN = dict(subject="中国", subject_alts=["全国", "我国"])

# ---- line 1: title ---------------------------------------------------------------------
g.neg("7月份经济运行", "7月份", PERIOD_NOTE + " (title; no number follows)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("今天（8月15日）", "8月15日", "date on its own (the press conference day), not a fact")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("较快增长。7月份，全国", "7月份", PERIOD_NOTE)
IVA = "规模以上工业增加值"
g.fact("工业增加值同比增长5.1%", "5.1%", value=5.1, unit="%", kind="growth", metric=IVA,
       metric_alts=["规上工业增加值", "工业增加值", "全国规模以上工业增加值", "规模以上工业增加值增速"],
       **CN, period=JUL, comparison="yoy",
       note="全国 → 中国; 规模以上 is part of the metric (SPEC §2); 7月份 = July 2024")
g.fact("装备制造业增加值增长7.3%", "7.3%", value=7.3, unit="%", kind="growth",
       metric="装备制造业增加值",
       metric_alts=["规模以上装备制造业增加值", "装备制造业", "装备制造业增加值增速"], **CN,
       period=JUL, comparison="yoy",
       note="part of 规模以上工业 (规模以上… as alt); growth without basis → yoy")
HT = "高技术制造业增加值"
g.fact("高技术制造业增加值增长10.0%", "10.0%", value=10.0, unit="%", kind="growth", metric=HT,
       metric_alts=["规模以上高技术制造业增加值", "高技术制造业", "高技术制造业增加值增速"], **CN,
       period=JUL, comparison="yoy", note="7月份 of the line still governs; yoy")
g.fact("比上月加快1.2个百分点", "1.2个百分点", value=1.2, unit="pp", kind="change",
       metric="高技术制造业增加值增速",
       metric_alts=["高技术制造业增速", HT, "高技术制造业", "增速", "高技术制造业增加值增长"],
       **CN, period=JUL, comparison="比上月",
       note="pp difference of growth rates (July vs June; README §3: <metric>增速); 加快 → "
            "positive; comparison = the surface basis 比上月 (as 比上年12月份 in "
            "nw_cctv_20240318)")
NEWP = "虚拟现实设备产品、服务机器人产量"
g.fact("产量增长均超过40%", "40%", value=40, unit="%", kind="growth", bound="gt", metric=NEWP,
       metric_alts=["虚拟现实设备产品产量", "服务机器人产量", "虚拟现实设备产量",
                    "虚拟现实设备产品、服务机器人", "智能绿色新产品产量", "虚拟现实设备产品",
                    "服务机器人"],
       **CN, period=JUL, comparison="yoy",
       note="one mention stated of two products (均, as the 均/都 facts of nw_cctv_20240318) "
            "→ one fact whose metric lists them, each as alt; 超过 → gt (outside the span); "
            "7月份 of the line governs; yoy")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("显效，市场销售增速回升。7月份", "7月份", PERIOD_NOTE)
RETAIL = "社会消费品零售总额"
RETAIL_ALTS = ["社会消费品零售额", "社零总额", "消费品零售总额"]
g.fact("零售总额37757亿元", "37757亿元", value=37757e8, unit="CNY", kind="amount",
       metric=RETAIL, metric_alts=RETAIL_ALTS, **CN, period=JUL)
g.fact("同比增长2.7%", "2.7%", value=2.7, unit="%", kind="growth", metric=RETAIL,
       metric_alts=RETAIL_ALTS + ["社会消费品零售总额增速"], **CN, period=JUL,
       comparison="yoy")
g.neg("较快。1—7月", "1—7月", PERIOD_NOTE + " (replaces 7月份)")
g.fact("服务零售额同比增长7.2%", "7.2%", value=7.2, unit="%", kind="growth",
       metric="服务零售额", metric_alts=["服务零售额增速", "服务零售"], **CN, period=YTD,
       comparison="yoy", note="1—7月 → 2024-01-01..07-31 (cumulative)")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("从投资看，1—7月份", "1—7月份", PERIOD_NOTE)
FAI = "固定资产投资"
FAI_ALTS = ["全国固定资产投资", "固定资产投资（不含农户）", "固定资产投资额"]
g.fact("固定资产投资287611亿元", "287611亿元", value=287611e8, unit="CNY", kind="amount",
       metric=FAI, metric_alts=FAI_ALTS, **CN, period=YTD2, note="全国 → 中国")
g.fact("同比增长3.6%", "3.6%", value=3.6, unit="%", kind="growth", metric=FAI,
       metric_alts=FAI_ALTS + ["固定资产投资增速"], **CN, period=YTD2, comparison="yoy")
g.fact("分别增长9.7%", "9.7%", value=9.7, unit="%", kind="growth", metric="高技术制造业投资",
       metric_alts=["高技术制造业", "高技术制造业投资增速"], **CN, period=YTD2,
       comparison="yoy",
       note="分别: 高技术制造业投资 ↔ 9.7%, 高技术服务业投资 ↔ 11.9% (the shared head 投资 "
            "restored, README §3); yoy")
g.fact("9.7%、11.9%", "11.9%", value=11.9, unit="%", kind="growth", metric="高技术服务业投资",
       metric_alts=["高技术服务业", "高技术服务业投资增速"], **CN, period=YTD2,
       comparison="yoy")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("从进出口看，1—7月份", "1—7月份", PERIOD_NOTE)
TRADE_ALTS = ["进出口总额", "货物进出口", "货物贸易进出口总额", "外贸进出口", "进出口",
              "货物进出口总额增速"]
g.fact("货物进出口总额增长6.2%", "6.2%", value=6.2, unit="%", kind="growth",
       metric="货物进出口总额", metric_alts=TRADE_ALTS, **CN, period=YTD2, comparison="yoy",
       note="growth without basis → yoy")
PRIV = dict(subject="中国", subject_alts=["全国", "我国", "民营企业"])
g.fact("民营企业进出口增长10.9%", "10.9%", value=10.9, unit="%", kind="growth",
       metric="民营企业进出口",
       metric_alts=["民营企业进出口额", "民营企业进出口增速", "民营企业"], **PRIV, period=YTD2,
       comparison="yoy",
       note="其中: the trade of private firms, part of the national total → subject 中国 "
            "(民营企业 as alt, as the sector alts of README §4)")
g.fact("比重为55.1%", "55.1%", value=55.1, unit="%", kind="share",
       metric="民营企业进出口占进出口总额的比重",
       metric_alts=["民营企业进出口占进出口总额比重", "民营企业进出口占比", "民营企业进出口比重",
                    "占进出口总额的比重", "占进出口总额比重", "民营企业占进出口总额的比重"],
       **PRIV, period=YTD2, note="the clause's subject is 民营企业进出口")
g.fact("机电产品出口增长8.3%", "8.3%", value=8.3, unit="%", kind="growth",
       metric="机电产品出口",
       metric_alts=["机电产品出口额", "机电产品出口增速", "机电产品"],
       subject="中国", subject_alts=["全国", "我国", "机电产品"], period=YTD2,
       comparison="yoy")
g.fact("比重为59%", "59%", value=59, unit="%", kind="share",
       metric="机电产品出口占出口总额的比重",
       metric_alts=["机电产品出口占出口总额比重", "机电产品出口占比", "机电产品出口比重",
                    "占出口总额的比重", "占出口总额比重", "机电产品占出口总额的比重"],
       subject="中国", subject_alts=["全国", "我国", "机电产品"], period=YTD2,
       note="1—7月份 of the line still governs")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2024-08-15, the broadcast "
    "date given by the source meta (file name of the daily transcript news/20240815.md and "
    "the 查看原文 URL) and stated in the text: 国务院新闻办公室今天（8月15日）举行新闻发布会 — "
    "the NBS presented the July 2024 data on 15 August 2024. 7月份 = 2024-07-01..2024-07-31; "
    "1—7月 / 1—7月份 = 2024-01-01..2024-07-31 (cumulative); 上月 after 比 is a comparison "
    "basis. Place: 中国 (national release; 全国 → 中国). Title: line 1 as written. Periods: "
    "a line is a paragraph; 7月份 opens lines 3 and 4 (replaced by 1—7月 for 服务零售额), "
    "1—7月份 opens lines 5 and 6. The document period convention of the national-release "
    "golds (nw_cctv_20200117_china_2019, nw_cctv_20130415_china_2013q1, "
    "nw_cctv_20240318_china_2024m2: a line with no period takes the release's period, null "
    "as alt) is followed, but every number has a period earlier in its line, so no fact "
    "needs it. Judgement calls: 虚拟现实设备产品、服务机器人产量增长均超过40% → one growth "
    "fact (gt) whose metric lists the two products (each as alt); 比上月加快1.2个百分点 → "
    "change, comparison 比上月; 民营企业 / 机电产品 figures → subject 中国 with the group as "
    "alt; 高技术制造业和高技术服务业投资分别增长 → the shared head 投资 restored. Negatives: "
    "7月份 ×3, 1—7月, 1—7月份 ×2 (periods), 8月15日 (date). Lexicalized, not listed: 零售 "
    "×2.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
