"""Gold annotations for wr_yunnan_2025_f (2025年云南省政府工作报告, the 2025 tasks （二）-（五）),
lines 40-54 of shared/texts/work_report/wr_yunnan_2025.txt.

The excerpt corpora/wr_yunnan_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut).  It lies in part
三、2025年重点任务 (heading on source line 29, outside the excerpt): the last paragraphs of
task （二） (现代服务业, 数实融合, 开发区, and the closing 各位代表！产业是云南的发展之基…), task
（三） in full (教育, 科技创新, 人才), task （四） in full (城镇化, 守底线促振兴, 城乡人居环境) and
the heading and first two paragraphs of task （五） (南向大通道, 产业转移承载区).  Lines 7-18,
21-38, 82-109 and 111-138 are annotated in wr_yunnan_2025 / _b / _c / _e / _d (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_yunnan_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_yunnan_2025_f"
PLACE = "云南省"
REF = "2025-01-18"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_yunnan_2025.txt"
FIRST, LAST = 40, 54                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年云南省政府工作报告"
YN_ALTS = ["云南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="推动现代服务业扩容提质。",
                 ends="打造消费电子、纺织服装等沿边产业园区标志性产业链。")
text = g.text
fact = g.with_subject(PLACE, YN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
PLAN3_NOTE = "name of a multi-year plan or campaign ({}), not a duration fact"
ROUND_NOTE = "新一轮 'a new round', not a count"
THRESH_NOTE = ("threshold defining the set measured ({}; SPEC §2: 亿元以上项目), part of the "
               "metric, not a fact of its own")

# ---- periods (reference date 2025-01-18) ---------------------------------------------------
# The excerpt lies in part 三、2025年重点任务 (heading on source line 29, outside the excerpt):
# every line is a task of the 2025 plan → modality target.  No line of the excerpt states a
# period of its own, so the facts take the section frame of that heading (SPEC §4): period
# text 2025年, 2025-01-01..2025-12-31, the null reading in period_alts (as wr_yunnan_2025_c,
# which annotates lines 21-38 of the same part).  That surface lies outside the excerpt (a
# known, deliberate exception of shared/gold/check_gold.py, as wr_shanghai_2025_c).
# - volumes of the year (旅居人数, 管网 km, growth of incomes, pp change of coverage rates,
#   the logistics-cost ratio of the year) → PLAN (the year, null as alt);
# - things to be created or built (数智工厂, 小灯塔, special-education counties, 客货邮示范县) →
#   PLAN_SET: the year, with null and the end instant as alts (as PLAN_SET in
#   wr_shanghai_2025_c);
# - a level to be kept over the year (转移就业规模保持在…) → PLAN_LEVEL (the year; null and the
#   end instant as alts);
# - stocks to be reached (科技型中小企业超1.5万户; the shares of villages/townships connected by
#   road, shares of a stock) → PLAN_END: the instant 2025-12-31, the year and null as alts (as
#   wr_henan_2025_b PLAN_END).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "三、2025年重点任务 (source line 29; 2025), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be created in 2025: the end instant as a further alt"
END_NOTE = ("a stock to be reached → the instant at the end of the 2025 frame (stock rule), the "
            "year and null as alts; task for 2025 → target")


# ==== line 1 (source 40): 推动现代服务业扩容提质 ===================================================
g.neg("市场秩序整治百日行动", "百日", LABEL_NOTE + " (campaign name 百日行动 'hundred-day drive', "
      "as 百日攻坚行动 in wr_yunnan_2025), not a duration fact")
SOJ = ["旅居人员", "旅居人口", "旅居云南人数", "旅居人数规模"]
fact("力争旅居人数达600万", "600万", value=6e6, unit="count", kind="count", classifier="人",
     metric="旅居人数", metric_alts=SOJ, **PLAN,
     note="力争 → target; 达 → eq; no measure word written → classifier 人 (as 旅居人数达389.75万 "
          "of 2024 in wr_yunnan_2025); the sojourners of the year (a flow) → " + PLAN_NOTE)
g.neg("建设一批产业互联网平台", "一批", VAGUE_NOTE)
g.neg("金融“五篇大文章”", "五篇大文章", LABEL_NOTE + " (金融“五篇大文章”, glossary item 19: "
      "科技金融、绿色金融、普惠金融、养老金融、数字金融), not a count")

# ==== line 2 (source 41): 推动数实融合迈出实质步伐 =================================================
g.neg("推进昆明万溪冲", "万溪冲", "place name 万溪冲 (昆明万溪冲智算产业园), numeral inside a "
      "proper name, not a quantity")
g.neg("推进5G规模化应用", "5G", "technology name 5G (fifth generation), not a quantity")
fact("“数智工厂”5个", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="“数智工厂”",
     metric_alts=new("数智工厂", "打造“数智工厂”", "打造数智工厂", "“数智工厂”数量"),
     **PLAN_SET, note="打造 distributes over the list (“数智工厂” ↔ 5个, “小灯塔”示范企业 ↔ 15户); "
                      "factories to be certified in 2025, 增量 alts (README §3); " + SET_NOTE)
fact("“小灯塔”示范企业15户", "15户", value=15, unit="count", kind="count", classifier="户",
     metric="“小灯塔”示范企业",
     metric_alts=new("小灯塔示范企业", "打造“小灯塔”示范企业", "打造小灯塔示范企业",
                     "“小灯塔”示范企业数量", "“小灯塔”企业"),
     **PLAN_SET, note="户 is the measure word of firms; " + SET_NOTE)

# ==== line 3 (source 42): 推动开发区分类提升 =======================================================
g.neg("加快千亿级园区建设", "千亿级", THRESH_NOTE.format("千亿级 'with output of 100 billion "
      "yuan or more', the class of parks to be built") + "; no count is given")

# ==== line 4 (source 43): 各位代表！产业是云南的发展之基… (no fact; 一体推进 lexicalized) ==========
g.neg("我们一定持志如矢", "一定", "adverb 一定 'surely, without fail', not a quantity")

# ==== line 5 (source 44): task （三） ============================================================
g.neg("（三）坚持推动", "（三）", MARKER_NOTE)

# ==== line 6 (source 45): 优化教育资源配置 =========================================================
g.neg("建设“四通行动”", "四通行动", LABEL_NOTE + " (“四通行动”, glossary item 22: the four "
      "campaigns of the integrated ideology courses, as wr_yunnan_2025_e), not a count")
g.neg("巩固“双减”成果", "双减", LABEL_NOTE + " (“双减”, the double reduction of homework and "
      "off-campus tutoring)")
g.neg("基础教育“三级三类”", "三级三类", LABEL_NOTE + " (“三级三类” teacher system, glossary "
      "item 23, as wr_yunnan_2025_e)")
g.neg("支持“双一流”", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines, as wr_henan_2025)")
fact("在9个人口20万以上的县", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="人口20万以上的县",
     metric_alts=["建成特殊教育学校的县", "人口20万以上的县建成特殊教育学校",
                  "建成特殊教育学校的人口20万以上的县", "特殊教育学校", "建成特殊教育学校",
                  "县", "人口20万以上的县数量", "特殊教育学校增量", "特殊教育学校数量增量"],
     **PLAN_SET,
     note="judgement call: the counties (人口20万以上, the threshold of the counted set, "
          "negative) in which special-education schools are to be completed (建成) in 2025; "
          "reading it as 9 schools (one per county) is covered by the alts; " + SET_NOTE)
g.neg("9个人口20万以上", "20万", THRESH_NOTE.format("人口20万以上 'with a population of 200,000 "
      "or more', defining the counties counted by 9个"))

# ==== line 7 (source 46): 推动科技创新和产业创新融合发展 ==========================================
g.neg("上市”四个工程", "四个", "appositive 四个 'the four (programmes) just named' (“登高、升规、"
      "晋位、上市”), not a count claim (as wr_yunnan_2025_e)")
fact("科技型中小企业超1.5万户", "1.5万户", value=15000, unit="count", kind="count",
     classifier="户", bound="gt", metric="科技型中小企业",
     metric_alts=["科技型中小企业数量", "科技型中小企业总数", "科技型中小企业户数",
                  "入库科技型中小企业", "评价入库科技型中小企业"],
     **PLAN_END,
     note="超 → gt (outside the span); the number of technology-based SMEs to be reached "
          "(a stock, as 高新技术企业总量超过1.4万家 in wr_henan_2025_b) → " + END_NOTE + "; "
          "judgement call: read as the yearly register (入库 each year) it is the year (alt). "
          "高新技术企业数增速保持全国前列 before it states no number (no rank fact)")
g.neg("建设一批概念验证中心", "一批", VAGUE_NOTE)

# ==== line 8 (source 47): 激发人才创新创造活力 (no number) ======================================

# ==== line 9 (source 48): task （四） ============================================================
g.neg("（四）统筹推进", "（四）", MARKER_NOTE)

# ==== line 10 (source 49): 稳步提高城镇化质量和水平 ===============================================
g.neg("新型城镇化战略五年实施方案", "五年", PLAN3_NOTE.format("新型城镇化战略五年实施方案, the "
      "national five-year plan for people-centred urbanisation"))
g.neg("打造一批农业强县", "一批", VAGUE_NOTE)

# ==== line 11 (source 50): 全力以赴守底线促振兴 ===================================================
g.neg("实施新一轮促农增收", "一轮", ROUND_NOTE)
g.neg("促农增收三年行动", "三年", PLAN3_NOTE.format("促农增收三年行动"))
g.neg("落实“三个一律”", "三个一律", LABEL_NOTE + " (“三个一律”, glossary item 28, as "
      "wr_yunnan_2025_d)")
fact("转移就业规模保持在320万人以上", "320万人", value=3.2e6, unit="count", kind="count",
     classifier="人", bound="ge", metric="脱贫劳动力转移就业规模",
     metric_alts=["脱贫劳动力转移就业", "脱贫劳动力转移就业人数", "转移就业规模",
                  "脱贫劳动力务工就业规模", "脱贫劳动力外出务工规模"],
     **PLAN_LEVEL,
     note="保持在…以上 → ge (outside the span); the number of poverty-exited workers in "
          "transferred employment, a level to be kept through 2025 → the year, null and the "
          "end instant as alts; " + PLAN_NOTE)
g.neg("优化“万企兴万村”", "万企兴万村", LABEL_NOTE + " (campaign name “万企兴万村” 'ten "
      "thousand firms revitalise ten thousand villages', as wr_guangxi_2025)")
fact("可支配收入增长6%左右", "6%", value=6, unit="%", kind="growth", bound="approx",
     metric="农村居民人均可支配收入",
     metric_alts=["农村居民收入", "农民人均可支配收入", "农村常住居民人均可支配收入",
                  "农村居民人均可支配收入增速"],
     comparison="yoy", **PLAN, note="左右 → approx (outside the span); " + PLAN_NOTE)

# ==== line 12 (source 51): 不断改善城乡人居环境 ===================================================
g.neg("实施第三轮爱国卫生", "第三轮", "ordinal label of a round (第三轮爱国卫生), not a count or "
      "rank (as wr_yunnan_2025_d)")
g.neg("爱国卫生“7个专项行动”", "7个专项行动", LABEL_NOTE + " (quoted programme name “7个专项"
      "行动”, glossary item 29) — judgement call, as wr_yunnan_2025_d; a count of 7 campaigns "
      "is the alternative reading")
fact("供排水管网5200公里", "5200公里", value=5.2e6, unit="m", kind="amount",
     metric="燃气和供排水管网",
     metric_alts=["建设改造燃气和供排水管网", "建设改造燃气和供排水管网长度",
                  "燃气和供排水管网长度", "燃气和供排水管网建设改造", "管网", "供排水管网",
                  "燃气管网", "管网建设改造", "城市管网"],
     **PLAN, note="公里 → ×1e3 m; pipes to be built or renewed in 2025; " + PLAN_NOTE)
RATES = ["农村卫生户厕覆盖率", "农村生活垃圾处理设施覆盖率", "农村生活污水治理（管控）率",
         "农村生活污水治理率", "卫生户厕覆盖率", "生活垃圾处理设施覆盖率", "生活污水治理（管控）率",
         "生活污水治理率", "农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理(管控)率",
         "农村卫生户厕覆盖率、生活垃圾处理设施覆盖率和生活污水治理（管控）率"]
fact("均提高3个百分点", "3个百分点", value=3, unit="pp", kind="change",
     metric="农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理（管控）率",
     metric_alts=RATES, comparison="yoy", **PLAN,
     note="one quantity mention over three rates (均) → one fact, each rate as an alt (as 均居"
          "第2位 over two indicators in wr_yunnan_2025_b); pp change of rates over 2025, "
          "against the year before → yoy; " + PLAN_NOTE)
g.neg("实施新一轮农村公路", "一轮", ROUND_NOTE)
g.neg("推进“四好农村路”", "四好", LABEL_NOTE + " (“四好农村路”: roads well built, managed, "
      "maintained and run)")
g.neg("乡镇通三级公路", "三级", "road grade 三级公路 (class-3 road), part of the metric of "
      "70% (the townships connected by such a road), not a quantity")
g.neg("、30户以上自然村", "30户", THRESH_NOTE.format("30户以上 'with 30 households or more', "
      "defining the villages whose share is measured (as 30户以上自然村寨 in "
      "cm_qiandongnan_2023)"))
ROAD_NOTE = ("分别: 乡镇通三级公路的比例 ↔ 70%, 30户以上自然村通硬化路的比例 ↔ 78% (比例 shared); "
             "达 → eq; the share of townships / villages connected (a share of a stock) → ")
fact("分别达70%", "70%", value=70, unit="%", kind="share",
     metric="乡镇通三级公路的比例",
     metric_alts=["乡镇通三级公路比例", "乡镇通三级及以上公路比例", "通三级公路乡镇比例",
                  "乡镇通三级公路率", "通三级公路比例"],
     **PLAN_END, note=ROAD_NOTE + END_NOTE)
fact("70%、78%", "78%", value=78, unit="%", kind="share",
     metric="30户以上自然村通硬化路的比例",
     metric_alts=["30户以上自然村通硬化路比例", "自然村通硬化路比例", "自然村通硬化路的比例",
                  "通硬化路比例", "30户以上自然村通硬化路率"],
     **PLAN_END, note=ROAD_NOTE + END_NOTE)
fact("客货邮示范县16个", "16个", value=16, unit="count", kind="count", classifier="个",
     metric="农村客货邮示范县",
     metric_alts=new("农村客货邮示范县", "建成农村客货邮示范县", "客货邮示范县",
                     "农村客货邮融合发展示范县"),
     **PLAN_SET, note="counties to be completed (建成) as models in 2025, 增量 alts; " + SET_NOTE)

# ==== line 13 (source 52): task （五） ===========================================================
g.neg("（五）着力增强", "（五）", MARKER_NOTE)

# ==== line 14 (source 53): 提速建设“一带一路”南向国际陆海大通道 =================================
g.neg("提速建设“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
g.neg("探索建立“1+1+N”", "1+1+N", LABEL_NOTE + " (name of the system “1+1+N”运贸综合服务"
      "体系, glossary item 30, as wr_yunnan_2025_d), not a count")
fact("比率降至15%左右", "15%", value=15, unit="%", kind="share", bound="approx",
     metric="社会物流总费用与地区生产总值的比率",
     metric_alts=["社会物流总费用与地区生产总值比率", "社会物流总费用与GDP的比率",
                  "社会物流总费用占地区生产总值比重", "社会物流总费用占GDP比重",
                  "社会物流总费用与GDP比率", "物流成本占GDP比重", "社会物流总费用占比"],
     **PLAN,
     note="a proportion in % → share (SPEC §2); 降至 → the level to reach, 左右 → approx "
          "(outside the span); the ratio of the year's logistics costs to its GDP (flows) → "
          + PLAN_NOTE)

# ==== line 15 (source 54): 高水平建设产业转移承载区 ================================================
g.neg("沪滇“16+16”园区", "16+16", LABEL_NOTE + " (“16+16”园区共建, the scheme pairing 16 "
      "Shanghai districts with 16 Yunnan parks, glossary item 5; as wr_yunnan_2025)")
g.neg("推广“一对一园一策”", "一对一园一策", LABEL_NOTE + " (mode name “一对一园一策”, glossary "
      "item 31, as wr_yunnan_2025_d)")
g.neg("探索“一企两国两厂”", "一企两国两厂", LABEL_NOTE + " (mode name “一企两国两厂” 'one firm, "
      "two countries, two plants' of cross-border capacity cooperation), not a count")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_yunnan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief. It lies in part 三、2025年重点任务 (heading on source line 29, outside "
    "the excerpt): the last paragraphs of task （二） (现代服务业, 数实融合, 开发区, and the "
    "closing 各位代表！产业是云南的发展之基…), task （三） in full (教育, 科技创新, 人才), task （四） "
    "in full (城镇化, 守底线促振兴, 城乡人居环境) and the heading and first two paragraphs of task "
    "（五） (南向大通道, 产业转移承载区). Lines 7-18, 21-38, 82-109 and 111-138 are annotated in "
    "wr_yunnan_2025 / _b / _c / _e / _d (no overlap). Title, source line and dateline are "
    "outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-18, the delivery date in the report's header (source line 3: ——2025年1月18日在云南"
    "省第十四届人民代表大会第三次会议上); the shared meta agrees. Place: 云南省 (云南, 全省, 我省 → "
    "alts); the province owns every figure. Periods: no line of the excerpt states a period; "
    "the tasks take the frame of the heading 三、2025年重点任务: period text 2025年, "
    "2025-01-01..2025-12-31, null as alt (as wr_yunnan_2025_c); the period text lies outside "
    "the excerpt (a deliberate exception for shared/gold/check_gold.py, as wr_shanghai_2025_c). "
    "Things to be created (数智工厂 5个, 小灯塔 15户, 9个 counties, 客货邮示范县 16个) carry the "
    "end instant as a further alt; 转移就业规模保持在320万人以上 → the year with null and the "
    "end instant as alts; stocks to be reached (科技型中小企业超1.5万户; the road-access shares "
    "70% / 78%) → the instant 2025-12-31, the year and null as alts. Modality: target "
    "throughout (力争, 打造, 建成, 保持在, 增长, 提高, 达, 降至). Bounds: 超 → gt; 以上 → ge; 左右 → "
    "approx; 达/均提高 → eq. Units: 600万 without a measure word → classifier 人 (as 389.75万 in "
    "wr_yunnan_2025); 万户 → count 户; 公里 → m; 个百分点 → pp. Judgement calls: 9个人口20万以上的县 "
    "→ a count of counties (schools as alts), 20万 a threshold (negative); 均提高3个百分点 over "
    "three rates → one change fact, each rate as an alt; 社会物流总费用与地区生产总值的比率 → share; "
    "科技型中小企业 1.5万户 read as a stock (year-end), the yearly register in the alts; "
    "“7个专项行动” a programme name (negative, as wr_yunnan_2025_d); 千亿级 (园区), 30户 (以上自然村) "
    "thresholds; 三级 (公路) a grade label. Negatives: 百日, 一批 ×3, 五篇大文章, 万溪冲 (place "
    "name), 5G, 千亿级, 一定, （三）（四）（五）, 四通行动, 双减, 三级三类, 双一流, 20万, 四个, 五年, 一轮 ×2, "
    "三年, 三个一律, 万企兴万村, 第三轮, 7个专项行动, 四好, 三级, 30户, 一带一路, 1+1+N, 16+16, "
    "一对一园一策, 一企两国两厂. Lexicalized, not listed: 一体 (一体推进, 一体化 ×2, 一体发展), "
    "一流 (世界一流), 统一 (全国统一).")

g.write(date=REF, source=f"shared/texts/work_report/wr_yunnan_2025.txt lines {FIRST}–{LAST} "
        "(来源：北京日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
