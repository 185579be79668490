"""Gold annotations for wr_shandong_2025 (held-out: corpora/heldout/).

The excerpt is lines 16-25 (1-based, inclusive, whole lines, newline kept) of
shared/texts/work_report/wr_shandong_2025.txt, sliced by code from the source bytes, never
retyped: items 四是 … 六是 of the detailed 2024 review (一年来，着重抓了以下工作, line 12 of
the source), the 过去一年 / 一年来 closing paragraphs of the review, the problems paragraph,
the heading of part 二, the general requirements and the 2025 主要预期目标 (line 25, whole).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shandong_2025.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_shandong_2025"
PLACE = "山东省"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 16, 25                    # 1-based, inclusive, whole lines
TITLE = "2025年山东省政府工作报告"
SUBJ_ALTS = ["山东", "全省"]
GOV_ALTS = SUBJ_ALTS + ["山东省人民政府", "省政府", "省人民政府"]


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="四是扎实抓好营商环境优化提升",
                 ends="环境质量改善约束性指标。")
text = g.text


fact = g.with_subject(PLACE, SUBJ_ALTS)


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是 / heading number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# Lines 16-18 (四是…六是) are items of 一年来，着重抓了以下工作 (source line 12, outside the
# excerpt) in part 一、2024年工作回顾: they state no period of their own and take the review
# year 2024 (SPEC §4 section frame; period text 一年来, the review's naming of it), the null
# reading in period_alts.  Line 20 opens with 一年来 itself (explicit, same dates).  Stocks
# (a share of a stock: 网上可办率, 保交房完成 95%) are instants at 2024-12-31, the literal
# year and null as alts.  Line 25: 今年…主要预期目标 → 2025, modality target.
Y24 = P("一年来", "2024-01-01", "2024-12-31")
Y24_NULL = P("一年来", None, None)
Y24_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])   # level, stock reading alt
STOCK_NOTE = ("share of a stock under the inherited review year 2024: instant at "
              "2024-12-31; period_alts keep the literal inheritance 2024-01-01..2024-12-31 "
              "and the null reading")
# 迎峰度夏期间 (the 2024 summer peak-load season) has no calendar dates: the facts it
# governs keep the review year 2024 (the summer lies inside it), null as alt.
SUMMER = dict(period=P("迎峰度夏期间", "2024-01-01", "2024-12-31"),
              period_alts=[P("迎峰度夏期间", None, None)])
T25 = P("今年", "2025-01-01", "2025-12-31")
TARGET = dict(period=T25, modality="target")

# ---- line 16: 四是扎实抓好营商环境优化提升 ----------------------------------------------
g.neg("四是扎实抓好营商环境", "四是", MARKER_NOTE)
g.neg("聚力深化“高效办成一件事”", "一件事",
      "service-programme name 高效办成一件事 ('get one thing done efficiently'), not a count")
fact("营商环境创新提升59条", "59条", value=59, unit="count", kind="count", classifier="条",
     metric="营商环境创新提升措施",
     metric_alts=["营商环境创新提升59条", "“营商环境创新提升59条”", "营商环境创新提升",
                  "营商环境创新提升政策措施", "营商环境创新提升政策", "营商环境创新提升条款",
                  "营商环境措施"],
     **FLOW,
     note="quoted nickname of a policy document that states its number of measures: a count "
          "of measures (README §2 七条措施; wr_sichuan 稳增长“18条”), not a bare label")
ONE_THING = ["一件事", "“一件事”事项", "一件事事项", "高效办成一件事", "“高效办成一件事”",
             "“高效办成一件事”事项", "高效办成一件事事项", "“一件事”落地实施", "一件事落地实施",
             "落地实施的“一件事”", "“一件事”数量"]
fact("扎实推进21项“一件事”", "21项", value=21, unit="count", kind="count", classifier="项",
     metric="“一件事”", metric_alts=ONE_THING, **FLOW,
     note="items of the 高效办成一件事 service put into practice (落地实施) in 2024 (cf. "
          "wr_henan 17项 高效办成一件事)")
g.neg("21项“一件事”落地", "一件事", "service-programme name “一件事”, not a count")
fact("网上可办率90%以上", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="政务服务事项网上可办率",
     metric_alts=["网上可办率", "政务服务网上可办率", "政务服务事项网上可办比例",
                  "政务服务事项网上可办"],
     **STOCK, note="以上 → ge, outside the span; " + STOCK_NOTE)
fact("便民热线等19项典型经验", "19项", value=19, unit="count", kind="count", classifier="项",
     metric="典型经验",
     metric_alts=["在全国推广的典型经验", "典型经验在全国推广", "全国推广典型经验",
                  "典型经验数量", "便民热线等典型经验", "便民热线等典型经验在全国推广",
                  "全国推广的典型经验"],
     **FLOW, note="practices of the province taken up nationwide in 2024")
fact("入企检查频次压减45%", "45%", value=-45, unit="%", kind="growth",
     metric="重点领域入企检查频次",
     metric_alts=["入企检查频次", "重点领域入企检查", "入企检查", "检查频次"],
     comparison="yoy", **FLOW,
     note="压减 45% = the frequency cut by 45% → growth -45 (cf. wr_china 压缩一半 → -50); "
          "basis: the frequency before → yoy")
g.neg("“12345”热线", "12345", "hotline number (phone number), not a quantity")
g.neg("居全国第一方阵", "第一方阵",
      "tier label 第一方阵 ('the leading group'), not a ranked position: the text does not "
      "say the province ranks first")

# ---- line 17: 五是扎实抓好民生社会事业发展 ------------------------------------------------
g.neg("五是扎实抓好民生", "五是", MARKER_NOTE)
fact("滚动实施20项重点民生实事", "20项", value=20, unit="count", kind="count",
     classifier="项", metric="重点民生实事",
     metric_alts=["民生实事", "重点民生实事数量", "滚动实施重点民生实事", "实施重点民生实事"],
     **FLOW, note="count of the year's measures (cf. wr_henan 十项重点民生实事)")
g.neg("省属高校“双一流”", "双一流",
      "label 双一流 (world-class universities and disciplines), not a quantity")
fact("建设15所“双高计划”高职院校", "15所", value=15, unit="count", kind="count",
     classifier="所", metric="“双高计划”高职院校",
     metric_alts=["双高计划高职院校", "高职院校", "“双高计划”高职院校数量",
                  "建设“双高计划”高职院校", "建设双高计划高职院校", "高职院校数量"],
     **LEVEL, note="schools built up under the programme in 2024: the programme label "
                   "defines the counted set → in the metric; year-end reading as alt")
g.neg("15所“双高计划”", "双高", LABEL_NOTE + " (双高计划: high-level vocational schools and "
      "majors)")
g.neg("“全民参保·福暖万家”", "万家",
      "campaign slogan 福暖万家 ('warmth to ten thousand homes'), not a count")
g.neg("加强“三医”协同", "三医", LABEL_NOTE + " (三医: 医疗、医保、医药)")
g.neg("提质提效三年行动", "三年",
      "name of a three-year campaign (三年行动), not a duration fact")
g.neg("率先开展“五床联动”", "五床联动", LABEL_NOTE + " (五床联动: a care-bed scheme)")

# ---- line 18: 六是扎实抓好重点领域风险防范化解 -------------------------------------------
g.neg("六是扎实抓好重点领域", "六是", MARKER_NOTE)
g.neg("持续“双下降”", "双下降",
      "label “双下降” (both figures fell), no quantity stated")
g.neg("实施一揽子化债方案", "一揽子", "一揽子 'package of', not a quantity")
g.neg("兜牢基层“三保”底线", "三保", LABEL_NOTE + " (三保: 保基本民生、保工资、保运转)")
fact("保交房完成95%以上", "95%", value=95, unit="%", kind="share", bound="ge",
     metric="保交房完成率",
     metric_alts=["保交房", "保交房完成比例", "保交房完成", "保交房项目交付率",
                  "保交房交付率", "保交房完成进度"],
     **STOCK,
     note="share of the 保交房 housing-delivery task completed (cumulative, cf. wr_henan "
          "保交房项目交付率 94.6%); 以上 → ge; " + STOCK_NOTE)
POWER_SUBJ = SUBJ_ALTS + ["全网", "山东电网", "山东省电网"]
fact("全网用电负荷39天破亿", "39天", value=39, unit="day", kind="amount",
     metric="全网用电负荷破亿天数",
     metric_alts=["用电负荷破亿天数", "全网用电负荷破亿", "用电负荷破亿", "全网用电负荷",
                  "用电负荷", "破亿天数", "全网用电负荷破亿的天数"],
     subject_alts=POWER_SUBJ, **SUMMER,
     note="days (SPEC §3: 天 → unit day) on which the grid load exceeded 1亿 (千瓦) during "
          "the 2024 summer peak season; the threshold 破亿 defines the days counted (SPEC "
          "§2) → in the metric")
g.neg("39天破亿", "亿",
      "threshold (load above 1亿 千瓦) defining the set of days counted (SPEC §2), part of "
      "the metric of 39天, not a fact of its own")
fact("4次刷新历史记录", "4次", value=4, unit="count", kind="count", classifier="次",
     metric="刷新历史记录",
     metric_alts=["全网用电负荷刷新历史记录", "用电负荷刷新历史记录", "刷新历史记录次数",
                  "全网用电负荷刷新历史记录次数", "用电负荷刷新历史记录次数", "历史记录刷新",
                  "用电负荷创历史新高次数", "全网用电负荷"],
     subject_alts=POWER_SUBJ, **SUMMER,
     note="times the grid load set a new record during the 2024 summer peak season")

# ---- line 19: 过去一年，… -------------------------------------------------------------------
g.neg("过去一年，国防动员", "过去一年", PERIOD_NOTE + " (the review year 2024)")
g.neg("双拥共建", "双拥", LABEL_NOTE + " (双拥: 拥军优属、拥政爱民)")
g.neg("红十字会", "红十字", "organisation name 红十字会 (Red Cross); 十字 'cross', not a number")
g.neg("关心下一代", "一代", "下一代 'the next generation', not a quantity")

# ---- line 20: 一年来，我们… -----------------------------------------------------------------
g.neg("一年来，我们健全", "一年来",
      PERIOD_NOTE + " (the review year 2024, governs this line); not a duration fact")
g.neg("一项一项抓落地", "一项一项", "idiom 一项一项 'one by one', not a count")
Y24_EXPL = dict(period=Y24, period_alts=[Y24_NULL])
fact("办理省人大代表建议971件", "971件", value=971, unit="count", kind="count",
     classifier="件", metric="省人大代表建议",
     metric_alts=["办理省人大代表建议", "人大代表建议", "省人大代表建议办理", "代表建议",
                  "省人大代表建议数量", "办理的省人大代表建议"],
     subject_alts=GOV_ALTS, **Y24_EXPL,
     note="handled by the provincial government (我们): subject the document's place, the "
          "government as alt; 一年来 at the head of the line = 2024")
fact("政协提案952件", "952件", value=952, unit="count", kind="count", classifier="件",
     metric="政协提案",
     metric_alts=["省政协提案", "办理政协提案", "政协提案数量", "政协委员提案",
                  "办理省政协提案", "政协提案办理"],
     subject_alts=GOV_ALTS, **Y24_EXPL, note="head 办理 shared with 971件")
fact("召开省级新闻发布会185场", "185场", value=185, unit="count", kind="count",
     classifier="场", metric="省级新闻发布会",
     metric_alts=["召开省级新闻发布会", "新闻发布会", "省级新闻发布会场次",
                  "省级新闻发布会数量"],
     subject_alts=GOV_ALTS, **Y24_EXPL)
fact("政务公开进入全国前三", "前三", value=3, unit="rank", kind="rank", bound="le",
     scope="全国", metric="政务公开",
     metric_alts=["政务公开排名", "政务公开水平", "政务公开工作", "政务公开评估",
                  "政务公开评估排名"],
     subject_alts=GOV_ALTS, **Y24_EXPL,
     note="全国前三 → rank 3, bound le (SPEC §2), scope 全国, span without the scope word")

# ---- line 21: 各位代表！一年来的历程 ---------------------------------------------------------
g.neg("一年来的历程", "一年来", PERIOD_NOTE + " (the review year; no fact in the line)")

# ---- line 22: problems (no facts) ---------------------------------------------------------
g.neg("我们一定高度重视", "一定", "adverb 一定 'certainly', not a quantity")

# ---- line 23: section heading ---------------------------------------------------------------
g.neg("二、2025年工作", "二、", MARKER_NOTE)
g.neg("二、2025年工作", "2025年", PERIOD_NOTE + " (section heading: the targets' year)")

# ---- line 24: general requirements (no facts) ---------------------------------------------
g.neg("今年是“十四五”规划收官", "十四五", "plan label 十四五")
g.neg("改革的重要一年", "一年",
      "重要一年 'an important year' (the year 2025 itself), not a duration fact")
g.neg("省委十二届八次全体会议", "十二届", "session label of the provincial party committee")
g.neg("省委十二届八次全体会议", "八次", "plenary-session label (第八次全体会议)")
g.neg("党的二十大", "二十大", "congress label 二十大")
g.neg("二十届二中、三中全会", "二十届二中、三中全会", "plenum labels, not quantities")
g.neg("“头号工程”", "头号", "label 头号工程 ('number-one project'), not a rank")
g.neg("“三个十大”行动", "三个十大", LABEL_NOTE + " (三个十大 action programme)")
g.neg("“十个新优势”", "十个", LABEL_NOTE + " (十个新优势, a slogan), not a count")
g.neg("完成“十四五”规划目标", "十四五", "plan label 十四五")

# ---- line 25: 2025 main targets ---------------------------------------------------------
fact("地区生产总值增长5%以上", "5%", value=5, unit="%", kind="growth", bound="ge",
     metric="地区生产总值",
     metric_alts=["GDP", "生产总值", "地区生产总值增长", "经济增长", "经济增速", "GDP增长",
                  "全省地区生产总值"],
     comparison="yoy", **TARGET,
     note="主要预期目标 → target; 今年 = 2025 stated at the head of the line; 以上 → ge")
fact("一般公共预算收入增长3%", "3%", value=3, unit="%", kind="growth",
     metric="一般公共预算收入",
     metric_alts=["地方一般公共预算收入", "一般公共预算收入增长", "一般公共预算收入增速",
                  "财政收入"],
     comparison="yoy", **TARGET)
fact("城镇调查失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
     note="a rate → share; 左右 → approx")
fact("城镇新增就业110万人以上", "110万人", value=1100000, unit="count", kind="count",
     bound="ge", classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **TARGET, note="以上 → ge, outside the span")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: items 四是, 五是, 六是 "
    "of the detailed 2024 review (the earlier, figure-dense lines 4-11 and 13-15 would not "
    "fit into 2,500 characters together with the targets), the 过去一年 and 一年来 closing "
    "paragraphs, the thanks and problems paragraphs, the heading of part 二, the general "
    "requirements and the 2025 主要预期目标 (line 25, whole). Date: 2025-01-20, the delivery "
    "date of the corpus meta (its notes quote the docx header line 2025年1月20日在山东省第十四届"
    "人民代表大会第三次会议上…, which the text file does not keep); nothing in the excerpt "
    "contradicts it (2024 results reported, 2025 targets proposed). Title: the corpus meta "
    "title = line 1 of the source, outside the excerpt. Place: provincial report → 山东省 "
    "(alts 山东, 全省; the government's own acts 971件/952件/185场/前三 add 山东省人民政府/省政府; "
    "the grid figures add 全网/山东电网). Periods: lines 16-18 take the review year 2024 "
    "(section frame of 一年来，着重抓了以下工作, source line 12; period text 一年来), null "
    "in period_alts; shares of a stock (网上可办率 90%, 保交房完成 95%) are instants at "
    "2024-12-31 with the literal year and null as alts; 迎峰度夏期间 (summer 2024, no calendar "
    "dates) keeps 2024 for 39天/4次, null as alt; line 20 opens with 一年来 (explicit, 2024). "
    "Line 25: 今年 = 2025, 主要预期目标 → modality target. Judgement calls: 第一方阵 (a tier, "
    "not a position) and the 破亿 threshold (defines the days counted in 39天) are "
    "negatives; “营商环境创新提升59条” is a count of measures (as wr_sichuan 稳增长“18条”); "
    "压减45% is growth -45.")

g.write(date="2025-01-20",
        source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} (来源：大众新闻客户端)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
