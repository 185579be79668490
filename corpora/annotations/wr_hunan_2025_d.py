"""Gold annotations for wr_hunan_2025_d (held-out: corpora/heldout/), 2025年湖南省政府工作报告,
the 2025 part, lines 49-63 of shared/texts/work_report/wr_hunan_2025.txt.

The excerpt corpora/heldout/wr_hunan_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The line range was given by the brief (it imitates an
unseen test cut and starts mid-task): the first paragraph of 2025 task （三）全力推进高水平科技
自立自强 that is in the excerpt is 强化创新平台支撑 (the task's heading and opening line, source
lines 47-48, are outside), then 深化核心技术攻关, 优化创新人才体系 and the closing line of （三）;
task （四）进一步全面深化改革开放 in full (heading, opening, 着力推进重大改革, 扩大高水平对外开放,
持续优化发展环境, closing line); and task （五）深入推进区域协调发展 up to 促进城乡融合发展
(heading, opening, 对接融入国家战略, 增强区域发展活力, 促进城乡融合发展), 2,466 characters.
Lines 15-22 (wr_hunan_2025), 34-45 (wr_hunan_2025_c) and 75-89 (wr_hunan_2025_b) are
annotated elsewhere (no overlap).  This part of the plan is prose with few numbers (5 facts)
and many labels and slogans (negatives).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_hunan_2025_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_hunan_2025_d"
PLACE = "湖南省"
REF = "2025-01-14"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_hunan_2025.txt"
FIRST, LAST = 49, 63                    # 1-based, inclusive, whole lines
TITLE = "2025年湖南省政府工作报告"
SUBJ_ALTS = ["湖南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="强化创新平台支撑。",
                 ends="促进农业转移人口在城镇稳定就业。")
text = g.text
fact = g.with_subject(PLACE, SUBJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SET_NOTE = ("N大 + category, a set label (README §2 八大; wr_hunan_2025 十大产业项目), "
            "not a count")
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 二、关于2025年工作 (heading on source line 31, outside the
# excerpt): the plan for 2025.  No line of the excerpt states a period of its own (no 今年,
# 全年, 年度, 年内 or date), so every number takes that section frame (SPEC §4),
# 2025-01-01..2025-12-31, with the heading's period text 2025年 and null in period_alts (as
# wr_hunan_2025_b).  That surface is outside the excerpt, so the shared check_gold.py may
# flag the period text as not in the article: a known, deliberate exception (period text is
# not scored; start/end are).  Levels to be reached (达到 N 家, 总量突破 N 家: the size of a
# set at the end of the plan year) → the instant 2025-12-31 (stock rule; as wr_hunan_2025_b
# 提高到), the year and null as alts.  Modality target throughout (力争, 突破, 提高 in the
# plan), except 第一批12项重大改革事项, the size of an existing set of reforms decided in 2024
# (wr_hunan_2025: 第一批12项重点改革稳步推进) → actual, as 13条重点产业链 in wr_hunan_2025_c.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("plan for 2025 → target; the line states no period: section frame of the heading "
             "二、关于2025年工作 (source line 31, 2025), null as alt")
END_NOTE = ("a level to be reached (the size of a set at the end of the plan year) → the "
            "instant 2025-12-31 (stock rule), the year and null as alts; " + PLAN_NOTE)


# ---- line 1 (source 49): 强化创新平台支撑 ---------------------------------------------------
# 一流 (一流国家战略科技力量) is lexicalized, not listed.
g.neg("力争“五类”研发企业", "五类", LABEL_NOTE + " (“五类”研发企业（中心）: the five kinds of "
      "R&D firms and centres of Changsha's global R&D centre city policy), the name of the "
      "counted set, not a count of its own (as 八大 / 十大, README §2)")
fact("研发企业（中心）达到200家", "200家", value=200, unit="count", kind="count",
     classifier="家", bound="ge", metric="“五类”研发企业（中心）",
     metric_alts=["五类研发企业（中心）", "“五类”研发企业(中心)", "五类研发企业(中心)",
                  "“五类”研发企业", "五类研发企业", "研发企业（中心）", "研发企业",
                  "“五类”研发企业（中心）数量", "研发中心"],
     subject="长沙市",
     subject_alts=["长沙", "长沙全球研发中心城市", "全球研发中心城市", "湘江科学城", PLACE]
     + SUBJ_ALTS, **PLAN_END,
     note="力争 → target; 达到…以上 → ge (以上 outside the span); judgement call: the sentence "
          "is about Changsha's global R&D centre city (支持长沙建设全球研发中心城市，高水平建设"
          "湘江科学城，力争…), so Changsha owns the count (the province and 湘江科学城 as alts); "
          "达到 gives the size of the set at the end of 2025 (a new-in-2025 reading is the "
          "alternative): " + END_NOTE)
g.neg("提升“4+4科创工程”", "4+4", LABEL_NOTE + " (“4+4科创工程”: four laboratories + four "
      "major scientific facilities, a programme name, as in wr_hunan_2025), not a count")
fact("突破关键技术125项", "125项", value=125, unit="count", kind="count", classifier="项",
     bound="ge", metric="关键技术",
     metric_alts=["突破关键技术", "关键技术突破", "关键技术数量", "关键核心技术",
                  "“4+4科创工程”突破关键技术", "4+4科创工程突破关键技术"],
     subject_alts=SUBJ_ALTS + ["“4+4科创工程”", "4+4科创工程"], **PLAN,
     note="力争 → target; 以上 → ge (outside the span); technologies to be broken through in "
          "2025 (a flow) by the platforms of the “4+4科创工程” (the province keeps the subject, "
          "the programme as alt); " + PLAN_NOTE)

# ---- line 2 (source 50): 深化核心技术攻关 ---------------------------------------------------
g.neg("三一集团氢能重卡", "三一", "company name 三一集团 (SANY Group), not a quantity")
g.neg("测量等十大技术攻关项目", "十大", SET_NOTE + " (十大技术攻关项目, the ten projects "
      "listed before it; as wr_hunan_2025)")
HT = ["高新技术企业", "高新技术企业数量", "高新技术企业总数", "高新技术企业总量突破"]
fact("高新技术企业总量突破1.8万家", "1.8万家", value=18000, unit="count", kind="count",
     classifier="家", bound="gt", metric="高新技术企业总量", metric_alts=HT, **PLAN_END,
     note="突破 → gt (outside the span); 总量 = the stock of certified firms → " + END_NOTE)
g.neg("布局建设一批中试基地", "一批", VAGUE_NOTE)
g.neg("推进“双高对接”", "双高", LABEL_NOTE + " (“双高对接”: high-tech universities / "
      "high-tech zones matching), not a count")
g.neg("校企合作“双进双转”", "双进双转", LABEL_NOTE + " (“双进双转”: a university-firm "
      "cooperation slogan), not a count")

# ---- line 3 (source 51): 优化创新人才体系 ---------------------------------------------------
# 一体推进 is lexicalized, not listed.
g.neg("布局一批离岸创新创业基地", "一批", VAGUE_NOTE)
g.neg("落实“两个70%”激励政策", "两个70%", LABEL_NOTE + " (“两个70%”激励政策, the incentive "
      "policy named after its two 70% thresholds for research staff) — judgement call: the "
      "name of a policy being implemented, not a share claim about the province; a share of "
      "70 % (ge) is the alternative reading")

# ---- line 4 (source 52): closing line of （三） (no numerals) --------------------------------

# ---- line 5 (source 53): heading （四） -----------------------------------------------------
g.neg("（四）进一步全面深化", "（四）", MARKER_NOTE)
# 进一步 is lexicalized, not listed (here and in line 6).

# ---- line 6 (source 54) (no numerals except 进一步) -----------------------------------------

# ---- line 7 (source 55): 着力推进重大改革 ---------------------------------------------------
g.neg("加快推进第一批12项", "第一批", "batch label (第一批, cf. 首批), not a rank or count (as "
      "wr_hunan_2025)")
fact("第一批12项重大改革事项", "12项", value=12, unit="count", kind="count", classifier="项",
     metric="重大改革事项",
     metric_alts=["第一批重大改革事项", "重大改革", "重大改革事项数量", "第一批重大改革",
                  "重点改革", "改革事项"],
     period=S25, period_alts=[S25_NULL, P("2025年", REF, REF)],
     note="judgement call: the size of the existing first batch of key reforms (the 12 under "
          "way in the 2024 review, wr_hunan_2025 第一批12项重点改革), which the plan pushes to "
          "completion, not a goal → actual (as 13条重点产业链 in wr_hunan_2025_c); section frame "
          "2025 with null and the reference date as alts; target is the alternative")
g.neg("全面深化零基预算改革", "零基", "零基预算 'zero-based budgeting', a name, not a quantity "
      "(as wr_hunan_2025)")
# 统一 (全国统一大市场) is lexicalized, not listed.

# ---- line 8 (source 56): 扩大高水平对外开放 -------------------------------------------------
# 一体化 (内外贸一体化试点) is lexicalized, not listed.
g.neg("招引一批标志性外资项目", "一批", VAGUE_NOTE)
g.neg("推动“五大通道”", "五大", SET_NOTE + " (“五大通道”, the province's five outbound "
      "corridors)")
g.neg("联动三湘、畅达四海", "三湘", "poetic name of Hunan 三湘 (as 三湘四水 in wr_hunan_2025_b), "
      "not a quantity")
g.neg("联动三湘、畅达四海", "四海", "idiom 四海 'the four seas' (the whole world), not a "
      "quantity")
g.neg("办好第四届中非经贸博览会", "第四届", "edition label of an event (第四届中非经贸博览会), "
      "not a count")
g.neg("共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")

# ---- line 9 (source 57): 持续优化发展环境 ---------------------------------------------------
g.neg("聚焦打造“三化”一流", "三化", LABEL_NOTE + " (“三化”: 市场化、法治化、国际化 business "
      "environment), not a count; 一流 after it is lexicalized")
g.neg("民营经济“六个一”工作", "六个一", LABEL_NOTE + " (“六个一”工作 for the private economy, "
      "named by its six items), not a count")
g.neg("推进“高效办成一件事”", "一件事", "campaign name “高效办成一件事” ('get one thing done "
      "efficiently'), not a count")
# 一致 (一致性评估) and 清单 (负面清单) are lexicalized, not listed.

# ---- line 10 (source 58): closing line of （四） ---------------------------------------------
g.neg("让关键一招真正成为", "一招", "idiom 关键一招 'a key move', not a count")

# ---- line 11 (source 59): heading （五） ----------------------------------------------------
g.neg("（五）深入推进", "（五）", MARKER_NOTE)

# ---- line 12 (source 60) --------------------------------------------------------------------
g.neg("发挥“一带一部”区位优势", "一带一部", LABEL_NOTE + " (一带一部: Hunan's position between "
      "the coastal belt and the centre, as wr_hunan_2025)")

# ---- line 13 (source 61): 对接融入国家战略 --------------------------------------------------
g.neg("加快建设“三基地一枢纽”", "三基地一枢纽", LABEL_NOTE + " (“三基地一枢纽”: Hunan's role "
      "named by its three bases and one hub), not a count")
g.neg("深度融入粤港澳大湾区建设和长三角", "长三角", "place name 长三角 (the Yangtze River Delta); "
      "三 is not a quantity (as nw_cctv_20210526_yrd_2021); 一体化 after it is lexicalized")
g.neg("探索建立湘鄂渝黔四省边区", "四省", "四省 in the name of the border region 湘鄂渝黔四省"
      "边区 (the four provinces named before it), not a count claim — judgement call")

# ---- line 14 (source 62): 增强区域发展活力 --------------------------------------------------
g.neg("强化“一核”牵引", "一核", LABEL_NOTE + " (“一核”: the 长株潭 core of the 一核两副四区 "
      "regional plan), not a count")
g.neg("以“一座城”理念", "一座城", "slogan “一座城” (长株潭 planned as one city), not a count")
g.neg("增强“两副”能级", "两副", LABEL_NOTE + " (“两副”: the two provincial sub-centres 岳阳 "
      "and 衡阳)")
g.neg("提升“四区”优势", "四区", LABEL_NOTE + " (“四区”: the four regional blocks), not a count")
g.neg("洞庭湖治理“五大工程”", "五大", SET_NOTE + " (五大工程, as wr_hunan_2025)")
# 一体化 (长株潭一体化) is lexicalized, not listed.

# ---- line 15 (source 63): 促进城乡融合发展 --------------------------------------------------
g.neg("新型城镇化战略五年行动计划", "五年", "part of a plan's name (新型城镇化战略五年行动计划, "
      "'five-year action plan'), not a duration fact (as 三年行动计划 in other golds)")
fact("城镇化率提高0.9个百分点", "0.9个百分点", value=0.9, unit="pp", kind="change",
     metric="城镇化率",
     metric_alts=["常住人口城镇化率", "全省城镇化率", "城镇化率提高", "城镇化率增幅"],
     comparison="yoy", **PLAN,
     note="力争 → target; 提高 N 个百分点: change of a rate over 2025 against 2024 (SPEC §2 "
          "change, unit pp; comparison yoy as README §6); 全省 → 湖南省; " + PLAN_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_hunan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range was "
    "given by the brief (it imitates an unseen test cut, starting mid-task without a "
    "heading): in part 二、关于2025年工作 (the plan for 2025), the last paragraphs of task "
    "（三）全力推进高水平科技自立自强 (强化创新平台支撑, 深化核心技术攻关, 优化创新人才体系, "
    "closing line; the task's heading and opening, source lines 47-48, are outside), task "
    "（四）进一步全面深化改革开放 in full, and task （五）深入推进区域协调发展 up to 促进城乡融合"
    "发展. Lines 15-22, 34-45 and 75-89 are annotated in wr_hunan_2025, wr_hunan_2025_c and "
    "wr_hunan_2025_b (no overlap). Held out: written to corpora/heldout/. Title, source line "
    "and dateline are outside the excerpt (title_in_text=False; title as the source's first "
    "line). Date: 2025-01-14, the delivery date in the source's header (line 4: 2025年1月14日"
    "在湖南省第十四届人民代表大会第三次会议上…), as wr_hunan_2025 and the shared meta. Place: "
    "湖南省 (湖南, 全省, 我省 → alts). Periods: the excerpt states no period of its own; "
    "every number takes the frame of part 二、关于2025年工作 (source line 31, outside the "
    "excerpt): period text 2025年, 2025-01-01..2025-12-31, null as alt (the shared "
    "check_gold.py may report that period text as not in the article: deliberate, as in "
    "wr_hunan_2025_b); levels to be reached (“五类”研发企业（中心）达到200家以上, 高新技术企业"
    "总量突破1.8万家) → the instant 2025-12-31 (stock rule), the year and null as alts. "
    "Modality: target throughout, except 第一批12项重大改革事项 (existing set → actual, the "
    "reference date as period alt, as 13条重点产业链 in wr_hunan_2025_c). Bounds: 以上 → ge "
    "(200家, 125项); 突破 → gt (1.8万家). Units: 个百分点 → pp. Judgement calls: 200家 owned "
    "by 长沙市 (the sentence's global R&D centre city; the province and 湘江科学城 as alts) "
    "and read as a level at end-2025; 125项 owned by the province (“4+4科创工程” as alt); "
    "“两个70%”激励政策 → a policy name (negative; a 70 % share is the alternative); 第一批12项 "
    "→ actual; 四省 (湘鄂渝黔四省边区) → part of a name; 五年 (五年行动计划) → part of a plan's "
    "name. Negatives: 五类, 4+4, 三一, 十大, 一批 ×3, 双高, 双进双转, 两个70%, （四）, 第一批, "
    "零基, 五大 ×2, 三湘, 四海, 第四届, 一带一路, 三化, 六个一, 一件事, 一招, （五）, 一带一部, "
    "三基地一枢纽, 长三角, 四省, 一核, 一座城, 两副, 四区, 五年. Lexicalized, not listed: "
    "一流 ×2, 一体推进, 进一步 ×2, 统一, 一体化 ×3, 一致, 清单.")

g.write(date=REF, source=f"shared/texts/work_report/wr_hunan_2025.txt lines {FIRST}–{LAST} "
        "(2025年湖南省政府工作报告, 来源：湖南日报)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
