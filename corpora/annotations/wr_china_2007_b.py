"""Gold annotations for wr_china_2007_b (2007年中华人民共和国国务院政府工作报告), lines 20-29 of
shared/texts/work_report/wr_china_2007.txt.

The excerpt corpora/wr_china_2007_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the second half of part 一、2006年工作回顾 (its heading,
source line 2, lies before the excerpt; wr_china_2007 holds lines 2-19): the last
paragraphs of review item (五) 社会事业 (优先发展教育事业, 加强医疗卫生工作, 积极发展文化、体育
事业), item (六) 就业和社会保障 with the paragraph on disaster relief (去年，我国部分地区遭受…),
item (七) 民主法制 with the line on ethnic, religious and foreign affairs, the summing-up
line (总结我们的实践经验…) and the thanks to compatriots and friends (向香港特别行政区同胞…).
The excerpt's lines are fixed by the brief (lines 20-29, 2,065 characters).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from
a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2007_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2007_b"
SRC_ID = "wr_china_2007"
PLACE = "中国"
REF = "2007-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SRC_ID}.txt"
FIRST, LAST = 20, 29                    # 1-based, inclusive, whole lines
TITLE = "2007年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="优先发展教育事业。", ends="表示诚挚的感谢！")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2007)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2007-03-05; 去年 = 2006, 今年 = 2007) ---------------------------
# The excerpt lies in part 一、2006年工作回顾 (heading at source line 2, outside the excerpt):
# the review year 2006 is the section frame (SPEC §4) of every number whose line states no
# period before it.  Its period text is 去年, the excerpt's own name for 2006 (source line
# 25; the heading's 2006年 is not in the excerpt), with the null reading in period_alts (as
# wr_china_2011 takes 五年 for a heading outside its excerpt).
#   - flows (spending, people helped, enrolment of the year) → the year 2006;
#   - stocks (在校学生总数, 在学人数, 毛入学率, coverage reached, 已有N个…, 已投入, 已偿还, 扶持
#     对象达) → the instant 2006-12-31, the year and null as alts;
#   - lines stating 全年 (source lines 24 after 全年, and 25) or 去年 (25) take it (2006);
#   - the from/to pair 由2003年的77%提高到96%: 2003年 dates only 77% (SPEC §4);
#   - 连续三年累计投入 → the three years 2004-2006 (a cumulative window, judgement call);
#   - 2004年我们提出用三年时间… (source line 23): the plan set in 2004 to clear wage arrears
#     within three years, 2004-2006; what has been repaid by now (已偿还) is the cumulative
#     total at the end of 2006 (stock rule), the campaign's span as alt.
LY = "去年"
Y06 = P(LY, "2006-01-01", "2006-12-31")
Y06_NULL = P(LY, None, None)
Y06_END = P(LY, "2006-12-31", "2006-12-31")
FLOW = dict(period=Y06, period_alts=[Y06_NULL])
STOCK = dict(period=Y06_END, period_alts=[Y06, Y06_NULL])
FULL = P("全年", "2006-01-01", "2006-12-31")
YEAR = dict(period=FULL, period_alts=[P("全年", None, None)])
INHERIT_NOTE = ("no period before it in its line → the review year 2006 (section 一、2006年工作"
                "回顾; period text 去年, the excerpt's name for 2006), null in period_alts")
STOCK_NOTE = ("a level held at the end of the review year (stock rule): instant 2006-12-31, "
              "the year and null as alts")

# ==== line 1 (source 20): 优先发展教育事业 =========================================================
EDU_FUND = ["农村义务教育经费", "全国财政农村义务教育经费", "农村义务教育投入",
            "农村义务教育经费安排", "安排农村义务教育经费"]
fact("义务教育经费1840亿元", "1840亿元", value=1840e8, unit="CNY", kind="amount",
     metric="农村义务教育经费", metric_alts=EDU_FUND[1:],
     subject_alts=CN + ["全国财政", "各级财政", "中央财政"], **FLOW,
     note="全国财政安排: all levels of government → 中国, 全国财政 as alt; " + INHERIT_NOTE)
MW = CN + ["西部地区和部分中部地区", "西部地区", "中西部地区"]
fact("义务教育阶段5200万名学生", "5200万名", value=5200e4, unit="count", kind="count",
     classifier="名", metric="免除学杂费的农村义务教育阶段学生",
     metric_alts=["农村义务教育阶段学生", "免除学杂费学生", "免除学杂费的学生",
                  "免除学杂费的农村义务教育阶段学生人数", "农村义务教育阶段免除学杂费学生",
                  "免学杂费学生"],
     subject_alts=MW, **FLOW,
     note="the predicate (学杂费 waived) defines the counted set → in the metric (as 3000多万名 "
          "in wr_china_2012); the regions as subject alts (README §4); " + INHERIT_NOTE)
fact("为3730万名贫困家庭", "3730万名", value=3730e4, unit="count", kind="count",
     classifier="名", metric="免费提供教科书的贫困家庭学生",
     metric_alts=["贫困家庭学生", "免费教科书学生", "获得免费教科书的贫困家庭学生",
                  "免费提供教科书的贫困家庭学生人数", "享受免费教科书的贫困家庭学生"],
     **FLOW, note="the predicate defines the counted set")
fact("对780万名寄宿学生", "780万名", value=780e4, unit="count", kind="count",
     classifier="名", metric="补助生活费的寄宿学生",
     metric_alts=["寄宿学生", "寄宿生", "补助生活费寄宿学生", "获得生活费补助的寄宿学生",
                  "享受生活费补助的寄宿学生", "补助生活费的寄宿学生人数"],
     **FLOW, note="the predicate defines the counted set")
g.neg("410个“两基”", "两基", LABEL_NOTE + " (“两基” = 基本普及九年义务教育和基本扫除青壮年文盲, "
      "spelled out in the parenthesis)")
LIANGJI = ["“两基”攻坚县", "两基攻坚县", "攻坚县", "“两基”攻坚县数量"]
fact("410个“两基”", "410个", value=410, unit="count", kind="count", classifier="个",
     metric="“两基”攻坚县", metric_alts=LIANGJI[1:], subject_alts=CN + ["西部地区"], **STOCK,
     note="the set of counties targeted by the 两基 drive (a stock): " + STOCK_NOTE)
g.neg("基本普及九年义务教育", "九年", LABEL_NOTE + " (九年义务教育, the name of the "
      "nine-year compulsory education system, as 九年义务教育巩固率 in cm_qiandongnan_2023)")
fact("攻坚县已有317个县", "317个", value=317, unit="count", kind="count", classifier="个",
     metric="实现“两基”目标的攻坚县",
     metric_alts=["实现目标的攻坚县", "“两基”攻坚县实现目标", "实现“两基”目标的县",
                  "实现两基目标的攻坚县", "实现目标的县", "实现“两基”目标的攻坚县数量"],
     subject_alts=CN + ["西部地区"], **STOCK,
     note="已有…实现目标: the counties that have reached the goal by now (a stock): "
          + STOCK_NOTE)
g.neg("西部地区“两基”人口", "两基", LABEL_NOTE + " (“两基”)")
COV = ["“两基”人口覆盖率", "两基人口覆盖率", "西部地区两基人口覆盖率", "人口覆盖率",
       "西部地区“两基”覆盖率"]
g.neg("由2003年的77%", "2003年", PERIOD_NOTE + " (inside a from/to pair: governs only 77%)")
fact("由2003年的77%", "77%", value=77, unit="%", kind="share",
     metric="西部地区“两基”人口覆盖率", metric_alts=COV,
     subject_alts=CN + ["西部地区", "西部"],
     period=P("2003年", "2003-12-31", "2003-12-31"),
     period_alts=[P("2003年", "2003-01-01", "2003-12-31"), P("2003年", None, None)],
     note="start of the from/to pair, dated by its own 2003年 (SPEC §4); a coverage rate (a "
          "share of a stock) → the instant at the end of 2003, the year as alt; the region "
          "keeps 中国 as subject with 西部地区 as alt (as wr_china_2006)")
fact("提高到96%", "96%", value=96, unit="%", kind="share",
     metric="西部地区“两基”人口覆盖率", metric_alts=COV,
     subject_alts=CN + ["西部地区", "西部"], **STOCK,
     note="end of the pair, no year of its own → the review year; coverage reached: "
          + STOCK_NOTE)
THREE = P("连续三年", "2004-01-01", "2006-12-31")
THREE_P = dict(period=THREE, period_alts=[Y06, P("连续三年", None, None)])
g.neg("中央财政连续三年累计", "三年", PERIOD_NOTE + " (连续三年累计 = the window 2004-2006 of "
      "the cumulative spending; judgement call: read as the period of 90亿元, not as a "
      "duration fact of its own)")
BOARD = ["农村寄宿制学校建设工程投入", "中央财政投入", "农村寄宿制学校建设投入",
         "中央财政累计投入", "累计投入", "农村寄宿制学校建设工程中央财政投入"]
gov("累计投入 90亿元", "90亿元", value=90e8, unit="CNY", kind="amount",
    metric="中央财政农村寄宿制学校建设工程投入", metric_alts=BOARD, **THREE_P,
    note="累计 over 连续三年 → the total of the three years 2004-2006 (the project began in "
         "2004), the review year and null as alts; the source's space before the number "
         "stays outside the span; " + GOV_NOTE)
fact("7651所学校受益", "7651所", value=7651, unit="count", kind="count", classifier="所",
     metric="受益学校",
     metric_alts=["农村寄宿制学校建设工程受益学校", "受益学校数量", "学校", "受益的学校",
                  "农村寄宿制学校"], **THREE_P,
     note="the schools that benefited from the three years of the project (same window as "
          "the 90亿元)")
DIST = ["农村中小学现代远程教育工程投入", "现代远程教育工程投入", "远程教育工程投入",
        "已投入", "农村中小学现代远程教育工程累计投入", "现代远程教育工程累计投入"]
fact("工程已投入80亿元", "80亿元", value=80e8, unit="CNY", kind="amount",
     metric="农村中小学现代远程教育工程投入", metric_alts=DIST[1:], **STOCK,
     note="已投入 = the total put in since the project began (a cumulative stock, as 累计建成 "
          "in SPEC §4): " + STOCK_NOTE)
fact("中西部地区80%以上", "80%", value=80, unit="%", kind="share", bound="ge",
     metric="现代远程教育工程覆盖中西部地区农村中小学比例",
     metric_alts=["覆盖农村中小学比例", "中西部地区农村中小学覆盖率", "覆盖率",
                  "农村中小学现代远程教育工程覆盖率", "现代远程教育工程覆盖率",
                  "覆盖中西部地区农村中小学比例", "远程教育覆盖中西部农村中小学比例"],
     subject_alts=CN + ["中西部地区"], **STOCK,
     note="以上 → ge (outside the span); coverage reached (a share of a stock): " + STOCK_NOTE)
fact("1亿多中小学生", "1亿多", value=1e8, unit="count", kind="count", bound="gt",
     classifier="人", metric="共享优质教育资源的中小学生",
     metric_alts=["中小学生", "受益中小学生", "共享优质教育资源中小学生",
                  "现代远程教育受益中小学生", "共享优质教育资源的中小学生人数"],
     subject_alts=CN + ["中西部地区"], **STOCK,
     note="多 inside the span → gt; no classifier written (1亿多 + noun): 人 implied (as "
          "6398万农村人口 in wr_china_2012); the predicate defines the counted set; the pupils "
          "reached by the project's coverage (a stock): " + STOCK_NOTE)
fact("扩大到741万人", "741万人", value=741e4, unit="count", kind="count", classifier="人",
     metric="中等职业学校招生规模",
     metric_alts=["中等职业学校招生", "中职招生", "中等职业学校招生人数", "招生规模",
                  "中等职业学校招生数"], **FLOW,
     note="扩大到 = the level reached: the enrolment of the year (a flow) → " + INHERIT_NOTE)
fact("在校学生总数1809万人", "1809万人", value=1809e4, unit="count", kind="count",
     classifier="人", metric="中等职业学校在校学生总数",
     metric_alts=["在校学生总数", "中等职业学校在校学生", "中等职业学校在校生", "在校学生",
                  "中职在校生"], **STOCK,
     note="head 中等职业学校 restored; students on the rolls (a stock): " + STOCK_NOTE)
fact("在学人数2500万人", "2500万人", value=2500e4, unit="count", kind="count",
     classifier="人", metric="高等教育在学人数",
     metric_alts=["高等教育在学总规模", "高等教育在校生", "在学人数", "高校在学人数"], **STOCK,
     note=STOCK_NOTE)
fact("毛入学率提高到 22％", "22％", value=22, unit="%", kind="share",
     metric="高等教育毛入学率", metric_alts=["毛入学率", "高等教育入学率"], **STOCK,
     note="提高到 = the level reached; a rate of a population → share; " + STOCK_NOTE
          + "; the source's space before the number stays outside the span")

# ==== line 2 (source 21): 加强医疗卫生工作 ==========================================================
g.neg("县、乡、村三级医疗", "三级", "appositive 三级 restating 县、乡、村 (the three levels), "
      "not a quantity (as wr_china_2006)")
gov("中央财政安排27亿元", "27亿元", value=27e8, unit="CNY", kind="amount",
    metric="县、乡、村三级医疗卫生基础设施建设国债资金",
    metric_alts=["国债资金", "中央财政安排国债资金", "医疗卫生基础设施建设国债资金",
                 "农村卫生服务体系建设国债资金", "县乡村三级医疗卫生基础设施建设国债资金",
                 "中央财政国债资金"], **FLOW, note=GOV_NOTE + "; " + INHERIT_NOTE)
NCMS = ["新型农村合作医疗试点县", "新农合试点县", "试点县（市、区）",
        "新型农村合作医疗试点范围", "新型农村合作医疗试点县（市、区）数量",
        "新型农村合作医疗试点县(市、区)"]
fact("扩大到1451个县", "1451个", value=1451, unit="count", kind="count", classifier="个",
     metric="新型农村合作医疗试点县（市、区）", metric_alts=NCMS, **STOCK,
     note="试点范围扩大到 = the coverage reached (a stock): " + STOCK_NOTE + "; counted noun "
          "县（市、区）, span number + classifier (README §1)")
fact("占全国总数的50.7％", "50.7％", value=50.7, unit="%", kind="share",
     metric="新型农村合作医疗试点县（市、区）占全国总数比重",
     metric_alts=["试点县占全国总数比重", "新型农村合作医疗试点县占比",
                  "新型农村合作医疗覆盖县比例", "新农合试点县占比", "占全国总数比重",
                  "新型农村合作医疗试点县（市、区）占全国县（市、区）总数的比重"],
     **STOCK, note="share of a stock: " + STOCK_NOTE)
fact("有4.1亿农民参加", "4.1亿", value=4.1e8, unit="count", kind="count", classifier="人",
     metric="参加新型农村合作医疗的农民",
     metric_alts=["参合农民", "新型农村合作医疗参合人数", "新农合参合人数", "农民",
                  "参加新型农村合作医疗农民", "参加合作医疗的农民"], **STOCK,
     note="no classifier written (4.1亿 + noun 农民): 人 implied; people enrolled (a stock): "
          + STOCK_NOTE)
gov("中央财政支出42.7亿元", "42.7亿元", value=42.7e8, unit="CNY", kind="amount",
    metric="中央财政新型农村合作医疗支出",
    metric_alts=["中央财政支出", "中央财政新农合支出", "新型农村合作医疗中央财政补助",
                 "中央财政对新型农村合作医疗的补助", "新型农村合作医疗中央财政支出"],
    **FLOW, note="the central budget's spending on the rural cooperative medical scheme "
                 "(the sentence's topic) restored in the metric; " + GOV_NOTE)
gov("中央财政安排51亿元", "51亿元", value=51e8, unit="CNY", kind="amount",
    metric="中央财政支持地方加强公共卫生服务资金",
    metric_alts=["公共卫生服务资金", "中央财政安排资金", "中央财政公共卫生服务补助",
                 "支持地方加强公共卫生服务资金", "中央财政公共卫生服务资金",
                 "中央财政安排公共卫生服务资金"], **FLOW, note=GOV_NOTE)

# ==== line 3 (source 22): 文化、体育 — no numeral but 进一步 (lexicalized) ===========================

# ==== line 4 (source 23): （六） 就业 ================================================================
g.neg("（六）努力做好", "（六）", MARKER_NOTE)
gov("再就业资金 234亿元", "234亿元", value=234e8, unit="CNY", kind="amount",
    metric="就业再就业资金",
    metric_alts=["中央财政就业再就业资金", "就业资金", "就业再就业补助资金",
                 "中央财政安排就业再就业资金", "再就业资金"], **FLOW,
    note="the source's space before the number stays outside the span; " + GOV_NOTE + "; "
         + INHERIT_NOTE)
g.neg("“零就业家庭”", "零就业", LABEL_NOTE + " (零就业家庭 'households with no one in work', a "
      "category name)")
fact("505万下岗失业人员", "505万", value=505e4, unit="count", kind="count", classifier="人",
     metric="实现再就业的下岗失业人员",
     metric_alts=["下岗失业人员再就业", "下岗失业人员实现再就业", "再就业人数",
                  "下岗失业人员", "实现再就业的下岗失业人员人数", "下岗失业人员再就业人数"],
     **FLOW, note="no classifier written (505万 + noun): 人 implied; the predicate defines the "
                  "counted set; " + INHERIT_NOTE)
Y04 = P("2004年", "2004-01-01", "2004-12-31")
CAMPAIGN = P("三年", "2004-01-01", "2006-12-31")
g.neg("2004年我们提出", "2004年", PERIOD_NOTE + " (2004, when the goal was set; literally "
      "governs the rest of the line)")
gov("用三年时间", "三年", value=3, unit="year", kind="amount",
    metric="解决拖欠工程款和农民工工资问题期限",
    metric_alts=["基本解决建设领域历史上拖欠工程款和农民工工资问题的期限",
                 "解决拖欠工程款和农民工工资问题时间", "清欠期限", "清欠时间",
                 "解决拖欠问题期限", "解决拖欠工程款和农民工工资问题用时"],
    modality="target", period=Y04,
    period_alts=[CAMPAIGN, Y06, P("2004年", None, None)],
    note="judgement call: the time limit of the goal set in 2004 (用三年时间基本解决…) → a "
         "duration as a designed attribute of the plan, modality target (as 两年 of the "
         "stimulus plan in wr_china_2010); period the year the goal was set (2004年 before "
         "it), the campaign 2004-2006, the review year and null as alts; the period reading "
         "of 三年 (a negative) is the alternative")
ARR_P = dict(period=P("2004年", "2006-12-31", "2006-12-31"),
             period_alts=[P("2004年", "2004-01-01", "2006-12-31"), CAMPAIGN, Y04, Y06_END,
                          P("2004年", None, None)])
ARR_NOTE = ("judgement call on the period: 已偿还 = what has been repaid by now under the "
            "campaign started in 2004 (a cumulative stock, SPEC §4 已建成): the instant "
            "2006-12-31 under the governing 2004年 (text kept); the campaign span 2004-2006 "
            "and the literal 2004 as alts")
LOCAL = CN + ["各地", "地方"]
fact("拖欠工程款1834亿元", "1834亿元", value=1834e8, unit="CNY", kind="amount",
     metric="已偿还拖欠工程款",
     metric_alts=["偿还拖欠工程款", "拖欠工程款偿还额", "偿还的拖欠工程款", "清欠工程款",
                  "拖欠工程款", "各地已偿还拖欠工程款"],
     subject_alts=LOCAL, **ARR_P, note=ARR_NOTE + "; 各地 (the localities) as subject alt")
fact("占历史拖欠的98.6%", "98.6%", value=98.6, unit="%", kind="share",
     metric="已偿还拖欠工程款占历史拖欠比重",
     metric_alts=["偿还拖欠工程款占历史拖欠比重", "已偿还拖欠工程款占比", "占历史拖欠比重",
                  "历史拖欠偿还比例", "拖欠工程款偿还比例", "清欠比例",
                  "已偿还拖欠工程款占历史拖欠的比重"],
     subject_alts=LOCAL, **ARR_P, note="share of the cumulative repayment; " + ARR_NOTE)
fact("清付农民工工资330亿元", "330亿元", value=330e8, unit="CNY", kind="amount",
     metric="清付农民工工资",
     metric_alts=["清付的农民工工资", "农民工工资清付", "偿还农民工工资", "清欠农民工工资",
                  "农民工工资", "已清付农民工工资"],
     subject_alts=LOCAL, **ARR_P, note="其中: part of the 1834亿元; " + ARR_NOTE)

# ==== line 5 (source 24): 社会保障 ================================================================
g.neg("在东北三省试点", "三省", "region name 东北三省 (the three northeastern provinces, "
      "Liaoning, Jilin, Heilongjiang), a set label, not a count")
gov("又扩大了8个省份", "8个", value=8, unit="count", kind="count", classifier="个",
    metric="企业职工基本养老保险做实个人账户试点省份增量",
    metric_alts=["做实个人账户试点省份", "试点省份", "做实个人账户试点范围扩大省份",
                 "企业职工基本养老保险做实个人账户试点省份", "试点省份增量",
                 "新增做实个人账户试点省份", "做实个人账户试点省份增量"],
    **FLOW,
    note="又扩大了N个省份: the provinces added to the pilot in 2006 → an absolute change of "
         "the set (SPEC §2, metric <level>增量, positive), the plain noun as alt; "
         + GOV_NOTE + "; " + INHERIT_NOTE)
DIBAO = ["中央财政城市低保补助资金", "城市低保补助资金", "城市低保补助", "低保补助资金",
         "中央财政用于城市低保的补助资金"]
gov("补助资金136亿元", "136亿元", value=136e8, unit="CNY", kind="amount",
    metric="中央财政用于城市低保的补助资金", metric_alts=DIBAO[:4], **FLOW,
    note=GOV_NOTE + "; " + INHERIT_NOTE)
gov("比上年增加24亿元", "24亿元", value=24e8, unit="CNY", kind="amount",
    metric="中央财政用于城市低保的补助资金增量",
    metric_alts=[m + "增量" for m in DIBAO[:3]] + ["中央财政用于城市低保的补助资金",
                                                   "城市低保补助资金增加"],
    **FLOW, note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the "
                 "basis 比上年 stays in this note (amount facts carry no comparison)")
RDB = "农村最低生活保障制度"
fact("已有25个省", "25个", value=25, unit="count", kind="count", classifier="个",
     metric="建立农村最低生活保障制度的省（自治区、直辖市）",
     metric_alts=["建立农村最低生活保障制度的省", "建立农村低保制度的省份",
                  "省（自治区、直辖市）", "建立农村最低生活保障制度的省份",
                  "建立农村最低生活保障制度的省(自治区、直辖市)", "省"],
     **STOCK, note="已有…初步建立: the provinces with the system in place (a stock): "
                   + STOCK_NOTE)
fact("2133个县", "2133个", value=2133, unit="count", kind="count", classifier="个",
     metric="建立农村最低生活保障制度的县（市、区）",
     metric_alts=["建立农村最低生活保障制度的县", "建立农村低保制度的县",
                  "县（市、区）", "建立农村最低生活保障制度的县(市、区)", "县"],
     **STOCK, note="verb 已有…初步建立 shared; " + STOCK_NOTE)
fact("1509万农民享受", "1509万", value=1509e4, unit="count", kind="count", classifier="人",
     metric="享受农村最低生活保障的农民",
     metric_alts=["农村低保对象", "享受农村低保的农民", "农村最低生活保障对象", "农民",
                  "享受农村最低生活保障农民", "农村低保人数"], **STOCK,
     note="no classifier written (1509万 + noun 农民): 人 implied; the recipients under the "
          "system (a stock, as people covered in wr_china_2011): " + STOCK_NOTE)
g.neg("农村“五保”", "五保", LABEL_NOTE + " (“五保” 'five guarantees' for the rural elderly "
      "without support)")
g.neg("全年中央财政抚恤", "全年", PERIOD_NOTE + " (2006; governs the rest of the line)")
PENSION = ["抚恤事业费", "中央财政抚恤事业费", "抚恤事业费支出", "中央财政抚恤支出",
           "抚恤支出"]
gov("抚恤事业费支出112亿元", "112亿元", value=112e8, unit="CNY", kind="amount",
    metric="中央财政抚恤事业费支出", metric_alts=PENSION, **YEAR,
    note="全年 (= 2006) stated before it; " + GOV_NOTE)
gov("比上年增长47%", "47%", value=47, unit="%", kind="growth",
    metric="中央财政抚恤事业费支出", metric_alts=PENSION, comparison="yoy", **YEAR,
    note="比上年 → yoy")
fact("扶持对象达2288万人", "2288万人", value=2288e4, unit="count", kind="count",
     classifier="人", metric="大中型水库移民后期扶持对象",
     metric_alts=["扶持对象", "水库移民后期扶持对象", "移民后期扶持对象", "扶持对象人数",
                  "大中型水库移民后期扶持人数"],
     period=P("全年", "2006-12-31", "2006-12-31"),
     period_alts=[FULL, P("全年", None, None)],
     note="达 → eq; the people covered by the resettlement support (a stock) under the "
          "governing 全年: instant 2006-12-31, the year and null as alts")

# ==== line 6 (source 25): 去年… 抗灾救灾 ===========================================================
g.neg("去年，我国部分地区", "去年", PERIOD_NOTE + " (2006; governs the line)")
g.neg("全年中央财政下拨", "全年", PERIOD_NOTE + " (2006)")
gov("抗灾救灾资金112亿元", "112亿元", value=112e8, unit="CNY", kind="amount",
    metric="中央财政抗灾救灾资金",
    metric_alts=["抗灾救灾资金", "中央财政下拨抗灾救灾资金", "救灾资金", "抗灾救灾资金下拨",
                 "中央财政救灾资金"], **YEAR, note="全年 (= 2006); " + GOV_NOTE)

# ==== line 7 (source 26): （七） 民主法制 ============================================================
g.neg("（七）继续加强", "（七）", MARKER_NOTE)
gov("等7件法律议案", "7件", value=7, unit="count", kind="count", classifier="件",
    metric="提请审议的法律议案",
    metric_alts=["法律议案", "国务院提请审议的法律议案", "提请全国人大常委会审议的法律议案",
                 "提请审议法律议案", "法律议案数量"], **FLOW,
    note="bills the State Council sent to the NPC Standing Committee in 2006; " + GOV_NOTE
         + "; " + INHERIT_NOTE)
gov("等29个行政法规", "29个", value=29, unit="count", kind="count", classifier="个",
    metric="颁布的行政法规",
    metric_alts=["行政法规", "颁布行政法规", "新颁布行政法规", "行政法规数量",
                 "颁布的行政法规数量"], **FLOW, note=GOV_NOTE + "; " + INHERIT_NOTE)
g.neg("严肃查处了一批", "一批", "quantifier 一批")
g.neg("依法惩处了一批", "一批", "quantifier 一批")

# ==== lines 8-10 (source 27-29): no facts =============================================================
g.neg("向一切关心", "一切", "quantifier 一切 'all', not a quantity")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SRC_ID}.txt "
    f"({len(text):,} characters with the final newline), as fixed by the brief: the second "
    "half of part 一、2006年工作回顾 (the review of 2006; heading at source line 2, outside "
    "the excerpt; lines 2-19 are wr_china_2007): the last paragraphs of item (五) (education, "
    "health, culture), item (六) (jobs, wage arrears, social security, disaster relief), item "
    "(七) (legislation) with the line on ethnic/religious/foreign affairs, the summing-up line "
    "and the thanks to compatriots and friends. No 2007 target is in the excerpt. Title: the "
    "corpus meta title (the source has no title line), title_in_text=False. Date: "
    "2007-03-05, the shared meta date: the opening day of the 5th session of the 10th NPC, on "
    "which Premier Wen Jiabao delivered the report (no dateline in the Wikisource text); "
    "nothing in the excerpt contradicts it (去年 = 2006). Place: national report → 中国 (alts "
    "我国/全国/中华人民共和国); the central government's own spending and acts (中央财政 …, "
    "8个省份, 7件 bills, 29个 regulations) add 中央财政/中央政府/国务院; regional figures "
    "(西部地区, 中西部地区) and the localities' repayments (各地) keep 中国 with the region / "
    "各地 as alt. Periods: the review year 2006 is the section frame (period text 去年, the "
    "excerpt's own name for 2006; null as alt) of every number whose line has no period "
    "before it; stocks (在校学生总数, 在学人数, 毛入学率, coverage and enrolment of the medical "
    "scheme, 已有N个…, 已投入, 1509万 recipients, 2288万 supported) → instant 2006-12-31 with "
    "the year and null as alts; 全年 / 去年 (source lines 24-25) → 2006; the pair 由2003年的77%"
    "提高到96% → 2003 (instant 2003-12-31) / 2006-12-31; 连续三年累计 → 2004-2006 (90亿元, "
    "7651所); 2004年…用三年时间 → the goal (3 year, target) dated 2004 and the repayments "
    "(1834亿元, 98.6%, 330亿元) as the cumulative total at 2006-12-31 (the campaign 2004-2006 "
    "and the literal 2004 as alts). Modality: actual except the three-year time limit of the "
    "2004 goal (target). Judgement calls: 连续三年 → period of the cumulative 90亿元 (negative), "
    "not a duration; 用三年时间 → duration 3 year, target; 已偿还 totals → stocks at the end "
    "of 2006; 又扩大了8个省份 → count with metric …增量; counts without a measure word (1亿多 "
    "中小学生, 4.1亿农民, 505万下岗失业人员, 1509万农民) → classifier 人; 410个/317个 counties, "
    "25个/2133个 with the system → stocks. Negatives: 两基 ×2, 九年, 2003年, 三年 (连续三年), "
    "三级, （六）, 零就业, 2004年, 三省, 五保, 全年 ×2, 去年, （七）, 一批 ×2, 一切. "
    "Lexicalized, not listed: 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/{SRC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
