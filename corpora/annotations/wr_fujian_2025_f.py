"""Gold annotations for wr_fujian_2025_f (2025年福建省政府工作报告, the 2025 plan: urbanisation,
rural revitalisation, employment, social security, health, sport), lines 72-78 of
shared/texts/work_report/wr_fujian_2025.txt.

The excerpt corpora/wr_fujian_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the last two
paragraphs of task （五） 坚持协同联动… (新型城镇化重在质量, 乡村振兴重在全面), task （六）
坚持民生为大… in full (heading, 全力促进就业增收, 全面织牢社保网络, 全心守护人民健康) and the
heading paragraph of task （七） 坚持守正创新….  All of it lies in part 二、牢记历史使命，在中国式
现代化建设中奋勇争先 (source line 48), the plan for 2025 (source line 51: 2025年是“十四五”规划
收官…).  Lines 6-48 and 58-64 are annotated in wr_fujian_2025 / _b / _c / _e / _d (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_fujian_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_fujian_2025_f"
PLACE = "福建省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_fujian_2025.txt"
FIRST, LAST = 72, 78                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年福建省政府工作报告"       # line 1 of the source, outside the excerpt
FJ_ALTS = ["福建", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="新型城镇化重在质量。",
                 ends="全面展现新时代八闽文化的气韵和风采。")
text = g.text
fact = g.with_subject(PLACE, FJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"
SET_LABEL_NOTE = "N大 + category, a set label (README §2 八大), not a count claim"
ROUND_NOTE = "新一轮 'a new round', not a count"
FOLK_NOTE = "lexicalized {} 'ordinary people'; 百 is not a quantity (as wr_fujian_2025_d / _e)"
ZERO_JOB = "lexicalized 零工 'odd jobs'; 零 is not a quantity (as wr_fujian_2025_b)"
APPOS_NOTE = ("appositive {} 'the … just named' (listed right before it, no 等), not a quantity "
              "claim (as wr_fujian_2025_d 福州、厦门、泉州3个)")

# ---- periods (reference date 2025-01-13) ---------------------------------------------------
# The excerpt lies in part 二 (source line 48), the plan for 2025 (source line 51: 2025年是
# “十四五”规划收官…) → modality target.  No line of the excerpt names a period, so every number
# takes the section frame 2025-01-01..2025-12-31 (SPEC §4) with the null reading in
# period_alts (as wr_fujian_2025_d / wr_guizhou_2025_e); the period text is 2025年, the plan
# year as source line 51 writes it (outside the excerpt; only the dates are scored).  Things
# to be built, set up or renovated as a set (样板, 管网, 驿站, 机构, 小屋, sports facilities,
# 建设…项目) → the year with the end instant as a further alt (PLAN_SET); a coverage rate
# (a share of a stock) to be reached → the instant 2025-12-31, the year and null as alts
# (PLAN_END); flows of the year (jobs, training, investment, works started) → the year (PLAN).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the 2025 "
             "plan (source line 51), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/renovated: the end instant as a further alt"
END_NOTE = ("a share of a stock (coverage) to be reached → the instant at the end of the 2025 "
            "frame (stock rule), the year and null as alts; target")

# ==== line 1 (source 72): 新型城镇化重在质量 ======================================================
g.neg("社区更新2类", "2类", APPOS_NOTE.format("2类 (the two kinds 城市片区更新、社区更新)") +
      " — judgement call; a count of 2 kinds is the alternative reading")
fact("2类15个省级样板", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="省级样板",
     metric_alts=new("省级样板", "城市片区更新、社区更新省级样板", "城市更新省级样板",
                     "打造省级样板", "样板"), **PLAN_SET,
     note="demonstration sites to be created (打造) in 2025; " + SET_NOTE)
fact("城中村改造项目5000套", "5000套", value=5000, unit="count", kind="count",
     classifier="套", metric="开工筹集城中村改造项目",
     metric_alts=["城中村改造项目", "城中村改造", "开工筹集城中村改造安置住房",
                  "城中村改造住房", "开工城中村改造项目", "城中村改造项目套数",
                  "开工筹集城中村改造项目套数"], **PLAN,
     note="housing units (套) of urban-village renovation to be started or raised in 2025 (a "
          "flow of the year); " + PLAN_NOTE)
fact("改造城镇老旧小区4.5万户", "4.5万户", value=45000, unit="count", kind="count",
     classifier="户", metric="改造城镇老旧小区",
     metric_alts=["城镇老旧小区改造", "城镇老旧小区", "老旧小区改造", "老旧小区",
                  "改造城镇老旧小区户数", "城镇老旧小区改造户数"], **PLAN,
     note="户 is a classifier; households renovated in 2025 (a flow; as wr_fujian_2025_b "
          "老旧小区改造36万户); " + PLAN_NOTE)
fact("地下管网2000公里以上", "2000公里", value=2e6, unit="m", kind="amount", bound="ge",
     metric="新建改造地下管网",
     metric_alts=["地下管网", "地下管网新建改造", "新建改造地下管网长度", "地下管网建设改造",
                  "新建改造地下管网里程", "地下管网长度"], **PLAN_SET,
     note="以上 → ge (outside the span); 公里 → ×1e3 m; " + SET_NOTE)
g.neg("让老百姓生活", "老百姓", FOLK_NOTE.format("老百姓"))
g.neg("组织实施新一轮", "一轮", ROUND_NOTE)

# ==== line 2 (source 73): 乡村振兴重在全面 ========================================================
g.neg("“千村示范引领、万村共富共美”", "千村示范引领、万村共富共美", LABEL_NOTE + " (“千村示范引领、"
      "万村共富共美”工程, Fujian's version of the 千万工程), not counts of villages")
g.neg("走出一条具有福建特色", "一条", VAGUE_NOTE.format("一条 (article 'a path')"))
g.neg("打造一批规划编制", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
fact("滚动推进100个以上", "100个", value=100, unit="count", kind="count", classifier="个",
     bound="ge", metric="乡村振兴“十大行动”重点项目",
     metric_alts=["乡村振兴十大行动重点项目", "“十大行动”重点项目", "十大行动重点项目",
                  "乡村振兴重点项目", "重点项目", "滚动推进乡村振兴“十大行动”重点项目",
                  "乡村振兴“十大行动”重点项目数量"], **PLAN,
     note="以上 → ge (outside the span); projects pushed forward on a rolling basis in 2025 "
          "(as wr_fujian_2025_d 滚动实施1500个以上); " + PLAN_NOTE)
g.neg("乡村振兴“十大行动”", "十大", SET_LABEL_NOTE + " (“十大行动”, part of the counted "
      "projects' metric)")
fact("建设16个“两通工程”", "16个", value=16, unit="count", kind="count", classifier="个",
     metric="“两通工程”项目",
     metric_alts=new("“两通工程”项目", "两通工程项目", "建设“两通工程”项目", "“两通工程”"),
     **PLAN_SET, note="projects to be built in 2025; " + SET_NOTE)
g.neg("16个“两通工程”", "两通", LABEL_NOTE + " (“两通工程”, a transport programme; as "
      "wr_fujian_2025_b)")
g.neg("实施新一轮农村公路", "一轮", ROUND_NOTE)
g.neg("和美乡村“五个美丽”", "五个美丽", LABEL_NOTE + " (“五个美丽” 'five beauties' of the "
      "model-village campaign), not a count claim")
fact("品质提升投资260亿元以上", "260亿元", value=260e8, unit="CNY", kind="amount",
     bound="ge", metric="农村建设品质提升投资",
     metric_alts=["完成农村建设品质提升投资", "农村建设品质提升", "农村建设品质提升投资额",
                  "和美乡村建设投资", "农村建设投资"], **PLAN,
     note="完成 → eq on the verb, 以上 → ge (outside the span); investment of the year (a "
          "flow); " + PLAN_NOTE)
g.neg("强化单村供水工程", "单村", "type word 单村 'single-village' (water works serving one "
      "village), not a quantity (as 单个 in README §2)")

# ==== line 3 (source 74): heading （六） (no facts) =================================================
g.neg("（六）坚持民生为大", "（六）", MARKER_NOTE)
g.neg("增进百姓福祉", "百姓", FOLK_NOTE.format("百姓"))

# ==== line 4 (source 75): 全力促进就业增收 ========================================================
fact("城镇新增就业50万人", "50万人", value=5e5, unit="count", kind="count", classifier="人",
     metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "新增城镇就业"], **PLAN,
     note="万人 → 500000 人; as wr_fujian_2025_b 城镇新增就业53.1万人; " + PLAN_NOTE)
fact("实现再就业10万人", "10万人", value=1e5, unit="count", kind="count", classifier="人",
     metric="失业人员再就业",
     metric_alts=["失业人员实现再就业", "失业人员再就业人数", "再就业", "失业人员实现再就业人数",
                  "再就业人数"], **PLAN, note="as wr_fujian_2025_b 实现再就业14.3万人; " + PLAN_NOTE)
g.neg("“网约式”零工平台", "零工", ZERO_JOB)
g.neg("线下建设零工驿站", "零工", ZERO_JOB)
fact("就业服务站1000个以上", "1000个", value=1000, unit="count", kind="count",
     classifier="个", bound="ge", metric="零工驿站和“家门口”就业服务站",
     metric_alts=new("零工驿站和“家门口”就业服务站", "零工驿站和家门口就业服务站",
                     "“家门口”就业服务站", "家门口就业服务站", "就业服务站", "零工驿站",
                     "建设零工驿站和“家门口”就业服务站"), **PLAN_SET,
     note="以上 → ge (outside the span); one number over the pair (零工驿站和“家门口”就业服务站) "
          "→ one fact, the parts as alts (as wr_anhui_2025_f 零工市场、零工驿站100个); "
          + SET_NOTE)
fact("建设提升300个工会驿站", "300个", value=300, unit="count", kind="count",
     classifier="个", metric="工会驿站",
     metric_alts=new("工会驿站", "建设提升工会驿站", "建设提升的工会驿站"), **PLAN_SET,
     note=SET_NOTE)

# ==== line 5 (source 76): 全面织牢社保网络 ========================================================
g.neg("办到老百姓心坎上", "老百姓", FOLK_NOTE.format("老百姓"))
g.neg("基金零报销", "零", "label 零报销激励 ('zero-claim incentive', README §2 零碳), not a "
      "quantity (as wr_guangdong_2025_c)")
fact("建设20个嵌入式", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="嵌入式养老服务机构",
     metric_alts=new("嵌入式养老服务机构", "建设嵌入式养老服务机构", "养老服务机构"), **PLAN_SET,
     note=SET_NOTE)
fact("服务中心覆盖率超60%", "60%", value=60, unit="%", kind="share", bound="gt",
     metric="乡镇（街道）区域养老服务中心覆盖率",
     metric_alts=["乡镇(街道)区域养老服务中心覆盖率", "区域养老服务中心覆盖率",
                  "乡镇区域养老服务中心覆盖率", "养老服务中心覆盖率",
                  "乡镇（街道）区域养老服务中心覆盖面"], **PLAN_END,
     note="超 → gt (outside the span); " + END_NOTE)
g.neg("深入挖掘“一老一小”", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the young')")
fact("从业人员1万人次", "1万人次", value=1e4, unit="count", kind="count", classifier="人次",
     metric="培训养老服务从业人员",
     metric_alts=["养老服务从业人员培训", "养老服务从业人员", "培训养老服务从业人员人次",
                  "养老服务从业人员培训人次"], **PLAN,
     note="人次 is the classifier (SPEC §3); training of the year (a flow); " + PLAN_NOTE)
g.neg("残疾人两项补贴", "两项", "programme name 两项补贴 (the two disability allowances), not "
      "a count claim (as wr_chongqing_2025_c)")
fact("改造提升350个希望小屋", "350个", value=350, unit="count", kind="count", classifier="个",
     metric="希望小屋",
     metric_alts=["改造提升希望小屋", "希望小屋数量", "改造提升的希望小屋", "希望小屋改造提升"],
     **PLAN_SET, note="huts to be renovated and upgraded in 2025; " + SET_NOTE)

# ==== line 6 (source 77): 全心守护人民健康 ========================================================
g.neg("深化三级医院对口帮扶", "三级", "hospital grade label (三级医院, class 3), not a quantity "
      "(as wr_anhui_2025_f)")
g.neg("备战第十五届全运会", "第十五届", "edition label of an event (第十五届全运会), not a count")
SPORT_NOTE = "verb 新建改扩建 shared over the list; " + SET_NOTE
fact("新建改扩建10个全民健身", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="全民健身共享中心",
     metric_alts=new("全民健身共享中心", "新建改扩建全民健身共享中心", "健身共享中心"),
     **PLAN_SET, note=SPORT_NOTE)
fact("45个多功能运动场", "45个", value=45, unit="count", kind="count", classifier="个",
     metric="多功能运动场",
     metric_alts=new("多功能运动场", "新建改扩建多功能运动场", "运动场"), **PLAN_SET,
     note=SPORT_NOTE)
fact("4个智慧体育公园", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="智慧体育公园",
     metric_alts=new("智慧体育公园", "新建改扩建智慧体育公园", "体育公园"), **PLAN_SET,
     note=SPORT_NOTE)
fact("100个校园足球场地", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="校园足球场地",
     metric_alts=new("校园足球场地", "新建改扩建校园足球场地", "足球场地", "校园足球场"),
     **PLAN_SET, note=SPORT_NOTE)

# ==== line 7 (source 78): heading （七） (no facts) =================================================
g.neg("（七）坚持守正创新", "（七）", MARKER_NOTE)
g.neg("新时代八闽文化", "八闽", "name 八闽 (Fujian), not a count (as wr_fujian_2025)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_fujian_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts "
    "are cut). It lies in part 二、牢记历史使命，在中国式现代化建设中奋勇争先 (source line 48), the "
    "plan for 2025 (source line 51: 2025年是“十四五”规划收官…): the last two paragraphs of task "
    "（五） (新型城镇化重在质量, 乡村振兴重在全面), task （六） in full (heading, employment, social "
    "security, health and sport) and the heading paragraph of task （七）. Lines 6-48 and 58-64 "
    "are annotated in wr_fujian_2025 / _b / _c / _e / _d (no overlap). Title, source line and "
    "dateline are outside the excerpt (title_in_text=False; the title as the source's first "
    "line). Date: 2025-01-13, the delivery date in the report's header (source line 3: "
    "2025年1月13日在福建省第十四届人民代表大会第三次会议上); the corpus meta agrees. Place: 福建省 "
    "(福建, 全省, 我省 → alts); no other owner of numbers. Periods: no line names a period: "
    "section frame 2025 (2025-01-01..2025-12-31, null as alt; period text 2025年 as source "
    "line 51 writes the plan year, outside the excerpt; only dates are scored). Things to be "
    "built/renovated (省级样板, 地下管网, “两通工程”项目, 驿站/就业服务站, 工会驿站, 养老服务机构, "
    "希望小屋, sports facilities) → the year with the end instant as alt; 区域养老服务中心覆盖率超"
    "60% (a share of a stock) → the instant 2025-12-31 with the year and null as alts. "
    "Modality: target throughout (the plan). Bounds: 以上 → ge; 超 → gt; no bound word → eq. "
    "Units: 公里 → m (×1e3); 亿元 → CNY; 万人/万户/万人次 → counts with 人/户/人次; counts with 个/套. "
    "Judgement calls: 城市片区更新、社区更新2类 → appositive (negative), 15个 the count; "
    "开工筹集城中村改造项目5000套 → a count of housing units (套); 零工驿站和“家门口”就业服务站"
    "1000个以上 → one fact over the pair; 100个以上乡村振兴“十大行动”重点项目 → count, 十大 a set "
    "label; “千村示范引领、万村共富共美”, 五个美丽, 两通, 两项 (补贴) → labels. Negatives: 2类, "
    "老百姓 ×2, 一轮 ×2, 千村示范引领、万村共富共美, 一条, 一批, 十大, 两通, 五个美丽, 单村, （六）, 百姓, "
    "零工 ×2, 零 (零报销), 一老一小, 两项, 三级, 第十五届, （七）, 八闽. Lexicalized, not listed: "
    "一体 (一体发展), 一体化 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/wr_fujian_2025.txt lines {FIRST}–{LAST} "
        "(来源：福建日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
