"""Gold annotations for wr_neimenggu_2025_f (2025年内蒙古自治区政府工作报告, 2025 tasks （五）-（七）),
lines 37-44 of shared/texts/work_report/wr_neimenggu_2025.txt.

The excerpt corpora/wr_neimenggu_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the last two paragraphs of task （五）农牧业 (精深加工 and
品牌营销: the 10 product categories, the processing-conversion rate; 乡村振兴: land contracts,
rural roads, parcel delivery, farmland and manure rates), task （六）文旅业 in full (heading;
北疆文化 and cultural relics; tourism: visitors, routes, scenic areas, ice-and-snow events) and
task （七）助企行动 up to the private-enterprise paragraph (heading; the region's state-owned
groups: 包钢, 北方稀土, 电力集团, 蒙能集团, 交通集团; private firms).  The line range (37-44,
2,446 characters) was given by the brief: it imitates how test excerpts are cut.  Lines 2-8,
10-16, 18-28, 30-36 and 46-56 are annotated in wr_neimenggu_2025_c, wr_neimenggu_2025,
wr_neimenggu_2025_d, wr_neimenggu_2025_b and wr_neimenggu_2025_e (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_neimenggu_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_neimenggu_2025_f"
PLACE = "内蒙古自治区"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_neimenggu_2025.txt"
FIRST, LAST = 37, 44                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年内蒙古自治区政府工作报告"
NM_ALTS = ["内蒙古", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="我区很多好东西卖不上好价钱",
                 ends="更要主动作为、倾心服务。")
text = g.text
fact = g.with_subject(PLACE, NM_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
ARTICLE_NOTE = "一 + classifier used as an article ({}), not a count (README §2)"
LEX_NOTE = "lexicalized {} ('{}'), not a quantity"
IDIOM_NOTE = "idiom {} ('{}'), not a quantity"
CLASS_NOTE = ("class label {} (the size class of a sector, no amount stated; as 千亿级 in "
              "wr_neimenggu_2025_b), not a fact")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 14, outside the
# excerpt): the plan for 2025.  No line of the excerpt states a period of its own (no 今年,
# 全年, 年度 or date in lines 37-44), so every number takes that section frame (SPEC §4),
# 2025-01-01..2025-12-31, with the heading's period text 2025年 and null in period_alts (as
# wr_neimenggu_2025_b).  A level to be reached (蒙能集团's total installed capacity) is the
# instant at the end of the frame, 2025-12-31, the year and null as alts; shares and ranks to
# be reached or held (加工转化率, 通达率, 安全利用率, 综合利用率, 北方稀土's rank) → the year with
# the year end as alt.  Modality: target throughout (力争, 确保, 新建, 推进…试点, 全面建成).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年工作安排 (source line 14, 2025), null as alt")
END_NOTE = ("a level to be reached → the instant at the end of the 2025 frame (stock rule), "
            "the year and null as alts")
LEVEL_NOTE = "a rate to be reached in 2025: the year, the year end as alt"

# ---- line 1 (source 37): 精深加工 and 品牌营销 (task （五）) ---------------------------------------
g.neg("要一手抓精深加工", "一手", IDIOM_NOTE.format("一手抓…一手抓…", "with one hand … with "
      "the other") + " (as wr_china_2016)")
fact("牛羊肉等10个品类", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="品类",
     metric_alts=["农副食品加工业品类", "农副食品品类", "品类数量", "重点品类",
                  "农副食品加工业培育壮大行动品类", "农畜产品品类"], **PLAN,
     note="the categories the 农副食品加工业培育壮大行动 is to focus on (乳制品、牛羊肉等 named "
          "before the count); judgement call: scope of the plan → target (as 三个关键领域 in "
          "wr_neimenggu_2025_b); " + PLAN_NOTE)
fact("加工转化率达到75%以上", "75%", value=75, unit="%", kind="share", bound="ge",
     metric="主要农畜产品加工转化率",
     metric_alts=["农畜产品加工转化率", "加工转化率", "主要农畜产品加工转化比例"], **PLAN_LEVEL,
     note="力争 → target; 达到…以上 → ge (outside the span); a rate → share; " + LEVEL_NOTE
          + "; " + PLAN_NOTE)
g.neg("。一手抓品牌营销", "一手", IDIOM_NOTE.format("一手抓", "with the other hand"))
g.neg("面向全国布局一批", "一批", VAGUE_NOTE)

# ---- line 2 (source 38): 乡村振兴 ------------------------------------------------------------------
g.neg("乡村振兴一头连着", "一头", IDIOM_NOTE.format("一头…一头…", "on the one side … on the "
      "other") + " (as nw_cctv_20140802_guangdong_2014)")
g.neg("，一头连着民生福祉", "一头", IDIOM_NOTE.format("一头", "on the other side"))
g.neg("“千万工程”", "千万工程", LABEL_NOTE + " (“千万工程”: 浙江's 千村示范、万村整治 programme, as "
      "nw_cctv_20251004_guizhou_yunnan_2025), not a count")
g.neg("稳妥推进第二轮", "第二轮", "ordinal label of the contract round (第二轮土地承包, the second "
      "round of rural land contracts), not a rank (as wr_beijing_2025_b)")
fact("到期后再延长30年试点", "30年", value=30, unit="year", kind="amount",
     metric="第二轮土地承包到期后延长期限",
     metric_alts=["土地承包到期后再延长", "土地承包延长期限", "延长期限", "土地承包期延长",
                  "第二轮土地承包延长期限", "第二轮土地承包到期后再延长",
                  "土地承包到期后延长期限", "土地承包期"], **PLAN,
     note="duration written into a policy (the extension of rural land contracts by 30 "
          "years), a fact, unit year, kind amount, as in wr_beijing_2025_b — judgement call; "
          "the pilot is part of the 2025 plan (稳妥推进) → target; " + PLAN_NOTE)
g.neg("把“三北”工程", "三北", "programme name “三北”工程 (Three-North Shelterbelt), not a "
      "quantity (as wr_neimenggu_2025_e)")
fact("新建农村公路5000公里", "5000公里", value=5e6, unit="m", kind="amount",
     metric="新建农村公路",
     metric_alts=["农村公路", "新建农村公路里程", "农村公路里程", "农村公路建设里程",
                  "农村公路增量"], **PLAN, note="公里 = 1e3 m; " + PLAN_NOTE)
fact("通达率达到97%以上", "97%", value=97, unit="%", kind="share", bound="ge",
     metric="“快递进村”通达率",
     metric_alts=["快递进村通达率", "快递进村覆盖率", "通达率", "快递进村比例"], **PLAN_LEVEL,
     note="确保 → target; 达到…以上 → ge (outside the span); share of villages reached by "
          "parcel delivery; " + LEVEL_NOTE + "; " + PLAN_NOTE)
g.neg("一体抓好农业面源污染", "一体", LEX_NOTE.format("一体(抓好)", "jointly, as one (like "
      "一体推进)"))
fact("安全利用率稳定在98%以上", "98%", value=98, unit="%", kind="share", bound="ge",
     metric="受污染耕地安全利用率",
     metric_alts=["耕地安全利用率", "安全利用率", "受污染耕地安全利用比例"], **PLAN_LEVEL,
     note="确保 → target; 稳定在…以上 → ge (outside the span); " + LEVEL_NOTE + "; "
          + PLAN_NOTE)
fact("综合利用率达到83%以上", "83%", value=83, unit="%", kind="share", bound="ge",
     metric="畜禽粪污综合利用率",
     metric_alts=["粪污综合利用率", "畜禽粪污资源化利用率", "综合利用率"], **PLAN_LEVEL,
     note="确保 shared → target; 达到…以上 → ge (outside the span); " + LEVEL_NOTE + "; "
          + PLAN_NOTE)

# ---- line 3 (source 39): heading （六） -------------------------------------------------------
g.neg("（六）以北疆文化", "（六）", MARKER_NOTE)
g.neg("是一座“精神富矿”", "一座", ARTICLE_NOTE.format("一座 'a (spiritual mine)', a metaphor"))

# ---- line 4 (source 40): 北疆文化, relics, arts (no figure) ---------------------------------------
g.neg("做好第四次全国文物普查", "第四次", "edition label of the census (第四次全国文物普查, the "
      "fourth national survey of cultural relics), not a rank or count (as wr_guangdong_2025_e)")

# ---- line 5 (source 41): tourism and the ice-and-snow economy ------------------------------------
fact("游客数量突破3亿人次", "3亿人次", value=3e8, unit="count", kind="count",
     classifier="人次", bound="gt", metric="游客数量",
     metric_alts=["游客", "接待游客", "接待游客数量", "游客人次", "旅游人数", "接待游客人次"],
     **PLAN,
     note="力争 → target; 突破 → gt (outside the span); 人次 is a classifier (SPEC §3); the "
          "year's visitors (a flow); " + PLAN_NOTE)
g.neg("旅游“四地”IP", "四地", LABEL_NOTE + " (旅游“四地”IP, the quoted brand of four tourism "
      "roles), not a count")
g.neg("畅游“四季”名片", "四季", LABEL_NOTE + " (畅游“四季”, the quoted brand 'four seasons'), "
      "not a count")
g.neg("中国最美边疆路331", "331", "road name (国道331, the border highway G331), a route "
      "number, not a quantity")
g.neg("一颗颗“珍珠”", "一颗颗", "一颗颗 'one by one (the pearls)', a reduplicated quantifier "
      "(as 一个个 in README §2), not a count")
g.neg("乌拉盖九曲湾", "九曲湾", "place name 九曲湾 (the 'nine-bend bay' of 乌拉盖), not a "
      "quantity")
g.neg("九曲湾5A级景区", "5A级", "grade label 5A级 (the top class of scenic areas) of the area to "
      "be created, not a quantity (as wr_beijing_2025_c)")
g.neg("冰雪经济是万亿级新赛道", "万亿级", CLASS_NOTE.format("万亿级 'trillion-yuan class'"))
g.neg("精心举办单板滑雪", "单板", LEX_NOTE.format("单板", "snowboard (单板滑雪 snowboarding)"))

# ---- line 6 (source 42): heading （七） -------------------------------------------------------
g.neg("（七）狠抓助企行动", "（七）", MARKER_NOTE)
g.neg("一个地方经济发展", "一个", ARTICLE_NOTE.format("一个地方 'a locality'"))

# ---- line 7 (source 43): the region's state-owned groups -----------------------------------------
g.neg("“一企一策”", "一企一策", LABEL_NOTE + " (“一企一策” 'one plan per firm', as "
      "wr_qinghai_2025_b)")
BG = dict(subject="包钢集团", subject_alts=["包钢", "包头钢铁集团", "包头钢铁（集团）有限责任公司",
                                         PLACE] + NM_ALTS)
fact("力争营收达到1200亿元", "1200亿元", value=1200e8, unit="CNY", kind="amount",
     metric="营收",
     metric_alts=["营业收入", "营收规模", "包钢集团营收", "营业总收入"], **BG, **PLAN,
     note="the company owns the number (README §4: 包钢集团要…力争营收达到…); 力争 → target; "
          "达到 → eq; the year's revenue (a flow); " + PLAN_NOTE)
g.neg("“两个稀土基地”", "两个稀土基地", LABEL_NOTE + " (“两个稀土基地”建设, the quoted name of "
      "the goal, as wr_neimenggu_2025_b)")
fact("稳居行业第1位", "第1位", value=1, unit="rank", kind="rank", scope="行业",
     metric="产值市值、营收利润",
     metric_alts=["产值市值营收利润", "产值", "市值", "营收", "利润", "营收利润", "产值市值",
                  "行业排名", "产值市值、营收利润排名"],
     subject="北方稀土", subject_alts=["中国北方稀土", "北方稀土集团", "中国北方稀土（集团）高科技股份有限公司",
                                     PLACE] + NM_ALTS,
     **PLAN_LEVEL,
     note="one rank mention → one fact (the four measures share it); the company owns it; "
          "保持…稳居 → target (a position to hold in 2025); span = ordinal marker + number + 位, "
          "scope 行业; " + LEVEL_NOTE.replace("a rate", "a rank") + "; " + PLAN_NOTE)
GRID = dict(subject="500千伏主干网架",
            subject_alts=["“四横六纵”500千伏主干网架", "四横六纵500千伏主干网架", "主干网架",
                          "电力集团", "内蒙古电力集团", PLACE] + NM_ALTS)
g.neg("全面建成“四横六纵”", "四横六纵", LABEL_NOTE + " (“四横六纵”, the layout of the grid: "
      "four east-west and six north-south trunk lines) — judgement call; counts of 4 and 6 "
      "lines are the alternative reading")
fact("”500千伏主干网架", "500千伏", value=500, unit="千伏", kind="amount",
     metric="电压等级", metric_alts=["电压", "输电电压", "主干网架电压等级"], **GRID, **PLAN,
     note="technical magnitude in the name of the grid to be completed (SPEC §1 quantities in a "
          "project's name; as 500千伏 in wr_chongqing_2025_b, 750千伏 in wr_ningxia_2025_e): the "
          "voltage class; 千伏 has no canonical unit → kept as written, kind amount; 全面建成 in "
          "2025 → target; " + PLAN_NOTE)
MN = dict(subject="蒙能集团", subject_alts=["内蒙古能源集团", "蒙能", PLACE] + NM_ALTS)
fact("电力总装机超过4500万千瓦", "4500万千瓦", value=4500e7, unit="W", kind="amount",
     bound="gt", metric="电力总装机",
     metric_alts=["总装机", "电力装机", "电力总装机容量", "装机容量", "总装机容量"], **MN,
     **PLAN_END,
     note="the company owns the number; 力争 → target; 超过 → gt (outside the span); 万千瓦 = "
          "1e7 W; installed capacity (a stock) to be reached: " + END_NOTE)
g.neg("“双千亿”目标", "双千亿", LABEL_NOTE + " (“双千亿”目标 of 蒙能集团: assets and revenue of "
      "100 billion yuan each, the quoted name of a goal approached (迈进), not set for 2025) — "
      "judgement call; two amounts of 1e11 CNY (资产, 营收) are the alternative reading")
g.neg("进入中国企业500强", "500强", "list label 中国企业500强 (a top-500 ranking the company is "
      "to enter), a class that defines a set, not a measured rank (as wr_hainan_2025_c)")

# ---- line 8 (source 44): private enterprises (no figure) ---------------------------------------------
g.neg("发现一起、严查一起", "一起", IDIOM_NOTE.format("发现一起、严查一起", "every case found is "
      "prosecuted"))
g.neg("、严查一起", "一起", IDIOM_NOTE.format("严查一起", "prosecute each (case)"))
g.neg("“一碗水端平”", "一碗水", IDIOM_NOTE.format("一碗水端平", "hold the bowl of water level, "
      "treat all alike"))

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_neimenggu_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range was "
    "given by the brief (it imitates how test excerpts are cut). It lies in part 二、2025年工作"
    "安排 (the plan for 2025; heading on source line 14, outside the excerpt): the last two "
    "paragraphs of task （五）农牧业 (精深加工/品牌营销: 10个品类, 加工转化率; 乡村振兴: land "
    "contracts, rural roads, 快递进村, farmland and manure rates), task （六）文旅业 in full "
    "(北疆文化 and relics, no figure; tourism: 3亿人次, routes, scenic areas, ice-and-snow "
    "events) and task （七）助企行动 up to the private-enterprise paragraph (包钢, 北方稀土, 电力"
    "集团, 蒙能集团, 交通集团; private firms, no figure). Lines 2-8, 10-16, 18-28, 30-36 and 46-56 "
    "are annotated in wr_neimenggu_2025_c, wr_neimenggu_2025, wr_neimenggu_2025_d, "
    "wr_neimenggu_2025_b and wr_neimenggu_2025_e (no overlap). Title and dateline are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-14, the "
    "delivery date in the report's header (source line 2: ——2025年1月14日自治区人民政府主席王莉霞"
    "在内蒙古自治区第十四届人民代表大会第三次会议上的讲话), as the other wr_neimenggu_2025 excerpts "
    "(the shared meta leaves the date as 2025). Place: 内蒙古自治区 (内蒙古, 全区, 我区, 自治区 → "
    "alts); the companies own their numbers (包钢集团 1200亿元, 北方稀土 第1位, 蒙能集团 4500万千瓦; "
    "the grid 500千伏主干网架 its voltage class), the region as subject alt. Periods: the excerpt "
    "states no period of its own; every number takes the frame of part 二、2025年工作安排 "
    "(source line 14, outside the excerpt): period text 2025年, 2025-01-01..2025-12-31, null as "
    "alt; the installed capacity to be reached → instant 2025-12-31 with the year and null as "
    "alts; rates and the rank to be reached or held → the year with year end as alt. Modality: "
    "target throughout (力争, 确保, 新建, 推进…试点, 全面建成, 保持). Bounds: 突破/超过 → gt; "
    "以上/稳定在…以上/达到…以上 → ge; the rest eq. Units: 亿元 1e8 CNY; 公里 1e3 m; 万千瓦 1e7 W; "
    "亿人次 → count ×1e8 (classifier 人次); 30年 → year; 500千伏 kept as 千伏 (no SPEC code). "
    "Judgement calls: 10个品类 → a count of the plan's scope (target); 30年 → duration fact "
    "(as wr_beijing_2025_b); 稳居行业第1位 → one rank fact for the four measures; 500千伏 → "
    "voltage-class fact (as wr_chongqing_2025_b / wr_ningxia_2025_e); “四横六纵” and “双千亿” → "
    "labels (negatives); 500强 → list label (negative). Negatives: 一手 ×2, 一批, 一头 ×2, 千万工程, "
    "第二轮, 三北, 一体 (一体抓好), （六）, 一座, 第四次, 四地, 四季, 331, 一颗颗, 九曲湾, 5A级, 万亿级, "
    "单板, （七）, 一个, 一企一策, 两个稀土基地, 四横六纵, 双千亿, 500强, 一起 ×2, 一碗水. "
    "Lexicalized, not listed: 一体推进, 一流, 一样.")

g.write(date=REF, source=f"shared/texts/work_report/wr_neimenggu_2025.txt lines {FIRST}–{LAST} "
        "(2025 tasks （五）-（七）; no 来源 line; report delivered 2025-01-14)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
