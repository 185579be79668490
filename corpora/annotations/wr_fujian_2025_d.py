"""Gold annotations for wr_fujian_2025_d (2025年福建省政府工作报告, the 2025 plan: industry,
agriculture, services, consumption, investment), lines 58-64 of
shared/texts/work_report/wr_fujian_2025.txt.

The excerpt corpora/wr_fujian_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the paragraphs of
task （二） 坚持因地制宜… after its heading (大力推进新型工业化, 大力发展特色现代农业, the
continuation 实施“三茶”统筹…, 大力培育现代服务业), the heading of task （三） 坚持扩大内需… and
its paragraphs 多措并举提振消费 and 全力以赴扩大投资.  All of it lies in part 二、牢记历史使命，在
中国式现代化建设中奋勇争先 (source line 48), the plan for 2025 (2025年是“十四五”规划收官…,
source line 51).  Lines 6-37 are annotated in wr_fujian_2025 / _b / _c (the 2024 review; no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_fujian_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_fujian_2025_d"
PLACE = "福建省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_fujian_2025.txt"
FIRST, LAST = 58, 64                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年福建省政府工作报告"       # line 1 of the source, outside the excerpt
FJ_ALTS = ["福建", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="大力推进新型工业化。",
                 ends="推动项目快速落地。")
text = g.text
fact = g.with_subject(PLACE, FJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"
NAME_NOTE = "numeral inside a proper name or designation ({}), not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
THRESH_NOTE = ("threshold defining the counted set ({}; SPEC §2: 亿元以上项目, 超千亿元的开发区), "
               "part of the count's metric, not a fact of its own")
APPOS_NOTE = ("appositive {} 'the … just named' (listed right before it, no 等), not a quantity "
              "claim (as wr_shanxi_2025 晋城、晋中、大同3个国家级经开区)")
SET_LABEL_NOTE = "N大 + category, a set label (README §2 八大), not a count claim"

# ---- periods (reference date 2025-01-13) ---------------------------------------------------
# The excerpt lies in part 二 (source line 48), the plan for 2025 (source line 51: 2025年是
# “十四五”规划收官…) → modality target.  No line of the excerpt names a period before its
# numbers (年度 of 年度计划投资, line 7, is the only period word, and it governs only what
# follows it), so every number takes the section frame 2025-01-01..2025-12-31 (SPEC §4) with
# the null reading in period_alts (as wr_yunnan_2025_c / wr_henan_2025_c); the period text is
# the excerpt's own word for the plan year, 年度 (the section's 2025年 lies outside the
# excerpt; only the dates are scored).  Counts of things to be built or added → the year
# with the end instant as a further alt (PLAN_SET); levels of a stock to be reached (达 N)
# → the instant 2025-12-31, the year and null as alts (PLAN_END).
S25 = P("年度", "2025-01-01", "2025-12-31")
S25_NULL = P("年度", None, None)
S25_END = P("年度", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the 2025 "
             "plan (source line 51), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"
END_NOTE = ("a level of a stock to be reached → the instant at the end of the 2025 frame "
            "(stock rule), the year and null as alts; target")


# ==== line 1 (source 58): 大力推进新型工业化 ======================================================
fact("滚动实施1500个以上", "1500个", value=1500, unit="count", kind="count", classifier="个",
     bound="ge", metric="省重点技改项目",
     metric_alts=["滚动实施省重点技改项目", "重点技改项目", "技改项目", "省重点技改项目数量",
                  "实施省重点技改项目"], **PLAN,
     note="以上 → ge (outside the span); projects carried out in 2025; " + PLAN_NOTE)
SEI = ["工业战略性新兴产业产值占比", "战略性新兴产业产值占规模以上工业比重",
       "工业战略性新兴产业产值占规上工业比重", "战略性新兴产业占比",
       "工业战略性新兴产业产值占规模以上工业的比重"]
fact("占规模以上工业比重突破30%", "30%", value=30, unit="%", kind="share", bound="gt",
     metric="工业战略性新兴产业产值占规模以上工业比重", metric_alts=SEI, **PLAN,
     note="突破 → gt (outside the span); share of the year's industrial output (a flow) → "
          "the year; " + PLAN_NOTE)
g.neg("加快打造一批特色新材料", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
g.neg("打造“7+3+X”发展格局", "7+3+X", LABEL_NOTE + " (“7+3+X” 'seven + three + X' pattern "
      "of future industries, a name), not counts — judgement call (as “1+11” in "
      "wr_shanxi_2025)")
g.neg("泉州3个省级人工智能", "3个", APPOS_NOTE.format("3个 (省级人工智能产业园 of 福州、厦门、"
      "泉州)"))
fact("加大对10个试点县", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="县域重点产业链试点县",
     metric_alts=["试点县", "试点县数量", "县域重点产业链试点县数量", "重点产业链试点县"],
     period=S25, period_alts=[S25_NULL, P("年度", REF, REF)],
     note="judgement call: the pilot counties already designated for the county industry "
          "chains, whose support the plan increases (加大…支持力度) — the size of an existing "
          "set, not a goal → actual (as 壮大19个省级先进制造业集群 in wr_yunnan_2025_c); section "
          "frame 2025 with null and the reference date as alts; target is the alternative")
g.neg("打造一批工业强县", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
fact("设立20亿元省级母基金", "20亿元", value=20e8, unit="CNY", kind="amount",
     metric="省级母基金",
     metric_alts=["省级母基金规模", "母基金", "母基金规模", "设立省级母基金", "专精特新省级母基金"],
     **PLAN, note="the size of the fund to be set up in 2025 (设立); " + PLAN_NOTE)
fact("新增专精特新中小企业1000家以上", "1000家", value=1000, unit="count", kind="count",
     classifier="家", bound="ge", metric="专精特新中小企业",
     metric_alts=new("专精特新中小企业", "新增专精特新中小企业", "专精特新企业"), **PLAN_SET,
     note="以上 → ge; 新增 N: firms added in 2025, 增量 alts (README §3); " + SET_NOTE)
fact("举办百场产业链", "百场", value=100, unit="count", kind="count", classifier="场",
     metric="产业链供应链对接大会",
     metric_alts=["举办产业链供应链对接大会", "产业链供应链对接大会场次", "对接大会",
                  "产业链供应链对接会", "产业链供应链对接大会数量"], **PLAN,
     note="judgement call: 百场 'a hundred (sessions)' read as the round count 100 (classifier "
          "场), not a vague 'hundreds'; meetings to be held in 2025; " + PLAN_NOTE)
fact("形成10个营业收入", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="营业收入超千亿元的先进制造业集群",
     metric_alts=["先进制造业集群", "千亿级先进制造业集群", "营业收入超千亿元先进制造业集群",
                  "先进制造业集群数量", "营业收入超千亿元的先进制造业集群数量"], **PLAN_SET,
     note="clusters whose revenue is to pass 100 billion yuan (the threshold is part of the "
          "metric, negative); " + SET_NOTE)
g.neg("营业收入超千亿元的", "千亿元", THRESH_NOTE.format("超千亿元, the revenue of the "
      "clusters counted"))
fact("亩均税收15万元以上", "15万元", value=150000, unit="CNY", kind="amount", bound="ge",
     metric="新改扩建投用产业项目亩均税收",
     metric_alts=["亩均税收", "产业项目亩均税收", "新改扩建产业项目亩均税收",
                  "新改扩建投用产业项目每亩税收"], **PLAN,
     note="以上 → ge (outside the span); tax per mu (亩均) — the per-mu basis in the metric "
          "(SPEC §3 rates), unit CNY; " + PLAN_NOTE)

# ==== line 2 (source 59): 大力发展特色现代农业 ====================================================
g.neg("实施新一轮粮食", "一轮", "新一轮 'a new round', not a count")
g.neg("支持三明市", "三明", NAME_NOTE.format("三明市, a city"))
fact("新建和改造高标准农田70万亩", "70万亩", value=7e5, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["新建和改造高标准农田", "高标准农田建设", "新建和改造高标准农田面积",
                  "高标准农田面积", "高标准农田建设面积", "新建和改造提升高标准农田"], **PLAN,
     note="亩 stays mu (SPEC §3; as wr_henan_2025_c 高标准农田500万亩); " + PLAN_NOTE)
fact("稳定在1255万亩以上", "1255万亩", value=1.255e7, unit="mu", kind="amount", bound="ge",
     metric="粮食播种面积",
     metric_alts=["粮食种植面积", "粮食播种", "全省粮食播种面积"], **PLAN,
     note="稳定在…以上 → ge (outside the span); the sown area of the 2025 season → the year; "
          + PLAN_NOTE)
fact("粮食储备规模达500万吨", "500万吨", value=5e6, unit="t", kind="amount",
     metric="粮食储备规模",
     metric_alts=["粮食储备", "粮食储备量", "地方粮食储备规模"], **PLAN_END,
     note="达 → eq; reserves (a stock) to be reached: " + END_NOTE)
g.neg("山海田一起抓", "一起", "lexicalized 一起 'together', not a quantity")
g.neg("闽东南高优三大特色", "三大", SET_LABEL_NOTE + " (三大特色农业产业带, the three belts "
      "named right before it)")
g.neg("启动实施一批农业", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
fact("打造45个林下经济", "45个", value=45, unit="count", kind="count", classifier="个",
     metric="林下经济重点县",
     metric_alts=new("林下经济重点县", "打造林下经济重点县", "林下经济县"), **PLAN_SET,
     note=SET_NOTE)
g.neg("培育“一村一品”", "一村一品", LABEL_NOTE + " (“一村一品” 'one village, one product')")
fact("专业村2000个以上", "2000个", value=2000, unit="count", kind="count", classifier="个",
     bound="ge", metric="“一村一品”专业村",
     metric_alts=new("“一村一品”专业村", "一村一品专业村", "专业村", "培育“一村一品”专业村"),
     **PLAN_SET, note="以上 → ge (outside the span); " + SET_NOTE)

# ==== line 3 (source 60): 实施“三茶”统筹… (no facts) ==============================================
g.neg("实施“三茶”统筹", "三茶", LABEL_NOTE + " (“三茶”: 茶文化、茶产业、茶科技)")
g.neg("新建一批农产品", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
g.neg("走进千家万户", "千家万户", "idiom 千家万户 'every household', not a quantity")
g.neg("为老百姓生活", "老百姓", "lexicalized 老百姓 'ordinary people'; 百 is not a quantity "
      "(as nw_cctv_20210526_yrd_2021)")

# ==== line 4 (source 61): 大力培育现代服务业 ======================================================
g.neg("加力推动首贷", "首贷", "label 首贷 'first loan' (a loan type), not a rank or count "
      "(README §2 首批)")
fact("新培育5条", "5条", value=5, unit="count", kind="count", classifier="条",
     metric="“一单制”试点线路",
     metric_alts=new("“一单制”试点线路", "一单制试点线路", "试点线路", "新培育“一单制”试点线路"),
     **PLAN_SET, note="新培育 N: routes added in 2025, 增量 alts; " + SET_NOTE)
g.neg("5条“一单制”", "一单制", LABEL_NOTE + " (“一单制” 'one waybill' multimodal transport)")
fact("客货邮融合线路达800条", "800条", value=800, unit="count", kind="count",
     classifier="条", metric="客货邮融合线路",
     metric_alts=["客货邮融合线路数量", "客货邮融合发展线路", "客货邮线路"], **PLAN_END,
     note="达 → eq; the network (a stock) to be reached: " + END_NOTE)
fact("新开通5条国际航线", "5条", value=5, unit="count", kind="count", classifier="条",
     metric="国际航线",
     metric_alts=new("国际航线", "新开通国际航线", "“丝路海运”国际航线", "丝路海运航线"),
     **PLAN_SET, note="新开通 N: routes added in 2025 (under 丝路海运, shipping), 增量 alts; "
                      + SET_NOTE)
g.neg("“文旅+百业”", "百业", "idiom 百业 'all trades' (文旅+百业), not a quantity (as 千行百业 "
      "in nw_cctv_20250921_anhui_fujian_2025)")
g.neg("山海1号风景道", "1号", NAME_NOTE.format("山海1号风景道, a scenic road"))

# ==== line 5 (source 62): heading （三） ==========================================================
g.neg("（三）坚持扩大内需", "（三）", MARKER_NOTE)

# ==== line 6 (source 63): 多措并举提振消费 (no facts) ==============================================
g.neg("实施“两新”政策", "两新", LABEL_NOTE + " (“两新”: 大规模设备更新和消费品以旧换新)")
g.neg("积极发展首发经济", "首发", "label 首发经济 ('debut economy', first launches), not a "
      "rank or count (as wr_yunnan_2025_c)")
g.neg("打造更多一刻钟", "一刻钟", "part of the name 一刻钟便民生活圈 ('quarter-hour convenience "
      "circle'), a label, not a measured duration (as 15分钟 in wr_chongqing_2025)")

# ==== line 7 (source 64): 全力以赴扩大投资 ========================================================
g.neg("及早谋划“十五五”", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("纳入“两重”建设", "两重", LABEL_NOTE + " (“两重”: 国家重大战略实施和重点领域安全能力建设)")
g.neg("总投资10亿元以上项目", "10亿元", THRESH_NOTE.format("总投资10亿元以上, the size of "
      "the projects counted"))
fact("以上项目50个", "50个", value=50, unit="count", kind="count", classifier="个",
     metric="总投资10亿元以上项目",
     metric_alts=["10亿元以上项目", "引进落地总投资10亿元以上项目", "引进落地项目", "项目",
                  "总投资10亿元以上项目数量", "招商引资项目"], **PLAN,
     note="projects to be brought in and landed in 2025; the size threshold is part of the "
          "metric (negative); " + PLAN_NOTE)
fact("实施省重点项目1550个", "1550个", value=1550, unit="count", kind="count",
     classifier="个", metric="省重点项目",
     metric_alts=["实施省重点项目", "重点项目", "省重点项目数量"], **PLAN,
     note="projects to be carried out in 2025; " + PLAN_NOTE)
fact("年度计划投资7150亿元", "7150亿元", value=7150e8, unit="CNY", kind="amount",
     metric="省重点项目年度计划投资",
     metric_alts=["年度计划投资", "计划投资", "省重点项目计划投资", "重点项目年度计划投资"],
     period=S25, period_alts=[S25_NULL], modality="target",
     note="年度 (= 2025, the plan year) stands right before it (explicit, same dates as the "
          "frame); planned investment of the 1550 projects → target")
g.neg("福莆宁F1线", "F1", NAME_NOTE.format("F1线, a suburban rail line"))
g.neg("福州地铁4号线", "4号线", NAME_NOTE.format("4号线, metro line 4"))
g.neg("福州机场二期", "二期", PHASE_NOTE.format("二期 (second phase of 福州机场)"))
g.neg("福莆宁F2和F3线", "F2", NAME_NOTE.format("F2线, a suburban rail line"))
g.neg("福莆宁F2和F3线", "F3", NAME_NOTE.format("F3线, a suburban rail line"))
g.neg("厦门港翔安1—5号泊位", "1—5号", NAME_NOTE.format("berth numbers 1—5号泊位"))
g.neg("“五江一溪”防洪", "五江一溪", LABEL_NOTE + " (“五江一溪”, the province's five rivers and "
      "one stream named as a group)")
g.neg("漳州核电2—4号机组", "2—4号", NAME_NOTE.format("unit numbers 2—4号机组"))
g.neg("宁德核电5号机组", "5号", NAME_NOTE.format("unit number 5号机组"))
g.neg("古雷炼化一体化工程二期", "二期", PHASE_NOTE.format("二期 (second phase of the 古雷 "
      "refinery)"))
g.neg("厦漳泉R1线", "R1", NAME_NOTE.format("R1线, a rail line"))
g.neg("福州地铁6号线", "6号线", NAME_NOTE.format("6号线, metro line 6"))
g.neg("“一库三线”工程", "一库三线", LABEL_NOTE + " (“一库三线” 'one reservoir, three lines' "
      "water project)")
g.neg("华能霞浦核电一期", "一期", PHASE_NOTE.format("一期 (first phase)"))
g.neg("衢南三等高铁", "三", NAME_NOTE.format("三 = 三明 in the railway name 衢南三 (衢州—南平—"
      "三明)"))
g.neg("新建5G基站", "5G", "technology name 5G (fifth-generation mobile network), not a "
      "quantity")
fact("5G基站1.1万个", "1.1万个", value=11000, unit="count", kind="count", classifier="个",
     metric="5G基站",
     metric_alts=new("5G基站", "新建5G基站", "基站"), **PLAN_SET,
     note="新建 N: stations added in 2025, 增量 alts; " + SET_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_fujian_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts "
    "are cut). It lies in part 二、牢记历史使命，在中国式现代化建设中奋勇争先 (source line 48), the "
    "plan for 2025 (source line 51: 2025年是“十四五”规划收官…): the paragraphs of task （二） "
    "(new industrialisation, modern agriculture, services) and task （三） with its heading "
    "(consumption, investment). Lines 6-37 are annotated in wr_fujian_2025 / _b / _c (the "
    "2024 review; no overlap). Title, source line and dateline are outside the excerpt "
    "(title_in_text=False; the title as the source's first line). Date: 2025-01-13, the "
    "delivery date in the report's header (source line 3: 2025年1月13日在福建省第十四届人民代表"
    "大会第三次会议上); the corpus meta agrees. Place: 福建省 (福建, 全省, 我省 → alts). Periods: "
    "no period before the numbers of any line: section frame 2025 (2025-01-01..2025-12-31, "
    "null as alt; period text 年度, the excerpt's only word for the plan year, since the "
    "section's 2025年 lies outside it); 年度计划投资7150亿元 explicit (same dates). Counts of "
    "things to add → the year with the end instant as alt; stocks to be reached (粮食储备规模"
    "达500万吨, 客货邮融合线路达800条) → the instant 2025-12-31 (year and null as alts). "
    "Modality: target throughout, except 加大对10个试点县的支持力度 (an existing set of pilot "
    "counties → actual, judgement call, as wr_yunnan_2025_c 19个集群). Bounds: 以上 → ge; "
    "突破 → gt; 达/no bound word → eq. Units: 万亩 → mu; 万吨 → t; 亿元/万元 → CNY (亩均税收 "
    "per mu in the metric); counts with 个/家/条/场. Judgement calls: 百场 (对接大会) → count "
    "100; 福州、厦门、泉州3个 → appositive (negative); “7+3+X” a label; 10个营业收入超千亿元的"
    "先进制造业集群 → count, 超千亿元 a threshold (negative); 总投资10亿元以上项目50个 → count, "
    "10亿元 a threshold (negative); 一刻钟 (便民生活圈) a label. Negatives: 一批 ×4, 7+3+X, 3个, "
    "千亿元, 一轮, 三明, 一起, 三大, 一村一品, 三茶, 千家万户, 老百姓, 首贷, 一单制, 百业, 1号, （三）, "
    "两新, 首发, 一刻钟, 十五五, 两重, 10亿元, F1, 4号线, 二期 ×2, F2, F3, 1—5号, 五江一溪, "
    "2—4号, 5号, R1, 6号线, 一库三线, 一期, 三 (衢南三), 5G. Lexicalized, not listed: 一体化 "
    "×2, 统一.")

g.write(date=REF, source=f"shared/texts/work_report/wr_fujian_2025.txt lines {FIRST}–{LAST} "
        "(来源：福建日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
