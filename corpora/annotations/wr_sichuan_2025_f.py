"""Gold annotations for wr_sichuan_2025_f (2025年四川省政府工作报告, the 2025 plan), lines 40-48
of shared/texts/work_report/wr_sichuan_2025.txt.

The excerpt corpora/wr_sichuan_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief.  It lies in part
2025年工作安排建议 (heading on source line 31, outside the excerpt), the plan for 2025: task
（二）以科技创新引领新质生产力发展，建设现代化产业体系 in full (heading paragraph, 加快推动科技
创新及成果转化 with 137家 labs to restructure and the 6 major science projects, 加快推动重点产业
建圈强链 with the 2027 goal of 6 trillion-yuan industries and the 5 + 3 national clusters,
加快推动产业提质升级, 创新发展现代服务业) and the heading paragraph and the next three
paragraphs of task （三）分类推进区域协调发展 (深化川渝相互赋能 with 320 joint projects, the 1000千伏 line and 51
通办 items, 加快优势地区领先发展, 支持五大片区差异发展).  The plan text is sparse in numbers and
dense in labels (15+N, 1+N, 1+12, 一号创新工程, 四链, 三江, 五区共兴, 一中心一方案…).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_sichuan_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new, null

DOC_ID = "wr_sichuan_2025_f"
PLACE = "四川省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_sichuan_2025.txt"
FIRST, LAST = 40, 48                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年四川省政府工作报告"       # line 1 of the source, outside the excerpt
SC_ALTS = ["四川", "全省", "我省"]
CY = "成渝地区双城经济圈"                 # as wr_sichuan_2025 (合作共建重点项目, 川渝通办事项)
CY_ALTS = ["川渝", PLACE, "成渝地区", "成渝"] + SC_ALTS

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（二）以科技创新引领新质生产力发展，建设现代化产业体系。",
                 ends="支持革命老区、脱贫地区、民族地区、盆周山区振兴发展。")
text = g.text
fact = g.with_subject(PLACE, SC_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
SET_LABEL_NOTE = "set label N大 ({}), not a count claim (README §2 八大)"
BATCH_NOTE = "batch label {} (an ordinal naming the batch), not a rank or count"
EVENT_NOTE = "edition label of an event ({}), not a count (as 第五次会晤 in wr_sichuan_2025_e)"
NETWORK_NOTE = "network generation name ({}), not a quantity (as wr_sichuan_2025_c)"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 2025年工作安排建议 (heading on source line 31, outside the
# excerpt): the plan for 2025 → modality target.  No line of the excerpt states a period of
# its own before its numbers except 力争2027年 (line 3), which governs only the goal it
# heads (6个万亿级产业; a stock to be reached → the instant 2027-12-31, the year 2027,
# 2025-2027 and null as alts).  Every other number takes the section frame 2025
# (2025-01-01..2025-12-31), the null reading in period_alts.  The heading's 2025年 lies
# outside the excerpt; the period text is 年度, the excerpt's own name for the plan year
# (实施320个年度共建项目, line 7), so that every period text occurs in the article (as
# wr_sichuan_2025_c uses 年度 for the review year; dates are what is scored).
# Three counts give the size of an existing set that the plan continues or develops (持续
# 实施6个重大科技专项, 加快发展5个国家先进制造业集群和3个国家级战略性新兴产业集群: the glossary,
# items 2, 8 and 30 of the report, says 四川现有…5个 / …3个, and the 6 projects ran in 2024):
# judgement call → actual, as 壮大19个省级先进制造业集群 in wr_yunnan_2025_c and 提升发展12个
# 自治区级集群 in wr_guangxi_2025_c (frame 2025, null, the reference date and end-2024 as alts;
# target is the alternative reading).
S25 = P("年度", "2025-01-01", "2025-12-31")
S25_NULL = P("年度", None, None)
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_NOTE = ("plan for 2025 → target; the line states no period: section frame of the "
             "heading 2025年工作安排建议 (2025; period text 年度), null as alt")
EXIST = dict(period=S25, period_alts=[S25_NULL, P("年度", REF, REF),
                                      P("年度", "2024-12-31", "2024-12-31")],
             modality="actual")
EXIST_NOTE = ("judgement call: the size of an existing set, which the plan continues or "
              "develops, not a goal → actual (as wr_yunnan_2025_c 壮大19个 / wr_guangxi_2025_c "
              "提升发展12个); section frame 2025 with null, the reference date and end-2024 as "
              "alts; target is the alternative reading")
Y27_END = P("2027年", "2027-12-31", "2027-12-31")
GOAL27 = dict(period=Y27_END, period_alts=[P("2027年", "2027-01-01", "2027-12-31"),
                                           P("2027年", "2025-01-01", "2027-12-31"),
                                           null("2027年")],
              modality="target")

# ==== line 1 (source 40): heading （二） ==========================================================
g.neg("（二）以科技创新", "（二）", MARKER_NOTE)
g.neg("让第一动力", "第一动力", "slogan 第一动力 (创新是第一动力 'innovation is the primary "
      "driving force'), not a measured rank")

# ==== line 2 (source 41): 加快推动科技创新及成果转化 ================================================
g.neg("规划布局第二批天府实验室", "第二批", BATCH_NOTE.format("第二批 (the second batch of "
      "天府实验室 to be planned; its size is not stated)"))
fact("完成137家省重点实验室", "137家", value=137, unit="count", kind="count", classifier="家",
     metric="省重点实验室",
     metric_alts=["省重点实验室优化重组", "完成优化重组的省重点实验室", "优化重组省重点实验室",
                  "完成优化重组省重点实验室", "省重点实验室数量", "重点实验室",
                  "省级重点实验室"], **PLAN,
     note="labs whose restructuring is to be completed (完成…优化重组) in 2025 (as 28家全国重点"
          "实验室完成优化重组 in wr_sichuan_2025_c); " + PLAN_NOTE)
g.neg("等一批高能级创新平台", "一批", VAGUE_NOTE)
g.neg("人工智能“一号创新工程”", "一号创新工程", LABEL_NOTE + " (“一号创新工程” 'innovation "
      "project No. 1', a priority label)")
fact("持续实施6个重大科技专项", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="重大科技专项",
     metric_alts=["实施重大科技专项", "持续实施重大科技专项", "重大科技专项数量"], **EXIST,
     note="the six major projects under way since 2024 (review: 统筹20亿元实施6个重大科技专项; "
          "glossary item 8), continued (持续实施) in 2025; " + EXIST_NOTE)
g.neg("形成一批标志性成果", "一批", VAGUE_NOTE)
g.neg("、双向拉动", "双向", "双向 'two-way' (双向拉动 'pull each other'), not a quantity (as "
      "doc003 双向)")
g.neg("企双进·找矿挖宝", "双进", LABEL_NOTE + " (“校（院、所）企双进” 'mutual visits of "
      "universities and firms', a campaign name), not a count")
g.neg("成都科创生态岛“四链”融合", "四链", LABEL_NOTE + " (“四链”融合: 创新链、产业链、资金链、"
      "人才链, as named in the 2024 review), not a count claim")
g.neg("推进“1+N”中试研发平台", "1+N", LABEL_NOTE + " (“1+N”中试研发平台体系, glossary item 29: "
      "one cross-institution platform plus N others), not a count")
g.neg("成渝地区双城经济圈高等教育", "双城", "name 双城经济圈 (twin-city economic circle, as "
      "wr_sichuan_2025), not a quantity")
g.neg("办好第二届“一带一路”", "第二届", EVENT_NOTE.format("第二届“一带一路”科技交流大会"))
g.neg("第二届“一带一路”科技", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
g.neg("、第30届国际原子能机构", "第30届", EVENT_NOTE.format("第30届国际原子能机构聚变能大会"))
g.neg("国际大坝委员会第28届大会", "第28届", EVENT_NOTE.format("国际大坝委员会第28届大会"))

# ==== line 3 (source 42): 加快推动重点产业建圈强链 ================================================
g.neg("医药健康等“15+N”重点产业链", "15+N", LABEL_NOTE + " (“15+N”重点产业链, glossary item "
      "10: the name of the programme, 15 key industries plus N), as wr_sichuan_2025_c")
g.neg("瞄准招引一批", "一批", VAGUE_NOTE)
g.neg("落地投建一批", "一批", VAGUE_NOTE)
g.neg("培育建强一批企业", "一批", VAGUE_NOTE)
g.neg("持续实施六大优势产业", "六大", SET_LABEL_NOTE.format("六大优势产业, glossary item 1"))
g.neg("优势产业提质倍增行动", "倍增", "slogan 倍增 ('double') in the programme name 提质倍增行动, "
      "no measured multiple (as wr_guangdong_2025_i)")
g.neg("力争2027年建成", "2027年", PERIOD_NOTE + " (horizon of the goal 6个万亿级产业, which it "
      "governs alone)")
TRIL = ["万亿级产业数量", "建成万亿级产业", "万亿级优势产业", "万亿级产业集群", "优势产业",
        "六大优势产业", "万亿级产业建成"]
fact("建成6个万亿级产业", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="万亿级产业", metric_alts=TRIL, **GOAL27,
     note="力争 → target; the six industries of the 六大优势产业 (glossary item 1) each to reach "
          "the trillion-yuan class by 2027 (the class 万亿级 is part of the metric, SPEC §2); a "
          "state to be reached (建成, a stock) → the instant 2027-12-31 of the horizon 2027年, "
          "the year 2027, 2025-2027 and null as alts")
g.neg("建成6个万亿级产业", "万亿级", "class label 万亿级 'trillion-yuan-level' defining the "
      "counted set (SPEC §2 threshold; as wr_sichuan_2025_c / _d), not a fact")
fact("加快发展5个国家先进制造业集群", "5个", value=5, unit="count", kind="count",
     classifier="个", metric="国家先进制造业集群",
     metric_alts=["先进制造业集群", "国家先进制造业集群数量", "加快发展国家先进制造业集群",
                  "国家级先进制造业集群"], **EXIST,
     note="the province's five national clusters (review: 国家先进制造业集群增至5个; glossary "
          "item 2: 四川现有…5个); " + EXIST_NOTE)
fact("和3个国家级战略性新兴产业集群", "3个", value=3, unit="count", kind="count",
     classifier="个", metric="国家级战略性新兴产业集群",
     metric_alts=["战略性新兴产业集群", "国家级战略性新兴产业集群数量",
                  "国家战略性新兴产业集群", "加快发展国家级战略性新兴产业集群"], **EXIST,
     note="verb 加快发展 shared with 5个; the three existing clusters (glossary item 30: 四川现有"
          "…3个); " + EXIST_NOTE)
g.neg("发展6G、量子科技", "6G", NETWORK_NOTE.format("6G"))
g.neg("加强“三江”水电基地", "三江", LABEL_NOTE + " (“三江”水电基地, glossary item 31: 金沙江、"
      "雅砻江、大渡河), a group name, not a count")

# ==== line 4 (source 43): 加快推动产业提质升级 ====================================================
g.neg("精心培育制造业单项冠军", "单项", "单项 in the title 单项冠军 ('single-product champion'), "
      "a label, not a count (as wr_sichuan_2025_c)")
g.neg("用好四川数智化", "四川", PLACE_NOTE.format("四川数智化绿色化发展促进中心"))
g.neg("打造一批智能工厂", "一批", VAGUE_NOTE)
g.neg("国家级“5G+工业互联网”", "5G", NETWORK_NOTE.format("5G") + " in the programme name "
      "“5G+工业互联网”")

# ==== line 5 (source 44): 创新发展现代服务业 ======================================================
g.neg("创新提升三年行动", "三年", "name of a three-year campaign (生产性服务业创新提升三年行动), "
      "not a duration fact (as 治本攻坚三年行动 in wr_sichuan_2025_e)")
g.neg("提质培优一批", "一批", VAGUE_NOTE)
g.neg("落户四川，推动", "四川", PLACE_NOTE.format("四川, the province's name"))
g.neg("培育一批服务业", "一批", VAGUE_NOTE)
g.neg("推行“一单制”", "一单制", LABEL_NOTE + " (“一单制”, glossary item 32: one document for "
      "a multimodal shipment)")
g.neg("“一箱制”，发展", "一箱制", LABEL_NOTE + " (“一箱制”, glossary item 32: one container "
      "all the way)")

# ==== line 6 (source 45): heading （三） ==========================================================
g.neg("（三）分类推进", "（三）", MARKER_NOTE)
g.neg("加快构建“五区共兴”", "五区共兴", LABEL_NOTE + " (“五区共兴” 'five regions rising "
      "together', the regional strategy's slogan)")
g.neg("落实“1+12”促进", "1+12", LABEL_NOTE + " (“1+12” policy system: one framework plus "
      "twelve supporting documents, a structure label as “1+3” in wr_sichuan_2025), not a "
      "count — judgement call")

# ==== line 7 (source 46): 深化川渝相互赋能、一体发展 ================================================
fact("实施320个年度共建项目", "320个", value=320, unit="count", kind="count", classifier="个",
     metric="年度共建项目",
     metric_alts=["共建项目", "川渝共建项目", "川渝年度共建项目", "年度共建项目数量",
                  "实施年度共建项目", "合作共建重点项目", "共建重点项目"],
     subject=CY, subject_alts=CY_ALTS, **PLAN,
     note="the Sichuan-Chongqing joint projects of 2025 (年度 = the plan year): subject the "
          "economic circle, 川渝 / 四川省 as alts (as 合作共建重点项目 in wr_sichuan_2025); "
          + PLAN_NOTE)
g.neg("成渝中线高铁、成达万高铁", "万", PLACE_NOTE.format("成达万高铁: 成都-达州-万州"))
fact("阿坝至成都东1000千伏", "1000千伏", value=1000, unit="千伏", kind="amount",
     metric="电压等级", metric_alts=["电压", "输电电压", "交流电压", "特高压交流电压"],
     subject="阿坝至成都东1000千伏特高压交流工程",
     subject_alts=["阿坝至成都东特高压交流工程", "特高压交流工程", "阿坝至成都东1000千伏特高压",
                   "阿坝至成都东特高压", PLACE] + SC_ALTS, **PLAN,
     note="technical magnitude in the project's name (SPEC §1), the voltage class; 千伏 has "
          "no canonical unit → kept as written (as 川渝1000千伏 in wr_sichuan_2025_c); a line "
          "still being built (加快推进…建设) → target (README §6); " + PLAN_NOTE)
g.neg("储备一批“十五五”", "一批", VAGUE_NOTE)
g.neg("一批“十五五”重大项目", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("推动第4批51项", "第4批", BATCH_NOTE.format("第4批 (the fourth batch of 川渝通办事项)"))
fact("推动第4批51项", "51项", value=51, unit="count", kind="count", classifier="项",
     metric="第4批川渝通办事项",
     metric_alts=["川渝通办事项", "通办事项", "第4批通办事项", "川渝通办事项数量",
                  "第4批川渝通办事项数量", "第四批川渝通办事项"],
     subject=CY, subject_alts=CY_ALTS, **PLAN,
     note="the items of the fourth batch of joint Sichuan-Chongqing services to be put into "
          "effect (推动…高效实施) in 2025; subject as 川渝通办事项 in wr_sichuan_2025 (355项); "
          + PLAN_NOTE)

# ==== line 8 (source 47): 加快优势地区领先发展 ====================================================
g.neg("“一中心一方案”推进", "一中心一方案", LABEL_NOTE + " (“一中心一方案”, glossary item 34: "
      "one programme document per sub-centre), not a count")

g.neg("编制新一轮发展规划", "一轮", "新一轮 'a new round', not a count (as wr_sichuan_2025_e)")

# ==== line 9 (source 48): 支持五大片区差异发展 ====================================================
g.neg("支持五大片区", "五大", SET_LABEL_NOTE.format("五大片区, the five regions named after it"))
g.neg("等一批跨市域", "一批", VAGUE_NOTE)
g.neg("川中丘陵地区四市", "四市", "group name 川中丘陵地区四市 'the four cities of the central "
      "hill area' (the title of a provincial policy, 支持川中丘陵地区四市…), like “三州” in "
      "wr_sichuan_2025_b, not a count claim — judgement call (a count of 4 cities is the "
      "alternative reading)")
g.neg("汽车零配件", "零配件", "lexicalized 零配件 'spare parts', not a quantity (as 零部件 in "
      "wr_yunnan_2025_c)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_sichuan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, the line range as "
    "briefed. Part of the document: part 2025年工作安排建议 (heading on source line 31, "
    "outside), the plan for 2025 — task （二）以科技创新引领新质生产力发展，建设现代化产业体系 in "
    "full (heading paragraph, 科技创新及成果转化, 重点产业建圈强链, 产业提质升级, 现代服务业) and "
    "the heading paragraph and first three paragraphs of task （三）分类推进区域协调发展 (川渝相互"
    "赋能, 优势地区领先发展, 五大片区差异发展). Other excerpts of the report: wr_sichuan_2025 "
    "(1-15), _c (16-20), _e (21-24), _b (31-39), _d (86-104), _g (25-30); no overlap. Title, "
    "source line and dateline are outside the excerpt (title_in_text=False; title as the "
    "source's first line). Date: 2025-01-20, the delivery date in the report's header (source "
    "line 3: 2025年1月20日在四川省第十四届人民代表大会第四次会议上), as the other excerpts. "
    "Place: 四川省 (四川, 全省, 我省 → alts); the Sichuan-Chongqing joint projects and 通办 "
    "items → 成渝地区双城经济圈 (川渝, 四川省 as alts, as wr_sichuan_2025); the 1000千伏 line "
    "owns its voltage. Periods: no line states a period before its numbers except 力争2027年, "
    "which governs the goal 6个万亿级产业 (a stock to be reached: instant 2027-12-31, with the "
    "year 2027, 2025-2027 and null as alts); all other facts take the section frame 2025 "
    "(period text 年度, the excerpt's own name for the plan year — the heading's 2025年 is "
    "outside —, null as alt; the existing-set counts add the "
    "reference date and end-2024). Modality: target (完成, 力争, 实施, 推动, a line being "
    "built), except the sizes of existing sets (持续实施6个重大科技专项, 加快发展5个国家先进"
    "制造业集群和3个国家级战略性新兴产业集群) → actual (judgement call, as wr_yunnan_2025_c / "
    "wr_guangxi_2025_c). Bounds: all eq. Units: 千伏 kept as written (no SPEC code). "
    "Judgement calls: the three existing-set counts → actual; 6个万亿级产业 → instant "
    "2027-12-31 (万亿级 a class in the metric, negative); 1000千伏 → voltage of a project to "
    "be built (target); 1+12, 四链, 三江, 五区共兴, 一中心一方案, 一号创新工程 → labels; 四市 "
    "(川中丘陵地区四市) → group name, not a count; 第二批 / 第4批 → batch labels; 第二届 / "
    "第30届 / 第28届 → event editions. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一流, 一体 (一体推进, 一体发展), 统一, 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_sichuan_2025.txt lines {FIRST}–{LAST} "
        "(来源：四川日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
