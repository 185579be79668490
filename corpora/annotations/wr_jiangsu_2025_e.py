"""Gold annotations for wr_jiangsu_2025_e (held-out: corpora/heldout/), 2025年江苏省政府工作报告,
the 2025 tasks (science and talent, industry, reform and opening), lines 38-49 of
shared/texts/work_report/wr_jiangsu_2025.txt.

The excerpt corpora/heldout/wr_jiangsu_2025_e.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines that need not start at a heading, as unseen test excerpts are cut): the last two
paragraphs of task （二） 科技创新 (加快建设高水平科技强省 with 高新技术企业超6.1万家 and 10家
概念验证中心; 强化人才队伍关键支撑; the task's heading and education paragraph, source lines
36-37, are in wr_jiangsu_2025_b), task （三） 现代化产业体系 in full (heading, 产业深度转型升级,
先进制造业集群和重点产业链 with the 10条 + 10条 chains, 数字经济), task （四） 改革和对外开放 in full
(heading, 重点领域改革, 营商环境, 对外开放) and the heading and first paragraph of task （五）
区域协调发展 (its other paragraphs, from source line 50, are wr_jiangsu_2025_d).  All of it
lies in part 三、2025年重点工作 (heading on source line 30, outside the excerpt): the plan for
2025.  The text is sparse in figures (four facts) and dense in labels.  Facts and negatives
are written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_jiangsu_2025_e.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_jiangsu_2025_e"
SOURCE_ID = "wr_jiangsu_2025"
PLACE = "江苏省"
REF = "2025-01-19"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 38, 49                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年江苏省政府工作报告"       # line 1 of the source, outside the excerpt
JS_ALTS = ["江苏", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="加快建设高水平科技强省。",
                 ends="继续做好对口支援协作合作工作。")
text = g.text
fact = g.with_subject(PLACE, JS_ALTS)

MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
FIRST_NOTE = "first-of-kind word (首…), not a measured rank or count (gold README §2)"
ROUND_NOTE = "新一轮 'a new round', not a count"
TECH_NOTE = "technology / bandwidth label {}, not a quantity (as wr_jiangsu_2025 5G, other golds 千兆/万兆)"

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年重点工作 (heading on source line 30, outside the
# excerpt): the plan for 2025 → modality target (力争, 布局建设, 重点打造).  No line of the
# excerpt states a period of its own (no 今年, 全年, 年内 or date; 年度 in 年度省科技重大专项
# qualifies projects and carries no numeral), so every number takes that section frame (SPEC
# §4), 2025-01-01..2025-12-31, with the heading's period text 2025年 and null in period_alts
# (as wr_jiangsu_2025_d / wr_anhui_2025_e; the surface is outside the excerpt).
#   - 高新技术企业超6.1万家: the number of certified firms is a stock (its 2024 counterpart
#     超5.7万家 is the instant 2024-12-31 in wr_jiangsu_2025) → the instant 2025-12-31 at the
#     frame's end (stock rule), the year and null as alts;
#   - things to be built (10家概念验证中心, the 10条 + 10条 chains): the year, null and the
#     end instant as alts (PLAN_SET, as wr_jiangsu_2025_d).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_STOCK = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "三、2025年重点工作 (source line 30, 2025), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built: the end instant as a further alt"


# ==== line 1 (source 38): 加快建设高水平科技强省 ==================================================
g.neg("布局建设一批创新联合体", "一批", VAGUE_NOTE)
fact("力争高新技术企业超6.1万家", "6.1万家", value=6.1e4, unit="count", kind="count",
     classifier="家", bound="gt", metric="高新技术企业",
     metric_alts=["高新技术企业数量", "高新技术企业总数", "高新技术企业总量", "高企",
                  "高企数量", "国家高新技术企业"],
     **PLAN_STOCK,
     note="力争 → target; 超 → gt (outside the span); 万家 ×1e4; the number of high-tech firms, "
          "a stock (as 高新技术企业超5.7万家 at 2024-12-31 in wr_jiangsu_2025) → the instant "
          "2025-12-31 at the end of the frame (stock rule, judgement call), the year and null "
          "as alts; " + PLAN_NOTE)
g.neg("职务科技成果资产单列管理", "单列", "administrative term 单列 'listed separately' (as "
      "职务科技成果资产单列管理制度 in other golds), not a quantity")
fact("布局建设10家概念验证中心", "10家", value=10, unit="count", kind="count", classifier="家",
     metric="概念验证中心",
     metric_alts=new("概念验证中心", "布局建设概念验证中心", "建设概念验证中心",
                     "新建概念验证中心"),
     **PLAN_SET,
     note="布局建设 N: centres to be set up in 2025 → the counted noun as metric, the 增量 "
          "reading as alts (README §3); span number + classifier 家; " + SET_NOTE)
g.neg("培育一批中试平台", "一批", VAGUE_NOTE)

# ==== line 2 (source 39): 强化人才队伍关键支撑 (一流: lexicalized) ==================================
g.neg("培养造就一批领军人才", "一批", VAGUE_NOTE)

# ==== line 3 (source 40): heading （三） ============================================================
g.neg("（三）加快建设", "（三）", MARKER_NOTE)
g.neg("聚焦“1650”产业体系", "1650", LABEL_NOTE + " (“1650”产业体系: 16 advanced-manufacturing "
      "clusters and 50 key industrial chains, a name; as wr_jiangsu_2025)")

# ==== line 4 (source 41): 大力推动产业深度转型升级 (一些: lexicalized) ===============================
g.neg("加大新一代信息技术", "一代", "新一代 of 新一代信息技术 (an industry name), not a quantity")
g.neg("构建“10+X”未来产业体系", "10+X", LABEL_NOTE + " (“10+X”未来产业体系: ten named future "
      "industries plus open slots, a scheme named by its parts), not a count — judgement call "
      "(a count of 10 future industries is the other reading; the text does not list them)")

# ==== line 5 (source 42): 先进制造业集群和重点产业链 =================================================
CHAIN_NOTE = ("重点打造 → target; the chains are grouped by their standing (具有国际优势 / 具有全国"
              "优势 / 具有发展潜力): the group defines the counted set → in the metric "
              "(SPEC §2), the shared head 重点产业链 as alt; the named examples (智能电网、工程机械"
              "等 / 生物药、集成电路等) are part of the ten; span number + classifier 条 (README §1); "
              + SET_NOTE)
fact("工程机械等10条具有国际优势", "10条", value=10, unit="count", kind="count",
     classifier="条", metric="具有国际优势的重点产业链",
     metric_alts=new("具有国际优势的重点产业链", "具有国际优势重点产业链", "国际优势重点产业链",
                     "具有国际优势的产业链", "重点产业链", "打造具有国际优势的重点产业链",
                     "重点打造具有国际优势的重点产业链"),
     **PLAN_SET, note=CHAIN_NOTE)
fact("集成电路等10条具有全国优势", "10条", value=10, unit="count", kind="count",
     classifier="条", metric="具有全国优势的重点产业链",
     metric_alts=new("具有全国优势的重点产业链", "具有全国优势重点产业链", "全国优势重点产业链",
                     "具有全国优势的产业链", "重点产业链", "打造具有全国优势的重点产业链",
                     "重点打造具有全国优势的重点产业链"),
     **PLAN_SET, note="verb 重点打造 and head 重点产业链 shared with the first 10条; " + CHAIN_NOTE)
g.neg("打造一批具有生态主导力", "一批", VAGUE_NOTE)
g.neg("制造业单项冠军", "单项", "单项 in the title 单项冠军 ('single-product champion'), a label, "
      "not a count (as wr_guangdong_2025_i)")

# ==== line 6 (source 43): 数字经济 (一体化: lexicalized) ============================================
g.neg("开展新一轮深化制造业", "一轮", ROUND_NOTE)
g.neg("推进千兆光网建设", "千兆", TECH_NOTE.format("千兆光网 'gigabit optical network'"))
g.neg("和5G网络规模化应用", "5G", TECH_NOTE.format("5G (fifth-generation mobile network)"))
g.neg("打造一批“万兆园区”", "一批", VAGUE_NOTE)
g.neg("“万兆园区”", "万兆", TECH_NOTE.format("万兆园区 '10-gigabit park'"))

# ==== line 7 (source 44): heading （四） ============================================================
g.neg("（四）积极推进", "（四）", MARKER_NOTE)

# ==== line 8 (source 45): 深化重点领域改革 (统一, 清单: lexicalized) =================================
g.neg("开展首轮市场准入效能评估", "首轮", FIRST_NOTE + " (首轮 'the first round' of an "
      "evaluation)")
g.neg("深化零基预算", "零基", "reform label 零基预算 (zero-based budgeting), not a quantity")
g.neg("深化“四化”同步", "四化", LABEL_NOTE + " (“四化”同步: 新型工业化、信息化、城镇化、农业现代化 "
      "in step, Suqian's reform name)")

# ==== line 9 (source 46): 营商环境 (一流, 清单, 进一步: lexicalized) =================================
g.neg("“高效办成一件事”", "一件事", LABEL_NOTE + " (“高效办成一件事” 'get one thing done "
      "efficiently', the service-programme name, as wr_jiangsu_2025)")
g.neg("“一平台办理”", "一平台", LABEL_NOTE + " (“一平台办理” 'handled on one platform', a "
      "reform name)")
g.neg("基层数据“一张表”", "一张表", LABEL_NOTE + " (reform name “一张表” 'one form', as other "
      "golds)")

# ==== line 10 (source 47): 对外开放 (进一步, 清单: lexicalized) =====================================
g.neg("“一带一路”交汇点", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity "
      "(as wr_jiangsu_2025)")
g.neg("外资准入限制“清零”", "清零", "清零 'clear to zero' (remove all restrictions), a goal word, "
      "not a quantity (as wr_jiangsu_2025_c)")
g.neg("深入实施新一轮外资", "一轮", ROUND_NOTE)

# ==== line 11 (source 48): heading （五） (进一步: lexicalized) ======================================
g.neg("（五）联动构建", "（五）", MARKER_NOTE)

# ==== line 12 (source 49): 积极落实国家区域战略 (一体化 ×2: lexicalized) ============================
g.neg("推进长三角一体化", "长三角", "place name 长三角 (Yangtze River Delta), not a quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; held out "
    "(corpora/heldout/). The line range is given by the brief (a run of whole lines starting "
    "mid-task; the source has 79 lines, so the range is complete). It lies in part 三、2025年"
    "重点工作 (source line 30), the plan for 2025: the last two paragraphs of task （二） "
    "(加快建设高水平科技强省, 强化人才队伍关键支撑), task （三） 现代化产业体系 in full (heading, "
    "产业深度转型升级, 先进制造业集群和重点产业链, 数字经济), task （四） 改革和对外开放 in full "
    "(heading, 重点领域改革, 营商环境, 对外开放) and the heading and first paragraph of task （五） "
    "(积极落实国家区域战略). Other excerpts of the report: wr_jiangsu_2025 (1-16), _c (17-25), "
    "_b (27-37), _d (50-62, held out); no overlap. Title, source line and dateline are outside "
    "the excerpt (title_in_text=False; the title as the source's first line). Date: "
    "2025-01-19, the delivery date in the report's header (source line 3: 2025年1月19日在江苏省"
    "第十四届人民代表大会第三次会议上省长许昆林作政府工作报告), as the shared meta and the other "
    "excerpts. Place: 江苏省 (江苏, 全省, 我省 → alts). Periods: no line of the excerpt states a "
    "period; every number takes the section frame 2025 (2025-01-01..2025-12-31, period text "
    "2025年 of the heading outside the excerpt, null as alt, as wr_jiangsu_2025_d); the stock "
    "高新技术企业超6.1万家 → the instant 2025-12-31 (stock rule, as its 2024 counterpart at "
    "2024-12-31 in wr_jiangsu_2025), the year and null as alts; the things to be built (10家, "
    "10条 ×2) → the year with null and the end instant as alts. Modality: target throughout "
    "(力争, 布局建设, 重点打造). Bounds: 超 → gt (6.1万家); the rest eq. Judgement calls: 6.1万家 "
    "→ instant rather than the year; 10条具有国际优势 / 10条具有全国优势 → two counts whose "
    "group is in the metric (重点产业链 as alt); 10家概念验证中心 → noun with 增量 alts; “10+X” → "
    "a scheme label, not a count of 10; 1650 → label (as wr_jiangsu_2025); 首轮 → first-of-kind; "
    "单列, 单项(冠军), 零基(预算), 四化, 一件事, 一平台, 一张表, 一带一路, 清零 → labels / terms; "
    "千兆, 5G, 万兆 → technology labels; 长三角 → place name. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一流 ×3, 一些, 一体化 ×3, 统一, 清单 ×3, 进一步 ×3. Known false "
    "alarm of the shared check_gold.py (as for wr_jiangsu_2025_d): the section-frame period "
    "text 2025年 (the heading's, outside the excerpt) is reported as missing; czfacts check-gold "
    "accepts it.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：江苏新闻)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
