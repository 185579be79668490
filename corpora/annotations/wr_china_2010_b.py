"""Gold annotations for wr_china_2010_b (2010年中华人民共和国国务院政府工作报告, second excerpt), lines
33-57 of shared/texts/work_report/wr_china_2010.txt.

The excerpt corpora/wr_china_2010_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the second half of part 一、2009年工作回顾 (its heading,
source line 3, lies before the excerpt; wr_china_2010 holds lines 3-29): the end of review
item (三) 改革开放 (创业板, 集体林权, 开放型经济: export insurance, trade, FDI, outward
investment), item (四) 民生和社会事业 in full (jobs, social security, housing, education,
health), the closing lines of the review (这样的成绩极为不易…) and the 一年来…几点体会 lessons
(必须坚持…).  The excerpt's lines are fixed by the brief (lines 33-57, 2,020 characters).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2010_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2010_b"
SRC_ID = "wr_china_2010"
PLACE = "中国"
REF = "2010-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SRC_ID}.txt"
FIRST, LAST = 33, 57                    # 1-based, inclusive, whole lines
TITLE = "2010年中华人民共和国国务院政府工作报告"   # as wr_china_2010 (no title line in the source)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="创业板正式推出，", ends="具有重要而深远的意义。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SLOGAN_NOTE = ("enumeration inside a policy maxim ({}): it counts the named items of a "
               "principle, not a quantity claim about the world")

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2010)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2010-03-05; 去年 = 2009, 今年 = 2010) ---------------------------
# The excerpt lies in part 一、2009年工作回顾 (heading at source line 3, outside the excerpt):
# the review year 2009 is the section frame (SPEC §4) of every number whose line states no
# period before it.  Its period text is 去年, the excerpt's own name for 2009 (source lines
# 35 and 42; the heading's 2009年 is not in the excerpt), with the null reading in
# period_alts (as wr_china_2007_b).
#   - flows (spending, investment, people trained/helped, units built) → the year 2009;
#   - stocks (林地确权到户 and its share, 社会保障基金积累, 参保/覆盖 people, the share of clinics
#     applying the essential-drug system) → the instant 2009-12-31, the year and null as alts;
#   - line 3 (source 35) opens with 去年下半年 (no number follows it before 全年 replaces it):
#     its numbers take 全年 (explicit, 2009); line 8 (source 40) states 全年 (explicit);
#     line 10 (source 42) names 去年 before 人均提高10% (explicit, 2009);
#   - the streak 连续5年 ends in the review year (2005-2009 as alt);
#   - the lessons (source lines 51-57, 一年来…) hold no fact.
LY = "去年"
Y09 = P(LY, "2009-01-01", "2009-12-31")
Y09_NULL = P(LY, None, None)
Y09_END = P(LY, "2009-12-31", "2009-12-31")
FLOW = dict(period=Y09, period_alts=[Y09_NULL])
STOCK = dict(period=Y09_END, period_alts=[Y09, Y09_NULL])
LEVEL = dict(period=Y09, period_alts=[Y09_NULL, Y09_END])
FULL = P("全年", "2009-01-01", "2009-12-31")
YEAR = dict(period=FULL, period_alts=[P("全年", None, None)])
INHERIT_NOTE = ("no period before it in its line → the review year 2009 (section 一、2009年工作"
                "回顾; period text 去年, the excerpt's name for 2009), null in period_alts")
STOCK_NOTE = ("a level held at the end of the review year (stock rule): instant 2009-12-31, "
              "the year and null as alts")

# ==== line 1 (source 33): 创业板, 集体林权 ==========================================================
FOREST = CN + ["集体林权制度改革", "集体林"]
fact("15亿亩林地确权到户", "15亿亩", value=15e8, unit="mu", kind="amount",
     metric="确权到户林地",
     metric_alts=["林地确权到户", "林地确权到户面积", "确权到户林地面积", "确权林地",
                  "集体林地确权到户面积", "林地"],
     subject_alts=FOREST, **STOCK,
     note="the collective forest land whose rights have been confirmed to households by the "
          "end of 2009 (the reform, begun in 2008, 全面推开 in 2009: a cumulative total) → "
          + STOCK_NOTE + " — judgement call (the flow reading, the year, is an alt); 亩 "
          "stays mu (SPEC §3); " + INHERIT_NOTE)
fact("占全国集体林地面积的60%", "60%", value=60, unit="%", kind="share",
     metric="确权到户林地占全国集体林地面积比重",
     metric_alts=["占全国集体林地面积", "确权到户林地占全国集体林地面积的比重",
                  "确权到户林地占比", "林地确权到户比例", "集体林地确权到户比例",
                  "占全国集体林地面积的比重"],
     subject_alts=FOREST, **STOCK, note="share of a stock: " + STOCK_NOTE)
g.neg("又一重大变革", "一", "又一 'yet another' (change): 一 as article, not a count (as "
      "又一个 in nw_cctv_20210526_yrd_2021)")

# ==== line 2 (source 34): 开放型经济 ================================================================
g.neg("出台一系列稳定外需", "一系列", "vague quantifier 一系列 'a series of' (README §2), not a "
      "quantity")
gov("出口信用保险承保900亿美元", "900亿美元", value=900e8, unit="USD", kind="amount",
    metric="短期出口信用保险承保",
    metric_alts=["短期出口信用保险承保金额", "短期出口信用保险承保额", "出口信用保险承保",
                 "出口信用保险承保金额", "短期出口信用保险"], **FLOW,
    note="美元 → ISO USD (SPEC §3), 亿 = 1e8; cover written (完成…承保) in 2009 under the "
         "government's export support (采取…方式支持出口企业): " + GOV_NOTE + "; "
         + INHERIT_NOTE)
gov("安排421亿美元", "421亿美元", value=421e8, unit="USD", kind="amount",
    metric="大型成套设备出口融资保险",
    metric_alts=["大型成套设备出口融资保险金额", "安排大型成套设备出口融资保险",
                 "出口融资保险", "大型成套设备出口融资保险额"], **FLOW,
    note="arranged (安排) in 2009: " + GOV_NOTE)

# ==== line 3 (source 35): trade, FDI, outward investment ===========================================
g.neg("去年下半年开始", "去年下半年", PERIOD_NOTE + " (H2 2009; no number follows it before "
      "全年 replaces it)")
TRADE = ["进出口", "进出口额", "外贸进出口总额", "对外贸易总额", "进出口总值"]
fact("全年进出口总额2.2万亿美元", "2.2万亿美元", value=2.2e12, unit="USD", kind="amount",
     metric="进出口总额", metric_alts=TRADE, **YEAR,
     note="全年 = 2009 (explicit; replaces 去年下半年); 万亿 = 1e12; 美元 → USD")
fact("外商直接投资900亿美元", "900亿美元", value=900e8, unit="USD", kind="amount",
     metric="实际利用外商直接投资",
     metric_alts=["外商直接投资", "实际使用外商直接投资", "实际利用外资", "利用外商直接投资",
                  "实际利用外商直接投资金额", "FDI"], **YEAR,
     note="全年 (explicit, 2009)")
ODI_NOTE = ("分别达: 非金融类对外直接投资 ↔ 433亿美元, 对外工程承包营业额 ↔ 777亿美元 (each with "
            "its own unit); 达 → eq; 全年 of the line governs; the firms (企业“走出去”) are the "
            "country's → subject 中国, 企业 as alt")
ODI_SUBJ = CN + ["企业", "中国企业"]
fact("分别达433亿美元", "433亿美元", value=433e8, unit="USD", kind="amount",
     metric="非金融类对外直接投资",
     metric_alts=["对外直接投资", "非金融类对外直接投资额", "非金融类对外投资",
                  "对外投资"], subject_alts=ODI_SUBJ, **YEAR, note=ODI_NOTE)
fact("433亿美元和777亿美元", "777亿美元", value=777e8, unit="USD", kind="amount",
     metric="对外工程承包营业额",
     metric_alts=["对外承包工程营业额", "对外工程承包", "对外工程承包完成营业额",
                  "对外承包工程完成营业额"], subject_alts=ODI_SUBJ, **YEAR, note=ODI_NOTE)

# ==== line 5 (source 37): （四） ======================================================================
g.neg("（四）着力改善民生", "（四）", MARKER_NOTE)

# ==== line 7 (source 39): 就业 ======================================================================
JOBF = ["就业专项资金", "中央财政就业专项资金", "安排就业专项资金", "就业资金"]
gov("就业专项资金426亿元", "426亿元", value=426e8, unit="CNY", kind="amount",
    metric="中央财政就业专项资金", metric_alts=JOBF[:1] + JOBF[2:], **FLOW,
    note=GOV_NOTE + "; " + INHERIT_NOTE)
gov("比上年增长59%", "59%", value=59, unit="%", kind="growth",
    metric="中央财政就业专项资金", metric_alts=JOBF[:1] + JOBF[2:], comparison="yoy",
    **FLOW, note="比上年 → yoy")

# ==== line 8 (source 40): 职业培训 ==================================================================
fact("全年组织2100万城乡劳动者", "2100万", value=2.1e7, unit="count", kind="count",
     classifier="人", metric="参加职业培训的城乡劳动者",
     metric_alts=["城乡劳动者参加职业培训", "参加职业培训城乡劳动者", "职业培训", "职业培训人数",
                  "组织城乡劳动者参加职业培训", "城乡劳动者", "参加职业培训人数"],
     subject_alts=GOV + CN, **YEAR,
     note="no measure word written (2100万 + noun 劳动者): 人 implied (as 6069万农民 in "
          "wr_china_2010); the predicate defines the counted set → in the metric; 全年 "
          "(explicit, 2009)")

# ==== line 9 (source 41): 养老保险 ==================================================================
fact("在320个县开展", "320个", value=320, unit="count", kind="count", classifier="个",
     metric="新型农村社会养老保险试点县",
     metric_alts=["开展新型农村社会养老保险试点的县", "新农保试点县", "试点县",
                  "新型农村社会养老保险试点", "新型农村社会养老保险试点县数量", "县"],
     **FLOW,
     note="counties where the new rural pension pilot was launched in 2009 (the predicate "
          "defines the counted set → in the metric); " + INHERIT_NOTE)

# ==== line 10 (source 42): 社会保障资金, 养老金 =====================================================
SSF = ["社会保障资金", "中央财政社会保障资金", "安排社会保障资金", "社会保障支出",
       "中央财政社会保障支出"]
gov("社会保障资金2906亿元", "2906亿元", value=2906e8, unit="CNY", kind="amount",
    metric="中央财政社会保障资金", metric_alts=SSF[:1] + SSF[2:], **FLOW,
    note=GOV_NOTE + "; " + INHERIT_NOTE)
gov("比上年增长16.6%", "16.6%", value=16.6, unit="%", kind="growth",
    metric="中央财政社会保障资金", metric_alts=SSF[:1] + SSF[2:], comparison="yoy",
    **FLOW)
PENSION = ["企业退休人员基本养老金", "基本养老金", "企业退休人员养老金", "养老金"]
fact("基本养老金连续5年增加", "5年", value=5, unit="year", kind="amount",
     metric="企业退休人员基本养老金增加持续时间",
     metric_alts=["企业退休人员基本养老金连续增加", "基本养老金连续增加年数",
                  "企业退休人员基本养老金连续增加年数", "基本养老金增加持续时间",
                  "连续增加年数", "企业退休人员基本养老金"],
     period=Y09, period_alts=[Y09_NULL, P("连续5年", "2005-01-01", "2009-12-31")],
     note="length of the streak 连续5年 (a duration, unit year, as 连续6年增产 in "
          "wr_china_2010) — judgement call; the review year governs (the streak ends in "
          "it), the streak 2005-2009 and null as alts")
fact("去年又人均提高10%", "10%", value=10, unit="%", kind="growth",
     metric="企业退休人员基本养老金",
     metric_alts=["企业退休人员人均基本养老金", "人均基本养老金", "基本养老金",
                  "企业退休人员基本养老金水平", "养老金"],
     comparison="yoy", period=P("去年", "2009-01-01", "2009-12-31"),
     period_alts=[Y09_NULL],
     note="去年 (= 2009) stated right before it (explicit); 人均提高 = the average pension "
          "per retiree raised by 10% (the rise of the level against the year before → "
          "growth, yoy); 人均 belongs to the metric (alt)")
g.neg("农村五保户", "五保", LABEL_NOTE + " (“五保” 'five guarantees' for the rural elderly, "
      "as wr_china_2007_b)")

# ==== line 11 (source 43): 保障性安居工程, 社保基金 ================================================
HOUSF = ["保障性安居工程补助资金", "中央财政保障性安居工程补助资金",
         "安排保障性安居工程补助资金", "保障性安居工程资金", "保障性安居工程投入"]
gov("补助资金551亿元", "551亿元", value=551e8, unit="CNY", kind="amount",
    metric="中央财政保障性安居工程补助资金", metric_alts=HOUSF[:1] + HOUSF[2:], **FLOW,
    note=GOV_NOTE + "; " + INHERIT_NOTE)
gov("比上年增长2倍", "2倍", value=2, unit="times", kind="ratio",
    metric="中央财政保障性安居工程补助资金",
    metric_alts=HOUSF[:1] + HOUSF[2:] + ["中央财政保障性安居工程补助资金增长倍数"], **FLOW,
    note="增长N倍 → kind ratio, unit times, value as written (as cm_qiandongnan_2023_d 比上年"
         "增长1.7倍); ratio facts carry no comparison (README §6: comparison for growth/change "
         "only); the basis 比上年 stays in this note")
fact("保障性住房200万套", "200万套", value=2e6, unit="count", kind="count", classifier="套",
     metric="新建、改扩建各类保障性住房",
     metric_alts=["保障性住房", "新建改扩建保障性住房", "新建、改扩建保障性住房",
                  "各类保障性住房", "保障性住房套数", "新建、改扩建各类保障性住房套数"], **FLOW,
     note="units built or extended in 2009; " + INHERIT_NOTE)
fact("解决住房130万套", "130万套", value=1.3e6, unit="count", kind="count", classifier="套",
     metric="棚户区改造解决住房",
     metric_alts=["棚户区改造", "棚户区改造住房", "棚户区改造解决住房套数",
                  "棚户区改造套数"], **FLOW)
SOCF = ["全国社会保障基金", "社会保障基金", "社会保障基金积累", "全国社会保障基金积累额",
        "社保基金", "全国社保基金"]
SOCF_SUBJ = CN + ["全国社会保障基金", "社会保障基金"]
fact("社会保障基金积累6927亿元", "6927亿元", value=6927e8, unit="CNY", kind="amount",
     metric="全国社会保障基金积累", metric_alts=SOCF[:2] + SOCF[3:],
     subject_alts=SOCF_SUBJ, **STOCK,
     note="积累 = the fund's accumulated assets (a stock) → " + STOCK_NOTE)
fact("比上年增长44.2%", "44.2%", value=44.2, unit="%", kind="growth",
     metric="全国社会保障基金积累", metric_alts=SOCF[:2] + SOCF[3:],
     subject_alts=SOCF_SUBJ, comparison="yoy", **STOCK,
     note="growth of the stock against the previous year-end (比上年 → yoy); same period as "
          "its level: " + STOCK_NOTE)

# ==== line 12 (source 44): 教育 =====================================================================
EDUC = ["中央财政教育支出", "中央财政支出", "中央财政用于教育的支出", "教育支出",
        "中央财政教育投入"]
gov("其中中央财政支出1981亿元", "1981亿元", value=1981e8, unit="CNY", kind="amount",
    metric="中央财政教育支出", metric_alts=EDUC[1:], **FLOW,
    note="其中 of 全国教育支出 (whose total is not stated): the central government's "
         "education spending; " + GOV_NOTE + "; " + INHERIT_NOTE)
gov("比上年增长23.6%", "23.6%", value=23.6, unit="%", kind="growth",
    metric="中央财政教育支出", metric_alts=EDUC[1:], comparison="yoy", **FLOW)
gov("农村义务教育经费666亿元", "666亿元", value=666e8, unit="CNY", kind="amount",
    metric="中央下达农村义务教育经费",
    metric_alts=["农村义务教育经费", "中央农村义务教育经费", "下达农村义务教育经费",
                 "中央财政农村义务教育经费"], **FLOW,
    note="allocated (下达) by the centre in 2009; " + GOV_NOTE)
fact("提前一年实现", "一年", value=1, unit="year", kind="amount",
     metric="农村中小学生人均公用经费目标提前实现时间",
     metric_alts=["提前时间", "提前实现时间", "提前实现目标时间", "提前一年实现目标",
                  "农村中小学生人均公用经费目标提前", "提前"],
     **FLOW,
     note="judgement call: 提前N年 'N years ahead of schedule' read as a duration fact (unit "
          "year, kind amount), as 提前一年 in wr_shanxi_2025 / 提前两年 in wr_china_1984; the "
          "target was reached in 2009 instead of 2010")
PUB_NOTE = ("人均公用经费500元和300元的目标: 中小学生 → 中学生 (初中) ↔ 500元, 小学生 ↔ 300元 (list "
            "order, each value with its own 元) — judgement call; the per-pupil standards "
            "reached (实现…的目标) in 2009 → actual, the year with the year-end instant as alt")
fact("人均公用经费500元", "500元", value=500, unit="CNY", kind="amount",
     metric="农村中学生人均公用经费",
     metric_alts=["农村初中生人均公用经费", "农村中小学生人均公用经费", "人均公用经费",
                  "农村初中人均公用经费", "中学生人均公用经费", "初中生人均公用经费"],
     **LEVEL, note=PUB_NOTE)
fact("500元和300元的目标", "300元", value=300, unit="CNY", kind="amount",
     metric="农村小学生人均公用经费",
     metric_alts=["农村中小学生人均公用经费", "人均公用经费", "农村小学人均公用经费",
                  "小学生人均公用经费"],
     **LEVEL, note=PUB_NOTE)

# ==== line 13 (source 45): 资助学生 =================================================================
fact("资助学生2871万人", "2871万人", value=2.871e7, unit="count", kind="count",
     classifier="人", metric="资助学生",
     metric_alts=["国家助学制度资助学生", "资助学生人数", "受资助学生", "资助困难学生",
                  "国家资助学生"], subject_alts=GOV + CN, **FLOW,
     note="students aided under the national student-aid system in 2009; " + INHERIT_NOTE)

# ==== line 14 (source 46): 医药卫生 =================================================================
HEALTH = ["中央财政医疗卫生支出", "医疗卫生支出", "中央财政用于医疗卫生的支出",
          "中央财政卫生支出"]
gov("医疗卫生支出1277亿元", "1277亿元", value=1277e8, unit="CNY", kind="amount",
    metric=HEALTH[0], metric_alts=HEALTH[1:], **FLOW, note=GOV_NOTE + "; " + INHERIT_NOTE)
gov("比上年增长49.5%", "49.5%", value=49.5, unit="%", kind="growth",
    metric=HEALTH[0], metric_alts=HEALTH[1:], comparison="yoy", **FLOW)
fact("基本医疗保险参保4.01亿人", "4.01亿人", value=4.01e8, unit="count", kind="count",
     classifier="人", metric="城镇职工和城镇居民基本医疗保险参保人数",
     metric_alts=["城镇职工和城镇居民基本医疗保险参保", "基本医疗保险参保人数",
                  "城镇基本医疗保险参保人数", "参保人数", "基本医疗保险参保",
                  "城镇职工和城镇居民基本医疗保险参保人员"], **STOCK,
     note="the insured (a stock): " + STOCK_NOTE + "; " + INHERIT_NOTE)
fact("覆盖8.3亿人", "8.3亿人", value=8.3e8, unit="count", kind="count", classifier="人",
     metric="新型农村合作医疗制度覆盖人口",
     metric_alts=["新型农村合作医疗覆盖人数", "新型农村合作医疗制度覆盖人数", "新农合覆盖人口",
                  "新农合参合人数", "新型农村合作医疗参合人数", "覆盖人数"], **STOCK,
     note="coverage (a stock): " + STOCK_NOTE)

# ==== line 15 (source 47): 关闭破产国企退休人员医保, 基本药物 =====================================
gov("中央财政安排429亿元", "429亿元", value=429e8, unit="CNY", kind="amount",
    metric="解决关闭破产国有企业退休人员医疗保险问题资金",
    metric_alts=["中央财政安排资金", "中央财政安排解决关闭破产国有企业退休人员医疗保险问题资金",
                 "关闭破产国有企业退休人员医疗保险资金", "关闭破产国有企业退休人员医保资金",
                 "安排资金"], **FLOW,
    note="the purpose clause after it (解决关闭破产国有企业退休人员医疗保险问题) names what the "
         "money is for → metric; " + GOV_NOTE + "; " + INHERIT_NOTE)
fact("在30％的基层医疗卫生机构", "30％", value=30, unit="%", kind="share",
     metric="实施基本药物制度的基层医疗卫生机构比例",
     metric_alts=["实施基本药物制度的基层医疗卫生机构占比", "基本药物制度实施比例",
                  "基本药物制度覆盖基层医疗卫生机构比例", "基层医疗卫生机构实施基本药物制度比例",
                  "基本药物制度覆盖率", "基层医疗卫生机构"], **STOCK,
     note="full-width ％ → % (SPEC §3); the share of primary clinics applying the essential-"
          "drug system at year end (a share of a stock): " + STOCK_NOTE)
g.neg("支持建设了一批", "一批", "vague quantifier 一批 (README §2), not a quantity")

# ==== line 16 (source 48): 公共卫生 =================================================================
g.neg("甲型HlN1流感", "HlN1", "virus subtype name (甲型H1N1流感, written HlN1), not a quantity")

# ==== lines 19-25 (source 51-57): 一年来…几点体会 (no facts) ===========================================
g.neg("一年来，我们认真", "一年来", PERIOD_NOTE + " (the review year 2009); not a duration "
      "fact")
g.neg("有以下几点体会", "几点", "vague 几点 'a few points' (the lessons listed after it), not a "
      "quantity")
g.neg("宏观调控两种手段", "两种", SLOGAN_NOTE.format("市场机制和宏观调控两种手段"))
g.neg("短期和长期两方面关系", "两方面", SLOGAN_NOTE.format("处理好短期和长期两方面关系"))
g.neg("统筹国内国际两个大局", "两个", SLOGAN_NOTE.format("统筹国内国际两个大局"))
g.neg("中央和地方两个积极性", "两个", SLOGAN_NOTE.format("发挥中央和地方两个积极性"))

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_2010.txt "
    f"({len(text):,} characters with the final newline), sliced by code: part of the report = "
    "the review of 2009 (part 一、2009年工作回顾, heading at source line 3, outside the excerpt; "
    "wr_china_2010 holds lines 3-29): the end of review item (三) (创业板, 集体林权制度改革, "
    "开放型经济), item (四) 着力改善民生，加快发展社会事业 in full, the closing lines of the review "
    "and the lessons (一年来…有以下几点体会: 必须坚持… ×5). The source has no title line; title "
    "as wr_china_2010 (title_in_text=False). Date: 2010-03-05, the opening day of the 2010 NPC "
    "session on which the report was delivered (the shared meta: general knowledge; the "
    "Wikisource text has no date line); nothing in the excerpt contradicts it. Place: 中国 "
    "(我国, 全国, 中华人民共和国 → alts); the central government's own spending and acts "
    "(中央财政 funds, export insurance, training, student aid) add 中央财政/中央政府/国务院 as "
    "alts; firms going abroad, 集体林权 and the 社保基金 are further alts. Periods: no line "
    "states a period before its numbers except source line 35 (去年下半年 then 全年 → 全年, "
    "explicit), 40 (全年) and 42 (去年 before 人均提高10%); the others take the review year "
    "2009 as section frame (SPEC §4) with period text 去年 (the excerpt's own name for 2009), "
    "null as alt. Stocks (15亿亩 确权到户 and its 60% share, 社保基金积累 6927亿元 and its growth, "
    "参保 4.01亿人, 新农合覆盖 8.3亿人, 30％ of clinics) → instant 2009-12-31 with the year and "
    "null as alts; the 500元/300元 standards reached → the year with the end instant as alt. "
    "Streak 连续5年 → duration 5 year (alt 2005-2009). Modality: actual throughout (review; no "
    "预计). Units: 亿美元 → USD; 万亿美元 → USD ×1e12; 亿亩 → mu; ％ → %; 增长2倍 → ratio 2 times; "
    "2100万 (劳动者) without a measure word → classifier 人. Judgement calls: 15亿亩 read as a "
    "stock (cumulative confirmation); 比上年增长2倍 → ratio 2 (as written, not growth 200%); "
    "提前一年 → duration 1 year; 中小学生人均公用经费500元和300元 → 中学生 500 / 小学生 300, actual; "
    "去年又人均提高10% → growth of 企业退休人员基本养老金; 安排资金429亿元 → metric from its purpose "
    "clause; the maxims' 两种/两方面/两个 ×2 → negatives. Negatives: 一 (又一), 一系列, 去年下半年, "
    "（四）, 五保, 一批, HlN1, 一年来, 几点, 两种, 两方面, 两个 ×2. Lexicalized, not listed: 进一步, "
    "统一.")

g.write(date=REF, source=f"shared/texts/work_report/{SRC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
