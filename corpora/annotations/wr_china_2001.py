"""Gold annotations for wr_china_2001 (2001年中华人民共和国国务院政府工作报告), lines 3-14 of
shared/texts/work_report/wr_china_2001.txt.

The excerpt corpora/wr_china_2001.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the section heading 一、“九五”时期国民经济和社会发展的
回顾, its opening line (过去五年，全国各族人民…), the five paragraphs of the 九五 results
(国民经济…: GDP, 翻两番, revenue; 经济体制改革…: state-enterprise profits; 对外开放…: trade,
foreign capital, reserves; 人民生活…: incomes, retail sales, savings; 科技、教育…: no figures),
the paragraphs on 香港/澳门 and the completion of the plan, the acknowledgements, and the
opening of the lessons (“九五”时期的实践… and 第一，…).  Lines 3-13 hold only 1,943
characters, so the first lesson (line 14) completes the run (2,107); all the figures of the
review lie in lines 5-8, and the 十五 targets (source lines 21-22) lie beyond 2,500
characters.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2001.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2001"
PLACE = "中国"
REF = "2001-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 3, 14                     # 1-based, inclusive, whole lines
TITLE = "2001年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、“九五”时期国民经济和社会发展的回顾", ends="并提供强大的精神动力。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN_NOTE = ("plan label 九五 (the 9th Five-Year Plan, SPEC §1 十四五); as “九五”时期/期间 it names "
             "the period 1996-2000, not a quantity")

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "中央政府", "国务院", "中华人民共和国国务院"]


fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 2001-03-05; 去年 = 2000, 今年 = 2001) ---------------------------
# The section reviews the 9th Five-Year Plan: “九五”时期 / 过去五年 / 五年 = 1996-01-01..
# 2000-12-31 (the base year 1995 is named: 比1995年, 比1995年底).  The heading 一、“九五”时期…
# governs the section (period text “九五”时期); the figures stand in lines 5-8:
#   - levels dated in the text (国内生产总值2000年达…, 2000年底达…) → that year / instant;
#   - 平均每年增长 (average annual growth over the plan) → the span 1996-2000, although a
#     2000年 of the line literally precedes them: that reading and null are alts (as
#     wr_china_1998 / wr_china_2013);
#   - 比1980年翻两番 (reached within the plan, as wr_china_1998) → the span, 2000 and null alts;
#   - growth / ratio / increase of a 2000 level over a named base year (分别比1995年增长,
#     为1997年的2.9倍, 比1995年底增加) → the period of the level compared (2000, 2000年底),
#     the span (and null) as alts (as 比五年前增加 in wr_china_1998, 比2007年增加 in
#     wr_china_2013);
#   - five-year totals and changes (五年累计, 五年增长) → the span.
def five(txt):
    return P(txt, "1996-01-01", "2000-12-31")


H = "“九五”时期"                                # the section heading
Y00 = P("2000年", "2000-01-01", "2000-12-31")
Y00_END = P("2000年底", "2000-12-31", "2000-12-31")
AVG = dict(period=five(H), period_alts=[Y00, null(H)])
AVG_NOTE = ("平均每年增长 = average annual growth over the 九五 period 1996-2000 (comparison = "
            "the surface basis 年均, as wr_china_1998); judgement call: the span (section "
            "heading “九五”时期) is gold although the line's 2000年 literally precedes it (SPEC "
            "§4 mechanical reading, kept as an alt with null)")
Y00_SPAN = dict(period=Y00, period_alts=[five("2000年"), null("2000年")])

# ---- line 1 (source 3): section heading ---------------------------------------------------------
g.neg("一、“九五”时期国民经济", "一、", MARKER_NOTE)
g.neg("一、“九五”时期国民经济", "九五", PLAN_NOTE + " (section heading: the plan period 1996-2000, "
      "the period text of the review facts without a period of their own)")

# ---- line 2 (source 4): opening line, no facts ---------------------------------------------------
g.neg("过去五年，全国各族人民", "过去五年", PERIOD_NOTE + " (1996-2000; no number in its line)")

# ---- line 3 (source 5): 国民经济 ----------------------------------------------------------------
g.neg("国内生产总值2000年达", "2000年", PERIOD_NOTE + " (2000; governs the GDP level)")
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("2000年达89404亿元", "89404亿元", value=89404e8, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, period=Y00,
     note="达 → eq; 89404亿元 = 8.9404e12 CNY")
fact("平均每年增长8.3％", "8.3％", value=8.3, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP + ["国内生产总值年均增长", "国内生产总值年均增速", "经济增长", "年均增速",
                        "经济年均增速"],
     comparison="年均", **AVG, note=AVG_NOTE)
g.neg("比1980 年翻两番", "1980 年", "comparison basis 比1980年 of 翻两番 (a year, not a quantity; "
      "the source writes a space before 年, kept in the span); not the period of the fact")
fact("比1980 年翻两番", "翻两番", value=4, unit="times", kind="ratio", bound="gt",
     metric="人均国民生产总值",
     metric_alts=["人均GNP", "人均国民生产总值翻两番", "人均国民生产总值增长倍数",
                  "人均国民生产总值比1980年", "人均国民生产总值翻番", "国民生产总值",
                  "人均国民生产总值比1980年翻两番的任务"],
     period=five(H), period_alts=[Y00, null(H)],
     note="翻两番 'doubled twice' → the level is 4 times that of 1980: a multiple, kind ratio "
          "(as wr_china_1998, the span keeps 翻); judgement call: 已经超额完成 'over-fulfilled' "
          "→ the 2000 level is more than four times the 1980 one → bound gt (wr_china_1998's "
          "提前实现 gave eq; eq is the alternative); an outturn → actual; comparison null "
          "(ratio facts carry none); reached within the plan: the span is gold, the literal "
          "2000年 and null as alts (as wr_china_1998)")
g.neg("基础上，2000年国家财政收入", "2000年", PERIOD_NOTE + " (2000; governs the revenue level "
      "and, literally, the rest of the line)")
REV = ["财政收入", "全国财政收入", "国家财政收入总额", "财政总收入"]
fact("财政收入达13380亿元", "13380亿元", value=13380e8, unit="CNY", kind="amount",
     metric="国家财政收入", metric_alts=REV, subject_alts=CN + GOV, period=Y00,
     note="达 → eq; national report → 中国, 国家/中央政府 as alts")
fact("平均每年增长16.5％", "16.5％", value=16.5, unit="%", kind="growth",
     metric="国家财政收入", metric_alts=REV + ["国家财政收入年均增长", "财政收入年均增速"],
     subject_alts=CN + GOV, comparison="年均", **AVG, note=AVG_NOTE)

# ---- line 4 (source 6): 经济体制改革 -------------------------------------------------------------
g.neg("其中相当一部分在境内外", "一部分", "vague quantifier (相当)一部分 'a good part', not a "
      "quantity")
g.neg("显著，2000年国有及国有控股", "2000年", PERIOD_NOTE + " (2000; governs the profit and its "
      "multiple)")
PROF = ["利润", "实现利润", "国有及国有控股工业企业实现利润", "国有及国有控股工业企业利润总额",
        "国有工业企业利润", "利润总额"]
SOE = CN + ["国有及国有控股工业企业", "国有工业企业"]
fact("实现利润2392亿元", "2392亿元", value=2392e8, unit="CNY", kind="amount",
     metric="国有及国有控股工业企业利润", metric_alts=PROF, subject_alts=SOE, period=Y00,
     note="profits of the state-owned and state-controlled industrial enterprises in 2000; "
          "the national aggregate keeps 中国, the enterprise group as alt (README §4)")
g.neg("为1997年的2.9倍", "1997年", "basis year of the multiple (是/为1997年的N倍), not a fact; "
      "the period of the fact stays 2000 (as 是2002年的近40倍 in nw_cctv_20120803_shenyang_2012)")
fact("为1997年的2.9倍", "2.9倍", value=2.9, unit="times", kind="ratio",
     metric="国有及国有控股工业企业利润",
     metric_alts=PROF + ["国有及国有控股工业企业利润相当于1997年的倍数",
                         "国有及国有控股工业企业利润与1997年之比"],
     subject_alts=SOE, period=Y00,
     note="为1997年的N倍 → ratio (the 2000 profit over the 1997 one); comparison null (ratio "
          "facts carry none; the basis 1997 in the alts)")
g.neg("脱困的三年目标", "三年", LABEL_NOTE + " (三年目标 = the 'three-year goal' of SOE reform and "
      "recovery, 1998-2000, named as a programme; judgement call: not a duration fact)")

# ---- line 5 (source 7): 对外开放 -----------------------------------------------------------------
g.neg("外向型经济迅速发展。2000年", "2000年", PERIOD_NOTE + " (2000; governs trade and exports)")
TRADE = ["进出口", "外贸进出口总额", "对外贸易总额", "进出口贸易总额", "货物进出口总额",
         "进出口额"]
EXP = ["出口总额", "出口额", "货物出口", "外贸出口"]
fact("进出口总额达4743亿美元", "4743亿美元", value=4743e8, unit="USD", kind="amount",
     metric="进出口总额", metric_alts=TRADE, period=Y00, note="达 → eq; 亿美元 → USD")
fact("其中出口2492亿美元", "2492亿美元", value=2492e8, unit="USD", kind="amount",
     metric="出口", metric_alts=EXP, period=Y00, note="其中: part of the trade total; 2000")
g.neg("分别比1995年增长", "1995年", "comparison basis 比1995年 (a year, not a quantity); becomes "
      "`comparison`, not a period")
fact("增长69％和67％", "69％", value=69, unit="%", kind="growth", metric="进出口总额",
     metric_alts=TRADE + ["进出口总额比1995年增长"], comparison="比1995年", **Y00_SPAN,
     note="分别 pairs the lists in order: 69% → 进出口总额; growth of the 2000 level over 1995 "
          "(comparison = the surface basis 比1995年): period the year of the level compared "
          "(2000), the 九五 span and null as alts (as 比五年前增加 in wr_china_1998)")
fact("69％和67％", "67％", value=67, unit="%", kind="growth", metric="出口",
     metric_alts=EXP + ["出口比1995年增长"], comparison="比1995年", **Y00_SPAN,
     note="second of the pair → 出口; each value carries its own ％")
g.neg("五年累计实际利用外资", "五年", PERIOD_NOTE + " (五年累计 = 1996-2000; governs the foreign "
      "capital total)")
FDI = ["利用外资", "实际使用外资", "实际利用外资金额", "五年累计实际利用外资", "外资",
       "实际利用外资累计"]
fact("实际利用外资2894亿美元", "2894亿美元", value=2894e8, unit="USD", kind="amount",
     metric="实际利用外资", metric_alts=FDI,
     period=five("五年累计"), period_alts=[null("五年累计")],
     note="cumulative flow of the five years (五年累计, 1996-2000)")
g.neg("比“八五”时期增长", "八五", "plan label 八五 (the 8th Five-Year Plan, 1991-1995), the "
      "comparison basis 比“八五”时期; not a quantity")
fact("比“八五”时期增长79.6％", "79.6％", value=79.6, unit="%", kind="growth",
     metric="实际利用外资", metric_alts=FDI + ["实际利用外资比“八五”时期增长"],
     comparison="比“八五”时期", period=five("五年累计"), period_alts=[null("五年累计")],
     note="growth of the five-year total over that of 1991-1995 (comparison = the surface "
          "basis 比“八五”时期); the span 1996-2000 (五年累计 governs)")
FX = ["外汇储备", "外汇储备余额", "国家外汇储备余额"]
g.neg("国家外汇储备2000年底", "2000年底", PERIOD_NOTE + " (instant 2000-12-31; governs the "
      "reserves and their increase)")
fact("2000年底达1656亿美元", "1656亿美元", value=1656e8, unit="USD", kind="amount",
     metric="国家外汇储备", metric_alts=FX, subject_alts=CN + ["国家"], period=Y00_END,
     note="a stock at 2000年底 → instant 2000-12-31")
g.neg("比1995年底增加", "1995年底", "comparison basis 比1995年底 (a date, not a quantity); not "
      "the period of the fact")
fact("比1995年底增加920亿美元", "920亿美元", value=920e8, unit="USD", kind="amount",
     metric="国家外汇储备增量",
     metric_alts=FX + ["国家外汇储备", "外汇储备增量", "国家外汇储备增加", "国家外汇储备增加额",
                       "国家外汇储备比1995年底增加"],
     subject_alts=CN + ["国家"], period=Y00_END,
     period_alts=[five("2000年底"), null("2000年底")],
     note="absolute change of a stock (增加 → positive, metric <level>增量, SPEC §2); the basis "
          "比1995年底 is no comparison of an amount fact (README §6); period: 2000年底, the "
          "level compared (as 比2007年增加 under 2012年底 in wr_china_2013), the span "
          "1996-2000 of the change and null as alts")

# ---- line 6 (source 8): 人民生活 -----------------------------------------------------------------
RUR = ["农民人均纯收入", "人均纯收入", "农村居民收入", "农村居民人均收入"]
URB = ["城镇居民收入", "人均可支配收入", "城镇居民人均收入"]
g.neg("可支配收入，2000年分别", "2000年", PERIOD_NOTE + " (2000; governs the income levels and, "
      "literally, the rest of the line)")
fact("分别达到2253元和6280元", "2253元", value=2253, unit="CNY", kind="amount",
     metric="农村居民人均纯收入", metric_alts=RUR, period=Y00,
     note="分别 pairs the lists in order: 2253元 → 农村居民人均纯收入; each value with its own 元")
fact("2253元和6280元", "6280元", value=6280, unit="CNY", kind="amount",
     metric="城镇居民人均可支配收入", metric_alts=URB, period=Y00,
     note="second of the pair → 城镇居民人均可支配收入")
fact("实际增长4.7％和5.7％", "4.7％", value=4.7, unit="%", kind="growth",
     metric="农村居民人均纯收入",
     metric_alts=RUR + ["农村居民人均纯收入年均增长", "农村居民人均纯收入年均实际增长"],
     comparison="年均", **AVG,
     note="实际 = in real terms; first of the pair → 农村; " + AVG_NOTE)
fact("4.7％和5.7％", "5.7％", value=5.7, unit="%", kind="growth",
     metric="城镇居民人均可支配收入",
     metric_alts=URB + ["城镇居民人均可支配收入年均增长", "城镇居民人均可支配收入年均实际增长"],
     comparison="年均", **AVG, note="second of the pair → 城镇; real terms; " + AVG_NOTE)
RET = ["社会消费品零售额", "消费品零售总额", "社会消费品零售总额年均增长", "零售总额"]
fact("零售总额平均每年增长10.6％", "10.6％", value=10.6, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=RET, comparison="年均", **AVG, note=AVG_NOTE)
g.neg("存款余额五年增长", "五年", PERIOD_NOTE + " (五年 = 1996-2000; the span of the increase)")
SAV = ["居民储蓄存款", "城乡居民储蓄存款余额", "储蓄存款余额", "居民储蓄存款余额增长倍数",
       "居民储蓄", "居民储蓄存款余额增长"]
fact("五年增长1倍多", "1倍多", value=1, unit="times", kind="ratio", bound="gt",
     metric="居民储蓄存款余额", metric_alts=SAV, subject_alts=CN + ["居民", "城乡居民"],
     period=five("五年"), period_alts=[Y00_END, null("五年")],
     note="增长N倍 → kind ratio, unit times, value as written (as 增长1倍多 in "
          "wr_chongqing_2025), comparison null; 多 inside the span → gt; the growth of a stock "
          "over the five years (五年) → the span, the end instant and null as alts")
g.neg("“八七”扶贫攻坚", "八七", LABEL_NOTE + " (“八七”扶贫攻坚计划: the plan to lift 80 million "
      "people out of poverty in 7 years, 1994-2000; its name, not a count here)")

# ---- line 7 (source 9): 科技、教育, no figures ------------------------------------------------------
g.neg("“863”计划", "863", LABEL_NOTE + " (“863”计划, the high-tech programme named after its "
      "launch in March 1986)")
g.neg("获得一批重要成果", "一批", "quantifier 一批")
g.neg("基本普及九年义务教育", "九年", LABEL_NOTE + " (九年义务教育 'nine-year compulsory "
      "education', as in wr_fujian_2025), not a quantity")

# ---- line 8 (source 10): 香港、澳门 ---------------------------------------------------------------
g.neg("“九五”期间，我国政府", "九五", PLAN_NOTE + " (“九五”期间; no number in its line)")
g.neg("“一国两制”", "一国两制", "policy name “一国两制” (one country, two systems), not a quantity")

# ---- line 9 (source 11) --------------------------------------------------------------------------
g.neg("随着“九五”计划", "九五", PLAN_NOTE)
g.neg("现代化建设第二步", "第二步", "label of the second step of the three-step strategy "
      "(三步走), an ordinal name, not a rank")
g.neg("实施“十五”计划", "十五", "plan label 十五 (the 10th Five-Year Plan, SPEC §1)")
g.neg("迈向第三步战略目标", "第三步", "label of the third step of the three-step strategy, not a "
      "rank")
g.neg("史上一个新的里程碑", "一个", "indefinite article 一个")

# ---- line 10 (source 12) ---------------------------------------------------------------------------
g.neg("“九五”时期经济和社会", "九五", PLAN_NOTE)
g.neg("既克服“九五”前期", "九五", PLAN_NOTE + " (“九五”前期, the early years of the plan)")
g.neg("及时作出一系列", "一系列", "quantifier 一系列")

# ---- line 11 (source 13) ---------------------------------------------------------------------------
g.neg("“九五”时期的实践", "九五", PLAN_NOTE)

# ---- line 12 (source 14) ---------------------------------------------------------------------------
g.neg("第一，坚持用发展", "第一", MARKER_NOTE + " (第一，… first lesson)")
g.neg("坚持两手抓", "两手", "slogan 两手抓、两手都要硬 ('grasp with both hands', as 两手抓 in "
      "nw_cctv_20120720_xizang_2012), not a quantity")
g.neg("两手都要硬", "两手", "slogan (second half of 两手抓、两手都要硬), not a quantity")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading "
    "一、“九五”时期国民经济和社会发展的回顾, the opening line 过去五年…, the five result paragraphs "
    "(economy, reform, opening up, living standards, science and education), the paragraphs on "
    "香港/澳门, the completion of the plan and the acknowledgements, and the opening of the "
    "lessons (“九五”时期的实践…, 第一，…). Lines 3-13 hold 1,943 characters, so the first lesson "
    "(line 14) completes the run; every figure of the review is in source lines 5-8; the 十五 "
    "targets (lines 21-22) lie beyond 2,500 characters. Title: the corpus meta title (the "
    "source has no title line), title_in_text=False. Date: 2001-03-05, the corpus meta date: "
    "the opening day of the 4th session of the 9th NPC, on which Premier Zhu Rongji delivered "
    "the report; the Wikisource text has no dateline; nothing in the excerpt contradicts it "
    "(the latest figures are for 2000 / 2000年底; 实施“十五”计划 lies ahead). Place: national "
    "report → 中国 (alts 我国/全国/中华人民共和国; 国家/中央政府 for revenue; 国家 for reserves; "
    "the enterprise group for SOE profits; 居民 for savings). Periods: the 九五 period = "
    "1996-01-01..2000-12-31 (heading “九五”时期, 过去五年, 五年累计, 五年; the base year 1995 is "
    "named); levels dated 2000年 → 2000, 2000年底 → instant 2000-12-31; 平均每年增长 → the span "
    "with the literal 2000年 and null as alts; 翻两番 → the span (as wr_china_1998), 2000 and "
    "null as alts; growth / multiples / increases of a 2000 level over a named basis "
    "(比1995年增长69%/67%, 为1997年的2.9倍, 比1995年底增加920亿美元) → the period of the level "
    "compared, the span and null as alts (2.9倍: 2000 only); 五年累计 2894亿美元 and its 79.6% "
    "over 八五 → the span; 储蓄存款余额五年增长1倍多 → the span. Modality: actual throughout. "
    "Comparisons: 年均 for average growth; 比1995年, 比“八五”时期 as written. Judgement calls: "
    "翻两番…已经超额完成 → ratio 4 with bound gt (over-fulfilled); 增长1倍多 → ratio 1 gt (as "
    "wr_chongqing_2025); 三年目标 (SOE reform goal), 八七 (扶贫攻坚计划), 863, 九年 (义务教育), "
    "第二步/第三步 → label negatives; 九五 / 八五 / 十五 → plan-label negatives, also where they "
    "name periods or bases. Negatives: 一、, 九五 ×6, 过去五年, 2000年 ×5, 1980 年, 一部分, "
    "1997年, 三年, 1995年, 五年 ×2, 八五, 2000年底, 1995年底, 八七, 863, 一批, 九年, 一国两制, "
    "第二步, 十五, 第三步, 一个, 一系列, 第一, 两手 ×2. Lexicalized, not listed: 统一. Known "
    "false alarm of the shared check_gold.py: it reads 翻两番 as 2 (as in wr_china_1998).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
