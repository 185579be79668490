"""Gold annotations for wr_china_2003_d (2003年中华人民共和国国务院政府工作报告, the lessons of the
five years 1998-2002: fiscal transfers, structural adjustment, agriculture and rural areas),
lines 41-53 of shared/texts/work_report/wr_china_2003.txt.

The excerpt corpora/wr_china_2003_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in the second half of part 一 of the report
(一、过去五年政府工作的回顾), in the lessons of the outgoing government's term (五年来，我们的主要
工作体会有以下几个方面。, source line 36, outside the excerpt): the last paragraph of lesson
（一） (fiscal and monetary policy; central transfers to the regions), lesson （二） (structural
adjustment: heading, opening, the four measures 一是…四是 with high-tech projects and
technical renovation, product quality) and lesson （三） up to its fifth measure (“三农”:
heading, opening, 一是 structure, 二是 grain and cotton marketing, 三是 the rural tax-and-fee
reform, 四是 spending on agriculture, 五是 poverty relief).  Every figure but one reviews the
term 1998-2002 → actual; the 2003 budget for the tax-and-fee reform (今年…将达305亿元) →
target.  wr_china_2003 holds lines 3-11, wr_china_2003_b lines 18-31, wr_china_2003_c lines
58-68 (no overlap).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2003_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2003_d"
SOURCE_ID = "wr_china_2003"
PLACE = "中国"
REF = "2003-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 41, 53                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2003年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2003)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="坚持实施积极的财政政策和稳健的货币政策",
                 ends="走出了一条符合中国国情的扶贫开发道路。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "quantifier 一批 (README §2), not a count"
BIG_BATCH_NOTE = "quantifier 一大批 'a great many' (SPEC §1), not a count"
SERIES_NOTE = "quantifier 一系列 (README §2), not a count"
ARTICLE_NOTE = "一 + classifier used as an article (README §2), not a quantity"
PREV5_NOTE = ("comparison basis 比前五年 (the five years 1993-1997 before the term), a period "
              "expression, not a quantity and not the period of any fact (as wr_china_2003_c)")

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国务院", "中央政府", "中华人民共和国国务院", "国家", "中央财政"]
GOV_NOTE = ("the central government's own act or budget: subject the document's place 中国, "
            "国务院/中央政府/国家/中央财政 as alts (as wr_china_2003 / _b / _c)")

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2003-03-05; 去年 = 2002, 今年 = 2003) ---------------------------
# The excerpt lies in part 一 of the report, in the lessons of the term (五年来，我们的主要工作体会
# 有以下几个方面。, source line 36, outside the excerpt): the term of the government sworn in in
# March 1998 = the statistical years 1998-2002 (as wr_china_2003 / _b / _c).  A figure whose
# line states no period outside a pair before it takes that frame (period text 五年来), null
# as alt (SPEC §4, as wr_china_2003_b FRAME).
#   - Line 1 (source 41): the dated pair 由1997年的664亿元增加到2002年的4025亿元 (a yearly flow
#     → the years 1997 / 2002; each year governs only its own value, SPEC §4); 五年 (五年共计)
#     then governs 12319亿元 and its parts 其中…1777亿元 / 1755亿元 → the span 1998-2002.
#   - Line 4 (source 44): 1000多项 (no period before it) → the frame; 五年 (五年全国共完成…) →
#     the span for 2.66万亿元 and its 67% rise (basis 前五年, no period).
#   - Line 10 (source 50): the years 1997年, 1998年, 2001年 date policy steps; no figure.
#   - Line 11 (source 51): 从2000年起 dates the start of the pilot; 2002年 governs the pilot's
#     scope (20个省、自治区、直辖市: the set covered, a stock → instant 2002-12-31, the year and
#     null as alts) and the burden cut of the pilot areas (30%: the year 2002, alts the pilot
#     years 2000-2002 and null); 今年 (= 2003) governs the budget 305亿元 (将达, a plan →
#     target).
#   - Line 12 (source 52): 五年来 → the span for 4077亿元 and the 1852亿元 increase (basis 前五年).
#   - Line 13 (source 53): 五年间 → the span for 480亿元 and 770亿元.
def five(txt):
    return P(txt, "1998-01-01", "2002-12-31")


FRAME = dict(period=five("五年来"), period_alts=[null("五年来")])
FRAME_NOTE = ("no period outside a pair before it in its line → the section frame 1998-2002 "
              "(五年来…主要工作体会, source line 36, outside the excerpt), null as alt")
W5 = dict(period=five("五年"), period_alts=[null("五年")])
W5_NOTE = "a total over the five years (五年 = 1998-2002 governs), null as alt"
L5 = dict(period=five("五年来"), period_alts=[null("五年来")])
L5_NOTE = "a total over the five years (五年来 = 1998-2002 governs), null as alt"
J5 = dict(period=five("五年间"), period_alts=[null("五年间")])
J5_NOTE = "a total over the five years (五年间 = 1998-2002 governs), null as alt"
Y97 = P("1997年", "1997-01-01", "1997-12-31")
Y02 = P("2002年", "2002-01-01", "2002-12-31")
PAIR_FLOW_NOTE = ("inside a from/to pair dated {y}年 (the year governs only its own value, SPEC "
                  "§4); a flow of the year → {y}")

# ==== line 1 (source 41): close of lesson （一）: fiscal policy and central transfers ===============
TR = ["中央对地方转移支付", "中央对地方转移支付资金", "转移支付总额", "对地方转移支付总额",
      "中央对地方转移支付规模", "中央财政对地方转移支付总额"]
g.neg("由1997年的664亿元", "1997年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "664亿元)")
gov("由1997年的664亿元", "664亿元", value=664e8, unit="CNY", kind="amount",
    metric="中央对地方转移支付总额", metric_alts=TR, period=Y97,
    note="亿元 ×1e8; transfers other than tax rebates and system subsidies (除…外 defines the "
         "aggregate); " + PAIR_FLOW_NOTE.format(y=1997) + "; " + GOV_NOTE)
g.neg("增加到2002年的4025亿元", "2002年", PERIOD_NOTE + " (inside a from/to pair: governs "
      "only 4025亿元)")
gov("2002年的4025亿元", "4025亿元", value=4025e8, unit="CNY", kind="amount",
    metric="中央对地方转移支付总额", metric_alts=TR, period=Y02,
    note=PAIR_FLOW_NOTE.format(y=2002) + "; " + GOV_NOTE)
g.neg("五年共计12319亿元", "五年", PERIOD_NOTE + " (五年 = 1998-2002; governs 12319亿元 and its "
      "parts)")
gov("五年共计12319亿元", "12319亿元", value=12319e8, unit="CNY", kind="amount",
    metric="中央对地方转移支付总额",
    metric_alts=TR + ["中央对地方转移支付累计", "五年共计转移支付", "转移支付共计"], **W5,
    note="共计 = the total of the transfers over the term; " + W5_NOTE + "; " + GOV_NOTE)
g.neg("地方“两个确保”和", "两个确保", LABEL_NOTE + " (“两个确保”: ensuring laid-off workers' "
      "basic living allowances and retirees' pensions are paid; as wr_china_2003_c)")
FUND = ["用于地方“两个确保”和“低保”的资金", "用于“两个确保”和“低保”的资金",
        "“两个确保”和“低保”资金", "两个确保和低保资金", "用于地方两个确保和低保的资金",
        "中央对地方转移支付用于“两个确保”和“低保”的资金", "转移支付用于“两个确保”和“低保”的资金"]
gov("“低保”的资金1777亿元", "1777亿元", value=1777e8, unit="CNY", kind="amount",
    metric="用于地方“两个确保”和“低保”的资金", metric_alts=FUND, **W5,
    note="其中: the part of the five-year transfers spent on the two guarantees and the "
         "minimum living allowance (the same five years); " + W5_NOTE + "; " + GOV_NOTE)
PAY = ["用于地方增加机关事业单位职工工资", "增加机关事业单位职工工资",
       "用于地方增加机关事业单位职工工资的资金", "转移支付用于增加机关事业单位职工工资",
       "机关事业单位职工增资", "用于增加机关事业单位职工工资的资金"]
gov("职工工资1755亿元", "1755亿元", value=1755e8, unit="CNY", kind="amount",
    metric="用于地方增加机关事业单位职工工资的资金", metric_alts=PAY, **W5,
    note="其中 (shared): the part of the five-year transfers spent on raising the pay of "
         "government and public-institution staff; " + W5_NOTE + "; " + GOV_NOTE)

# ==== line 2 (source 42): heading of lesson （二） =================================================
g.neg("（二）坚持以经济结构", "（二）", MARKER_NOTE)

# ==== line 3 (source 43): opening of （二） (no numerals) ==========================================

# ==== line 4 (source 44): the four measures 一是…四是 =============================================
g.neg("一是加强基础设施建设", "一是", MARKER_NOTE)
g.neg("质量第一", "第一", "slogan 质量第一 'quality first', not a measured rank (as 第一要务 in "
      "wr_china_2015_b)")
g.neg("二是大力发展高新技术", "二是", MARKER_NOTE)
gov("组织实施了1000多项", "1000多项", value=1000, unit="count", kind="count", classifier="项",
    bound="gt", metric="高新技术产业化示范工程",
    metric_alts=["组织实施高新技术产业化示范工程", "高新技术产业化示范工程数量",
                 "实施高新技术产业化示范工程", "高新技术产业化示范工程项目",
                 "产业化示范工程"], **FRAME,
    note="多 inside the span → gt; projects organised over the term (a flow of the five "
         "years); " + FRAME_NOTE + "; " + GOV_NOTE)
g.neg("使一批具有自主知识产权", "一批", BATCH_NOTE)
g.neg("三是积极改造", "三是", MARKER_NOTE)
g.neg("五年全国共完成技术改造", "五年", PERIOD_NOTE + " (五年 = 1998-2002; governs 2.66万亿元 "
      "and 67%)")
TECH = ["技术改造投资完成额", "技改投资", "全国技术改造投资", "完成技术改造投资", "技术改造投资额",
        "更新改造投资"]
fact("技术改造投资2.66万亿元", "2.66万亿元", value=2.66e12, unit="CNY", kind="amount",
     metric="技术改造投资", metric_alts=TECH, **W5,
     note="共完成 = the total over the five years; 万亿元 ×1e12; " + W5_NOTE)
g.neg("比前五年增长67%", "前五年", PREV5_NOTE)
fact("比前五年增长67%", "67%", value=67, unit="%", kind="growth", metric="技术改造投资",
     metric_alts=TECH, comparison="比前五年", **W5,
     note="the five-year total over the total of the five years before (1993-1997); "
          "comparison = the surface basis 比前五年 (SPEC §2); " + W5_NOTE)
g.neg("一批大型企业走出了", "一批", BATCH_NOTE)
g.neg("关闭了一大批", "一大批", BIG_BATCH_NOTE)
g.neg("淘汰了一大批", "一大批", BIG_BATCH_NOTE)
g.neg("四是努力发展服务业", "四是", MARKER_NOTE)

# ==== line 5 (source 45): product quality (no numerals) ===========================================

# ==== line 6 (source 46): heading of lesson （三） =================================================
g.neg("（三）坚持把解决", "（三）", MARKER_NOTE)
g.neg("解决“三农”问题放在", "三农", LABEL_NOTE + " (“三农”: agriculture, rural areas and "
      "farmers; as wr_china_2008_b)")

# ==== line 7 (source 47): opening of （三） ======================================================
g.neg("上了一个大台阶", "一个", ARTICLE_NOTE + " (上了一个大台阶 'rose to a higher level', an "
      "idiom)")

# ==== line 8 (source 48): 一是推进农业结构调整。 ==================================================
g.neg("一是推进农业结构调整", "一是", MARKER_NOTE)

# ==== line 9 (source 49): structure of farming (no figures) ======================================
g.neg("带动千家万户农民", "千家万户", "idiom 千家万户 'thousands of households' (every "
      "household), not a quantity (as 亿万农民 in wr_china_2008_b)")

g.neg("“订单农业”", "订单", "lexicalized 订单 'order (contract)' (订单农业 'contract farming'); "
      "单 is not a quantity (as 清单, README §2)")

# ==== line 10 (source 50): 二是 grain and cotton marketing (dates, no figures) ======================
g.neg("二是深化粮棉流通", "二是", MARKER_NOTE)
g.neg("1997年实行按保护价", "1997年", PERIOD_NOTE + " (the year of a policy step); no figure "
      "follows in its sentence")
g.neg("1998年进一步提出", "1998年", PERIOD_NOTE + " (the year of a policy step); no figure "
      "follows in its sentence")
g.neg("“三项政策、一项改革”", "三项政策、一项改革", LABEL_NOTE + " (“三项政策、一项改革”, the "
      "name of the 1998 grain-marketing package, spelled out after 即), not counts")
g.neg("2001年，在粮食主产区", "2001年", PERIOD_NOTE + " (the year of a policy step); no "
      "figure follows")

# ==== line 11 (source 51): 三是 the rural tax-and-fee reform ======================================
g.neg("三是进行农村税费", "三是", MARKER_NOTE)
g.neg("采取了一系列政策措施", "一系列", SERIES_NOTE)
g.neg("从2000年起，在安徽", "2000年起", PERIOD_NOTE + " (从2000年起 'from 2000 on', the start of "
      "the pilot in 安徽 and elsewhere); no figure in its clause")
g.neg("2002年试点扩大到", "2002年", PERIOD_NOTE + " (2002; governs 20个 and 30%)")
PILOT = ["农村税费改革试点省、自治区、直辖市", "农村税费改革试点省份", "试点省、自治区、直辖市",
         "试点省份", "农村税费改革试点省区市", "试点范围", "农村税费改革试点地区"]
gov("试点扩大到20个省", "20个", value=20, unit="count", kind="count", classifier="个",
    metric="农村税费改革试点省、自治区、直辖市", metric_alts=PILOT,
    period=P("2002年", "2002-12-31", "2002-12-31"), period_alts=[Y02, null("2002年")],
    note="扩大到 → the provincial units covered by the pilot after its extension (the scope of "
         "a programme in force, a stock, as 扩展到9个州 in wr_yunnan_2025): 2002年 governs → "
         "instant 2002-12-31, the year and null as alts; counted noun 省、自治区、直辖市 (span "
         "number + classifier, README §1); " + GOV_NOTE)
BURDEN = ["农民负担", "试点地区农民负担平均减轻", "农民负担减轻", "试点地区农民平均负担",
          "农民负担减轻幅度"]
fact("农民负担平均减轻30%", "30%", value=-30, unit="%", kind="growth",
     metric="试点地区农民负担", metric_alts=BURDEN,
     subject_alts=CN + ["试点地区", "农村税费改革试点地区"], comparison="比改革前",
     period=Y02, period_alts=[P("2002年", "2000-01-01", "2002-12-31"), null("2002年")],
     note="减轻 X% = a relative cut of the farmers' burden → growth −30 (as 压减67% in "
          "wr_china_2023_c); 平均 'on average' over the pilot areas; the basis is the burden "
          "before the reform (not written: comparison 比改革前, judgement call; comparison is "
          "not scored); 2002年 governs (the pilot areas of 2002), the pilot years 2000-2002 "
          "and null as alts; the pilot areas are the set measured (the country keeps the "
          "subject, the areas as alt, README §4)")
g.neg("今年中央财政预算", "今年", PERIOD_NOTE + " (今年 = 2003; governs 305亿元)")
REFORM = ["农村税费改革资金", "中央财政预算用于支持农村税费改革的资金", "支持农村税费改革的资金",
          "中央财政支持农村税费改革资金", "农村税费改革中央财政预算资金",
          "中央财政预算用于支持这项改革的资金", "支持这项改革的资金"]
gov("资金将达305亿元", "305亿元", value=305e8, unit="CNY", kind="amount",
    metric="中央财政用于支持农村税费改革的资金", metric_alts=REFORM, modality="target",
    period=P("今年", "2003-01-01", "2003-12-31"), period_alts=[null("今年")],
    note="将达 in this year's central budget (a plan) → target, eq; 今年 = 2003 (reference "
         "date 2003-03-05); 这项改革 = the rural tax-and-fee reform of the sentence before "
         "(restored in the metric); " + GOV_NOTE)
g.neg("又一场伟大变革", "一场", ARTICLE_NOTE + " (又一场 'yet another')")
g.neg("得到亿万农民", "亿万", "idiom 亿万农民 'hundreds of millions of peasants', not a quantity "
      "(as wr_china_1985_b / wr_china_2008_b)")

# ==== line 12 (source 52): 四是 spending on agriculture =========================================
g.neg("四是增加对农业", "四是", MARKER_NOTE)
g.neg("解决“三农”问题，促进", "三农", LABEL_NOTE + " (“三农”)")
g.neg("五年来，国家财政支持", "五年来", PERIOD_NOTE + " (五年来 = 1998-2002; governs 4077亿元 "
      "and 1852亿元)")
AGR = ["国家财政支持农村生产支出和农业事业费", "支农支出", "财政支农支出",
       "支持农村生产支出和各项农业事业费", "国家财政支农资金", "财政支持农村生产支出和各项农业事业费",
       "国家财政支持农业支出"]
gov("各项农业事业费达4077亿元", "4077亿元", value=4077e8, unit="CNY", kind="amount",
    metric="国家财政支持农村生产支出和各项农业事业费", metric_alts=AGR, **L5,
    note="达 → eq; the total over the term; " + L5_NOTE + "; " + GOV_NOTE)
g.neg("比前五年累计增加", "前五年", PREV5_NOTE)
gov("累计增加1852亿元", "1852亿元", value=1852e8, unit="CNY", kind="amount",
    metric="国家财政支持农村生产支出和各项农业事业费增量",
    metric_alts=AGR + ["国家财政支持农村生产支出和各项农业事业费", "支农支出增量",
                       "比前五年累计增加", "国家财政支持农村生产支出和各项农业事业费增加"],
    **L5,
    note="absolute change of a level (增加 → positive, SPEC §2 <level>增量): the five-year "
         "total against that of the five years before (1993-1997); amount facts carry no "
         "comparison (the basis 比前五年 in this note); " + L5_NOTE + "; " + GOV_NOTE)

# ==== line 13 (source 53): 五是 poverty relief ====================================================
g.neg("五是加强农村扶贫", "五是", MARKER_NOTE)
g.neg("“八七”扶贫攻坚计划", "八七", LABEL_NOTE + " (“八七”扶贫攻坚计划: the plan to lift 80 million "
      "people out of poverty in 7 years, 1994-2000; its name, as wr_china_2001)")
g.neg("新世纪头十年", "头十年", "part of the title of the programme 新世纪头十年农村扶贫开发纲要 "
      "(the first decade of the century, 2001-2010), a label, not a fact")
g.neg("五年间，国家财政", "五年间", PERIOD_NOTE + " (五年间 = 1998-2002; governs 480亿元 and "
      "770亿元)")
POV = ["国家财政扶贫资金和以工代赈资金", "财政扶贫资金和以工代赈资金", "扶贫资金",
       "国家财政扶贫资金", "财政扶贫资金", "扶贫资金和以工代赈资金", "扶贫投入"]
gov("以工代赈资金达480亿元", "480亿元", value=480e8, unit="CNY", kind="amount",
    metric="国家财政扶贫资金和以工代赈资金", metric_alts=POV, **J5,
    note="达 → eq; one amount over the two funds together; " + J5_NOTE + "; " + GOV_NOTE)
LOAN = ["扶贫贷款", "贴息扶贫贷款", "安排扶贫贷款", "扶贫贴息贷款", "通过贴息方式安排的扶贫贷款"]
gov("安排扶贫贷款770亿元", "770亿元", value=770e8, unit="CNY", kind="amount",
    metric="扶贫贷款", metric_alts=LOAN[1:], **J5,
    note="poverty-relief loans arranged with interest subsidies over the term (安排 by the "
         "state: GOV alts); " + J5_NOTE)
g.neg("走出了一条符合", "一条", ARTICLE_NOTE + " (走出了一条…道路 'found a path')")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: part 一 of the report (一、过去"
    "五年政府工作的回顾), in the lessons of the outgoing government's term 1998-2002 (五年来，我们"
    "的主要工作体会有以下几个方面。, source line 36, outside the excerpt): the last paragraph of "
    "lesson （一） (central transfers to the regions: 664→4025亿元, 12319亿元 over five years, "
    "of which 1777亿元 and 1755亿元), lesson （二） (heading, opening, measures 一是…四是: 1000多项 "
    "high-tech projects, 2.66万亿元 technical renovation +67% on the five years before; product "
    "quality) and lesson （三） up to its fifth measure (“三农”: heading, opening, farm structure, "
    "grain and cotton marketing (dates only), the rural tax-and-fee reform (20个 pilot provinces, "
    "burden −30%, 2003 budget 305亿元), spending on agriculture (4077亿元, +1852亿元), poverty "
    "relief (480亿元, 770亿元)). wr_china_2003 holds lines 3-11, wr_china_2003_b lines 18-31, "
    "wr_china_2003_c lines 58-68 (no overlap). The source has no title line; the title is the "
    "corpus meta title (title_in_text=False). Date: 2003-03-05, the corpus meta date: the "
    "opening day of the 1st session of the 10th NPC, on which Premier Zhu Rongji delivered "
    "the report (no dateline in the Wikisource text); nothing in the excerpt contradicts it "
    "(latest figures 2002; 今年 = 2003 for the budget). Place: national report → 中国 (alts 我国/"
    "全国/中华人民共和国); the central government's acts and budget figures (transfers, "
    "projects, pilot, budget, farm and poverty funds) add 国务院/中央政府/国家/中央财政; the "
    "pilot areas add 试点地区 (README §4). Periods: the term = 1998-01-01..2002-12-31; 五年 "
    "(lines 1, 4), 五年来 (line 12), 五年间 (line 13) → the span, null as alt; 1000多项 (no "
    "period in its line) → the section frame (period text 五年来), null as alt; the dated pair "
    "由1997年的…增加到2002年的… → the years (flows); 2002年 (line 11) → the pilot's scope 20个 "
    "at 2002-12-31 (a stock; year and null as alts) and the 30% cut in 2002 (alts 2000-2002, "
    "null); 今年 → 2003 for the budget. Modality: actual throughout except the 2003 budget "
    "305亿元 (将达, a plan) → target. Comparisons: the surface basis 比前五年 for the 67% rise; "
    "比改革前 for the 30% cut (basis not written, judgement call); none on amounts (1852亿元 "
    "increase: basis in the note). Units: 亿元 ×1e8; 万亿元 ×1e12; 项 and 个 classifiers. "
    "Judgement calls: 减轻30% → growth −30 of the pilot areas' burden; 20个省、自治区、直辖市 → "
    "a stock at the end of 2002; 比前五年累计增加1852亿元 → <level>增量; 305亿元 → target; "
    "“三项政策、一项改革”, 新世纪头十年, 质量第一 as labels; 一个大台阶, 一场, 一条 as articles. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一 (×2), 进一步 (×2), 单位 (机关事业单位).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
