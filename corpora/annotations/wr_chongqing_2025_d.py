"""Gold annotations for wr_chongqing_2025_d (2025年重庆市政府工作报告, the end of the 2025 plan
and part 三 on the government's own work), lines 68-77 of
shared/texts/work_report/wr_chongqing_2025.txt.

The excerpt corpora/wr_chongqing_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the last two
paragraphs of task （八） of part 二、2025年主要任务 (强化“一老一小”服务保障, 建设更高水平的
平安重庆), the 15 重点民生实事 of 2025 (今年…接续办好15件重点民生实事，包括：…, the densest line),
the two-line heading 三、持续提升政府 / 治理效能和服务水平, its opening and items （一）-（四）.
All of it is the plan for 2025 → modality target.  Lines 7-23 are annotated in
wr_chongqing_2025 / _b / _c (the 2024 review; no overlap).  Facts and negatives are written
by hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_chongqing_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_chongqing_2025_d"
PLACE = "重庆市"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_chongqing_2025.txt"
FIRST, LAST = 68, 77                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年重庆市政府工作报告"       # line 1 of the source, outside the excerpt
CQ_ALTS = ["重庆", "全市", "我市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="强化“一老一小”服务保障。",
                 ends="一步一个脚印把“施工图”变成“实景图”。")
text = g.text
fact = g.with_subject(PLACE, CQ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SLOGAN_NOTE = "political slogan / set label ({}), not a quantity"
CAMPAIGN_NOTE = "name of a multi-year campaign (N年行动), not a duration fact"

# ---- periods (reference date 2025-01-19; 今年 = 2025) ---------------------------------------
# Lines 1-2 of the excerpt are the end of part 二、2025年主要任务 (source line 28), lines 4-10
# part 三 (the government's own work from 2025 on): the plan of the report year → modality
# target.  Line 3 (各位代表！…今年，…接续办好15件重点民生实事，包括：…) opens its numbers with
# 今年 (= 2025): explicit, it governs the whole list (period text 今年).  Things to be built
# or added (parks, service circles, markets, projects, lines, devices) may also be read as the
# stock reached at the end of the year: the end instant as alt (as PLAN_SET of
# wr_fujian_2025_d); works and services of the year (改造, 治理, 测评, 托管) → the year only.
# Line 7 (（一）…“十项举措”) states no period: the frame 2025 (the plan year; period text 今年
# as the excerpt names it in line 3), null as alt.  Lines 1-2 and 4-6, 8-10 hold no fact.
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_END = P("今年", "2025-12-31", "2025-12-31")
T25_NULL = P("今年", None, None)
DO = dict(period=T25, modality="target")
BUILD = dict(period=T25, period_alts=[T25_END], modality="target")
FRAME = dict(period=T25, period_alts=[T25_NULL], modality="target")
LIST_NOTE = ("one of the 15 重点民生实事 of 2025 → target; 今年 at the head of the line "
             "governs")
BUILD_NOTE = LIST_NOTE + "; things to be built/added: the end instant as alt"


def added(noun, *more):
    """metric_alts of a count of things newly made (README §3): noun forms + 增量."""
    return list(more) + [f"{noun}数量", f"{noun}增量", f"{noun}数量增量"]


# ---- line 1 (source 68): 强化“一老一小”服务保障 -----------------------------------------------
g.neg("强化“一老一小”服务保障", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the "
      "young', as wr_chongqing_2025_c)")

# ---- line 2 (source 69): 平安重庆 -------------------------------------------------------------------
g.neg("固本强基三年行动", "三年", CAMPAIGN_NOTE + " (安全生产治本攻坚、防灾减灾救灾固本强基"
      "三年行动)")
g.neg("做好双拥工作", "双拥", "双拥 (拥军优属、拥政爱民), a programme name, not a quantity (as "
      "wr_ningxia_2025_b)")

# ---- line 3 (source 70): the 15 重点民生实事 of 2025 -----------------------------------------------
fact("接续办好15件重点民生实事", "15件", value=15, unit="count", kind="count", classifier="件",
     metric="重点民生实事",
     metric_alts=["民生实事", "重点民生实事数量", "办好重点民生实事", "重点民生实事年度任务"],
     **DO, note="the year's list of livelihood projects (as wr_chongqing_2025 for 2024); 今年 "
                "opens the sentence → 2025; target")
fact("城镇老旧小区3011万平方米", "3011万平方米", value=3011e4, unit="m2", kind="amount",
     metric="新开工改造城镇老旧小区",
     metric_alts=["城镇老旧小区", "老旧小区改造", "新开工改造城镇老旧小区面积",
                  "城镇老旧小区改造面积", "老旧小区", "城镇老旧小区改造"], **DO,
     note=LIST_NOTE + "; floor area 3011万平方米 = 3.011e7 m2 (as wr_chongqing_2025_c keeps "
          "新开工 in the metric)")
fact("建设100个口袋公园", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="口袋公园", metric_alts=added("口袋公园", "建设口袋公园"), **BUILD,
     note=BUILD_NOTE)
fact("10座体育公园", "10座", value=10, unit="count", kind="count", classifier="座",
     metric="体育公园", metric_alts=added("体育公园", "建设体育公园"), **BUILD,
     note=BUILD_NOTE + "; the verb 建设 is shared with 100个口袋公园")
fact("分类治理60处", "60处", value=60, unit="count", kind="count", classifier="处",
     metric="中心城区交通堵点乱点分类治理",
     metric_alts=["交通堵点乱点", "交通堵点乱点分类治理", "启动交通堵点乱点分类治理",
                  "中心城区交通堵点乱点", "交通堵点乱点治理", "交通堵点乱点分类治理处数"],
     subject_alts=CQ_ALTS + ["中心城区"], **DO,
     note=LIST_NOTE + "; the city keeps the subject, 中心城区 (where the spots lie) in the "
          "metric and as alt")
fact("安全护栏4000公里", "4000公里", value=4e6, unit="m", kind="amount",
     metric="加装农村公路安全护栏",
     metric_alts=["农村公路安全护栏", "安全护栏", "农村公路安全护栏长度", "新加装农村公路安全护栏",
                  "加装农村公路安全护栏长度"], **DO,
     note=LIST_NOTE + "; 4000公里 = 4e6 m (as wr_chongqing_2025_c 安全护栏7000公里)")
fact("完成50个农村黑臭水体", "50个", value=50, unit="count", kind="count", classifier="个",
     metric="农村黑臭水体治理项目",
     metric_alts=["完成农村黑臭水体治理项目", "黑臭水体治理项目", "农村黑臭水体治理",
                  "农村黑臭水体治理项目数量", "农村黑臭水体"], **DO, note=LIST_NOTE)
fact("为200万中小学生", "200万", value=2e6, unit="count", kind="count", classifier="人",
     metric="开展心理健康测评的中小学生",
     metric_alts=["中小学生", "心理健康测评", "中小学生心理健康测评", "心理健康测评人数",
                  "中小学生心理健康测评人数", "心理健康测评中小学生"], **DO,
     note=LIST_NOTE + "; no measure word between 200万 and the noun → classifier 人 (as "
          "wr_ningxia_2025_b 14万困难群众); the predicate defines the counted set → metric")
fact("无障碍改造2000户", "2000户", value=2000, unit="count", kind="count", classifier="户",
     metric="困难重度残疾人家庭无障碍改造",
     metric_alts=["无障碍改造", "残疾人家庭无障碍改造", "困难重度残疾人家庭无障碍改造户数",
                  "困难重度残疾人家庭", "家庭无障碍改造"], **DO, note=LIST_NOTE)
fact("建设24个“渝好空间”", "24个", value=24, unit="count", kind="count", classifier="个",
     metric="“渝好空间”项目",
     metric_alts=added("“渝好空间”项目", "渝好空间项目", "“渝好空间”", "渝好空间",
                       "建设“渝好空间”项目"), **BUILD, note=BUILD_NOTE)
fact("建成14个高品质", "14个", value=14, unit="count", kind="count", classifier="个",
     metric="高品质生活服务圈",
     metric_alts=added("高品质生活服务圈", "建成高品质生活服务圈", "生活服务圈"), **BUILD,
     note=BUILD_NOTE)
fact("打造20个“标准化菜市场”", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="“标准化菜市场”",
     metric_alts=added("“标准化菜市场”", "标准化菜市场", "打造“标准化菜市场”", "菜市场"),
     **BUILD, note=BUILD_NOTE)
SURR = ("整体提升…周边环境: the schools and hospitals whose surroundings are to be upgraded "
        "(counted noun with the predicate → metric); " + LIST_NOTE)
fact("整体提升100所学校", "100所", value=100, unit="count", kind="count", classifier="所",
     metric="周边环境整体提升的学校",
     metric_alts=["学校", "学校周边环境", "整体提升学校周边环境", "学校周边环境提升",
                  "周边环境提升学校"], **DO, note=SURR)
fact("50家医院周边环境", "50家", value=50, unit="count", kind="count", classifier="家",
     metric="周边环境整体提升的医院",
     metric_alts=["医院", "医院周边环境", "整体提升医院周边环境", "医院周边环境提升",
                  "周边环境提升医院"], **DO, note=SURR)
fact("托管服务12万人次以上", "12万人次", value=120000, unit="count", kind="count",
     classifier="人次", bound="ge", metric="假期公益托管服务",
     metric_alts=["未成年人假期公益托管服务", "公益托管服务", "假期公益托管服务人次",
                  "为未成年人提供假期公益托管服务", "假期托管服务"], **DO,
     note=LIST_NOTE + "; 以上 → ge (outside the span); 人次 is a classifier (SPEC §3)")
fact("公交线路60条以上", "60条", value=60, unit="count", kind="count", classifier="条",
     bound="ge", metric="新增及优化调整公交线路",
     metric_alts=["公交线路", "新增及优化调整公交线路数量", "新增公交线路", "优化调整公交线路",
                  "新增和优化公交线路"], **BUILD,
     note=BUILD_NOTE + "; 以上 → ge (outside the span)")
fact("微循环线路10条以上", "10条", value=10, unit="count", kind="count", classifier="条",
     bound="ge", metric="新增小巷公交等微循环线路",
     metric_alts=added("微循环线路", "小巷公交等微循环线路", "新增微循环线路", "小巷公交",
                       "新增小巷公交线路"), **BUILD,
     note=BUILD_NOTE + "; 以上 → ge (outside the span)")
fact("实施165个农村饮水", "165个", value=165, unit="count", kind="count", classifier="个",
     metric="农村饮水水源保障工程",
     metric_alts=["饮水水源保障工程", "实施农村饮水水源保障工程", "农村饮水水源保障工程数量",
                  "农村饮水工程"], **DO, note=LIST_NOTE)
fact("和25个城乡供水", "25个", value=25, unit="count", kind="count", classifier="个",
     metric="城乡供水一体化工程",
     metric_alts=["供水一体化工程", "实施城乡供水一体化工程", "城乡供水一体化工程数量",
                  "城乡供水工程"], **DO, note=LIST_NOTE + "; the verb 实施 is shared")
fact("救护设备100处以上", "100处", value=100, unit="count", kind="count", classifier="处",
     bound="ge", metric="自动体外除颤器等救护设备",
     metric_alts=added("救护设备", "自动体外除颤器等救护设备布点", "自动体外除颤器",
                       "布局自动体外除颤器等救护设备", "公共场所救护设备",
                       "自动体外除颤器等救护设备点位"), **BUILD,
     note=BUILD_NOTE + "; 以上 → ge (outside the span); 处 counts the sites equipped")

g.neg("把老百姓身边", "老百姓", "lexicalized 老百姓 'ordinary people'; 百 is not a quantity (as "
      "wr_fujian_2025_b)")

# ---- lines 4-5 (source 71-72): heading of part 三 (cut over two lines) ---------------------------
g.neg("三、持续提升政府", "三、", MARKER_NOTE)

# ---- line 6 (source 73): opening of part 三 ----------------------------------------------------------
g.neg("一心为重庆", "一心", "idiom 一心 'wholeheartedly', not a quantity")

# ---- line 7 (source 74): （一）以政治铸魂淬炼忠诚 -------------------------------------------------
g.neg("（一）以政治铸魂", "（一）", MARKER_NOTE)
g.neg("落实“第一议题”", "第一议题", LABEL_NOTE + " (“第一议题” 'the first item on the "
      "agenda', a study system), not a rank")
g.neg("决策部署一贯到底", "一贯", "adverb 一贯 'consistently', not a quantity")
fact("政治生态“十项举措”", "十项", value=10, unit="count", kind="count", classifier="项",
     metric="持续修复净化政治生态举措",
     metric_alts=["“十项举措”", "十项举措", "举措", "修复净化政治生态举措",
                  "持续修复净化政治生态“十项举措”", "政治生态举措", "举措数量"], **FRAME,
     note="judgement call: the quoted package “十项举措” states its number of measures → a "
          "count of measures (as 十项措施 in wr_china_2009 and “八条硬措施” in "
          "wr_ningxia_2025_b), not a bare label; the line states no period: the plan year "
          "2025 (period text 今年 as in line 3), null as alt; 深化落实 → target")
g.neg("坚决拥护“两个确立”", "两个确立", SLOGAN_NOTE.format("“两个确立”, as wr_guangdong_2025"))
g.neg("坚决做到“两个维护”", "两个维护", SLOGAN_NOTE.format("“两个维护”"))

# ---- line 8 (source 75): （二）以依法行政护航发展 — 一体化 (lexicalized) --------------------------
g.neg("（二）以依法行政", "（二）", MARKER_NOTE)

# ---- line 9 (source 76): （三）以改革创新提效增能 -------------------------------------------------
g.neg("（三）以改革创新", "（三）", MARKER_NOTE)
g.neg("“高效办成一件事”", "一件事", "service-programme name 高效办成一件事, not a count (as "
      "wr_beijing_2025 / wr_guangdong_2025)")
g.neg("线上办事“一网通办”", "一网通办", LABEL_NOTE + " (一网通办 'one-network service', as "
      "wr_china_2022)")
g.neg("线下办事“只进一门”", "只进一门", LABEL_NOTE + " (只进一门 'enter only one door')")
g.neg("政策服务“一键即达”", "一键即达", LABEL_NOTE + " (一键即达 'one click', as 一键启动 in "
      "SPEC §1)")
g.neg("诉求问题“一线应答”", "一线应答", LABEL_NOTE + " (一线应答 'answered on the front "
      "line')")
g.neg("开发一批小切口", "一批", "quantifier 一批 (README §2)")

# ---- line 10 (source 77): （四）以实干担当争先创优 ------------------------------------------------
g.neg("（四）以实干担当", "（四）", MARKER_NOTE)
g.neg("科学编制“十五五”", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("落实“四下基层”", "四下基层", LABEL_NOTE + " (“四下基层” system: the four ways of "
      "going down to the grassroots)")
g.neg("常态化开展“三服务”", "三服务", LABEL_NOTE + " (“三服务”: serving enterprises, the "
      "grassroots, the people)")
g.neg("党建统领“885”工作体系", "885", LABEL_NOTE + " (“885”工作体系, the name of a work "
      "system), not a quantity")
g.neg("一步一个脚印", "一步一个脚印", "idiom 一步一个脚印 'step by step' (as 一企带一链 in "
      "README §2), not a quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_chongqing_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: the plan "
    "for 2025 — the last two paragraphs of task （八） of part 二、2025年主要任务 (一老一小, 平安"
    "重庆; no figures), the list of the 15 重点民生实事 of 2025 (the densest line), and part "
    "三、持续提升政府治理效能和服务水平 (heading cut over two lines; opening and items "
    "（一）-（四）, on the government's own conduct). Lines 7-23 are annotated in "
    "wr_chongqing_2025 / _b / _c (the 2024 review; no overlap). Title, source line and "
    "dateline are outside the excerpt (title_in_text=False; title as the source's first line, "
    "as wr_chongqing_2025). Date: 2025-01-19, the delivery date in the report's header "
    "(source line 3: ——2025年1月19日在重庆市第六届人民代表大会第三次会议上); the shared meta "
    "agrees. Place: 重庆市 (重庆, 全市, 我市 → alts; 中心城区 as alt of the traffic-spot "
    "count). Periods: 今年 (= 2025) opens the 民生实事 line and governs its list → "
    "2025-01-01..2025-12-31; things to be built or added also accept the end instant "
    "2025-12-31 (alt); “十项举措” (line 7, no period) takes the plan year with null as alt. "
    "Modality: target throughout (plan). Units: 万平方米 → m2 (×1e4); 公里 → m; 人次/户/处/所/"
    "家/条/座 → classifiers; 200万中小学生 without a measure word → classifier 人. Judgement "
    "calls: the 15 list items are one fact per quantity (100所学校、50家医院 → two facts; "
    "165个 / 25个 → two); “十项举措” → count 10 (target) rather than a label; 三年 (行动), "
    "双拥, 一老一小, 第一议题, 两个确立/两个维护, 一件事, 一网通办, 只进一门, 一键即达, 一线应答, "
    "四下基层, 三服务, 885, 一步一个脚印 → label/idiom negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (托幼一体化, 城乡供水一体化, 执法一体化).")

g.write(date=REF, source=f"shared/texts/work_report/wr_chongqing_2025.txt lines {FIRST}–{LAST} "
        "(来源：重庆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
