"""Gold annotations for nw_cctv_20190908_suzhou_2019 (corpora/heldout/).

央视网消息（新闻联播）, 2019-09-08: 【风雨无阻 坚定前行】江苏苏州：智能制造引领产业升级.
The excerpt is the whole source, lines 1-12 of
shared/texts/news/nw_cctv_20190908_suzhou_2019.txt (a short 新闻联播 item, far shorter than
a usual excerpt, so all of it is taken), copied by code from the source bytes, never
retyped.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20190908_suzhou_2019.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20190908_suzhou_2019"
PLACE = "江苏省苏州市"
REF = "2019-09-08"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 12                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "江苏苏州：智能制造引领产业升级"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="【风雨无阻 坚定前行】", ends="实现向价值链的高端攀升。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
ARTICLE_NOTE = "一 + classifier used as an indefinite article ('a'), not a count"

# Periods (reference date 2019-09-08, the broadcast date; 今年 = 2019, 明年 = 2020).
H1 = P("今年上半年", "2019-01-01", "2019-06-30")
H1_B = P("上半年", "2019-01-01", "2019-06-30")
J7 = P("今年1至7月份", "2019-01-01", "2019-07-31")

SZ = dict(subject="苏州市", subject_alts=["江苏省苏州市", "苏州", "江苏苏州"])
FDI_ALTS = ["实际利用外资", "利用外资", "实际使用外资金额", "实际使用外资额", "外资"]
TECH_ALTS = ["以装备智能化升级改造为主的技术改造投资", "技改投资", "技术改造投资额",
             "工业技术改造投资", "技术改造投资完成额"]

# ---- line 1: title (no numerals) ------------------------------------------------------------

# ---- line 2: no numerals --------------------------------------------------------------------

# ---- line 3 ---------------------------------------------------------------------------------
g.neg("苏州工业园区内一家德国", "一家", ARTICLE_NOTE)
g.neg("在附近拿下一块地", "一块", ARTICLE_NOTE)

# ---- line 4 ---------------------------------------------------------------------------------
g.fact("已经在这里扎根20年", "20年", value=20, unit="year", kind="amount",
       metric="扎根年限",
       metric_alts=["扎根时间", "在苏州扎根年限", "扎根苏州年限", "在这里扎根", "扎根", "扎根时长",
                    "在苏州经营年限", "经营年限", "落户年限"],
       subject="博世汽车部件公司",
       subject_alts=["德国企业博世汽车部件公司", "博世", "博世汽车部件（苏州）有限公司",
                     "博世汽车部件(苏州)有限公司", "博世汽车部件"],
       period=None, period_alts=[P("已经", REF, REF)],
       note="duration up to now (已经在这里扎根20年, SPEC §3 year), cf. the 经营边贸生意 19年 "
            "gold; the firm owns it; no period expression before it in its line and no "
            "document period → null; the instant at the reference date as an alt")

# ---- line 5 ---------------------------------------------------------------------------------
g.neg("今年上半年，苏州市新设", "今年上半年", PERIOD_NOTE)
g.fact("新设外商投资项目475个", "475个", value=475, unit="count", kind="count",
       classifier="个", metric="新设外商投资项目",
       metric_alts=["外商投资项目", "新设外商投资项目数", "新设外商投资项目数量",
                    "外商投资项目增量", "外商投资项目数量增量", "新设外资项目", "外资项目"],
       **SZ, period=H1,
       note="新设外商投资项目 is the statistical indicator (a flow), kept whole as in the "
            "新设立外商投资企业 gold; noun and 增量 forms as alts")
g.fact("实际使用外资31.1亿美元", "31.1亿美元", value=3.11e9, unit="USD", kind="amount",
       metric="实际使用外资", metric_alts=FDI_ALTS, **SZ, period=H1,
       note="亿美元 → USD ×1e8")
g.fact("亿美元，增长15.9%", "15.9%", value=15.9, unit="%", kind="growth",
       metric="实际使用外资", metric_alts=FDI_ALTS + ["实际使用外资增速", "实际利用外资增速"],
       **SZ, period=H1, comparison="yoy",
       note="growth of the amount just named; 增长 without basis → yoy (README §6)")
g.neg("产业基础是一个重要原因", "一个", ARTICLE_NOTE)

# ---- line 6 ---------------------------------------------------------------------------------
g.neg("在苏州市高新区，一个由政府", "一个", ARTICLE_NOTE)
g.fact("由政府投资1.7亿元打造", "1.7亿元", value=1.7e8, unit="CNY", kind="amount",
       metric="政府投资",
       metric_alts=["投资", "总投资", "投资额", "政府投资额", "建设投资", "政府投资金额"],
       subject="智能制造融合发展中心大楼",
       subject_alts=["智能制造融合发展中心", "全国首个智能制造融合发展中心大楼",
                     "苏州市高新区智能制造融合发展中心", "苏州高新区智能制造融合发展中心",
                     "苏州市高新区", "苏州高新区", "苏州市", "政府"],
       period=None, period_alts=[P("刚刚建好", REF, REF)],
       note="the investment in the building (just completed → actual); the building owns "
            "it as a project owns its investment (cf. the 石化产业项目 gold), the 高新区 and "
            "the city as alts; no period before it in its line → null")
g.neg("打造的全国首个智能制造", "首个", "first-of-kind claim (全国首个), not a measured rank")
g.neg("明年五月投入使用", "明年五月", "date (May 2020, when the building will open), a "
      "period expression, not a fact")
g.neg("将有一批先进的", "一批", "quantifier 一批 (README §2)")

# ---- line 7 ---------------------------------------------------------------------------------
g.neg("为代表的一系列技术改造", "一系列", "quantifier 一系列 (README §2)")

# ---- line 8 ---------------------------------------------------------------------------------
SMALL = dict(subject="小家电制造企业",
             subject_alts=["这家小家电制造企业", "小家电制造企业车间", "车间", "企业"])
g.neg("从生产线的一端投进来", "一端", "'one end' of the line (cf. 两端), not a quantity")
g.fact("每9秒钟就会生产出", "9秒钟", value=9, unit="秒钟", kind="amount",
       metric="核心部件生产节拍",
       metric_alts=["生产一个核心部件用时", "生产节拍", "生产周期", "核心部件生产周期",
                    "生产一个检测合格的核心部件用时", "核心部件生产时间", "生产时间", "节拍",
                    "生产一个核心部件的时间", "每生产一个核心部件用时"],
       **SMALL, period=None,
       note="cycle time of the line (one tested core part every 9 seconds), a technical "
            "magnitude. SPEC §3 lists year and day (天, 日, 小时) as duration units but not the "
            "second: by its letter 秒钟 is an unknown unit, kept as the surface unit with kind "
            "amount and value 9, as 1分钟 in the nw_cctv_20241020_chongqing gold (check_gold.py "
            "warns; the converted reading would be 9/86400 day). The rate's 'one part' is the "
            "denominator (negative); no period in the line → null")
g.neg("就会生产出一个检测合格", "一个", "'one' part per 9-second cycle: the unit of the "
      "rate whose quantity is the 9秒钟 cycle time, not a count of its own")
g.fact("生产效率提升了60%", "60%", value=60, unit="%", kind="growth",
       metric="车间劳动力生产效率",
       metric_alts=["劳动力生产效率", "生产效率", "劳动生产率", "车间劳动生产率",
                    "车间劳动力生产效率增幅", "劳动力生产效率提升"],
       **SMALL, period=None, comparison="智能化制造前",
       note="relative rise of a level → growth; the basis is the time before smart "
            "manufacturing (智能化制造，让…提升了), not the same period of last year → "
            "comparison 智能化制造前 (as 贯通前 in the xinjiang ports gold); no period in the "
            "line → null")
g.fact("主材报废率也降低了60%", "60%", value=-60, unit="%", kind="growth",
       metric="主材报废率",
       metric_alts=["报废率", "主材报废率降幅", "主材报废", "原材料报废率"],
       **SMALL, period=None, comparison="智能化制造前",
       note="降低了60% (not 个百分点) is a relative fall of the scrap rate → growth −60 "
            "(SPEC §2: 下降 gives a negative value); judgement call: a pp reading is ruled out "
            "by the % surface; comparison as for 生产效率")

# ---- line 9 ---------------------------------------------------------------------------------
g.neg("宝时得科技，一条全新", "一条", ARTICLE_NOTE)
g.neg("生产线两周前刚刚投入运行", "两周前", "date expression 'two weeks ago' (≈ late August "
      "2019, when the line started), a period expression, not a fact")

# ---- line 10 --------------------------------------------------------------------------------
POSITEC = dict(subject="宝时得科技",
               subject_alts=["宝时得", "宝时得科技公司", "宝时得科技（中国）有限公司",
                             "宝时得科技(中国)有限公司", "企业"])
SHARE_ALTS = ["美国市场份额", "美国市场销售占比", "美国市场占比", "对美销售份额", "对美销售占比",
              "美国市场销售比重", "美国市场占销售比重", "销售份额"]
g.neg("加快，上半年，虽然", "上半年", PERIOD_NOTE)
g.neg("过去一直高度依赖", "一直", "adverb 一直 'all along', not a quantity")
g.fact("销售份额从60%下降到40%", "60%", value=60, unit="%", kind="share",
       metric="美国市场销售份额", metric_alts=SHARE_ALTS, **POSITEC,
       period=P("上半年", None, None),
       period_alts=[H1_B, P("上半年", "2018-01-01", "2018-12-31"),
                    P("上半年", "2018-01-01", "2018-06-30")],
       note="the enterprise of line 9 (宝时得科技) owns both shares; 从60%下降到40% during H1: "
            "60% is the earlier level (the market it 过去一直高度依赖), its time not stated → "
            "start/end null; alts: the literal inheritance of 上半年 (H1 2019), and the year "
            "2018 / H1 2018 as the 'before' level")
g.fact("下降到40%", "40%", value=40, unit="%", kind="share",
       metric="美国市场销售份额", metric_alts=SHARE_ALTS, **POSITEC,
       period=H1_B, period_alts=[P("上半年", "2019-06-30", "2019-06-30")],
       note="the level reached in H1 2019 (上半年 = 2019-01-01..06-30, the broadcast year); "
            "the instant at its end as an alt")

# ---- line 11 --------------------------------------------------------------------------------
g.neg("今年1至7月份，苏州市", "今年1至7月份", PERIOD_NOTE)
g.fact("技术改造投资完成511.4亿元", "511.4亿元", value=5.114e10, unit="CNY", kind="amount",
       metric="技术改造投资", metric_alts=TECH_ALTS, **SZ, period=J7,
       note="the qualifier 以装备智能化升级改造为主的 describes the investment, kept in an alt")
g.fact("同比增长14.6%", "14.6%", value=14.6, unit="%", kind="growth",
       metric="技术改造投资", metric_alts=TECH_ALTS + ["技术改造投资增速", "技改投资增速"],
       **SZ, period=J7, comparison="yoy", note="同比 → yoy")

# ---- line 12 --------------------------------------------------------------------------------
g.neg("推动新一轮产业升级", "一轮", "新一轮 'a new round', not a count")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-12 ("
    f"{len(text)} characters with the final newline, a byte copy made by code): a short "
    "新闻联播 item, so all of it is taken. Title: the headline of line 1 without the column "
    "tag 【风雨无阻 坚定前行】. Date: 2019-09-08, the broadcast date of the source meta and "
    "INDEX.tsv (pubtime 2019-09-08 19:13); the text agrees (本台今天发自…; the latest data "
    "今年1至7月份 were published in August 2019). 今年 = 2019, 上半年 = H1 2019, 明年 = 2020. "
    "Place: 江苏省苏州市 (gazetteer form of the source meta); the city as subject is 苏州市 "
    "(alts 江苏省苏州市, 苏州). Subjects: the city owns FDI and technical-upgrade investment; "
    "博世汽车部件公司 its 20 years in Suzhou; the 智能制造融合发展中心大楼 the government's "
    "investment in it; the unnamed 小家电制造企业 its cycle time, productivity and scrap-rate "
    "changes (9秒钟 kept in the surface unit 秒钟, as 1分钟 in another gold); 宝时得科技 (line 9, 'the enterprise' of line 10) its US sales shares. Periods: "
    "今年上半年 = 2019-01-01..06-30; 今年1至7月份 = 2019-01-01..07-31; lines 4, 6 and 8 state no "
    "period and a news item has no document period → null. 60%/40% 从…下降到: the earlier level "
    "has no stated time (null; H1 2019 and 2018 as alts), the later is H1 2019. Negatives: "
    "articles 一家/一块/一个×3/一条, 一端, 一直, 首个, 一批, 一系列, 一轮, the dates 明年五月/两周前, "
    "period expressions 今年上半年/上半年/今年1至7月份.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 新闻联播 item, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
