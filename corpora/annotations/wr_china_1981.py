"""Gold annotations for wr_china_1981 (held-out: corpora/heldout/) (1981年中华人民共和国国务院政府
工作报告), lines 19-28 of shared/texts/work_report/wr_china_1981.txt.

The report is Premier Zhao Ziyang's 当前的经济形势和今后经济建设的方针, delivered at the 4th
session of the 5th NPC (30 November 1981).  The excerpt corpora/heldout/wr_china_1981.txt is
sliced by code from the source bytes (whole lines, newline kept), never retyped: it lies at the
end of part （一）当前的经济形势 (heading at source line 4), the review of the current year 1981
(then not yet over: estimates with 可, 将) with its look back at the adjustment since 1979: the
paragraph on living standards (人民生活继续得到改善: brigades above 300 yuan, rural housing,
urban jobs, workers' housing, savings), the verdict on the adjustment (以上这些事实…), the
policy turn since the 3rd plenum (调整、改革、整顿、提高…; 从１９７９年起…农村政策; 工业方面执行
八字方针…), the distribution of national income 1979-1981 (income forgone and spending added,
subsidies, the consumption and accumulation shares), the warning (一年来的经济调整…), the
three-year adjustment of 1979 and the five more years from 1981, and the closing lines of the
part (各位代表：我国当前经济形势的确是好的… quarterly industrial output).  The excerpt's lines
are fixed by the brief (lines 19-28, 2,366 characters).

Numbers are written in Chinese numerals (一千六百二十二个, 九亿平方米, 五百二十亿元) or full-width
digits (５４％, ６３．５％, ０．２％, with a full-width decimal point ．); spans keep the text as
written and values are the numbers written (SPEC §3).  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_1981.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1981"
PLACE = "中国"
REF = "1981-11-30"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 19, 28                    # 1-based, inclusive, whole lines
TITLE = "1981年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="人民生活继续得到改善。", ends="肯定会比今年更好。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SESSION_NOTE = "session / plenum label (SPEC §1 二十大, 二十届三中全会), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
ARTICLE_NOTE = "一 + classifier used as article (一个重要…), not a quantity (README §2)"
FW = "full-width digits (and full-width ．) kept in the span as written (README §1)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国家财政", "中央政府", "国务院"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1981-11-30; 今年 = 1981, 去年 = 1980) ------------------------------
# The excerpt lies in part （一）当前的经济形势, the review of the current year 1981 (the report
# was delivered in its last month) and of the adjustment since 1979.  Each line is a paragraph;
# a number takes the last period expression before it in its line:
#   - line 1: １９７９年 / １９８０年 (each of the pair 有…，增加到… dates its own count); 近三年
#     (SPEC §4: the three full years before the reference year, 1978-1980; the reading
#     1979-1981 of the speaker's 'last three years' and null as alts); 今年１至９月 (jobs);
#     今年 (workers' housing, 可达到 → forecast); 今年１到１０月 (savings: the increase over
#     Jan-Oct, the balance reached → instant 1981-10-31);
#   - line 6: 从１９７９至１９８１年 and 这三年 → 1979-01-01..1981-12-31 for the income forgone,
#     the spending added and the subsidies (此外 continues the list); the from/to pair
#     由１９７８年的…上升到今年的… dates each value (1978 actual / 1981), and the parallel pair
#     of the accumulation share (由３６．５％降到３０％左右) takes the same years (judgement call:
#     the literal inheritance 今年 for ３６．５％ is an alt);
#   - line 8: １９７９年６月 (the three-year adjustment set then, a duration target, as
#     用三年时间 in wr_china_2007_b); 今年 (从今年起再用五年… set in 1981);
#   - line 10: 第一季度 / 第二季度 / 第三季度 / １０月份 of 1981, each governs its own growth rate.
# Lines 2-5 and 7, 9 hold no facts.
def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


THREE = "1979-01-01", "1981-12-31"


def three(txt):
    return P(txt, *THREE)


# ==== line 1 (source 19): 人民生活继续得到改善 =====================================================
g.neg("农民收入在前两年有", "前两年", PERIOD_NOTE + " (the two years before, 1979-1980; no "
      "number in its clause)")
BRIG = ["大队", "集体分配人均三百元以上的大队", "人均集体分配三百元以上的大队",
        "三百元以上的大队", "集体分配平均每人三百元以上的大队", "集体分配平均每人在三百元以上的大队数量"]
g.neg("平均每人在三百元以上的大队", "三百元", "threshold defining the counted set (SPEC §2: "
      "亿元以上项目): part of the count's metric, not a fact of its own")
g.neg("大队，１９７９年有", "１９７９年", PERIOD_NOTE + " (1979, the year of the pair's first "
      "count)")
fact("１９７９年有一千六百二十二个", "一千六百二十二个", value=1622, unit="count", kind="count",
     classifier="个", metric="集体分配平均每人在三百元以上的大队", metric_alts=BRIG,
     period=year("１９７９年", 1979), period_alts=[null("１９７９年")],
     note="brigades whose collective distribution per head was 300 yuan or more in 1979 (the "
          "year's distribution → the year); 以上 belongs to the threshold, not to the count")
g.neg("１９８０年增加到五千", "１９８０年", PERIOD_NOTE + " (1980, the year of the pair's "
      "second count)")
fact("增加到五千五百六十九个", "五千五百六十九个", value=5569, unit="count", kind="count",
     classifier="个", metric="集体分配平均每人在三百元以上的大队", metric_alts=BRIG,
     period=year("１９８０年", 1980), period_alts=[null("１９８０年")],
     note="end of the pair 有…，增加到… (each value dates to its own year, SPEC §4): the level "
          "reached in 1980, not an increase (增加到 'rose to')")
g.neg("农民生活改善的一个重要表现", "一个", ARTICLE_NOTE)
g.neg("近三年农村新建房屋", "近三年", PERIOD_NOTE + " (SPEC §4: the three full years before "
      "the reference year)")
fact("农村新建房屋达九亿平方米", "九亿平方米", value=9e8, unit="m2", kind="amount",
     metric="农村新建房屋",
     metric_alts=["农村新建房屋面积", "农村新建住宅", "新建住宅", "农村新建住房", "新建房屋"],
     subject_alts=CN + ["农村", "农民"],
     period=P("近三年", "1978-01-01", "1980-12-31"),
     period_alts=[P("近三年", "1979-01-01", "1981-12-31"), P("近三年", "1979-01-01", REF),
                  null("近三年")],
     note="达 → eq; 据不完全统计 (incomplete statistics) does not change the bound; a total "
          "over the three years; judgement call on the period: SPEC §4 reads 近三年 as the "
          "three full years before the reference year (1978-1980); the speaker's 'last three "
          "years' since the 1979 reforms (1979-1981, or to the reference date) and null as "
          "alts")
g.neg("今年１至９月安排", "今年１至９月", PERIOD_NOTE + " (1981-01-01..1981-09-30)")
fact("安排了四百七十七万人就业", "四百七十七万人", value=477e4, unit="count", kind="count",
     classifier="人", metric="城镇安排就业",
     metric_alts=["安排就业", "城镇安排就业人数", "安排就业人数", "城镇就业", "城镇新增就业",
                  "就业"],
     subject_alts=CN + ["城镇"],
     period=P("今年１至９月", "1981-01-01", "1981-09-30"),
     period_alts=[null("今年１至９月")],
     note="在城镇中 → the towns as subject alt; people placed in jobs over Jan-Sep 1981 "
          "(cumulative); 四百七十七万 = 4.77e6")
g.neg("从今年１０月份起", "今年１０月份", PERIOD_NOTE + " (October 1981, when the pay grades "
      "rise; no number follows)")
HOUSE = ["职工住宅竣工面积", "城镇职工住宅竣工面积", "竣工面积", "全国各城镇职工住宅的竣工面积",
         "职工住宅竣工", "城镇住宅竣工面积"]
fact("竣工面积可达到八千万平方米", "八千万平方米", value=8e7, unit="m2", kind="amount",
     metric="城镇职工住宅的竣工面积", metric_alts=HOUSE,
     subject_alts=CN + ["全国各城镇", "城镇"], modality="forecast",
     period=year("今年", 1981), period_alts=[null("今年")],
     note="可达到 'can reach' said before the year's end → an estimate, modality forecast (as "
          "预计 in wr_china_1982; judgement call: actual is the alternative); 今年 (earlier in "
          "the sentence) governs; 八千万平方米 = 8e7 m2")
SAVE = ["城乡人民的储蓄存款", "城乡居民储蓄存款", "储蓄存款", "储蓄存款余额",
        "城乡居民储蓄存款余额", "城乡人民储蓄存款余额"]
g.neg("今年１到１０月增加", "今年１到１０月", PERIOD_NOTE + " (1981-01-01..1981-10-31)")
JO = P("今年１到１０月", "1981-01-01", "1981-10-31")
JO_END = P("今年１到１０月", "1981-10-31", "1981-10-31")
fact("增加了九十五亿元", "九十五亿元", value=95e8, unit="CNY", kind="amount",
     metric="城乡人民储蓄存款增量",
     metric_alts=["城乡人民的储蓄存款增量", "储蓄存款增量", "城乡居民储蓄存款增量",
                  "储蓄存款增加", "城乡人民储蓄存款增加额", "城乡人民的储蓄存款", "储蓄存款"],
     subject_alts=CN + ["城乡人民", "城乡居民"], period=JO, period_alts=[null("今年１到１０月")],
     note="absolute change of a level (增加了 → positive, metric <level>增量, SPEC §2) over "
          "Jan-Oct 1981")
fact("达到四百九十四亿元", "四百九十四亿元", value=494e8, unit="CNY", kind="amount",
     metric="城乡人民储蓄存款", metric_alts=SAVE,
     subject_alts=CN + ["城乡人民", "城乡居民"], period=JO_END,
     period_alts=[JO, null("今年１到１０月")],
     note="达到 → eq; the balance (a stock) reached at the end of the governing Jan-Oct "
          "window → instant 1981-10-31 (stock rule), the window and null as alts")
g.neg("生活改善的一个重要标志", "一个", ARTICLE_NOTE)
g.neg("充满信心的一个重要标志", "一个", ARTICLE_NOTE)

# ==== line 2 (source 20): 以上这些事实… — no numerals beyond lexicalized 进一步 / 一些 ===========

# ==== line 3 (source 21): 调整、改革、整顿、提高方针 =================================================
g.neg("中共十一届三中全会", "十一届三中全会", SESSION_NOTE + " (3rd plenum of the 11th CC)")

# ==== line 4 (source 22): 农村政策 — no facts =======================================================
g.neg("从１９７９年起，我们", "１９７９年", PERIOD_NOTE + " (从１９７９年起 'from 1979 on'; no "
      "number follows)")
g.neg("在近三年的时间内", "近三年", PERIOD_NOTE + " (the last three years; no number follows)")
g.neg("这两个重要环节", "两个", "appositive 这两个 restating the two items just named (生产责任制 "
      "and 多种经营), not a count claim (as 两个关键词 in nw_cctv_20210526_yrd_2021)")
g.neg("每年进口一定数量", "一定", "adjective 一定 'a certain (quantity)', not a quantity")

# ==== line 5 (source 23): 工业方面 — no facts =======================================================
g.neg("执行八字方针", "八字方针", LABEL_NOTE + " (八字方针 = the eight-character policy "
      "调整、改革、整顿、提高)")
g.neg("交通运输六个方面", "六个", "appositive 六个方面 restating the six areas just listed "
      "(原材料和能源供应、银行贷款、挖革改、基本建设、利用外汇和引进技术、交通运输), not a count "
      "claim (judgement call; as 以下六个方面 in wr_china_2016_b)")
g.neg("三年来逐步扩大", "三年来", PERIOD_NOTE + " (1979-1981; no number follows)")

# ==== line 6 (source 24): 国民收入的分配比例 ========================================================
g.neg("从１９７９至１９８１年", "１９７９至１９８１年", PERIOD_NOTE + " (1979-01-01..1981-12-31; "
      "governs the line until 这三年)")
FORGO = dict(period=three("１９７９至１９８１年"), period_alts=[null("１９７９至１９８１年")])
COST_NOTE = ("judgement call: revenue given up by the state (减少财政收入 N, a policy cost like "
             "减税 N in wr_china_2018) → a positive amount with the phrase as metric; the signed "
             "SPEC §2 change reading (财政收入增量 −N) is the alternative")
fact("共计减少财政收入五百二十亿元", "五百二十亿元", value=520e8, unit="CNY", kind="amount",
     metric="减少财政收入",
     metric_alts=["减少的财政收入", "财政减收", "减收", "国家减少财政收入", "农民增收",
                  "减少农民负担"],
     subject_alts=CN + GOV, **FORGO,
     note="共计 → a total over 1979-1981 (提高农副产品收购价格、减轻…农村税收负担); " + COST_NOTE)
g.neg("这三年城镇共安排", "这三年", PERIOD_NOTE + " (= 1979-1981; governs the rest of the line "
      "until the shares' own years)")
TH = dict(period=three("这三年"), period_alts=[null("这三年")])
fact("共安排两千多万人就业", "两千多万人", value=2e7, unit="count", kind="count", bound="gt",
     classifier="人", metric="城镇安排就业",
     metric_alts=["安排就业", "城镇安排就业人数", "安排就业人数", "城镇就业", "就业"],
     subject_alts=CN + ["城镇"], **TH,
     note="多 inside the span → gt; a total over the three years (共)")
fact("减少财政收入共四百零五亿元", "四百零五亿元", value=405e8, unit="CNY", kind="amount",
     metric="增加财政开支和减少财政收入",
     metric_alts=["国家增加财政开支和减少财政收入", "增支减收", "减收增支",
                  "增加财政开支和减少财政收入总额", "职工增收"],
     subject_alts=CN + GOV, **TH,
     note="共 → the three-year total of spending added and revenue given up for the workers' "
          "jobs, wages and bonuses; " + COST_NOTE)
g.neg("这两部分共计", "两部分", "appositive 这两部分 'these two parts' (the two totals just "
      "given), not a count claim")
CUT = ["减收增支", "共计减收增支", "减收增支总额", "国家减收增支", "增加财政开支和减少财政收入"]
fact("共计减收增支九百二十五亿元", "九百二十五亿元", value=925e8, unit="CNY", kind="amount",
     metric="减收增支", metric_alts=CUT[1:], subject_alts=CN + GOV, **TH,
     note="the sum of the two (520 + 405); " + COST_NOTE)
fact("比原来设想的六百亿元", "六百亿元", value=600e8, unit="CNY", kind="amount",
     metric="原来设想的减收增支",
     metric_alts=["减收增支", "原来设想", "原设想减收增支", "设想的减收增支"],
     subject_alts=CN + GOV, modality="target", **TH,
     note="the amount planned at the outset for the three years (原来设想) → modality target "
          "(judgement call: a past plan figure, the basis of the comparison that follows)")
fact("多出５４％", "５４％", value=54, unit="%", kind="growth", metric="减收增支",
     metric_alts=CUT[1:] + ["减收增支超出原设想"], subject_alts=CN + GOV,
     comparison="比原来设想", **TH,
     note="多出 N% = the relative excess of the outturn over the planned amount (925 / 600 = "
          "1.54) → growth with the surface basis as comparison (as 比工业投资 in README §6); "
          + FW)
fact("价格补贴共二百三十四亿元", "二百三十四亿元", value=234e8, unit="CNY", kind="amount",
     metric="价格补贴",
     metric_alts=["国家价格补贴", "价格补贴总额", "农用生产资料和进口粮棉糖价格补贴",
                  "农用柴油、农业用电、农机、化肥、民用煤以及外贸进口的粮食、棉花、糖等的价格补贴"],
     subject_alts=CN + GOV, **TH,
     note="此外 continues the three-year list (这三年 still governs: judgement call, the "
          "year 1981 is the other reading); 共 → a total")
SHARE_C = ["消费率", "消费比重", "消费占国民收入比重", "消费在国民收入中所占的比重",
           "国民收入中消费的比重"]
SHARE_A = ["积累率", "积累比重", "积累占国民收入比重", "积累在国民收入中所占的比重",
           "积累所占的比重", "国民收入中积累的比重"]
Y78 = year("１９７８年", 1978)
Y81 = year("今年", 1981)
g.neg("由１９７８年的", "１９７８年", PERIOD_NOTE + " (1978, the year of the pair's first "
      "value)")
fact("１９７８年的６３．５％", "６３．５％", value=63.5, unit="%", kind="share",
     metric="消费在国民收入中的比重", metric_alts=SHARE_C, period=Y78,
     period_alts=[null("１９７８年")],
     note="start of a from/to pair (由…上升到…): its own year 1978 (SPEC §4), actual; " + FW)
fact("上升到今年的７０％", "７０％", value=70, unit="%", kind="share", bound="approx",
     metric="消费在国民收入中的比重", metric_alts=SHARE_C, period=Y81,
     period_alts=[null("今年")],
     note="左右 → approx (outside the span); end of the pair: 今年 = 1981 (a share of the "
          "year's national income, stated as achieved → actual); " + FW)
fact("由３６．５％降到", "３６．５％", value=36.5, unit="%", kind="share",
     metric="积累在国民收入中的比重", metric_alts=SHARE_A, period=P("１９７８年", "1978-01-01",
                                                                  "1978-12-31"),
     period_alts=[Y81, null("１９７８年")],
     note="start of the parallel pair 相应地由…降到… (the complement of 63.5 %): judgement call "
          "on the period: the year 1978 of the first pair (the text gives no year of its own), "
          "the literal inheritance 今年 and null as alts; " + FW)
fact("降到３０％左右", "３０％", value=30, unit="%", kind="share", bound="approx",
     metric="积累在国民收入中的比重", metric_alts=SHARE_A, period=Y81,
     period_alts=[null("今年")],
     note="左右 → approx; end of the pair: 今年 (1981) governs; " + FW)

# ==== line 7 (source 25): 一年来的经济调整 — no facts ================================================
g.neg("一年来的经济调整", "一年来", PERIOD_NOTE + " (1981; no number in its line)")
g.neg("是一个全局性的", "一个", ARTICLE_NOTE)

# ==== line 8 (source 26): the three-year adjustment and five more years =========================
g.neg("在１９７９年６月五届", "１９７９年６月", PERIOD_NOTE + " (June 1979, when the State "
      "Council proposed the three-year adjustment; governs 三年)")
g.neg("五届人大二次会议", "五届", SESSION_NOTE + " (the 5th NPC)")
g.neg("五届人大二次会议", "二次", SESSION_NOTE + " (2nd session)")
g.neg("对于这一方针", "这一", "demonstrative 这一 'this', not a quantity")
fact("提出用三年的时间", "三年", value=3, unit="year", kind="amount",
     metric="国民经济调整、改革、整顿、提高工作期限",
     metric_alts=["国民经济调整期限", "调整、改革、整顿、提高工作时间", "调整期限", "调整时间",
                  "做好国民经济调整、改革、整顿、提高的工作的时间", "国民经济调整时间"],
     subject_alts=CN + GOV, modality="target",
     period=P("１９７９年６月", "1979-06-01", "1979-06-30"),
     period_alts=[P("三年", "1979-01-01", "1981-12-31"), null("１９７９年６月")],
     note="judgement call: the time limit of the goal the State Council set in June 1979 "
          "(用三年的时间做好…) → a duration as a designed attribute of the plan, modality "
          "target (as 用三年时间 in wr_china_2007_b); period the month the goal was set "
          "(literal), the adjustment's span 1979-1981 and null as alts")
fact("再用五年或者更多一点", "五年", value=5, unit="year", kind="amount", bound="ge",
     metric="继续贯彻执行调整、改革、整顿、提高方针的时间",
     metric_alts=["继续贯彻执行调整、改革、整顿、提高方针期限", "调整、改革、整顿、提高方针执行时间",
                  "调整时间", "调整期限", "国民经济调整时间", "继续调整时间"],
     subject_alts=CN + GOV, modality="target",
     period=year("今年", 1981),
     period_alts=[P("今年", "1981-01-01", "1985-12-31"), null("今年")],
     note="或者更多一点 '(five years) or a little more' → ge (outside the span); the State "
          "Council's plan (国务院认为有必要…) → target; period: the year it is set and starts "
          "(从今年起 → 1981, literal), the five years 1981-1985 and null as alts (as 三年 above)")
g.neg("更多一点的时间", "一点", "vague 一点 'a little' of the bound phrase 或者更多一点, not a "
      "quantity")

# ==== line 9 (source 27): 各位代表： — no numerals =================================================

# ==== line 10 (source 28): quarterly industrial output ===========================================
g.neg("一个季度比一个季度好", "一个季度", "idiom 一个季度比一个季度好 'better quarter by "
      "quarter', not a quantity", nth=0)
g.neg("一个季度比一个季度好", "一个季度", "idiom (second 一个季度), not a quantity", nth=1)
IND = ["工业总产值增速", "工业产值", "工业", "工业总产值增长"]
Q = {"第一季度": ("1981-01-01", "1981-03-31"), "第二季度": ("1981-04-01", "1981-06-30"),
     "第三季度": ("1981-07-01", "1981-09-30"), "１０月份": ("1981-10-01", "1981-10-31")}
Q_NOTE = ("与去年同期相比 → yoy for each period of the list; each period word governs only "
          "the value after it (the next one replaces it); " + FW)
for ctx, span, val in [("第一季度下降０．２％", "０．２％", -0.2), ("第二季度增长１．７％", "１．７％", 1.7),
                       ("第三季度增长３％", "３％", 3), ("１０月份增长了１０．６％", "１０．６％", 10.6)]:
    qt = ctx[:ctx.index("季度") + 2] if "季度" in ctx else "１０月份"
    g.neg(ctx, qt, PERIOD_NOTE + f" ({Q[qt][0]}..{Q[qt][1]})")
    fact(ctx, span, value=val, unit="%", kind="growth", metric="工业总产值",
         metric_alts=IND, comparison="yoy", period=P(qt, *Q[qt]), period_alts=[null(qt)],
         note=("下降 → negative; " if val < 0 else "") + Q_NOTE)

NOTES = (
    f"Excerpt (held out): lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as fixed by the brief. "
    "The report is Zhao Ziyang's 当前的经济形势和今后经济建设的方针; the excerpt lies at the end "
    "of part （一）当前的经济形势 (heading at source line 4; part （二） begins at source line 30): "
    "the review of the current year 1981 and of the adjustment since 1979 — living standards "
    "(brigades above 300 yuan, rural housing, urban jobs, workers' housing, savings), the "
    "verdict on the adjustment, the policy turn since the 3rd plenum (no figures), the "
    "distribution of national income 1979-1981 (income forgone, spending added, subsidies, "
    "consumption and accumulation shares), the warning, the three-year adjustment set in 1979 "
    "and the five more years from 1981, and the closing quarterly industrial output. Numerals: "
    "Chinese (一千六百二十二个, 九亿平方米, 五百二十亿元) and full-width digits (５４％, ６３．５％); "
    "spans keep the text, values are the numbers written. Title: the corpus meta title (no "
    "title line in the source), title_in_text=False. Date: 1981-11-30, the day the report was "
    "delivered at the 4th session of the 5th NPC (general knowledge: the corpus meta gives "
    "only the year 1981; the text fits it: 从去年９月…到现在，已经过去了一年零两个月, 根据前"
    "十一个月的实绩, the latest figures for Jan-Oct). Place: national report → 中国 (alts 我国/"
    "全国/中华人民共和国; 国家/国家财政 for fiscal figures; 城镇, 农村, 城乡人民 where they own "
    "the number). Periods: each line is a paragraph and each number takes the last period "
    "expression before it: １９７９年 / １９８０年 (brigade counts, each its own year); 近三年 → "
    "1978-1980 by SPEC §4 (1979-1981 and null as alts, judgement call); 今年１至９月 (jobs); "
    "今年 (workers' housing); 今年１到１０月 (savings increase; the balance → instant "
    "1981-10-31); 从１９７９至１９８１年 / 这三年 → 1979-1981 (income forgone, jobs, spending, "
    "subsidies); 由１９７８年的…上升到今年的… → 1978 / 1981 (the accumulation pair takes the same "
    "years, judgement call); １９７９年６月 (the three-year goal) and 今年 (five more years); "
    "第一/第二/第三季度, １０月份 of 1981. Modality: actual, except 可达到八千万平方米 → forecast "
    "(an estimate before the year's end), 原来设想的六百亿元 → target (a past plan figure), and "
    "the durations 三年 / 五年 of the adjustment → target. Judgement calls: 减少财政收入 N / "
    "增加财政开支和减少财政收入 N / 减收增支 N → positive amounts (policy costs, like 减税 N), "
    "not signed changes of revenue; 多出５４％ → growth with comparison 比原来设想; 三百元 (以上的"
    "大队) → threshold negative; 六个方面, 这两个, 这两部分 → appositive negatives; 用三年的时间 / "
    "再用五年或者更多一点 → duration facts (ge for the latter); 价格补贴 二百三十四亿元 → the "
    "three-year frame. Negatives: 前两年, 三百元, １９７９年 ×2, １９８０年, 一个 ×4, 近三年 ×2, "
    "今年１至９月, 今年１０月份, 今年１到１０月, 十一届三中全会, 两个, 一定, 八字方针, 六个, 三年来, "
    "１９７９至１９８１年, 这三年, 两部分, １９７８年, 一年来, １９７９年６月, 五届, 二次, 这一, 一点, "
    "一个季度 ×2, 第一季度, 第二季度, 第三季度, １０月份. Lexicalized, not listed: 进一步, 一些, "
    "中小学. Known false alarms of the shared check_gold.py: it stops full-width numbers at "
    "the full-width decimal point ． (６３．５％ read as 63); czfacts check-gold reads them right.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
