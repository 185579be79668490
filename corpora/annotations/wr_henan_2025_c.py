"""Gold annotations for wr_henan_2025_c (2025年河南省政府工作报告, the 2025 tasks, third
excerpt), lines 36-50 of shared/texts/work_report/wr_henan_2025.txt.

The excerpt corpora/wr_henan_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: task （四）更大力度推动乡村全面振兴 in full (粮食产能,
乡村建设, 农民增收), task （五）以人为本的新型城镇化 in full (郑州都市圈, 区域联动, 县域承载,
城市功能品质), task （六）全面绿色转型 in full (生态屏障, 污染防治, 节能降碳) and task （七）
深层次改革和高水平开放 up to its first paragraph (深化重点领域改革).  Lines 9-18 are annotated
in wr_henan_2025 and lines 21-34 in wr_henan_2025_b (no overlap).  Lines 36-50 make 2,465
characters and hold the most Arabic numbers (18) of any run of 2,000-2,500 characters in
lines 35-73 that starts at a section heading (40-51: 17; 45-57: 13); adding line 51 would pass
2,500.  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_henan_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_henan_2025_c"
PLACE = "河南省"
REF = "2025-01-18"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_henan_2025.txt"
FIRST, LAST = 36, 50                    # 1-based, inclusive, whole lines
TITLE = "2025年河南省政府工作报告"
HN_ALTS = ["河南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（四）更大力度推动乡村全面振兴",
                 ends="统筹抓好集体林权、医药卫生、供销等领域改革。")
text = g.text
fact = g.with_subject(PLACE, HN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
PLAN3_NOTE = "name of a three-year plan or campaign (三年行动), not a duration fact"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
THRESH_NOTE = ("threshold defining the set it qualifies (SPEC §2: 亿元以上项目, 超千亿元的开发区), "
               "part of a set's name, not a fact of its own")
TYPO_NOTE = ("千 here is a typo of 干 ({}), not a quantity (the source has several such OCR-like "
             "slips: 老日街区 for 老旧, 泰岭 for 秦岭, 士壤 for 土壤)")

# ---- periods (reference date 2025-01-18) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年重点工作 (heading on source line 21, outside the
# excerpt; annotated in wr_henan_2025_b): the plan for 2025 → modality target.  No line of
# the excerpt names a period of its own (no 今年, 全年, 年度 or date), so every number takes
# the section frame 2025-01-01..2025-12-31 (SPEC §4) with the null reading in period_alts.
# The period text is the heading's 2025年, the text wr_henan_2025_b gives the same frame; it
# does not occur in this excerpt (as wr_fujian_2025_b's 一年来, kept deliberately: dates are
# what is scored).  A share of a stock to be reached (常住人口城镇化率超过60%) is the instant
# at the end of the frame, 2025-12-31, the year and null as alts (as wr_henan_2025_b
# PLAN_END).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; no period in the excerpt: section frame of the heading "
             "三、2025年重点工作 (source line 21, 2025), null as alt")
END_NOTE = ("a share of a stock to be reached → the instant at the end of the 2025 frame "
            "(stock rule), the year and null as alts")


# ==== line 1 (source 36): heading （四） =========================================================
g.neg("（四）更大力度", "（四）", MARKER_NOTE)

# ==== line 2 (source 37): 实施粮食产能提升工程 ====================================================
g.neg("大面积单产提升行动", "单产", "lexicalized 单产 'yield per unit area', not a quantity (as "
      "wr_guangdong_2025_b)")
DEMO_NOTE = ("high-yield demonstration area to be built in 2025 (建设…高产示范区); the crop "
             "restores the shared head 高产示范区; 亩 stays mu (SPEC §3); " + PLAN_NOTE)
fact("建设1500万亩小麦", "1500万亩", value=1.5e7, unit="mu", kind="amount",
     metric="小麦高产示范区",
     metric_alts=["小麦高产示范区面积", "建设小麦高产示范区", "小麦高产示范区建设面积", "小麦",
                  "高产示范区", "小麦高产示范区规模"], **PLAN, note=DEMO_NOTE)
fact("2000万亩玉米", "2000万亩", value=2e7, unit="mu", kind="amount",
     metric="玉米高产示范区",
     metric_alts=["玉米高产示范区面积", "建设玉米高产示范区", "玉米高产示范区建设面积", "玉米",
                  "高产示范区", "玉米高产示范区规模"], **PLAN, note=DEMO_NOTE)
fact("高标准农田500万亩", "500万亩", value=5e6, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["新建和改造提升高标准农田", "高标准农田建设", "新建和改造提升高标准农田面积",
                  "高标准农田面积", "高标准农田建设面积", "新建和改造高标准农田"], **PLAN,
     note="亩 stays mu; fields to be built or upgraded in 2025 (as 高标准农田300万亩 in "
          "wr_yunnan_2025_b); " + PLAN_NOTE)
g.neg("连通整治三年行动", "三年", PLAN3_NOTE)

# ==== line 3 (source 38): 实施乡村建设提质工程 ====================================================
g.neg("学习运用“千万工程”", "千万工程", LABEL_NOTE + " (“千万工程”: Zhejiang's 千村示范、万村"
      "整治 programme), not a count")
fact("培育20个省级宜居宜业", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="省级宜居宜业和美乡村建设先导区",
     metric_alts=new("省级宜居宜业和美乡村建设先导区", "培育省级宜居宜业和美乡村建设先导区",
                     "宜居宜业和美乡村建设先导区", "和美乡村建设先导区", "乡村建设先导区"),
     **PLAN, note="pilot areas to be fostered in 2025; 增量 alts (README §3); " + PLAN_NOTE)

# ==== line 4 (source 39): 实施农民持续增收工程 (no facts) ==========================================
g.neg("深化“万企兴万村”", "万企兴万村", LABEL_NOTE + " (campaign name “万企兴万村” 'ten "
      "thousand firms revitalise ten thousand villages', as wr_guangxi_2025)")
g.neg("打造一批超百亿", "一批", VAGUE_NOTE)
g.neg("一批超百亿、", "百亿", THRESH_NOTE + " (超百亿产业链: chains of over 10 billion "
      "yuan; the count is 一批, no number)")
g.neg("、超千亿产业链", "千亿", THRESH_NOTE + " (超千亿产业链: chains of over 100 billion "
      "yuan)")

# ==== line 5 (source 40): heading （五） =========================================================
g.neg("（五）更大力度", "（五）", MARKER_NOTE)

# ==== line 6 (source 41): 提升郑州都市圈能级 (no facts) ===========================================
g.neg("新十年发展规划", "十年", "name of a plan (郑州航空港区新十年发展规划, the zone's "
      "development plan for its next decade), not a duration fact (as 三年行动)")

# ==== line 7 (source 42): 提升区域联动发展水平 (no facts) ==========================================
g.neg("联动济源、三门峡", "三门峡", PLACE_NOTE.format("三门峡, a city"))

# ==== line 8 (source 43): 提升县域综合承载能力 ====================================================
g.neg("培育一批全国县域", "一批", VAGUE_NOTE)
g.neg("县域经济百强县", "百强", "list label 百强县 (the national top-100 counties), a class "
      "the counties are to join, not a measured rank of the province (as 百强 in "
      "wr_gansu_2025)")
g.neg("经济总量千亿县", "千亿", THRESH_NOTE + " (千亿县: counties whose GDP passes 100 billion "
      "yuan)")
g.neg("财政收入百亿县", "百亿", THRESH_NOTE + " (百亿县: counties whose revenue passes 10 "
      "billion yuan)")
g.neg("城区人口超50万县", "50万", THRESH_NOTE + " (城区人口超50万县: counties whose urban "
      "population passes 500,000)")
fact("城镇化率超过60%", "60%", value=60, unit="%", kind="share", bound="gt",
     metric="常住人口城镇化率",
     metric_alts=["城镇化率", "全省常住人口城镇化率", "常住人口城镇化水平"], **PLAN_END,
     note="超过 → gt (outside the span); a rate of a population (SPEC §2: 城镇化率 → share); "
          + END_NOTE + "; " + PLAN_NOTE)

# ==== line 9 (source 44): 提升城市功能品质 =========================================================
fact("城市更新项目3910个", "3910个", value=3910, unit="count", kind="count", classifier="个",
     metric="城市更新项目",
     metric_alts=["实施城市更新项目", "城市更新项目数量", "城市更新"], **PLAN, note=PLAN_NOTE)
RENO_NOTE = "verb 改造 distributes over the list (城中村 ↔ 416个, 老旧小区 ↔ 1459个); " + PLAN_NOTE
fact("改造城中村416个", "416个", value=416, unit="count", kind="count", classifier="个",
     metric="城中村",
     metric_alts=["改造城中村", "城中村改造", "城中村数量", "城中村改造数量", "改造城中村数量"],
     **PLAN, note=RENO_NOTE)
fact("老旧小区1459个", "1459个", value=1459, unit="count", kind="count", classifier="个",
     metric="老旧小区",
     metric_alts=["改造老旧小区", "老旧小区改造", "老旧小区数量", "老旧小区改造数量",
                  "城镇老旧小区"], **PLAN, note=RENO_NOTE)
g.neg("统筹改造一批", "一批", VAGUE_NOTE)
g.neg("建成一批完整社区", "一批", VAGUE_NOTE)
g.neg("让城市千净整洁", "千", TYPO_NOTE.format("千净 for 干净 'clean'"))

# ==== line 10 (source 45): heading （六） ========================================================
g.neg("（六）更大力度", "（六）", MARKER_NOTE)

# ==== line 11 (source 46): 筑牢生态安全屏障 =========================================================
fact("修复黄河流域湿地1.1万亩", "1.1万亩", value=11000, unit="mu", kind="amount",
     metric="修复黄河流域湿地",
     metric_alts=["黄河流域湿地修复", "黄河流域湿地修复面积", "修复黄河流域湿地面积",
                  "黄河流域湿地", "湿地修复", "修复湿地"], **PLAN,
     note="亩 stays mu; metric as 修复历史遗留矿山 in wr_henan_2025; " + PLAN_NOTE)
fact("完成营造林130万亩", "130万亩", value=1.3e6, unit="mu", kind="amount",
     metric="营造林", metric_alts=["营造林面积", "完成营造林", "完成营造林面积"], **PLAN,
     note="完成 → target (a task for 2025, not a result); " + PLAN_NOTE)
g.neg("核心水源区和千渠", "千", TYPO_NOTE.format("千渠 for 干渠 'main canal' of 南水北调"))
g.neg("推进五里川", "五里川", PLACE_NOTE.format("五里川河, a river in 卢氏县"))
g.neg("确保“一清水永续北上”", "一清水永续北上", "slogan “一(渠)清水永续北上” ('a canal of "
      "clear water flowing north forever', 渠 missing in the source), not a quantity")

# ==== line 12 (source 47): 深化污染防治攻坚 (no numerals; 一体推进 lexicalized) ======================

# ==== line 13 (source 48): 加快节能降碳增效 =========================================================
g.neg("推动能耗双控", "双控", LABEL_NOTE + " (能耗双控: control of total energy use and "
      "energy intensity, as wr_hainan_2025_b)")
g.neg("碳排放双控", "双控", LABEL_NOTE + " (碳排放双控: control of total emissions and "
      "emission intensity)")
fact("实施200个节能降碳改造项目", "200个", value=200, unit="count", kind="count",
     classifier="个", metric="节能降碳改造项目",
     metric_alts=["实施节能降碳改造项目", "节能降碳改造项目数量"], **PLAN,
     note="as 节能降碳改造项目208个 in wr_henan_2025; " + PLAN_NOTE)
fact("建材4个重点行业", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="绿色化改造全覆盖的重点行业",
     metric_alts=["重点行业", "重点行业数量", "绿色化改造重点行业", "绿色化改造全覆盖重点行业",
                  "推进绿色化改造全覆盖的重点行业", "钢铁、有色、化工、建材重点行业"], **PLAN,
     note="judgement call: the number of the key industries (钢铁、有色、化工、建材, listed "
          "before it) whose green retrofit is to reach full coverage in 2025 → a count (as "
          "平煤神马等5家企业 in wr_henan_2025_b); a summary of the list (negative) is the "
          "alternative; " + PLAN_NOTE)
ADD_NOTE = ("建成 distributes over the list; plants to be completed in 2025; 增量 alts (README "
            "§3; as 新增绿色工厂301家 in wr_henan_2025); " + PLAN_NOTE)
fact("建成100个绿色工厂", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="绿色工厂", metric_alts=new("绿色工厂", "建成绿色工厂"), **PLAN, note=ADD_NOTE)
fact("10个超级能效工厂", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="超级能效工厂", metric_alts=new("超级能效工厂", "建成超级能效工厂"), **PLAN,
     note=ADD_NOTE)
fact("绿色替代率50%以上", "50%", value=50, unit="%", kind="share", bound="ge",
     metric="重型载货车辆绿色替代率",
     metric_alts=["绿色替代率", "重型载货车辆绿色替代比例", "重型货车绿色替代率",
                  "重型载货车辆新能源替代率"], **PLAN_SET,
     note="以上 → ge (outside the span); a rate → share; judgement call: the share of the "
          "heavy trucks replaced in 2025 that are green (a rate of the year), the year-end "
          "fleet reading in period_alts; " + PLAN_NOTE)
g.neg("优化建设一批", "一批", VAGUE_NOTE)

# ==== line 14 (source 49): heading （七） ========================================================
g.neg("（七）更大力度", "（七）", MARKER_NOTE)

# ==== line 15 (source 50): 深化重点领域改革 =========================================================
g.neg("高质量发展三年行动计划", "三年", PLAN3_NOTE)
g.neg("民营企业家“百千万”", "百千万", LABEL_NOTE + " (“百千万”培训, the training programme "
      "for private entrepreneurs at three tiers), a name, not a count")
fact("社会融资规模增量1万亿元", "1万亿元", value=1e12, unit="CNY", kind="amount",
     metric="社会融资规模增量",
     metric_alts=["社会融资规模", "社融增量", "社会融资规模增量规模", "新增社会融资规模"],
     **PLAN, note="万亿元 = 1e12; 社会融资规模增量 is the name of the indicator (the year's "
                  "aggregate financing flow); no bound word → eq; " + PLAN_NOTE)
g.neg("持续推进“五水综改”", "五水综改", LABEL_NOTE + " (“五水综改”: the province's integrated "
      "reform of five kinds of water)")
g.neg("有序推进第二轮", "第二轮", "round label 第二轮 (the second round of rural land "
      "contracts), not a count")
fact("到期后再延长30年", "30年", value=30, unit="year", kind="amount",
     metric="第二轮土地承包到期后再延长期限",
     metric_alts=["土地承包延长期限", "第二轮土地承包到期后延长期限", "土地承包期延长",
                  "再延长", "延长期限", "土地承包到期后再延长", "土地承包延长",
                  "第二轮土地承包到期后再延长30年试点"], **PLAN,
     note="judgement call: the extension of the land contracts (再延长30年) named in the pilot "
          "(a quantity with its unit inside a programme's name, SPEC §1 as 240小时过境免签 in "
          "wr_henan_2025) → a duration fact, unit year; the pilot is a task for 2025 → target; "
          + PLAN_NOTE)

NOTES = (
    "Excerpt: lines 36-50 of shared/texts/work_report/wr_henan_2025.txt (2,465 characters "
    "with the final newline), sliced by code: task （四） (粮食产能, 乡村建设, 农民增收), task "
    "（五） (郑州都市圈, 区域联动, 县域承载, 城市功能品质), task （六） (生态屏障, 污染防治, "
    "节能降碳) and the heading and first paragraph of task （七） (深化重点领域改革). Lines 9-18 "
    "are annotated in wr_henan_2025 and 21-34 in wr_henan_2025_b (no overlap). Among the runs "
    "of whole lines of 2,000-2,500 characters in lines 35-73 that start at a heading this one "
    "holds the most numbers; lines 36-51 would pass 2,500. Title and dateline are outside the "
    "excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-18, the "
    "delivery date in the report's header (source line 2: 2025年1月18日在河南省第十四届人民代表"
    "大会第三次会议上), as wr_henan_2025 / wr_henan_2025_b; the corpus meta agrees. Place: "
    "河南省 (河南, 全省, 我省 → alts); no other owner of a number. Periods: the excerpt lies in "
    "part 三、2025年重点工作 (source line 21, outside it) and names no period of its own, so "
    "every number takes the section frame 2025-01-01..2025-12-31 (SPEC §4) with the heading's "
    "period text 2025年 (not in the excerpt, so shared/gold/check_gold.py reports it as 'not "
    "in the article': kept deliberately, as wr_fujian_2025_b, rather than a made-up surface; "
    "dates are what is scored), null as alt; the urbanisation rate to be reached (a share of a stock) → "
    "instant 2025-12-31 with the year and null as alts; 重型载货车辆绿色替代率 → the year with "
    "the year-end reading as alt. Modality: target throughout (plan text: 建设, 培育, 实施, 改造, "
    "修复, 完成, 建成, 推进). Bounds: 超过 → gt; 以上 → ge. Units: 万亩 → mu; 万亿元 1e12; 30年 → "
    "year. Judgement calls: 4个重点行业 → a count of the listed industries; 再延长30年 (the land-"
    "contract extension named in a pilot) → a duration fact, target; 绿色替代率 read as a rate "
    "of the year; 超百亿/超千亿 (产业链), 千亿县, 百亿县, 城区人口超50万县 → thresholds naming "
    "sets with no count (negatives); 百强县 a list label; 新十年发展规划 a plan name; 千 in 千净 "
    "and 千渠 read as typos of 干 (negatives); “一清水永续北上” a slogan (渠 missing). "
    "Negatives: （四）-（七）, 单产, 三年 ×2, 千万工程, 万企兴万村, 一批 ×5, 百亿 ×2, 千亿 ×2, "
    "十年, 三门峡, 百强, 50万, 千 ×2, 五里川, 一清水永续北上, 双控 ×2, 百千万, 五水综改, 第二轮. "
    "Lexicalized, not listed: 一体 ×2 (一体化, 一体推进).")

g.write(date=REF, source=f"shared/texts/work_report/wr_henan_2025.txt lines {FIRST}–{LAST}",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
