"""Gold annotations for wr_guangdong_2025_f (2025年广东省政府工作报告, sixth excerpt), lines 15-16
of shared/texts/work_report/wr_guangdong_2025.txt.

The excerpt corpora/wr_guangdong_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items 二是 (the “百县千镇万村高质量发展工程”: counties
and towns, industrial transfer, urbanisation pilots, villages, farmland, agricultural firms and
brands, breeding, land consolidation, the marine economy) and 三是 (science and industry:
laboratories, awards, pilot platforms, tech finance, listed firms, chips, low-altitude economy,
industrial parks, manufacturing champions, talent, WorldSkills medals) in full (2,406
characters, the line range as briefed).  The excerpt lies in part 一、2024年工作回顾 (heading on
source line 7, outside the excerpt), in the itemised review (一年来…主要做了以下工作, source line
13).  Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guangdong_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_guangdong_2025_f"
PLACE = "广东省"
REF = "2025-01-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_guangdong_2025.txt"
FIRST, LAST = 15, 16                    # 1-based, inclusive, whole lines
TITLE = "2025年广东省政府工作报告"       # line 1 of the source, outside the excerpt
GD_ALTS = ["广东", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二是加力提速实施", ends="创造活力竞相迸发。")
text = g.text
fact = g.with_subject(PLACE, GD_ALTS)


def alts(*parts):
    """subject_alts: the province's own alts plus the named owner / part."""
    return GD_ALTS + list(parts)


def own(*parts):
    """subject_alts for a place / facility that owns its number, province as alt."""
    return list(parts) + [PLACE] + GD_ALTS


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
PHASE_NOTE = "phase label ({}), not a quantity (README §2 一期)"
EDITION_NOTE = "edition label of an event ({}), not a count"
BATCH_NOTE = "batch label {} (as wr_beijing_2025 / wr_chongqing_2025 第二批), not a count"
VAGUE_NOTE = "vague quantifier {} (README §2 一批), not a quantity"
THRESH_NOTE = ("threshold defining the counted set (SPEC §2: 超千亿元的开发区, 亿元以上项目), part "
               "of the metric, not a fact of its own")

# ---- periods (reference date 2025-01-15) ---------------------------------------------------
# The excerpt lies in the itemised review of 2024 (part 一、2024年工作回顾, source line 7;
# 一年来的发展历程很不平凡，主要做了以下工作, source line 13; both outside the excerpt).  Neither
# line states a period of its own (no year, no 去年), so every number takes the review year
# 2024 as section frame (SPEC §4), 2024-01-01..2024-12-31, with the heading's period text
# 2024年 and the null reading in period_alts (as wr_guangdong_2025_e).  Stocks (累计培育,
# 总量达, 覆盖率/治理率 提高到, the share of villages meeting a standard, the share of the
# nation's low-altitude firms, the province's 15 主平台, the rank of a stock) are the instant
# 2024-12-31 with the year and null as alts (README §5 stock rule); levels that may be read
# either way (获评, 基本建成, 稳居, 育成…占全国) keep the year with the instant as alt.  The
# streak 连续4年 is a duration ending in the review year, the streak's own span as alt (as
# wr_guangdong_2025_e).  Modality: actual throughout (no 预计 in the excerpt).
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NEW_NOTE = "新增/新建 N: added in 2024 (a flow), 增量 reading in alts (README §3)"


def added(noun, *more):
    """metric_alts of a count / amount of things newly made (README §3): forms + 增量."""
    return list(more) + [f"{noun}数量", f"{noun}增量", f"{noun}数量增量"]


def streak(text_, n):
    """period fields of a streak of n years ending in the review year 2024."""
    return dict(period=Y24, period_alts=[Y24_NULL, P(text_, f"{2025 - n}-01-01", "2024-12-31")])


# ==== line 1 (source 15): 二是 百县千镇万村高质量发展工程 ======================================
g.neg("二是加力提速", "二是", MARKER_NOTE + " (二是 'second')")
g.neg("实施“百县千镇万村高质量发展工程”", "百县千镇万村", LABEL_NOTE + " (name of the "
      "programme “百县千镇万村高质量发展工程”, as wr_guangdong_2025_d), not counts")
