"""Gold annotations for wr_jilin_2025_b (held-out: corpora/heldout/; 2025年吉林省政府工作报告,
the 2025 tasks), lines 28-36 of shared/texts/work_report/wr_jilin_2025.txt.

The excerpt is sliced by code from the source bytes (whole lines, newline kept), never
retyped: 重点做好八个方面工作。, task （一） (大力提振消费, 提高投资效益) and task （二） up to
持续打造旅游万亿级产业 (科技创新资源, 先进制造业, 新能源产业, 旅游).  It lies in part
二、2025年工作安排 (source line 24, outside the excerpt), after the 2025 主要预期目标
(source line 26, annotated in wr_jilin_2025): the plan for 2025, so the numbers are
targets of the year 2025.  Facts and negatives are written by hand from the text, sentence
by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_jilin_2025_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_jilin_2025_b"
PLACE = "吉林省"
REF = "2025-01-14"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_jilin_2025.txt"
FIRST, LAST = 28, 36                    # 1-based, inclusive, whole lines
TITLE = "2025年吉林省政府工作报告"
JL_ALTS = ["吉林", "全省", "我省"]
GOV_ALTS = JL_ALTS + ["吉林省人民政府", "省人民政府", "省政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="重点做好八个方面工作。",
                 ends="出游总花费增速均达到20％以上。")
text = g.text
fact = g.with_subject(PLACE, JL_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
ROAD_NOTE = "road number G331 (national highway 331), a name, not a quantity"
THRESH_NOTE = ("threshold defining the counted set (亿元以上项目, SPEC §2), part of the "
               "count's metric, not a fact of its own")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The excerpt lies in part 二、2025年工作安排 (source line 24, outside the excerpt; source line
# 25: 今年是“十四五”规划收官之年): the tasks are the plan for 2025 → modality target.  No line
# of the excerpt states a period of its own (年底 in line 31 governs no number), so the
# numbers take the section frame: period text 2025年 (the heading's), 2025-01-01..2025-12-31,
# null as alt (as wr_henan_2025_b / wr_anhui_2025_b).  A stock to be reached (储备亿元以上项目
# 达到1000个) is the instant at the end of the frame, 2025-12-31, the year and null as alts
# (as wr_henan_2025_b PLAN_END).  新雪季 (line 36) is a period expression of its own that has
# no calendar dates (the coming snow season): text only, start/end null, the 2025 frame as alt.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年工作安排 (2025), null as alt")
END_NOTE = ("a stock to be reached → the instant at the end of the 2025 frame (stock rule), "
            "the year and null as alts")
TWO_DIGIT = ("两位数增长 = growth of at least 10% (as wr_anhui_2025 / wr_chongqing_2025) → "
             "value 10, bound ge; one mention stated of two items (均) → one fact whose metric "
             "lists them (each item as alt)")


# ==== line 1 (source 28): 重点做好八个方面工作 ===================================================
fact("重点做好八个方面工作", "八个", value=8, unit="count", kind="count", classifier="个",
     metric="重点工作方面",
     metric_alts=["方面", "工作方面", "方面工作", "重点工作", "重点做好的工作方面",
                  "重点工作方面数量", "方面数量"],
     subject_alts=GOV_ALTS, **PLAN,
     note="judgement call: the areas of work planned for 2025 (the eight tasks （一）…（八）) "
          "→ a count, as 十个方面 in wr_henan_2025_b; a discourse count (negative) is the "
          "alternative; " + PLAN_NOTE)

# ==== line 2 (source 29): （一） ==================================================================
g.neg("（一）聚焦全方位", "（一）", MARKER_NOTE)

# ==== line 3 (source 30): 大力提振消费 ============================================================
g.neg("绿色智能家电进万家", "万家", LABEL_NOTE + " (campaign name 绿色智能家电进万家 'green "
      "smart appliances into ten thousand homes'), not a count")
g.neg("积极推进首发经济", "首发", "label 首发经济 ('debut economy', first launches), not a "
      "rank or count (as wr_henan_2025_b)")
fact("引进培育100个首店", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="首店",
     metric_alts=new("首店", "引进培育首店", "引进首店", "培育首店"), **PLAN,
     note="stores to be attracted in 2025; 增量 alts (README §3); " + PLAN_NOTE)
g.neg("100个首店", "首店", "store type 首店 ('first store' of a brand in the area), part of "
      "the counted noun, not a rank (as wr_fujian_2025_d)")
fact("打造5个夜间消费集聚区", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="夜间消费集聚区",
     metric_alts=new("夜间消费集聚区", "打造夜间消费集聚区"), **PLAN, note=PLAN_NOTE)
fact("20个夜间消费新场景", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="夜间消费新场景",
     metric_alts=new("夜间消费新场景", "打造夜间消费新场景", "夜间消费场景"), **PLAN,
     note="verb 打造 shared; " + PLAN_NOTE)

# ==== line 4 (source 31): 提高投资效益 ============================================================
fact("实施重大项目2500个以上", "2500个", value=2500, unit="count", kind="count",
     classifier="个", bound="ge", metric="重大项目",
     metric_alts=["实施重大项目", "重大项目数量", "实施重大项目数量"], **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)
g.neg("其中亿元以上项目1500个", "亿元", THRESH_NOTE)
fact("其中亿元以上项目1500个", "1500个", value=1500, unit="count", kind="count",
     classifier="个", bound="ge", metric="亿元以上项目",
     metric_alts=["亿元以上重大项目", "亿元以上项目数量", "实施亿元以上项目",
                  "实施亿元以上重大项目"], **PLAN,
     note="以上 → ge; 其中: a part of the 2500 major projects; 亿元以上 is the threshold of "
          "the counted set (negative); " + PLAN_NOTE)
g.neg("市县“一号产业项目”", "一号", LABEL_NOTE + " (“一号产业项目” 'number-one industrial "
      "project' of each city and county), not a quantity")
fact("产业投资占比超过50％", "50％", value=50, unit="%", kind="share", bound="gt",
     metric="产业投资占比",
     metric_alts=["产业投资占固定资产投资比重", "产业投资占全部投资比重", "产业投资比重",
                  "产业投资占投资比重"], **PLAN,
     note="超过 → gt (outside the span); share of the year's investment (a flow) → the "
          "year; " + PLAN_NOTE)
g.neg("高速和G331公路", "G331", ROAD_NOTE)
g.neg("国际机场三期扩建工程", "三期", PHASE_NOTE.format("三期 (third-phase expansion)"))
g.neg("抢抓“两重”", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设)")
g.neg("“两新”政策窗口期", "两新", LABEL_NOTE + " (两新 = 大规模设备更新和消费品以旧换新)")
g.neg("结合“十五五”规划", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("谋划储备一批打基础", "一批", VAGUE_NOTE)
g.neg("亿元以上项目达到1000个", "亿元", THRESH_NOTE)
fact("亿元以上项目达到1000个", "1000个", value=1000, unit="count", kind="count",
     classifier="个", metric="亿元以上储备项目",
     metric_alts=["亿元以上项目", "谋划储备亿元以上项目", "储备亿元以上项目", "储备项目",
                  "亿元以上储备项目数量", "亿元以上项目数量"], **PLAN_END,
     note="达到 → eq; the pool of planned and reserved projects (谋划储备…亿元以上项目达到) to "
          "be reached, a stock: " + END_NOTE + "; 亿元以上 is the threshold (negative)")
g.neg("用好国家一揽子", "一揽子", "quantifier 一揽子 'package of (policies)', not a quantity")

# ==== line 5 (source 32): （二） ==================================================================
g.neg("（二）聚焦科技创新", "（二）", MARKER_NOTE)

# ==== line 6 (source 33): 科技创新资源 ============================================================
g.neg("长白山、三江、吉光", "三江", "laboratory name 三江 (三江实验室), not a quantity (as "
      "wr_jilin_2025)")
g.neg("吉光3个省实验室", "3个", "appositive 3个 'the three (laboratories) just named' "
      "(长白山、三江、吉光, listed right before it, no 等), not a quantity claim (as "
      "wr_shanxi_2025 晋城、晋中、大同3个国家级经开区, wr_yunnan_2025_d, wr_fujian_2025_d) — "
      "judgement call; in wr_jilin_2025 the same phrase is a fact because there it counts the "
      "laboratories launched in 2024 (挂牌运行); here the plan only names the existing ones")
fact("企业数量增长10％以上", "10％", value=10, unit="%", kind="growth", bound="ge",
     metric="国家高新技术企业数量",
     metric_alts=["高新技术企业数量", "国家高新技术企业", "高新技术企业"], comparison="yoy",
     **PLAN, note="以上 → ge; growth of the number of firms (a stock) over 2025; " + PLAN_NOTE)
fact("经费投入增长10％左右", "10％", value=10, unit="%", kind="growth", bound="approx",
     metric="R＆D经费投入",
     metric_alts=["R&D经费投入", "研发经费投入", "R＆D经费", "R&D经费", "研究与试验发展经费投入",
                  "研发投入"], comparison="yoy", **PLAN,
     note="左右 → approx; " + PLAN_NOTE)
fact("成果数量增长15％以上", "15％", value=15, unit="%", kind="growth", bound="ge",
     metric="转化科技成果数量",
     metric_alts=["转化科技成果", "科技成果转化数量", "科技成果转化", "转化科技成果数"],
     comparison="yoy", **PLAN, note="以上 → ge; " + PLAN_NOTE)
g.neg("高等教育“百亿工程”", "百亿工程", LABEL_NOTE + " (高等教育“百亿工程”, a programme "
      "name; no amount is stated as such) — judgement call")
g.neg("打造一批高水平", "一批", VAGUE_NOTE)

# ==== line 7 (source 34): 先进制造业 ==============================================================
g.neg("支持奥迪一汽", "一汽", "company name 一汽 (FAW, 第一汽车制造厂), not a quantity")
fact("时速250公里", "250公里", value=250000, unit="m", kind="amount",
     metric="时速",
     metric_alts=["设计时速", "速度", "最高时速", "运行时速", "列车时速"],
     subject="氢能驱动城际市域列车",
     subject_alts=["氢能驱动时速250公里城际市域列车", "城际市域列车", "氢能城际市域列车",
                   "氢能驱动城际列车", PLACE] + JL_ALTS,
     **PLAN,
     note="judgement call: a technical magnitude (README §2) written into the product's "
          "name: the train's speed 250 km/h; SPEC rates: base unit (公里 → m), the rate in "
          "the metric (时速); a product still being developed (研制应用) → target; the train "
          "owns the number (the province as alt)")

# ==== line 8 (source 35): 新能源产业 ==============================================================
fact("产业投资超过1300亿元", "1300亿元", value=1.3e11, unit="CNY", kind="amount", bound="gt",
     metric="新能源产业投资",
     metric_alts=["产业投资", "新能源产业投资额", "新能源投资", "新能源产业完成投资"], **PLAN,
     note="超过 → gt (outside the span); head 新能源 restored from the line's topic "
          "(大力推动新能源产业跨越式发展, README §3); " + PLAN_NOTE)
fact("新能源装机600万千瓦以上", "600万千瓦", value=6e9, unit="W", kind="amount", bound="ge",
     metric="新能源装机",
     metric_alts=["新增新能源装机", "新能源装机容量", "新能源新增装机", "新能源并网装机",
                  "新增新能源装机容量"], **PLAN_LEVEL,
     note="以上 → ge; 600万千瓦 = 6e9 W; judgement call: the capacity to be added in 2025 "
          "(the review reports 新增风光装机超过600万千瓦 for 2024), a flow of the year; the "
          "year-end stock reading as alt; " + PLAN_NOTE)
fact("“以大换小”新增500兆瓦", "500兆瓦", value=5e8, unit="W", kind="amount", bound="ge",
     metric="“以大换小”新增装机",
     metric_alts=["以大换小新增装机", "老旧风机改造新增装机", "“以大换小”新增装机容量",
                  "以大换小新增装机容量", "新增装机", "“以大换小”新增", "以大换小新增",
                  "老旧风机改造“以大换小”新增装机", "风电装机增量"], **PLAN,
     note="以上 → ge; 兆瓦 = 1e6 W; capacity added by replacing old wind turbines with "
          "larger ones (以大换小); " + PLAN_NOTE)
fact("等5个以上装备制造项目", "5个", value=5, unit="count", kind="count", classifier="个",
     bound="ge", metric="装备制造项目",
     metric_alts=["开工建设装备制造项目", "绿氢装备制造项目", "氢能装备制造项目",
                  "装备制造项目数量", "开工装备制造项目"], **PLAN,
     note="以上 → ge (after the classifier, outside the span); projects to start in 2025; "
          + PLAN_NOTE)
g.neg("吉电股份大安一期", "一期", PHASE_NOTE.format("一期"))

# ==== line 9 (source 36): 旅游 ====================================================================
g.neg("持续打造旅游万亿级产业", "万亿级", "class label 万亿级 ('trillion-yuan class') in the "
      "slogan 打造旅游万亿级产业, no amount stated (as 千亿级 in wr_henan_2025_b) — judgement "
      "call; a target of ≥ 1e12 yuan is the alternative reading")
g.neg("坚持四季联动", "四季", "idiom 四季联动 ('all four seasons linked'), not a quantity")
fact("均保持两位数增长", "两位数", value=10, unit="%", kind="growth", bound="ge",
     metric="接待国内游客人次、出游总花费",
     metric_alts=["接待国内游客人次", "出游总花费", "国内游客人次", "国内游客", "旅游总花费",
                  "接待国内游客人次和出游总花费", "国内旅游人次、旅游总花费"],
     comparison="yoy", **PLAN, note=TWO_DIGIT + "; " + PLAN_NOTE)
g.neg("实现G331吉林段", "G331", ROAD_NOTE)
fact("边境游突破500万人次", "500万人次", value=5e6, unit="count", kind="count",
     classifier="人次", bound="gt", metric="边境游",
     metric_alts=["边境游人次", "边境游游客", "边境游游客人次", "边境游接待人次",
                  "边境游接待游客人次", "边境旅游人次"], **PLAN,
     note="突破 → gt (outside the span); 人次 is a classifier (SPEC §3); visits of the year "
          "(a flow); " + PLAN_NOTE)
g.neg("推进一批公共服务设施", "一批", VAGUE_NOTE)
g.neg("“双品牌”为引领", "双品牌", LABEL_NOTE + " (冰雪和避暑“双品牌” 'twin brands'), not a "
      "count")
fact("新建1处大型滑雪度假中心", "1处", value=1, unit="count", kind="count", classifier="处",
     metric="大型滑雪度假中心",
     metric_alts=new("大型滑雪度假中心", "新建大型滑雪度假中心", "滑雪度假中心"), **PLAN,
     note="a count with its measure word (1处), not an article; 新建 N: 增量 alts (README §3); "
          + PLAN_NOTE)
fact("增速均达到20％以上", "20％", value=20, unit="%", kind="growth", bound="ge",
     metric="新雪季接待游客人次、出游总花费",
     metric_alts=["接待游客人次、出游总花费", "接待游客人次", "出游总花费",
                  "新雪季接待游客人次", "新雪季出游总花费", "接待游客人次增速", "出游总花费增速",
                  "接待游客人次、出游总花费增速", "冰雪旅游接待游客人次、出游总花费",
                  "雪季接待游客人次、出游总花费"],
     comparison="yoy", modality="target",
     period=P("新雪季", None, None), period_alts=[S25],
     note="以上 → ge; 均 over two items → one fact (metric lists both, each as alt); 增速 → "
          "growth against the previous snow season (yoy); judgement call on the period: 新雪季 "
          "(the coming snow season, winter 2025-26) is a period expression without calendar "
          "dates → text only, start/end null; the 2025 section frame as alt; target")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_jilin_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as given in the "
    "brief: 重点做好八个方面工作。, task （一） (大力提振消费, 提高投资效益) and the start of "
    "task （二） (科技创新资源统筹, 先进制造业, 新能源产业, 旅游万亿级产业). The excerpt lies in "
    "part 二、2025年工作安排 (source line 24), after the 2025 主要预期目标 (source line 26, in "
    "wr_jilin_2025): it is the plan for 2025, so the numbers are targets of 2025. No overlap "
    "with wr_jilin_2025 (lines 16-26). Title and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-14, the delivery "
    "date in the report's header (source line 3: ——2025年1月14日在吉林省第十四届人民代表大会"
    "第四次会议上), as wr_jilin_2025 and the shared meta. Place: 吉林省 (吉林, 全省, 我省 → "
    "alts; the provincial government as alt of the eight areas of work; the hydrogen train "
    "owns its speed). Periods: no line states a period of its own: the section frame 2025 "
    "(period text 2025年), null as alt; the reserve of 亿元以上项目达到1000个 (a stock to be "
    "reached) → instant 2025-12-31 with the year and null as alts; 新雪季 (line 36) → text "
    "only, null dates, the 2025 frame as alt. Modality: target throughout. Bounds: 以上 → ge, 超过/突破 → gt, 左右 → approx. Units: 万千瓦 → 1e7 W, "
    "兆瓦 → 1e6 W, 时速250公里 → 250000 m (rate in the metric), 两位数 → 10 %. Judgement calls: "
    "八个方面 → a count (as wr_henan_2025_b 十个方面); 3个省实验室 → appositive restating the "
    "three named labs (negative; a fact in wr_jilin_2025, where it counts the labs launched); 新能源装机600万千瓦 "
    "→ the year's additions (flow), year-end stock as alt; 时速250公里 → a fact owned by the "
    "train; 均保持两位数增长 and 增速均达到20％以上 → one fact each (metric listing both items); "
    "万亿级 (旅游万亿级产业), 百亿工程, 进万家, 一号产业项目, 双品牌 → labels (negatives). "
    "实现算力总规模翻番 (a doubling) is left unannotated: its span holds no numeral and "
    "check_gold rejects a fact without one (as 翻番 in wr_jilin_2025). Negatives: （一）, "
    "（二）, 万家, 首发, 首店, 亿元 ×2, 一号, G331 ×2, 三期, 两重, 两新, 十五五, 一批 ×3, 一揽子, "
    "三江, 3个 (appositive), 百亿工程, 一汽, 一期, 万亿级, 四季, 双品牌. Lexicalized, not listed: 一体 (一体化 ×2), "
    "进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_jilin_2025.txt lines {FIRST}–{LAST} "
        "(来源：吉林省政府网)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
