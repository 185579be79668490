"""Gold annotations for cm_qiandongnan_2023_b (黔东南苗族侗族自治州2023年国民经济和社会发展统计公报,
second excerpt).

The excerpt corpora/cm_qiandongnan_2023_b.txt is lines 4-68 (1-based, inclusive, whole lines,
newline kept) of shared/texts/communique/cm_qiandongnan_2023.txt, sliced by code from the
source bytes, never retyped: 一、综合 (GDP, sectors, population, table 1, employment), 二、农业
in full (output value with table 2, crops with table 3, livestock with table 4, fishery,
machinery) and the first two paragraphs of 三、工业和建筑业 (2,458 characters).  It does not
overlap cm_qiandongnan_2023 (lines 263-300 of the same source).
Facts and negatives are written by hand from the text, sentence by sentence and cell by cell;
values are computed from the span's own number, scale and unit (prose) or from the column
header's / row's unit (tables: 年末数（人）, 比重（%）, 绝对数（亿元）, 产量（万吨）, the 单位 column
of table 4, 比上年增长（%）); offsets come from unique context strings (corpora/annotate.py).

    python corpora/annotations/cm_qiandongnan_2023_b.py
    czfacts check-gold corpora
"""
import functools
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, TEXTS, excerpt_gold, quantity_fact  # noqa: E402

DOC_ID = "cm_qiandongnan_2023_b"
PLACE = "黔东南苗族侗族自治州"          # full name in czfacts/data/places.toml (as cm_qiandongnan_2023)
SUBJ_ALTS = ["贵州省黔东南苗族侗族自治州", "黔东南州", "黔东南", "全州"]
SRC = (TEXTS / "communique") / "cm_qiandongnan_2023.txt"
FIRST, LAST = 4, 68                      # 1-based, inclusive, whole lines
TITLE = "黔东南苗族侗族自治州2023年国民经济和社会发展统计公报"

g = excerpt_gold(SRC, FIRST, LAST, CORPORA, DOC_ID, place=PLACE,
                 starts="一、综 合\n根据市（州）生产总值统一核算结果",
                 ends="电力、热力、燃气及水生产和供应业增加值比上年下降7.3%。")
text = g.text

# ---- periods (communiqué of calendar 2023, issued 2024-05-07) ------------------------------
FY = P("全年", "2023-01-01", "2023-12-31")
YE = P("年末", "2023-12-31", "2023-12-31")
FY_NULL = P("全年", None, None)
YEAR_OF_YE = P("年末", "2023-01-01", "2023-12-31")
TWO_Y = P("两年平均", "2022-01-01", "2023-12-31")
T1 = P("2023年年末", "2023-12-31", "2023-12-31")          # caption of table 1
T_Y = P("2023年", "2023-01-01", "2023-12-31")              # captions of tables 2, 3, 4
T_AT = P("2023年", "2023-12-31", "2023-12-31")             # stocks of table 4 (年末存栏)

FLOW = dict(period=FY)                                      # under an explicit 全年
STOCK_YE = dict(period=YE)                                  # stock under an explicit 年末
CHANGE_YE = dict(period=YE, period_alts=[YEAR_OF_YE])       # change of a 年末 stock
FLOW_AFTER_YE = dict(period=FY, period_alts=[YE])           # flow written after 年末
DOCFLOW = dict(period=FY, period_alts=[FY_NULL])            # flow, no period in the paragraph
DOCSTOCK = dict(period=YE, period_alts=[FY, FY_NULL])       # stock, no period in the paragraph

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SECTION_NOTE = "section number of the communiqué, a list marker"
SECTOR_NOTE = "sector name (第一/二/三产业), an ordinal label, not a rank"
FOOTNOTE_NOTE = "footnote marker (the notes are at the end of the communiqué), not a fact"
TABLE_NOTE = "table number (表{}), a label, not a fact"
HEADER_UNIT_NOTE = "unit label of the column header (the scale of the cells below), not a fact"
CHANGE_YE_NOTE = ("change of a 年末 stock against 上年(末): the instant 2023-12-31; the year over "
                  "which it changed in period_alts")
FLOW_AFTER_YE_NOTE = ("annual flow written after 年末 in the same paragraph: the communiqué's "
                      "year 2023 (cf. cm_luoyang_2023), the literal 年末 instant in period_alts")
DOCFLOW_NOTE = ("no period expression in the paragraph: the communiqué's year 2023 (SPEC §4); "
                "null in period_alts")
DOCSTOCK_NOTE = ("stock with no period expression before it in its paragraph: instant at the end "
                 "of the communiqué's year (SPEC §4); the year and null in period_alts")

# surface unit (after the scale) → (canonical unit, factor)
SURFACE = {"元": ("CNY", "1"), "%": ("%", "1"), "‰": ("%", "0.1"), "个百分点": ("pp", "1"),
           "亩": ("mu", "1"), "吨": ("t", "1"), "千瓦": ("W", "1e3"), "倍": ("times", "1")}
CLASSIFIERS = {"人", "头", "只", "台"}
QTY = re.compile(r"(-?\d+(?:\.\d+)?)([万亿]?)(.*)", re.S)


