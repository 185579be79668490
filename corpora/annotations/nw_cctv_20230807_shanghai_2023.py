"""Gold annotations for nw_cctv_20230807_shanghai_2023 (corpora/).

央视网消息（新闻联播）, 2023-08-07: 【新时代新征程新伟业——真抓实干推动高质量发展】上海贯彻新发展
理念 培育壮大新动能.  The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20230807_shanghai_2023.txt (a short 新闻联播 item, so all of it
is taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20230807_shanghai_2023.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20230807_shanghai_2023"
PLACE = "上海市"
REF = "2023-08-07"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "上海贯彻新发展理念 培育壮大新动能"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
THREE_NOTE = ("label “新三样” ('the new three': electric passenger cars, solar cells, lithium "
              "batteries), a set label, not a count")

# Periods (reference date 2023-08-07, the broadcast date)
LATELY = P("不久前", None, REF)
LATELY_ALTS = [P("不久前", REF, REF), P("不久前", None, None)]
YEAR = P("今年", "2023-01-01", "2023-12-31")
YEAR_ALTS = [P("今年", "2023-01-01", REF)]
H1 = P("今年上半年", "2023-01-01", "2023-06-30")
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, None), P("上个月", "2023-07-01", "2023-07-31"), P("目前", None, REF)]
SINCE = P("今年以来", "2023-01-01", REF)
SINCE_ALTS = [P("今年以来", None, None), P("今年以来", REF, REF)]
M1_6 = P("今年1—6月", "2023-01-01", "2023-06-30")

SH = dict(subject="上海市", subject_alts=["上海"])

# ---- line 1: title (no numerals); line 2: lead (no numerals) --------------------------

# ---- line 3 ----------------------------------------------------------------------------
g.neg("来自德国的一家", "一家", "indefinite article 一家 ('a' company), not a count")
g.fact("投资4700万欧元", "4700万欧元", value=4.7e7, unit="EUR", kind="amount",
       metric="投资",
       metric_alts=["投资额", "在上海投资", "投资金额", "单笔投资", "在沪投资", "外资投资"],
       subject="精密流体计量设备生产企业",
       subject_alts=["德国精密流体计量设备生产企业", "来自德国的精密流体计量设备生产企业",
                     "来自德国的一家精密流体计量设备生产企业", "该企业", "企业", "德国企业",
                     "上海市", "上海"],
       period=LATELY, period_alts=LATELY_ALTS,
       note="the (unnamed) German company invested 4700万欧元 in Shanghai (万欧元 → EUR ×1e4); "
            "an investment made, not a plan → actual (judgement call: it finances facilities "
            "being built); the investor owns the number, the host city as an alt; 不久前 → "
            "null..reference date (alts the instant, text only)")
g.neg("最大的单笔投资", "单笔", "单笔 'a single (investment)', per-item word as 单个 "
      "(README §2), not a count")

# ---- line 4 ----------------------------------------------------------------------------
g.fact("在内的20条措施", "20条", value=20, unit="count", kind="count", classifier="条",
       metric="吸引和利用外资措施",
       metric_alts=["措施", "出台措施", "出台的措施", "政策措施", "外资措施", "稳外资措施",
                    "吸引和利用外资政策措施", "加大吸引和利用外资措施", "利用外资措施",
                    "优化外商投资产业结构、深化政企沟通服务机制等措施"],
       **SH, period=YEAR, period_alts=YEAR_ALTS,
       note="count of measures (as 七条措施, README §2); their purpose (进一步加大吸引和利用外资) "
            "names them; 今年 → 2023 (alt: the year to date)")
g.neg("今年上半年，上海新设", "今年上半年", PERIOD_NOTE)
FIE_ALTS = ["外商投资企业", "新设立外商投资企业", "新设外商投资企业数量", "外商投资企业增量",
            "外商投资企业数量增量", "新设外资企业", "外资企业"]
g.fact("新设外商投资企业2541家", "2541家", value=2541, unit="count", kind="count",
       classifier="家", metric="新设外商投资企业", metric_alts=FIE_ALTS, **SH, period=H1,
       note="新设外商投资企业 is the statistical indicator (a flow), kept whole as in the "
            "新设立市场主体 gold; noun and 增量 forms as alts")
g.fact("比去年同期增长63.3%", "63.3%", value=63.3, unit="%", kind="growth",
       metric="新设外商投资企业", metric_alts=FIE_ALTS + ["新设外商投资企业增速"],
       **SH, period=H1, comparison="yoy", note="比去年同期 → yoy (a comparison, not a period)")
g.fact("新增跨国公司地区总部31家", "31家", value=31, unit="count", kind="count",
       classifier="家", metric="跨国公司地区总部",
       metric_alts=["新增跨国公司地区总部", "跨国公司地区总部增量", "跨国公司地区总部数量增量",
                    "新增跨国公司地区总部数量", "跨国公司地区总部数量"],
       **SH, period=H1,
       note="things newly added: the noun as metric, 新增 and 增量 forms as alts (README §3)")
g.fact("外资研发中心13家", "13家", value=13, unit="count", kind="count", classifier="家",
       metric="外资研发中心",
       metric_alts=["新增外资研发中心", "外资研发中心增量", "外资研发中心数量增量",
                    "新增外资研发中心数量", "外资研发中心数量"],
       **SH, period=H1, note="新增 governs both items of the list (、); as 31家")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("上个月，首艘国产", "首艘", "first-of-kind claim 首艘, not a measured rank (README §2)")
g.neg("完成首次试航", "首次", "first-time claim 首次 (maiden voyage), not a rank or count")
g.neg("最复杂的单体机电产品", "单体", "lexicalized 单体 'single-unit (product)', not a quantity")
g.fact("零部件数量多达2500万个", "2500万个", value=2.5e7, unit="count", kind="count",
       classifier="个", metric="零部件",
       metric_alts=["零部件数量", "邮轮零部件", "邮轮零部件数量", "零件", "零件数量"],
       subject="国产大型邮轮",
       subject_alts=["邮轮", "大型邮轮", "首艘国产大型邮轮", "国产邮轮"],
       period=NOW, period_alts=NOW_ALTS,
       note="多达 'as many as' is emphasis (as 高达) → eq; the cruise ship (首艘国产大型邮轮 of "
            "the same line) owns the count; 目前 before it in the line → instant at the "
            "reference date (alts: null — a design attribute —, 上个月, null..ref)")
g.fact("全球第五个有能力", "第五个", value=5, unit="rank", kind="rank", scope="全球",
       metric="有能力建造大型邮轮的国家",
       metric_alts=["建造大型邮轮的国家", "有能力建造大型邮轮国家", "建造大型邮轮能力",
                    "大型邮轮建造国家", "有能力建造大型邮轮的国家排名", "大型邮轮建造能力"],
       subject="中国", subject_alts=["我国"],
       period=NOW, period_alts=NOW_ALTS,
       note="我国 → 中国; 全球第五个…国家: China's position in the (chronological) order of "
            "countries able to build large cruise ships → rank 5, scope 全球 (judgement call: "
            "an ordinal in a sequence, not a first-of-kind label); span ordinal + number + "
            "classifier as 第一位; period as 2500万个")
g.neg("今年上半年，上海工业", "今年上半年", PERIOD_NOTE)
SEI_ALTS = ["战略性新兴产业总产值", "战略性新兴产业产值", "工业战略性新兴产业产值",
            "战略性新兴产业工业总产值", "战略性新兴产业"]
g.fact("总产值达8385.47亿元", "8385.47亿元", value=8385.47e8, unit="CNY", kind="amount",
       metric="工业战略性新兴产业总产值", metric_alts=SEI_ALTS, **SH, period=H1,
       note="达 → eq")
g.fact("同比增长14.6％", "14.6％", value=14.6, unit="%", kind="growth",
       metric="工业战略性新兴产业总产值",
       metric_alts=SEI_ALTS + ["工业战略性新兴产业总产值增速"], **SH, period=H1,
       comparison="yoy", note="full-width ％ kept in the span; 同比 → yoy")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("锂电池“新三样”产业", "新三样", THREE_NOTE)
g.fact("平均每天有2000多辆汽车", "2000多辆", value=2000, unit="count", kind="count",
       classifier="辆", bound="gt", metric="日均出海汽车",
       metric_alts=["每天出海汽车", "平均每天出海汽车", "出海汽车", "日均出海汽车数量",
                    "平均每天出海汽车数量", "日均汽车出海量", "汽车出口", "日均出口汽车",
                    "出海汽车数量"],
       subject="海通国际汽车码头",
       subject_alts=["外高桥的海通国际汽车码头", "外高桥海通国际汽车码头", "外高桥",
                     "上海市", "上海"],
       period=SINCE, period_alts=SINCE_ALTS,
       note="2000多辆 → 2000 gt (多 inside the span); a daily average → the rate in the "
            "metric (日均, SPEC rates), base unit count; the terminal owns it; 今年以来 of the "
            "line governs → 2023-01-01..reference date (alts text only, the instant)")
g.neg("今年1—6月，上海新能源", "今年1—6月", PERIOD_NOTE)
NEV_ALTS = ["新能源汽车总产值", "新能源汽车工业产值", "新能源汽车", "新能源汽车产业产值"]
g.fact("新能源汽车产值1820亿元", "1820亿元", value=1820e8, unit="CNY", kind="amount",
       metric="新能源汽车产值", metric_alts=NEV_ALTS, **SH, period=M1_6)
g.fact("同比增长69.8%", "69.8%", value=69.8, unit="%", kind="growth",
       metric="新能源汽车产值", metric_alts=NEV_ALTS + ["新能源汽车产值增速"], **SH,
       period=M1_6, comparison="yoy")
g.neg("，“新三样”出口", "新三样", THREE_NOTE)
EXP_ALTS = ["新三样出口", "“新三样”出口额", "新三样出口额", "“新三样”产品出口",
            "新三样产品出口", "电动载人汽车、太阳能电池、锂电池出口", "出口"]
g.fact("出口2478亿元", "2478亿元", value=2478e8, unit="CNY", kind="amount",
       metric="“新三样”出口", metric_alts=EXP_ALTS, **SH, period=M1_6,
       note="今年1—6月 of the clause before still governs (same line)")
g.fact("同比增长74.7％", "74.7％", value=74.7, unit="%", kind="growth",
       metric="“新三样”出口", metric_alts=EXP_ALTS + ["“新三样”出口增速", "新三样出口增速"],
       **SH, period=M1_6, comparison="yoy")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 ("
    f"{len(text)} characters with the final newline, a byte copy made by code): a short "
    "新闻联播 item, so all of it is taken. Title: the headline of line 1 without the column "
    "tag 【新时代新征程新伟业——真抓实干推动高质量发展】. Date: 2023-08-07, the broadcast date of "
    "the source meta (daily transcript file name and 查看原文 URL); nothing contradicts it "
    "(H1 2023 data; 上个月 = July 2023, when the first domestic large cruise ship made its "
    "first sea trial). Place: 上海市 (a story about one city; 上海 → 上海市). Subjects: the "
    "city owns the policy, FDI, industry and trade figures; the unnamed German company its "
    "4700万欧元 investment (actual, city as alt); the cruise ship its 2500万个 parts; 中国 "
    "(我国) the rank 第五个 (read as a rank, a judgement call); 海通国际汽车码头 its 2000多辆 a "
    "day. Periods: 不久前 = null..2023-08-07 (alts instant, null); 今年 = 2023 (alt the year "
    "to date); 今年上半年 and 今年1—6月 = 2023-01-01..2023-06-30; 目前 = instant 2023-08-07 "
    "(alts null, 上个月, null..ref); 今年以来 = 2023-01-01..2023-08-07. Negatives: 一家 "
    "(article), 单笔, 首艘, 首次, 单体, “新三样” ×2 (label), and the period expressions 今年上半年 "
    "×2, 今年1—6月.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
