"""Gold annotations for wr_china_2003_c (2003年中华人民共和国国务院政府工作报告, the lessons of the
five years 1998-2002: state-owned enterprises and re-employment, opening up, science and
education), lines 58-68 of shared/texts/work_report/wr_china_2003.txt.

The excerpt corpora/wr_china_2003_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in the second half of part 一 of the report,
the lessons of the outgoing government's term (五年来，我们的主要工作体会有以下几个方面。, source
line 36, outside the excerpt): the five measures 一是…五是 of lesson （四） (SOE reform: listings,
funds raised, asset management companies, debt-for-equity swaps, supervisory boards), the
paragraph on re-employment and social security (这几年…两次…; 1998年以来 laid-off workers,
re-employment; 2002年 central funds and their multiple), the close of （四）, lesson （五）
(opening up: heading and four paragraphs, no figures), and the heading, opening and first
paragraph of lesson （六） (science and education spending: 五年来 2500亿元, R&D, 财政性教育经费,
the central education share).  Every figure reviews the term 1998-2002 → actual.
wr_china_2003 holds lines 3-11, wr_china_2003_b lines 18-31 (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from
a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2003_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2003_c"
SOURCE_ID = "wr_china_2003"
PLACE = "中国"
REF = "2003-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 58, 68                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2003年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2003)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一是加快现代企业制度建设。", ends="努力使家庭生活困难学生不失学。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "quantifier 一批 (README §2), not a count"
SERIES_NOTE = "quantifier 一系列 (README §2), not a count"
BASIS_NOTE = ("basis year of the multiple (是{y}年的N倍), not a fact; the period of the fact "
              "stays 2002 (as 是1997年的2.3倍 in wr_china_2003_b)")

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国务院", "中央政府", "中华人民共和国国务院", "国家", "中央财政"]
GOV_NOTE = ("the central government's own act or budget: subject the document's place 中国, "
            "国务院/中央政府/中央财政 as alts (as wr_china_2003 / wr_china_2003_b)")
SOE = CN + ["国有企业", "国有及国有控股企业"]
SOE_NOTE = ("sector-level figure (国有及国有控股企业 / 国有企业): the country keeps the subject, "
            "the sector as alt (README §4)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


soe = g.with_subject(PLACE, SOE)


# ---- periods (reference date 2003-03-05; 去年 = 2002, 今年 = 2003) ---------------------------
# The excerpt lies in part 一 of the report, in the lessons of the term (五年来，我们的主要工作体会
# 有以下几个方面。, source line 36): the term of the government sworn in in March 1998 = the
# statistical years 1998-2002 (as wr_china_2003 / wr_china_2003_b).
#   - Line 1 (一是…五是): 五年来 stands before every figure of the line → the span 1998-2002
#     (explicit; null as alt); the listings, the funds raised (累计), the AMCs set up, the firms
#     chosen for debt-for-equity swaps and the firms given supervisory boards are counts and
#     totals of the term (flows).
#   - Line 2: 这几年 (vague 'these years', no numeral) governs 两次 → null..REF (README §5 近年来,
#     as wr_china_1983), the five-year span, null and the reference-date instant as alts;
#     1998年以来 replaces it for the layoffs and re-employment (since 1998, up to the time of
#     the report: 1998-01-01..REF, as 一九七九年以来 in wr_china_1983; alts the term 1998-2002
#     and null); 2002年 replaces it for the central funds (594亿元) and their multiple (the
#     basis 1998年 is no period); 从2001年起 governs no figure.
#   - Line 11 (科技、教育投入): 五年来 → the span for the 2500亿元 and its 一倍多 (basis 前五年,
#     1993-1997, no period); the dated pair 从1997年的…增加到2002年的… (flows → the years); the
#     pair without years 从0.64%提高到1.13% (R&D over GDP, a ratio of flows) is read in parallel
#     with the dated pair just before it → 1997 / 2002 (judgement call, as the parallel pairs
#     of wr_china_2003_b; alts: the span — the mechanical reading, 五年来 being the last period
#     outside a pair — and null); 2002年 then governs 3366亿元, its 1.8倍 (basis 1997年) and
#     the pair 从2.5%提高到3.3%: 3.3% → 2002 (explicit), 2.5% → 1997 (the start of a pair
#     whose basis year is 1997, named in 是1997年的1.8倍 just before; judgement call; 2002
#     — the literal inheritance — and null as alts); 从1998年起 → 1998-2002 for the yearly
#     rise 一个百分点 (alts up to the reference date, null); 五年 → the span for 489亿元.
def five(txt):
    return P(txt, "1998-01-01", "2002-12-31")


W5 = dict(period=five("五年来"), period_alts=[null("五年来")])
W5_NOTE = "五年来 (= the term 1998-2002) stands before it in the line; null as alt"
FEW = dict(period=P("这几年", None, REF),
           period_alts=[five("这几年"), null("这几年"), P("这几年", REF, REF)])
SINCE98 = dict(period=P("1998年以来", "1998-01-01", REF),
               period_alts=[P("1998年以来", "1998-01-01", "2002-12-31"), null("1998年以来")])
SINCE_NOTE = ("1998年以来 governs: since 1998 up to the time of the report (1998-01-01..REF, as "
              "一九七九年以来 in wr_china_1983); the term 1998-2002 and null as alts")
Y97 = P("1997年", "1997-01-01", "1997-12-31")
Y02 = P("2002年", "2002-01-01", "2002-12-31")
Y02_FLOW = dict(period=Y02, period_alts=[null("2002年")])
PAR_FLOW_START = dict(period=Y97, period_alts=[five("五年来"), null("五年来")])
PAR_FLOW_END = dict(period=Y02, period_alts=[five("五年来"), null("五年来")])
PAR_FLOW_NOTE = ("from/to pair without years, parallel to the dated pair 从1997年的…增加到2002年"
                 "的… just before it: {which} → {y} (a ratio of flows of the year); alts: the "
                 "five-year span (the mechanical reading: 五年来 is the last period outside a "
                 "pair) and null (judgement call, as the parallel pairs of wr_china_2003_b)")
PAIR_FLOW_NOTE = ("inside a from/to pair dated {y}年 (the year governs only its own value, SPEC "
                  "§4); a flow of the year → {y}")

# ==== line 1 (source 58): lesson （四）, measures 一是…五是 ===========================================
g.neg("一是加快现代企业", "一是", MARKER_NOTE)
g.neg("五年来，国有及国有控股", "五年来", PERIOD_NOTE + " (五年来 = 1998-2002; governs the rest "
      "of the line)")
LIST = ["上市公司", "新增上市公司数量", "境内外新增上市公司", "上市公司增量", "上市公司数量增量",
        "国有及国有控股企业新增上市公司", "新增上市公司数"]
soe("新增上市公司442家", "442家", value=442, unit="count", kind="count", classifier="家",
    metric="新增上市公司", metric_alts=LIST, **W5,
    note="companies newly listed at home and abroad by state-owned and state-controlled firms "
         "over the term (新增 N: the noun with the 增量 reading as alts, README §3); "
         + SOE_NOTE + "; " + W5_NOTE)
RAISE = ["筹资", "累计筹资额", "上市筹资", "境内外筹资", "筹资额", "上市公司累计筹资",
         "国有及国有控股企业累计筹资"]
soe("累计筹资7436亿元", "7436亿元", value=7436e8, unit="CNY", kind="amount",
    metric="累计筹资", metric_alts=RAISE, **W5,
    note="累计 = the total raised by the listings over the term (a flow summed over five "
         "years); 亿元 ×1e8; " + SOE_NOTE + "; " + W5_NOTE)
soe("包括境外筹资352亿美元", "352亿美元", value=352e8, unit="USD", kind="amount",
    metric="境外筹资",
    metric_alts=["境外筹资额", "境外上市筹资", "累计境外筹资", "境外融资"], **W5,
    note="包括: the part of the 7436亿元 raised abroad; 亿美元 → USD ×1e8; " + SOE_NOTE + "; "
         + W5_NOTE)
g.neg("二是建立企业优胜劣汰", "二是", MARKER_NOTE)
g.neg("使一批长期亏损", "一批", BATCH_NOTE)
g.neg("三是减轻企业负担", "三是", MARKER_NOTE)
gov("成立四家金融资产管理公司", "四家", value=4, unit="count", kind="count", classifier="家",
    metric="金融资产管理公司",
    metric_alts=["成立金融资产管理公司", "金融资产管理公司数量", "新成立金融资产管理公司",
                 "金融资产管理公司增量", "资产管理公司"], **W5,
    note="the four asset management companies set up (1999) to take over the state banks' bad "
         "assets; a count, not a label; " + GOV_NOTE + "; " + W5_NOTE)
DEBT = ["债转股企业", "实施债转股的企业", "实施债权转股权的企业", "国有大中型企业",
        "债权转股权企业", "实施债转股的国有大中型企业", "债转股国有大中型企业",
        "实施债权转股权的国有大中型企业数量"]
soe("确定对符合条件的580户", "580户", value=580, unit="count", kind="count", classifier="户",
    metric="实施债权转股权的国有大中型企业", metric_alts=DEBT, **W5,
    note="户 is a classifier (SPEC §3); the firms chosen for debt-for-equity swaps (确定对…实施, "
         "done in the term → actual; 符合条件的 defines the set, no numeral); " + SOE_NOTE
         + "; " + W5_NOTE)
g.neg("四是积极推进企业", "四是", MARKER_NOTE)
g.neg("五是大力加强企业", "五是", MARKER_NOTE)
BOARD = ["重点国有企业", "派出监事会的重点国有企业", "派驻监事会的重点国有企业",
         "派出监事会的企业", "重点国有企业数量", "监事会派驻企业"]
gov("向192个重点国有企业", "192个", value=192, unit="count", kind="count", classifier="个",
    metric="派出监事会的重点国有企业", metric_alts=BOARD, **W5,
    note="the key state-owned firms to which the State Council sent supervisory boards "
         "(先后…派出了监事会): the predicate defines the counted set → in the metric; "
         + GOV_NOTE + "; " + W5_NOTE)
g.neg("以及一批国有金融机构", "一批", BATCH_NOTE)

# ==== line 2 (source 59): re-employment and social security =========================================
gov("两次召开全国再就业工作会议", "两次", value=2, unit="count", kind="count", classifier="次",
    metric="全国再就业工作会议",
    metric_alts=["召开全国再就业工作会议", "全国再就业工作会议次数", "再就业工作会议",
                 "召开全国再就业工作会议次数"],
    subject_alts=GOV + CN + ["党中央、国务院", "党中央"], **FEW,
    note="the conferences held by the Party centre and the State Council (a count of events, "
         "classifier 次); 这几年 (no numeral) governs → null..REF (README §5 近年来, as "
         "wr_china_1983), the five-year span, null and the reference-date instant as alts; "
         + GOV_NOTE)
g.neg("相继制定和实行一系列", "一系列", SERIES_NOTE)
g.neg("首先要妥善安置", "首", "adverb 首先 'first of all', not a rank (as nw_cctv_20170717_china_2017h1)")
g.neg("1998年以来，国有企业", "1998年以来", PERIOD_NOTE + " (since 1998, up to the time of the "
      "report; governs the layoff and re-employment figures until 2002年)")
LAID = ["下岗职工", "国有企业下岗职工人数", "下岗职工人数", "国有企业下岗职工累计",
        "累计下岗职工", "国有企业下岗职工总数"]
soe("国有企业下岗职工达2700多万人", "2700多万人", value=2700e4, unit="count", kind="count",
    classifier="人", bound="gt", metric="国有企业下岗职工", metric_alts=LAID, **SINCE98,
    note="达 → no bound of its own; 多 inside the span → gt; workers laid off by SOEs since "
         "1998 (a cumulative flow); " + SOE_NOTE + "; " + SINCE_NOTE)
CENTRE = ["进入再就业服务中心比例", "下岗职工进入再就业服务中心比重", "进入再就业服务中心的比例",
          "国有企业下岗职工进入再就业服务中心比例", "进入再就业服务中心的下岗职工比例",
          "进入再就业服务中心", "进入再就业服务中心的下岗职工比重"]
soe("90%以上进入再就业服务中心", "90%", value=90, unit="%", kind="share", bound="ge",
    metric="下岗职工进入再就业服务中心比例", metric_alts=CENTRE, **SINCE98,
    note="以上 → ge (outside the span); the share of the 2700多万 laid-off workers who entered "
         "the re-employment service centres; " + SOE_NOTE + "; " + SINCE_NOTE)
REEMP = ["实现再就业", "实现再就业人数", "再就业人数", "下岗职工实现再就业", "再就业",
         "实现再就业的下岗职工人数", "国有企业下岗职工实现再就业"]
soe("先后有1800多万人", "1800多万人", value=1800e4, unit="count", kind="count",
    classifier="人", bound="gt", metric="实现再就业的下岗职工", metric_alts=REEMP, **SINCE98,
    note="多 inside the span → gt; laid-off workers re-employed (先后 = over the span, a "
         "cumulative flow); " + SOE_NOTE + "; " + SINCE_NOTE)
g.neg("逐步完善“三条保障线”", "三条保障线", LABEL_NOTE + " (“三条保障线”: the three safety "
      "nets — basic living allowances for laid-off workers, unemployment insurance, urban "
      "minimum living allowances — a named policy set, not a count claim)")
g.neg("2002年中央财政用于", "2002年", PERIOD_NOTE + " (2002; governs the rest of the line)")
g.neg("用于“两个确保”和", "两个确保", LABEL_NOTE + " (“两个确保”: ensuring laid-off workers' "
      "basic living allowances and retirees' pensions are paid, a named policy)")
FUND = ["用于“两个确保”和“低保”的资金", "中央财政“两个确保”和“低保”资金",
        "中央财政用于两个确保和低保的资金", "“两个确保”和“低保”资金", "两个确保和低保资金",
        "中央财政社会保障资金", "中央财政用于“两个确保”和“低保”资金"]
gov("的资金达594亿元", "594亿元", value=594e8, unit="CNY", kind="amount",
    metric="中央财政用于“两个确保”和“低保”的资金", metric_alts=FUND, **Y02_FLOW,
    note="达 → eq; central spending of 2002 (2002年 of the clause governs, null as alt); "
         + GOV_NOTE)
g.neg("是1998年的6.2倍", "1998年", BASIS_NOTE.format(y=1998))
gov("是1998年的6.2倍", "6.2倍", value=6.2, unit="times", kind="ratio",
    metric="中央财政用于“两个确保”和“低保”的资金",
    metric_alts=FUND + ["中央财政用于“两个确保”和“低保”的资金相当于1998年的倍数",
                        "中央财政用于“两个确保”和“低保”的资金与1998年之比"],
    **Y02_FLOW,
    note="是1998年的N倍 → ratio (the 2002 funds over the 1998 ones); comparison null (ratio "
         "facts carry none; the basis in the alts); 2002年 governs; " + GOV_NOTE)
g.neg("从2001年起，在辽宁", "2001年起", PERIOD_NOTE + " (从2001年起 'from 2001 on', the start "
      "of the Liaoning pilot); no figure follows")

# ==== line 3 (source 60): close of （四） ==============================================================
g.neg("的一系列方针政策", "一系列", SERIES_NOTE)

# ==== line 4 (source 61): heading （五） ==============================================================
g.neg("（五）坚持全面提高", "（五）", MARKER_NOTE)

# ==== line 5 (source 62): opening of （五） ============================================================
g.neg("国内外两个市场", "两个", "set phrase 两个市场、两种资源 ('the two markets and two kinds of "
      "resources', domestic and foreign), an appositive restating 国内外, not a count claim "
      "(as 两个 in wr_china_2003_b 香港、澳门两个特别行政区)")
g.neg("两个市场、两种资源", "两种", "set phrase 两个市场、两种资源 (see 两个), not a count "
      "claim")

# ==== line 6 (source 63): exports ==================================================================
g.neg("1998年下半年，受亚洲", "1998年下半年", PERIOD_NOTE + " (the second half of 1998); no "
      "figure follows (负增长 states no number)")
g.neg("外贸出口一度出现", "一度", "adverb 一度 'for a time' (README §2), not a quantity")
g.neg("果断采取一系列", "一系列", SERIES_NOTE)
g.neg("千方百计扩大出口", "千方百计", "idiom 千方百计 'by every possible means', not a "
      "quantity (as wr_china_2019)")

# ==== lines 7-8 (source 64-65): going out, foreign capital (no figures) ==============================

g.neg("设备、零部件出口", "零部件", "lexicalized 零部件 'parts'; 零 is not zero (as "
      "nw_cctv_20231108_sichuan_2023)")

# ==== line 9 (source 66): heading （六） ==============================================================
g.neg("（六）坚持实施科教兴国", "（六）", MARKER_NOTE)

# ==== line 10 (source 67): opening of （六） ===========================================================
g.neg("采取了一系列措施", "一系列", SERIES_NOTE)

# ==== line 11 (source 68): 较大幅度地增加科技、教育投入 ==============================================
g.neg("五年来，国家财政用于", "五年来", PERIOD_NOTE + " (五年来 = 1998-2002; governs the line "
      "outside the from/to pairs until 2002年)")
SCI = ["国家财政科技投入", "财政科技投入", "国家财政用于科技的投入累计", "财政用于科技的投入",
       "国家财政科技拨款", "科技投入", "国家财政用于科技投入"]
gov("科技的投入累计2500亿元", "2500亿元", value=2500e8, unit="CNY", kind="amount",
    metric="国家财政用于科技的投入", metric_alts=SCI, **W5,
    note="累计 = the total over the term (a flow summed over five years); 亿元 ×1e8; "
         + GOV_NOTE + "; " + W5_NOTE)
g.neg("比前五年增长", "前五年", "comparison basis 比前五年 (the five years 1993-1997 before the "
      "term), a period expression, not a quantity and not the period of any fact")
gov("比前五年增长一倍多", "一倍多", value=1, unit="times", kind="ratio", bound="gt",
    metric="国家财政用于科技的投入",
    metric_alts=SCI + ["国家财政用于科技的投入增长倍数", "国家财政科技投入比前五年增长",
                       "国家财政用于科技的投入比前五年增长"],
    **W5,
    note="增长N倍 → kind ratio, unit times, value as written (as 增长一倍 in wr_china_2009 / "
         "wr_china_1986), 多 inside the span → gt; comparison null (the basis 比前五年 stays in "
         "this note); judgement call — growth 100% gt is the equivalent reading; " + W5_NOTE)
RD = ["研究与试验开发经费", "研究与试验发展经费", "R&D经费", "研发经费", "研究与试验开发经费支出",
      "全国研究与试验开发经费支出", "全国R&D经费"]
g.neg("从1997年的509亿元", "1997年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "509亿元)")
fact("从1997年的509亿元", "509亿元", value=509e8, unit="CNY", kind="amount",
     metric="全国研究与试验开发经费", metric_alts=RD, period=Y97,
     note=PAIR_FLOW_NOTE.format(y=1997) + " (the year's R&D spending)")
g.neg("增加到2002年的1161亿元", "2002年", PERIOD_NOTE + " (inside a from/to pair: governs "
      "only 1161亿元)")
fact("2002年的1161亿元", "1161亿元", value=1161e8, unit="CNY", kind="amount",
     metric="全国研究与试验开发经费", metric_alts=RD, period=Y02,
     note=PAIR_FLOW_NOTE.format(y=2002))
RDS = ["研究与试验开发经费占国内生产总值比重", "研究与试验开发经费占GDP比重", "R&D经费投入强度",
       "研发投入强度", "研究与试验开发经费投入强度", "全国研究与试验开发经费占国内生产总值比重",
       "研究与试验开发经费占国内生产总值的比重", "占国内生产总值的比重"]
fact("比重从0.64%", "0.64%", value=0.64, unit="%", kind="share",
     metric="全国研究与试验开发经费占国内生产总值的比重", metric_alts=RDS, **PAR_FLOW_START,
     note="从…提高到… names the levels (eq); " + PAR_FLOW_NOTE.format(which="the start value",
                                                                     y=1997))
fact("提高到1.13%", "1.13%", value=1.13, unit="%", kind="share",
     metric="全国研究与试验开发经费占国内生产总值的比重", metric_alts=RDS, **PAR_FLOW_END,
     note=PAR_FLOW_NOTE.format(which="the end value", y=2002))
g.neg("2002年，全国财政性", "2002年", PERIOD_NOTE + " (2002; governs the clauses after it until "
      "从1998年起)")
EDU = ["财政性教育经费", "全国财政性教育经费投入", "财政性教育经费投入", "国家财政性教育经费",
       "财政性教育投入"]
fact("教育经费投入3366亿元", "3366亿元", value=3366e8, unit="CNY", kind="amount",
     metric="全国财政性教育经费", metric_alts=EDU, **Y02_FLOW,
     note="spending of 2002 (2002年 of the sentence governs, null as alt); 亿元 ×1e8")
g.neg("是1997年的1.8倍", "1997年", BASIS_NOTE.format(y=1997))
fact("是1997年的1.8倍", "1.8倍", value=1.8, unit="times", kind="ratio",
     metric="全国财政性教育经费",
     metric_alts=EDU + ["全国财政性教育经费相当于1997年的倍数", "全国财政性教育经费与1997年之比"],
     **Y02_FLOW,
     note="是1997年的N倍 → ratio (the 2002 spending over the 1997 one); comparison null (ratio "
          "facts carry none; the basis in the alts); 2002年 governs")
EDUS = ["财政性教育经费占国内生产总值比重", "财政性教育经费占GDP比重",
        "全国财政性教育经费占国内生产总值比重", "财政性教育经费占国内生产总值的比重",
        "财政性教育经费支出占国内生产总值比重", "占国内生产总值的比重"]
fact("比重从2.5%", "2.5%", value=2.5, unit="%", kind="share",
     metric="全国财政性教育经费占国内生产总值的比重", metric_alts=EDUS,
     period=Y97, period_alts=[Y02, null("2002年")],
     note="start of the pair 从2.5%提高到3.3% under 2002年: judgement call — the pair compares "
          "the same two years as 是1997年的1.8倍 just before it → 1997 (the 1997 ratio was "
          "about 2.5%); the literal inheritance of 2002年 and null as alts")
fact("提高到3.3%", "3.3%", value=3.3, unit="%", kind="share",
     metric="全国财政性教育经费占国内生产总值的比重", metric_alts=EDUS, **Y02_FLOW,
     note="end of the pair: the 2002 ratio (2002年 of the sentence governs; a ratio of flows "
          "of the year), null as alt")
g.neg("从1998年起，中央财政", "1998年起", PERIOD_NOTE + " (从1998年起 'from 1998 on'; governs "
      "the yearly rise until 五年)")
CSHARE = ["中央财政支出中教育经费比例", "教育经费占中央财政支出比例", "教育经费占中央财政支出比重",
          "中央财政教育经费占比", "中央财政支出中教育经费所占比重", "教育经费所占比例",
          "中央财政支出中教育经费所占比例每年提高"]
gov("每年提高一个百分点", "一个百分点", value=1, unit="pp", kind="change",
    metric="中央财政支出中教育经费所占比例", metric_alts=CSHARE, comparison="yoy",
    period=P("从1998年起", "1998-01-01", "2002-12-31"),
    period_alts=[P("从1998年起", "1998-01-01", REF), null("从1998年起")],
    note="提高 N 个百分点 of a share → change in pp (SPEC §2), 每年 = each year over the one "
         "before → comparison yoy; 一个 is the number here (1 pp), not an article; 从1998年起 "
         "governs: 1998 to the end of the term (1998-2002), up to the reference date and null "
         "as alts; done → actual; " + GOV_NOTE)
g.neg("仅此一项五年", "一项", "此一项 'this one measure alone', a pointer to the measure just "
      "named, not a count claim")
g.neg("仅此一项五年增加", "五年", PERIOD_NOTE + " (五年 = 1998-2002; governs 489亿元)")
gov("五年增加489亿元", "489亿元", value=489e8, unit="CNY", kind="amount",
    metric="中央财政教育经费增量",
    metric_alts=["中央财政教育经费", "教育经费增量", "教育经费", "增加教育经费",
                 "中央财政教育经费增加额", "中央财政教育经费增加", "教育经费增加"],
    period=five("五年"), period_alts=[null("五年")],
    note="the extra education spending the yearly rise of the share brought over the five "
         "years (增加 → positive absolute change, metric <level>增量, SPEC §2); 五年 governs "
         "(1998-2002), null as alt; " + GOV_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: part 一 of the report (一、过去"
    "五年政府工作的回顾), in the lessons of the outgoing government's term 1998-2002 (五年来，我们"
    "的主要工作体会有以下几个方面。, source line 36, outside the excerpt): the measures 一是…五是 "
    "of lesson （四） (SOE reform: 442家 listings, 7436亿元 / 352亿美元 raised, 四家 asset "
    "management companies, 580户 debt-for-equity swaps, 192个 firms with supervisory boards), "
    "its re-employment paragraph (两次 conferences; since 1998: 2700多万 laid off, 90%以上 in "
    "the service centres, 1800多万 re-employed; 2002: 594亿元 central funds, 6.2倍 of 1998), "
    "the close of （四）, lesson （五） on opening up (heading and four paragraphs, no figures) "
    "and the heading, opening and first paragraph of lesson （六） (科技、教育投入: 2500亿元 and "
    "一倍多; R&D 509→1161亿元, 0.64%→1.13% of GDP; 财政性教育经费 3366亿元, 1.8倍, 2.5%→3.3% of "
    "GDP; the central education share up 一个百分点 a year; 489亿元). wr_china_2003 holds lines "
    "3-11, wr_china_2003_b lines 18-31 (no overlap). The source has no title line; the title "
    "is the corpus meta title (title_in_text=False). Date: 2003-03-05, the corpus meta date: "
    "the opening day of the 1st session of the 10th NPC, on which Premier Zhu Rongji "
    "delivered the report (no dateline in the Wikisource text); nothing in the excerpt "
    "contradicts it (latest figures 2002). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国); the State Council's acts and central budget figures (AMCs, supervisory "
    "boards, conferences, 594亿元, science and education funds, 489亿元) add 国务院/中央政府/"
    "国家/中央财政; SOE figures (listings, funds raised, swaps, layoffs, re-employment) keep "
    "中国 with 国有企业/国有及国有控股企业 as alts (README §4). Periods: the term = "
    "1998-01-01..2002-12-31; 五年来 (lines 1 and 11) and 五年 (line 11) → the span, null as "
    "alt; 这几年 (no numeral) → null..REF (README §5 近年来, as wr_china_1983), the span, null "
    "and the reference date as alts; 1998年以来 → 1998-01-01..REF (as 一九七九年以来 in "
    "wr_china_1983), the term and null as alts; 2002年 → the year 2002 (null as alt); dated "
    "pair 从1997年的…到2002年的… → the years; the pair without years 0.64%→1.13% read in "
    "parallel with the dated pair (1997 / 2002; span and null as alts); 2.5%→3.3% under "
    "2002年: 3.3% → 2002, 2.5% → 1997 (judgement call: the basis year of 是1997年的1.8倍; 2002 "
    "and null as alts); 从1998年起 → 1998-2002 for the yearly 1 pp rise (up to REF and null "
    "as alts). Modality: actual throughout (a review). Comparisons: yoy for the yearly pp "
    "rise; none on amounts, counts, shares and ratios (bases 比前五年, 1998年, 1997年 in the "
    "notes and alts). Units: 亿元 ×1e8; 亿美元 → USD; 万人 → count 人; 户 and 家 classifiers; "
    "一倍多 → ratio 1 times gt; 一个百分点 → 1 pp. Judgement calls: the parallel readings of the "
    "two share pairs; 增长一倍多 → ratio 1 gt (not growth 100 %); 四家 (AMCs) and 两次 "
    "(conferences) as counts; 三条保障线, 两个确保 as labels; 两个市场、两种资源 as a set phrase "
    "(negatives); 此一项 as a pointer (negative); 489亿元 → 中央财政教育经费增量. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 (×2), 统一.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
