"""Gold annotations for wr_jiangxi_2025_c (2025年江西省政府工作报告, third excerpt: the end of the
2025 plan, the closing words and glossary items 1-16), lines 64-85 of
shared/texts/work_report/wr_jiangxi_2025.txt.

The excerpt corpora/wr_jiangxi_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the last paragraph
of the 2025 plan (恪守勤政廉洁, task （十） 政府自身建设 of 二、2025年工作安排), the report's
closing words (各位代表！过去一年… / 新的一年…, 各位代表！实干托举梦想…), the annex heading
附件 with its title 《政府工作报告》有关内容名词注释 and glossary items 1-16 (“两重”、“两新” …
应急管理高质量发展“2653”行动).  Lines 6-11 and 12-16 are annotated in wr_jiangxi_2025 /
wr_jiangxi_2025_b (no overlap).  The run is sparse in facts: most numerals are list markers,
programme names and their quoted parts; its facts are the goals of “2030先锋工程”, the make-up
of the “1+M+N” system and the count of the 2025 民生实事.  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_jiangxi_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_jiangxi_2025_c"
PLACE = "江西省"
REF = "2025-01-17"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_jiangxi_2025.txt"
FIRST, LAST = 64, 85                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年江西省政府工作报告"
JX_ALTS = ["江西", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="恪守勤政廉洁。", ends="加强考核督查“三条措施”。")
text = g.text
fact = g.with_subject(PLACE, JX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (glossary item number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SLOGAN_NOTE = "slogan / set label {}, not a count claim"
SET_NOTE = "set label {} (the members are named in the item; README §2 八大), not a count"
PART_NOTE = ("label component {} (the part of the name {} being explained), not a quantity "
             "(as wr_sichuan_2025_d “1”是指 / “3”是指)")
HEAD_NOTE = ("headword of the glossary item (the term being defined, a name); its quantities, "
             "if any, are annotated in the definition that follows")

# ---- periods (reference date 2025-01-17) ---------------------------------------------------
# Line 1 (source 64) closes task （十） of 二、2025年工作安排 (heading on source line 19, outside
# the excerpt): it holds no number fact (labels only).  Lines 2-4 (source 65-67) are the
# closing words: 过去一年 (= 2024) and 新的一年 (= 2025) are period expressions with no fact
# after them.  Lines 5-22 (source 68-85) are the annex 附件 / 《政府工作报告》有关内容名词注释, a
# glossary: it is neither the 2024 review nor the 2025 plan and has no period frame of its
# own (as wr_sichuan_2025_d / wr_yunnan_2025_d), so:
#   - item 4 (“2030先锋工程”) opens its definition with 到2030年: the programme's horizon
#     governs the goals after it in the line → the year 2030 (as 预计到2020年 in
#     nw_cctv_20160918_heilongjiang_2016), alts its end instant, the whole run 2025-2030 from
#     the report year and null; modality target (布局 / 实施 / 力争: goals of the programme);
#   - item 9 (“1+M+N”) states no period: null, the plan year 2025 as alt (as the designs of
#     programmes the plan carries out in wr_yunnan_2025_d, GLOSS_PLAN); target (the 2025 plan
#     says 推进“1+M+N”科技成果转移转化服务体系建设, source line 28);
#   - item 14 opens with 2025年 (2025年10件民生实事): the year governs its count → 2025, null
#     as alt; target (projects for 2025, as wr_guangdong_2025_c 2025年省十件民生实事).
Y2030 = P("到2030年", "2030-01-01", "2030-12-31")
Y2030_ALTS = [P("到2030年", "2030-12-31", "2030-12-31"), P("到2030年", "2025-01-01", "2030-12-31"),
              P("到2030年", None, None)]
GOAL2030 = dict(period=Y2030, period_alts=Y2030_ALTS, modality="target")
S25 = P("2025年", "2025-01-01", "2025-12-31")
GLOSS_PLAN = dict(period=None, period_alts=[S25], modality="target")
Y25 = dict(period=S25, period_alts=[P("2025年", None, None)], modality="target")

# ==== line 1 (source 64): 恪守勤政廉洁 (end of the 2025 plan; no number fact) ===================
g.neg("落实“四下基层”制度", "四下基层", LABEL_NOTE + " (“四下基层” system: cadres going down "
      "to the grassroots in four ways)")
g.neg("严控“三公”经费", "三公", LABEL_NOTE + " (“三公”经费, spending on official travel abroad, "
      "vehicles and receptions; as wr_china_2012_b)")
g.neg("落实中央八项规定", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count "
      "(as wr_china_2019 / wr_hainan_2025)")

# ==== lines 2-4 (source 65-67): closing words (no number fact) ================================
g.neg("各位代表！过去一年，工青妇", "过去一年", PERIOD_NOTE + " (the review year 2024; no "
      "number follows in the line)")
g.neg("工青妇、红十字会", "十字", "十字 of 红十字会 (the Red Cross, an organisation's name), not "
      "a quantity")
g.neg("关心下一代", "一代", "一代 of 下一代 'the next generation' (关心下一代工作), not a "
      "quantity (as nw_cctv_20250921_anhui_fujian_2025)")
g.neg("新的一年，我们要支持", "新的一年", PERIOD_NOTE + " (the plan year 2025; no number "
      "follows)")
g.neg("过去一年，人民解放军", "过去一年", PERIOD_NOTE + " (the review year 2024; no number "
      "follows)")
g.neg("新的一年，我们要大力", "新的一年", PERIOD_NOTE + " (the plan year 2025; no number "
      "follows)")
g.neg("扎实开展双拥共建", "双拥", SLOGAN_NOTE.format("双拥 (拥军优属、拥政爱民, 'the two "
      "supports')"))

# ==== lines 5-6 (source 68-69): 附件 / 《政府工作报告》有关内容名词注释 — no numeral ============

# ==== item 1: “两重”、“两新” ===================================================================
g.neg("1.“两重”", "1.", MARKER_NOTE)
g.neg("1.“两重”", "两重", LABEL_NOTE + " (“两重”, defined in the item); " + HEAD_NOTE)
g.neg("、“两新”：", "两新", LABEL_NOTE + " (“两新”, defined in the item); " + HEAD_NOTE)

# ==== item 2: 未来产业六大领域 =================================================================
g.neg("2.未来产业", "2.", MARKER_NOTE)
g.neg("未来产业六大领域", "六大", SET_NOTE.format("六大(领域)") + "; " + HEAD_NOTE)

# ==== item 3: “一图四清单” ======================================================================
g.neg("3.“一图四清单”", "3.", MARKER_NOTE)
g.neg("3.“一图四清单”", "一图四清单", LABEL_NOTE + " (“一图四清单”: one scenario map and four "
      "lists, spelled out after it); " + HEAD_NOTE)
g.neg("人才技能四类清单", "四类", "appositive 四类 'the four kinds (of lists) just named' (数据"
      "要素、知识模型、工具软件、人才技能), restating the label's 四清单, not a count claim (as "
      "wr_yunnan_2025_d APPOS) — judgement call")

# ==== item 4: “2030先锋工程” ====================================================================
PIONEER = JX_ALTS + ["“2030先锋工程”", "2030先锋工程", "省级重大专项“2030先锋工程”"]
GOAL_NOTE = ("goal of the provincial programme “2030先锋工程” (a plan: 布局 / 实施 / 力争) → "
             "target; 到2030年 at the head of the definition governs (the year 2030; alts its end "
             "instant, 2025-2030 and null); the province keeps the subject, the programme as alt")
g.neg("4.“2030先锋工程”", "4.", MARKER_NOTE)
g.neg("4.“2030先锋工程”", "2030", LABEL_NOTE + " (year inside the programme name “2030先锋"
      "工程”); " + HEAD_NOTE)
g.neg("：到2030年，布局", "2030年", PERIOD_NOTE + " (到2030年, the programme's horizon)")
fact("布局20个左右重大专项", "20个", value=20, unit="count", kind="count", classifier="个",
     bound="approx", metric="重大专项",
     metric_alts=["布局重大专项", "省级重大专项", "重大专项数量", "“2030先锋工程”重大专项",
                  "2030先锋工程重大专项"],
     subject_alts=PIONEER, **GOAL2030, note="左右 → approx (outside the span); " + GOAL_NOTE)
fact("实施100个左右重大项目", "100个", value=100, unit="count", kind="count", classifier="个",
     bound="approx", metric="重大项目",
     metric_alts=["实施重大项目", "重大项目数量", "“2030先锋工程”重大项目", "2030先锋工程重大项目"],
     subject_alts=PIONEER, **GOAL2030, note="左右 → approx (outside the span); " + GOAL_NOTE)
fact("力争在20个重点产业赛道", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="重点产业赛道",
     metric_alts=["形成标志性成果的重点产业赛道", "重点产业赛道数量", "产业赛道",
                  "“2030先锋工程”重点产业赛道", "2030先锋工程重点产业赛道"],
     subject_alts=PIONEER, **GOAL2030,
     note="力争 → target; the tracks in which leading results are to be formed (eq: no bound "
          "word); " + GOAL_NOTE)
g.neg("形成一批处于", "一批", "vague quantifier 一批 'a batch of' (README §2)")

# ==== item 5: 绿色建筑与ESG可持续发展双挂钩贷款 ================================================
g.neg("5.绿色建筑", "5.", MARKER_NOTE)
g.neg("可持续发展双挂钩贷款", "双挂钩", LABEL_NOTE + " (双挂钩 'double-linked' in the name of "
      "the loan product), not a quantity; " + HEAD_NOTE)

# ==== item 6: 固本强基提升本质安全水平“1+7”政策 ================================================
g.neg("6.固本强基", "6.", MARKER_NOTE)
g.neg("安全水平“1+7”政策", "1+7", LABEL_NOTE + " (“1+7”, the name of the policy package: one "
      "opinion plus seven documents, named after 即); " + HEAD_NOTE)
g.neg("政策：“1”即", "1", PART_NOTE.format("“1”", "“1+7”"))
g.neg("；“7”即", "7", PART_NOTE.format("“7”", "“1+7”") + "; the seven documents are named "
      "after it without a count of their own")

# ==== item 7: “一表同享” ========================================================================
g.neg("7.“一表同享”", "7.", MARKER_NOTE)
g.neg("7.“一表同享”", "一表同享", LABEL_NOTE + " (“一表同享” 'one form, shared'); " + HEAD_NOTE)
g.neg("“一个口子进出”", "一个口子进出", SLOGAN_NOTE.format("“一个口子进出” ('in and out through "
      "one opening')"))
g.neg("“最多填一次”", "最多填一次", SLOGAN_NOTE.format("“最多填一次” ('fill in at most once')")
      + " — judgement call")

# ==== item 8: “Discover Jiangxi”文旅推广计划 ====================================================
g.neg("8.“Discover", "8.", MARKER_NOTE)

# ==== item 9: “1+M+N”科技成果转移转化服务体系 ==================================================
g.neg("9.“1+M+N”", "9.", MARKER_NOTE)
g.neg("9.“1+M+N”", "1+M+N", LABEL_NOTE + " (“1+M+N”, the name of the system: one provincial "
      "centre, M city sub-centres, N centres of universities); " + HEAD_NOTE)
fact("建设“1”个省级", "1”个", value=1, unit="count", kind="count", classifier="个",
     metric="省级成果转移转化中心",
     metric_alts=["成果转移转化中心", "省级科技成果转移转化中心", "省级成果转移转化中心数量",
                  "建设省级成果转移转化中心"],
     subject_alts=JX_ALTS + ["“1+M+N”科技成果转移转化服务体系", "科技成果转移转化服务体系"],
     **GLOSS_PLAN,
     note="judgement call: the quoted “1” of the name, with its measure word 个, states the "
          "system's make-up (one provincial centre to build) → a count (as wr_sichuan_2025_d "
          "“1个总体方案”, wr_yunnan_2025_d 1个管理运营机构); span from the number to the "
          "classifier, the closing quote inside it (README §1: the tightest stretch, whatever "
          "sits inside). The system is being built under the 2025 plan (source line 28) → "
          "target; glossary: no period (null), the plan year 2025 as alt. “M”个 / “N”个 state "
          "no number")

# ==== item 10: 产业人才政策“一市一品”行动 ======================================================
g.neg("10.产业人才政策", "10.", MARKER_NOTE)
g.neg("政策“一市一品”行动", "一市一品", LABEL_NOTE + " (“一市一品” 'one city, one brand'); "
      + HEAD_NOTE)
g.neg("聚焦首位产业", "首位", "首位产业 'the leading industry (of a city)', a term, not a "
      "measured rank")
g.neg("各打造一项", "一项", "'one (policy) each', restating the label 一市一品 (a design rule "
      "per city, as 单个 'per project' in README §2), not a count claim — judgement call")

# ==== item 11: “1+N”数据制度体系 ================================================================
g.neg("11.“1+N”", "11.", MARKER_NOTE)
g.neg("11.“1+N”", "1+N", LABEL_NOTE + " (“1+N”, the name of the system: one opinion plus N "
      "supporting documents); " + HEAD_NOTE)
g.neg("体系：“1”即", "1", PART_NOTE.format("“1”", "“1+N”"))

# ==== item 12: “三通一码” ========================================================================
g.neg("12.“三通一码”", "12.", MARKER_NOTE)
g.neg("12.“三通一码”", "三通一码", LABEL_NOTE + " (“三通一码”: 赣服通、赣政通、赣企通、赣通码); "
      + HEAD_NOTE)

# ==== item 13: “三大工程”建设 ====================================================================
g.neg("13.“三大工程”", "13.", MARKER_NOTE)
g.neg("13.“三大工程”", "三大工程", SET_NOTE.format("“三大工程”") + "; " + HEAD_NOTE)
g.neg("“平急两用”", "平急两用", LABEL_NOTE + " (“平急两用” 'dual use in normal times and "
      "emergencies')")

# ==== item 14: 2025年10件民生实事 ================================================================
g.neg("14.2025年", "14.", MARKER_NOTE)
g.neg("14.2025年10件", "2025年", PERIOD_NOTE + " (the year of the projects; governs the count "
      "after it)")
fact("2025年10件民生实事", "10件", value=10, unit="count", kind="count", classifier="件",
     metric="民生实事",
     metric_alts=["民生实事数量", "2025年民生实事", "10件民生实事", "省民生实事"], **Y25,
     note="judgement call: the headword counts the projects (ten, enumerated after the colon; "
          "as wr_guangdong_2025_c 2025年省十件民生实事 and wr_jiangxi_2025_b 年初确定的10件民生"
          "实事), a count with classifier 件, not a set label; 2025年 in the same line governs "
          "→ 2025 (null as alt), target (projects to be done in 2025)")

# ==== item 15: 基层“三馆一中心” ==================================================================
g.neg("15.基层", "15.", MARKER_NOTE)
g.neg("基层“三馆一中心”", "三馆一中心", LABEL_NOTE + " (“三馆一中心”: library, art gallery, "
      "cultural centre and community cultural service centre, named after it); " + HEAD_NOTE)

# ==== item 16: 应急管理高质量发展“2653”行动 ====================================================
g.neg("16.应急管理", "16.", MARKER_NOTE)
g.neg("高质量发展“2653”行动", "2653", LABEL_NOTE + " (“2653”, the name of the action: two "
      "goals, six actions, five systems, three measures); " + HEAD_NOTE)
for part in ("两个目标", "六项行动", "五大体系", "三条措施"):
    g.neg(f"“{part}”", part, PART_NOTE.format(f"“{part}”", "“2653”") + "; the members are "
          "named before it — judgement call (counts of 2, 6, 5 and 3 are the alternative "
          "reading)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_jiangxi_2025.txt "
    f"({len(text):,} characters with the final newline; the line range as briefed, not moved), "
    "sliced by code: the last paragraph of the 2025 plan (恪守勤政廉洁, task （十） of 二、2025年"
    "工作安排), the closing words (各位代表！过去一年…新的一年…; 过去一年，人民解放军…; 各位代表！"
    "实干托举梦想…), the annex heading 附件, its title 《政府工作报告》有关内容名词注释 and glossary "
    "items 1-16. Part of the report: the end of the 2025 plan (no number fact), the closing "
    "words (no number fact) and the glossary, which is neither the 2024 review nor the 2025 "
    "plan and defines terms used in both. Title, source line and dateline are outside the "
    "excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-17, the "
    "delivery date in the report's header (source line 3: 2025年1月17日在江西省第十四届人民代表"
    "大会第三次会议上); the shared meta agrees. Place: 江西省 (江西, 全省, 我省 → alts; the "
    "programmes “2030先锋工程” and “1+M+N” as subject alts). Periods: the glossary has no frame "
    "(as wr_sichuan_2025_d / wr_yunnan_2025_d): 到2030年 governs item 4 (the year 2030, alts "
    "its end, 2025-2030 and null), 2025年 governs item 14 (2025, null as alt), item 9 states "
    "none (null, the plan year 2025 as alt). Modality: target for all five facts (goals of "
    "“2030先锋工程”, a system being built under the 2025 plan, the 2025 民生实事). Judgement "
    "calls: the quoted parts of names (“1”/“7” of “1+7”, “1” of “1+N”, “两个目标”/“六项行动”/"
    "“五大体系”/“三条措施” of “2653”) are label components (negatives), but “1”个省级成果转移转化"
    "中心 (with its measure word) is a count, span 1”个 with the quote inside; 四类(清单) an "
    "appositive; 各打造一项 restates 一市一品 (negative); “最多填一次” a slogan; 10件民生实事 a "
    "count. Negatives: 四下基层, 三公, 八项规定, 过去一年 ×2, 新的一年 ×2, 十字 (红十字会), 一代 (下一代), 双拥, list "
    "markers 1.-16. (16), 两重, 两新, 六大, 一图四清单, 四类, 2030 (programme name), 2030年, 一批, "
    "双挂钩, 1+7, “1” ×2, “7”, 一表同享, 一个口子进出, 最多填一次, 1+M+N, 一市一品, 首位 (首位产业), "
    "一项, 1+N, 三通一码, 三大工程, 平急两用, 2025年, 三馆一中心, 2653, 两个目标, 六项行动, 五大体系, "
    "三条措施. Lexicalized, not listed: 一体 (一体推进, 一体化), 进一步 ×2, 单位, 清单.")

g.write(date=REF, source=f"shared/texts/work_report/wr_jiangxi_2025.txt lines {FIRST}–{LAST} "
        "(end of the 2025 plan, closing words, glossary 名词注释 items 1-16; 来源：江西省人民政府)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