fact("收入比缩小至2.31:1", "2.31:1", value=2.31, unit="times", kind="ratio",
     metric="城乡居民收入比",
     metric_alts=["城乡收入比", "城乡居民收入倍差", "城乡居民人均可支配收入比", "收入比",
                  "城乡收入倍差"], **FLOW,
     note="缩小至 2.31:1 = urban income is 2.31 times rural income → one ratio fact (unit "
          "times), span over the whole ratio as written (the 1 is its base; not a structure "
          "ratio, so not one share per part), as wr_jiangsu_2025_c 2.04∶1; income of the year")
HUNDRED = ("获评 distributes over the list in order: 区 ↔ 全国百强区, 县（市） ↔ 百强县, 镇 ↔ "
           "千强镇; the list (百强/千强) defines the counted set → in the metric; named in 2024, "
           "the year-end standing as alt")
fact("17个区、", "17个", value=17, unit="count", kind="count", classifier="个",
     metric="全国百强区",
     metric_alts=["获评全国百强区的区", "获评全国百强区", "百强区", "全国百强区数量", "区"],
     **LEVEL, note=HUNDRED)
fact("2个县（市）", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="全国百强县",
     metric_alts=["获评全国百强县的县（市）", "获评全国百强县", "百强县", "全国百强县数量",
                  "县（市）", "县(市)"], **LEVEL, note=HUNDRED)
fact("124个镇", "124个", value=124, unit="count", kind="count", classifier="个",
     metric="全国千强镇",
     metric_alts=["获评全国千强镇的镇", "获评全国千强镇", "千强镇", "全国千强镇数量", "镇"],
     **LEVEL, note=HUNDRED)
LIST_NOTE = "list label {} (the top-N list the places were named to), part of the metric, not a count"
g.neg("全国百强区", "百强", LIST_NOTE.format("百强 (百强区)"))
g.neg("、百强县", "百强", LIST_NOTE.format("百强 (百强县)"))
g.neg("千强镇", "千强", LIST_NOTE.format("千强 (千强镇)"))
fact("成为全省第3个", "第3个", value=3, unit="rank", kind="rank", scope="全省",
     metric="地区生产总值超千亿元镇",
     metric_alts=["地区生产总值超千亿元的镇", "GDP超千亿元镇", "千亿元镇", "生产总值超千亿元镇",
                  "地区生产总值超千亿元镇数量"],
     subject="东莞长安", subject_alts=own("长安镇", "东莞市长安镇", "长安", "东莞"), **LEVEL,
     note="judgement call: 全省第3个…镇 = the town's position in the order of the province's "
          "towns passing 1,000亿元 (rank 3, scope 全省, as nw_cctv_20230807_shanghai_2023 全球第五个; "
          "it also implies 3 such towns); the first-of-kind negative reading (wr_hainan_2025_c "
          "第三个) is the alternative; the town reached it in 2024")
g.neg("地区生产总值超千亿元镇", "千亿元", THRESH_NOTE)
g.neg("支持珠三角与", "珠三角", NAME_NOTE.format("珠三角, the Pearl River Delta (a region)"))
PLAT = alts("15个主平台", "主平台", "产业转移主平台")
fact("15个主平台", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="产业转移主平台",
     metric_alts=["主平台", "承接产业转移主平台", "产业转移主平台数量", "主平台数量"], **STOCK,
     note="judgement call: the number of the province's main platforms for industrial transfer, "
          "stated as the set the projects belong to (as wr_yunnan_2025 89个开发区): a stock → "
          + STOCK_NOTE)
fact("产业转移项目约700个", "700个", value=700, unit="count", kind="count", classifier="个",
     bound="approx", metric="新承接产业转移项目",
     metric_alts=["承接产业转移项目", "产业转移项目", "新承接产业转移项目数量",
                  "主平台新承接产业转移项目"], subject_alts=PLAT, **FLOW,
     note="约 → approx (outside the span); projects taken on in 2024; the province keeps the "
          "subject, the platforms as alt (README §4 sector-like set)")
fact("总投资约3000亿元", "3000亿元", value=3000e8, unit="CNY", kind="amount", bound="approx",
     metric="新承接产业转移项目总投资",
     metric_alts=["总投资", "产业转移项目总投资", "承接产业转移项目总投资", "项目总投资"],
     subject_alts=PLAT, **FLOW,
     note="约 → approx; the total investment of the projects taken on (actual, as "
          "wr_guangdong_2025_e 达成投资项目…总金额)")
