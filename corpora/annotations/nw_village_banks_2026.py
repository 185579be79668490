"""Gold annotations for nw_village_banks_2026 (corpora/).

中国经济网 (finance.ce.cn, 银行 channel), 2026-06-12: 超百家村镇银行“消失” 中小银行风险化解加速.
The excerpt is the whole source, lines 1-23 of shared/texts/news/nw_village_banks_2026.txt
(1,837 characters: the article is shorter than a usual excerpt, so all of it is taken),
copied by code from the source bytes, never retyped.  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/nw_village_banks_2026.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_village_banks_2026"
PLACE = "中国"
REF = "2026-06-12"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 23                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "超百家村镇银行“消失” 中小银行风险化解加速"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
DATE_NOTE = "date on its own (the day of an approval); it becomes the `period` of the facts after it"

# Periods (reference date 2026-06-12, the publication date; 今年 = 2026).  A dated approval
# (6月10日, 4月20日, 5月28日) is an event: the instant of that day.  同日 repeats the day of
# the sentence before.  今年以来 = 2026-01-01..reference date; 截至6月8日 ends it on 8 June.
# 目前 = the instant at the reference date.  一周前 = one week before publication.
JUN10 = P("6月10日", "2026-06-10", "2026-06-10")
JUN10_SAME = P("同日", "2026-06-10", "2026-06-10")
YTD = P("今年以来", "2026-01-01", REF)
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, REF)]
WEEK = P("一周前", "2026-06-05", "2026-06-05")
WEEK_SAME = P("同日", "2026-06-05", "2026-06-05")
WEEK_ALTS_1 = [P("一周前", None, None), P("一周前", "2026-06-03", "2026-06-03")]
WEEK_ALTS_2 = [P("同日", None, None), P("同日", "2026-06-03", "2026-06-03")]
APR20 = P("4月20日", "2026-04-20", "2026-04-20")
MAY28 = P("5月28日", "2026-05-28", "2026-05-28")

CN = dict(subject="中国", subject_alts=["全国"])
YUNNAN_3 = ["云南省", "云南", "曲靖市", "曲靖沾益兴福村镇银行"]
ZHANYI = dict(subject="曲靖沾益兴福村镇银行",
              subject_alts=["曲靖沾益兴福", "云南省", "云南", "曲靖市"])
XINGFU = dict(subject="兴福村镇银行",
              subject_alts=["兴福系", "常熟农商银行", "江苏常熟农村商业银行"])
SHARES_NOTE = ("shares (万股 ×1e4) → count, classifier 股; no period in the paragraph (此前 "
               "'earlier' has no date) → null")
VB_ALTS = ["村镇银行数量"]

# ---- line 1: headline ----------------------------------------------------------------
g.fact("超百家村镇银行“消失”", "百家", value=100, unit="count", kind="count", bound="gt",
       classifier="家", metric="“消失”的村镇银行",
       metric_alts=["消失的村镇银行", "村镇银行", "退出市场的村镇银行",
                    "获批退出市场的村镇银行", "获批退出的村镇银行"] + VB_ALTS,
       **CN, period=None, period_alts=[P("今年以来", "2026-01-01", REF)],
       note="headline count: 超 → gt (outside the span), 百 → 100; a national count → 中国. "
            "The headline states no period; the body (line 2) gives the same claim under "
            "今年以来, offered as a period alt")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("6月10日，金融监管总局", "6月10日", DATE_NOTE)
g.fact("陆良3家兴福系村镇银行", "3家", value=3, unit="count", kind="count", classifier="家",
       metric="兴福系村镇银行",
       metric_alts=["解散的兴福系村镇银行", "获批解散的兴福系村镇银行", "解散的村镇银行",
                    "被吸收合并的兴福系村镇银行", "兴福系村镇银行数量", "村镇银行"],
       subject="云南省", subject_alts=YUNNAN_3, period=JUN10,
       note="three named banks dissolved by the approval of 6月10日 (an event → the instant "
            "of that day); the banks are in 云南 (罗平、师宗、陆良 counties of 曲靖) → 云南省, "
            "the absorbing bank as an alt")
g.fact("浙江地区也有两家村镇银行", "两家", value=2, unit="count", kind="count",
       classifier="家", metric="村镇银行",
       metric_alts=["获批解散的村镇银行", "解散的村镇银行", "村镇银行数量"],
       subject="浙江省", subject_alts=["浙江地区", "浙江"], period=JUN10_SAME,
       note="同日 → the day of the sentence before (6月10日 → 2026-06-10)")
g.fact("已有超百家村镇银行获批退出", "百家", value=100, unit="count", kind="count",
       bound="gt", classifier="家", metric="获批退出市场的村镇银行",
       metric_alts=["村镇银行", "退出市场的村镇银行", "获批退出的村镇银行",
                    "村镇银行获批退出市场"] + VB_ALTS,
       **CN, period=YTD, period_alts=[P("今年以来", REF, REF)],
       note="超 → gt; 今年以来 → 2026-01-01..reference date (a flow of exits; the cumulative "
            "'已有' reading as an instant at the reference date in period_alts)")

# ---- line 3: no numerals (多种) -----------------------------------------------------------

# ---- line 4: heading, no numerals (多家) --------------------------------------------------

# ---- line 5 ----------------------------------------------------------------------------
g.fact("吸收合并上述3家村镇银行", "3家", value=3, unit="count", kind="count",
       classifier="家", metric="被吸收合并的村镇银行",
       metric_alts=["吸收合并的村镇银行", "吸收合并村镇银行", "村镇银行", "被吸收合并的村镇银行数量"],
       **ZHANYI,
       note="anaphoric 上述3家 (the three banks of line 2) with a new predicate: banks absorbed "
            "by 曲靖沾益兴福村镇银行 (a repeated mention is still a mention, as 上述28个省份 "
            "in nw_sina_20220427); 此前 has no date → period null")
g.fact("其他股东526.7824万股股份", "526.7824万股", value=5267824, unit="count", kind="count",
       classifier="股", metric="受让股份",
       metric_alts=["受让曲靖沾益兴福村镇银行其他股东股份", "受让其他股东股份",
                    "受让曲靖沾益兴福村镇银行股份", "股份", "受让股份数量"],
       **XINGFU, note="兴福村镇银行 buys the other shareholders' shares of 曲靖沾益兴福村镇银行; "
                      + SHARES_NOTE)
g.fact("罗平3家兴福系村镇银行的合计", "3家", value=3, unit="count", kind="count",
       classifier="家", metric="所持有的兴福系村镇银行",
       metric_alts=["持有的兴福系村镇银行", "兴福系村镇银行", "持股的兴福系村镇银行",
                    "兴福系村镇银行数量", "村镇银行"],
       **XINGFU, note="the three banks again (陆良、师宗、罗平), here as those whose shares 兴福村镇"
                      "银行 holds; period null (此前)")
g.fact("合计6779.0395万股股份", "6779.0395万股", value=67790395, unit="count", kind="count",
       classifier="股", metric="所持有的陆良、师宗、罗平3家兴福系村镇银行股份",
       metric_alts=["所持有的3家兴福系村镇银行股份", "持有的兴福系村镇银行股份",
                    "兴福系村镇银行股份", "持有3家兴福系村镇银行股份", "持有股份", "股份",
                    "所持有的陆良、师宗、罗平3家兴福系村镇银行的合计股份"],
       **XINGFU, note="合计 = the total, stated exactly → eq; the holding before the share "
                      "swap; " + SHARES_NOTE)
g.fact("转换为曲靖沾益兴福村镇银行10675.4311万股", "10675.4311万股", value=106754311,
       unit="count", kind="count", classifier="股", metric="折股转换的曲靖沾益兴福村镇银行股份",
       metric_alts=["折股转换股份", "转换的曲靖沾益兴福村镇银行股份", "曲靖沾益兴福村镇银行股份",
                    "转换为曲靖沾益兴福村镇银行股份", "股份"],
       **XINGFU, note="the swap: the 6779.0395万股 of the three banks become 10675.4311万股 of "
                      "曲靖沾益兴福 (approved transaction, carried out: line 7 → actual); "
                      + SHARES_NOTE)
g.fact("增持曲靖沾益兴福村镇银行2151.4043万股", "2151.4043万股", value=21514043,
       unit="count", kind="count", classifier="股", metric="增持股份",
       metric_alts=["增持曲靖沾益兴福村镇银行股份", "持有曲靖沾益兴福村镇银行股份增量",
                    "持股增量", "增持", "股份"],
       **XINGFU, note="增持 = an increase of the holding (SPEC §2 absolute change: the 增量 "
                      "reading as alts), positive; " + SHARES_NOTE)
g.fact("合计持有曲靖沾益兴福村镇银行15583.8013万股", "15583.8013万股", value=155838013,
       unit="count", kind="count", classifier="股", metric="持有曲靖沾益兴福村镇银行股份",
       metric_alts=["合计持有曲靖沾益兴福村镇银行股份", "持有股份", "持股", "持股数量",
                    "合计持有股份", "股份"],
       **XINGFU, note="the holding after the change (上述股权变更后, undated) → a stock with no "
                      "date: null")
g.fact("持股比例为86.5767%", "86.5767%", value=86.5767, unit="%", kind="share",
       metric="持股比例",
       metric_alts=["兴福村镇银行持股比例", "持有曲靖沾益兴福村镇银行持股比例",
                    "持有曲靖沾益兴福村镇银行股份比例", "曲靖沾益兴福村镇银行持股比例"],
       **XINGFU, note="share of 曲靖沾益兴福村镇银行's capital held by 兴福村镇银行 after the "
                      "change; period null")

# ---- line 6 ----------------------------------------------------------------------------
g.fact("下辖20余家兴福系村镇银行", "20余家", value=20, unit="count", kind="count",
       bound="gt", classifier="家", metric="兴福系村镇银行",
       metric_alts=["下辖兴福系村镇银行", "下辖村镇银行", "兴福系村镇银行数量", "村镇银行"],
       **XINGFU, period=NOW, period_alts=NOW_ALTS,
       note="余 → gt (inside the span); 目前 → instant at the reference date (stock)")

# ---- line 7 ----------------------------------------------------------------------------
g.fact("罗平3家村镇银行被吸收合并后", "3家", value=3, unit="count", kind="count",
       classifier="家", metric="被吸收合并的村镇银行",
       metric_alts=["改设为下辖支行的村镇银行", "村镇银行", "吸收合并的村镇银行",
                    "被吸收合并的村镇银行数量"],
       **ZHANYI, note="the three banks again (anaphoric, own mention); no period in the line "
                      "→ null")
g.fact("3家机构清产核资", "3家", value=3, unit="count", kind="count", classifier="家",
       metric="机构",
       metric_alts=["清产核资的机构", "被承接的机构", "原机构", "被吸收合并的村镇银行",
                    "村镇银行", "机构数量"],
       **ZHANYI, note="the three former banks (3家机构) whose assets, debts and staff 曲靖沾益"
                      "兴福村镇银行 takes over; anaphoric; period null")

# ---- line 8 ----------------------------------------------------------------------------
g.neg("这是6月以来云南", "6月以来", PERIOD_NOTE + " (June 2026 to date; 第二批 has no "
      "numeric fact)")
g.neg("云南地区第二批解散", "第二批", "batch label 第二批 (second batch), not a rank or count "
      "(as 第二批 in the other gold files)")

# ---- line 9 ----------------------------------------------------------------------------
WEEK_NOTE = ("一周前 = one week before publication → the instant 2026-06-05 (judgement "
             "call; alts: null, and a week before the 6月10日 of line 2)")
g.neg("一周前，云南金融监管局", "一周前", PERIOD_NOTE + " (a point one week back, not a "
      "duration fact)")
g.fact("建水4家沪农商村镇银行", "4家", value=4, unit="count", kind="count", classifier="家",
       metric="沪农商村镇银行",
       metric_alts=["解散的沪农商村镇银行", "获批解散的沪农商村镇银行", "解散的村镇银行",
                    "沪农商村镇银行数量", "村镇银行"],
       subject="云南省",
       subject_alts=["云南", "红河哈尼族彝族自治州", "红河州", "蒙自沪农商村镇银行"],
       period=WEEK, period_alts=WEEK_ALTS_1,
       note="four named banks in 云南 (弥勒、个旧、开远、建水, 红河州) → 云南省; " + WEEK_NOTE)
g.fact("同意这4家村镇银行", "4家", value=4, unit="count", kind="count", classifier="家",
       metric="被吸收合并的村镇银行",
       metric_alts=["解散的村镇银行", "村镇银行", "吸收合并的村镇银行",
                    "被吸收合并的村镇银行数量"],
       subject="蒙自沪农商村镇银行",
       subject_alts=["云南省", "云南", "红河哈尼族彝族自治州", "红河州"],
       period=WEEK, period_alts=WEEK_ALTS_1,
       note="anaphoric 这4家 with the predicate 被蒙自沪农商村镇银行吸收合并 (own mention); "
            "一周前 governs")
g.fact("被合并的4家村镇银行", "4家", value=4, unit="count", kind="count", classifier="家",
       metric="被合并的村镇银行",
       metric_alts=["被吸收合并的村镇银行", "新设为分支机构的村镇银行", "村镇银行",
                    "被合并的村镇银行数量"],
       subject="蒙自沪农商村镇银行",
       subject_alts=["云南省", "云南", "红河哈尼族彝族自治州", "红河州"],
       period=WEEK_SAME, period_alts=WEEK_ALTS_2,
       note="同日 → the day of 一周前 (same approval day)")

# ---- lines 10-11: no numerals (中小) -------------------------------------------------------

# ---- line 12 ---------------------------------------------------------------------------
SC = dict(subject="四川省", subject_alts=["四川", "四川金融监管局",
                                          "国家金融监督管理总局四川监管局"])
g.neg("4月20日，四川金融监管局", "4月20日", DATE_NOTE)
g.neg("4月20日，四川金融监管局", "四川", "place name 四川 (in the office name 四川金融监管局), "
      "not a quantity")
g.fact("发布6份行政许可批复", "6份", value=6, unit="count", kind="count", classifier="份",
       metric="行政许可批复",
       metric_alts=["发布行政许可批复", "批复", "行政许可批复数量"],
       subject="四川金融监管局",
       subject_alts=["国家金融监督管理总局四川监管局", "四川省", "四川"], period=APR20,
       note="the issuing office owns the count of its approvals (full name 国家金融监督管理"
            "总局四川监管局 as an alt); 4月20日 → the instant 2026-04-20")
g.fact("泸州6家市级农商行", "6家", value=6, unit="count", kind="count", classifier="家",
       metric="市级农商行",
       metric_alts=["获准吸收合并的市级农商行", "核准的市级农商行", "吸收合并的市级农商行",
                    "市级农商行数量", "农商行"],
       **SC, period=APR20, note="six named city-level rural commercial banks of 四川 → 四川省")
g.fact("共计27家县级农商行", "27家", value=27, unit="count", kind="count", classifier="家",
       metric="县级农商行",
       metric_alts=["被吸收合并的县级农商行", "吸收合并的县级农商行", "吸收合并县级农商行",
                    "县级农商行数量", "农商行"],
       **SC, period=APR20, note="共计 = in all, exact → eq")
g.fact("承继这27家农商行", "27家", value=27, unit="count", kind="count", classifier="家",
       metric="农商行",
       metric_alts=["县级农商行", "被承继债权、债务的农商行", "被承继债权债务的农商行",
                    "被吸收合并的县级农商行", "农商行数量"],
       **SC, period=APR20, note="anaphoric 这27家 (own mention, as 这3个省份 in nw_sina_20220122)")

# ---- line 13 ---------------------------------------------------------------------------
g.neg("5月28日，辽宁金融监管局", "5月28日", DATE_NOTE)
g.fact("发布4份批复", "4份", value=4, unit="count", kind="count", classifier="份",
       metric="批复", metric_alts=["发布批复", "行政许可批复", "批复数量"],
       subject="辽宁金融监管局",
       subject_alts=["国家金融监督管理总局辽宁监管局", "辽宁省", "辽宁"], period=MAY28,
       note="as 6份 in line 12; 5月28日 → the instant 2026-05-28")
g.fact("新民4家富民村镇银行", "4家", value=4, unit="count", kind="count", classifier="家",
       metric="富民村镇银行",
       metric_alts=["解散的富民村镇银行", "获准解散的富民村镇银行", "解散的村镇银行",
                    "富民村镇银行数量", "村镇银行"],
       subject="辽宁省", subject_alts=["辽宁", "沈阳市", "沈阳", "辽宁金融监管局"],
       period=MAY28, note="four named banks in 沈阳 (辽中、沈北、法库、新民) → 辽宁省 (city alt)")
g.fact("这4家机构全部资产", "4家", value=4, unit="count", kind="count", classifier="家",
       metric="机构",
       metric_alts=["被承接的机构", "富民村镇银行", "村镇银行", "解散的富民村镇银行",
                    "机构数量"],
       subject="盛京银行", subject_alts=["辽宁省", "辽宁", "沈阳市"], period=MAY28,
       note="anaphoric 这4家机构 whose assets etc. 盛京银行 takes over → the acquirer as "
            "subject (province as an alt); 5月28日 still governs the line")

# ---- line 14: no numerals ------------------------------------------------------------------

# ---- line 15 ---------------------------------------------------------------------------
g.neg("今年6月，民生银行", "今年6月", PERIOD_NOTE + " (the approval has no numeral)")

# ---- line 16 ---------------------------------------------------------------------------
g.neg("截至6月8日", "6月8日", PERIOD_NOTE + " (截至6月8日: the end of the count's period)")
g.fact("已有102家", "102家", value=102, unit="count", kind="count", classifier="家",
       metric="获批退出的村镇银行",
       metric_alts=["村镇银行", "获批退出市场的村镇银行", "退出的村镇银行",
                    "总行层面获批退出的村镇银行", "退出机构"] + VB_ALTS,
       **CN, period=P("截至6月8日", "2026-01-01", "2026-06-08"),
       period_alts=[P("截至6月8日", "2026-06-08", "2026-06-08"),
                    P("今年以来", "2026-01-01", REF)],
       note="今年以来 … 截至6月8日 → 2026-01-01..2026-06-08 (exits approved this year up to 8 "
            "June); alts: the cumulative instant on 8 June, and 今年以来 to the reference "
            "date. 在总行层面 (head offices only) is a scope of the count; national list of "
            "金融监管总局 → 中国")

# ---- line 17: no numerals (之一, 统一 lexicalized) ------------------------------------------

# ---- line 19 ---------------------------------------------------------------------------
g.neg("行业自身发展需求的双重推动", "双重", "adjective 双重 'dual', not a count")

# ---- line 20 ---------------------------------------------------------------------------
g.neg("2020年年底，原银保监会", "2020年年底", PERIOD_NOTE + " (the date of the notice; "
      "no numeric fact)")

# ---- line 21 ---------------------------------------------------------------------------
g.neg("2025年中央一号文件", "2025年", "year of a document's name (2025年中央一号文件), not a "
      "fact")
g.neg("2025年中央一号文件", "一号", "document label 一号文件 (the first central document "
      "of the year), not a count or rank")
g.neg("“一省一策”", "一省一策", "policy slogan “一省一策”")

# ---- line 22 ---------------------------------------------------------------------------
g.neg("金融服务“三农”", "三农", "policy label “三农”")

# ---- line 23 ---------------------------------------------------------------------------
g.neg("上海农商行在2025年度股东会", "2025年度", "year of a meeting's name (2025年度股东会), "
      "not a fact")
g.neg("采取“多县一行”", "多县一行", "policy slogan “多县一行” (one bank for several counties)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-23 (1,837 "
    "characters with the final newline, a byte copy made by code): the article is shorter "
    "than a usual excerpt, so nothing could be added. Title: line 1 as written. Date: "
    "2026-06-12, the publish_time of the crawl (2026-06-12 07:16) and the date in the "
    "original URL (t20260612); the text agrees (6月10日 approvals 'this week', 截至6月8日 "
    "counts). 今年 = 2026. Place: 中国 (a national story on the exit of village banks; "
    "national counts → 中国, alt 全国); counts of named banks take the province they are in "
    "(云南省, 浙江省, 四川省, 辽宁省) or the acquiring/holding bank when the predicate is "
    "its own (曲靖沾益兴福村镇银行, 蒙自沪农商村镇银行, 兴福村镇银行, 盛京银行), the other as "
    "alts; counts of approvals issued take the office (四川金融监管局, 辽宁金融监管局). "
    "Periods: an approval dated 6月10日 / 4月20日 / 5月28日 is an event → the instant of that "
    "day; 同日 repeats it; 一周前 → 2026-06-05 (one week before publication; alts null and "
    "2026-06-03, a week before the 6月10日 of line 2); 今年以来 = 2026-01-01..2026-06-12; "
    "截至6月8日 with 今年以来 → 2026-01-01..2026-06-08; 目前 → instant at the reference date; "
    "line 5 (此前, undated) and line 7 (no period) → null; the headline → null (alt 今年以来). "
    "Judgement calls: every restated count of the same banks (上述3家, 这4家, 这27家, 3家机构, "
    "这4家机构) is its own mention → its own fact with the predicate of its clause (as the "
    "anaphoric counts of nw_sina_20220427, nw_sina_20220122); shares (万股) → count, "
    "classifier 股; 增持…2151.4043万股 → positive count (the 增量 reading as alt); 第二批 → "
    "negative (batch label, as elsewhere). Negatives: 6月10日, 4月20日, 5月28日 (dates), "
    "6月以来, 一周前, 今年6月, 6月8日, 2020年年底 (periods), 2025年/一号 (document name), "
    "2025年度 (meeting name), 第二批 (batch label), 双重 (adjective), 一省一策, 多县一行, "
    "三农 (slogans/labels), 四川 (place name).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "中国经济网 finance.ce.cn, via jiayangrui05160031-cmyk/people-daily-economy-daily)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
