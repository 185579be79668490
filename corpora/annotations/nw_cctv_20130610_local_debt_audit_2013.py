"""Gold annotations for nw_cctv_20130610_local_debt_audit_2013 (corpora/).

CCTV 《新闻联播》 2013-06-10 (央视网): 36个地方政府性债务审计结果发布.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20130610_local_debt_audit_2013.txt (757 characters: the item is
much shorter than a usual excerpt, so all of it is taken), copied by code from the source
bytes, never retyped.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20130610_local_debt_audit_2013.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20130610_local_debt_audit_2013"
PLACE = "中国"
REF = "2013-06-10"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "36个地方政府性债务审计结果发布"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = "comparison basis (比2010年 → `comparison`), not a period and not a fact"

# Periods (reference date 2013-06-10, the broadcast date; 今天 = 2013-06-10).
# 2012年11月到2013年2月 (the audit) → 2012-11-01..2013-02-28.
# 2011年以来 → 2011-01-01..reference date (以来 resolved against the reference date, as
#   今年以来 in the other gold files); alts: to the end of 2012 (the audit's latest data,
#   2012年底) and to the end of the audit (2013-02-28).
# 2012年(年)底 → the instant 2012-12-31 (stocks: 债务余额, 注册资本总额, 资产负债率, 债务率,
#   and changes of those stocks against 2010, README: growth of a 年末 stock → the instant),
#   alts the year 2012 and the two years 2011-2012 over which the change happened.
TODAY = P("今天", REF, REF)
AUDIT = P("2012年11月到2013年2月", "2012-11-01", "2013-02-28")
AUDIT_ALTS = [P("2012年11月到2013年2月", "2013-02-28", "2013-02-28")]
SINCE11 = P("2011年以来", "2011-01-01", REF)
SINCE11_ALTS = [P("2011年以来", "2011-01-01", "2012-12-31"),
                P("2011年以来", "2011-01-01", "2013-02-28")]
YE12 = P("2012年年底", "2012-12-31", "2012-12-31")
YE12_ALTS = [P("2012年年底", "2012-01-01", "2012-12-31"),
             P("2012年年底", "2011-01-01", "2012-12-31")]
YE12b = P("2012年底", "2012-12-31", "2012-12-31")
YE12b_ALTS = [P("2012年底", "2012-01-01", "2012-12-31"),
              P("2012年底", "2011-01-01", "2012-12-31")]

AUDITOR = dict(subject="审计署",
               subject_alts=["中华人民共和国审计署", "国家审计署", "中国", "我国"])
LG = dict(subject="36个地方政府本级",
          subject_alts=["36个地区", "36个地方政府", "36个地方政府（本级）", "36个地方政府(本级)",
                        "地方政府", "中国", "我国"])
PLATFORM = dict(subject="中国",
                subject_alts=["我国", "融资平台公司", "223家融资平台公司", "36个地方政府本级",
                              "36个地区", "36个地方政府"])
LG_ALTS_36 = ["地方政府本级", "地区", "审计的地方政府", "被审计的地方政府",
              "地方政府性债务审计结果", "审计结果", "地方政府数量", "地区数量"]
ANAPHOR_NOTE = ("the 36 audited governments restated (own mention → own fact, as the "
                "anaphoric counts 上述28个省份 / 这4家 in the other gold files)")

# ---- line 1: headline --------------------------------------------------------------------
g.fact("36个地方政府性债务审计结果发布\n", "36个", value=36, unit="count", kind="count",
       classifier="个", metric="地方政府", metric_alts=LG_ALTS_36, **AUDITOR,
       period=None, period_alts=[TODAY],
       note="headline: the number of local governments whose debt audit results are "
            "published (the auditor's count); no period in the line → null, the release day "
            "(今天, line 2) as an alt")

# ---- line 2 ------------------------------------------------------------------------------
g.fact("审计署今天发布了我国36个", "36个", value=36, unit="count", kind="count",
       classifier="个", metric="地方政府", metric_alts=LG_ALTS_36, **AUDITOR,
       period=TODAY, period_alts=[P("今天", None, None)],
       note="今天 → the broadcast day 2013-06-10 (the release of the results)")

# ---- line 3 ------------------------------------------------------------------------------
g.neg("2012年11月到2013年2月，审计署", "2012年11月到2013年2月", PERIOD_NOTE +
      " (the time of the audit)")
AUDIT_NOTE = ("scope of the audit (审计署对…进行了审计): the auditor's count of audited "
              "governments at each level; 2012年11月到2013年2月 → the audit period")
g.fact("对15个省、3个直辖市", "15个", value=15, unit="count", kind="count", classifier="个",
       metric="省", metric_alts=["省本级", "审计的省", "被审计的省", "省数量"], **AUDITOR,
       period=AUDIT, period_alts=AUDIT_ALTS, note=AUDIT_NOTE)
g.fact("对15个省、3个直辖市", "3个", value=3, unit="count", kind="count", classifier="个",
       metric="直辖市本级",
       metric_alts=["直辖市", "审计的直辖市", "被审计的直辖市", "直辖市数量"], **AUDITOR,
       period=AUDIT, period_alts=AUDIT_ALTS, note=AUDIT_NOTE)
g.fact("所属的15个省会城市本级", "15个", value=15, unit="count", kind="count",
       classifier="个", metric="省会城市本级",
       metric_alts=["省会城市", "所属的省会城市本级", "审计的省会城市", "省会城市数量"],
       **AUDITOR, period=AUDIT, period_alts=AUDIT_ALTS, note=AUDIT_NOTE)
g.fact("本级、3个市辖区", "3个", value=3, unit="count", kind="count", classifier="个",
       metric="市辖区", metric_alts=["审计的市辖区", "被审计的市辖区", "市辖区数量"],
       **AUDITOR, period=AUDIT, period_alts=AUDIT_ALTS, note=AUDIT_NOTE)
g.fact("共计36个地方政府本级", "36个", value=36, unit="count", kind="count",
       classifier="个", metric="地方政府本级",
       metric_alts=["地方政府", "审计的地方政府本级", "被审计的地方政府本级", "审计的地方政府",
                    "地方政府本级数量", "地方政府数量"],
       **AUDITOR, period=AUDIT, period_alts=AUDIT_ALTS,
       note="共计 = in all (15+3+15+3), exact → eq; " + AUDIT_NOTE)
g.neg("地方政府本级2011年以来政府性债务", "2011年以来", PERIOD_NOTE + " (the years the audit "
      "covers; it does not govern facts: the 36个 before it takes the audit period)")
g.neg("公告显示，2011年以来", "2011年以来", PERIOD_NOTE)
g.fact("完善，36个地区中有14个", "36个", value=36, unit="count", kind="count",
       classifier="个", metric="地区", metric_alts=LG_ALTS_36, **AUDITOR,
       period=SINCE11, period_alts=SINCE11_ALTS + [AUDIT],
       note=ANAPHOR_NOTE + "; the set within which 14个 and 10个 are counted. Subject as "
            "for the other counts of audited governments (the group itself as an alt)")
g.fact("36个地区中有14个新出台", "14个", value=14, unit="count", kind="count",
       classifier="个", metric="新出台地方政府性债务管理制度的地区",
       metric_alts=["新出台了地方政府性债务管理制度的地区", "新出台债务管理制度的地区",
                    "新出台地方政府性债务管理制度", "地区"],
       **LG, period=SINCE11, period_alts=SINCE11_ALTS,
       note="regions among the 36 that issued new debt-management rules since 2011 "
            "(2011年以来 → 2011-01-01..REF; alts: to the end of 2012 or of the audit)")
g.fact("有10个新建立了偿债准备金制度", "10个", value=10, unit="count", kind="count",
       classifier="个", metric="新建立偿债准备金制度的地区",
       metric_alts=["新建立了偿债准备金制度的地区", "建立偿债准备金制度的地区",
                    "新建立偿债准备金制度", "地区"],
       **LG, period=SINCE11, period_alts=SINCE11_ALTS, note="as 14个 (elided head 地区)")
g.fact("制度；36个地区累计偿还", "36个", value=36, unit="count", kind="count",
       classifier="个", metric="地区", metric_alts=LG_ALTS_36, **AUDITOR,
       period=SINCE11, period_alts=SINCE11_ALTS + [AUDIT], note=ANAPHOR_NOTE)
g.fact("化解存量债务1.33万亿元", "1.33万亿元", value=1.33e12, unit="CNY", kind="amount",
       metric="累计偿还和化解存量债务",
       metric_alts=["偿还和化解存量债务", "偿还和化解的存量债务", "累计偿还和化解的存量债务",
                    "存量债务", "偿还和化解存量债务金额"],
       **LG, period=SINCE11, period_alts=SINCE11_ALTS,
       note="万亿元 = 1e12 CNY; a cumulative flow (repaid since 2011), not a stock: the "
            "range 2011年以来 (alts to the end of 2012 / of the audit)")
g.neg("占2010年年底债务余额", "2010年年底", BASIS_NOTE.replace("比2010年 → `comparison`",
      "the base stock's date, part of the share's metric"))
g.fact("债务余额的39.09%", "39.09%", value=39.09, unit="%", kind="share",
       metric="占2010年年底债务余额的比重",
       metric_alts=["占2010年年底债务余额", "占2010年年底债务余额的比例",
                    "累计偿还和化解存量债务占2010年年底债务余额的比重",
                    "偿还和化解存量债务占2010年年底债务余额的比重",
                    "累计偿还和化解存量债务占2010年年底债务余额", "偿还和化解存量债务占比"],
       **LG, period=SINCE11, period_alts=SINCE11_ALTS,
       note="share of the 1.33万亿元 repaid in the end-2010 balance; period of the flow "
            "(2011年以来); 2010年年底 is the base, kept in the metric")
g.fact("有12个地区2012年底", "12个", value=12, unit="count", kind="count", classifier="个",
       metric="债务余额比2010年减少的地区",
       metric_alts=["2012年底债务余额比2010年减少的地区", "债务余额减少的地区",
                    "债务余额下降的地区", "地区"],
       **LG, period=YE12b, period_alts=YE12b_ALTS + [SINCE11],
       note="the regions whose end-2012 balance was below 2010's: the 2012年底 of the same "
            "clause dates the fact (instant 2012-12-31), although it follows the numeral; "
            "the literal inheritance of 2011年以来 and the year readings as alts")
g.neg("地区2012年底债务余额", "2012年底", PERIOD_NOTE)
g.neg("债务余额比2010年减少", "2010年", BASIS_NOTE)
g.fact("减少了1417.42亿元", "1417.42亿元", value=-1.41742e11, unit="CNY", kind="amount",
       metric="债务余额增量",
       metric_alts=["债务余额", "债务余额减少", "债务余额减少额", "债务余额变化"],
       subject="12个地区",
       subject_alts=["36个地方政府本级", "36个地区", "地区", "36个地方政府", "中国"],
       period=YE12b, period_alts=YE12b_ALTS,
       note="absolute change of a level (SPEC §2): 减少 → negative value, metric 债务余额增量, "
            "comparison null (as for the other absolute changes in gold; the basis 比2010年 "
            "is in the text). The decrease belongs to the 12 regions (the group of 36 as an "
            "alt); end-2012 against 2010 → the instant 2012-12-31, the years as alts")
g.neg("2012年年底223家", "2012年年底", PERIOD_NOTE)
g.fact("2012年年底223家融资平台公司", "223家", value=223, unit="count", kind="count",
       classifier="家", metric="融资平台公司", metric_alts=["融资平台公司数量"],
       **PLATFORM, period=YE12, period_alts=YE12_ALTS,
       note="the platform companies (of the audited governments) at the end of 2012; the "
            "sentence's subject is 我国 → 中国, the group of 36 as an alt")
g.neg("注册资本总额比2010年增长", "2010年", BASIS_NOTE)
g.fact("比2010年增长10.95%", "10.95%", value=10.95, unit="%", kind="growth",
       metric="注册资本总额",
       metric_alts=["融资平台公司的注册资本总额", "223家融资平台公司的注册资本总额",
                    "注册资本", "融资平台公司注册资本总额"],
       comparison="比2010年", **PLATFORM, period=YE12, period_alts=YE12_ALTS,
       note="growth of an end-of-year stock against 2010 (two years): comparison 比2010年, "
            "not yoy; period the instant 2012-12-31 (README: growth of a 年末 stock → the "
            "instant), the year(s) as alts")
g.neg("资产负债率比2010年下降", "2010年", BASIS_NOTE)
g.fact("下降4.16个百分点", "4.16个百分点", value=-4.16, unit="pp", kind="change",
       metric="资产负债率",
       metric_alts=["融资平台公司资产负债率", "融资平台公司的资产负债率"],
       comparison="比2010年", **PLATFORM, period=YE12, period_alts=YE12_ALTS,
       note="下降 → negative pp change of a rate; 2012年年底 still governs (same sentence)")

# ---- line 4 ------------------------------------------------------------------------------
g.fact("这36个地方政府性债务", "36个", value=36, unit="count", kind="count",
       classifier="个", metric="地方政府", metric_alts=LG_ALTS_36, **AUDITOR,
       period=None, period_alts=[YE12],
       note=ANAPHOR_NOTE + "; no period before it in the line (paragraph) → null; the "
            "2012年年底 that follows as an alt")
g.neg("较快，2012年年底36个", "2012年年底", PERIOD_NOTE)
g.fact("2012年年底36个地区债务余额", "36个", value=36, unit="count", kind="count",
       classifier="个", metric="地区", metric_alts=LG_ALTS_36, **AUDITOR,
       period=YE12, period_alts=YE12_ALTS + [P("2012年年底", None, None)], note=ANAPHOR_NOTE)
g.fact("债务余额共计3.85万亿元", "3.85万亿元", value=3.85e12, unit="CNY", kind="amount",
       metric="债务余额",
       metric_alts=["地方政府性债务余额", "政府性债务余额", "债务余额共计", "债务规模"],
       **LG, period=YE12, period_alts=YE12_ALTS,
       note="共计 = the total, exact → eq; a stock at the end of 2012 → instant 2012-12-31")
g.neg("万亿元，比2010年增长", "2010年", BASIS_NOTE)
g.fact("比2010年增长了12.94%", "12.94%", value=12.94, unit="%", kind="growth",
       metric="债务余额",
       metric_alts=["地方政府性债务余额", "政府性债务余额", "债务规模"],
       comparison="比2010年", **LG, period=YE12, period_alts=YE12_ALTS,
       note="growth of the end-2012 stock against 2010 → comparison 比2010年 (not yoy), "
            "period the instant 2012-12-31, years as alts")
g.fact("有9个省会城市本级", "9个", value=9, unit="count", kind="count", classifier="个",
       metric="政府负有偿还责任的债务率超过100%的省会城市本级",
       metric_alts=["债务率超过100%的省会城市本级", "债务率超过100%的省会城市",
                    "政府负有偿还责任的债务率已超过100%的省会城市本级",
                    "债务率超过100%的省会城市本级政府", "省会城市本级", "省会城市"],
       **LG, period=YE12, period_alts=YE12_ALTS + [P("2012年年底", None, None)],
       note="the threshold 超过100% defines the counted set → part of the metric (SPEC §2), "
            "100% is a negative; 2012年年底 of the sentence before governs the line (the "
            "audit's data date), null as an alt (已 'by now')")
g.neg("债务率已超过100%", "100%", "threshold defining the counted set (债务率超过100%的省会"
      "城市), part of the metric of 9个 (SPEC §2), not a fact")
g.fact("最高达到189%", "189%", value=189, unit="%", kind="share",
       metric="政府负有偿还责任的债务率",
       metric_alts=["债务率", "最高债务率", "债务率最高", "政府负有偿还责任的最高债务率",
                    "省会城市本级政府负有偿还责任的债务率", "省会城市本级债务率"],
       subject="省会城市本级",
       subject_alts=["9个省会城市本级", "省会城市本级政府", "省会城市", "36个地方政府本级",
                     "36个地区", "中国"],
       period=YE12, period_alts=YE12_ALTS + [P("2012年年底", None, None)],
       note="the highest debt ratio among the capital cities (unnamed): 最高…达到 → eq, the "
            "maximum is stated exactly (README §6); a rate of a stock (debt over fiscal "
            "capacity) → share, whatever it exceeds 100")
g.neg("政府还贷二级公路", "二级", "road class label 二级公路 (class-II highway), not a count "
      "or rank")

# ---- line 5: no numerals (一些 lexicalized) -----------------------------------------------

# ---- line 6 ------------------------------------------------------------------------------
g.neg("对审计指出的问题，2012年年底", "2012年年底", PERIOD_NOTE + " (date of the notice; no "
      "numeric fact)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 (757 characters "
    "with the final newline, a byte copy made by code): the item is much shorter than a "
    "usual excerpt, so nothing could be added. Title: line 1 as written (the video title "
    "without [视频]). Date: 2013-06-10, the broadcast date of 《新闻联播》 (file name "
    "20130610, pubtime 2013-06-10 19:23); the text's 今天发布 is the release by 审计署 of "
    "its announcement on that day, and the audit ran 2012年11月到2013年2月 with data to "
    "2012年底, which fits. Place: 中国 — a national item (审计署 reporting on 36 local "
    "governments across the country; the shared meta's place '36个地方政府（本级）' is not a "
    "gazetteer place). Subjects: counts of audited governments (15个省, 3个直辖市本级, "
    "15个省会城市本级, 3个市辖区, 36个 ×6) → 审计署 (中国 as alt); debt figures and counts of "
    "regions within the group → '36个地方政府本级' (the text's own name for the audited "
    "set, 共计36个地方政府本级; alts 36个地区, 中国); the decrease of 1417.42亿元 → 12个地区; "
    "the 223 financing platforms (sentence subject 我国) → 中国 (alts 融资平台公司, the "
    "group); the maximum debt ratio 189% → 省会城市本级. Periods: 今天 → 2013-06-10; "
    "2012年11月到2013年2月 → 2012-11-01..2013-02-28 (audit scope counts); 2011年以来 → "
    "2011-01-01..REF (以来 resolved against the reference date), alts ..2012-12-31 (the "
    "audit's latest data) and ..2013-02-28; 2012年(年)底 → the instant 2012-12-31 for "
    "stocks and changes of stocks against 2010 (years as alts); the headline and the 这36个 "
    "of line 4, with no period before them, → null. Judgement calls: each restated 36个 is "
    "its own count fact (6 in all, as anaphoric counts elsewhere in gold); 减少了1417.42亿元 "
    "→ amount −1.41742e11, metric 债务余额增量, comparison null; growth/pp change against "
    "2010 → comparison 比2010年; the 2012年底 that follows 有12个地区 dates that count; "
    "债务率 189% → share (a rate of a stock), 最高达到 → eq; 超过100% → threshold negative. "
    "Negatives: 2012年11月到2013年2月, 2011年以来 ×2, 2010年年底, 2012年底, 2012年年底 ×3 "
    "(periods), 2010年 ×4 (comparison bases), 100% (threshold), 二级 (road class); 进一步 and 一些 are lexicalized (not listed).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 《新闻联播》 2013-06-10, via china-data/xwlb assets/2013/20130610.json)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