q = functools.partial(quantity_fact, g, surfaces=SURFACE, classifiers=CLASSIFIERS, subject=PLACE,
                      subject_alts=SUBJ_ALTS, pattern=QTY)


def row(label):
    """The unique context of a table row: the whole line with its newlines."""
    hits = [l for l in text.split("\n") if l.startswith(label + "\t")]
    assert len(hits) == 1, (label, hits)
    ctx = "\n" + hits[0] + "\n"
    assert text.count(ctx) == 1, ctx
    return ctx, hits[0].split("\t")


# ==== line 4: section heading ===================================================================
g.neg("一、综 合", "一、", SECTION_NOTE)

# ==== line 5: GDP (全年 governs the paragraph) =================================================
GDP_ALTS = ["地区生产总值", "GDP", "全州生产总值"]
g.neg("生产总值[2]", "[2]", FOOTNOTE_NOTE)
q("[2]1329.65亿元", "1329.65亿元", "amount", "生产总值", metric_alts=GDP_ALTS, **FLOW,
  note="根据…统一核算结果 (unified accounting of the prefectures) is still actual; the footnote "
       "marker [2] between metric and number is a negative")
q("1329.65亿元，比上年增长4.0%", "4.0%", "growth", "生产总值", metric_alts=GDP_ALTS, **FLOW)
g.neg("两年平均增长3.1%", "两年", "comparison basis 两年平均 (SPEC §4), not a duration fact "
      "(as nw_chinanews_20211101)")
q("两年平均增长3.1%", "3.1%", "growth", "生产总值",
  metric_alts=GDP_ALTS + ["生产总值两年平均增速", "两年平均增速", "地区生产总值两年平均增速"],
  comparison="两年平均", period=FY, period_alts=[TWO_Y],
  note="two-year average growth (2022-2023 over 2021): 两年平均 is the comparison (as "
       "nw_chinanews_20211101); the year 2023 as period, the two-year span as alt")
for ordinal, amount, pct in (("第一产业", "277.25亿元", "4.2%"), ("第二产业", "294.25亿元", "3.9%"),
                             ("第三产业", "758.14亿元", "3.9%")):
    ctx = f"{ordinal}增加值{amount}，增长{pct}"
    g.neg(ctx, ordinal, SECTOR_NOTE)
    q(ctx, amount, "amount", f"{ordinal}增加值", metric_alts=[ordinal], **FLOW)
    q(ctx, pct, "growth", f"{ordinal}增加值", metric_alts=[ordinal], **FLOW)
SHARE_NOTE = ("sector shares of GDP; the 2nd/3rd are written with the PDF's letter spacing "
              "(第 二 产 业 增 加 值 比 重): the spaced form is the metric as written, the "
              "space-free and the restored full forms are alts (README §3)")
g.neg("。第一产业增加值占全州", "第一产业", SECTOR_NOTE)
q("生产总值的比重为20.9%", "20.9%", "share", "第一产业增加值占全州生产总值的比重",
  metric_alts=["第一产业增加值占生产总值比重", "第一产业增加值比重", "第一产业比重",
               "第一产业占比", "第一产业增加值占全州生产总值比重",
               "第一产业增加值占地区生产总值比重"], **FLOW, note=SHARE_NOTE)
for spaced, plain, pct in (("第 二 产 业", "第二产业", "22.1%"), ("第 三 产 业", "第三产业", "57.0%")):
    ctx = f"{spaced} 增 加 值 比 重 为{pct}"
    g.neg(ctx, spaced, SECTOR_NOTE + " (letter-spaced by the PDF)")
    q(ctx, pct, "share", f"{spaced} 增 加 值 比 重",
      metric_alts=[f"{plain}增加值比重", f"{plain}增加值占全州生产总值的比重",
                   f"{plain}增加值占生产总值比重", f"{plain}比重", f"{plain}占比",
                   f"{plain}增加值占地区生产总值比重"], **FLOW)
g.neg("。第一、二、三产业对经济", "第一、二、三产业", SECTOR_NOTE + " (list with a shared head)")
CONTRIB = "分别: 第一产业 ↔ 22.5%, 第二产业 ↔ 22.1%, 第三产业 ↔ 55.4%; a contribution rate → share"
for ctx, pct, plain in (("分别为22.5%", "22.5%", "第一产业"), ("22.5%、22.1%和", "22.1%", "第二产业"),
                        ("和55.4%", "55.4%", "第三产业")):
    q(ctx, pct, "share", f"{plain}对经济增长的贡献率",
      metric_alts=[f"{plain}对经济增长贡献率", f"{plain}贡献率", "贡献率",
                   f"{plain}对经济增长的贡献"], **FLOW,
      note=CONTRIB if pct == "22.5%" else None)
PC = ["人均地区生产总值", "人均GDP", "全州人均生产总值"]
q("人均生产总值35511元", "35511元", "amount", "人均生产总值", metric_alts=PC, **FLOW,
  note="全年 restated at the head of the sentence")
q("35511元，比上年增长3.7%", "3.7%", "growth", "人均生产总值", metric_alts=PC, **FLOW)

