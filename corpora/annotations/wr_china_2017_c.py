"""Gold annotations for wr_china_2017_c (2017年中华人民共和国国务院政府工作报告, the plan for 2017:
the 主要预期目标, fiscal and monetary policy, the principles, and the start of the 2017 tasks),
lines 34-44 of shared/texts/work_report/wr_china_2017.txt.

The excerpt corpora/wr_china_2017_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in the plan part of the report: the end of
part 二、2017年工作总体部署 (heading on source line 31, outside the excerpt) — the 2017 主要预期
目标 (今年发展的主要预期目标是：…), the note on the growth and job targets, the policy stance,
fiscal policy (deficit ratio, deficits, special bonds, tax and fee cuts, transfers, the cut
of general spending), monetary policy (M2 and 社会融资规模余额) and the principles 一是…五是 —
then the heading 三、2017年重点工作任务, its opening and task （一） 三去一降一补 up to 去库存
(steel, coal and coal-power capacity; shanty towns).  All of it is the plan for 2017 →
target, except the present stock 几千万人 in shanty towns (目前…, actual).  wr_china_2017 holds
lines 6-19, wr_china_2017_b lines 20-31 (no overlap).  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2017_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2017_c"
SOURCE_ID = "wr_china_2017"
PLACE = "中国"
REF = "2017-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 34, 44                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2017年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2017)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="今年发展的主要预期目标是：",
                 ends="让广大人民群众在住有所居中创造新生活。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget or policy: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2016_c / wr_china_2019_b)")
LOCAL = GOV + CN + ["地方政府", "地方", "地方财政"]
LOCAL_NOTE = ("the local governments' deficit / bond quota set in the national budget: "
              "subject 中国, 地方政府/地方财政 as alts (as wr_china_2016_c)")


fact = g.with_subject(PLACE, CN, modality="target")


gov = g.with_subject(PLACE, GOV + CN, modality="target")


# ---- periods (reference date 2017-03-05; 去年 = 2016, 今年 = 2017) ---------------------------
# The excerpt is the plan for 2017: part 二、2017年工作总体部署 (heading on source line 31,
# outside the excerpt) and part 三、2017年重点工作任务 (heading inside, line 7 of the excerpt).
# Every line with a figure names 今年 (= 2017) before its first number and so governs it
# explicitly (as wr_china_2016_c): line 1 (今年发展的主要预期目标是：…), line 2 (今年就业压力
# 加大… before 比去年多100万人), line 4 (今年赤字率拟按3%安排…; 全年 (= 2017) replaces it before
# the tax and fee cuts, same year), line 5 (今年广义货币M2…), line 10 (今年要再压减…) and line 11
# (今年再完成… after 目前).  去年 (= 2016) appears only as a basis (比去年增加, 比去年多): no
# period.  In line 11 目前 (the present) governs the stock 几千万人 → instant at the reference
# date (SPEC §4 目前), null..REF as alt (README §5).
T17 = P("今年", "2017-01-01", "2017-12-31")
Y17 = dict(period=T17)
FY = dict(period=P("全年", "2017-01-01", "2017-12-31"))
T_NOTE = "今年 (= 2017) stands before it in the line and governs it"
TGT = "主要预期目标 → target; " + T_NOTE
FY_NOTE = "全年 (= 2017) replaces 今年 in the line (same year) and governs the rest of it"

# ==== line 1 (source 34): the 2017 主要预期目标 ======================================================
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长6.5%左右", "6.5%", value=6.5, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **Y17,
     note="左右 → approx (outside the span); 在实际工作中争取更好结果 adds no number; " + TGT)
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格总水平"]
fact("居民消费价格涨幅3%左右", "3%", value=3, unit="%", kind="growth", bound="approx",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **Y17,
     note="涨幅 = growth of the price level; 左右 → approx (outside the span); " + TGT)
fact("城镇新增就业1100万人以上", "1100万人", value=1100e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **Y17,
     note="以上 → ge (outside the span); " + TGT)
fact("城镇登记失业率4.5%以内", "4.5%", value=4.5, unit="%", kind="share", bound="le",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率"], **Y17,
     note="a rate → share (SPEC §2); 以内 → le (outside the span); " + TGT)
fact("能耗下降3.4%以上", "3.4%", value=-3.4, unit="%", kind="growth", bound="ge",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗",
                  "单位国内生产总值能源消耗"],
     comparison="yoy", **Y17,
     note="下降 → negative; 以上 → ge on the size of the fall (as wr_china_2016_c); " + TGT)

# ==== line 2 (source 35): the growth and job targets explained =======================================
fact("城镇新增就业预期目标比去年多100万人", "100万人", value=100e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业增量",
     metric_alts=["城镇新增就业预期目标增量", "城镇新增就业预期目标", "城镇新增就业",
                  "城镇新增就业人数增量", "城镇新增就业预期目标比去年多", "新增就业增量"],
     **Y17,
     note="absolute change of a level (多 → positive, metric <level>增量, SPEC §2): the 2017 "
          "job target (1100万) is 1 million above the 2016 one (1000万); 比去年 is the basis, "
          "not a period, and no comparison of a count fact; a target → target; 今年 (今年就业"
          "压力加大) stands before it in the line")
g.neg("这一目标通过努力", "这一", "demonstrative 这一 'this', not a quantity (as wr_china_2017)")

# ==== line 3 (source 36): policy stance — no numerals ==================================================

# ==== line 4 (source 37): fiscal policy ================================================================
RATE = ["财政赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
        "财政赤字占国内生产总值的比重"]
gov("今年赤字率拟按3%安排", "3%", value=3, unit="%", kind="share", metric="赤字率",
    metric_alts=RATE, **Y17,
    note="拟按…安排 → target; the deficit over the year's GDP → share (as wr_china_2016_c); "
         + T_NOTE + "; " + GOV_NOTE)
DEF = ["财政赤字规模", "赤字规模", "赤字", "全国财政赤字", "赤字总额"]
gov("财政赤字2.38万亿元", "2.38万亿元", value=2.38e12, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF, **Y17,
    note="the budgeted deficit of 2017 (central and local together, 其中 follows); 万亿元 = "
         "1e12; target; " + T_NOTE + "; " + GOV_NOTE)
gov("比去年增加2000亿元", "2000亿元", value=2000e8, unit="CNY", kind="amount",
    metric="财政赤字增量",
    metric_alts=["财政赤字", "赤字规模增量", "赤字增量", "财政赤字规模增量", "财政赤字增加",
                 "财政赤字比去年增加"],
    **Y17,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比去年 is no comparison of an amount fact (as wr_china_2016_c); target; " + T_NOTE)
gov("其中，中央财政赤字1.55万亿元", "1.55万亿元", value=1.55e12, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字"], **Y17,
    note="其中: the central part of the 2.38万亿元 (target); " + T_NOTE + "; " + GOV_NOTE)
gov("地方财政赤字8300亿元", "8300亿元", value=8300e8, unit="CNY", kind="amount",
    metric="地方财政赤字", metric_alts=["地方赤字", "地方财政赤字规模", "财政赤字"],
    subject_alts=LOCAL, **Y17,
    note="the local part of the 2.38万亿元 (target); " + T_NOTE + "; " + LOCAL_NOTE)
BOND = ["地方政府专项债券", "专项债券", "地方专项债", "专项债", "地方专项债券规模",
        "安排地方专项债券"]
gov("安排地方专项债券8000亿元", "8000亿元", value=8000e8, unit="CNY", kind="amount",
    metric="地方专项债券", metric_alts=BOND, subject_alts=LOCAL, **Y17,
    note="安排 → target; the special-bond quota of 2017 (今年 of the line governs); the quota is "
         "set in the national budget → 中国, 地方政府 (the issuers) as alt (as wr_china_2016_c)")
TAX = ["企业税负", "再减少企业税负", "减税", "企业减税", "降低企业税负", "减轻企业税负",
       "企业税负减少", "全年再减少企业税负"]
gov("全年再减少企业税负3500亿元", "3500亿元", value=3500e8, unit="CNY", kind="amount",
    bound="approx", metric="减少企业税负", metric_alts=TAX, **FY,
    note="左右 → approx (outside the span); the further tax relief planned for 2017 (as "
         "全年减轻…近2万亿元 in wr_china_2019_b) → target (forecast is the alternative reading); "
         + FY_NOTE + "; " + GOV_NOTE)
FEE = ["涉企收费", "减少涉企收费", "降低涉企收费", "涉企收费减少", "减费", "再减少涉企收费",
       "全年再减少涉企收费"]
gov("涉企收费约2000亿元", "2000亿元", value=2000e8, unit="CNY", kind="amount",
    bound="approx", metric="减少涉企收费", metric_alts=FEE, **FY,
    note="约 → approx (outside the span); the verb 再减少 is shared with 企业税负 (head "
         "restored); target; " + FY_NOTE + "; " + GOV_NOTE)
g.neg("一定要让市场主体", "一定", "adverb 一定 'must', not a quantity (as wr_china_2016_c)")
TRANSFER = ["一般性转移支付", "中央对地方一般性转移支付", "一般性转移支付规模增长",
            "一般性转移支付增速", "对地方一般性转移支付", "对地方一般性转移支付规模"]
gov("一般性转移支付规模增长9.5%", "9.5%", value=9.5, unit="%", kind="growth",
    metric="一般性转移支付规模", metric_alts=TRANSFER, comparison="yoy", **FY,
    note="the planned growth of the central transfers to local governments (财政预算安排 → "
         "target, as wr_china_2016_c); " + FY_NOTE + "; " + GOV_NOTE)
g.neg("一律按不低于5%", "一律", "adverb 一律 'without exception', not a quantity (as "
      "wr_china_2019_b)")
gov("按不低于5%的幅度压减", "5%", value=-5, unit="%", kind="growth", bound="ge",
    metric="一般性支出",
    metric_alts=["中央部门一般性支出", "一般性支出压减", "中央一般性支出", "一般性支出压减比例",
                 "一般性支出压减幅度", "中央财政一般性支出"],
    subject_alts=GOV + CN + ["中央部门"], comparison="yoy", **FY,
    note="压减 X% = a relative cut of the spending → growth, negative (as wr_china_2019_b "
         "一般性支出压减5%以上); 不低于 → ge, a bound on the size of the cut as written; the "
         "central departments lead the cut (中央部门要带头) → 中国 with 中央部门 and the central "
         "government as alts; " + FY_NOTE)
g.neg("“三公”经费", "三公", LABEL_NOTE + " (“三公”经费: spending on official travel abroad, "
      "vehicles and receptions, as wr_china_2019_b)")

# ==== line 5 (source 38): monetary policy =============================================================
g.neg("今年广义货币M2", "M2", "indicator name M2 (broad money), not a quantity (as "
      "wr_china_2016_c)")
M2 = ["M2", "广义货币M2", "广义货币供应量", "M2余额", "广义货币余额", "货币供应量", "M2增速",
      "广义货币", "社会融资规模余额", "社会融资规模", "社融余额", "社会融资规模余额增速",
      "广义货币M2和社会融资规模余额增速"]
fact("预期增长均为12%左右", "12%", value=12, unit="%", kind="growth", bound="approx",
     metric="广义货币M2和社会融资规模余额", metric_alts=M2, comparison="yoy", **Y17,
     note="one mention of one value shared by two indicators (均为) → one fact (SPEC §1: one "
          "quantity mention gives one fact; as …年均增长超30% over two indicators in "
          "nw_cctv_20251002_guangxi_hainan_2025), both indicators as metric alts — judgement "
          "call (two facts, one per indicator, is the alternative); 预期增长 → target; 左右 → "
          "approx (outside the span); the growth of the balances over the year (comparison "
          "yoy, as wr_china_2016_c); " + T_NOTE)
g.neg("特别是支持“三农”", "三农", LABEL_NOTE + " (“三农”: agriculture, rural areas and "
      "farmers)")

# ==== line 6 (source 39): the principles 一是…五是 (no facts) ===========================================
g.neg("一是贯彻稳中求进", "一是", MARKER_NOTE)
g.neg("二是坚持以推进供给侧", "二是", MARKER_NOTE)
g.neg("这是一个化蛹成蝶", "一个", "indefinite article 一个, not a quantity")
g.neg("三是适度扩大总需求", "三是", MARKER_NOTE)
g.neg("四是依靠创新推动", "四是", MARKER_NOTE)
g.neg("五是着力解决人民群众", "五是", MARKER_NOTE)
g.neg("政府的一切工作", "一切", "pronoun 一切 'all', not a quantity")
g.neg("一时难以解决的", "一时", "adverb 一时 'for the time being', not a quantity")

# ==== line 7 (source 40): heading of part 三 ===========================================================
g.neg("三、2017年重点工作任务", "三、", MARKER_NOTE)
g.neg("三、2017年重点工作任务", "2017年", PERIOD_NOTE + " (section heading: the plan year 2017; "
      "no figure in its line)")

# ==== line 8 (source 41): opening of part 三 (no numerals) ============================================

# ==== line 9 (source 42): heading （一） ================================================================
g.neg("（一）用改革的办法", "（一）", MARKER_NOTE)
g.neg("深入推进“三去一降一补”", "三去一降一补", LABEL_NOTE + " (“三去一降一补”: cut capacity, "
      "inventory, leverage; lower costs; shore up weak spots, as wr_china_2017)")

# ==== line 10 (source 43): 扎实有效去产能 =============================================================
CAP_NOTE = ("capacity to be cut in 2017 (a plan → target): base unit, the capacity in the "
            "metric (README §3); " + T_NOTE)
fact("钢铁产能5000万吨左右", "5000万吨", value=5000e4, unit="t", kind="amount", bound="approx",
     metric="压减钢铁产能",
     metric_alts=["钢铁产能", "钢铁去产能", "再压减钢铁产能", "钢铁产能压减", "压减钢铁产能规模",
                  "退出钢铁产能", "钢铁行业去产能"], **Y17,
     note="左右 → approx (outside the span); 万吨 ×1e4; " + CAP_NOTE)
fact("煤炭产能1.5亿吨以上", "1.5亿吨", value=1.5e8, unit="t", kind="amount", bound="ge",
     metric="退出煤炭产能",
     metric_alts=["煤炭产能", "煤炭去产能", "煤炭产能退出", "退出煤炭产能规模", "去产能煤炭",
                  "煤炭行业去产能"], **Y17,
     note="以上 → ge (outside the span); 亿吨 ×1e8; " + CAP_NOTE)
fact("煤电产能5000万千瓦以上", "5000万千瓦", value=5e10, unit="W", kind="amount", bound="ge",
     metric="淘汰、停建、缓建煤电产能",
     metric_alts=["煤电产能", "淘汰停建缓建煤电产能", "淘汰、停建、缓建的煤电产能", "煤电去产能",
                  "煤电产能规模", "淘汰煤电产能"], **Y17,
     note="以上 → ge (outside the span); 5000万千瓦 = 5e7 kW = 5e10 W; the three verbs share "
          "one amount (one fact, as written); " + CAP_NOTE)

# ==== line 11 (source 44): 因城施策去库存 =============================================================
g.neg("目前三四线城市", "三四线", "city-tier label 三四线城市 (third- and fourth-tier cities), not "
      "a quantity")
fact("还有几千万人居住", "几千万人", value=1e7, unit="count", kind="count", classifier="人",
     bound="gt", metric="居住在条件简陋的棚户区的人口",
     metric_alts=["棚户区居住人口", "棚户区人口", "居住在棚户区的人口", "棚户区居民",
                  "城镇棚户区居住人口", "居住在条件简陋的棚户区的城镇人口"],
     subject_alts=CN + ["城镇"], modality="actual",
     period=P("目前", REF, REF), period_alts=[P("目前", None, REF)],
     note="几千万 → 1e7 gt (SPEC: 数十 → 10 gt, 十几万 → 1e5 gt; as 几十万 → 1e5 gt in "
          "nw_cctv_20251012_hubei_tianmen_2025); the people still living in shanty towns now "
          "(目前城镇还有…, a stock) → actual, instant at the reference date (SPEC §4 目前), "
          "null..REF as alt (README §5)")
fact("今年再完成棚户区住房改造600万套", "600万套", value=600e4, unit="count", kind="count",
     classifier="套", metric="棚户区住房改造",
     metric_alts=["棚户区改造", "棚户区改造住房", "棚户区住房改造套数", "棚改",
                  "完成棚户区住房改造"], **Y17,
     note="再完成 → target (the 2017 plan); 今年 right before it replaces 目前 (explicit, = 2017); "
          "万套 ×1e4, classifier 套")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: the plan for 2017 — the end "
    "of part 二、2017年工作总体部署 (heading on source line 31, outside the excerpt): the 2017 "
    "主要预期目标 (GDP 6.5%左右, CPI 3%左右, 1100万人以上 jobs, 4.5%以内 unemployment, energy "
    "intensity −3.4%以上), the note on the targets (job target 比去年多100万人), the policy "
    "stance, fiscal policy (赤字率 3%, 财政赤字 2.38万亿元 and +2000亿元, central 1.55万亿元 and "
    "local 8300亿元 deficits, 8000亿元 special bonds, 3500亿元 tax and 2000亿元 fee cuts, "
    "transfers +9.5%, general spending cut by at least 5%), monetary policy (M2 and 社会融资"
    "规模余额 12%左右) and the principles 一是…五是; then the heading 三、2017年重点工作任务, its "
    "opening and task （一） 三去一降一补 up to 去库存 (steel 5000万吨, coal 1.5亿吨, coal power "
    "5000万千瓦; 几千万人 in shanty towns, 600万套 to be rebuilt). wr_china_2017 holds lines "
    "6-19, wr_china_2017_b lines 20-31 (no overlap). Title: the corpus meta title (the "
    "source's first line is 政府工作报告, outside the excerpt), title_in_text=False. Date: "
    "2017-03-05, the corpus meta date and the source's own dateline (line 2: ——2017年3月5日在"
    "第十二届全国人民代表大会第五次会议上); nothing in the excerpt contradicts it (今年 = 2017, "
    "去年 = 2016). Place: national report → 中国 (alts 我国/全国/中华人民共和国); budget "
    "figures add 中央政府/国务院/中央财政 (地方政府/地方财政 for the local deficit and the special "
    "bonds, 中央部门 for the spending cut); 几千万人 adds 城镇. Periods: 今年 (= 2017) stands "
    "before the first number of every line with figures and governs it (explicit, no null "
    "alt, as wr_china_2016_c); 全年 (= 2017) replaces it in line 4 before the tax and fee "
    "cuts (same dates); 去年 is only a basis (比去年增加/多); 目前 → instant 2017-03-05 for "
    "几千万人 (null..REF as alt). Modality: target for every 2017 figure (主要预期目标, 拟按…"
    "安排, 安排, 预期, 要); actual for the present stock 几千万人. Bounds: 左右/约 → approx; 以上/"
    "不低于 → ge; 以内 → le; 几千万 → gt. Units: 万亿元 ×1e12; 亿元 ×1e8; 万吨 ×1e4 t; 亿吨 "
    "×1e8 t; 万千瓦 → W ×1e7; 万人/万套 → counts. Judgement calls: 均为12%左右 → one fact over "
    "M2 and 社会融资规模余额 (two facts the alternative); 比去年多100万人 → 城镇新增就业增量 "
    "+1e6 (target); 压减…不低于5% → growth −5 ge; 3500亿元 / 2000亿元 relief → target "
    "(forecast the alternative); 几千万人 → count 1e7 gt, actual at the reference date; "
    "三四线, 三去一降一补, 三公, 三农, M2 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 单位 (单位国内生产总值), 一般 (一般性转移支付, 一般性支出), 进一步, "
    "一致.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