g.neg("开展首批15个", "首批", FIRST_NOTE + " (首批 'first batch')")
fact("首批15个以县城", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="以县城为重要载体的新型城镇化建设试点",
     metric_alts=["新型城镇化建设试点", "首批新型城镇化建设试点", "县城新型城镇化建设试点",
                  "新型城镇化建设试点数量"], **FLOW,
     note="the first batch of pilots launched (开展) in 2024")
fact("57个县（市）整体", "57个", value=57, unit="count", kind="count", classifier="个",
     metric="整体经济增速快于全省的县（市）",
     metric_alts=["经济增速快于全省的县（市）", "整体经济增速快于全省的县(市)", "县（市）",
                  "县(市)", "经济增速快于全省县（市）数量"], **FLOW,
     note="the predicate (整体经济增速快于全省) defines the counted set → in the metric; growth "
          "of the year")
NEWC = "新增 distributes over the list: " + NEW_NOTE
fact("新增9个国家县域", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="国家县域商业建设行动县",
     metric_alts=added("国家县域商业建设行动县", "新增国家县域商业建设行动县",
                       "县域商业建设行动县"), **FLOW, note=NEWC)
fact("21个食品工业", "21个", value=21, unit="count", kind="count", classifier="个",
     metric="食品工业培育试点县",
     metric_alts=added("食品工业培育试点县", "新增食品工业培育试点县"), **FLOW, note=NEWC)
g.neg("开展第二批301个", "第二批", BATCH_NOTE.format("第二批"))
fact("第二批301个典型镇", "301个", value=301, unit="count", kind="count", classifier="个",
     metric="典型镇",
     metric_alts=["典型镇建设", "第二批典型镇", "开展典型镇建设", "典型镇数量"], **FLOW,
     note="the second batch of model towns whose building started (开展) in 2024")
fact("推动65个中心镇", "65个", value=65, unit="count", kind="count", classifier="个",
     metric="按照小城市标准规划建设的中心镇",
     metric_alts=["中心镇", "按小城市标准规划建设的中心镇", "中心镇数量",
                  "按照小城市标准规划建设中心镇"], **LEVEL,
     note="the towns being planned to small-city standard in 2024; the year-end instant as alt")
fact("实施42宗大中型", "42宗", value=42, unit="count", kind="count", classifier="宗",
     metric="大中型灌区改造",
     metric_alts=["大中型灌区改造项目", "实施大中型灌区改造", "大中型灌区", "灌区改造",
                  "大中型灌区改造数量"], **FLOW,
     note="宗 is the measure word (projects) → count")
fact("提升112万亩高标准农田", "112万亩", value=112e4, unit="mu", kind="amount",
     metric="新建和改造提升高标准农田",
     metric_alts=["高标准农田", "新建和改造提升高标准农田面积", "高标准农田面积",
                  "高标准农田建设", "新建高标准农田", "高标准农田增量"], **FLOW,
     note="built or upgraded in 2024; 亩 stays mu (SPEC §3)")
fact("耕地总量连续4年", "4年", value=4, unit="year", kind="amount",
     metric="耕地总量净增加持续时间",
     metric_alts=["耕地总量连续净增加", "耕地总量净增加年数", "耕地净增加持续时间",
                  "耕地总量", "持续时间"], **streak("连续4年", 4),
     note="length of the streak 连续4年 (a duration, unit year, as wr_guangdong_2025_e 连续4年) — "
          "judgement call; the streak ends in the review year (alt 2021-2024), null as alt")
g.neg("创建一批国家", "一批", VAGUE_NOTE.format("一批"))
fact("新增14家农业产业化", "14家", value=14, unit="count", kind="count", classifier="家",
     metric="农业产业化国家重点龙头企业",
     metric_alts=added("农业产业化国家重点龙头企业", "新增农业产业化国家重点龙头企业",
                       "国家重点龙头企业"), **FLOW, note=NEW_NOTE)
fact("累计培育123个", "123个", value=123, unit="count", kind="count", classifier="个",
     metric="“粤字号”农业区域公用品牌",
     metric_alts=["粤字号农业区域公用品牌", "农业区域公用品牌", "累计培育“粤字号”农业区域公用品牌",
                  "“粤字号”农业区域公用品牌数量", "区域公用品牌"], **STOCK,
     note="累计培育 → cumulative total: " + STOCK_NOTE)