# ==== line 6: population (年末 governs the paragraph) ==========================================
q("常住人口375.73万人", "375.73万人", "count", "常住人口",
  metric_alts=["年末常住人口", "全州常住人口", "常住人口数"], **STOCK_YE)
q("户籍人口489.93万人", "489.93万人", "count", "户籍人口",
  metric_alts=["年末户籍人口", "户籍人口数"], **STOCK_YE)
q("比上年末增加0.33万人", "0.33万人", "count", "户籍人口增量",
  metric_alts=["户籍人口", "年末户籍人口增量", "户籍人口增加", "户籍人口数量增量"], **CHANGE_YE,
  note="absolute change of a level (SPEC §2): metric + 增量, signed (增加 → +); "
       + CHANGE_YE_NOTE)
q("少数民族402.33万人", "402.33万人", "count", "少数民族人口",
  metric_alts=["少数民族", "少数民族户籍人口", "少数民族人口数"], **STOCK_YE,
  note="part of the registered population (after 户籍人口 in the same paragraph); 年末 stock")
q("苗族人口213.93万人", "213.93万人", "count", "苗族人口",
  metric_alts=["苗族", "苗族人口数"], **STOCK_YE, note="其中 of 少数民族")
q("侗族人口149.88万人", "149.88万人", "count", "侗族人口",
  metric_alts=["侗族", "侗族人口数"], **STOCK_YE)
PERMILLE = ("‰ canonicalised to % (×0.1); a rate of the population → share; " + FLOW_AFTER_YE_NOTE)
q("出生率为9.1‰", "9.1‰", "share", "人口出生率", metric_alts=["出生率"], **FLOW_AFTER_YE,
  note=PERMILLE)
q("死亡率为6.6‰", "6.6‰", "share", "死亡率", metric_alts=["人口死亡率"], **FLOW_AFTER_YE)
q("自然增长率为2.5‰", "2.5‰", "share", "人口自然增长率", metric_alts=["自然增长率"],
  **FLOW_AFTER_YE, note="a population rate is a share (SPEC §2), not growth")

# ==== lines 7-16: table 1 (registered population at year end) ================================
g.neg("表1 2023年年末", "1", TABLE_NOTE.format(1))
g.neg("表1 2023年年末", "2023年年末", PERIOD_NOTE + " (table caption: the instant of every cell)")
T1_NOTE = ("table cell: value in the column header's unit (年末数（人） → persons; 比重（%） → "
           "share of the registered population), span = the bare number; period = the caption's "
           "2023年年末 (instant); metric = row label + 人口 / 人口比重")
AGE_NOTE = ("age bound defining the population group counted in the row (SPEC §2 threshold): "
            "part of the metric, not a fact")
ROWS1 = [  # (row label, metric of the level, alts, metric of the share, alts)
    ("全州总户籍人口", "总户籍人口", ["户籍人口", "全州总户籍人口", "年末户籍人口", "总户籍人口数"],
     "总户籍人口比重", ["全州总户籍人口比重", "户籍人口比重"]),
    ("#城镇", "城镇人口", ["城镇", "城镇户籍人口", "户籍城镇人口"],
     "城镇人口比重", ["城镇人口占户籍人口比重", "城镇比重", "城镇户籍人口比重"]),
    ("乡村", "乡村人口", ["乡村", "乡村户籍人口", "户籍乡村人口"],
     "乡村人口比重", ["乡村人口占户籍人口比重", "乡村比重", "乡村户籍人口比重"]),
    ("#男性", "男性人口", ["男性", "男性户籍人口"],
     "男性人口比重", ["男性人口占户籍人口比重", "男性比重"]),
    ("女性", "女性人口", ["女性", "女性户籍人口"],
     "女性人口比重", ["女性人口占户籍人口比重", "女性比重"]),
    ("#0-17岁（含不满18周岁）", "0-17岁人口",
     ["0-17岁", "0-17岁（含不满18周岁）", "0-17岁（含不满18周岁）人口", "0-17岁户籍人口",
      "0-17岁(含不满18周岁)", "0-17岁(含不满18周岁)人口"],
     "0-17岁人口比重", ["0-17岁人口占户籍人口比重", "0-17岁比重", "0-17岁（含不满18周岁）比重",
                     "0-17岁(含不满18周岁)比重"]),
    ("18-59岁（含不满60周岁）", "18-59岁人口",
     ["18-59岁", "18-59岁（含不满60周岁）", "18-59岁（含不满60周岁）人口", "18-59岁户籍人口",
      "18-59岁(含不满60周岁)", "18-59岁(含不满60周岁)人口"],
     "18-59岁人口比重", ["18-59岁人口占户籍人口比重", "18-59岁比重",
                      "18-59岁（含不满60周岁）比重", "18-59岁(含不满60周岁)比重"]),
    ("60周岁及以上", "60周岁及以上人口", ["60周岁及以上", "60岁及以上人口", "60周岁及以上户籍人口"],
     "60周岁及以上人口比重", ["60周岁及以上人口占户籍人口比重", "60周岁及以上比重",
                        "60岁及以上人口比重"]),
]
for i, (label, m, ma, sm, sma) in enumerate(ROWS1):
    ctx, (_, level, share) = row(label)
    for age in re.findall(r"\d+-\d+岁|\d+周岁", label):
        g.neg(ctx, age, AGE_NOTE)
    q(ctx, level, "count", m, metric_alts=ma, unit_text="人", period=T1,
      note=T1_NOTE if i == 0 else None)
    q(ctx, share, "share", sm, metric_alts=sma, unit_text="%", period=T1,
      note="the whole (100.0 %) is a cell like the others" if i == 0 else None)

