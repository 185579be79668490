"""Gold annotations for wr_xizang_2025_d (2025年西藏自治区政府工作报告, fourth excerpt), lines 31-41
of shared/texts/work_report/wr_xizang_2025.txt.

The excerpt corpora/wr_xizang_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped, the line range as briefed: from the 2025 tasks, the last
paragraph of task (一) (构建社会治理共建共治共享新格局), task (二)全力以赴稳预期促增长 (heading;
policy support, business environment), task (三)持续挖掘投资消费潜能 (heading; major projects,
consumption), task (四)因地制宜发展新质生产力 (heading;特色优势产业, 产业发展短板) and the
heading of task (五)统筹推进城乡融合发展 (2,171 characters).  The excerpt lies in part
2025年工作安排 (heading on source line 23, outside the excerpt): the plan for 2025.  Lines
1-15, 16-25 and 42-52 are annotated in wr_xizang_2025_b, wr_xizang_2025 and wr_xizang_2025_c
(no overlap).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_xizang_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_xizang_2025_d"
PLACE = "西藏自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_xizang_2025.txt"
FIRST, LAST = 31, 41                    # 1-based, inclusive, whole lines
TITLE = "2025年西藏政府工作报告"          # line 1 of the source (as wr_xizang_2025), outside the excerpt
XZ_ALTS = ["西藏", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="构建社会治理共建共治共享新格局。", ends="协调发展的良好格局。")
text = g.text
fact = g.with_subject(PLACE, XZ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
APPOS_NOTE = ("appositive {} 'the … just named' (listed right before it), not a quantity "
              "claim (as wr_beijing_2025_e 三项工程, wr_beijing_2025 三级)")
ANNIV_NOTE = ("anniversary 60周年 (of the founding of the autonomous region in 1965), an event "
              "label, not a quantity claim (as wr_xizang_2025)")
ROAD_NOTE = ("road number {} (National Highway), a name, not a quantity (SPEC §1 model/band "
             "names; as wr_xizang_2025_b G318)")
SECTOR_NOTE = ("sector name {} (abbreviation of 第{}产业), an ordinal label, not a quantity (as "
               "第一产业 in wr_xizang_2025_b)")

# ---- periods (reference date 2025-01-19; 今年 = 2025) -----------------------------------------
# The whole excerpt lies in part 2025年工作安排 (heading on source line 23; 今年，将重点做好以下
# 九个方面工作, source line 27; both outside the excerpt): the plan for 2025 → modality target.
# No line of the excerpt states a period (重大项目建设攻坚年 names the year's campaign without
# a numeral; 60周年 is an anniversary label), so every fact takes the section frame (SPEC §4),
# 2025-01-01..2025-12-31, null as alt.  The heading's 2025年 lies outside the excerpt; the
# period text is 攻坚年, the excerpt's own name for the plan year (line 6: 实施“重大项目建设
# 攻坚年”行动, 2025 declared the year of the push on major projects), so that every period
# text occurs in the article (as wr_heilongjiang_2025_c 突破年; period text is not scored,
# start/end are).  Flows of the
# year (投资, 总产值, 资金) → the year, null as alt; counts of firms to be fostered (培育 N 家)
# → the year with the end instant as a further alt (as wr_xizang_2025_c PLAN_SET).
S25 = P("攻坚年", "2025-01-01", "2025-12-31")
S25_NULL = P("攻坚年", None, None)
S25_END = P("攻坚年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
FRAME_NOTE = ("2025 plan → target; no period in the line: section frame 2025年工作安排 (2025), "
              "null as alt")
SET_NOTE = FRAME_NOTE + "; firms to be fostered: the end instant as a further alt"


# ==== line 1 (source 31): 构建社会治理共建共治共享新格局 (end of task (一); no facts) ============
g.neg("集体会商三个环节", "三个", APPOS_NOTE.format("三个 (环节: 源头治理、排查调处、集体会商)"))
g.neg("化解调处三种能力", "三种", APPOS_NOTE.format("三种 (能力: 分析研判、防控稳控、化解调处)"))
g.neg("责任倒查三项机制", "三项", APPOS_NOTE.format("三项 (机制: 多种力量协同、分流化解、责任"
      "倒查)"))
g.neg("为自治区成立60周年营造", "60周年", ANNIV_NOTE)

# ==== line 2 (source 32): (二) ====================================================================
g.neg("(二)全力以赴", "(二)", MARKER_NOTE)

# ==== line 3 (source 33): 着力强化政策支持 (no facts) ==============================================
g.neg("切实兜牢“三保”底线", "三保", LABEL_NOTE + " (“三保”: 保基本民生、保工资、保运转; as "
      "wr_fujian_2025_e)")
g.neg("落实一揽子化债方案", "一揽子", "quantifier 一揽子 'package of', not a quantity (as "
      "wr_yunnan_2025)")

# ==== line 4 (source 34): 持续优化发展环境 (no facts) ==============================================
g.neg("推动“高效办成一件事”", "一件事", LABEL_NOTE + " (reform name “高效办成一件事”, as "
      "wr_xizang_2025_b)")
g.neg("“一门、一网、一线”", "一门、一网、一线", LABEL_NOTE + " (“一门、一网、一线” 'one hall, one "
      "network, one hotline', the name of the service system; as wr_chongqing_2025_d 只进一门)")
g.neg("“全国一张清单”", "一张清单", LABEL_NOTE + " (“全国一张清单” 'one nationwide list', the "
      "negative-list management model), not a count")
g.neg("参与“两重”比例", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设); "
      "the 比例 after it states no number")

# ==== line 5 (source 35): (三) ====================================================================
g.neg("(三)持续挖掘", "(三)", MARKER_NOTE)
g.neg("以“两重”“两新”", "两重", LABEL_NOTE + " (两重)")
g.neg("“两重”“两新”为牵引", "两新", LABEL_NOTE + " (两新 = 大规模设备更新和消费品以旧换新)")

# ==== line 6 (source 36): 加快重大项目建设 ========================================================
fact("完成投资2000亿元以上", "2000亿元", value=2000e8, unit="CNY", kind="amount", bound="ge",
     metric="重大项目投资",
     metric_alts=["完成投资", "重大项目完成投资", "完成重大项目投资", "重点项目投资",
                  "重大项目投资额", "投资"], **PLAN,
     note="完成…以上 → target, ge (outside the span); the investment of the year's major "
          "projects under the 重大项目建设攻坚年 campaign (the paragraph's topic; the review "
          "has 完成重点项目投资1700亿元以上, wr_xizang_2025_b); " + FRAME_NOTE)
g.neg("加快G318、", "G318", ROAD_NOTE.format("G318"))
g.neg("G318、G219、", "G219", ROAD_NOTE.format("G219"))
g.neg("、G109和农村公路", "G109", ROAD_NOTE.format("G109"))
g.neg("华西二院西藏医院", "二院", NAME_NOTE.format("华西二院, West China Second University "
      "Hospital, in the name 华西二院西藏医院"))
g.neg("向自治区成立60周年献礼", "60周年", ANNIV_NOTE)

# ==== line 7 (source 37): 加力促进消费增长 (no facts) ==============================================
g.neg("支持首发经济", "首发", FIRST_NOTE + " (首发经济 'debut economy', as wr_henan_2025_b)")

# ==== line 8 (source 38): (四) ====================================================================
g.neg("(四)因地制宜", "(四)", MARKER_NOTE)
g.neg("持续优化一产", "一产", SECTOR_NOTE.format("一产", "一"))
g.neg("壮大二产", "二产", SECTOR_NOTE.format("二产", "二"))
g.neg("提升三产", "三产", SECTOR_NOTE.format("三产", "三"))

# ==== line 9 (source 39): 大力发展特色优势产业 =====================================================
g.neg("打造一批精品景区", "一批", VAGUE_NOTE)
fact("加工业总产值增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="农畜产品加工业总产值",
     metric_alts=["农畜产品加工业产值", "农畜产品加工总产值", "农畜产品加工业"],
     comparison="yoy", **PLAN,
     note="以上 → ge (outside the span); no basis → yoy; " + FRAME_NOTE)

# ==== line 10 (source 40): 加快补齐产业发展短板 ====================================================
fact("安排产业发展资金30亿元", "30亿元", value=30e8, unit="CNY", kind="amount",
     metric="产业发展资金",
     metric_alts=["安排产业发展资金", "产业发展资金规模", "产业资金", "资金"], **PLAN,
     note="funds earmarked in the 2025 budget (as wr_xizang_2025_c 安排资金148亿元); "
          + FRAME_NOTE)
fact("培育高新技术企业160家", "160家", value=160, unit="count", kind="count",
     classifier="家", metric="高新技术企业",
     metric_alts=new("高新技术企业", "培育高新技术企业", "新培育高新技术企业"), **PLAN_SET,
     note="firms to be fostered in 2025; 增量 alts (README §3); " + SET_NOTE)
fact("专精特新中小企业10家", "10家", value=10, unit="count", kind="count", classifier="家",
     metric="专精特新中小企业",
     metric_alts=new("专精特新中小企业", "培育专精特新中小企业", "专精特新企业"), **PLAN_SET,
     note="verb 培育 shared with 160家; 增量 alts (README §3); " + SET_NOTE)
g.neg("认定一批绿色工厂", "一批", VAGUE_NOTE)
g.neg("培育一批大国工匠", "一批", VAGUE_NOTE)

# ==== line 11 (source 41): (五) ===================================================================
g.neg("(五)统筹推进", "(五)", MARKER_NOTE)
g.neg("平等交换、双向流动", "双向", "双向 'two-way' (flows in both directions), not a quantity (as "
      "nw_cctv_20240422_west_2024)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_xizang_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, the line range as "
    "briefed. Part of the document: the plan for 2025 (part 2025年工作安排, heading on source "
    "line 23, outside the excerpt): the last paragraph of task (一) (构建社会治理共建共治共享"
    "新格局), task (二) 全力以赴稳预期促增长 (heading; 着力强化政策支持, 持续优化发展环境), task (三) "
    "持续挖掘投资消费潜能 (heading; 加快重大项目建设, 加力促进消费增长), task (四) 因地制宜发展新质"
    "生产力 (heading; 大力发展特色优势产业, 加快补齐产业发展短板) and the heading of task (五) 统筹"
    "推进城乡融合发展. Lines 1-15, 16-25 and 42-52 are annotated in wr_xizang_2025_b, "
    "wr_xizang_2025 and wr_xizang_2025_c (no overlap). The run is sparse in numbers (five facts; "
    "most numerals are labels). Title, source line and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line, as wr_xizang_2025). Date: "
    "2025-01-19, the delivery date in the header (source line 3: ——2025年1月19日在西藏自治区第"
    "十二届人民代表大会第三次会议上); the shared meta agrees. Place: 西藏自治区 (西藏, 全区, 我区, "
    "自治区 → alts). Periods: no line states a period; every fact takes the section frame 2025 "
    "(SPEC §4), period text 攻坚年 (the excerpt's own name for the plan year in line 6, 重大项目"
    "建设攻坚年; the heading's 2025年 is outside the excerpt), null as alt; counts of "
    "firms to be fostered add the end instant as alt. Modality: target throughout. Bounds: "
    "以上 → ge; otherwise eq. Units: 亿元 → CNY; 家 → counts. Judgement calls: 完成投资2000亿元"
    "以上 → metric 重大项目投资 (the paragraph's topic 加快重大项目建设; 完成投资 as alt); 三个环节 "
    "/ 三种能力 / 三项机制 → appositives restating lists just named (negatives); 一产/二产/三产 → "
    "sector names; “一门、一网、一线”, “全国一张清单”, “高效办成一件事”, “三保” → labels. "
    "Negatives: 三个, 三种, 三项, 60周年 ×2, (二)-(五), 三保, 一揽子, 一件事, 一门、一网、一线, "
    "一张清单, 两重 ×2, 两新, G318, G219, G109, 二院, 首发, 一产, 二产, 三产, 一批 ×3, 双向. "
    "Lexicalized, not listed: 一致 (一致性), 统一 ×2, 一体化, 进一步 ×3.")

g.write(date=REF, source=f"shared/texts/work_report/wr_xizang_2025.txt lines "
        f"{FIRST}–{LAST} (来源：西藏日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
