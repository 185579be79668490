"""Gold annotations for wr_chongqing_2025_e (2025年重庆市政府工作报告, the close of the 2024
review and the opening of part 二、2025年主要任务), lines 25-34 of
shared/texts/work_report/wr_chongqing_2025.txt.  Held out: written into corpora/heldout/.

The excerpt corpora/heldout/wr_chongqing_2025_e.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines that need not start at a heading, as unseen test excerpts are cut): the last
three paragraphs of part 一、2024年工作回顾 (各位代表！过去一年… on the government's own work:
proposals handled, draft regulations, 一件事 services, 一网通办 rate; the thanks; the
difficulties), the heading 二、2025年主要任务, its opening (今年是…, 上述预期目标… — the target
list itself is missing from the shared text — 今年，要聚力抓好八个方面工作), task （一） (heading,
唱好新时代西部“双城记”: joint Sichuan-Chongqing projects, platforms, parks) and the first
paragraph of its second part (全方位扩大内需: investment, consumption, housing).  Lines 7-23
and 68-77 are annotated in wr_chongqing_2025 / _b / _c / _d (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_chongqing_2025_e.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_chongqing_2025_e"
PLACE = "重庆市"
REF = "2025-01-19"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_chongqing_2025.txt"
FIRST, LAST = 25, 34                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年重庆市政府工作报告"       # line 1 of the source, outside the excerpt
CQ_ALTS = ["重庆", "全市", "我市"]
GOV_ALTS = CQ_ALTS + ["重庆市人民政府", "市人民政府", "市政府", "政府系统"]
CY_ALTS = CQ_ALTS + ["川渝", "成渝地区", "成渝地区双城经济圈", "四川省和重庆市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="各位代表！过去一年，我们毫不放松",
                 ends="推动构建房地产发展新模式。")
text = g.text
fact = g.with_subject(PLACE, CQ_ALTS)
gov = g.with_subject(PLACE, GOV_ALTS)     # the government's own acts (as wr_hunan_2025)
joint = g.with_subject(PLACE, CY_ALTS)    # Sichuan-Chongqing joint figures (as wr_chongqing_2025)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
EVERY_NOTE = "{} 'every', not a count (as wr_tianjin_2025 每一个)"
JOINT_NOTE = ("a Sichuan-Chongqing joint figure: the report's place keeps the subject, 川渝 / "
              "成渝地区 as alts (README §4, as wr_chongqing_2025)")

# ---- periods (reference date 2025-01-19; 过去一年 = 2024, 今年 = 2025) ------------------------
# Line 1 (source 25, part 一、2024年工作回顾) opens with 过去一年 (= 2024): explicit, it governs
# the counts of its line (2024-01-01..2024-12-31, no null alt; as wr_jiangsu_2025_c); the
# 一网通办 rate reached (达到, the share of services that can be handled on line: a share of a
# stock) is the instant 2024-12-31 with the year as alt.  Lines 2-3 (thanks, difficulties)
# hold no fact.  Line 4 is the heading 二、2025年主要任务: the tasks after it are the plan for
# 2025 → modality target.  今年 opens lines 5 and 7, which hold no fact; lines 9-10 (task
# （一）) state no period of their own, so they take the frame of the heading: period text
# 2025年, 2025-01-01..2025-12-31, null as alt (as wr_qinghai_2025_b; a period never crosses a
# line).  Existing sets to be deepened or upgraded during the year (10 platforms, 35 parks)
# also accept the end instant 2025-12-31.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
EXPLICIT = dict(period=Y24)
T25 = P("2025年", "2025-01-01", "2025-12-31")
T25_NULL = P("2025年", None, None)
T25_END = P("2025年", "2025-12-31", "2025-12-31")
TARGET = dict(period=T25, period_alts=[T25_NULL], modality="target")
TARGET_LEVEL = dict(period=T25, period_alts=[T25_NULL, T25_END], modality="target")
EXP = "过去一年 opens the line and governs it (2024, explicit)"
TASK_NOTE = ("task for 2025 → target; the line states no period: frame of the heading "
             "二、2025年主要任务 (2025), null as alt")

# ==== line 1 (source 25): 各位代表！过去一年… (the government's own work, 2024) ======================
g.neg("各位代表！过去一年，我们毫不放松", "过去一年", PERIOD_NOTE + " (= 2024: governs the "
      "counts of its line explicitly)")
gov("人大代表建议1284件", "1284件", value=1284, unit="count", kind="count", classifier="件",
    metric="人大代表建议",
    metric_alts=["办理人大代表建议", "办理的人大代表建议", "人大代表建议数量", "代表建议"],
    **EXPLICIT, note="认真办理 N件: handled in 2024; the government's own acts: subject 重庆市 "
                     "with the government as alt (as wr_hunan_2025); " + EXP)
gov("政协提案1081件", "1081件", value=1081, unit="count", kind="count", classifier="件",
    metric="政协提案",
    metric_alts=["办理政协提案", "办理的政协提案", "政协提案数量", "提案"], **EXPLICIT,
    note="verb 办理 shared with 1284件; " + EXP)
gov("地方性法规草案14件", "14件", value=14, unit="count", kind="count", classifier="件",
    metric="地方性法规草案",
    metric_alts=["提请市人大常委会审议地方性法规草案", "提请审议地方性法规草案",
                 "提请审议的地方性法规草案", "地方性法规草案数量", "地方性法规"], **EXPLICIT,
    note=EXP)
g.neg("“7+1”综合行政执法", "7+1", LABEL_NOTE + " (“7+1”综合行政执法队伍格局, the name of the "
      "enforcement-team structure), not a count claim")
g.neg("纠治“四风”", "四风", LABEL_NOTE + " (“四风”: formalism, bureaucratism, hedonism, "
      "extravagance)")
g.neg("“一件事一次办”改革", "一件事一次办", LABEL_NOTE + " (reform name “一件事一次办” 'one "
      "matter, one visit'), not a count")
gov("推动85项“一件事”", "85项", value=85, unit="count", kind="count", classifier="项",
    metric="“一件事”集成服务",
    metric_alts=["一件事集成服务", "“一件事”", "一件事", "“一件事”集成服务事项",
                 "一件事集成服务事项", "提质扩面的“一件事”集成服务", "“一件事”集成服务数量"],
    **EXPLICIT, note="items of the 一件事 integrated service upgraded and extended (提质扩面) in "
                     "2024 (as wr_hunan_2025 17个“一件事”); " + EXP)
g.neg("85项“一件事”集成", "一件事", "service-programme item name (“一件事”), not a count")
g.neg("政务服务“一网通办”率", "一网通办", LABEL_NOTE + " (一网通办 'one-network service', as "
      "wr_chongqing_2025_d); the rate after it is a fact")
gov("“一网通办”率达到84%", "84%", value=84, unit="%", kind="share",
    metric="政务服务“一网通办”率",
    metric_alts=["政务服务一网通办率", "“一网通办”率", "一网通办率", "政务服务“一网通办”比例",
                 "政务服务网办率", "一网通办"],
    period=Y24_END, period_alts=[Y24],
    note="达到 → eq; judgement call: the share of government services that can be handled "
         "through the one-network portal (a share of a stock, SPEC §4) → instant 2024-12-31 "
         "under the explicit 过去一年; the share of the year's applications (the year) as alt")
g.neg("双拥、外事", "双拥", "双拥 (拥军优属、拥政爱民), a programme name, not a quantity (as "
      "wr_chongqing_2025_d)")
g.neg("残疾人、红十字", "红十字", NAME_NOTE.format("红十字, the Red Cross; 十字 'cross'"))

# ==== line 2 (source 26): 回顾过去一年… thanks (no facts) =========================================
g.neg("回顾过去一年，我们在", "过去一年", PERIOD_NOTE + " (= 2024; its line has no number)")
g.neg("每一个人都是主角", "一个", EVERY_NOTE.format("每一个"))
g.neg("每一份付出", "一份", EVERY_NOTE.format("每一份"))
g.neg("每一束光芒", "一束", EVERY_NOTE.format("每一束"))

# ==== line 3 (source 27): difficulties — 一些 (lexicalized), no numeral to annotate ==============

# ==== line 4 (source 28): heading 二、2025年主要任务 =============================================
g.neg("二、2025年主要任务", "二、", MARKER_NOTE)
g.neg("二、2025年主要任务", "2025年", PERIOD_NOTE + " (section heading: the year of the tasks, "
      "2025; the period text of the facts without a period of their own)")

# ==== line 5 (source 29): 今年是… (no facts) =====================================================
g.neg("今年是“十四五”规划收官之年", "十四五", "plan label 十四五 (SPEC §1)")

# ==== line 6 (source 30): 上述预期目标… (no facts) ================================================
g.neg("与“十四五”规划目标相衔接", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("“必须统筹好”的五对重要关系", "五对", "political formula 必须统筹好的五对重要关系 (the "
      "five pairs of relations set by the central economic work conference, not listed here): "
      "a set label, not a measured quantity (judgement call)")

# ==== line 7 (source 31): 今年，要聚力抓好八个方面工作 =============================================
g.neg("聚力抓好八个方面工作", "八个", "discourse count of the report's task areas (八个方面, "
      "enumerated （一）…（八） below), like 三个方面 in wr_shaanxi_2025; not a measured quantity "
      "(judgement call)")

# ==== line 8 (source 32): （一） heading ==========================================================
g.neg("（一）聚力打造西部地区", "（一）", MARKER_NOTE)

# ==== line 9 (source 33): 唱好新时代西部“双城记” ===================================================
g.neg("唱好新时代西部“双城记”", "双城记", LABEL_NOTE + " (“双城记” 'tale of two cities': "
      "Chengdu and Chongqing)")
g.neg("紧扣“两中心两地”", "两中心两地", LABEL_NOTE + " (“两中心两地” strategic positioning of "
      "the Chengdu-Chongqing area: two centres, two bases)")
g.neg("和“三中心一走廊”", "三中心一走廊", LABEL_NOTE + " (“三中心一走廊” 'three centres, one "
      "corridor')")
g.neg("推进成渝地区双城经济圈建设", "双城", NAME_NOTE.format("成渝地区双城经济圈 'twin-city "
      "economic circle', as wr_chongqing_2025"))
joint("迭代实施“十项行动”", "十项", value=10, unit="count", kind="count", classifier="项",
      metric="成渝地区双城经济圈建设行动",
      metric_alts=["“十项行动”", "十项行动", "行动", "迭代实施“十项行动”", "双城经济圈建设行动",
                   "行动数量"], **TARGET,
      note="judgement call: the quoted package “十项行动” states its number of actions → a "
           "count of actions (as “十项举措” in wr_chongqing_2025_d and 十项行动 in "
           "wr_beijing_2025_c), not a bare label; " + JOINT_NOTE + "; " + TASK_NOTE)
g.neg("“十项行动”“四张清单”", "四张清单", LABEL_NOTE + " (“四张清单”, the lists of a "
      "management tool, as “五张清单” / “三张清单” in other golds) — judgement call (the "
      "quoted “十项行动” next to it is counted)")
joint("协同推进320个川渝共建", "320个", value=320, unit="count", kind="count", classifier="个",
      metric="川渝共建重点项目",
      metric_alts=["共建重点项目", "重点项目", "川渝共建重点项目数量", "协同推进川渝共建重点项目"],
      **TARGET, note="the 2025 list of jointly built projects (as 300个 for 2024 in "
                     "wr_chongqing_2025); " + JOINT_NOTE + "; " + TASK_NOTE)
g.neg("实施“2小时重庆”交通圈", "2小时重庆", LABEL_NOTE + " (“2小时重庆”交通圈, the name of "
      "the two-hour transport circle whose gaps are to be filled) — judgement call; a travel-"
      "time target of 2 hours is the alternative reading")
g.neg("共建共享三年行动", "三年", "name of a three-year campaign (强化川渝公共服务共建共享三年"
      "行动), not a duration fact (as wr_chongqing_2025_d)")
g.neg("推动双核联动联建", "双核", NAME_NOTE.format("双核联动联建 'twin cores', Chengdu and "
      "Chongqing, as wr_chongqing_2025"))
joint("深化10个川渝毗邻地区", "10个", value=10, unit="count", kind="count", classifier="个",
      metric="川渝毗邻地区合作功能平台",
      metric_alts=["毗邻地区合作功能平台", "合作功能平台", "川渝毗邻地区合作功能平台数量",
                   "川渝毗邻地区合作平台"], **TARGET_LEVEL,
      note="the existing platforms whose building is to be deepened in 2025; " + JOINT_NOTE
           + "; " + TASK_NOTE + "; the end instant as a further alt")
joint("提质发展35个川渝产业", "35个", value=35, unit="count", kind="count", classifier="个",
      metric="川渝产业合作示范园区",
      metric_alts=["产业合作示范园区", "示范园区", "川渝产业合作示范园区数量", "产业合作园区"],
      **TARGET_LEVEL,
      note="the parks to be upgraded in 2025; " + JOINT_NOTE + "; " + TASK_NOTE
           + "; the end instant as a further alt")
g.neg("布局建设成渝双城低空", "双城", NAME_NOTE.format("成渝双城低空经济走廊, a corridor name"))
g.neg("编制双城经济圈建设", "双城", NAME_NOTE.format("双城经济圈"))
g.neg("建设“十五五”指导文件", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("协同办好五周年宣传活动", "五周年", "anniversary 五周年 (of the 成渝地区双城经济圈 "
      "strategy), an event label, not a quantity claim (as 75周年 in wr_yunnan_2025)")

# ==== line 10 (source 34): 全方位扩大内需 ===========================================================
g.neg("黔江至吉首高铁", "吉首", NAME_NOTE.format("place name 吉首"))
g.neg("万顺场储气库", "万顺场", NAME_NOTE.format("place name 万顺场 (gas storage site)"))
g.neg("渝万高铁", "渝万", NAME_NOTE.format("渝万高铁, 万 = 万州 (Chongqing-Wanzhou railway)"))
g.neg("合川双槐电厂三期", "双槐", NAME_NOTE.format("place name 双槐 (合川双槐电厂)"))
g.neg("合川双槐电厂三期", "三期", "phase label 三期 ('phase III'; README §2: 一期), not a "
      "quantity")
fact("新实施1500个工业技改项目", "1500个", value=1500, unit="count", kind="count",
     classifier="个", metric="工业技改项目",
     metric_alts=["新实施工业技改项目", "实施工业技改项目", "技改项目", "工业技改项目数量",
                  "工业技术改造项目"], **TARGET, note=TASK_NOTE)
fact("带动工业投资增长10%", "10%", value=10, unit="%", kind="growth", comparison="yoy",
     metric="工业投资", metric_alts=["工业投资增速", "工业投资增长"], **TARGET,
     note="带动…增长 N%: the growth the technical-upgrade projects are to drive in 2025; no "
          "basis written → yoy; " + TASK_NOTE)
g.neg("推出一批“江崖街洞天”", "一批", "vague quantifier 一批 'a batch of' (README §2)")
g.neg("大力发展四首经济", "四首", LABEL_NOTE + " (四首经济: 首店、首发、首展、首秀 — first "
      "stores, launches, shows, premieres)")
g.neg("房地产高质量发展八大提升行动", "八大", "set label N大 (八大提升行动, as 八大 in gold "
      "README §2), not a count claim")
g.neg("加强“两久”项目处置", "两久", LABEL_NOTE + " (“两久” projects: 久供未建、久建未完, as in "
      "the review)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_chongqing_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: the close of "
    "part 一、2024年工作回顾 (各位代表！过去一年… on the government's own work, the thanks, the "
    "difficulties), the heading 二、2025年主要任务 with its opening (今年是…, 上述预期目标… — the "
    "target list itself is not in the shared text —, 今年，要聚力抓好八个方面工作), the heading of "
    "task （一） and its first paragraph (唱好新时代西部“双城记”: joint Sichuan-Chongqing "
    "projects) and the first paragraph of 全方位扩大内需 (investment, consumption, housing). "
    "Lines 7-23 and 68-77 are annotated in wr_chongqing_2025 / _b / _c / _d (no overlap). "
    "Title, source line and dateline are outside the excerpt (title_in_text=False; title as "
    "the source's first line). Date: 2025-01-19, the delivery date in the report's header "
    "(source line 3: ——2025年1月19日在重庆市第六届人民代表大会第三次会议上); the shared meta "
    "agrees (来源：重庆日报). Place: 重庆市 (重庆, 全市, 我市 → alts; the government's own acts "
    "add 重庆市人民政府 / 市政府 as alts; joint Sichuan-Chongqing figures add 川渝 / 成渝地区 as "
    "alts). Periods: line 1 opens with 过去一年 (= 2024), explicit for its counts "
    "(2024-01-01..2024-12-31); the 一网通办 rate is the instant 2024-12-31 (share of a stock), "
    "the year as alt. The task lines (9-10) state no period: frame of the heading 二、2025年"
    "主要任务, period text 2025年, 2025-01-01..2025-12-31, null as alt (今年 in lines 5 and 7 "
    "governs no fact; a period never crosses a line); the 10 platforms and 35 parks to be "
    "upgraded also accept the end instant. Modality: actual in line 1 (review), target in "
    "lines 9-10 (plan). Judgement calls: “十项行动” → count 10 (as “十项举措” in "
    "wr_chongqing_2025_d) while “四张清单” is a label (as “五张清单” / “三张清单” elsewhere); "
    "八个方面 (the eight task areas enumerated below) → discourse negative (as 三个方面 in "
    "wr_shaanxi_2025); 五对重要关系 → formula label; “2小时重庆”交通圈 → name (negative); "
    "一网通办率 → share of a stock (instant); 带动工业投资增长10% → target growth, yoy. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 一些 (一些困难, 一些干部), 一体化, 清单 (赋权清单, 推介清单).")

g.write(date=REF, source=f"shared/texts/work_report/wr_chongqing_2025.txt lines {FIRST}–{LAST} "
        "(来源：重庆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