# ==== line 17: employment (no period in the paragraph) =======================================
q("城镇新增就业60188人", "60188人", "count", "城镇新增就业",
  metric_alts=["城镇新增就业人数", "新增城镇就业", "实现城镇新增就业"], **DOCFLOW,
  note=DOCFLOW_NOTE)
q("失业人员再就业16658人", "16658人", "count", "失业人员再就业",
  metric_alts=["失业人员再就业人数", "再就业"], **DOCFLOW)
q("困难人员再就业7278人", "7278人", "count", "困难人员再就业",
  metric_alts=["就业困难人员再就业", "困难人员再就业人数", "再就业"], **DOCFLOW)

# ==== line 18: section heading ==================================================================
g.neg("二、农 业", "二、", SECTION_NOTE)

# ==== lines 19-20: value added and output value (全年) ==========================================
VA = ["农林牧渔业增加值总量", "全州农林牧渔业增加值"]
q("农林牧渔业增加值290.41亿元", "290.41亿元", "amount", "农林牧渔业增加值", metric_alts=VA,
  **FLOW)
q("290.41亿元，比上年增长4.2%", "4.2%", "growth", "农林牧渔业增加值", metric_alts=VA, **FLOW)
GO = ["农林牧渔业产值", "全州农林牧渔业总产值"]
q("农林牧渔业总产值481.96亿元", "481.96亿元", "amount", "农林牧渔业总产值", metric_alts=GO,
  **FLOW)
q("481.96亿元，比上年增长4.2%", "4.2%", "growth", "农林牧渔业总产值", metric_alts=GO, **FLOW)
for name, amount, pct in (("种植业", "282.41亿元", "3.8%"), ("林业", "86.95亿元", "4.2%"),
                          ("畜牧业", "75.17亿元", "5.1%"), ("渔业", "15.49亿元", "8.5%")):
    ctx = f"{name}总产值{amount}，增长{pct}"
    alts = [f"{name}产值", name]
    q(ctx, amount, "amount", f"{name}总产值", metric_alts=alts, **FLOW,
      note="其中 of 农林牧渔业总产值" if name == "种植业" else None)
    q(ctx, pct, "growth", f"{name}总产值", metric_alts=alts, **FLOW)

# ==== lines 21-28: table 2 (output value of farming, forestry, livestock, fishery) ===========
g.neg("表2 2023年", "2", TABLE_NOTE.format(2))
g.neg("表2 2023年", "2023年", PERIOD_NOTE + " (table caption: the year of every cell)")
g.neg("绝对数（亿元）", "亿元", HEADER_UNIT_NOTE)
T2_NOTE = ("table cell: 绝对数（亿元） → ×1e8 CNY, 比上年增长（%） → growth yoy; span = the bare "
           "number; period = the caption's 2023年; metric = row label + 总产值 (the table's "
           "indicator)")
ROWS2 = [("农林牧渔业总产值", "农林牧渔业总产值", ["农林牧渔业产值"]),
         ("#种植业", "种植业总产值", ["种植业", "种植业产值"]),
         ("林业", "林业总产值", ["林业", "林业产值"]),
         ("畜牧业", "畜牧业总产值", ["畜牧业", "畜牧业产值"]),
         ("渔业", "渔业总产值", ["渔业", "渔业产值"]),
         ("农林牧渔专业及辅助性活动", "农林牧渔专业及辅助性活动总产值",
          ["农林牧渔专业及辅助性活动", "农林牧渔专业及辅助性活动产值"])]
for i, (label, m, ma) in enumerate(ROWS2):
    ctx, (_, amount, growth) = row(label)
    q(ctx, amount, "amount", m, metric_alts=ma, unit_text="亿元", period=T_Y,
      note=T2_NOTE if i == 0 else None)
    q(ctx, growth, "growth", m, metric_alts=ma, unit_text="%", period=T_Y,
      nth=0 if growth not in amount else 1)

# ==== line 29: grain (全年) ======================================================================
q("粮食种植面积405.34万亩", "405.34万亩", "amount", "粮食种植面积",
  metric_alts=["粮食播种面积", "全州粮食种植面积"], **FLOW, note="亩 stays 'mu' (SPEC §3)")
q("405.34万亩，比上年下降0.7%", "0.7%", "growth", "粮食种植面积", neg=True,
  metric_alts=["粮食播种面积"], **FLOW, note="下降 → negative value")
