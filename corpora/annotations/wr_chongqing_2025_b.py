"""Gold annotations for wr_chongqing_2025_b (2025年重庆市政府工作报告, second excerpt of the
2024 review), lines 16-18 of shared/texts/work_report/wr_chongqing_2025.txt.

The excerpt corpora/wr_chongqing_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items （二） (manufacturing clusters, producer
services, software, computing, digital factories), （三） (education, science platforms,
high-tech firms, patents, talent) and （四） (investment, technical renovation, consumption,
trade and tourism, housing) in full, each starting at its heading.  Lines 7-15 are annotated
in wr_chongqing_2025 (no overlap).  Lines 16-18 make 2,466 characters with about 100
numerals; the other dense run, lines 20-22 (2,457), names the review year nowhere, so its
facts would carry a period text that is not in the article, while lines 16-18 name it
年度 (市级重点项目超额完成年度投资计划, line 3 of the excerpt).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_chongqing_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_chongqing_2025_b"
PLACE = "重庆市"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_chongqing_2025.txt"
FIRST, LAST = 16, 18                    # 1-based, inclusive, whole lines
TITLE = "2025年重庆市政府工作报告"       # line 1 of the source, outside the excerpt
CQ_ALTS = ["重庆", "全市", "我市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（二）抓制造优服务强链群", ends="保交房进度达到96%。")
text = g.text
fact = g.with_subject(PLACE, CQ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
THRESH_NOTE = ("threshold defining the counted set (SPEC §2: 亿元以上项目 …), part of the "
               "count's metric, not a fact of its own")

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt lies in the detailed review of 2024 (part 一、2024年工作回顾, source line 7;
# 一年来，主要做了以下工作。 source line 14, both outside the excerpt).  Its lines state no
# period of their own before their numbers (the only time word is 年度 in line 3, 市级重点项目
# 超额完成年度投资计划 — the year 2024), so every number takes the review year 2024 as section
# frame (SPEC §4), 2024-01-01..2024-12-31 with the null reading in period_alts, and the
# excerpt's own name of that year, 年度, as period text (as wr_qinghai_2025 年度,
# wr_gansu_2025 一年来).  Stocks (累计, 增至, 达到 N of a register, 总规模, coverage rates,
# shares of a stock) are the instant 2024-12-31 with the year and null as alts (README §5
# stock rule); levels held during the year (运行, 匹配度, 从业人员) → the year, year-end as alt.
Y24 = P("年度", "2024-01-01", "2024-12-31")
Y24_NULL = P("年度", None, None)
Y24_END = P("年度", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"
FC = "预计 → forecast (the 2024 figure was not final at delivery)"


def added(noun, *more):
    """metric_alts of a count of things newly made (README §3): noun forms + 增量."""
    return list(more) + [f"新增{noun}", f"{noun}数量", f"{noun}增量", f"{noun}数量增量"]


# ---- line 1 (source 16): （二） manufacturing and services --------------------------------------
g.neg("（二）抓制造", "（二）", MARKER_NOTE)
g.neg("“33618”现代制造业集群", "33618", LABEL_NOTE + " (“33618”现代制造业集群体系, the "
      "name of Chongqing's cluster plan), not a count")
fact("汽车产业增加值增长26.7%", "26.7%", value=26.7, unit="%", kind="growth",
     metric="汽车产业增加值", metric_alts=["汽车产业", "汽车制造业增加值", "汽车产业增加值增速"],
     comparison="yoy", **FLOW,
     note="the line states no period: section frame 2024 (period text 年度), null as alt")
g.neg("新能源汽车零部件体系", "零部件", "lexicalized 零部件 'parts'; 零 is not zero (as "
      "nw_cctv_20231108_sichuan_2023)")
g.neg("新一代电子信息", "一代", "一代 of 新一代电子信息制造业 (an industry name), not a "
      "quantity (as nw_cctv_20251003_chongqing_sichuan_2025)")
g.neg("“一站式”解纷平台", "一站式", "label “一站式” ('one-stop'), not a quantity")
fact("金融机构累计达到31家", "31家", value=31, unit="count", kind="count", classifier="家",
     metric="区域性、功能性金融机构",
     metric_alts=["区域性功能性金融机构", "金融机构", "区域性、功能性金融机构数量",
                  "累计区域性、功能性金融机构"], **STOCK,
     note="累计达到 → " + STOCK_NOTE)
fact("再融资增长6.2倍", "6.2倍", value=6.2, unit="times", kind="ratio",
     metric="上市公司再融资",
     metric_alts=["上市公司再融资额", "再融资", "上市公司再融资规模", "上市公司再融资增长倍数"],
     **FLOW,
     note="增长N倍 → kind ratio, unit times, value as written, comparison null (as "
          "wr_chongqing_2025 增长1倍多); = refinancing grew by 620 %")
fact("工业设计中心增至11家", "11家", value=11, unit="count", kind="count", classifier="家",
     metric="国家级工业设计中心",
     metric_alts=["工业设计中心", "国家级工业设计中心数量"], **STOCK,
     note="增至 → the level reached: " + STOCK_NOTE)
fact("服务类企业超过1500家", "1500家", value=1500, unit="count", kind="count",
     classifier="家", bound="gt", metric="工业设计服务类企业",
     metric_alts=["工业设计服务企业", "工业设计服务类企业数量", "全市工业设计服务类企业"],
     **STOCK, note="超过 → gt (outside the span); the firms existing (a stock): " + STOCK_NOTE)
ZONE = dict(subject="国家检验检测高技术服务业集聚区",
            subject_alts=["检验检测高技术服务业集聚区", "国家检验检测高技术服务业集聚区（重庆）",
                          PLACE] + CQ_ALTS)
fact("新增机构18家", "18家", value=18, unit="count", kind="count", classifier="家",
     metric="机构", metric_alts=added("机构", "检验检测机构", "集聚区机构"), **ZONE, **FLOW,
     note=NEW_NOTE + "; the zone owns the new institutions (as 自贸试验区新设企业 in "
          "wr_henan_2025), the city as alt")
fact("物流企业突破100家", "100家", value=100, unit="count", kind="count", classifier="家",
     bound="gt", metric="A级以上物流企业",
     metric_alts=["A级物流企业", "物流企业", "A级以上物流企业数量"], **STOCK,
     note="突破 → gt; A级以上 (no numeral) is the grade threshold of the counted set, in the "
          "metric; the firms rated (a stock): " + STOCK_NOTE)
SW = ["软件和信息服务业", PLACE] + CQ_ALTS
fact("新增软件企业超过6400家", "6400家", value=6400, unit="count", kind="count",
     classifier="家", bound="gt", metric="软件企业",
     metric_alts=added("软件企业", "软件和信息服务业企业"), subject_alts=CQ_ALTS + SW[:1],
     **FLOW, note="超过 → gt; " + NEW_NOTE)
SWREV = ["主营业务收入", "软件和信息服务业收入", "软件业务收入", "软件产业主营业务收入",
         "软件和信息服务业营业收入"]
fact("主营业务收入预计达到4200亿元", "4200亿元", value=4200e8, unit="CNY", kind="amount",
     metric="软件和信息服务业主营业务收入", metric_alts=SWREV,
     subject_alts=CQ_ALTS + SW[:1], modality="forecast", **FLOW,
     note=FC + "; the head 软件和信息服务业 (topic of the sentence) restored; 预计达到 → eq")
fact("从业人员达到43.8万人", "43.8万人", value=438000, unit="count", kind="count",
     classifier="人", metric="软件和信息服务业从业人员",
     metric_alts=["从业人员", "软件从业人员", "软件和信息服务业从业人员数", "从业人员数"],
     subject_alts=CQ_ALTS + SW[:1], **LEVEL,
     note="judgement call: 预计 is written inside the middle item of the list (主营业务收入预计"
          "达到) and is not read as reaching the employees (达到 without 预计) → actual; the "
          "workforce of the year (a level), year-end as alt")
SVC = "分别: 租赁和商务服务业 ↔ 11.7%, 交通运输仓储和邮政业 ↔ 8.6%; 营业收入 shared"
fact("营业收入分别增长11.7%", "11.7%", value=11.7, unit="%", kind="growth",
     metric="租赁和商务服务业营业收入",
     metric_alts=["租赁和商务服务业", "租赁和商务服务业收入"], comparison="yoy", **FLOW,
     note=SVC)
fact("11.7%、8.6%", "8.6%", value=8.6, unit="%", kind="growth",
     metric="交通运输仓储和邮政业营业收入",
     metric_alts=["交通运输仓储和邮政业", "交通运输、仓储和邮政业营业收入",
                  "交通运输仓储和邮政业收入"], comparison="yoy", **FLOW, note=SVC)
CMP = ["算力规模", "算力", "算力总规模"]
fact("新增算力2000P", "2000P", value=2000, unit="P", kind="amount", metric="新增算力",
     metric_alts=["算力增量", "算力规模增量", "算力", "新增算力规模"], **FLOW,
     note="P (PFlops) kept as the surface unit (SPEC §3, as wr_gansu_2025 5.1万P); computing "
          "capacity added in 2024: 新增 of a stock → phrase kept whole, 增量 in alts (as "
          "wr_gansu_2025 新增新能源装机)")
fact("总规模超过6000P", "6000P", value=6000, unit="P", kind="amount", bound="gt",
     metric="算力总规模", metric_alts=["总规模"] + CMP[:2], **STOCK,
     note="超过 → gt; head 算力 restored; capacity installed (a stock): " + STOCK_NOTE)
BUILT = "累计建成 distributes over both counts: " + STOCK_NOTE
fact("累计建成1096个数字化车间", "1096个", value=1096, unit="count", kind="count",
     classifier="个", metric="数字化车间",
     metric_alts=["累计建成数字化车间", "数字化车间数量", "建成数字化车间"], **STOCK, note=BUILT)
fact("和183个智能工厂", "183个", value=183, unit="count", kind="count", classifier="个",
     metric="智能工厂", metric_alts=["累计建成智能工厂", "智能工厂数量", "建成智能工厂"],
     **STOCK, note=BUILT)
fact("上线行业大脑6个", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="行业大脑", metric_alts=["上线行业大脑", "行业大脑数量"], **FLOW,
     note="brought online in 2024")
fact("启动培育未来工厂23个", "23个", value=23, unit="count", kind="count", classifier="个",
     metric="未来工厂",
     metric_alts=["启动培育未来工厂", "培育未来工厂", "未来工厂数量"], **FLOW,
     note="whose cultivation started in 2024")
fact("18项成果入选", "18项", value=18, unit="count", kind="count", classifier="项",
     metric="入选全国数字化转型和人工智能赋能典型案例的成果",
     metric_alts=["成果", "入选成果", "典型案例", "全国数字化转型和人工智能赋能典型案例",
                  "入选全国数字化转型和人工智能赋能典型案例成果"], **FLOW,
     note="the selection defines the counted set → in the metric")

# ---- line 2 (source 17): （三） education, science, talent --------------------------------------
g.neg("（三）抓教育", "（三）", MARKER_NOTE)
g.neg("人才强市首位战略", "首位", "label 首位战略 ('first-priority strategy'), not a rank "
      "(首位 would otherwise read as rank 1)")
g.neg("“416”科技创新布局", "416", LABEL_NOTE + " (“416”科技创新布局, the name of the "
      "city's science plan), not a count")
EDU = "建成 N: recognised as such in 2024 (a flow)"
fact("普及普惠区县1个", "1个", value=1, unit="count", kind="count", classifier="个",
     metric="全国学前教育普及普惠区县",
     metric_alts=["学前教育普及普惠区县", "建成全国学前教育普及普惠区县",
                  "全国学前教育普及普惠区县数量"], **FLOW,
     note=EDU + "; a digit count, not an article")
fact("义务教育优质均衡发展区县4个", "4个", value=4, unit="count", kind="count",
     classifier="个", metric="全国义务教育优质均衡发展区县",
     metric_alts=["义务教育优质均衡发展区县", "建成全国义务教育优质均衡发展区县",
                  "全国义务教育优质均衡发展区县数量"], **FLOW,
     note=EDU + "; 建成全国 distributes over the list (head restored)")
fact("学区制管理覆盖率达到80%", "80%", value=80, unit="%", kind="share",
     metric="义务教育集团化办学、学区制管理覆盖率",
     metric_alts=["义务教育集团化办学学区制管理覆盖率", "集团化办学、学区制管理覆盖率",
                  "覆盖率", "义务教育集团化办学覆盖率", "学区制管理覆盖率"], **STOCK,
     note="达到 → eq; coverage = share of a stock (schools): " + STOCK_NOTE)
fact("优质高中资源覆盖率达到75%", "75%", value=75, unit="%", kind="share",
     metric="优质高中资源覆盖率", metric_alts=["优质高中覆盖率", "覆盖率"], **STOCK,
     note="coverage = share of a stock: " + STOCK_NOTE)
g.neg("建成“四新”高校", "四新", LABEL_NOTE + " (“四新” 新工科、新医科、新农科、新文科)")
fact("“四新”高校13所", "13所", value=13, unit="count", kind="count", classifier="所",
     metric="“四新”高校",
     metric_alts=["四新高校", "建成“四新”高校", "建成四新高校", "“四新”高校数量"], **FLOW,
     note=EDU + "; the label inside the metric has its own negative")
g.neg("设置首所本科", "首所", FIRST_NOTE)
fact("市域产教联合体14个", "14个", value=14, unit="count", kind="count", classifier="个",
     metric="市域产教联合体",
     metric_alts=["实体化运行市域产教联合体", "产教联合体", "市域产教联合体数量"], **LEVEL,
     note="bodies in operation (实体化运行) during 2024: a level, year-end as alt")
fact("匹配度达到88%", "88%", value=88, unit="%", kind="share",
     metric="职业院校专业与重点产业匹配度",
     metric_alts=["专业与重点产业匹配度", "职业院校专业与产业匹配度", "匹配度"], **LEVEL,
     note="达到 → eq; a degree of match (a proportion) → share; the level reached in 2024, "
          "year-end as alt")
DEG = "新增 distributes over the list (博士硕士学位 shared): " + NEW_NOTE
fact("授予单位3个", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="博士硕士学位授予单位",
     metric_alts=added("博士硕士学位授予单位", "学位授予单位"), **FLOW, note=DEG)
fact("授权点65个", "65个", value=65, unit="count", kind="count", classifier="个",
     metric="博士硕士学位授权点",
     metric_alts=added("博士硕士学位授权点", "授权点", "学位授权点"), **FLOW, note=DEG)
ESI = ("the subjects in the ESI bands at the time of writing (a stock): " + STOCK_NOTE
       + "; the band 前N is the threshold of the counted set (negative)")
fact("80个学科进入", "80个", value=80, unit="count", kind="count", classifier="个",
     metric="进入ESI世界学科排名前1%的学科",
     metric_alts=["学科", "ESI前1%学科", "进入ESI前1%学科", "进入ESI世界学科排名前1%学科",
                  "ESI前1%学科数量"], **STOCK, note=ESI)
g.neg("学科排名前1%", "前1%", THRESH_NOTE + " (the ESI band top 1 %)")
fact("7个学科进入", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="进入ESI世界学科排名前1‰的学科",
     metric_alts=["学科", "ESI前1‰学科", "进入ESI前1‰学科", "进入前1‰的学科",
                  "ESI前1‰学科数量"], **STOCK, note=ESI)
g.neg("进入前1‰", "前1‰", THRESH_NOTE + " (the ESI band top 1 ‰)")
fact("1个学科进入", "1个", value=1, unit="count", kind="count", classifier="个",
     metric="进入ESI世界学科排名前1‱的学科",
     metric_alts=["学科", "ESI前1‱学科", "进入ESI前1‱学科", "进入前1‱的学科",
                  "ESI前1‱学科数量"], **STOCK, note=ESI + "; a digit count, not an article")
g.neg("进入前1‱", "前1‱", THRESH_NOTE + " (the ESI band top 1 ‱)")
fact("办学机构和项目达到69个", "69个", value=69, unit="count", kind="count",
     classifier="个", metric="中外合作办学机构和项目",
     metric_alts=["中外合作办学机构", "中外合作办学项目", "中外合作办学机构和项目数量",
                  "中外合作办学"], **STOCK, note="达到 N of a register: " + STOCK_NOTE)
g.neg("两江协同创新区", "两江", NAME_NOTE.format("两江, the Liangjiang area of Chongqing"))
fact("新增3个国家级科创平台", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="国家级科创平台", metric_alts=added("国家级科创平台", "科创平台"), **FLOW,
     note=NEW_NOTE)
fact("2个前沿技术交叉研究院", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="前沿技术交叉研究院",
     metric_alts=["启动建设前沿技术交叉研究院", "交叉研究院", "前沿技术交叉研究院数量"], **FLOW,
     note="whose construction started (启动建设) in 2024")
g.neg("获批“一带一路”国际技术", "一带一路", "initiative name 一带一路 (Belt and Road), not "
      "a quantity")
fact("创新创业生态圈4个", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="环大学创新创业生态圈",
     metric_alts=added("环大学创新创业生态圈", "创新创业生态圈"), **FLOW, note=NEW_NOTE)
FIRMS = ("分别: 高新技术企业 ↔ 8837家, 科技型企业 ↔ 69820家, 专精特新“小巨人”企业 ↔ 310家; "
         "增至 → the level reached: " + STOCK_NOTE)
fact("分别增至8837家", "8837家", value=8837, unit="count", kind="count", classifier="家",
     metric="高新技术企业",
     metric_alts=["高新技术企业数量", "国家高新技术企业", "高新技术企业总数"], **STOCK,
     note=FIRMS)
fact("8837家、69820家", "69820家", value=69820, unit="count", kind="count",
     classifier="家", metric="科技型企业",
     metric_alts=["科技型企业数量", "科技型中小企业", "科技型企业总数"], **STOCK, note=FIRMS)
fact("69820家、310家", "310家", value=310, unit="count", kind="count", classifier="家",
     metric="专精特新“小巨人”企业",
     metric_alts=["专精特新小巨人企业", "“小巨人”企业", "国家级专精特新“小巨人”企业",
                  "专精特新“小巨人”企业数量"], **STOCK, note=FIRMS)
fact("关键核心技术304项", "304项", value=304, unit="count", kind="count", classifier="项",
     metric="关键核心技术",
     metric_alts=["布局解决关键核心技术", "解决关键核心技术", "关键核心技术攻关",
                  "关键核心技术数量"], **FLOW)
fact("发明专利授权量1.4万件", "1.4万件", value=14000, unit="count", kind="count",
     classifier="件", metric="发明专利授权量",
     metric_alts=["新增发明专利授权量", "发明专利授权", "发明专利授权数", "发明专利"], **FLOW,
     note="the year's grants (a flow indicator; 新增 kept as alt)")
fact("成交额突破970亿元", "970亿元", value=970e8, unit="CNY", kind="amount", bound="gt",
     metric="技术合同成交额", metric_alts=["技术合同成交金额", "技术合同交易额"], **FLOW,
     note="突破 → gt (outside the span)")
g.neg("“百万人才兴重庆”", "百万人才兴重庆", LABEL_NOTE + " (campaign name “百万人才兴重庆” "
      "'a million talents for Chongqing'), not a count")
g.neg("和“一带一路”国际技能", "一带一路", "initiative name 一带一路 (in the name of the "
      "skills contest), not a quantity")
fact("后备人才1万名", "1万名", value=10000, unit="count", kind="count", classifier="名",
     metric="卓越工程师及后备人才",
     metric_alts=added("卓越工程师及后备人才", "卓越工程师"), **FLOW, note=NEW_NOTE)
fact("总量超过650万", "650万", value=6.5e6, unit="count", kind="count", classifier="人",
     bound="gt", metric="人才资源总量",
     metric_alts=["人才资源", "人才总量", "全市人才资源总量", "人才资源数量"], **STOCK,
     note="超过 → gt; no measure word written → classifier 人 (as wr_yunnan_2025 74万); the "
          "talent pool (a stock): " + STOCK_NOTE)
fact("高技能人才占比超过30%", "30%", value=30, unit="%", kind="share", bound="gt",
     metric="高技能人才占比",
     metric_alts=["高技能人才占技能人才比重", "高技能人才占技能人才比例", "高技能人才比重",
                  "高技能人才占比重"], **STOCK,
     note="超过 → gt; share of a stock (the skilled workforce): " + STOCK_NOTE)

# ---- line 3 (source 18): （四） investment, consumption, housing --------------------------------
g.neg("（四）抓投资", "（四）", MARKER_NOTE)
g.neg("开启“四环时代”", "四环", LABEL_NOTE + " (“四环时代” 'the era of the fourth ring "
      "(expressway)'), a slogan, not a count or rank")
SUB = dict(subject="张家坝500千伏变电站增容工程",
           subject_alts=["张家坝500千伏变电站", "张家坝变电站", "张家坝变电站增容工程", PLACE]
           + CQ_ALTS)
fact("张家坝500千伏变电站", "500千伏", value=500, unit="千伏", kind="amount",
     metric="电压等级", metric_alts=["电压", "变电站电压等级", "变电站电压"], **SUB,
     modality="target", period=None, period_alts=[Y24],
     note="judgement call: technical magnitude in the project's name (SPEC §1; as the "
          "1000千伏 of the 川渝特高压 line in wr_chongqing_2025): the voltage class; 千伏 has "
          "no canonical unit → kept as written; the project only started construction "
          "(开工建设) → target while being built, no horizon stated → period null, the review "
          "year as alt (as the 千亿方 base in wr_chongqing_2025); the existing substation's "
          "class (actual) is the alternative reading")
g.neg("超额完成年度投资计划", "年度", PERIOD_NOTE + " (年度 = 2024, the period text of "
      "this excerpt's section frame)")
INV = "分别: 水利投资 ↔ 39.8%, 能源投资 ↔ 33.7%; 投资 shared"
fact("投资分别增长39.8%", "39.8%", value=39.8, unit="%", kind="growth", metric="水利投资",
     metric_alts=["水利", "水利建设投资"], comparison="yoy", **FLOW, note=INV)
fact("39.8%、33.7%", "33.7%", value=33.7, unit="%", kind="growth", metric="能源投资",
     metric_alts=["能源", "能源项目投资"], comparison="yoy", **FLOW, note=INV)
g.neg("抢抓“两重”", "两重", LABEL_NOTE + " (“两重”)")
g.neg("“两新”政策", "两新", LABEL_NOTE + " (“两新”)")
fact("技改项目1825个", "1825个", value=1825, unit="count", kind="count", classifier="个",
     metric="技改项目",
     metric_alts=["实施技改项目", "组织实施技改项目", "技术改造项目", "技改项目数量"], **FLOW)
fact("更新设备1.2万台", "1.2万台", value=12000, unit="count", kind="count", classifier="台",
     metric="更新设备", metric_alts=["设备更新", "设备", "更新设备数量"], **FLOW)
fact("技改投资增长24%", "24%", value=24, unit="%", kind="growth", metric="工业技改投资",
     metric_alts=["技改投资", "工业技术改造投资"], comparison="yoy", **FLOW)
g.neg("首单产业园区", "首单", FIRST_NOTE)
g.neg("首发经济", "首发", LABEL_NOTE + " (首发经济 'debut economy'), not a rank or count")
g.neg("成渝双城消费节", "双城", NAME_NOTE.format("成渝双城消费节, an event name"))
g.neg("川渝好物进双城", "双城", NAME_NOTE.format("川渝好物进双城, an event name"))
fact("消费集聚区15个", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="国家级夜间文旅消费集聚区",
     metric_alts=["夜间文旅消费集聚区", "累计创建国家级夜间文旅消费集聚区",
                  "国家级夜间文旅消费集聚区数量"], **STOCK, note="累计创建 → " + STOCK_NOTE)
fact("等20余个城市消费新地标", "20余个", value=20, unit="count", kind="count",
     classifier="个", bound="gt", metric="城市消费新地标",
     metric_alts=["新建成城市消费新地标", "消费新地标", "城市消费新地标数量"], **FLOW,
     note="余 inside the span → gt; opened (新建成) in 2024")
g.neg("磁器口、十八梯", "十八梯", NAME_NOTE.format("十八梯, a historic street of Chongqing"))
g.neg("半岛小渡", "半岛", NAME_NOTE.format("半岛小渡, a place name"))
fact("等100个特色消费场景", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="特色消费场景",
     metric_alts=["升级完成特色消费场景", "消费场景", "特色消费场景数量"], **FLOW,
     note="upgrades completed in 2024")
g.neg("“渝味360碗”", "360碗", NAME_NOTE.format("the food brand “渝味360碗”"))
BRAND = ("累计 reaches both items (引进…超2000个、培育…31个) → " + STOCK_NOTE
         + " (judgement call for 31个: the year's additions are the alternative reading)")
fact("国内外品牌超2000个", "2000个", value=2000, unit="count", kind="count",
     classifier="个", bound="gt", metric="国内外品牌",
     metric_alts=["引进国内外品牌", "累计引进国内外品牌", "品牌", "国内外品牌数量"], **STOCK,
     note="超 → gt; " + BRAND)
fact("中华老字号31个", "31个", value=31, unit="count", kind="count", classifier="个",
     metric="中华老字号",
     metric_alts=["培育中华老字号", "累计培育中华老字号", "老字号", "中华老字号数量"], **STOCK,
     note=BRAND)
EC = "打造 distributes over the list (国家级电商示范 shared); titles awarded in 2024"
fact("电商示范企业4家", "4家", value=4, unit="count", kind="count", classifier="家",
     metric="国家级电商示范企业",
     metric_alts=["电商示范企业", "国家级电子商务示范企业", "国家级电商示范企业数量"], **FLOW,
     note=EC)
fact("示范园区5个", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="国家级电商示范园区",
     metric_alts=["示范园区", "电商示范园区", "国家级电子商务示范基地",
                  "国家级电商示范园区数量"], **FLOW, note=EC + "; head restored")
fact("网上零售额增长16.4%", "16.4%", value=16.4, unit="%", kind="growth",
     metric="实物商品网上零售额", metric_alts=["网上零售额", "实物商品网上零售"],
     comparison="yoy", **FLOW)
WR = "分别: 批发销售额 ↔ 12.9%, 零售销售额 ↔ 8.4%; 销售额 shared"
fact("销售额分别增长12.9%", "12.9%", value=12.9, unit="%", kind="growth",
     metric="批发销售额", metric_alts=["批发业销售额", "批发"], comparison="yoy", **FLOW,
     note=WR)
fact("12.9%、8.4%", "8.4%", value=8.4, unit="%", kind="growth", metric="零售销售额",
     metric_alts=["零售业销售额", "零售"], comparison="yoy", **FLOW, note=WR)
AC = "分别: 住宿营业额 ↔ 6.1%, 餐饮营业额 ↔ 8.6%; 营业额 shared"
fact("营业额分别增长6.1%", "6.1%", value=6.1, unit="%", kind="growth",
     metric="住宿营业额", metric_alts=["住宿业营业额", "住宿"], comparison="yoy", **FLOW,
     note=AC)
fact("6.1%、8.6%", "8.6%", value=8.6, unit="%", kind="growth", metric="餐饮营业额",
     metric_alts=["餐饮业营业额", "餐饮", "餐饮收入"], comparison="yoy", **FLOW, note=AC)
fact("游客总花费增长16.7%", "16.7%", value=16.7, unit="%", kind="growth",
     metric="国内游客总花费",
     metric_alts=["国内游客花费", "国内旅游总花费", "国内旅游收入", "游客总花费"],
     comparison="yoy", **FLOW)
fact("入境游客人次翻了一番多", "翻了一番多", value=2, unit="times", kind="ratio",
     bound="gt", metric="入境游客人次",
     metric_alts=["入境游客", "入境游客人数", "接待入境游客", "入境游客人次增长倍数"], **FLOW,
     note="翻了一番多 'more than doubled' → the 2024 level is more than 2 times that of 2023: "
          "a multiple, ratio 2 times, 多 → gt, comparison null (as 翻一番 in "
          "nw_cctv_20160918_heilongjiang_2016); the span keeps 翻 (翻N番 is one lexicalized "
          "multiple; 了 sits inside it) and 多 (as 1倍多 in wr_chongqing_2025). Known false "
          "alarm: the shared check_gold.py reads 一番 as 1")
g.neg("“三个一批”政策", "三个一批", LABEL_NOTE + " (“三个一批” policy package)")
g.neg("“三大工程”", "三大", "set label N大 (“三大工程”: 保障性住房, 城中村改造, “平急两用” "
      "public facilities), not a count claim")
fact("开工建设7000套", "7000套", value=7000, unit="count", kind="count", classifier="套",
     metric="配售型保障性住房",
     metric_alts=["开工建设配售型保障性住房", "保障性住房", "配售型保障性住房开工",
                  "配售型保障性住房数量"], **FLOW, note="construction started in 2024 → actual")
fact("累计筹建29万套", "29万套", value=290000, unit="count", kind="count", classifier="套",
     metric="保障性租赁住房",
     metric_alts=["累计筹建保障性租赁住房", "筹建保障性租赁住房", "保障性租赁住房数量"],
     **STOCK, note="累计筹建 → " + STOCK_NOTE)
fact("82个城中村改造项目", "82个", value=82, unit="count", kind="count", classifier="个",
     metric="城中村改造项目", metric_alts=["城中村改造", "城中村改造项目数量"], **FLOW,
     note="projects under way (加力实施) in 2024")
g.neg("“平急两用”项目", "平急两用", LABEL_NOTE + " (“平急两用” 'for normal and emergency "
      "use', a class of public facilities)")
fact("113个“平急两用”", "113个", value=113, unit="count", kind="count", classifier="个",
     metric="“平急两用”项目",
     metric_alts=["平急两用项目", "“平急两用”公共基础设施项目", "“平急两用”项目数量"], **FLOW,
     note="projects under way (有序推进) in 2024; the label has its own negative")
fact("项目907万平方米", "907万平方米", value=907e4, unit="m2", kind="amount",
     metric="处置“久供未建”项目",
     metric_alts=["“久供未建”项目", "久供未建项目", "处置久供未建项目",
                  "处置“久供未建”项目面积", "“久供未建”项目处置面积"], **FLOW,
     note="area of the idle-land projects dealt with in 2024")
fact("“久建未完”项目25个", "25个", value=25, unit="count", kind="count", classifier="个",
     metric="“久建未完”项目",
     metric_alts=["久建未完项目", "处置“久建未完”项目", "处置久建未完项目",
                  "“久建未完”项目数量"], **FLOW, note="处置 distributes over the list")
fact("保交房进度达到96%", "96%", value=96, unit="%", kind="share", metric="保交房进度",
     metric_alts=["保交房交付进度", "保交房交付率", "保交房"], **STOCK,
     note="达到 → eq; cumulative progress of the delivery task = share of a stock (as "
          "wr_henan_2025 交付率): " + STOCK_NOTE)

NOTES = (
    "Excerpt: lines 16-18 of shared/texts/work_report/wr_chongqing_2025.txt (2,466 characters "
    "with the final newline), sliced by code: review items （二） (manufacturing clusters, "
    "producer services, software, computing, digital factories), （三） (education, science, "
    "talent) and （四） (investment, consumption, housing) in full, each from its heading. "
    "Lines 7-15 are annotated in wr_chongqing_2025 (no overlap). The other dense run, lines "
    "20-22 (2,457), names the review year nowhere; lines 16-18 name it 年度 (source line 18). "
    "Title, source line and dateline are outside the excerpt (title_in_text=False; title as "
    "the source's first line). Date: 2025-01-19, the delivery date in the header (source "
    "line 3: ——2025年1月19日在重庆市第六届人民代表大会第三次会议上); the corpus meta agrees. "
    "Place: 重庆市 (重庆, 全市, 我市 → alts); owners of their own numbers: 国家检验检测高技术"
    "服务业集聚区 (18家), the 张家坝500千伏变电站增容工程 (500千伏); 软件和信息服务业 keeps the "
    "city as subject (sector alt). Periods: no line states a period before its numbers, so "
    "every fact takes the review year 2024 as section frame (SPEC §4) with the excerpt's own "
    "name of it, 年度, as period text and null as alt (as wr_qinghai_2025). Stocks (累计 "
    "31家/1096个/183个/15个/2000个/31个/29万套, 增至 11家 and 8837/69820/310家, 达到 69个, "
    "总规模 6000P, A级以上物流企业 and 工业设计服务类企业 totals, 人才资源总量, coverage and "
    "share-of-stock rates 80%/75%/30%/96%, ESI subject counts) → instant 2024-12-31 with the "
    "year and null as alts; levels held in the year (14个 产教联合体, 88% 匹配度, 43.8万人 "
    "从业人员) → the year, year-end as alt. Modality: actual, except 预计 (软件和信息服务业主营"
    "业务收入 4200亿元 → forecast) and the 500千伏 of a substation project that only started "
    "construction (target, period null, the year as alt). Units: 2000P / 6000P kept as P; "
    "500千伏 kept as 千伏; 907万平方米 → m2; 650万 without a measure word → classifier 人; "
    "增长6.2倍 → ratio 6.2; 翻了一番多 → ratio 2 gt. Judgement calls: 预计 read as reaching "
    "only the revenue, not 从业人员 43.8万人; 累计 read as reaching 中华老字号31个; 500千伏 as a "
    "target in a project's name; ESI bands 前1% / 前1‰ / 前1‱ as thresholds of the counted "
    "subjects (negatives); 翻了一番多 span keeps 翻 and 了. Negatives: （二）（三）（四）, 33618, "
    "零部件, 一代 (新一代), 一站式, 首位 (首位战略), 416, 四新, 首所, 前1%, 前1‰, 前1‱, 两江, 一带一路 ×2, "
    "百万人才兴重庆, 四环, 年度, 两重, 两新, 首单, 首发 (首发经济), 双城 ×2, 十八梯, 半岛, "
    "360碗, 三个一批, 三大, 平急两用. Lexicalized, not listed: 半导体, 进一步, 一体化, 零售, "
    "单位.")

g.write(date=REF, source=f"shared/texts/work_report/wr_chongqing_2025.txt lines {FIRST}–{LAST} "
        "(来源：重庆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
