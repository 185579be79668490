"""Gold annotations for wr_henan_2025_d (2025年河南省政府工作报告, the 2025 tasks, fourth
excerpt), lines 51-61 of shared/texts/work_report/wr_henan_2025.txt.

The excerpt corpora/wr_henan_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the last two paragraphs of task （七）更大力度推动深层次
改革和高水平开放 (深化制度型开放, 深化一流营商环境建设), task （八）更大力度推动文化传承发展 in
full (文旅文创, 文化遗产, 文化服务) and task （九）更大力度推动民生持续改善 in full (就业, 教育,
健康, 社会保障).  The line range was given by the brief (lines 51-61, 2,264 characters with
the final newline); lines 9-18 are annotated in wr_henan_2025, 21-34 in wr_henan_2025_b and
36-50 in wr_henan_2025_c (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_henan_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_henan_2025_d"
PLACE = "河南省"
REF = "2025-01-18"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_henan_2025.txt"
FIRST, LAST = 51, 61                    # 1-based, inclusive, whole lines
TITLE = "2025年河南省政府工作报告"
HN_ALTS = ["河南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="深化制度型开放。",
                 ends="着力解决群众的急难愁盼问题。")
text = g.text
fact = g.with_subject(PLACE, HN_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN3_NOTE = "name of a three-year plan or campaign (三年行动), not a duration fact"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
EDITION_NOTE = "edition label of an event ({}), not a count"
DASH_NOTE = ("一 here is a typo of the dash - in the route name {} (cf. 郑州-墨西哥城 in the same "
             "sentence), not a quantity")

# ---- periods (reference date 2025-01-18) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年重点工作 (heading on source line 21, outside the
# excerpt; annotated in wr_henan_2025_b): the plan for 2025 → modality target.  No line of
# the excerpt names a period of its own (no 今年, 全年, 年度 or date), so every number takes
# the section frame 2025-01-01..2025-12-31 (SPEC §4) with the heading's period text 2025年
# (as wr_henan_2025_b / wr_henan_2025_c; that surface is not in this excerpt, kept
# deliberately: dates are what is scored), null in period_alts.  A share of a stock to be
# reached (公办园在园幼儿超过50%) is the instant at the end of the frame, 2025-12-31, the year
# and null as alts (as 常住人口城镇化率 in wr_henan_2025_c).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; no period in the excerpt: section frame of the heading "
             "三、2025年重点工作 (source line 21, 2025), null as alt")
END_NOTE = ("a share of a stock to be reached → the instant at the end of the 2025 frame "
            "(stock rule), the year and null as alts")


# ==== line 1 (source 51): 深化制度型开放 ==========================================================
g.neg("持续开展首创性", "首创", "adjective 首创性 'pioneering', not a rank or count (as "
      "wr_anhui_2025_b)")
g.neg("郑州一卢森堡", "一", DASH_NOTE.format("郑州一卢森堡 (郑州-卢森堡 “空中丝路”)"))
g.neg("郑州一吉隆坡", "一", DASH_NOTE.format("郑州一吉隆坡"))
g.neg("等“双枢纽”建设", "双枢纽", LABEL_NOTE + " (“双枢纽”: paired hub airports, as "
      "wr_beijing_2025), not a count claim")
fact("货邮吞吐量100万吨", "100万吨", value=1e6, unit="t", kind="amount",
     metric="货邮吞吐量", metric_alts=["郑州机场货邮吞吐量", "机场货邮吞吐量"],
     subject="郑州机场", subject_alts=["郑州新郑国际机场", "郑州", PLACE] + HN_ALTS, **PLAN,
     note="the airport owns the number (as 货邮吞吐量突破80万吨 in wr_henan_2025); no bound "
          "word → eq; " + PLAN_NOTE)
fact("开行班列4000班次", "4000班次", value=4000, unit="count", kind="count",
     classifier="班次", metric="中欧班列开行",
     metric_alts=["开行班列", "班列开行", "中欧班列", "中欧班列开行班次", "中欧班列（郑州）开行",
                  "班列开行班次", "开行班列班次", "中欧班列开行数量"],
     subject_alts=HN_ALTS + ["中欧班列（郑州）", "中欧班列（郑州）集结中心", "中欧班列"],
     **PLAN, note="trains of 中欧班列（郑州） to run in 2025 (the sentence's topic; metric as "
                  "中欧班列开行 in wr_henan_2025); " + PLAN_NOTE)
fact("有进出口实绩企业1000家", "1000家", value=1000, unit="count", kind="count",
     classifier="家", bound="ge", metric="有进出口实绩企业",
     metric_alts=new("有进出口实绩企业", "新增有进出口实绩企业", "进出口实绩企业",
                     "有进出口实绩的企业"), **PLAN,
     note="新增 N 以上 → ge (以上 outside the span); firms to start trading in 2025; 增量 alts "
          "(README §3; metric as wr_henan_2025); " + PLAN_NOTE)

# ==== line 2 (source 52): 深化一流营商环境建设 =====================================================
fact("再下降0.3个百分点", "0.3个百分点", value=-0.3, unit="pp", kind="change",
     metric="社会物流总费用与生产总值的比率",
     metric_alts=["社会物流总费用与GDP的比率", "社会物流总费用占GDP比重",
                  "社会物流总费用与生产总值比率", "社会物流总费用占生产总值比重",
                  "社会物流总费用与地区生产总值的比率", "社会物流总费用与生产总值的比例",
                  "社会物流成本"],
     comparison="yoy", **PLAN,
     note="下降 N 个百分点 → change −0.3 pp of the ratio (README §3: the share's metric), "
          "against the year before → yoy; 再 'further' adds nothing to the value; "
          + PLAN_NOTE)
g.neg("健全“高效办成一件事”", "一件事", LABEL_NOTE + " (service-programme name 高效办成一件事)")
g.neg("提升“万人助万企”", "万人助万企", LABEL_NOTE + " (campaign name “万人助万企” 'ten "
      "thousand cadres help ten thousand firms', as 万名干部进万企 in wr_yunnan_2025), not a "
      "count")

# ==== line 3 (source 53): heading （八） ==========================================================
g.neg("（八）更大力度", "（八）", MARKER_NOTE)

# ==== line 4 (source 54): 塑造文旅文创新品牌 ======================================================
g.neg("产业链群建设三年行动", "三年", PLAN3_NOTE)
g.neg("开展“四季河南”", "四季", LABEL_NOTE + " (event brand “四季河南” 'Henan in four seasons'), "
      "not a count")

# ==== line 5 (source 55): 彰显文化遗产新魅力 (no facts) ============================================
g.neg("推动双槐树等", "双槐树", PLACE_NOTE.format("双槐树, an archaeological site in 巩义"))
g.neg("推动二里头遗址", "二里头", PLACE_NOTE.format("二里头遗址, the Erlitou site"))
g.neg("、万里茶道河南段", "万里茶道", PLACE_NOTE.format("万里茶道, the Tea Road heritage "
      "route; 万里 is part of the name, not a length"))

# ==== line 6 (source 56): 扩大文化服务新供给 (no facts) ============================================
g.neg("河南第四届全民阅读大会", "第四届", EDITION_NOTE.format("第四届全民阅读大会"))

# ==== line 7 (source 57): heading （九） ==========================================================
g.neg("（九）更大力度", "（九）", MARKER_NOTE)

# ==== line 8 (source 58): 努力让就业更充分 =========================================================
fact("转移就业40万人", "40万人", value=400000, unit="count", kind="count", classifier="人",
     metric="新增农村劳动力转移就业",
     metric_alts=["农村劳动力转移就业", "新增农村劳动力转移就业人数", "农村劳动力转移就业增量",
                  "农村劳动力转移就业人数"], **PLAN,
     note="standard indicator name, 新增 kept (as 转移就业50.6万人 in wr_henan_2025); "
          + PLAN_NOTE)
fact("职业技能培训200万人次", "200万人次", value=2e6, unit="count", kind="count",
     classifier="人次", metric="职业技能培训",
     metric_alts=["职业技能培训人次", "完成职业技能培训", "完成职业技能培训人次"], **PLAN,
     note="完成 → target (a task for 2025); 人次 is a classifier (SPEC §3); " + PLAN_NOTE)
fact("新增高技能人才65万人", "65万人", value=650000, unit="count", kind="count",
     classifier="人", metric="新增高技能人才",
     metric_alts=["高技能人才", "高技能人才增量", "高技能人才数量增量", "新增高技能人才数量",
                  "高技能人才数量"], **PLAN,
     note="indicator 新增高技能人才 kept whole, 增量 alts (as 新增技能人才 in wr_henan_2025); "
          + PLAN_NOTE)
g.neg("办好第三届全国", "第三届", EDITION_NOTE.format("第三届全国职业技能大赛"))

# ==== line 9 (source 59): 努力让教育更优质 =========================================================
fact("在园幼儿超过50%", "50%", value=50, unit="%", kind="share", bound="gt",
     metric="公办园在园幼儿占比",
     metric_alts=["公办园在园幼儿比例", "公办园在园幼儿占比例", "公办园在园幼儿比重",
                  "公办幼儿园在园幼儿占比", "公办园在园幼儿占在园幼儿比例", "公办园在园幼儿"],
     **PLAN_END,
     note="超过 → gt (outside the span); the share of the children enrolled (a stock) who "
          "attend public kindergartens; " + END_NOTE + "; " + PLAN_NOTE)
g.neg("推进新一轮职业学校", "一轮", "新一轮 'a new round', not a count")
g.neg("职业学校“双高工程”", "双高工程", LABEL_NOTE + " (“双高工程”: high-level vocational "
      "schools and programmes, as 双高计划 in doc004)")
g.neg("河南大学“双一流”", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines)")
g.neg("提质晋位、第二梯队", "第二梯队", "tier label 第二梯队 ('the second tier' of the 双一流 "
      "universities), not a ranked position (as 第一梯队 in wr_hainan_2025)")

# ==== line 10 (source 60): 努力让人民更健康 ========================================================
fact("河南医院等5家医院", "5家", value=5, unit="count", kind="count", classifier="家",
     metric="国家区域医疗中心医院",
     metric_alts=["医院", "建成医院", "建成国家区域医疗中心医院", "国家区域医疗中心",
                  "医院数量", "国家区域医疗中心数量", "建成国家区域医疗中心"],
     **PLAN,
     note="judgement call: the hospitals of the national regional medical centres (北京天坛"
          "医院河南医院等) to be completed in 2025, the sentence's topic 国家区域医疗中心 in "
          "the metric; " + PLAN_NOTE)
fact("推进53个国家中医", "53个", value=53, unit="count", kind="count", classifier="个",
     metric="国家中医优势专科",
     metric_alts=["国家中医优势专科建设", "中医优势专科", "国家中医优势专科数量",
                  "推进国家中医优势专科建设"], **PLAN,
     note="verb 推进…建设 shared with 7个; " + PLAN_NOTE)
fact("和7个中医特色", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="中医特色重点医院",
     metric_alts=["中医特色重点医院建设", "中医特色重点医院数量", "推进中医特色重点医院建设"],
     **PLAN, note=PLAN_NOTE)
fact("新增100所达到", "100所", value=100, unit="count", kind="count", classifier="所",
     metric="达到二级医院服务能力的县域医疗卫生次中心",
     metric_alts=new("县域医疗卫生次中心", "县域医疗卫生次中心",
                     "新增达到二级医院服务能力的县域医疗卫生次中心", "新增县域医疗卫生次中心",
                     "达到二级医院服务能力的县域医疗卫生次中心数量"), **PLAN,
     note="新增 N: centres to be added in 2025; the standard (二级医院服务能力) defines the "
          "counted set → in the metric, the plain noun and 增量 as alts (README §3; as "
          "首批100个县域医疗卫生次中心 in wr_henan_2025); " + PLAN_NOTE)
g.neg("达到二级医院", "二级", "hospital grade label 二级 (as 三级 in wr_henan_2025), part of "
      "the metric of 100所, not a quantity")

# ==== line 11 (source 61): 努力让社会保障更完善 =====================================================
g.neg("残疾人“两项补贴”", "两项补贴", "programme name “两项补贴” (the two disability "
      "allowances), not a count (as wr_china_2019)")
g.neg("覆盖城乡的三级养老", "三级", "three-tier label 三级 (province/county–township–village "
      "network), not a quantity")
fact("提升100家县级", "100家", value=100, unit="count", kind="count", classifier="家",
     metric="县级特用供养机构",
     metric_alts=["县级特困供养机构", "特困供养机构", "提升服务水平的县级特困供养机构",
                  "县级特困供养机构数量", "县级特用供养机构数量", "县级特困人员供养服务机构"],
     **PLAN,
     note="institutions whose service is to be upgraded in 2025; metric as written (特用, a "
          "typo of 特困 in the source), the corrected forms as alts (as 制追业 in "
          "wr_henan_2025_b); " + PLAN_NOTE)
fact("实现1000所乡镇", "1000所", value=1000, unit="count", kind="count", classifier="所",
     metric="乡镇区域养老服务中心",
     metric_alts=["乡镇区域养老服务中心转型", "转型乡镇区域养老服务中心", "区域养老服务中心",
                  "乡镇区域养老服务中心数量", "乡镇敬老院"], **PLAN,
     note="homes to be converted into regional elderly-care centres in 2025 (cf. 400个乡镇"
          "敬老院 converted in 2024, wr_henan_2025); " + PLAN_NOTE)
fact("建成1000个村级", "1000个", value=1000, unit="count", kind="count", classifier="个",
     metric="村级标准化养老服务站点",
     metric_alts=new("村级标准化养老服务站点", "建成村级标准化养老服务站点", "养老服务站点",
                     "村级养老服务站点"), **PLAN,
     note="建成 N: sites to be completed in 2025; 增量 alts (README §3); " + PLAN_NOTE)
fact("培育100个养老", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="养老服务品牌企业",
     metric_alts=new("养老服务品牌企业", "培育养老服务品牌企业"), **PLAN,
     note="firms to be fostered in 2025; " + PLAN_NOTE)
fact("医养结合床位2.4万张", "2.4万张", value=24000, unit="count", kind="count",
     classifier="张", metric="医养结合床位",
     metric_alts=["新增或改造提升医养结合床位", "医养结合床位数量", "新增医养结合床位",
                  "医养结合床位增量", "医养结合床位数"], **PLAN,
     note="beds to be added or upgraded in 2025 (新增或改造提升: not a pure 增量, the plain "
          "noun as metric); " + PLAN_NOTE)
fact("办好十项重点民生实事", "十项", value=10, unit="count", kind="count", classifier="项",
     metric="重点民生实事", metric_alts=["民生实事", "重点民生实事数量"], **PLAN,
     note="count of the year's measures (as 十项重点民生实事 in wr_henan_2025, there done in "
          "2024); 办好 → target; " + PLAN_NOTE)

NOTES = (
    "Excerpt: lines 51-61 of shared/texts/work_report/wr_henan_2025.txt (2,264 characters "
    "with the final newline), as given by the brief, sliced by code: the last two paragraphs "
    "of task （七） (深化制度型开放, 深化一流营商环境建设), task （八） (文旅文创, 文化遗产, 文化服务) "
    "and task （九） (就业, 教育, 健康, 社会保障) in full. It lies in part 三、2025年重点工作 "
    "(source line 21), the plan for the report year. Lines 9-18 are annotated in "
    "wr_henan_2025, 21-34 in wr_henan_2025_b and 36-50 in wr_henan_2025_c (no overlap). "
    "Title and dateline are outside the excerpt (title_in_text=False; title as the source's "
    "first line). Date: 2025-01-18, the delivery date in the report's header (source line 2: "
    "2025年1月18日在河南省第十四届人民代表大会第三次会议上), as wr_henan_2025 / _b / _c; the "
    "corpus meta agrees. Place: 河南省 (河南, 全省, 我省 → alts); 郑州机场 owns its cargo "
    "target; 中欧班列（郑州） as subject alt of the train runs. Periods: the excerpt names no "
    "period of its own, so every number takes the section frame 2025-01-01..2025-12-31 "
    "(SPEC §4) with the heading's period text 2025年 (not in the excerpt, so shared/gold/"
    "check_gold.py may report it as 'not in the article': kept deliberately, as "
    "wr_henan_2025_c), null as alt; 公办园在园幼儿超过50% (a share of a stock to be reached) → "
    "instant 2025-12-31 with the year and null as alts. Modality: target throughout (plan "
    "text: 开行, 新增, 下降, 完成, 建成, 推进, 培育, 提升, 办好). Bounds: 超过 → gt; 以上 → ge. "
    "Units: 万吨 → t; 班次, 人次, 家, 所, 个, 张, 项 → classifiers; 再下降0.3个百分点 → change "
    "−0.3 pp (yoy). Judgement calls: 一 in 郑州一卢森堡 / 郑州一吉隆坡 read as a typo of the dash "
    "(negatives); 5家医院 → count with the regional medical centres in the metric; 特用 "
    "(typo of 特困) kept in the metric, corrected forms as alts; 医养结合床位 (新增或改造提升) "
    "→ plain noun; 万里茶道, 二里头, 双槐树 → names; 万人助万企, 四季河南 → labels. Negatives: "
    "首创, 一 ×2, 双枢纽, 一件事, 万人助万企, （八）, 三年, 四季, 双槐树, 二里头, 万里茶道, 第四届, "
    "（九）, 第三届, 一轮, 双高工程, 双一流, 第二梯队, 二级, 两项补贴, 三级. Lexicalized, not "
    "listed: 一流 (一流营商环境), 统一, 清单.")

g.write(date=REF, source=f"shared/texts/work_report/wr_henan_2025.txt lines {FIRST}–{LAST}",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
