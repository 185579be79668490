"""Gold annotations for wr_anhui_2025_d (2025年安徽省政府工作报告, the 2025 tasks: opening,
regional coordination, towns and villages), lines 67-77 of
shared/texts/work_report/wr_anhui_2025.txt.

The excerpt corpora/wr_anhui_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the last paragraph
of task （五） 扩大高水平对外开放 (推进开放大通道大平台建设), task （六） 长三角一体化… in full
(heading, 长三角, 皖北, 区域协调联动, 城市功能品质) and task （七） 统筹新型城镇化和乡村全面振兴
in full (heading, 江淮粮仓, 乡村振兴, 农村改革, 县城城镇化).  All of it lies in part
三、2025年重点工作 (heading on source line 40, outside the excerpt): the plan for 2025.  Lines
6-16, 18-24 and 33-46 are annotated in wr_anhui_2025 / _c / _b (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_anhui_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_anhui_2025_d"
PLACE = "安徽省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_anhui_2025.txt"
FIRST, LAST = 67, 77                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年安徽省政府工作报告"       # line 1 of the source, outside the excerpt
AH_ALTS = ["安徽", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="推进开放大通道大平台建设。",
                 ends="加大对百亿级、五十亿级县域特色产业集群支持。")
text = g.text
fact = g.with_subject(PLACE, AH_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
YRD = PLACE_NOTE.format("长三角, the Yangtze River Delta; as wr_anhui_2025_b / _c")
CLASS_NOTE = ("class label {} naming the kind of cluster supported, no count or amount "
              "attached (as 千亿级、五百亿级 in wr_anhui_2025_b)")

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The excerpt lies in part 三、2025年重点工作 (source line 40), the plan for 2025 → modality
# target (力争, 建设, 新建, 新增, 完成, 提高到…).  Lines without a period expression take the
# section frame 2025-01-01..2025-12-31 (SPEC §4) with the null reading in period_alts; the
# period text is the excerpt's own name of the plan year, 全年 (line 8: 全年粮食播种面积…), as
# wr_anhui_2025_c names the review frame by its 全年 (the heading's 2025年 is not in the
# excerpt; only the dates are scored).  全年 (line 8) and 年内 (line 10) govern the clauses
# after them in their line (same dates, explicit).  Things to be built or added take the year
# with the end instant as a further alt (PLAN_SET); a rate to be reached (提高到85%) the year
# with the end instant as alt.
S25 = P("全年", "2025-01-01", "2025-12-31")
S25_NULL = P("全年", None, None)
S25_END = P("全年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
FY = dict(period=S25, period_alts=[P("全年", None, None)], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "三、2025年重点工作 (2025), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"
WANBEI = dict(subject="皖北", subject_alts=["皖北地区", PLACE] + AH_ALTS)


# ==== line 1 (source 67): 推进开放大通道大平台建设 =================================================
g.neg("国际贸易“单一窗口”", "单一", LABEL_NOTE + " (“单一窗口” 'single window' for trade "
      "declarations), not a quantity")
fact("5条左右“一带一路”", "5条", value=5, unit="count", kind="count", classifier="条",
     bound="approx", metric="“一带一路”沿线国家航线",
     metric_alts=new("“一带一路”沿线国家航线", "一带一路沿线国家航线", "沿线国家航线",
                     "开通“一带一路”沿线国家航线", "国际航线", "航线"),
     subject_alts=AH_ALTS + ["合肥", "合肥机场"], **PLAN_SET,
     note="力争开通 → target; 左右 → approx (outside the span); air routes to be opened in "
          "2025 (the sentence starts from 合肥 → alt); " + SET_NOTE)
g.neg("“一带一路”沿线", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")

# ==== line 2 (source 68): heading （六） ==========================================================
g.neg("（六）以深入推进", "（六）", MARKER_NOTE)
g.neg("（六）以深入推进长三角", "长三角", YRD)

# ==== line 3 (source 69): 长三角一体化 (no facts) =================================================
g.neg("深入推进长三角一体化发展，更好", "长三角", YRD)
g.neg("上海“五个中心”", "五个中心", LABEL_NOTE + " (Shanghai's “五个中心” 'five centres' "
      "strategy), not a count claim")
g.neg("“两心同创”", "两心同创", LABEL_NOTE + " (“两心同创”: the two national science centres of "
      "合肥 and 上海张江 built together)")
g.neg("长三角（广德）", "长三角", YRD)
g.neg("拓展长三角“一卡通”", "长三角", YRD)
g.neg("拓展长三角“一卡通”", "一卡通", LABEL_NOTE + " (“一卡通” 'one card' for public "
      "services, as 一卡通办 in wr_anhui_2025_c)")
g.neg("联接长三角和中部", "长三角", YRD)

# ==== line 4 (source 70): 皖北地区全面振兴 =========================================================
g.neg("引江济淮二期", "二期", "phase label 二期 (second phase of 引江济淮), not a quantity "
      "(README §2 一期)")
g.neg("五河至蒙城高速", "五河", PLACE_NOTE.format("五河, a county (五河至蒙城高速)"))
fact("新优质学校112所", "112所", value=112, unit="count", kind="count", classifier="所",
     metric="新优质学校",
     metric_alts=new("新优质学校", "重点建设新优质学校", "优质学校", "皖北新优质学校"),
     **WANBEI, **PLAN_SET,
     note="judgement call: schools of the 皖北 clause (推动优质…资源向皖北布局) → subject 皖北, "
          "the province as alt (as WANBEI in wr_anhui_2025_c); schools to be built in 2025; "
          + SET_NOTE)
fact("完成皖北28个县", "28个", value=28, unit="count", kind="count", classifier="个",
     metric="地下水水源替换县（市、区）",
     metric_alts=["县（市、区）", "地下水水源替换县", "完成地下水水源替换的县（市、区）",
                  "地下水水源替换", "皖北县（市、区）", "地下水水源替换县（市、区）数量"],
     **WANBEI, **PLAN,
     note="counties (县（市、区）) of 皖北 whose groundwater sources are to be replaced in 2025 "
          "(完成…替换) → target; the counties' region owns the count (province as alt); "
          "span number + classifier (README §1); " + PLAN_NOTE)
g.neg("新能源汽车及零部件", "零部件", "lexicalized 零部件 'parts'; 零 is not zero (as "
      "wr_chongqing_2025_b)")

# ==== line 5 (source 71): 各区域协调联动 (no facts) ================================================
g.neg("合淮合六合滁", "合六", PLACE_NOTE.format("合六 = 合肥-六安 (合淮合六合滁同城化), as "
      "wr_anhui_2025_c"))
g.neg("上海与六安对口合作", "六安", PLACE_NOTE.format("六安, a city of the province"))

# ==== line 6 (source 72): 城市功能品质活力提升 ======================================================
fact("城市地下管网4500公里", "4500公里", value=4.5e6, unit="m", kind="amount",
     metric="更新改造城市地下管网",
     metric_alts=["城市地下管网", "城市地下管网更新改造", "地下管网", "更新改造地下管网",
                  "城市地下管网更新改造长度", "更新改造城市地下管网长度"], **PLAN,
     note="length of pipes to be renewed in 2025; 4500公里 = 4.5e6 m; " + PLAN_NOTE)

# ==== line 7 (source 73): heading （七） ==========================================================
g.neg("（七）统筹新型城镇化", "（七）", MARKER_NOTE)
g.neg("学习运用“千万工程”", "千万工程", LABEL_NOTE + " (“千万工程”: Zhejiang's 千村示范、万村"
      "整治 programme, as wr_henan_2025_c)")
g.neg("推动一二三产融合", "一二三", "sector labels 一二三产 (primary, secondary, tertiary "
      "industry), not a count (as wr_fujian_2025)")

# ==== line 8 (source 74): 高水平建设江淮粮仓 =======================================================
g.neg("提单产", "单产", "lexicalized 单产 'yield per unit area', not a quantity (as "
      "wr_henan_2025_c)")
fact("粮食播种面积1.1亿亩", "1.1亿亩", value=1.1e8, unit="mu", kind="amount",
     metric="粮食播种面积", metric_alts=["粮食种植面积", "播种面积", "全省粮食播种面积"], **FY,
     note="全年 (= 2025) right before it, explicit; 亿亩 → 1.1e8 mu (亩 stays mu, SPEC §3); the "
          "sown area of the 2025 season → the year; target; judgement call: 以上 written after "
          "825亿斤 only (no 分别 list) → eq here, ge the alternative")
fact("产量825亿斤以上", "825亿斤", value=825e8 * 0.0005, unit="t", kind="amount", bound="ge",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食"], **FY,
     note="以上 → ge (outside the span); 825亿斤 × 0.0005 t = 4.125e7 t (SPEC §3); head 粮食 "
          "restored; 全年 governs; target")
g.neg("推进“百项农业重大科技攻关”", "百项", LABEL_NOTE + " (programme name “百项农业重大科技"
      "攻关” 'a hundred major agricultural research projects') — judgement call; a count of "
      "100 projects is the alternative reading")

# ==== line 9 (source 75): 扎实推进乡村全面振兴 =====================================================
g.neg("新建长三角绿色", "长三角", YRD)
fact("供应基地100个", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="长三角绿色农产品生产加工供应基地",
     metric_alts=new("长三角绿色农产品生产加工供应基地", "新建长三角绿色农产品生产加工供应基地",
                     "绿色农产品生产加工供应基地", "供应基地"), **PLAN_SET,
     note="新建 N: bases to be built in 2025, 增量 alts (README §3; as wr_anhui_2025_c); "
          + SET_NOTE)
fact("名特优新农产品1000个以上", "1000个", value=1000, unit="count", kind="count",
     classifier="个", bound="ge", metric="绿色、有机、名特优新农产品",
     metric_alts=new("绿色、有机、名特优新农产品", "新认证绿色、有机、名特优新农产品",
                     "绿色有机名特优新农产品", "认证农产品", "新认证农产品"), **PLAN_SET,
     note="以上 → ge (outside the span); products to be newly certified (新认证) in 2025; "
          + SET_NOTE)
fact("数字农业工厂100个", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="数字农业工厂",
     metric_alts=new("数字农业工厂", "新建数字农业工厂", "农业工厂"), **PLAN_SET,
     note="新建 N: " + SET_NOTE)
g.neg("推进“万企兴万村”", "万企兴万村", LABEL_NOTE + " (campaign name “万企兴万村” 'ten "
      "thousand firms revitalise ten thousand villages', as wr_guangxi_2025)")
g.neg("“千村引领、万村升级”", "千村引领、万村升级", LABEL_NOTE + " (campaign name “千村引领、"
      "万村升级”, as wr_anhui_2025_c)")
fact("精品示范村200个", "200个", value=200, unit="count", kind="count", classifier="个",
     metric="精品示范村", metric_alts=new("精品示范村", "新增精品示范村", "示范村"),
     **PLAN_SET, note="新增 N: villages to be added in 2025, 增量 alts (README §3); " + SET_NOTE)
fact("省级中心村800个左右", "800个", value=800, unit="count", kind="count", classifier="个",
     bound="approx", metric="省级中心村",
     metric_alts=new("省级中心村", "新增省级中心村", "中心村"), **PLAN_SET,
     note="左右 → approx (outside the span); 新增 shared with 200个; " + SET_NOTE)
fact("处理率提高到85%", "85%", value=85, unit="%", kind="share",
     metric="农村生活垃圾无害化处理率",
     metric_alts=["生活垃圾无害化处理率", "农村生活垃圾无害化处理比例", "无害化处理率",
                  "农村生活垃圾处理率"], **PLAN_SET,
     note="提高到 → the rate to be reached (a rate → share, SPEC §2); the rate of 2025, the "
          "end instant as alt; " + PLAN_NOTE)

# ==== line 10 (source 76): 进一步深化农村改革 ======================================================
g.neg("推进二轮土地承包", "二轮", "ordinal label of the contract round (二轮土地承包 = 第二轮), "
      "not a count or rank (as wr_anhui_2025_c)")
fact("到期662万农户", "662万", value=6620000, unit="count", kind="count", classifier="户",
     metric="到期农户",
     metric_alts=["年内到期农户", "延包农户", "到期农户延包", "年内到期农户延包", "农户延包任务",
                  "农户", "延包农户数", "完成年内到期农户延包任务"],
     period=P("年内", "2025-01-01", "2025-12-31"), period_alts=[S25, S25_NULL],
     modality="target",
     note="households whose contracts expire within 2025 and are to be extended (完成…延包任务) "
          "→ target; 年内 (= 2025) right before it, explicit; span the number only, the "
          "counted noun 农户 outside with classifier 户 (as 39.8万农业转移人口 → 39.8万 in "
          "wr_anhui_2025_c)")
g.neg("承包地“三权分置”", "三权分置", LABEL_NOTE + " (“三权分置”: the three rights to rural "
      "land, as wr_china_2017)")
g.neg("“农业保险+一揽子", "一揽子", "quantifier 一揽子 'package of (financial products)', not a "
      "quantity")

# ==== line 11 (source 77): 县城城镇化 ============================================================
g.neg("实施新一轮农业转移", "一轮", "新一轮 'a new round', not a count")
fact("新改建农村公路2600公里", "2600公里", value=2.6e6, unit="m", kind="amount",
     metric="新改建农村公路",
     metric_alts=["农村公路", "新改建农村公路里程", "农村公路新改建", "新建改建农村公路",
                  "农村公路建设里程"], **PLAN_SET,
     note="length of rural roads to be newly built or rebuilt in 2025; 2600公里 = 2.6e6 m; "
          + SET_NOTE)
fact("建设农村幸福院750个", "750个", value=750, unit="count", kind="count", classifier="个",
     metric="农村幸福院",
     metric_alts=new("农村幸福院", "建设农村幸福院", "幸福院"), **PLAN_SET,
     note="homes to be built in 2025 → 增量 alts (README §3); " + SET_NOTE)
g.neg("加大对百亿级", "百亿级", CLASS_NOTE.format("百亿级"))
g.neg("百亿级、五十亿级", "五十亿级", CLASS_NOTE.format("五十亿级"))

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_anhui_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts "
    "are cut). It lies in part 三、2025年重点工作 (source line 40), the plan for 2025: the last "
    "paragraph of task （五） (开放大通道大平台), task （六） (长三角一体化, 皖北振兴, 区域联动, "
    "城市功能品质) and task （七） (江淮粮仓, 乡村振兴, 农村改革, 县城城镇化), each in full. Lines "
    "6-16, 18-24 and 33-46 are annotated in wr_anhui_2025 / _c / _b (no overlap). Title, "
    "source line and dateline are outside the excerpt (title_in_text=False; the title as the "
    "source's first line). Date: 2025-01-20, the delivery date in the report's header (source "
    "line 3: 2025年1月20日在安徽省第十四届人民代表大会第三次会议上…); the corpus meta agrees. "
    "Place: 安徽省 (安徽, 全省, 我省 → alts); the 皖北 figures (112所 schools, 28个 counties) → "
    "subject 皖北 with the province as alt (as wr_anhui_2025_c); 合肥 as alt of the air routes. "
    "Periods: lines without a period take the section frame 2025 (2025-01-01..2025-12-31, "
    "null as alt), named by the excerpt's own 全年 (as wr_anhui_2025_c); 全年 (粮食播种面积, "
    "产量) and 年内 (662万农户) are explicit, same dates; things to be built/added and the rate "
    "提高到85% take the year with the end instant as a further alt. Modality: target "
    "throughout. Bounds: 以上 → ge; 左右 → approx; 提高到/no bound word → eq. Units: 亿亩 → "
    "mu; 亿斤 × 0.0005 t (825亿斤 = 4.125e7 t); 公里 → m; counts with 条/所/个, 662万农户 → "
    "classifier 户 (span without the noun). Judgement calls: 1.1亿亩 eq (以上 written after "
    "825亿斤 only); “百项农业重大科技攻关” a programme label (negative, not a count of 100); "
    "百亿级、五十亿级 class labels (negatives); 五个中心, 两心同创, 一卡通, 单一窗口 labels; "
    "28个县（市、区） → a count owned by 皖北. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 清单, 一体 (一体化 ×4), 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_anhui_2025.txt lines {FIRST}–{LAST} "
        "(来源：省政府政策研究室)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
