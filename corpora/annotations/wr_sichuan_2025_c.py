"""Gold annotations for wr_sichuan_2025_c (2025年四川省政府工作报告, the 2024 review), lines
16-20 of shared/texts/work_report/wr_sichuan_2025.txt.

The excerpt corpora/wr_sichuan_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review section （二）大力推动科技创新引领产业创新 (its
heading paragraph and 坚持教育科技人才一体发展) and section （三）持续推进城乡融合发展 (its
heading paragraph on urbanisation and urban renewal, 打造新时代更高水平“天府粮仓” and
加快重大基础设施建设), 2,187 characters and about 80 numerals: the densest run of the review
after section （一） (lines 1-15 are annotated in wr_sichuan_2025, lines 31-39 in
wr_sichuan_2025_b; no overlap).  Adding line 21 (the heading paragraph of （四）) would pass
2,500 characters.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_sichuan_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_sichuan_2025_c"
PLACE = "四川省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_sichuan_2025.txt"
FIRST, LAST = 16, 20                    # 1-based, inclusive, whole lines
TITLE = "2025年四川省政府工作报告"
SC_ALTS = ["四川", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（二）大力推动科技创新引领产业创新。",
                 ends="出让收益超过133.6亿元，资源开发利用水平提高。")
text = g.text
fact = g.with_subject(PLACE, SC_ALTS)


def alts(*parts):
    """subject_alts: the province's own alts plus the owners named in the sentence."""
    return SC_ALTS + list(parts)


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
NETWORK_NOTE = "network generation name ({}), not a quantity (as 5G in wr_hunan_2025_b)"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 2024年工作回顾 (heading on source line 7, outside the
# excerpt): sections （二） and （三） of the detailed review.  No line of the excerpt names
# a period of its own (no 今年, 去年, 全年 or date; 年度任务 in line 19 governs no number),
# so every number takes the review year 2024 (SPEC §4 section frame) and the null reading
# in period_alts.  The heading's 2024年 lies outside the excerpt; the period text is 年度,
# the excerpt's own name for that year (宜居宜业和美乡村建设年度任务全面完成, line 19), so
# that every period text occurs in the article (as wr_hunan_2025 年度; dates are what is
# scored).  Stocks (总规模达到, 通车总里程, 总装机,
# 覆盖…比例提高到) are the instant 2024-12-31 with the year and null as alts; levels of sets
# under way or in operation during the year (实体化运行, 加快建设, 加快推进, 托底性帮扶) take
# the year with the year-end instant as alt.  Modality: actual throughout (a review).
Y24 = P("年度", "2024-01-01", "2024-12-31")
Y24_NULL = P("年度", None, None)
Y24_END = P("年度", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
LEVEL_NOTE = "level of the review year 2024; the year-end stock reading and null as alts"
NEW_NOTE = ("新增/新建/建成 N: count of the units added in 2024; 增量 alts for the SPEC-2 "
            "absolute-change reading (README §3)")

# ==== line 1 (source 16): （二）大力推动科技创新引领产业创新 =====================================
g.neg("（二）大力推动", "（二）", MARKER_NOTE)
g.neg("“四川造”标志性", "四川", PLACE_NOTE.format("“四川造” 'made in Sichuan'"))
fact("28家全国重点实验室", "28家", value=28, unit="count", kind="count", classifier="家",
     metric="全国重点实验室",
     metric_alts=["完成优化重组的全国重点实验室", "全国重点实验室数量", "重点实验室",
                  "全国重点实验室优化重组"], **FLOW,
     note="labs whose restructuring was completed (完成优化重组) in 2024 → the year")
g.neg("首批4家天府实验室", "首批", FIRST_NOTE + " (首批 'first batch')")
fact("首批4家天府实验室", "4家", value=4, unit="count", kind="count", classifier="家",
     metric="天府实验室",
     metric_alts=["首批天府实验室", "实体化运行天府实验室", "天府实验室数量",
                  "实体化运行的天府实验室"], **LEVEL,
     note="labs in operation (实体化运行) in 2024: " + LEVEL_NOTE)
fact("统筹20亿元实施", "20亿元", value=20e8, unit="CNY", kind="amount",
     metric="重大科技专项统筹资金",
     metric_alts=["统筹资金", "重大科技专项资金", "重大科技专项投入", "统筹实施重大科技专项资金",
                  "重大科技专项"], **FLOW,
     note="funds pooled (统筹) in 2024 to carry out the 6 major projects")
fact("实施6个重大科技专项", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="重大科技专项",
     metric_alts=["实施重大科技专项", "重大科技专项数量"], **FLOW,
     note="the projects carried out in 2024 (名词解释 8 describes them; here a count)")
fact("54个产业链攻关项目", "54个", value=54, unit="count", kind="count", classifier="个",
     metric="产业链攻关项目",
     metric_alts=["产业链攻关项目数量", "攻关项目"], **LEVEL,
     note="projects under way (加快推进) in 2024: " + LEVEL_NOTE)
g.neg("研制出首款氮化镓", "首款", FIRST_NOTE)
g.neg("发射入轨全球首颗", "首颗", FIRST_NOTE)
g.neg("确认第一个超级宇宙线", "第一个", FIRST_NOTE + " (the first super cosmic-ray "
      "accelerator confirmed), not a ranking")
fact("全球最大26兆瓦级", "26兆瓦", value=26e6, unit="W", kind="amount",
     metric="海上风电机组单机容量",
     metric_alts=["海上风电机组容量", "海上风电机组", "单机容量", "风电机组容量",
                  "海上风电机组功率", "装机容量", "海上风力发电机组单机容量"],
     subject_alts=alts("海上风电机组", "全球最大26兆瓦级海上风电机组"), **FLOW,
     note="technical magnitude (README §2): rated power of the turbine that rolled off the "
          "line (下线) in 2024; 兆瓦 = 1e6 W; 级 'class' stays outside the span, eq (as "
          "wr_fujian_2025 26兆瓦); 全球最大 has no numeral (no rank fact)")
g.neg("获批国家I类新药", "I类", "drug class label (I类新药, class 1 innovative drug), part "
      "of the metric, not a quantity")
fact("I类新药4个", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="国家I类新药",
     metric_alts=["获批国家I类新药", "I类新药", "国家1类新药", "1类新药", "国家I类新药数量",
                  "获批新药"], **FLOW)
fact("布局建设20家", "20家", value=20, unit="count", kind="count", classifier="家",
     metric="行业领域省级中试研发平台",
     metric_alts=new("行业领域省级中试研发平台", "省级中试研发平台", "中试研发平台",
                     "布局建设行业领域省级中试研发平台", "布局建设省级中试研发平台"), **FLOW,
     note=NEW_NOTE)
TECH = ["技术合同成交金额", "技术合同交易额"]
fact("成交额达到2607亿元", "2607亿元", value=2607e8, unit="CNY", kind="amount",
     metric="技术合同成交额", metric_alts=TECH, **FLOW,
     note="达到 → eq; the year's contract turnover (a flow)")
fact("2607亿元、增长33.6%", "33.6%", value=33.6, unit="%", kind="growth",
     metric="技术合同成交额", metric_alts=TECH, comparison="yoy", **FLOW)
g.neg("新一代智慧机场", "一代", "新一代 'new generation' (a technology label), not a count "
      "(as wr_china_2007)")
fact("等22个重大成果", "22个", value=22, unit="count", kind="count", classifier="个",
     metric="在川转化重大成果",
     metric_alts=["重大成果", "重大成果在川转化", "在川转化的重大成果", "重大成果转化",
                  "在川转化重大成果数量", "重大科技成果"], **FLOW)
g.neg("推进“15+N”重点产业", "15+N", LABEL_NOTE + " (“15+N”重点产业建圈强链, 名词解释 10: "
      "the name of the programme, 15 key industries plus N)")
g.neg("加快把六大优势产业", "六大", "set label N大 (六大优势产业), not a count (as "
      "wr_sichuan_2025)")
g.neg("打造为万亿级产业", "万亿级", "class label 万亿级 (a trillion-yuan-class industry, "
      "the class aimed at), no amount stated (as wr_liaoning_2025_b)")
fact("等25条产业新赛道", "25条", value=25, unit="count", kind="count", classifier="条",
     metric="产业新赛道",
     metric_alts=["抢占产业新赛道", "产业新赛道数量", "新赛道"], **LEVEL,
     note="the set of new tracks the province moved into (抢占) in 2024: " + LEVEL_NOTE)
fact("等3个创新型产业集群", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="创新型产业集群",
     metric_alts=new("创新型产业集群", "启动建设创新型产业集群", "产业集群"), **FLOW,
     note="clusters whose construction started (启动建设) in 2024; " + NEW_NOTE)
g.neg("量子科技、6G等", "6G", NETWORK_NOTE.format("6G"))
LG = ["国家级专精特新“小巨人”企业", "专精特新“小巨人”企业", "国家级专精特新小巨人企业",
      "专精特新小巨人企业", "“小巨人”企业"]
fact("“小巨人”企业84户", "84户", value=84, unit="count", kind="count", classifier="户",
     metric=LG[0], metric_alts=new(LG[0], *LG[1:], "新增国家级专精特新“小巨人”企业"),
     **FLOW, note="verb 新增 distributes over the list; " + NEW_NOTE)
g.neg("制造业单项冠军", "单项", "单项 in the title 单项冠军 ('single-product champion'), "
      "not a quantity (as wr_fujian_2025)")
fact("单项冠军企业7户", "7户", value=7, unit="count", kind="count", classifier="户",
     metric="制造业单项冠军企业",
     metric_alts=new("制造业单项冠军企业", "单项冠军企业", "新增制造业单项冠军企业",
                     "制造业单项冠军"), **FLOW, note="verb 新增 shared with 84户; " + NEW_NOTE)
fact("上云企业近4万户", "4万户", value=40000, unit="count", kind="count", classifier="户",
     bound="approx", metric="上云企业",
     metric_alts=new("上云企业", "新增上云企业"), **FLOW,
     note="近 → approx (outside the span); " + NEW_NOTE)
fact("建成智能工厂270余家", "270余家", value=270, unit="count", kind="count",
     classifier="家", bound="gt", metric="智能工厂",
     metric_alts=new("智能工厂", "建成智能工厂"), **FLOW,
     note="余 inside the span → gt; built (建成) in 2024; " + NEW_NOTE)
fact("数字化车间1200余个", "1200余个", value=1200, unit="count", kind="count",
     classifier="个", bound="gt", metric="数字化车间",
     metric_alts=new("数字化车间", "建成数字化车间"), **FLOW,
     note="余 → gt; verb 建成 shared with 270余家; " + NEW_NOTE)
g.neg("全国首批“5G+工业互联网”", "首批", FIRST_NOTE + " (首批 'first batch')")
g.neg("“5G+工业互联网”", "5G", NETWORK_NOTE.format("5G") + " in the programme name "
      "“5G+工业互联网”")
g.neg("建成运行四川数智化", "四川", PLACE_NOTE.format("四川数智化绿色化发展促进中心"))
fact("算力总规模达到15EFlops", "15EFlops", value=15, unit="EFlops", kind="amount",
     metric="算力总规模",
     metric_alts=["算力规模", "算力", "全省算力总规模", "算力基础设施规模"], **STOCK,
     note="EFlops (名词解释 13: a unit of floating-point speed) has no canonical unit → kept as "
          "written (SPEC §3, as the P of wr_gansu_2025 5.1万P); 达到 → eq; installed "
          "computing capacity is a stock: " + STOCK_NOTE)
fact("等34个大模型", "34个", value=34, unit="count", kind="count", classifier="个",
     metric="大模型",
     metric_alts=["成功发布大模型", "发布大模型", "大模型数量", "成功发布的大模型"], **FLOW,
     note="models released (成功发布) in 2024")

# ==== line 2 (source 17): 坚持教育科技人才一体发展 ===============================================
fact("19所高校", "19所", value=19, unit="count", kind="count", classifier="所",
     metric="进入世界高水平学科行列的高校",
     metric_alts=["高校", "高校数量", "进入世界高水平学科行列高校",
                  "有学科进入世界高水平学科行列的高校"], **LEVEL,
     note="universities with disciplines on the world high-level lists (a status of 2024): "
          + LEVEL_NOTE)
fact("高校115个学科", "115个", value=115, unit="count", kind="count", classifier="个",
     metric="进入世界高水平学科行列的学科",
     metric_alts=["学科", "世界高水平学科", "高水平学科", "进入世界高水平学科行列学科",
                  "学科数量"], **LEVEL, note=LEVEL_NOTE)
fact("授予单位7个", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="博士、硕士学位授予单位",
     metric_alts=new("博士、硕士学位授予单位", "新增博士、硕士学位授予单位", "学位授予单位",
                     "博士硕士学位授予单位"), **FLOW, note=NEW_NOTE)
fact("专业点246个", "246个", value=246, unit="count", kind="count", classifier="个",
     metric="急需紧缺和新兴交叉专业点",
     metric_alts=new("急需紧缺和新兴交叉专业点", "新增急需紧缺和新兴交叉专业点", "专业点",
                     "新增专业点"), **FLOW, note=NEW_NOTE)
fact("的专业206个", "206个", value=206, unit="count", kind="count", classifier="个",
     metric="撤销专业",
     metric_alts=["撤销与经济社会发展不相适应的专业", "与经济社会发展不相适应的专业",
                  "撤销的专业", "专业", "撤销专业数量"], **FLOW,
     note="judgement call: majors closed (撤销) in 2024 → a positive count of the closed "
          "majors, the act in the metric; the SPEC-2 absolute-change reading (专业增量 −206) "
          "is not offered since the new 246 and the closed 206 are different sets")
fact("全省近80%的基础研究项目", "80%", value=80, unit="%", kind="share", bound="approx",
     metric="在川高校承担基础研究项目占比",
     metric_alts=["在川高校承担的基础研究项目占比", "在川高校承担基础研究项目比重",
                  "在川高校承担全省基础研究项目比重", "基础研究项目占比", "承担基础研究项目占比",
                  "在川高校承担基础研究项目比例"],
     subject_alts=alts("在川高校"), **FLOW,
     note="近 → approx (outside the span); the universities' share of the province's basic "
          "research projects (sector-level share: the province keeps the subject, README §4)")
fact("获国家科学技术奖励13项", "13项", value=13, unit="count", kind="count",
     classifier="项", metric="国家科学技术奖励",
     metric_alts=["获国家科学技术奖励", "在川高校获国家科学技术奖励", "国家科学技术奖",
                  "国家科学技术奖励数量", "获国家科学技术奖励项目"],
     subject_alts=alts("在川高校"), **FLOW,
     note="awards won by the universities in Sichuan (sector-level count: the province "
          "keeps the subject, 在川高校 as alt, README §4)")
fact("等7个重大项目", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="纳入高等学校设置“十四五”规划中期调整重大项目",
     metric_alts=["重大项目", "纳入高等学校设置规划中期调整的重大项目",
                  "纳入高等学校设置“十四五”规划中期调整的重大项目",
                  "高等学校设置重大项目", "重大项目数量"], **FLOW,
     note="projects (new institutions) added to the plan's mid-term adjustment in 2024")
g.neg("设置“十四五”规划", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("成立四川省人工智能学院", "四川", PLACE_NOTE.format("四川省人工智能学院"))
g.neg("设立四川工程职业技术大学", "四川", PLACE_NOTE.format("四川工程职业技术大学"))
fact("国家产教联合体3个", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="国家产教联合体",
     metric_alts=new("国家产教联合体", "获批立项国家产教联合体", "产教联合体"), **FLOW,
     note="approved (获批立项) in 2024; " + NEW_NOTE)
g.neg("启动实施四川海外智力", "四川", PLACE_NOTE.format("四川海外智力集聚计划"))
g.neg("新培育引进了一批", "一批", VAGUE_NOTE)

# ==== line 3 (source 18): （三）持续推进城乡融合发展 =============================================
g.neg("（三）持续推进", "（三）", MARKER_NOTE)
fact("新增30.2万农村居民", "30.2万", value=302000, unit="count", kind="count",
     classifier="人", metric="农村居民落户城镇",
     metric_alts=["落户城镇农村居民", "新增农村居民落户城镇", "农村居民落户城镇人数",
                  "新增落户城镇农村居民", "农业转移人口落户城镇", "落户城镇人数"], **FLOW,
     note="no measure word → classifier 人 (as wr_yunnan_2025 74万); the year's settlers "
          "(新增, a flow)")
fact("精修细补十项民生工程", "十项", value=10, unit="count", kind="count", classifier="项",
     metric="县城精修细补民生工程",
     metric_alts=["民生工程", "县城精修细补十项民生工程", "县城精修细补民生工程数量",
                  "精修细补民生工程"], **FLOW,
     note="count of measures (README §2 七条措施; as 十条支持政策 in wr_sichuan_2025) "
          "carried out (扎实实施) in 2024")
g.neg("成都列为全国首批", "首批", FIRST_NOTE + " (首批 'first batch')")
fact("在18个设区城市", "18个", value=18, unit="count", kind="count", classifier="个",
     metric="开展城市体检工作的设区城市",
     metric_alts=["设区城市", "设区城市数量", "开展城市体检的设区城市",
                  "全面开展城市体检工作设区城市", "城市体检"], **FLOW,
     note="the cities where the health check was carried out in 2024 (all 18 of the "
          "province's cities with districts)")
fact("改造老旧小区8523个", "8523个", value=8523, unit="count", kind="count",
     classifier="个", metric="新开工改造老旧小区",
     metric_alts=["老旧小区", "开工改造老旧小区", "老旧小区改造", "新开工改造老旧小区数量",
                  "改造老旧小区"], **FLOW)
fact("加装电梯6748部", "6748部", value=6748, unit="count", kind="count", classifier="部",
     metric="既有住宅加装电梯",
     metric_alts=["加装电梯", "既有住宅加装电梯数量", "加装电梯数量"], **FLOW)
PIPE_NOTE = "verb 改造 distributes over the three pipe networks; 公里 → ×1e3 m"
fact("燃气管道12609公里", "12609公里", value=12609e3, unit="m", kind="amount",
     metric="改造燃气管道",
     metric_alts=["燃气管道", "燃气管道改造", "改造燃气管道长度", "燃气管道改造里程"],
     **FLOW, note=PIPE_NOTE)
fact("供水管道2698公里", "2698公里", value=2698e3, unit="m", kind="amount",
     metric="改造供水管道",
     metric_alts=["供水管道", "供水管道改造", "改造供水管道长度", "供水管道改造里程"],
     **FLOW, note=PIPE_NOTE)
fact("排水管道3300公里", "3300公里", value=3300e3, unit="m", kind="amount",
     metric="改造排水管道",
     metric_alts=["排水管道", "排水管道改造", "改造排水管道长度", "排水管道改造里程"],
     **FLOW, note=PIPE_NOTE)
fact("保障性住房7725套", "7725套", value=7725, unit="count", kind="count", classifier="套",
     metric="配售型保障性住房",
     metric_alts=["开工建设配售型保障性住房", "保障性住房", "配售型保障性住房数量",
                  "配售型保障性住房开工"], **FLOW)
g.neg("“平急两用”", "平急两用", LABEL_NOTE + " (“平急两用” 'for both normal times and "
      "emergencies')")
fact("公共基础设施项目44个", "44个", value=44, unit="count", kind="count", classifier="个",
     metric="“平急两用”公共基础设施项目",
     metric_alts=["平急两用公共基础设施项目", "公共基础设施项目",
                  "开工建设“平急两用”公共基础设施项目", "“平急两用”公共基础设施项目数量"],
     **FLOW, note="verb 开工建设 shared with 7725套")
fact("6个城中村改造试点城市", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="城中村改造试点城市",
     metric_alts=["城中村改造试点城市数量", "试点城市"], **LEVEL, note=LEVEL_NOTE)
fact("安置住房7.4万套", "7.4万套", value=74000, unit="count", kind="count",
     classifier="套", metric="安置住房",
     metric_alts=["开工建设安置住房", "安置住房数量", "城中村改造安置住房",
                  "开工建设安置住房数量"],
     subject_alts=alts("城中村改造试点城市", "6个城中村改造试点城市"), **FLOW,
     note="started in the 6 pilot cities in 2024; the province keeps the subject (the "
          "pilot cities as alts, README §4)")

# ==== line 4 (source 19): 打造新时代更高水平“天府粮仓” ===========================================
fact("在115个县", "115个", value=115, unit="count", kind="count", classifier="个",
     metric="建设粮油千亩高产示范片的县",
     metric_alts=["县", "县数量", "建设千亩高产示范片的县", "建设示范片的县"], **FLOW,
     note="the counties where the plots were built in 2024")
g.neg("粮油千亩高产示范片", "千亩", "size class 千亩 (plots of a thousand mu) defining the "
      "counted set (SPEC §2 threshold), part of the metric of 1000个")
fact("示范片1000个", "1000个", value=1000, unit="count", kind="count", classifier="个",
     metric="粮油千亩高产示范片",
     metric_alts=new("粮油千亩高产示范片", "建设粮油千亩高产示范片", "千亩高产示范片",
                     "高产示范片"), **FLOW, note=NEW_NOTE)
GRAIN = ["粮食总产量", "全省粮食产量"]
fact("全省粮食产量726.8亿斤", "726.8亿斤", value=726.8e8 * 0.0005, unit="t",
     kind="amount", metric="粮食产量", metric_alts=GRAIN, **FLOW,
     note="726.8亿斤 = 3.634e7 t (斤 = 0.0005 t, SPEC §3); the 2024 harvest")
PIG = ["生猪出栏量", "出栏生猪", "生猪出栏头数"]
fact("生猪出栏6150万头", "6150万头", value=61500000, unit="count", kind="count",
     classifier="头", metric="生猪出栏", metric_alts=PIG, **FLOW)
fact("保持全国第1位", "第1位", value=1, unit="rank", kind="rank", scope="全国",
     metric="生猪出栏", metric_alts=PIG + ["生猪出栏排名"], **FLOW,
     note="rank of the year's hog output (a flow) → the year")
fact("高标准农田425万亩", "425万亩", value=4250000, unit="mu", kind="amount",
     metric="新建和改造高标准农田",
     metric_alts=["高标准农田", "高标准农田建设", "新建和改造高标准农田面积",
                  "建设高标准农田", "新建改造高标准农田"], **FLOW, note="亩 stays mu (SPEC §3)")
fact("耕地净增加60万亩", "60万亩", value=600000, unit="mu", kind="amount", bound="ge",
     metric="耕地增量",
     metric_alts=["耕地", "耕地面积增量", "耕地净增加", "耕地净增加面积", "耕地面积",
                  "净增加耕地"], **FLOW,
     note="净增加 N: absolute change of the stock of farmland (SPEC §2 → <level>增量, "
          "positive), as 净增 in wr_yunnan_2025; 以上 → ge (outside the span)")
g.neg("国内首个省级种质", "首个", FIRST_NOTE)
fact("综合机械化率提高到73%", "73%", value=73, unit="%", kind="share",
     metric="主要农作物耕种收综合机械化率",
     metric_alts=["耕种收综合机械化率", "农作物耕种收综合机械化率", "综合机械化率",
                  "机械化率"], **LEVEL,
     note="提高到 → the level reached; the rate of the year's ploughing, sowing and "
          "harvesting → the year, the year-end instant as alt (judgement call)")
PARK_NOTE = "verb 新建 distributes over the list; " + NEW_NOTE
fact("农业园区85个", "85个", value=85, unit="count", kind="count", classifier="个",
     metric="国省级农业园区",
     metric_alts=new("国省级农业园区", "新建国省级农业园区", "农业园区", "国家级和省级农业园区"),
     **FLOW, note=PARK_NOTE)
fact("产业集群3个", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="产业集群",
     metric_alts=new("产业集群", "国省级产业集群", "新建产业集群", "农业产业集群",
                     "国省级农业产业集群"), **FLOW, note=PARK_NOTE + "; the 国省级 of the list "
     "head also qualifies the clusters")
fact("产业强镇66个", "66个", value=66, unit="count", kind="count", classifier="个",
     metric="产业强镇",
     metric_alts=new("产业强镇", "国省级产业强镇", "新建产业强镇", "农业产业强镇"), **FLOW,
     note=PARK_NOTE)
fact("精品品牌100个", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="“天府粮仓”精品品牌",
     metric_alts=new("“天府粮仓”精品品牌", "天府粮仓精品品牌", "精品品牌",
                     "新培育“天府粮仓”精品品牌"), **FLOW, note=NEW_NOTE)
g.neg("“天府森林四库”", "四库", LABEL_NOTE + " (“天府森林四库”, 名词解释 16: forests as "
      "reservoirs of water, money, grain and carbon), not a count")
fact("产量超过1450万吨", "1450万吨", value=1.45e7, unit="t", kind="amount", bound="gt",
     metric="“林粮”产量",
     metric_alts=["林粮产量", "“林粮”", "林粮"], **FLOW, note="超过 → gt (outside the span)")
fact("农村公路1.1万公里", "1.1万公里", value=1.1e7, unit="m", kind="amount",
     metric="新改建农村公路",
     metric_alts=["农村公路", "新改建农村公路里程", "农村公路新改建", "农村公路建设",
                  "新建改建农村公路"], **FLOW, note="1.1万公里 = 1.1e7 m")
fact("新增6192个", "6192个", value=6192, unit="count", kind="count", classifier="个",
     metric="通硬化路自然村组",
     metric_alts=new("通硬化路自然村组", "新增通硬化路自然村组", "自然村组",
                     "自然村组通硬化路", "通硬化路的自然村组"), **FLOW, note=NEW_NOTE)
fact("小黄车5000辆", "5000辆", value=5000, unit="count", kind="count", classifier="辆",
     metric="乡村运输“金通工程”小黄车",
     metric_alts=new("乡村运输“金通工程”小黄车", "“金通工程”小黄车", "金通工程小黄车", "小黄车",
                     "新增乡村运输“金通工程”小黄车"), **FLOW, note=NEW_NOTE)
fact("建设供水工程1492处", "1492处", value=1492, unit="count", kind="count",
     classifier="处", metric="供水工程",
     metric_alts=new("供水工程", "建设供水工程"), **FLOW)
fact("比例提高到71.4%", "71.4%", value=71.4, unit="%", kind="share",
     metric="规模化供水工程覆盖农村人口比例",
     metric_alts=["规模化供水工程覆盖农村人口比重", "农村规模化供水覆盖率", "规模化供水覆盖率",
                  "规模化供水工程覆盖率", "覆盖农村人口比例"], **STOCK,
     note="提高到 → the level reached; coverage of the rural population is a share of a "
          "stock: " + STOCK_NOTE)
g.neg("“村村通5G”", "5G", NETWORK_NOTE.format("5G") + " in the slogan “村村通5G”")
g.neg("成果“1+8”工作方案", "1+8", LABEL_NOTE + " (“1+8”工作方案, 名词解释 17: one plan plus "
      "eight supporting documents), not a count")
fact("扎实推进39个", "39个", value=39, unit="count", kind="count", classifier="个",
     metric="欠发达县域",
     metric_alts=["托底性帮扶欠发达县域", "欠发达县域数量", "欠发达县域托底性帮扶",
                  "帮扶欠发达县域"], **LEVEL,
     note="the counties under the support scheme in 2024: " + LEVEL_NOTE)
EW = alts("东西部协作和对口支援", "东西部协作", "对口支援")
EW_NOTE = ("figures of east-west cooperation and paired assistance into Sichuan: the "
           "province keeps the subject, the programme as alt")
fact("财政帮扶资金34.4亿元", "34.4亿元", value=34.4e8, unit="CNY", kind="amount",
     metric="财政帮扶资金",
     metric_alts=["投入财政帮扶资金", "东西部协作和对口支援财政帮扶资金", "帮扶资金",
                  "东西部协作和对口支援投入财政帮扶资金"],
     subject_alts=EW, **FLOW, note=EW_NOTE)
fact("帮扶项目807个", "807个", value=807, unit="count", kind="count", classifier="个",
     metric="帮扶项目",
     metric_alts=["实施帮扶项目", "帮扶项目数量", "东西部协作和对口支援帮扶项目"],
     subject_alts=EW, **FLOW, note=EW_NOTE)
fact("共建产业园区115个", "115个", value=115, unit="count", kind="count", classifier="个",
     metric="共建产业园区",
     metric_alts=["产业园区", "共建产业园区数量", "东西部协作共建产业园区"],
     subject_alts=EW, **LEVEL, note=EW_NOTE + "; parks jointly built (a set, the year with "
                                              "the year-end instant as alt)")
fact("投产企业500家", "500家", value=500, unit="count", kind="count", classifier="家",
     metric="引导落地投产企业",
     metric_alts=new("引导落地投产企业", "新增引导落地投产企业", "落地投产企业", "投产企业"),
     subject_alts=EW, **FLOW, note=EW_NOTE + "; " + NEW_NOTE)
fact("到位投资494亿元", "494亿元", value=494e8, unit="CNY", kind="amount",
     metric="实际到位投资",
     metric_alts=["到位投资", "实际到位资金", "东西部协作实际到位投资", "引导落地投产企业实际到位投资"],
     subject_alts=EW, **FLOW, note=EW_NOTE)

# ==== line 5 (source 20): 加快重大基础设施建设 ==================================================
fact("新增铁路运营里程322公里", "322公里", value=322e3, unit="m", kind="amount",
     metric="新增铁路运营里程",
     metric_alts=["铁路运营里程增量", "铁路运营里程", "铁路运营里程新增", "新增铁路里程"],
     **FLOW, note="新增 of a stock (the network's length) → phrase kept whole, 增量 in alts "
                  "(as 新增算力 in other golds); 公里 → ×1e3 m")
g.neg("当天往返游九寨", "九寨", PLACE_NOTE.format("九寨 = 九寨沟"))
fact("新建成高速公路507公里", "507公里", value=507e3, unit="m", kind="amount",
     metric="新建成高速公路",
     metric_alts=["高速公路", "新建成高速公路里程", "高速公路建成里程", "建成高速公路",
                  "高速公路新增里程", "高速公路里程增量"], **FLOW)
fact("通车总里程突破1万公里", "1万公里", value=1e7, unit="m", kind="amount", bound="gt",
     metric="高速公路通车总里程",
     metric_alts=["通车总里程", "高速公路总里程", "高速公路通车里程", "全省通车总里程"],
     **STOCK, note="突破 → gt; the network's length (a stock): " + STOCK_NOTE)
g.neg("灌区一期工程", "一期", "phase label 一期 (README §2), not a quantity")
fact("等15处重大水利项目", "15处", value=15, unit="count", kind="count", classifier="处",
     metric="重大水利项目",
     metric_alts=["重大水利项目数量", "水利项目", "加快推进重大水利项目"], **LEVEL,
     note="projects under way (加快推进) in 2024: " + LEVEL_NOTE)
fact("水利投资增长13%", "13%", value=13, unit="%", kind="growth", metric="水利投资",
     metric_alts=["完成水利投资", "水利投资额"], comparison="yoy", **FLOW)
g.neg("大渡河双江口", "双江口", PLACE_NOTE.format("双江口, a hydropower station"))
fact("等31个大中型水电站", "31个", value=31, unit="count", kind="count", classifier="个",
     metric="大中型水电站",
     metric_alts=["在建大中型水电站", "大中型水电站数量", "水电站", "加快建设大中型水电站"],
     **LEVEL, note="stations under construction (加快建设) in 2024: " + LEVEL_NOTE)
fact("川渝1000千伏特高压", "1000千伏", value=1000, unit="千伏", kind="amount",
     metric="电压等级", metric_alts=["电压", "输电电压", "交流电压"],
     subject="川渝1000千伏特高压交流工程",
     subject_alts=["川渝特高压交流工程", "特高压交流工程", "川渝1000千伏特高压交流工程建成投运",
                   PLACE] + SC_ALTS, **FLOW,
     note="technical magnitude in the project's name (SPEC §1), the voltage class; 千伏 has "
          "no canonical unit → kept as written (as the same line in wr_chongqing_2025); "
          "built and put into operation (建成投运) in 2024 → actual")
POWER = ["电力总装机", "总装机", "电力装机", "电力装机容量", "总装机容量"]
fact("新增电力装机1002万千瓦", "1002万千瓦", value=1.002e10, unit="W", kind="amount",
     metric="新增电力装机",
     metric_alts=["电力装机增量", "电力装机", "新增装机", "装机增量", "新增电力装机容量"],
     **FLOW, note="新增 of a stock → phrase kept whole, 增量 in alts (as 新增新能源装机 in "
                  "wr_gansu_2025); 万千瓦 = 1e7 W")
fact("总装机近1.4亿千瓦", "1.4亿千瓦", value=1.4e11, unit="W", kind="amount",
     bound="approx", metric="电力总装机", metric_alts=POWER[1:], **STOCK,
     note="近 → approx; installed capacity (a stock): " + STOCK_NOTE + "; head 电力 "
          "carried over from 新增电力装机")
fact("产量562亿立方米", "562亿立方米", value=562e8, unit="m3", kind="amount",
     metric="天然气（页岩气）产量",
     metric_alts=["天然气(页岩气)产量", "天然气产量", "页岩气产量", "天然气（页岩气）",
                  "天然气页岩气产量"], **FLOW, note="立方米 → m3")
g.neg("省属国企首口油气探井", "首口", FIRST_NOTE + " (the first oil and gas exploration "
      "well of a provincial state enterprise)")
fact("矿业权出让111宗", "111宗", value=111, unit="count", kind="count", classifier="宗",
     metric="矿业权出让",
     metric_alts=["出让矿业权", "矿业权出让宗数", "矿业权", "矿业权出让数量"], **FLOW)
fact("出让收益超过133.6亿元", "133.6亿元", value=133.6e8, unit="CNY", kind="amount",
     bound="gt", metric="矿业权出让收益",
     metric_alts=["出让收益", "矿业权出让收入", "矿业权出让金"], **FLOW,
     note="超过 → gt (outside the span); head 矿业权 carried over")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_sichuan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: review sections "
    "（二）大力推动科技创新引领产业创新 (science, industry, digital economy) with 坚持教育科技人才"
    "一体发展, and （三）持续推进城乡融合发展 (urbanisation, urban renewal) with 打造新时代更高水平"
    "“天府粮仓” and 加快重大基础设施建设. Lines 1-15 are annotated in wr_sichuan_2025 and lines "
    "31-39 in wr_sichuan_2025_b (no overlap); line 21 would pass 2,500 characters. Title, "
    "source line and dateline are outside the excerpt (title_in_text=False; title as the "
    "source's first line). Date: 2025-01-20, the delivery date in the report's header (source "
    "line 3: 2025年1月20日在四川省第十四届人民代表大会第四次会议上), as wr_sichuan_2025. "
    "Place: 四川省 (四川, 全省, 我省 → alts); 在川高校, 东西部协作和对口支援 and the pilot cities "
    "as subject alts of their sector-level figures; the 1000千伏 line owns its voltage. "
    "Periods: the excerpt names no period; every number takes the review year 2024 (section "
    "2024年工作回顾, source line 7, outside the excerpt; period text 年度, the excerpt's "
    "own name for the year in line 19 年度任务, as wr_hunan_2025), null as alt; stocks "
    "(算力总规模, 通车总里程, 总装机, 供水覆盖比例) → "
    "instant 2024-12-31 with the year and null as alts; sets under way or in operation "
    "(实体化运行, 加快推进/建设, 托底性帮扶, 共建, 进入…行列) → the year with the year-end "
    "instant as alt. Modality: actual throughout. Units: 兆瓦 1e6 W; 万千瓦 1e7 W; 亿千瓦 "
    "1e11 W; 726.8亿斤 → 3.634e7 t; 亿立方米 → m3; 公里 → m; 亩 → mu; EFlops and 千伏 kept as "
    "written; 30.2万 (no measure word) → classifier 人. Bounds: 近 → approx (4万户, 80%, "
    "1.4亿千瓦); 余 → gt (270余家, 1200余个); 超过/突破 → gt; 以上 → ge (60万亩). Judgement "
    "calls: 撤销…专业206个 → positive count of closed majors (no 增量 reading); 耕地净增加 → "
    "耕地增量 (SPEC §2); 新增铁路运营里程 / 新增电力装机 → phrase kept, 增量 as alt; 机械化率 "
    "提高到73% → the year (instant as alt); 26兆瓦级 → 26e6 W eq; 千亩 (高产示范片) → size "
    "threshold (negative); 十项民生工程 → count of measures. Negatives: （二）, （三）, 首批 ×3, "
    "首款, 首颗, 第一个, 首个, 首口, I类, 一代 (新一代), 15+N, 六大, 万亿级, 6G, 5G ×2, 单项 "
    "(单项冠军), 十四五, 一批, 平急两用, 千亩, 四库, 1+8, 九寨, 一期, 双江口, 四川 ×5. Lexicalized, not "
    "listed: 一体 (一体发展). The province's name 四川 inside names (四川造, 四川数智化绿色化发展"
    "促进中心, 四川省人工智能学院, 四川工程职业技术大学, 四川海外智力集聚计划) → negatives ×5 "
    "(as wr_sichuan_2025).")

g.write(date=REF, source=f"shared/texts/work_report/wr_sichuan_2025.txt lines {FIRST}–{LAST} "
        "(来源：四川日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