g.neg("入选第四批国家", "第四批", BATCH_NOTE.format("第四批"))
g.neg("建设名单", "名单", "lexicalized 名单 'list'; 单 is not a quantity (as wr_guangdong_2025_e)")
fact("总投资200亿元的", "200亿元", value=200e8, unit="CNY", kind="amount", metric="总投资",
     metric_alts=["项目总投资", "交易中心总投资", "大湾区“菜篮子”交易中心总投资", "投资",
                  "投资额"],
     subject="大湾区“菜篮子”交易中心",
     subject_alts=own("大湾区菜篮子交易中心", "“菜篮子”交易中心", "菜篮子交易中心"), **FLOW,
     note="the centre owns its total investment; judgement call: 揭牌 (unveiled, opened) in "
          "2024, no longer a plan → actual (the target reading of a project still being built, "
          "as wr_fujian_2025_c 总投资711亿元, is the alternative); the year of the opening")
g.neg("成功举办第21届", "第21届", EDITION_NOTE.format("第21届中国国际农产品交易会"))
fact("占全国约40%", "40%", value=40, unit="%", kind="share", bound="approx",
     metric="育成肉鸡新品种占全国比重",
     metric_alts=["肉鸡新品种占全国比重", "育成肉鸡新品种占全国", "育成肉鸡新品种占比",
                  "肉鸡新品种占比", "育成肉鸡新品种占全国的比重"], **LEVEL,
     note="约 → approx (outside the span); judgement call: the province's share of the "
          "nation's newly bred broiler varieties, read as the review year's standing (the "
          "cumulative year-end reading as alt)")
fact("占全国超1/4", "1/4", value=25, unit="%", kind="share", bound="gt",
     metric="超级稻品种占全国比重",
     metric_alts=["超级稻品种占全国", "超级稻品种占比", "育成超级稻品种占全国比重",
                  "超级稻品种占全国的比重"], **LEVEL,
     note="超 → gt (outside the span); the fraction 1/4 → 25 % (as wr_guangdong_2025_d 1/4); "
          "verb 育成 shared. Known false alarm: the shared check_gold.py reads the span 1/4 as 1")
fact("农业科技进步贡献率73%", "73%", value=73, unit="%", kind="share",
     metric="农业科技进步贡献率", metric_alts=["科技进步贡献率", "农业科技贡献率"], **FLOW,
     note="a rate of the year → share")
g.neg("全面推动第二批2225个", "第二批", BATCH_NOTE.format("第二批"))
fact("第二批2225个典型村", "2225个", value=2225, unit="count", kind="count", classifier="个",
     metric="典型村",
     metric_alts=["典型村建设", "第二批典型村", "推动典型村建设", "典型村数量"], **FLOW,
     note="the second batch of model villages whose building was pushed in 2024")
fact("基本建成129条", "129条", value=129, unit="count", kind="count", classifier="条",
     metric="乡村振兴示范带",
     metric_alts=["基本建成乡村振兴示范带", "乡村振兴示范带数量", "示范带", "乡村振兴示范带增量"],
     **LEVEL,
     note="judgement call: 基本建成 without 累计 → (largely) built in 2024, the year-end stock "
          "as alt (as wr_guangdong_2025_e 建成开放)")
fact("90%以上村庄", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="达到干净整洁村标准的村庄比重",
     metric_alts=["达到干净整洁村标准村庄比重", "干净整洁村比重", "干净整洁村占比",
                  "达到干净整洁村标准的村庄占比", "村庄达到干净整洁村标准比例", "干净整洁村"],
     **STOCK,
     note="以上 → ge (outside the span); the share of the stock of villages meeting the standard "
          "(SPEC §4 share of a stock): " + STOCK_NOTE)
fact("治理率提高到75%", "75%", value=75, unit="%", kind="share", bound="ge",
     metric="自然村生活污水治理率",
     metric_alts=["农村生活污水治理率", "生活污水治理率", "自然村污水治理率"], **STOCK,
     note="以上 → ge; 提高到 = the level reached; a rate of the stock of villages (as "
          "wr_anhui_2025_c 覆盖率): " + STOCK_NOTE)
fact("覆盖率提高到87%", "87%", value=87, unit="%", kind="share",
     metric="农村规模化供水工程覆盖率",
     metric_alts=["规模化供水工程覆盖率", "农村规模化供水覆盖率", "规模化供水覆盖率",
                  "农村规模化供水工程覆盖农村人口比重"], **STOCK,
     note="提高到 → eq, the level reached; coverage of the rural population (a stock, as "
          "wr_anhui_2025_c): " + STOCK_NOTE)
