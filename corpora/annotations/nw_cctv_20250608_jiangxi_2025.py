"""Gold annotations for nw_cctv_20250608_jiangxi_2025 (corpora/).

央视网消息（新闻联播）, 2025-06-08: 【真抓实干 打开改革发展新天地】江西加快构建现代化产业体系.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20250608_jiangxi_2025.txt (530 characters: the article is far
shorter than a usual excerpt, so all of it is taken), copied by code from the source bytes,
never retyped.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20250608_jiangxi_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20250608_jiangxi_2025"
PLACE = "江西省"
REF = "2025-06-08"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "江西加快构建现代化产业体系"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2025-06-08, the broadcast day).  今年前4个月 = 2025-01-01..
# 2025-04-30 (line 6).  Lines 3-4 state no period and a feature story has no document
# period → null.  未来 (line 5) = an open future: text only.
M4 = P("今年前4个月", "2025-01-01", "2025-04-30")
Q1 = P("今年前4个月", "2025-01-01", "2025-03-31")  # GDP is quarterly: Q1 alt for the contribution rate

JX = dict(subject="江西省", subject_alts=["江西", "全省"])
JX_LOCAL = dict(subject="江西省", subject_alts=["江西", "各地", "江西各地", "当地"])
PLANT = dict(subject="铜冶炼工厂",
             subject_alts=["这家铜冶炼工厂", "江西鹰潭这家铜冶炼工厂", "鹰潭铜冶炼工厂",
                           "江西鹰潭铜冶炼工厂", "企业", "铜冶炼企业", "调度指挥中心",
                           "鹰潭市", "鹰潭"])

# ---- lines 1-2: title, lead (no numerals) ------------------------------------------------

# ---- line 3 ----------------------------------------------------------------------------
NULL_NOTE = "no period in its line, a feature has no document period → null"
g.fact("汇集了十多个生产车间", "十多个", value=10, unit="count", kind="count", bound="gt",
       classifier="个", metric="生产车间",
       metric_alts=["生产车间数量", "汇集数据的生产车间", "车间"], **PLANT, period=None,
       note="十多个 → 10 gt (多 inside the span); counted noun as metric; the plant owns "
            "its workshops (the dispatch centre collects their data); " + NULL_NOTE)
g.fact("上百道冶炼工序", "上百道", value=100, unit="count", kind="count", bound="ge",
       classifier="道", metric="冶炼工序",
       metric_alts=["冶炼工序数量", "工序", "汇集数据的冶炼工序"], **PLANT, period=None,
       note="上百 → 100 ge (SPEC §2; lexicalized prefix kept in the span, as 上万个); "
            + NULL_NOTE)
g.fact("生产效率提升了30%", "30%", value=30, unit="%", kind="growth", metric="生产效率",
       metric_alts=["企业生产效率", "生产效率提升", "效率", "企业的生产效率"], **PLANT,
       period=None, comparison="比数字化改造前",
       note="提升 → positive growth; the basis is the plant before its digital upgrade "
            "(经过数字化改造), not the previous year → comparison 比数字化改造前 (not "
            "scored); " + NULL_NOTE)
g.fact("综合能耗下降10%", "10%", value=-10, unit="%", kind="growth", metric="综合能耗",
       metric_alts=["企业综合能耗", "能耗", "综合能源消费量"], **PLANT, period=None,
       comparison="比数字化改造前",
       note="下降 → negative; same basis as the 30%; " + NULL_NOTE)

# ---- line 4 ----------------------------------------------------------------------------
g.fact("占工业比重近七成", "七成", value=70, unit="%", kind="share", bound="approx",
       metric="传统产业占工业比重",
       metric_alts=["传统产业占工业的比重", "传统产业占比", "传统产业比重", "占工业比重",
                    "传统产业占工业比例"],
       **JX, period=None,
       note="七成 → 70 %; 近 → approx (outside the span); " + NULL_NOTE)
g.fact("推进体系超过140个", "140个", value=140, unit="count", kind="count", bound="gt",
       classifier="个", metric="推进体系",
       metric_alts=["数字化转型推进体系", "由党政领导挂帅的推进体系", "建立推进体系",
                    "推进体系数量", "党政领导挂帅的推进体系", "建立由党政领导挂帅的推进体系"],
       **JX_LOCAL, period=None,
       note="超过 → gt (outside the span); 各地 = the localities of 江西 → 江西省 (各地 as "
            "an alt); " + NULL_NOTE)
g.fact("支持政策260余项", "260余项", value=260, unit="count", kind="count", bound="gt",
       classifier="项", metric="数字化转型专项支持政策",
       metric_alts=["专项支持政策", "制定数字化转型专项支持政策", "数字化转型支持政策",
                    "数字化转型专项支持政策数量", "支持政策"],
       **JX_LOCAL, period=None, note="余 inside the span → gt; " + NULL_NOTE)
g.fact("超1万家企业", "1万家", value=10000, unit="count", kind="count", bound="gt",
       classifier="家", metric="启动数字化改造的企业",
       metric_alts=["启动了数字化改造的企业", "企业", "数字化改造企业", "启动数字化改造企业",
                    "启动数字化改造的企业数量", "开展数字化改造的企业"],
       **JX, period=None, note="超 → gt (outside the span); " + NULL_NOTE)

# ---- line 5 ----------------------------------------------------------------------------
g.fact("年产值将达到10亿元", "10亿元", value=10e8, unit="CNY", kind="amount",
       metric="年产值",
       metric_alts=["产值", "预计年产值", "未来年产值", "产业化年产值", "这项科技成果年产值",
                    "科技成果年产值"],
       subject="光电企业",
       subject_alts=["这家光电企业", "南昌光电企业", "这项科技成果", "科技成果",
                     "微显示成像技术", "微显示成像", "南昌市", "南昌"],
       period=P("未来", None, None),
       period_alts=[P("未来", REF, None), P("目前", REF, REF)],
       modality="forecast",
       note="预计…将达到 → forecast; 达到 → eq; the annual output expected once the "
            "南昌 photonics company industrializes the technology (its product line is being "
            "prepared) → subject 光电企业 (the 科技成果 as an alt); 未来 replaces the line's "
            "目前 → an open future, text only (alts: from the reference date on; 目前)")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("今年前4个月，江西省", "今年前4个月", PERIOD_NOTE)
g.fact("同比增长8.5%", "8.5%", value=8.5, unit="%", kind="growth",
       metric="规模以上工业增加值",
       metric_alts=["规上工业增加值", "工业增加值", "规模以上工业增加值增速",
                    "规模以上工业增加值增长"],
       **JX, period=M4, comparison="yoy", note="同比 → yoy; 今年前4个月 → Jan-Apr 2025")
g.fact("分别同比增长14.8%", "14.8%", value=14.8, unit="%", kind="growth",
       metric="装备制造业增加值",
       metric_alts=["装备制造业", "装备制造业增加值增速", "规模以上装备制造业增加值"],
       **JX, period=M4, comparison="yoy",
       note="分别: 装备制造业 ↔ 14.8%, 高技术制造业 ↔ 14.6%; the shared head 增加值 is "
            "restored for the first item (README §3); each value has its own %")
g.fact("14.8%、14.6%", "14.6%", value=14.6, unit="%", kind="growth",
       metric="高技术制造业增加值",
       metric_alts=["高技术制造业", "高技术制造业增加值增速", "规模以上高技术制造业增加值"],
       **JX, period=M4, comparison="yoy")
g.fact("贡献率超40%", "40%", value=40, unit="%", kind="share", bound="gt",
       metric="工业对地区生产总值贡献率",
       metric_alts=["工业对全省地区生产总值贡献率", "工业贡献率", "贡献率",
                    "工业对地区生产总值的贡献率", "工业对GDP贡献率", "工业对经济增长贡献率",
                    "工业对经济增长的贡献率", "工业对地区生产总值增长贡献率"],
       **JX, period=M4, period_alts=[Q1],
       note="contribution rate → share (as 贡献率 in nw_chinanews); 超 → gt (outside the "
            "span); 全省 → 江西省; 今年前4个月 governs by SPEC §4; GDP is quarterly, so "
            "Q1 2025 is an alt")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 (530 characters "
    "with the final newline, a byte copy made by code): the article is far shorter than a "
    "usual excerpt, so nothing could be added. Date: 2025-06-08, the 新闻联播 broadcast date "
    "of the source meta (daily transcript file name and 查看原文 URL); nothing contradicts "
    "it: 今年前4个月 (Jan-Apr 2025) data are published in mid/late May. Place: 江西省 (a "
    "story about one province; 江西/全省/各地 → 江西省, alts). Periods: 今年前4个月 = "
    "2025-01-01..2025-04-30 (line 6; Q1 2025 as an alt for the GDP contribution rate); lines "
    "3-4 state no period and a feature story has no document period → null; the forecast "
    "年产值 10亿元 is dated 未来 (text only; alts from the reference date, 目前). Subjects: "
    "the unnamed 鹰潭 copper smelter (铜冶炼工厂) owns 十多个 workshops, 上百道 processes and "
    "its +30% efficiency / -10% energy use (basis: before the digital upgrade); the unnamed "
    "南昌 光电企业 owns the forecast output; the province owns the rest (各地 → 江西省). "
    "Bounds: 十多个/260余项 gt (marker inside), 上百道 ge, 近七成 approx, 超过140个/超1万家/"
    "超40% gt. Negatives: 今年前4个月 (period). 数字化 and 新天地 have no numeral.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
