"""Gold annotations for nw_cctv_20250817_xizang_2025 (corpora/).

央视网消息（新闻联播）, 2025-08-17: 【辉煌60载 魅力新西藏】高质量发展跑出“加速度” 雪域高原谱新篇.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20250817_xizang_2025.txt (a short news item of 799 characters, so
all of it is taken), copied by code from the source bytes, never retyped.  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20250817_xizang_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20250817_xizang_2025"
PLACE = "西藏自治区"
REF = "2025-08-17"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "高质量发展跑出“加速度” 雪域高原谱新篇"   # without the column tag 【…】 (gold README §9)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="【辉煌60载 魅力新西藏】" + TITLE, ends="达到第三个千亿目标。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MILESTONE_NOTE = ("milestone label 第N个千亿 ('the Nth hundred-billion mark' of GDP): names the "
                  "step reached, not a claim of its own (the claims are the years it took, "
                  "and the 3000亿元 expected this year)")

# Periods (reference date 2025-08-17, the broadcast day): 2025年上半年 / 1—6月 =
# 2025-01-01..2025-06-30; 截至2024年底 = instant 2024-12-31; 2024年 = the year 2024; 今年 =
# 2025 (the whole year: 今年…有望突破 is an expectation for the year).
H1 = P("2025年上半年", "2025-01-01", "2025-06-30")
J6 = P("1—6月", "2025-01-01", "2025-06-30")
END2024 = P("截至2024年底", "2024-12-31", "2024-12-31")
Y2024 = P("2024年", "2024-01-01", "2024-12-31")
Y2025 = P("今年", "2025-01-01", "2025-12-31")

XZ = dict(subject="西藏自治区", subject_alts=["西藏", "全区", "西藏全区"])
GDP_ALTS = ["GDP", "地区生产总值", "全区生产总值", "经济总量", "国内生产总值"]

# ---- line 1: title --------------------------------------------------------------------------
g.neg("【辉煌60载", "60载", "column tag 【辉煌60载 魅力新西藏】 (the 60th anniversary of the "
      "autonomous region, 1965-2025), a slogan label, not a quantity claim")

# ---- line 2 (no numerals) ---------------------------------------------------------------------

# ---- line 3: first half of 2025 ---------------------------------------------------------------
g.neg("刚刚过去的2025年上半年", "2025年上半年", PERIOD_NOTE)
g.fact("生产总值1382.72亿元", "1382.72亿元", value=1.38272e11, unit="CNY", kind="amount",
       metric="生产总值", metric_alts=GDP_ALTS, **XZ, period=H1,
       note="全区 → 西藏自治区; 实现 → eq; 2025年上半年 → H1 2025")
g.fact("同比增长7.2%", "7.2%", value=7.2, unit="%", kind="growth", metric="生产总值",
       metric_alts=GDP_ALTS + ["生产总值增速", "GDP增速", "经济增速"], **XZ, period=H1,
       comparison="yoy",
       note="同比 → yoy; 增速连续多个季度位居全国前列 that follows has no numeral: no rank fact")
INC = "全体居民人均可支配收入"
g.fact("可支配收入同比增长7.6%", "7.6%", value=7.6, unit="%", kind="growth", metric=INC,
       metric_alts=["居民人均可支配收入", "人均可支配收入", "全体居民人均可支配收入增速",
                    "居民收入"],
       **XZ, period=H1, comparison="yoy")
g.neg("；1—6月，", "1—6月", PERIOD_NOTE)
VIS_ALTS = ["抵达西藏游客", "游客", "接待游客", "游客接待量", "接待游客人次", "游客人次",
            "抵达西藏人次", "旅游接待人次", "接待国内外游客"]
g.fact("3218万多人次抵达西藏", "3218万多人次", value=32180000, unit="count", kind="count",
       bound="gt", classifier="人次", metric="抵达西藏",
       metric_alts=VIS_ALTS, **XZ, period=J6,
       note="人次 is a classifier (SPEC §3); 多 inside the span → gt (README §1: 200多亿元); "
            "people arriving in 西藏 (tourists, as the 旅游收入 after it shows) → 西藏 owns "
            "the count; 1—6月 → Jan-Jun 2025")
g.fact("旅游收入超315亿元", "315亿元", value=3.15e10, unit="CNY", kind="amount", bound="gt",
       metric="旅游收入", metric_alts=["旅游总收入", "旅游业收入"], **XZ, period=J6,
       note="超 → gt (outside the span)")

# ---- line 4: three places (undated feature sentences) ------------------------------------------
g.neg("完成首台风机吊装", "首台", "first-of-kind 首台 ('the first turbine'; README §2: 首批, "
      "首座), not a count or rank")
g.fact("可满足12万户居民家庭用电", "12万户", value=120000, unit="count", kind="count",
       classifier="户", modality="target", metric="居民家庭",
       metric_alts=["满足用电的居民家庭", "居民家庭用电", "可满足居民家庭用电", "满足居民家庭用电",
                    "居民家庭用电户数", "供电居民家庭", "居民家庭用电需求"],
       subject="措美风电场",
       subject_alts=["山南措美风电场", "措美县", "山南市", "山南", "西藏自治区", "西藏"],
       period=None, period_alts=[P("投产后", None, None)],
       note="户 is a classifier (SPEC §3); the households the wind farm will supply once in "
            "operation (投产后可满足): designed capacity of a project still being built → "
            "target (README §6); metric the counted noun (README §3); the wind farm owns it (README §4), 山南 as alt; no period "
            "expression before it in the line and no document period (a feature sentence) → "
            "null")
g.neg("塔尔钦国际小镇二期建设", "二期", "phase label 二期 ('phase II'; README §2: 一期), not a "
      "quantity")
g.fact("这片6000亩的黑青稞种植基地", "6000亩", value=6000, unit="mu", kind="amount",
       metric="黑青稞种植基地面积",
       metric_alts=["种植基地面积", "黑青稞种植面积", "黑青稞种植基地", "面积", "基地面积"],
       subject="黑青稞种植基地",
       subject_alts=["日喀则黑青稞种植基地", "日喀则市", "日喀则", "西藏自治区", "西藏"],
       period=None, period_alts=[P("这片", REF, REF)],
       note="亩 stays mu (SPEC §3); the area of the field the camera shows (这片…的), owned by "
            "the base (README §4: a facility), 日喀则 as alt; no period in the line → null "
            "(the present of the story, the reference date, as alt)")

# ---- line 5: infrastructure at the end of 2024 --------------------------------------------------
g.neg("截至2024年底，西藏", "截至2024年底", PERIOD_NOTE)
ROAD_ALTS = ["公路通车里程", "公路里程", "公路总里程", "通车总里程", "公路通车总里程数"]
g.fact("分别达到了12.49万公里和1359公里", "12.49万公里", value=1.249e8, unit="m", kind="amount",
       metric="公路通车总里程", metric_alts=ROAD_ALTS, **XZ, period=END2024,
       period_alts=[P("截至2024年底", None, "2024-12-31"), Y2024],
       note="分别 list, first value (each value with its own unit); 万公里 → ×1e7 m; a stock "
            "at 截至2024年底 → instant 2024-12-31; 达到了 → eq")
RAIL_ALTS = ["铁路里程", "铁路运营总里程", "铁路营业里程", "运营里程"]
g.fact("分别达到了12.49万公里和1359公里", "1359公里", value=1.359e6, unit="m", kind="amount",
       metric="铁路运营里程", metric_alts=RAIL_ALTS, **XZ, period=END2024,
       period_alts=[P("截至2024年底", None, "2024-12-31"), Y2024],
       note="分别 list, second value; 公里 → ×1e3 m; instant 2024-12-31")
g.fact("183条国际国内航线", "183条", value=183, unit="count", kind="count", classifier="条",
       metric="国际国内航线",
       metric_alts=["航线", "国际国内航线数量", "航线数量", "国内国际航线", "航空航线"],
       **XZ, period=END2024,
       period_alts=[P("截至2024年底", None, "2024-12-31"), Y2024, P("截至2024年底", REF, REF)],
       note="the routes flown (a stock) in the same sentence as 截至2024年底 → instant "
            "2024-12-31 (judgement call: the present of 织就/让…相连, the reference date, as "
            "alt)")

# ---- line 6: incomes 2024 and the GDP milestones ------------------------------------------------
g.neg("现实。2024年，城镇居民", "2024年", PERIOD_NOTE)
URB = "城镇居民人均可支配收入"
URB_ALTS = ["城镇居民人均收入", "城镇居民收入", "城镇人均可支配收入"]
RUR = "农牧民居民人均可支配收入"
RUR_ALTS = ["农牧民人均可支配收入", "农牧民居民人均收入", "农牧民收入", "农村居民人均可支配收入",
            "农牧民居民收入"]
g.fact("分别为55444元、21578元", "55444元", value=55444, unit="CNY", kind="amount",
       metric=URB, metric_alts=URB_ALTS, **XZ, period=Y2024,
       note="分别 list, first value → 城镇居民 (the head 人均可支配收入 is shared); 2024")
g.fact("分别为55444元、21578元", "21578元", value=21578, unit="CNY", kind="amount",
       metric=RUR, metric_alts=RUR_ALTS, **XZ, period=Y2024,
       note="分别 list, second value → 农牧民居民 (as written; 农村居民 as alt)")
g.neg("是1965年的121倍", "1965年", "basis year of the multiples (是1965年的N倍), not a fact; "
      "the period of the facts stays 2024 (as 是2002年的近40倍 in "
      "nw_cctv_20120803_shenyang_2012)")
g.fact("是1965年的121倍和199倍", "121倍", value=121, unit="times", kind="ratio",
       metric=URB, metric_alts=URB_ALTS + [URB + "相当于1965年的倍数", URB + "与1965年之比"],
       **XZ, period=Y2024,
       note="是1965年的N倍 → ratio (the 2024 income over the 1965 one), first value ↔ "
            "城镇居民 (和 pairs the lists in order); each value with its own 倍; comparison "
            "null (ratio facts carry none, as nw_cctv_20120803_shenyang_2012)")
g.fact("是1965年的121倍和199倍", "199倍", value=199, unit="times", kind="ratio",
       metric=RUR, metric_alts=RUR_ALTS + [RUR + "相当于1965年的倍数", RUR + "与1965年之比"],
       **XZ, period=Y2024, note="second value ↔ 农牧民居民")
STEP_NOTE = ("a duration (年 → unit year, kind amount, as 连续16年 in "
             "nw_cctv_20250518_zhejiang_open_2025): the time 西藏's GDP took to reach the "
             "mark; the text dates neither end, and the 2024年 at the head of the line "
             "cannot be the period of a span of {} years → null (judgement call; the literal "
             "inheritance of 2024年 as alt)")
g.neg("达到第一个千亿用了", "第一个千亿", MILESTONE_NOTE)
g.fact("第一个千亿用了50年时间", "50年", value=50, unit="year", kind="amount",
       metric="生产总值达到第一个千亿所用时间",
       metric_alts=["达到第一个千亿所用时间", "达到第一个千亿用时", "生产总值达到第一个千亿用时",
                    "第一个千亿用时", "第一个千亿所用时间", "生产总值达到千亿所用时间",
                    "生产总值"],
       **XZ, period=None, period_alts=[Y2024], note=STEP_NOTE.format(50))
g.neg("而第二个千亿仅仅", "第二个千亿", MILESTONE_NOTE)
g.fact("仅仅用了6年", "6年", value=6, unit="year", kind="amount",
       metric="生产总值达到第二个千亿所用时间",
       metric_alts=["达到第二个千亿所用时间", "第二个千亿用时", "第二个千亿所用时间",
                    "生产总值达到第二个千亿用时", "生产总值"],
       **XZ, period=None, period_alts=[Y2024], note=STEP_NOTE.format(6))
g.fact("有望突破3000亿元", "3000亿元", value=3e11, unit="CNY", kind="amount", bound="gt",
       modality="forecast", metric="生产总值", metric_alts=GDP_ALTS, **XZ, period=Y2025,
       note="今年 → 2025 (the whole year, replaces 2024年 of the line); 有望 'is expected to' → "
            "forecast (the 目标 that follows names the mark, 第三个千亿); 突破 → gt (outside "
            "the span); 全区 → 西藏自治区")
g.neg("达到第三个千亿目标", "第三个千亿", MILESTONE_NOTE)

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 (799 characters, "
    "a byte copy made by code): a short 新闻联播 item, so all of it is taken. Date: "
    "2025-08-17, the broadcast date given by the source meta and INDEX.tsv (file name of the "
    "daily transcript and the 查看原文 URL); the text agrees: 刚刚过去的2025年上半年 'the "
    "first half of 2025 just past', and the 60th anniversary of the autonomous region "
    "(1965-2025, 辉煌60载) falls on 2025-09-01. 今年 = 2025 (the whole year for the "
    "expectation 今年全区生产总值有望突破3000亿元); there is no 全年/上年. Place: 西藏自治区 "
    "(全区, 西藏全区, 西藏 → 西藏自治区). Title: the headline without the column tag "
    "【辉煌60载 魅力新西藏】 (gold README §9). Periods: 2025年上半年 and 1—6月 = "
    "2025-01-01..2025-06-30 (line 3); line 4 (措美风电场, 塔尔钦, 日喀则) states no period and "
    "the item has no document period → null; 截至2024年底 → instant 2024-12-31 for the "
    "stocks of line 5 (road and railway length, 183条 routes); 2024年 → the year 2024 for "
    "the incomes and their multiples over 1965 (1965年 is the basis, a negative); the two "
    "durations (50年, 6年) → null (the 2024年 inheritance as alt); 今年 → 2025. Judgement "
    "calls: 投产后可满足12万户 → count, modality target (capacity of a project being built); "
    "6000亩 → amount owned by the 黑青稞种植基地; 183条航线 → instant 2024-12-31 (reference "
    "date as alt); 用了50年/6年 → durations (kind amount, unit year); 第一/二/三个千亿 → "
    "milestone labels (negatives), the 3000亿元 → forecast (有望), gt; 3218万多人次 → count "
    "of arrivals, gt. Negatives: 60载 (column tag), 2025年上半年, 1—6月, 截至2024年底, "
    "2024年 (periods), 1965年 (basis year), 首台 (first-of-kind), 二期 (phase label), "
    "第一个千亿 / 第二个千亿 / 第三个千亿 (milestone labels).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
