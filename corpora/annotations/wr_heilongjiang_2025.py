"""Gold annotations for wr_heilongjiang_2025 (2025年黑龙江省政府工作报告), lines 1-11 of
shared/texts/work_report/wr_heilongjiang_2025.txt.

The excerpt corpora/wr_heilongjiang_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: title, source line, dateline (2025年1月13日…), speaker,
the heading 一、2024年工作回顾, the summary paragraph (过去一年 … GDP, revenue, income), the
paragraph of highlights (grain, processing, equipment, digital economy, ice and snow), the
line 一年来…主要做了以下工作。 and review items 一是 (agriculture), 二是 (new productive
forces) and 三是 (consumption and investment, first paragraph).  This version of the report
has no consolidated list of 2025 targets (二、2025年工作总体要求 gives five principles, the
second of them only a heading; the first target number, 社会消费品零售总额增长5%左右, is in
source line 30, ~3,500 characters after the review ends), so the excerpt is review only.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_heilongjiang_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_heilongjiang_2025"
PLACE = "黑龙江省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 11                     # 1-based, inclusive, whole lines
TITLE = "2025年黑龙江省政府工作报告"
HLJ_ALTS = ["黑龙江", "全省", "龙江", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts=TITLE, ends="等270个项目建成投产。")
text = g.text
fact = g.with_subject(PLACE, HLJ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"

# ---- periods (reference date 2025-01-13) ---------------------------------------------------
# Line 6 opens with 过去一年 (= 2024): its facts carry that period text.  Lines 7, 9, 10 and
# the start of line 11 name no period of their own: they take the section frame of the
# heading 一、2024年工作回顾 (line 5, inside the excerpt; period text 2024年), null as alt
# (SPEC §4; as wr_jiangsu_2025).  Line 8 一年来 is its own line and governs nothing.  In
# line 11, 全年 (= 2024) governs the clauses after it (433亿元 onwards): same dates, period
# text 全年.  Stocks (累计, 总量, 达 N of a register/area, ranks of stocks) are the instant
# 2024-12-31 with the literal year and null as alts.
Y6 = P("过去一年", "2024-01-01", "2024-12-31")
FLOW6 = dict(period=Y6, period_alts=[P("过去一年", None, None)])

Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")

YQ = P("全年", "2024-01-01", "2024-12-31")
FLOW_Q = dict(period=YQ, period_alts=[P("全年", None, None), Y24])

# ---- lines 1-5: title, source, dateline, speaker, heading -----------------------------------
g.neg(TITLE, "2025年", PERIOD_NOTE + " (title: the year of the report)")
g.neg("2025年1月13日在黑龙江省", "2025年1月13日",
      "date of delivery (the reference date), not a fact")
g.neg("黑龙江省第十四届人民代表大会", "第十四届", "session label of the congress")
g.neg("人民代表大会第三次会议上", "第三次", "session label of the meeting")
g.neg("一、2024年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2024年工作回顾", "2024年", PERIOD_NOTE + " (heading of the review: 2024; the "
      "period text of the review facts without a period of their own)")

# ---- line 6: summary (过去一年) ----------------------------------------------------------
g.neg("过去一年，在省委", "过去一年", PERIOD_NOTE + " (the review year 2024; governs line 6)")
g.neg("党的二十大和", "二十大", "congress label 二十大 (SPEC §1)")
g.neg("二十届二中、三中全会", "二十届二中、三中全会", "plenum labels (SPEC §1, README span)")
g.neg("“五大安全”", "五大", "set label “五大安全”")
g.neg("“三基地一屏障一高地”", "三基地一屏障一高地", LABEL_NOTE + " (the province's "
      "strategic positioning)")
g.neg("“六个龙江”", "六个", "set label “六个龙江”")
g.neg("“八个振兴”", "八个", "set label “八个振兴”")
fact("地区生产总值增长3.2%", "3.2%", value=3.2, unit="%", kind="growth",
     metric="地区生产总值",
     metric_alts=["全省地区生产总值", "GDP", "生产总值", "经济增长"], comparison="yoy",
     **FLOW6, note="no 预计 in the text → actual; 过去一年 at the head of the line governs it")
fact("预算收入增长4%", "4%", value=4, unit="%", kind="growth", metric="一般公共预算收入",
     metric_alts=["地方一般公共预算收入", "公共预算收入"], comparison="yoy", **FLOW6)
fact("可支配收入增长5.3%", "5.3%", value=5.3, unit="%", kind="growth",
     metric="全体居民人均可支配收入",
     metric_alts=["居民人均可支配收入", "人均可支配收入"], comparison="yoy", **FLOW6)

# ---- line 7: highlights (section frame 2024年) ------------------------------------------------
g.neg("向第八届中俄博览会", "第八届", "edition label of an event, not a count")
g.neg("中国一重产业工人", "一重", "company name 中国一重 (China First Heavy Industries), not "
      "a quantity")
g.neg("办成了一批事关", "一批", "quantifier 一批")
fact("突破1600亿斤大关", "1600亿斤", value=8e7, unit="t", kind="amount", bound="gt",
     metric="粮食总产量", metric_alts=["粮食产量", "粮食"], **FLOW,
     note="突破 → gt (outside the span); 1600亿斤 × 0.0005 t = 8e7 t (SPEC §3); "
          "section frame 2024年 (heading), null as alt")
GRAIN_STREAK = P("连续15年", "2010-01-01", "2024-12-31")
fact("连续15年居全国首位", "15年", value=15, unit="year", kind="amount",
     metric="粮食总产量全国首位持续时间",
     metric_alts=["粮食总产量连续居全国首位", "粮食总产量居全国首位年数",
                  "粮食总产量全国第一持续时间", "连续居全国首位", "粮食总产量"],
     **FLOW,
     note="length of the streak 连续15年 (a duration, unit year), as the streaks of "
          "wr_jiangsu_2025 — judgement call; the streak ends in the review year")
fact("15年居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="粮食总产量",
     metric_alts=["粮食产量", "粮食总产量排名", "粮食产量排名"],
     period=Y24, period_alts=[Y24_NULL, GRAIN_STREAK],
     note="首位 → 1; the position in the review year, held in each year of the streak "
          "(alt 2010-2024)")
PROC = HLJ_ALTS + ["农产品精深加工", "农产品精深加工业", "黑龙江省农产品精深加工"]
fact("新入规企业221家", "221家", value=221, unit="count", kind="count", classifier="家",
     metric="新入规企业",
     metric_alts=["入规企业", "农产品精深加工新入规企业", "新入规企业数量", "规上企业增量",
                  "入规企业数量"],
     subject_alts=PROC, **FLOW,
     note="sector figure (农产品精深加工) keeps the province as subject, the sector as alt "
          "(README §4)")
fact("规上企业利润增长9%", "9%", value=9, unit="%", kind="growth", metric="规上企业利润",
     metric_alts=["农产品精深加工规上企业利润", "规模以上企业利润", "利润"],
     subject_alts=PROC, comparison="yoy", **FLOW,
     note="the processing sector's above-scale enterprises (head carried from the clause)")
fact("能力跃升全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="玉米深加工能力",
     metric_alts=["玉米深加工能力排名", "玉米深加工产能", "玉米深加工"], **STOCK,
     note="rank of a capacity (a stock): " + STOCK_NOTE)
g.neg("全国航天领域首个", "首个", FIRST_NOTE)
fact("，3000吨级超级", "3000吨", value=3000, unit="t", kind="amount",
     metric="超级浆态床锻焊加氢反应器吨级",
     metric_alts=["锻焊加氢反应器吨级", "超级浆态床锻焊加氢反应器重量", "加氢反应器吨级",
                  "吨级", "超级浆态床锻焊加氢反应器", "3000吨级超级浆态床锻焊加氢反应器"],
     subject="超级浆态床锻焊加氢反应器",
     subject_alts=["3000吨级超级浆态床锻焊加氢反应器", "锻焊加氢反应器", "加氢反应器",
                   "黑龙江省", "中国一重"],
     **FLOW,
     note="technical magnitude written into the equipment's name (N吨级, cf. README §2 and "
          "wr_jiangsu 30万吨级航道): the reactor's weight class; span without the class "
          "suffix 级; built (刷新世界纪录) → actual")
g.neg("全国最大国产化单集群", "单", "单集群 'a single cluster', not a quantity claim")
fact("中国移动哈尔滨万卡智算中心", "万卡", value=10000, unit="count", kind="count",
     classifier="卡", metric="智算卡",
     metric_alts=["算力卡", "智算中心算力卡", "GPU卡", "加速卡", "卡", "智算中心规模",
                  "万卡智算中心"],
     subject="中国移动哈尔滨万卡智算中心",
     subject_alts=["中国移动哈尔滨智算中心", "哈尔滨万卡智算中心", "万卡智算中心",
                   "中国移动", "黑龙江省"],
     **STOCK,
     note="judgement call: a quantity inside a facility's name is a fact (SPEC §1, "
          "capacity in a project's name): the centre's 10,000 accelerator cards; built "
          "(建成投用) → actual, a capacity (stock) → instant 2024-12-31; the reading as a "
          "mere name (negative) is the alternative")

# ---- line 8 ---------------------------------------------------------------------------------
g.neg("一年来，我们认真", "一年来", PERIOD_NOTE + " (the review year 2024; its own line, "
      "so it governs nothing after it)")

# ---- line 9: 一是 agriculture -----------------------------------------------------------------
g.neg("一是坚持以发展", "一是", MARKER_NOTE)
fact("深入实施千万吨粮食增产计划", "千万吨", value=1e7, unit="t", kind="amount",
     metric="粮食增产", metric_alts=["粮食增产计划", "粮食增产量", "粮食增产目标", "粮食"],
     modality="target", period=None, period_alts=[Y24],
     note="judgement call: the plan's name states its goal (raise grain output by 千万吨 = "
          "1e7 t; cf. SPEC §1 capacity in a project's name, target while under way); the "
          "plan's horizon is not stated → period null (the review year as alt); the "
          "reading as a mere plan name (negative) is the alternative")
g.neg("主攻大面积单产提升", "单产", "lexicalized 单产 'yield per unit area', not a quantity")
g.neg("推动“五良”融合", "五良", LABEL_NOTE + " (良田、良种、良法、良机、良制)")
g.neg("作物平均单产提高", "单产", "lexicalized 单产 'yield per unit area' (part of the "
      "metric), not a quantity")
fact("平均单产提高2.7%", "2.7%", value=2.7, unit="%", kind="growth",
     metric="粮食作物平均单产",
     metric_alts=["粮食作物单产", "平均单产", "粮食单产", "粮食平均单产"], comparison="yoy",
     **FLOW, note="提高 X% of a level → growth")
fact("高标准农田1040万亩", "1040万亩", value=1040e4, unit="mu", kind="amount",
     metric="增发国债高标准农田",
     metric_alts=["高标准农田", "建设增发国债高标准农田", "高标准农田建设",
                  "高标准农田建设面积", "增发国债高标准农田面积"], **FLOW,
     note="built in 2024 with the additional treasury bonds (增发国债 names the funding)")
fact("累计建成近1.2亿亩", "1.2亿亩", value=1.2e8, unit="mu", kind="amount", bound="approx",
     metric="高标准农田",
     metric_alts=["累计建成高标准农田", "高标准农田面积", "高标准农田累计建成面积",
                  "高标准农田总面积"],
     **STOCK, note="近 → approx (outside the span); 累计 → " + STOCK_NOTE)
fact("1.2亿亩，居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="高标准农田",
     metric_alts=["高标准农田面积", "累计建成高标准农田", "高标准农田排名",
                  "高标准农田面积排名"],
     **STOCK, note="rank of the stock → " + STOCK_NOTE)
g.neg("“四个农业”", "四个", "set label “四个农业”")
fact("贡献率70.8%", "70.8%", value=70.8, unit="%", kind="share",
     metric="农业科技进步贡献率", metric_alts=["科技进步贡献率"], **FLOW,
     note="a rate → share; 居全国前列 after it has no numeral")
fact("基地面积突破1亿亩", "1亿亩", value=1e8, unit="mu", kind="amount", bound="gt",
     metric="绿色有机食品基地面积",
     metric_alts=["绿色有机食品基地", "绿色有机食品种植面积"], **STOCK,
     note="突破 → gt (outside the span); area of certified bases (a stock): " + STOCK_NOTE)
fact("1亿亩，居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="绿色有机食品基地面积",
     metric_alts=["绿色有机食品基地", "绿色有机食品基地面积排名"], **STOCK,
     note="rank of the stock → " + STOCK_NOTE)
fact("可追溯面积达4800万亩", "4800万亩", value=4800e4, unit="mu", kind="amount",
     metric="农产品质量安全可追溯面积",
     metric_alts=["可追溯面积", "质量安全可追溯面积"], **STOCK,
     note="达 → eq; area covered (a stock): " + STOCK_NOTE)
g.neg("“九珍十八品”", "九珍十八品", "brand label “九珍十八品”, not a count claim")
fact("奶粉产量居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="婴幼儿配方奶粉产量",
     metric_alts=["婴幼儿配方奶粉产量排名", "婴幼儿配方奶粉"], **FLOW,
     note="rank of the year's output (a flow) → the year")
fact("试点村达到102个", "102个", value=102, unit="count", kind="count", classifier="个",
     metric="龙江民居试点村",
     metric_alts=["试点村", "龙江民居试点村数量", "民居试点村"], **STOCK,
     note="达到 = the number reached: " + STOCK_NOTE)
fact("改造危桥556座", "556座", value=556, unit="count", kind="count", classifier="座",
     metric="危桥", metric_alts=["改造危桥", "危桥改造", "危桥改造数量"], **FLOW)
fact("农村公路6060公里", "6060公里", value=6060e3, unit="m", kind="amount",
     metric="开工建设农村公路",
     metric_alts=["农村公路", "农村公路开工建设", "农村公路里程", "开工建设农村公路里程"],
     **FLOW, note="开工建设 kept in the primary metric (started, not completed)")

# ---- line 10: 二是 new productive forces ------------------------------------------------------
g.neg("二是因地制宜", "二是", MARKER_NOTE)
g.neg("“4567”现代化", "4567", "label of the industrial system “4567”, not a quantity")
fact("9项成果获国家", "9项", value=9, unit="count", kind="count", classifier="项",
     metric="获国家科学技术奖成果",
     metric_alts=["国家科学技术奖", "获国家科学技术奖的成果", "成果", "国家科学技术奖获奖成果",
                  "获奖成果"], **FLOW)
fact("先研院新生成企业15家", "15家", value=15, unit="count", kind="count", classifier="家",
     metric="新生成企业",
     metric_alts=["新生成企业数量", "企业", "生成企业", "孵化企业"],
     subject="哈工大先研院",
     subject_alts=["哈工大先进技术研究院", "哈尔滨工业大学先进技术研究院", "哈工大", "黑龙江省"],
     **FLOW, note="the institute owns the count")
fact("联盟成员达96家", "96家", value=96, unit="count", kind="count", classifier="家",
     metric="产业技术创新联盟成员",
     metric_alts=["全省产业技术创新联盟成员", "产业技术创新联盟", "产业技术创新联盟数量",
                  "联盟成员"],
     **STOCK, note="达 → eq; members of the province's alliances (a register): "
                   + STOCK_NOTE)
fact("重大科技成果622项", "622项", value=622, unit="count", kind="count", classifier="项",
     metric="转化重大科技成果",
     metric_alts=["重大科技成果", "重大科技成果转化", "转化重大科技成果数量"], **FLOW)
fact("认定高新技术企业1200家", "1200家", value=1200, unit="count", kind="count",
     classifier="家", bound="ge", metric="认定高新技术企业",
     metric_alts=["高新技术企业", "新认定高新技术企业", "高新技术企业数量",
                  "高新技术企业增量", "认定高新技术企业数量"],
     **FLOW, note="以上 → ge (outside the span); firms certified in 2024 (认定), not the "
                  "stock")
fact("落实人才振兴60条", "60条", value=60, unit="count", kind="count", classifier="条",
     metric="人才振兴政策措施",
     metric_alts=["人才振兴60条", "人才振兴措施", "人才振兴政策", "人才振兴", "措施"],
     **FLOW,
     note="judgement call: nickname of a policy package stating its number of measures → "
          "count of measures (README §2 七条措施; wr_jiangsu “33条”); the package predates "
          "2024 (落实 = implemented), so null is an equally good period (alt)")
fact("技能人才总量达266.9万人", "266.9万人", value=266.9e4, unit="count", kind="count",
     classifier="人", metric="技能人才总量",
     metric_alts=["技能人才", "技能人才数量", "技能人才总数"], **STOCK,
     note="总量达 → " + STOCK_NOTE)
fact("12人入选国家", "12人", value=12, unit="count", kind="count", classifier="人",
     metric="入选国家高层次人才",
     metric_alts=["国家高层次人才", "入选国家高层次人才人数", "国家高层次人才入选人数"],
     **FLOW)
fact("技改投资增速23.9%", "23.9%", value=23.9, unit="%", kind="growth",
     metric="制造业技改投资",
     metric_alts=["制造业技改投资增速", "制造业技术改造投资", "技改投资"], comparison="yoy",
     **FLOW, note="增速 X% → growth of the investment")
fact("高于全国15.9个百分点", "15.9个百分点", value=15.9, unit="pp", kind="change",
     metric="制造业技改投资增速",
     metric_alts=["制造业技改投资", "制造业技术改造投资增速", "技改投资增速"],
     comparison="比全国", **FLOW,
     note="pp difference of growth rates against the national rate (高于全国 → basis "
          "比全国, as nw_cctv_20240828_anhui_trade_2024); metric X增速 (README §3)")
g.neg("制造业单项冠军企业", "单项", "title 单项冠军 ('single-item champion'), not a "
      "quantity")
fact("单项冠军企业4户", "4户", value=4, unit="count", kind="count", classifier="户",
     metric="国家级制造业单项冠军企业",
     metric_alts=["新认定国家级制造业单项冠军企业", "制造业单项冠军企业", "单项冠军企业",
                  "国家级制造业单项冠军企业数量", "国家级制造业单项冠军企业增量"],
     **FLOW, note="新认定 N: the firms certified in 2024; 增量 alts (README §3)")
fact("、绿色工厂39户", "39户", value=39, unit="count", kind="count", classifier="户",
     metric="国家级绿色工厂",
     metric_alts=["绿色工厂", "新认定绿色工厂", "新认定国家级绿色工厂", "绿色工厂数量",
                  "绿色工厂增量"],
     **FLOW, note="head 新认定国家级 distributes over the list; 增量 alts")
fact("数字化车间56家", "56家", value=56, unit="count", kind="count", classifier="家",
     metric="省级智能工厂和数字化车间",
     metric_alts=["新认定省级智能工厂和数字化车间", "智能工厂和数字化车间",
                  "省级智能工厂和数字化车间数量", "省级智能工厂和数字化车间增量"],
     **FLOW, note="one count over two kinds of units (一 number → one fact)")
fact("比重提高1.7个百分点", "1.7个百分点", value=1.7, unit="pp", kind="change",
     metric="重点新兴产业产值占规上工业产值比重",
     metric_alts=["重点新兴产业产值占比", "重点新兴产业占规上工业比重",
                  "重点新兴产业产值占规上工业产值的比重"],
     comparison="yoy", **FLOW, note="pp change of a share against the previous year")
fact("规模稳居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="生物发酵氨基酸和生物质燃料乙醇生产基地规模",
     metric_alts=["生产基地规模", "生物发酵氨基酸和生物质燃料乙醇生产基地",
                  "生物发酵氨基酸和生物质燃料乙醇生产基地规模排名"],
     **STOCK, note="rank of a production-base size (capacity, a stock): " + STOCK_NOTE)
PROJ = ["入围工信部未来产业创新任务“揭榜挂帅”项目", "入围工信部未来产业创新任务揭榜挂帅项目",
        "未来产业创新任务“揭榜挂帅”项目", "未来产业创新任务揭榜挂帅项目", "“揭榜挂帅”项目",
        "揭榜挂帅项目", "入围项目", "项目"]
fact("人形机器人等8个项目", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="工信部未来产业创新任务“揭榜挂帅”项目",
     metric_alts=PROJ + ["工信部未来产业创新任务揭榜挂帅项目", "入围项目数量"], **FLOW,
     note="the predicate 入围 … defines the counted set → in the metric")
fact("数量列东北地区首位", "首位", value=1, unit="rank", kind="rank", scope="东北地区",
     metric="工信部未来产业创新任务“揭榜挂帅”项目数量",
     metric_alts=PROJ + ["工信部未来产业创新任务“揭榜挂帅”项目", "入围项目数量", "数量",
                         "工信部未来产业创新任务揭榜挂帅项目数量"], **FLOW,
     note="rank of the count of the year's selections → the year")

# ---- line 11: 三是 consumption and investment -------------------------------------------------
g.neg("三是着力促消费", "三是", MARKER_NOTE)
g.neg("实施“1+N”消费品", "1+N", LABEL_NOTE + " (“1+N” trade-in programme)")
fact("政府消费券4.8亿元", "4.8亿元", value=4.8e8, unit="CNY", kind="amount",
     metric="政府消费券", metric_alts=["发放政府消费券", "消费券", "政府消费券发放金额",
                                       "发放消费券"], **FLOW)
fact("促消费活动800余场", "800余场", value=800, unit="count", kind="count", classifier="场",
     bound="gt", metric="促消费活动",
     metric_alts=["开展促消费活动", "促消费活动场次", "促消费活动数量"], **FLOW,
     note="余 inside the span → gt")
fact("带动消费300亿元", "300亿元", value=300e8, unit="CNY", kind="amount",
     metric="带动消费", metric_alts=["消费", "带动消费额", "拉动消费"], **FLOW)
fact("网络零售额增长15%", "15%", value=15, unit="%", kind="growth", bound="ge",
     metric="网络零售额", metric_alts=["网上零售额"], comparison="yoy", **FLOW,
     note="以上 → ge (outside the span)")
fact("固定资产投资增长6%", "6%", value=6, unit="%", kind="growth", metric="固定资产投资",
     comparison="yoy", **FLOW, note="the following 增速高于全国平均水平 has no numeral")
g.neg("全年争取“两重”", "两重", LABEL_NOTE + " (两重)")
g.neg("“两重”“两新”超长期", "两新", LABEL_NOTE + " (两新)")
fact("特别国债资金433亿元", "433亿元", value=433e8, unit="CNY", kind="amount",
     metric="超长期特别国债资金",
     metric_alts=["争取超长期特别国债资金", "“两重”“两新”超长期特别国债资金",
                  "两重两新超长期特别国债资金", "特别国债资金", "争取“两重”“两新”超长期特别国债资金"],
     **FLOW_Q, note="全年 (= 2024) opens the sentence and governs the rest of line 11")
fact("完成投资626.3亿元", "626.3亿元", value=626.3e8, unit="CNY", kind="amount",
     metric="增发国债项目完成投资",
     metric_alts=["增发国债项目投资", "完成投资", "增发国债项目"], **FLOW_Q)
fact("，1000个省级重点", "1000个", value=1000, unit="count", kind="count", classifier="个",
     metric="省级重点产业项目",
     metric_alts=["重点产业项目", "省级重点产业项目数量"], **FLOW_Q,
     note="the year's list of provincial key projects (提速提质) → the year; 产业项目建设年 "
          "before it has no numeral")
g.neg("五星抽水蓄能电站", "五星", "place name 五星 inside the plant's name, not a quantity")
fact("电站等518个项目", "518个", value=518, unit="count", kind="count", classifier="个",
     metric="开工建设项目",
     metric_alts=["项目", "开工项目", "开工建设的项目", "开工建设省级重点产业项目",
                  "项目开工建设"], **FLOW_Q,
     note="projects (of the 1000) started in 2024; 开工建设 defines the counted set")
fact("产业化等270个项目", "270个", value=270, unit="count", kind="count", classifier="个",
     metric="建成投产项目",
     metric_alts=["项目", "建成投产的项目", "竣工投产项目", "建成投产省级重点产业项目",
                  "项目建成投产"], **FLOW_Q,
     note="projects completed and put into production in 2024")

NOTES = (
    "Excerpt: lines 1-11 of shared/texts/work_report/wr_heilongjiang_2025.txt (2,197 "
    "characters), sliced by code: title, source line, dateline, speaker, heading "
    "一、2024年工作回顾, the summary paragraph (过去一年 …), the highlights paragraph, "
    "一年来…主要做了以下工作。 and review items 一是 (agriculture), 二是 (new productive "
    "forces) and the first paragraph of 三是 (consumption, investment). This version of the "
    "report has no consolidated 2025 target list (二、2025年工作总体要求 states five "
    "principles, 二是遵循经济规律 only as a heading; the first target number is in source "
    "line 30), so no target part could be joined contiguously; the excerpt is review only. "
    "Date: 2025-01-13, the delivery date in the dateline (line 3: 2025年1月13日在黑龙江省第"
    "十四届人民代表大会第三次会议上); the corpus meta and INDEX.tsv agree. 过去一年 / 一年来 / "
    "全年 = 2024; 今年 = 2025 (not used in the excerpt). Place: 黑龙江省 (全省, 我省, 龙江 → "
    "黑龙江省, alts); owners of their own numbers: 哈工大先研院 (15家), the reactor (3000吨级), "
    "the 万卡 computing centre; sector figures (农产品精深加工 221家 / 9%) keep the province "
    "with the sector as alt. Periods: line 6 → 过去一年 (2024); lines 7, 9, 10 and the start "
    "of 11 → section frame of the heading 2024年 (null as alt); 全年 in line 11 governs the "
    "rest of that line; stocks (累计, 总量, 达 of registers and areas, ranks of stocks and "
    "capacities) → instant 2024-12-31 with the literal year and null as alts. Modality: "
    "actual throughout except 千万吨 (the goal of the 千万吨粮食增产计划, target, period "
    "null). Judgement calls: 连续15年 a duration fact (as wr_jiangsu) with the rank 首位 on "
    "the year; 3000吨级 and 万卡 quantities in names → facts (SPEC §1); 千万吨粮食增产计划 → "
    "target fact; 人才振兴60条 → count of measures; 高于全国15.9个百分点 → change with "
    "comparison 比全国. Negatives: years/dates, session labels, 一、, 一是-三是, 过去一年/"
    "一年来 (period), 二十大, 二十届二中、三中全会, labels (五大, 三基地一屏障一高地, 六个, 八个, "
    "五良, 四个农业, 九珍十八品, 4567, 1+N, 两重, 两新), 第八届, 中国一重, 一批, 首个, 单(集群), "
    "单项(冠军), 单产 ×2, 五星 (place name).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：黑龙江新闻网)", title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