fact("茂名高州2个", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="改革创新实验区",
     metric_alts=["启动建设改革创新实验区", "改革创新实验区数量", "县镇改革创新实验区"], **FLOW,
     note="the two zones (佛山, 茂名高州) whose building started in 2024")
LAND = "完成 distributes over the list: work done in 2024; 亩 stays mu"
fact("农用地整治23.8万亩", "23.8万亩", value=23.8e4, unit="mu", kind="amount",
     metric="农用地整治", metric_alts=["农用地整治面积", "完成农用地整治"], **FLOW, note=LAND)
fact("建设用地整理4.8万亩", "4.8万亩", value=4.8e4, unit="mu", kind="amount",
     metric="建设用地整理", metric_alts=["建设用地整理面积", "完成建设用地整理"], **FLOW,
     note=LAND)
fact("生态保护修复42.4万亩", "42.4万亩", value=42.4e4, unit="mu", kind="amount",
     metric="生态保护修复", metric_alts=["生态保护修复面积", "完成生态保护修复"], **FLOW,
     note=LAND)
DISP = "处置 distributes over both: land disposed of in 2024; 亩 stays mu"
fact("批而未供土地33.2万亩", "33.2万亩", value=33.2e4, unit="mu", kind="amount",
     metric="处置批而未供土地",
     metric_alts=["批而未供土地", "处置批而未供土地面积", "批而未供土地处置"], **FLOW, note=DISP)
fact("闲置土地2.8万亩", "2.8万亩", value=2.8e4, unit="mu", kind="amount",
     metric="处置闲置土地", metric_alts=["闲置土地", "处置闲置土地面积", "闲置土地处置"],
     **FLOW, note=DISP)
g.neg("百校联百县", "百校联百县", LABEL_NOTE + " (campaign name 百校联百县“双百行动”: a hundred "
      "universities paired with a hundred counties) — not counts (judgement call)")
g.neg("“双百行动”", "双百", LABEL_NOTE + " (“双百行动”)")
g.neg("参与“百千万工程”", "百千万工程", LABEL_NOTE + " (“百千万工程”, short name of the "
      "百县千镇万村 programme)")
fact("养殖水体总量居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="深水网箱养殖水体总量",
     metric_alts=["深水网箱养殖水体", "深水网箱养殖水体规模", "深水网箱养殖规模",
                  "深水网箱养殖水体总量排名"], **STOCK,
     note="rank of a total volume of installed cages (a stock): " + STOCK_NOTE + "; metric "
          "kept with 总量 as written (README §3 rank after 总量)")
g.neg("“伏羲一号”", "一号", NAME_NOTE.format("伏羲一号, the platform's name"))
fact("水产种苗产量居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="水产种苗产量", metric_alts=["水产种苗", "水产苗种产量", "水产种苗产量排名"],
     **FLOW, note="首位 → rank 1 (SPEC §3); output of the year")
g.neg("省级首个花鲈良种场", "首个", FIRST_NOTE)
g.neg("全国首宗海岸线", "首宗", FIRST_NOTE + " (首宗 'first deal')")
g.neg("启动首批海上试验", "首批", FIRST_NOTE + " (首批 'first batch')")

# ==== line 2 (source 16): 三是 科技创新 ========================================================
g.neg("三是以科技创新", "三是", MARKER_NOTE + " (三是 'third')")
g.neg("创新链“1+N”政策", "1+N", LABEL_NOTE + " (“1+N”政策: one framework plus N supporting "
      "policies, as wr_shanxi_2025_e)")
g.neg("启动第二期国家", "第二期", PHASE_NOTE.format("第二期 'second phase' of the joint fund"))
g.neg("散裂中子源二期", "二期", PHASE_NOTE.format("二期 of the spallation neutron source"))
fact("新建5家基础学科", "5家", value=5, unit="count", kind="count", classifier="家",
     metric="基础学科研究中心",
     metric_alts=added("基础学科研究中心", "新建基础学科研究中心"), **FLOW, note=NEW_NOTE)
g.neg("布局第12批省重点", "第12批", BATCH_NOTE.format("第12批"))
g.neg("中国科学十大进展", "十大", "set label 十大 (年度中国科学十大进展, the list's name), not a "
      "count claim")
