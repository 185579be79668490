"""Gold annotations for nw_cctv_20240828_anhui_trade_2024 (corpora/).

央视网消息（新闻联播）, 2024-08-28: 【一线调研】安徽外贸增速加快的背后.
The excerpt is the whole source, lines 1-7 of
shared/texts/news/nw_cctv_20240828_anhui_trade_2024.txt (610 characters: the article is
far shorter than the ~3,000-character floor, so all of it is taken), copied by code from
the source bytes, never retyped.  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20240828_anhui_trade_2024.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20240828_anhui_trade_2024"
PLACE = "安徽省"
REF = "2024-08-28"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 7                      # 1-based, inclusive, whole lines (the whole file)


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2024-08-28: 今年前7个月 = 2024-01-01..2024-07-31; 目前/如今 = the
# reference date, an instant)
M7 = P("今年前7个月", "2024-01-01", "2024-07-31")
M7_NULL = P("今年前7个月", None, None)
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, REF), P("目前", None, None)]
TODAY = P("如今", REF, REF)
TODAY_ALTS = [P("如今", None, REF), P("如今", None, None)]

AH = dict(subject="安徽省", subject_alts=["安徽"])
FIRM = dict(subject="家电企业",
            subject_alts=["这个家电企业", "安徽的这个家电企业", "安徽家电企业", "企业"])
FRIDGE = ["一台冰箱", "冰箱产品"]

# ---- line 1: title ---------------------------------------------------------------------
g.neg("【一线调研】", "一线", "column label 一线调研 ('front-line reporting'), not a quantity")

# ---- line 2 (lead) ---------------------------------------------------------------------
g.neg("新闻联播）：今年前7个月", "今年前7个月", PERIOD_NOTE)
TRADE_ALTS = ["货物贸易进出口", "进出口总值", "货物贸易进出口额", "进出口", "外贸进出口总值",
              "外贸进出口", "安徽货物贸易进出口总值"]
g.fact("进出口总值达到4758.9亿元", "4758.9亿元", value=4758.9e8, unit="CNY", kind="amount",
       metric="货物贸易进出口总值", metric_alts=TRADE_ALTS, **AH, period=M7,
       note="安徽 → 安徽省; 达到 → eq; 今年前7个月 before it in the line → Jan-Jul 2024")
g.fact("4758.9亿元，同比增长7.4%", "7.4%", value=7.4, unit="%", kind="growth",
       metric="货物贸易进出口总值", metric_alts=TRADE_ALTS + ["货物贸易进出口总值增速"],
       **AH, period=M7, comparison="yoy",
       note="level and growth share the metric (README §3); 同比 → yoy")
g.neg("来看记者的一线调研", "一线", "label 一线调研 ('front-line reporting'), not a quantity")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("货车一辆辆驶入", "一辆辆", "reduplicated 一 + classifier ('one truck after another'), "
      "as 一个个 (README §2), not a count")
g.fact("查检平台24小时作业", "24小时", value=1.0, unit="day", kind="amount",
       metric="作业时间",
       metric_alts=["每日作业时间", "作业时长", "每天作业时长", "每日作业时长", "作业",
                    "查检平台作业时间"],
       subject="查检平台",
       subject_alts=["合肥新站综保区查检平台", "集中查检平台", "合肥新站综保区",
                     "合肥新站综保区集中查检平台"],
       period=None, period_alts=[P("最近", REF, REF)],
       note="round-the-clock operation stated as a number: the platform's daily operating "
            "time, 24 小时 = 1 day (SPEC §3: 小时 = 1/24 day) — judgement call (the idiom "
            "reading would make it a negative); the platform is the one in 合肥新站综保区 "
            "named in the same sentence; no period expression before it in its line and the "
            "feature has no document period → null (最近, after it, as an alt instant)")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("今年前7个月，安徽省货物贸易", "今年前7个月", PERIOD_NOTE)
g.fact("进出口同比增长7.4%", "7.4%", value=7.4, unit="%", kind="growth",
       metric="货物贸易进出口",
       metric_alts=["货物贸易进出口总值", "进出口", "货物贸易进出口额", "外贸进出口",
                    "货物贸易进出口增速", "进出口总值"],
       **AH, period=M7, comparison="yoy",
       note="the lead's 7.4% restated: its own mention, its own fact")
g.fact("高于全国1.2个百分点", "1.2个百分点", value=1.2, unit="pp", kind="change",
       metric="货物贸易进出口增速",
       metric_alts=["进出口增速", "货物贸易进出口", "增速", "货物贸易进出口总值增速",
                    "货物贸易进出口同比增速"],
       **AH, period=M7, comparison="比全国",
       note="pp difference of growth rates against the national rate (高于全国 → the basis "
            "比全国, as 比工业投资 in README §6); metric X增速 (README §3)")
g.neg("记者从一张安徽外贸", "一张", "indefinite article 一张 (a chart), not a count")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("家电企业，今年前7个月", "今年前7个月", PERIOD_NOTE)
g.fact("出口就增长了150%", "150%", value=150, unit="%", kind="growth",
       metric="大容量冰箱出口",
       metric_alts=["大容量冰箱的出口", "大容量冰箱出口额", "大容量冰箱出口量",
                    "大容量冰箱出口增速", "出口"],
       **FIRM, period=M7, comparison="yoy",
       note="the company is not named; the text calls it 安徽的这个家电企业 → subject "
            "家电企业 (surface forms as alts); 仅…就 is emphasis → eq; growth without basis "
            "→ yoy")
g.fact("还投入2.5亿元", "2.5亿元", value=2.5e8, unit="CNY", kind="amount",
       metric="产线数字化升级改造投入",
       metric_alts=["投入", "数字化升级改造投入", "产线数字化升级改造投资", "产线改造投入",
                    "数字化升级改造投资", "产线数字化改造投入"],
       **FIRM, period=M7, period_alts=[M7_NULL],
       note="the company's investment (企业负责人…他们…还投入) in upgrading its production "
            "lines; 今年前7个月 earlier in the line governs by SPEC §4 (the text does not "
            "date the investment; null reading as an alt)")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("配套能力。一台冰箱", "一台", "一台 'one (refrigerator)' = per unit, the denominator of "
      "the parts count (as 单个 per project, README §2), not a count")
g.fact("近400个零件", "400个", value=400, unit="count", kind="count", classifier="个",
       bound="approx", metric="零件",
       metric_alts=["零件数量", "冰箱零件", "一台冰箱零件", "零件数", "冰箱零件数量"],
       subject="冰箱", subject_alts=FRIDGE,
       period=None,
       note="近 → approx (outside the span); counted noun 零件 as metric (README §3); the "
            "product (冰箱, per unit) owns the number; no period in the line before it, no "
            "document period (feature) → null")
g.fact("九成实现了本地供应", "九成", value=90, unit="%", kind="share",
       metric="零件本地供应比例",
       metric_alts=["本地供应比例", "本地供应", "本地供应率", "零件本地供应率", "本地配套率",
                    "零件本地配套率", "本地供应占比", "零件本地供应占比", "冰箱零件本地供应比例"],
       subject="冰箱", subject_alts=FRIDGE + ["合肥市", "合肥"],
       period=None,
       note="九成 → 90 %: the share of a refrigerator's ~400 parts supplied locally (in "
            "合肥, whose 产业链配套能力 the sentence illustrates → city as alt); period null")
g.fact("3天就能配齐", "3天", value=3, unit="day", kind="amount",
       metric="配齐绝大部分配件时间",
       metric_alts=["配齐配件时间", "配齐绝大部分配件用时", "配齐时间", "配件配齐时间",
                    "配齐绝大部分配件所需时间", "配套时间"],
       subject="冰箱", subject_alts=FRIDGE + ["合肥市", "合肥", "家电企业"],
       period=None,
       note="duration in days (SPEC §3); 就能 is emphasis, no bound word → eq; same topic "
            "(一台冰箱) as the two numbers before it; period null")
g.neg("是安徽这几年着力", "这几年", "vague period expression 这几年 ('these few years'), not "
      "a quantity (no fact depends on it)")

# ---- line 7 ----------------------------------------------------------------------------
g.fact("十多个产业链", "十多个", value=10, unit="count", kind="count", classifier="个",
       bound="gt", metric="产业链",
       metric_alts=["加速形成的产业链", "正在加速形成的产业链", "产业链数量", "加速形成产业链"],
       **AH, period=NOW, period_alts=NOW_ALTS,
       note="十多个 → 10 gt (多 inside the span, as 数十 → 10 gt); chains forming 在安徽 → "
            "安徽省; 目前 → instant at the reference date (alts null..ref, null)")
SHARE_NOTE = ("X%的Y在安徽生产: Anhui's share of the world's / the nation's output of Y → "
              "kind share, subject 安徽省; 如今 → instant at the reference date (alts "
              "null..ref, null); each value carries its own %; 全国 covers the four items of "
              "the list")
for i, (ctx, tgt, prod, scope) in enumerate([
        ("全球10%的显示面板", "10%", "显示面板", "全球"),
        ("全国50%的光伏玻璃", "50%", "光伏玻璃", "全国"),
        ("、20%的光伏组件", "20%", "光伏组件", "全国"),
        ("、15%的家电", "15%", "家电", "全国"),
        ("、10%的汽车", "10%", "汽车", "全国")]):
    g.fact(ctx, tgt, value=float(tgt[:-1]), unit="%", kind="share",
           metric=f"{prod}产量占{scope}比重",
           metric_alts=[f"{prod}占{scope}比重", f"{prod}产量占{scope}的比重",
                        f"{prod}占{scope}的比重", f"{scope}{prod}产量占比",
                        f"{prod}产量{scope}占比", f"{prod}{scope}占比", f"{prod}产量占比",
                        f"占{scope}{prod}比重", f"{scope}{prod}", prod, f"{prod}产量"],
           **AH, period=TODAY, period_alts=TODAY_ALTS,
           note=SHARE_NOTE if i == 0 else None)

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-7 (610 characters "
    "with the final newline, a byte copy made by code): the article is far shorter than the "
    "~3,000-character floor, so nothing could be added. Date: 2024-08-28, the date of the "
    "新闻联播 broadcast in the corpus index (source repo DuckBurnIncense/xin-wen-lian-bo); "
    "nothing contradicts it: 今年前7个月 trade data (Jan-Jul) are released by customs in "
    "mid/late August. Place: 安徽省 (安徽 → 安徽省, alt 安徽). Periods: 今年前7个月 = "
    "2024-01-01..2024-07-31, governing the rest of its line only (the 2.5亿元 investment "
    "inherits it; null as an alt); 目前 and 如今 (line 7) = instant 2024-08-28 (alts "
    "null..ref, null); lines 3 and 6 state no period before their numbers and a feature "
    "story has no document period → null. Subjects: the province owns the trade totals, "
    "the 1.2 pp lead over the nation, the 十多个 chains and the shares of world/national "
    "output; the unnamed 安徽的这个家电企业 → 家电企业 (150% fridge exports, 2.5亿元 "
    "investment); the refrigerator (一台冰箱, per unit) owns 近400个零件, 九成 local supply "
    "and 3天 (合肥 as an alt for the supply-chain figures); 查检平台 (in 合肥新站综保区) owns "
    "24小时 (read as a 1-day operating time, a judgement call). Negatives: 今年前7个月 "
    "(period), 一线 (column label), 一辆辆/一张/一台 (article, reduplication, per unit), "
    "这几年 (vague period).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title="安徽外贸增速加快的背后", notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
