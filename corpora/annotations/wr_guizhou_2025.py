"""Gold annotations for wr_guizhou_2025 (2025年贵州省政府工作报告), lines 10-12 of
shared/texts/work_report/wr_guizhou_2025.txt.

The excerpt corpora/wr_guizhou_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the line 过去一年，面对多重矛盾叠加…迈上新台阶。 and
review items （一） (major projects and the modern industrial system: mining, energy, new-
energy batteries and vehicles, digital economy, liquor, aviation, textiles, county economy,
development zones) and （二） (investment and consumption: 两重 projects, infrastructure,
housing, 两新, retail, tourism) in full.  The 2025 主要预期目标 (source line 24) cannot be
joined to the review's numbers in a contiguous run of 2,000-2,500 characters: the last
review item with numbers, （七） (line 17, 1,342 characters), and lines 17-24 together make
2,712 characters, and the run 18-26 without any number of 2024 makes only 1,492.  So the
excerpt is the densest run of numbers of the review (lines 10-12: 2,208 characters and
~60 numerals, against 2,372 characters for lines 15-17 and 2,290 for the summary 6-10).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guizhou_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_guizhou_2025"
PLACE = "贵州省"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 10, 12                    # 1-based, inclusive, whole lines
TITLE = "2025年贵州省政府工作报告"
GZ_ALTS = ["贵州", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="过去一年，面对多重矛盾", ends="贵州旅游热度更高、人气更旺。")
text = g.text
fact = g.with_subject(PLACE, GZ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PHASE_NOTE = "phase label of a project (N期), not a quantity"
CAMPAIGN_NOTE = "name of a three-year campaign (三年行动…), not a duration fact"

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The whole excerpt is the review of 2024 (过去一年 = 2024 in a report delivered in January
# 2025).  Line 1 of the excerpt (过去一年，…迈上新台阶。) is its own line, so by the paragraph
# rule it governs nothing, but it names the frame of the detailed review that follows; lines
# 2-3 (（一）, （二）) state no period of their own, so their facts take the review year with
# the period text 过去一年 and the null reading in period_alts (SPEC §4 section frame, as
# wr_shanghai_2025).  Stocks (总里程, 装机容量, 产能 reached, 在建及投运 N 个, 达到 N 家/户 of a
# register) are the instant 2024-12-31 with the literal year and null as alts.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")

# ---- line 1: 过去一年 ----------------------------------------------------------------------
g.neg("过去一年，面对多重", "过去一年", PERIOD_NOTE + " (the review year 2024; its own "
      "line, names the frame of the detailed review)")

# ---- line 2: （一） major projects, modern industrial system ---------------------------------
g.neg("（一）狠抓重大项目", "（一）", MARKER_NOTE)
g.neg("围绕建设“六大产业基地”", "六大", "set label “六大产业基地”")
g.neg("主导产业“一图三清单”", "一图三清单", LABEL_NOTE + " (“一图三清单”: one map, three "
      "lists)")
fact("建成投产260个亿元以上", "260个", value=260, unit="count", kind="count",
     classifier="个", metric="亿元以上产业项目",
     metric_alts=["建成投产亿元以上产业项目", "建成投产的亿元以上产业项目", "产业项目",
                  "建成投产产业项目", "亿元以上产业项目数量"],
     **FLOW, note="threshold 亿元以上 is part of the metric (SPEC §2); projects completed and "
                  "put into production in 2024")
g.neg("260个亿元以上产业项目", "亿元", "threshold (亿元以上) defining the projects counted "
      "in 260个 (SPEC §2), not a fact")
g.neg("全力打造“3533”重点", "3533", LABEL_NOTE + " (the “3533” target of industrial "
      "clusters)")
g.neg("深入实施新一轮找矿", "一轮", "新一轮 'a new round', not a count")
g.neg("探获一批煤", "一批", "quantifier 一批")
fact("增加值增速均超过30%", "30%", value=30, unit="%", kind="growth", bound="gt",
     metric="化工、有色行业增加值",
     metric_alts=["化工行业增加值", "有色行业增加值", "化工、有色行业增加值增速",
                  "化工和有色行业增加值", "化工、有色行业"],
     comparison="yoy", **FLOW,
     note="超过 → gt (outside the span); one quantity mention over two industries (均) → "
          "one fact, each industry as a metric alt")
RAW = ["原煤产量", "原煤", "调度原煤"]
fact("调度原煤产量1.68亿吨", "1.68亿吨", value=1.68e8, unit="t", kind="amount",
     metric="调度原煤产量", metric_alts=RAW, **FLOW,
     note="调度 = output reported through the province's dispatch statistics; kept in the "
          "primary metric as written, 原煤产量 as alt")
fact("亿吨、增长9.8%", "9.8%", value=9.8, unit="%", kind="growth", metric="调度原煤产量",
     metric_alts=RAW, comparison="yoy", **FLOW)
g.neg("产量为“十四五”以来", "十四五", "plan label 十四五 (inside the period expression "
      "“十四五”以来; 最高 is no rank number, so no fact)")
g.neg("超超临界2号机组", "2号", "unit number of a generating set (2号机组), a name, not a "
      "quantity")
g.neg("超超临界1号机组", "1号", "unit number of a generating set (1号机组), a name, not a "
      "quantity")
fact("新能源装机477万千瓦", "477万千瓦", value=4.77e9, unit="W", kind="amount",
     metric="新增新能源装机",
     metric_alts=["新能源装机", "新能源装机增量", "新增风电、光伏等新能源装机",
                  "新增新能源装机容量", "新能源装机容量增量", "新能源装机容量"],
     **FLOW, note="477万千瓦 = 4.77e9 W; 新增 of a stock → the indicator phrase kept whole, "
                  "增量 reading in alts (as wr_china_2010 新增发电装机)")
fact("电力装机容量突破9200万千瓦", "9200万千瓦", value=9.2e10, unit="W", kind="amount",
     bound="gt", metric="电力装机容量",
     metric_alts=["电力装机", "装机容量", "发电装机容量"], **STOCK,
     note="突破 → gt (outside the span); 9200万千瓦 = 9.2e10 W; installed capacity (a "
          "stock): " + STOCK_NOTE)
POWER = ["发电"]
fact("发电量超过2600亿千瓦时", "2600亿千瓦时", value=2.6e11, unit="kWh", kind="amount",
     bound="gt", metric="发电量", metric_alts=POWER + ["全省发电量"], **FLOW,
     note="超过 → gt; 2600亿千瓦时 = 2.6e11 kWh")
fact("千瓦时、增长8.2%", "8.2%", value=8.2, unit="%", kind="growth", metric="发电量",
     metric_alts=POWER + ["全省发电量"], comparison="yoy", **FLOW)
fact("贵州能源集团收入突破1000亿元", "1000亿元", value=1e11, unit="CNY", kind="amount",
     bound="gt", metric="收入",
     metric_alts=["营业收入", "贵州能源集团收入", "营收"],
     subject="贵州能源集团", subject_alts=["贵州能源", "贵州省"], **FLOW,
     note="突破 → gt; the company owns the number (README §4)")
g.neg("弗迪电池二期项目", "二期", PHASE_NOTE)
fact("新能源电池产能达38GWh", "38GWh", value=3.8e7, unit="kWh", kind="amount",
     metric="新能源电池产能",
     metric_alts=["新能源电池年产能", "电池产能", "新能源电池生产能力"], **STOCK,
     note="GWh = 1e6 kWh → 3.8e7 kWh (as nw_yicai 50GWh); capacity reached (达) after the "
          "plants were completed (建成) → actual, a stock: " + STOCK_NOTE)
g.neg("产销两旺", "两旺", "idiom 产销两旺 'both output and sales thrive', not a quantity")
fact("新能源汽车产量超过10万辆", "10万辆", value=1e5, unit="count", kind="count",
     classifier="辆", bound="gt", metric="新能源汽车产量",
     metric_alts=["新能源汽车", "新能源汽车生产", "全省新能源汽车产量"], **FLOW,
     note="超过 → gt (outside the span)")
fact("重点数据中心48个", "48个", value=48, unit="count", kind="count", classifier="个",
     metric="在建及投运重点数据中心",
     metric_alts=["重点数据中心", "数据中心", "在建及投运数据中心", "重点数据中心数量",
                  "全省在建及投运重点数据中心"],
     **STOCK, note="centres under construction or in operation (a register): " + STOCK_NOTE)
fact("算力规模超过55Eflops", "55Eflops", value=55, unit="Eflops", kind="amount",
     bound="gt", metric="算力规模", metric_alts=["算力", "算力总规模", "智算规模"], **STOCK,
     note="超过 → gt; Eflops has no canonical unit (SPEC §3: unknown units are kept as "
          "written) → value 55, unit 'Eflops', kind amount; computing capacity (a stock): "
          + STOCK_NOTE)
fact("上云用云企业超过3万家", "3万家", value=3e4, unit="count", kind="count",
     classifier="家", bound="gt", metric="上云用云企业",
     metric_alts=["上云用云企业数量", "上云企业", "上云用云"], **STOCK,
     note="超过 → gt; firms using the cloud (a cumulative register) → " + STOCK_NOTE)
fact("科创城集聚企业1355家", "1355家", value=1355, unit="count", kind="count",
     classifier="家", metric="集聚企业",
     metric_alts=["企业", "入驻企业", "集聚企业数量", "贵阳大数据科创城集聚企业"],
     subject="贵阳大数据科创城",
     subject_alts=["大数据科创城", "贵阳", "贵州省"], **STOCK,
     note="the science city owns the count; firms clustered there (a stock): " + STOCK_NOTE)
fact("服务业收入突破1000亿元", "1000亿元", value=1e11, unit="CNY", kind="amount",
     bound="gt", metric="软件和信息技术服务业收入",
     metric_alts=["软件和信息技术服务业业务收入", "软件和信息技术服务业营业收入",
                  "软件业收入", "软件和信息技术服务业"], **FLOW, note="突破 → gt")
fact("制造业增加值增长25.3%", "25.3%", value=25.3, unit="%", kind="growth",
     metric="电子产品制造业增加值",
     metric_alts=["电子产品制造业", "电子信息制造业增加值"], comparison="yoy", **FLOW)
fact("数字经济增速连续9年", "9年", value=9, unit="year", kind="amount",
     metric="数字经济增速位居全国前列持续时间",
     metric_alts=["数字经济增速连续位居全国前列", "数字经济增速位居全国前列年数",
                  "数字经济增速连续位居全国前列年数", "连续位居全国前列", "数字经济增速"],
     period=Y24, period_alts=[Y24_NULL, P("连续9年", "2016-01-01", "2024-12-31")],
     note="length of the streak 连续9年 (a duration, unit year), as the streaks of "
          "wr_jiangsu_2025 / wr_heilongjiang_2025 — judgement call; the streak ends in the "
          "review year (alt 2016-2024); 位居全国前列 states no rank number, so no rank fact")
g.neg("酱香白酒“三个一批”", "三个一批", LABEL_NOTE + " (“三个一批” rectification: three "
      "batches)")
g.neg("建成投产习酒“十四五”", "十四五", "plan label 十四五 inside a project name (习酒“十四五”"
      "技改一期)")
g.neg("技改一期、董酒", "一期", PHASE_NOTE)
g.neg("董酒扩建一期", "一期", PHASE_NOTE)
fact("新增优质白酒产能5万千升", "5万千升", value=5e4, unit="m3", kind="amount",
     metric="新增优质白酒产能",
     metric_alts=["优质白酒产能", "优质白酒产能增量", "优质白酒年产能", "新增优质白酒年产能",
                  "白酒产能"],
     **FLOW,
     note="千升 = 1 m3 → 5万千升 = 5e4 m3; capacity added by projects completed in 2024 "
          "(建成投产) → actual, a flow of the year; 新增 kept in the primary metric, 增量 as alt")
g.neg("加快安大二期", "二期", PHASE_NOTE)
g.neg("制造产业园二期", "二期", PHASE_NOTE)
g.neg("基础件产业集群一期项目", "一期", PHASE_NOTE)
fact("，10家企业进入", "10家", value=10, unit="count", kind="count", classifier="家",
     metric="进入国产大飞机供应链体系的企业",
     metric_alts=["企业", "国产大飞机供应链企业", "进入国产大飞机供应链体系企业",
                  "国产大飞机供应链体系企业", "进入国产大飞机供应链的企业"],
     **LEVEL,
     note="the predicate (进入国产大飞机供应链体系) defines the counted set → in the metric; "
          "reported as the year's result of the cooperation with 中国商飞 → the year, the "
          "year-end stock reading as alt")
fact("获批建设2个国家", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="国家重大产业备份项目",
     metric_alts=["获批建设国家重大产业备份项目", "重大产业备份项目", "产业备份项目",
                  "国家重大产业备份项目数量"], **FLOW, note="approved in 2024 (获批)")
TEX = ["纺织服装项目", "纺织服装项目数量"]
fact("纺织服装项目24个", "24个", value=24, unit="count", kind="count", classifier="个",
     metric="引进纺织服装项目",
     metric_alts=TEX + ["引进的纺织服装项目", "纺织服装项目引进"], **FLOW)
fact("建成投产17个", "17个", value=17, unit="count", kind="count", classifier="个",
     metric="建成投产纺织服装项目",
     metric_alts=TEX + ["建成投产的纺织服装项目", "纺织服装项目建成投产", "建成投产项目"],
     **FLOW, note="elided head (纺织服装项目) restored in the metric (README §3)")
fact("比重达63%左右", "63%", value=63, unit="%", kind="share", bound="approx",
     metric="县域经济总量占全省经济总量比重",
     metric_alts=["县域经济总量占比", "县域经济占比", "县域经济总量占全省经济总量的比重",
                  "县域经济总量比重", "县域经济总量"],
     **FLOW, note="达 → eq, 左右 → approx (outside the span); a share of the year's output "
                  "(a flow) → the year")
fact("，45个重点开发区", "45个", value=45, unit="count", kind="count", classifier="个",
     metric="重点开发区",
     metric_alts=["重点开发区数量", "开发区"], **STOCK,
     note="judgement call: 45个重点开发区 names the set whose share is measured, but it is "
          "no threshold (SPEC §2) — a count with a measure word, so a fact: the province's "
          "key development zones (a register) → " + STOCK_NOTE + "; reading it as part of the "
          "84% share's metric only (negative) is the alternative")
fact("开发区的比重达84%", "84%", value=84, unit="%", kind="share",
     metric="重点开发区规模以上工业总产值占全省开发区的比重",
     metric_alts=["45个重点开发区规模以上工业总产值占全省开发区的比重",
                  "重点开发区规模以上工业总产值占全省开发区比重",
                  "重点开发区规模以上工业总产值占比", "重点开发区工业总产值占比",
                  "重点开发区规模以上工业总产值占全省开发区规模以上工业总产值的比重"],
     **FLOW, note="达 → eq; share of the year's output (a flow) → the year; the basis (全省"
                  "开发区 = all development zones of the province) stays in the metric")

# ---- line 3: （二） investment and consumption --------------------------------------------
g.neg("（二）抢抓国家", "（二）", MARKER_NOTE)
g.neg("系统谋划“两重”项目", "两重", LABEL_NOTE + " (两重: 国家重大战略实施和重点领域安全"
      "能力建设)")
g.neg("制定2024年、2025年", "2024年", "year in the name of a project list (the lists for "
      "2024, 2025 and the 15th FYP), a date, not a fact")
g.neg("2024年、2025年、", "2025年", "year in the name of a project list, a date, not a fact")
g.neg("“十五五”期间", "十五五", "plan label 十五五")
g.neg("重大项目“三张清单”", "三张清单", LABEL_NOTE + " (“三张清单”, the three project lists "
      "just named)")
g.neg("建立“两重”项目库", "两重", LABEL_NOTE + " (两重)")
fact("项目建设资金增长61%", "61%", value=61, unit="%", kind="growth",
     metric="项目建设资金",
     metric_alts=["争取项目建设资金", "超长期特别国债、中央预算内投资等项目建设资金",
                  "争取超长期特别国债、中央预算内投资等项目建设资金", "争取的项目建设资金",
                  "建设资金"],
     comparison="yoy", **FLOW,
     note="funds obtained (争取) from the central government in 2024, growth against 2023")
g.neg("铜仁至吉首铁路", "吉首", "place name 吉首 (a city in Hunan), not a rank (首 = first)")
g.neg("黄桶至百色", "百色", "place name 百色 (a city in Guangxi), not a quantity")
fact("高速公路总里程突破9000公里", "9000公里", value=9e6, unit="m", kind="amount",
     bound="gt", metric="高速公路总里程",
     metric_alts=["高速公路里程", "高速公路通车里程", "高速公路通车总里程"], **STOCK,
     note="突破 → gt; network length (a stock): " + STOCK_NOTE)
g.neg("轨道交通S1线", "S1", "line name S1 (贵阳轨道交通S1线), not a quantity")
g.neg("及一批中小型水库", "一批", "quantifier 一批")
fact("骨干水源工程100个", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="骨干水源工程",
     metric_alts=["建成骨干水源工程", "骨干水源工程数量", "水源工程"], **FLOW,
     note="completed in 2024 (建成)")
fact("供水管网1.2万公里", "1.2万公里", value=1.2e7, unit="m", kind="amount",
     metric="供水管网",
     metric_alts=["建成供水管网", "供水管网长度", "供水管网里程", "建成供水管网长度"], **FLOW,
     note="verb 建成 distributes over the list; 1.2万公里 = 1.2e7 m")
fact("燃气管道478公里", "478公里", value=4.78e5, unit="m", kind="amount",
     metric="更新改造老旧城镇燃气管道",
     metric_alts=["老旧城镇燃气管道", "老旧城镇燃气管道更新改造", "燃气管道更新改造",
                  "更新改造老旧城镇燃气管道长度", "城镇燃气管道"], **FLOW)
fact("新建天然气管道230公里", "230公里", value=2.3e5, unit="m", kind="amount",
     metric="新建天然气管道",
     metric_alts=["天然气管道", "天然气管道增量", "新建天然气管道长度"], **FLOW)
fact("新增7个开发区", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="实现管道供气的开发区",
     metric_alts=["开发区", "新增实现管道供气的开发区", "管道供气开发区",
                  "实现管道供气的开发区增量", "实现管道供气开发区"], **FLOW,
     note="新增 N: zones newly supplied by pipeline in 2024; the predicate defines the "
          "counted set → in the metric, 增量 as alt (README §3)")
g.neg("建设三年行动计划", "三年", CAMPAIGN_NOTE)
g.neg("“一城一策”", "一城一策", LABEL_NOTE + " (one city, one policy)")
fact("项目交付房屋9.43万套", "9.43万套", value=94300, unit="count", kind="count",
     classifier="套", metric="“保交房”项目交付房屋",
     metric_alts=["保交房项目交付房屋", "交付房屋", "“保交房”交付房屋", "保交房交付房屋",
                  "保交房"], **FLOW,
     note="(房地产开发投资同比持平 before it has no numeral: no line)")
g.neg("存量安置房三年清零", "三年", CAMPAIGN_NOTE)
g.neg("存量安置房三年清零", "清零", "清零 'clear to zero', part of the campaign name "
      "(三年清零攻坚行动), not a quantity")
fact("交付房屋6.11万套", "6.11万套", value=61100, unit="count", kind="count",
     classifier="套", metric="交付房屋",
     metric_alts=["存量安置房交付房屋", "安置房交付房屋", "交付安置房", "存量安置房交付",
                  "安置房交付"], **FLOW,
     note="resettlement housing delivered in 2024 under the campaign just named (its head "
          "存量安置房 as alts)")
g.neg("加力实施“两新”政策", "两新", LABEL_NOTE + " (两新: 大规模设备更新和消费品以旧换新)")
g.neg("争取“两新”领域", "两新", LABEL_NOTE + " (两新)")
BOND = ["超长期特别国债资金", "两新领域超长期特别国债资金", "争取“两新”领域超长期特别国债资金",
        "特别国债资金", "“两新”超长期特别国债资金", "两新超长期特别国债资金"]
fact("特别国债资金63.3亿元", "63.3亿元", value=63.3e8, unit="CNY", kind="amount",
     metric="“两新”领域超长期特别国债资金", metric_alts=BOND, **FLOW,
     note="funds obtained (争取) in 2024; 两新 inside the metric is a label (its own negative)")
g.neg("优化“两新”支持政策", "两新", LABEL_NOTE + " (两新)")
fact("带动消费300亿元", "300亿元", value=300e8, unit="CNY", kind="amount",
     metric="带动消费", metric_alts=["消费", "带动消费额", "拉动消费"], **FLOW,
     note="as wr_heilongjiang_2025 带动消费300亿元")
fact("分别增长47.7%", "47.7%", value=47.7, unit="%", kind="growth",
     metric="限额以上新能源汽车零售额",
     metric_alts=["新能源汽车零售额", "新能源汽车类零售额", "限额以上新能源汽车类零售额",
                  "全省限额以上新能源汽车零售额"],
     comparison="yoy", **FLOW,
     note="分别 in list order: 新能源汽车 47.7%, 家电类 26.1%; head 限额以上…零售额 restored")
fact("47.7%、26.1%", "26.1%", value=26.1, unit="%", kind="growth",
     metric="限额以上家电类零售额",
     metric_alts=["家电类零售额", "家电零售额", "限额以上家电零售额",
                  "全省限额以上家电类零售额"],
     comparison="yoy", **FLOW)
fact("零售总额增长3.7%", "3.7%", value=3.7, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **FLOW)
g.neg("万峰林景区", "万峰林", "place name 万峰林 (a scenic area), not a quantity")
g.neg("国家5A级旅游景区", "5A级", "scenic-area grade label (5A级), not a quantity")
fact("美酒美食街区5条", "5条", value=5, unit="count", kind="count", classifier="条",
     metric="美酒美食街区",
     metric_alts=["打造美酒美食街区", "美酒美食街区数量", "美食街区"], **FLOW,
     note="built (打造) in 2024")
fact("酒旅融合景区达到21家", "21家", value=21, unit="count", kind="count", classifier="家",
     metric="酒旅融合景区",
     metric_alts=["酒旅融合景区数量", "酒旅融合旅游景区"], **STOCK,
     note="达到 = the number reached (a register): " + STOCK_NOTE)
fact("消费集聚区3个", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="国家级夜间文化和旅游消费集聚区",
     metric_alts=["夜间文化和旅游消费集聚区", "创建国家级夜间文化和旅游消费集聚区",
                  "国家级夜间文化和旅游消费集聚区数量", "夜间文旅消费集聚区"], **FLOW,
     note="created (创建) in 2024")
g.neg("“一码游贵州”", "一码游", "platform name “一码游贵州” (one code to tour Guizhou), not "
      "a quantity")
g.neg("新增五星级饭店", "五星级", "hotel grade label (五星级), part of the counted set's "
      "name, not a quantity")
fact("五星级饭店3家", "3家", value=3, unit="count", kind="count", classifier="家",
     metric="五星级饭店",
     metric_alts=["新增五星级饭店", "五星级饭店增量", "五星级酒店", "五星级饭店数量增量"],
     **FLOW, note="新增 N: hotels added in 2024; 增量 alts (README §3)")
fact("品牌连锁酒店100家", "100家", value=100, unit="count", kind="count", classifier="家",
     metric="品牌连锁酒店",
     metric_alts=["新增品牌连锁酒店", "品牌连锁酒店增量", "连锁酒店",
                  "品牌连锁酒店数量增量"],
     **FLOW, note="verb 新增 distributes over the list")
fact("涉旅经营主体达34.53万户", "34.53万户", value=345300, unit="count", kind="count",
     classifier="户", metric="涉旅经营主体",
     metric_alts=["涉旅经营主体数量", "涉旅市场主体", "旅游经营主体"], **STOCK,
     note="达 → eq; registered businesses (a stock): " + STOCK_NOTE)
fact("旅游存量项目83个", "83个", value=83, unit="count", kind="count", classifier="个",
     metric="盘活旅游存量项目",
     metric_alts=["旅游存量项目", "盘活的旅游存量项目", "盘活旅游存量项目数量"], **FLOW)
TOUR_NOTE = "分别 in list order: 接待游客人次 10.4%, 旅游总花费 13.3%, 接待入境过夜游客人次 81.8%"
fact("分别增长10.4%", "10.4%", value=10.4, unit="%", kind="growth", metric="接待游客人次",
     metric_alts=["游客人次", "全省接待游客人次", "接待游客", "游客接待人次"],
     comparison="yoy", **FLOW, note=TOUR_NOTE)
fact("10.4%、13.3%", "13.3%", value=13.3, unit="%", kind="growth", metric="旅游总花费",
     metric_alts=["旅游花费", "旅游总消费", "全省旅游总花费"], comparison="yoy", **FLOW,
     note=TOUR_NOTE)
fact("13.3%、81.8%", "81.8%", value=81.8, unit="%", kind="growth",
     metric="接待入境过夜游客人次",
     metric_alts=["入境过夜游客人次", "入境过夜游客", "接待入境过夜游客",
                  "全省接待入境过夜游客人次"],
     comparison="yoy", **FLOW, note=TOUR_NOTE)

NOTES = (
    "Excerpt: lines 10-12 of shared/texts/work_report/wr_guizhou_2025.txt (2,208 "
    "characters), sliced by code: 过去一年，面对多重矛盾叠加…迈上新台阶。 and review items "
    "（一） (projects, industry, energy, batteries and NEVs, digital economy, liquor, "
    "aviation, textiles, county economy, development zones) and （二） (两重 funds, "
    "infrastructure, housing, 两新, retail, tourism) in full. The 2025 主要预期目标 (source "
    "line 24) cannot be joined to numbers of 2024 in a run of 2,000-2,500 characters (lines "
    "17-24 = 2,712; lines 18-26, with no 2024 number, = 1,492), so the excerpt is the "
    "densest run of numbers of the review (~60 numerals in 2,208 characters; lines 15-17 "
    "have fewer per character, the summary lines 6-10 only seven facts). Title line, "
    "dateline and source line are outside the excerpt (title_in_text=False). Date: "
    "2025-01-19, the delivery date in the report's dateline (source line 3: ——2025年1月19日"
    "在贵州省第十四届人民代表大会第三次会议上); the corpus meta agrees. 过去一年 = 2024; the "
    "excerpt uses no other period word (2024年、2025年 name project lists; “十四五”以来 "
    "carries no fact). Place: 贵州省 (全省, 我省, 贵州 → alts); owners of their own numbers: "
    "贵州能源集团 (revenue), 贵阳大数据科创城 (1355家). Periods: line 1 (过去一年) is its own "
    "line and names the frame; all facts of lines 2-3 take the review year 2024 with period "
    "text 过去一年 and null as alt (SPEC §4 section frame, as wr_shanghai_2025); stocks "
    "(电力装机容量, 新能源电池产能 reached, 在建及投运数据中心, 算力规模, 上云用云企业, 科创城企业, "
    "45个重点开发区, 高速公路总里程, 酒旅融合景区达到, 涉旅经营主体达) → instant 2024-12-31 with "
    "the literal year and null as alts; 10家 (大飞机供应链) → the year with the year-end as "
    "alt. Modality: actual throughout (no 预计, no targets in the excerpt). Units: 38GWh → "
    "3.8e7 kWh; 5万千升 → 5e4 m3; 55Eflops kept as the surface unit 'Eflops' (value 55). "
    "Judgement calls: 化工、有色 增速均超过30% → one fact, both industries in metric_alts; "
    "连续9年 (数字经济增速位居全国前列) → a streak length (9 year), no rank fact for 前列; "
    "45个重点开发区 → a count fact beside the share 84%; 建成投产17个 → head 纺织服装项目 "
    "restored; 交付房屋6.11万套 → metric 交付房屋 with 存量安置房 alts. Negatives: 过去一年, "
    "（一）/（二）, labels (六大, 一图三清单, 3533, 三个一批, 两重 ×2, 三张清单, 一城一策, 两新 ×3, "
    "一码游), 新一轮, 一批 ×2, threshold 亿元 (亿元以上), 十四五 ×2, 十五五, 2024年/2025年 (list "
    "names), 2号/1号 (generating-set numbers), 二期 ×3 / 一期 ×3 (phases), 两旺, 吉首 / 百色 / 万峰林 "
    "(place names), S1 (metro line), 三年 ×2 and 清零 (campaign names), 5A级, 五星级 (grades).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：贵州日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