AWARD = ["国家科学技术奖奖项", "国家科学技术奖获奖项目", "奖项", "荣获国家科学技术奖",
         "国家科学技术奖获奖数", "获奖项目"]
fact("荣获53个奖项", "53个", value=53, unit="count", kind="count", classifier="个",
     metric="国家科学技术奖", metric_alts=AWARD, **FLOW,
     note="awards won at the national science and technology awards announced in 2024")
fact("比上次增长47%", "47%", value=47, unit="%", kind="growth", metric="国家科学技术奖",
     metric_alts=AWARD, comparison="比上次", **FLOW,
     note="growth against the previous round of the awards (比上次, the 2020 round) → "
          "comparison the surface basis (SPEC §2), not yoy")
fact("布局建设7个", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="省中试平台",
     metric_alts=added("省中试平台", "布局建设省中试平台", "中试平台"), **FLOW,
     note="platforms laid out in 2024")
g.neg("资产单列管理", "单列", "lexicalized 单列 'listed separately', not a quantity")
fact("稳居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="高价值发明专利拥有量",
     metric_alts=["PCT国际专利申请量", "高价值发明专利拥有量、PCT国际专利申请量",
                  "高价值发明专利拥有量和PCT国际专利申请量", "发明专利拥有量", "PCT专利申请量"],
     **LEVEL,
     note="one rank mention (等稳居全国首位) over two metrics → one fact, the first metric "
          "primary and the second in alts (as 均居…首位 in wr_guangdong_2025_e); 稳居 → the "
          "review year, year-end as alt; 首位 → rank 1")
fact("“科技金融15条”", "15条", value=15, unit="count", kind="count", classifier="条",
     metric="科技金融政策措施",
     metric_alts=["“科技金融15条”", "科技金融15条", "科技金融措施", "科技金融政策",
                  "科技金融政策措施条数"], **FLOW,
     note="judgement call: a count of measures (README §2 七条措施; as wr_hunan_2025 “二十条”, "
          "wr_jiangsu “33条”); issued in 2024; the reading as a policy name (negative, as "
          "nw_hxnews_20220816 “稳住经济增长30条”) is the alternative")
fact("科技信贷余额增长23%", "23%", value=23, unit="%", kind="growth", metric="科技信贷余额",
     metric_alts=["科技贷款余额", "科技信贷"], comparison="yoy", **FLOW,
     note="growth of a balance over the year (year-end vs year-end) → the year")
fact("融资突破3000亿元", "3000亿元", value=3000e8, unit="CNY", kind="amount", bound="gt",
     metric="知识产权质押融资",
     metric_alts=["知识产权质押融资额", "知识产权质押融资金额", "知识产权质押融资登记金额"],
     **LEVEL,
     note="突破 → gt (outside the span); judgement call: no 累计 → the financing of 2024, the "
          "year-end cumulative reading as alt")
fact("上市企业41家", "41家", value=41, unit="count", kind="count", classifier="家",
     metric="境内外上市企业",
     metric_alts=added("境内外上市企业", "新增境内外上市企业", "上市企业"), **FLOW,
     note=NEW_NOTE)
fact("总量达1198家", "1198家", value=1198, unit="count", kind="count", classifier="家",
     metric="境内外上市企业总量",
     metric_alts=["境内外上市企业", "上市企业", "境内外上市企业数量", "上市企业总数",
                  "境内外上市企业总数", "总量"], **STOCK,
     note="达 → eq; the number of listed firms (a stock): " + STOCK_NOTE)
g.neg("集中资源培育一批", "一批", VAGUE_NOTE.format("一批"))
g.neg("工程，一批重大", "一批", VAGUE_NOTE.format("一批"))
fact("12英寸晶圆制造产能", "12英寸", value=12, unit="英寸", kind="amount",
     metric="晶圆尺寸",
     metric_alts=["晶圆", "晶圆直径", "晶圆规格", "12英寸晶圆", "晶圆制造尺寸"], **FLOW,
     note="judgement call: the wafer size of the province's fabs, a technical magnitude "
          "(README §2), as wr_shanxi_2025 8英寸 / nw_cctv_20210314 6英寸: 英寸 has no canonical "
          "unit → kept as written (SPEC §3), kind amount; the capacity itself (大幅提升) has no "
          "number")
