"""Gold annotations for nw_cctv_20250518_zhejiang_open_2025 (corpora/).

央视网消息（新闻联播）, 2025-05-18: 以开放促发展 以发展促开放 浙江加快建设高能级开放强省.
The excerpt is the whole source, lines 1-13 of
shared/texts/news/nw_cctv_20250518_zhejiang_open_2025.txt (a short news item of 1,463
characters, so all of it is taken), copied by code from the source bytes, never retyped.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20250518_zhejiang_open_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20250518_zhejiang_open_2025"
PLACE = "浙江省"
REF = "2025-05-18"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 13                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "以开放促发展 以发展促开放 浙江加快建设高能级开放强省"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="80%以上的就业。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
ARTICLE_NOTE = "一 + classifier used as an indefinite article, not a count"

ZJ = dict(subject="浙江省", subject_alts=["浙江", "全省"])
YIWU = dict(subject="义乌市", subject_alts=["义乌", "金华义乌", "金华市义乌市", "浙江省义乌市",
                                          "浙江省金华市义乌市"])
JIAXING = dict(subject="嘉兴市", subject_alts=["嘉兴", "浙江省嘉兴市"])
NIDEC = dict(subject="尼得科集团", subject_alts=["尼得科", "日本尼得科集团", "来自日本的尼得科集团"])

NOW = P("如今", REF, REF)
NOW_ALTS = [P("如今", None, REF), P("如今", None, None)]
Y2024 = P("2024年", "2024-01-01", "2024-12-31")
Y2007 = P("2007年", "2007-01-01", "2007-12-31")
NOV2006 = P("当年11月", "2006-11-01", "2006-11-30")
SPAN0307 = P("2003年至2007年", "2003-01-01", "2007-12-31")
TWENTY = P("20多年来", None, REF)
TWENTY_ALTS = [P("20多年来", None, None), P("20多年来", "2005-01-01", REF)]
TODAY_ALTS = [P("今天", REF, REF)]  # 今天的浙江商贸繁荣 (line 5) sums up lines 3-4 as today

# ---- line 1: title (no numerals) --------------------------------------------------------

# ---- line 2 -------------------------------------------------------------------------------
g.neg("基础、注入持续动能。20多年来", "20多年来",
      PERIOD_NOTE + " ('for more than 20 years', since 习近平's 2003-2007 work in 浙江; not a "
      "duration fact, as 近三年来 in README §2)")

# ---- line 3: 宁波舟山港 ----------------------------------------------------------------------
PORT = dict(subject="宁波舟山港", subject_alts=["宁波舟山港港口", "浙江省", "浙江"])
g.fact("平均每天进出口标箱超10万个", "10万个", value=1e5, unit="count", kind="count",
       bound="gt", classifier="个", metric="日均进出口标箱",
       metric_alts=["进出口标箱", "平均每天进出口标箱", "每天进出口标箱", "日均进出口标箱量",
                    "进出口标箱量", "标箱"],
       **PORT, period_alts=TODAY_ALTS,
       note="超 → gt (outside the span); a rate per day → 日均 in the metric (SPEC §3: base "
            "unit, rate in the metric); 标箱 (TEU) is the counted noun, 个 the classifier; the "
            "port owns the number (README §4); no period expression in the line and no "
            "document period in a feature item → null (present tense, the time of the story)")
STREAK = P("连续16年", "2009-01-01", "2024-12-31")
g.fact("货物吞吐量连续16年全球第一", "16年", value=16, unit="year", kind="amount",
       metric="货物吞吐量全球第一持续时间",
       metric_alts=["货物吞吐量居全球第一持续时间", "货物吞吐量连续全球第一",
                    "货物吞吐量连续全球第一年数", "货物吞吐量全球第一年数", "连续全球第一",
                    "货物吞吐量全球第一时长", "货物吞吐量"],
       **PORT, period_alts=[STREAK],
       note="length of the streak (连续16年) → 16 year, metric <what kept on>持续时间 as the "
            "streak golds (nw_cctv_20240428_northeast_2024, wr_jiangsu_2025); no period in "
            "the line → null; the streak itself (2009-2024, the 16 full years up to 2024) as "
            "an alt")
g.fact("连续16年全球第一", "第一", value=1, unit="rank", kind="rank", scope="全球",
       metric="货物吞吐量",
       metric_alts=["货物吞吐量排名", "港口货物吞吐量", "货物吞吐量全球排名"],
       **PORT, period_alts=[P("连续16年", "2024-01-01", "2024-12-31"), STREAK],
       note="rank among the world's ports by cargo throughput; scope 全球 outside the span; "
            "no period expression → null (the last full year 2024 and the streak as alts)")

# ---- line 4: 义乌 ------------------------------------------------------------------------
g.fact("常驻外商达到了1.8万名", "1.8万名", value=18000, unit="count", kind="count",
       classifier="名", metric="常驻外商",
       metric_alts=["常驻外商数量", "外商", "常驻外商人数"], **YIWU, period_alts=TODAY_ALTS,
       note="金华义乌 → 义乌市 (a county-level city of 金华市; the surface as alt); a stock "
            "(达到了) with no period expression in the line → null")
g.fact("各类外资主体超9000家", "9000家", value=9000, unit="count", kind="count",
       bound="gt", classifier="家", metric="外资主体",
       metric_alts=["各类外资主体", "云集于此的各类外资主体", "外资主体数量", "外资企业"],
       **YIWU, period_alts=TODAY_ALTS, note="超 → gt (outside the span); no period → null")
g.fact("日均客流量达到22万人次", "22万人次", value=220000, unit="count", kind="count",
       classifier="人次", metric="日均客流量",
       metric_alts=["客流量", "日均客流", "国际商贸城日均客流量"],
       subject="义乌国际商贸城",
       subject_alts=["国际商贸城", "义乌市", "义乌", "金华义乌", "义乌中国小商品城"],
       period_alts=TODAY_ALTS,
       note="仅国际商贸城 'the 国际商贸城 alone': the market owns the number (README §4), the "
            "city as alt; 人次 is the classifier (SPEC §3); 仅 is a focus word, not a bound "
            "(eq); no period → null")

# ---- line 5 ------------------------------------------------------------------------------
g.neg("由于“七山一水二分田”", "七山一水二分田",
      "traditional saying (70% mountains, 10% water, 20% farmland) quoted as a label of "
      "浙江's terrain, not a measured share (judgement call)")

g.neg("浙江在发展中一直面临", "一直", "adverb 一直 'all along', not a quantity")

# ---- line 6 ------------------------------------------------------------------------------
g.neg("2004年，时任浙江省委书记", "2004年", PERIOD_NOTE)
g.neg("。2005年，他进一步指出", "2005年", PERIOD_NOTE)

# ---- line 7 ------------------------------------------------------------------------------
g.fact("优化环境三项工作", "三项", value=3, unit="count", kind="count", classifier="项",
       metric="工作",
       metric_alts=["统筹抓好工作", "工作数量", "抓好工作", "统筹抓好的工作"], **ZJ,
       period_alts=[P("2004年", "2004-01-01", "2004-12-31"),
                    P("2005年", "2005-01-01", "2005-12-31")],
       note="count of the three named tasks (“引进来”、“走出去”、优化环境), classifier 项, "
            "as 七条措施 (README §2) and 6方面 in doc004 (judgement call: a set label reading "
            "as negative is possible; it is not an X大 label); the line has no period "
            "expression → null (the years 2004/2005 of the previous line as alts)")

# ---- line 8: 义乌's extended powers ---------------------------------------------------------
g.neg("作为一个县级市", "一个", ARTICLE_NOTE)
g.neg("。2005年11月，他要求", "2005年11月", PERIOD_NOTE)
g.neg("。2006年再次来这里", "2006年", PERIOD_NOTE)
g.neg("于当年11月亲自推动", "当年11月", PERIOD_NOTE + " (当年 = 2006 of the sentence → "
      "2006-11)")
g.neg("这是一次史无前例", "一次", ARTICLE_NOTE + " ('a ... expansion of powers')")
g.neg("的扩权，一次性赋予", "一次性", "adverb 一次性 'in one go', not a count")
g.fact("义乌470多项经济社会管理权限", "470多项", value=470, unit="count", kind="count",
       bound="gt", classifier="项", metric="经济社会管理权限",
       metric_alts=["赋予经济社会管理权限", "赋予义乌经济社会管理权限", "经济社会管理权限数量",
                    "管理权限", "权限"],
       **YIWU, period=NOV2006,
       period_alts=[P("2006年", "2006-01-01", "2006-12-31"), P("当年11月", None, None)],
       note="多 inside the span → gt; the powers are granted to 义乌 (subject 义乌市; the "
            "granting province is not the owner); 当年11月 (= November 2006, the pilot "
            "launched) governs the next sentence (SPEC §4) → 2006-11 (the year 2006 and null "
            "as alts)")
g.neg("。2007年，义乌对外贸易", "2007年", PERIOD_NOTE)
g.fact("地区生产总值增幅超过了12%", "12%", value=12, unit="%", kind="growth", bound="gt",
       metric="地区生产总值",
       metric_alts=["地区生产总值增幅", "GDP", "生产总值", "地区生产总值增速"],
       **YIWU, period=Y2007, comparison="yoy",
       note="超过 → gt (outside the span); 增幅 → growth, yoy by default; 当年 = 2007年 of "
            "the sentence → 2007")

# ---- line 9 ------------------------------------------------------------------------------
g.neg("浙江改革开放的一个缩影", "一个", ARTICLE_NOTE + " ('a microcosm')")
g.neg("数据显示，2003年至2007年", "2003年至2007年", PERIOD_NOTE + " (2003..2007)")
FDI_ALTS = ["外商直接投资", "累计实际利用外商直接投资", "实际利用外资", "引进外资",
            "实际使用外商直接投资", "利用外商直接投资"]
g.fact("累计实际利用外商直接投资391亿美元", "391亿美元", value=391e8, unit="USD",
       kind="amount", metric="实际利用外商直接投资", metric_alts=FDI_ALTS, **ZJ,
       period=SPAN0307, period_alts=[P("2003年至2007年", "2007-12-31", "2007-12-31")],
       note="美元 → USD (SPEC §3: foreign currencies by ISO code), 亿 ×1e8; 累计 over "
            "2003年至2007年 = the sum of the flows of the span → the span (the instant at its "
            "end as an alt)")
g.fact("年均增长26.8%", "26.8%", value=26.8, unit="%", kind="growth",
       metric="实际利用外商直接投资",
       metric_alts=FDI_ALTS + ["实际利用外商直接投资年均增速", "实际利用外商直接投资年均增长",
                               "引进外资年均增长"],
       **ZJ, period=SPAN0307, comparison="年均",
       note="average annual growth over 2003..2007 (comparison = the surface basis 年均, as "
            "nw_cctv_20240422_west_2024 and nw_cctv_20250914_shanxi_neimenggu_2025); the level "
            "and its growth share the metric (README §3)")
g.neg("浙江一任接着一任干", "一任接着一任",
      "idiom 一任接着一任干 'term after term', not a quantity")

# ---- line 10 -----------------------------------------------------------------------------
g.neg("党的十八大以来", "十八大", "congress name 十八大 inside the period expression "
      "党的十八大以来 (no number follows), not a quantity")

# ---- line 11 -----------------------------------------------------------------------------
g.fact("民营经济高质量发展的32条措施", "32条", value=32, unit="count", kind="count",
       classifier="条", metric="促进民营经济高质量发展的措施",
       metric_alts=["促进民营经济高质量发展措施", "民营经济高质量发展措施", "措施", "出台措施",
                    "促进民营经济高质量发展的措施数量", "措施数量"],
       **ZJ,
       note="count of measures, as 七条措施 (README §2) and “33条”增量政策 in wr_jiangsu_2025; "
            "no period expression in the line (党的十八大以来 of the previous line does not "
            "cross the paragraph) → null")
g.fact("等9个方面精准施策", "9个", value=9, unit="count", kind="count", classifier="个",
       metric="施策方面",
       metric_alts=["方面", "精准施策方面", "精准施策的方面", "优化营商环境条例施策方面",
                    "方面数量"],
       subject="浙江省",
       subject_alts=["浙江", "优化营商环境条例", "浙江省优化营商环境条例"],
       note="count of the areas of action of the 优化营商环境条例 (as 6方面 in doc004); the "
            "province acts (浙江…实施了…条例), the regulation as alt; no period → null")

# ---- line 12 -----------------------------------------------------------------------------
g.fact("已有16个工厂落户嘉兴平湖", "16个", value=16, unit="count", kind="count",
       classifier="个", metric="工厂",
       metric_alts=["落户嘉兴平湖的工厂", "落户工厂", "工厂数量", "落户平湖的工厂"],
       **NIDEC, period=NOW, period_alts=NOW_ALTS,
       note="the company owns the number (its factories in 平湖市, 嘉兴); 如今 opens the line "
            "and 已有 is a stock → instant at the reference date (null..ref and null as alts)")
g.neg("嘉兴平湖，20多年来", "20多年来", PERIOD_NOTE + " (since about the early 2000s)")
g.fact("企业先后增资33次", "33次", value=33, unit="count", kind="count", classifier="次",
       metric="增资",
       metric_alts=["增资次数", "先后增资", "企业增资", "增资数量"],
       **NIDEC, period=TWENTY, period_alts=TWENTY_ALTS,
       note="企业 = 尼得科集团 of the sentence; 20多年来 → open start (about 20-odd years "
            "before the reference date), end at the reference date (null and a 2005 start as "
            "alts)")
g.fact("吸引115个国家和地区", "115个", value=115, unit="count", kind="count", classifier="个",
       metric="国家和地区",
       metric_alts=["外资来源国家和地区", "吸引国家和地区", "国家和地区数量", "外资项目来源国家和地区",
                    "累计吸引国家和地区"],
       **JIAXING, period=P("20多年来", REF, REF),
       period_alts=[TWENTY, P("如今", REF, REF), P("20多年来", None, None)],
       note="嘉兴 → 嘉兴市; 累计吸引…落地 = the stock of projects now → instant at the "
            "reference date (the end of the governing 20多年来, which replaced 如今; the open "
            "span and null as alts); the countries of origin of the projects, counted (个)")
g.fact("的1万多个外资项目落地", "1万多个", value=1e4, unit="count", kind="count", bound="gt",
       classifier="个", metric="外资项目",
       metric_alts=["外资项目落地", "落地外资项目", "累计吸引外资项目", "吸引外资项目",
                    "外资项目数量", "落地的外资项目"],
       **JIAXING, period=P("20多年来", REF, REF),
       period_alts=[TWENTY, P("如今", REF, REF), P("20多年来", None, None)],
       note="多 inside the span → gt; 累计 → stock, instant at the reference date as 115个")
g.neg("推动新一代信息技术", "一代",
      "一代 of 新一代信息技术 (an industry name), not a quantity")

# ---- line 13 -----------------------------------------------------------------------------
g.neg("2024年，浙江新设企业", "2024年", PERIOD_NOTE)
g.fact("新设企业和个体户162.5万户", "162.5万户", value=1625000, unit="count", kind="count",
       classifier="户", metric="新设企业和个体户",
       metric_alts=["新设经营主体", "新设企业和个体户数量", "新设市场主体", "新设企业和个体工商户",
                    "经营主体增量"],
       **ZJ, period=Y2024,
       note="户 is the classifier (SPEC §3); new registrations during 2024 (a flow) → 2024")
g.fact("经营主体数量达1095.17万户", "1095.17万户", value=10951700, unit="count",
       kind="count", classifier="户", metric="在册经营主体数量",
       metric_alts=["在册经营主体", "经营主体数量", "经营主体", "年底在册经营主体数量",
                    "在册经营主体数"],
       **ZJ, period=P("年底", "2024-12-31", "2024-12-31"),
       period_alts=[P("2024年", "2024-01-01", "2024-12-31")],
       note="年底 (of 2024年) → a stock at the end of 2024, instant 2024-12-31 (the year as "
            "an alt); 达 → eq")
g.fact("浙江地区生产总值超过9万亿元", "9万亿元", value=9e12, unit="CNY", kind="amount",
       bound="gt", metric="地区生产总值",
       metric_alts=["GDP", "生产总值", "地区生产总值总量", "经济总量"],
       **ZJ, period=Y2024,
       note="超过 → gt (outside the span); 万亿 ×1e12; 2024年 of the line governs")
g.fact("民营经济占比达67.4%", "67.4%", value=67.4, unit="%", kind="share",
       metric="民营经济占比",
       metric_alts=["民营经济占地区生产总值比重", "民营经济增加值占地区生产总值比重",
                    "民营经济占GDP比重", "民营经济比重", "民营经济占地区生产总值的比重",
                    "民营经济增加值占比"],
       **ZJ, period=Y2024,
       note="其中 = of 浙江's GDP → the private economy's share of it; 达 → eq; 2024")
g.fact("全省80%以上的进出口", "80%", value=80, unit="%", kind="share", bound="ge",
       metric="民营经济占进出口比重",
       metric_alts=["民营经济贡献的进出口占比", "民营经济进出口占比", "民营经济占进出口的比重",
                    "民营经济占全省进出口比重", "进出口", "民营经济贡献进出口占比",
                    "民营企业进出口占比"],
       subject="浙江省", subject_alts=["浙江", "全省", "民营经济"], period=Y2024,
       note="以上 → ge (outside the span); the share of 全省 exports+imports contributed by "
            "the private economy; 全省 → 浙江省 (民营经济 as alt); 2024年 still governs")
g.fact("、80%以上的就业", "80%", value=80, unit="%", kind="share", bound="ge",
       metric="民营经济占就业比重",
       metric_alts=["民营经济贡献的就业占比", "民营经济就业占比", "民营经济占就业的比重",
                    "民营经济占全省就业比重", "就业", "民营经济贡献就业占比"],
       subject="浙江省", subject_alts=["浙江", "全省", "民营经济"], period=Y2024,
       note="as the 80% of 进出口 (全省 distributes over both)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-13 (1,463 "
    "characters, a byte copy made by code): a short 新闻联播 item, so all of it is taken. "
    "Date: 2025-05-18, the broadcast date given by the source meta (file name of the daily "
    "transcript and the 查看原文 URL); the text agrees: its latest data are the full year "
    "2024 (2024年…年底在册经营主体), and the vivo HQ is 正加快建设. The text has no 今年/全年/"
    "上年; 如今/眼下 = the reference date. Place: 浙江省 (the item is about the province; "
    "宁波舟山港, 义乌市, 嘉兴市, 尼得科集团, 义乌国际商贸城 own their numbers). Title: line 1 "
    "as written. Periods: a feature item with no document period; lines 3, 4, 7 and 11 have "
    "no period expression → null (present-tense stocks; alts where a reading is plausible). "
    "当年11月 (= 2006-11) governs the 470多项 of the next sentence; 2007年/当年 → 2007; "
    "2003年至2007年 → the span for the 累计 FDI flow and its 年均 growth; line 12: 如今 → "
    "instant at the reference date for 已有16个工厂, 20多年来 → null..ref for 33次增资, and "
    "the 累计 stocks of 嘉兴 (115个, 1万多个) → instant at the reference date; line 13: "
    "2024年 governs, 年底 → 2024-12-31 for the registered stock. Judgement calls: 三项工作 → "
    "count (the three named tasks), 9个方面 → count (as 6方面 in doc004); 七山一水二分田 → "
    "negative (saying); 连续16年全球第一 → a 16-year streak (duration) and rank 1 (scope 全球); "
    "the two 80%以上 → shares owned by 浙江省 (民营经济 as alt). Negatives: 20多年来 ×2, "
    "七山一水二分田, 2004年, 2005年, 2005年11月, 2006年, 当年11月, 2007年, 2003年至2007年, "
    "2024年 (periods), 一个 ×2, 一次, 一次性, 一任接着一任, 十八大, 一代 (新一代), 一直 "
    "(adverb 'all along').")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
