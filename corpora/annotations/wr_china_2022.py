"""Gold annotations for wr_china_2022 (2022年中华人民共和国国务院政府工作报告), lines 4-18 of
shared/texts/work_report/wr_china_2022.txt.

The excerpt corpora/wr_china_2022.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the opening of the review (过去一年是…一年来…), the
seven headline bullets of 2021 (——经济保持恢复发展 … ——疫情防控成果持续巩固), the line
回顾过去一年…主要做了以下工作。 and review items 一是 … 六是.  This is the number-dense part
of the report: the 2022 主要预期目标 (source line 27) can only be joined by a run (lines
15-27, 2,473 characters) that gives up the headline bullets for the sparse closing of the
review (外交, 问题和挑战, 总体要求), with about half as many numbers.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2022.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2022"
PLACE = "中国"
REF = "2022-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 4, 18                     # 1-based, inclusive, whole lines
TITLE = "2022年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="过去一年是党和国家历史上", ends="积极应对气候变化。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
CAMPAIGN_NOTE = "name of a multi-year campaign (N年行动), not a duration fact"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2010 / wr_china_2019)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2022-03-05) ---------------------------------------------------
# The excerpt is the review of 2021 (过去一年 / 一年来 / 去年 = 2021 in a report delivered on
# 2022-03-05).  The source has no heading 一、2021年工作回顾; the review is opened by line 1
# of the excerpt, 过去一年是… (the excerpt's first words).  Lines 2-8 (the bullets) and 10-15
# (一是 … 六是) state no period before their numbers, so they take the review year as the
# section frame (SPEC §4) with the period text 过去一年 and the null reading in period_alts
# (as wr_china_2019).  In line 11 (二是), 去年 opens the second sentence and governs the rest
# of that line (1万亿元 onwards; same dates, period text 去年); the two numbers before it
# (上亿, 数亿) keep the frame.  Stocks (市场主体总量, 装机规模, 接种覆盖率, a rate 提高到) are
# the instant 2021-12-31 with the literal year and null as alts.
Y21 = P("过去一年", "2021-01-01", "2021-12-31")
Y21_NULL = P("过去一年", None, None)
Y21_END = P("过去一年", "2021-12-31", "2021-12-31")
FLOW = dict(period=Y21, period_alts=[Y21_NULL])
STOCK = dict(period=Y21_END, period_alts=[Y21, Y21_NULL])
LEVEL = dict(period=Y21, period_alts=[Y21_NULL, Y21_END])
STOCK_NOTE = ("stock under the review year 2021: instant 2021-12-31; the literal year and "
              "null in period_alts")
LY = P("去年", "2021-01-01", "2021-12-31")
FLOW_LY = dict(period=LY, period_alts=[Y21, P("去年", None, None)])

# ---- line 1: opening of the review --------------------------------------------------------
g.neg("过去一年是党和国家", "过去一年", PERIOD_NOTE + " (the review year 2021; names the "
      "frame of the review)")
g.neg("具有里程碑意义的一年", "一年", "里程碑意义的一年 'a milestone year' (the year itself), "
      "not a duration fact")
g.neg("成立一百周年", "一百周年", "anniversary label (中国共产党成立一百周年, the "
      "celebration), not a duration fact")
g.neg("党的十九届六中全会", "十九届六中全会", "plenum label (SPEC §1)")
g.neg("制定党的第三个历史决议", "第三个", "ordinal in the name of the resolution (the "
      "Party's third historical resolution), not a measured rank")
g.neg("实现第一个百年奋斗目标", "第一个百年", "slogan label 第一个百年奋斗目标 (the first "
      "centenary goal), not a quantity")
g.neg("向第二个百年奋斗目标", "第二个百年", "slogan label 第二个百年奋斗目标 (the second "
      "centenary goal), not a quantity")
g.neg("一年来，面对复杂", "一年来", PERIOD_NOTE + " (the review year); not a duration fact")
g.neg("“十四五”实现良好开局", "十四五", "plan label 十四五")

# ---- line 2: ——经济保持恢复发展 -------------------------------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值达到114万亿元", "114万亿元", value=114e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **FLOW,
     note="达到 → eq; 万亿元 = 1e12; a flow of the year; no 预计 → actual")
fact("114万亿元，增长8.1%", "8.1%", value=8.1, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP + ["经济增长"], comparison="yoy", **FLOW)
FISC = ["财政收入", "全国一般公共预算收入", "一般公共预算收入", "全国财政收入总额"]
fact("财政收入突破20万亿元", "20万亿元", value=20e12, unit="CNY", kind="amount",
     bound="gt", metric="全国财政收入", metric_alts=FISC, **FLOW,
     note="突破 → gt (outside the span)")
fact("20万亿元，增长10.7%", "10.7%", value=10.7, unit="%", kind="growth",
     metric="全国财政收入", metric_alts=FISC, comparison="yoy", **FLOW)
fact("城镇新增就业1269万人", "1269万人", value=12690000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     **FLOW)
fact("失业率平均为5.1%", "5.1%", value=5.1, unit="%", kind="share", metric="城镇调查失业率",
     metric_alts=["调查失业率", "平均城镇调查失业率", "城镇调查失业率平均"], **FLOW,
     note="a rate → share; 平均 = the average of the monthly rates over 2021 → the year")
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格指数涨幅"]
fact("居民消费价格上涨0.9%", "0.9%", value=0.9, unit="%", kind="growth",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **FLOW,
     note="上涨 = growth of the price level (as wr_china_2013 居民消费价格涨幅)")

# ---- line 3: ——创新能力进一步增强 -----------------------------------------------------------
fact("企业研发经费增长15.5%", "15.5%", value=15.5, unit="%", kind="growth",
     metric="企业研发经费", metric_alts=["企业研发经费支出", "企业研发投入", "研发经费"],
     comparison="yoy", **FLOW)

# ---- line 4: ——经济结构和区域布局继续优化 ----------------------------------------------------
fact("粮食产量1.37万亿斤", "1.37万亿斤", value=6.85e8, unit="t", kind="amount",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食"], **FLOW,
     note="1.37万亿斤 = 1.37e12 斤 × 0.0005 t = 6.85e8 t (SPEC §3); 创历史新高 after it "
          "states no rank number")
fact("制造业增加值增长18.2%", "18.2%", value=18.2, unit="%", kind="growth",
     metric="高技术制造业增加值", metric_alts=["高技术制造业"], comparison="yoy", **FLOW)

# ---- line 5: ——改革开放不断深化 -------------------------------------------------------------
g.neg("推出一批重大改革举措", "一批", "quantifier 一批")
fact("市场主体总量超过1.5亿户", "1.5亿户", value=1.5e8, unit="count", kind="count",
     classifier="户", bound="gt", metric="市场主体总量",
     metric_alts=["市场主体", "市场主体数量", "市场主体总数"], **STOCK,
     note="超过 → gt (outside the span); 总量 of a register → " + STOCK_NOTE)
g.neg("高质量共建“一带一路”稳步", "一带一路", "initiative name 一带一路 (Belt and Road)")
fact("进出口总额增长21.4%", "21.4%", value=21.4, unit="%", kind="growth",
     metric="货物进出口总额",
     metric_alts=["进出口总额", "货物进出口", "外贸进出口总额", "货物贸易进出口总额"],
     comparison="yoy", **FLOW, note="(实际使用外资保持增长 after it has no numeral)")

# ---- line 6: ——生态文明建设持续推进 ---------------------------------------------------------
g.neg("细颗粒物（PM2.5）", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a "
      "quantity (as nw_cctv_20210526_yrd_2021)")
fact("平均浓度下降9.1%", "9.1%", value=-9.1, unit="%", kind="growth",
     metric="细颗粒物（PM2.5）平均浓度",
     metric_alts=["细颗粒物平均浓度", "PM2.5平均浓度", "细颗粒物(PM2.5)平均浓度",
                  "地级及以上城市细颗粒物（PM2.5）平均浓度", "PM2.5浓度", "细颗粒物浓度",
                  "地级及以上城市细颗粒物平均浓度", "地级及以上城市PM2.5平均浓度"],
     subject_alts=CN + ["地级及以上城市"], comparison="yoy", **FLOW,
     note="下降 → negative; the average over prefecture-level and larger cities: the "
          "country keeps the subject, the set of cities as alt (README §4)")
g.neg("第一批国家公园", "第一批", "first-of-kind label 第一批 (the first batch of national "
      "parks), not a measured rank or count (README §2 首批)")

# ---- line 7: ——人民生活水平稳步提高 ---------------------------------------------------------
INC = ["全国居民人均可支配收入", "人均可支配收入", "居民收入"]
fact("可支配收入实际增长8.1%", "8.1%", value=8.1, unit="%", kind="growth",
     metric="居民人均可支配收入", metric_alts=INC, comparison="yoy", **FLOW,
     note="实际 = in real terms")
fact("城镇老旧小区5.6万个", "5.6万个", value=56000, unit="count", kind="count",
     classifier="个", metric="新开工改造城镇老旧小区",
     metric_alts=["城镇老旧小区", "城镇老旧小区改造", "新开工改造的城镇老旧小区",
                  "老旧小区改造", "新开工改造城镇老旧小区数量"],
     **FLOW, note="新开工 kept in the primary metric (started, not completed)")
fact("惠及近千万家庭", "千万", value=1e7, unit="count", kind="count", classifier="户",
     bound="approx", metric="老旧小区改造惠及家庭",
     metric_alts=["惠及家庭", "受惠家庭", "家庭", "城镇老旧小区改造惠及家庭",
                  "新开工改造城镇老旧小区惠及家庭", "惠及家庭数量"],
     **FLOW,
     note="近 → approx (outside the span); 千万 = 1e7; no classifier written (千万 + noun "
          "家庭): 户 implied (as 6069万农民 → 人 in wr_china_2010); the families benefiting "
          "from the 5.6万个 estates started in 2021")

# ---- line 8: ——疫情防控成果持续巩固 ---------------------------------------------------------
fact("接种覆盖率超过85%", "85%", value=85, unit="%", kind="share", bound="gt",
     metric="疫苗全程接种覆盖率",
     metric_alts=["全程接种覆盖率", "疫苗接种覆盖率", "新冠疫苗全程接种覆盖率",
                  "接种覆盖率"],
     **STOCK, note="超过 → gt; share of the population fully vaccinated (a share of a "
                   "stock): " + STOCK_NOTE)

# ---- line 9: 回顾过去一年 -------------------------------------------------------------------
g.neg("回顾过去一年", "过去一年", PERIOD_NOTE + " (the review year 2021; its own line)")
g.neg("扎实做好“六稳”", "六稳", LABEL_NOTE + " (六稳)")
g.neg("、“六保”工作", "六保", LABEL_NOTE + " (六保)")

# ---- line 10: 一是 macro policy --------------------------------------------------------------
g.neg("一是保持宏观政策", "一是", MARKER_NOTE)
DIRECT = ["中央财政资金", "直达资金", "中央财政直达资金", "纳入直达范围中央财政资金",
          "纳入直达范围的资金", "直达机制资金", "中央财政资金纳入直达范围"]
gov("将2.8万亿元中央财政资金", "2.8万亿元", value=2.8e12, unit="CNY", kind="amount",
    metric="纳入直达范围的中央财政资金", metric_alts=DIRECT, **FLOW,
    note="central funds put under the direct-transfer mechanism in 2021; " + GOV_NOTE)
fact("两次全面降准", "两次", value=2, unit="count", kind="count", classifier="次",
     metric="全面降准",
     metric_alts=["降准", "全面降准次数", "降准次数", "全面降低存款准备金率"],
     subject_alts=CN + ["中国人民银行", "人民银行", "央行"], **FLOW,
     note="count of the across-the-board RRR cuts of 2021 (两次 → 2, classifier 次, as "
          "nw_cctv_20160918 两次); made by the central bank under the government's monetary "
          "policy → 中国, the central bank as alt")
g.neg("大众创业万众创新", "万众", "slogan 大众创业万众创新 ('mass entrepreneurship and "
      "innovation'), not a quantity")

# ---- line 11: 二是 relief for firms ---------------------------------------------------------
g.neg("二是优化和落实", "二是", MARKER_NOTE)
fact("上亿市场主体", "上亿", value=1e8, unit="count", kind="count", classifier="户",
     bound="ge", metric="市场主体",
     metric_alts=["市场主体数量", "市场主体总量", "市场主体总数"], **STOCK,
     note="judgement call: 上亿 is a lexicalized approximate numeral (SPEC §2 上百/上万 → "
          "ge; README §1 the prefix stays in the span) stating the stock of market entities "
          "(≥ 1e8; line 5 gives 超过1.5亿户) → a fact, classifier 户 implied (as 1.5亿户); "
          "the sentence precedes 去年, so the section frame applies: " + STOCK_NOTE)
fact("承载着数亿人就业创业", "数亿人", value=1e8, unit="count", kind="count",
     classifier="人", bound="gt", metric="就业创业",
     metric_alts=["就业创业人数", "市场主体承载的就业创业人数", "市场主体承载就业创业",
                  "就业人数", "就业创业人口"],
     **STOCK,
     note="judgement call: 数亿 → 1e8 gt (SPEC §2: 数十 → 10 gt); people whose jobs or "
          "businesses the market entities carry (a stock): " + STOCK_NOTE + "; the reading "
          "as rhetoric without a measured quantity (negative) is the alternative")
gov("去年新增减税降费超过1万亿元", "1万亿元", value=1e12, unit="CNY", kind="amount",
    bound="gt", metric="新增减税降费",
    metric_alts=["减税降费", "新增减税降费规模", "减税降费规模", "减税降费金额",
                 "新增减税降费金额"],
    **FLOW_LY, note="超过 → gt; 去年 (= 2021) opens the sentence and governs the rest of the "
                    "line; " + GOV_NOTE)
g.neg("2013年以来新增的", "2013年以来", PERIOD_NOTE + " (defines the set 2013年以来新增的涉税"
      "市场主体 of the 4.76万亿元; not its period, which is 去年)")
TAX = dict(subject_alts=CN + ["2013年以来新增的涉税市场主体", "新增的涉税市场主体",
                              "涉税市场主体", "新增涉税市场主体"])
fact("去年纳税达到4.76万亿元", "4.76万亿元", value=4.76e12, unit="CNY", kind="amount",
     metric="2013年以来新增的涉税市场主体纳税",
     metric_alts=["纳税", "涉税市场主体纳税", "新增的涉税市场主体纳税", "新增涉税市场主体纳税",
                  "纳税额", "2013年以来新增涉税市场主体纳税"],
     **TAX, **FLOW_LY,
     note="taxes paid in 2021 (去年) by the market entities registered since 2013: the "
          "set-defining clause is kept in the primary metric (as a threshold, SPEC §2), the "
          "entities as subject alts; 达到 → eq")
LOAN_NOTE = ("growth of the loan balance over 2021 (去年 governs the rest of the line); the "
             "lenders' group is written into the metric, the country keeps the subject, the "
             "group as alt (README §4)")
fact("普惠小微企业贷款增长27.3%", "27.3%", value=27.3, unit="%", kind="growth",
     metric="银行业金融机构普惠小微企业贷款",
     metric_alts=["普惠小微企业贷款", "普惠小微贷款", "普惠小微企业贷款余额",
                  "银行业金融机构普惠小微企业贷款余额", "普惠小微贷款余额"],
     subject_alts=CN + ["银行业金融机构"], comparison="yoy", **FLOW_LY, note=LOAN_NOTE)
fact("贷款增幅超过40%", "40%", value=40, unit="%", kind="growth", bound="gt",
     metric="大型商业银行普惠小微企业贷款",
     metric_alts=["普惠小微企业贷款", "大型商业银行普惠小微企业贷款增幅",
                  "大型商业银行普惠小微贷款", "大型商业银行普惠小微企业贷款余额"],
     subject_alts=CN + ["大型商业银行", "国有大型商业银行"], comparison="yoy", **FLOW_LY,
     note="增幅超过 → growth, gt; " + LOAN_NOTE)

# ---- line 12: 三是 reform and opening --------------------------------------------------------
g.neg("三是深化改革", "三是", MARKER_NOTE)
g.neg("实现一网通办", "一网通办", LABEL_NOTE + " (一网通办 'one-network service')")
g.neg("推广一批地方改革", "一批", "quantifier 一批")
g.neg("国企改革三年行动", "三年", CAMPAIGN_NOTE + " (国企改革三年行动)")
g.neg("深化共建“一带一路”务实", "一带一路", "initiative name 一带一路 (Belt and Road)")
g.neg("及首届消博会", "首届", "edition label 首届 (the first Consumer Products Expo), not a "
      "rank")
fact("新增4个服务业", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="服务业扩大开放综合试点",
     metric_alts=["新增服务业扩大开放综合试点", "服务业扩大开放综合试点增量",
                  "服务业扩大开放综合试点数量增量", "综合试点", "服务业扩大开放综合试点数量"],
     **FLOW, note="新增 N: pilots added in 2021; 增量 alts (README §3)")

# ---- line 13: 四是 innovation ----------------------------------------------------------------
g.neg("四是强化创新", "四是", MARKER_NOTE)
gov("比例提高到100%", "100%", value=100, unit="%", kind="share",
    metric="制造业企业研发费用加计扣除比例",
    metric_alts=["研发费用加计扣除比例", "加计扣除比例", "制造业企业研发费用加计扣除"],
    **STOCK,
    note="a policy rate (a share) raised in 2021: the end value of a change (提高到), the "
         "level in force at the end of the review year (stock rule, as the 提高到 levels of "
         "wr_china_2019): " + STOCK_NOTE + "; " + GOV_NOTE)

# ---- line 14: 五是 regional and rural --------------------------------------------------------
g.neg("五是推动城乡", "五是", MARKER_NOTE)
g.neg("实施一批重大项目", "一批", "quantifier 一批")
g.neg("一次性发放200亿元", "一次性", "adverb 一次性 'in one payment', not a count")
SUB = ["补贴", "一次性补贴", "种粮农民一次性补贴", "对种粮农民一次性发放补贴", "种粮补贴",
       "种粮农民补贴资金", "一次性补贴资金"]
gov("发放200亿元补贴", "200亿元", value=200e8, unit="CNY", kind="amount",
    metric="种粮农民补贴", metric_alts=SUB, **FLOW,
    note="one-off subsidy paid in 2021 to grain farmers; " + GOV_NOTE)
fact("确定160个国家", "160个", value=160, unit="count", kind="count", classifier="个",
     metric="国家乡村振兴重点帮扶县",
     metric_alts=["乡村振兴重点帮扶县", "重点帮扶县", "国家乡村振兴重点帮扶县数量",
                  "确定国家乡村振兴重点帮扶县"],
     subject_alts=CN + GOV, **LEVEL,
     note="counties designated (确定) in 2021 → the year, the year-end stock reading as alt")
g.neg("整治提升五年行动", "五年", CAMPAIGN_NOTE + " (农村人居环境整治提升五年行动)")

# ---- line 15: 六是 ecology --------------------------------------------------------------------
g.neg("六是加强生态环境", "六是", MARKER_NOTE)
g.neg("长江十年禁渔", "十年", "judgement call: name of the policy 长江十年禁渔 (the ten-year "
      "fishing ban on the Yangtze), a label here (全面实施…), not a duration fact; a "
      "target duration of 10 years would be the alternative reading")
fact("装机规模突破10亿千瓦", "10亿千瓦", value=1e12, unit="W", kind="amount", bound="gt",
     metric="可再生能源发电装机规模",
     metric_alts=["可再生能源发电装机", "可再生能源装机规模", "可再生能源装机",
                  "可再生能源发电装机容量"],
     **STOCK, note="突破 → gt; 10亿千瓦 = 1e12 W; installed capacity (a stock): "
                   + STOCK_NOTE)

NOTES = (
    "Excerpt: lines 4-18 of shared/texts/work_report/wr_china_2022.txt (2,483 characters "
    "with the final newline), sliced by code: the opening of the review (过去一年是…), the "
    "seven headline bullets of 2021 (——经济保持恢复发展 … ——疫情防控成果持续巩固), the line "
    "回顾过去一年…主要做了以下工作。 and review items 一是-六是. This is the number-dense part of "
    "the report; the 2022 主要预期目标 (source line 27) could only be joined by a run (lines "
    "15-27, 2,473 characters) that drops the headline bullets for the sparse end of the "
    "review, with about half the numbers, so the excerpt is review only. Title line, "
    "dateline and speaker (source lines 1-3) are outside the excerpt; the title is the "
    "corpus meta title (the source line reads only 政府工作报告), title_in_text=False. "
    "Date: 2022-03-05, the delivery date in the dateline (source line 2: ——2022年3月5日在第"
    "十三届全国人民代表大会第五次会议上); the corpus meta agrees. 过去一年 / 一年来 / 去年 = "
    "2021; 今年 (为今年应对困难挑战预留政策空间) = 2022 governs no number. Place: national "
    "report → 中国 (alts 我国/全国/中华人民共和国); the central government's own money and "
    "acts (2.8万亿元 直达资金, 1万亿元 减税降费, 200亿元 补贴, 100% 加计扣除比例, 160个 县) keep "
    "中国 with 中央政府/国务院/中央财政 as alts; groups owning a number (地级及以上城市, "
    "银行业金融机构, 大型商业银行, 2013年以来新增的涉税市场主体, 中国人民银行) are alts. "
    "Periods: no heading names the year, so the review frame takes the period text 过去一年 "
    "(excerpt line 1) with null as alt; in line 11 (二是) 去年 governs the rest of the line "
    "(1万亿元, 4.76万亿元, 27.3%, 40%; same dates); stocks (市场主体总量 1.5亿户, 上亿 / 数亿, "
    "接种覆盖率, 加计扣除比例 提高到, 可再生能源装机) → instant 2021-12-31 with the literal year "
    "and null as alts; 160个 重点帮扶县 → the year with the year-end as alt. Modality: actual "
    "throughout. Judgement calls: 上亿市场主体 / 数亿人 as facts (ge / gt, SPEC §2 "
    "approximate numerals) rather than rhetoric; 近千万家庭 → 1e7 approx, classifier 户 "
    "implied; 两次全面降准 → count 2; 4.76万亿元 → metric with the set-defining clause "
    "(2013年以来新增的涉税市场主体纳税), 2013年以来 a negative; 长江十年禁渔 a negative (policy "
    "name); 创历史新高 / 实际使用外资保持增长 carry no numeral. Negatives: 过去一年 ×2, 一年, "
    "一年来, 一百周年, 十九届六中全会, 第三个 (历史决议), 第一个百年 / 第二个百年, 十四五, 一批 ×3, "
    "一带一路 ×2, PM2.5, 第一批, 六稳 / 六保, 一是-六是, 万众, 2013年以来, 一网通办, 三年 / 五年 "
    "(campaign names), 首届, 一次性, 十年 (禁渔).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
