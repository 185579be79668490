"""Gold annotations for wr_hunan_2025_e (2025年湖南省政府工作报告, the opening and the headline
review of 2024), lines 1-14 of shared/texts/work_report/wr_hunan_2025.txt.

The excerpt corpora/wr_hunan_2025_e.txt is sliced by code from the source bytes (whole lines,
newline kept), never retyped; the line range is given by the brief.  It opens the report:
title, source line (来源：湖南日报), the dateline (2025年1月14日在湖南省第十四届人民代表大会第三次
会议上…), the salutation, the heading of part 一、2024年工作回顾 (line 7, inside the excerpt), the
summary paragraph 过去一年…, the four headline paragraphs (——经济发展贡献新担当: GDP by quarter
and for the year, grain, revenue, retail sales, industry; ——产业培育取得新进展; ——科技创新实现
新突破; ——民生福祉得到新提升), the lead-in 主要抓了以下九个方面的工作 and item 一是奋力拼经济
(policy support, trade-in, projects, infrastructure, power, computing, services to firms,
market entities).  Items 二是…九是 (lines 15-22) are wr_hunan_2025; the 2025 plan excerpts are
wr_hunan_2025_b/_c/_d (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_hunan_2025_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null, new

DOC_ID = "wr_hunan_2025_e"
SOURCE_ID = "wr_hunan_2025"
PLACE = "湖南省"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 1, 14                     # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年湖南省政府工作报告"       # line 1 of the source, inside the excerpt
SUBJ_ALTS = ["湖南", "全省", "我省"]
GOV_ALTS = SUBJ_ALTS + ["湖南省人民政府", "省政府", "省人民政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts=TITLE,
                 ends="新增“新三板”挂牌企业12家、居中部第2位。")
text = g.text
fact = g.with_subject(PLACE, SUBJ_ALTS)
gov = g.with_subject(PLACE, GOV_ALTS)


def part_alts(*parts):
    """subject_alts for a city / zone that owns its number, the province as alt."""
    return list(parts) + [PLACE] + SUBJ_ALTS


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SESSION_NOTE = "congress / session label (SPEC §1: 二十大, 二十届三中全会), not a quantity"
SET_NOTE = ("N大 + category, a set label (README §2 八大; wr_hunan_2025 十大产业项目), "
            "not a count")
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
THRESHOLD_NOTE = ("class label / threshold ({}) defining the counted set (SPEC §2: 亿元以上项目), "
                  "part of the count's metric, not a quantity of its own")
PHASE_NOTE = "phase label 一期 of a project ({}), not a quantity (README §2)"

# ---- periods (reference date 2025-01-14; 今年 = 2025, 过去一年 = 2024) ---------------------------
# Lines 1-6 are the title, source, dateline and salutation (no facts).  Line 7 is the heading of
# part 一、2024年工作回顾: the review of 2024 is the section frame of every later line (SPEC §4).
#   - line 9 (——经济发展): 三季度 (2024-07-01..09-30, the quarter on its own: 增长4.6%、追平全国
#     compares the single quarter with the nation) governs 4.6%; 四季度 (2024-10-01..12-31)
#     governs 5.6% and its 0.2 pp gap; 全年 (= 2024) then governs the rest of the line
#     (explicit; null as alt); 二季度 governs no number (增速回落 is not quantified).
#   - lines 10-12 (the other headline paragraphs) state no period: the frame 2024, period text
#     2024年 (the heading's, inside the excerpt), null as alt.
#   - line 14 (一是): the frame 2024 (text 2024年) up to 全年完成水利建设投资, then 全年 (= 2024)
#     governs the rest of the line (same dates, text 全年).
# Stocks (达 N 个/家/户 of a register or a set, 总数达, 总里程, 总装机, 算力, 5G基站 built to
# date) are instants at 2024-12-31 with the literal year and null as alts; the growth of a
# stock (总算力增长34.6%) is the year with the instant as alt.  Ranks follow their metric.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
FY = P("全年", "2024-01-01", "2024-12-31")
FY_END = P("全年", "2024-12-31", "2024-12-31")
FY_FLOW = dict(period=FY, period_alts=[null("全年"), Y24])
FY_STOCK = dict(period=FY_END, period_alts=[FY, null("全年"), Y24_END])
FY_LEVEL = dict(period=FY, period_alts=[null("全年"), FY_END])
Q3 = P("三季度", "2024-07-01", "2024-09-30")
Q4 = P("四季度", "2024-10-01", "2024-12-31")
FRAME_NOTE = ("no period in its line: section frame of 一、2024年工作回顾 (line 7), null as alt")
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and null "
              "in period_alts")
FY_NOTE = "全年 (= 2024) earlier in the line governs"
FY_STOCK_NOTE = ("stock: instant at the end of 全年 (2024-12-31), the year and null as alts; "
                 + FY_NOTE)


# ==== line 1: title ==========================================================================
g.neg("2025年湖南省政府工作报告", "2025年", "year in the report's title (a date), not a fact")

# ==== line 4: dateline =======================================================================
g.neg("2025年1月14日在湖南省", "2025年1月14日", "date of delivery (the reference date), not a fact")
g.neg("湖南省第十四届人民代表大会", "第十四届", SESSION_NOTE + " (第十四届人民代表大会)")
g.neg("第三次会议上", "第三次", SESSION_NOTE + " (第三次会议)")

# ==== line 7: heading of part 一 =============================================================
g.neg("一、2024年工作回顾", "一、", MARKER_NOTE + " (part number)")
g.neg("一、2024年工作回顾", "2024年", PERIOD_NOTE + " (the review year: section frame of the "
      "lines below)")

# ==== line 8: 过去一年 (summary, no facts) ====================================================
g.neg("过去一年，令人难忘", "过去一年", PERIOD_NOTE + " (= 2024; no number in its line)")
g.neg("深入贯彻党的二十大", "二十大", SESSION_NOTE)
g.neg("二十届二中、三中全会精神", "二十届二中、三中全会", SESSION_NOTE)
g.neg("锚定“三高四新”美好蓝图", "三高四新", LABEL_NOTE + " (“三高四新”: 三个高地, 四新使命)")
g.neg("着力做好“十个统筹”", "十个统筹", LABEL_NOTE + " (“十个统筹”, a work-method slogan, as "
      "“五个统筹” in wr_china_2004_c), not a count")
g.neg("大力实施“八大行动”", "八大", SET_NOTE + " (“八大行动”)")

# ==== line 9: ——经济发展贡献新担当 ==========================================================
GDP_ALTS = ["GDP", "生产总值", "经济增长", "经济增速", "经济", "地区生产总值增速", "GDP增长",
            "经济总量"]
GROWTH_GAP = ["地区生产总值", "GDP增速", "经济增速", "生产总值增速", "增速", "经济增长",
              "地区生产总值增长"]
g.neg("克服二季度增速回落", "二季度", PERIOD_NOTE + " (Q2 2024; 增速回落 states no number)")
g.neg("实现三季度增长4.6%", "三季度", PERIOD_NOTE + " (2024-07-01..2024-09-30)")
fact("实现三季度增长4.6%", "4.6%", value=4.6, unit="%", kind="growth",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", period=Q3,
     period_alts=[null("三季度")],
     note="the economy's growth (经济发展…增速, the level 总量 follows) → GDP, default yoy; "
          "三季度 governs: the single quarter (追平全国 = equal to the national Q3 rate)")
g.neg("，四季度增长5.6%", "四季度", PERIOD_NOTE + " (2024-10-01..2024-12-31)")
fact("，四季度增长5.6%", "5.6%", value=5.6, unit="%", kind="growth",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", period=Q4,
     period_alts=[null("四季度")], note="四季度 governs; default yoy")
fact("5.6%、高于全国0.2个百分点", "0.2个百分点", value=0.2, unit="pp", kind="change",
     metric="地区生产总值增速", metric_alts=GROWTH_GAP, comparison="比全国", period=Q4,
     period_alts=[null("四季度")],
     note="pp difference of growth rates against the national rate (高于全国 → basis 比全国, "
          "as wr_anhui_2025); metric X增速 (README §3); 四季度 governs")
g.neg("，全年增长4.8%", "全年", PERIOD_NOTE + " (= 2024; governs the rest of the line)")
fact("，全年增长4.8%", "4.8%", value=4.8, unit="%", kind="growth",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", **FY_FLOW,
     note="GDP growth of 2024; " + FY_NOTE)
fact("总量达5.3万亿元", "5.3万亿元", value=5.3e12, unit="CNY", kind="amount",
     metric="地区生产总值",
     metric_alts=["GDP", "生产总值", "经济总量", "总量", "GDP总量", "地区生产总值总量",
                  "经济规模"],
     **FY_FLOW, note="总量 = the GDP level of the year (a flow); 达 → eq; 万亿元 = 1e12; " + FY_NOTE)
GRAIN = ["粮食总产量", "粮食产量", "粮食"]
fact("粮食总产达615.6亿斤", "615.6亿斤", value=615.6e8 * 0.0005, unit="t", kind="amount",
     metric="粮食总产", metric_alts=GRAIN, **FY_FLOW,
     note="斤 → t (× 0.0005, SPEC §3): 615.6亿斤 = 3.078e7 t; 达 → eq; the 2024 harvest; "
          + FY_NOTE)
g.neg("创近5年新高", "近5年", "since-expression of the superlative 创近5年新高 ('highest in "
      "the last 5 years'), not a duration or rank fact (as 创5年来新高 in "
      "nw_cctv_20180118_china_2017)")
REV = ["一般公共预算收入", "地方一般公共预算收入增长", "公共预算收入", "财政收入",
       "地方财政收入"]
fact("地方一般公共预算收入增长2.6%", "2.6%", value=2.6, unit="%", kind="growth",
     metric="地方一般公共预算收入", metric_alts=REV, comparison="yoy", **FY_FLOW,
     note=FY_NOTE)
fact("2.6%、高于全国0.9个百分点", "0.9个百分点", value=0.9, unit="pp", kind="change",
     metric="地方一般公共预算收入增速",
     metric_alts=["地方一般公共预算收入", "一般公共预算收入增速", "增速", "财政收入增速"],
     comparison="比全国", **FY_FLOW,
     note="pp difference of growth rates against the national rate (比全国); " + FY_NOTE)
RETAIL = ["社会消费品零售额", "社零总额", "社会消费品零售总额增长"]
fact("社会消费品零售总额增长5.4%", "5.4%", value=5.4, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=RETAIL, comparison="yoy", **FY_FLOW,
     note=FY_NOTE)
fact("5.4%、高于全国1.9个百分点", "1.9个百分点", value=1.9, unit="pp", kind="change",
     metric="社会消费品零售总额增速",
     metric_alts=["社会消费品零售总额", "社会消费品零售额增速", "增速"], comparison="比全国",
     **FY_FLOW, note="pp difference of growth rates against the national rate; " + FY_NOTE)
IND = ["规模以上工业增加值", "规上工业增加值", "工业增加值", "规模工业增加值增长"]
fact("规模工业增加值增长7.3%", "7.3%", value=7.3, unit="%", kind="growth",
     metric="规模工业增加值", metric_alts=IND, comparison="yoy", **FY_FLOW, note=FY_NOTE)
fact("7.3%、高于全国1.5个百分点", "1.5个百分点", value=1.5, unit="pp", kind="change",
     metric="规模工业增加值增速",
     metric_alts=["规模工业增加值", "规模以上工业增加值增速", "规上工业增加值增速",
                  "工业增加值增速", "增速"],
     comparison="比全国", **FY_FLOW,
     note="pp difference of growth rates against the national rate; " + FY_NOTE)

# ==== line 10: ——产业培育取得新进展 ==========================================================
fact("旅游业总收入迈上万亿新台阶", "万亿", value=1e12, unit="CNY", kind="amount", bound="gt",
     metric="旅游业总收入", metric_alts=["旅游总收入", "旅游收入", "旅游业收入", "旅游业"],
     **FLOW,
     note="迈上…新台阶 'stepped onto the trillion level' → gt (as 迈上/站上…新台阶 in "
          "nw_sina_20220122 / nw_cctv_20250117); CNY (元 not written); the revenue of 2024; "
          + FRAME_NOTE)
g.neg("全省万亿级产业", "万亿级", THRESHOLD_NOTE.format("万亿级"))
fact("万亿级产业达到6个", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="万亿级产业",
     metric_alts=["万亿级产业数量", "万亿产业", "万亿级产业集群", "万亿级产业个数"],
     **STOCK, note="达到 N: the number of trillion-scale industries reached (a set at year end): "
                   + STOCK_NOTE)
GIC = ["绿色智能计算产业", "绿色智能计算产业总产值", "绿色智能计算产业规模",
       "绿色智能计算产业产值增长"]
fact("产业产值增长19.2%", "19.2%", value=19.2, unit="%", kind="growth",
     metric="绿色智能计算产业产值", metric_alts=GIC, comparison="yoy", **FLOW,
     note="default yoy; " + FRAME_NOTE)
fact("突破8500亿元", "8500亿元", value=8500e8, unit="CNY", kind="amount", bound="gt",
     metric="绿色智能计算产业产值", metric_alts=GIC, **FLOW,
     note="突破 → gt (outside the span); output of 2024; " + FRAME_NOTE)
fact("正加快迈向万亿目标", "万亿", value=1e12, unit="CNY", kind="amount",
     metric="绿色智能计算产业产值",
     metric_alts=GIC + ["绿色智能计算产业产值目标", "万亿目标", "产值目标"],
     modality="target", period=None,
     note="judgement call: 万亿目标 = the industry's output goal of one trillion yuan (CNY, 元 "
          "not written) → a target with no year (period null); the class-label reading (as "
          "加快迈向千亿产业 in wr_hunan_2025, a negative) is the alternative")
fact("成为我省第5个国家先进制造业集群", "5个", value=5, unit="count", kind="count",
     classifier="个", metric="国家先进制造业集群",
     metric_alts=["国家先进制造业集群数量", "先进制造业集群", "国家级先进制造业集群"],
     **STOCK,
     note="judgement call: 成为我省第5个… = the province now has 5 national advanced-"
          "manufacturing clusters → a count (span 5个 without the ordinal 第); the rank reading "
          "(5th in order, as 全球第五个 in nw_cctv 2023-08-07) is the alternative; " + STOCK_NOTE)
fact("新增硬质合金等7个", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="国家中小企业特色产业集群",
     metric_alts=new("国家中小企业特色产业集群", "新增国家中小企业特色产业集群",
                     "中小企业特色产业集群"),
     **FLOW, note="新增 N: clusters newly designated in 2024, 增量 reading in alts (README §3); "
                  + FRAME_NOTE)
g.neg("国家级制造业单项冠军企业", "单项", "单项 in the title 单项冠军 ('single-product "
      "champion'), not a quantity (as wr_hunan_2025_c)")
CHAMP = ["制造业单项冠军企业", "单项冠军企业", "国家级制造业单项冠军企业总数",
         "国家级制造业单项冠军企业数量", "国家级单项冠军企业"]
fact("总数达72个", "72个", value=72, unit="count", kind="count", classifier="个",
     metric="国家级制造业单项冠军企业", metric_alts=CHAMP, **STOCK,
     note="总数达: " + STOCK_NOTE)
fact("均居中部第1位", "第1位", value=1, unit="rank", kind="rank", scope="中部",
     metric="国家级制造业单项冠军企业",
     metric_alts=CHAMP + ["国家中小企业特色产业集群", "新增国家中小企业特色产业集群",
                          "国家中小企业特色产业集群数量"],
     period=Y24_END, period_alts=[Y24, Y24_NULL],
     note="one rank mention (均居) covering the 7 new SME clusters and the 72 champion firms: "
          "one fact (SPEC §1; as 均超千列 in wr_hunan_2025), the nearer metric primary, the "
          "clusters in alts; the stock's instant, the year (the clusters' flow) and null as "
          "alts; scope 中部 (the central provinces)")

# ==== line 11: ——科技创新实现新突破 ==========================================================
g.neg("国内唯一的大飞机", "唯一", "'the only one (in China)': an only-of-kind claim, not a "
      "measured count or rank (as 唯一 in cm_qiandongnan_2016)")
g.neg("“4+4科创工程”", "4+4", LABEL_NOTE + " (“4+4科创工程”: four labs and four projects, a "
      "programme name)")
g.neg("并取得一批创新成果", "一批", VAGUE_NOTE)
fact("新增研发机构1178家", "1178家", value=1178, unit="count", kind="count", classifier="家",
     metric="研发机构",
     metric_alts=new("研发机构", "新增研发机构", "研发企业（中心）", "研发中心"),
     subject="长沙市",
     subject_alts=part_alts("长沙", "长沙全球研发中心城市", "全球研发中心城市"),
     **FLOW,
     note="新增 N: R&D institutions added in 2024 by the building of Changsha's global R&D "
          "centre city → the city owns the number (README §4), the province as alt; 增量 "
          "reading in alts (README §3); " + FRAME_NOTE)
RD = ["研发经费投入强度", "R&D经费投入强度", "研究与试验发展经费投入强度",
      "研发投入占地区生产总值比重", "研发经费投入占GDP比重", "R&D投入强度"]
fact("研发投入强度提升至2.57%", "2.57%", value=2.57, unit="%", kind="share",
     metric="研发投入强度", metric_alts=RD, **FLOW,
     note="R&D spending over GDP of the year → share; 提升至 → the level reached (eq); "
          + FRAME_NOTE)
fact("2.57%、居中部第2位", "第2位", value=2, unit="rank", kind="rank", scope="中部",
     metric="研发投入强度", metric_alts=RD + ["研发投入强度排名"], **FLOW,
     note="rank of the intensity just given among the central provinces; span without the "
          "scope word")
HT = ["高新技术企业数量", "高新技术企业总数", "国家高新技术企业", "高企"]
fact("高新技术企业达1.75万家", "1.75万家", value=17500, unit="count", kind="count",
     classifier="家", metric="高新技术企业", metric_alts=HT, **STOCK,
     note="达 = the register's size (a stock): " + STOCK_NOTE)
AWARD = ["国家科学技术奖", "获国家科学技术奖的项目", "国家科学技术奖项目", "获奖项目",
         "获国家科学技术奖项目数量", "国家科学技术奖获奖项目"]
fact("12个项目获国家科学技术奖", "12个", value=12, unit="count", kind="count",
     classifier="个", metric="获国家科学技术奖项目", metric_alts=AWARD, **FLOW,
     note="projects awarded the national science and technology prizes in 2024 (the award "
          "defines the counted set); " + FRAME_NOTE)
fact("其中1项获技术发明奖", "1项", value=1, unit="count", kind="count", classifier="项",
     metric="获技术发明奖一等奖项目",
     metric_alts=["技术发明奖一等奖", "国家技术发明奖一等奖", "获技术发明奖一等奖",
                  "技术发明奖一等奖项目", "一等奖", "获国家技术发明奖一等奖项目"],
     **FLOW, note="其中 N: the part of the 12 projects that won a first prize of the technical "
                  "invention award; " + FRAME_NOTE)
g.neg("技术发明奖一等奖", "一等奖", "award grade label (一等奖), not a quantity (as "
      "wr_hainan_2025_e)")
fact("全球最大4000吨级", "4000吨", value=4000, unit="t", kind="amount",
     metric="全地面起重机吨级",
     metric_alts=["起重吨级", "吨级", "起重能力", "最大起重量", "额定起重量",
                  "全地面起重机起重能力", "全地面起重机最大起重量", "起重量"],
     subject="全地面起重机",
     subject_alts=["4000吨级全地面起重机", "全球最大4000吨级全地面起重机",
                   "全球最大全地面起重机", PLACE] + SUBJ_ALTS,
     **FLOW,
     note="lifting class 4000吨级 of the crane: a technical magnitude (README §2), span "
          "without 级 (as 40万吨级 in nw_cctv_20190906, 2000吨级 in cm_zhoukou_2023_b); the crane "
          "owns it, the province as alt; " + FRAME_NOTE)
g.neg("起重机等一批国际领先", "一批", VAGUE_NOTE)

# ==== line 12: ——民生福祉得到新提升 ==========================================================
g.neg("“十大重点民生实事”全面完成", "十大", SET_NOTE + " (“十大重点民生实事”)")
g.neg("残疾人“两项补贴”", "两项", LABEL_NOTE + " (“两项补贴”: the living subsidy of poor "
      "disabled people and the nursing subsidy of the severely disabled; as wr_guizhou_2025_b "
      "两项补贴)")
INC = ["居民人均可支配收入", "人均可支配收入", "全体居民人均可支配收入增长"]
fact("全体居民人均可支配收入增长5%", "5%", value=5, unit="%", kind="growth",
     metric="全体居民人均可支配收入", metric_alts=INC, comparison="yoy", **FLOW,
     note="default yoy; " + FRAME_NOTE)
fact("农村居民人均可支配收入增长6.1%", "6.1%", value=6.1, unit="%", kind="growth",
     metric="农村居民人均可支配收入",
     metric_alts=["农村居民收入", "农民人均可支配收入", "农村居民人均可支配收入增长"],
     comparison="yoy", **FLOW, note="default yoy; " + FRAME_NOTE)
AIR = ["空气优良天数比例", "城市空气质量优良天数比例", "优良天数比例", "空气质量优良天数比率",
       "城市空气质量优良天数比率", "空气质量优良率"]
fact("优良天数比例达89%", "89%", value=89, unit="%", kind="share",
     metric="城市空气优良天数比例", metric_alts=AIR, **FLOW,
     note="share of the year's days; 达 → eq; " + FRAME_NOTE)
fact("高于全国平均水平1.8个百分点", "1.8个百分点", value=1.8, unit="pp", kind="change",
     metric="城市空气优良天数比例", metric_alts=AIR, comparison="比全国平均水平", **FLOW,
     note="pp difference of a share against the national average (README §3: the share's "
          "metric); " + FRAME_NOTE)
fact("147个国考断面", "147个", value=147, unit="count", kind="count", classifier="个",
     metric="国考断面",
     metric_alts=["国家考核断面", "国考断面数量", "地表水国考断面", "国控断面"], **LEVEL,
     note="the set of national assessment sections monitored in 2024 (a level): the year, "
          "null and the year-end instant as alts; " + FRAME_NOTE)
WATER = ["水质优良率", "国考断面水质优良比例", "地表水国考断面水质优良率",
         "147个国考断面水质优良率", "地表水水质优良率", "国考断面水质优良比例"]
fact("水质优良率达98.6%", "98.6%", value=98.6, unit="%", kind="share",
     metric="国考断面水质优良率", metric_alts=WATER, **FLOW,
     note="share of the sections with good water in the 2024 assessment; 达 → eq; " + FRAME_NOTE)
fact("98.6%、居中部第1位", "第1位", value=1, unit="rank", kind="rank", scope="中部",
     metric="国考断面水质优良率", metric_alts=WATER + ["水质优良率排名"], **FLOW,
     note="rank of the rate just given among the central provinces")
g.neg("实现“双下降”", "双下降", LABEL_NOTE + " (“双下降” 'both fell': accidents and deaths; no "
      "amount stated, as wr_chongqing_2025_c)")
fact("重特大事故连续两年", "两年", value=2, unit="year", kind="amount",
     metric="重特大事故“零发生”持续时间",
     metric_alts=["重特大事故零发生持续时间", "重特大事故零发生", "重特大事故“零发生”",
                  "重特大事故零发生年数", "“零发生”持续时间", "零发生持续时间",
                  "重特大事故连续零发生"],
     period=Y24, period_alts=[Y24_NULL, P("连续两年", "2023-01-01", "2024-12-31")],
     note="length of a streak (连续两年) → 2 year, metric <what kept on>持续时间 (as the "
          "streak golds, wr_yunnan_2025 连续三年); the streak ends in the review year: the "
          "year as gold, 2023-2024 and null as alts")
g.neg("连续两年“零发生”", "零", "零发生 'zero occurrence' (as 森林火灾零发生 in "
      "wr_beijing_2025_c), not counted as a fact — judgement call; a count of 0 major "
      "accidents is the alternative reading")

# ==== line 13: lead-in ========================================================================
g.neg("以下九个方面的工作", "九个", "discourse count of the items enumerated below (一是…九是), "
      "not a quantity claim (as 以下九个方面工作 in wr_china_2008_c)")

# ==== line 14: 一是奋力拼经济 ==================================================================
g.neg("一是奋力拼经济", "一是", MARKER_NOTE)
g.neg("双周调度", "双周", "work-method label 双周调度 'fortnightly scheduling', not a quantity "
      "(no measured duration)")
g.neg("抢先一步抓政策机遇", "一步", "idiom 抢先一步 'one step ahead', not a quantity")
REQ = ["重大请求事项", "获国家支持重大请求事项", "超前谋划重大请求事项",
       "获国家支持的重大请求事项数量", "重大请求事项数量", "谋划重大请求事项"]
gov("超前谋划50个重大请求事项", "50个", value=50, unit="count", kind="count",
    classifier="个", metric="获国家支持的重大请求事项", metric_alts=REQ, **FLOW,
    note="major requests (planned ahead by the province) that won national support in 2024: "
         "the support defines the counted set; the government's own act (province, government "
         "as alts); " + FRAME_NOTE)
gov("19个重大事项纳入", "19个", value=19, unit="count", kind="count", classifier="个",
    metric="纳入新时代中部地区崛起文件的重大事项",
    metric_alts=["重大事项", "纳入新时代中部地区崛起文件重大事项", "纳入中部地区崛起文件的重大事项",
                 "纳入国家文件的重大事项", "纳入新时代中部地区崛起文件的重大事项数量",
                 "重大事项数量"],
    **FLOW, note="major items written into the State Council's 2024 central-region document; "
                 + FRAME_NOTE)
g.neg("对接“两重”", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设)")
g.neg("“两新”重大举措", "两新", LABEL_NOTE + " (两新 = 大规模设备更新和消费品以旧换新)")
gov("争取中央投资超2000亿元", "2000亿元", value=2000e8, unit="CNY", kind="amount",
    bound="gt", metric="争取中央投资",
    metric_alts=["中央投资", "争取到中央投资", "争取中央资金", "中央预算内投资",
                 "获得中央投资"],
    **FLOW, note="central-government investment won by the province in 2024; 超 → gt (outside "
                 "the span); " + FRAME_NOTE)
fact("分别达23.6万辆", "23.6万辆", value=236000, unit="count", kind="count", classifier="辆",
     metric="汽车以旧换新",
     metric_alts=["汽车以旧换新数量", "以旧换新汽车", "汽车以旧换新量", "汽车以旧换新规模",
                  "汽车产品以旧换新", "汽车"],
     **FLOW, note="分别 list: 汽车 ↔ 23.6万辆, 家电产品 ↔ 269.8万台; 达 → eq; cars traded in "
                  "under the 2024 scheme (a flow); " + FRAME_NOTE)
fact("、269.8万台", "269.8万台", value=2698000, unit="count", kind="count", classifier="台",
     metric="家电产品以旧换新",
     metric_alts=["家电以旧换新", "家电产品以旧换新数量", "家电以旧换新数量", "以旧换新家电",
                  "家电产品以旧换新量", "家电产品"],
     **FLOW, note="分别 list, second value; " + FRAME_NOTE)
fact("拉动消费超500亿元", "500亿元", value=500e8, unit="CNY", kind="amount", bound="gt",
     metric="以旧换新拉动消费",
     metric_alts=["拉动消费", "拉动消费额", "带动消费", "以旧换新拉动消费额",
                  "汽车、家电产品以旧换新拉动消费", "以旧换新带动消费"],
     **FLOW, note="consumption generated by the trade-ins; 超 → gt; " + FRAME_NOTE)
g.neg("上下一心抓项目", "一心", "idiom 上下一心 'all of one mind', not a quantity")
fact("三批集中开工", "三批", value=3, unit="count", kind="count", classifier="批",
     metric="重大项目集中开工批次",
     metric_alts=["集中开工批次", "集中开工", "重大项目集中开工", "集中开工批数",
                  "重大项目集中开工批数"],
     **FLOW,
     note="judgement call: 三批集中开工 counts the rounds of concentrated project starts of "
          "2024, classifier 批 (as 分三批 in wr_china_2023); the manner-adverbial reading "
          "(negative) is the alternative; " + FRAME_NOTE)
fact("集中开工957个重大项目", "957个", value=957, unit="count", kind="count", classifier="个",
     metric="集中开工重大项目",
     metric_alts=["重大项目", "集中开工的重大项目", "开工重大项目", "集中开工重大项目数量",
                  "新开工重大项目"],
     **FLOW, note="projects started in the three rounds of 2024; " + FRAME_NOTE)
g.neg("“四个十大”项目", "四个十大", LABEL_NOTE + " (“四个十大”: four lists of ten projects, a "
      "list name, as 十大产业项目 in wr_hunan_2025)")
fact("完成投资1515.8亿元", "1515.8亿元", value=1515.8e8, unit="CNY", kind="amount",
     metric="“四个十大”项目完成投资",
     metric_alts=["四个十大项目完成投资", "“四个十大”项目投资", "四个十大项目投资", "完成投资",
                  "“四个十大”项目", "四个十大项目"],
     **FLOW, note=FRAME_NOTE)
fact("省重点工程项目投资5367.1亿元", "5367.1亿元", value=5367.1e8, unit="CNY", kind="amount",
     metric="省重点工程项目投资",
     metric_alts=["省重点工程项目完成投资", "重点工程项目投资", "省重点项目投资",
                  "省重点工程投资", "省重点工程项目"],
     **FLOW, note="超额完成年度计划 after it states no number; " + FRAME_NOTE)
g.neg("岳阳虞公港一期", "一期", PHASE_NOTE.format("岳阳虞公港一期"))
fact("8条高速公路建成通车", "8条", value=8, unit="count", kind="count", classifier="条",
     metric="建成通车高速公路",
     metric_alts=new("高速公路", "建成通车高速公路数量", "建成通车的高速公路", "新通车高速公路"),
     **FLOW, note="motorways opened in 2024 (things newly made, README §3); " + FRAME_NOTE)
HW = ["高速公路里程", "高速公路通车里程", "高速公路通车总里程", "高速公路总通车里程"]
fact("总里程突破8000公里", "8000公里", value=8e6, unit="m", kind="amount", bound="gt",
     metric="高速公路总里程", metric_alts=HW, **STOCK,
     note="突破 → gt (outside the span); the network's length (a stock): " + STOCK_NOTE)
fact("达8184公里", "8184公里", value=8184e3, unit="m", kind="amount",
     metric="高速公路总里程", metric_alts=HW, **STOCK,
     note="达 → eq; the exact length of the same stock (a second mention, its own fact): "
          + STOCK_NOTE)
g.neg("洞庭湖区重点垸一期", "一期", PHASE_NOTE.format("洞庭湖区重点垸一期"))
g.neg("全年完成水利建设投资", "全年", PERIOD_NOTE + " (= 2024; governs the rest of the line)")
fact("水利建设投资654.7亿元", "654.7亿元", value=654.7e8, unit="CNY", kind="amount",
     metric="水利建设投资",
     metric_alts=["完成水利建设投资", "水利投资", "水利建设完成投资", "水利建设投资额"],
     **FY_FLOW, note=FY_NOTE)
CAP = ["发电装机", "发电装机容量", "电力总装机", "发电总装机容量", "总装机", "电力装机",
       "发电装机规模"]
fact("发电总装机达7582万千瓦", "7582万千瓦", value=7582e4 * 1e3, unit="W", kind="amount",
     metric="发电总装机", metric_alts=CAP, **FY_STOCK,
     note="万千瓦 = 1e7 W; installed capacity (a stock): " + FY_STOCK_NOTE)
fact("成为第一大电源", "第一", value=1, unit="rank", kind="rank", scope="电源",
     metric="新能源装机",
     metric_alts=["新能源发电装机", "新能源装机规模", "新能源装机容量", "电源装机",
                  "发电装机", "装机规模", "新能源", "电源"],
     subject_alts=SUBJ_ALTS + ["新能源"], **FY_STOCK,
     note="新能源超过火电成为第一大电源: new energy became the largest power source (by "
          "installed capacity) → rank 1 among the province's power sources (scope 电源), span "
          "第一 without 大 (as 经济第一大省 → 第一 in nw_cctv_20160508); the ranked source as "
          "subject alt; capacity is a stock: " + FY_STOCK_NOTE)
g.neg("“四算一体”", "四算一体", LABEL_NOTE + " (“四算一体”: 算力, 算法, 数据, 应用资源 as one), "
      "not a count")
COMP = ["算力", "算力规模", "总算力规模", "算力总规模", "全省总算力"]
fact("总算力突破7000PF", "7000PF", value=7000, unit="P", kind="amount", bound="gt",
     metric="总算力", metric_alts=COMP, **FY_STOCK,
     note="突破 → gt; PF (PFLOPS) has no canonical unit in SPEC §3: the corpus writes petaflops P "
          "(1.6万P in wr_anhui_2025_c; PFlops → P), so PF → P; computing capacity (a stock): " + FY_STOCK_NOTE)
fact("7000PF、增长34.6%", "34.6%", value=34.6, unit="%", kind="growth", metric="总算力",
     metric_alts=COMP, comparison="yoy", **FY_LEVEL,
     note="growth of a stock over 2024 → the year, the year-end instant as alt (as "
          "wr_anhui_2025_c 算力 130%); " + FY_NOTE)
fact("智能算力达2000PF", "2000PF", value=2000, unit="P", kind="amount",
     metric="智能算力", metric_alts=["智能算力规模", "全省智能算力"], **FY_STOCK,
     note="达 → eq; PF → P (petaflops, as above); " + FY_STOCK_NOTE)
SUPER = ["超算算力规模", "超级计算算力", "超算能力", "超算"]
fact("超算算力达223PF", "223PF", value=223, unit="P", kind="amount",
     metric="超算算力", metric_alts=SUPER, **FY_STOCK,
     note="达 → eq; PF → P (petaflops, as above); " + FY_STOCK_NOTE)
fact("223PF、居全国第3位", "第3位", value=3, unit="rank", kind="rank", scope="全国",
     metric="超算算力", metric_alts=SUPER + ["超算算力排名"], **FY_STOCK,
     note="rank of the stock just given; span without the scope word")
g.neg("建成5G基站", "5G", "technology name 5G (fifth-generation mobile network), not a "
      "quantity (as wr_hunan_2025_b)")
fact("5G基站17万个", "17万个", value=170000, unit="count", kind="count", classifier="个",
     metric="5G基站",
     metric_alts=["5G基站数量", "建成5G基站", "5G基站总数", "累计建成5G基站", "5G基站数"],
     **FY_STOCK,
     note="建成 N with 基本实现行政村全覆盖: the network built to date (a stock, as 已建成 in "
          "README §5), the flow reading (the year) in alts; " + FY_STOCK_NOTE)
g.neg("深入一线抓涉企服务", "一线", "一线 'the front line' (深入一线), an idiom, not a "
      "quantity")
g.neg("“链长到一线”", "一线", "一线 'the front line' inside the campaign name “链长到一线”, not a "
      "quantity")
fact("解决各类问题超7000个", "7000个", value=7000, unit="count", kind="count", classifier="个",
     bound="gt", metric="解决问题",
     metric_alts=["解决各类问题", "问题", "解决问题数量", "各类问题", "解决涉企问题",
                  "解决企业问题"],
     **FY_FLOW, note="problems of firms solved by the campaigns in 2024; 超 → gt; " + FY_NOTE)
gov("推动减退降税费超560亿元", "560亿元", value=560e8, unit="CNY", kind="amount", bound="gt",
    metric="减退降税费",
    metric_alts=["减税降费", "减退降税费规模", "减退税降费", "减税降费退税", "减退降税费金额",
                 "推动减退降税费"],
    **FY_FLOW,
    note="taxes and fees cut or refunded in 2024 (a policy amount, positive, as 减轻农民负担 in "
         "wr_china_1980); 超 → gt; the government's own act (province, government as alts); "
         + FY_NOTE)
fact("金融让利202亿元", "202亿元", value=202e8, unit="CNY", kind="amount",
     metric="金融让利",
     metric_alts=["金融机构让利", "金融让利规模", "让利", "金融让利金额", "推动金融让利"],
     subject_alts=SUBJ_ALTS + ["金融机构"], **FY_FLOW,
     note="interest and fees forgone by financial institutions for firms in 2024 (positive); "
          + FY_NOTE)
LOG = ["社会物流总费用与GDP的比率", "社会物流总费用与地区生产总值的比率", "物流成本",
       "社会物流成本", "全社会物流总费用与GDP比率", "社会物流总费用占GDP比重",
       "全社会物流成本占GDP比重"]
fact("全社会物流成本下降0.4个百分点", "0.4个百分点", value=-0.4, unit="pp", kind="change",
     metric="全社会物流成本", metric_alts=LOG, comparison="yoy", **FY_FLOW,
     note="下降 N个百分点 → change −0.4 pp of the cost ratio (total logistics cost over GDP, a "
          "share; README §3 the share's metric); basis the year before → yoy; 持续低于全国平均"
          "水平 states no number; " + FY_NOTE)
PROF = ["规模以上工业企业利润", "规上工业企业利润", "规模工业企业利润总额", "工业企业利润",
        "规模以上工业企业利润总额"]
fact("规模工业企业利润增长4.1%", "4.1%", value=4.1, unit="%", kind="growth",
     metric="规模工业企业利润", metric_alts=PROF, comparison="yoy", **FY_FLOW,
     note="default yoy; " + FY_NOTE)
fact("4.1%、高于全国8.8个百分点", "8.8个百分点", value=8.8, unit="pp", kind="change",
     metric="规模工业企业利润增速",
     metric_alts=["规模工业企业利润", "规模以上工业企业利润增速", "规上工业企业利润增速",
                  "工业企业利润增速", "增速"],
     comparison="比全国", **FY_FLOW,
     note="pp difference of growth rates against the national rate (比全国); " + FY_NOTE)
fact("全省实有企业主体达210万户", "210万户", value=2.1e6, unit="count", kind="count",
     classifier="户", metric="实有企业主体",
     metric_alts=["企业主体", "实有企业", "企业", "实有企业数量", "实有企业主体数量",
                  "实有企业户数", "企业数量"],
     **FY_STOCK, note="实有…达: the register's size (a stock): " + FY_STOCK_NOTE)
g.neg("“四上”企业突破", "四上", LABEL_NOTE + " (“四上”企业: the four classes of enterprises "
      "above the statistical size thresholds), part of the metric (as wr_yunnan_2025)")
fact("企业突破6万家", "6万家", value=60000, unit="count", kind="count", classifier="家",
     bound="gt", metric="“四上”企业",
     metric_alts=["四上企业", "“四上”企业数量", "四上企业数量", "“四上”企业总数"],
     **FY_STOCK, note="突破 → gt; " + FY_STOCK_NOTE)
g.neg("新培育百亿企业", "百亿", THRESHOLD_NOTE.format("百亿: firms with revenue of at least "
      "1e10 yuan; as wr_hunan_2025_c"))
fact("新培育百亿企业11家", "11家", value=11, unit="count", kind="count", classifier="家",
     metric="百亿企业",
     metric_alts=new("百亿企业", "新培育百亿企业", "营收百亿企业", "百亿元企业"),
     **FY_FLOW, note="新培育 N: firms that reached the threshold in 2024, 增量 reading in alts "
                     "(README §3); " + FY_NOTE)
g.neg("工业百亿企业总数", "百亿", THRESHOLD_NOTE.format("百亿"))
fact("工业百亿企业总数达53家", "53家", value=53, unit="count", kind="count", classifier="家",
     metric="工业百亿企业",
     metric_alts=["工业百亿企业总数", "工业百亿企业数量", "百亿工业企业", "百亿企业",
                  "百亿工业企业总数"],
     **FY_STOCK, note="总数达: " + FY_STOCK_NOTE)
fact("上市公司达146家", "146家", value=146, unit="count", kind="count", classifier="家",
     metric="上市公司",
     metric_alts=["上市公司数量", "上市公司总数", "上市企业", "境内外上市公司", "境内上市公司"],
     **FY_STOCK, note="达 = the number of listed firms (a stock): " + FY_STOCK_NOTE)
g.neg("新增“新三板”挂牌", "新三板", LABEL_NOTE + " (“新三板”: the National Equities Exchange and "
      "Quotations, a market's name), not a quantity")
NEEQ = new("“新三板”挂牌企业", "新三板挂牌企业", "新增“新三板”挂牌企业", "新增新三板挂牌企业",
           "挂牌企业")
fact("挂牌企业12家", "12家", value=12, unit="count", kind="count", classifier="家",
     metric="“新三板”挂牌企业", metric_alts=NEEQ, **FY_FLOW,
     note="新增 N: firms newly listed on the NEEQ in 2024, 增量 reading in alts (README §3); "
          + FY_NOTE)
fact("12家、居中部第2位", "第2位", value=2, unit="rank", kind="rank", scope="中部",
     metric="“新三板”挂牌企业", metric_alts=NEEQ + ["新增“新三板”挂牌企业排名"], **FY_FLOW,
     note="rank of the new listings just given among the central provinces")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range was "
    "given by the brief: the report's opening (title, 来源：湖南日报, dateline, salutation), the "
    "heading 一、2024年工作回顾 (inside the excerpt), the summary paragraph 过去一年…, the four "
    "headline paragraphs (——经济发展, ——产业培育, ——科技创新, ——民生福祉), the lead-in "
    "主要抓了以下九个方面的工作 and item 一是奋力拼经济. Items 二是…九是 (lines 15-22) are "
    "wr_hunan_2025; the plan excerpts are wr_hunan_2025_b/_c/_d (no overlap). Title: line 1 "
    "(in the excerpt). Date: 2025-01-14, the delivery date of the dateline (line 4: 2025年1月"
    "14日在湖南省第十四届人民代表大会第三次会议上…), as the other excerpts of the report. "
    "Place: 湖南省 (alts 湖南, 全省, 我省; the government's own acts — 重大请求事项, 重大事项, "
    "争取中央投资, 减退降税费 — add 湖南省人民政府/省政府/省人民政府); 长沙市 owns the 1178 "
    "R&D institutions of its global R&D centre city and the crane its 4000吨 class (province "
    "as alt). Periods: the heading 一、2024年工作回顾 (line 7) is the section frame: lines "
    "without a period take 2024 (period text 2024年, null as alt); line 9 dates 4.6% by 三季度 "
    "(2024-07-01..09-30, the single quarter), 5.6% and its 0.2 pp gap by 四季度 (2024-10-01.."
    "12-31), the rest of the line by 全年 (= 2024); in line 14 全年 (完成水利建设投资) governs "
    "the clauses after it (same dates, text 全年). Stocks (万亿级产业 6个, 国家先进制造业集群 5个, "
    "单项冠军企业总数, 高新技术企业, 高速公路总里程, 发电总装机 and the rank of new energy, "
    "算力, 5G基站, 实有企业主体, “四上”企业, 工业百亿企业, 上市公司) → instant 2024-12-31 with "
    "the year and null as alts; the growth of a stock (算力 34.6%) and the level 147个国考断面 → "
    "the year with the instant as alt. Modality: actual, except 迈向万亿目标 (target, no "
    "year → period null). Comparisons: growth → yoy; 高于全国 → 比全国; 高于全国平均水平 → "
    "比全国平均水平; 物流成本下降0.4个百分点 → change −0.4, yoy. Units: 万亿元 1e12; 亿斤 × 1e8 × "
    "0.0005 t; 万千瓦 1e7 W; PF → P (petaflops, the corpus convention); 公里 1e3 m; 万亿 (元 not written) → CNY. "
    "Judgement calls: 第5个国家先进制造业集群 → count 5 (span 5个; rank reading the "
    "alternative); 万亿目标 → a target amount 1e12 with no period (class-label negative the "
    "alternative); 迈上万亿新台阶 → 1e12 gt; 均居中部第1位 → one rank fact (nearest metric, "
    "the clusters in alts); 成为第一大电源 → rank 1 (scope 电源); 三批 (集中开工) → count 3 批; "
    "连续两年“零发生” → a 2-year streak fact, 零 negative; 4000吨级 → technical magnitude "
    "4000 t; 5G基站17万个 → stock; 减退降税费 / 金融让利 → positive amounts; 近5年 (创近5年新高), "
    "九个 (方面), 双周, 唯一 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (in 四算一体, covered by its label span).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：湖南日报)", title=TITLE, notes=NOTES)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
