"""Gold annotations for wr_fujian_2025_e (2025年福建省政府工作报告, fifth excerpt), lines 38-48
of shared/texts/work_report/wr_fujian_2025.txt.

The excerpt corpora/wr_fujian_2025_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies at the end of part 一 (the 2024 review):
the last two paragraphs of section （七） (绿色低碳发展, 生态治理体系), section （八） in full
(安全发展, 风险防范, 社会治理), the line on the government's own work (一年来，全省各级人民政府…),
the ten-year retrospect (各位代表！过去的一年…十年来…), the thanks, the problems (在肯定成绩的
同时…), and the heading of part 二 (二、牢记历史使命…).  Lines 28-37 are wr_fujian_2025_b (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_fujian_2025_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_fujian_2025_e"
PLACE = "福建省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_fujian_2025.txt"
FIRST, LAST = 38, 48                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年福建省政府工作报告"       # line 1 of the source, outside the excerpt
FJ_ALTS = ["福建", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="绿色低碳发展纵深推进。", ends="二、牢记历史使命，在中国式现代化建设中奋勇争先")
text = g.text
fact = g.with_subject(PLACE, FJ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-its-kind claim / designation, not a measured rank (README §2 首批)"
IDIOM_NOTE = "idiom {}, not a quantity"

# ---- periods (reference date 2025-01-13; 过去的一年 = 一年来 = 2024) --------------------------
# The excerpt lies in the review of part 一 (一年来的主要工作, source line 9, outside it):
# lines 1-6 (source 38-43) name no period of their own (their only time words are streaks,
# 连续N年), so every number takes the review year 2024 (SPEC §4 section frame),
# 2024-01-01..2024-12-31, null in period_alts, with the period text 一年来 as in
# wr_fujian_2025 / wr_fujian_2025_b (here the surface occurs in the excerpt, line 7).  Line 7
# (source 44) opens with 一年来 itself: explicit, same dates.  Line 8 (source 45) names 过去的
# 一年 (no number follows before the next period) and then 十年来, which governs the rest of
# that line: the ten full years before the reference year, 2015-01-01..2024-12-31 (as
# nw_cctv_20240226_jjj_trade_2024), other readings as alts.
# Stocks (清洁能源装机比重, 新能源公交车占比, the rank of 森林覆盖率, the 保交房 delivery rate
# reached) → the instant 2024-12-31 with the year and null as alts (README §5 stock rule);
# levels of the year (pilots under construction, tasks completed, drills covered) → the year
# with the year-end instant as alt.  Streaks (连续N年) are durations (unit year) governed by
# the review year, with the streak's own years as an alt (as wr_fujian_2025_b).
REV = P("一年来", "2024-01-01", "2024-12-31")
REV_NULL = P("一年来", None, None)
REV_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=REV, period_alts=[REV_NULL])
LEVEL = dict(period=REV, period_alts=[REV_NULL, REV_END])
STOCK = dict(period=REV_END, period_alts=[REV, REV_NULL])
STOCK_NOTE = ("stock under the review year 2024: instant at 2024-12-31 (README §5); the "
              "literal year and null in period_alts")
LEVEL_NOTE = "level of the review year 2024; the year-end instant and null as alts"
FRAME_NOTE = ("the line states no period: the review year 2024 (section frame of 一年来的主要"
              "工作), null as alt")


def streak(n, first_year):
    """period and period_alts of a streak 连续N年 ending in 2024."""
    return dict(period=REV, period_alts=[REV_NULL, P(f"连续{n}年", f"{first_year}-01-01",
                                                             "2024-12-31")])


STREAK_NOTE = ("length of the streak 连续{}年 (a duration, unit year, as wr_fujian_2025_b); the "
               "review year governs (the streak ends in it), the streak's own years ({}-2024) "
               "and null as alts")

TEN = P("十年来", "2015-01-01", "2024-12-31")
TEN_ALTS = [P("十年来", "2014-01-01", "2024-12-31"), P("十年来", None, REF), null("十年来"),
            P("十年来", "2024-01-01", "2024-12-31")]

# ==== line 1 (source 38): 绿色低碳发展纵深推进 ======================================================
g.neg("首批16个碳达峰", "首批", FIRST_NOTE + " (首批 'first batch' of pilots)")
fact("首批16个碳达峰", "16个", value=16, unit="count", kind="count", classifier="个",
     metric="碳达峰试点城市、园区和公共机构",
     metric_alts=["首批碳达峰试点城市、园区和公共机构", "碳达峰试点", "碳达峰试点城市、园区和公共机构数量",
                  "首批碳达峰试点", "碳达峰试点数量"],
     **LEVEL, note="the first batch of pilots under construction (加快建设) in 2024 (as 首批103个"
                   "重点项目 in wr_fujian_2025_b): " + LEVEL_NOTE)
fact("森林覆盖率连续46年", "46年", value=46, unit="year", kind="amount",
     metric="森林覆盖率居全国首位持续时间",
     metric_alts=["森林覆盖率连续居全国首位", "森林覆盖率居全国首位年数", "森林覆盖率连续全国第一",
                  "居全国首位持续时间", "森林覆盖率", "持续时间"],
     **streak(46, 1979), note=STREAK_NOTE.format(46, 1979) + "; the rank 首位 is a fact of its "
     "own (as wr_fujian_2025_c 连续3年全国第一)")
fact("连续46年居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="森林覆盖率", metric_alts=["森林覆盖率排名", "森林覆盖", "森林覆盖率全国排名"],
     period=REV_END,
     period_alts=[REV, REV_NULL, P("连续46年", "1979-01-01", "2024-12-31")],
     note="首位 → rank 1 (SPEC §3); the rank of a stock (forest cover): " + STOCK_NOTE
          + "; held in each year of the streak (alt 1979-2024)")
fact("林相改善6.88万亩", "6.88万亩", value=68800, unit="mu", kind="amount",
     metric="重点区域林相改善",
     metric_alts=["林相改善", "完成重点区域林相改善", "重点区域林相改善面积", "林相改善面积",
                  "完成林相改善"], **FLOW, note="万亩 → ×1e4 mu (亩 stays mu, SPEC §3); done "
                                              "in 2024; " + FRAME_NOTE)
fact("清洁能源装机比重超65%", "65%", value=65, unit="%", kind="share", bound="gt",
     metric="清洁能源装机比重",
     metric_alts=["清洁能源装机占比", "清洁能源装机占比重", "清洁能源装机占总装机比重",
                  "清洁能源装机容量比重"], **STOCK,
     note="超 → gt (outside the span); share of the installed capacity (a stock): " + STOCK_NOTE)
fact("企业数居全国第二", "第二", value=2, unit="rank", kind="rank", scope="全国",
     metric="新增国家级能效“领跑者”企业数",
     metric_alts=["新增国家级能效领跑者企业数", "国家级能效“领跑者”企业数", "能效“领跑者”企业数",
                  "新增国家级能效“领跑者”企业", "能效领跑者企业数", "新增国家级能效“领跑者”企业数排名"],
     **FLOW, note="第二 → rank 2, scope 全国 (span without the scope word, README §1); the "
                  "firms added in 2024 (a flow) → the year")
g.neg("“零碳岛屿”", "零碳", "label 零碳 'zero-carbon' (README §2), not a quantity")
fact("绿色建筑占比超98%", "98%", value=98, unit="%", kind="share", bound="gt",
     metric="城镇新建绿色建筑占比",
     metric_alts=["新建绿色建筑占比", "绿色建筑占新建建筑比重", "城镇新建建筑中绿色建筑占比",
                  "绿色建筑占比", "城镇新建绿色建筑比例"], **FLOW,
     note="超 → gt (outside the span); the share of the buildings newly built in the towns in "
          "2024 (a flow) → the year; " + FRAME_NOTE)
fact("新能源公交车占比93.2%", "93.2%", value=93.2, unit="%", kind="share",
     metric="新能源公交车占比",
     metric_alts=["新能源公交车比重", "新能源公交车占公交车比重", "新能源公交车占比例",
                  "新能源公交车比例"], **STOCK,
     note="judgement call: the share of new-energy buses in the bus fleet (a share of a stock): "
          + STOCK_NOTE + " (the share of the year's purchases would be the year, kept in the "
          "alts)")

# ==== line 2 (source 39): 生态治理体系更加健全 ======================================================
g.neg("完成全国首单", "首单", FIRST_NOTE + " (首单 'first deal')")

# ==== line 3 (source 40): heading （八） ============================================================
g.neg("（八）守牢红线底线", "（八）", MARKER_NOTE)

# ==== line 4 (source 41): 安全发展防线更牢固 =======================================================
g.neg("治本攻坚三年行动", "三年", LABEL_NOTE + " (安全生产治本攻坚三年行动, the name of a "
      "three-year campaign), not a duration fact (as wr_henan_2025_b 三年行动)")
ACC_NOTE = ("分别: 事故起数 ↔ 14.5%, 死亡人数 ↔ 14% (of the production-safety accidents of the "
            "sentence); 下降 → negative; the year's accidents against 2023 → yoy; " + FRAME_NOTE)
fact("分别下降14.5%", "14.5%", value=-14.5, unit="%", kind="growth", metric="事故起数",
     metric_alts=["生产安全事故起数", "安全生产事故起数", "事故数", "生产安全事故数量"],
     comparison="yoy", **FLOW, note=ACC_NOTE)
fact("14.5%、14%", "14%", value=-14, unit="%", kind="growth", metric="死亡人数",
     metric_alts=["事故死亡人数", "生产安全事故死亡人数", "安全生产事故死亡人数"],
     comparison="yoy", **FLOW, note=ACC_NOTE)
fact("应急疏散演练100%全覆盖", "100%", value=100, unit="%", kind="share",
     metric="学校应急疏散演练覆盖率",
     metric_alts=["学校应急疏散演练覆盖面", "应急疏散演练覆盖率", "学校应急疏散演练覆盖比例",
                  "学校应急疏散演练", "应急疏散演练学校覆盖率"], **LEVEL,
     note="实现…100%全覆盖: every school held evacuation drills in 2024 (drills are events of "
          "the year): " + LEVEL_NOTE)
g.neg("“6·9”持续性", "6·9", "event name “6·9” (the 9 June 2024 rainstorm), a date label, not a "
      "quantity")
fact("725户灾后重建户", "725户", value=725, unit="count", kind="count", classifier="户",
     metric="灾后重建户",
     metric_alts=["搬入新居的灾后重建户", "灾后重建户数", "灾后重建户数量", "搬入新居灾后重建户",
                  "灾后重建户全部搬入新居"], **FLOW,
     note="户 is the classifier (SPEC §3); the households of the 2024 disasters that moved "
          "into new homes in 2024; " + FRAME_NOTE)
RATE_NOTE = ("分别: 食品 ↔ 99.5%, 药品 ↔ 99.78% (抽检合格率 shared); the pass rate of the year's "
             "sampling inspections → the year; " + FRAME_NOTE)
fact("分别为99.5%", "99.5%", value=99.5, unit="%", kind="share", metric="食品抽检合格率",
     metric_alts=["食品安全抽检合格率", "食品抽检合格率水平", "食品合格率"], **FLOW,
     note=RATE_NOTE)
fact("99.5%、99.78%", "99.78%", value=99.78, unit="%", kind="share", metric="药品抽检合格率",
     metric_alts=["药品质量抽检合格率", "药品合格率"], **FLOW, note=RATE_NOTE)
g.neg("老百姓吃得更放心", "老百姓", "lexicalized 老百姓 'ordinary people'; 百 is not a quantity "
      "(as wr_fujian_2025_b)")

# ==== line 5 (source 42): 风险防范屏障更坚固 =======================================================
fact("连续5年无高风险", "5年", value=5, unit="year", kind="amount",
     metric="无高风险金融机构持续时间",
     metric_alts=["连续无高风险金融机构", "无高风险金融机构年数", "高风险金融机构清零持续时间",
                  "无高风险金融机构", "持续时间"],
     **streak(5, 2020), note=STREAK_NOTE.format(5, 2020))
RCU = ["省农信联社", "福建省农信联社", "福建省农村信用社联合社", PLACE] + FJ_ALTS
fact("排名全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="履职评价", metric_alts=["省农信联社履职评价", "履职评价排名", "农信联社履职评价"],
     subject="省农信联社", subject_alts=RCU[1:],
     **FLOW, note="第一 → rank 1, scope 全国; the provincial rural credit union owns the rank (README "
                  "§4: the text names the owner), the province as alt; the 2024 evaluation → "
                  "the year")
fact("全面完成64个", "64个", value=64, unit="count", kind="count", classifier="个",
     metric="“保交楼”任务",
     metric_alts=["保交楼任务", "“保交楼”任务数量", "完成“保交楼”任务", "完成保交楼任务",
                  "保交楼项目"], **LEVEL,
     note="the 保交楼 tasks all completed (全面完成) by 2024: " + LEVEL_NOTE)
fact("“保交房”交付率96.4%", "96.4%", value=96.4, unit="%", kind="share",
     metric="“保交房”交付率",
     metric_alts=["保交房交付率", "“保交房”项目交付率", "保交房住房交付率", "交付率"], **STOCK,
     note="judgement call: the share of the homes under the 保交房 programme delivered by the end "
          "of 2024 (a cumulative completion ratio, a share of a stock): " + STOCK_NOTE)
g.neg("制定实施一揽子化债方案", "一揽子", "quantifier 一揽子 'package of', not a quantity")
g.neg("“三保”底线", "三保", LABEL_NOTE + " (“三保”: 保基本民生、保工资、保运转)")
g.neg("“四纵三横”电网", "四纵三横", LABEL_NOTE + " (“四纵三横” 'four vertical, three horizontal', "
      "the layout name of the grid backbone), not a count")
g.neg("助力百业兴旺", "百业", IDIOM_NOTE.format("百业兴旺 'all trades thrive'"))
g.neg("守护了万家灯火", "万家", IDIOM_NOTE.format("万家灯火 'the lights of ten thousand homes'"))

# ==== line 6 (source 43): 社会治理根基更稳固 =======================================================
g.neg("市、县、乡三级全覆盖", "三级", "appositive 三级 restating 市、县、乡 (the three levels), "
      "not a quantity claim (as 省市县三级 in wr_fujian_2025_b)")
fact("及时受理率100%", "100%", value=100, unit="%", kind="share",
     metric="信访事项及时受理率",
     metric_alts=["信访及时受理率", "及时受理率", "信访事项受理率"], **FLOW,
     note="the rate of the year's petitions → the year; " + FRAME_NOTE)
g.neg("初信初访一次性化解率", "一次性", "adverb 一次性 'at the first attempt' inside the "
      "indicator name, not a count (as nw_cctv_20160918_heilongjiang_2016)")
fact("一次性化解率98.4%", "98.4%", value=98.4, unit="%", kind="share",
     metric="初信初访一次性化解率",
     metric_alts=["初信初访化解率", "一次性化解率", "信访一次性化解率"], **FLOW,
     note="the rate of the year's first petitions → the year; " + FRAME_NOTE)
fact("安全感率达99.1%", "99.1%", value=99.1, unit="%", kind="share",
     metric="群众安全感率",
     metric_alts=["群众安全感", "安全感率", "群众安全感满意率", "公众安全感"], **FLOW,
     note="达 → eq; the 2024 survey result → the year; " + FRAME_NOTE)

# ==== line 7 (source 44): 一年来，全省各级人民政府… ==================================================
g.neg("一年来，全省各级", "一年来", PERIOD_NOTE + " (the review year 2024; governs the line)")
g.neg("“两个确立”", "两个确立", LABEL_NOTE + " (“两个确立”)")
g.neg("“两个维护”", "两个维护", LABEL_NOTE + " (“两个维护”)")
GOVS = FJ_ALTS + ["全省各级人民政府", "省委省政府", "省人民政府", "省政府"]
REV_NOTE = "一年来 (= 2024) opens the line and governs it"
fact("全面完成30项", "30项", value=30, unit="count", kind="count", classifier="项",
     metric="省委省政府为民办实事项目",
     metric_alts=["为民办实事项目", "为民办实事项目数量", "完成为民办实事项目",
                  "省委省政府为民办实事项目数量"],
     subject_alts=GOVS, period=REV, note="completed in 2024; " + REV_NOTE)
fact("地方性法规8件", "8件", value=8, unit="count", kind="count", classifier="件",
     metric="提请审议省级地方性法规",
     metric_alts=["省级地方性法规", "地方性法规", "提请审议的省级地方性法规", "省级地方性法规数量"],
     subject_alts=GOVS, period=REV,
     note="bills submitted by the provincial government to the people's congress in 2024 (the "
          "verb defines the counted set → in the metric); " + REV_NOTE)
fact("政府规章9件", "9件", value=9, unit="count", kind="count", classifier="件",
     metric="制定修改废止政府规章",
     metric_alts=["政府规章", "制定修改废止的政府规章", "政府规章数量"],
     subject_alts=GOVS, period=REV, note=REV_NOTE)
fact("办结率均为100%", "100%", value=100, unit="%", kind="share",
     metric="人大代表建议、政协提案办结率",
     metric_alts=["人大代表建议办结率", "政协提案办结率", "办结率", "人大代表建议和政协提案办结率",
                  "建议提案办结率"],
     subject_alts=GOVS, period=REV,
     note="均为 'both were': one quantity mention over two indicators → one fact (SPEC §1), each "
          "indicator as metric alt; " + REV_NOTE)
fact("6个集体", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="荣获全国民族团结进步模范表彰的集体",
     metric_alts=["集体", "全国民族团结进步模范集体", "获表彰集体", "荣获全国民族团结进步模范表彰集体",
                  "全国民族团结进步模范集体数量"], period=REV,
     note="the award defines the counted set → in the metric (as wr_fujian_2025_b); " + REV_NOTE)
fact("7名个人", "7名", value=7, unit="count", kind="count", classifier="名",
     metric="荣获全国民族团结进步模范表彰的个人",
     metric_alts=["个人", "全国民族团结进步模范个人", "获表彰个人", "荣获全国民族团结进步模范表彰个人",
                  "全国民族团结进步模范个人数量"], period=REV,
     note="the verb 荣获…表彰 is shared with 6个集体; " + REV_NOTE)
g.neg("慈善、红十字等事业", "红十字", "organisation name 红十字 (Red Cross), not a quantity")
g.neg("第五次全国经济普查", "第五次", "edition label 第五次全国经济普查 (the fifth national "
      "economic census), not a count")
g.neg("双拥模范城", "双拥", LABEL_NOTE + " (双拥: 拥军优属、拥政爱民)")
g.neg("双拥之歌", "双拥", LABEL_NOTE + " (双拥)")
g.neg("鱼水情满八闽", "八闽", "name 八闽 (Fujian), not a count (as wr_fujian_2025)")

# ==== line 8 (source 45): 过去的一年…十年来… ========================================================
g.neg("过去的一年，我省", "过去的一年", PERIOD_NOTE + " (the review year 2024; no number before "
      "十年来 replaces it)")
g.neg("十年来，在党中央", "十年来", PERIOD_NOTE + " (the ten full years 2015-2024 since the 新福建 "
      "blueprint of 2014; governs the rest of the line)")
g.neg("一任接着一任干", "一任接着一任干", IDIOM_NOTE.format("一任接着一任干 'one term after "
      "another'") + " (README §2 一企带一链)")
g.neg("紧扣“百姓富”", "百姓", "lexicalized 百姓 'the people'; 百 is not a quantity (as 老百姓)")
g.neg("持续促进两岸融合", "两岸", "name 两岸 'the two sides of the Strait', not a count")
fact("财政支出近八成", "八成", value=80, unit="%", kind="share", bound="approx",
     metric="财政支出投向民生领域比重",
     metric_alts=["财政支出用于民生比重", "民生支出占财政支出比重", "民生支出占比",
                  "财政支出投向民生领域比例", "财政民生支出占比", "投向民生领域的财政支出比重"],
     period=TEN, period_alts=TEN_ALTS,
     note="近 → approx (outside the span); 八成 → 80 % (SPEC §3); the share of the budget "
          "spending of the decade that went to people's livelihoods: 十年来 governs the rest of "
          "the line → the ten full years before the reference year, 2015-01-01..2024-12-31 (as "
          "十年来 in nw_cctv_20240226_jjj_trade_2024; judgement call), 2014-2024, null..the "
          "reference date, null and the review year 2024 as alts")

# ==== line 9 (source 46): thanks — no quantity =======================================================

# ==== line 10 (source 47): problems — no fact ======================================================
g.neg("受到一定影响", "一定", "determiner 一定 'a certain (degree of)', not a quantity")

# ==== line 11 (source 48): heading of part 二 ======================================================
g.neg("二、牢记历史使命", "二、", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_fujian_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed by "
    "the brief (a run of whole lines). Part of the document: the end of part 一 (the 2024 "
    "review, 一年来的主要工作 of source line 9): the last two paragraphs of section （七） (绿色"
    "低碳发展, 生态治理体系), section （八） in full (安全发展, 风险防范, 社会治理), the line on the "
    "government's own work (一年来，全省各级人民政府…), the ten-year retrospect (各位代表！过去的"
    "一年…十年来…), the thanks and the problems, and the heading of part 二 (二、牢记历史使命…, "
    "the 2025 plan, whose body lies after the excerpt). Lines 28-37 are wr_fujian_2025_b (no "
    "overlap). Title, source line and dateline are outside the excerpt (title_in_text=False; "
    "title as the source's first line). Date: 2025-01-13, the delivery date in the report's "
    "header (source line 3: 2025年1月13日在福建省第十四届人民代表大会第三次会议上…), as "
    "wr_fujian_2025. Place: 福建省 (福建, 全省, 我省 → alts; the provincial government bodies as "
    "alts of its own acts); 省农信联社 owns its rank (the province as alt). Periods: lines "
    "38-43 name no period (streaks only) → the review year 2024 (section frame), period text "
    "一年来 (as wr_fujian_2025_b; here the surface occurs in line 44), null as alt; line 44 "
    "opens with 一年来 (explicit, same dates); in line 45 十年来 governs 近八成 → the ten full "
    "years 2015-2024 (alts 2014-2024, null..reference date, null, 2024). Stocks (清洁能源装机比重, "
    "新能源公交车占比, the forest-cover rank, the 保交房 delivery rate) → instant 2024-12-31 with "
    "the year and null as alts; levels of the year (16 pilots under construction, 64 tasks "
    "completed, the drills' coverage) → the year with the instant as alt; streaks 连续46年 / "
    "连续5年 → durations (unit year) under the review year, the streak's own years as alt. "
    "Modality: actual throughout. Units: 万亩 → mu; 八成 → 80 %; 户/项/件/个/名 → counts with "
    "classifier. Judgement calls: 连续46年居全国首位 → a duration plus the rank (as "
    "wr_fujian_2025_c); 新能源公交车占比 and the 保交房 交付率 read as shares of stocks; "
    "办结率均为100% → one fact over two indicators; 近八成 of the budget → the decade of 十年来; "
    "三年(行动), 三级, 四纵三横, 双拥, 6·9 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (一体推进), 进一步 ×2, 一些.")

g.write(date=REF, source=f"shared/texts/work_report/wr_fujian_2025.txt lines {FIRST}–{LAST} "
        "(来源：福建日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
