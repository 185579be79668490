"""Gold annotations for wr_guizhou_2025_f (2025年贵州省政府工作报告, the 2025 plan: science,
talent, reform, opening), lines 41-46 of shared/texts/work_report/wr_guizhou_2025.txt.

The excerpt corpora/wr_guizhou_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The lines are given by the brief (a run of whole lines
that need not start at a heading, as unseen test excerpts are cut): the last two paragraphs
of task （四） 一体推进教育科技人才事业发展 — 聚焦产业发展需求深入推进科技创新 (laboratories,
science funds, projects, patents, technology contracts, enterprise-led research, high-tech
firms) and 加大人才培育引进力度 (new talent) —, task （五） 统筹推进深层次改革和高水平开放 in
full (heading, 深化重点领域关键环节改革, 发展高水平开放型经济: air routes, county economy) and
the heading paragraph of task （六） 扎实推进乡村全面振兴.  All of it lies in part
二、2025年主要目标任务 (heading on source line 22, outside the excerpt): the plan for 2025.
Lines 10-12, 15-17, 22-29, 30-32 and 57-65 are annotated in wr_guizhou_2025 / _b / _d / _e /
_c (no overlap).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guizhou_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_guizhou_2025_f"
PLACE = "贵州省"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_guizhou_2025.txt"
FIRST, LAST = 41, 46                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年贵州省政府工作报告"
GZ_ALTS = ["贵州", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="聚焦产业发展需求深入推进科技创新。",
                 ends="推动农业增效益、农村增活力、农民增收入。")
text = g.text
fact = g.with_subject(PLACE, GZ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
SET_LABEL_NOTE = "N大 + category, a set label (README §2 八大), not a count claim"

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt lies in part 二、2025年主要目标任务 (heading on source line 22, outside the
# excerpt; 今年是“十四五”规划收官之年, source line 23): the tasks for 2025 → modality target.
# None of the six lines states a period of its own, so every number takes the section frame
# 2025-01-01..2025-12-31 (SPEC §4) with the heading's period text 2025年 (outside the
# excerpt; period text is not scored) and the null reading in period_alts (PLAN, as
# wr_guizhou_2025_d / _e).  Things to be built, set up or laid out as a set (新组建, 布局建设
# N 家) → the year with the end instant as a further alt (PLAN_SET); a cumulative total to be
# reached (累计恢复和新增…15条) → the instant 2025-12-31 with the year and null as alts
# (PLAN_END).  Sizes of existing sets the plan works on (已批建的3家/22家 laboratories, the 5
# national key laboratories it supports) → actual, the frame with null and the reference date
# as alts (EXIST, as wr_guizhou_2025_c / _d / _e).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
S25_NOW = P("2025年", REF, REF)
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
EXIST = dict(period=S25, period_alts=[S25_NULL, S25_NOW], modality="actual")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年主要目标任务 (source line 22, outside the excerpt), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/set up: the end instant as a further alt"
END_NOTE = ("a cumulative total (a stock) to be reached → the instant at the end of the 2025 "
            "frame (stock rule), the year and null as alts; target")
EXIST_NOTE = ("judgement call: {} — the size of an existing set the plan works on, not a goal "
              "→ actual (as wr_guizhou_2025_c 5个国家区域医疗中心二期项目 / wr_guizhou_2025_e "
              "2个国家重大产业备份项目); section frame 2025 with null and the reference date as "
              "alts; target is the alternative reading")

# ==== line 1 (source 41): 聚焦产业发展需求深入推进科技创新 =========================================
g.neg("深入实施六大重大科技战略行动", "六大", SET_LABEL_NOTE + " (六大重大科技战略行动)")
fact("等5家全国重点实验室", "5家", value=5, unit="count", kind="count", classifier="家",
     metric="全国重点实验室",
     metric_alts=["全国重点实验室建设", "全国重点实验室数量", "支持建设全国重点实验室",
                  "重点实验室", "绿色农药、特种化学电源等全国重点实验室"], **EXIST,
     note=EXIST_NOTE.format("the 5 national key laboratories (绿色农药, 特种化学电源 …) whose "
                            "building the plan supports (支持…建设), already designated"))
LAB_NOTE = EXIST_NOTE.format("已批建 'already approved' (in 2024: 启动建设…3个省实验室，批复建设"
                             "22个全省重点实验室, source line 14) — laboratories whose building "
                             "continues (持续推进…建设)")
fact("已批建的3家省实验室", "3家", value=3, unit="count", kind="count", classifier="家",
     metric="省实验室",
     metric_alts=["已批建的省实验室", "已批建省实验室", "省实验室数量", "省实验室建设",
                  "已批建的省实验室数量"], **EXIST, note=LAB_NOTE)
fact("和22家全省重点实验室", "22家", value=22, unit="count", kind="count", classifier="家",
     metric="全省重点实验室",
     metric_alts=["已批建的全省重点实验室", "已批建全省重点实验室", "全省重点实验室数量",
                  "省重点实验室", "全省重点实验室建设", "重点实验室"], **EXIST,
     note="已批建 shared with 3家; " + LAB_NOTE)
g.neg("关键零部件", "零部件", "lexicalized 零部件 'parts'; 零 is not zero (as wr_guizhou_2025_e)")
fact("新组建3家以上省实验室", "3家", value=3, unit="count", kind="count", classifier="家",
     bound="ge", metric="省实验室",
     metric_alts=new("省实验室", "新组建省实验室", "新组建的省实验室", "实验室"), **PLAN_SET,
     note="以上 → ge (outside the span); 新组建 N 家: laboratories to be newly set up in 2025, "
          "增量 alts (README §3, as wr_guangxi_2025_d 新组建自治区实验室3家); " + SET_NOTE)
fact("再布局建设30家左右", "30家", value=30, unit="count", kind="count", classifier="家",
     bound="approx", metric="全省重点实验室",
     metric_alts=new("全省重点实验室", "布局建设全省重点实验室", "再布局建设全省重点实验室",
                     "省重点实验室", "重点实验室"), **PLAN_SET,
     note="左右 → approx (outside the span); laboratories to be laid out in 2025 (再布局建设), "
          "增量 alts; " + SET_NOTE)
FUND = ["财政科技资金投入“六大产业基地”等领域的比重", "财政科技资金投入六大产业基地等领域比重",
        "财政科技资金投入比重", "财政科技资金占比", "财政科技资金投入“六大产业基地”等领域占比",
        "财政科技资金投入重点产业领域比重"]
fact("将财政科技资金80%以上", "80%", value=80, unit="%", kind="share", bound="ge",
     metric="财政科技资金投入“六大产业基地”等领域比重", metric_alts=FUND, **PLAN,
     note="以上 → ge (outside the span); the part of the year's fiscal science funds spent on "
          "the six industry bases and like fields (a share of a flow) → the year; " + PLAN_NOTE)
g.neg("投入“六大产业基地”", "六大", SET_LABEL_NOTE + " (“六大产业基地”, the six industry "
      "bases; part of the share's metric)")
fact("实施20项以上重大科技项目", "20项", value=20, unit="count", kind="count", classifier="项",
     bound="ge", metric="重大科技项目",
     metric_alts=["实施重大科技项目", "重大科技项目数量", "科技项目"], **PLAN,
     note="以上 → ge (outside the span); projects to be carried out in 2025; " + PLAN_NOTE)
fact("转化100项以上科技成果", "100项", value=100, unit="count", kind="count", classifier="项",
     bound="ge", metric="转化科技成果",
     metric_alts=["科技成果", "科技成果转化", "转化科技成果数量", "科技成果数量",
                  "科技成果转化数量", "转化的科技成果"], **PLAN,
     note="以上 → ge (outside the span); results to be transferred in 2025 (a flow; the verb "
          "in the primary metric, as the count is of transfers); " + PLAN_NOTE)
g.neg("联合建设一批概念验证中心", "一批", VAGUE_NOTE)
fact("布局建设10家高价值专利培育中心", "10家", value=10, unit="count", kind="count",
     classifier="家", metric="高价值专利培育中心",
     metric_alts=new("高价值专利培育中心", "布局建设高价值专利培育中心", "专利培育中心"),
     **PLAN_SET, note=SET_NOTE)
fact("技术合同成交额增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="技术合同成交额",
     metric_alts=["技术合同成交金额", "技术合同交易额", "技术合同成交额增速"],
     subject_alts=GZ_ALTS + ["贵州技术交易市场"], comparison="yoy", **PLAN,
     note="以上 → ge (outside the span); the province's contract turnover (the sentence names "
          "the 贵州技术交易市场 first; the province keeps the subject, the market as alt); "
          + PLAN_NOTE)
fact("省级产业类科技计划项目80%以上", "80%", value=80, unit="%", kind="share", bound="ge",
     metric="省级产业类科技计划项目由企业牵头承担比重",
     metric_alts=["省级产业类科技计划项目由企业牵头承担的比重", "企业牵头承担省级产业类科技计划项目比重",
                  "省级产业类科技计划项目企业牵头承担比例", "企业牵头承担比例",
                  "省级产业类科技计划项目企业牵头占比", "由企业牵头承担的省级产业类科技计划项目占比"],
     **PLAN,
     note="以上 → ge (outside the span); the share of the year's provincial industrial S&T "
          "projects led by firms (as wr_anhui_2025 由企业牵头的省科技攻坚项目占比); "
          + PLAN_NOTE)
fact("成果转化类创新平台80%以上", "80%", value=80, unit="%", kind="share", bound="ge",
     metric="新布局建设的技术创新和成果转化类创新平台由企业牵头组建比重",
     metric_alts=["技术创新和成果转化类创新平台由企业牵头组建比重",
                  "新布局建设的技术创新和成果转化类创新平台由企业牵头组建的比重",
                  "企业牵头组建创新平台比重", "企业牵头组建比例", "创新平台企业牵头组建占比",
                  "由企业牵头组建的创新平台占比"], **PLAN,
     note="以上 → ge (outside the span); share of the platforms newly laid out in 2025 that "
          "firms lead; " + PLAN_NOTE)
fact("新增高新技术企业100家以上", "100家", value=100, unit="count", kind="count",
     classifier="家", bound="ge", metric="高新技术企业",
     metric_alts=new("高新技术企业", "新增高新技术企业", "高企", "国家高新技术企业"), **PLAN,
     note="以上 → ge (outside the span); 新增 N: firms to be added in 2025, 增量 alts (README "
          "§3, as wr_guizhou_2025_e 新增规模以上工业企业400户以上); " + PLAN_NOTE)

# ==== line 2 (source 42): 加大人才培育引进力度 =====================================================
g.neg("“一人一策”支持", "一人一策", LABEL_NOTE + " (“一人一策” 'one policy per person')")
g.neg("“百千万人才引进计划”", "百千万", LABEL_NOTE + " (“百千万人才引进计划”, the name of a "
      "talent programme), not a count")
fact("新增各类人才25万人", "25万人", value=25e4, unit="count", kind="count", classifier="人",
     metric="各类人才",
     metric_alts=new("各类人才", "新增各类人才", "人才", "新增人才"), **PLAN,
     note="新增 N: talent to be added in 2025, 增量 alts (README §3); 万人 → 250000 人; "
          + PLAN_NOTE)

# ==== line 3 (source 43): heading （五） ===========================================================
g.neg("（五）统筹推进", "（五）", MARKER_NOTE)

# ==== line 4 (source 44): 深化重点领域关键环节改革 (no facts) ========================================
g.neg("完善“1+1+N”预算", "1+1+N", LABEL_NOTE + " (“1+1+N”预算绩效管理制度, a system's name), "
      "not counts (as wr_yunnan_2025_d “1+1+N”)")
g.neg("深化零基预算改革", "零基", "reform label 零基预算 (zero-based budgeting), not a quantity "
      "(as wr_anhui_2025)")
g.neg("承包地“三权分置”", "三权分置", LABEL_NOTE + " (“三权分置”: the three rights to rural "
      "land)")
g.neg("集体“三资”监管", "三资", LABEL_NOTE + " (“三资”: 资金、资产、资源 of village "
      "collectives)")

# ==== line 5 (source 45): 发展高水平开放型经济 =====================================================
g.neg("沿着“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
g.neg("拓市场争订单行动", "订单", "lexicalized 订单 'order'; 单 is not a quantity (as "
      "nw_cctv_20200104_xinjiang_ports_2019)")
g.neg("及“新三样”出口", "新三样", LABEL_NOTE + " (“新三样” = 电动汽车、锂电池、光伏产品)")
g.neg("推进“1+9”国家级", "1+9", LABEL_NOTE + " (“1+9”国家级开放创新平台, a group name: the "
      "inland open-economy pilot zone and nine national platforms), not counts — judgement "
      "call (as “2+3”园区 in wr_yunnan_2025)")
g.neg("完善“一局四中心”", "一局四中心", LABEL_NOTE + " (“一局四中心” 'one bureau, four "
      "centres')")
g.neg("国际贸易“单一窗口”", "单一", LABEL_NOTE + " (“单一窗口” 'single window' for trade, as "
      "wr_anhui_2025_d)")
g.neg("构建“一港多区”", "一港多区", LABEL_NOTE + " (“一港多区” 'one port, many zones')")
fact("客运航线15条", "15条", value=15, unit="count", kind="count", classifier="条",
     metric="国际及地区客运航线",
     metric_alts=["恢复和新增国际及地区客运航线", "累计恢复和新增国际及地区客运航线",
                  "国际及地区客运航线数量", "国际客运航线", "客运航线", "航线",
                  "恢复和新增的国际及地区客运航线"], **PLAN_END,
     note="累计 (restored and added since the pandemic; 13条 restored by the end of 2024, "
          "source line 14) → a cumulative total to be reached: " + END_NOTE)
fact("县域经济总量占全省比重达64%左右", "64%", value=64, unit="%", kind="share",
     bound="approx", metric="县域经济总量占全省比重",
     metric_alts=["县域经济总量占全省经济总量比重", "县域经济总量占比", "县域经济占比",
                  "县域经济总量占全省的比重", "县域经济总量比重", "县域经济总量"], **PLAN,
     note="达 → eq, 左右 → approx (outside the span); a share of the year's output (a flow) "
          "→ the year (as wr_guizhou_2025 比重达63%左右 for 2024); " + PLAN_NOTE)
g.neg("成渝地区双城经济圈", "双城", "name 成渝地区双城经济圈 ('twin-city economic circle'), "
      "not a quantity (as wr_chongqing_2025)")

# ==== line 6 (source 46): heading （六） (no facts) =================================================
g.neg("（六）扎实推进", "（六）", MARKER_NOTE)
g.neg("学习运用“千万工程”", "千万工程", LABEL_NOTE + " (“千万工程”: Zhejiang's 千村示范、万村"
      "整治 programme, as wr_anhui_2025_d)")
g.neg("深化“四在农家", "四在农家", LABEL_NOTE + " (“四在农家·和美乡村”, Guizhou's rural "
      "programme)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guizhou_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut; it is longer "
    "than the usual 2,000-2,500 characters, but the brief fixes the lines). It lies in part "
    "二、2025年主要目标任务 (heading on source line 22, outside the excerpt), the plan for 2025: "
    "the last two paragraphs of task （四） (聚焦产业发展需求深入推进科技创新, 加大人才培育引进力度), "
    "task （五） in full (heading, 深化重点领域关键环节改革, 发展高水平开放型经济) and the heading "
    "paragraph of task （六）. Lines 10-12, 15-17, 22-29, 30-32 and 57-65 are annotated in "
    "wr_guizhou_2025 / _b / _d / _e / _c (no overlap). Title line, source line and dateline are "
    "outside the excerpt (title_in_text=False; the title as the source's first line). Date: "
    "2025-01-19, the delivery date in the report's dateline (source line 3: ——2025年1月19日在"
    "贵州省第十四届人民代表大会第三次会议上); the corpus meta agrees. Place: 贵州省 (贵州, 全省, "
    "我省 → alts); no other owner of numbers (贵州技术交易市场 as subject alt of 技术合同成交额). "
    "Periods: no line states a period; every number takes the heading's frame 2025 (period "
    "text 2025年, outside the excerpt, 2025-01-01..2025-12-31, null as alt); laboratories and "
    "centres to be set up/laid out (新组建3家以上, 再布局建设30家左右, 10家高价值专利培育中心) → the "
    "year with the end instant as alt; 累计恢复和新增…航线15条 (a cumulative total) → the instant "
    "2025-12-31 with the year and null as alts. Modality: target throughout, except the "
    "existing laboratories the plan works on (5家全国重点实验室 it supports, 已批建的3家省实验室 "
    "and 22家全省重点实验室) → actual (judgement calls, as wr_guizhou_2025_c / _d / _e; the "
    "reference date as a period alt). Bounds: 以上 → ge; 左右 → approx; 达 → eq. Units: 万人 → "
    "count (人); %, counts with 家/项/条. Judgement calls: 80%以上投入“六大产业基地”等领域 and the "
    "two 80%以上由企业牵头 → shares (ge) of the year's funds/projects/platforms; 转化100项以上科技"
    "成果 → count of transfers; 15条 (累计) → a stock at year end; “1+9”, “1+1+N”, 百千万 "
    "(人才引进计划) → labels. Negatives: 六大 ×2, 零部件, 一批, 一人一策, 百千万, （五）, 1+1+N, 零基, "
    "三权分置, 三资, 一带一路, 订单, 新三样, 1+9, 一局四中心, 单一, 一港多区, 双城, （六）, 千万工程, 四在农家. "
    "Lexicalized, not listed: 进一步 ×4, 统一.")

g.write(date=REF, source=f"shared/texts/work_report/wr_guizhou_2025.txt lines {FIRST}–{LAST} "
        "(来源：贵州日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
