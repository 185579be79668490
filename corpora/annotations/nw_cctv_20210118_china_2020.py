"""Gold annotations for nw_cctv_20210118_china_2020 (corpora/).

央视网消息（新闻联播）, 2021-01-18: 突破百万亿元 中国经济实现历史性跨越.
The excerpt is the whole source, lines 1-20 of
shared/texts/news/nw_cctv_20210118_china_2020.txt (a short news item, shorter than 2,000
characters, so all of it is taken), copied by code from the source bytes, never retyped.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20210118_china_2020.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20210118_china_2020"
PLACE = "中国"
REF = "2021-01-18"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 20                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "突破百万亿元 中国经济实现历史性跨越"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="突破百万亿元", ends="新的征程已经开启。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
ORD_NOTE = ("ordinal label {} of the enumerated 'hurdles' (第一道坎/第二道坎/第三道坎), a list "
            "marker, not a rank")

# Periods (reference date 2021-01-18, the broadcast day: 国家统计局今天（1月18日）公布).
# The 2020 annual data release: 2020年 / 全年 / 2020年全年 = 2020-01-01..2020-12-31.
Y2020 = P("2020年", "2020-01-01", "2020-12-31")
Y2020_END = P("2020年", "2020-12-31", "2020-12-31")
Y2012 = P("2012年", "2012-01-01", "2012-12-31")
# 5年里 / 5年: the five full years before the reference year (as 近三年, SPEC §4) = 2016..2020
# (the 13th five-year plan); 8年时间: 2013..2020 (since the 十八大, end 2012).
FIVE = P("5年里", "2016-01-01", "2020-12-31")
EIGHT = P("8年时间", "2013-01-01", "2020-12-31")
FIVE_JOBS = P("5年", "2016-01-01", "2020-12-31")
SINCE2012 = P("从2012年到现在", "2012-01-01", REF)

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_ALTS = ["GDP", "国内生产总值总量", "GDP总量", "经济总量", "经济体量", "中国经济", "经济",
            "国内生产总值GDP"]
GDP_G_ALTS = ["GDP", "经济", "经济增长", "经济增速", "国内生产总值增速", "GDP增速", "中国经济",
              "增速", "中国经济增速"]

# ---- line 1: title ---------------------------------------------------------------------
g.fact("突破百万亿元 中国", "百万亿元", value=1e14, unit="CNY", kind="amount", bound="gt",
       metric=GDP, metric_alts=GDP_ALTS, **CN,
       period=None, period_alts=[Y2020],
       note="title: 突破 → gt (outside the span); 百万亿元 = 1e14 CNY; the indicator (GDP) is "
            "not written in the title but is the one the item reports (中国经济 …); the title "
            "states no period and a news item has no document period → null; 2020 (the "
            "year of the release it reports) as alt")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("今天（1月18日）", "1月18日", "date on its own (the release day), not a fact")
g.neg("公布，2020年我国", "2020年", PERIOD_NOTE)
g.fact("国内生产总值突破100万亿元", "100万亿元", value=1e14, unit="CNY", kind="amount",
       bound="gt", metric=GDP, metric_alts=GDP_ALTS, **CN, period=Y2020,
       note="突破 → gt (outside the span); 我国 → 中国")
g.fact("全年经济同比增长2.3%", "2.3%", value=2.3, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Y2020, comparison="yoy",
       note="全年经济同比增长 = GDP growth of 2020 (经济 as written, as alt, as in "
            "nw_cctv_20130427); 全年 continues 2020年; 同比 → yoy")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("初步核算，2020年全年", "2020年", PERIOD_NOTE + " (2020年全年)")
g.fact("国内生产总值1015986亿元", "1015986亿元", value=1015986e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=GDP_ALTS, **CN, period=Y2020,
       note="preliminary estimate (初步核算) of 2020 GDP; national → 中国")
g.neg("首次突破了100万亿元", "首次", "first-time claim 首次, not a rank or count")
g.fact("首次突破了100万亿元大关", "100万亿元", value=1e14, unit="CNY", kind="amount",
       bound="gt", metric=GDP, metric_alts=GDP_ALTS, **CN, period=Y2020,
       note="突破了…大关 → gt; the subject of 突破 is the GDP just given")
g.fact("比上年增长了2.3%", "2.3%", value=2.3, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Y2020, comparison="yoy",
       note="比上年 → yoy (上年 = 2019 is the basis, not a period)")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("\n2020年，全年社会", "2020年", PERIOD_NOTE)
g.fact("零售总额391981亿元", "391981亿元", value=391981e8, unit="CNY", kind="amount",
       metric="社会消费品零售总额",
       metric_alts=["社会消费品零售额", "社零总额", "消费品零售总额", "全年社会消费品零售总额"],
       **CN, period=Y2020)
CONS_SHARE_ALTS = ["最终消费支出占GDP比重", "最终消费支出占GDP的比例", "最终消费支出比重",
                   "最终消费支出占比", "最终消费率", "消费率", "最终消费支出占国内生产总值的比重",
                   "最终消费支出占国内生产总值比重"]
g.fact("比重达到54.3%", "54.3%", value=54.3, unit="%", kind="share",
       metric="最终消费支出占GDP的比重", metric_alts=CONS_SHARE_ALTS, **CN, period=Y2020,
       note="达到 → eq; 为近年来的最高水平 is a qualitative 'highest in recent years', no "
            "numeral, not a rank fact")
g.neg("稳步回升，2020年全国", "2020年", PERIOD_NOTE)
FAI_ALTS = ["全国固定资产投资", "固定资产投资（不含农户）", "固定资产投资额", "固定资产投资增速"]
g.fact("固定资产投资518907亿元", "518907亿元", value=518907e8, unit="CNY", kind="amount",
       metric="固定资产投资", metric_alts=FAI_ALTS, **CN, period=Y2020, note="全国 → 中国")
g.fact("518907亿元，比上年增长2.9%", "2.9%", value=2.9, unit="%", kind="growth",
       metric="固定资产投资", metric_alts=FAI_ALTS, **CN, period=Y2020, comparison="yoy",
       note="比上年 → yoy")
g.neg("好于预期。2020年全年", "2020年", PERIOD_NOTE + " (2020年全年)")
JOBS_ALTS = ["城镇新增就业人数", "新增就业", "城镇新增就业人口", "全年城镇新增就业"]
g.fact("城镇新增就业1186万人", "1186万人", value=1186e4, unit="count", kind="count",
       classifier="人", metric="城镇新增就业", metric_alts=JOBS_ALTS, **CN, period=Y2020,
       note="a flow (new urban jobs over 2020), classifier 人")
g.fact("完成全年目标的131.8%", "131.8%", value=131.8, unit="%", kind="share",
       metric="城镇新增就业目标完成率",
       metric_alts=["全年目标完成率", "完成全年目标", "城镇新增就业完成全年目标",
                    "目标完成率", "城镇新增就业全年目标完成率", "完成全年目标的比例",
                    "城镇新增就业完成全年目标的比例"],
       **CN, period=Y2020,
       note="1186万人 against the 2020 target (900万): a completion rate → share (rates such "
            "as 到位率 are share, SPEC §2), above 100 as written; 全年 = 2020")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("中国经济从2012年以来", "2012年以来",
      PERIOD_NOTE + " (of the growth curve; no number follows in its sentence)")
L5_ALTS = [P("2012年以来", None, None), P("2012年以来", "2012-01-01", REF)]
L5_NOTE = ("restates the 2020 figure of lines 2-3 (超过100万亿的经济体量和2.3%的增速 = the "
           "2020 GDP and its growth) → 2020 as gold; 2012年以来 in the sentence before "
           "describes the curve, not these values, but as the literal inheritance (SPEC §4) "
           "it is kept as an alt, with null")
g.fact("超过100万亿的经济体量", "100万亿", value=1e14, unit="CNY", kind="amount", bound="gt",
       metric="经济体量",
       metric_alts=[GDP, "GDP", "经济总量", "中国经济", "经济", "国内生产总值总量"],
       **CN, period=P("2020年", "2020-01-01", "2020-12-31"), period_alts=L5_ALTS,
       note="超过 → gt; 元 is not written: the economy's volume in yuan → CNY (as 规模突破了1万亿 "
            "in nw_sina_20220427); " + L5_NOTE)
g.fact("经济体量和2.3%的增速", "2.3%", value=2.3, unit="%", kind="growth", metric="增速",
       metric_alts=["经济增速", "经济体量增速", GDP, "GDP", "GDP增速", "国内生产总值增速",
                    "经济增长", "经济", "中国经济增速"],
       **CN, period=P("2020年", "2020-01-01", "2020-12-31"), period_alts=L5_ALTS,
       comparison="yoy", note="the 2020 GDP growth restated (比上年 in line 3) → yoy; " + L5_NOTE)

# ---- line 6 ----------------------------------------------------------------------------
g.neg("从2012年突破50万亿", "2012年", PERIOD_NOTE + " (from/to pair: governs only 50万亿)")
L6_ALTS = [GDP, "GDP", "经济总量", "经济体量", "中国经济", "经济", "GDP总量"]
g.fact("从2012年突破50万亿", "50万亿", value=50e12, unit="CNY", kind="amount", bound="gt",
       metric="国内生产总值", metric_alts=L6_ALTS[1:], **CN, period=Y2012,
       note="from-value of the pair 从2012年突破50万亿到2020年突破100万亿: the economy (GDP, "
            "the indicator of the item, not written here) passed 50 trillion yuan in 2012 → "
            "gt, CNY (元 not written); the period inside the pair governs only its value")
g.neg("到2020年突破100万亿", "2020年", PERIOD_NOTE + " (from/to pair: governs only 100万亿)")
g.fact("到2020年突破100万亿", "100万亿", value=1e14, unit="CNY", kind="amount", bound="gt",
       metric="国内生产总值", metric_alts=L6_ALTS[1:], **CN, period=Y2020,
       note="to-value of the pair: 2020; 突破 → gt; CNY (元 not written)")
g.neg("党的十八大以来", "十八大", "congress label 十八大 (SPEC §1; 以来 makes it a period "
      "expression, no number follows), not a quantity")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("董煜眼中的“三道坎”", "三道坎",
      "quoted set label “三道坎” (the three hurdles, then enumerated as 第一道坎…第三道坎), "
      "like “四大”/“三大” labels: not a count claim")
g.neg("从一个侧面", "一个", "indefinite 一个 in the idiom 从一个侧面 'from one angle'")

# ---- line 8 ----------------------------------------------------------------------------
g.neg("第一道坎，2012年之后", "第一道", ORD_NOTE.format("第一道"))
g.neg("第一道坎，2012年之后", "2012年之后", PERIOD_NOTE + " (no number follows)")
g.neg("“四降一升”", "四降一升",
      "quoted slogan “四降一升” (four falls and one rise, listed just before), a label, not "
      "a count")

# ---- line 9 ----------------------------------------------------------------------------
g.neg("第二道坎，逆全球化", "第二道", ORD_NOTE.format("第二道"))
g.neg("尤其是2018年以来", "2018年以来", PERIOD_NOTE + " (no number follows)")

# ---- line 10 ---------------------------------------------------------------------------
g.neg("第三道坎，2020年", "第三道", ORD_NOTE.format("第三道"))
g.neg("第三道坎，2020年", "2020年", PERIOD_NOTE + " (no number follows)")

# ---- line 12 ---------------------------------------------------------------------------
g.neg("“三去一降一补”", "三去一降一补",
      "policy slogan “三去一降一补” (去产能、去库存、去杠杆、降成本、补短板), not a quantity")

# ---- line 14 ---------------------------------------------------------------------------
L14_NOTE = ("no period expression in the line before it and no document period → null "
            "(SPEC §4); 2020 (the year the item reviews) as alt")
g.fact("逐年接近60%", "60%", value=60, unit="%", kind="share", bound="approx",
       metric="科技进步对经济的贡献率",
       metric_alts=["科技进步贡献率", "科技进步对经济增长的贡献率", "科技进步对经济贡献率",
                    "贡献率"],
       **CN, period=None, period_alts=[Y2020],
       note="contribution rate → share (as 贡献率 in the other golds); 接近 → approx (SPEC: "
            "近, 将近); 逐年 ('year by year') is no period; " + L14_NOTE)
g.neg("创新第一驱动力", "第一",
      "slogan 创新是第一动力 ('innovation is the primary driving force'), not a measured rank")
g.fact("GDP总量超过16%", "16%", value=16, unit="%", kind="share", bound="gt",
       metric="新经济占GDP总量比重",
       metric_alts=["新经济占据我国GDP总量", "新经济占据GDP总量", "新经济占GDP比重",
                    "新经济占GDP总量", "新经济占比", "新经济占GDP的比重",
                    "新经济增加值占GDP比重", "新经济比重", "新经济占GDP总量的比重"],
       **CN, period=None, period_alts=[Y2020],
       note="占据…超过 → share, gt; 我国 → 中国; " + L14_NOTE)
g.neg("5年里，单位GDP", "5年里", PERIOD_NOTE + " (the five years 2016-2020, not a 5-year "
      "duration fact)")
g.fact("能耗下降13.2%", "13.2%", value=-13.2, unit="%", kind="growth",
       metric="单位GDP能耗",
       metric_alts=["单位国内生产总值能耗", "能耗强度", "单位GDP能源消耗", "能耗"],
       **CN, period=FIVE, period_alts=[P("5年里", "2016-01-01", REF), P("5年里", None, None)],
       comparison="累计",
       note="下降 → negative; cumulative fall over 5年里 = the five full years before the "
            "reference year, 2016..2020 (the 13th five-year plan; as 近三年, SPEC §4); "
            "comparison 累计 (as the 十一五 cumulative falls in wr_china_2010)")

# ---- line 15 ---------------------------------------------------------------------------
g.neg("收获了一个又一个", "一个又一个", "idiom 一个又一个 'one after another', not a count")

# ---- line 16 ---------------------------------------------------------------------------
g.neg("\n8年时间，中国", "8年时间", PERIOD_NOTE + " (the eight years 2013-2020 since the "
      "十八大, not an 8-year duration fact)")
EIGHT_ALTS = [P("8年时间", "2012-11-01", "2020-12-31"), P("8年时间", None, REF),
              P("8年时间", None, None)]
g.fact("中国让一亿农村贫困人口", "一亿", value=1e8, unit="count", kind="count",
       classifier="人", metric="农村贫困人口",
       metric_alts=["摆脱贫困的农村贫困人口", "脱贫人口", "农村贫困人口脱贫", "脱贫农村贫困人口",
                    "摆脱贫困的农村贫困人口数量", "农村贫困人口数量", "贫困人口",
                    "农村贫困人口摆脱贫困"],
       **CN, period=EIGHT, period_alts=EIGHT_ALTS,
       note="一亿 is the number lifted out of poverty (a quantity, not the article 一); no "
            "measure word, classifier 人 (as 14亿多中国人民 in nw_cctv_20230418); written "
            "round, no bound word → eq; 8年时间 → 2013..2020 (alts: from the 十八大, Nov "
            "2012; open start; null)")
g.fact("，832个贫困县", "832个", value=832, unit="count", kind="count", classifier="个",
       metric="贫困县",
       metric_alts=["实现脱贫摘帽的贫困县", "脱贫摘帽贫困县", "贫困县数量", "脱贫摘帽的贫困县",
                    "贫困县脱贫摘帽", "摘帽贫困县"],
       **CN, period=EIGHT, period_alts=EIGHT_ALTS + [Y2020_END],
       note="the 832 counties that all left the poverty list over the 8 years; 8年时间 still "
            "governs (same sentence); the end-2020 instant (all removed) as alt")
g.neg("城镇新增就业5年超过", "5年", PERIOD_NOTE + " (replaces 8年时间: the five years "
      "2016-2020, not a duration fact)")
g.fact("5年超过6000万人", "6000万人", value=6000e4, unit="count", kind="count", bound="gt",
       classifier="人", metric="城镇新增就业", metric_alts=JOBS_ALTS, **CN,
       period=FIVE_JOBS, period_alts=[P("5年", "2016-01-01", REF), P("5年", None, None)],
       note="超过 → gt; a flow summed over 5年 (2016..2020, the 13th five-year plan)")
COVER_NOTE = ("coverage of the social-security system 已建成 → a stock; under the 5年 frame "
              "of the sentence before → instant at its end, 2020-12-31 (stock rule, README "
              "§5); alts: the literal inheritance 2016..2020, the reference date, null")
COVER_ALTS = [P("5年", "2016-01-01", "2020-12-31"), P("已建成", REF, REF), P("已建成", None, REF),
              P("已建成", None, None)]
g.fact("覆盖超过13亿人", "13亿人", value=13e8, unit="count", kind="count", bound="gt",
       classifier="人", metric="基本医疗保障覆盖",
       metric_alts=["基本医疗保障覆盖人数", "基本医疗保险覆盖", "基本医疗保险参保人数",
                    "基本医疗保障覆盖人口", "基本医疗保险覆盖人数", "基本医疗保障"],
       **CN, period=P("5年", "2020-12-31", "2020-12-31"), period_alts=COVER_ALTS,
       note="超过 → gt; " + COVER_NOTE)
g.fact("覆盖近10亿人", "10亿人", value=10e8, unit="count", kind="count", bound="approx",
       classifier="人", metric="基本养老保障覆盖",
       metric_alts=["基本养老保障覆盖人数", "基本养老保险覆盖", "基本养老保险参保人数",
                    "基本养老保障覆盖人口", "基本养老保险覆盖人数", "基本养老保障"],
       **CN, period=P("5年", "2020-12-31", "2020-12-31"), period_alts=COVER_ALTS,
       note="近 → approx (SPEC; outside the span); " + COVER_NOTE)

g.neg("前行的每一步上", "一步", "idiom 每一步 'every step', not a quantity")

# ---- line 17 ---------------------------------------------------------------------------
g.neg("发现，一路走来", "一路", "idiom 一路走来 'all along the way', not a quantity")

# ---- line 18 ---------------------------------------------------------------------------
g.neg("\n一路穿越风雨", "一路", "idiom 一路 'all the way', not a quantity")

# ---- line 19 ---------------------------------------------------------------------------
g.neg("\n2020年，即便遭受", "2020年", PERIOD_NOTE + " (of the first sentence; no number "
      "follows in it)")
g.neg("全球唯一正增长", "唯一", "'the only (major economy with positive growth)': an "
      "only-of-kind claim (as 唯一 in cm_qiandongnan_2016), not a measured count or rank")
WORLD = "中国经济占世界经济的比重"
WORLD_ALTS = ["中国经济占世界经济比重", "占世界经济的比重", "占世界经济比重", "中国经济占世界经济",
              "经济总量占世界经济比重", "中国经济占全球经济比重", "占世界经济的份额"]
g.neg("从2012年的11.5%", "2012年", PERIOD_NOTE + " (from/to pair: governs only 11.5%)")
g.fact("从2012年的11.5%", "11.5%", value=11.5, unit="%", kind="share", metric=WORLD,
       metric_alts=WORLD_ALTS, **CN, period=Y2012,
       note="from-value of the pair; the period inside it governs only its own value (SPEC "
            "§4); no pp change is written, so none is annotated")
g.neg("上升到2020年的17%", "2020年", PERIOD_NOTE + " (from/to pair: governs only 17%)")
g.fact("上升到2020年的17%左右", "17%", value=17, unit="%", kind="share", bound="approx",
       metric=WORLD, metric_alts=WORLD_ALTS, **CN, period=Y2020,
       note="to-value of the pair: 2020; 左右 → approx (outside the span)")
g.neg("从2012年到现在", "2012年到现在", PERIOD_NOTE + " (2012 to the reference date)")
CONTRIB = "中国对世界经济增长的年均贡献率"
CONTRIB_ALTS = ["对世界经济增长的年均贡献率", "年均贡献率", "中国对世界经济增长贡献率",
                "对世界经济增长贡献率", "对世界经济增长的贡献率", "中国对世界经济增长的贡献率",
                "贡献率", "世界经济增长贡献率"]
SINCE_ALTS = [P("从2012年到现在", "2012-01-01", "2020-12-31"),
              P("从2012年到现在", "2013-01-01", "2020-12-31"),
              P("从2012年到现在", None, REF), P("从2012年到现在", None, None)]
g.fact("始终保持在30%左右", "30%", value=30, unit="%", kind="share", bound="approx",
       metric=CONTRIB, metric_alts=CONTRIB_ALTS, **CN, period=SINCE2012,
       period_alts=SINCE_ALTS,
       note="an average annual contribution rate → share (贡献率, as in the other golds); "
            "左右 → approx; 从2012年到现在 → 2012-01-01..reference date (alts: up to the last "
            "full year 2020, from 2013, open start, null)")
g.fact("稳居世界第一位", "第一位", value=1, unit="rank", kind="rank", scope="世界",
       metric=CONTRIB, metric_alts=CONTRIB_ALTS + ["世界经济增长贡献率排名",
                                                   "对世界经济增长贡献"],
       **CN, period=SINCE2012, period_alts=SINCE_ALTS,
       note="rank of the contribution just given (稳居 'steadily holds' → eq), scope 世界; "
            "span = ordinal marker + number + 位 (as 首位)")
g.neg("世界经济增长的第一引擎", "第一",
      "metaphor 第一引擎 'the leading engine', restating 稳居世界第一位 without a measured "
      "ranking of its own (like the slogan 第一驱动力 in line 14), not a second rank fact")

# ---- line 20 ---------------------------------------------------------------------------
g.fact("站在100万亿的新台阶上", "100万亿", value=1e14, unit="CNY", kind="amount", bound="gt",
       metric="经济总量",
       metric_alts=[GDP, "GDP", "经济体量", "中国经济", "经济", "国内生产总值总量", "GDP总量"],
       **CN, period=None, period_alts=[Y2020],
       note="站在…新台阶上 'standing on the 100-trillion step' (like 迈上…新台阶 in "
            "nw_sina_20220122, 突破) → gt; CNY (元 not written); the indicator is not named "
            "(the economy's size: 经济总量, GDP as alts); no period in the line and no "
            "document period → null, 2020 as alt")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-20 (1,697 "
    "characters, a byte copy made by code): a short 新闻联播 item (under 2,000 characters), "
    "so all of it is taken. Date: 2021-01-18, the broadcast date given by the source meta "
    "(file name of the daily transcript assets/2021/20210118.json, pubtime 2021-01-18 19:15, "
    "and the tv.cctv.com URL) and stated in the text: 国家统计局今天（1月18日）公布 — the NBS "
    "released the 2020 annual GDP on 18 January 2021. 2020年 / 全年 / 2020年全年 = "
    "2020-01-01..2020-12-31; 比上年 (2019) is a comparison basis (yoy), not a period. "
    "5年里 / 5年 = the five full years before the reference year, 2016..2020 (the 13th "
    "five-year plan, as 近三年 in SPEC §4); 8年时间 = 2013..2020 (since the 十八大 of "
    "Nov 2012); 从2012年到现在 = 2012-01-01..2021-01-18. Place: 中国 (national data; 我国/"
    "全国 → 中国). Title: line 1 as written. Periods: a line is a paragraph; a news item has "
    "no document period, so the title's 百万亿元, line 14's 60%/16% (before 5年里) and line "
    "20's 100万亿 get null, with 2020 as alt. Judgement calls: line 5's 超过100万亿/2.3% "
    "restate the 2020 figures → 2020 (the literal 2012年以来 reading and null as alts); "
    "amounts written without 元 (100万亿, 50万亿) → CNY; 完成全年目标的131.8% → share "
    "(a completion rate); 一亿农村贫困人口 → count 1e8 (not the article 一); 已建成…社会保障"
    "体系 coverage (13亿人 gt, 10亿人 approx) → stocks at 2020-12-31 under the 5年 frame; "
    "接近60% → approx; 站在100万亿的新台阶上 → gt (as 迈上…新台阶); 稳居世界第一位 → rank 1 "
    "of the contribution rate, while 第一引擎 and 第一驱动力 are metaphor/slogan negatives. "
    "Negatives: dates/periods (1月18日, 2020年 ×9, 2012年 ×2, 2012年以来, 2012年之后, "
    "2018年以来, 5年里, 5年, 8年时间, 2012年到现在), labels and slogans (十八大, 三道坎, "
    "四降一升, 三去一降一补), the ordinal markers 第一道/第二道/第三道, 首次, 唯一, "
    "一个 (idiom), 一个又一个, 一步 (每一步), 一路 ×2, 第一 ×2.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
