"""Gold annotations for nw_cctv_20251020_china_2025q3 (corpora/).

央视网消息（新闻联播）, 2025-10-20: 中国经济稳中有进 前三季度国内生产总值同比增长5.2%.
The excerpt is the whole source, lines 1-8 of
shared/texts/news/nw_cctv_20251020_china_2025q3.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20251020_china_2025q3.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20251020_china_2025q3"
PLACE = "中国"
REF = "2025-10-20"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 8                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "中国经济稳中有进 前三季度国内生产总值同比增长5.2%"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="产品产量持续较快增长。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2025-10-20, the broadcast day: 国家统计局今天（10月20日）公布前三季度
# 主要经济指标).  前三季度 = 2025-01-01..2025-09-30 (cumulative, SPEC §4); 一季度 / 二季度 /
# 三季度 = the quarters of 2025 (分季度看).  上年全年 (2024) and 上年同期 (Q1-Q3 2024) after 比
# are comparison bases (no numerals).  The item reports the Q1-Q3 release (title, line 2), so
# 前三季度 is its document period; every number has a period earlier in its line (the title's
# own 前三季度 included), so the document period is never needed.
Q13 = P("前三季度", "2025-01-01", "2025-09-30")
Q1 = P("一季度", "2025-01-01", "2025-03-31")
Q2 = P("二季度", "2025-04-01", "2025-06-30")
Q3 = P("三季度", "2025-07-01", "2025-09-30")

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_G_ALTS = ["GDP", "经济", "经济增长", "经济增速", "国内生产总值增速", "GDP增速", "中国经济",
              "增速"]

# ---- line 1: title ---------------------------------------------------------------------
g.neg("稳中有进 前三季度", "前三季度", PERIOD_NOTE + " (title)")
g.fact("国内生产总值同比增长5.2%\n", "5.2%", value=5.2, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q13, comparison="yoy",
       note="title: GDP growth of Q1-Q3 2025 (its own mention, its own fact, as the title "
            "facts of nw_cctv_20260119); 前三季度 before it in the title; 同比 → yoy")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("今天（10月20日）", "10月20日", "date on its own (the release day), not a fact")
g.neg("公布前三季度主要", "前三季度", PERIOD_NOTE + " (names the data released; no number "
      "follows)")
g.neg("指标显示，前三季度", "前三季度", PERIOD_NOTE)
g.fact("国内生产总值同比增长5.2%，国民", "5.2%", value=5.2, unit="%", kind="growth",
       metric=GDP, metric_alts=GDP_G_ALTS, **CN, period=Q13, comparison="yoy",
       note="the lead restates the title: its own mention, its own fact; 同比 → yoy")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("初步核算，前三季度", "前三季度", PERIOD_NOTE)
g.fact("国内生产总值1015036亿元", "1015036亿元", value=1015036e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=["GDP", "国内生产总值总量", "GDP总量", "经济总量"], **CN,
       period=Q13, note="preliminary estimate (初步核算) of Q1-Q3 2025 GDP; national → 中国")
g.fact("1015036亿元，同比增长5.2%", "5.2%", value=5.2, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q13, comparison="yoy", note="同比 → yoy")
GDP_R_ALTS = ["GDP增速", "经济增速", GDP, "GDP", "增速", "国内生产总值增长"]
g.fact("分别加快0.2和", "0.2", value=0.2, unit="pp", kind="change", metric="国内生产总值增速",
       metric_alts=GDP_R_ALTS, **CN, period=Q13, comparison="比上年全年",
       note="分别: 0.2 ↔ 上年全年 (2024: 5.0%), 0.4 ↔ 上年同期 (Q1-Q3 2024: 4.8%); the unit "
            "个百分点 is written once after the last value (SPEC §5: the first gets the bare "
            "number); pp difference of growth rates (README §3: <metric>增速); 加快 → "
            "positive; comparison = the surface basis 比上年全年")
g.fact("0.2和0.4个百分点", "0.4个百分点", value=0.4, unit="pp", kind="change",
       metric="国内生产总值增速", metric_alts=GDP_R_ALTS, **CN, period=Q13, comparison="yoy",
       note="against 上年同期 → yoy (README §6); 加快 → positive")
g.neg("分季度看，一季度", "一季度", PERIOD_NOTE)
g.fact("国内生产总值同比增长5.4%", "5.4%", value=5.4, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q1, comparison="yoy",
       note="分季度看: the quarterly growth; 一季度 → Q1 2025 (as nw_cctv_20230717)")
g.neg("，二季度增长", "二季度", PERIOD_NOTE)
g.fact("二季度增长5.2%", "5.2%", value=5.2, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q2, comparison="yoy",
       note="the quarterly GDP growth (head of the clause before); 二季度 → Q2 2025; yoy")
g.neg("，三季度增长", "三季度", PERIOD_NOTE)
g.fact("三季度增长4.8%", "4.8%", value=4.8, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q3, comparison="yoy", note="三季度 → Q3 2025")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("较快增长。前三季度，全国", "前三季度", PERIOD_NOTE)
IVA = "规模以上工业增加值"
g.fact("工业增加值同比增长6.2%", "6.2%", value=6.2, unit="%", kind="growth", metric=IVA,
       metric_alts=["规上工业增加值", "工业增加值", "全国规模以上工业增加值", "规模以上工业增加值增速"],
       **CN, period=Q13, comparison="yoy",
       note="全国 → 中国; 规模以上 is part of the metric (SPEC §2)")
IND_SUBJ = dict(subject="中国", subject_alts=["全国", "我国", "工业", "全国工业"])
g.fact("41个工业大类行业中", "41个", value=41, unit="count", kind="count", classifier="个",
       metric="工业大类行业",
       metric_alts=["工业大类行业数量", "大类行业", "工业行业"], **IND_SUBJ, period=Q13,
       period_alts=[P("前三季度", None, None)],
       note="the number of industry divisions (the whole the next count is taken from), a "
            "count of its own as 41个工业大类行业 in nw_cctv_20230418 (null period accepted: "
            "it holds for the classification)")
g.fact("有37个行业增加值", "37个", value=37, unit="count", kind="count", classifier="个",
       metric="增加值同比增长的行业",
       metric_alts=["增加值同比增长的工业大类行业", "同比增长的行业", "增长的行业", "同比增长行业",
                    "增加值同比增长的行业数量", "工业大类行业", "行业"],
       **IND_SUBJ, period=Q13,
       note="a subset of the 41 (…中，有37个行业增加值同比增长): metric = what the subset did "
            "(as 23个 in nw_cctv_20230418)")
g.fact("增长面超过九成", "九成", value=90, unit="%", kind="share", bound="gt",
       metric="行业增长面",
       metric_alts=["增长面", "工业大类行业增长面", "增加值同比增长的行业比例", "同比增长的行业比例",
                    "实现增长的行业比例", "增长的行业占比", "同比实现增长的行业比例"],
       **IND_SUBJ, period=Q13,
       note="增长面 = the share of divisions that grew (37/41 = 90.2%, as 增长面56.3% in "
            "cm_zhoukou_2023); 九成 = 90%; 超过 → gt (outside the span)")
g.fact("同比增速达到6.4%", "6.4%", value=6.4, unit="%", kind="growth", metric="工业投资",
       metric_alts=["工业投资增速", "工业投资同比增速", "工业投资增长"], **CN, period=Q13,
       comparison="yoy", note="同比增速 → growth, yoy; 前三季度 of the line still governs")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("平稳增长。前三季度", "前三季度", PERIOD_NOTE)
SVC = "服务业增加值"
g.fact("服务业增加值同比增长5.4%", "5.4%", value=5.4, unit="%", kind="growth", metric=SVC,
       metric_alts=["服务业", "服务业增加值增速", "服务业增速"], **CN, period=Q13,
       comparison="yoy")
SHARE = "服务业增加值占国内生产总值比重"
SHARE_ALTS = ["服务业增加值占国内生产总值的比重", "服务业增加值占GDP比重", "服务业占GDP比重",
              "服务业比重", "服务业增加值比重", "占国内生产总值比重", "服务业占国内生产总值比重"]
g.fact("比重为58.4%", "58.4%", value=58.4, unit="%", kind="share", metric=SHARE,
       metric_alts=SHARE_ALTS, **CN, period=Q13,
       note="the clause's subject is 服务业增加值 (its share of GDP)")
g.fact("上升0.8个百分点", "0.8个百分点", value=0.8, unit="pp", kind="change", metric=SHARE,
       metric_alts=SHARE_ALTS, **CN, period=Q13, comparison="yoy",
       note="pp change of a share (README §3: the share's metric); 上升 → positive; against "
            "上年同期 → yoy (README §6)")
g.fact("贡献率达到60.7%", "60.7%", value=60.7, unit="%", kind="share",
       metric="服务业对国民经济增长的贡献率",
       metric_alts=["服务业增加值对国民经济增长的贡献率", "服务业对国民经济增长贡献率",
                    "服务业对经济增长贡献率", "服务业对经济增长的贡献率", "服务业贡献率",
                    "对国民经济增长的贡献率", "贡献率"],
       **CN, period=Q13, note="contribution rate → share; 达到 → eq")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("\n前三季度，社会消费品", "前三季度", PERIOD_NOTE)
RETAIL = "社会消费品零售总额"
RETAIL_ALTS = ["社会消费品零售额", "社零总额", "消费品零售总额"]
g.fact("零售总额365877亿元", "365877亿元", value=365877e8, unit="CNY", kind="amount",
       metric=RETAIL, metric_alts=RETAIL_ALTS, **CN, period=Q13)
g.fact("365877亿元，同比增长4.5%", "4.5%", value=4.5, unit="%", kind="growth", metric=RETAIL,
       metric_alts=RETAIL_ALTS + ["社会消费品零售总额增速"], **CN, period=Q13, comparison="yoy")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("继续缩小。前三季度", "前三季度", PERIOD_NOTE)
INC = "全国居民人均可支配收入"
g.fact("可支配收入32509元", "32509元", value=32509, unit="CNY", kind="amount", metric=INC,
       metric_alts=["居民人均可支配收入", "人均可支配收入", "居民收入"], **CN, period=Q13,
       note="per-capita income of all residents → 中国 (the metric keeps 全国居民 as written, "
            "as nw_cctv_20170717); a flow over Q1-Q3 2025")
g.fact("实际增长5.2%", "5.2%", value=5.2, unit="%", kind="growth", metric=INC,
       metric_alts=["居民人均可支配收入", "人均可支配收入", "全国居民人均可支配收入增速", "居民收入",
                    "全国居民人均可支配收入实际增速"],
       **CN, period=Q13, comparison="yoy",
       note="扣除价格因素实际增长 = real growth; yoy")
g.fact("城镇居民人均可支配收入实际增长4.5%", "4.5%", value=4.5, unit="%", kind="growth",
       metric="城镇居民人均可支配收入",
       metric_alts=["城镇居民收入", "城镇居民人均可支配收入增速", "城镇居民人均可支配收入实际增速"],
       **CN, period=Q13, comparison="yoy",
       note="其中: urban residents of the country → subject 中国 (the group in the metric); "
            "real growth, yoy")
g.fact("农村居民人均可支配收入实际增长6.0%", "6.0%", value=6.0, unit="%", kind="growth",
       metric="农村居民人均可支配收入",
       metric_alts=["农村居民收入", "农村居民人均可支配收入增速", "农村居民人均可支配收入实际增速"],
       **CN, period=Q13, comparison="yoy", note="as the urban figure")

# ---- line 8 ----------------------------------------------------------------------------
g.neg("加快培育。前三季度", "前三季度", PERIOD_NOTE)
g.fact("增加值同比增长9.6%", "9.6%", value=9.6, unit="%", kind="growth",
       metric="规模以上高技术制造业增加值",
       metric_alts=["高技术制造业增加值", "规上高技术制造业增加值", "高技术制造业",
                    "规模以上高技术制造业增加值增速"],
       **CN, period=Q13, comparison="yoy",
       note="规模以上 is part of the metric (SPEC §2); 快于全部工业 has no numeral")
IC = "集成电路制造、电子专用材料制造行业增加值"
g.fact("都保持20%以上", "20%", value=20, unit="%", kind="growth", bound="ge", metric=IC,
       metric_alts=["集成电路制造行业增加值", "电子专用材料制造行业增加值", "集成电路制造增加值",
                    "电子专用材料制造增加值", "集成电路制造、电子专用材料制造行业",
                    "集成电路制造、电子专用材料制造增加值", "集成电路制造", "电子专用材料制造"],
       **CN, period=Q13, comparison="yoy",
       note="one mention stated of two industries (都, as the 都 facts of nw_cctv_20230717) → "
            "one fact whose metric lists them, each as alt; 以上 → ge (outside the span); "
            "growth without basis → yoy; 前三季度 of the line governs")
g.neg("3D打印设备", "3D", "product name 3D打印设备 ('3D printing equipment'), not a "
      "quantity (as 3D打印机 in nw_cctv_20241219)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-8 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2025-10-20, the broadcast "
    "date given by the source meta (file name of the daily transcript news/20251020.md and "
    "the 查看原文 URL) and stated in the text: 国家统计局今天（10月20日）公布前三季度主要经济"
    "指标 — the NBS released the Q1-Q3 2025 data on 20 October 2025. 前三季度 = 2025-01-01.."
    "2025-09-30 (cumulative); 一季度 / 二季度 / 三季度 = the quarters of 2025; 上年全年 and "
    "上年同期 after 比 are comparison bases (no numerals). Place: 中国 (national release; "
    "全国 → 中国). Title: line 1 as written. Periods: a line is a paragraph; 前三季度 opens "
    "lines 2-8 (and stands in the title before its 5.2%), 分季度看 gives each quarter its "
    "own period; the document period (前三季度) is never needed. Judgement calls: the "
    "5.2% GDP growth of title, lead and line 3 → three facts (each mention its own); "
    "比上年全年和上年同期分别加快0.2和0.4个百分点 → two pp changes, comparisons 比上年全年 and "
    "yoy, the shared unit on the last value; 41个工业大类行业 → a count of its own, 37个 → "
    "count of the subset that grew, 增长面超过九成 → share 90 gt (metric 行业增长面); 工业投资"
    "同比增速达到6.4% → growth; 集成电路制造、电子专用材料制造行业增加值都保持20%以上 → one "
    "growth fact (20, ge) whose metric lists both. Negatives: 前三季度 ×9 (periods, incl. "
    "title), 10月20日 (date), 一季度, 二季度, 三季度 (periods), 3D (product name). "
    "Lexicalized, not listed: 零售 (零售总额).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
