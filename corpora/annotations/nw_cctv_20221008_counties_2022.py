"""Gold annotations for nw_cctv_20221008_counties_2022 (held-out: corpora/heldout/).

央视网消息（新闻联播）, 2022-10-08: 【走进县城看发展】陕西石泉 / 新疆玛纳斯 / 湖南桂阳.
The excerpt is the whole source, lines 1-12 of
shared/texts/news/nw_cctv_20221008_counties_2022.txt (a short news item, far below the
usual excerpt length, so all of it is taken), copied by code from the source bytes, never
retyped.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20221008_counties_2022.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20221008_counties_2022"
PLACE = "中国"
REF = "2022-10-08"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 12                     # 1-based, inclusive, whole lines (the whole file)
TITLE = ("【走进县城看发展】陕西石泉：厚植生态优势 推进产业发展 新疆玛纳斯：让“绿色”成为发展主色 "
         "湖南桂阳：产业转型 老矿区添新活力")


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
CONGRESS_NOTE = ("congress name 十八大 (the 18th CPC National Congress, Nov 2012) inside the "
                 "period expression 党的十八大以来, not a quantity")

# Periods (reference date 2022-10-08).  党的十八大以来 = since the 18th Party Congress
# (opened 2012-11-08) up to the reference date; 2021年 = the year 2021; 如今/目前/现在/这些天 =
# the reference date, an instant; 十年前 = 2012; 每年(这个时节) = recurring, text only.
SINCE18 = P("党的十八大以来", "2012-11-08", REF)
SINCE18_ALTS = [P("党的十八大以来", "2012-11-14", REF), P("党的十八大以来", "2012-11-15", REF),
                P("党的十八大以来", "2012-11-01", REF), P("党的十八大以来", None, REF),
                P("党的十八大以来", None, None)]
SINCE18_NOW = P("党的十八大以来", REF, REF)      # stock reading: the level now
Y2021 = P("2021年", "2021-01-01", "2021-12-31")


def now(word):
    """An instant at the reference date (目前, 如今, …), alts open start and null."""
    return dict(period=P(word, REF, REF), period_alts=[P(word, None, REF), P(word, None, None)])


SQ = dict(subject="石泉县", subject_alts=["石泉", "陕西石泉县", "陕西省石泉县", "陕西石泉"])
MNS_ALTS = ["玛纳斯", "新疆玛纳斯县", "新疆玛纳斯", "新疆维吾尔自治区玛纳斯县"]
MNS = dict(subject="玛纳斯县", subject_alts=MNS_ALTS)
GY = dict(subject="桂阳县", subject_alts=["桂阳", "湖南桂阳县", "湖南省桂阳县", "湖南桂阳"])

# ---- line 1: title (no numerals) --------------------------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.neg("今天（10月8日）", "10月8日", "date on its own (the broadcast day), not a fact")

# ---- line 3: heading 陕西石泉 (no numerals) ----------------------------------------------
# ---- line 4: no numerals (统一代养: lexicalized 统一) ------------------------------------

# ---- line 5 ----------------------------------------------------------------------------
g.neg("党的十八大以来，石泉县", "十八大", CONGRESS_NOTE)
g.fact("优质桑园7.3万亩", "7.3万亩", value=73000, unit="mu", kind="amount",
       metric="高标准优质桑园",
       metric_alts=["高标准优质桑园面积", "建起高标准优质桑园", "优质桑园", "优质桑园面积",
                    "桑园", "桑园面积", "高标准桑园", "高标准桑园面积", "蚕桑产业规模"],
       **SQ, period=SINCE18, period_alts=SINCE18_ALTS + [SINCE18_NOW],
       note="亩 stays mu (SPEC §3); area noun as metric (as 高标准农田335万亩 in wr_hunan); "
            "建起 over the period 党的十八大以来 (Nov 2012 → reference date) → that span, as "
            "打造了… under 近年来 in 001; the stock reading (instant at the reference date), "
            "open start and null as alts")
g.neg("，2021年蚕桑产业", "2021年", PERIOD_NOTE)
g.fact("总产值达20亿元", "20亿元", value=2e9, unit="CNY", kind="amount",
       metric="蚕桑产业总产值",
       metric_alts=["蚕桑产业产值", "蚕桑总产值", "蚕桑产值", "总产值", "产业总产值"],
       subject="石泉县",
       subject_alts=SQ["subject_alts"] + ["蚕桑产业", "石泉县蚕桑产业", "石泉蚕桑产业"],
       period=Y2021, note="达 → eq; 2021年 just before it governs (a flow: the year 2021)")

# ---- line 6 ----------------------------------------------------------------------------
g.fact("森林覆盖率达到75.8%", "75.8%", value=75.8, unit="%", kind="share",
       metric="森林覆盖率", metric_alts=["森林覆盖"], **SQ, **now("如今"),
       note="a rate of a stock → share; 如今 → instant at the reference date (alts "
            "null..ref, null); 达到 → eq")

# ---- line 7: heading 新疆玛纳斯 (no numerals) --------------------------------------------

# ---- line 8 ----------------------------------------------------------------------------
g.neg("挂满枝头。党的十八大以来", "十八大", CONGRESS_NOTE)
g.fact("机械化率达到98%以上", "98%", value=98, unit="%", kind="share", bound="ge",
       metric="农业机械化率",
       metric_alts=["农业综合机械化率", "机械化率", "农业机械化水平"],
       **MNS, period=SINCE18_NOW, period_alts=[SINCE18] + SINCE18_ALTS,
       note="以上 → ge (outside the span); a rate → share; 达到 under 党的十八大以来 = the "
            "level reached now → instant at the reference date (stock rule, SPEC §4); the "
            "literal span Nov 2012..ref, open start and null as alts")

# ---- line 9 ----------------------------------------------------------------------------
g.fact("吸引数万只候鸟", "数万只", value=1e4, unit="count", kind="count", bound="gt",
       classifier="只", metric="候鸟",
       metric_alts=["候鸟数量", "迁徙候鸟", "吸引候鸟", "前来栖息觅食的候鸟", "栖息觅食候鸟",
                    "候鸟数"],
       subject="玛纳斯国家湿地公园",
       subject_alts=["玛纳斯湿地", "湿地公园", "国家湿地公园", "玛纳斯国家湿地公园湿地",
                     "玛纳斯县", *MNS_ALTS],
       period=P("每年这个时节", None, None),
       note="数万 → 1e4 gt (SPEC §2: 数十 → 10 gt); counted noun 候鸟 as metric; the park "
            "attracts them → subject; 每年这个时节 = every year at this season, recurring → "
            "text only, start/end null (README §5: 每年)")
g.neg("十年前，湿地周边", "十年前", PERIOD_NOTE + " (十年前 = 2012)")
g.neg("还是一片片农田", "一片片", "reduplicated 一 + classifier ('field after field'), as 一个个 "
      "(README §2), not a count")
WET_ALTS = ["玛纳斯湿地面积", "湿地", "面积", "湿地总面积"]
WET_SUBJ = dict(subject="玛纳斯县",
                subject_alts=MNS_ALTS + ["玛纳斯湿地", "玛纳斯国家湿地公园", "湿地"])
g.fact("从原有的9万亩", "9万亩", value=90000, unit="mu", kind="amount",
       metric="湿地面积", metric_alts=WET_ALTS, **WET_SUBJ,
       period=P("十年前", "2012-12-31", "2012-12-31"),
       period_alts=[P("十年前", "2012-01-01", "2012-12-31"),
                    P("十年前", "2012-10-08", "2012-10-08"), P("原有的", None, None)],
       note="the earlier level of a from/to pair (从原有的X扩大到了现在的Y); 十年前 (2012), "
            "earlier in the line, is when the wetland was still farmland → the original "
            "area is the stock of 2012: instant at its end (stock rule); the whole year, "
            "the day ten years before the reference date and null as alts; 玛纳斯湿地面积: "
            "玛纳斯 → 玛纳斯县 + metric 湿地面积 (玛纳斯湿地 / the park as subject alts)")
g.fact("扩大到了现在的17万亩", "17万亩", value=170000, unit="mu", kind="amount",
       metric="湿地面积", metric_alts=WET_ALTS, **WET_SUBJ, **now("现在"),
       note="the later level of the from/to pair: 现在 inside the pair governs it → instant "
            "at the reference date (alts null..ref, null)")
g.fact("城市绿化覆盖率达到45.16%", "45.16%", value=45.16, unit="%", kind="share",
       metric="城市绿化覆盖率",
       metric_alts=["绿化覆盖率", "建成区绿化覆盖率", "县城绿化覆盖率", "城市绿化覆盖"],
       subject="玛纳斯县", subject_alts=MNS_ALTS + ["玛纳斯县城", "玛纳斯县城市"],
       **now("目前"), note="a rate → share; 目前 → instant at the reference date; 达到 → eq")
g.fact("公共绿地面积达到91平方米", "91平方米", value=91, unit="m2", kind="amount",
       metric="城市人均公共绿地面积",
       metric_alts=["人均公共绿地面积", "人均公共绿地", "城市人均公共绿地", "人均绿地面积",
                    "城市人均绿地面积"],
       subject="玛纳斯县", subject_alts=MNS_ALTS + ["玛纳斯县城", "玛纳斯县城市"],
       **now("目前"), note="平方米 = m2 ×1; per-capita level, 目前 still governs → instant")

# ---- line 10: heading 湖南桂阳 (no numerals) ---------------------------------------------

# ---- line 11 ---------------------------------------------------------------------------
g.fact("荷叶镇千亩生态茶园", "千亩", value=1000, unit="mu", kind="amount",
       metric="生态茶园面积",
       metric_alts=["茶园面积", "生态茶园", "千亩生态茶园", "茶园", "生态茶园规模"],
       subject="荷叶镇生态茶园",
       subject_alts=["荷叶镇千亩生态茶园", "千亩生态茶园", "生态茶园", "茶园",
                     "桂阳县荷叶镇生态茶园", "湖南省桂阳县荷叶镇千亩生态茶园", "荷叶镇",
                     "桂阳县荷叶镇", "湖南省桂阳县荷叶镇", "桂阳县", "桂阳", "湖南省桂阳县"],
       **now("这些天"),
       note="judgement call: a size written into the garden's designation (千亩生态茶园 'the "
            "thousand-mu ecological tea garden'), a quantity with a unit as SPEC §1 counts "
            "capacities in project names → area 1000 mu; no bound word → eq (a round "
            "figure as written); the garden owns it (README §4, as 上党50万亩大型灌区 in "
            "doc004); 这些天 before it → instant at the reference date (alts null..ref, null)")
g.neg("然而，十年前桂阳县", "十年前", PERIOD_NOTE + " (十年前 = 2012; no fact depends on it)")

# ---- line 12 ---------------------------------------------------------------------------
g.neg("党的十八大以来，湖南桂阳县", "十八大", CONGRESS_NOTE)
g.fact("有色金属矿产有20多个品种", "20多个", value=20, unit="count", kind="count", bound="gt",
       classifier="个", metric="已探明的有色金属矿产品种",
       metric_alts=["有色金属矿产品种", "已探明有色金属矿产品种", "已探明的有色金属矿产",
                    "已探明有色金属矿产", "有色金属矿产", "有色金属矿产品种数",
                    "已探明的有色金属矿产品种数量", "有色金属矿种"],
       subject="桂阳县", subject_alts=GY["subject_alts"] + ["桂阳县境内"],
       period=SINCE18_NOW, period_alts=[SINCE18] + SINCE18_ALTS,
       note="20多个 → 20 gt (多 inside the span); classifier 个, counted noun 品种 of "
            "有色金属矿产 in the metric; 已探明 = a stock → instant at the end of the governing "
            "党的十八大以来 (the reference date); literal span, open start and null as alts")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-12 (a byte copy "
    "made by code): a short 新闻联播 item, so all of it is taken. Date: 2022-10-08, the "
    "broadcast date given by the source meta (file name of the daily transcript and the "
    "查看原文 URL); the text agrees: 今天（10月8日）, and 2021年 figures are the latest full-year "
    "data. Place: the item visits three counties in three provinces (陕西石泉县, 新疆玛纳斯县, "
    "湖南桂阳县) → document place 中国, as for the other multi-region round-ups; every fact "
    "takes the county the text names (official names 石泉县 / 玛纳斯县 / 桂阳县; short and "
    "province-prefixed forms in subject_alts); 玛纳斯国家湿地公园 owns its migratory birds and "
    "荷叶镇(千亩)生态茶园 its area. Periods: 党的十八大以来 = 2012-11-08 (opening of the 18th "
    "Party Congress) .. the reference date (alts: close of the congress, Nov 2012, open "
    "start, null); flows/increments under it (建起桑园7.3万亩) take the span; levels reached "
    "under it (农业机械化率达到98%以上, 已探明20多个品种) are stocks → instant at the reference "
    "date (span as alt); 2021年 → 2021; 如今 / 目前 / 现在 / 这些天 → instant 2022-10-08 "
    "(alts null..ref, null); 每年这个时节 → text only; 十年前 = 2012: the earlier value of "
    "从原有的9万亩扩大到了现在的17万亩 is read as the 2012 stock (instant 2012-12-31; year, "
    "2012-10-08, null as alts), the later one takes 现在. Judgement calls: 千亩 (千亩生态茶园) "
    "is a fact (area 1000 mu, eq); 数万只 → 1e4 gt. Negatives: 10月8日 (date), 十八大 ×3 "
    "(congress name in the period expression), 十年前 ×2 (period), 一片片 (reduplication).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