GRAIN = ["粮食产量", "粮食"]
q("粮食总产量133.77万吨", "133.77万吨", "amount", "粮食总产量", metric_alts=GRAIN, **FLOW)
q("133.77万吨，比上年下降2.3%", "2.3%", "growth", "粮食总产量", neg=True, metric_alts=GRAIN,
  **FLOW)
for crop, amount, pct in (("夏粮", "16.38万吨", "1.7%"), ("秋粮", "117.39万吨", "2.4%")):
    ctx = f"{crop}产量{amount}，下降{pct}"
    q(ctx, amount, "amount", f"{crop}产量", metric_alts=[f"{crop}总产量", crop], **FLOW,
      note="其中 of 粮食总产量" if crop == "夏粮" else None)
    q(ctx, pct, "growth", f"{crop}产量", neg=True, metric_alts=[f"{crop}总产量", crop], **FLOW)

# ==== line 30: other crops (全年 …, then 年末 for orchards) ====================================
CROPS = [  # (area ctx word, area, area growth, sign, output word, output, output growth, sign)
    ("蔬菜种植面积", "238.12万亩", "1.4%", -1, "蔬菜产量", "389.84万吨", "3.8%", 1),
    ("食用菌收获面积", "2.59万亩", "23.7%", -1, "食用菌产量", "4.25万吨", "20.8%", -1),
    ("油菜籽种植面积", "91.90万亩", "14.7%", 1, "油菜籽产量", "9.84万吨", "12.8%", 1),
    ("烤烟种植面积", "11.71万亩", "5.2%", -1, "烤烟产量", "1.34万吨", "4.4%", -1),
    ("药材类种植面积", "67.26万亩", "3.0%", -1, "中药材产量", "36.81万吨", "8.7%", 1),
]
AREA_ALTS = {"蔬菜种植面积": ["蔬菜播种面积"], "食用菌收获面积": ["食用菌面积"],
             "油菜籽种植面积": ["油菜籽播种面积", "油菜种植面积"],
             "烤烟种植面积": ["烤烟播种面积"],
             "药材类种植面积": ["中药材种植面积", "药材种植面积", "药材类播种面积"]}
OUT_ALTS = {"蔬菜产量": ["蔬菜"], "食用菌产量": ["食用菌"], "油菜籽产量": ["油菜籽"],
            "烤烟产量": ["烤烟"], "中药材产量": ["中药材", "药材类产量"]}
for aw, area, ag, asign, ow, out, og, osign in CROPS:
    verb_a = "增长" if asign > 0 else "下降"
    verb_o = "增长" if osign > 0 else "下降"
    q(f"{aw}{area}", area, "amount", aw, metric_alts=AREA_ALTS[aw], **FLOW,
      note="全年 opens each sentence of the paragraph" if aw == "蔬菜种植面积" else None)
    q(f"{area}，比上年{verb_a}{ag}", ag, "growth", aw, neg=asign < 0,
      metric_alts=AREA_ALTS[aw], **FLOW)
    q(f"{ow}{out}", out, "amount", ow, metric_alts=OUT_ALTS[ow], **FLOW)
    q(f"{out}，比上年{verb_o}{og}", og, "growth", ow, neg=osign < 0,
      metric_alts=OUT_ALTS[ow], **FLOW)
TEA = ["茶园种植面积", "年末茶园面积"]
q("茶园面积47.28万亩", "47.28万亩", "amount", "茶园面积", metric_alts=TEA, **STOCK_YE,
  note="年末 → area at year end (a stock, instant)")
q("47.28万亩，比上年增长0.7%", "0.7%", "growth", "茶园面积", metric_alts=TEA, **CHANGE_YE,
  note=CHANGE_YE_NOTE)
q("茶叶产量2.24万吨", "2.24万吨", "amount", "茶叶产量", metric_alts=["茶叶"],
  **FLOW_AFTER_YE, note=FLOW_AFTER_YE_NOTE)
q("2.24万吨，比上年增长4.0%", "4.0%", "growth", "茶叶产量", metric_alts=["茶叶"],
  **FLOW_AFTER_YE)
ORCH = ["果园种植面积", "年末果园面积"]
q("果园面积93.46万亩", "93.46万亩", "amount", "果园面积", metric_alts=ORCH, **STOCK_YE)
q("93.46万亩，比上年下降6.1%", "6.1%", "growth", "果园面积", neg=True, metric_alts=ORCH,
  **CHANGE_YE)
FRUIT = ["水果产量", "水果(含果用瓜)产量", "水果", "水果（含果用瓜）"]
q("产量93.90万吨", "93.90万吨", "amount", "水果（含果用瓜）产量", metric_alts=FRUIT,
  **FLOW_AFTER_YE)
q("93.90万吨，增长1.8%", "1.8%", "growth", "水果（含果用瓜）产量", metric_alts=FRUIT,
  **FLOW_AFTER_YE)

# ==== lines 31-45: table 3 (output of main farm products) ====================================
g.neg("表3 2023年", "3", TABLE_NOTE.format(3))
g.neg("表3 2023年", "2023年", PERIOD_NOTE + " (table caption: the year of every cell)")
g.neg("产量（万吨）", "万吨", HEADER_UNIT_NOTE)
T3_NOTE = ("table cell: 产量（万吨） → ×1e4 t, 比上年增长（%） → growth yoy (a negative cell = a "
           "decline, the sign is the cell's own); period = the caption's 2023年; metric = row "
           "label + 产量")
