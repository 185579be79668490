"""Gold annotations for nw_cctv_20230723_liaoning_2023 (corpora/).

央视网消息（新闻联播）, 2023-07-23: 【新时代新征程新伟业——真抓实干推动高质量发展】辽宁发挥产业优势
助力招商引资.  The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20230723_liaoning_2023.txt (a short 新闻联播 item of 573
characters, so all of it is taken), copied by code from the source bytes, never retyped.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20230723_liaoning_2023.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20230723_liaoning_2023"
PLACE = "辽宁省"
REF = "2023-07-23"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "辽宁发挥产业优势 助力招商引资"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="【新时代新征程新伟业", ends="22个重点产业集群。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2023-07-23, the broadcast day).  今年 = 2023; 今年前5个月 =
# 2023-01-01..2023-05-31 (cumulative); 不久前 / 近年来 = up to the reference date (open
# start); 6月底 = the end of June 2023 (the signing); 未来 = open, no dates.
M5 = P("今年前5个月", "2023-01-01", "2023-05-31")
Y = P("今年", "2023-01-01", "2023-12-31")
Y_ALTS = [P("今年", "2023-01-01", REF), P("今年", None, None)]
RECENT = P("不久前", None, REF)
RECENT_ALTS = [P("不久前", REF, REF), P("不久前", None, None)]
YEARS = P("近年来", None, REF)
YEARS_ALTS = [P("近年来", None, None), P("近年来", REF, REF)]
JUNE = P("6月底", "2023-06-30", "2023-06-30")
JUNE_ALTS = [P("6月底", "2023-06-21", "2023-06-30"), P("6月底", "2023-06-01", "2023-06-30"),
             P("今年", "2023-01-01", "2023-12-31")]
FUTURE = P("未来", None, None)
FUTURE_ALTS = [P("未来", REF, None)]

LN = dict(subject="辽宁省", subject_alts=["辽宁"])
DSG = dict(subject="大连数谷经济区",
           subject_alts=["大连数谷", "大连市大连数谷经济区", "大连市", "辽宁省"])

# ---- line 1: title (no numerals) --------------------------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.neg("今年前5个月，固定资产投资", "今年前5个月", PERIOD_NOTE + " (前5个月 is not a duration fact)")
g.fact("固定资产投资同比增长5.5%", "5.5%", value=5.5, unit="%", kind="growth",
       metric="固定资产投资",
       metric_alts=["固定资产投资增速", "固定资产投资增长", "全省固定资产投资"],
       **LN, period=M5, comparison="yoy",
       note="同比 → yoy; 今年前5个月 = 2023-01-01..2023-05-31 (cumulative)")
g.fact("高技术产业投资增长66.3%", "66.3%", value=66.3, unit="%", kind="growth",
       metric="高技术产业投资",
       metric_alts=["高技术产业投资增速", "高技术产业投资增长"],
       **LN, period=M5, comparison="yoy",
       note="其中 = part of the 固定资产投资 just named; growth without a basis → yoy; the "
            "period of the clause before governs")

# ---- line 3 ----------------------------------------------------------------------------
g.fact("阿里云等12家新入驻企业", "12家", value=12, unit="count", kind="count",
       classifier="家", metric="新入驻企业",
       metric_alts=["入驻企业", "新入驻企业数量", "入驻企业增量", "新入驻企业增量",
                    "迎来新入驻企业", "企业"],
       **DSG, period=RECENT, period_alts=RECENT_ALTS,
       note="the economic zone received (迎来) 12 new firms → the zone owns the count "
            "(README §4: the place/organisation that the number belongs to); newly arrived "
            "firms keep the noun, 增量 as alts (README §3); 不久前 → null..reference date "
            "(alts: the instant, text only)")
g.fact("在内的近400家知名企业", "400家", value=400, unit="count", kind="count",
       classifier="家", bound="approx", metric="入驻知名企业、机构",
       metric_alts=["知名企业、机构", "入驻的知名企业、机构", "吸引入驻的知名企业、机构",
                    "吸引知名企业、机构入驻", "入驻企业、机构", "知名企业", "入驻企业",
                    "入驻知名企业", "企业、机构", "入驻企业数量", "知名企业、机构数量"],
       **DSG, period=YEARS, period_alts=YEARS_ALTS,
       note="近 → approx (outside the span); 已经吸引了…入驻 = the firms present now (a stock); "
            "近年来 → null..reference date as in README §5 (alts: text only, and the stock "
            "instant at the reference date)")

# ---- line 4 ----------------------------------------------------------------------------
g.fact("选派上万名干部", "上万名", value=1e4, unit="count", kind="count", classifier="名",
       bound="ge", metric="选派干部",
       metric_alts=["干部", "深入园区走访帮扶的干部", "选派深入园区走访帮扶的干部",
                    "深入园区走访帮扶干部", "选派干部数量", "干部数量", "走访帮扶干部"],
       **LN, period=Y, period_alts=Y_ALTS,
       note="上万 = 'ten thousand or more' → ge, 上 kept in the span (README §1: 上万个); "
            "今年 opens the line → 2023 (alts: year to date, null)")
g.neg("迎来了新一轮的投资热潮", "一轮", "新一轮 'a new round (wave)', not a count")
HUARUN = dict(subject="华润热电",
              subject_alts=["华润热电热电联产工程", "华润热电2×350兆瓦热电联产工程",
                            "热电联产工程", "沈阳华润热电", "沈阳市", "辽宁省"])
g.fact("华润热电2×350兆瓦", "2", value=2, unit="count", kind="count", classifier="台",
       metric="热电联产机组",
       metric_alts=["机组", "机组数量", "热电联产机组数量", "热电联产工程机组", "发电机组"],
       **HUARUN, period=Y, period_alts=[P("今年", None, None)], modality="target",
       note="2×350兆瓦 = two generating units of 350 MW each, written into the project's name "
            "(README §2: capacities in project names are facts). Judgement call: annotated as "
            "two facts, the number of units (2, classifier 台 implied: the text writes no "
            "measure word) and the unit capacity (350兆瓦); a single 700 MW fact over the "
            "span 2×350兆瓦 would be the other reading. Project under construction (正在紧张"
            "施工) → target; 今年 of the line governs (null as alt)")
g.fact("华润热电2×350兆瓦", "350兆瓦", value=3.5e8, unit="W", kind="amount",
       metric="单机容量",
       metric_alts=["机组容量", "单机装机容量", "热电联产机组容量", "热电联产机组单机容量",
                    "装机容量", "热电联产工程装机容量", "热电联产工程容量", "热电联产工程规模"],
       **HUARUN, period=Y, period_alts=[P("今年", None, None)], modality="target",
       note="兆瓦 = 1e6 W → 3.5e8 W per unit (see the 2 units just before); designed capacity "
            "of a project being built → target")
PANJIN = dict(subject="石化项目",
              subject_alts=["盘锦石化项目", "北方集团、沙特阿美公司", "北方集团", "沙特阿美公司",
                            "盘锦市", "辽宁省"])
g.fact("总金额超800亿元的石化项目", "800亿元", value=8e10, unit="CNY", kind="amount",
       bound="gt", metric="总金额",
       metric_alts=["总投资", "投资总金额", "投资总额", "投资金额", "投资", "联合投资",
                    "石化项目总金额", "石化项目总投资", "石化项目投资"],
       **PANJIN, period=Y, period_alts=[P("今年", None, None)], modality="target",
       note="超 → gt (outside the span); the jointly invested project owns its total (the "
            "investors as alts); project being pushed forward (加速推进), the money not yet "
            "spent → target as a project's planned investment; 今年 governs the line")
SINOCHEM = dict(subject="精细化工项目",
                subject_alts=["中国中化", "中国中化精细化工项目", "葫芦岛精细化工项目",
                              "葫芦岛市", "辽宁省"])
g.fact("中国中化投资100亿元", "100亿元", value=1e10, unit="CNY", kind="amount",
       metric="投资",
       metric_alts=["总投资", "投资额", "投资金额", "精细化工项目投资", "项目投资",
                    "中国中化投资"],
       **SINOCHEM, period=Y, period_alts=[P("今年", None, None)], modality="target",
       note="the project's investment (中国中化 the investor, as an alt subject); construction "
            "just began (打下第一根地桩) → target")
g.neg("打下第一根地桩", "第一根", "ordinal 第一根 'the first pile' (start of construction), "
      "not a rank or count")
g.neg("6月底，29家央企", "6月底", PERIOD_NOTE + " (the date of the signing)")
g.fact("6月底，29家央企", "29家", value=29, unit="count", kind="count", classifier="家",
       metric="签约央企",
       metric_alts=["央企", "与辽宁签约的央企", "签约央企数量", "央企数量", "签约中央企业"],
       **LN, period=JUNE, period_alts=JUNE_ALTS,
       note="the central SOEs that signed with 辽宁 (the province is the other party and owns "
            "the tally of its signings); 6月底 replaces 今年 → the end of June 2023 (alts: "
            "the last ten days of June, all of June, the year)")
g.fact("签约64个项目", "64个", value=64, unit="count", kind="count", classifier="个",
       metric="签约项目",
       metric_alts=["项目", "签约项目数量", "央企签约项目", "与央企签约项目"],
       **LN, period=JUNE, period_alts=JUNE_ALTS)
g.fact("总投资超过2300亿元", "2300亿元", value=2.3e11, unit="CNY", kind="amount", bound="gt",
       metric="签约项目总投资",
       metric_alts=["总投资", "签约总投资", "项目总投资", "签约金额", "签约项目投资",
                    "总投资额", "投资"],
       **LN, period=JUNE, period_alts=JUNE_ALTS,
       note="超过 → gt (outside the span); the total investment of the signed projects, "
            "actual as the signing tally (as 签约项目…总投资超2600亿元 in wr_hunan_2025); the "
            "target reading (money not yet invested) was weighed and rejected")

# ---- line 5 ----------------------------------------------------------------------------
g.fact("今年计划投资50多亿元", "50多亿元", value=5e9, unit="CNY", kind="amount", bound="gt",
       metric="投资",
       metric_alts=["计划投资", "投资额", "计划投资额", "风电主机制造基地投资",
                    "投资建立风电主机制造基地"],
       subject="新能源装备企业",
       subject_alts=["这家总部在浙江的新能源装备企业", "总部在浙江的新能源装备企业",
                     "浙江新能源装备企业", "风电主机制造基地", "辽宁省"],
       period=Y, period_alts=Y_ALTS[:1], modality="target",
       note="多 inside the span → gt; 计划 → target; the (unnamed) company owns its planned "
            "investment; 今年 → 2023")

# ---- line 6 ----------------------------------------------------------------------------
g.fact("冶金新材料3个万亿元级", "3个", value=3, unit="count", kind="count", classifier="个",
       metric="万亿元级产业基地",
       metric_alts=["万亿级产业基地", "产业基地", "万亿元级产业基地数量", "建设万亿元级产业基地"],
       **LN, period=FUTURE, period_alts=FUTURE_ALTS, modality="target",
       note="将加快建设 → target; the class 万亿元级 is part of the metric (SPEC §2); 未来 → "
            "text only")
g.neg("3个万亿元级产业基地", "万亿元级", "threshold/class label defining the bases counted "
      "(SPEC §2: part of the count's metric), not a fact")
g.fact("新能源汽车等22个重点产业集群", "22个", value=22, unit="count", kind="count",
       classifier="个", metric="重点产业集群",
       metric_alts=["产业集群", "重点产业集群数量", "做大做强重点产业集群"],
       **LN, period=FUTURE, period_alts=FUTURE_ALTS, modality="target",
       note="将…做大做强 → target; 未来 → text only")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 ("
    f"{len(text)} characters, a byte copy made by code): a short 新闻联播 item (under 2,000 "
    "characters), so all of it is taken. Title: the headline of line 1 without the column tag "
    "【新时代新征程新伟业——真抓实干推动高质量发展】. Date: 2023-07-23, the broadcast date of "
    "the source meta (file name of the daily transcript and the 查看原文 URL); the text agrees: "
    "its latest statistics are 今年前5个月 (published in mid/late June) and it reports a "
    "signing of 6月底. 今年 = 2023; 今年前5个月 = 2023-01-01..2023-05-31; 6月底 = the end of "
    "June 2023 (instant 2023-06-30; the last ten days and the month as alts); 不久前 and 近年来 "
    "= null..2023-07-23; 未来 = text only. There is no 全年/上年 in the text. Place: 辽宁省 "
    "(辽宁 → 辽宁省). Subjects: the province owns investment growth, cadres, signings and the "
    "planned bases/clusters; 大连数谷经济区 owns its firm counts; each project owns its "
    "investment or capacity (investors, city and province as alts); the unnamed 浙江 "
    "new-energy equipment firm owns its planned 50多亿元. Judgement calls: 2×350兆瓦 → two "
    "facts (2 units, classifier 台 implied, and 350兆瓦 unit capacity), not one 700 MW fact; "
    "project investments/capacities under construction → target; the signed 2300亿元 → "
    "actual (signing tally, as in wr_hunan_2025); 今年 of line 4 governs the project facts "
    "of that line (null as alt). Negatives: 今年前5个月, 6月底 (periods), 一轮 (新一轮), 第一根 "
    "(ordinal), 万亿元级 (class label).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
