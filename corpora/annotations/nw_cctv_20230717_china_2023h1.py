"""Gold annotations for nw_cctv_20230717_china_2023h1 (corpora/).

央视网消息（新闻联播）, 2023-07-17: 上半年中国经济稳中有进 高质量发展势头良好.
The excerpt is the whole source, lines 1-8 of
shared/texts/news/nw_cctv_20230717_china_2023h1.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20230717_china_2023h1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20230717_china_2023h1"
PLACE = "中国"
REF = "2023-07-17"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 8                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "上半年中国经济稳中有进 高质量发展势头良好"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="完成全年经济社会发展预期目标任务。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("date expression naming the comparison basis of the value after it ({}), not "
              "a fact and not its period (SPEC §4: a basis is `comparison`)")

# Periods (reference date 2023-07-17, the broadcast day: 国家统计局今天（7月17日）公布的数据,
# the NBS H1 2023 release).  上半年 / 今年上半年 = 2023-01-01..2023-06-30; 一季度 / 二季度 =
# the quarters of 2023; 6月份 = June 2023.  一季度 after 比 is a comparison basis; 去年 /
# 上年全年 (no numerals) are bases too.  The item reports the H1 release (title 上半年, line
# 2), so 上半年 is its document period; every number has a period earlier in its line, so
# the document period is never needed.
H1 = P("上半年", "2023-01-01", "2023-06-30")
H1_TODAY = P("今年上半年", "2023-01-01", "2023-06-30")
Q1 = P("一季度", "2023-01-01", "2023-03-31")
Q2 = P("二季度", "2023-04-01", "2023-06-30")
JUN = P("6月份", "2023-06-01", "2023-06-30")
Y2023 = P("今年上半年", "2023-01-01", "2023-12-31")

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_G_ALTS = ["GDP", "经济", "经济增长", "经济增速", "国内生产总值增速", "GDP增速", "中国经济",
              "增速", "中国经济增速"]

# ---- line 1: title ---------------------------------------------------------------------
g.neg("上半年中国经济稳中有进", "上半年", PERIOD_NOTE + " (title; no number follows)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("今天（7月17日）", "7月17日", "date on its own (the release day), not a fact")
g.neg("数据显示，上半年，市场需求", "上半年", PERIOD_NOTE + " (no number follows)")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("初步核算，上半年", "上半年", PERIOD_NOTE)
g.fact("国内生产总值593034亿元", "593034亿元", value=593034e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=["GDP", "国内生产总值总量", "GDP总量", "经济总量"], **CN,
       period=H1, note="preliminary estimate (初步核算) of H1 2023 GDP; national → 中国")
g.fact("同比增长5.5%", "5.5%", value=5.5, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=H1, comparison="yoy", note="同比 → yoy")
g.neg("比一季度加快了", "一季度", BASIS_NOTE.format("1.0个百分点"))
g.fact("加快了1.0个百分点", "1.0个百分点", value=1.0, unit="pp", kind="change",
       metric="国内生产总值增速",
       metric_alts=["GDP增速", "经济增速", GDP, "GDP", "增速", "国内生产总值增长"],
       **CN, period=H1, comparison="比一季度",
       note="pp difference of growth rates (H1 5.5% vs Q1 4.5%; README §3: <metric>增速); "
            "加快 → positive")
g.neg("分季度看，一季度", "一季度", PERIOD_NOTE)
g.fact("国内生产总值同比增长4.5%", "4.5%", value=4.5, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q1, comparison="yoy",
       note="分季度看: the quarterly growth; 一季度 → 2023 Q1")
g.neg("，二季度增长", "二季度", PERIOD_NOTE)
g.fact("二季度增长6.3%", "6.3%", value=6.3, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q2, comparison="yoy",
       note="the quarterly GDP growth (head of the clause before); 二季度 → 2023 Q2; yoy "
            "(quarter on the same quarter, as the release)")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("从需求侧看，上半年", "上半年", PERIOD_NOTE + " (no number in its sentence)")
g.neg("\u3002今年上半年，最终消费", "今年上半年", PERIOD_NOTE)
g.fact("贡献率超过70%", "70%", value=70, unit="%", kind="share", bound="gt",
       metric="最终消费支出对经济增长贡献率",
       metric_alts=["最终消费支出对经济增长的贡献率", "最终消费支出贡献率", "消费贡献率",
                    "消费对经济增长贡献率", "贡献率"],
       **CN, period=H1_TODAY,
       note="contribution rate → share; 超过 → gt (outside the span); 今年上半年 = H1 2023")
g.fact("产量居历史第二高位", "第二", value=2, unit="rank", kind="rank", scope="历史",
       metric="夏粮产量",
       metric_alts=["夏粮", "夏粮生产", "夏粮产量排名", "产量", "夏粮产量历史排名"],
       **CN, period=H1_TODAY, period_alts=[Y2023, P("今年上半年", None, None)],
       note="the 2023 summer-grain output ranks second in history (居…第二高位 → rank 2, "
            "eq, scope 历史; span = ordinal marker + number, README §1); national → 中国; "
            "今年上半年 earlier in the line governs (the summer harvest falls in it; the "
            "crop year 2023 and null as alts)")
g.fact("服务业增长对经济增长贡献率超过60%", "60%", value=60, unit="%", kind="share",
       bound="gt", metric="服务业对经济增长贡献率",
       metric_alts=["服务业增长对经济增长贡献率", "服务业对经济增长的贡献率", "服务业贡献率",
                    "服务业增长对经济增长的贡献率", "贡献率"],
       **CN, period=H1_TODAY,
       note="contribution rate → share; 超过 → gt; 今年上半年 of the line still governs")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("绿色发展。上半年", "上半年", PERIOD_NOTE)
g.fact("高技术产业投资同比增长12.5%", "12.5%", value=12.5, unit="%", kind="growth",
       metric="高技术产业投资", metric_alts=["高技术产业投资增速", "高技术产业"], **CN,
       period=H1, comparison="yoy")
AERO = "航空航天器及设备制造业、锂离子电池制造业增加值"
g.fact("同比都增长20%以上", "20%", value=20, unit="%", kind="growth", bound="ge",
       metric=AERO,
       metric_alts=["航空航天器及设备制造业增加值", "锂离子电池制造业增加值",
                    "航空航天器及设备制造业、锂离子电池制造业", "航空航天器及设备制造业",
                    "锂离子电池制造业", "航空航天器及设备制造业和锂离子电池制造业增加值"],
       **CN, period=H1, comparison="yoy",
       note="one mention stated of two industries (都, as the 均/都 facts of "
            "nw_cctv_20240318) → one fact whose metric lists them, each as alt; 以上 → ge "
            "(outside the span); 同比 → yoy")
NEP = "新能源汽车、充电桩等新能源产品产量"
g.fact("产量增长30%以上", "30%", value=30, unit="%", kind="growth", bound="ge", metric=NEP,
       metric_alts=["新能源产品产量", "新能源汽车、充电桩产量", "新能源汽车产量", "充电桩产量",
                    "新能源汽车、充电桩等新能源产品", "新能源产品"],
       **CN, period=H1, comparison="yoy",
       note="one mention for the listed products (等新能源产品) → one fact, the written group "
            "as metric, each product as alt; 以上 → ge")
g.fact("能耗同比下降0.4%", "0.4%", value=-0.4, unit="%", kind="growth", metric="单位GDP能耗",
       metric_alts=["单位国内生产总值能耗", "能耗强度", "单位GDP能源消耗", "能耗",
                    "万元国内生产总值能耗"],
       **CN, period=H1, comparison="yoy", note="下降 → negative; 同比 → yoy")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("贸易结构优化。上半年", "上半年", PERIOD_NOTE)
TRADE_ALTS = ["进出口总额", "货物进出口", "货物贸易进出口总额", "外贸进出口", "进出口",
              "货物进出口总额增速"]
g.fact("进出口总额同比增长2.1%", "2.1%", value=2.1, unit="%", kind="growth",
       metric="货物进出口总额", metric_alts=TRADE_ALTS, **CN, period=H1, comparison="yoy",
       note="我国 → 中国")
SHARE = "一般贸易进出口占进出口总额的比重"
g.fact("比重上升到65.5%", "65.5%", value=65.5, unit="%", kind="share", metric=SHARE,
       metric_alts=["一般贸易进出口占进出口总额比重", "一般贸易进出口比重", "一般贸易进出口占比",
                    "一般贸易占进出口总额的比重", "一般贸易比重", "占进出口总额的比重"],
       **CN, period=H1,
       note="上升到 gives the new level (no change is written) → share, eq; 附加值较高的 is a "
            "description, not part of the metric")
g.neg("我国对“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
g.neg("\u3002上半年，我国对", "上半年", PERIOD_NOTE)
BRI = "对“一带一路”沿线国家进出口"
g.fact("沿线国家进出口增长9.8%", "9.8%", value=9.8, unit="%", kind="growth", metric=BRI,
       metric_alts=["对一带一路沿线国家进出口", "与“一带一路”沿线国家进出口",
                    "“一带一路”沿线国家进出口", "一带一路沿线国家进出口", "对沿线国家进出口",
                    "对“一带一路”沿线国家进出口增速"],
       subject="中国", subject_alts=["全国", "我国", "“一带一路”沿线国家", "一带一路沿线国家"],
       period=H1, comparison="yoy",
       note="China's trade with the Belt-and-Road countries → subject 中国, partners as alts "
            "(as nw_cctv_20200117); yoy by default")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("总体下降，6月份", "6月份", PERIOD_NOTE)
g.fact("降至5.2%", "5.2%", value=5.2, unit="%", kind="share", metric="城镇调查失业率",
       metric_alts=["全国城镇调查失业率", "调查失业率", "失业率"], **CN, period=JUN,
       note="a rate of a population → share (SPEC §2); 降至 gives the level (eq); 6月份 = "
            "June 2023 (replaces 今年以来 of the sentence)")
g.neg("\u3002上半年，全国居民", "上半年", PERIOD_NOTE)
INC = "全国居民人均可支配收入"
g.fact("实际增长5.8%", "5.8%", value=5.8, unit="%", kind="growth", metric=INC,
       metric_alts=["居民人均可支配收入", "人均可支配收入", "全国居民人均可支配收入增速",
                    "居民收入", "全国居民人均可支配收入实际增速"],
       **CN, period=H1, comparison="yoy",
       note="per-capita income of all residents → 中国 (全国居民 kept in the metric as "
            "written); 实际 (real) growth, yoy; 高于同期GDP增速 / 比上年全年明显加快 have no "
            "numeral")

# ---- line 8: no numerals ---------------------------------------------------------------------

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-8 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2023-07-17, the broadcast "
    "date given by the source meta (file name of the daily transcript news/20230717.md and "
    "the 查看原文 URL) and stated in the text: 国家统计局今天（7月17日）公布的数据 — the NBS "
    "released the H1 2023 data on 17 July 2023. 上半年 / 今年上半年 = 2023-01-01..2023-06-30; "
    "一季度 / 二季度 = the quarters of 2023; 6月份 = June 2023; 一季度 after 比 is a "
    "comparison basis. Place: 中国 (national release; 我国/全国 → 中国). Title: line 1 as "
    "written. Periods: a line is a paragraph; the document period convention of the "
    "national-release golds (nw_cctv_20200117_china_2019, nw_cctv_20130415_china_2013q1, "
    "nw_cctv_20240318_china_2024m2: a line with no period takes the release's period, null "
    "as alt) is followed, but every number here has a period earlier in its line, so no "
    "fact needs it. Judgement calls: 产量居历史第二高位 → rank 2 of the summer-grain output, "
    "scope 历史, period 今年上半年 of the line (the crop year 2023 and null as alts); "
    "贡献率超过70% / 超过60% → shares gt; 航空航天器及设备制造业、锂离子电池制造业增加值同比都"
    "增长20%以上 and 新能源汽车、充电桩等新能源产品产量增长30%以上 → one growth fact each (ge) "
    "whose metric lists the items (each as alt); 一般贸易…比重上升到65.5% → share eq; "
    "6月份降至5.2% → share (unemployment rate). Negatives: 上半年 ×8, 今年上半年, 一季度 ×2, "
    "二季度, 6月份 (periods and the basis 比一季度), 7月17日 (date), 一带一路 (name). "
    "Lexicalized, not listed: 一般 (一般贸易), 单位 (单位GDP能耗).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
