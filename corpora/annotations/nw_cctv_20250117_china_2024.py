"""Gold annotations for nw_cctv_20250117_china_2024 (corpora/).

央视网消息（新闻联播）, 2025-01-17: 2024年我国经济运行稳中有进 主要发展目标顺利实现.
The excerpt is the whole source, lines 1-10 of
shared/texts/news/nw_cctv_20250117_china_2024.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20250117_china_2024.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20250117_china_2024"
PLACE = "中国"
REF = "2025-01-17"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 10                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "2024年我国经济运行稳中有进 主要发展目标顺利实现"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="民生事业都取得新的进步。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2025-01-17, the broadcast day: 国务院新闻办公室今天（1月17日）举行新闻
# 发布会，国家统计局发布2024年国民经济运行主要指标).  2024年 / 2024年全年 / 全年 = 2024-01-01..
# 2024-12-31; 一季度 … 四季度 = the quarters of 2024; 年末 = the instant 2024-12-31; 比上年 /
# 比上年末 (2023) are comparison bases (yoy).  连续四年 = the streak 2021..2024 (ending with the
# year reported).  The item reports the 2024 annual data (title, line 2), so 2024 is its
# document period: line 5 (no period; the 2024年 of line 4 does not cross the line break) and
# line 10 (no period) take it before their first period, and 全年 (no numeral) of line 7
# means it; null as alt (as nw_cctv_20200117_china_2019).
Y = P("2024年", "2024-01-01", "2024-12-31")
YF = P("2024年全年", "2024-01-01", "2024-12-31")
YQ = P("全年", "2024-01-01", "2024-12-31")
YQ_ALTS = [P("全年", None, None)]
Q1 = P("一季度", "2024-01-01", "2024-03-31")
Q2 = P("二季度", "2024-04-01", "2024-06-30")
Q3 = P("三季度", "2024-07-01", "2024-09-30")
Q4 = P("四季度", "2024-10-01", "2024-12-31")
YE = P("年末", "2024-12-31", "2024-12-31")
DOC = dict(period=P("2024年", "2024-01-01", "2024-12-31"),
           period_alts=[P("2024年", None, None)])
DOC_NOTE = ("no period in its line before it → the item's document period 2024 (title, line "
            "2: the 2024 annual data); null as alt")
STREAK4 = P("连续四年", "2021-01-01", "2024-12-31")
STREAK_ALTS = [P("连续四年", "2024-01-01", "2024-12-31"), P("连续四年", None, None)]

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_G_ALTS = ["GDP", "经济", "经济增长", "经济增速", "国内生产总值增速", "GDP增速", "中国经济",
              "增速"]

# ---- line 1: title ---------------------------------------------------------------------
g.neg("2024年我国经济运行", "2024年", PERIOD_NOTE + " (title; no number follows)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("今天（1月17日）", "1月17日", "date on its own (the press conference day), not a fact")
g.neg("发布2024年国民经济", "2024年", PERIOD_NOTE + " (names the data released; no number "
      "follows)")
g.neg("数据显示，2024年", "2024年", PERIOD_NOTE + " (no number follows)")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("初步核算，2024年全年", "2024年全年", PERIOD_NOTE)
g.fact("国内生产总值1349084亿元", "1349084亿元", value=1349084e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=["GDP", "国内生产总值总量", "GDP总量", "经济总量"], **CN,
       period=YF, note="preliminary estimate (初步核算) of 2024 GDP; national → 中国")
g.fact("比上年增长5.0%", "5.0%", value=5.0, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=YF, comparison="yoy",
       note="按不变价格计算 (real growth); 比上年 → yoy")
g.neg("分季度看，一季度", "一季度", PERIOD_NOTE)
g.fact("国内生产总值同比增长5.3%", "5.3%", value=5.3, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q1, comparison="yoy",
       note="分季度看: the quarterly growth; 一季度 → Q1 2024 (as nw_cctv_20230717)")
g.neg("，二季度增长", "二季度", PERIOD_NOTE)
g.fact("二季度增长4.7%", "4.7%", value=4.7, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q2, comparison="yoy",
       note="the quarterly GDP growth (head of the clause before); 二季度 → Q2 2024; yoy")
g.neg("，三季度增长", "三季度", PERIOD_NOTE)
g.fact("三季度增长4.6%", "4.6%", value=4.6, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q3, comparison="yoy", note="三季度 → Q3 2024")
g.neg("，四季度增长", "四季度", PERIOD_NOTE)
g.fact("四季度增长5.4%", "5.4%", value=5.4, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q4, comparison="yoy", note="四季度 → Q4 2024")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("\n2024年，中国经济家底", "2024年", PERIOD_NOTE + " (no number in its line)")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("首次站上", "首次", "first-time claim 首次, not a rank or count")
g.fact("站上1.4万亿斤的新台阶", "1.4万亿斤", value=7.0e8, unit="t", kind="amount",
       bound="gt", metric="粮食产量", metric_alts=["粮食总产量", "全国粮食产量", "粮食"], **CN,
       **DOC,
       note="斤 → t (× 0.0005, SPEC §3): 1.4万亿斤 = 7e8 t; 站上…新台阶 'standing on the "
            "1.4-trillion-jin step' → gt (as 站在100万亿的新台阶上 in nw_cctv_20210118); "
            "创历史新高 has no numeral (no rank fact); " + DOC_NOTE)
g.neg("一次能源生产总量", "一次", "technical term 一次能源 'primary energy' (一次 = primary), "
      "not a count")
g.neg("巩固。2024年，我国社会", "2024年", PERIOD_NOTE)
g.fact("分别达到48.8万亿元", "48.8万亿元", value=48.8e12, unit="CNY", kind="amount",
       metric="社会消费品零售总额",
       metric_alts=["社会消费品零售额", "社零总额", "消费品零售总额"], **CN, period=Y,
       note="分别: 社会消费品零售总额 ↔ 48.8万亿元, 固定资产投资 ↔ 51.4万亿元 (each value with "
            "its own unit); 万亿 ×1e12; 达到 → eq")
g.fact("48.8万亿元和51.4万亿元", "51.4万亿元", value=51.4e12, unit="CNY", kind="amount",
       metric="固定资产投资",
       metric_alts=["全国固定资产投资", "固定资产投资（不含农户）", "固定资产投资额"], **CN,
       period=Y)

# ---- line 6 ----------------------------------------------------------------------------
g.neg("\n2024年，中国经济高质量", "2024年", PERIOD_NOTE + " (no number in its line)")

# ---- line 7 ----------------------------------------------------------------------------
IVA = "规模以上工业增加值"
g.fact("比上年增长5.8%", "5.8%", value=5.8, unit="%", kind="growth", metric=IVA,
       metric_alts=["规上工业增加值", "工业增加值", "全国规模以上工业增加值", "规模以上工业增加值增速"],
       **CN, period=YQ, period_alts=YQ_ALTS, comparison="yoy",
       note="全年 (no numeral) → 2024, the year of the release (document year; null as alt); "
            "全国 → 中国; 比上年 → yoy")
HT = "规模以上高技术制造业增加值占比"
HT_ALTS = ["规模以上高技术制造业增加值所占比重", "高技术制造业增加值所占比重", "高技术制造业增加值占比",
           "高技术制造业增加值占规模以上工业增加值比重",
           "规模以上高技术制造业增加值占规模以上工业增加值比重", "高技术制造业占比",
           "高技术制造业增加值比重"]
EQ = "规模以上装备制造业增加值占比"
EQ_ALTS = ["规模以上装备制造业增加值所占比重", "装备制造业增加值所占比重", "装备制造业增加值占比",
           "装备制造业增加值占规模以上工业增加值比重",
           "规模以上装备制造业增加值占规模以上工业增加值比重", "装备制造业占比", "装备制造业增加值比重"]
g.fact("分别上升到16.3%", "16.3%", value=16.3, unit="%", kind="share", metric=HT,
       metric_alts=HT_ALTS, **CN, period=YQ, period_alts=YQ_ALTS,
       note="分别: 高技术制造业 ↔ 16.3%, 装备制造业 ↔ 34.6% (规模以上 and the head 增加值所占比重 "
            "shared); 所占比重 = the share of 规模以上工业增加值 (其中); 上升到 gives the new "
            "level → share, eq (as nw_cctv_20260119)")
g.fact("16.3%、34.6%", "34.6%", value=34.6, unit="%", kind="share", metric=EQ,
       metric_alts=EQ_ALTS, **CN, period=YQ, period_alts=YQ_ALTS)
g.fact("分别提高0.6和", "0.6", value=0.6, unit="pp", kind="change", metric=HT,
       metric_alts=HT_ALTS, **CN, period=YQ, period_alts=YQ_ALTS, comparison="yoy",
       note="分别: 0.6 ↔ 高技术制造业, 1.0 ↔ 装备制造业; the unit 个百分点 is written once after "
            "the last value (SPEC §5: the first gets the bare number); pp change of a share "
            "(README §3: the share's metric); 提高 → positive; 比上年 → yoy")
g.fact("0.6和1.0个百分点", "1.0个百分点", value=1.0, unit="pp", kind="change", metric=EQ,
       metric_alts=EQ_ALTS, **CN, period=YQ, period_alts=YQ_ALTS, comparison="yoy")
g.neg("34.6%，比上年分别提高0.6和1.0个百分点。2024年", "2024年", PERIOD_NOTE)
g.fact("比上年增长8%", "8%", value=8, unit="%", kind="growth", metric="制造业技改投资",
       metric_alts=["制造业技术改造投资", "技改投资", "制造业技改投资增速", "制造业技术改造投资增速"],
       **CN, period=Y, comparison="yoy",
       note="比上年 → yoy; 快于全部投资 has no numeral")
g.neg("全部投资。2024年", "2024年", PERIOD_NOTE + " (no number in its sentence: 都比上年下降 "
      "has no numeral)")
g.fact("数控化率超过75%", "75%", value=75, unit="%", kind="share", bound="gt",
       metric="原材料工业关键工序数控化率",
       metric_alts=["原材料工业关键工序的数控化率", "关键工序数控化率", "关键工序的数控化率",
                    "数控化率"],
       **CN, period=YE, period_alts=[P("年末", "2024-01-01", "2024-12-31")],
       note="a rate of a stock (the share of key processes under numerical control at the "
            "year end) → share; 年末 → instant 2024-12-31 (SPEC §4), the year 2024 as alt; "
            "超过 → gt (outside the span)")
g.neg("“十四五”的规划目标", "十四五", "plan name 十四五 (the 14th Five-Year Plan), not a "
      "quantity; the target itself is not given")

# ---- line 8 ----------------------------------------------------------------------------
g.neg("发展动能更新。2024年", "2024年", PERIOD_NOTE)
INT = "研发经费投入强度"
g.fact("达到2.68%", "2.68%", value=2.68, unit="%", kind="share", metric=INT,
       metric_alts=["研究与试验发展经费投入强度", "R&D经费投入强度", "研发投入强度",
                    "研发经费投入占GDP比重"],
       **CN, period=Y,
       note="R&D spending as a share of GDP → share; 达到 → eq; 继续提高 has no numeral")
g.fact("基础研究经费增长10.5%", "10.5%", value=10.5, unit="%", kind="growth",
       metric="基础研究经费",
       metric_alts=["基础研究经费投入", "基础研究投入", "基础研究经费增速"], **CN, period=Y,
       comparison="yoy", note="growth without basis → yoy; 2024年 of the line")
g.neg("10.5%。2024年", "2024年", PERIOD_NOTE + " (no number in its sentence)")
g.neg("显现。2024年", "2024年", PERIOD_NOTE)
g.fact("比上年增长6.5%", "6.5%", value=6.5, unit="%", kind="growth",
       metric="实物商品网上零售额",
       metric_alts=["实物商品网上零售额增速", "网上零售额", "实物商品网上零售"], **CN, period=Y,
       comparison="yoy", note="比上年 → yoy; 快递业务量再创历史新高 has no numeral")

# ---- line 9 ----------------------------------------------------------------------------
g.neg("\n2024年，我国新型城镇化", "2024年", PERIOD_NOTE)
URB = "常住人口城镇化率"
URB_ALTS = ["常住人口的城镇化率", "城镇化率", "年末常住人口的城镇化率", "年末常住人口城镇化率",
            "常住人口城镇化水平"]
g.fact("城镇化率达到67%", "67%", value=67, unit="%", kind="share", metric=URB,
       metric_alts=URB_ALTS, **CN, period=YE,
       note="a rate of a population (SPEC §2) → share; 年末 → instant 2024-12-31 (a stock); "
            "达到 → eq")
g.fact("比上年末提高0.84个百分点", "0.84个百分点", value=0.84, unit="pp", kind="change",
       metric=URB, metric_alts=URB_ALTS, **CN, period=YE,
       period_alts=[P("年末", "2024-01-01", "2024-12-31")], comparison="yoy",
       note="change of a 年末 stock against 上年末: the instant 2024-12-31, the year over which "
            "it changed as alt (as CHANGE_YE in cm_qiandongnan_2016); 提高 → positive; yoy")

# ---- line 10 ---------------------------------------------------------------------------
UNEMP = "城镇调查失业率"
g.fact("失业率比上年下降0.1个百分点", "0.1个百分点", value=-0.1, unit="pp", kind="change",
       metric=UNEMP,
       metric_alts=["全国城镇调查失业率", "调查失业率", "失业率", "城镇调查失业率平均值"], **CN,
       **DOC, comparison="yoy",
       note="pp change of a rate of a population (the rate's metric); 下降 → negative; 比上年 "
            "→ yoy; 全国 → 中国; " + DOC_NOTE)
INC = "居民人均可支配收入"
g.fact("实际增长5.1%", "5.1%", value=5.1, unit="%", kind="growth", metric=INC,
       metric_alts=["全国居民人均可支配收入", "人均可支配收入", "居民人均可支配收入增速", "居民收入",
                    "居民人均可支配收入实际增速"],
       **CN, **DOC, comparison="yoy",
       note="实际 (real) growth, yoy; 与经济增长同步 has no numeral; " + DOC_NOTE)
WORK = "脱贫人口务工规模"
g.fact("连续四年稳定在", "四年", value=4, unit="year", kind="amount",
       metric="脱贫人口务工规模稳定在3000万人以上持续时间",
       metric_alts=["脱贫人口务工规模连续稳定在3000万人以上", "脱贫人口务工规模稳定在3000万人以上的年数",
                    "稳定在3000万人以上持续时间", "连续稳定在3000万人以上", "脱贫人口务工规模持续时间",
                    "脱贫人口务工规模保持在3000万人以上持续时间"],
       **CN, period=STREAK4, period_alts=STREAK_ALTS,
       note="length of the streak (连续四年) → 4 year, a duration fact (as 连续3年 in "
            "nw_cctv_20260119); the streak 2021..2024 (ending with the year reported) as gold "
            "(as the streaks of nw_cctv_20200716), the document year 2024 and null as alts")
g.fact("稳定在3000万人以上", "3000万人", value=3000e4, unit="count", kind="count",
       bound="ge", classifier="人", metric=WORK,
       metric_alts=["脱贫人口务工人数", "务工规模", "脱贫人口务工", "脱贫劳动力务工规模",
                    "脱贫人口外出务工规模"],
       **CN, period=STREAK4, period_alts=STREAK_ALTS,
       note="以上 → ge (outside the span); the number of people lifted out of poverty who work "
            "(务工规模 counted in people, classifier 人); the level held in each year of the "
            "streak → 2021..2024 (as 站稳在1.4万亿斤以上 in nw_cctv_20260119), 2024 and null "
            "as alts")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-10 (a byte copy "
    "made by code): a short 新闻联播 item, so all of it is taken. Date: 2025-01-17, the "
    "broadcast date given by the source meta (file name of the daily transcript "
    "news/20250117.md and the 查看原文 URL) and stated in the text: 国务院新闻办公室今天（1月"
    "17日）举行新闻发布会，国家统计局发布2024年国民经济运行主要指标 — the NBS released the 2024 "
    "annual data on 17 January 2025. 2024年 / 2024年全年 / 全年 = 2024-01-01..2024-12-31; "
    "一季度…四季度 = the quarters of 2024; 年末 = the instant 2024-12-31; 比上年 / 比上年末 "
    "(2023) are comparison bases (yoy); 连续四年 = 2021..2024. Place: 中国 (national release; "
    "全国/我国 → 中国). Title: line 1 as written. Periods: a line is a paragraph (lines 4 "
    "and 6 are one-sentence headers, their 2024年 reaches no number); the item's document "
    "period 2024 (null as alt, as nw_cctv_20200117_china_2019) governs line 5's grain figure "
    "and line 10 (no period), and line 7's 全年. Stocks: 数控化率 and 城镇化率 at 年末 → "
    "instant 2024-12-31 (the change 比上年末 too, the year as alt). Streak: 连续四年 → "
    "duration 4 year and the level held (3000万人以上, ge) over 2021..2024 (2024 and null as "
    "alts), as nw_cctv_20260119. Judgement calls: 首次站上1.4万亿斤的新台阶 → 7e8 t, gt; "
    "社会消费品零售总额、固定资产投资分别达到48.8万亿元和51.4万亿元 → two amounts; 所占比重 "
    "分别上升到16.3%、34.6% → shares of 规模以上工业增加值 (metric …增加值占比, the written "
    "所占比重 forms as alts), 分别提高0.6和1.0个百分点 → their pp changes; 城镇调查失业率比上年"
    "下降0.1个百分点 → change −0.1; 一次能源 → negative. Negatives: 2024年 ×12 (periods, incl. "
    "title), 2024年全年, 1月17日 (date), 一季度, 二季度, 三季度, 四季度 (periods), 首次, 一次 "
    "(一次能源), 十四五 (plan name). Lexicalized, not listed: 零售 ×3, 单位 (单位增加值能耗).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