ROWS3 = [("粮食", "粮食产量", ["粮食总产量", "粮食"]),
         ("#夏粮", "夏粮产量", ["夏粮", "夏粮总产量"]),
         ("秋粮", "秋粮产量", ["秋粮", "秋粮总产量"]),
         ("#豆类", "豆类产量", ["豆类"]),
         ("薯类（折粮）", "薯类产量", ["薯类（折粮）产量", "薯类(折粮)产量", "薯类（折粮）",
                                 "薯类(折粮)", "薯类"]),
         ("棉花", "棉花产量", ["棉花"]),
         ("油料", "油料产量", ["油料"]),
         ("糖料", "糖料产量", ["糖料"]),
         ("烤烟", "烤烟产量", ["烤烟"]),
         ("中药材", "中药材产量", ["中药材"]),
         ("蔬菜", "蔬菜产量", ["蔬菜"]),
         ("茶叶", "茶叶产量", ["茶叶"]),
         ("水果（含果用瓜）", "水果（含果用瓜）产量", ["水果产量", "水果(含果用瓜)产量", "水果",
                                       "水果（含果用瓜）"])]
for i, (label, m, ma) in enumerate(ROWS3):
    ctx, (_, amount, growth) = row(label)
    q(ctx, amount, "amount", m, metric_alts=ma, unit_text="万吨", period=T_Y,
      note=T3_NOTE if i == 0 else None)
    q(ctx, growth, "growth", m, metric_alts=ma, unit_text="%", period=T_Y,
      nth=0 if growth not in amount else 1)

# ==== line 46: livestock (全年) ==================================================================
MEAT = ["猪牛羊禽肉", "肉类产量", "猪牛羊禽肉总产量"]
q("猪牛羊禽肉产量19.23万吨", "19.23万吨", "amount", "猪牛羊禽肉产量", metric_alts=MEAT, **FLOW)
q("19.23万吨，比上年增长4.7%", "4.7%", "growth", "猪牛羊禽肉产量", metric_alts=MEAT, **FLOW)
for ctx, tgt, gctx, pct, sign, m, ma in [
        ("生猪出栏153.12万头", "153.12万头", "153.12万头，比上年增长7.4%", "7.4%", 1, "生猪出栏",
         ["生猪出栏量", "猪出栏"]),
        ("牛出栏16.14万头", "16.14万头", "16.14万头，比上年下降5.5%", "5.5%", -1, "牛出栏",
         ["牛出栏量"]),
        ("羊出栏21.82万只", "21.82万只", "21.82万只，比上年增长10.0%", "10.0%", 1, "羊出栏",
         ["羊出栏量"]),
        ("活家禽出栏1958.08万只", "1958.08万只", "1958.08万只，比上年下降0.3%", "0.3%", -1,
         "活家禽出栏", ["家禽出栏", "活家禽出栏量"])]:
    q(ctx, tgt, "count", m, metric_alts=ma, **FLOW,
      note="animals sold for slaughter in the year (a flow); 万头/万只 → count ×1e4"
      if m == "生猪出栏" else None)
    q(gctx, pct, "growth", m, neg=sign < 0, metric_alts=ma, **FLOW)
q("禽蛋产量5.39万吨", "5.39万吨", "amount", "禽蛋产量", metric_alts=["禽蛋"], **FLOW)
q("5.39万吨，比上年增长16.8%", "16.8%", "growth", "禽蛋产量", metric_alts=["禽蛋"], **FLOW)

# ==== lines 47-63: table 4 (livestock products and herds) ====================================
g.neg("表4 2023年", "4", TABLE_NOTE.format(4))
g.neg("表4 2023年", "2023年", PERIOD_NOTE + " (table caption: the year of every cell)")
T4_NOTE = ("table cell: the row's 单位 cell gives the unit and scale of its 产量 cell (万吨 → ×1e4 "
           "t; 万头/万只 → count ×1e4, classifier 头/只); 比上年增长(%) → growth yoy, the sign is "
           "the cell's own; period = the caption's 2023年; metric = the row label (it names the "
           "indicator: …产量, …出栏, …年末存栏)")
UNIT_CELL_NOTE = ("unit cell of the row (单位 column: the scale and unit of the row's 产量 cell), "
                  "a label, not a fact")
STOCK_T_NOTE = ("年末存栏 (herd at year end) is a stock: instant 2023-12-31, the caption's year in "
                "period_alts; its growth is the change of the stock over the year (same period)")
