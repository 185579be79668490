"""Gold annotations for wr_shanxi_2025_c (2025年山西省政府工作报告, the 2025 part; held-out:
corpora/heldout/), lines 47-58 of shared/texts/work_report/wr_shanxi_2025.txt.

The excerpt corpora/heldout/wr_shanxi_2025_c.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped: the last three paragraphs of task （五）聚焦建设
美丽山西 (治水兴水治林兴林, 污染防治和生态修复, 全面绿色转型体制机制) with its closing
各位代表… line, task （六）聚焦促进共同富裕，加快发展民生社会事业 in full (employment, health,
social security, population services, culture and the 15 民生实事 of 2025) and the heading
of task （七）, 2,015 characters, the line range as briefed.  Lines 4-10 and 18-28 are
annotated in wr_shanxi_2025 and wr_shanxi_2025_b (no overlap).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_shanxi_2025_c.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shanxi_2025_c"
PLACE = "山西省"
REF = "2025-01-17"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_shanxi_2025.txt"
FIRST, LAST = 47, 58                    # 1-based, inclusive, whole lines
TITLE = "2025年山西省政府工作报告"
SX_ALTS = ["山西", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="做好治水兴水治林兴林大文章。",
                 ends="（七）聚焦维护和谐稳定，加强安全治理和风险防范")
text = g.text
fact = g.with_subject(PLACE, SX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
SANJIN_NOTE = "name 三晋 (literary name of 山西), not a quantity (as nw_cctv_20250914_shanxi_neimenggu_2025)"
EDITION_NOTE = "edition label of an event ({}), not a count"


# ---- periods (reference date 2025-01-17; 今年 = 2025) ---------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 18, outside the
# excerpt): tasks （五）, （六） and the heading of （七） of the plan for 2025 → modality target
# throughout.  Line 11 (着眼促进人的现代化，今年再办好15件民生实事。一是…十五是…) opens its
# numbers with 今年 (= 2025): explicit, it governs the whole list of the line.  The other lines
# state no period of their own: they take the section frame 2025 (SPEC §4) with the null
# reading in period_alts; the period text is 今年, the excerpt's own name for the plan year
# (as wr_chongqing_2025_d).  Rates and shares of a stock to be reached (完工率, 水土保持率,
# coverage of counties) are the instant at the end of the frame, 2025-12-31, the year and null
# as alts (as wr_shanxi_2025_b PLAN_END); things to be built, fostered or certified keep the
# year with the end instant as alt (as wr_chongqing_2025_d BUILD); works and services of the
# year (营造林, 筛查, 培训, 救助, 招聘, 维修, 送戏) → the year only.
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_NULL = P("今年", None, None)
T25_END = P("今年", "2025-12-31", "2025-12-31")
FRAME = dict(period=T25, period_alts=[T25_NULL], modality="target")
FRAME_BUILD = dict(period=T25, period_alts=[T25_NULL, T25_END], modality="target")
FRAME_END = dict(period=T25_END, period_alts=[T25, T25_NULL], modality="target")
DO = dict(period=T25, modality="target")
BUILD = dict(period=T25, period_alts=[T25_END], modality="target")
FRAME_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
              "二、2025年工作安排 (2025; period text 今年), null as alt")
BUILD_NOTE = FRAME_NOTE + "; things to be built/fostered: the end instant as alt"
END_NOTE = ("a rate of a stock to be reached → the instant at the end of the 2025 frame "
            "(stock rule), the year and null as alts; target")
LIST_NOTE = ("one of the 15 民生实事 of 2025 → target; 今年 at the head of the line governs "
             "(explicit)")
LIST_BUILD_NOTE = LIST_NOTE + "; things to be built/added: the end instant as alt"

# ==== line 1 (source 47): 做好治水兴水治林兴林大文章 ==============================================
g.neg("“三纵九横、八河连通”", "三纵九横、八河连通", LABEL_NOTE + " (“三纵九横、八河连通”, "
      "the layout of the modern water network: three north-south and nine east-west "
      "trunks, eight rivers linked) — judgement call; counts of trunks are the alternative")
g.neg("万家寨引黄", "万家寨", "numeral inside a proper name (万家寨, a reservoir), not a "
      "quantity")
g.neg("落实“四水四定”", "四水四定", LABEL_NOTE + " (“四水四定”: city, land, population and "
      "industry fixed by the water available)")
g.neg("“一泓清水入黄河”", "一泓清水入黄河", LABEL_NOTE + " (project name “一泓清水入黄河” "
      "'a stream of clear water into the Yellow River')")
fact("完工率达到85%以上", "85%", value=85, unit="%", kind="share", bound="ge",
     metric="黄河干流流经县综合治理工程完工率",
     metric_alts=["综合治理工程完工率", "完工率", "黄河干流流经县综合治理工程完成率",
                  "黄河干流流经县综合治理完工率"], **FRAME_END,
     note="以上 → ge (outside the span); completion rate of the works (a share of a stock): "
          + END_NOTE)
g.neg("实施“三北”工程", "三北", "programme name “三北”工程 (Three-North Shelterbelt), not a "
      "quantity (as nw_cctv_20240428_northeast_2024)")
fact("营造林260万亩", "260万亩", value=2.6e6, unit="mu", kind="amount", metric="营造林",
     metric_alts=["营造林面积", "造林", "造林面积", "营造林任务"], **FRAME,
     note="亩 stays mu (SPEC §3); " + FRAME_NOTE)
fact("森林抚育100万亩", "100万亩", value=1e6, unit="mu", kind="amount", metric="森林抚育",
     metric_alts=["森林抚育面积", "抚育", "森林抚育任务"], **FRAME, note=FRAME_NOTE)

# ==== line 2 (source 48): 强化污染防治和生态修复 =================================================
g.neg("强化PM2.5与臭氧", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a "
      "quantity (as cm_luoyang_2023_b)")
g.neg("“两山七河五湖”", "两山七河五湖", LABEL_NOTE + " (“两山七河五湖”, the province's "
      "ecological restoration programme: two mountain ranges, seven rivers, five lakes) — "
      "judgement call")
fact("水土保持率达到66.2%", "66.2%", value=66.2, unit="%", kind="share",
     metric="水土保持率", metric_alts=["全省水土保持率"], **FRAME_END,
     note="达到 → eq; share of the land area under soil and water conservation (a stock): "
          + END_NOTE)

# ==== line 3 (source 49): 完善全面绿色转型体制机制 ===============================================
fact("培育30个省级和国家级", "30个", value=30, unit="count", kind="count", classifier="个",
     metric="省级和国家级绿色工厂",
     metric_alts=new("省级和国家级绿色工厂", "绿色工厂", "培育省级和国家级绿色工厂",
                     "培育绿色工厂"), **FRAME_BUILD,
     note="factories to be fostered in 2025; 增量 alts (README §3); " + BUILD_NOTE)
g.neg("零碳、低碳园区", "零碳", "label 零碳 (zero-carbon park), README §2")

# ==== line 4 (source 50): 各位代表，… 美丽山西 (no facts) ===========================================
g.neg("践行“两山”理念", "两山", LABEL_NOTE + " (“两山”理念: 绿水青山就是金山银山)")
g.neg("让三晋人民", "三晋", SANJIN_NOTE)

# ==== line 5 (source 51): （六） ===================================================================
g.neg("（六）聚焦促进", "（六）", MARKER_NOTE)

# ==== line 6 (source 52): 推动高质量充分就业 ======================================================
g.neg("开展“10+N”", "10+N", LABEL_NOTE + " (“10+N”公共就业服务专项活动: ten fixed campaigns "
      "plus N, the name of the programme), not a count")
fact("覆盖85%以上县", "85%", value=85, unit="%", kind="share", bound="ge",
     metric="创业融资服务工作站覆盖县（市、区）比例",
     metric_alts=["创业融资服务工作站覆盖率", "创业融资服务工作站覆盖县(市、区)比例",
                  "创业融资服务工作站县（市、区）覆盖率", "覆盖县（市、区）比例",
                  "创业融资服务工作站覆盖县（市、区）比重"], **FRAME_END,
     note="以上 → ge (outside the span); coverage of the counties (a share of a stock): "
          + END_NOTE)
fact("新认定10个省级劳务品牌", "10个", value=10, unit="count", kind="count",
     classifier="个", metric="省级劳务品牌",
     metric_alts=new("省级劳务品牌", "新认定省级劳务品牌", "劳务品牌"), **FRAME_BUILD,
     note="brands to be certified (新认定) in 2025; 增量 alts (README §3); " + BUILD_NOTE)

# ==== line 7 (source 53): 提升全民健康水平 ========================================================
CLIN_NOTE = "新建 N: to be set up in 2025; 增量 alts (README §3); " + BUILD_NOTE
fact("新建8个国家级", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="国家级临床重点专科",
     metric_alts=new("国家级临床重点专科", "新建国家级临床重点专科", "临床重点专科"),
     **FRAME_BUILD, note=CLIN_NOTE + "; head 临床重点专科 shared with 36个")
fact("36个省级临床重点专科", "36个", value=36, unit="count", kind="count", classifier="个",
     metric="省级临床重点专科",
     metric_alts=new("省级临床重点专科", "新建省级临床重点专科", "临床重点专科"),
     **FRAME_BUILD, note="verb 新建 shared; " + CLIN_NOTE)
g.neg("备战第十五届全运会", "第十五届", EDITION_NOTE.format("第十五届全运会"))

# ==== line 8 (source 54): 做好社会保障工作 (no numerals) ==========================================

# ==== line 9 (source 55): 健全人口发展支持和服务体系 ===============================================
g.neg("“一老一小”", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the young', as "
      "wr_chongqing_2025_d)")
g.neg("“三晋银龄行动”", "三晋", SANJIN_NOTE + " (campaign name “三晋银龄行动”)")

# ==== line 10 (source 56): 增强公共文化服务效能 ====================================================
g.neg("新时代三晋力作", "三晋", SANJIN_NOTE)
g.neg("办好第四届全民阅读大会", "第四届", EDITION_NOTE.format("第四届全民阅读大会"))

# ==== line 11 (source 57): the 15 民生实事 of 2025 ==================================================
g.neg("，今年再办好", "今年", PERIOD_NOTE + " (= 2025; governs the whole list of the line)")
fact("今年再办好15件民生实事", "15件", value=15, unit="count", kind="count",
     classifier="件", metric="民生实事",
     metric_alts=["民生实事数量", "办好民生实事", "民生实事年度任务", "重点民生实事"], **DO,
     note="the year's list of livelihood projects (as wr_chongqing_2025_d); 今年 → 2025; "
          "target")
MARKERS = [("一是新建改造", "一是"), ("。二是为", "二是"), ("。三是配置", "三是"),
           ("。四是开展", "四是"), ("。五是采取", "五是"), ("。六是实施", "六是"),
           ("。七是推动", "七是"), ("。八是推动", "八是"), ("。九是大型", "九是"),
           ("。十是继续", "十是"), ("。十一是维修", "十一是"), ("。十二是建设", "十二是"),
           ("。十三是建设", "十三是"), ("。十四是免费", "十四是"), ("。十五是新建", "十五是")]
for ctx, tgt in MARKERS:
    g.neg(ctx, tgt, MARKER_NOTE + " (一是 … 十五是, the 15 民生实事)")
fact("新建改造50个社区养老工程", "50个", value=50, unit="count", kind="count",
     classifier="个", metric="社区养老工程",
     metric_alts=new("社区养老工程", "新建改造社区养老工程"), **BUILD, note=LIST_BUILD_NOTE)
fact("50个区域养老服务中心", "50个", value=50, unit="count", kind="count",
     classifier="个", metric="区域养老服务中心",
     metric_alts=new("区域养老服务中心", "新建改造区域养老服务中心", "养老服务中心"), **BUILD,
     note="verb 新建改造 shared; " + LIST_BUILD_NOTE)
fact("100个标准化社区食堂", "100个", value=100, unit="count", kind="count",
     classifier="个", metric="标准化社区食堂",
     metric_alts=new("标准化社区食堂", "新建改造标准化社区食堂", "社区食堂"), **BUILD,
     note="verb 新建改造 shared; " + LIST_BUILD_NOTE)
fact("为2万名高危人群", "2万名", value=20000, unit="count", kind="count", classifier="名",
     metric="上消化道健康筛查高危人群",
     metric_alts=["高危人群", "上消化道健康筛查", "进行上消化道健康筛查的高危人群",
                  "上消化道健康筛查人数", "上消化道健康筛查高危人群人数"], **DO,
     note=LIST_NOTE + "; the predicate defines the counted set → metric")
fact("自动体外除颤器1000台", "1000台", value=1000, unit="count", kind="count",
     classifier="台", metric="自动体外除颤器",
     metric_alts=new("自动体外除颤器", "配置自动体外除颤器", "AED"), **BUILD,
     note=LIST_BUILD_NOTE)
g.neg("培训红十字救护员", "十字", "numeral inside a proper name (红十字 'Red Cross'), not a "
      "quantity")
fact("红十字救护员5万人", "5万人", value=50000, unit="count", kind="count",
     classifier="人", metric="培训红十字救护员",
     metric_alts=["红十字救护员", "红十字救护员培训", "培训红十字救护员人数",
                  "红十字救护员数量"], **DO, note=LIST_NOTE)
fact("残疾儿童8000人", "8000人", value=8000, unit="count", kind="count", classifier="人",
     metric="抢救性康复救助残疾儿童",
     metric_alts=["康复救助残疾儿童", "残疾儿童康复救助", "残疾儿童", "抢救性康复救助残疾儿童人数",
                  "残疾儿童康复救助人数"], **DO, note=LIST_NOTE)
fact("适配补贴4万人", "4万人", value=40000, unit="count", kind="count", classifier="人",
     metric="辅助器具适配补贴",
     metric_alts=["辅助器具适配补贴人数", "辅助器具适配", "辅助器具补贴", "适配补贴"], **DO,
     note=LIST_NOTE)
fact("省属企业招聘1万人", "1万人", value=10000, unit="count", kind="count",
     classifier="人", metric="省属企业招聘高校毕业生",
     metric_alts=["省属企业招聘", "省属企业招聘人数", "招聘", "招聘高校毕业生"],
     subject_alts=SX_ALTS + ["省属企业"], **DO,
     note=LIST_NOTE + "; hires by the provincial state firms (sector-level count: the "
          "province keeps the subject, README §4)")
fact("招募社区助理3000名", "3000名", value=3000, unit="count", kind="count",
     classifier="名", metric="招募社区助理",
     metric_alts=["社区助理", "招募社区助理人数", "社区助理数量", "招募高校毕业生社区助理"],
     **DO, note=LIST_NOTE)
fact("加装电梯600部", "600部", value=600, unit="count", kind="count", classifier="部",
     metric="住宅自愿加装电梯",
     metric_alts=["加装电梯", "住宅加装电梯", "实施住宅自愿加装电梯", "加装电梯数量",
                  "既有住宅加装电梯"], **DO, note=LIST_NOTE)
fact("覆盖率达到60%以上", "60%", value=60, unit="%", kind="share", bound="ge",
     metric="粮食作物完全成本保险覆盖率",
     metric_alts=["完全成本保险覆盖率", "粮食作物完全成本保险覆盖面", "保险覆盖率",
                  "粮食作物完全成本保险参保率"],
     period=T25, period_alts=[T25_END], modality="target",
     note=LIST_NOTE + "; 以上 → ge (outside the span); judgement call: coverage of the "
          "year's grain crops → the year, the end instant (stock reading) as alt")
fact("维修农村供水工程1800处", "1800处", value=1800, unit="count", kind="count",
     classifier="处", metric="维修农村供水工程",
     metric_alts=["农村供水工程", "农村供水工程维修", "维修农村供水工程数量",
                  "农村供水工程维修数量"], **DO, note=LIST_NOTE)
fact("受益200万人", "200万人", value=2e6, unit="count", kind="count", classifier="人",
     metric="受益人口",
     metric_alts=["受益人数", "受益", "农村供水工程受益人口", "维修农村供水工程受益人口",
                  "受益群众"], **DO, note=LIST_NOTE + "; people served by the repaired works")
fact("建设50个乡镇级", "50个", value=50, unit="count", kind="count", classifier="个",
     metric="乡镇级标准化饮用水源地",
     metric_alts=new("乡镇级标准化饮用水源地", "建设乡镇级标准化饮用水源地",
                     "标准化饮用水源地", "饮用水源地"), **BUILD,
     note=LIST_BUILD_NOTE + "; head 标准化饮用水源地 shared with 650个")
fact("650个村级标准化", "650个", value=650, unit="count", kind="count", classifier="个",
     metric="村级标准化饮用水源地",
     metric_alts=new("村级标准化饮用水源地", "建设村级标准化饮用水源地",
                     "标准化饮用水源地", "饮用水源地"), **BUILD,
     note="verb 建设 shared; " + LIST_BUILD_NOTE)
g.neg("建设一批三个一号", "一批", VAGUE_NOTE)
g.neg("三个一号旅游公路", "三个一号", LABEL_NOTE + " (“三个一号”旅游公路: 黄河一号, 长城一号, "
      "太行一号, the province's tourist road brand) — judgement call; no count of roads is "
      "claimed")
fact("送戏下乡1万场", "1万场", value=10000, unit="count", kind="count", classifier="场",
     metric="免费送戏下乡",
     metric_alts=["送戏下乡", "送戏下乡场次", "免费送戏下乡场次", "送戏下乡演出"], **DO,
     note=LIST_NOTE)
g.neg("新建一批城市书房", "一批", VAGUE_NOTE)

# ==== line 12 (source 58): （七） =================================================================
g.neg("（七）聚焦维护", "（七）", MARKER_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_shanxi_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, the line range as "
    "briefed (held out: corpora/heldout/): the last three paragraphs of task （五）聚焦建设美丽"
    "山西 (water and forests, pollution, green transition) with its closing 各位代表… line, "
    "task （六）聚焦促进共同富裕 in full (employment, health, social security, population "
    "services, culture, and the 15 民生实事 of 2025, the densest line) and the heading of task "
    "（七）. It lies in part 二、2025年工作安排 (the plan for the report year; heading on source "
    "line 18, outside the excerpt). Lines 4-10 and 18-28 are annotated in wr_shanxi_2025 / "
    "wr_shanxi_2025_b (no overlap). Title and source line are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-17, the delivery "
    "date in the report header (2025年1月17日在山西省第十四届人民代表大会第三次会议上…, quoted "
    "in the shared meta notes), as wr_shanxi_2025 / _b. Place: 山西省 (山西, 全省, 我省 → "
    "alts; 省属企业 as alt of its hires). Periods: line 11 opens with 今年 (= 2025) and it "
    "governs the whole list (explicit, no null alt); lines 1-10 state no period and take the "
    "plan frame 2025 (period text 今年, the excerpt's own name for the year; null as alt). "
    "Rates of a stock to be reached (完工率 85%, 水土保持率 66.2%, coverage 85% of counties) → "
    "instant 2025-12-31 with the year and null as alts; things to be built / fostered / "
    "certified → the year with the end instant as alt; works and services of the year → "
    "the year. Modality: target throughout (a plan). Bounds: 以上 → ge (85% ×2, 60%). "
    "Units: 亩 → mu; 万 scale; 名/人/台/部/处/场/件/个 classifiers. Judgement calls: "
    "“三纵九横、八河连通”, “两山七河五湖”, “三个一号”旅游公路, “10+N” → labels (negatives); "
    "粮食作物完全成本保险覆盖率 → the year (instant as alt) while the other rates are instants; "
    "受益200万人 → count of people served (metric 受益人口). Negatives: 三纵九横、八河连通, 万家寨, "
    "四水四定, 一泓清水入黄河, 三北, PM2.5, 两山七河五湖, 零碳, 两山, 三晋 ×3, （六）, （七）, 10+N, "
    "第十五届, 一老一小, 第四届, 今年, 十字 (红十字), 一是 … 十五是 (15 markers), 一批 ×2, 三个一号. "
    "Lexicalized, not listed: 一体化 (县域医疗卫生一体化), 一体 (托幼一体), 中小微 (no "
    "numeral).")

g.write(date=REF, source=f"shared/texts/work_report/wr_shanxi_2025.txt lines {FIRST}–{LAST} "
        "(2025年山西省政府工作报告, 来源：山西日报)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
