"""Gold annotations for wr_china_2017_b (2017年中华人民共和国国务院政府工作报告, review items
四是-八是 and the close of the review), lines 20-31 of
shared/texts/work_report/wr_china_2017.txt.

The excerpt corpora/wr_china_2017_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items 四是 (innovation: 6个, 2.08%, 100万件, 1万亿元,
56.2%), 五是 (regions and urbanisation: 1600万人), 六是 (ecology: SO2, NOx, PM2.5, energy
mix), 七是 (livelihood: poverty funds, subsidies, education, student aid, disaster relief),
八是 (government: bills and regulations), the party-discipline paragraph, 过去一年，中国特色
大国外交…, the anniversaries line (95周年, 80周年), 各位代表！, the thanks, the problems paragraph
(我们也清醒看到…) and the heading 二、2017年工作总体部署 of part 二 (nothing after it).  The line
range was given by the brief (lines 20-31, 2,124 characters with the final newline), not
moved; lines 6-19 are annotated in wr_china_2017 (no overlap).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2017_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2017_b"
PLACE = "中国"
REF = "2017-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_china_2017.txt"
FIRST, LAST = 20, 31                    # 1-based, inclusive, whole lines
TITLE = "2017年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="四是强化创新引领", ends="二、2017年工作总体部署")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "quantifier 一批 (README §2), not a count"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own act: subject the document's place 中国, "
            "中央政府/国务院 as alts (as wr_china_2017)")

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)

# ---- periods (reference date 2017-03-05; 去年 = 2016, 今年 = 2017) ---------------------------
# Lines 1-8 of the excerpt lie in part 一、2016年工作回顾 (heading on source line 4, outside the
# excerpt): the review items 四是…八是 of 一年来，我们主要做了以下工作 (source line 15).  Numbers
# whose line states no period before them take the review year 2016 (SPEC §4 section frame)
# with the excerpt's own name of that year, 过去一年 (line 7: 过去一年，中国特色大国外交…), as
# period text (as wr_china_2017) and null in period_alts.  Explicit periods: 全年 in line 4
# (全年资助…8400多万人次) governs the rest of the line until 去年 (去年部分地区…900多万人次)
# replaces it (same year, own text).  Stocks (国内有效发明专利拥有量, the monitored set of 74
# key cities) → the instant 2016-12-31, the year and null as alts.  Line 12 is the heading
# of part 二、2017年工作总体部署 (no number follows it in the excerpt).  Modality: actual
# throughout (no target or 预计 in these lines).
Y16 = P("过去一年", "2016-01-01", "2016-12-31")
Y16_NULL = P("过去一年", None, None)
Y16_END = P("过去一年", "2016-12-31", "2016-12-31")
FLOW = dict(period=Y16, period_alts=[Y16_NULL])
STOCK = dict(period=Y16_END, period_alts=[Y16, Y16_NULL])
QY = P("全年", "2016-01-01", "2016-12-31")
FLOW_Q = dict(period=QY, period_alts=[P("全年", None, None)])
LY = P("去年", "2016-01-01", "2016-12-31")
FLOW_LY = dict(period=LY, period_alts=[P("去年", None, None)])
FRAME_NOTE = ("no period before it in its line → the review year 2016 (section 一、2016年工作"
              "回顾, period text 过去一年 of line 7), null in period_alts")
STOCK_NOTE = ("stock under the review year 2016: instant 2016-12-31; the year and null in "
              "period_alts")

# ==== line 1 (source 20): 四是强化创新引领 ========================================================
g.neg("四是强化创新", "四是", MARKER_NOTE)
g.neg("《中国制造2025》", "2025", "year in the name of the plan 中国制造2025, not a fact (as "
      "wr_china_2016)")
g.neg("落实和完善“双创”", "双创", LABEL_NOTE + " (双创 = 大众创业、万众创新), not a count (as "
      "wr_china_2019_c)")
g.neg("面向2030年的科技", "2030年", "horizon year of the programme (科技创新2030—重大项目, "
      "'projects looking to 2030'), part of its name; it governs no number (judgement call)")
gov("新设6个国家自主创新示范区", "6个", value=6, unit="count", kind="count", classifier="个",
    metric="国家自主创新示范区",
    metric_alts=["新设国家自主创新示范区", "国家自主创新示范区数量", "国家自主创新示范区增量",
                 "自主创新示范区", "国家自主创新示范区数量增量"], **FLOW,
    note="新设 N: zones set up in 2016, the noun with the 增量 reading as alts (README §3, as "
         "wr_china_2018_b); " + GOV_NOTE + "; " + FRAME_NOTE)
RD = ["研发经费支出与国内生产总值之比", "全社会研发经费支出占国内生产总值比重",
      "研发经费支出占国内生产总值比重", "研发经费投入强度", "研发投入强度", "R&D经费投入强度",
      "研究与试验发展经费投入强度", "研发经费占GDP比重", "研发经费支出占GDP比重"]
fact("之比达到2.08%", "2.08%", value=2.08, unit="%", kind="share",
     metric="全社会研发经费支出与国内生产总值之比", metric_alts=RD, **FLOW,
     note="达到 → eq; a ratio of two flows of 2016 → share of the year (as wr_china_2013_b)")
PAT = ["有效发明专利拥有量", "国内有效发明专利", "发明专利拥有量", "有效发明专利",
       "国内有效发明专利拥有数量"]
fact("拥有量突破100万件", "100万件", value=100e4, unit="count", kind="count",
     classifier="件", bound="gt", metric="国内有效发明专利拥有量", metric_alts=PAT, **STOCK,
     note="突破 → gt (outside the span); 拥有量 = patents in force (a stock): " + STOCK_NOTE)
fact("技术交易额超过1万亿元", "1万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
     metric="技术交易额",
     metric_alts=["技术合同成交额", "技术合同交易额", "技术市场成交额", "技术交易金额"], **FLOW,
     note="超过 → gt (outside the span); 万亿元 = 1e12; the year's trade (a flow)")
fact("贡献率上升到56.2%", "56.2%", value=56.2, unit="%", kind="share",
     metric="科技进步贡献率",
     metric_alts=["科技进步对经济增长的贡献率", "科技进步对经济增长贡献率",
                  "科技进步贡献率水平"], **FLOW,
     note="上升到 = the level reached; a contribution rate (a ratio of flows) → share of the "
          "year; " + FRAME_NOTE)

# ==== line 2 (source 21): 五是促进区域城乡协调发展 ===================================================
g.neg("五是促进区域", "五是", MARKER_NOTE)
g.neg("深入实施“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road)")
g.neg("长江经济带发展三大战略", "三大战略", LABEL_NOTE + " (三大战略: 一带一路, 京津冀协同发展, "
      "长江经济带, named as a group, as wr_china_2016_b)")
g.neg("启动建设一批", "一批", BATCH_NOTE)
g.neg("西部大开发“十三五”", "十三五", "plan label 十三五 (SPEC §1)")
g.neg("实施新一轮东北", "一轮", "新一轮 'a new round', not a count (as wr_china_2018_b)")
fact("又有1600万人进城落户", "1600万人", value=1600e4, unit="count", kind="count",
     classifier="人", metric="进城落户",
     metric_alts=["进城落户人口", "进城落户人数", "农业转移人口进城落户", "落户城镇人口",
                  "进城落户人员"], **FLOW,
     note="又有 N 人进城落户: people who settled in cities in 2016 (a flow); " + FRAME_NOTE)

# ==== line 3 (source 22): 六是加强生态文明建设 ======================================================
g.neg("六是加强生态", "六是", MARKER_NOTE)
g.neg("二氧化硫、氮氧化物", "二氧化硫", "chemical name 二氧化硫 (sulphur dioxide), not a "
      "quantity (as wr_china_2014)")
EMIT_NOTE = ("分别 list in order: 二氧化硫 → 5.6%, 氮氧化物 → 4% (排放量 shared; 和 joins two "
             "values, each with its own %); 下降 → negative; " + FRAME_NOTE)
fact("分别下降5.6%", "5.6%", value=-5.6, unit="%", kind="growth", metric="二氧化硫排放量",
     metric_alts=["二氧化硫排放", "二氧化硫", "二氧化硫排放总量", "SO2排放量"],
     comparison="yoy", **FLOW, note=EMIT_NOTE)
fact("5.6%和4%", "4%", value=-4, unit="%", kind="growth", metric="氮氧化物排放量",
     metric_alts=["氮氧化物排放", "氮氧化物", "氮氧化物排放总量", "NOx排放量"],
     comparison="yoy", **FLOW, note=EMIT_NOTE)
fact("74个重点城市", "74个", value=74, unit="count", kind="count", classifier="个",
     metric="重点城市",
     metric_alts=["重点城市数量", "74个重点城市", "监测重点城市", "空气质量监测重点城市"],
     **STOCK,
     note="judgement call: the size of the monitored set (the 74 key cities of the air "
          "quality ranking) read as a count fact, as 42个国控、省控地表水考核断面 in "
          "cm_qiandongnan_2023 (a set in being → " + STOCK_NOTE + "); the alternative is to "
          "read it as part of the metric of 9.1% (SPEC §2 threshold)")
g.neg("细颗粒物（PM2.5）", "PM2.5", "indicator name PM2.5 (fine particulate matter), not a "
      "quantity (as wr_china_2019_c)")
fact("年均浓度下降9.1%", "9.1%", value=-9.1, unit="%", kind="growth",
     metric="细颗粒物（PM2.5）年均浓度",
     metric_alts=["细颗粒物(PM2.5)年均浓度", "PM2.5年均浓度", "细颗粒物年均浓度", "PM2.5浓度",
                  "重点城市细颗粒物（PM2.5）年均浓度", "74个重点城市细颗粒物（PM2.5）年均浓度",
                  "细颗粒物浓度"],
     subject_alts=CN + ["74个重点城市", "重点城市"], comparison="yoy", **FLOW,
     note="下降 → negative; the mean over the 74 key cities (subject alts); " + FRAME_NOTE)
fact("清洁能源消费比重提高1.7个百分点", "1.7个百分点", value=1.7, unit="pp", kind="change",
     metric="清洁能源消费比重",
     metric_alts=["清洁能源消费占比", "清洁能源占能源消费比重", "清洁能源比重",
                  "清洁能源消费占能源消费总量比重"], comparison="yoy", **FLOW,
     note="提高 N 个百分点 → change in pp of the share (README §3), against 2015 → yoy")
fact("煤炭消费比重下降2个百分点", "2个百分点", value=-2, unit="pp", kind="change",
     metric="煤炭消费比重",
     metric_alts=["煤炭消费占比", "煤炭占能源消费比重", "煤炭比重",
                  "煤炭消费占能源消费总量比重"], comparison="yoy", **FLOW,
     note="下降 → negative change in pp; yoy")
g.neg("严肃查处一批", "一批", BATCH_NOTE)

# ==== line 4 (source 23): 七是注重保障和改善民生 ====================================================
g.neg("七是注重保障", "七是", MARKER_NOTE)
fact("扶贫资金投入超过1000亿元", "1000亿元", value=1000e8, unit="CNY", kind="amount",
     bound="gt", metric="财政专项扶贫资金投入",
     metric_alts=["全国财政专项扶贫资金投入", "财政专项扶贫资金", "专项扶贫资金",
                  "专项扶贫资金投入", "财政扶贫资金"], **FLOW,
     note="超过 → gt (outside the span); central and local budgets (全国财政) → 中国; "
          + FRAME_NOTE)
fact("为1700多万困难", "1700多万", value=1700e4, unit="count", kind="count", classifier="人",
     bound="gt", metric="发放生活或护理补贴的困难和重度残疾人",
     metric_alts=["困难和重度残疾人", "困难和重度残疾人生活或护理补贴", "残疾人生活或护理补贴",
                  "发放生活或护理补贴的残疾人", "领取补贴的残疾人", "受补贴残疾人",
                  "困难和重度残疾人数"], subject_alts=CN + GOV, **FLOW,
     note="多 inside the span → gt; no measure word (the noun is 残疾人) → classifier 人; "
          "the disabled people paid the allowances in 2016; " + FRAME_NOTE)
EDU = ["财政性教育经费支出占国内生产总值比例", "国家财政性教育经费支出占国内生产总值比例",
       "财政性教育经费占国内生产总值比例", "财政性教育经费占GDP比例",
       "财政性教育经费支出占GDP比例", "教育经费占国内生产总值比例"]
fact("比例继续超过4%", "4%", value=4, unit="%", kind="share", bound="gt",
     metric="财政性教育经费支出占国内生产总值比例", metric_alts=EDU[1:], **FLOW,
     note="超过 → gt (outside the span); a ratio of two flows of 2016 → the year")
fact("农村学生人数增长21.3%", "21.3%", value=21.3, unit="%", kind="growth",
     metric="重点高校招收贫困地区农村学生人数",
     metric_alts=["重点高校招收贫困地区农村学生", "贫困地区农村学生人数", "招收贫困地区农村学生人数",
                  "重点高校招收农村贫困地区学生人数", "重点高校贫困地区专项招生"],
     comparison="yoy", **FLOW, note=FRAME_NOTE)
fact("家庭困难学生8400多万人次", "8400多万人次", value=8400e4, unit="count", kind="count",
     classifier="人次", bound="gt", metric="资助各类学校家庭困难学生",
     metric_alts=["家庭困难学生", "资助家庭困难学生", "资助学生", "资助家庭困难学生人次",
                  "受资助家庭困难学生", "资助各类学校家庭困难学生人次"], **FLOW_Q,
     note="多 inside the span → gt; 人次 is a classifier (SPEC §3); 全年 (= 2016) governs it "
          "(as wr_china_2019_c 近1亿人次)")
fact("紧急转移安置900多万人次", "900多万人次", value=900e4, unit="count", kind="count",
     classifier="人次", bound="gt", metric="紧急转移安置",
     metric_alts=["紧急转移安置人口", "紧急转移安置人次", "转移安置", "紧急转移安置受灾群众",
                  "转移安置人次"], **FLOW_LY,
     note="多 inside the span → gt; 去年 (= 2016, the floods along the Yangtze) replaces 全年 "
          "and governs the rest of the line")

# ==== line 5 (source 24): 八是推进政府建设和治理创新 ================================================
g.neg("八是推进政府", "八是", MARKER_NOTE)
gov("审议法律议案13件", "13件", value=13, unit="count", kind="count", classifier="件",
    metric="提请全国人大常委会审议法律议案",
    metric_alts=["法律议案", "提请审议法律议案", "提请全国人大常委会审议的法律议案",
                 "法律议案数量"], **FLOW,
    note="submitted by the State Council (国务院 in the text): " + GOV_NOTE + " (as "
         "wr_china_2019); " + FRAME_NOTE)
gov("制定修订行政法规8件", "8件", value=8, unit="count", kind="count", classifier="件",
    metric="制定修订行政法规",
    metric_alts=["行政法规", "制定修订的行政法规", "行政法规数量", "制定修订行政法规数量"],
    **FLOW, note=GOV_NOTE)
g.neg("组织开展第三次国务院", "第三次", "edition label of the inspection (第三次国务院大督查, "
      "'the third State Council inspection'), not a count")
g.neg("专项督查和第三方评估", "第三方", "lexicalized 第三方 'third party', not a quantity")

# ==== line 6 (source 25): party discipline ========================================================
g.neg("扎实开展“两学一做”", "两学一做", "campaign name “两学一做”, not a quantity (as "
      "wr_china_2019)")
g.neg("党中央八项规定", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count "
      "(as wr_china_2019)")
g.neg("纠正“四风”", "四风", "label “四风” (four undesirable work styles), not a count (as "
      "wr_china_2019)")
g.neg("“约法三章”", "约法三章", "idiom 约法三章 (the State Council's three rules on "
      "spending), a label, not a count")
g.neg("依法惩处一批", "一批", BATCH_NOTE)

# ==== line 7 (source 26): 过去一年，中国特色大国外交 ===============================================
g.neg("过去一年，中国特色", "过去一年", PERIOD_NOTE + " (the review year 2016; no number "
      "follows it in its line; the period text of the review facts without a period of "
      "their own)")
g.neg("合作首次领导人会议", "首次", "first-time claim 首次 (the first leaders' meeting), not "
      "a rank or count")

# ==== line 8 (source 27): anniversaries ============================================================
g.neg("成立95周年", "95周年", "anniversary 95周年 (of the founding of the CPC), an event "
      "label, not a quantity claim (as 60周年 in wr_china_2010)")
g.neg("长征胜利80周年", "80周年", "anniversary 80周年 (of the Long March), an event label, "
      "not a quantity claim")

# ==== lines 9-11 (source 28-30): 各位代表！, thanks, problems (no numbers) ==========================

# ==== line 12 (source 31): heading of part 二 ======================================================
g.neg("二、2017年工作总体部署", "二、", MARKER_NOTE)
g.neg("二、2017年工作总体部署", "2017年", PERIOD_NOTE + " (heading of part 二, the plan for "
      "2017; no number follows it in the excerpt)")

negs = [l["provenance"]["text"] for l in g.lines if l.get("negative")]
facts = [l for l in g.lines if not l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_2017.txt "
    f"({len(text):,} characters with the final newline), as given by the brief (not moved), "
    "sliced by code: review items 四是 (innovation), 五是 (regional and urban-rural "
    "development), 六是 (ecology), 七是 (livelihood) and 八是 (government) in full, the "
    "party-discipline paragraph, 过去一年，中国特色大国外交…, the anniversaries line, 各位代表！, "
    "the thanks, the problems paragraph 我们也清醒看到… and the heading 二、2017年工作总体部署 "
    "(last line; the plan for 2017 starts after it, outside the excerpt). Lines 1-11 lie in "
    "part 一、2016年工作回顾 (the review of 2016; heading on source line 4). Lines 6-19 are "
    "annotated in wr_china_2017 (no overlap). Title: the corpus meta title (the source's "
    "first line is 政府工作报告), title_in_text=False. Date: 2017-03-05, the corpus meta date "
    "and the source's own dateline (line 2: ——2017年3月5日在第十二届全国人民代表大会第五次会议"
    "上), as wr_china_2017; nothing in the excerpt contradicts it (去年 = 2016). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); the central government's own acts "
    "(新设6个 zones, the allowances to 1700多万 disabled people, 法律议案13件, 行政法规8件) add "
    "中央政府/国务院; the PM2.5 fall adds 74个重点城市. Periods: numbers without a period before "
    "them in their line take the review year 2016 (SPEC §4 section frame) with period text "
    "过去一年 (line 7) and null as alt; 全年 in line 4 governs 8400多万人次, then 去年 "
    "governs 900多万人次 (same year, own text); stocks (有效发明专利拥有量 突破100万件, the "
    "74 monitored cities) → instant 2016-12-31 with the year and null as alts. Modality: "
    "actual throughout. Units: 万亿元 1e12; 万件/万人/万人次 counts; 个百分点 → pp (下降 → "
    "negative). Judgement calls: 74个重点城市 → a count fact (the monitored set, stock), not "
    "only part of the metric of 9.1%; 面向2030年 → negative (horizon in a programme name); "
    "1700多万困难和重度残疾人 → count with classifier 人 (gt); 科技进步贡献率 56.2% → share of "
    "the year; 第三次 (国务院大督查) and 第三方 → negatives. Lines 9-11 hold no numerals "
    "(lexicalized: 一些, 进一步, 一定). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) + ".")

g.write(date=REF, source=f"shared/texts/work_report/wr_china_2017.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
