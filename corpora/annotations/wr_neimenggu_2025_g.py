"""Gold annotations for wr_neimenggu_2025_g (2025年内蒙古自治区政府工作报告, the end of the 2025
tasks and the closing), lines 58-67 of shared/texts/work_report/wr_neimenggu_2025.txt.

The excerpt corpora/wr_neimenggu_2025_g.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The brief gives lines 58-68; the source has 67 lines
(its last line ends with a newline, so a split on newlines yields a 68th, empty element):
lines 58-67 are the whole run from line 58 to the end of the text, which is what 58-68 names
(write_excerpt cannot slice the empty 68th element: it would add a second newline that the
source does not have).  The excerpt holds the last two paragraphs of task （十） 办好民生实事
(education; health: the 4 national regional medical centres), task （十一） 统筹发展和安全 in
full (heading; 安全生产, 重点领域风险: government debt, finance, property; 社会稳定; 兴边富民)
and the closing of the report (the government's own conduct, ethnic unity, the final appeal).
Lines 2-8, 10-16, 18-28, 30-36, 37-44 and 46-56 are annotated in wr_neimenggu_2025_c,
wr_neimenggu_2025, wr_neimenggu_2025_d, wr_neimenggu_2025_b, wr_neimenggu_2025_f and
wr_neimenggu_2025_e (no overlap).  The run is nearly free of figures: one count (4个国家区域
医疗中心); every other numeral is a label, slogan, quantifier, marker or lexicalized word
(negatives).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_neimenggu_2025_g.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_neimenggu_2025_g"
PLACE = "内蒙古自治区"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_neimenggu_2025.txt"
FIRST, LAST = 58, 67                    # 1-based, inclusive, whole lines (58 to the end; see above)
TITLE = "2025年内蒙古自治区政府工作报告"
NM_ALTS = ["内蒙古", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="教育是最基本的民生需求",
                 ends="奋力书写中国式现代化内蒙古新篇章！")
text = g.text
fact = g.with_subject(PLACE, NM_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SLOGAN_NOTE = "political slogan {}, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
ADV_NOTE = "adverb {} ('{}'), not a quantity"
APPOS_NOTE = ("appositive {} 'the … just named' (listed right before it, no 等), not a quantity "
              "claim (as wr_beijing_2025_b 五类, wr_jilin_2025_b) — judgement call")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# Lines 1-7 of the excerpt (source 58-64) lie in part 二、2025年工作安排 (heading on source
# line 14, outside the excerpt): the plan for 2025; lines 8-10 (source 65-67) close the
# report (the government's own conduct, ethnic unity, the final appeal; no figure).  The one
# fact (line 2, source 59: 4个国家区域医疗中心) has no period in its line: it takes the frame
# of the heading 二、2025年工作安排 (2025-01-01..2025-12-31, null as alt); the heading lies
# outside the excerpt, so the period text is the excerpt's own name of that year, 今年 (line 5:
# 完成今年目标), as wr_neimenggu_2025_d / wr_neimenggu_2025_e.
T25 = P("今年", "2025-01-01", "2025-12-31")
PLAN = dict(period=T25, period_alts=[null("今年")], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年工作安排 (source line 14, 2025; period text 今年, the excerpt's name of "
             "that year), null as alt")

# ---- line 1 (source 58): education -----------------------------------------------------------
g.neg("分类建设一批自治区", "一批", VAGUE_NOTE)
g.neg("关心下一代工作", "一代", "下一代 'the next generation', not a count (as "
      "nw_cctv_20250921_anhui_fujian_2025)")

# ---- line 2 (source 59): health --------------------------------------------------------------
CENTRE = ["国家区域医疗中心数量", "建设好运营好国家区域医疗中心", "区域医疗中心",
          "国家区域医疗中心建设", "建设运营国家区域医疗中心"]
fact("内蒙古医院4个国家区域医疗中心", "4个", value=4, unit="count", kind="count",
     classifier="个", metric="国家区域医疗中心", metric_alts=CENTRE, **PLAN,
     note="judgement call: 建设好运营好北大肿瘤医院、北京友谊医院、北京宣武医院、北京中医医院内蒙古医院"
          "4个国家区域医疗中心 — the number of national regional medical centres the region is "
          "to build and run, a count (as 建成投运4个国家区域医疗中心 in wr_gansu_2025_c and the "
          "counts after their list in wr_henan_2025_c / wr_gansu_2025_c); the appositive "
          "reading (a negative, as wr_jilin_2025_b 3个省实验室) is the alternative; centres "
          "still being built and run up → target (README §6); " + PLAN_NOTE)
g.neg("打造一批特色重点专科", "一批", VAGUE_NOTE)
g.neg("守好老百姓的看病钱", "老百姓", "lexicalized 老百姓 'ordinary people'; 百 is not a "
      "quantity (as wr_fujian_2025_d)")

# ---- line 3 (source 60): heading （十一） ----------------------------------------------------
g.neg("（十一）更好统筹", "（十一）", MARKER_NOTE)

# ---- line 4 (source 61): 安全生产 -------------------------------------------------------------
g.neg("提能力四个关键", "四个", APPOS_NOTE.format("四个 (关键: 重预防、强基础、严监管、提能力)"))
g.neg("动态清零重大事故隐患", "清零", "清零 'clear to zero' (eliminate) in the policy phrase "
      "动态清零, not a quantity (as wr_ningxia_2025_b)")

# ---- line 5 (source 62): 重点领域风险 ---------------------------------------------------------
g.neg("优化“四个一批”", "四个一批", LABEL_NOTE + " (“四个一批”, the four batches of debt-"
      "resolution measures), not a count")
g.neg("压实基层“三保”", "三保", LABEL_NOTE + " (基层“三保”: 保基本民生、保工资、保运转; as "
      "wr_gansu_2025_c)")

# ---- line 6 (source 63): 社会稳定 -------------------------------------------------------------
g.neg("健全五级贯通", "五级", "administrative-tier label 五级 (the five levels of the petition "
      "system, 自治区—盟市—旗县—苏木乡镇—嘎查村), not a quantity claim (as wr_guizhou_2025_c 五级)")
g.neg("“两代表一委员”", "两代表一委员", LABEL_NOTE + " (“两代表一委员”: Party-congress and "
      "people's-congress deputies and CPPCC members), not a count")
g.neg("”12345热线", "12345", "hotline number 12345 (SPEC §1: phone numbers; as wr_beijing_2025)")
g.neg("疑难工单督办", "工单", "lexicalized 工单 'work order' (单 as in 清单), not a quantity")

# ---- line 7 (source 64): 兴边富民 -------------------------------------------------------------
g.neg("边疆民族地区一直是", "一直", ADV_NOTE.format("一直", "all along"))

# ---- line 8 (source 65): the government's own conduct -----------------------------------------
g.neg("首要的一条就是", "一条", "pronoun-like 一条 'one (point)' (首要的一条就是 'the first and "
      "foremost is'), not a count (as 一条 articles in other golds)")
g.neg("坚定拥护“两个确立”", "两个确立", SLOGAN_NOTE.format("“两个确立” (as wr_chongqing_2025_d)"))
g.neg("坚决做到“两个维护”", "两个维护", SLOGAN_NOTE.format("“两个维护”"))
g.neg("要一心一意谋发展", "一心一意", "idiom 一心一意 'wholeheartedly', not a quantity")
g.neg("深入基层一线", "一线", "lexicalized 一线 'front line' (基层一线), not a quantity")
g.neg("做好每一项工作", "一项", "每一项 'every single (task)', a quantifier, not a quantity (as "
      "每一名 in wr_neimenggu_2025_e)")
g.neg("是每一名政府", "一名", "每一名 'every single (official)', a quantifier, not a quantity (as "
      "wr_neimenggu_2025_e)")

# ---- line 9 (source 66): ethnic unity ---------------------------------------------------------
g.neg("“七个作模范”", "七个作模范", LABEL_NOTE + " (“七个作模范”, the seven 'be a model' "
      "requirements), not a count")
g.neg("“六句话的事实和道理”", "六句话", LABEL_NOTE + " (“六句话的事实和道理”, the name of a "
      "set of six statements on national unity), not a count")
g.neg("紧紧抱在一起", "一起", ADV_NOTE.format("一起", "together"))
g.neg("就一定能让", "一定", ADV_NOTE.format("一定", "certainly"))

# ---- line 10 (source 67): closing ------------------------------------------------------------
g.neg("三北精神是拼出来的", "三北", LABEL_NOTE + " (三北精神, named after the “三北” "
      "Three-North Shelterbelt programme, as wr_neimenggu_2025_e)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_neimenggu_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the brief gave lines "
    "58-68, but the source has 67 lines (a split on its final newline gives an empty 68th "
    "element), so 58-67 is the whole run from line 58 to the end of the text. Part of the "
    "document: the end of part 二、2025年工作安排 (the plan for 2025; heading on source line 14, "
    "outside the excerpt) — the last two paragraphs of task （十） 办好民生实事 (education; "
    "health: 4个国家区域医疗中心), task （十一） 统筹发展和安全 in full (安全生产; 重点领域风险: "
    "debt, finance, property; 社会稳定; 兴边富民) — and the closing of the report (the "
    "government's own conduct, ethnic unity, the final appeal; no figure). Lines 2-8, 10-16, "
    "18-28, 30-36, 37-44 and 46-56 are annotated in wr_neimenggu_2025_c, wr_neimenggu_2025, "
    "wr_neimenggu_2025_d, wr_neimenggu_2025_b, wr_neimenggu_2025_f and wr_neimenggu_2025_e (no "
    "overlap). Title and dateline are outside the excerpt (title_in_text=False; title as the "
    "source's first line). Date: 2025-01-14, the delivery date in the report's header (source "
    "line 2: ——2025年1月14日自治区人民政府主席王莉霞在内蒙古自治区第十四届人民代表大会第三次会议上"
    "的讲话), as wr_neimenggu_2025 (the shared meta leaves the date as 2025). Place: 内蒙古自治区 "
    "(内蒙古, 全区, 我区, 自治区 → alts). Periods: the one fact states no period in its line → "
    "the frame of the heading 二、2025年工作安排 (2025-01-01..2025-12-31; period text 今年, the "
    "excerpt's name of the year, line 5; null as alt). Modality: target (a task of the plan). "
    "Judgement calls: 北大肿瘤医院…内蒙古医院4个国家区域医疗中心 → a count of the centres (the "
    "appositive negative is the alternative); 四个关键 → appositive negative (the four key "
    "points just named); 四个一批, 三保, 两代表一委员, 七个作模范, 六句话, 三北 → labels; 五级 → "
    "tier label; 12345 → hotline number; 两个确立 / 两个维护 → slogans; 一条 (首要的一条), 一项 / "
    "一名 (每一…), 一直, 一起, 一定, 一心一意, 一线, 清零, 工单, 老百姓, 一代 (下一代) → "
    "quantifiers, adverbs, idioms, lexicalized words. "
    f"Counts: {len(facts)} fact, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 首要, 统一, 一样 ×3.")

g.write(date=REF, source=f"shared/texts/work_report/wr_neimenggu_2025.txt lines {FIRST}–{LAST} "
        "(no 来源 line; report delivered 2025-01-14; the brief's 58–68 runs to the end of the "
        "67-line text)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
