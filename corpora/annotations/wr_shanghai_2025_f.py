"""Gold annotations for wr_shanghai_2025_f (2025年上海市政府工作报告, review sections （二） and
（三）), lines 14-21 of shared/texts/work_report/wr_shanghai_2025.txt.

The excerpt corpora/wr_shanghai_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief.  It lies in the
detailed review of 2024 introduced by source line 7 过去一年，我们主要做了以下工作。 (outside the
excerpt): section （二） 改革开放 in full (heading; 浦东引领区; 自贸试验区及临港新片区; 长三角一体化
and regional cooperation; reforms in key fields: state firms, private economy, 上海标准/品牌)
and the first two paragraphs of section （三） 扩大有效需求 (heading; 稳增长: consumption,
investment and rail transit, trade and foreign capital; 新城建设和南北转型).  Lines 1-13, 22-35,
40-51, 59-72 and 73-86 are annotated in wr_shanghai_2025, _b, _d, _e and _c (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shanghai_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shanghai_2025_f"
SOURCE_ID = "wr_shanghai_2025"
PLACE = "上海市"
REF = "2025-01-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 14, 21                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年上海市政府工作报告"       # line 1 of the source, outside the excerpt
SH_ALTS = ["上海", "全市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（二）全方位推进高水平改革开放",
                 ends="崇明世界级生态岛建设第五轮三年行动计划顺利完成。")
text = g.text
fact = g.with_subject(PLACE, SH_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
ROUND_NOTE = "新一轮 'a new round', not a count (as wr_shanghai_2025)"
ORD_NOTE = "ordinal of a round / edition ({}), not a count"
PLAN3_NOTE = "name of a three-year plan (三年行动计划), not a duration fact (as wr_shanghai_2025_b)"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
YRD_NOTE = "place name 长三角 (the Yangtze River Delta), not a quantity (as wr_hainan_2025_d)"
PHASE_NOTE = "phase label of a project (N期), not a quantity (as wr_shanghai_2025)"

# ---- periods (reference date 2025-01-15) ---------------------------------------------------
# The excerpt lies in the detailed review of 2024, introduced by source line 7 过去一年，我们主要
# 做了以下工作。 (outside the excerpt).  No line of the excerpt states a period of its own
# (2024年版 in excerpt line 7 is the edition of the negative list, after every number of its
# line), so every fact takes the review year 2024 as section frame (SPEC §4), with the
# frame's own text 过去一年 (source line 7, as wr_shanghai_2025 for section （一）) and the
# null reading in period_alts.  Stocks (累计, 总长, a register's size) are the instant
# 2024-12-31 with the literal year and null as alts; levels that hold through the year (tasks
# or projects under way, 基本完成) → the year with the year-end instant as alt.  Modality:
# actual throughout (no 预计, no plan).
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
FRAME_NOTE = ("no period in its line: review year 2024 (section frame, period text 过去一年 of "
              "source line 7), null as alt")
STOCK_NOTE = ("累计 → stock under the review year 2024: instant 2024-12-31; the literal year "
              "and null in period_alts")
NEW_NOTE = "新增 N: the units added in 2024 → the noun as metric, 增量 alts (README §3)"

# ==== line 1 (source 14): heading （二） =========================================================
g.neg("（二）全方位推进", "（二）", MARKER_NOTE)

# ==== line 2 (source 15): 浦东引领区 ==============================================================
PD = g.with_subject("浦东新区", ["浦东", "浦东引领区", "浦东新区引领区", PLACE] + SH_ALTS)
PD_NOTE = ("the paragraph 浦东引领区加快打造 gives Pudong's figures: 浦东新区 owns them, the "
           "city as alt")
PD("深入开展浦东综合改革试点，157项", "157项", value=157, unit="count", kind="count",
   classifier="项", metric="浦东综合改革试点改革任务",
   metric_alts=["改革任务", "浦东综合改革试点任务", "综合改革试点改革任务", "改革任务数量",
                "浦东综合改革任务", "浦东综合改革试点改革任务数量"], **LEVEL,
   note="the pilot's reform tasks under way in 2024 (有序推进): the year, year-end as alt; "
        + PD_NOTE + "; " + FRAME_NOTE)
g.neg("全国首家外国仲裁机构", "首家", FIRST_NOTE)
g.neg("首单海关特殊监管区邮轮", "首单", FIRST_NOTE + " (首单 'first deal')")
HQ = ["总部机构", "新增各类总部机构", "新增总部机构", "各类总部机构数量", "各类总部机构增量",
      "各类总部机构数量增量", "总部机构数量"]
OIC = ["开放创新中心", "新增大企业开放创新中心", "大企业开放创新中心数量", "大企业开放创新中心增量",
       "大企业开放创新中心数量增量"]
PAIR_NOTE = ("A、B N、M (累计分别 …): values in list order, 总部机构 first, 开放创新中心 second")
PD("开放创新中心80家", "80家", value=80, unit="count", kind="count", classifier="家",
   metric="各类总部机构", metric_alts=HQ, **FLOW, note=NEW_NOTE + "; " + PAIR_NOTE)
PD("80家、16家", "16家", value=16, unit="count", kind="count", classifier="家",
   metric="大企业开放创新中心", metric_alts=OIC, **FLOW, note=NEW_NOTE + "; " + PAIR_NOTE)
PD("累计分别达到1522家", "1522家", value=1522, unit="count", kind="count", classifier="家",
   metric="各类总部机构",
   metric_alts=["总部机构", "累计各类总部机构", "各类总部机构数量", "总部机构数量",
                "各类总部机构总数"], **STOCK, note=STOCK_NOTE)
PD("1522家、103家", "103家", value=103, unit="count", kind="count", classifier="家",
   metric="大企业开放创新中心",
   metric_alts=["开放创新中心", "累计大企业开放创新中心", "大企业开放创新中心数量",
                "大企业开放创新中心总数"], **STOCK, note=STOCK_NOTE)
LAW_NOTE = ("浦东新区法规、管理措施分别新增4部、10部: list order; the head 浦东新区 distributes "
            "(浦东新区管理措施)")
PD("分别新增4部", "4部", value=4, unit="count", kind="count", classifier="部",
   metric="浦东新区法规",
   metric_alts=new("浦东新区法规", "新增浦东新区法规", "法规"), **FLOW,
   note=NEW_NOTE + "; " + LAW_NOTE + "; the regulations are enacted by the municipal "
        "congress for Pudong: 上海市 among the subject alts")
PD("4部、10部", "10部", value=10, unit="count", kind="count", classifier="部",
   metric="浦东新区管理措施",
   metric_alts=new("浦东新区管理措施", "管理措施", "新增浦东新区管理措施", "新增管理措施"),
   **FLOW, note=NEW_NOTE + "; " + LAW_NOTE)
PD("累计分别达到22部", "22部", value=22, unit="count", kind="count", classifier="部",
   metric="浦东新区法规",
   metric_alts=["法规", "累计浦东新区法规", "浦东新区法规数量", "浦东新区法规总数"], **STOCK,
   note=STOCK_NOTE)
PD("22部、31部", "31部", value=31, unit="count", kind="count", classifier="部",
   metric="浦东新区管理措施",
   metric_alts=["管理措施", "累计浦东新区管理措施", "浦东新区管理措施数量",
                "浦东新区管理措施总数"], **STOCK, note=STOCK_NOTE)

# ==== line 3 (source 16): 自贸试验区及临港新片区 ===================================================
FTZ = ["中国（上海）自由贸易试验区", "上海自由贸易试验区", "自贸试验区", "上海自贸区", PLACE] + SH_ALTS
PD_FTZ = g.with_subject("上海自贸试验区", FTZ)
PD_FTZ("总体方案“80条”", "80条", value=80, unit="count", kind="count", classifier="条",
       metric="高水平制度型开放总体方案措施",
       metric_alts=["“80条”", "80条", "高水平制度型开放总体方案", "总体方案措施", "措施",
                    "高水平制度型开放总体方案“80条”", "高水平制度型开放总体方案任务",
                    "高水平制度型开放措施", "总体方案“80条”"], **LEVEL,
       note="judgement call: the quoted nickname “80条” states the plan's number of measures "
            "(the State Council's 高水平制度型开放总体方案 for the Shanghai FTZ) → count of "
            "measures (as “科创板八条” in wr_shanghai_2025), basically completed in 2024 → the "
            "year, year-end as alt; the FTZ owns it (the city as alt); the reading as a pure "
            "name (negative) is the alternative")
g.neg("“6+1”首批", "6+1", LABEL_NOTE + " (“6+1” linked-innovation-zone scheme named by its "
      "parts; as “33+13” in wr_hainan_2025_c / “16+16” in wr_yunnan_2025) — judgement call, "
      "a count of 7 zones is the alternative")
g.neg("“6+1”首批", "首批", FIRST_NOTE + " (首批 'first batch')")
g.neg("外籍人才服务等一批", "一批", "vague quantifier 一批 'a batch of' (README §2)")
g.neg("临港新片区新一轮", "一轮", ROUND_NOTE)
g.neg("全国首单国产飞机", "首单", FIRST_NOTE + " (首单 'first deal')")
g.neg("全国首创制度性创新案例", "首创", "adjective 首创 'pioneering (nationwide)' inside the "
      "metric 全国首创制度性创新案例, not a rank or count (as wr_anhui_2025_c)")
LG = g.with_subject("临港新片区", ["临港", "上海自贸试验区临港新片区",
                                    "中国（上海）自由贸易试验区临港新片区", "上海自贸试验区",
                                    "自贸试验区", PLACE] + SH_ALTS)
LG_NOTE = ("the clause closes the run of 临港新片区 items (its policies, 洋山, the aircraft "
           "leasing deal): the new area owns it, the FTZ and the city as alts")
CASES = "全国首创制度性创新案例"
LG("创新案例新增22个", "22个", value=22, unit="count", kind="count", classifier="个",
   metric=CASES,
   metric_alts=new(CASES, "新增全国首创制度性创新案例", "制度性创新案例", "制度创新案例",
                   "首创制度性创新案例", "全国首创性制度创新案例"), **FLOW,
   note=NEW_NOTE + "; " + LG_NOTE)
LG("累计达到70个", "70个", value=70, unit="count", kind="count", classifier="个",
   metric=CASES,
   metric_alts=["制度性创新案例", "制度创新案例", "首创制度性创新案例", "累计全国首创制度性创新案例",
                "全国首创制度性创新案例数量", "全国首创性制度创新案例"], **STOCK,
   note=STOCK_NOTE + "; " + LG_NOTE)
g.neg("全国首批数据跨境", "首批", FIRST_NOTE + " (首批 'first batch')")

# ==== line 4 (source 17): 长三角一体化 and regional cooperation ====================================
YRD_ALTS = SH_ALTS + ["长三角", "长江三角洲", "长三角地区"]
YRD = g.with_subject(PLACE, YRD_ALTS)
YRD_SUBJ = ("the city's part in the YRD integration plan (the Shanghai government reports "
            "its own work) → 上海市, 长三角 as alt — judgement call")
g.neg("长三角一体化发展等区域合作", "长三角", YRD_NOTE)
g.neg("制定实施第三轮", "第三轮", ORD_NOTE.format("第三轮 'the third round' of the "
      "three-year action plans"))
g.neg("第三轮三年行动计划，产业协同", "三年", PLAN3_NOTE)
YRD("便利共享等18个重点合作事项", "18个", value=18, unit="count", kind="count",
    classifier="个", metric="重点合作事项",
    metric_alts=["长三角重点合作事项", "重点合作事项数量", "合作事项", "区域合作重点事项",
                 "长三角一体化重点合作事项"], **LEVEL,
    note="等 N 个 closes the list (产业协同、公共服务便利共享…): the plan's key cooperation "
         "items under way in 2024 (加快实施) → the year, year-end as alt; " + YRD_SUBJ +
         "; " + FRAME_NOTE)
g.neg("充换电设施一张网", "一张网", LABEL_NOTE + " (“一张网” 'one network' of charging and "
      "battery-swap facilities, a project name)")
YRD("一张网等10个实事项目", "10个", value=10, unit="count", kind="count", classifier="个",
    metric="实事项目",
    metric_alts=["长三角实事项目", "实事项目数量", "长三角一体化实事项目", "区域合作实事项目"],
    **LEVEL, note="等 N 个 closes the list: projects under way in 2024 (有序推进) → the year, "
                  "year-end as alt; " + YRD_SUBJ)
g.neg("共同设立长三角基础研究基金", "长三角", YRD_NOTE)
g.neg("成立长三角“一带一路”", "长三角", YRD_NOTE)
g.neg("长三角“一带一路”高质量", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
g.neg("长三角生态绿色一体化发展示范区新推出", "长三角", YRD_NOTE)
DEMO = g.with_subject("长三角生态绿色一体化发展示范区",
                      ["示范区", "长三角一体化示范区", "长三角生态绿色一体化示范区",
                       "长三角示范区", PLACE] + SH_ALTS)
DEMO("新推出18项制度创新成果", "18项", value=18, unit="count", kind="count", classifier="项",
     metric="制度创新成果",
     metric_alts=new("制度创新成果", "新推出制度创新成果", "推出制度创新成果"), **FLOW,
     note="新推出 N: results released in 2024 → the noun, 增量 alts (README §3); the "
          "demonstration zone (spanning 青浦, 吴江, 嘉善) owns them, the city as alt")

# ==== line 5 (source 18): 重点领域改革 ===========================================================
g.neg("构建“四类一层”", "四类一层", LABEL_NOTE + " (“四类一层” classified supervision "
      "model of state assets), not a count")
fact("等四组企业战略性重组", "四组", value=4, unit="count", kind="count", classifier="组",
     metric="企业战略性重组",
     metric_alts=["战略性重组", "战略性重组企业", "企业战略性重组组数", "战略性重组企业组数",
                  "国有企业战略性重组", "战略性重组企业数量", "企业战略性重组数量"], **LEVEL,
     note="等 N 组 closes the list of named pairs (国泰君安与海通证券、上海建科与上咨集团…): "
          "the state-firm restructurings under way in 2024 (有序推进), the year with "
          "year-end as alt (as 等5部法律议案 counts in wr_china_2004_c)")
fact("新增专精特新企业2115家", "2115家", value=2115, unit="count", kind="count",
     classifier="家", metric="专精特新企业",
     metric_alts=new("专精特新企业", "新增专精特新企业", "专精特新中小企业"), **FLOW,
     note=NEW_NOTE)
fact("特色产业集群5个", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="国家级中小企业特色产业集群",
     metric_alts=new("国家级中小企业特色产业集群", "新增国家级中小企业特色产业集群",
                     "中小企业特色产业集群", "特色产业集群"), **FLOW,
     note="verb 新增 shared with 2115家; " + NEW_NOTE)
g.neg("公共资源“一网交易”", "一网交易", LABEL_NOTE + " (platform name “一网交易” 'one "
      "network for trading', as “一网通办”)")
fact("规模达到1.2万亿元", "1.2万亿元", value=1.2e12, unit="CNY", kind="amount",
     metric="公共资源“一网交易”规模",
     metric_alts=["公共资源一网交易规模", "公共资源交易规模", "“一网交易”规模", "一网交易规模",
                  "公共资源交易额", "公共资源“一网交易”交易额"], **FLOW,
     note="达到 → eq; 万亿元 = 1e12; the value traded on the platform in 2024 (a flow)")
STD = ["上海标准", "“上海标准”数量", "上海标准数量"]
BRAND = ["上海品牌", "“上海品牌”数量", "上海品牌数量", "“上海品牌”认证"]
SB_NOTE = "分别 in list order: “上海标准” ↔ 个, “上海品牌” ↔ 项"
fact("分别新增11个", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="“上海标准”",
     metric_alts=STD + ["新增“上海标准”", "新增上海标准", "“上海标准”增量", "上海标准增量"],
     **FLOW, note=NEW_NOTE + "; " + SB_NOTE)
fact("11个和27项", "27项", value=27, unit="count", kind="count", classifier="项",
     metric="“上海品牌”",
     metric_alts=BRAND + ["新增“上海品牌”", "新增上海品牌", "“上海品牌”增量", "上海品牌增量"],
     **FLOW, note=NEW_NOTE + "; " + SB_NOTE)
fact("累计分别达到52个", "52个", value=52, unit="count", kind="count", classifier="个",
     metric="“上海标准”", metric_alts=STD + ["累计“上海标准”", "累计上海标准"], **STOCK,
     note=STOCK_NOTE)
fact("52个和204项", "204项", value=204, unit="count", kind="count", classifier="项",
     metric="“上海品牌”", metric_alts=BRAND + ["累计“上海品牌”", "累计上海品牌"], **STOCK,
     note=STOCK_NOTE)

# ==== line 6 (source 19): heading （三） =========================================================
g.neg("（三）多措并举", "（三）", MARKER_NOTE)

# ==== line 7 (source 20): 稳增长 ==================================================================
g.neg("落实国家出台的“两新”", "两新", LABEL_NOTE + " (“两新”: equipment renewal and "
      "consumer trade-ins, as wr_beijing_2025)")
g.neg("“两新”、“两重”等", "两重", LABEL_NOTE + " (“两重”, as wr_beijing_2025)")
g.neg("举办第五届", "第五届", "edition label of an event (第五届“五五购物节”), not a count")
g.neg("“五五购物节”", "五五", NAME_NOTE.format("五五购物节, the 'Double Five' shopping "
      "festival named after 5 May"))
g.neg("“首发上海”", "首发", FIRST_NOTE + " (campaign name “首发上海” 'debut in Shanghai')")
g.neg("全球新品首发季", "首发", FIRST_NOTE + " (event name 全球新品首发季 'global debut "
      "season')")
g.neg("首届“上海之夏”", "首届", "edition label 首届 'the first' (“上海之夏”国际消费季), not a "
      "count")
g.neg("首届上海国际光影节", "首届", "edition label 首届 'the first' (上海国际光影节), not a "
      "count")
POS = ["外卡POS机数量", "POS机", "受理外卡POS机", "外卡受理POS机", "外卡POS终端"]
fact("外卡POS机新增5.4万台", "5.4万台", value=5.4e4, unit="count", kind="count",
     classifier="台", metric="外卡POS机",
     metric_alts=POS + ["新增外卡POS机", "外卡POS机增量", "外卡POS机数量增量"], **FLOW,
     note=NEW_NOTE + "; 万台 ×1e4; " + FRAME_NOTE)
fact("累计达到9万台", "9万台", value=9e4, unit="count", kind="count", classifier="台",
     metric="外卡POS机", metric_alts=POS + ["累计外卡POS机", "外卡POS机总数"], **STOCK,
     note=STOCK_NOTE)
WORKS = ["重大工程投资完成额", "重大工程完成投资", "重大工程", "重大工程投资额",
         "完成重大工程投资"]
fact("重大工程投资完成2383亿元", "2383亿元", value=2383e8, unit="CNY", kind="amount",
     metric="重大工程投资", metric_alts=WORKS, **FLOW, note="the investment done in 2024")
fact("亿元、增长5.6%", "5.6%", value=5.6, unit="%", kind="growth", metric="重大工程投资",
     metric_alts=WORKS, comparison="yoy", **FLOW)
g.neg("、17号线西延伸", "17号线", NAME_NOTE.format("17号线, metro line 17 (as "
      "wr_beijing_2025_b)"))
fact("共67公里轨道交通线", "67公里", value=67e3, unit="m", kind="amount",
     metric="建成轨道交通线",
     metric_alts=["轨道交通线", "轨道交通线路长度", "建成轨道交通线路里程", "新建成轨道交通线",
                  "轨道交通新增里程", "轨道交通线路里程增量", "建成轨道交通线长度",
                  "轨道交通线路", "新增轨道交通线路里程"], **FLOW,
     note="共 N 公里: the total length of the two lines completed in 2024 (机场联络线、17号线"
          "西延伸); 公里 → m ×1e3")
fact("全市线路总长近900公里", "900公里", value=900e3, unit="m", kind="amount",
     bound="approx", metric="轨道交通线路总长",
     metric_alts=["线路总长", "轨道交通线路总长度", "轨道交通运营里程", "轨道交通线网总长",
                  "全市线路总长", "轨道交通总里程", "轨道交通运营线路总长", "线路总长度"],
     **STOCK,
     note="近 → approx (outside the span); the network's length after the openings, a "
          "stock → instant 2024-12-31, the literal year and null as alts; 全市 → 上海市")
g.neg("20号线一期东段", "20号线", NAME_NOTE.format("20号线, metro line 20"))
g.neg("20号线一期东段", "一期", PHASE_NOTE)
g.neg("“四个一百”专项行动", "四个一百", LABEL_NOTE + " (campaign name “四个一百”), not a "
      "count")
g.neg("实施2024年版外资准入负面清单", "2024年版", "edition label of the negative list "
      "(2024年版 'the 2024 edition'), not a fact; after every number of its line, it "
      "governs none")
g.neg("和新一轮服务业扩大开放", "一轮", ROUND_NOTE)

# ==== line 8 (source 21): 新城建设和南北转型 ======================================================
NT_ALTS = SH_ALTS + ["新城", "五个新城"]
fact("新导入21项重大功能性事项", "21项", value=21, unit="count", kind="count",
     classifier="项", metric="重大功能性事项",
     metric_alts=new("重大功能性事项", "新导入重大功能性事项", "导入重大功能性事项",
                     "新城重大功能性事项", "新城导入重大功能性事项"),
     subject_alts=NT_ALTS, **FLOW,
     note="新导入 N: major functions brought into the new towns in 2024 → the noun, 增量 "
          "alts; the city's programme (新城 as subject alt); " + FRAME_NOTE)
g.neg("推进首批10个新城", "首批", FIRST_NOTE + " (首批 'first batch')")
fact("推进首批10个新城", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="新城与中心城区“区区结对”示范项目",
     metric_alts=["“区区结对”示范项目", "区区结对示范项目", "新城与中心城区区区结对示范项目",
                  "示范项目", "首批“区区结对”示范项目", "首批新城与中心城区“区区结对”示范项目",
                  "“区区结对”示范项目数量"],
     subject_alts=NT_ALTS, **LEVEL,
     note="the first batch of pairing projects advanced in 2024 (推进): the year, year-end "
          "as alt")
g.neg("第五轮三年行动计划", "第五轮", ORD_NOTE.format("第五轮 'the fifth round' of the "
      "崇明 eco-island three-year plans"))
g.neg("第五轮三年行动计划顺利完成", "三年", PLAN3_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief: review section （二） 全方位推进高水平改革开放 in full (浦东引领区; 自贸试验区及"
    "临港新片区; 长三角一体化 and regional cooperation; reforms in key fields) and the heading "
    "and first two paragraphs of section （三） 多措并举扩大有效需求 (稳增长; 新城建设和南北转型). "
    "Other excerpts of the report: wr_shanghai_2025 (1-13), _b (22-35), _c (73-86), _d "
    "(40-51), _e (59-72); no overlap. Title, dateline and source line are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-15, the delivery "
    "date in the dateline (source line 2: ----2025年1月15日龚正市长在上海市第十六届人民代表大会"
    "第三次会议的政府工作报告), as wr_shanghai_2025. Place: 上海市 (上海, 全市 → alts). Owners "
    "named by the text: 浦东新区 (the 浦东引领区 paragraph: 157项, 80家/16家, 1522家/103家, "
    "4部/10部, 22部/31部), 上海自贸试验区 (“80条”), 临港新片区 (22个/70个 cases), "
    "长三角生态绿色一体化发展示范区 (18项), each with the city as alt; the YRD plan items (18个, "
    "10个) keep 上海市 with 长三角 as alt; the new-town figures keep 上海市 with 新城 as alt. "
    "Periods: no line of the excerpt states a period (2024年版 is an edition label after "
    "every number of its line): all facts take the review year 2024 as section frame with "
    "the period text 过去一年 (source line 7, as wr_shanghai_2025), null as alt; stocks "
    "(累计 N, 线路总长) → instant 2024-12-31 with the literal year and null as alts; items under "
    "way or completed (157项, 80条, 18个, 10个 ×2, 四组) → the year with year-end as alt. "
    "Modality: actual throughout. Bounds: 近 → approx (900公里); the rest eq. Judgement "
    "calls: “80条” → count of the plan's measures (as “科创板八条”); “6+1” → label; 四组 → "
    "count of restructuring pairs (等 closes a named list); 共67公里 → length of the lines "
    "completed in 2024; 22个/70个 → 临港新片区's cases (the clause closes the 临港 run); "
    "18个重点合作事项 / 10个实事项目 → 上海市 with 长三角 as alt; 首创 inside the metric "
    "全国首创制度性创新案例 → its own negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×3, 一体化 (一体化发展, 一体化推进机制), 清单 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：解放日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
