"""Gold annotations for wr_gansu_2025_d (2025年甘肃省政府工作报告, fourth excerpt: the 2025 tasks
二 (industry) and 三 (urban-rural), with the heading of 四), lines 31-39 of
shared/texts/work_report/wr_gansu_2025.txt.

The excerpt corpora/wr_gansu_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the four paragraphs
of task 二是大力推进新型工业化 (强化科技创新引领, 加快传统产业改造, 做大做强新兴产业, 提升园区
发展能级; its heading is source line 30, outside the excerpt), task 三是统筹新型城镇化和乡村振兴
in full (heading, 加快乡村全面振兴, 深化区域协调发展, 提升新型城镇化水平) and the heading of
task 四是完善大保护大治理格局.  All of it lies in part 三、2025年重点工作 (heading on source
line 26, outside the excerpt): the plan for 2025.  Lines 10-13, 15-18 and 51-60 are
annotated in wr_gansu_2025 / _b / _c (no overlap).  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_gansu_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_gansu_2025_d"
PLACE = "甘肃省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_gansu_2025.txt"
FIRST, LAST = 31, 39                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年甘肃省政府工作报告"       # line 1 of the source, outside the excerpt
GS_ALTS = ["甘肃", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="强化科技创新引领。", ends="坚决筑牢国家西部生态安全屏障")
text = g.text
fact = g.with_subject(PLACE, GS_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
CLASS_NOTE = ("class label {} naming the kind of chain/cluster to be built, no count or "
              "amount attached (as 千亿级 in wr_gansu_2025_c)")
THRESH_NOTE = ("threshold defining a class of {} (SPEC §2: 超千亿元的开发区), part of a metric or "
               "a class name, not a fact of its own")
PLAN3_NOTE = "name of a three-year plan (三年行动计划), not a duration fact (as wr_gansu_2025_c)"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年重点工作 (heading on source line 26, outside the
# excerpt): the plan for 2025 → modality target.  No line of the excerpt states a period of
# its own, so every number takes the section frame 2025-01-01..2025-12-31 (SPEC §4), period
# text 2025年 (the heading's; the excerpt has no word of its own for the year), with the null
# reading in period_alts (as wr_gansu_2025_c / wr_guizhou_2025_c):
#   - flows of the year (研发经费, 技术合同成交额, 煤炭/原油产量, 全产业链产值) and ratios of flows
#     → the year (PLAN);
#   - things to be built, added or certified (建设15个, 新培育N户, 新建8000个, 打造N个, 获批1—2个,
#     capacities of projects to be started or completed) → the year, null and the end instant as
#     alts (PLAN_SET, as wr_guangdong_2025_c / wr_guizhou_2025_c);
#   - levels to be reached (达到 N 家 of a register, 新能源并网装机突破, 算力规模突破, 城镇化率达到,
#     “百亿县”达到一半以上) → the instant 2025-12-31, the year and null as alts (PLAN_END);
#   - sets that already exist (优化3家国家大学科技园, the 8 named clusters, the 14 市州 and 86
#     counties) → actual, the instant at the reference date, alts the end of 2024, the year
#     and null (EXIST, as wr_gansu_2025_c).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
EXIST = dict(period=P("2025年", REF, REF),
             period_alts=[P("2025年", "2024-12-31", "2024-12-31"), S25, S25_NULL],
             modality="actual")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "三、2025年重点工作 (source line 26), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"
END_NOTE = ("level to be reached by the end of 2025 → target, the instant 2025-12-31 (stock "
            "rule), the year and null as alts")
EXIST_NOTE = ("an existing set (the count describes what is there now) → actual, the instant "
              "at the reference date, alts the end of 2024, the year and null (as "
              "wr_gansu_2025_c EXIST)")

# ==== line 1 (source 31): 强化科技创新引领 ========================================================
RD = ["研发经费", "全省研发经费", "研发经费投入", "研究与试验发展经费", "R&D经费", "研发投入",
      "全社会研发经费"]
fact("力争全省研发经费达到180亿元", "180亿元", value=180e8, unit="CNY", kind="amount",
     metric="研发经费", metric_alts=RD[1:], **PLAN,
     note="力争 → target; 达到 → eq; R&D spending of the year (a flow); " + PLAN_NOTE)
fact("比重达到1.5%", "1.5%", value=1.5, unit="%", kind="share",
     metric="财政科技支出占一般公共预算支出比重",
     metric_alts=["财政科技支出占比", "财政科技支出比重", "科技支出占一般公共预算支出比重",
                  "财政科技支出占一般公共预算支出的比重"], **PLAN,
     note="力争 governs both clauses; a ratio of two flows of the year → the year; " + PLAN_NOTE)
g.neg("增强兰白两区", "两区", LABEL_NOTE + " (兰白两区: the 兰白科技创新改革试验区 and the "
      "兰白国家自主创新示范区, a name), not a count claim — judgement call")
g.neg("创建一批国家技术创新中心", "一批", VAGUE_NOTE)
fact("建设15个通用化试验", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="通用化试验验证和中试平台",
     metric_alts=new("通用化试验验证和中试平台", "建设通用化试验验证和中试平台", "中试平台",
                     "试验验证和中试平台"), **PLAN_SET, note=SET_NOTE)
fact("技术合同成交额达到525亿元", "525亿元", value=525e8, unit="CNY", kind="amount",
     metric="技术合同成交额", metric_alts=["技术合同成交金额", "技术合同交易额", "技术交易额"],
     **PLAN, note="达到 → eq; turnover of the year (a flow); " + PLAN_NOTE)
g.neg("省级单项冠军企业", "单项", "单项 in the title 单项冠军 ('single-product champion'), a "
      "label, not a quantity (as wr_gansu_2025)")
CERT_NOTE = ("以上 → ge (outside the span); 新培育 'newly foster' distributes over the list: "
             "firms to be certified in 2025, 增量 alts (README §3); " + SET_NOTE)
fact("单项冠军企业15户以上", "15户", value=15, unit="count", kind="count", classifier="户",
     bound="ge", metric="省级单项冠军企业",
     metric_alts=new("省级单项冠军企业", "新培育省级单项冠军企业", "单项冠军企业",
                     "省级制造业单项冠军企业"), **PLAN_SET, note=CERT_NOTE)
fact("中小企业100户以上", "100户", value=100, unit="count", kind="count", classifier="户",
     bound="ge", metric="省级专精特新中小企业",
     metric_alts=new("省级专精特新中小企业", "新培育省级专精特新中小企业", "专精特新中小企业"),
     **PLAN_SET, note=CERT_NOTE)
fact("创新型企业500户以上", "500户", value=500, unit="count", kind="count", classifier="户",
     bound="ge", metric="创新型企业",
     metric_alts=new("创新型企业", "新培育创新型企业"), **PLAN_SET, note=CERT_NOTE)
REG_NOTE = "达到 N 家 of a register of certified firms (the total, as 达到2463家 in wr_gansu_2025): "
fact("高新技术企业达到2600家", "2600家", value=2600, unit="count", kind="count",
     classifier="家", metric="高新技术企业",
     metric_alts=["高新技术企业数量", "高新技术企业总数", "国家高新技术企业"], **PLAN_END,
     note=REG_NOTE + END_NOTE)
fact("省级科技创新型企业达到1800家", "1800家", value=1800, unit="count", kind="count",
     classifier="家", metric="省级科技创新型企业",
     metric_alts=["省级科技创新型企业数量", "科技创新型企业", "省级科技创新型企业总数"],
     **PLAN_END, note=REG_NOTE + END_NOTE)
fact("科技型中小企业达到4500家", "4500家", value=4500, unit="count", kind="count",
     classifier="家", metric="科技型中小企业",
     metric_alts=["科技型中小企业数量", "科技型中小企业总数", "入库科技型中小企业"], **PLAN_END,
     note=REG_NOTE + END_NOTE)
fact("优化3家国家大学科技园", "3家", value=3, unit="count", kind="count", classifier="家",
     metric="国家大学科技园",
     metric_alts=["优化国家大学科技园", "国家大学科技园数量", "大学科技园"], **EXIST,
     note="judgement call: the parks to be improved (优化) already exist, so the count is the "
          "size of an existing set (as 金昌、白银、庆阳3个 in wr_gansu_2025_c); " + EXIST_NOTE
          + "; target is the alternative reading")
fact("建强30家高校产业研究院", "30家", value=30, unit="count", kind="count", classifier="家",
     metric="高校产业研究院",
     metric_alts=new("高校产业研究院", "建强高校产业研究院", "产业研究院"), **PLAN_SET,
     note="建强 'build and strengthen' → institutes to be built up in 2025 (target); " + SET_NOTE)
g.neg("谋划一批示范工程", "一批", VAGUE_NOTE)

# ==== line 2 (source 32): 加快传统产业改造 ========================================================
g.neg("实施“三化”改造项目", "三化", LABEL_NOTE + " (“三化”改造: 高端化、智能化、绿色化, as "
      "wr_gansu_2025)")
fact("“三化”改造项目300个", "300个", value=300, unit="count", kind="count", classifier="个",
     metric="“三化”改造项目",
     metric_alts=["三化改造项目", "实施“三化”改造项目", "实施三化改造项目", "改造项目",
                  "“三化”改造项目数量"], **PLAN,
     note="projects to be carried out in 2025 (as 310个 of 2024 in wr_gansu_2025); "
          + PLAN_NOTE)
fact("兰州石化120万吨乙烯", "120万吨", value=1.2e6, unit="t", kind="amount",
     metric="乙烯改造项目产能",
     metric_alts=["乙烯改造项目年产能", "乙烯产能", "乙烯年产能", "乙烯改造项目",
                  "兰州石化乙烯改造项目产能", "乙烯改造产能"],
     subject="兰州石化", subject_alts=["兰州石化公司", "中国石油兰州石化公司", PLACE] + GS_ALTS,
     **PLAN_SET,
     note="a capacity written into a project's name (SPEC §1: the project's capacity, target "
          "while it is still to be built; 开工建设 in 2025); X产能 with the 年产能 alt (README "
          "§3); the company owns the project; " + SET_NOTE)
g.neg("镍钴铜铝加工千亿级", "千亿级", CLASS_NOTE.format("千亿级"))
g.neg("深化新一轮找矿", "一轮", "新一轮 'a new round', not a count (as wr_yunnan_2025)")
fact("煤炭产量超7000万吨", "7000万吨", value=7e7, unit="t", kind="amount", bound="gt",
     metric="煤炭产量", metric_alts=["原煤产量", "煤炭", "全省煤炭产量"], **PLAN,
     note="超 → gt (outside the span); output of the year; " + PLAN_NOTE)
fact("原油产量达1250万吨", "1250万吨", value=1.25e7, unit="t", kind="amount", bound="ge",
     metric="原油产量", metric_alts=["原油", "全省原油产量"], **PLAN,
     note="以上 → ge (outside the span; 达 is the verb); output of the year; " + PLAN_NOTE)

# ==== line 3 (source 33): 做大做强新兴产业 ========================================================
NEWPOWER = ["新能源装机", "新能源并网装机容量", "新能源装机规模", "新能源并网装机规模",
            "新能源并网", "新能源装机容量"]
fact("并网装机突破8000万千瓦", "8000万千瓦", value=8e10, unit="W", kind="amount", bound="gt",
     metric="新能源并网装机", metric_alts=NEWPOWER, **PLAN_END,
     note="力争 → target; 突破 → gt (outside the span); 8000万千瓦 = 8e10 W; installed capacity "
          "(a stock): " + END_NOTE)
fact("建成常乐电厂扩建等540万千瓦", "540万千瓦", value=5.4e9, unit="W", kind="amount",
     metric="内用煤电项目装机",
     metric_alts=["内用煤电项目装机容量", "内用煤电项目", "煤电项目装机", "内用煤电装机",
                  "常乐电厂扩建等内用煤电项目装机", "建成内用煤电项目装机", "内用煤电项目规模"],
     subject_alts=GS_ALTS + ["常乐电厂"], **PLAN_SET,
     note="the capacity of the coal-power projects (常乐电厂扩建 and others) to be completed in "
          "2025 (建成); 540万千瓦 = 5.4e9 W; " + SET_NOTE)
COMP = ["算力", "算力总规模", "庆阳数据中心集群算力规模", "全省算力规模"]
fact("算力规模突破10万P", "10万P", value=1e5, unit="P", kind="amount", bound="gt",
     metric="算力规模", metric_alts=COMP,
     subject_alts=GS_ALTS + ["庆阳数据中心集群", "庆阳", "庆阳市"], **PLAN_END,
     note="力争 → target; 突破 → gt; P (PFlops) kept as the surface unit (SPEC §3, as 5.1万P "
          "in wr_gansu_2025); 10万 = 1e5; judgement call on the owner: the province (the "
          "sentence opens with the national hub node 甘肃 builds), the 庆阳 cluster (owner of "
          "the 2024 figure) as alt; computing capacity (a stock): " + END_NOTE)
g.neg("新建5G基站", "5G", "technology name 5G (fifth generation), not a quantity")
fact("新建5G基站8000个", "8000个", value=8000, unit="count", kind="count", classifier="个",
     metric="5G基站", metric_alts=new("5G基站", "新建5G基站", "基站"), **PLAN_SET,
     note="新建 N: base stations to be built in 2025, 增量 alts (README §3); " + SET_NOTE)
fact("全产业链规模突破1000亿元", "1000亿元", value=1000e8, unit="CNY", kind="amount",
     bound="gt", metric="中医药全产业链规模",
     metric_alts=["中医药全产业链产值", "中医药产业链规模", "中医药全产业链", "中医药产业规模",
                  "中医药全产业链总产值"], **PLAN,
     note="突破 → gt; the chain's output of the year (a flow); " + PLAN_NOTE)

# ==== line 4 (source 34): 提升园区发展能级 ========================================================
g.neg("试点建设零碳园区", "零碳", "label 零碳 'zero-carbon' (README §2), not a quantity")
CLUSTER_NOTE = "以上 → ge (outside the span); clusters to be built up in 2025 (打造); " + SET_NOTE
fact("打造3个以上省级", "3个", value=3, unit="count", kind="count", classifier="个",
     bound="ge", metric="省级先进制造业集群",
     metric_alts=new("省级先进制造业集群", "打造省级先进制造业集群", "先进制造业集群"),
     **PLAN_SET, note=CLUSTER_NOTE)
fact("30个以上省级中小企业", "30个", value=30, unit="count", kind="count", classifier="个",
     bound="ge", metric="省级中小企业特色产业集群",
     metric_alts=new("省级中小企业特色产业集群", "打造省级中小企业特色产业集群",
                     "中小企业特色产业集群", "特色产业集群"), **PLAN_SET, note=CLUSTER_NOTE)

# ==== line 5 (source 35): heading 三是 ============================================================
g.neg("三是统筹新型城镇化", "三是", MARKER_NOTE)

# ==== line 6 (source 36): 加快乡村全面振兴 ========================================================
g.neg("培育一批产值超500亿", "一批", VAGUE_NOTE)
g.neg("产值超500亿、1000亿", "500亿", THRESH_NOTE.format("clusters (产值超500亿…优势特色产业"
      "集群); no count is attached (一批)"))
g.neg("500亿、1000亿优势", "1000亿", THRESH_NOTE.format("clusters (产值超…1000亿优势特色产业"
      "集群)"))
fact("争取获批1—2个", "1—2个", value=1, upper=2, unit="count", kind="count", classifier="个",
     metric="国家级现代农业产业园",
     metric_alts=new("国家级现代农业产业园", "获批国家级现代农业产业园", "现代农业产业园"),
     **PLAN_SET,
     note="a range (SPEC §2 upper): value 1, upper 2, one span (as 1—2个 in other golds); "
          "争取 → target; " + SET_NOTE)
fact("“牛羊菜果薯药粮种”8个", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="产业集群",
     metric_alts=["“牛羊菜果薯药粮种”产业集群", "牛羊菜果薯药粮种产业集群", "产业集群数量",
                  "优势特色产业集群"], **EXIST,
     note="judgement call: the number of the named clusters (牛、羊、菜、果、薯、药、粮、种), a "
          "count as 金昌、白银、庆阳3个城市 in wr_gansu_2025_c (the appositive reading, a "
          "negative, is the alternative); " + EXIST_NOTE)
fact("全产业链产值突破6100亿元", "6100亿元", value=6100e8, unit="CNY", kind="amount",
     bound="gt", metric="“牛羊菜果薯药粮种”8个产业集群全产业链产值",
     metric_alts=["全产业链产值", "产业集群全产业链产值", "“牛羊菜果薯药粮种”产业集群全产业链产值",
                  "牛羊菜果薯药粮种产业集群全产业链产值", "8个产业集群全产业链产值",
                  "优势特色产业集群全产业链产值", "产业链产值"], **PLAN,
     note="突破 → gt (outside the span); output of the year (a flow); " + PLAN_NOTE)
g.neg("实施新一轮粮食", "一轮", "新一轮 'a new round', not a count")
g.neg("兰州百合", "百合", "plant name 百合 'lily' (兰州百合, a local variety), not a quantity")
g.neg("“一键报贫”机制", "一键", "一键 'one-click' in the name “一键报贫” (README §2 一键启动), not a "
      "quantity")
g.neg("“万企兴万村”行动", "万企兴万村", LABEL_NOTE + " (campaign name “万企兴万村” 'ten thousand "
      "firms revitalise ten thousand villages', as 万名干部进万企 in wr_yunnan_2025)")
g.neg("“千万工程”经验", "千万工程", LABEL_NOTE + " (“千万工程”: 浙江's 千村示范、万村整治 "
      "programme, as nw_cctv_20240422_west_2024)")
fact("打造100个左右", "100个", value=100, unit="count", kind="count", classifier="个",
     bound="approx", metric="省级“和美乡村”",
     metric_alts=new("省级“和美乡村”", "省级和美乡村", "“和美乡村”", "和美乡村",
                     "打造省级“和美乡村”"), **PLAN_SET,
     note="左右 → approx (outside the span); villages to be built up in 2025; " + SET_NOTE)

# ==== line 7 (source 37): 深化区域协调发展 ========================================================
g.neg("“一核三带多节点”", "一核三带多节点", LABEL_NOTE + " (“一核三带多节点” regional layout: one "
      "core, three belts, many nodes), not a count claim")
g.neg("推进酒嘉双城经济圈", "双城", LABEL_NOTE + " (酒嘉双城经济圈, a name; as 成渝地区双城经济圈 in "
      "doc002)")
g.neg("培育一批农业强县", "一批", VAGUE_NOTE)
g.neg("力争“百亿县”", "百亿", THRESH_NOTE.format("counties (百亿县: counties with an output of "
      "10 billion yuan or more, as wr_gansu_2025)"))
fact("达到一半以上", "一半", value=50, unit="%", kind="share", bound="ge",
     metric="“百亿县”占比",
     metric_alts=["百亿县占比", "“百亿县”占县域比重", "“百亿县”比重", "“百亿县”占全省县域比重",
                  "百亿县占县区比重", "“百亿县”", "百亿县", "“百亿县”占县（市、区）比重"],
     **PLAN_END,
     note="力争 → target; 一半 = 50 %, 以上 → ge (outside the span; as 一半以上 in "
          "nw_cctv_20170225_jjj_2017); the share of counties above the 10-billion threshold "
          "(40 of 86 at the end of 2024, wr_gansu_2025) — a share of a stock: " + END_NOTE
          + ". Known false alarm: the shared check_gold.py reads the span 一半 as 1 (as in "
          "nw_cctv_20160918_heilongjiang_2016)")
METAPHOR_NOTE = ("judgement call: the metaphor (14 prefectures as “动车组” train sets, 86 counties "
                 "as “发动机” engines) counts real units of the province — the 14 市州 and 86 "
                 "counties (县市区) — so a count fact, classifier the metaphor's measure word as "
                 "written; a negative (figure of speech) is the alternative; " + EXIST_NOTE)
fact("14列市州", "14列", value=14, unit="count", kind="count", classifier="列",
     metric="市州", metric_alts=["市州“动车组”", "市州数量", "市（州）", "地级行政区"], **EXIST,
     note=METAPHOR_NOTE)
fact("86台县域", "86台", value=86, unit="count", kind="count", classifier="台",
     metric="县域", metric_alts=["县域“发动机”", "县域数量", "县（市、区）", "县市区", "县"],
     **EXIST, note=METAPHOR_NOTE)
g.neg("千帆竞发", "千帆", "idiom 千帆竞发 'a thousand sails racing', not a quantity")
g.neg("百舸争流", "百舸", "idiom 百舸争流 'a hundred boats contending', not a quantity")

# ==== line 8 (source 38): 提升新型城镇化水平 ======================================================
g.neg("实施“八大行动”", "八大", "set label N大 (“八大行动”, README §2 八大), not a count claim")
fact("城镇化率达到58.1%", "58.1%", value=58.1, unit="%", kind="share",
     metric="常住人口城镇化率", metric_alts=["城镇化率", "常住人口城镇化率水平"], **PLAN_END,
     note="力争 → target; 达到 → eq; the rate of a stock (56.83% at the end of 2024, "
          "wr_gansu_2025): " + END_NOTE)
g.neg("城镇“零门槛”落户", "零门槛", LABEL_NOTE + " (“零门槛” 'zero threshold' settlement "
      "policy, as 零碳 labels in README §2)")
g.neg("城乡融合发展三年行动计划", "三年", PLAN3_NOTE)

# ==== line 9 (source 39): heading 四是 ============================================================
g.neg("四是完善大保护", "四是", MARKER_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_gansu_2025.txt "
    f"({len(text):,} characters with the final newline; the line range as briefed, not moved), "
    "sliced by code: the four paragraphs of task 二是大力推进新型工业化 (科技创新, 传统产业, 新兴产业, "
    "园区; the task heading is source line 30, outside the excerpt), task 三是统筹新型城镇化和乡村"
    "振兴 in full (heading, 乡村振兴, 区域协调, 新型城镇化) and the heading of task 四是. Part of "
    "the report: 三、2025年重点工作 (heading on source line 26), the plan for 2025. Title, "
    "source line and dateline are outside the excerpt (title_in_text=False; title as the "
    "source's first line). Date: 2025-01-20, the delivery date in the report's header (source "
    "line 3: ——2025年1月20日在甘肃省第十四届人民代表大会第三次会议上); the shared meta agrees. "
    "Place: 甘肃省 (甘肃, 全省, 我省 → alts); 兰州石化 owns its 120万吨 ethylene project; the "
    "算力 target keeps the province (the 庆阳 cluster as alt). Periods: no line states a period, "
    "so every number takes the section frame 2025 (period text 2025年, the heading's), null as "
    "alt; flows → the year; things to be built/added/certified → the year with the end instant "
    "as a further alt; levels to be reached (达到 N 家 registers, 并网装机突破, 算力规模突破, "
    "城镇化率, “百亿县”一半以上) → the instant 2025-12-31 with the year and null as alts. "
    "Modality: target throughout, except existing sets (优化3家国家大学科技园, the 8 named "
    "clusters, 14列市州 / 86台县域: actual, the instant at the reference date with the end of "
    "2024, the year and null as alts). Units: 亿元 1e8; 万千瓦 1e7 W; 万吨 1e4 t; 10万P kept as "
    "P; 一半 → 50 %; 1—2个 → range (value 1, upper 2). Judgement calls: 兰白两区 a name "
    "(negative); 优化3家 and 8个 (牛羊菜果薯药粮种) → counts of existing sets (actual); 14列 / "
    "86台 (metaphor of train sets and engines) → counts of the province's 14 市州 and 86 "
    "counties with the metaphor's classifiers; 500亿 / 1000亿 (cluster classes) and 百亿 "
    "(百亿县) → threshold negatives; 120万吨 in the project's name → capacity, target; "
    "新培育/新建/打造/建设 N → counts with 增量 alts (README §3); 原油产量达1250万吨以上 → ge. "
    "Negatives: 两区, 一批 ×4, 单项, 三化, 千亿级, 一轮 ×2, 5G, 零碳, 三是, 500亿, 1000亿, 一键, "
    "万企兴万村, 千万工程, 一核三带多节点, 双城, 百亿, 千帆, 百舸, 八大, 零门槛, 三年, 四是, 百合 (兰州百合). "
    "Lexicalized, not listed: 一体化 (炼化/源网荷储/风光氢氨醇/全国一体化算力网络/兰白一体化). Known false alarm of the shared check_gold.py: it reads 一半 as 1; the "
    "period text 2025年 is the heading's (outside the excerpt, as wr_beijing_2025_d / "
    "wr_hebei_2025_c; period text is not scored).")

g.write(date=REF, source=f"shared/texts/work_report/wr_gansu_2025.txt lines {FIRST}–{LAST} "
        "(三、2025年重点工作, tasks 二 (paragraphs) to 四 (heading); 来源：甘肃日报)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