g.neg("赋能千行百业", "千行百业", "idiom 千行百业 'all trades', not a quantity")
g.neg("“5G+工业互联网”", "5G", "technology name 5G (fifth generation), not a quantity")
fact("全国30%以上", "30%", value=30, unit="%", kind="share", bound="ge",
     metric="低空经济产业链企业占全国比重",
     metric_alts=["低空经济产业链企业占全国", "低空经济产业链企业占比", "产业链企业占全国比重",
                  "低空经济集聚全国产业链企业比重", "低空经济产业链企业"], **STOCK,
     note="以上 → ge (outside the span); the province's share of the nation's low-altitude "
          "firms (a share of a stock): " + STOCK_NOTE)
g.neg("全球首条跨海", "首条", FIRST_NOTE + " (首条 'first route')")
g.neg("广州亿航获颁", "亿航", NAME_NOTE.format("亿航 (EHang), a company"))
g.neg("获颁首张无人驾驶", "首张", FIRST_NOTE + " (首张 'first licence')")
g.neg("“万亩千亿”产业平台", "万亩千亿", LABEL_NOTE + " (“万亩千亿” platforms: 10,000 mu "
      "for 100 billion yuan of output, a class name), not quantities")
fact("新增8个省产业园", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="省产业园", metric_alts=added("省产业园", "新增省产业园", "产业园"), **FLOW,
     note=NEW_NOTE)
g.neg("新投产亿元以上项目", "亿元", THRESH_NOTE + " (亿元以上)")
fact("项目超270个", "270个", value=270, unit="count", kind="count", classifier="个",
     bound="gt", metric="新投产亿元以上项目",
     metric_alts=["亿元以上项目", "新投产项目", "投产亿元以上项目", "新投产亿元以上项目数量",
                  "大型产业集聚区新投产亿元以上项目"],
     subject_alts=alts("大型产业集聚区"), **FLOW,
     note="超 → gt (outside the span); projects put into production in 2024; the province "
          "keeps the subject, the zones as alt (README §4)")
NEWM = "新增 distributes over the list: " + NEW_NOTE
fact("创新中心2家", "2家", value=2, unit="count", kind="count", classifier="家",
     metric="国家制造业创新中心",
     metric_alts=added("国家制造业创新中心", "新增国家制造业创新中心", "制造业创新中心"),
     **FLOW, note=NEWM)
g.neg("制造业单项冠军", "单项", "单项冠军 'single-product champion' (a title), 单 is not a "
      "quantity (as 单体 in wr_guangdong_2025_e)")
fact("单项冠军60家", "60家", value=60, unit="count", kind="count", classifier="家",
     metric="国家级制造业单项冠军",
     metric_alts=added("国家级制造业单项冠军", "新增国家级制造业单项冠军", "制造业单项冠军",
                       "单项冠军企业"), **FLOW, note=NEWM)
fact("企业561家", "561家", value=561, unit="count", kind="count", classifier="家",
     metric="专精特新“小巨人”企业",
     metric_alts=added("专精特新“小巨人”企业", "新增专精特新“小巨人”企业", "专精特新小巨人企业",
                       "“小巨人”企业", "国家级专精特新“小巨人”企业"), **FLOW, note=NEWM)
fact("推动超1万家企业", "1万家", value=1e4, unit="count", kind="count", classifier="家",
     bound="gt", metric="开展技术改造和数字化转型企业",
     metric_alts=["开展技术改造和数字化转型的企业", "技术改造和数字化转型企业", "企业",
                  "开展技术改造企业", "开展技术改造和数字化转型企业数量"], **FLOW,
     note="超 → gt (outside the span); firms that upgraded in 2024; the predicate defines "
          "the counted set → in the metric")
g.neg("中山入选第二批", "第二批", BATCH_NOTE.format("第二批"))
g.neg("首届“越来越好”", "首届", FIRST_NOTE + " (首届 'first edition')")
fact("建成3个大湾区", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="大湾区国际人才驿站",
     metric_alts=added("大湾区国际人才驿站", "建成大湾区国际人才驿站", "国际人才驿站"),
     **FLOW, note="建成 N: built in 2024 (a flow), 增量 reading in alts")
g.neg("在第47届世界技能大赛", "第47届", EDITION_NOTE.format("第47届世界技能大赛"))
PLAYERS = alts("我省选手", "广东选手", "选手")
fact("勇夺13块金牌", "13块", value=13, unit="count", kind="count", classifier="块",
     metric="世界技能大赛金牌",
     metric_alts=["金牌", "第47届世界技能大赛金牌", "金牌数", "世界技能大赛金牌数", "夺得金牌"],
     subject_alts=PLAYERS, **FLOW,
     note="the province's competitors (我省选手) → 广东省, competitors as alt; the 47th "
          "WorldSkills (Lyon, September 2024) → the review year")