ROWS4 = [("猪牛羊禽肉产量", "猪牛羊禽肉产量", ["猪牛羊禽肉", "肉类产量"]),
         ("#猪肉", "猪肉产量", ["猪肉"]),
         ("牛肉", "牛肉产量", ["牛肉"]),
         ("羊肉", "羊肉产量", ["羊肉"]),
         ("禽肉", "禽肉产量", ["禽肉"]),
         ("牛奶", "牛奶产量", ["牛奶"]),
         ("禽蛋", "禽蛋产量", ["禽蛋"]),
         ("猪出栏", "猪出栏", ["生猪出栏", "猪出栏量"]),
         ("牛出栏", "牛出栏", ["牛出栏量"]),
         ("羊出栏", "羊出栏", ["羊出栏量"]),
         ("活家禽出栏", "活家禽出栏", ["家禽出栏", "活家禽出栏量"]),
         ("猪年末存栏", "猪年末存栏", ["生猪存栏", "猪存栏", "生猪年末存栏", "猪存栏量"]),
         ("牛年末存栏", "牛年末存栏", ["牛存栏", "牛存栏量"]),
         ("羊年末存栏", "羊年末存栏", ["羊存栏", "羊存栏量"]),
         ("活家禽年末存栏", "活家禽年末存栏", ["家禽存栏", "活家禽存栏", "活家禽存栏量"])]
for i, (label, m, ma) in enumerate(ROWS4):
    ctx, (_, unit_cell, amount, growth) = row(label)
    g.neg(ctx, unit_cell, UNIT_CELL_NOTE)
    kind = "amount" if unit_cell.endswith("吨") else "count"
    per = (dict(period=T_AT, period_alts=[T_Y]) if "存栏" in label else dict(period=T_Y))
    note = T4_NOTE if i == 0 else (STOCK_T_NOTE if label == "猪年末存栏" else None)
    q(ctx, amount, kind, m, metric_alts=ma, unit_text=unit_cell, **per, note=note)
    q(ctx, growth, "growth", m, metric_alts=ma, unit_text="%", **per,
      nth=0 if growth not in amount else 1)

# ==== line 64: aquatic products (全年) ==========================================================
AQ = ["水产品", "水产品总产量"]
q("水产品产量6.36万吨", "6.36万吨", "amount", "水产品产量", metric_alts=AQ, **FLOW)
q("6.36万吨，比上年增长5.7%", "5.7%", "growth", "水产品产量", metric_alts=AQ, **FLOW)
FARMED = ["养殖水产品", "水产养殖产量"]
q("养殖水产品产量6.34万吨", "6.34万吨", "amount", "养殖水产品产量", metric_alts=FARMED, **FLOW,
  note="其中 of 水产品产量")
q("6.34万吨，比上年增长5.7%", "5.7%", "growth", "养殖水产品产量", metric_alts=FARMED, **FLOW)

# ==== line 65: machinery (no period in the paragraph) =========================================
MACH = ["农业机械总动力量", "农机总动力"]
q("农业机械总动力309.79万千瓦", "309.79万千瓦", "amount", "农业机械总动力", metric_alts=MACH,
  **DOCSTOCK, note="万千瓦 → ×1e7 W; " + DOCSTOCK_NOTE)
q("309.79万千瓦，比上年增长1.0%", "1.0%", "growth", "农业机械总动力", metric_alts=MACH,
  **DOCSTOCK, note="change of the stock over the year, dated at its instant (as CHANGE_YE)")
q("大中型拖拉机1343台", "1343台", "count", "大中型拖拉机",
  metric_alts=["大中型拖拉机数量", "大中型拖拉机拥有量"], **DOCSTOCK)
q("小型拖拉机2128台", "2128台", "count", "小型拖拉机",
  metric_alts=["小型拖拉机数量", "小型拖拉机拥有量"], **DOCSTOCK)
q("农用水泵58152台", "58152台", "count", "农用水泵",
  metric_alts=["农用水泵数量", "农用水泵拥有量"], **DOCSTOCK)

# ==== line 66: section heading ==================================================================
g.neg("三、工业和建筑业", "三、", SECTION_NOTE)

# ==== line 67: industry value added (全年) =====================================================
IVA = ["全州工业增加值"]
q("工业增加值165.72亿元", "165.72亿元", "amount", "工业增加值", metric_alts=IVA, **FLOW)
q("165.72亿元，比上年增长3.5%", "3.5%", "growth", "工业增加值", metric_alts=IVA, **FLOW)

# ==== line 68: above-scale industry (no period in the paragraph) ===============================
g.neg("工业增加值[3]", "[3]", FOOTNOTE_NOTE)
q("[3]比上年增长4.7%", "4.7%", "growth", "规模以上工业增加值",
  metric_alts=["规上工业增加值"], **DOCFLOW, note=DOCFLOW_NOTE)
q("轻工业增加值增长16.8%", "16.8%", "growth", "轻工业增加值", metric_alts=["轻工业"],
  **DOCFLOW, note="其中 of 规模以上工业 (README §4: the prefecture keeps the subject)")
q("重工业增加值增长1.0%", "1.0%", "growth", "重工业增加值", metric_alts=["重工业"], **DOCFLOW)
OWN = "分经济类型看 (by ownership) within 规模以上工业; the prefecture keeps the subject"
q("国有企业增加值比上年增长1.9%", "1.9%", "growth", "国有企业增加值",
  metric_alts=["国有企业", "规模以上国有企业增加值"], **DOCFLOW, note=OWN)
