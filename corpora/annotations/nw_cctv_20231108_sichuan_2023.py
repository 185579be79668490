"""Gold annotations for nw_cctv_20231108_sichuan_2023 (corpora/).

央视网消息（新闻联播）, 2023-11-08: 【高质量发展调研行】四川：从一“重”一“轻”看转型.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20231108_sichuan_2023.txt (722 characters: the article is far
shorter than a usual excerpt, so all of it is taken), copied by code from the source bytes,
never retyped.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20231108_sichuan_2023.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20231108_sichuan_2023"
PLACE = "四川省"
REF = "2023-11-08"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "四川：从一“重”一“轻”看转型"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLACE_NOTE = "place name 四川 (Sichuan); 四 is not a quantity (as in wr_sichuan_2025)"
PARTS_NOTE = "lexicalized 零部件/零件 'parts'; 零 is not zero (as 零星 in nw_chinanews)"
SLOGAN_NOTE = ("slogan 一“重”一“轻” ('one heavy, one light': heavy equipment and light "
               "new-material/display industries), not a quantity")

# Periods (reference date 2023-11-08, the broadcast day).  目前/如今/现已 = instant at the
# reference date (alts: open start, null); 今年前三季度 = 2023-01-01..2023-09-30.  A feature
# story has no document period: numbers with no period before them in their line → null.
def now(word):
    return dict(period=P(word, REF, REF), period_alts=[P(word, None, REF), P(word, None, None)])


Q3 = P("今年前三季度", "2023-01-01", "2023-09-30")

SC = dict(subject="四川省", subject_alts=["四川"])
WORKSHOP = dict(subject="东方电气清洁能源生产制造车间",
                subject_alts=["东方电气", "这座车间", "车间", "东方电气清洁能源车间",
                              "德阳东方电气清洁能源生产制造车间", "东方电气集团"])
RING_SUBJ = dict(subject="稀土永磁小圆环",
                 subject_alts=["小圆环", "这个由稀土永磁制成的小圆环", "稀土永磁制成的小圆环",
                               "稀土永磁零件", "稀土永磁", "绵阳市", "绵阳"])

# ---- line 1: title ---------------------------------------------------------------------
g.neg("调研行】四川：", "四川", PLACE_NOTE)
g.neg("从一“重”一“轻”看转型", "一“重”一“轻”", SLOGAN_NOTE)

# ---- line 2 (lead) ---------------------------------------------------------------------
# 省份之一: lexicalized 之一, not listed
g.neg("，四川如何适应", "四川", PLACE_NOTE)
g.neg("立足一“重”一“轻”产业优势", "一“重”一“轻”", SLOGAN_NOTE)
g.neg("富有四川特色", "四川", PLACE_NOTE)

# ---- line 3 ----------------------------------------------------------------------------
g.neg("位于四川德阳", "四川", PLACE_NOTE)

# ---- line 4 ----------------------------------------------------------------------------
g.fact("从80吨重的水轮机组零部件", "80吨", value=80, unit="t", kind="amount",
       metric="水轮机组零部件重量",
       metric_alts=["重量", "水轮机组零部件", "零部件重量", "水轮机组零部件的重量", "重"],
       **{**WORKSHOP, "subject_alts": WORKSHOP["subject_alts"] + ["水轮机组零部件"]},
       period=None,
       note="technical magnitude (README §2): the weight of a product of the workshop; "
            "metric object + 重量, the facility that makes it as subject (as 109 平方米的屏幕 "
            "→ 余吾煤业调度指挥中心 in 000), the object as an alt; no period before it in "
            "its line (目前 comes after), a feature has no document period → null")
g.neg("水轮机组零部件到", "零部件", PARTS_NOTE)
g.fact("到180吨重的", "180吨", value=180, unit="t", kind="amount",
       metric="核电凝汽器重量",
       metric_alts=["重量", "“华龙一号”核电凝汽器重量", "华龙一号核电凝汽器重量", "凝汽器重量",
                    "核电凝汽器", "“华龙一号”核电凝汽器", "重"],
       **{**WORKSHOP, "subject_alts": WORKSHOP["subject_alts"] + ["“华龙一号”核电凝汽器",
                                                                  "华龙一号核电凝汽器",
                                                                  "核电凝汽器"]},
       period=None,
       note="weight of the 华龙一号 nuclear condenser made in the workshop; period null as "
            "for 80吨")
g.neg("“华龙一号”核电", "一号", "reactor model name 华龙一号 (Hualong One), not a quantity")
OUT_ALTS = ["用于清洁能源装备制造的产品占比", "产品用于清洁能源装备制造的比例",
            "清洁能源装备产品占比", "清洁能源装备制造产品比重", "产品占比",
            "用于清洁能源装备制造的产品比重", "清洁能源装备制造占比",
            "用于清洁能源装备制造的产品"]
g.fact("这座车间90%以上的产品", "90%", value=90, unit="%", kind="share", bound="ge",
       metric="清洁能源装备制造产品占比", metric_alts=OUT_ALTS, **WORKSHOP, **now("目前"),
       note="以上 → ge (outside the span); the workshop's share of products going into "
            "clean-energy equipment; 目前 → instant at the reference date (alts null..ref, "
            "null)")
g.fact("现已集聚了2800多家", "2800多家", value=2800, unit="count", kind="count",
       bound="gt", classifier="家", metric="能源装备企业",
       metric_alts=["集聚能源装备企业", "能源装备企业数量", "集聚的能源装备企业",
                    "已集聚能源装备企业", "集聚了能源装备企业"],
       subject="德阳市",
       subject_alts=["德阳", "成德", "成都市、德阳市", "成都、德阳", "德阳、成都",
                     "高端能源装备产业集群创新中心", "成德高端能源装备集群",
                     "高端能源装备产业集群", "四川省"],
       period=P("现已", REF, REF),
       period_alts=[P("近年来", None, REF), P("近年来", None, None), P("目前", REF, REF)],
       note="多 inside the span → gt; 德阳 is the grammatical subject (德阳不断加快…联手成都，"
            "组建…创新中心，现已集聚了) → 德阳市, the joint Chengdu-Deyang cluster and the "
            "innovation centre as alts; 现已 (after 近年来) = the stock now → instant at the "
            "reference date (README §5: the stock reading under 近年来); alts null..ref, null")
g.fact("年产值突破2000亿元", "2000亿元", value=2000e8, unit="CNY", kind="amount",
       bound="gt", metric="年产值",
       metric_alts=["产值", "集群年产值", "成德高端能源装备集群年产值", "高端能源装备产值",
                    "高端能源装备集群年产值", "高端能源装备年产值"],
       subject="成德高端能源装备集群",
       subject_alts=["成德", "成都市、德阳市", "成都、德阳", "高端能源装备集群",
                     "成德高端能源装备产业集群", "德阳市", "德阳", "四川省"],
       **now("如今"),
       note="突破 → gt (outside the span); the cluster owns the output; 如今 → instant at "
            "the reference date (the current annual level; alts null..ref, null)")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("目前，四川已成为", "四川", PLACE_NOTE)
g.neg("全国三大动力设备制造基地", "三大",
      "set label 三大(动力设备制造基地) (cf. README 八大, 四大经济强省), not a count of its "
      "own; 之一 is lexicalized")
g.neg("重装备提质倍增", "倍增",
      "slogan 提质倍增 ('improve quality and double', a programme name for heavy equipment), "
      "no measured multiple")
g.neg("也在四川加快布局", "四川", PLACE_NOTE)
NOW5 = now("目前")
g.fact("小圆环重量不到1克", "1克", value=1e-6, unit="t", kind="amount", bound="lt",
       metric="重量",
       metric_alts=["小圆环重量", "稀土永磁小圆环重量", "稀土永磁零件重量", "圆环重量"],
       **RING_SUBJ, **NOW5,
       note="不到 → lt (outside the span); 克 = 1e-6 t (SPEC §3: mass in t); the object "
            "owns its weight (no maker is named; 绵阳 as an alt); 目前 at the head of the "
            "line governs by SPEC §4 inheritance → instant at the reference date (alts "
            "null..ref and null, the timeless reading of a physical property)")
g.fact("相当于自身重量600倍", "600倍", value=600, unit="times", kind="ratio",
       metric="可吸起重物重量",
       metric_alts=["磁力", "吸起重物重量", "吸力", "可吸起重量", "吸起的重物重量",
                    "吸重能力", "可吸起重物重量与自身重量之比", "吸起重物重量相当于自身重量倍数",
                    "可吸起重物相当于自身重量的倍数"],
       **RING_SUBJ, **NOW5,
       note="a multiple of its own weight (相当于自身重量600倍) → ratio, unit times; "
            "comparison null (ratio facts carry none); period as for 1克")
g.neg("比一根头发丝", "一根", "indefinite 一根 ('a single hair', a figure of comparison), "
      "not a count")
g.fact("实现360度全角度", "360度", value=360, unit="度", kind="amount",
       metric="弯曲折叠角度",
       metric_alts=["弯曲角度", "弯曲和折叠角度", "可弯曲角度", "折叠角度", "全角度弯曲和折叠",
                    "弯曲折叠", "柔性屏弯曲角度"],
       subject="柔性屏", subject_alts=["这个柔性屏", "绵阳柔性屏", "绵阳市", "绵阳"],
       **NOW5,
       note="technical magnitude (README §2): the screen bends and folds through 360 "
            "degrees; an angle has no canonical unit in SPEC §3 → the surface unit 度 is "
            "kept (SPEC §3: unknown units are kept, kind amount; here 度 is an angle, not "
            "kWh); period as for 1克")
g.fact("创造了约2000亿元的产值", "2000亿元", value=2000e8, unit="CNY", kind="amount",
       bound="approx", metric="产值",
       metric_alts=["创造产值", "轻产业产值", "体积小、体型轻薄的产品产值",
                    "这些产品创造的产值", "产品产值", "创造的产值"],
       subject="绵阳市",
       subject_alts=["绵阳", "这些产品", "这些体积小、体型轻薄的产品", "绵阳轻产业",
                     "轻产业", "四川省绵阳市"],
       **NOW5,
       note="约 → approx (outside the span); output created for 绵阳 by its light-industry "
            "products → 绵阳市 (the products as an alt); 目前 at the head of the line "
            "governs (已…创造 = to date) → instant at the reference date; alts null..ref, "
            "null")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("稀土永磁零件到", "零件", PARTS_NOTE)
# 纳米级: no numeral
g.neg("助力四川加快打造", "四川", PLACE_NOTE)
g.neg("今年前三季度，四川", "今年前三季度", PERIOD_NOTE)
g.neg("今年前三季度，四川", "四川", PLACE_NOTE)
g.fact("工业增加值同比增长6.8%", "6.8%", value=6.8, unit="%", kind="growth",
       metric="规模以上工业增加值",
       metric_alts=["规上工业增加值", "工业增加值", "规模以上工业增加值增速",
                    "规模以上工业增加值增长"],
       **SC, period=Q3, comparison="yoy", note="同比 → yoy; 今年前三季度 → Q1-Q3 2023")
g.fact("先进材料产业增加值增长20.9%", "20.9%", value=20.9, unit="%", kind="growth",
       metric="先进材料产业增加值",
       metric_alts=["先进材料产业", "先进材料产业增加值增速", "先进材料"],
       **SC, period=Q3, comparison="yoy",
       note="其中: a part of 规模以上工业 (subject still 四川省); growth without basis → yoy "
            "(同比 of the previous sentence); 今年前三季度 still governs")
g.fact("电子信息产业增加值增长9.4%", "9.4%", value=9.4, unit="%", kind="growth",
       metric="电子信息产业增加值",
       metric_alts=["电子信息产业", "电子信息产业增加值增速", "电子信息"],
       **SC, period=Q3, comparison="yoy")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 (722 characters "
    "with the final newline, a byte copy made by code): the article is far shorter than a "
    "usual excerpt, so nothing could be added. Date: 2023-11-08, the 新闻联播 broadcast date "
    "of the source meta (daily transcript file name and 查看原文 URL); nothing contradicts "
    "it: 今年前三季度 (Q1-Q3 2023) data are published in late October. Place: 四川省 (a story "
    "about one province; 四川 → 四川省, alt 四川). Periods: 目前/如今/现已 = instant "
    "2023-11-08 (alts null..ref, null); 目前 at the head of line 5 governs the rest of the "
    "line by SPEC §4 (1克, 600倍, 360度, 约2000亿元; null as an alt); 今年前三季度 = "
    "2023-01-01..2023-09-30 (line 6); the 80吨/180吨 weights precede any period in line 4 "
    "and a feature has no document period → null. Subjects: the province owns the line-6 "
    "statistics; the workshop (东方电气清洁能源生产制造车间) owns the weights of its products "
    "and the 90%以上 share (README §4: the facility owns the number); 德阳市 owns the "
    "2800多家 firms (grammatical subject; 成德 cluster as alts); the 成德高端能源装备集群 owns "
    "its 2000亿元 annual output; 绵阳市 the 约2000亿元 output of its light products; the "
    "magnet ring and the flexible screen own their technical magnitudes (1克 → 1e-6 t, lt; "
    "600倍 → ratio; 360度 → surface unit 度, an angle, not kWh). Negatives: 四川 ×8 (place "
    "name), 一“重”一“轻” ×2 (slogan), 一号 (华龙一号 model name), 三大 (set label), 倍增 "
    "(slogan 提质倍增), 一根 (figure of comparison), 今年前三季度 (period), 零部件/零件 "
    "(lexicalized 'parts'). 之一 ×2 and 纳米级 "
    "are lexicalized / have no numeral.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
