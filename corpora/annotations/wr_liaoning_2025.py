"""Gold annotations for wr_liaoning_2025 (2025年辽宁省政府工作报告), lines 16-25 of
shared/texts/work_report/wr_liaoning_2025.txt.

The excerpt corpora/wr_liaoning_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the last review paragraphs of item （六） (城乡人居环境
持续改善, 文体事业精彩纷呈), item （七） (safety: accidents, hidden debt, housing, petitions,
crime), the 一年来 government paragraph, the defence/other-work paragraph, the thanks and
problems paragraphs, the heading 二、2025年工作安排, its opening paragraph and the 2025
主要预期目标 (line 25, whole).  The brief asks for the targets with some review lines before
them: lines 16-25 (2,326 characters) are the longest such run within 2,500 characters
(lines 15-25: 2,509).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_liaoning_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_liaoning_2025"
PLACE = "辽宁省"
REF = "2025-01-16"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 16, 25                    # 1-based, inclusive, whole lines
TITLE = "2025年辽宁省政府工作报告"
LN_ALTS = ["辽宁", "全省", "我省"]
GOV_ALTS = LN_ALTS + ["辽宁省人民政府", "省政府", "省人民政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="城乡人居环境持续改善。", ends="完成国家下达任务。")
text = g.text
fact = g.with_subject(PLACE, LN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
PLAN3_NOTE = ("name of the three-year programme (三年行动), not a duration fact (as "
              "“十大战略”三年行动计划 in other golds)")
JIN = 0.0005                            # t per 斤 (SPEC §3)

# ---- periods (reference date 2025-01-16) ---------------------------------------------------
# The review of 2024 has no heading in this report (it opens at source line 4, 面对多重压力…);
# lines 16 and 18 (and 21) state no period of their own: they take the review year 2024 as
# the section frame (SPEC §4) with the excerpt's own name of that year, 一年来 (line 19), as
# period text and null in period_alts (as wr_gansu_2025).  Line 17 names 2024年 (in
# 2024年央视春晚) before its numbers: same dates, period text 2024年.  Line 19 opens with
# 一年来 (explicit).  Stocks (a population) → the instant 2024-12-31.  Line 25 (the targets)
# states no period: the heading 二、2025年工作安排 (line 23) is its section frame → 2025,
# modality target (line 24's 今年 is another line and does not reach it).
YF = P("一年来", "2024-01-01", "2024-12-31")
YF_NULL = P("一年来", None, None)
YF_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=YF, period_alts=[YF_NULL])
STOCK = dict(period=YF_END, period_alts=[YF, YF_NULL])
Y24 = P("2024年", "2024-01-01", "2024-12-31")
FLOW17 = dict(period=Y24, period_alts=[P("2024年", None, None), YF])
T25 = P("2025年", "2025-01-01", "2025-12-31")
TARGET = dict(period=T25, period_alts=[P("2025年", None, None)], modality="target")
TARGET_NOTE = "主要预期目标 → target; section frame 二、2025年工作安排 → 2025"
FRAME_NOTE = "no period in the line: review year 2024 (section frame, text 一年来), null as alt"

# ---- line 1: 城乡人居环境持续改善 ---------------------------------------------------------------
fact("14个市空气质量", "14个", value=14, unit="count", kind="count", classifier="个",
     metric="空气质量达到国家二级标准的市",
     metric_alts=["空气质量达到国家二级标准的城市", "空气质量达标城市", "空气质量达到国家二级标准城市",
                  "市", "城市", "空气质量全部达到国家二级标准的市"], **FLOW,
     note="the cities whose 2024 air quality met the class-II standard (all 14 cities of "
          "the province, 全部); the standard defines the counted set → in the metric; "
          + FRAME_NOTE)
g.neg("首次全部达到", "首次", "首次 'for the first time', not a rank or count")
g.neg("国家二级标准", "二级", "grade label 二级 (class-II air-quality standard), part of the "
      "counted set's definition, not a quantity")
fact("优良水体比例90%", "90%", value=90, unit="%", kind="share",
     metric="地表水国考断面优良水体比例",
     metric_alts=["优良水体比例", "国考断面优良水体比例", "地表水优良水体比例",
                  "地表水国考断面水质优良比例"], **FLOW)
fact("综合治理任务398.2万亩", "398.2万亩", value=398.2e4, unit="mu", kind="amount",
     metric="科尔沁沙地综合治理任务",
     metric_alts=["综合治理任务", "科尔沁沙地综合治理", "完成综合治理任务", "综合治理面积",
                  "科尔沁沙地综合治理面积", "沙地综合治理"], **FLOW,
     note="area treated in 2024 (完成…任务) in the 科尔沁 sandy land")
fact("草原生态修复25.3万亩", "25.3万亩", value=25.3e4, unit="mu", kind="amount",
     metric="草原生态修复",
     metric_alts=["完成草原生态修复", "草原生态修复面积", "草原修复"], **FLOW)
fact("营造林174万亩", "174万亩", value=174e4, unit="mu", kind="amount", metric="营造林",
     metric_alts=["营造林面积", "造林", "完成营造林", "造林面积"], **FLOW,
     note="verb 完成 shared with 草原生态修复")
fact("复绿治理18.1万亩", "18.1万亩", value=18.1e4, unit="mu", kind="amount",
     metric="废弃矿山复绿治理",
     metric_alts=["废弃矿山复绿", "矿山复绿治理", "废弃矿山复绿治理面积", "废弃矿山治理"],
     **FLOW)
fact("改造老旧小区813个", "813个", value=813, unit="count", kind="count", classifier="个",
     metric="老旧小区",
     metric_alts=["改造老旧小区", "老旧小区改造", "改造老旧小区数量", "城镇老旧小区"], **FLOW)
fact("老旧管网5305公里", "5305公里", value=5305e3, unit="m", kind="amount",
     metric="老旧管网",
     metric_alts=["改造老旧管网", "老旧管网改造", "老旧管网长度", "老旧管网改造长度"], **FLOW,
     note="verb 改造 shared; 公里 = 1e3 m")
g.neg("全国首批城市更新", "首批", FIRST_NOTE + " (首批 'first batch')")

# ---- line 2: 文体事业精彩纷呈 -----------------------------------------------------------------
g.neg("承办2024年央视春晚", "2024年", PERIOD_NOTE + " (the year in the event's name "
      "2024年央视春晚; it names 2024, the review year, and is read as governing the line: "
      "same dates as the frame)")
fact("6部文艺作品", "6部", value=6, unit="count", kind="count", classifier="部",
     metric="获“五个一工程”优秀作品奖的文艺作品",
     metric_alts=["文艺作品", "获“五个一工程”优秀作品奖文艺作品", "获五个一工程优秀作品奖的文艺作品",
                  "“五个一工程”优秀作品奖", "获奖文艺作品", "五个一工程获奖作品"], **FLOW17,
     note="works awarded in 2024 (the award in the metric); 创历史最好成绩 states no number")
g.neg("“五个一工程”优秀", "五个一", "name of the award programme “五个一工程”, not a count")
g.neg("国家一级博物馆", "一级", "grade label 一级 (first-grade national museum), not a rank "
      "or count")
fact("CBA“三连冠”", "三连冠", value=3, unit="count", kind="count", classifier="连冠",
     metric="CBA连冠",
     metric_alts=["CBA“三连冠”", "CBA三连冠", "连冠", "连冠次数", "CBA冠军", "CBA总冠军"],
     subject="辽宁男篮", subject_alts=["辽宁男子篮球队", "辽宁本钢", PLACE] + LN_ALTS,
     period=Y24, period_alts=[P("2024年", None, None),
                              P("三连冠", "2022-01-01", "2024-12-31")],
     note="judgement call: 三连冠 'third title in a row' → a count of consecutive titles (3, "
          "as 四连冠 in wr_gansu_2025); the team owns it; the third title (2023-24 season) "
          "was won in 2024; the streak's span 2022-2024 as alt")

# ---- line 3: （七）安全保障 ---------------------------------------------------------------------
g.neg("（七）安全保障", "（七）", MARKER_NOTE)
g.neg("治本攻坚三年行动", "三年", PLAN3_NOTE)
ACC_NOTE = "分别: 生产安全事故起数 ↔ −17%, 死亡人数 ↔ −14.2%; 下降 → negative; " + FRAME_NOTE
fact("分别下降17%", "17%", value=-17, unit="%", kind="growth",
     metric="生产安全事故起数",
     metric_alts=["安全生产事故起数", "生产安全事故", "事故起数", "生产安全事故数量"],
     comparison="yoy", **FLOW, note=ACC_NOTE)
fact("17%、14.2%", "14.2%", value=-14.2, unit="%", kind="growth",
     metric="生产安全事故死亡人数",
     metric_alts=["死亡人数", "事故死亡人数", "安全生产事故死亡人数"], comparison="yoy",
     **FLOW, note=ACC_NOTE + "; head 生产安全事故 restored")
fact("数量削减55.9%", "55.9%", value=-55.9, unit="%", kind="growth",
     metric="融资平台数量",
     metric_alts=["融资平台", "地方政府融资平台数量", "融资平台数"], comparison="yoy",
     **FLOW, note="削减 'cut by' → a relative fall, negative growth (SPEC 下降); the basis is "
                  "the count before the cut (read as the year-earlier level, yoy)")
fact("筹集保障房1.6万套", "1.6万套", value=16000, unit="count", kind="count",
     classifier="套", metric="保障房",
     metric_alts=["筹集保障房", "保障性住房", "筹集保障性住房", "保障房数量"], **FLOW)
fact("房地产用地4043公顷", "4043公顷", value=4043e4, unit="m2", kind="amount",
     metric="盘活存量房地产用地",
     metric_alts=["存量房地产用地", "盘活存量房地产用地面积", "盘活房地产用地", "房地产用地"],
     **FLOW, note="公顷 = 1e4 m2; land put back to use in 2024")
fact("信访总量下降33.8%", "33.8%", value=-33.8, unit="%", kind="growth",
     metric="信访总量", metric_alts=["信访量", "信访"], comparison="yoy", **FLOW)
fact("刑事警情下降19.2%", "19.2%", value=-19.2, unit="%", kind="growth",
     metric="刑事警情", metric_alts=["刑事警情数量", "刑事警情数"], comparison="yoy", **FLOW)

# ---- line 4: 一年来，我们持续加强政府自身建设 -----------------------------------------------
g.neg("一年来，我们持续", "一年来", PERIOD_NOTE + " (the review year 2024, explicit at the "
      "head of this line; the period text of the section frame elsewhere)")
Y_EXPL = dict(period=YF, period_alts=[YF_NULL])
GOV_NOTE = ("acts of the provincial government (我们): subject the document's place, the "
            "government as alt; 一年来 at the head of the line = 2024")
fact("地方性法规4件", "4件", value=4, unit="count", kind="count", classifier="件",
     metric="提请审议地方性法规",
     metric_alts=["地方性法规", "提请省人大常委会审议地方性法规", "提请审议的地方性法规",
                  "地方性法规数量"], subject_alts=GOV_ALTS, **Y_EXPL, note=GOV_NOTE)
fact("省政府规章12件", "12件", value=12, unit="count", kind="count", classifier="件",
     metric="立改废省政府规章",
     metric_alts=["省政府规章", "立改废规章", "立改废的省政府规章", "省政府规章数量"],
     subject_alts=GOV_ALTS, **Y_EXPL, note=GOV_NOTE)
fact("行政复议案件2.1万件", "2.1万件", value=21000, unit="count", kind="count",
     classifier="件", metric="办结行政复议案件",
     metric_alts=["行政复议案件", "办结的行政复议案件", "行政复议案件数量"],
     subject_alts=GOV_ALTS, **Y_EXPL, note=GOV_NOTE)

# ---- line 5: 国防动员 … (no facts) ----------------------------------------------------------
g.neg("双拥共建", "双拥", LABEL_NOTE + " (双拥: 拥军优属、拥政爱民)")
g.neg("举行第十一批", "第十一批", "ordinal batch label (第十一批 'the eleventh batch' of "
      "repatriated remains), not a count of the year")
g.neg("我省第五次全国经济普查", "第五次", "edition label of the census (第五次全国经济普查), "
      "not a count")

# ---- line 6: 各位代表！(thanks) ----------------------------------------------------------------
g.neg("新突破三年行动，在大局", "三年", PLAN3_NOTE + " (全面振兴新突破三年行动)")
fact("4200万辽宁人民", "4200万", value=4.2e7, unit="count", kind="count", classifier="人",
     metric="辽宁人民",
     metric_alts=["人口", "辽宁人口", "常住人口", "辽宁人民人数", "全省人口"], **STOCK,
     note="a rhetorical but real quantity: the province's population (as wr_anhui_2025 "
          "7100万江淮儿女); no measure word → classifier 人, the counted noun as metric; no "
          "period in the line → review year, a population is a stock → instant 2024-12-31 "
          "(the year and null as alts)")

# ---- line 7: 困难挑战 (no numbers but lexicalized 一些) ---------------------------------------

# ---- line 8: heading ------------------------------------------------------------------------
g.neg("二、2025年工作安排", "二、", MARKER_NOTE)
g.neg("二、2025年工作安排", "2025年", PERIOD_NOTE + " (section heading: the plan's year, the "
      "frame of the targets of line 10)")

# ---- line 9: 今年是… (no facts) -------------------------------------------------------------
g.neg("今年是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("新突破三年行动决胜", "三年", PLAN3_NOTE)
g.neg("我们一定能够", "一定", "adverb 一定 'certainly', not a quantity")

# ---- line 10: 主要预期目标 -----------------------------------------------------------------------
GDP_ALTS = ["GDP", "生产总值", "全省地区生产总值", "经济增长", "经济增速"]
fact("地区生产总值增长5%以上", "5%", value=5, unit="%", kind="growth", bound="ge",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", **TARGET,
     note=TARGET_NOTE + "; 以上 → ge (outside the span)")
fact("工业增加值增长4.5%以上", "4.5%", value=4.5, unit="%", kind="growth", bound="ge",
     metric="规模以上工业增加值", metric_alts=["规上工业增加值", "工业增加值"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 以上 → ge")
fact("固定资产投资增长8%左右", "8%", value=8, unit="%", kind="growth", bound="approx",
     metric="固定资产投资", metric_alts=["固定资产投资增速"], comparison="yoy", **TARGET,
     note=TARGET_NOTE + "; 左右 → approx")
fact("零售总额增长5%以上", "5%", value=5, unit="%", kind="growth", bound="ge",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 以上 → ge")
fact("预算收入增长4%", "4%", value=4, unit="%", kind="growth",
     metric="一般公共预算收入",
     metric_alts=["地方一般公共预算收入", "公共预算收入", "财政收入"], comparison="yoy",
     **TARGET, note=TARGET_NOTE + "; no 左右 → eq")
fact("进出口总额增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="进出口总额", metric_alts=["外贸进出口总额", "进出口", "进出口总值"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 左右 → approx")
fact("城镇新增就业47万人左右", "47万人", value=470000, unit="count", kind="count",
     classifier="人", bound="approx", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **TARGET,
     note=TARGET_NOTE + "; 左右 → approx")
fact("失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], **TARGET,
     note=TARGET_NOTE + "; a rate (share of the labour force), not a growth; 左右 → approx")
fact("价格涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "居民消费价格指数涨幅", "CPI",
                  "消费价格"], comparison="yoy", **TARGET,
     note=TARGET_NOTE + "; 涨幅 = growth of the price level; 左右 → approx")
fact("粮食产量500亿斤左右", "500亿斤", value=500e8 * JIN, unit="t", kind="amount",
     bound="approx", metric="粮食产量", metric_alts=["粮食总产量", "粮食"], **TARGET,
     note=TARGET_NOTE + "; 500亿斤 × 0.0005 t = 2.5e7 t (SPEC §3); 左右 → approx")

NOTES = (
    "Excerpt: lines 16-25 of shared/texts/work_report/wr_liaoning_2025.txt (2,326 "
    "characters with the final newline), sliced by code: the last two paragraphs of review "
    "item （六） (城乡人居环境持续改善, 文体事业精彩纷呈), item （七） (safety), the 一年来 "
    "government paragraph, the defence/other-work paragraph, the thanks and problems "
    "paragraphs, the heading 二、2025年工作安排, its opening paragraph (今年是…) and the 2025 "
    "主要预期目标 (line 25, whole). The brief asks for the targets with review lines before "
    "them: lines 16-25 are the longest such run within 2,500 characters (15-25: 2,509); "
    "lines 19-24 have few numbers, as in every report between review and targets. Title, "
    "dateline and source line are outside the excerpt (title_in_text=False; title as the "
    "source's first line). Date: 2025-01-16, the date the report states in its header "
    "(source line 2: ——2025年1月16日省长 李乐成在辽宁省第十四届人民代表大会第三次会议上的讲话); "
    "the corpus meta gives only the year 2025. 一年来 = 2024; 今年 = 2025. Place: 辽宁省 "
    "(辽宁, 全省, 我省 → alts; the government's own acts 4件/12件/2.1万件 add 辽宁省人民政府/"
    "省政府); 辽宁男篮 owns its 三连冠. Periods: the report has no heading 2024年工作回顾; "
    "lines 16, 18 and 21 state no period and take the review year 2024 as section frame "
    "with the excerpt's name of it, 一年来 (line 19), as period text, null as alt (as "
    "wr_gansu_2025); line 17 names 2024年 (2024年央视春晚) before its numbers (same dates); "
    "line 19 opens with 一年来 (explicit); the population 4200万 is a stock → instant "
    "2024-12-31. Line 25: no period of its own; the heading 二、2025年工作安排 (line 23) is its "
    "frame → 2025, modality target (line 24's 今年 does not cross the line); 以上 → ge, "
    "左右 → approx, 500亿斤 → 2.5e7 t. Judgement calls: 14个市 → a count whose set is "
    "defined by the class-II standard (二级 negative); 削减55.9% → growth −55.9 (yoy); "
    "三连冠 → count 3 (classifier 连冠, as 四连冠 in wr_gansu_2025); 4200万辽宁人民 → the "
    "population (count, 人); 第十一批 / 第五次 → labels; 三年 (三年行动 ×3) → programme names. "
    "Negatives: 首次, 二级, 首批, 2024年, 五个一, 一级, （七）, 三年 ×3, 一年来, 双拥, 第十一批, "
    "第五次, 二、, 2025年, 十四五, 一定. Lexicalized, not listed: 一些 (×2, line 22), 一般, "
    "单位, 零售.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：辽宁日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
