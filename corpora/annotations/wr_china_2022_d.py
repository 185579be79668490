"""Gold annotations for wr_china_2022_d (2022年中华人民共和国国务院政府工作报告, the 2022 tasks: the
end of task （一） macro policy, task （二） market entities and jobs in full, and the start of
task （三） reform), lines 38-49 of shared/texts/work_report/wr_china_2022.txt.

The excerpt corpora/wr_china_2022_d.txt is sliced by code from the source bytes (whole lines,
newline kept), never retyped; the line range is given by the brief (a run of whole lines, as
unseen test excerpts are cut).  It lies in part 三、2022年政府工作任务 (heading on source line
33, outside the excerpt): the last paragraphs of task （一） (过紧日子, 稳健的货币政策, 就业优先,
粮食能源安全, 重大风险; the fiscal paragraphs before them, source lines 36-37, close
wr_china_2022_b), task （二） in full (heading; 组合式税费支持政策 with the 2.5万亿元 of tax refunds
and cuts and 1.5万亿元 of VAT credit refunds; 金融支持; 降低企业成本; 稳就业 with the 1000万人
graduates and the 1000亿元 of unemployment-insurance funds) and the heading and first paragraph
of task （三） (政府职能).  All of it is the plan for 2022.  The text is sparse in figures (four
quantities) and rich in idioms and labels.  wr_china_2022 holds lines 4-18, wr_china_2022_b
lines 24-37 and wr_china_2022_c lines 54-63 (no overlap).  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2022_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2022_d"
SOURCE_ID = "wr_china_2022"
PLACE = "中国"
REF = "2022-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 38, 49                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2022年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2022)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="要坚持政府过紧日子，更好节用裕民。",
                 ends="加强反垄断和反不正当竞争，维护公平有序的市场环境。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget or policy: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2022_b)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2022-03-05; 去年 = 2021, 今年 = 2022) ----------------------------
# The excerpt lies in part 三、2022年政府工作任务 (source line 33, outside the excerpt): the plan
# for 2022.  Only two lines hold figures, and both name the year before them:
#   - line 7 (source 44): 今年对留抵税额提前实行大规模退税 opens the refund clauses; 6月底 (a
#     deadline, no figure) follows; 预计全年 then stands right before 2.5万亿元 and governs it
#     and 其中…1.5万亿元: period text 全年 (= 2022), explicit, no alternative needed (as the
#     全年 of wr_china_2022_b);
#   - line 10 (source 47): 今年高校毕业生超过1000万人 → 今年 (= 2022) right before it; it
#     governs the rest of the line (使用1000亿元失业保险基金), explicit, no alternative (as the
#     今年 lines of wr_china_2014_c / wr_china_2022_b).
# Modality: 预计 (2.5万亿元, 1.5万亿元) → forecast (as 预计…支出规模 in wr_china_2022_b); the size
# of this year's graduating class → forecast (as wr_china_2016_d / wr_china_2017_d); 使用 N of a
# fund in the plan → target.
FY22 = P("全年", "2022-01-01", "2022-12-31")
T22 = P("今年", "2022-01-01", "2022-12-31")

# ==== line 1 (source 38): 过紧日子 (一般 lexicalized) ===============================================
g.neg("一定要把宝贵资金", "一定", "adverb 一定 'must / certainly', not a quantity (as "
      "wr_china_2022_b)")

# ==== line 2 (source 39): 稳健的货币政策 (进一步 lexicalized) =========================================
g.neg("总量和结构双重功能", "双重", "adjective 双重 'dual (function)', not a count")

# ==== line 3 (source 40): 就业优先政策 ================================================================
g.neg("千方百计稳定", "千方百计", "idiom 千方百计 'by every means', not a quantity")

# ==== lines 4-5 (source 41-42): 粮食能源安全, 重大风险 (no numeral) ==================================

# ==== line 6 (source 43): heading （二） ===============================================================
g.neg("（二）着力稳市场主体", "（二）", MARKER_NOTE)

# ==== line 7 (source 44): 新的组合式税费支持政策 ========================================================
g.neg("减税与退税并举。一方面", "一方面", "discourse marker 一方面")
g.neg("年应纳税所得额100万元至300万元部分", "100万元至300万元",
      "the taxable-income bracket the half-rate applies to (年应纳税所得额100万元至300万元部分: "
      "a range that defines the set of income taxed, SPEC §2 threshold, part of the measure's "
      "description, not a fact of its own; as 不到100万元的部分 in wr_china_2021_d) — judgement "
      "call; an amount range (value 1e6, upper 3e6) is the alternative reading")
g.neg("再减半征收企业所得税", "减半", "policy measure 减半征收 (tax levied at half rate): a "
      "policy description, not a reported quantity (as wr_china_2021_d) — judgement call")
g.neg("另一方面，综合考虑", "一方面", "discourse marker 另一方面")
g.neg("于6月底前一次性", "6月底", PERIOD_NOTE + " (the deadline for refunding the stock of "
      "VAT credits of small and micro firms: the end of June 2022; no figure follows in its "
      "clause, and 预计全年 replaces it)")
g.neg("6月底前一次性全部退还", "一次性", "adverb 一次性 'in one go', not a count")
REFUND = ["退税减税规模", "退税减税总额", "减税退税", "退税减税额", "退税和减税", "减税降费",
          "新的组合式税费支持政策规模", "税费支持"]
gov("全年退税减税约2.5万亿元", "2.5万亿元", value=2.5e12, unit="CNY", kind="amount",
    bound="approx", metric="退税减税", metric_alts=REFUND, modality="forecast", period=FY22,
    note="预计 → forecast (as 预计…支出规模 in wr_china_2022_b); 约 → approx (outside the span); "
         "万亿元 ×1e12; the tax refunds and cuts of 2022 (全年 right before it, explicit); "
         + GOV_NOTE)
VATR = ["增值税留抵退税", "留抵退税规模", "留抵退税额", "增值税留抵退税规模", "留抵退税资金",
        "退税"]
gov("其中留抵退税约1.5万亿元", "1.5万亿元", value=1.5e12, unit="CNY", kind="amount",
    bound="approx", metric="留抵退税", metric_alts=VATR, modality="forecast", period=FY22,
    note="其中 = part of the 2.5万亿元; 预计 governs it → forecast; 约 → approx; 全年 (= 2022) "
         "governs the clause; " + GOV_NOTE)

# ==== line 8 (source 45): 金融对实体经济的支持 (单位, 进一步 lexicalized) ==============================
g.neg("信用贷款和首贷户比重", "首贷", "首贷(户) 'first-time borrowers', a loan type, not a rank "
      "or count (as wr_china_2021_d); 比重继续提升 states no number")

# ==== line 9 (source 46): 降低企业成本 (进一步, 单位, 零售 lexicalized; no other numeral) ==============

# ==== line 10 (source 47): 稳就业 =====================================================================
GRAD = ["高校毕业生人数", "高校毕业生规模", "普通高校毕业生", "高校毕业生数量", "毕业生"]
fact("今年高校毕业生超过1000万人", "1000万人", value=1e7, unit="count", kind="count",
     classifier="人", bound="gt", metric="高校毕业生", metric_alts=GRAD, modality="forecast",
     period=T22,
     note="超过 → gt (outside the span); 万人 ×1e4; the size of this year's graduating class, "
          "stated before it graduates → forecast (an expected figure, not a goal; as "
          "wr_china_2016_d / wr_china_2017_d; actual is the alternative reading); 今年 (= 2022) "
          "right before it (explicit)")
g.neg("零就业家庭成员", "零就业", LABEL_NOTE + " (零就业家庭 'households with no one in work', "
      "a category name, as wr_china_2014_c)")
g.neg("大众创业万众创新", "万众", LABEL_NOTE + " (大众创业、万众创新, the mass-entrepreneurship "
      "slogan), not a quantity")
g.neg("增强双创平台", "双创", LABEL_NOTE + " (双创 = 大众创业、万众创新), not a count")
g.neg("共建共享一批", "一批", "quantifier 一批 (README §2)")
UIF = ["失业保险基金", "使用失业保险基金", "失业保险基金支持稳岗和培训",
       "用于稳岗和培训的失业保险基金支出", "失业保险基金支出", "稳岗和培训资金",
       "失业保险基金使用"]
gov("使用1000亿元失业保险基金", "1000亿元", value=1000e8, unit="CNY", kind="amount",
    metric="用于稳岗和培训的失业保险基金", metric_alts=UIF, period=T22,
    note="使用 N of the fund in the plan → target; 亿元 ×1e8; the unemployment-insurance money "
         "to be spent on job retention and training in 2022 (the purpose defines the amount → "
         "in the metric, the fund alone as alt); 今年 at the head of the line governs "
         "(explicit); " + GOV_NOTE)
g.neg("掌握一技之长", "一技之长", "idiom 一技之长 'a skill of one's own', not a quantity")
g.neg("让三百六十行", "三百六十行", "idiom 三百六十行 'every trade and profession', not a count")

# ==== line 11 (source 48): heading （三） =============================================================
g.neg("（三）坚定不移", "（三）", MARKER_NOTE)

# ==== line 12 (source 49): 政府职能 (统一, 清单, 进一步 lexicalized; no other numeral) ================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 三、2022年政府工作任务 (heading on source line 33, outside the excerpt): the "
    "last five paragraphs of task （一） (过紧日子, 货币政策, 就业优先, 粮食能源安全, 重大风险), task "
    "（二） in full (组合式税费支持政策, 金融支持, 降低企业成本, 稳就业) and the heading and first "
    "paragraph of task （三） (政府职能) — the plan for 2022. wr_china_2022 (lines 4-18), "
    "wr_china_2022_b (24-37) and wr_china_2022_c (54-63, held out) do not overlap it. The "
    "source's title line is outside the excerpt; the title is the corpus meta title "
    "(title_in_text=False). Date: 2022-03-05, the delivery date in the report's dateline "
    "(source line 2: ——2022年3月5日在第十三届全国人民代表大会第五次会议上); the shared meta "
    "agrees; nothing in the excerpt contradicts it. Place: national report → 中国 (alts 我国/"
    "全国/中华人民共和国); the tax refunds and the unemployment-insurance money add 中央政府/国务院/"
    "中央财政. Periods: both lines with figures name the year before them: 预计全年 (= 2022) → "
    "2.5万亿元 and its 其中 1.5万亿元; 今年 (= 2022) → 1000万人 and, later in the line, 1000亿元; "
    "2022-01-01..2022-12-31, explicit, no alternative. Modality: forecast for 2.5万亿元 / "
    "1.5万亿元 (预计) and the graduating class 1000万人 (an expected size); target for 1000亿元 "
    "(使用, a plan measure). Bounds: 约 → approx (2.5万亿元, 1.5万亿元); 超过 → gt (1000万人); "
    "1000亿元 eq. Units: 万亿元 1e12, 亿元 1e8, 万人 1e4. Judgement calls: 100万元至300万元 (the "
    "income bracket of the half-rate) → a threshold negative, not an amount range; 减半 → "
    "policy negative; 1000万人 → forecast (actual the alternative); the 1000亿元 metric keeps "
    "its purpose (用于稳岗和培训的失业保险基金, the fund alone as alt); 6月底 → period negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一般 (一般性支出), 进一步 ×4, 单位 ×2, 零售, 统一, 清单.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
