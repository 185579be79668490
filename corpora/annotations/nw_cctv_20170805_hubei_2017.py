"""Gold annotations for nw_cctv_20170805_hubei_2017 (corpora/).

央视网消息（新闻联播）, 2017-08-05: 【供给侧结构性改革看变化】“湖北制造”谋求品质之变.
The excerpt is the whole source, lines 1-9 of
shared/texts/news/nw_cctv_20170805_hubei_2017.txt (a short 新闻联播 item, far shorter than a
normal excerpt, so all of it is taken), copied by code from the source bytes, never
retyped.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20170805_hubei_2017.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20170805_hubei_2017"
PLACE = "湖北省"
REF = "2017-08-05"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 9                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "“湖北制造”谋求品质之变"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2017-08-05, the broadcast date)
NOW = P("现在", REF, REF)
NULL_NOW_ALT = [P("现在", REF, REF)]
YEAR_END = P("今年底", "2017-12-31", "2017-12-31")
YEAR_END_ALTS = [P("今年底", None, "2017-12-31"), P("今年底", "2017-01-01", "2017-12-31"),
                 P("今年底", REF, "2017-12-31")]
SEP16 = P("2016年9月", "2016-09-01", "2016-09-30")
SAME_MONTH = P("当月", "2016-09-01", "2016-09-30")
EARLY = P("今年初", "2017-01-01", "2017-03-31")
EARLY_ALTS = [P("今年初", "2017-01-01", "2017-01-01"), P("今年初", None, None),
              P("今年初", "2017-01-01", "2017-12-31"), P("今年初", "2017-01-01", REF)]
H1 = P("今年上半年", "2017-01-01", "2017-06-30")

HB = dict(subject="湖北省", subject_alts=["湖北"])
HS = dict(subject="黄石市", subject_alts=["黄石", "湖北黄石", "黄石模具钢", "湖北黄石模具钢"])
PARK = dict(subject="模具产业园",
            subject_alts=["这个模具产业园", "黄石模具产业园", "园区", "黄石市", "黄石",
                          "湖北黄石"])
XSS = dict(subject="西塞山区", subject_alts=["黄石市西塞山区", "黄石西塞山区", "黄石市", "黄石"])
FIRM = dict(subject="西格玛金属材料公司",
            subject_alts=["西格玛", "西格玛金属材料", "西格玛公司", "他们"])

# ---- line 1: title (no numerals) ------------------------------------------------------
# ---- line 2: lead (no numerals; 今年 carries none) -----------------------------------

# ---- line 3 ----------------------------------------------------------------------------
g.fact("占了国内一半的市场", "一半", value=50, unit="%", kind="share",
       metric="模具钢国内市场份额",
       metric_alts=["模具钢占国内市场份额", "模具钢占国内市场比重", "国内市场份额",
                    "模具钢市场占有率", "模具钢国内市场占有率", "市场占有率", "国内市场占比",
                    "模具钢市场份额", "模具钢国内市场占比", "市场份额"],
       **HS, period=None, period_alts=NULL_NOW_ALT,
       note="一半 = 50 % (占了国内一半的市场: 黄石's mould steel holds half the domestic "
            "market); 湖北黄石 → 黄石市; no period before it in its line and a feature story "
            "has no document period → null (the stock reading at the reference date, 现在 "
            "of the same line, as an alt)")
g.fact("集聚着49家小模具钢企业", "49家", value=49, unit="count", kind="count",
       classifier="家", metric="小模具钢企业",
       metric_alts=["模具钢企业", "小模具钢企业数量", "集聚的小模具钢企业", "集聚小模具钢企业",
                    "企业", "园区企业"],
       **PARK, period=None, period_alts=NULL_NOW_ALT,
       note="count of firms gathered in the park (the counted noun as metric); 就 is "
            "emphasis → eq; no period before it in its line → null (现在, after it, as the "
            "instant alt)")
g.fact("今年底，49家将被整合为8家", "49家", value=49, unit="count", kind="count",
       classifier="家", metric="小模具钢企业",
       metric_alts=["模具钢企业", "小模具钢企业数量", "被整合的小模具钢企业", "整合前企业",
                    "整合前的企业", "企业"],
       **PARK, period=NOW, period_alts=[YEAR_END, P("现在", None, None)],
       note="the same 49 firms restated as the object of the merger: a separate mention, so "
            "its own fact; they exist now (现在，园区正在整合) — 今年底 just before it dates the "
            "merger, not the 49 (at year end there will be 8) → judgement call: period 现在 "
            "(instant at the reference date), 今年底 and null as alts; actual")
g.fact("将被整合为8家", "8家", value=8, unit="count", kind="count", classifier="家",
       metric="整合后模具钢企业",
       metric_alts=["整合后企业", "整合后的企业", "整合后的模具钢企业", "模具钢企业",
                    "小模具钢企业", "整合后企业数量", "整合为企业", "企业"],
       **PARK, period=YEAR_END, period_alts=YEAR_END_ALTS, modality="target",
       note="将被整合为 by 今年底: a plan → target; the firms' number at year end → instant "
            "2017-12-31 (alts: null..year end, the whole year, ref..year end)")
g.fact("同时再引进12家高端模具钢企业", "12家", value=12, unit="count", kind="count",
       classifier="家", metric="高端模具钢企业",
       metric_alts=["引进高端模具钢企业", "引进的高端模具钢企业", "再引进高端模具钢企业",
                    "高端模具钢企业增量", "引进高端模具钢企业数量", "引进企业"],
       **PARK, period=YEAR_END, period_alts=YEAR_END_ALTS, modality="target",
       note="同时再引进 under 今年底…将: planned → target; counts of things newly brought in "
            "keep the noun, the verb and 增量 forms as alts (README §3); the park (园区) "
            "brings them in; period 今年底 (the deadline), the same alts as 8家")

# ---- line 4: no numerals (年年 is not a numeral) ----------------------------------------

# ---- line 5 ----------------------------------------------------------------------------
g.neg("但一到政府动真格", "一到", "conjunction 一到 'as soon as', not a quantity")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("2016年9月，西塞山区", "2016年9月", PERIOD_NOTE)
g.fact("关停了116家产品品质不达标企业", "116家", value=116, unit="count", kind="count",
       classifier="家", metric="产品品质不达标企业",
       metric_alts=["关停产品品质不达标企业", "关停的产品品质不达标企业", "关停企业",
                    "关停的企业", "不达标企业", "关停企业数量", "关停产品品质不达标企业数量",
                    "品质不达标企业"],
       **XSS, period=SEP16,
       note="the district closed 116 firms in September 2016; counted noun as metric, the "
            "verb 关停 in the alts (README §3)")
g.fact("当月工业产值就掉了4个亿", "4个亿", value=-4e8, unit="CNY", kind="amount",
       metric="工业产值增量",
       metric_alts=["工业产值减少", "工业产值减量", "工业产值下降", "工业产值下降额",
                    "工业产值减少额", "工业产值", "工业产值变化"],
       **XSS, period=SAME_MONTH,
       note="absolute change of a level (掉了 'dropped by') → signed value −4亿元, metric "
            "<level>增量 (SPEC §2); 4个亿 = 4亿 (个 is colloquial), 元 implied by 产值 → CNY; "
            "就 is emphasis → eq; 当月 = the 2016年9月 just named")

# ---- line 7 ----------------------------------------------------------------------------
g.fact("他们投资1000万新上了", "1000万", value=1e7, unit="CNY", kind="amount",
       metric="投资",
       metric_alts=["投资额", "熔炼装备投资", "新上熔炼装备投资", "设备投资", "技改投资",
                    "设备改造投资"],
       **FIRM, period=None,
       note="the company (他们 = 西格玛金属材料公司) invested 1000万 (元 implied) in new "
            "smelting equipment; no period expression before it in its line (过去 only dates "
            "its old C-grade products) and no document period → null")
g.fact("新上了三台熔炼装备", "三台", value=3, unit="count", kind="count", classifier="台",
       metric="熔炼装备",
       metric_alts=["新上熔炼装备", "新上的熔炼装备", "熔炼装备数量", "熔炼设备",
                    "熔炼装备增量"],
       **FIRM, period=None, note="count of equipment (classifier 台); period null as above")

# ---- line 8 ----------------------------------------------------------------------------
g.fact("湖北13家“地条钢”问题企业", "13家", value=13, unit="count", kind="count",
       classifier="家", metric="“地条钢”问题企业",
       metric_alts=["地条钢问题企业", "被查处的“地条钢”问题企业", "被查处的地条钢问题企业",
                    "查处“地条钢”问题企业", "查处地条钢问题企业", "地条钢企业",
                    "“地条钢”问题企业数量", "被查处企业"],
       **HB, period=EARLY, period_alts=EARLY_ALTS,
       note="湖北 → 湖北省 (像黄石这样的改革，正在湖北全省…: now the province); 今年初 is "
            "vague: primary the first quarter of 2017 (early in the year), alts the 1 January "
            "instant (as 年初 in statistics), text only, the whole year and the year to date")
g.fact("淘汰产能179.9万吨", "179.9万吨", value=1.799e6, unit="t", kind="amount",
       metric="淘汰产能",
       metric_alts=["淘汰地条钢产能", "淘汰“地条钢”产能", "淘汰的产能", "去产能",
                    "淘汰落后产能", "地条钢产能", "“地条钢”产能", "淘汰钢铁产能"],
       subject="湖北省",
       subject_alts=["湖北", "“地条钢”问题企业", "地条钢问题企业", "湖北“地条钢”问题企业"],
       period=EARLY, period_alts=EARLY_ALTS,
       note="capacity eliminated with the 13 firms (万吨 ×1e4 → t); the province is the "
            "actor, the firms as alts; 今年初 as above")

# ---- line 9 ----------------------------------------------------------------------------
g.fact("鼓励企业研发11条等政策", "11条", value=11, unit="count", kind="count",
       classifier="条", metric="鼓励企业研发政策",
       metric_alts=["鼓励企业研发措施", "鼓励企业研发政策措施", "鼓励企业研发条款",
                    "鼓励企业研发11条", "出台鼓励企业研发政策", "政策", "措施"],
       **HB, period=None,
       note="the policy package 鼓励企业研发11条 counts its measures (as 七条措施, README "
            "§2): 11 条; no period before it in its line (今年上半年 comes later) and no "
            "document period → null")
g.fact("海洋工程装备三家省级制造业创新中心", "三家", value=3, unit="count", kind="count",
       classifier="家", metric="省级制造业创新中心",
       metric_alts=["成立省级制造业创新中心", "成立的省级制造业创新中心", "制造业创新中心",
                    "省级制造业创新中心数量", "省级制造业创新中心增量"],
       **HB, period=None,
       note="list + numeral + classifier: the three centres named (信息光电子、高端数控装备、"
            "海洋工程装备) → count 3; period null as above")
g.neg("。今年上半年，湖北技改投资", "今年上半年", PERIOD_NOTE)
TECH_ALTS = ["技术改造投资", "工业技改投资", "技改投资增速", "技术改造投资增速"]
g.fact("技改投资增长19.4%", "19.4%", value=19.4, unit="%", kind="growth",
       metric="技改投资", metric_alts=TECH_ALTS, **HB, period=H1, comparison="yoy",
       note="growth without basis → yoy; 今年上半年 = H1 2017")
g.fact("产值增长达到13.8%", "13.8%", value=13.8, unit="%", kind="growth",
       metric="高技术制造业产值",
       metric_alts=["高技术制造业总产值", "高技术制造业产值增速", "高技术制造业",
                    "高技术制造业增加值"],
       **HB, period=H1, comparison="yoy", note="增长达到 → eq")
g.fact("出口增长了23.2%", "23.2%", value=23.2, unit="%", kind="growth",
       metric="高新技术产品出口",
       metric_alts=["高新技术产品出口额", "高新技术产品出口增速", "高新技术产品"],
       **HB, period=H1, comparison="yoy",
       note="the 今年上半年 of the line still governs (after the semicolon)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-9 ("
    f"{len(text)} characters with the final newline, a byte copy made by code): a short "
    "新闻联播 item, so all of it is taken. Title: the headline of line 1 without the column "
    "tag 【供给侧结构性改革看变化】. Date: 2017-08-05, the broadcast date of the source meta "
    "(pubtime 2017-08-05 19:15); nothing contradicts it (今年上半年 data for H1 2017 are out "
    "by late July; 2016年9月 is the previous year). Place: 湖北省 (a story about one "
    "province); 湖北 → 湖北省; the story opens in 黄石 (湖北黄石 → 黄石市: the market share), "
    "its mould-steel park (模具产业园: 49家 / 8家 / 12家), 西塞山区 (116家, −4亿) and the firm "
    "西格玛金属材料公司 (1000万, 三台), each owning its own numbers. Periods: 2016年9月 and "
    "当月 = 2016-09; 今年初 (vague) = Q1 2017 with alts (1 Jan instant, text only, year, "
    "year to date); 今年底 = instant 2017-12-31 for the planned merger (8家, target) and "
    "the 12 firms to be brought in (target); the restated 49家 is the current count → "
    "instant 现在 (judgement call, alts 今年底/null); 今年上半年 = 2017-01-01..2017-06-30; "
    "lines 3 (一半, first 49家), 7 and the start of 9 state no period before their numbers "
    "and a feature story has no document period → null. 掉了4个亿 → −4e8 CNY, metric "
    "工业产值增量 (SPEC §2). 鼓励企业研发11条 → a count of 11 measures (README §2), not a "
    "name negative. Negatives: 一到 (conjunction), the period expressions 2016年9月 and "
    "今年上半年.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 新闻联播 item, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
