"""Gold annotations for wr_china_2019_c (2019年中华人民共和国国务院政府工作报告: the headline
results of 2018 and the first four review items), lines 2-14 of
shared/texts/work_report/wr_china_2019.txt.

The excerpt corpora/wr_china_2019_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut): the six headline paragraphs of the review of 2018
(——经济运行… / ——经济结构… / ——发展新动能… / ——改革开放… / ——三大攻坚战… / ——人民生活…),
the 40周年 line, 回顾过去一年… (the difficulties), the bridging line 一年来…主要做了以下工作。 and
review items 一是 (macro policy), 二是 (三大攻坚战), 三是 (supply-side reform) and 四是
(innovation).  The opening line of the review (source line 1, 过去一年是…) lies outside the
excerpt; lines 15-25 are wr_china_2019 (held out) and lines 34-44 wr_china_2019_b (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2019_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2019_c"
SOURCE_ID = "wr_china_2019"
PLACE = "中国"
REF = "2019-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 2, 14                     # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2019年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2019)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="——经济运行保持在合理区间。",
                 ends="科技进步贡献率提高到58.5%。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2018 / wr_china_2019_b)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2019-03-05; 去年 = 过去一年 = 2018, 今年 = 2019) ---------------------
# The whole excerpt is the review of 2018 (part 一, opened by source line 1 过去一年是…, outside
# the excerpt).  The headline paragraphs (lines 1-6 of the excerpt, each a new line opened by
# ——) and items 二是…四是 state no period: their numbers take the review year 2018 (SPEC §4
# document/section frame; period text 过去一年, the excerpt's own name for it in line 8
# 回顾过去一年, as wr_china_2019), the null reading in period_alts.
# - flows, rates and averages of the year (增长, 新增, 减少, 日均, 贡献率) → the year;
# - stocks (总量超过1亿户 of a register, 近14亿人口, 外汇储备) → the instant 2018-12-31 (stock
#   rule), the year and null as alts;
# - levels reached at the end of the year that are ratios of flows (科技进步贡献率提高到) and
#   ranks of a flow (实际使用外资 稳居…首位) → the year, null and the year-end instant as alts
#   (as wr_china_2018 to_flow / last_year).
# Item 一是 (line 10) states 全年 (= 2018) before 1.3万亿元: explicit, it governs the rest of
# its line (4次, 3万亿美元).
Y18 = P("过去一年", "2018-01-01", "2018-12-31")
Y18_NULL = P("过去一年", None, None)
Y18_END = P("过去一年", "2018-12-31", "2018-12-31")
FLOW = dict(period=Y18, period_alts=[Y18_NULL])
LEVEL = dict(period=Y18, period_alts=[Y18_NULL, Y18_END])
STOCK = dict(period=Y18_END, period_alts=[Y18, Y18_NULL])
FULL = P("全年", "2018-01-01", "2018-12-31")
YEAR = dict(period=FULL, period_alts=[P("全年", None, None)])
FULL_END = P("全年", "2018-12-31", "2018-12-31")
YEAR_STOCK = dict(period=FULL_END, period_alts=[FULL, P("全年", None, None)])
FRAME_NOTE = ("no period in its line: the review year 2018 (frame of the section, opened by "
              "source line 1 过去一年是…, outside the excerpt), null in period_alts")
STOCK_NOTE = ("a stock under the review year: instant 2018-12-31 (stock rule), the year and "
              "null as alts")
FULL_NOTE = "全年 (= 2018, explicit) stated earlier in the line governs"

# ==== line 1 (source 2): ——经济运行保持在合理区间 ==================================================
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值增长6.6%", "6.6%", value=6.6, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP + ["经济增长", "经济增速"], comparison="yoy",
     **FLOW, note="增长 → yoy; " + FRAME_NOTE)
fact("总量突破90万亿元", "90万亿元", value=90e12, unit="CNY", kind="amount", bound="gt",
     metric="国内生产总值", metric_alts=GDP + ["总量", "国内生产总值规模"], **FLOW,
     note="突破 → gt (outside the span); 万亿元 = 1e12; 总量 = the GDP of the year (a flow); "
          + FRAME_NOTE)
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格指数涨幅"]
fact("居民消费价格上涨2.1%", "2.1%", value=2.1, unit="%", kind="growth",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **FLOW,
     note="上涨 = growth of the price level; " + FRAME_NOTE)
fact("城镇新增就业1361万人", "1361万人", value=1361e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "城镇新增就业人口"], **FLOW, note=FRAME_NOTE)
fact("调查失业率稳定在5%左右", "5%", value=5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率", "城镇调查失业率水平"],
     **LEVEL,
     note="a rate of a population → share (SPEC §2); 左右 → approx (outside the span); the "
          "head 城镇 shared with 城镇新增就业 restored (调查失业率 as alt); 稳定在 = held through "
          "the year → the year, the year-end instant as alt; " + FRAME_NOTE)
fact("近14亿人口的发展中大国", "14亿", value=14e8, unit="count", kind="count",
     classifier="人", bound="approx", metric="人口",
     metric_alts=["总人口", "人口数量", "人口规模", "全国人口"], **STOCK,
     note="judgement call: 近14亿人口的发展中大国 states the size of the population → a count "
          "fact (as 13亿多人口 in wr_china_2018); 近 → approx (outside the span); 人 implied; "
          + STOCK_NOTE)

# ==== line 2 (source 3): ——经济结构不断优化 ========================================================
fact("贡献率接近60%", "60%", value=60, unit="%", kind="share", bound="approx",
     metric="服务业对经济增长贡献率",
     metric_alts=["服务业对经济增长的贡献率", "服务业贡献率", "服务业对经济增长贡献",
                  "第三产业对经济增长贡献率", "贡献率"],
     **FLOW,
     note="contribution rate → share (as 贡献率 in wr_china_2018); 接近 → approx (SPEC §2 近/"
          "将近), outside the span; " + FRAME_NOTE)
fact("能耗下降3.1%", "3.1%", value=-3.1, unit="%", kind="growth",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗"],
     comparison="yoy", **FLOW, note="下降 → negative value; " + FRAME_NOTE)

# ==== line 3 (source 4): ——发展新动能快速成长 ======================================================
g.neg("嫦娥四号等", "嫦娥四号", "spacecraft name 嫦娥四号 (Chang'e 4), not a quantity")
g.neg("等一批重大科技", "一批", "quantifier 一批")
g.neg("大众创业万众创新", "万众", "slogan 大众创业万众创新, not a quantity (as wr_china_2018)")
NEWF = ["日均新设企业数", "日均新登记企业", "平均每天新设企业", "每天新设企业", "新设企业"]
fact("日均新设企业超过1.8万户", "1.8万户", value=1.8e4, unit="count", kind="count",
     classifier="户", bound="gt", metric="日均新设企业", metric_alts=NEWF, **FLOW,
     note="超过 → gt (outside the span); a daily average over the year (the rate stays in "
          "the metric, as wr_china_2018) → the year; " + FRAME_NOTE)
fact("市场主体总量超过1亿户", "1亿户", value=1e8, unit="count", kind="count",
     classifier="户", bound="gt", metric="市场主体总量",
     metric_alts=["市场主体", "市场主体数量", "市场主体总数"], **STOCK,
     note="超过 → gt; the size of the register (a stock): " + STOCK_NOTE)

# ==== line 4 (source 5): ——改革开放取得新突破 ======================================================
g.neg("共建“一带一路”取得", "一带一路", "initiative name 一带一路 (Belt and Road)")
g.neg("首届中国国际进口博览会", "首届", "edition label (首届 'the first' 中国国际进口博览会), not "
      "a rank or count")
TRADE = ["进出口总额", "货物进出口", "外贸进出口总额", "进出口", "货物贸易进出口总额",
         "货物进出口总值"]
fact("货物进出口总额超过30万亿元", "30万亿元", value=30e12, unit="CNY", kind="amount",
     bound="gt", metric="货物进出口总额", metric_alts=TRADE, **FLOW,
     note="超过 → gt (outside the span); 万亿元 = 1e12; " + FRAME_NOTE)
FDI = ["实际利用外资", "利用外资", "外商直接投资", "实际使用外资金额"]
fact("实际使用外资1383亿美元", "1383亿美元", value=1383e8, unit="USD", kind="amount",
     metric="实际使用外资", metric_alts=FDI, **FLOW, note="亿美元 → USD; " + FRAME_NOTE)
fact("稳居发展中国家首位", "首位", value=1, unit="rank", kind="rank", scope="发展中国家",
     metric="实际使用外资",
     metric_alts=FDI + ["实际使用外资规模", "利用外资规模", "实际使用外资排名"], **LEVEL,
     note="首位 → 1 (as nw_cctv_20200104_xinjiang_ports_2019); scope 发展中国家; the rank of "
          "the year's foreign investment (a flow) → the year, null and the year-end instant "
          "as alts; " + FRAME_NOTE)

# ==== line 5 (source 6): ——三大攻坚战开局良好 ======================================================
g.neg("——三大攻坚战开局", "三大", "set label 三大攻坚战 (the three critical battles), not a "
      "count (as nw_cctv_20200117_china_2019)")
fact("农村贫困人口减少1386万", "1386万", value=-1386e4, unit="count", kind="count",
     classifier="人", metric="农村贫困人口增量",
     metric_alts=["农村贫困人口", "农村贫困人口减少", "农村贫困人口数量增量", "减贫人数",
                  "贫困人口增量", "农村贫困人口减少人数", "贫困人口减少"],
     **FLOW,
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); no "
          "measure word written, 人 implied (人口); " + FRAME_NOTE)
fact("易地扶贫搬迁280万人", "280万人", value=280e4, unit="count", kind="count",
     classifier="人", metric="易地扶贫搬迁",
     metric_alts=["易地扶贫搬迁人口", "易地扶贫搬迁人数", "易地搬迁"], **FLOW,
     note="people resettled in 2018 (as 830万人 in wr_china_2018); " + FRAME_NOTE)
g.neg("细颗粒物（PM2.5）", "PM2.5", "indicator name PM2.5 (fine particulate matter), not a "
      "quantity (as M2 in wr_china_2018)")

# ==== line 6 (source 7): ——人民生活持续改善 ========================================================
fact("可支配收入实际增长6.5%", "6.5%", value=6.5, unit="%", kind="growth",
     metric="居民人均可支配收入",
     metric_alts=["人均可支配收入", "全国居民人均可支配收入", "居民收入"], comparison="yoy",
     **FLOW, note="实际 = in real terms; " + FRAME_NOTE)
gov("设立6项专项附加扣除", "6项", value=6, unit="count", kind="count", classifier="项",
    metric="专项附加扣除",
    metric_alts=["个人所得税专项附加扣除", "专项附加扣除项目", "设立专项附加扣除",
                 "专项附加扣除数量", "个人所得税专项附加扣除项目"],
    **FLOW,
    note="the six special additional deductions of the individual income tax set up in 2018 "
         "(设立, a count of measures, README §2); " + GOV_NOTE + "; " + FRAME_NOTE)
fact("家庭困难学生近1亿人次", "1亿人次", value=1e8, unit="count", kind="count",
     classifier="人次", bound="approx", metric="资助各类学校家庭困难学生",
     metric_alts=["家庭困难学生", "资助家庭困难学生", "资助学生", "资助家庭困难学生人次",
                  "受资助家庭困难学生", "资助各类学校家庭困难学生人次"],
     **FLOW,
     note="近 → approx (outside the span); 人次 is a classifier (SPEC §3); " + FRAME_NOTE)
fact("棚户区住房改造620多万套", "620多万套", value=620e4, unit="count", kind="count",
     classifier="套", bound="gt", metric="棚户区住房改造",
     metric_alts=["棚户区改造", "棚户区改造住房", "棚户区住房改造套数", "棚改"], **FLOW,
     note="多 inside the span → gt (as 2600多万套 in wr_china_2018); " + FRAME_NOTE)
fact("农村危房改造190万户", "190万户", value=190e4, unit="count", kind="count",
     classifier="户", metric="农村危房改造",
     metric_alts=["农村危房改造户数", "危房改造"], **FLOW, note=FRAME_NOTE)

# ==== line 7 (source 8): 改革开放40周年 ===========================================================
g.neg("改革开放40周年", "40周年", "anniversary 40周年 (of reform and opening), an event label, "
      "not a quantity claim (as 75周年 in wr_beijing_2025)")

# ==== line 8 (source 9): 回顾过去一年… (no facts) ====================================================
g.neg("回顾过去一年", "过去一年", PERIOD_NOTE + " (the review year 2018; used as the period "
      "text of the review facts; no number follows in its line)")
g.neg("两难多难问题", "两难", "idiom 两难 'dilemma', not a quantity (as wr_china_2018)")

# ==== line 9 (source 10): bridging line ===========================================================
g.neg("一年来，我们深入贯彻", "一年来", PERIOD_NOTE + " (the review year 2018; its own line, "
      "so it governs nothing after it)")

# ==== line 10 (source 11): 一是 macro policy ======================================================
g.neg("一是创新和完善", "一是", MARKER_NOTE)
CUT = ["减税降费", "为企业和个人减税降费", "减税降费规模", "减税降费金额", "全年减税降费",
       "企业和个人减税降费"]
gov("减税降费约1.3万亿元", "1.3万亿元", value=1.3e12, unit="CNY", kind="amount",
    bound="approx", metric="为企业和个人减税降费", metric_alts=CUT, **YEAR,
    note="约 → approx (outside the span); 万亿元 = 1e12; 全年 (= 2018) right before it "
         "(explicit); " + GOV_NOTE)
fact("先后4次降低存款准备金率", "4次", value=4, unit="count", kind="count", classifier="次",
     metric="降低存款准备金率",
     metric_alts=["降低存款准备金率次数", "存款准备金率下调次数", "下调存款准备金率", "降准",
                  "降准次数", "存款准备金率"],
     subject_alts=CN + ["中国人民银行", "人民银行", "央行"], **YEAR,
     note="a count of policy actions (次) in 2018; the central bank's act, reported by the "
          "government (我们) → 中国, the central bank as alt; " + FULL_NOTE)
fact("保持在3万亿美元以上", "3万亿美元", value=3e12, unit="USD", kind="amount", bound="ge",
     metric="外汇储备",
     metric_alts=["外汇储备余额", "国家外汇储备", "外汇储备规模", "国家外汇储备余额"],
     **YEAR_STOCK,
     note="以上 → ge (outside the span); 万亿美元 = 1e12 USD; reserves are a stock: the instant "
          "at the end of the governing 全年 (2018-12-31, stock rule); 保持在 (held above it "
          "through the year) makes the year itself an acceptable alt, null too")

# ==== line 11 (source 12): 二是 三大攻坚战 (no facts) =================================================
g.neg("二是扎实打好", "二是", MARKER_NOTE)
g.neg("打好三大攻坚战，重点", "三大", "set label 三大攻坚战, not a count")
g.neg("实施三大攻坚战三年", "三大", "set label 三大攻坚战, not a count")
g.neg("三大攻坚战三年行动方案", "三年", "name of a three-year action plan (三年行动方案), not "
      "a duration fact (as 三年行动计划 in cm_zhoukou_2023)")
g.neg("实现双下降", "双下降", "双下降 'both declined' (fertiliser and pesticide use): a "
      "qualitative claim without a measured value, not a quantity")

# ==== line 12 (source 13): 三是 supply-side reform ==================================================
g.neg("三是深化供给侧", "三是", MARKER_NOTE)
g.neg("取消一批行政许可", "一批", "quantifier 一批")
fact("种类压减三分之一以上", "三分之一", value=-100 / 3, unit="%", kind="growth", bound="ge",
     metric="工业生产许可证种类",
     metric_alts=["工业生产许可证", "工业生产许可证种类数", "工业生产许可证种类压减",
                  "工业产品生产许可证种类"],
     comparison="yoy", **FLOW,
     note="压减三分之一 = the number of licence types cut by a third → growth −33.33%; 以上 → "
          "ge, read as a bound on the size of the cut as written (as 压缩一半以上 in "
          "wr_china_2019); " + FRAME_NOTE + ". Known false alarm: the shared check_gold.py "
          "may misread the fraction 三分之一")
g.neg("“双随机、一公开”", "双随机、一公开", LABEL_NOTE + " (“双随机、一公开” supervision: random "
      "inspectors, random targets, public results), not a count")
g.neg("推广一批有特色", "一批", "quantifier 一批")

# ==== line 13 (source 14): 四是 innovation ==========================================================
g.neg("四是深入实施", "四是", MARKER_NOTE)
g.neg("支持双创深入发展", "双创", LABEL_NOTE + " (双创 = 大众创业、万众创新), not a count")
fact("技术合同成交额增长30%以上", "30%", value=30, unit="%", kind="growth", bound="ge",
     metric="技术合同成交额", metric_alts=["技术合同成交金额", "技术市场成交额", "技术合同"],
     comparison="yoy", **FLOW, note="以上 → ge (outside the span); " + FRAME_NOTE)
fact("贡献率提高到58.5%", "58.5%", value=58.5, unit="%", kind="share",
     metric="科技进步贡献率",
     metric_alts=["科技进步对经济增长的贡献率", "科技进步贡献率水平", "科技进步对经济增长贡献率"],
     **LEVEL,
     note="提高到 = the level reached, a contribution rate (a ratio of flows) → share; the year "
          "2018 (as 提高到57.5% → the year in wr_china_2018), null and the year-end instant "
          "as alts; " + FRAME_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 一 (the review of 2018, opened by source line 1 过去一年是…, outside the "
    "excerpt): the six headline paragraphs (——经济运行 / 经济结构 / 发展新动能 / 改革开放 / "
    "三大攻坚战 / 人民生活), the 40周年 line, 回顾过去一年… (difficulties), the bridging line "
    "一年来…主要做了以下工作。 and review items 一是…四是. Lines 15-25 are wr_china_2019 "
    "(held out), lines 34-44 wr_china_2019_b (no overlap). The source has no title line; the "
    "title is the corpus meta title (title_in_text=False). Date: 2019-03-05, the corpus meta "
    "date: the opening day of the 2nd session of the 13th NPC, on which the Premier "
    "delivered the report (the Wikisource text has no date line); nothing in the excerpt "
    "contradicts it (2018 full-year results). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国); the central government's own acts (6项专项附加扣除, 减税降费约1.3万亿元) "
    "add 中央政府/国务院/中央财政; the 4 cuts of the reserve-requirement ratio add the central "
    "bank. Periods: 过去一年 = 2018. Numbers without a period in their line take the review "
    "year 2018 (period text 过去一年, the excerpt's own name for it in 回顾过去一年, null as "
    "alt); 全年 (item 一是) is explicit and governs the rest of its line; stocks (近14亿人口, "
    "市场主体总量超过1亿户, 外汇储备保持在3万亿美元以上) → the instant 2018-12-31 with the year "
    "and null as alts; ranks of a flow (稳居发展中国家首位), rates held or reached (调查失业率"
    "稳定在5%左右, 科技进步贡献率提高到58.5%) → the year with null and the year-end instant as "
    "alts. Modality: actual throughout. Bounds: 突破/超过 → gt; 多 → gt (620多万套); 近/接近/约/"
    "左右 → approx; 以上 → ge (3万亿美元, 30%, 三分之一 on the size of the cut). Units: 万亿元 / "
    "万亿美元 1e12; 三分之一 → 33.33 %. Judgement calls: 近14亿人口 → a count fact (as 13亿多人口 "
    "in wr_china_2018); 总量突破90万亿元 → GDP amount gt (metric 国内生产总值, 总量 as alt); "
    "调查失业率 → metric 城镇调查失业率 (head 城镇 restored; plain form as alt); 压减三分之一以上 "
    "→ growth −33.33 ge; 先后4次降低存款准备金率 → count 4 (次); 外汇储备保持在…以上 → stock at "
    "year end (year as alt); 双下降, 双随机、一公开, 双创, 三大(攻坚战), 三年(行动方案), 40周年, "
    "首届 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs)
    + ". Lexicalized, not listed: 进一步, 一些, 一般 (一般工业), 单位 (单位国内生产总值能耗), "
    "清单 (负面清单).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
