"""Gold annotations for wr_xizang_2025_b (2025年西藏政府工作报告, second excerpt: the opening
and the 2024 review), lines 1-15 of shared/texts/work_report/wr_xizang_2025.txt.

The excerpt corpora/wr_xizang_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the title, source line, dateline, speaker, 各位代表：,
the opening sentence, the 定日 earthquake paragraph (今年1月7日…6.8级地震), the heading
2024年工作回顾, its opening paragraph (2024年是…), the headline indicators (地区生产总值增长
6.3%…) and review items 一是 (stability) to 五是 (reform and opening) in full.  Lines 16-25
are annotated in wr_xizang_2025 (no overlap).  The allowed ranges were lines 1-15 and 26-64;
the review (lines 8-15, 1,902 characters) is the densest run of the report but alone is
under 2,000 characters and line 16 is taken, so the excerpt starts at the document's first
line (2,429 characters with the final newline) and takes in the heading line 2024年工作回顾.
Lines 7-15 (2,303) would start inside the preamble; the later tasks (lines 26-64) are far
sparser.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_xizang_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_xizang_2025_b"
PLACE = "西藏自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_xizang_2025.txt"
FIRST, LAST = 1, 15                     # 1-based, inclusive, whole lines
TITLE = "2025年西藏政府工作报告"
XZ_ALTS = ["西藏", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts=TITLE, ends="高水平开放取得积极成效。")
text = g.text
fact = g.with_subject(PLACE, XZ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
IDIOM_NOTE = "idiom / slogan, not a quantity claim"
PLAN3_NOTE = "name of a three-year campaign (三年行动), not a duration fact"


# ---- periods (reference date 2025-01-19; 今年 = 2025, the review year = 2024) ---------------
# Line 7 opens with 今年1月7日 (= 2025-01-07): the earthquake's magnitude takes that day.
# Line 8 is the heading 2024年工作回顾: the section frame of the review.  Line 9 opens with
# 2024年 itself but holds no fact.  Lines 10-15 (the headline indicators and items 一是…五是)
# state no period before their first numbers: they take the frame 2024 with the heading's
# period text 2024年, the null reading in period_alts (SPEC §4; as wr_yunnan_2025 /
# wr_heilongjiang_2025).  In lines 13 and 15, 全年 (= 2024) stands in the line and governs
# the clauses after it (same dates, period text 全年; as wr_heilongjiang_2025 全年).  Stocks
# (累计, 已建在建 capacity, rates of a stock: 汽车化率, 城镇化率, 网上可办率, the share of
# village cadres, 突破 N 家 of a register) are the instant 2024-12-31 with the literal year
# and null as alts; projects under way (21个 包保重大项目) keep the year with the instant as
# a further alt.
EQ = P("今年1月7日", "2025-01-07", "2025-01-07")
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
FY = P("全年", "2024-01-01", "2024-12-31")
FY_NULL = P("全年", None, None)
FY_END = P("全年", "2024-12-31", "2024-12-31")
FLOW_FY = dict(period=FY, period_alts=[FY_NULL])
STOCK_FY = dict(period=FY_END, period_alts=[FY, FY_NULL])
FRAME_NOTE = ("the line states no period before it: section frame of the heading 2024年工作回顾 "
              "(2024), null as alt")
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
FY_NOTE = "全年 (= 2024) earlier in the line governs it"

# ---- lines 1-6: title, source, dateline, speaker, address ---------------------------------
g.neg(TITLE, "2025年", PERIOD_NOTE + " (title: the year of the report)")
g.neg("——2025年1月19日在", "2025年1月19日", "date of delivery (the reference date), not a "
      "fact")
g.neg("西藏自治区第十二届人民代表大会", "第十二届", "session label of the congress (第十二届), "
      "not a count")
g.neg("人民代表大会第三次会议上", "第三次", "session label of the meeting (第三次会议), not a "
      "count")

# ---- line 7: the 定日 earthquake ---------------------------------------------------------
g.neg("今年1月7日，日喀则", "今年1月7日", PERIOD_NOTE + " (2025-01-07, the day of the "
      "earthquake)")
fact("定日县发生6.8级地震", "6.8级", value=6.8, unit="级", kind="amount", metric="地震震级",
     metric_alts=["震级", "地震级别", "定日县地震震级", "定日地震震级"],
     subject="定日县地震",
     subject_alts=["日喀则定日县地震", "定日地震", "定日县6.8级地震", "日喀则定日县6.8级地震",
                   "定日县", "日喀则定日县", "日喀则", PLACE] + XZ_ALTS,
     period=EQ, period_alts=[P("今年1月7日", None, None)],
     note="judgement call: the magnitude of the earthquake written in the event's description, "
          "a technical magnitude (README §2), as wr_xinjiang_2025_b 乌什县7.1级地震; 级 has no "
          "canonical unit → kept as written (SPEC §3), kind amount; the earthquake owns the "
          "number; 今年1月7日 opens the line (the day of the quake)")
g.neg("总书记第一时间作出", "第一时间", IDIOM_NOTE + " (第一时间 'at once'), not a rank")
g.neg("中华民族一家亲", "一家亲", IDIOM_NOTE + " (slogan 中华民族一家亲 'the Chinese nation "
      "is one family')")

# ---- line 8: heading ----------------------------------------------------------------------
g.neg("2024年工作回顾", "2024年", PERIOD_NOTE + " (heading of the review: 2024; the period "
      "text of the review facts without a period of their own)")

# ---- line 9: 2024年是… (no facts) --------------------------------------------------------------
g.neg("2024年是新中国成立", "2024年", PERIOD_NOTE + " (opens line 9, which holds no fact)")
g.neg("成立75周年", "75周年", "anniversary 75周年 (of the founding of the PRC), an event "
      "label, not a quantity claim (as wr_yunnan_2025)")
g.neg("实现“十四五”规划", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("党的二十大和", "二十大", "congress label 二十大 (SPEC §1)")
g.neg("二十届二中、三中全会精神", "二十届二中、三中全会", "plenum labels (SPEC §1, README span)")
g.neg("锚定“四件大事”", "四件大事", LABEL_NOTE + " (“四件大事”, the region's four major "
      "tasks, as wr_xizang_2025)")
g.neg("推进“四个创建”", "四个创建", LABEL_NOTE + " (“四个创建”, as wr_xizang_2025)")

# ---- line 10: headline indicators --------------------------------------------------------------
GDP_ALTS = ["GDP", "生产总值", "经济增长", "经济增速", "地区生产总值增长", "GDP增长"]
fact("地区生产总值增长6.3%", "6.3%", value=6.3, unit="%", kind="growth",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", **FLOW,
     note="no basis written → yoy; " + FRAME_NOTE)
fact("固定资产投资增长19.6%", "19.6%", value=19.6, unit="%", kind="growth",
     metric="全社会固定资产投资",
     metric_alts=["固定资产投资", "全社会固定资产投资增长", "固定资产投资增速"],
     comparison="yoy", **FLOW)
fact("零售总额增长7.2%", "7.2%", value=7.2, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **FLOW)
fact("工业增加值增长18.3%", "18.3%", value=18.3, unit="%", kind="growth",
     metric="规上工业增加值", metric_alts=["规模以上工业增加值", "工业增加值"],
     comparison="yoy", **FLOW)
fact("进出口总额增长15.4%", "15.4%", value=15.4, unit="%", kind="growth",
     metric="货物贸易进出口总额",
     metric_alts=["货物贸易进出口", "进出口总额", "货物进出口总额", "外贸进出口总额",
                  "货物贸易进出口额"], comparison="yoy", **FLOW)
fact("预算收入增长17.1%", "17.1%", value=17.1, unit="%", kind="growth",
     metric="一般公共预算收入",
     metric_alts=["地方一般公共预算收入", "公共预算收入", "财政收入"], comparison="yoy", **FLOW)
INC_NOTE = ("分别: 城乡 → 城镇居民 ↔ 6.8%, 农村居民 ↔ 8.3%; the elided heads restored (README "
            "§3; as wr_xizang_2025)")
fact("分别增长6.8%和8.3%", "6.8%", value=6.8, unit="%", kind="growth",
     metric="城镇居民人均可支配收入",
     metric_alts=["城镇常住居民人均可支配收入", "城镇居民收入", "城镇居民人均可支配收入增长"],
     comparison="yoy", **FLOW, note=INC_NOTE)
fact("分别增长6.8%和8.3%", "8.3%", value=8.3, unit="%", kind="growth",
     metric="农村居民人均可支配收入",
     metric_alts=["农村常住居民人均可支配收入", "农村居民收入", "农村居民人均可支配收入增长",
                  "农牧民人均可支配收入"],
     comparison="yoy", **FLOW, note=INC_NOTE)
LIMIT = ("分别控制在5%和3%以内: 城镇调查失业率 ↔ 5%, 居民消费价格涨幅 ↔ 3%; a trailing 以内 "
         "after a 分别 list covers every value (README §6, as 以上; as wr_xizang_2025) → le, "
         "le; the year's outcome → actual")
fact("控制在5%和3%以内", "5%", value=5, unit="%", kind="share", bound="le",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **FLOW,
     note=LIMIT + "; a rate → share")
fact("控制在5%和3%以内", "3%", value=3, unit="%", kind="growth", bound="le",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"], comparison="yoy",
     **FLOW, note=LIMIT + "; 涨幅 = growth of the price level")
g.neg("交出了一份", "一份", "一 + classifier used as article (一份答卷 'an answer sheet'), "
      "not a quantity (README §2)")

# ---- line 11: 一是 stability -----------------------------------------------------------------
g.neg("一是稳定态势", "一是", MARKER_NOTE)
g.neg("深化“7+1”维稳", "7+1", LABEL_NOTE + " (“7+1”维稳防控模式, the name of a "
      "stability-control model), not a quantity")
fact("满意度保持在99%以上", "99%", value=99, unit="%", kind="share", bound="ge",
     metric="各族群众安全感满意度",
     metric_alts=["群众安全感满意度", "安全感满意度", "群众安全感", "安全感和满意度",
                  "各族群众安全感和满意度"], **FLOW,
     note="以上 → ge (outside the span); a survey rate of the year → share; " + FRAME_NOTE)
AWARD = ("the region's collectives and individuals honoured by the Central Committee and the "
         "State Council in 2024 (for the 民族团结进步模范区 campaign); the honour defines the "
         "counted set → in the metric (as wr_qinghai_2025 13个集体和15名个人)")
fact("14个集体、15名个人", "14个", value=14, unit="count", kind="count", classifier="个",
     metric="荣获党中央、国务院表彰的集体",
     metric_alts=["集体", "受表彰集体", "荣获表彰集体", "荣获党中央、国务院表彰集体",
                  "民族团结进步模范集体", "全国民族团结进步模范集体", "表彰集体数量"],
     **FLOW, note=AWARD)
fact("14个集体、15名个人", "15名", value=15, unit="count", kind="count", classifier="名",
     metric="荣获党中央、国务院表彰的个人",
     metric_alts=["个人", "受表彰个人", "荣获表彰个人", "荣获党中央、国务院表彰个人",
                  "民族团结进步模范个人", "全国民族团结进步模范个人", "表彰个人数量"],
     **FLOW, note=AWARD + "; verb 荣获…表彰 shared")
fact("村居主干达92.5%", "92.5%", value=92.5, unit="%", kind="share",
     metric="基本能够使用国家通用语言文字的村居主干",
     metric_alts=["基本能够使用国家通用语言文字的村居主干比例",
                  "基本能够使用国家通用语言文字的村居主干占比",
                  "村居主干国家通用语言文字使用率", "村居主干使用国家通用语言文字比例",
                  "能够使用国家通用语言文字的村居主干比例", "村居主干"], **STOCK,
     note="达 → eq; the share of the village cadres (a stock of people) who can use the "
          "national language: " + STOCK_NOTE + "; judgement call: the metric names the group "
          "as written, the 比例/占比 forms as alts")
g.neg("拓展“三个意识”", "三个意识", LABEL_NOTE + " (“三个意识” education)")
g.neg("治本攻坚三年行动", "三年", PLAN3_NOTE)
ACC_NOTE = ("分别: 生产安全事故起数 ↔ 39.7%, 死亡人数 ↔ 39.1%; 下降 → negative growth; each "
            "value has its own %; no basis written → yoy")
fact("分别下降39.7%", "39.7%", value=-39.7, unit="%", kind="growth",
     metric="生产安全事故起数",
     metric_alts=["安全事故起数", "生产安全事故", "生产安全事故数", "事故起数"],
     comparison="yoy", **FLOW, note=ACC_NOTE)
fact("39.7%和39.1%", "39.1%", value=-39.1, unit="%", kind="growth",
     metric="生产安全事故死亡人数",
     metric_alts=["死亡人数", "安全事故死亡人数", "生产安全事故起数和死亡人数"],
     comparison="yoy", **FLOW, note=ACC_NOTE + "; the head 生产安全事故 restored")

# ---- line 12: 二是 growth drivers ------------------------------------------------------------
g.neg("二是发展动能", "二是", MARKER_NOTE)
fact("重点项目投资1700亿元以上", "1700亿元", value=1700e8, unit="CNY", kind="amount",
     bound="ge", metric="重点项目投资",
     metric_alts=["完成重点项目投资", "重点项目完成投资", "重点项目投资额"], **FLOW,
     note="以上 → ge (outside the span); " + FRAME_NOTE)
fact("21个包保重大项目", "21个", value=21, unit="count", kind="count", classifier="个",
     metric="包保重大项目",
     metric_alts=["重大项目", "包保重大项目数量", "顺利推进的包保重大项目", "包保项目"],
     **LEVEL, note="projects under way in 2024 (顺利推进): the year, the year-end instant as "
                   "alt (as wr_qinghai_2025 等11个重点项目)")
g.neg("G318川藏段", "G318", "road number G318 (National Highway 318), a name, not a quantity "
      "(SPEC §1 model/band names)")
fact("设备更新6.5万台(套)", "6.5万台(套)", value=65000, unit="count", kind="count",
     classifier="台(套)", metric="设备更新",
     metric_alts=["完成设备更新", "更新设备", "设备更新数量", "大规模设备更新"], **FLOW,
     note="the classifier is written 台(套) (as nw_cctv_20241020_chongqing_2024 台（套）); "
          + FRAME_NOTE)
fact("以旧换新销售额19.5亿元", "19.5亿元", value=19.5e8, unit="CNY", kind="amount",
     metric="消费品以旧换新销售额",
     metric_alts=["以旧换新销售额", "消费品以旧换新", "实现消费品以旧换新销售额"], **FLOW,
     note="实现 → eq")
fact("集散中心7个", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="跨区域冷链物流集散中心",
     metric_alts=new("跨区域冷链物流集散中心", "建成跨区域冷链物流集散中心", "冷链物流集散中心"),
     **FLOW, note="建成 N: centres completed in 2024, 增量 alts (README §3)")
fact("汽车化率达100%", "100%", value=100, unit="%", kind="share",
     metric="农村邮路汽车化率", metric_alts=["邮路汽车化率", "农村邮路汽车化比例"], **STOCK,
     note="达 → eq; the share of the rural postal routes (a stock) served by motor vehicles: "
          + STOCK_NOTE)
NEWNOTE = "新增 distributes over the list (基地 ↔ 4家, 集聚区 ↔ 2个); added in 2024, 增量 alts"
fact("示范基地4家", "4家", value=4, unit="count", kind="count", classifier="家",
     metric="国家级文化产业示范基地",
     metric_alts=new("国家级文化产业示范基地", "新增国家级文化产业示范基地", "文化产业示范基地"),
     **FLOW, note=NEWNOTE)
fact("消费集聚区2个", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="国家级夜间文旅消费集聚区",
     metric_alts=new("国家级夜间文旅消费集聚区", "新增国家级夜间文旅消费集聚区",
                     "夜间文旅消费集聚区"), **FLOW, note=NEWNOTE)
fact("直接拉动消费38.4亿元", "38.4亿元", value=38.4e8, unit="CNY", kind="amount",
     metric="直接拉动消费",
     metric_alts=["“幸福西藏·乐享生活”直接拉动消费", "幸福西藏·乐享生活直接拉动消费",
                  "拉动消费", "“幸福西藏·乐享生活”活动直接拉动消费", "带动消费"],
     subject_alts=XZ_ALTS + ["“幸福西藏·乐享生活”", "幸福西藏·乐享生活"], **FLOW,
     note="judgement call: consumption generated by the region's campaign “幸福西藏·乐享生活” "
          "→ the region keeps the subject, the campaign in metric alts and as subject alt "
          "(as wr_yunnan_2025 融信服平台)")

# ---- line 13: 三是 potential ------------------------------------------------------------------
g.neg("三是潜力优势", "三是", MARKER_NOTE)
fact("粮食产量突破110万吨", "110万吨", value=110e4, unit="t", kind="amount", bound="gt",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食"], **FLOW,
     note="突破 → gt (outside the span); the year's harvest; " + FRAME_NOTE)
g.neg("稳步实施，第一产业", "第一产业", "sector name 第一产业 (primary industry), not a "
      "quantity (as cm_qiandongnan_2023_b)")
fact("增加值增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="第一产业增加值", metric_alts=["第一产业", "农业增加值"], comparison="yoy", **FLOW,
     note="以上 → ge (outside the span)")
g.neg("首期安排50亿元", "首期", "phase label 首期 'first tranche' (like 一期, README §2; as "
      "nw_cctv_20250916_jilin_heilongjiang_2025), not a quantity")
fact("首期安排50亿元", "50亿元", value=50e8, unit="CNY", kind="amount",
     metric="清洁能源产业专项资金",
     metric_alts=["清洁能源产业专项资金首期安排", "清洁能源产业专项资金首期", "专项资金",
                  "首期安排资金", "清洁能源产业专项资金首期安排资金"], **FLOW,
     note="the first tranche of the fund set up in 2024 (首期 has its own negative); "
          + FRAME_NOTE)
fact("电力装机2705万千瓦", "2705万千瓦", value=2.705e10, unit="W", kind="amount",
     metric="已建在建电力装机",
     metric_alts=["电力装机", "已建在建电力装机容量", "电力装机容量", "已建在建装机",
                  "电力装机规模"], **STOCK,
     note="万千瓦 = 1e7 W; capacity built and under construction (a stock): " + STOCK_NOTE)
fact("累计销售112万件", "112万件", value=112e4, unit="count", kind="count", classifier="件",
     metric="高原炊具销售",
     metric_alts=["高原炊具累计销售", "高原炊具销量", "高原炊具", "高原炊具累计销量",
                  "高原炊具销售量"], **STOCK,
     note="累计 → cumulative total (stock rule): " + STOCK_NOTE)
fact("七地(市)大数据中心", "七地(市)", value=7, unit="count", kind="count",
     classifier="地(市)", metric="建成运行大数据中心节点的地(市)",
     metric_alts=["地(市)", "地市", "大数据中心节点", "地(市)大数据中心节点",
                  "地市大数据中心节点", "大数据中心节点建成运行", "建成运行的大数据中心节点"],
     **LEVEL,
     note="judgement call: the data-centre nodes of the seven prefecture-level divisions "
          "(地(市)) built and running by 2024 → a count with the written measure word 地(市) "
          "(as wr_gansu_2025_b 4市州); reading 七地(市) as the collective name of all the "
          "region's prefectures (negative) is the alternative; the year, the instant as alt")
fact("产业产值增长22%", "22%", value=22, unit="%", kind="growth", metric="文化产业产值",
     metric_alts=["文化产业", "文化产业总产值", "文化产业增加值"], comparison="yoy", **FLOW,
     note="before 全年 in the line: " + FRAME_NOTE)
TOUR_NOTE = ("分别: 旅游接待人次 ↔ 16%, (旅游)总花费 ↔ 15%; the head 旅游 restored; "
             + FY_NOTE)
fact("分别增长16%和15%", "16%", value=16, unit="%", kind="growth", metric="旅游接待人次",
     metric_alts=["全年旅游接待人次", "接待游客人次", "旅游接待人数", "接待游客", "旅游人次"],
     comparison="yoy", **FLOW_FY, note=TOUR_NOTE)
fact("分别增长16%和15%", "15%", value=15, unit="%", kind="growth", metric="旅游总花费",
     metric_alts=["总花费", "旅游花费", "旅游总收入", "旅游收入", "全年旅游总花费"],
     comparison="yoy", **FLOW_FY, note=TOUR_NOTE)
fact("融资规模突破255亿元", "255亿元", value=255e8, unit="CNY", kind="amount", bound="gt",
     metric="企业直接融资规模",
     metric_alts=["直接融资规模", "企业直接融资", "直接融资", "企业直接融资额"], **FLOW_FY,
     note="突破 → gt (outside the span); financing raised in 2024 under the “格桑花行动”; "
          + FY_NOTE)

# ---- line 14: 四是 towns and villages ---------------------------------------------------------
g.neg("四是城乡面貌", "四是", MARKER_NOTE)
fact("纯收入增长12.5%以上", "12.5%", value=12.5, unit="%", kind="growth", bound="ge",
     metric="脱贫人口人均纯收入",
     metric_alts=["脱贫人口收入", "脱贫人口人均收入", "人均纯收入"], comparison="yoy", **FLOW,
     note="以上 → ge (outside the span); " + FRAME_NOTE)
fact("重点龙头企业3家", "3家", value=3, unit="count", kind="count", classifier="家",
     metric="农业产业化国家重点龙头企业",
     metric_alts=new("农业产业化国家重点龙头企业", "新增农业产业化国家重点龙头企业",
                     "国家重点龙头企业", "龙头企业"), **FLOW,
     note="新增 N: firms certified in 2024, 增量 alts (README §3)")
fact("和美乡村300个", "300个", value=300, unit="count", kind="count", classifier="个",
     metric="高原和美乡村",
     metric_alts=new("高原和美乡村", "新建高原和美乡村", "和美乡村"), **FLOW,
     note="新建 N: villages built in 2024, 增量 alts (README §3)")
fact("人畜分离4.3万户", "4.3万户", value=4.3e4, unit="count", kind="count", classifier="户",
     metric="人畜分离",
     metric_alts=["人畜分离户数", "实现人畜分离农户", "人畜分离农户", "实施人畜分离"], **FLOW,
     note="households where people and livestock were separated in 2024")
fact("户厕改造2.4万座", "2.4万座", value=2.4e4, unit="count", kind="count", classifier="座",
     metric="户厕改造",
     metric_alts=["改造户厕", "户厕", "农村户厕改造", "户厕改造数量"], **FLOW)
g.neg("边境一线中心城镇", "一线", "一线 'the (border) line', not a quantity (as "
      "wr_qinghai_2025 基层一线)")
fact("基础设施投资51亿元", "51亿元", value=51e8, unit="CNY", kind="amount",
     metric="中心城镇和节点城镇基础设施投资",
     metric_alts=["基础设施投资", "城镇基础设施投资",
                  "交通干线、河谷沿线、边境一线中心城镇和节点城镇基础设施投资",
                  "完成中心城镇和节点城镇基础设施投资", "中心城镇和节点城镇基础设施建设投资"],
     **FLOW, note="完成 → eq")
fact("受益群众超20万人", "20万人", value=20e4, unit="count", kind="count", classifier="人",
     bound="gt", metric="清洁能源集中供暖试点受益群众",
     metric_alts=["受益群众", "集中供暖受益群众", "清洁能源集中供暖受益群众", "受益群众人数",
                  "受益人数"], **FLOW, note="超 → gt (outside the span)")
fact("安居工程3.95万套", "3.95万套", value=3.95e4, unit="count", kind="count",
     classifier="套", metric="保障性安居工程",
     metric_alts=["实施保障性安居工程", "保障性安居工程套数", "保障性住房", "安居工程"],
     **FLOW)
fact("老旧小区118个", "118个", value=118, unit="count", kind="count", classifier="个",
     metric="改造老旧小区",
     metric_alts=["老旧小区改造", "老旧小区", "城镇老旧小区改造", "改造的老旧小区"], **FLOW)
fact("城镇化率达39%以上", "39%", value=39, unit="%", kind="share", bound="ge",
     metric="常住人口城镇化率", metric_alts=["城镇化率", "常住人口城镇化水平"], **STOCK,
     note="达…以上 → ge (以上 outside the span); a population rate at year end (SPEC: share): "
          + STOCK_NOTE)
g.neg("“五城三小时经济圈”", "五城三小时", LABEL_NOTE + " (“五城三小时经济圈”, the 'five "
      "cities, three hours' economic circle), not a count or a duration fact (as “15分钟…服务圈” "
      "in wr_qinghai_2025)")

# ---- line 15: 五是 reform and opening ---------------------------------------------------------
g.neg("五是改革开放", "五是", MARKER_NOTE)
g.neg("“高效办成一件事”", "一件事", "reform name “高效办成一件事”, not a count (as "
      "wr_beijing_2025)")
fact("13个重点事项", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="“高效办成一件事”重点事项",
     metric_alts=["高效办成一件事重点事项", "重点事项", "落地的重点事项",
                  "“高效办成一件事”重点事项数量"], **FLOW,
     note="items of the reform put in place in 2024 (全部落地); " + FRAME_NOTE)
fact("网上可办率100%", "100%", value=100, unit="%", kind="share",
     metric="政务服务事项网上可办率",
     metric_alts=["网上可办率", "政务服务网上可办率", "政务服务事项网上可办比例"], **STOCK,
     note="the share of the government services (a stock) that can be done online at year "
          "end: " + STOCK_NOTE)
fact("到位资金674亿元", "674亿元", value=674e8, unit="CNY", kind="amount",
     metric="招商引资到位资金",
     metric_alts=["到位资金", "招商引资到位资金额", "招商引资资金", "全年招商引资到位资金"],
     **FLOW_FY, note="全年 (= 2024) opens the sentence and governs the rest of the line")
g.neg("援藏“双招双引”", "双招双引", LABEL_NOTE + " (“双招双引”: 招商引资、招才引智; as "
      "wr_anhui_2025_b)")
fact("科技投入翻一番", "翻一番", value=2, unit="times", kind="ratio",
     metric="自治区财政科技投入",
     metric_alts=["财政科技投入", "科技投入", "自治区财政科技投入增长倍数", "财政科技支出"],
     **FLOW_FY,
     note="翻一番 'doubled' → the 2024 level is 2 times that of 2023: a multiple, kind ratio 2 "
          "times (as nw_cctv_20160918_heilongjiang_2016 / wr_xizang_2025 翻了七番); the span "
          "keeps 翻 (翻N番 is one lexicalized multiple); comparison null (README §6: non-growth "
          "facts); " + FY_NOTE + ". Known false alarm: the shared check_gold.py reads 一 as 1")
fact("创新平台突破100家", "100家", value=100, unit="count", kind="count", classifier="家",
     bound="gt", metric="科技创新平台",
     metric_alts=["科技创新平台数量", "科技创新平台总数", "创新平台"], **STOCK_FY,
     note="突破 → gt (outside the span); the number of platforms (a stock) → instant at the "
          "end of 全年 (2024-12-31), the year and null as alts")
ZF_NOTE = ("those selected for the first batch of the “珠峰英才” programme in 2024 (首批 has its "
           "own negative); the selection defines the counted set → in the metric; " + FY_NOTE)
fact("171名个人", "171名", value=171, unit="count", kind="count", classifier="名",
     metric="入选“珠峰英才”计划的个人",
     metric_alts=["个人", "入选首批“珠峰英才”计划的个人", "入选珠峰英才计划的个人",
                  "“珠峰英才”计划入选个人", "珠峰英才", "入选“珠峰英才”计划个人"],
     **FLOW_FY, note=ZF_NOTE)
fact("6个科技创新团队", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="入选“珠峰英才”计划的科技创新团队",
     metric_alts=["科技创新团队", "入选首批“珠峰英才”计划的科技创新团队",
                  "入选珠峰英才计划的科技创新团队", "“珠峰英才”计划入选团队",
                  "入选“珠峰英才”计划科技创新团队"], **FLOW_FY, note=ZF_NOTE)
g.neg("入选首批“珠峰英才”", "首批", FIRST_NOTE + " (首批 'first batch')")
g.neg("坚持“两个毫不动摇”", "两个", "set label “两个毫不动摇”, not a count claim (as "
      "wr_xizang_2025 “两个确立”)")
g.neg("与重庆、四川、甘肃", "四川", "place name 四川 (Sichuan), not a quantity")
fact("民间投资增长52.9%", "52.9%", value=52.9, unit="%", kind="growth", metric="民间投资",
     metric_alts=["民间投资增速", "民间固定资产投资"], comparison="yoy", **FLOW_FY, note=FY_NOTE)
fact("14个传统边贸点", "14个", value=14, unit="count", kind="count", classifier="个",
     metric="恢复开放的传统边贸点",
     metric_alts=["传统边贸点", "边贸点", "恢复开放传统边贸点", "传统边贸点恢复开放",
                  "恢复开放的传统边贸点数量"], **FLOW_FY,
     note="border-trade points reopened in 2024; the predicate 恢复开放 defines the counted "
          "set → in the metric; " + FY_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_xizang_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the title, source line, "
    "dateline, speaker, address and opening sentence, the 定日 earthquake paragraph, the "
    "heading 2024年工作回顾, its opening paragraph (2024年是…), the headline indicators and "
    "review items 一是…五是 in full. Allowed ranges were lines 1-15 and 26-64 (lines 16-25 are "
    "wr_xizang_2025); the review (lines 8-15) alone is 1,902 characters, so the excerpt starts "
    "at the document's first line and includes the heading line. Title as the source's first "
    "line (in the excerpt). Date: 2025-01-19, the delivery date in the dateline (line 3: "
    "——2025年1月19日在西藏自治区第十二届人民代表大会第三次会议上); the corpus meta agrees; "
    "nothing contradicts it (今年1月7日 = 2025-01-07, the earthquake, 12 days before). Place: "
    "西藏自治区 (西藏, 全区, 我区, 自治区 → alts); the 定日县 earthquake owns its magnitude; "
    "the campaign “幸福西藏·乐享生活” keeps the region as subject (alt). Periods: 6.8级 → "
    "今年1月7日 (2025-01-07); lines 10-15 take the heading's frame 2024 (period text 2024年, "
    "null as alt) until 全年 (lines 13 and 15) governs the rest of its line (same dates, text "
    "全年); stocks (已建在建电力装机, 累计销售, 汽车化率, 城镇化率, 网上可办率, the share of "
    "village cadres, 科技创新平台突破100家) → instant 2024-12-31 with the year and null as alts. "
    "Modality: actual throughout (review; the 控制在…以内 limits are the year's outcome). "
    "Bounds: 以上 → ge, 突破/超 → gt, 以内 after a 分别 list → le for both. Units: 万千瓦 1e7 W; "
    "6.8级 kept as 级 (amount); 翻一番 → ratio 2 times. Judgement calls: 6.8级 a fact (as "
    "wr_xinjiang_2025_b 7.1级); 七地(市) a count of 7 with classifier 地(市) (as "
    "wr_gansu_2025_b 4市州); 翻一番 → ratio 2 (shared check_gold.py reads 1: known false alarm); "
    "92.5% metric names the group as written; 38.4亿元 of the campaign → region subject; "
    "“7+1”, “五城三小时经济圈” labels; 14个集体、15名个人 → metrics 荣获党中央、国务院表彰的集体/"
    "个人. Negatives: 2025年 (title), 2025年1月19日, 第十二届, 第三次, 今年1月7日, 第一时间, "
    "一家亲, 2024年 ×2, 75周年, 十四五, 二十大, 二十届二中、三中全会, 四件大事, 四个创建, 一份, "
    "一是…五是, 7+1, 三个意识, 三年 (行动), G318, 第一产业, 首期, 一线, 五城三小时, 一件事, "
    "双招双引, 首批, 两个 (两个毫不动摇), 四川 (place name). Lexicalized, not listed: 一般 (一般公共预算收入).")

g.write(date=REF, source=f"shared/texts/work_report/wr_xizang_2025.txt lines {FIRST}–{LAST} "
        "(来源：西藏日报)", title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
