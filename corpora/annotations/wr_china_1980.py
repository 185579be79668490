"""Gold annotations for wr_china_1980 (1980年中华人民共和国国务院政府工作报告), lines 12-21 of
shared/texts/work_report/wr_china_1980.txt.

The report is Vice-Premier Yao Yilin's 关于1980、1981年国民经济计划安排的报告, delivered on
behalf of the State Council at the 3rd session of the 5th NPC (30 August 1980).  The excerpt
corpora/wr_china_1980.txt is sliced by code from the source bytes (whole lines, newline kept),
never retyped: it lies in part 一、国民经济在调整、改革、整顿、提高中取得了新的进展 (heading at
source line 5), the review of 1979 and of the first half of 1980: the last paragraph of point
第一 (basic construction: investment, projects stopped and completed, the share of
non-productive investment 1978-1980), point 第二 in full (heading; rural policy; industrial
associations, steel, machinery; the pilot reform of enterprise autonomy: pilot firms, Sichuan
and Shanghai pilots, agro-industrial firms), point 第三 in full (heading; efficiency: state
farms, energy and industrial output, labour productivity, taxes and profits per 100 yuan of
fixed assets, working capital, fixed assets delivered), point 第四 in full (heading; incomes:
peasants, jobs, wages, workers' housing) and the heading of point 第五.  The lines are fixed
by the brief (lines 12-21, 2,373 characters).

Numbers are written in ASCII digits with full-width ％ and, for thousands, a full-width comma
as separator (6，600个, 9，000万元, 6，256万平方米, 7，371万平方米); spans keep the text as
written and values are the numbers written (SPEC §3), with one Chinese numeral (一百多个).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1980.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null, new

DOC_ID = "wr_china_1980"
PLACE = "中国"
REF = "1980-08-30"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 12, 21                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1980年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="在缩短基本建设战线、提高投资效果方面",
                 ends="第五，商品购销两旺，城乡零售市场活跃，对外贸易有较大发展")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker of the review's points (第一…第六), not a quantity"
FW = ("the full-width comma is a thousands separator: the span keeps it as written, the value "
      "is the number written (SPEC §3)")
CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国务院"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1980-08-30; 今年 = 1980, 去年 = 1979) ------------------------------
# The whole excerpt lies in part 一 of the report, the review of 1979 and of the first half of
# 1980 (一年多来; the report's own frame is 1979年以来, source line 4).  The part has no single
# governing year, so each number takes the last period expression before it in its line (a
# line is a paragraph; no period crosses a line):
#   - line 1: 1979年 (investment, projects stopped, planned and completed); 1980年计划 (the
#     1980 plan: investment cap, projects to stop → target); the series 1978年为 / 1979年达到
#     / 1980年将达到 dates each share to its own year (1980: the planned share → target);
#   - line 3: 1979、1980两年 holds no number;
#   - line 4: 200多万吨 precedes the first period of its line → null (the year 1979 of the
#     next sentence and 1979..the reference date as alts); 1979年 … 全年 (machinery);
#   - line 5: 到今年上半年 (pilot firms: a stock → instant 1980-06-30); the Sichuan sample
#     (84个) belongs to its 1979 statistics (judgement call, literal inheritance as alt);
#     1979年 (Sichuan growth rates); 今年 … 上半年 (Shanghai textiles, 1980 H1), which also
#     governs 一百多个国营农场 (a stock → instant 1980-06-30);
#   - line 7: 上年 inside the from/to pair 由上年亏损…转为盈利… = 1978, 1979年 for the profit;
#     1979年 (energy, industry); 今年上半年 (industry, then the productivity share); 1977年 /
#     1978年 / 1979年 for the tax-and-profit series; 去年 (1979) / 今年上半年 for working
#     capital; 1979年 with 由上年的…提高到… (1978 / 1979) for fixed assets delivered;
#   - line 9: 1979年 (peasants' income, relief, jobs, wages, housing); 1965年到1976年
#     (11-year increase); 1980年上半年 (housing under construction).
# Lines 2, 6, 8 and 10 are headings of the review's points (list markers only).
def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def flow(txt, y):
    return dict(period=year(txt, y), period_alts=[null(txt)])


H1 = P("今年上半年", "1980-01-01", "1980-06-30")
H1F = dict(period=H1, period_alts=[null("今年上半年")])


# ==== line 1 (source 12): basic construction ======================================================
g.neg("成效。1979年国家预算内", "1979年", PERIOD_NOTE + " (1979; governs the line until "
      "1980年计划)")
INV = ["基本建设投资总额", "基本建设投资", "基建投资", "国家预算内和预算外基本建设投资总额",
       "预算内和预算外的基本建设投资总额", "基本建设投资额"]
fact("投资总额完成500亿元", "500亿元", value=500e8, unit="CNY", kind="amount",
     metric="国家预算内和预算外的基本建设投资总额", metric_alts=INV,
     subject_alts=CN + GOV, **flow("1979年", 1979),
     note="完成 → eq, the outturn of 1979; 亿元 ×1e8")
STOP = ["停建、缓建大中型项目", "停建缓建大中型项目", "停建、缓建项目", "大中型项目",
        "停建、缓建的大中型项目", "停建、缓建大中型项目数量"]
fact("缓建了大中型项目295个", "295个", value=295, unit="count", kind="count", classifier="个",
     metric="停建、缓建大中型项目", metric_alts=STOP[1:], **flow("1979年", 1979),
     note="large and medium projects stopped or postponed in 1979")
fact("计划建成投产大中型项目118个", "118个", value=118, unit="count", kind="count",
     classifier="个", metric="计划建成投产大中型项目",
     metric_alts=["建成投产大中型项目", "计划建成投产项目", "计划建成投产的大中型项目",
                  "大中型项目", "建成投产大中型项目计划"],
     modality="target", **flow("1979年", 1979),
     note="the 1979 plan figure (计划…118个), set against the outturn 实际建成128个 → modality "
          "target (as 原来设想的六百亿元 in wr_china_1981); 1979年 governs")
fact("实际建成128个", "128个", value=128, unit="count", kind="count", classifier="个",
     metric="实际建成投产大中型项目",
     metric_alts=["建成投产大中型项目", "实际建成大中型项目", "建成大中型项目", "大中型项目",
                  "实际建成投产的大中型项目", "建成投产项目"],
     **flow("1979年", 1979),
     note="the outturn of 1979 (实际建成), head 大中型项目 restored from the plan clause")
g.neg("1980年计划基本建设", "1980年", PERIOD_NOTE + " (1980, the plan year of the next "
      "clauses)")
PLAN80 = dict(period=year("1980年", 1980), period_alts=[null("1980年")], modality="target")
fact("控制在500亿元", "500亿元", value=500e8, unit="CNY", kind="amount",
     metric="基本建设投资总额",
     metric_alts=["国家预算内和预算外的基本建设投资总额", "基本建设投资", "基建投资",
                  "1980年计划基本建设投资总额", "基本建设投资额"],
     subject_alts=CN + GOV, **PLAN80,
     note="the 1980 plan (1980年计划…控制在) → target; judgement call on the bound: 控制在 sets "
          "a cap but no bound word (以内, 以下) is written → eq")
fact("缓建大中型项目238个", "238个", value=238, unit="count", kind="count", classifier="个",
     metric="停建、缓建大中型项目", metric_alts=STOP[1:] + ["进一步停建、缓建大中型项目"],
     **PLAN80,
     note="projects to be stopped or postponed further under the 1980 plan → target")
SH = ["职工住宅、科学文教卫生和城市建设等方面投资占基本建设投资总额比重",
      "职工住宅、科学文教卫生和城市建设等方面的投资占基本建设投资总额的比重",
      "职工住宅、科学文教卫生和城市建设投资比重", "非生产性建设投资比重", "投资比重",
      "职工住宅、科学文教卫生和城市建设等方面投资比重"]
SH_NOTE = ("这个比重 = the share of housing, science-culture-education-health and urban "
           "construction in total basic-construction investment (the previous sentence); each "
           "year of the series 1978年为 / 1979年达到 / 1980年将达到 dates its own value")
g.neg("这个比重，1978年为", "1978年", PERIOD_NOTE + " (1978)")
fact("1978年为17.4％", "17.4％", value=17.4, unit="%", kind="share",
     metric="职工住宅、科学文教卫生和城市建设等方面的投资比重", metric_alts=SH,
     **flow("1978年", 1978), note=SH_NOTE + "; full-width ％")
g.neg("1979年达到27％", "1979年", PERIOD_NOTE + " (1979)")
fact("1979年达到27％", "27％", value=27, unit="%", kind="share",
     metric="职工住宅、科学文教卫生和城市建设等方面的投资比重", metric_alts=SH,
     **flow("1979年", 1979), note="达到 → eq; " + SH_NOTE)
g.neg("1980年将达到29％", "1980年", PERIOD_NOTE + " (1980)")
fact("1980年将达到29％", "29％", value=29, unit="%", kind="share",
     metric="职工住宅、科学文教卫生和城市建设等方面的投资比重", metric_alts=SH,
     modality="target", **flow("1980年", 1980),
     note="将达到 under the 1980 plan just stated (1980年计划基本建设投资总额…) → the planned "
          "share, modality target (judgement call: forecast is the alternative); " + SH_NOTE)

# ==== line 2 (source 13): heading 第二 =============================================================
g.neg("第二，在经济上", "第二", MARKER_NOTE)

# ==== line 3 (source 14): rural policy (no facts) ===================================================
g.neg("播种面积1979、1980两年", "1979、1980两年", PERIOD_NOTE + " (1979-1980; 两年 restates "
      "the two years, not a duration fact; the sown area's rise states no number)")

# ==== line 4 (source 15): industrial associations, steel, machinery =================================
fact("短线钢材200多万吨", "200多万吨", value=2e6, unit="t", kind="amount", bound="gt",
     metric="短线钢材产量增量",
     metric_alts=["增产短线钢材", "短线钢材增产", "短线钢材增产量", "短线钢材",
                  "短线钢材产量", "小型材、线材、薄板、焊管等短线钢材增产"],
     subject_alts=CN + ["钢铁工业"], period=None,
     period_alts=[year("1979年", 1979), P("1979年", "1979-01-01", REF)],
     note="多 inside the span → gt; 增产 N = the absolute rise of output (SPEC §2 → <level>增量, "
          "positive); the steel industry as subject alt (README §4); no period expression "
          "before it in its line and part 一 has no single governing year → null; the year "
          "1979 of the next sentence and the report's frame 1979年以来 (source line 4: 1979-01-01 "
          "to the reference date; period text 1979年, the surface in the line) as alts")
g.neg("机械工业1979年计划", "1979年", PERIOD_NOTE + " (1979; 全年 after it restates the "
      "year)")
MACH = dict(subject_alts=CN + ["机械工业"], period=P("全年", "1979-01-01", "1979-12-31"),
            period_alts=[null("全年"), year("1979年", 1979)])
fact("全年总产值比上年增长8.1％", "8.1％", value=8.1, unit="%", kind="growth",
     metric="机械工业总产值", metric_alts=["机械工业产值", "总产值", "机械工业"],
     comparison="yoy", **MACH, note="比上年 → yoy; 全年 = 1979 (机械工业1979年…)")
fact("出口额增长30.8％", "30.8％", value=30.8, unit="%", kind="growth",
     metric="机械工业出口额", metric_alts=["出口额", "机械工业出口", "机械产品出口额"],
     comparison="yoy", **MACH, note="比上年 shared → yoy; head 机械工业 restored")

# ==== line 5 (source 16): the pilot reform of enterprise autonomy ===================================
g.neg("到今年上半年有", "今年上半年", PERIOD_NOTE + " (到今年上半年 'by the end of the first "
      "half of 1980')")
H1_END = P("今年上半年", "1980-06-30", "1980-06-30")
PILOT = dict(period=H1_END, period_alts=[H1, null("今年上半年")])
fact("有6，600个左右", "6，600个", value=6600, unit="count", kind="count", classifier="个",
     bound="approx", metric="实行扩大自主权试点的工业企业",
     metric_alts=["扩大自主权试点的工业企业", "扩大自主权试点企业", "试点企业", "试点工业企业",
                  "实行扩大自主权试点的工业企业数量", "扩大企业自主权试点企业"],
     **PILOT,
     note="左右 → approx (outside the span); 到今年上半年 → the stock of pilot firms at the end "
          "of June 1980 (instant), the half-year and null as alts; " + FW)
fact("总产值的45％左右", "45％", value=45, unit="%", kind="share", bound="approx",
     metric="试点企业产值占全国全民所有制工业企业总产值比重",
     metric_alts=["产值占全国全民所有制工业企业总产值的比重", "试点企业产值占比", "产值占比",
                  "试点企业产值占全民所有制工业企业总产值比重",
                  "实行扩大自主权试点的工业企业产值占全国全民所有制工业企业总产值的比重"],
     **PILOT,
     note="约…左右 → approx; the pilot firms' share of the output of state industry, under "
          "到今年上半年 (the set of pilots at end-June 1980): instant as gold, the half-year "
          "and null as alts")
g.neg("据四川省试点", "四川", "place name 四川 (四川省), not a quantity (as "
      "nw_cctv_20130512_sichuan_quake_areas_2013)")
SC = dict(subject="四川省",
          subject_alts=["四川", "四川省试点的84个地方企业", "四川省试点企业", "试点企业",
                        "84个地方企业", "四川省试点地方企业"])
fact("四川省试点的84个地方企业", "84个", value=84, unit="count", kind="count",
     classifier="个", metric="试点地方企业",
     metric_alts=["四川省试点的地方企业", "试点企业", "地方试点企业", "试点地方企业数量",
                  "四川省试点地方企业", "扩大自主权试点地方企业"],
     subject="四川省", subject_alts=["四川"], period=year("1979年", 1979),
     period_alts=[H1_END, H1, null("1979年")],
     note="judgement call: the number of Sichuan's local pilot firms whose 1979 statistics "
          "follow (据…的统计) → a count fact of 1979, the year of those statistics; the literal "
          "inheritance of 到今年上半年 (instant and half-year) and null as alts; reading it as "
          "part of the owner of the growth rates only (negative) is the alternative")
g.neg("统计，1979年比上年", "1979年", PERIOD_NOTE + " (1979; governs the Sichuan growth "
      "rates)")
SC_NOTE = ("the 84 pilot firms of Sichuan own the rates: the province keeps the subject (a set "
           "of firms, sector-like, README §4), the firms as alts; 1979年比上年 → yoy")
fact("产值增长14.9％", "14.9％", value=14.9, unit="%", kind="growth", metric="试点企业产值",
     metric_alts=["产值", "试点地方企业产值", "四川省试点企业产值", "四川省试点地方企业产值"],
     comparison="yoy", **SC, **flow("1979年", 1979), note=SC_NOTE)
fact("利润增长33％", "33％", value=33, unit="%", kind="growth", metric="试点企业利润",
     metric_alts=["利润", "试点地方企业利润", "四川省试点企业利润", "利润总额"],
     comparison="yoy", **SC, **flow("1979年", 1979), note=SC_NOTE)
fact("上缴国家的利润增长24.2％", "24.2％", value=24.2, unit="%", kind="growth",
     metric="试点企业上缴国家的利润",
     metric_alts=["上缴国家的利润", "上缴利润", "试点企业上缴利润", "上缴国家利润",
                  "试点地方企业上缴国家的利润"],
     comparison="yoy", **SC, **flow("1979年", 1979), note=SC_NOTE)
g.neg("今年上海市纺织工业", "今年", PERIOD_NOTE + " (1980; 上半年 after it narrows it)")
g.neg("试点，上半年产值", "上半年", PERIOD_NOTE + " (1980-01-01..1980-06-30)")
SHH1 = P("上半年", "1980-01-01", "1980-06-30")
SHX = dict(subject="上海市", subject_alts=["上海", "上海市纺织工业", "上海纺织工业", "纺织工业"],
           period=SHH1, period_alts=[null("上半年")])
SH_NOTE2 = ("比去年同期 → yoy; the city's textile industry (全行业利润留成试点) owns the rates: "
            "the city keeps the subject, the industry as alt (README §4)")
fact("上半年产值比去年同期增长14.1％", "14.1％", value=14.1, unit="%", kind="growth",
     metric="纺织工业产值",
     metric_alts=["产值", "上海市纺织工业产值", "纺织工业总产值", "上海纺织工业产值"],
     comparison="yoy", **SHX, note=SH_NOTE2)
fact("上缴国家的利润增长16.3％", "16.3％", value=16.3, unit="%", kind="growth",
     metric="纺织工业上缴国家的利润",
     metric_alts=["上缴国家的利润", "上缴利润", "纺织工业上缴利润", "上海市纺织工业上缴国家的利润",
                  "上缴国家利润"],
     comparison="yoy", **SHX, note=SH_NOTE2 + "; head 纺织工业 restored")
fact("在一百多个国营农场", "一百多个", value=100, unit="count", kind="count", bound="gt",
     classifier="个", metric="试办农工商联合企业的国营农场",
     metric_alts=["国营农场", "试办农工商联合企业的国营农场数量", "试办农工商联合企业国营农场",
                  "农工商联合企业试点国营农场", "试办农工商联合企业"],
     subject_alts=CN + ["农村"], period=P("上半年", "1980-06-30", "1980-06-30"),
     period_alts=[SHH1, null("上半年")],
     note="多 inside the span → gt, value 100; state farms that have set up agro-industrial-"
          "commercial firms (a stock of pilots): 上半年 (1980), the last period of the line, "
          "governs → instant 1980-06-30 (stock rule), the half-year and null as alts")
g.neg("一部分工业部门", "一部分", "vague quantifier 一部分 'a part of', not a quantity")

# ==== line 6 (source 17): heading 第三 =============================================================
g.neg("第三，随着", "第三", MARKER_NOTE)

# ==== line 7 (source 18): efficiency ================================================================
g.neg("1979年全国农业生产", "1979年", PERIOD_NOTE + " (1979; the cost share's fall states no "
      "number)")
g.neg("国营农场，1979年有了", "1979年", PERIOD_NOTE + " (1979; the profit of the from/to "
      "pair)")
FARM = CN + ["国营农场", "长期亏损的国营农场"]
fact("由上年亏损9，000万元", "9，000万元", value=9e7, unit="CNY", kind="amount",
     metric="国营农场亏损",
     metric_alts=["亏损", "亏损额", "国营农场亏损额", "长期亏损的国营农场亏损"],
     subject_alts=FARM, period=year("上年", 1978),
     period_alts=[null("上年"), year("1979年", 1979)],
     note="start of the from/to pair 由上年亏损…转为盈利…: its own period 上年 = 1978 (the year "
          "before 1979, SPEC §4); the loss as a positive amount with 亏损 in the metric "
          "(judgement call; a signed profit −9e7 is the alternative reading); the farms as "
          "subject alt (README §4); 9，000万 = 9e7; " + FW)
fact("转为盈利3亿多元", "3亿多元", value=3e8, unit="CNY", kind="amount", bound="gt",
     metric="国营农场盈利",
     metric_alts=["盈利", "盈利额", "国营农场利润", "长期亏损的国营农场盈利", "利润"],
     subject_alts=FARM, **flow("1979年", 1979),
     note="多 inside the span → gt; end of the pair: 1979年 governs")
g.neg("1979年在能源增长", "1979年", PERIOD_NOTE + " (1979)")
fact("能源增长不到3％", "3％", value=3, unit="%", kind="growth", bound="lt",
     metric="能源",
     metric_alts=["能源增长", "能源生产", "能源消费", "能源产量", "能源消费量", "能源供应",
                  "能源增速"],
     comparison="yoy", **flow("1979年", 1979),
     note="不到 → lt (outside the span); growth of energy over 1978 (default yoy)")
fact("比上年增长了8.5％", "8.5％", value=8.5, unit="%", kind="growth", metric="工业总产值",
     metric_alts=["工业产值", "工业", "工业总产值增长"], comparison="yoy",
     **flow("1979年", 1979), note="比上年 → yoy")
g.neg("今年上半年，在能源", "今年上半年", PERIOD_NOTE + " (1980-01-01..1980-06-30)")
fact("比去年同期增长了13.6％", "13.6％", value=13.6, unit="%", kind="growth",
     metric="工业总产值", metric_alts=["工业产值", "工业", "工业总产值增长"],
     comparison="yoy", **H1F, note="比去年同期 → yoy")
fact("增加的产值占62％", "62％", value=62, unit="%", kind="share",
     metric="由于劳动生产率提高而增加的产值占新增加的产值比重",
     metric_alts=["劳动生产率提高而增加的产值占新增产值比重", "劳动生产率提高而增加的产值占比",
                  "由于劳动生产率提高而增加的产值", "劳动生产率提高增加的产值占比",
                  "全民所有制工业企业新增加的产值中由于劳动生产率提高而增加的产值比重",
                  "由于劳动生产率提高而增加的产值占全民所有制工业企业新增加的产值比重"],
     subject_alts=CN + ["全民所有制工业企业"], period=H1,
     period_alts=[null("今年上半年"), year("1979年", 1979)],
     note="the share of the new output of state industrial firms due to higher labour "
          "productivity; judgement call on the period: the literal inheritance 今年上半年 "
          "(1980 H1) as gold, null and the year 1979 (the sentence may sum up the efficiency "
          "of 1979) as alts")
g.neg("每百元工业固定资产", "百元", "denominator 每百元 'per 100 yuan' inside the indicator's "
      "name (每百元工业固定资产净值提供的税收利润), not a quantity (as 每百元营业收入 in "
      "cm_qiandongnan_2023_d)")
TAX = ["每百元工业固定资产净值提供的利税", "每百元固定资产净值提供的税收利润",
       "百元工业固定资产净值提供的税收利润", "每百元工业固定资产净值实现的利税",
       "工业固定资产净值利税率", "税收利润"]
TAX_NOTE = ("taxes and profits per 100 yuan of net industrial fixed assets, in 元 (unit CNY); "
            "each year of the series dates its own value")
for ctx, span, val, y in [("1977年为31.5元", "31.5元", 31.5, 1977),
                          ("1978年为35.5元", "35.5元", 35.5, 1978),
                          ("提高到36.3元", "36.3元", 36.3, 1979)]:
    yc = {1977: "1977年为31.5元", 1978: "1978年为35.5元", 1979: "1979年进一步"}[y]
    g.neg(yc, f"{y}年", PERIOD_NOTE + f" ({y})")
    fact(ctx, span, value=val, unit="CNY", kind="amount",
         metric="每百元工业固定资产净值提供的税收利润", metric_alts=TAX,
         **flow(f"{y}年", y),
         note=("提高到 → the level reached (eq); " if y == 1979 else "") + TAX_NOTE)
g.neg("去年国营工商企业", "去年", PERIOD_NOTE + " (去年 = 1979)")
WC = ["国营工商企业流动资金占用水平增量", "流动资金占用增量", "流动资金占用水平增量",
      "国营工商企业流动资金占用", "流动资金占用", "流动资金占用水平",
      "国营工商企业流动资金占用减少额"]
fact("比上年减少64亿元", "64亿元", value=-64e8, unit="CNY", kind="amount",
     metric="国营工商企业流动资金占用增量", metric_alts=WC,
     subject_alts=CN + ["国营工商企业"], **flow("去年", 1979),
     note="减少 N = the absolute change of a level (SPEC §2: <level>增量, 减少 → negative); "
          "去年 = 1979; the state commercial and industrial firms as subject alt")
g.neg("亿元，今年上半年又比", "今年上半年", PERIOD_NOTE + " (1980-01-01..1980-06-30, "
      "restated for the working-capital change)")
fact("比去年同期减少160亿元", "160亿元", value=-160e8, unit="CNY", kind="amount",
     metric="国营工商企业流动资金占用增量", metric_alts=WC,
     subject_alts=CN + ["国营工商企业"], **H1F,
     note="减少 → negative change (SPEC §2) against the same period of 1979; 今年上半年 "
          "(written again in this clause) governs")
g.neg("基本建设1979年交付", "1979年", PERIOD_NOTE + " (1979, the year of the pair's end "
      "value)")
DEL = ["交付使用的固定资产占投资比重", "固定资产交付使用率", "交付使用率",
       "基本建设交付使用的固定资产占投资的比重", "新增固定资产交付使用率",
       "基本建设交付使用的固定资产占投资比重"]
fact("由上年的74.3％", "74.3％", value=74.3, unit="%", kind="share",
     metric="交付使用的固定资产占投资的比重", metric_alts=DEL,
     subject_alts=CN + ["基本建设"], period=year("上年", 1978),
     period_alts=[null("上年")],
     note="start of the from/to pair 由上年的…提高到…: its own period 上年 = 1978 (SPEC §4)")
fact("提高到83.7％", "83.7％", value=83.7, unit="%", kind="share",
     metric="交付使用的固定资产占投资的比重", metric_alts=DEL,
     subject_alts=CN + ["基本建设"], **flow("1979年", 1979),
     note="end of the pair: 1979年 governs (fixed assets delivered in 1979 over the year's "
          "investment)")

# ==== line 8 (source 19): heading 第四 =============================================================
g.neg("第四，党和政府", "第四", MARKER_NOTE)

# ==== line 9 (source 20): incomes ===================================================================
g.neg("价格，1979年农民增加", "1979年", PERIOD_NOTE + " (1979; governs the line until 1979年 "
      "repeats)")
PEAS = CN + ["农民"]
fact("农民增加收入108亿元", "108亿元", value=108e8, unit="CNY", kind="amount",
     metric="农民收入增量",
     metric_alts=["农民增加收入", "农民增收", "农民收入增加", "农民收入增加额", "农民收入"],
     subject_alts=PEAS, **flow("1979年", 1979),
     note="增加收入 N = the absolute rise of peasants' income (SPEC §2 → <level>增量, positive) "
          "from higher output and procurement prices")
fact("减轻农民负担20亿元", "20亿元", value=20e8, unit="CNY", kind="amount",
     metric="减轻农民负担",
     metric_alts=["农民负担减轻", "减免农业和社队企业税收", "减免税收", "减轻负担",
                  "减免农业和社队企业税收减轻农民负担"],
     subject_alts=PEAS + GOV, **flow("1979年", 1979),
     note="judgement call: the burden lifted by tax relief, a policy cost → a positive amount "
          "with the phrase as metric (as 减少财政收入 in wr_china_1981); 1979年 governs")
g.neg("1979年农民从集体", "1979年", PERIOD_NOTE + " (1979)")
COL = ["农民每人平均从集体分得的收入", "农民人均从集体分得的收入", "每人平均从集体分得的收入",
       "人均集体分配收入", "农民从集体分得的收入", "农民人均集体分配收入"]
fact("每人平均达到83.4元", "83.4元", value=83.4, unit="CNY", kind="amount",
     metric="农民从集体分得的人均收入", metric_alts=COL, subject_alts=PEAS,
     **flow("1979年", 1979), note="达到 → eq; per-head income from the collective in 1979")
g.neg("比1978年增加了", "1978年", "comparison basis 比1978年 (SPEC §4: a basis is "
      "`comparison`, not a period; as 比一九八○年末 in wr_china_1986), not a fact")
fact("比1978年增加了9.4元", "9.4元", value=9.4, unit="CNY", kind="amount",
     metric="农民从集体分得的人均收入增量",
     metric_alts=[m + "增量" for m in COL] + ["农民从集体分得的人均收入"],
     subject_alts=PEAS, **flow("1979年", 1979),
     note="增加了 N = absolute change of the level (SPEC §2 → 增量, positive) over 1978; "
          "comparison null for an amount change (as the other golds)")
g.neg("而1965年到1976年", "1965年到1976年", PERIOD_NOTE + " (1965-1976)")
g.neg("1976年11年中", "11年", "length of the period just named (1965年到1976年11年中 'in "
      "the 11 years 1965-1976'), part of the period expression, not a duration fact (as "
      "近三年来, README §2)")
fact("总共只增加了10.5元", "10.5元", value=10.5, unit="CNY", kind="amount",
     metric="农民从集体分得的人均收入增量",
     metric_alts=["农民每人平均从集体分得的收入增量", "农民人均从集体分得的收入增量",
                  "每人平均从集体分得的收入增量", "农民从集体分得的人均收入",
                  "农民每人平均从集体分得的收入"],
     subject_alts=PEAS, period=P("1965年到1976年", "1965-01-01", "1976-12-31"),
     period_alts=[P("1965年到1976年", "1966-01-01", "1976-12-31"), null("1965年到1976年")],
     note="总共只增加了 N → the total rise over the 11 years (SPEC §2 → 增量, positive; 只 "
          "'only' adds no bound); period as written 1965-1976, the 11 yearly steps "
          "1966-1976 and null as alts")
g.neg("1979年全国在城镇", "1979年", PERIOD_NOTE + " (1979)")
fact("安置了903万人就业", "903万人", value=903e4, unit="count", kind="count",
     classifier="人", metric="城镇安置就业",
     metric_alts=["安置就业", "城镇安置就业人数", "安置就业人数", "城镇就业", "城镇新增就业",
                  "就业", "城镇安排就业"],
     subject_alts=CN + ["城镇"], **flow("1979年", 1979),
     note="people placed in urban jobs in 1979; 903万 = 9.03e6")
fact("开始提升40％职工", "40％", value=40, unit="%", kind="share",
     metric="提升工资级别的职工比重",
     metric_alts=["提升工资级别的职工比例", "升级职工比重", "职工升级面", "提升工资级别职工占比",
                  "职工工资级别提升比例", "提升工资级别的职工"],
     subject_alts=CN + ["职工"], **flow("1979年", 1979),
     note="the share of workers whose wage grade was raised (开始提升, 1979 of the same "
          "sentence)")
g.neg("1979年全民所有制职工", "1979年", PERIOD_NOTE + " (1979; 全年 restates it)")
fact("比上年增加60亿元", "60亿元", value=60e8, unit="CNY", kind="amount",
     metric="全民所有制职工工资总额增量",
     metric_alts=["全民所有制职工全年工资总额增量", "职工工资总额增量", "工资总额增量",
                  "全民所有制职工工资总额", "工资总额", "全民所有制职工全年工资总额"],
     subject_alts=CN + ["全民所有制职工"], **flow("1979年", 1979),
     note="增加 N (bonuses included) = absolute change of the wage bill over 1978 (SPEC §2 → "
          "增量, positive)")
WAGE = ["全民所有制职工年平均工资", "年平均工资", "平均工资", "职工平均工资",
        "职工的年平均工资"]
fact("年平均工资达到705元", "705元", value=705, unit="CNY", kind="amount",
     metric="职工年平均工资", metric_alts=WAGE, subject_alts=CN + ["全民所有制职工"],
     **flow("1979年", 1979), note="达到 → eq; 1979年 governs")
fact("比上年增加61元", "61元", value=61, unit="CNY", kind="amount",
     metric="职工年平均工资增量",
     metric_alts=[w + "增量" for w in WAGE] + ["职工年平均工资"],
     subject_alts=CN + ["全民所有制职工"], **flow("1979年", 1979),
     note="增加 N → absolute change of the level (SPEC §2 → 增量, positive)")
g.neg("1979年新建职工住宅", "1979年", PERIOD_NOTE + " (1979)")
HOUSE = ["新建职工住宅面积", "职工住宅", "职工住宅新建面积", "新建住宅", "职工住宅竣工面积"]
fact("新建职工住宅6，256万平方米", "6，256万平方米", value=6256e4, unit="m2", kind="amount",
     metric="新建职工住宅", metric_alts=HOUSE, subject_alts=CN + ["职工"],
     **flow("1979年", 1979), note="6，256万平方米 = 6.256e7 m2; " + FW)
fact("比上年增长66％", "66％", value=66, unit="%", kind="growth", metric="新建职工住宅",
     metric_alts=HOUSE, subject_alts=CN + ["职工"], comparison="yoy",
     **flow("1979年", 1979), note="比上年 → yoy")
g.neg("最多的一年", "一年", "'the year with the most (new housing)' = 1979, a superlative, "
      "not a duration or count (as 关键一年 in wr_yunnan_2025)")
g.neg("1980年上半年职工住宅", "1980年上半年", PERIOD_NOTE + " (1980-01-01..1980-06-30)")
fact("施工面积7，371万平方米", "7，371万平方米", value=7371e4, unit="m2", kind="amount",
     metric="职工住宅施工面积",
     metric_alts=["施工面积", "职工住宅施工", "职工住宅在建面积", "职工住宅施工规模"],
     subject_alts=CN + ["职工"],
     period=P("1980年上半年", "1980-01-01", "1980-06-30"),
     period_alts=[null("1980年上半年"), P("1980年上半年", "1980-06-30", "1980-06-30")],
     note="floor space under construction in 1980 H1 (比去年同期又有所增长 states no number); "
          "the end-of-June instant as alt; 7，371万 = 7.371e7 m2; " + FW)

# ==== line 10 (source 21): heading 第五 =============================================================
g.neg("第五，商品购销", "第五", MARKER_NOTE)
g.neg("商品购销两旺", "两旺", "idiom 两旺 'both booming' (purchases and sales), not a "
      "quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed by "
    "the brief (a run of whole lines starting anywhere). The report is Yao Yilin's 关于1980、"
    "1981年国民经济计划安排的报告 (on behalf of the State Council); the excerpt lies in part "
    "一、国民经济在调整、改革、整顿、提高中取得了新的进展 (heading at source line 5; part 二, the "
    "1981 plan, begins at source line 29): the review of 1979 and of the first half of 1980 — "
    "the end of point 第一 (basic construction 1978-1980), points 第二 (new policies and the "
    "pilot reforms), 第三 (efficiency) and 第四 (incomes) in full, and the heading of point "
    "第五. Title: the corpus meta title (no title line in the source), title_in_text=False. "
    "Date: 1980-08-30, the day the report was delivered at the opening of the 3rd session of "
    "the 5th NPC (the shared meta gives only the year 1980; the date is that of the report's "
    "published dateline, ——1980年8月30日在第五届全国人民代表大会第三次会议上, not in the "
    "Wikisource text); the text fits it (今年上半年 is the latest data; 现在正是大秋作物的生长"
    "季节). Place: national report → 中国 (alts 我国/全国/中华人民共和国; 国家/国务院 for "
    "investment and tax relief; sectors — 钢铁工业, 机械工业, 国营农场, 国营工商企业, "
    "全民所有制职工, 农民, 城镇 — as alts, README §4); 四川省 owns the rates of its 84 pilot "
    "firms and 上海市 those of its textile industry (the firms/industry as alts). Periods: part "
    "一 has no single governing year, so each number takes the last period expression before "
    "it in its line (1979年, 1980年计划, 1978年/1979年/1980年 of a series, 全年 = 1979, 到今年上半年, "
    "今年…上半年, 上年 = 1978 inside from/to pairs, 去年 = 1979, 1977年, 1965年到1976年, "
    "1980年上半年); stocks under a half-year (6，600个 pilot firms and their 45％ output share, "
    "一百多个 state farms) → instant 1980-06-30 with the half-year and null as alts; 200多万吨 "
    "precedes every period of its line → null (1979 and 1979-01-01..the reference date as alts). Modality: actual, "
    "except the 1979 plan figure 计划建成投产…118个 and the 1980 plan (控制在500亿元, 238个, "
    "将达到29％) → target. Units: full-width comma = thousands separator (6，600 → 6600; "
    "9，000万元 → 9e7; 6，256万平方米 → 6.256e7 m2; 7，371万平方米 → 7.371e7 m2); full-width "
    "％; 一百多个 → 100 gt. Judgement calls: 控制在500亿元 → eq (no bound word); 将达到29％ → "
    "target (forecast the alternative); 84个 (Sichuan pilot firms) a count fact dated 1979 "
    "(its statistics' year) rather than by the literal 今年上半年; 62％ dated by the literal "
    "今年上半年 (1979 as alt); 由上年亏损9，000万元 → loss as a positive amount (metric 亏损); "
    "增产…200多万吨, 农民增加收入108亿元, 比上年增加60亿元/61元, 增加了9.4元/10.5元, 减少64亿元/"
    "160亿元 → SPEC §2 增量 facts (signed); 减轻农民负担20亿元 → a positive policy amount; "
    "能源增长不到3％ → growth lt with metric 能源; 11年 (of 1965年到1976年11年中) and 两年 (of "
    "1979、1980两年) → parts of period expressions; 每百元 → denominator negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Known false alarms of the shared check_gold.py: it stops a number at the full-width "
    "comma (6，600个 read as 6, 9，000万元 as 9, 6，256万平方米 as 6, 7，371万平方米 as 7); "
    "czfacts check-gold accepts them. Lexicalized, not listed: 进一步, 一些, 一般 (一般都超过, 一般也是好的), 某些, 若干, 多种 (no numeral value).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
