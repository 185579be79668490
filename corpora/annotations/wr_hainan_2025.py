"""Gold annotations for wr_hainan_2025 (2025年海南省政府工作报告), lines 17-25 of
shared/texts/work_report/wr_hainan_2025.txt.

The excerpt corpora/wr_hainan_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review item （七） (efficient government, business
environment), the 过去一年 paragraph (the government's work with the congress), the thanks
and problems paragraphs, the heading of part 二、2025年工作总体要求和主要目标, its three
opening paragraphs and the 2025 主要预期目标 (line 25, whole).  The targets can be reached
with review lines before them: lines 17-25 make 2,445 characters (adding review item （六）,
1,085 characters, would pass 2,500).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_hainan_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_hainan_2025"
PLACE = "海南省"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 17, 25                    # 1-based, inclusive, whole lines
TITLE = "2025年海南省政府工作报告"
HN_ALTS = ["海南", "全省", "我省"]
GOV_ALTS = HN_ALTS + ["海南省人民政府", "省政府", "省人民政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（七）加强效能政府建设", ends="碳排放强度下降完成国家下达任务。")
text = g.text
fact = g.with_subject(PLACE, HN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
FOOTNOTE_NOTE = ("footnote marker ［N］ of the source (the report's glossary notes), not a "
                 "quantity")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# Line 1 of the excerpt is review item （七） of 一年来，主要做了以下工作 (source line 10,
# outside the excerpt): it states no period of its own and takes the review year 2024 (SPEC
# §4 section frame).  The excerpt names that year 过去一年 (line 2, which opens with it:
# explicit there), used as the period text; the null reading goes into period_alts (as
# wr_shaanxi_2025).  Stocks (N项 of a register, a share of it, a collected total) are the
# instant 2024-12-31, the literal year and null as alts.  Line 9: 今年 (= 2025) … 主要预期
# 目标 → modality target, period 2025.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
STREAK3 = P("连续三年", "2022-01-01", "2024-12-31")
T25 = P("今年", "2025-01-01", "2025-12-31")
TARGET = dict(period=T25, period_alts=[P("今年", None, None)], modality="target")
TARGET_NOTE = "主要预期目标 → target; 今年 = 2025"

# ---- line 1: （七） efficient government, business environment --------------------------------
g.neg("（七）加强效能", "（七）", MARKER_NOTE)
g.neg("坚定捍卫“两个确立”", "两个", "set label “两个确立”, not a count claim")
g.neg("坚决做到“两个维护”", "两个", "set label “两个维护”, not a count claim")
g.neg("中央八项规定", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count "
      "(as wr_jilin_2025)")
g.neg("纠治“四风”", "四风", LABEL_NOTE + " (the four undesirable work styles)")
g.neg("全国首例临时仲裁案", "首例", FIRST_NOTE)
g.neg("在我省开庭［13］", "［13］", FOOTNOTE_NOTE)
g.neg("“一码通全岛”", "一码通", "service name “一码通全岛” ('one code for the whole "
      "island'), not a quantity")
g.neg("投资海南一站式", "一站式", "label 一站式 'one-stop', not a quantity")
fact("13个“高效办成一件事”", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="“高效办成一件事”重点事项",
     metric_alts=["高效办成一件事重点事项", "重点事项", "“高效办成一件事”重点事项数量",
                  "进入国家阶段性评价第一梯队的“高效办成一件事”重点事项"], **FLOW,
     note="the items whose progress entered the leading tier of the national evaluation "
          "in 2024; the reform label inside the metric has its own negative")
g.neg("“高效办成一件事”重点", "一件事", LABEL_NOTE + " (reform name “高效办成一件事”)")
g.neg("进入国家阶段性评价第一梯队", "第一梯队", "tier label 第一梯队 ('the leading group'), "
      "not a ranked position")
fact("2200余项全省通办事项", "2200余项", value=2200, unit="count", kind="count",
     classifier="项", bound="gt", metric="全省通办事项",
     metric_alts=["实现线上线下办理的全省通办事项", "全省通办事项数量", "通办事项",
                  "线上线下办理的全省通办事项"], **STOCK,
     note="余 inside the span → gt; matters handled anywhere in the province (a register) → "
          + STOCK_NOTE)
g.neg("政务服务零跑动率", "零跑动", "label 零跑动 ('zero visits') inside the metric "
      "零跑动率, not a quantity")
fact("零跑动率提高至96.6%", "96.6%", value=96.6, unit="%", kind="share",
     metric="政务服务零跑动率", metric_alts=["零跑动率", "政务服务“零跑动”率"], **STOCK,
     note="提高至 = the level reached; share of the register of government services "
          "needing no visit (a share of a stock) → " + STOCK_NOTE)
g.neg("“综合查一次”", "一次", LABEL_NOTE + " (reform name “综合查一次” 'one joint "
      "inspection')")
g.neg("“审管法信［14］”", "［14］", FOOTNOTE_NOTE)
fact("公共信用信息超1亿条", "1亿条", value=1e8, unit="count", kind="count", classifier="条",
     bound="gt", metric="公共信用信息",
     metric_alts=["归集公共信用信息", "公共信用信息数量", "归集的公共信用信息",
                  "公共信用信息条数"], **STOCK,
     note="超 → gt (outside the span); information collected (归集, a cumulative total) → "
          + STOCK_NOTE)
fact("连续三年全国第一", "三年", value=3, unit="year", kind="amount",
     metric="涉企告知承诺事项数量全国第一持续时间",
     metric_alts=["涉企告知承诺事项数量连续全国第一", "涉企告知承诺事项数量全国第一年数",
                  "连续全国第一", "涉企告知承诺事项数量"],
     period=Y24, period_alts=[Y24_NULL, STREAK3],
     note="length of the streak 连续三年 (a duration, unit year), as the streaks of "
          "wr_guizhou_2025 / wr_heilongjiang_2025 — judgement call; the streak ends in the "
          "review year (alt 2022-2024)")
fact("三年全国第一。", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="涉企告知承诺事项数量",
     metric_alts=["涉企告知承诺事项", "涉企告知承诺事项数量排名", "告知承诺事项数量"],
     period=Y24, period_alts=[Y24_NULL, STREAK3],
     note="the position in the review year, held in each year of the streak (alt "
          "2022-2024)")

# ---- line 2: 过去一年 (the government and the congress) ---------------------------------------
gov = g.with_subject(PLACE, GOV_ALTS)
g.neg("过去一年，省政府", "过去一年", PERIOD_NOTE + " (the review year 2024; governs line 2 "
      "and names the frame of the review)")
GOV_NOTE = ("the provincial government's own work in 2024 (省政府 as subject alt, as "
            "wr_jilin_2025)")
gov("法规议案27件", "27件", value=27, unit="count", kind="count", classifier="件",
    metric="提请审议法规议案",
    metric_alts=["法规议案", "提请审议的法规议案", "法规议案数量"], **FLOW, note=GOV_NOTE)
gov("报告专项工作19次", "19次", value=19, unit="count", kind="count", classifier="次",
    metric="报告专项工作",
    metric_alts=["专项工作报告", "报告专项工作次数", "专项工作"], **FLOW)
gov("人大代表建议406件", "406件", value=406, unit="count", kind="count", classifier="件",
    metric="人大代表建议",
    metric_alts=["办理人大代表建议", "办理的人大代表建议", "人大代表建议数量", "代表建议"],
    **FLOW)
gov("政协提案522件", "522件", value=522, unit="count", kind="count", classifier="件",
    metric="政协提案",
    metric_alts=["办理政协提案", "办理的政协提案", "政协提案数量", "提案"], **FLOW,
    note="verb 办理 shared with 406件")
g.neg("人防海防、双拥共建", "双拥", LABEL_NOTE + " (双拥: 拥军优属、拥政爱民)")

# ---- line 3: thanks (no facts) ------------------------------------------------------------
g.neg("取得这样的成绩十分不易", "十分", "adverb 十分 'very', not a quantity")
g.neg("全省人民团结一心", "一心", "idiom 团结一心 'united as one', not a quantity")

# ---- line 4: problems (no facts) -----------------------------------------------------------
g.neg("一是经济恢复", "一是", MARKER_NOTE)
g.neg("二是高质量发展", "二是", MARKER_NOTE)
g.neg("三是安全发展", "三是", MARKER_NOTE)
g.neg("四是民生保障", "四是", MARKER_NOTE)
g.neg("五是担当作为", "五是", MARKER_NOTE)

# ---- line 5: heading of part 二 ------------------------------------------------------------
g.neg("二、2025年工作总体要求", "二、", MARKER_NOTE)
g.neg("二、2025年工作总体要求", "2025年", PERIOD_NOTE + " (section heading: the targets' "
      "year)")

# ---- lines 6-8 (no facts) ------------------------------------------------------------------
g.neg("今年是“十四五”规划", "十四五", "plan label 十四五")
g.neg("总书记去年12月亲临", "去年12月", PERIOD_NOTE + " (December 2024, the date of a "
      "visit; no fact)")
g.neg("建设“三区一中心”", "三区一中心", LABEL_NOTE + " (Hainan's strategic positioning "
      "“三区一中心”)")
g.neg("世界百年未有之大变局", "百年", "idiom 百年未有之大变局 'changes unseen in a century', "
      "not a duration fact")
g.neg("党的二十届三中全会", "二十届三中全会", "plenum label (SPEC §1)")
g.neg("国家一揽子增量政策", "一揽子", "quantifier 一揽子 'package of (policies)', not a "
      "quantity")
g.neg("会议的一系列部署", "一系列", "quantifier 一系列 'a series of' (README §2)")
g.neg("“三度一色［15］”", "三度一色", LABEL_NOTE + " (Hainan's natural endowments: "
      "温度、湿度、高度 and 绿色)")
g.neg("“三度一色［15］”", "［15］", FOOTNOTE_NOTE)

# ---- line 9: 2025 主要预期目标 ---------------------------------------------------------------
fact("地区生产总值增长6%以上", "6%", value=6, unit="%", kind="growth", bound="ge",
     metric="地区生产总值",
     metric_alts=["GDP", "生产总值", "经济增长", "地区生产总值增速", "全省地区生产总值"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 以上 → ge (outside the span)")
fact("预算收入增长3%左右", "3%", value=3, unit="%", kind="growth", bound="approx",
     metric="地方一般公共预算收入",
     metric_alts=["一般公共预算收入", "公共预算收入", "地方财政收入"], comparison="yoy",
     **TARGET, note=TARGET_NOTE + "; 左右 → approx")
fact("固定资产投资增长8%以上", "8%", value=8, unit="%", kind="growth", bound="ge",
     metric="固定资产投资", metric_alts=["固定资产投资增速"], comparison="yoy", **TARGET,
     note=TARGET_NOTE + "; 以上 → ge")
fact("零售总额增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 以上 → ge")
INC_NOTE = ("城镇和农村 … 分别 → 城镇 first, 农村 second (list order); head 常住居民人均可支配"
            "收入 restored per part; 左右 → approx")
fact("分别增长6.5%左右", "6.5%", value=6.5, unit="%", kind="growth", bound="approx",
     metric="城镇常住居民人均可支配收入",
     metric_alts=["城镇居民人均可支配收入", "城乡常住居民人均可支配收入", "人均可支配收入",
                  "城镇和农村常住居民人均可支配收入"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; " + INC_NOTE)
fact("左右、7.5%左右", "7.5%", value=7.5, unit="%", kind="growth", bound="approx",
     metric="农村常住居民人均可支配收入",
     metric_alts=["农村居民人均可支配收入", "城乡常住居民人均可支配收入", "人均可支配收入",
                  "城镇和农村常住居民人均可支配收入"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; " + INC_NOTE)
fact("失业率控制在5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
     note=TARGET_NOTE + "; a rate (share of the labour force), not a growth; 左右 → approx")
fact("价格涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 涨幅 = growth of the price level")

NOTES = (
    "Excerpt: lines 17-25 of shared/texts/work_report/wr_hainan_2025.txt (2,445 characters), "
    "sliced by code: review item （七） (efficient government, business environment), the "
    "过去一年 paragraph (the government's work with the congress), the thanks and problems "
    "paragraphs, the heading 二、2025年工作总体要求和主要目标, three opening paragraphs of "
    "part 二 and the 2025 主要预期目标 (line 25, whole). The brief asks for the targets with "
    "review lines before them: lines 17-25 are the longest such run within 2,500 characters "
    "(adding review item （六）, 1,085 characters, would pass it). Title, dateline and source "
    "line are outside the excerpt (title_in_text=False). Date: 2025-01-14, the delivery date "
    "in the report's dateline (source line 2: ——2025年1月14日海南省省长 刘小明在海南省第七届"
    "人民代表大会第四次会议上的讲话); the corpus meta gives only '2025' (its notes say no date "
    "was found), but the dateline is the document's own statement and fixes the day. "
    "过去一年 = 2024; 今年 = 2025; 去年12月 = December 2024 (a visit, no fact). Place: 海南省 "
    "(全省, 我省, 海南 → alts); the government's own acts (27件, 19次, 406件, 522件) add "
    "省政府 / 海南省人民政府 as subject alts. Periods: line 1 (item （七）) states no period → "
    "the review year 2024 with the excerpt's own naming 过去一年 (line 2) as period text, null "
    "as alt (as wr_shaanxi_2025); line 2 opens with 过去一年 (explicit); stocks (2200余项 "
    "通办事项, 零跑动率 96.6%, 公共信用信息超1亿条) → instant 2024-12-31 with the year and null "
    "as alts; the streak 连续三年 and its rank 第一 → the year with 2022-2024 as alt. Line 9: "
    "2025 targets (modality target, period 今年 = 2025; 以上 → ge, 左右 → approx). Judgement "
    "calls: 连续三年 a duration fact (as other work-report golds) beside the rank 第一; "
    "零跑动率's 零跑动 a label negative inside the metric; the source's footnote markers "
    "［13］［14］［15］ are negatives; 第一梯队 a tier label (negative); 13个 counts the "
    "“高效办成一件事” key items (the label itself a negative). Negatives: （七）, 两个 ×2, "
    "八项规定, 四风, 首例, ［13］, 一码通, 一站式, 一件事, 第一梯队, 零跑动, 一次 (综合查一次), "
    "［14］, 过去一年, 双拥, 十分, 一心, 一是-五是, 二、, 2025年, 十四五, 去年12月, 三区一中心, 百年, "
    "二十届三中全会, 一揽子, 一系列, 三度一色, ［15］. Not annotated (no numeral): "
    "行政机关负责人出庭应诉率居全国前列, 节能减排和碳排放强度下降完成国家下达任务.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：海南日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
