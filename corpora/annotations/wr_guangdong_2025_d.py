"""Gold annotations for wr_guangdong_2025_d (2025年广东省政府工作报告), lines 7-14 of
shared/texts/work_report/wr_guangdong_2025.txt.

The excerpt corpora/wr_guangdong_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、2024年工作回顾, the opening paragraph of
the review (2024年是…), the four ——面对… paragraphs (the headline indicators: GDP, trade,
industry, revenue, market entities, jobs; science and industry; reform; floods and
typhoons), the transition 一年来的发展历程很不平凡… and review item 一是 (the Greater Bay
Area: rules, infrastructure, 横琴, 前海, 南沙, 河套) in full (2,677 characters, the line
range as briefed).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guangdong_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_guangdong_2025_d"
PLACE = "广东省"
REF = "2025-01-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_guangdong_2025.txt"
FIRST, LAST = 7, 14                     # 1-based, inclusive, whole lines
TITLE = "2025年广东省政府工作报告"
GD_ALTS = ["广东", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、2024年工作回顾", ends="正在高质量发展中拔节生长。")
text = g.text
fact = g.with_subject(PLACE, GD_ALTS)


def own(*parts):
    """subject_alts for a zone / facility that owns its number, province as alt."""
    return list(parts) + [PLACE] + GD_ALTS


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
ANNIV_NOTE = ("anniversary {} (an event label), not a quantity claim (as 75周年 in "
              "wr_yunnan_2025)")
VAGUE_NOTE = "vague quantifier 一系列 'a series of' (README §2), not a quantity"

# ---- periods (reference date 2025-01-15) ---------------------------------------------------
# Line 1 of the excerpt is the heading 一、2024年工作回顾: the section frame of the review
# (2024).  Line 2 opens with 2024年是… and 这一年 (no number after them is a fact).  Lines 3-5
# (the ——面对… paragraphs on the economy, science/industry and reform) state no period
# before their numbers: they take the section frame with the heading's period text 2024年,
# null as alt (SPEC §4; as wr_yunnan_2025).  Line 6 (floods) and line 8 (一是…大湾区) each
# name the year themselves with 去年 (= 2024; the report was delivered on 2025-01-15) before
# their first number: period text 去年, same dates, null as alt.  Line 7 (一年来的发展历程…)
# holds no number.  Stocks (约7.4万家 firms, 经营主体/企业 registers, 高新技术企业, 在粤执业
# 专业人士, 参保人次, 澳资企业, 累计引进) are the instant 2024-12-31 with the year and null as
# alts; levels that may be read either way keep the year with the instant as alt.  Streaks
# (连续N年, 连续24个月) are durations ending in the review year, the streak's own span as alt
# (as wr_yunnan_2025 / wr_chongqing_2025_c).
# Modality: 预计 governs the clauses after it up to the sentence's 。 (as wr_neimenggu_2025:
# "预计 governs the clauses after it up to the next ； or 。"): the first sentence of the
# economy paragraph (GDP 14万亿元, its streak and rank) and the 预计 sentence of the
# science paragraph (R&D, high-tech firms, innovation rankings) are forecast; everything
# else is actual.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
LY = P("去年", "2024-01-01", "2024-12-31")
LY_NULL = P("去年", None, None)
LY_END = P("去年", "2024-12-31", "2024-12-31")
LFLOW = dict(period=LY, period_alts=[LY_NULL])
LSTOCK = dict(period=LY_END, period_alts=[LY, LY_NULL])
LLEVEL = dict(period=LY, period_alts=[LY_NULL, LY_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
FC = ("预计 → forecast (the 2024 figure was not final at delivery); 预计 governs the "
      "clauses after it up to the 。 (as wr_neimenggu_2025)")
NEW_NOTE = "新增/新发布 N: added in 2024 (a flow), 增量 reading in alts (README §3)"


def streak(text_, years=None, *, months=None, **extra):
    """period fields of a streak ending in the review year 2024 (section frame 2024年)."""
    start = f"{2025 - years}-01-01" if years else f"{2025 - months // 12}-01-01"
    return dict(period=Y24, period_alts=[Y24_NULL, P(text_, start, "2024-12-31")], **extra)


# ==== line 1 (source 7): heading =============================================================
g.neg("一、2024年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2024年工作回顾", "2024年", PERIOD_NOTE + " (heading of the review: 2024; the "
      "period text of the review facts without a period of their own)")

# ==== line 2 (source 8): 2024年是… ===========================================================
g.neg("2024年是中华人民共和国", "2024年", PERIOD_NOTE + " (no number after it in the line "
      "is a fact)")
g.neg("成立75周年", "75周年", ANNIV_NOTE.format("75周年 (of the founding of the PRC)"))
g.neg("具有重要意义的一年", "一年", "'a year of great significance' = 2024, not a duration "
      "fact (as wr_yunnan_2025 的关键一年)")
g.neg("回归祖国25周年", "25周年", ANNIV_NOTE.format("25周年 (of Macao's return)"))
g.neg("发表一系列重要讲话", "一系列", VAGUE_NOTE)
g.neg("作出一系列重要指示", "一系列", VAGUE_NOTE)
g.neg("这一年，习近平", "这一年", PERIOD_NOTE + " ('this year' = 2024)")
g.neg("中山大学建校100周年", "100周年", ANNIV_NOTE.format("100周年 (of 中山大学)"))
g.neg("黄埔军校建校100周年", "100周年", ANNIV_NOTE.format("100周年 (of the 黄埔 academy)"))

# ==== line 3 (source 9): ——面对外部压力… (headline indicators) ===============================
GDP = ["GDP", "生产总值", "全省地区生产总值", "经济总量"]
fact("地区生产总值迈上14万亿元", "14万亿元", value=14e12, unit="CNY", kind="amount",
     bound="gt", metric="地区生产总值", metric_alts=GDP, modality="forecast", **FLOW,
     note="迈上…新台阶 'stepped over the mark' → gt (as nw_sina_20220122 迈上11万亿元新台阶); "
          "万亿元 = 1e12; " + FC)
fact("连续36年居全国首位", "36年", value=36, unit="year", kind="amount",
     metric="地区生产总值居全国首位持续时间",
     metric_alts=["地区生产总值连续居全国首位", "地区生产总值居全国首位年数",
                  "连续居全国首位", "经济总量居全国首位持续时间", "地区生产总值", "持续时间"],
     modality="forecast", **streak("连续36年", 36),
     note="length of the streak 连续36年 (a duration, unit year, as wr_yunnan_2025 连续3年) — "
          "judgement call; the streak ends in the review year (alt 1989-2024); " + FC)
fact("连续36年居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="地区生产总值", metric_alts=GDP + ["地区生产总值总量", "GDP总量"],
     modality="forecast", **FLOW, note="首位 → 1; rank among the provinces; " + FC)
TRADE = ["进出口", "进出口总值", "外贸进出口总额", "外贸进出口"]
fact("进出口总额突破9万亿元", "9万亿元", value=9e12, unit="CNY", kind="amount", bound="gt",
     metric="进出口总额", metric_alts=TRADE, **FLOW,
     note="突破 → gt (outside the span); a new sentence without 预计 → actual")
fact("9万亿元、增长9.8%", "9.8%", value=9.8, unit="%", kind="growth",
     metric="进出口总额", metric_alts=TRADE, comparison="yoy", **FLOW)
fact("总量连续39年", "39年", value=39, unit="year", kind="amount",
     metric="进出口总额居全国首位持续时间",
     metric_alts=["进出口总量居全国首位持续时间", "进出口总额连续居全国首位",
                  "进出口总量连续居全国首位", "进出口总额居全国首位年数", "连续居全国首位",
                  "进出口总额", "持续时间"],
     **streak("连续39年", 39),
     note="length of the streak 连续39年 (a duration, unit year) — judgement call; alt "
          "1986-2024")
fact("39年居全国首位，贡献", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="进出口总量",
     metric_alts=["进出口总额", "进出口总额总量", "进出口", "总量", "外贸进出口总量"], **FLOW,
     note="首位 → 1; rank after 总量 → <metric>总量 (README §3 GDP总量), the level as alt")
fact("贡献了全国38.7%", "38.7%", value=38.7, unit="%", kind="share",
     metric="贸易增量占全国比重",
     metric_alts=["贡献全国贸易增量比重", "对全国贸易增量的贡献", "全国贸易增量贡献",
                  "贸易增量贡献率", "贸易增量占比", "占全国贸易增量比重", "贸易增量"], **FLOW,
     note="the province's part of the national increase of trade in 2024 → share")
fact("工业增加值增长4.2%", "4.2%", value=4.2, unit="%", kind="growth",
     metric="规模以上工业增加值", metric_alts=["规上工业增加值", "工业增加值"],
     comparison="yoy", **FLOW)
fact("工业企业约7.4万家", "7.4万家", value=7.4e4, unit="count", kind="count",
     classifier="家", bound="approx", metric="规模以上工业企业",
     metric_alts=["规上工业企业", "规模以上工业企业数量", "规上工业企业数量", "工业企业"],
     **STOCK, note="约 → approx (outside the span); the number of firms (a register): "
                   + STOCK_NOTE)
REV = ["一般公共预算收入", "地方一般公共预算收入总额", "财政收入", "公共预算收入"]
fact("预算收入1.35万亿元", "1.35万亿元", value=1.35e12, unit="CNY", kind="amount",
     metric="地方一般公共预算收入", metric_alts=REV, **FLOW, note="万亿元 = 1e12")
fact("万亿元，连续34年", "34年", value=34, unit="year", kind="amount",
     metric="地方一般公共预算收入居全国首位持续时间",
     metric_alts=["地方一般公共预算收入连续居全国首位", "一般公共预算收入居全国首位持续时间",
                  "地方一般公共预算收入居全国首位年数", "连续居全国首位", "地方一般公共预算收入",
                  "持续时间"],
     **streak("连续34年", 34),
     note="length of the streak 连续34年 (a duration, unit year) — judgement call; alt "
          "1991-2024")
fact("34年居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="地方一般公共预算收入", metric_alts=REV + ["地方一般公共预算收入总量"], **FLOW,
     note="首位 → 1")
fact("旅游总收入突破万亿元", "万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
     metric="旅游总收入", metric_alts=["旅游收入"], **FLOW,
     note="突破 → gt; 万亿元 = 1e12 (as wr_henan_2025 超万亿元)")
fact("海洋生产总值突破2万亿元", "2万亿元", value=2e12, unit="CNY", kind="amount",
     bound="gt", metric="海洋生产总值", metric_alts=["海洋经济生产总值", "海洋经济总量"],
     **FLOW, note="突破 → gt")
ENT = ["经营主体数量", "经营主体总量", "经营主体总数"]
fact("经营主体净增98万户", "98万户", value=98e4, unit="count", kind="count",
     classifier="户", metric="经营主体增量",
     metric_alts=["经营主体", "净增经营主体", "经营主体净增", "经营主体数量增量"], **FLOW,
     note="净增 N: the net change of the register over 2024 (SPEC §2 absolute change → "
          "<level>增量, positive); the plain noun as alt (as wr_yunnan_2025)")
fact("突破1900万户", "1900万户", value=1900e4, unit="count", kind="count", classifier="户",
     bound="gt", metric="经营主体", metric_alts=ENT, **STOCK,
     note="突破 → gt; the register's size: " + STOCK_NOTE)
fact("企业超830万户", "830万户", value=830e4, unit="count", kind="count", classifier="户",
     bound="gt", metric="企业", metric_alts=["企业数量", "企业总量", "企业总数"], **STOCK,
     note="超 → gt; 其中 = part of the 经营主体: " + STOCK_NOTE)
fact("总量均居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="经营主体总量",
     metric_alts=["经营主体", "企业总量", "企业", "经营主体和企业总量", "经营主体、企业总量",
                  "总量"], **STOCK,
     note="one rank mention (均居全国第一) covering two metrics: one fact (SPEC §1, as "
          "wr_guangdong_2025 均居全国第一), the first as primary, the second in alts; rank of "
          "a stock: " + STOCK_NOTE)
fact("失业率平均为5%", "5%", value=5, unit="%", kind="share",
     metric="城镇调查失业率", metric_alts=["调查失业率", "城镇调查失业率平均"], **FLOW,
     note="a rate → share; 平均为 = the year's average → the year")
fact("城镇新增就业超143万人", "143万人", value=143e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业"], **FLOW, note="超 → gt")
fact("国家下达的110万人", "110万人", value=110e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业年度任务",
     metric_alts=["国家下达的城镇新增就业年度任务", "城镇新增就业任务", "年度任务",
                  "城镇新增就业", "城镇新增就业目标"],
     modality="target", **FLOW,
     note="the target the state set for 2024 (国家下达的…年度任务) → modality target, period "
          "the review year (the target's year; 年度 follows the number)")

# ==== line 4 (source 10): ——面对高质量发展… (science, industry) ================================
g.neg("产业科技互促双强", "双强", LABEL_NOTE + " (“产业科技互促双强”, the province's "
      "two-strong strategy)")
g.neg("于新春首个工作日", "首个", "首个工作日 'the first working day' (of the new year), a "
      "date phrase, not a rank or count")
fact("研发经费支出约5100亿元", "5100亿元", value=5100e8, unit="CNY", kind="amount",
     bound="approx", metric="研发经费支出",
     metric_alts=["研发经费", "研究与试验发展经费支出", "R&D经费支出", "研发投入"],
     modality="forecast", **FLOW, note="约 → approx; " + FC)
fact("研发投入强度3.6%左右", "3.6%", value=3.6, unit="%", kind="share", bound="approx",
     metric="研发投入强度",
     metric_alts=["研发经费投入强度", "R&D经费投入强度", "研发强度", "R&D投入强度"],
     modality="forecast", **FLOW,
     note="R&D spending as a share of GDP → share; 左右 → approx; " + FC)
fact("高新技术企业约7.7万家", "7.7万家", value=7.7e4, unit="count", kind="count",
     classifier="家", bound="approx", metric="高新技术企业",
     metric_alts=["高新技术企业数量", "高新技术企业总数", "国家高新技术企业"],
     modality="forecast", **STOCK, note="约 → approx; " + STOCK_NOTE + "; " + FC)
fact("创新能力连续8年", "8年", value=8, unit="year", kind="amount",
     metric="区域创新能力居全国第一持续时间",
     metric_alts=["区域创新能力连续全国第一", "区域创新能力全国第一年数", "连续全国第一",
                  "区域创新能力", "持续时间"],
     modality="forecast", **streak("连续8年", 8),
     note="length of the streak 连续8年 (a duration, unit year) — judgement call; alt "
          "2017-2024; " + FC)
fact("8年全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="区域创新能力",
     metric_alts=["区域创新能力排名", "区域创新能力综合排名", "创新能力"],
     modality="forecast", **FLOW,
     note="rank among the provinces; " + FC + " (judgement call: a ranking of the year "
          "inside the 预计 sentence)")
CLUSTER = dict(subject="“深圳—香港—广州”科技集群",
               subject_alts=own("深圳—香港—广州科技集群", "深圳—香港—广州", "深港广科技集群",
                                "科技集群"))
fact("连续5年居全球第二", "5年", value=5, unit="year", kind="amount",
     metric="科技集群创新指数居全球第二持续时间",
     metric_alts=["创新指数居全球第二持续时间", "科技集群创新指数连续居全球第二",
                  "连续居全球第二", "创新指数居全球第二年数", "科技集群创新指数", "持续时间"],
     modality="forecast", **CLUSTER, **streak("连续5年", 5),
     note="length of the streak 连续5年 (a duration, unit year) — judgement call; alt "
          "2020-2024; the cluster owns the number; " + FC)
fact("5年居全球第二", "第二", value=2, unit="rank", kind="rank", scope="全球",
     metric="科技集群创新指数",
     metric_alts=["创新指数", "科技集群创新指数排名", "全球创新指数科技集群排名",
                  "“深圳—香港—广州”科技集群创新指数"],
     modality="forecast", **CLUSTER, **FLOW,
     note="rank among the world's science clusters (scope 全球); the cluster owns the "
          "number; " + FC)
SH_NOTE = ("分别: 先进制造业 ↔ 56.7%, 高技术制造业 ↔ 31.6%; 增加值占规模以上工业比重 shared; "
           "提高到 = the level reached, a share of the year's value added → the year; a new "
           "sentence without 预计 → actual")
fact("分别提高到56.7%", "56.7%", value=56.7, unit="%", kind="share",
     metric="先进制造业增加值占规模以上工业比重",
     metric_alts=["先进制造业增加值占比", "先进制造业占规模以上工业比重",
                  "先进制造业增加值占规上工业比重", "先进制造业占比",
                  "先进制造业增加值占规模以上工业增加值比重"], **FLOW, note=SH_NOTE)
fact("56.7%、31.6%", "31.6%", value=31.6, unit="%", kind="share",
     metric="高技术制造业增加值占规模以上工业比重",
     metric_alts=["高技术制造业增加值占比", "高技术制造业占规模以上工业比重",
                  "高技术制造业增加值占规上工业比重", "高技术制造业占比",
                  "高技术制造业增加值占规模以上工业增加值比重"], **FLOW, note=SH_NOTE)
PROD_NOTE = "output growth of the year and its share of the national output (占全国)"
fact("新能源汽车产量增长43%", "43%", value=43, unit="%", kind="growth",
     metric="新能源汽车产量", metric_alts=["新能源汽车"], comparison="yoy", **FLOW,
     note=PROD_NOTE)
fact("占全国1/4", "1/4", value=25, unit="%", kind="share",
     metric="新能源汽车产量占全国比重",
     metric_alts=["新能源汽车产量占全国", "新能源汽车产量占比", "占全国比重",
                  "新能源汽车产量占全国的比重"], **FLOW,
     note="the fraction 1/4 → 25 % (as 1/10 → 10 in wr_yunnan_2025). Known false alarm: "
          "the shared check_gold.py reads the span 1/4 as 1")
fact("工业机器人产量增长31.2%", "31.2%", value=31.2, unit="%", kind="growth",
     metric="工业机器人产量", metric_alts=["工业机器人"], comparison="yoy", **FLOW,
     note=PROD_NOTE)
fact("占全国44%", "44%", value=44, unit="%", kind="share",
     metric="工业机器人产量占全国比重",
     metric_alts=["工业机器人产量占全国", "工业机器人产量占比", "占全国比重",
                  "工业机器人产量占全国的比重"], **FLOW)
fact("智能手机产量增长12.5%", "12.5%", value=12.5, unit="%", kind="growth",
     metric="智能手机产量", metric_alts=["智能手机"], comparison="yoy", **FLOW,
     note=PROD_NOTE)
fact("占全国超4成", "4成", value=40, unit="%", kind="share", bound="gt",
     metric="智能手机产量占全国比重",
     metric_alts=["智能手机产量占全国", "智能手机产量占比", "占全国比重",
                  "智能手机产量占全国的比重"], **FLOW,
     note="超 → gt (outside the span); 4成 → 40 % (SPEC §3 八成 → 80)")
fact("集成电路产量增长21%", "21%", value=21, unit="%", kind="growth",
     metric="集成电路产量", metric_alts=["集成电路"], comparison="yoy", **FLOW,
     note=PROD_NOTE)
fact("占全国18%", "18%", value=18, unit="%", kind="share",
     metric="集成电路产量占全国比重",
     metric_alts=["集成电路产量占全国", "集成电路产量占比", "占全国比重",
                  "集成电路产量占全国的比重"], **FLOW)
fact("工业投资超1.5万亿元", "1.5万亿元", value=1.5e12, unit="CNY", kind="amount",
     bound="gt", metric="工业投资", metric_alts=["工业投资额", "工业固定资产投资"], **FLOW,
     note="超 → gt")
fact("万亿元、增长6.7%", "6.7%", value=6.7, unit="%", kind="growth", metric="工业投资",
     metric_alts=["工业投资额", "工业固定资产投资"], comparison="yoy", **FLOW)
fact("技改投资增长11.5%", "11.5%", value=11.5, unit="%", kind="growth", metric="技改投资",
     metric_alts=["技术改造投资", "工业技改投资", "技改投资额"], comparison="yoy", **FLOW)
fact("连续24个月保持", "24个月", value=2, unit="year", kind="amount",
     metric="技改投资保持两位数增长持续时间",
     metric_alts=["技改投资连续保持两位数增长", "技改投资两位数增长持续时间",
                  "保持两位数增长持续时间", "技改投资保持两位数增长月数", "技改投资", "持续时间"],
     **streak("连续24个月", months=24),
     note="length of the streak 连续24个月: 24 × 1/12 year = 2 year (SPEC §3 个月 = 1/12) — "
          "judgement call, as 连续12个季度 in wr_yunnan_2025; alt 2023-01..2024-12")
fact("保持两位数增长", "两位数", value=10, unit="%", kind="growth", bound="ge",
     metric="技改投资", metric_alts=["技术改造投资", "工业技改投资", "技改投资增速"],
     comparison="yoy", **FLOW,
     note="两位数增长 = growth of at least 10% (as nw_cctv_20240318 / nw_cctv_20140506) → "
          "10, ge; held in every month of the streak, the review year as gold. Known false "
          "alarm: the shared check_gold.py reads 两位数 as 2")

# ==== line 5 (source 11): ——面对改革… (reform) =================================================
g.neg("省委召开十三届五次全会", "十三届五次全会", "session label of a plenum (SPEC §1 "
      "二十届三中全会), not a quantity")
fact("系统部署500多项", "500多项", value=500, unit="count", kind="count", classifier="项",
     bound="gt", metric="具体改革举措",
     metric_alts=["改革举措", "部署具体改革举措", "具体改革举措数量", "改革举措数量"],
     subject_alts=GD_ALTS + ["省委"], **FLOW,
     note="多 inside the span → gt; measures the plenum deployed in 2024 (section frame); "
          "the province keeps the subject, 省委 as alt")
g.neg("推出一系列改革创新", "一系列", VAGUE_NOTE)
g.neg("“百县千镇万村高质量发展工程”", "百县千镇万村", LABEL_NOTE + " (name of the "
      "programme “百县千镇万村高质量发展工程”), not counts of counties, towns and villages")
g.neg("科技体制改革三年攻坚", "三年", "name of a three-year campaign (科技体制改革三年攻坚), "
      "not a duration fact (as wr_guangdong_2025 三年攻坚行动)")
g.neg("首批10个营商环境", "首批", "first batch 首批, not a rank or count (README §2)")
fact("首批10个营商环境", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="营商环境改革试点",
     metric_alts=["营商环境改革试点数量", "首批营商环境改革试点", "落地营商环境改革试点",
                  "改革试点"], **FLOW,
     note="the first batch of pilots launched (落地) in 2024")

# ==== line 6 (source 12): ——面对极端天气… (floods, typhoons) ==================================
g.neg("去年我省自然灾害", "去年", PERIOD_NOTE + " (= 2024; governs the rest of the line)")
FLOOD = dict(**LFLOW)
fact("经受了25轮强降水", "25轮", value=25, unit="count", kind="count", classifier="轮",
     metric="强降水", metric_alts=["强降水过程", "强降水轮数", "经受强降水"], **FLOOD,
     note="去年 (2024) governs the line")
fact("强降水和10个台风", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="台风", metric_alts=["台风影响", "影响台风", "台风数量", "经受台风影响"], **FLOOD)
g.neg("为近50年同期最多", "近50年", PERIOD_NOTE + " (record window 'the most in nearly 50 "
      "years': a superlative without a stated rank number, as 近10年来 in wr_guangdong_2025)")
fact("发生13次编号洪水", "13次", value=13, unit="count", kind="count", classifier="次",
     metric="编号洪水",
     metric_alts=["主要江河编号洪水", "编号洪水次数", "主要江河发生编号洪水", "洪水"], **FLOOD)
g.neg("为1998年以来最多", "1998年", PERIOD_NOTE + " (record window 1998年以来 'the most "
      "since 1998'), not a fact")
g.neg("北江百年一遇", "百年一遇", "return-period label 百年一遇 ('once-in-a-century' flood), "
      "a severity class, not a measured quantity (judgement call)")
g.neg("梅州市“6·16”特大暴雨", "6·16", "date label “6·16” (the storm of 16 June), a name, "
      "not a quantity")
fact("援助梅州建设4个小镇", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="小镇",
     metric_alts=["援建小镇", "建设小镇", "小镇数量", "援助梅州建设小镇", "安置小镇"],
     subject="广州、深圳", subject_alts=["广州", "深圳", "梅州", "梅州市", PLACE] + GD_ALTS,
     **FLOOD,
     note="towns built in 2024 for the flood victims of 梅州 with the aid of 广州 and 深圳 "
          "(the builders as subject — judgement call; 梅州 and the province as alts)")
g.neg("播种面积、单产、总产量", "单产", "lexicalized 单产 'yield per unit area', not a "
      "quantity (as wr_gansu_2025)")
g.neg("“三增”", "三增", "label “三增” (all three rose), no quantity stated (as “三下降” in "
      "wr_qinghai_2025)")
g.neg("其中单产创历史新高", "单产", "lexicalized 单产 'yield per unit area', not a quantity")
g.neg("团结一心", "一心", "idiom 团结一心 'united as one', not a quantity")

# ==== line 7 (source 13): 一年来的发展历程… ==================================================
g.neg("一年来的发展历程", "一年来", PERIOD_NOTE + " (the review year); not a duration fact")

# ==== line 8 (source 14): 一是…粤港澳大湾区 ====================================================
g.neg("一是纵深推进", "一是", MARKER_NOTE + " (一是 'first')")
g.neg("“一点两地”", "一点两地", LABEL_NOTE + " (“一点两地”, the province's positioning)")
g.neg("去年是大湾区", "去年", PERIOD_NOTE + " (= 2024; governs the rest of the line)")
g.neg("公开发布实施5周年", "5周年", ANNIV_NOTE.format("5周年 (of the GBA outline plan)"))
g.neg("推出一系列支持举措", "一系列", VAGUE_NOTE)
fact("“湾区标准”54项", "54项", value=54, unit="count", kind="count", classifier="项",
     metric="“湾区标准”",
     metric_alts=["湾区标准", "新发布“湾区标准”", "新发布湾区标准", "“湾区标准”数量",
                  "湾区标准数量", "“湾区标准”增量"], **LFLOW, note=NEW_NOTE)
g.neg("首批207名", "首批", "first batch 首批, not a rank or count (README §2)")
fact("首批207名", "207名", value=207, unit="count", kind="count", classifier="名",
     metric="通过大湾区职称评价的港澳工程专业人才",
     metric_alts=["港澳工程专业人才", "通过大湾区职称评价港澳工程专业人才",
                  "港澳工程专业人才通过大湾区职称评价", "首批港澳工程专业人才"], **LFLOW,
     note="the predicate 通过大湾区职称评价 defines the counted set → in the metric; the "
          "first batch, in 2024")
fact("港澳专业人士超5500名", "5500名", value=5500, unit="count", kind="count",
     classifier="名", bound="gt", metric="在粤执业港澳专业人士",
     metric_alts=["港澳专业人士", "在粤执业的港澳专业人士", "执业港澳专业人士",
                  "在粤执业港澳专业人士数量"], **LSTOCK,
     note="超 → gt; the professionals practising in the province (a stock): instant "
          "2024-12-31, 去年 and null as alts")
g.neg("“跨境理财通”2.0版", "2.0版", "version label 2.0版 of the 跨境理财通 scheme, not a "
      "quantity")
g.neg("大湾区内地九市", "九市", "set label 九市 (the nine mainland cities of the Greater Bay "
      "Area, as 九市一区 in wr_fujian_2025_c), not a count claim")
fact("，187项高频政务服务事项", "187项", value=187, unit="count", kind="count",
     classifier="项", metric="“跨境通办”高频政务服务事项",
     metric_alts=["高频政务服务事项", "跨境通办高频政务服务事项", "跨境通办事项",
                  "高频政务服务事项“跨境通办”", "政务服务事项", "“跨境通办”事项"], **LLEVEL,
     note="the predicate “跨境通办” defines the counted set → in the metric (as 243项 in "
          "wr_qinghai_2025); the year-end list as alt")
SZ = dict(subject="深中通道", subject_alts=own("深中通道工程"))
fact("最短缩至30分钟", "30分钟", value=30, unit="分钟", kind="amount",
     metric="深圳到中山车程",
     metric_alts=["车程", "深圳到中山最短车程", "深圳至中山车程", "深圳到中山行车时间",
                  "最短车程"],
     **SZ, **LSTOCK,
     note="缩至 → the travel time reached once the bridge opened (最短 is part of the "
          "metric, eq); SPEC §3 has no minute: 分钟 kept as the surface unit (as "
          "nw_cctv_20241020 1分钟); a standard in force at year end → instant 2024-12-31, "
          "去年 and null as alts")
fact("日均车流量超8万辆次", "8万辆次", value=8e4, unit="count", kind="count",
     classifier="辆次", bound="gt", metric="日均车流量",
     metric_alts=["车流量", "日均车流", "深中通道日均车流量"], **SZ, **LFLOW,
     note="超 → gt; the bridge-tunnel owns the number; the daily average since its opening "
          "in 2024 → 去年")
HZM = dict(subject="港珠澳大桥", subject_alts=own())
fact("车流量增长90%", "90%", value=90, unit="%", kind="growth", metric="车流量",
     metric_alts=["港珠澳大桥车流量", "通行车流量", "车辆通行量"], comparison="yoy", **HZM,
     **LFLOW, note="the bridge owns the number")
NB = ["“港车北上”、“澳车北上”", "港车北上、澳车北上", "港澳单牌车北上", "北上车辆",
      "“港车北上”、“澳车北上”通行量", "“港车北上”、“澳车北上”车次", "港澳车辆北上"]
fact("突破450万辆次", "450万辆次", value=450e4, unit="count", kind="count",
     classifier="辆次", bound="gt", metric="“港车北上”、“澳车北上”车流量", metric_alts=NB,
     **LLEVEL,
     note="突破 → gt; the trips of Hong Kong and Macao cars under the two schemes — "
          "judgement call: read as the trips of 2024 (no 累计), the year-end cumulative "
          "total as alt")
g.neg("“四网融合”试点", "四网融合", LABEL_NOTE + " (“四网融合”, integration of four rail "
      "networks)")
g.neg("“四线贯通”", "四线贯通", LABEL_NOTE + " (“四线贯通”, four intercity lines joined)")
g.neg("实施首批粤港高校", "首批", "first batch 首批, not a rank or count (README §2)")
g.neg("“一签多行”", "一签多行", LABEL_NOTE + " (“一签多行”, the multiple-entry visa)")
fact("工伤保险约70万人次", "70万人次", value=70e4, unit="count", kind="count",
     classifier="人次", bound="approx", metric="港澳居民在粤参加社会保险",
     metric_alts=["港澳居民在粤参保", "港澳居民参保人次", "参加医疗、养老、失业、工伤保险",
                  "港澳居民在粤参加医疗、养老、失业、工伤保险", "参保人次", "港澳居民参保"],
     **LSTOCK,
     note="约 → approx; insurance enrolments (a stock, 人次 over four schemes): instant "
          "2024-12-31, 去年 and null as alts")
HQ = dict(subject="横琴合作区",
          subject_alts=own("横琴粤澳深度合作区", "横琴", "合作区"))
g.neg("完成横琴合作区第一阶段", "第一阶段", "phase label 第一阶段 (the first stage of the "
      "zone's targets), not a rank or count (as 一期)")
g.neg("迈出关键一步", "一步", "idiom 迈出关键一步 'take a key step', not a quantity")
fact("澳资企业超6600户", "6600户", value=6600, unit="count", kind="count", classifier="户",
     bound="gt", metric="澳资企业", metric_alts=["澳资企业数量", "澳资企业总数"], **HQ,
     **LSTOCK,
     note="超 → gt; the zone owns the number (its paragraph); the register at year end: "
          "instant 2024-12-31, 去年 and null as alts")
g.neg("较3年前增长", "3年前", "comparison basis 3年前 (end of 2021; SPEC §4: a basis is "
      "`comparison`, not a period; as 5年前 in nw_cctv_20210526)")
fact("3年前增长44%", "44%", value=44, unit="%", kind="growth", metric="澳资企业",
     metric_alts=["澳资企业数量", "澳资企业总数"], comparison="较3年前", **HQ, **LLEVEL,
     note="growth of the register against three years earlier → comparison 较3年前 (the "
          "surface basis); the review year, the year-end instant as alt")
g.neg("“四新”产业", "四新", LABEL_NOTE + " (“四新”产业, the zone's four new industries)")
fact("占比提高到55%", "55%", value=55, unit="%", kind="share", bound="ge",
     metric="“四新”产业占比",
     metric_alts=["四新产业占比", "“四新”产业增加值占比", "“四新”产业占GDP比重",
                  "四新产业增加值占比", "“四新”产业比重"], **HQ, **LFLOW,
     note="以上 → ge (outside the span); 提高到 = the level reached; a share of the zone's "
          "output of the year")
g.neg("开启双城生活", "双城", LABEL_NOTE + " (双城生活 'two-city life'), not a quantity")
g.neg("“一国两制”", "一国两制", LABEL_NOTE + " (“一国两制” 'one country, two systems')")
QH = dict(subject="前海", subject_alts=own("前海深港现代服务业合作区", "前海合作区"))
fact("前海实施14项", "14项", value=14, unit="count", kind="count", classifier="项",
     metric="全国“首创”、“首批”金融政策",
     metric_alts=["金融政策", "“首创”、“首批”金融政策", "首创首批金融政策",
                  "实施全国“首创”、“首批”金融政策", "金融政策数量"], **QH, **LFLOW,
     note="前海 owns the number (the sentence's subject)")
g.neg("全国“首创”", "首创", FIRST_NOTE + " (“首创” 'first in the country', part of the "
      "counted noun)")
g.neg("、“首批”金融政策", "首批", FIRST_NOTE + " (“首批”, part of the counted noun)")
fact("等18个集聚区", "18个", value=18, unit="count", kind="count", classifier="个",
     metric="集聚区",
     metric_alts=["建设集聚区", "国际风投创投、大宗商品贸易等集聚区", "集聚区数量",
                  "产业集聚区"], **QH, **LLEVEL,
     note="clusters under construction (建设) in 2024; the year-end instant as alt")
fact("累计引进201家企业", "201家", value=201, unit="count", kind="count", classifier="家",
     metric="“全球服务商计划”引进企业",
     metric_alts=["引进企业", "累计引进企业", "全球服务商计划引进企业", "“全球服务商计划”累计引进企业",
                  "企业"],
     subject="前海", subject_alts=own("“全球服务商计划”", "全球服务商计划",
                                      "前海深港现代服务业合作区"), **LSTOCK,
     note="累计 → cumulative total at the end of the review year (stock rule): instant "
          "2024-12-31, 去年 and null as alts; 前海's programme → 前海 keeps the subject, the "
          "programme as alt (judgement call)")
NS = dict(subject="南沙", subject_alts=own("南沙新区", "广州南沙"))
fact("加快建设3个先行启动区", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="先行启动区",
     metric_alts=["建设先行启动区", "先行启动区数量", "南沙先行启动区"], **NS, **LLEVEL,
     note="the start-up areas under construction in 2024 (actual: the areas exist); "
          "南沙 owns the number; the year-end instant as alt")
fact("吞吐量突破2000万标箱", "2000万标箱", value=2000e4, unit="count", kind="count",
     classifier="标箱", bound="gt", metric="集装箱吞吐量",
     metric_alts=["南沙港集装箱吞吐量", "吞吐量", "集装箱吞吐"],
     subject="南沙港", subject_alts=own("南沙", "南沙港区", "广州港南沙港区"), **LFLOW,
     note="突破 → gt; 标箱 (TEU) is the measure word → count, classifier 标箱 (as "
          "nw_cctv_20251002 / nw_yicai_20220413); the port owns the number")
HT = dict(subject="河套", subject_alts=own("河套深港科技创新合作区", "河套合作区",
                                              "“一区两园”", "一区两园"))
g.neg("河套“一区两园”", "一区两园", LABEL_NOTE + " (“一区两园”, 'one zone, two parks' of "
      "河套), not counts")
fact("吸引集聚超200个", "200个", value=200, unit="count", kind="count", classifier="个",
     bound="gt", metric="高端科研项目",
     metric_alts=["吸引集聚高端科研项目", "集聚高端科研项目", "科研项目", "高端科研项目数量"],
     **HT, **LLEVEL,
     note="超 → gt; the projects gathered in the 河套 zone (its sentence's topic: 强化河套"
          "“一区两园”规划对接…) → 河套 owns the number; the year-end stock as alt")
fact("和1.5万名科研人员", "1.5万名", value=1.5e4, unit="count", kind="count",
     classifier="名", metric="科研人员",
     metric_alts=["吸引集聚科研人员", "集聚科研人员", "科研人员数量"], **HT, **LLEVEL,
     note="judgement call: 超 stands before 200个 only → eq (the reading 超 over both, gt, "
          "is the alternative); the year-end stock as alt")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guangdong_2025.txt "
    f"({len(text):,} characters with the final newline; the line range as briefed, not "
    "moved), sliced by code: the heading 一、2024年工作回顾, the opening paragraph of the "
    "review (2024年是…), the four ——面对… paragraphs (headline indicators; science and "
    "industry; reform; floods and typhoons), the transition 一年来的发展历程很不平凡… and "
    "review item 一是 (the Greater Bay Area) in full. The whole excerpt lies in part "
    "一、2024年工作回顾, the review of 2024. Title, source line and dateline are outside the "
    "excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-15, the "
    "delivery date in the report's header (source line 3: ——2025年1月15日在广东省第十四届人民"
    "代表大会第三次会议上); the corpus meta agrees. Place: 广东省 (广东, 全省, 我省 → alts); "
    "owners of their own numbers: the “深圳—香港—广州” science cluster (streak, 第二), 深中"
    "通道 (30分钟, 8万辆次), 港珠澳大桥 (90%), 横琴合作区 (6600户, 44%, 55%), 前海 (14项, 18个, "
    "201家), 南沙 (3个), 南沙港 (2000万标箱), 河套 (200个, 1.5万名), 广州、深圳 (4个 towns "
    "for 梅州). Periods: lines 3-5 state no period before their numbers and take the section "
    "frame of the heading (period text 2024年, 2024-01-01..2024-12-31, null as alt); lines 6 "
    "and 8 name the year with 去年 (= 2024) before their numbers (period text 去年). Stocks "
    "(规模以上工业企业, 经营主体/企业 registers and their rank, 高新技术企业, 在粤执业港澳专业人士, "
    "参保人次, 澳资企业, 累计引进, the 30-minute travel time in force) → instant 2024-12-31 "
    "with the year and null as alts. Streaks 连续36/39/34/8/5年 and 连续24个月 → durations "
    "(year; 24个月 = 2 year) under the review year, the streak's own span as alt. Modality: "
    "预计 governs its sentence up to the 。 (as wr_neimenggu_2025): GDP 14万亿元 with its "
    "streak and rank, and R&D 5100亿元, 3.6%, 7.7万家 with the innovation streaks and ranks "
    "→ forecast; 国家下达的110万人年度任务 → target; everything else actual. Units: 万亿元 "
    "1e12; 1/4 → 25 %; 4成 → 40 %; 两位数 → 10 % ge; 分钟 kept as surface unit; 标箱 → "
    "count. Judgement calls: streaks as durations; 迈上14万亿元新台阶 → gt; 均居全国第一 over "
    "经营主体 and 企业 → one rank fact; 两位数增长 → growth 10 ge; the 110万人 national task a "
    "target fact; 450万辆次 of the 北上 schemes read as trips of 2024 (cumulative as alt); "
    "超200个…和1.5万名 → gt for the first only; 4个小镇 owned by 广州、深圳; 百年一遇 a "
    "severity label (negative). Known false alarms of the shared check_gold.py: 1/4 read as "
    "1, 两位数 read as 2. Negatives: 一、, 2024年 ×2, 75周年, 一年, 25周年, 一系列 ×4, 这一年, "
    "100周年 ×2, 双强, 首个, 十三届五次全会, 百县千镇万村, 三年 (攻坚), 首批 ×4, 去年 ×2, "
    "近50年, 1998年, 百年一遇, 6·16, 单产 ×2, 三增, 一心, 一年来, 一是, 一点两地, 5周年, 2.0版, "
    "九市, 四网融合, 四线贯通, 一签多行, 第一阶段, 一步, 3年前 (basis), 四新, 双城, "
    "一国两制, 首创, 一区两园. Lexicalized, not listed: 一般 (一般公共预算), 进一步 ×2, 一体 "
    "(一体化 ×2).")

g.write(date=REF, source=f"shared/texts/work_report/wr_guangdong_2025.txt lines {FIRST}–{LAST} "
        "(来源 : 南方日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
