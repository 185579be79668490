"""Gold annotations for nw_cctv_20251012_hubei_tianmen_2025 (corpora/).

央视网消息（新闻联播）, 2025-10-12: 【活力中国调研行】湖北天门：服装电商带火一座城.  The excerpt is
the whole source, lines 1-8 of shared/texts/news/nw_cctv_20251012_hubei_tianmen_2025.txt (a
short news item, shorter than 2,000 characters, so all of it is taken), copied by code from the
source bytes, never retyped.  Facts and negatives are written by hand from the text, sentence
by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20251012_hubei_tianmen_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20251012_hubei_tianmen_2025"
PLACE = "湖北省天门市"                   # a county-level city administered by 湖北省 (places.toml)
REF = "2025-10-12"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 8                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "【活力中国调研行】湖北天门：服装电商带火一座城"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="已连续两年实现净增长。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2025-10-12, the broadcast day).  今年上半年 = 2025-01-01..2025-06-30;
# 2021年 / 2024年 inside the from/to pair govern only their own values (SPEC §4); 如今 / 目前 =
# the reference date.  一年 in the lead (一年卖出超6亿件服装、交易额超500亿元) is 'in a year', an
# annual rate with no year named: text only, start/end null (as 每年 in README §5), the year
# 2024 (the last full year, 513亿元 in line 5) as an alt.  Lines 2 (the 年均 growth) and 6 state
# no usable period and the item has no document period → null.
ONE_YEAR = P("一年", None, None)
ONE_YEAR_ALTS = [P("一年", "2024-01-01", "2024-12-31")]
Y2021 = P("2021年", "2021-01-01", "2021-12-31")
Y2024 = P("2024年", "2024-01-01", "2024-12-31")
H1 = P("今年上半年", "2025-01-01", "2025-06-30")
NOW_RU = P("如今", REF, REF)
NOW_RU_ALTS = [P("如今", None, REF), P("如今", None, None)]
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, REF), P("目前", None, None)]

TM = dict(subject="天门市", subject_alts=["天门", "湖北天门", "湖北省天门市", "当地"])
TM_IND = dict(subject="天门市",
              subject_alts=["天门", "湖北天门", "湖北省天门市", "当地", "天门服装电商产业",
                            "湖北天门服装电商产业", "天门服装电商", "服装电商产业", "服装电商行业"])
TRADE = "服装电商交易额"
TRADE_ALTS = ["交易额", "服装电商产业交易额", "服装电商行业交易额", "服装电商"]

# ---- line 1: title -------------------------------------------------------------------------
g.neg("服装电商带火一座城", "一座", "indefinite article 一座 ('a city'), not a count")

# ---- line 2 --------------------------------------------------------------------------------
g.neg("：一年卖出超6亿件", "一年", PERIOD_NOTE + " ('in a year': an annual rate, no year "
      "named), not a 1-year duration fact")
g.fact("一年卖出超6亿件服装", "6亿件", value=6e8, unit="count", kind="count", bound="gt",
       classifier="件", metric="服装",
       metric_alts=["卖出服装", "服装销量", "服装销售量", "服装年销量", "卖出服装数量",
                    "服装电商服装销量", "服装销售件数"],
       **TM_IND, period=ONE_YEAR, period_alts=ONE_YEAR_ALTS,
       note="超 → gt (outside the span); 亿 ×1e8; pieces of clothing sold by 天门's garment "
            "e-commerce in a year (the city owns it; the industry as alt); 一年 → text only, "
            "2024 as alt")
g.fact("交易额超500亿元", "500亿元", value=500e8, unit="CNY", kind="amount", bound="gt",
       metric=TRADE, metric_alts=TRADE_ALTS + ["年交易额"], **TM_IND,
       period=ONE_YEAR, period_alts=ONE_YEAR_ALTS,
       note="超 → gt; the head 服装电商 is restored from line 5 (服装电商交易额 … 2024年的513"
            "亿元, the same indicator); 一年 governs → text only, 2024 as alt")
g.fact("年均增速达到92%", "92%", value=92, unit="%", kind="growth", metric=TRADE,
       metric_alts=TRADE_ALTS + ["年均增速", "服装电商交易额年均增速", "服装电商产业年均增速",
                                 "服装电商产业", "服装电商交易额增速"],
       **TM_IND, period=None,
       period_alts=[P("近年来", "2021-01-01", "2024-12-31"), P("近年来", "2022-01-01", "2024-12-31"),
                    P("近年来", None, REF)],
       comparison="年均",
       note="average annual growth (comparison = the surface basis 年均, as in the shanxi/"
            "west golds); read as the growth of the 交易额 just named (70亿元 in 2021 → 513"
            "亿元 in 2024 is ≈94 % a year; the text does not say which years: judgement "
            "call); 一年 does not fit an average over years and 近年来 comes after it → null "
            "(2021..2024, 2022..2024 and 近年来 as alts)")

# ---- line 3 (no numerals) / line 4 ----------------------------------------------------------
g.neg("因为订单太多", "订单", "lexicalized 订单 'order'; 单 is not a quantity")
g.neg("另一家服装电商企业", "一家", "'another' (另一家): indefinite, not a count")

# ---- line 5 --------------------------------------------------------------------------------
g.neg("不是一家两家企业", "一家两家", "vague 'one or two' (一家两家) in a rhetorical "
      "contrast, not a count")
g.neg("从2021年的70亿元", "2021年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "its own value, 70亿元)")
g.fact("从2021年的70亿元", "70亿元", value=70e8, unit="CNY", kind="amount", metric=TRADE,
       metric_alts=TRADE_ALTS, **TM_IND, period=Y2021,
       note="from-value of the pair: its own 2021年 → the year 2021 (a flow); 在天门 → 天门市")
g.neg("增长到2024年的513亿元", "2024年", PERIOD_NOTE + " (inside a from/to pair: governs "
      "only its own value, 513亿元)")
g.fact("增长到2024年的513亿元", "513亿元", value=513e8, unit="CNY", kind="amount",
       metric=TRADE, metric_alts=TRADE_ALTS, **TM_IND, period=Y2024,
       note="to-value of the pair: the year 2024; 增长到 = the level reached, not an increment")
g.neg("今年上半年突破300亿元", "今年上半年", PERIOD_NOTE)
g.neg("一经建成", "一经", "lexicalized 一经 'as soon as', not a quantity")
g.fact("今年上半年突破300亿元", "300亿元", value=300e8, unit="CNY", kind="amount",
       bound="gt", metric=TRADE, metric_alts=TRADE_ALTS, **TM_IND, period=H1,
       note="突破 → gt (outside the span); the subject 服装电商交易额 carries over; 今年上半年 → "
            "2025-01-01..2025-06-30")
g.fact("同比增长30%以上", "30%", value=30, unit="%", kind="growth", bound="ge",
       metric=TRADE, metric_alts=TRADE_ALTS + ["服装电商交易额增速"], **TM_IND, period=H1,
       comparison="yoy", note="以上 → ge (outside the span); 同比 → yoy; 今年上半年 governs")

# ---- line 6 --------------------------------------------------------------------------------
g.fact("几十万天门人回乡创业", "几十万", value=1e5, unit="count", kind="count", bound="gt",
       classifier="人", metric="回乡创业的天门人",
       metric_alts=["在外从事服装业的天门人", "回乡创业天门人", "天门人", "回乡创业人数",
                    "返乡创业人数", "回乡创业的天门人数量", "在外从事服装业的天门人数量",
                    "吸引回乡创业的天门人"],
       **TM, period=None, period_alts=[P("如今", REF, REF)],
       note="几十万 → 1e5 gt (SPEC: 数十 → 10 gt, 十几万 → 1e5 gt: the scale 万 applied to "
            "几十); no measure word is written (classifier 人; 天门人 is the counted noun, "
            "outside the span, as 14亿多中国人民 in nw_cctv_20230418_china_2023q1); read as the "
            "number drawn back (吸引…回乡创业), the pool of natives working away as an alt; "
            "no period in the line → null (the reference-date instant as alt)")
POLICY = "纺织服装产业专项政策"
g.fact("先后出台了4项17条", "4项", value=4, unit="count", kind="count", classifier="项",
       metric=POLICY,
       metric_alts=["专项政策", "针对纺织服装产业的专项政策", "出台专项政策", "专项政策数量",
                    "纺织服装产业专项政策数量", "政策"],
       **TM, period=None, period_alts=[P("先后", None, REF)],
       note="4 policies with 17 articles in all (4项17条): two counts, one per quantity "
            "mention; issued by the city (他们 = 天门, the government issues policy) → 天门市; "
            "先后 'one after another' names no period → null (open span up to now as alt)")
g.fact("先后出台了4项17条", "17条", value=17, unit="count", kind="count", classifier="条",
       metric=POLICY,
       metric_alts=["纺织服装产业专项政策条款", "专项政策条款", "专项政策条数", "政策条款",
                    "专项政策", "针对纺织服装产业的专项政策", "条款"],
       **TM, period=None, period_alts=[P("先后", None, REF)],
       note="17 articles (条) across the 4 policies; counted noun = the policies (their "
            "articles as alts); period as for 4项")

# ---- line 7 --------------------------------------------------------------------------------
g.fact("市场主体已达7000户", "7000户", value=7000, unit="count", kind="count",
       classifier="户", metric="服装电商市场主体",
       metric_alts=["市场主体", "服装电商市场主体数量", "天门服装电商市场主体", "服装电商经营主体"],
       **TM_IND, period=NOW_RU, period_alts=NOW_RU_ALTS,
       note="如今…已达 → a stock now, instant at the reference date; 户 is the classifier "
            "(SPEC §3)")
g.fact("跨境电商日均出货60万件", "60万件", value=60e4, unit="count", kind="count",
       classifier="件", metric="跨境电商日均出货",
       metric_alts=["跨境电商日均出货量", "日均出货", "日均出货量", "跨境电商出货量", "跨境电商出货",
                    "跨境电商日出货量"],
       subject="天门市",
       subject_alts=["天门", "湖北天门", "湖北省天门市", "当地", "天门跨境电商", "跨境电商",
                     "天门服装电商"],
       period=NOW_RU, period_alts=NOW_RU_ALTS,
       note="a daily rate (日均, in the metric, SPEC §3 base unit) at present: 如今 governs → "
            "instant at the reference date (open span and null as alts)")
g.fact("覆盖150多个国家和地区", "150多个", value=150, unit="count", kind="count", bound="gt",
       classifier="个", metric="覆盖国家和地区",
       metric_alts=["国家和地区", "覆盖的国家和地区", "跨境电商覆盖国家和地区", "覆盖国家和地区数量",
                    "出口国家和地区", "市场覆盖国家和地区"],
       subject="天门市",
       subject_alts=["天门", "湖北天门", "湖北省天门市", "天门跨境电商", "跨境电商", "天门服装电商"],
       period=NOW_RU, period_alts=NOW_RU_ALTS,
       note="多 inside the span → gt; the reach of 天门's cross-border e-commerce now (stock) "
            "→ instant at the reference date")
g.fact("传输200余项生产参数", "200余项", value=200, unit="count", kind="count", bound="gt",
       classifier="项", metric="生产参数",
       metric_alts=["传输生产参数", "实时传输生产参数", "生产参数数量", "实时向“云端”传输生产参数",
                    "传输的生产参数"],
       subject="服装生产企业",
       subject_alts=["这家服装生产企业", "物联网芯片", "衣架", "天门市", "天门"],
       period=NOW_RU, period_alts=NOW_RU_ALTS,
       note="余 inside the span → gt; parameters each hanger's chip sends at the unnamed firm "
            "the reporter visited (在这家服装生产企业 → the firm owns it, README §4; the city as "
            "alt); 如今 of the line governs → the reference date (null as alt)")

# ---- line 8 --------------------------------------------------------------------------------
g.fact("直接带动16万人", "16万人", value=16e4, unit="count", kind="count", classifier="人",
       metric="本地就业",
       metric_alts=["带动本地就业", "直接带动本地就业", "本地就业人数", "带动就业人数", "带动就业",
                    "直接带动就业", "就业人数", "直接带动本地就业人数"],
       **TM_IND, period=NOW, period_alts=NOW_ALTS,
       note="目前 → a stock of jobs now, instant at the reference date; the industry (天门服装"
            "电商产业) is the sentence's subject, the city is the owner (industry as alt, "
            "README §4 sector rule)")
g.fact("已连续两年实现净增长", "两年", value=2, unit="year", kind="amount",
       metric="常住人口净增长持续时间",
       metric_alts=["常住人口连续净增长", "常住人口净增长", "常住人口连续净增长年数",
                    "常住人口净增长年数", "连续净增长", "净增长持续时间", "常住人口实现净增长"],
       **TM, period=NOW,
       period_alts=[P("连续两年", "2023-01-01", "2024-12-31"), P("连续两年", "2024-01-01", "2025-12-31"),
                    P("目前", None, REF), P("目前", None, None)],
       note="length of a streak (连续两年) → 2 year, metric <what kept on>持续时间 as the streak "
            "golds (nw_cctv_20240428_northeast_2024); 当地 → 天门市; 目前 earlier in the line "
            "governs → the reference date (the two years 2023-2024 or 2024-2025, and null "
            "as alts; judgement call)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-8 (656 characters, "
    "a byte copy made by code): a short 新闻联播 item, shorter than 2,000 characters, so all of "
    "it is taken. Date: 2025-10-12, the broadcast date given by the source meta (file name of "
    "the daily transcript and the 查看原文 URL); the text agrees: its latest data are 今年上半年 "
    "and 2024年 is the last full year. 今年 = 2025 (今年上半年 = 2025-01-01..2025-06-30); there "
    "is no 全年/上年. Place: 湖北省天门市 (the source meta; a county-level city administered by "
    "湖北省); 天门 / 湖北天门 / 当地 → subject 天门市, the garment e-commerce industry as an "
    "alt; the unnamed firm visited owns its 200余项. Title: line 1 as written (with the column "
    "tag 【活力中国调研行】, as the other 新闻联播 golds). Periods: 2021年/2024年 in the from/to "
    "pair govern only their own values; 如今/目前 = the reference date (stocks and current "
    "rates: 7000户, 60万件 a day, 150多个, 200余项, 16万人, the 两年 streak); 一年 in the lead "
    "('in a year') → text only, null dates (2024 as alt); line 6 and the 年均 growth have no "
    "period → null. Judgement calls: 92% 年均增速 read as the growth of 服装电商交易额 (the text "
    "does not name the indicator or the years); 几十万天门人 → a count 1e5 gt (classifier 人, "
    "as 14亿多中国人民); 4项17条 → two counts; 连续两年 → a 2-year streak fact; 一家两家 and "
    "另一家 → negatives. Negatives: 一座 (title article), 一年 (period), 一家 (另一家), 一家两家, "
    "2021年, 2024年, 今年上半年, 订单 and 一经 (lexicalized 'order', 'as soon as').")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
