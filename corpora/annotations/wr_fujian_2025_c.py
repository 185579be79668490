"""Gold annotations for wr_fujian_2025_c (2025年福建省政府工作报告, third excerpt), lines 18-25
of shared/texts/work_report/wr_fujian_2025.txt.

The excerpt corpora/wr_fujian_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: from the heading of review section （三） (发挥独特优势，
探索两岸融合发展新路步伐更大) through its three paragraphs (共建共享增进福祉, 互惠互利合作共赢,
常来常往厚植情谊), the heading of section （四） (深化改革开放…) and its first three paragraphs
(改革添动力, 开放激活力, 内需释潜力), all in the 2024 review (一年来的主要工作, source line 9).
Lines 6-17 and 28-37 are annotated in wr_fujian_2025 and wr_fujian_2025_b (no overlap).
Lines 18-25 make 2,152 characters (with the final newline) and start at a section heading as
briefed; adding line 26 (民企增实力) would make 2,520, over 2,500.  It is the densest allowed
run that starts at a heading (48 facts): section （八） (lines 40-43) and the 2025 plan (lines
48 ff., no target list in this text) hold far fewer numbers.  Facts and negatives are written
by hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_fujian_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_fujian_2025_c"
PLACE = "福建省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_fujian_2025.txt"
FIRST, LAST = 18, 25                    # 1-based, inclusive, whole lines
TITLE = "2025年福建省政府工作报告"       # line 1 of the source, outside the excerpt
FJ_ALTS = ["福建", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（三）发挥独特优势", ends="大项目“拔节生长”。")
text = g.text
fact = g.with_subject(PLACE, FJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-its-kind claim / designation, not a measured rank (README §2 首批)"
STRAIT_NOTE = ("place term 两岸 ('both sides of the Taiwan Strait'), not a count (as "
               "nw_cctv_20150803_fujian_ftz_2015, wr_jiangsu_2025)")

# ---- periods (reference date 2025-01-13) ---------------------------------------------
# The excerpt lies in the review 一年来的主要工作 (source line 9, outside it) of part 一 (the
# 2024 review), and no line of it names a period of its own (年客流量 is 'annual flow', not a
# period expression; 400周年 is an anniversary).  So every number takes the review year 2024
# (SPEC §4 section frame), 2024-01-01..2024-12-31 with null in period_alts, and the period
# text 一年来 that names this frame in source line 9, exactly as wr_fujian_2025 (lines
# 10-17) and wr_fujian_2025_b (lines 28-37).  That surface is outside the excerpt, so
# shared/gold/check_gold.py flags the period text as not in the article: the same known,
# deliberate exception as wr_fujian_2025_b (see NOTES).
# Stocks (累计 totals) → the instant 2024-12-31 with the year and null as alts (README §5
# stock rule); levels without 累计 (a batch of projects under way and its investment, measures
# in a clause that 累计 may or may not reach) → the year with the year-end instant as alt.
REV = P("一年来", "2024-01-01", "2024-12-31")
REV_NULL = P("一年来", None, None)
REV_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=REV, period_alts=[REV_NULL])
LEVEL = dict(period=REV, period_alts=[REV_NULL, REV_END])
STOCK = dict(period=REV_END, period_alts=[REV, REV_NULL])
STOCK_NOTE = ("stock under the review year 2024: instant at 2024-12-31 (README §5); the "
              "literal year and null in period_alts")
LEVEL_NOTE = "level of the review year 2024; the year-end instant and null as alts"
NEW_NOTE = ("新增 N: count of the new units; 增量 alts for the SPEC-2 absolute-change reading "
            "(same value and kind)")


def added(noun, extra=()):
    """metric_alts of a 新增 / 新引进 / 新获批 count (README §3)."""
    return [f"新增{noun}", f"{noun}数量", f"{noun}增量", f"{noun}数量增量", *extra]


# ---- line 1 (source 18): heading （三） ---------------------------------------------------
g.neg("（三）发挥独特优势", "（三）", MARKER_NOTE)
g.neg("探索两岸融合发展新路", "两岸", STRAIT_NOTE)

# ---- line 2 (source 19): 共建共享增进福祉 ------------------------------------------------
fact("累计争取28家中央", "28家", value=28, unit="count", kind="count", classifier="家",
     metric="中央和国家部委、金融机构",
     metric_alts=["出台配套支持政策的中央和国家部委、金融机构", "争取中央和国家部委、金融机构",
                  "累计争取中央和国家部委、金融机构", "中央和国家部委、金融机构数量",
                  "中央和国家部委和金融机构", "部委、金融机构", "中央和国家部委"],
     **STOCK, note="the central ministries and financial institutions won over to issue "
                   "supporting policies; 累计 → " + STOCK_NOTE)
fact("出台25份配套支持政策", "25份", value=25, unit="count", kind="count", classifier="份",
     metric="配套支持政策",
     metric_alts=["出台配套支持政策", "累计出台配套支持政策", "争取配套支持政策",
                  "配套支持政策数量", "支持政策", "配套政策"],
     **STOCK, note="累计 covers the whole clause (争取…出台25份): " + STOCK_NOTE)
fact("省级层面发布45条融合举措", "45条", value=45, unit="count", kind="count",
     classifier="条", metric="融合举措",
     metric_alts=["省级融合举措", "发布融合举措", "省级层面融合举措", "省级层面发布融合举措",
                  "融合举措数量", "举措", "措施"],
     **LEVEL, note="count of measures (cf. 七条措施, README §2) issued at provincial level; "
                   "judgement call: 累计 of the clause before may or may not reach it: the "
                   "year, the year-end (cumulative) instant and null as alts")
g.neg("首批121个闽台", "首批", FIRST_NOTE + " (首批 'first batch' of projects)")
fact("首批121个闽台", "121个", value=121, unit="count", kind="count", classifier="个",
     metric="闽台融合发展重点项目",
     metric_alts=["首批闽台融合发展重点项目", "重点项目", "闽台融合发展重点项目数量",
                  "首批闽台融合发展重点项目数量", "融合发展重点项目"],
     **LEVEL, note="the projects of the first batch, under way in 2024: " + LEVEL_NOTE
                   + " (as the 首批103个 山海协作 projects of wr_fujian_2025_b)")
fact("完成投资超千亿元", "千亿元", value=1e11, unit="CNY", kind="amount", bound="gt",
     metric="闽台融合发展重点项目完成投资",
     metric_alts=["完成投资", "首批闽台融合发展重点项目完成投资", "重点项目完成投资",
                  "闽台融合发展重点项目投资", "完成投资额", "首批重点项目完成投资"],
     **LEVEL, note="超 → gt (outside the span); 千亿元 = 1e11 (SPEC §3; span 千亿元 as "
                   "wr_shanxi_2025 近千亿元); judgement call: no 累计 in the clause, so the "
                   "investment completed in the review year; the cumulative reading (year-end "
                   "instant) and null as alts")
fact("创业台青3859人", "3859人", value=3859, unit="count", kind="count", classifier="人",
     metric="来闽实习、就业、创业台青",
     metric_alts=added("来闽实习、就业、创业台青",
                       ["来闽实习就业创业台青", "来闽台青", "台青", "台湾青年",
                        "来闽实习、就业、创业台湾青年"]),
     **FLOW, note=NEW_NOTE)
fact("新引进28支台湾团队", "28支", value=28, unit="count", kind="count", classifier="支",
     metric="参与乡建乡创的台湾团队",
     metric_alts=["台湾团队", "新引进台湾团队", "引进台湾团队", "台湾团队数量",
                  "参与乡建乡创台湾团队", "新引进参与乡建乡创的台湾团队", "台湾团队增量"],
     **FLOW, note="新引进 N: teams brought in during 2024; the predicate 参与乡建乡创 "
                  "defines the counted set (in the metric)")
fact("职业技能资格10项", "10项", value=10, unit="count", kind="count", classifier="项",
     metric="直接采认台湾地区职业技能资格",
     metric_alts=added("直接采认台湾地区职业技能资格",
                       ["台湾地区职业技能资格", "直接采认职业技能资格", "职业技能资格",
                        "采认台湾地区职业技能资格"]),
     **FLOW, note=NEW_NOTE)
g.neg("数字“第一家园”", "第一家园", LABEL_NOTE + " (“第一家园” 'first home', the name of "
      "the service platform and of the policy goal), not a rank")

# ---- line 3 (source 20): 互惠互利合作共赢 ------------------------------------------------
g.neg("设立大陆首只", "首只", FIRST_NOTE + " (首只 'the first fund of its kind')")
g.neg("两岸产业投资基金", "两岸", STRAIT_NOTE)
g.neg("研制两岸共通标准", "两岸", STRAIT_NOTE)
fact("共通标准285项", "285项", value=285, unit="count", kind="count", classifier="项",
     metric="两岸共通标准",
     metric_alts=["累计研制两岸共通标准", "研制两岸共通标准", "两岸共通标准数量", "共通标准",
                  "两岸共通标准项数"],
     **STOCK, note="累计 → " + STOCK_NOTE)
fact("新获批8个国家级", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="国家级台湾农民创业园",
     metric_alts=added("国家级台湾农民创业园",
                       ["新获批国家级台湾农民创业园", "台湾农民创业园", "获批国家级台湾农民创业园"]),
     **FLOW, note="新获批 N: parks approved in 2024 (count of the new units, 增量 alts)")
g.neg("实现九市一区全覆盖", "九市一区", "set label 九市一区 (the province's nine "
      "prefecture-level cities and 平潭综合实验区), naming the extent of 全覆盖, not a "
      "count claim (judgement call; as 市、区、街镇三级 in wr_shanghai_2025_b)")
fact("居大陆第一", "第一", value=1, unit="rank", kind="rank", scope="大陆",
     metric="新设台企户数、实际使用台资规模",
     metric_alts=["新设台企户数", "实际使用台资规模", "新设台企户数和实际使用台资规模",
                  "新设台企数", "实际使用台资", "新设台资企业户数", "台企户数"],
     **FLOW, note="one rank mention over two indicators (…、…居大陆第一) → one fact (SPEC §1, "
                  "as 茶叶…等种植面积和产量稳居全国第1位 in wr_yunnan_2025), parts as metric "
                  "alts; scope 大陆 (the mainland provinces); both are flows of 2024 → the year")
fact("向金门供水3800多万吨", "3800多万吨", value=3.8e7, unit="t", kind="amount", bound="gt",
     metric="向金门供水",
     metric_alts=["累计向金门供水", "向金门供水量", "对金门供水", "供水", "供水量",
                  "累计供水", "金门供水量"],
     **STOCK, note="多 inside the span → gt; 万吨 ×1e4 t (mass of water); 累计 since the "
                   "supply began → " + STOCK_NOTE)
g.neg("福马通水二期工程", "二期", "phase label of a project (二期工程), not a quantity "
      "(README §2 一期)")
XSM = ["小三通客运航线", "“小三通”", "小三通", "“小三通”航线", PLACE] + FJ_ALTS
g.neg("“小三通”客运航线", "小三通", LABEL_NOTE + " (“小三通” 'the mini three links' "
      "between Fujian and Kinmen/Matsu), a name, not a count")
fact("年客流量达136万人次", "136万人次", value=1360000, unit="count", kind="count",
     classifier="人次", metric="年客流量",
     metric_alts=["客流量", "“小三通”客运航线年客流量", "小三通客运航线年客流量",
                  "“小三通”客运航线客流量", "小三通客流量", "旅客量", "客运量"],
     subject="“小三通”客运航线", subject_alts=XSM, **FLOW,
     note="达 → eq; 人次 is the classifier (SPEC §3); the routes own the number (README §4, "
          "as 中老铁路 in wr_yunnan_2025), the province as alt; 年客流量 = the passengers of "
          "the review year → 2024 (年 is 'annual', not a period expression)")

# ---- line 4 (source 21): 常来常往厚植情谊 ------------------------------------------------
g.neg("两岸企业家峰会年会", "两岸", STRAIT_NOTE + " (in the event name 两岸企业家峰会)")
g.neg("诞辰400周年", "400周年", "anniversary 400周年 (of 郑成功's birth), an event label, "
      "not a quantity claim (as 75周年 in wr_fujian_2025)")
g.neg("推动出台大陆首部", "首部", FIRST_NOTE + " (首部 'the first regulation of its kind')")
fact("“迁台记忆”档案3323件", "3323件", value=3323, unit="count", kind="count",
     classifier="件", metric="“迁台记忆”档案",
     metric_alts=["迁台记忆档案", "征集“迁台记忆”档案", "征集迁台记忆档案", "档案",
                  "“迁台记忆”档案数量", "征集档案"],
     **FLOW, note="archives collected (征集) in 2024")
g.neg("《两岸家书》", "两岸", STRAIT_NOTE + " (in the documentary title 《两岸家书》)")

# ---- line 5 (source 22): heading （四） ---------------------------------------------------
g.neg("（四）深化改革开放", "（四）", MARKER_NOTE)

# ---- line 6 (source 23): 改革添动力 ------------------------------------------------------
g.neg("党的二十届三中全会", "二十届三中全会", "plenum label (SPEC §1)")
g.neg("省委十一届六次全会", "十一届六次全会", "plenum label of the provincial party committee "
      "(as 二十届三中全会, SPEC §1)")
REFORM_NOTE = ("the reform measures set by the provincial plenum (held 2024) and implemented "
               "(落细落实) in 2024: " + LEVEL_NOTE)
fact("确定的15个方面", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="重要改革举措方面",
     metric_alts=["方面", "改革方面", "重要改革举措涉及方面", "重要改革举措的方面",
                  "省委十一届六次全会确定的方面", "改革举措方面数量"],
     **LEVEL, note="15个方面: the number of areas the measures fall into (a count with the "
                   "measure word 个, counted noun 方面); " + REFORM_NOTE)
fact("300多项重要改革举措", "300多项", value=300, unit="count", kind="count", bound="gt",
     classifier="项", metric="重要改革举措",
     metric_alts=["改革举措", "省委十一届六次全会确定的重要改革举措", "重要改革举措数量",
                  "落细落实重要改革举措", "改革举措数量"],
     **LEVEL, note="多 inside the span → gt; " + REFORM_NOTE)
fact("7项改革经验", "7项", value=7, unit="count", kind="count", classifier="项",
     metric="被中央改革办推介的改革经验",
     metric_alts=["改革经验", "中央改革办推介的改革经验", "获中央改革办推介的改革经验",
                  "被中央改革办推介改革经验", "推介改革经验", "改革经验数量"],
     **FLOW, note="the predicate (被中央改革办推介) defines the counted set → in the metric")
XM = ["厦门", "厦门综合改革试点", PLACE] + FJ_ALTS
fact("综合改革试点29项", "29项", value=29, unit="count", kind="count", classifier="项",
     metric="在全国复制推广的创新举措和典型经验",
     metric_alts=["创新举措和典型经验", "厦门综合改革试点创新举措和典型经验",
                  "复制推广的创新举措和典型经验", "在全国复制推广创新举措和典型经验",
                  "创新举措", "创新举措和典型经验数量"],
     subject="厦门市", subject_alts=XM,
     note="the Xiamen pilot owns the measures (README §4: the text names the owner; the "
          "province as alt); the predicate defines the counted set → in the metric; flow of "
          "the review year", **FLOW)
fact("和11个人口小县", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="完成机构改革的人口小县",
     metric_alts=["人口小县", "人口小县机构改革", "完成机构改革人口小县",
                  "人口小县机构改革完成数", "人口小县数量"],
     **FLOW, note="small counties whose institutional reform was completed in 2024; the "
                  "predicate defines the counted set")
fact("蝉联全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="工程建设项目审批制度改革评估",
     metric_alts=["工程建设项目审批制度改革评估排名", "工程建设项目审批制度改革",
                  "工程建设项目审批制度改革评估结果"],
     **FLOW, note="蝉联 'again' states no streak length: the rank of the 2024 evaluation only")
fact("4地入选中央财政", "4地", value=4, unit="count", kind="count", classifier="地",
     metric="入选中央财政支持普惠金融发展示范区的地区",
     metric_alts=["中央财政支持普惠金融发展示范区", "普惠金融发展示范区", "地区",
                  "入选中央财政支持普惠金融发展示范区", "入选普惠金融发展示范区的地区",
                  "中央财政支持普惠金融发展示范区数量"],
     **FLOW, note="地 'places' is the measure word; the selection of 2024 defines the "
                  "counted set → in the metric")
g.neg("三明医改经验", "三明", "place name 三明 (三明市), not a number (as wr_fujian_2025)")
fact("效果评价连续9年", "9年", value=9, unit="year", kind="amount",
     metric="公立医院综合改革效果评价居全国前列持续时间",
     metric_alts=["公立医院综合改革效果评价连续居全国前列", "公立医院综合改革效果评价居全国前列年数",
                  "公立医院综合改革效果评价", "居全国前列持续时间", "持续时间"],
     period=REV, period_alts=[REV_NULL, P("连续9年", "2016-01-01", "2024-12-31")],
     note="length of the streak 连续9年 (a duration, unit year, as wr_fujian_2025_b 连续N年); "
          "the review year governs (the streak ends in it), the streak's own years "
          "(2016-2024) and null as alts; 全国前列 states no rank number")
g.neg("“三多”改革", "三多", LABEL_NOTE + " (集体林权制度“三多”改革: 多主体、多形式、多"
      "渠道), not a count")
g.neg("首次组建服务", "首次", "adverb 首次 'for the first time', not a rank (as "
      "wr_fujian_2025 首次突破)")
g.neg("“一市一试点、一县一特色”", "一市一试点、一县一特色", LABEL_NOTE + " (slogan “一市一"
      "试点、一县一特色” 'one pilot per city, one feature per county'; README §2 一企带一链)")
fact("24个试点特色改革项目", "24个", value=24, unit="count", kind="count", classifier="个",
     metric="试点特色改革项目",
     metric_alts=["特色改革项目", "试点特色改革项目数量", "专项改革项目", "改革项目"],
     **LEVEL, note="projects under way (向纵深突破) in 2024: " + LEVEL_NOTE)
ITEMS = ["“高效办成一件事”事项", "高效办成一件事事项", "“高效办成一件事”", "高效办成一件事",
         "上线“高效办成一件事”事项", "“高效办成一件事”事项数量", "事项"]
fact("率先上线两批21件", "两批", value=2, unit="count", kind="count", classifier="批",
     metric="“高效办成一件事”事项批次",
     metric_alts=["高效办成一件事事项批次", "批次", "“高效办成一件事”事项", "上线批次"],
     **FLOW, note="judgement call: 两批 is a definite number of batches (unlike vague 一批) → "
                  "count of batches (as wr_guangdong_2025 两批21个, wr_jiangxi_2025_b)")
fact("两批21件", "21件", value=21, unit="count", kind="count", classifier="件",
     metric="“高效办成一件事”事项", metric_alts=ITEMS[1:], **FLOW,
     note="items launched (上线) in 2024")
g.neg("“高效办成一件事”事项", "一件事", "service-programme name 高效办成一件事, not a count "
      "(as wr_henan_2025, wr_guangdong_2025)")
fact("全省范围内469个", "469个", value=469, unit="count", kind="count", classifier="个",
     metric="实现“数据最多采一次”的政务服务事项",
     metric_alts=["政务服务事项", "实现数据最多采一次的政务服务事项", "“数据最多采一次”政务服务事项",
                  "数据最多采一次政务服务事项", "实现“数据最多采一次”政务服务事项",
                  "政务服务事项数量"],
     **LEVEL, note="the predicate defines the counted set → in the metric; a status reached "
                   "(实现): " + LEVEL_NOTE)
g.neg("“数据最多采一次”", "一次", LABEL_NOTE + " (reform name “数据最多采一次” 'data "
      "collected at most once', as wr_hainan_2025 “综合查一次”)")
fact("覆盖90%政务服务办件", "90%", value=90, unit="%", kind="share",
     metric="“数据最多采一次”覆盖政务服务办件比例",
     metric_alts=["覆盖政务服务办件比例", "政务服务办件覆盖率", "数据最多采一次覆盖政务服务办件比例",
                  "覆盖政务服务办件", "政务服务办件占比", "469个政务服务事项覆盖政务服务办件比例"],
     **LEVEL, note="the share of the service cases handled that the 469 items cover: "
                   + LEVEL_NOTE)
g.neg("闽政通入选首批", "首批", FIRST_NOTE + " (首批 'first batch' of cases)")
WEB = ["福建", "全省", "我省", "省政府门户网站", "福建省人民政府门户网站"]
fact("绩效评估连续3年", "3年", value=3, unit="year", kind="amount",
     metric="省政府门户网站绩效评估全国第一持续时间",
     metric_alts=["省政府门户网站绩效评估连续全国第一", "省政府门户网站绩效评估全国第一年数",
                  "政府门户网站绩效评估全国第一持续时间", "省政府门户网站绩效评估", "持续时间"],
     subject_alts=WEB,
     period=REV, period_alts=[REV_NULL, P("连续3年", "2022-01-01", "2024-12-31")],
     note="length of the streak 连续3年 (a duration, unit year); the review year governs, the "
          "streak's own years (2022-2024) and null as alts; the rank 第一 is a fact of its own "
          "(as wr_shanghai_2025 连续15年排名世界第一)")
fact("连续3年全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="省政府门户网站绩效评估",
     metric_alts=["省政府门户网站绩效评估排名", "政府门户网站绩效评估", "门户网站绩效评估"],
     subject_alts=WEB,
     period=REV, period_alts=[REV_NULL, P("连续3年", "2022-01-01", "2024-12-31")],
     note="the position in the review year; held in each year of the streak (alt 2022-2024)")

# ---- line 7 (source 24): 开放激活力 ------------------------------------------------------
g.neg("“两国双园”", "两国双园", LABEL_NOTE + " (“两国双园” 'two countries, twin parks', the "
      "China-Indonesia and China-Philippines park schemes)")
fact("联盟成员达343家", "343家", value=343, unit="count", kind="count", classifier="家",
     metric="“丝路海运”联盟成员",
     metric_alts=["丝路海运联盟成员", "联盟成员", "“丝路海运”联盟成员数量", "丝路海运联盟成员单位",
                  "“丝路海运”联盟成员单位", "成员"],
     subject_alts=FJ_ALTS + ["“丝路海运”联盟", "丝路海运联盟"], **STOCK,
     note="达 → eq; the membership of the province's alliance (a register, a stock): "
          + STOCK_NOTE + "; the alliance as subject alt")
fact("锂电池出口居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="锂电池出口",
     metric_alts=["锂电池出口额", "锂电池出口规模", "锂电池出口排名", "锂电池出口值"],
     **FLOW, note="首位 → rank 1 (SPEC §3); exports of the year")
g.neg("成功举办第二十四届投洽会", "第二十四届", "edition label of an event (第二十四届投洽会), "
      "not a count")
fact("新设外商投资企业增长9.7%", "9.7%", value=9.7, unit="%", kind="growth",
     metric="新设外商投资企业",
     metric_alts=["新设外商投资企业数", "新设外商投资企业数量", "新设外资企业", "新设外资企业数"],
     comparison="yoy", **FLOW)
g.neg("总投资10亿元以上项目", "10亿元", "threshold defining the counted projects (SPEC §2: "
      "亿元以上项目), part of the metric of 102个, not a fact of its own")
fact("以上项目102个", "102个", value=102, unit="count", kind="count", classifier="个",
     metric="总投资10亿元以上项目",
     metric_alts=["新引进落地总投资10亿元以上项目", "10亿元以上项目", "新引进落地项目",
                  "总投资10亿元以上项目数量", "引进落地总投资10亿元以上项目", "项目"],
     **FLOW, note="projects brought in and landed in 2024; the threshold is part of the "
                  "metric (negative of its own)")
g.neg("陈嘉庚先生诞辰150周年", "150周年", "anniversary 150周年 (of 陈嘉庚's birth), an event "
      "label, not a quantity claim")
g.neg("严复诞辰170周年", "170周年", "anniversary 170周年 (of 严复's birth), an event label, "
      "not a quantity claim")
fact("达成意向友城15对", "15对", value=15, unit="count", kind="count", classifier="对",
     metric="友城",
     metric_alts=["新增和达成意向友城", "友好城市", "国际友好城市", "友城数量", "友城增量",
                  "新增友城", "友好城市数量增量"],
     **FLOW, note="pairs of twin cities added or agreed in 2024 (对 is the measure word); "
                  "增量 alts (README §3)")

# ---- line 8 (source 25): 内需释潜力 ------------------------------------------------------
TRADEIN = ["消费品以旧换新", "以旧换新"]
fact("享受补贴430多万人次", "430多万人次", value=4.3e6, unit="count", kind="count",
     bound="gt", classifier="人次", metric="消费品以旧换新享受补贴",
     metric_alts=["享受补贴", "享受补贴人次", "以旧换新享受补贴", "以旧换新享受补贴人次",
                  "消费品以旧换新补贴", "消费品以旧换新享受补贴人次", "补贴人次"],
     **FLOW, note="多 inside the span → gt; 人次 is the classifier (SPEC §3); the trade-in "
                  "scheme of the clause before is the topic (head restored)")
fact("拉动消费近390亿元", "390亿元", value=390e8, unit="CNY", kind="amount", bound="approx",
     metric="消费品以旧换新拉动消费",
     metric_alts=["拉动消费", "带动消费", "以旧换新拉动消费", "消费品以旧换新带动消费",
                  "以旧换新带动消费", "拉动消费额"],
     **FLOW, note="近 → approx (outside the span)")
fact("活动超万场", "万场", value=10000, unit="count", kind="count", bound="gt",
     classifier="场", metric="“全闽乐购”活动",
     metric_alts=["全闽乐购活动", "举办“全闽乐购”活动", "“全闽乐购”活动场次", "全闽乐购活动场次",
                  "活动", "促消费活动"],
     **FLOW, note="超 → gt (outside the span); 万场 = 1e4 events (span 万场, the scale word "
                  "is the number)")
fact("网络零售额居全国第六", "第六", value=6, unit="rank", kind="rank", scope="全国",
     metric="网络零售额", metric_alts=["网上零售额", "网络零售额排名", "网络零售"], **FLOW)
g.neg("国家5A级旅游景区", "5A级", "grade label 5A级 (the top class of scenic spots), a "
      "designation, not a quantity (as cm_qiandongnan_2023)")
fact("旅游总人数6.5亿人次", "6.5亿人次", value=6.5e8, unit="count", kind="count",
     classifier="人次", metric="接待旅游总人数",
     metric_alts=["旅游总人数", "接待游客", "接待旅游人数", "旅游接待总人数", "接待游客人次",
                  "全省接待旅游总人数", "游客人次"],
     **FLOW, note="全省 → 福建省; 亿人次 = 1e8 人次")
fact("旅游总花费8350亿元", "8350亿元", value=8350e8, unit="CNY", kind="amount",
     metric="游客旅游总花费",
     metric_alts=["旅游总花费", "旅游花费", "旅游总收入", "旅游收入", "游客总花费"], **FLOW)
AIR_NOTE = ("分别 in list order: 厦门(机场) ↔ 2790.6万人次, 福州机场 ↔ 1529.9万人次; the "
            "airports own the numbers (as 上海机场 in wr_shanghai_2025), the province and the "
            "city as alts; passengers of the year; 人次 is the classifier")
PAX = ["机场旅客吞吐量", "航空旅客吞吐量", "旅客吞吐量人次"]
fact("分别达2790.6万人次", "2790.6万人次", value=27906000, unit="count", kind="count",
     classifier="人次", metric="旅客吞吐量", metric_alts=["厦门机场旅客吞吐量"] + PAX,
     subject="厦门机场",
     subject_alts=["厦门高崎国际机场", "厦门高崎机场", "厦门", "厦门市", PLACE] + FJ_ALTS,
     **FLOW, note=AIR_NOTE + "; 机场 shared by 厦门、福州")
fact("2790.6万人次、1529.9万人次", "1529.9万人次", value=15299000, unit="count",
     kind="count", classifier="人次", metric="旅客吞吐量",
     metric_alts=["福州机场旅客吞吐量"] + PAX, subject="福州机场",
     subject_alts=["福州长乐国际机场", "福州长乐机场", "福州", "福州市", PLACE] + FJ_ALTS,
     **FLOW, note=AIR_NOTE)
fact("争取中央预算内投资118.5亿元", "118.5亿元", value=118.5e8, unit="CNY", kind="amount",
     metric="中央预算内投资",
     metric_alts=["争取中央预算内投资", "中央预算内投资资金", "争取中央预算内投资额",
                  "中央预算内投资额"], **FLOW,
     note="central budget funds won for the province in 2024")
fact("专项债券1603亿元", "1603亿元", value=1603e8, unit="CNY", kind="amount",
     metric="地方政府专项债券",
     metric_alts=["发行地方政府专项债券", "专项债券", "地方政府专项债券发行额", "专项债券发行规模",
                  "专项债发行额", "发行专项债券", "地方政府专项债券发行规模"], **FLOW)
g.neg("支持“两重”等项目", "两重", LABEL_NOTE + " (“两重”: 国家重大战略实施和重点领域安全"
      "能力建设)")
fact("1593个省重点项目", "1593个", value=1593, unit="count", kind="count", classifier="个",
     metric="省重点项目",
     metric_alts=["重点项目", "省重点项目数量", "省重点建设项目"],
     **LEVEL, note="the province's key projects of 2024 (the year's list, under way): "
                   + LEVEL_NOTE)
fact("完成投资7295亿元", "7295亿元", value=7295e8, unit="CNY", kind="amount",
     metric="省重点项目完成投资",
     metric_alts=["完成投资", "重点项目完成投资", "省重点项目投资", "省重点项目完成投资额",
                  "完成投资额"], **FLOW, note="investment completed in 2024 (head restored)")
GL = ["古雷炼化一体化工程二期", "古雷炼化一体化工程二期项目", "古雷炼化一体化工程", "古雷炼化二期",
      PLACE] + FJ_ALTS
fact("总投资711亿元的古雷", "711亿元", value=711e8, unit="CNY", kind="amount",
     metric="总投资",
     metric_alts=["项目总投资", "古雷炼化一体化工程二期项目总投资", "古雷炼化一体化工程二期总投资",
                  "投资", "投资额"],
     subject="古雷炼化一体化工程二期项目", subject_alts=GL[1:],
     modality="target", **FLOW,
     note="the project owns its total investment; construction started (开工建设) in 2024, so "
          "the investment is still planned → target (as nw_cctv_20240319_central_2024 总投资"
          "150亿元的光伏超级工厂; judgement call); the year of the start as period")
g.neg("一体化工程二期项目", "二期", "phase label of a project (二期), not a quantity "
      "(README §2 一期)")
g.neg("全球最大单套年产", "单套", "单套 'single train' (one production unit), a qualifier of "
      "the capacity, not a count (as 单个 in README §2)")
PDH = ["丙烷脱氢项目", "全球最大单套年产100万吨丙烷脱氢项目", PLACE] + FJ_ALTS
fact("年产100万吨丙烷脱氢", "100万吨", value=1e6, unit="t", kind="amount",
     metric="丙烷脱氢年产能",
     metric_alts=["丙烷脱氢产能", "年产能", "产能", "单套年产能", "丙烷脱氢项目年产能",
                  "丙烷脱氢项目产能", "年产丙烷脱氢", "丙烷脱氢"],
     subject="丙烷脱氢项目", subject_alts=PDH[1:],
     **LEVEL, note="capacity written into the project's name (SPEC §1, README §2), 年产 written "
                   "→ the rate in the metric (X年产能, alt X产能), base unit t; the plant was "
                   "completed and put into production (建成投产) in 2024 → actual; the year, "
                   "the year-end instant and null as alts")
g.neg("“华龙一号”核电", "华龙一号", "reactor model name 华龙一号 (Hualong One), not a quantity "
      "(SPEC §1 model names)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_fujian_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: review section （三） "
    "in full (heading and the paragraphs 共建共享增进福祉, 互惠互利合作共赢, 常来常往厚植情谊), "
    "then the heading of section （四） and its paragraphs 改革添动力, 开放激活力, 内需释潜力. "
    "Lines 6-17 and 28-37 are annotated in wr_fujian_2025 and wr_fujian_2025_b (no overlap). "
    "Starts at a section heading as briefed; adding line 26 passes 2,500 characters; it is the "
    "densest allowed run starting at a heading (the 2025 part of this text has no target list "
    "and few numbers). Title, source line and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-13, the delivery "
    "date in the report's header (source line 3: 2025年1月13日在福建省第十四届人民代表大会第三次"
    "会议上…) and in the shared meta, as wr_fujian_2025. Place: 福建省 (福建, 全省, 我省 → alts); "
    "owners of their own numbers: 厦门市 (the 29 measures of the Xiamen pilot), the “小三通” "
    "routes (annual passengers), 厦门机场 / 福州机场 (passengers), the 古雷 phase-2 project "
    "(total investment) and the propane-dehydrogenation project (capacity), the province as "
    "alt. Periods: the excerpt names no period of its own (年客流量 is 'annual'; 400/150/170周年 "
    "are anniversaries), so every number takes the review year 2024 (SPEC §4 section frame), "
    "2024-01-01..2024-12-31, null in period_alts, with the period text 一年来 of source line 9 "
    "as in wr_fujian_2025 and wr_fujian_2025_b; that surface lies outside the excerpt, so "
    "shared/gold/check_gold.py reports the period text as 'not in the article' — the same "
    "deliberate exception as wr_fujian_2025_b. Stocks (累计: 28家 and 25份, 285项, 3800多万吨 "
    "of water to Kinmen; the alliance's 343 members) → instant 2024-12-31 with the year and "
    "null as alts; levels (the 121 first-batch projects and their investment, 45条 measures, "
    "the plenum's 15个方面 / 300多项 measures, 24 pilot projects, 469 items and their 90% "
    "coverage, 1593 key projects, the 100万吨 plant) → the year with the year-end instant as "
    "alt; streaks 连续9年 / 连续3年 → durations (unit year) under the review year, the streak's "
    "own years as alt. Modality: actual, except 总投资711亿元 of a project whose construction "
    "only began (target). Bounds: 超 → gt (超千亿元, 超万场), 多 inside the span → gt (300多项, "
    "3800多万吨, 430多万人次), 近 → approx (390亿元). Units: 千亿元 = 1e11 CNY; 万场 = 1e4 "
    "events; 万吨 → t; 亿人次 / 万人次 → counts. Judgement calls: 新设台企户数、实际使用台资规模"
    "居大陆第一 → one rank (scope 大陆) over two indicators; 完成投资超千亿元 read as the year's "
    "investment (no 累计), cumulative instant as alt; 45条 → LEVEL (累计 may carry over); "
    "九市一区 (全覆盖) a set label (negative); 第一家园 a name, not a rank; 两批 a count of "
    "batches (as wr_guangdong_2025); 连续3年全国第一 → a duration plus the rank; 15个方面 a count "
    "of areas; 711亿元 target; 单套 negative (qualifier of the capacity); the route, airports "
    "and projects, not the province, as subjects of their own numbers. Negatives: （三）, 两岸 "
    "×5, 首批 ×2, 第一家园, 首只, 九市一区, 二期 ×2, 小三通, 400周年, 首部, （四）, 二十届三中全会, "
    "十一届六次全会, 三明, 三多, 首次, 一市一试点、一县一特色, 一件事, 一次 (数据最多采一次), 两国双园, "
    "第二十四届, 10亿元 (threshold), 150周年, 170周年, 5A级, 两重, 单套, 华龙一号. Lexicalized, not "
    "listed: 统一, 一体化 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/wr_fujian_2025.txt lines {FIRST}–{LAST} "
        "(来源：福建日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
