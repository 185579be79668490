"""Gold annotations for nw_cctv_20170228_china_communique_2016 (corpora/).

央视网消息(新闻联播), 2017-02-28: 2016统计公报发布 “十三五”实现良好开局.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20170228_china_communique_2016.txt (a short news item, so all of
it is taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20170228_china_communique_2016.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20170228_china_communique_2016"
PLACE = "中国"
REF = "2017-02-28"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "2016统计公报发布 “十三五”实现良好开局"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="明显高于前两年。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLAN_NOTE = "plan name 十三五 (the 13th Five-Year Plan), not a quantity"

# Periods (reference date 2017-02-28, the broadcast day: 国家统计局今天公布了2016年…统计公报).
# Every number-bearing line opens with 2016年 / 2016年全年 = 2016-01-01..2016-12-31; 比上年 /
# 比上一年 (2015) is a comparison basis; 连续4年 = the streak 2013..2016 (alt); 前两年 (2014,
# 2015) after 高于 is a comparison basis.  The item reports the 2016 communiqué, so 2016 is
# also its document period (no number here depends on it).
Y = P("2016年", "2016-01-01", "2016-12-31")
YF = P("2016年全年", "2016-01-01", "2016-12-31")
STREAK = P("连续4年", "2013-01-01", "2016-12-31")

CN = dict(subject="中国", subject_alts=["我国", "全国", "中国经济"])
GDP = "国内生产总值"
GDP_ALTS = ["GDP", "国内生产总值增速", "GDP增速", "经济增长", "经济增速"]

# ---- line 1: title ---------------------------------------------------------------------------
g.neg("2016统计公报", "2016", "year in the name of the publication (2016统计公报, the "
      "communiqué on 2016), not a fact")
g.neg("“十三五”实现良好开局", "十三五", PLAN_NOTE + " (title)")

# ---- line 2 ---------------------------------------------------------------------------------
g.neg("公布了2016年国民经济", "2016年", "year in the title of the publication (2016年国民经济和"
      "社会发展统计公报), not a fact")
g.neg("“十三五”规划的开局之年", "十三五", PLAN_NOTE)

# ---- line 3 ---------------------------------------------------------------------------------
g.neg("公报数据显示，2016年", "2016年", PERIOD_NOTE)
g.fact("国内生产总值比上年增长6.7%", "6.7%", value=6.7, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_ALTS, **CN, period=Y, comparison="yoy",
       note="比上年 → yoy (上年 = 2015 is the basis, not a period); 我国 → 中国")
INC = "国内生产总值增量"
INC_ALTS = ["增量", "GDP增量", "经济增量", "国内生产总值增加额"]
g.fact("4.6万亿元的增量", "4.6万亿元", value=4.6e12, unit="CNY", kind="amount", metric=INC,
       metric_alts=INC_ALTS, **CN, period=Y,
       note="the absolute increase of GDP in 2016 over 2015: SPEC §2 absolute change → the "
            "level's metric + 增量 (国内生产总值增量); comparison null (as on every amount)")
g.neg("的增量比上一年增加", "上一年", "date expression naming the comparison basis (2015) of "
      "1600多亿元, not a fact and not its period (SPEC §4)")
g.fact("比上一年增加了1600多亿元", "1600多亿元", value=1600e8, unit="CNY", kind="amount",
       bound="gt", metric="国内生产总值增量增量",
       metric_alts=["增量增量", "国内生产总值增量", "增量", "GDP增量增量", "GDP增量",
                    "国内生产总值增量比上一年增加", "增量比上一年增加"],
       **CN, period=Y,
       note="多 inside the span → gt; the 2016 increment (4.6万亿) is 1600多亿 larger than the "
            "2015 one: an absolute change of the increment, so by SPEC §2 the metric is the "
            "increment's metric + 增量 (judgement call; the increment itself as alt); "
            "comparison null")
g.neg("而万元国内生产总值能耗", "万元", "denominator of the intensity indicator (energy per "
      "万元 of GDP), part of the metric, not a quantity (as 万元地区生产总值 in wr_beijing_2025)")
g.fact("能耗却比上年下降了5%", "5%", value=-5, unit="%", kind="growth",
       metric="万元国内生产总值能耗",
       metric_alts=["单位国内生产总值能耗", "单位GDP能耗", "万元GDP能耗", "能耗强度", "能耗"],
       **CN, period=Y, comparison="yoy", note="下降 → negative; 比上年 → yoy")
g.fact("比重提高了1.7个百分点", "1.7个百分点", value=1.7, unit="pp", kind="change",
       metric="清洁能源消费比重",
       metric_alts=["清洁能源消费的比重", "清洁能源消费占比", "清洁能源消费占能源消费总量比重",
                    "清洁能源比重"],
       **CN, period=Y, comparison="yoy",
       note="pp change of a share (README §3: the share's metric); 提高 → positive; the basis "
            "is the previous year (比上年 of the sentence) → yoy")
g.fact("贡献率为33.2%", "33.2%", value=33.2, unit="%", kind="share",
       metric="对世界经济增长的贡献率",
       metric_alts=["对世界经济增长贡献率", "中国对世界经济增长的贡献率", "我国对世界经济增长的贡献率",
                    "世界经济增长贡献率", "贡献率", "中国对世界经济增长贡献率"],
       **CN, period=Y, note="contribution rate → share; 2016年 of the line governs")

# ---- line 4 ---------------------------------------------------------------------------------
g.neg("从就业和收入看，2016年全年", "2016年全年", PERIOD_NOTE)
JOBS_ALTS = ["城镇新增就业人数", "新增就业", "全年城镇新增就业"]
g.fact("城镇新增就业1314万人", "1314万人", value=1314e4, unit="count", kind="count",
       classifier="人", metric="城镇新增就业", metric_alts=JOBS_ALTS, **CN, period=YF,
       note="a flow over 2016, classifier 人")
g.fact("连续4年保持在", "4年", value=4, unit="year", kind="amount",
       metric="城镇新增就业保持在1300万人以上持续时间",
       metric_alts=["城镇新增就业保持在1300万人以上的年数", "城镇新增就业连续保持在1300万人以上",
                    "保持在1300万人以上持续时间", "连续保持在1300万人以上", "城镇新增就业持续时间"],
       **CN, period=YF, period_alts=[STREAK, P("连续4年", None, None)],
       note="length of the streak (连续4年), a duration fact as 连续8年稳定在千亿斤以上 in "
            "nw_sdsb_20220717; period 2016 (the streak's last year, governing), the streak "
            "2013..2016 and null as alts")
g.fact("保持在1300万人以上", "1300万人", value=1300e4, unit="count", kind="count",
       bound="ge", classifier="人", metric="城镇新增就业", metric_alts=JOBS_ALTS, **CN,
       period=YF, period_alts=[STREAK],
       note="以上 → ge (outside the span); the level held in each year of the streak (as "
            "稳定在千亿斤以上 in nw_sdsb_20220717) → 2016, the streak span as alt")
g.neg("。2016年全国居民", "2016年", PERIOD_NOTE)
INCOME = "居民人均可支配收入"
INCOME_ALTS = ["全国居民人均可支配收入", "人均可支配收入", "居民收入"]
g.fact("可支配收入23821元", "23821元", value=23821, unit="CNY", kind="amount", metric=INCOME,
       metric_alts=INCOME_ALTS, **CN, period=Y, note="全国 → 中国")
g.fact("比上年实际增长6.3%", "6.3%", value=6.3, unit="%", kind="growth", metric=INCOME,
       metric_alts=INCOME_ALTS + ["居民人均可支配收入增速", "居民人均可支配收入实际增长"], **CN,
       period=Y, comparison="yoy",
       note="实际 'real' (price-adjusted) growth; 比上年 → yoy")
g.fact("高于人均GDP增速0.2个百分点", "0.2个百分点", value=0.2, unit="pp", kind="change",
       metric="居民人均可支配收入增速",
       metric_alts=["居民人均可支配收入实际增速", "人均可支配收入增速", INCOME, "居民收入增速"],
       **CN, period=Y, comparison="比人均GDP增速",
       note="pp difference of growth rates (README §3: <metric>增速); 高于 → positive; "
            "comparison = the surface basis")

# ---- line 5 ---------------------------------------------------------------------------------
g.neg("进一步提高，2016年服务业", "2016年", PERIOD_NOTE)
SVC = "服务业增加值"
g.fact("增加值比上年增长7.8%", "7.8%", value=7.8, unit="%", kind="growth", metric=SVC,
       metric_alts=["服务业", "服务业增加值增速", "第三产业增加值"], **CN, period=Y,
       comparison="yoy")
g.fact("增长快1.1个百分点", "1.1个百分点", value=1.1, unit="pp", kind="change",
       metric="服务业增加值增速",
       metric_alts=["服务业增速", SVC, "服务业增加值增长", "服务业"],
       **CN, period=Y, comparison="比国内生产总值增长",
       note="pp difference of growth rates; 快 → positive; comparison = the surface basis")
g.fact("比重达51.6%", "51.6%", value=51.6, unit="%", kind="share",
       metric="服务业增加值占国内生产总值比重",
       metric_alts=["服务业增加值占GDP比重", "服务业比重", "服务业增加值比重", "服务业占比",
                    "服务业增加值占国内生产总值的比重", "占国内生产总值比重"],
       **CN, period=Y, note="达 → eq; the 服务业比重 of the line's opening clause")

# ---- line 6 ---------------------------------------------------------------------------------
g.neg("\n2016年，随着", "2016年", PERIOD_NOTE)
g.neg("一批具有标志性意义", "一批", "vague quantifier 一批 (README §2)")
PAT = "授予境内发明专利权"
PAT_ALTS = ["境内发明专利授权", "境内发明专利", "发明专利授权", "发明专利", "授予境内发明专利权数",
            "境内发明专利授权量"]
g.fact("发明专利权29.5万件", "29.5万件", value=29.5e4, unit="count", kind="count",
       classifier="件", metric=PAT, metric_alts=PAT_ALTS, **CN, period=Y,
       note="全年 continues 2016年 of the line; a flow (patents granted in 2016)")
g.fact("比上年增长15%", "15%", value=15, unit="%", kind="growth", metric=PAT,
       metric_alts=PAT_ALTS, **CN, period=Y, comparison="yoy")
TECH = "技术合同成交金额"
TECH_ALTS = ["签订技术合同成交金额", "技术合同成交额", "技术合同成交金额增速", "技术合同"]
g.fact("成交金额11407亿元", "11407亿元", value=11407e8, unit="CNY", kind="amount",
       metric=TECH, metric_alts=TECH_ALTS, **CN, period=Y)
g.fact("比上年增长16%", "16%", value=16, unit="%", kind="growth", metric=TECH,
       metric_alts=TECH_ALTS, **CN, period=Y, comparison="yoy")
g.neg("商事制度改革，2016年", "2016年", PERIOD_NOTE)
NEWF_ALTS = ["新登记企业数", "新登记企业数量", "新登记企业增量", "新设立企业", "企业"]
g.fact("新登记企业553万户", "553万户", value=553e4, unit="count", kind="count",
       classifier="户", metric="新登记企业", metric_alts=NEWF_ALTS, **CN, period=Y,
       note="户 is a classifier (SPEC §3); firms newly registered in 2016 (counted noun as "
            "metric, 增量 reading as alt, README §3)")
g.fact("平均每天新登记企业1.5万户", "1.5万户", value=1.5e4, unit="count", kind="count",
       classifier="户", metric="平均每天新登记企业",
       metric_alts=["日均新登记企业", "每天新登记企业", "新登记企业", "日均新登记企业数"],
       **CN, period=Y,
       note="a daily average (per-day rate: base unit count, the rate in the metric, SPEC "
            "§3); 2016年 governs")
g.neg("明显高于前两年", "前两年", "date expression naming the comparison basis (the two "
      "previous years, 2014-2015) of 1.5万户, not a fact and not its period (SPEC §4)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2017-02-28, the broadcast "
    "date given by the source meta (file name assets/2017/20170228.json, pubtime 2017-02-28 "
    "19:17:32); the text agrees: 国家统计局今天公布了2016年国民经济和社会发展统计公报 (the "
    "communiqué came out on 28 February 2017). 2016年 / 2016年全年 / 全年 = 2016-01-01.."
    "2016-12-31; 比上年 / 比上一年 (2015) and 前两年 (2014-2015) are comparison bases, not "
    "periods. Place: 中国 (national communiqué; 我国/全国 → 中国). Title: line 1 as written "
    "(no column tag). Periods: every number-bearing line opens with 2016年, which is also "
    "the document period. Judgement calls: 4.6万亿元的增量 → amount, metric 国内生产总值增量 "
    "(SPEC §2); 比上一年增加了1600多亿元 → the change of that increment, metric "
    "国内生产总值增量增量 (the increment as alt), gt; 连续4年 → duration fact (4 year, period "
    "2016, the streak 2013..2016 as alt), 1300万人以上 → count ge; 清洁能源消费的比重提高了"
    "1.7个百分点 → change pp, yoy; 高于人均GDP增速0.2个百分点 / 比国内生产总值增长快1.1个"
    "百分点 → pp differences, comparison = the surface basis; 平均每天新登记企业1.5万户 → "
    "count with the per-day rate in the metric. Negatives: 2016 (publication name), 2016年 "
    "×6 (the publication title and five periods), 2016年全年, 十三五 ×2 (plan name), 万元 "
    "(intensity denominator), 一批, 上一年 and 前两年 (comparison bases). Lexicalized, not listed: "
    "进一步.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
