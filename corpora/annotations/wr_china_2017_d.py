"""Gold annotations for wr_china_2017_d (2017年中华人民共和国国务院政府工作报告, the 2017 tasks:
foreign investment and trade, ecology, and the start of social development), lines 76-85 of
shared/texts/work_report/wr_china_2017.txt.

The excerpt corpora/wr_china_2017_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 三、2017年重点工作任务 (heading on
source line 40, outside the excerpt): the last two paragraphs of task （六）积极主动扩大对外
开放 (heading on source line 73, outside: foreign investment — 11个自贸试验区 — and trade
liberalisation), task （七）加大生态环境保护治理力度 in full (SO2/NOx −3%, 300万户 of coal
replaced, 24小时 monitoring, COD/ammonia −2%, 1200万亩 returned to forest and grassland) and the
heading and first three paragraphs of task （八）推进以保障和改善民生为重点的社会建设 (795万
graduates, 至少有一人 in work, education, the 医保 subsidy 420元 → 450元, 85% of prefectures).
All of it is the plan for 2017.  wr_china_2017 holds lines 6-19, wr_china_2017_b lines 20-31,
wr_china_2017_c lines 34-44 (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2017_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2017_d"
SOURCE_ID = "wr_china_2017"
PLACE = "中国"
REF = "2017-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 76, 85                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2017年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2017)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="大力优化外商投资环境。",
                 ends="坚决把好人民群众饮食用药安全的每一道关口。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N要 / heading number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]

fact = g.with_subject(PLACE, CN, modality="target")

# ---- periods (reference date 2017-03-05; 今年 = 2017, 去年 = 2016) ---------------------------
# The excerpt is the plan for 2017: part 三、2017年重点工作任务 (source line 40, outside the
# excerpt) → modality target.  Lines without a period before a number take the section frame
# 2017-01-01..2017-12-31 (SPEC §4), period text 今年 (the excerpt's own word for the plan
# year, lines 4, 5, 8; as wr_china_2010_c / wr_china_2019_b), the null reading in
# period_alts.  Lines that name 今年 before their numbers get it explicitly, without the null
# alt: line 4 (今年二氧化硫、氮氧化物… → 3%, 300万户), line 5 (今年化学需氧量… → 2%), line 8
# (今年高校毕业生795万人 → 795万人, 至少有一人).
# - Line 4: 今明两年 (2017-2018, the deadline of the eastern and central regions) and
#   2020年 (the western deadline) date the retrofit of coal plants, which has no figure; the
#   later 24小时 monitoring keeps the plan year (今年 of the line), the literal SPEC §4
#   reading (2020年, the last period before it) and null as alts — judgement call.
# - Sizes of existing sets (11个自贸试验区) → actual (as 三档 in wr_china_2019_b), the frame,
#   null and the reference date as alts.
# - from/to pair (由每人每年420元提高到450元): the start value is the standard in force now
#   (2016's) → actual, the instant at the start of the year of the change (as wr_china_2019_b
#   FROM; alts the end of 2016, the reference date, the year 2016, the year 2017, null); the
#   end value is the 2017 per-year standard → target, the year (as 120元 in wr_china_2010_c),
#   the end instant and null as alts.
# - Coverage to be reached (扩大到85%以上地市) is a share of a stock → the instant 2017-12-31
#   (stock rule, as 23%的县 in wr_china_2010_c), the year and null as alts.
YT = "今年"
Y17 = P(YT, "2017-01-01", "2017-12-31")
Y17_NULL = P(YT, None, None)
Y17_END = P(YT, "2017-12-31", "2017-12-31")
PLAN = dict(period=Y17, period_alts=[Y17_NULL])
EXPL = dict(period=Y17)
PLAN_STOCK = dict(period=Y17_END, period_alts=[Y17, Y17_NULL])
EXIST = dict(period=Y17, period_alts=[Y17_NULL, P(YT, REF, REF)], modality="actual")
FROM = dict(period=P(YT, "2017-01-01", "2017-01-01"),
            period_alts=[P(YT, "2016-12-31", "2016-12-31"), P(YT, REF, REF),
                         P(YT, "2016-01-01", "2016-12-31"), Y17, Y17_NULL],
            modality="actual")
TO = dict(period=Y17, period_alts=[Y17_END, Y17_NULL])
PLAN_NOTE = ("task for 2017 → target; no period before it in its line: section frame of part "
             "三、2017年重点工作任务 (outside the excerpt), period text 今年, null as alt")
EXPL_NOTE = "task for 2017 → target; 今年 (= 2017) earlier in its line governs (explicit)"
STOCK_NOTE = ("coverage to be reached in 2017 (a share of a stock) → the instant 2017-12-31 "
              "at the end of the plan frame (stock rule, as wr_china_2010_c), the year and "
              "null as alts; target")

# ==== line 1 (source 76): 大力优化外商投资环境 ========================================================
g.neg("《中国制造2025》", "2025", "year in the name of the plan 中国制造2025, not a fact (as "
      "wr_china_2017_b)")
g.neg("对内外资企业一视同仁", "一视同仁", "idiom 一视同仁 'treat equally', not a quantity (as "
      "wr_china_2010_c)")
FTZ = ["自由贸易试验区", "自贸试验区数量", "自贸区", "自由贸易试验区数量", "自贸试验区个数"]
fact("高标准高水平建设11个自贸试验区", "11个", value=11, unit="count", kind="count",
     classifier="个", metric="自贸试验区", metric_alts=FTZ, **EXIST,
     note="the size of an existing set: the 11 pilot free trade zones in being (3 set up by "
          "2015, 7 more in 2016 per the review, source line 19) that are to be built to a high "
          "standard → actual (as 三档 in wr_china_2019_b); the plan frame 2017 (period text "
          "今年), null and the reference date as alts; a target reading (the zones as the "
          "object of the task) is the alternative — judgement call")

# ==== line 2 (source 77): 推进国际贸易和投资自由化便利化 =============================================
g.neg("与有关国家一道", "一道", "adverb 一道 'together', not a quantity (as wr_china_1984)")
g.neg("承诺一直认真履行", "一直", "adverb 一直 'all along', not a quantity")

# ==== line 3 (source 78): heading （七） ==============================================================
g.neg("（七）加大生态环境", "（七）", MARKER_NOTE)

# ==== line 4 (source 79): 坚决打好蓝天保卫战 ==========================================================
g.neg("今年二氧化硫、氮氧化物", "二氧化硫", "chemical name 二氧化硫 (sulphur dioxide), not a "
      "quantity (as wr_china_2017_b)")
EMIT = ["二氧化硫排放量", "氮氧化物排放量", "二氧化硫和氮氧化物排放量", "二氧化硫、氮氧化物排放",
        "二氧化硫排放", "氮氧化物排放", "主要大气污染物排放量", "二氧化硫、氮氧化物排放总量"]
fact("排放量要分别下降3%", "3%", value=-3, unit="%", kind="growth",
     metric="二氧化硫、氮氧化物排放量", metric_alts=EMIT, comparison="yoy", **EXPL,
     note="分别 with a single value: each of the two emissions is to fall by 3%; one quantity "
          "mention → one fact (SPEC §1; as 均为12%左右 in wr_china_2017_c), the two indicators "
          "as metric alts — judgement call (two facts, one per pollutant, is the "
          "alternative); 下降 → negative; against the 2016 level → yoy; " + EXPL_NOTE)
g.neg("细颗粒物（PM2.5）浓度", "PM2.5", "indicator name PM2.5 (fine particulate matter), not a "
      "quantity (as wr_china_2017_b)")
g.neg("一要加快解决", "一要", MARKER_NOTE + " (一要 … 五要)")
COAL = ["以电代煤、以气代煤户数", "完成以电代煤、以气代煤", "以电代煤以气代煤",
        "以电代煤、以气代煤改造", "以电代煤、以气代煤改造户数", "煤改电、煤改气",
        "清洁取暖改造户数", "以电代煤", "以气代煤"]
fact("以气代煤300万户以上", "300万户", value=300e4, unit="count", kind="count",
     classifier="户", bound="ge", metric="以电代煤、以气代煤", metric_alts=COAL, **EXPL,
     note="以上 → ge (outside the span); households whose coal heating is to be replaced by "
          "electricity or gas (户 a classifier, SPEC §3); one mention over the two measures → "
          "one fact; " + EXPL_NOTE)
g.neg("分别于今明两年完成", "今明两年", PERIOD_NOTE + " (今明两年 = 2017-2018, the deadline of "
      "the retrofit of coal plants in the east and centre; no figure of its own)")
g.neg("西部地区于2020年完成", "2020年", PERIOD_NOTE + " (the western deadline of the same "
      "retrofit; no figure of its own)")
g.neg("二要全面推进", "二要", MARKER_NOTE)
MON = ["在线监控时间", "重点工业污染源在线监控时长", "在线监控时长", "每日在线监控时间",
       "重点工业污染源监控时间", "监控时间", "在线监控"]
fact("实行24小时在线监控", "24小时", value=1, unit="day", kind="amount",
     metric="重点工业污染源在线监控时间", metric_alts=MON,
     period=Y17, period_alts=[P("2020年", "2020-01-01", "2020-12-31"), Y17_NULL],
     note="judgement call: round-the-clock monitoring stated as a number, 24小时 = 1 day of "
          "monitoring per day (SPEC §3 小时 = 1/24 day), as 24小时紧盯 in "
          "nw_yangtze_waterway_2026 and 24小时作业 in nw_cctv_20240828 (the idiom reading, a "
          "negative, is the alternative); 实行…监控 → target; the plan year (今年 of the line) "
          "as gold: 今明两年 / 2020年 before it date the coal-plant retrofit only; the literal "
          "SPEC §4 reading (2020年) and null as alts")
g.neg("三要强化机动车", "三要", MARKER_NOTE)
g.neg("使用国六标准燃油", "国六", LABEL_NOTE + " (国六 'China VI' emission/fuel standard), a "
      "standard's name, not a quantity")
g.neg("四要有效应对", "四要", MARKER_NOTE)
g.neg("五要严格环境执法", "五要", MARKER_NOTE)
g.neg("蓝天必定会一年比一年多起来", "一年比一年", "idiom 一年比一年 'year by year', not a quantity "
      "(as wr_china_1983_c)")

# ==== line 5 (source 80): 强化水、土壤污染防治 ========================================================
WATER = ["化学需氧量排放量", "氨氮排放量", "化学需氧量和氨氮排放量", "化学需氧量、氨氮排放",
         "化学需氧量排放", "氨氮排放", "主要水污染物排放量", "化学需氧量、氨氮排放总量",
         "COD、氨氮排放量"]
fact("排放量要分别下降2%", "2%", value=-2, unit="%", kind="growth",
     metric="化学需氧量、氨氮排放量", metric_alts=WATER, comparison="yoy", **EXPL,
     note="分别 with a single value → one fact over the two indicators (as the 3% of line 4); "
          "下降 → negative; yoy; " + EXPL_NOTE)
g.neg("实现双赢", "双赢", "idiom 双赢 'win-win', not a quantity (as nw_cctv_20250914)")

# ==== line 6 (source 81): 推进生态保护和建设 ==========================================================
g.neg("第二批山水林田湖", "第二批", "batch label 第二批 (second batch of pilots), not a rank or "
      "count (as wr_anhui_2025_e)")
RET = ["退耕还林还草面积", "完成退耕还林还草", "完成退耕还林还草面积", "退耕还林还草任务",
       "退耕还林", "退耕还林还草规模"]
fact("退耕还林还草1200万亩以上", "1200万亩", value=1200e4, unit="mu", kind="amount",
     bound="ge", metric="退耕还林还草", metric_alts=RET, **PLAN,
     note="以上 → ge (outside the span); 亩 stays mu (SPEC §3), 万亩 ×1e4; land to be returned "
          "in 2017 (完成 → target); " + PLAN_NOTE)

# ==== line 7 (source 82): heading （八） ==============================================================
g.neg("（八）推进以保障", "（八）", MARKER_NOTE)

# ==== line 8 (source 83): 大力促进就业创业 ============================================================
GRAD = ["高校毕业生人数", "高校毕业生规模", "普通高校毕业生", "高校毕业生数量", "毕业生"]
fact("今年高校毕业生795万人", "795万人", value=795e4, unit="count", kind="count",
     classifier="人", metric="高校毕业生", metric_alts=GRAD, modality="forecast", **EXPL,
     note="judgement call: the size of this year's graduating class, stated before it "
          "graduates (再创历史新高) → forecast (an expected figure, not a goal; actual is the "
          "alternative reading); 今年 (= 2017) right before it (explicit)")
g.neg("确保零就业家庭", "零就业", LABEL_NOTE + " (零就业家庭 'households with no one in work', a "
      "category name, as wr_china_2007_b)")
fact("至少有一人稳定就业", "一人", value=1, unit="count", kind="count", classifier="人",
     bound="ge", metric="零就业家庭稳定就业人数",
     metric_alts=["零就业家庭就业人数", "零就业家庭每户稳定就业人数", "每户稳定就业人数",
                  "稳定就业人数", "零就业家庭稳定就业", "零就业家庭实现就业人数"], **EXPL,
     note="judgement call: 至少一人 is a stated minimum (at least one member in stable work per "
          "zero-employment household), a quantity rather than the article 一 → count 1, 至少 → "
          "ge (outside the span), as wr_ningxia_2025_g; 确保 → target; " + EXPL_NOTE)
g.neg("就业这一民生之本", "这一", "demonstrative 这一 'this', not a quantity (as "
      "wr_china_2017_c)")

# ==== line 9 (source 84): 办好公平优质教育 (一流 ×2, 统一 lexicalized) ==================================
g.neg("“两免一补”政策", "两免一补", LABEL_NOTE + " (“两免一补”: free tuition and textbooks, "
      "boarding allowance, as wr_china_2006)")
g.neg("《中国教育现代化2030》", "2030", "year in the name of the plan 中国教育现代化2030, not a "
      "fact (as 中国制造2025)")

# ==== line 10 (source 85): 推进健康中国建设 ===========================================================
SUB = ["城乡居民医保财政补助", "财政补助标准", "城乡居民医保财政补助标准", "城乡居民医保补助标准",
       "城乡居民医保人均财政补助标准", "城乡居民医保每人每年财政补助标准", "医保财政补助标准",
       "城乡居民基本医保财政补助标准", "居民医保财政补助标准"]
SUB_ALTS = GOV + CN + ["各级财政"]
fact("由每人每年420元", "420元", value=420, unit="CNY", kind="amount",
     metric="城乡居民医保财政补助每人每年标准", metric_alts=SUB, subject_alts=SUB_ALTS, **FROM,
     note="start value of a from/to pair (由X提高到Y) with no year written: the standard in "
          "force now (2016's) → actual, the instant at the start of the year of the change (as "
          "wr_china_2019_b FROM), alts the end of 2016, the reference date, the year 2016, the "
          "year 2017 and null; 每人每年 'per person per year': the rate stays in the metric "
          "(SPEC §3); public finance → 中国, 各级财政/中央财政 as alts (as wr_china_2012_b)")
fact("提高到450元", "450元", value=450, unit="CNY", kind="amount",
     metric="城乡居民医保财政补助每人每年标准", metric_alts=SUB, subject_alts=SUB_ALTS, **TO,
     note="end value of the pair: the 2017 per-head yearly standard (提高到 → target, eq); a "
          "standard of the year → 2017 (as 120元 in wr_china_2010_c), the end instant and null "
          "as alts; no period before it in its line (frame 今年)")
g.neg("三级公立医院", "三级", "hospital grade 三级 (tertiary public hospitals), a class label, "
      "not a quantity")
TIER = ["分级诊疗试点和家庭签约服务覆盖地市比例", "分级诊疗试点覆盖地市比例",
        "家庭签约服务覆盖地市比例", "分级诊疗试点和家庭签约服务地市覆盖面",
        "开展分级诊疗试点和家庭签约服务的地市比例", "分级诊疗试点和家庭签约服务覆盖率",
        "分级诊疗试点和家庭签约服务", "地市"]
fact("扩大到85%以上地市", "85%", value=85, unit="%", kind="share", bound="ge",
     metric="分级诊疗试点和家庭签约服务覆盖地市比例", metric_alts=TIER, **PLAN_STOCK,
     note="以上 → ge (outside the span); the share of the prefecture-level cities the tiered-"
          "care pilots and family-doctor contracts are to cover (扩大到 → target); " + STOCK_NOTE
          + "; the frame: " + PLAN_NOTE)
g.neg("实施全面两孩政策", "两孩", LABEL_NOTE + " (全面两孩政策, the universal two-child policy, "
      "as wr_china_2018_c)")
g.neg("饮食用药安全的每一道关口", "一道", "一道 in 每一道关口 'every checkpoint' (a figure of "
      "speech), not a count")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 三、2017年重点工作任务 (heading on source line 40, outside the excerpt) — "
    "the plan for 2017: the last two paragraphs of task （六） 扩大对外开放 (heading on source "
    "line 73, outside: foreign investment with 11个自贸试验区, trade and investment "
    "liberalisation), task （七） 生态环境保护 in full (蓝天保卫战: SO2/NOx −3%, 300万户 以电代煤/"
    "以气代煤, 24小时 monitoring; water and soil: COD/ammonia −2%; ecology: 1200万亩 退耕还林还草) "
    "and the heading and first three paragraphs of task （八） 民生 (jobs: 795万 graduates, "
    "至少有一人 per 零就业 household; education; health: 医保 subsidy 420元 → 450元, 85%以上地市). "
    "wr_china_2017 (lines 6-19), wr_china_2017_b (20-31) and wr_china_2017_c (34-44) hold "
    "other parts (no overlap). Title: the corpus meta title (the source's first line is 政府"
    "工作报告, outside the excerpt), title_in_text=False. Date: 2017-03-05, the corpus meta "
    "date and the source's own dateline (line 2: ——2017年3月5日在第十二届全国人民代表大会第五次"
    "会议上); nothing in the excerpt contradicts it (今年 = 2017). Place: national report → 中国 "
    "(alts 我国/全国/中华人民共和国); the 医保 subsidy adds 各级财政/中央财政/中央政府/国务院. "
    "Periods: numbers without a period before them in their line take the section frame 2017 "
    "(period text 今年, null as alt); 今年 governs lines 4 (3%, 300万户, 24小时), 5 (2%) and 8 "
    "(795万人, 一人) explicitly; 今明两年 and 2020年 in line 4 date the coal-plant retrofit "
    "(no figure) and are not taken for 24小时 (the literal 2020 as alt); the from value 420元 "
    "→ instant 2017-01-01 (actual; alts end of 2016, REF, 2016, 2017, null), the to value "
    "450元 → the year 2017 (alts end instant, null); coverage 85%以上地市 → instant "
    "2017-12-31 (stock rule; alts year, null); 11个自贸试验区 → the frame (alts null, REF). "
    "Modality: target for the 2017 tasks; actual for the existing 11 zones and the current "
    "420元 standard; forecast for 795万 graduates. Bounds: 以上 → ge (300万户, 1200万亩, 85%), "
    "至少 → ge (一人). Units: 万户/万人 → counts; 万亩 → mu; 24小时 → 1 day. Judgement calls: "
    "分别下降3% / 分别下降2% with one value → one fact each over two pollutants (two facts the "
    "alternative); 24小时 → a 1-day monitoring duration (an idiom negative the alternative); "
    "795万人 → forecast (actual the alternative); 至少有一人 → count 1 ge; 11个自贸试验区 → "
    "actual size of an existing set (target the alternative). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 统一, 一流 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