fact("占全国1/3", "1/3", value=100 / 3, unit="%", kind="share",
     metric="世界技能大赛金牌占全国比重",
     metric_alts=["金牌占全国比重", "占全国金牌比重", "金牌占全国", "金牌数占全国比重",
                  "世界技能大赛金牌占全国"], subject_alts=PLAYERS, **FLOW,
     note="the fraction 1/3 → 33.33… % (as 1/4 → 25); share of China's gold medals. Known "
          "false alarm: the shared check_gold.py reads the span 1/3 as 1")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guangdong_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: review items 二是 "
    "(the 百县千镇万村 programme: counties and towns, industrial transfer, urbanisation, rural "
    "revitalisation, land consolidation, marine economy) and 三是 (science, technology, industry "
    "and talent) in full. Part of the report: the itemised review of 2024 (part "
    "一、2024年工作回顾, source line 7; 一年来…主要做了以下工作, source line 13; both outside the "
    "excerpt). Lines 7-14, 18-20, 22-29, 39-45 and 98-108 are annotated in wr_guangdong_2025_d, "
    "_e, wr_guangdong_2025, _b and _c (no overlap). Title, source line and dateline are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-15, the "
    "delivery date in the header (source line 3: ——2025年1月15日在广东省第十四届人民代表大会第三次"
    "会议上); the shared meta agrees. Place: 广东省 (广东, 全省, 我省 → alts); 东莞长安 owns its rank "
    "and the 大湾区“菜篮子”交易中心 its total investment; the 15 主平台, the 大型产业集聚区 and 我省选手 "
    "keep the province as subject with the part as alt. Periods: neither line states a period, so "
    "every fact takes the review year 2024 as section frame (SPEC §4) with the heading's period "
    "text 2024年, null as alt. Stocks (15个主平台, 累计培育123个 brands, 总量达1198家 listed firms, "
    "the share of villages meeting the 干净整洁 standard, 污水治理率 / 供水覆盖率 提高到, the "
    "low-altitude share of the nation's firms, the rank of 深水网箱养殖水体总量) → instant "
    "2024-12-31 with the year and null as alts; 获评 百强/千强, 基本建成129条, 按标准规划建设65个, "
    "稳居首位, the breeding shares and 知识产权质押融资 → the year with the instant as alt. Streak "
    "连续4年 → duration (unit year), the year as gold and 2021-2024 as alt. Modality: actual "
    "throughout (no 预计). Units: 2.31:1 → ratio 2.31 times; 亩 → mu; 亿元 ×1e8; 1/4 → 25 %, 1/3 → "
    "33.33 %; 英寸 kept as written; 宗/块 as classifiers. Bounds: 约 → approx; 超, 突破 → gt; 以上 → ge. "
    "Comparison: 比上次 (the previous round of the national S&T awards) as the surface basis. "
    "Judgement calls: 全省第3个…镇 → rank 3 (scope 全省) of 东莞长安; 15个主平台 → a count fact "
    "(stock); 总投资200亿元 of the unveiled 交易中心 → actual; “科技金融15条” → count of measures; "
    "12英寸 → technical magnitude; 等稳居全国首位 over two patent metrics → one rank fact; "
    "百校联百县 / 双百 / 百千万工程 / 万亩千亿 → labels. Known false alarms of the shared "
    "check_gold.py: 1/4 and 1/3 read as 1. Negatives: 二是, 三是, 百县千镇万村, 百强 ×2, 千强, 千亿元 "
    "(threshold), 首批 ×2, 第二批 ×3, 一批 ×3, 第四批, 名单, 第21届, 百校联百县, 双百, 百千万工程, "
    "一号 (伏羲一号), 首个, 首宗, 珠三角, 亿航, 1+N, 第二期, 二期, 第12批, 十大, 单列, 千行百业, 5G, 首条, 首张, "
    "万亩千亿, 亿元 (threshold), 单项, 首届, 第47届.")

g.write(date=REF, source=f"shared/texts/work_report/wr_guangdong_2025.txt lines "
        f"{FIRST}–{LAST} (来源 : 南方日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