q("集体企业增加值比上年增长4.4倍", "4.4倍", "ratio", "集体企业增加值",
  metric_alts=["集体企业", "规模以上集体企业增加值"], **DOCFLOW,
  note="增长N倍 → kind ratio, unit times, value as written (as 增长3.3、1.4、1.1倍 in "
       "nw_chinanews_20211101 and the other golds); ratio facts carry no comparison")
q("股份制企业增加值比上年增长4.9%", "4.9%", "growth", "股份制企业增加值",
  metric_alts=["股份制企业", "规模以上股份制企业增加值"], **DOCFLOW)
q("外商及港澳台商投资企业比上年增长4.6%", "4.6%", "growth", "外商及港澳台商投资企业增加值",
  metric_alts=["外商及港澳台商投资企业", "规模以上外商及港澳台商投资企业增加值"], **DOCFLOW,
  note="the elided head 增加值 restored (README §3)")
q("私营企业比上年增长7.8%", "7.8%", "growth", "私营企业增加值",
  metric_alts=["私营企业", "规模以上私营企业增加值"], **DOCFLOW,
  note="the elided head 增加值 restored (README §3)")
q("采矿业增加值比上年下降23.4%", "23.4%", "growth", "采矿业增加值", neg=True,
  metric_alts=["采矿业"], **DOCFLOW, note="分门类看 (by section); 下降 → negative")
q("制造业增加值比上年增长11.8%", "11.8%", "growth", "制造业增加值", metric_alts=["制造业"],
  **DOCFLOW)
q("供应业增加值比上年下降7.3%", "7.3%", "growth", "电力、热力、燃气及水生产和供应业增加值",
  neg=True, metric_alts=["电力、热力、燃气及水生产和供应业"], **DOCFLOW)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/communique/cm_qiandongnan_2023.txt "
    f"({len(text):,} characters with the final newline), sliced by code: 一、综合 (GDP and "
    "sectors, population, table 1, employment), 二、农业 in full (output value and table 2, "
    "crops and table 3, livestock and table 4, fishery, machinery) and the first two paragraphs "
    "of 三、工业和建筑业 (industry value added, above-scale industry by type and section). It does "
    "not overlap cm_qiandongnan_2023 (lines 263-300 of the same source); the DOC_ID differs "
    "from the shared stem on purpose. Lines 1-3 (bureau, date, preamble) are left out: no "
    "facts. Date: 2024-05-07, the issue date printed at the top of the source (line 2, under "
    "黔东南州统计局), as cm_qiandongnan_2023 chose it. The communiqué reports calendar 2023 "
    "(title 黔东南苗族侗族自治州2023年…统计公报): 全年 / 2023年 = 2023-01-01..2023-12-31, 年末 / "
    "2023年年末 = the instant 2023-12-31, 上年 = 2022 (comparison yoy); 两年平均 → comparison "
    "两年平均 with the 2022-2023 span as alt. Stocks (population, orchards, herds 年末存栏, "
    "machinery) are instants; changes of 年末 stocks the instant with the year as alt; flows "
    "written after 年末 in the same paragraph (birth/death rates, tea and fruit output) take "
    "the year with the literal 年末 instant as alt (as cm_luoyang_2023); paragraphs without a "
    "period (employment line 17, machinery line 65, above-scale industry line 68) take the "
    "communiqué's year (instant for stocks) with the year / null as alts. Tables 1-4: one fact "
    "per numeric cell, span = the bare number, unit and scale from the column header (年末数"
    "（人）, 比重（%）, 绝对数（亿元）, 产量（万吨）, 比上年增长（%）) or, in table 4, from the row's "
    "单位 cell (万吨/万头/万只); negative cells are declines; period = the caption's (2023年年末 "
    "instant; 2023年; 年末存栏 rows the instant with the year as alt); metric = row label + the "
    "table's indicator. 增长4.4倍 → ratio 4.4 times (no comparison). Place: 黔东南苗族侗族自治州 "
    "(alts 贵州省黔东南苗族侗族自治州, 黔东南州, 黔东南, 全州); sectors and ownership types keep "
    "the prefecture as subject. Negatives: section numbers 一、二、三、, footnote markers [2] "
    "[3], 两年 (两年平均), sector names 第一/第二/第三产业 (incl. the letter-spaced 第 二 产 业, "
    "第 三 产 业 and 第一、二、三产业), table numbers and caption periods, header units 亿元 / "
    "万吨, the 单位 cells of table 4, and the age bounds of table 1's row labels. The title "
    "is outside the run (the source has no title line; it comes from the PDF file name), so "
    "title_in_text=False. Known false alarm: the shared check_gold.py reads a table cell "
    "without the scale of its header / 单位 cell (亿元, 万吨, 万头, 万只) and reports value "
    "mismatches for tables 2-4 (as for cm_zhoukou_2023); czfacts check-gold passes.")

g.write(date="2024-05-07",
        source=f"shared/texts/communique/cm_qiandongnan_2023.txt lines {FIRST}–{LAST} "
               "(黔东南州统计局, 2024年5月7日)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
