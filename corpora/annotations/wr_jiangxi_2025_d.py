"""Gold annotations for wr_jiangxi_2025_d (2025年江西省政府工作报告, the 2025 targets and the
start of the 2025 tasks), lines 19-29 of shared/texts/work_report/wr_jiangxi_2025.txt.

The excerpt corpora/wr_jiangxi_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief: the heading
二、2025年工作安排, its opening line (今年是“十四五”规划收官之年), the 经济社会发展主要预期目标
(source line 21), 重点做好十方面工作, task （一） (有效需求: 扩大有效投资, 大力提振消费, 推动外贸
促稳提质) in full and task （二） (科技创新和产业创新) up to 深化实施“1269”行动计划.  Lines 6-11,
12-16 and 64-85 are annotated in wr_jiangxi_2025 / _b / _c (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_jiangxi_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_jiangxi_2025_d"
PLACE = "江西省"
REF = "2025-01-17"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_jiangxi_2025.txt"
FIRST, LAST = 19, 29                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年江西省政府工作报告"
JX_ALTS = ["江西", "全省", "我省"]
GOV_ALTS = JX_ALTS + ["江西省人民政府", "省人民政府", "省政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二、2025年工作安排",
                 ends="力争开发区亩均工业增加值增长10%左右。")
text = g.text
fact = g.with_subject(PLACE, JX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
SET_NOTE = "set label N大 (README §2 八大), not a count claim"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
PLACE_NOTE = "place name {}, not a quantity"

# ---- periods (reference date 2025-01-17) ---------------------------------------------------
# Line 1 is the heading 二、2025年工作安排: the section frame of the 2025 plan.  Line 2 (今年是
# “十四五”规划收官之年) names 今年 but holds no number, and a period never crosses a line, so
# the main targets of line 3 (经济社会发展主要预期目标是…) state no period of their own: they
# take the heading's frame, period text 2025年, 2025-01-01..2025-12-31, null as alt (as
# wr_yunnan_2025_c / wr_henan_2025); modality target.  Lines 4-11 (重点做好十方面工作 and the
# tasks of （一）/（二）) are plans for 2025 → target, with the same frame (null as alt).  A
# stock to be reached (每万人口高价值发明专利拥有量) is the instant at the end of the frame,
# 2025-12-31, the year and null as alts (as wr_shaanxi_2025_c); a rate over a stock of
# patents (发明专利产业化率) takes the year with the end instant as alt.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
TARGET = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
TARGET_NOTE = ("主要预期目标 → target; section frame of the heading 二、2025年工作安排 (2025), "
               "null as alt")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年工作安排 (2025), null as alt")
NEW_NOTE = "新增 / 培育 N: units to be added in 2025; 增量 alts (README §3); " + PLAN_NOTE


# ==== line 1 (source 19): heading 二、 ==========================================================
g.neg("二、2025年工作安排", "二、", MARKER_NOTE)
g.neg("二、2025年工作安排", "2025年", PERIOD_NOTE + " (section heading: the year of the "
      "targets and tasks, 2025; the period text of the facts without a period of their own)")

# ==== line 2 (source 20): 今年是“十四五”规划收官之年 (no facts) =====================================
g.neg("今年是“十四五”", "今年", PERIOD_NOTE + " (今年 = 2025; governs line 2, which states no "
      "number)")
g.neg("今年是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")

# ==== line 3 (source 21): 主要预期目标 (2025) =====================================================
GDP_ALTS = ["GDP", "生产总值", "全省地区生产总值", "经济增长", "经济增速"]
fact("地区生产总值增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", **TARGET,
     note=TARGET_NOTE + "; 左右 → approx (outside the span)")
fact("工业增加值增长7.5%左右", "7.5%", value=7.5, unit="%", kind="growth", bound="approx",
     metric="规模以上工业增加值", metric_alts=["规上工业增加值", "工业增加值"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 左右 → approx")
fact("固定资产投资增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="固定资产投资", metric_alts=["全省固定资产投资", "固定资产投资增速"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 左右 → approx")
fact("零售总额增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 左右 → approx")
INC_NOTE = ("城镇、农村 … 分别: 城镇 ↔ 5%, 农村 ↔ 6.5% (list order; 居民人均可支配收入 shared, "
            "head restored per part); the trailing 左右 covers both values (README §6, as "
            "分别达到93%、94%以上 → ge, ge) → approx; " + TARGET_NOTE)
fact("分别增长5%、6.5%", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="城镇居民人均可支配收入",
     metric_alts=["城镇居民收入", "城乡居民人均可支配收入", "居民人均可支配收入",
                  "人均可支配收入"],
     subject_alts=JX_ALTS + ["城镇居民"], comparison="yoy", **TARGET, note=INC_NOTE)
fact("5%、6.5%左右", "6.5%", value=6.5, unit="%", kind="growth", bound="approx",
     metric="农村居民人均可支配收入",
     metric_alts=["农村居民收入", "城乡居民人均可支配收入", "居民人均可支配收入",
                  "人均可支配收入"],
     subject_alts=JX_ALTS + ["农村居民"], comparison="yoy", **TARGET, note=INC_NOTE)
fact("价格涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"], comparison="yoy",
     **TARGET, note="涨幅 = growth of the price level; 左右 → approx; " + TARGET_NOTE)
fact("失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
     note="a rate → share (SPEC §2); 左右 → approx; " + TARGET_NOTE)

# ==== line 4 (source 22): 重点做好十方面工作 ======================================================
fact("重点做好十方面工作", "十方面", value=10, unit="count", kind="count", classifier="方面",
     metric="重点工作方面",
     metric_alts=["方面", "工作方面", "方面工作", "重点工作", "重点做好的工作方面",
                  "重点工作方面数量", "方面数量"],
     subject_alts=GOV_ALTS, **PLAN,
     note="judgement call: the areas of work planned for 2025 (the ten tasks （一）…（十）) → a "
          "count (as 十个方面 in wr_henan_2025_b, 八个方面 in wr_jilin_2025_b); 方面 is the "
          "measure word (no 个); a discourse count (negative) is the alternative; " + PLAN_NOTE)

# ==== line 5 (source 23): （一） ==================================================================
g.neg("（一）充分挖掘", "（一）", MARKER_NOTE)

# ==== line 6 (source 24): 扩大有效投资 ============================================================
g.neg("抢抓国家“两重”", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设)")
g.neg("储备和实施一批", "一批", VAGUE_NOTE)
g.neg("精心谋划“十五五”", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("“十百千万”工程", "十百千万", LABEL_NOTE + " (“十百千万”工程, a project campaign's name, "
      "as wr_jiangxi_2025)")
fact("省大中型项目4600个以上", "4600个", value=4600, unit="count", kind="count",
     classifier="个", bound="ge", metric="省大中型项目",
     metric_alts=["大中型项目", "实施省大中型项目", "省大中型项目数量", "省大中型项目个数"],
     **PLAN, note="以上 → ge (outside the span); projects to be carried out in 2025; "
                  + PLAN_NOTE)
fact("完成投资1.2万亿元左右", "1.2万亿元", value=1.2e12, unit="CNY", kind="amount",
     bound="approx", metric="省大中型项目完成投资",
     metric_alts=["完成投资", "省大中型项目投资", "大中型项目完成投资", "省大中型项目年度投资",
                  "投资"], **PLAN,
     note="左右 → approx (outside the span); 万亿元 = 1e12; the year's investment of the "
          "provincial large and medium projects; " + PLAN_NOTE)
g.neg("、九江神华", "九江", PLACE_NOTE.format("九江 (the city of Jiujiang, in the plant's "
      "name 九江神华电厂)"))
g.neg("神华电厂二期", "二期", PHASE_NOTE.format("二期"))
g.neg("汽车产业园二期", "二期", PHASE_NOTE.format("二期"))
g.neg("江西国轩二期", "二期", PHASE_NOTE.format("二期"))
g.neg("加快昌九高铁", "昌九", PLACE_NOTE.format("昌九 (南昌-九江, in the railway's name "
      "昌九高铁)"))
g.neg("国际机场三期扩建", "三期", PHASE_NOTE.format("三期 (the airport's third-phase "
      "expansion)"))
g.neg("推进实施新一轮", "一轮", "新一轮 'a new round', not a count")

# ==== line 7 (source 25): 大力提振消费 ============================================================
fact("限额以上商贸经营主体2000家", "2000家", value=2000, unit="count", kind="count",
     classifier="家", metric="限额以上商贸经营主体",
     metric_alts=new("限额以上商贸经营主体", "新增限额以上商贸经营主体", "商贸经营主体",
                     "限上商贸经营主体"), **PLAN,
     note="力争新增 → target; 限额以上 is the threshold of the counted set (no numeral); "
          + NEW_NOTE)

# ==== line 8 (source 26): 推动外贸促稳提质 ========================================================
g.neg("稳定和扩大“新三样”", "新三样", LABEL_NOTE + " (“新三样”: electric vehicles, lithium "
      "batteries, photovoltaic products), not a count")

# ==== line 9 (source 27): （二） ==================================================================
g.neg("（二）坚持以科技", "（二）", MARKER_NOTE)

# ==== line 10 (source 28): 一体推进教育科技人才发展 ================================================
g.neg("开展“双一流”", "双一流", LABEL_NOTE + " (“双一流” 'double first-class' universities and "
      "disciplines)")
fact("新增专业布点数60%以上", "60%", value=60, unit="%", kind="share", bound="ge",
     metric="新增专业布点数服务于省域重点产业紧缺岗位占比",
     metric_alts=["新增专业布点服务于省域重点产业紧缺岗位比例",
                  "新增专业布点数服务于省域重点产业紧缺岗位比重",
                  "新增专业布点数服务于重点产业紧缺岗位占比",
                  "新增专业布点服务重点产业紧缺岗位占比", "新增专业布点数占比", "新增专业布点数"],
     **PLAN, note="以上 → ge (outside the span); the share of the new programme sites "
                  "(vocational and technical education) serving the key industries' "
                  "shortage jobs; " + PLAN_NOTE)
g.neg("打造一批市域", "一批", VAGUE_NOTE)
g.neg("科技兴赣六大行动", "六大", SET_NOTE + " (科技兴赣六大行动, the six campaigns, as "
      "wr_jiangxi_2025)")
RD = ["研发经费支出占GDP比重", "R&D经费投入强度", "研发经费投入强度", "研发投入强度",
      "R&D经费支出占地区生产总值比重", "研究与试验发展经费投入强度", "R&D经费支出占GDP的比重"]
fact("占GDP比重突破2%", "2%", value=2, unit="%", kind="share", bound="gt",
     metric="R&D经费支出占GDP比重", metric_alts=RD, **PLAN,
     note="力争 → target; 突破 → gt (outside the span); R&D spending of the year over GDP → "
          "share; " + PLAN_NOTE)
g.neg("每万人口高价值", "万人", "per-10,000-people basis inside the metric name 每万人口高价值"
      "发明专利拥有量, not a count (as wr_anhui_2025 / wr_shaanxi_2025_c)")
fact("拥有量3.3件", "3.3件", value=3.3, unit="count", kind="count", classifier="件",
     metric="每万人口高价值发明专利拥有量",
     metric_alts=["每万人口高价值发明专利", "高价值发明专利拥有量", "每万人高价值发明专利拥有量",
                  "万人口高价值发明专利拥有量"], **PLAN_END,
     note="力争 shared; patents per 10,000 people (a ratio of a stock, classifier 件): the "
          "instant at the end of the 2025 frame, the year and null as alts (as "
          "wr_shaanxi_2025_c); target")
fact("产业化率42%", "42%", value=42, unit="%", kind="share", metric="发明专利产业化率",
     metric_alts=["发明专利产业化比例", "专利产业化率", "发明专利产业化水平"], **PLAN_SET,
     note="力争 shared; a rate → share; judgement call: the rate of the year (the year-end "
          "instant, reading it as a share of the stock of patents, as alt); " + PLAN_NOTE)
fact("网络成员1家", "1家", value=1, unit="count", kind="count", classifier="家",
     metric="国家实验室研究基地或网络成员",
     metric_alts=new("国家实验室研究基地或网络成员", "新增国家实验室研究基地或网络成员",
                     "国家实验室研究基地", "国家实验室网络成员"), **PLAN,
     note="力争新增 → target; an Arabic 1 with its measure word, a count, not an article; "
          + NEW_NOTE)
fact("全国重点实验室2家", "2家", value=2, unit="count", kind="count", classifier="家",
     metric="全国重点实验室",
     metric_alts=new("全国重点实验室", "新增全国重点实验室", "国家重点实验室"), **PLAN,
     note="新增 distributes over the list; " + NEW_NOTE)
g.neg("“2030先锋工程”", "2030", LABEL_NOTE + " (programme name “2030先锋工程”, whose horizon "
      "year is part of the name; as wr_jiangxi_2025)")
fact("实施5个以上重大专项", "5个", value=5, unit="count", kind="count", classifier="个",
     bound="ge", metric="重大专项",
     metric_alts=["省级重大专项", "实施重大专项", "重大专项数量", "实施省级重大专项",
                  "“2030先锋工程”重大专项"], **PLAN,
     note="以上 → ge (outside the span); projects of the “2030先锋工程” to be carried out in "
          "2025; " + PLAN_NOTE)
g.neg("推进“1+M+N”", "1+M+N", LABEL_NOTE + " (“1+M+N”科技成果转移转化服务体系, a system's "
      "name, spelled out in glossary item 9; as wr_jiangxi_2025_c)")
fact("高新技术企业2200家", "2200家", value=2200, unit="count", kind="count", classifier="家",
     metric="高新技术企业",
     metric_alts=new("高新技术企业", "培育高新技术企业", "新增高新技术企业"), **PLAN,
     note="力争培育 → target: firms to be newly certified in 2025 (the province had over 7000 "
          "at the end of 2024); " + NEW_NOTE)
fact("专精特新中小企业1000家以上", "1000家", value=1000, unit="count", kind="count",
     classifier="家", bound="ge", metric="专精特新中小企业",
     metric_alts=new("专精特新中小企业", "培育专精特新中小企业", "新增专精特新中小企业"), **PLAN,
     note="培育 shared; 以上 → ge (outside the span); " + NEW_NOTE)
g.neg("政策“一市一品”", "一市一品", LABEL_NOTE + " (“一市一品” 'one city, one brand', as "
      "wr_jiangxi_2025_c)")
g.neg("科研人员“双聘”", "双聘", LABEL_NOTE + " (“双聘” 'dual appointment' of researchers)")
g.neg("成果资产单列管理", "单列", "lexicalized 单列 'listed separately', not a quantity (as "
      "wr_henan_2025_b)")
fact("科技人员八成以上工作时间", "八成", value=80, unit="%", kind="share", bound="ge",
     metric="科技人员用于科研学术活动的工作时间占比",
     metric_alts=["用于科研学术活动的工作时间占比", "科研学术活动时间占比",
                  "科技人员科研学术活动时间占比", "科技人员工作时间用于科研学术活动比例",
                  "科研时间占比", "科技人员工作时间", "工作时间"],
     subject_alts=JX_ALTS + ["科技人员"], **PLAN,
     note="八成 → 80 % (SPEC §3); 以上 → ge (outside the span, README §1 八成以上 → 八成); a rule "
          "to be guaranteed (保障) → target; " + PLAN_NOTE)

# ==== line 11 (source 29): 深化实施“1269”行动计划 =================================================
g.neg("深化实施“1269”", "1269", LABEL_NOTE + " (“1269”行动计划, the province's industrial-chain "
      "plan, as wr_jiangxi_2025)")
g.neg("“千项技改、万企升级”", "千项技改、万企升级", LABEL_NOTE + " (campaign name “千项技改、万企"
      "升级” 'a thousand upgrades, ten thousand firms'), not counts — judgement call")
g.neg("“零地技改”", "零地", LABEL_NOTE + " (“零地技改” 'zero-land technical upgrading', on "
      "existing land), not a quantity")
fact("遴选打造3个左右", "3个", value=3, unit="count", kind="count", classifier="个",
     bound="approx", metric="省级先进制造业集群",
     metric_alts=new("省级先进制造业集群", "遴选打造省级先进制造业集群", "先进制造业集群",
                     "打造省级先进制造业集群"), **PLAN,
     note="左右 → approx (outside the span); clusters to be selected and built in 2025; "
          "增量 alts (README §3); " + PLAN_NOTE)
fact("产业规模达1.25万亿元", "1.25万亿元", value=1.25e12, unit="CNY", kind="amount",
     metric="电子信息产业规模",
     metric_alts=["电子信息产业", "电子信息产业营业收入", "电子信息产业营收",
                  "电子信息产业总规模"], **PLAN,
     note="力争 … 达 → target, eq; 万亿元 = 1e12; the industry's size (revenue) of the year; "
          + PLAN_NOTE)
fact("亩均工业增加值增长10%左右", "10%", value=10, unit="%", kind="growth", bound="approx",
     metric="开发区亩均工业增加值",
     metric_alts=["亩均工业增加值", "开发区亩均工业增加值增速", "开发区每亩工业增加值"],
     subject_alts=JX_ALTS + ["开发区"], comparison="yoy", **PLAN,
     note="力争 → target; 左右 → approx; the province's development zones as a set (README §4, "
          "as wr_jiangxi_2025 9.94%): the province keeps the subject, 开发区 as alt; "
          + PLAN_NOTE)

NOTES = (
    "Excerpt: lines 19-29 of shared/texts/work_report/wr_jiangxi_2025.txt (2,443 characters "
    "with the final newline), sliced by code; the line range is given by the brief. Where it "
    "lies: the start of part 二、2025年工作安排 (the plan for 2025): its heading, 今年是“十四五”"
    "规划收官之年, the 经济社会发展主要预期目标 (line 21), 重点做好十方面工作, task （一） (扩大有效"
    "投资, 大力提振消费, 推动外贸促稳提质) in full and task （二） up to 深化实施“1269”行动计划. "
    "Title, source line and dateline are outside the excerpt (title_in_text=False; title as "
    "the source's first line). Date: 2025-01-17, the delivery date in the report's header "
    "(source line 3: 2025年1月17日在江西省第十四届人民代表大会第三次会议上); the corpus meta "
    "agrees. Place: 江西省 (江西, 全省, 我省 → alts); 开发区, 科技人员, 城镇/农村居民 keep the "
    "province (as alts). Periods: the heading 2025年 is the section frame; 今年 (line 20) "
    "governs only its own line, which holds no number; so the targets of line 21 and the "
    "tasks take the frame (period text 2025年, 2025-01-01..2025-12-31, null as alt). The stock "
    "每万人口高价值发明专利拥有量 3.3件 → instant 2025-12-31 (year and null as alts); 发明专利产业"
    "化率 → the year with the end instant as alt. Modality: target throughout (主要预期目标, "
    "力争, 实施, 新增, 培育, 保障). Units: 万亿元 1e12; 八成 → 80 %. Bounds: 左右 → approx (the "
    "trailing 左右 of 分别增长5%、6.5%左右 covers both values), 以上 → ge, 突破 → gt. "
    "Judgement calls: 十方面 → a count of the planned areas of work (classifier 方面), as "
    "wr_henan_2025_b / wr_jilin_2025_b; 5%/6.5% both approx; 发明专利产业化率 period the year; "
    "新增/培育 counts with 增量 alts; “千项技改、万企升级” a label. Negatives: 二、, 2025年, 今年, "
    "十四五, （一）, （二）, 两重, 一批 ×2, 十五五, 十百千万, 九江, 二期 ×3, 昌九, 三期, 一轮, "
    "新三样, 双一流, 六大, 万人 (per-10,000 basis), 2030 (先锋工程), 1+M+N, 一市一品, 双聘, 单列, "
    "1269, 千项技改、万企升级, 零地. Lexicalized, not listed: 一体化 ×2, 一体 (一体推进).")

g.write(date=REF, source=f"shared/texts/work_report/wr_jiangxi_2025.txt lines {FIRST}–{LAST} "
        "(来源：江西省人民政府; start of part 二、2025年工作安排: main targets and tasks （一）-（二）)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
