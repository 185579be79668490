"""Gold annotations for cm_qiandongnan_2016_e: a fifth excerpt of 黔东南苗族侗族自治州2016年国民经济和
社会发展统计公报 (the others: cm_qiandongnan_2016_b, lines 6-75, cm_qiandongnan_2016_c, lines
124-174, cm_qiandongnan_2016, lines 184-195, and cm_qiandongnan_2016_d, lines 196-233).

The excerpt corpora/cm_qiandongnan_2016_e.txt is lines 76-123 (1-based, inclusive, whole lines,
newline kept) of shared/texts/communique/cm_qiandongnan_2016.txt, sliced by code from the
source bytes, never retyped: the end of 二、农业 (table 5 of livestock products and herds,
aquatic products, irrigation, farm machinery, poverty relief, village projects) and
三、工业和建筑业 (industrial value added and its structure, table 6 of industrial products,
above-scale firms, construction) (1,632 characters; the run was given by the brief).

Facts and negatives are written by hand from the text, sentence by sentence and cell by cell;
values are computed from the span's own number, scale and unit (prose) or from the row's 单位
cell / the column header's unit (tables); offsets come from unique context strings
(corpora/annotate.py).

    python corpora/annotations/cm_qiandongnan_2016_e.py
    czfacts check-gold corpora
"""
import functools
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, TEXTS, excerpt_gold, quantity_fact  # noqa: E402

DOC_ID = "cm_qiandongnan_2016_e"
SRC = (TEXTS / "communique") / "cm_qiandongnan_2016.txt"
FIRST, LAST = 76, 123                     # 1-based, inclusive, whole lines (given by the brief)
PLACE = "黔东南苗族侗族自治州"              # as cm_qiandongnan_2016 / _b / _c (czfacts/data/places.toml)
SUBJ_ALTS = ["贵州省黔东南苗族侗族自治州", "黔东南州", "黔东南"]
TITLE = "黔东南苗族侗族自治州2016年国民经济和社会发展统计公报"

g = excerpt_gold(SRC, FIRST, LAST, CORPORA, DOC_ID, place=PLACE,
                 starts="表5\xa0主要畜产品产量和牲畜发展情况\n",
                 ends="房屋建筑施工面积533.25万平方米，比上年增长0.3%。")
text = g.text
rows = text.split("\n")

# ---- periods (communiqué of calendar 2016, issued 2017-03-16) ------------------------------
FY = P("全年", "2016-01-01", "2016-12-31")
FY_NULL = P("全年", None, None)
YE = P("年末", "2016-12-31", "2016-12-31")

FLOW = dict(period=FY)                                      # under an explicit 全年
DOCFLOW = dict(period=FY, period_alts=[FY_NULL])            # no period in the line / table
DOCSTOCK = dict(period=YE, period_alts=[FY, FY_NULL])       # stock, no period in the line
DOCLEVEL = dict(period=FY, period_alts=[FY_NULL, YE])       # year's level / stock reading
STOCK_YE = dict(period=YE)                                  # stock under an explicit 年末
FLOW_AFTER_YE = dict(period=FY, period_alts=[YE])           # flow written after 年末
STOCK_FY = dict(period=YE, period_alts=[FY])                # stock under an explicit 全年
TAB_STOCK = dict(period=YE, period_alts=[FY, FY_NULL])      # 年末存栏 rows of table 5

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SECTION_NOTE = "section number of the communiqué, a list marker"
TABLE_NOTE = "table number (表N), a label, not a fact"
UNIT_CELL_NOTE = ("unit cell of the row (单位 column: the scale and unit of the row's 产量 cell), "
                  "a label, not a fact")
DOCFLOW_NOTE = ("no period expression in the paragraph: the communiqué's year 2016 governs "
                "(SPEC §4); the null reading in period_alts")
DOCSTOCK_NOTE = ("stock with no period expression in its paragraph: instant at the end of the "
                 "communiqué's year (2016-12-31); the year and null in period_alts")
TAB_DOC_NOTE = ("the table's caption states no period: the communiqué's year 2016 governs "
                "(SPEC §4), null in period_alts")
FLOW_AFTER_YE_NOTE = ("annual flow written after 年末 in the same paragraph: the communiqué's "
                      "year 2016 (as cm_qiandongnan_2023), the literal 年末 instant in period_alts")
STOCK_FY_NOTE = ("stock (累计) under the paragraph's 全年: instant at its end (2016-12-31); the "
                 "literal inheritance (the year) in period_alts")
SET_NOTE = ("set label 七大(主要行业) (seven named industries, cf. 八大 in 001 and 六大 in "
            "cm_zhoukou_2023), not a count fact")
THRESHOLD_NOTE = ("threshold ({}) defining the set being counted / measured: part of the "
                  "metric (SPEC §2), not a fact")

# surface unit (after the scale) → (canonical unit, factor)
SURFACE = {"元": ("CNY", "1"), "%": ("%", "1"), " %": ("%", "1"), "吨": ("t", "1"),
           "千克": ("t", "0.001"), "公顷": ("m2", "1e4"), "平方公里": ("m2", "1e6"),
           "平方米": ("m2", "1"), "立方米": ("m3", "1"), "千升": ("m3", "1"),
           "千瓦": ("W", "1e3"), "千瓦时": ("kWh", "1"), "重量箱": ("重量箱", "1")}
CLASSIFIERS = {"个", "台", "户", "人", "头", "只", "件", "辆"}
QTY = re.compile(r"(-?\d+(?:\.\d+)?)([万亿]?)(.*)", re.S)


q = functools.partial(quantity_fact, g, surfaces=SURFACE, classifiers=CLASSIFIERS, subject=PLACE,
                      subject_alts=SUBJ_ALTS, pattern=QTY)


def cell(row, col):
    """(context, target, nth) of column ``col`` of a table row: the whole row with its line
    breaks as context, nth counting earlier occurrences of the same string in it."""
    ctx = "\n" + row + "\n"
    assert text.count(ctx) == 1, ctx
    cells = row.split("\t")
    target = cells[col]
    pos = 1 + sum(len(c) + 1 for c in cells[:col])
    nth = sum(1 for k in range(pos) if ctx.startswith(target, k))
    return ctx, target, nth


def row_of(label, ncells=4):
    hits = [r for r in rows if r.startswith(label + "\t") and r.count("\t") == ncells - 1]
    assert len(hits) == 1, (label, hits)
    return hits[0]


def pair(level_ctx, level, growth_ctx, growth, kind, metric, alts=None, *, down=False,
         level_kw=None, growth_kw=None, **kw):
    """A level and its growth against 上年 (same metric, README §3)."""
    q(level_ctx, level, kind, metric, metric_alts=alts, **{**kw, **(level_kw or {})})
    q(growth_ctx, growth, "growth", metric, metric_alts=alts, neg=down,
      **{**kw, **(growth_kw or {})})


def table(rows_spec, first_note, period_of):
    """One amount (from the 产量 cell, unit = the row's 单位 cell) and one growth (比上年增长（%）)
    per row; unit cells with a scale or a numeral-like unit (万, 亿, 千) are negatives."""
    for i, (label, metric, alts, note) in enumerate(rows_spec):
        r = row_of(label)
        ctx, unit_cell, _ = cell(r, 1)
        _, amount, na = cell(r, 2)
        _, growth, ng = cell(r, 3)
        if re.search(r"[万亿千]", unit_cell):
            g.neg(ctx, unit_cell, UNIT_CELL_NOTE)
        unit_plain = re.sub(r"^[万亿]", "", unit_cell)
        kind = "count" if unit_plain in CLASSIFIERS else "amount"
        per = period_of(label)
        q(ctx, amount, kind, metric, metric_alts=alts, unit_text=unit_cell, **per, nth=na,
          note=first_note if i == 0 else note)
        q(ctx, growth, "growth", metric, metric_alts=alts, unit_text="%", **per, nth=ng)


# ==== lines 76-92: table 5 (livestock products and herds) ===================================
g.neg("表5\xa0主要畜产品", "5", TABLE_NOTE)
g.neg("\n\t单 位\t产 量", "单", "column header 单 位 ('unit', spaced in the source: 单位 is "
      "lexicalized); 单 is not a number")
T5_NOTE = ("table cell: the row's 单位 cell gives the unit and scale of its 产量 cell (万吨 → t "
           "×1e4, 吨 → t, 万头/万只 → count ×1e4, classifier 头/只); 比上年增长（%） → growth yoy "
           "(the sign is the cell's own); span = the bare number; metric = the row label (+ 产量 "
           "for products; it names the indicator for …出栏, …年末存栏); " + TAB_DOC_NOTE)
STOCK_T_NOTE = ("年末存栏 (herd at year end) is a stock: 年末 in the row label → the instant "
                "2016-12-31, the year and null in period_alts; its growth is the change of the "
                "stock over the year, dated the same way")
ROWS5 = [  # (row label, metric, alts, note)
    ("肉类总产量", "肉类总产量", ["肉类产量", "肉类"], None),
    ("其中：猪肉", "猪肉产量", ["猪肉"], "其中 of 肉类总产量"),
    ("牛肉", "牛肉产量", ["牛肉"], None),
    ("羊肉", "羊肉产量", ["羊肉"], None),
    ("禽肉", "禽肉产量", ["禽肉"], None),
    ("牛奶", "牛奶产量", ["牛奶"], None),
    ("禽蛋", "禽蛋产量", ["禽蛋"], None),
    ("牛出栏", "牛出栏", ["牛出栏量", "牛出栏数"], "animals sold for slaughter in the year (flow)"),
    ("猪出栏", "猪出栏", ["生猪出栏", "猪出栏量", "生猪出栏量"], None),
    ("羊出栏", "羊出栏", ["羊出栏量", "羊出栏数"], None),
    ("活家禽出栏", "活家禽出栏", ["家禽出栏", "活家禽出栏量"], None),
    ("牛年末存栏", "牛年末存栏", ["牛存栏", "牛存栏量", "年末牛存栏"], STOCK_T_NOTE),
    ("猪年末存栏", "猪年末存栏", ["生猪存栏", "猪存栏", "生猪年末存栏", "猪存栏量"], None),
    ("羊年末存栏", "羊年末存栏", ["羊存栏", "羊存栏量"], None),
    ("活家禽年末存栏", "活家禽年末存栏", ["家禽存栏", "活家禽存栏", "活家禽存栏量"], None),
]
table(ROWS5, T5_NOTE, lambda label: TAB_STOCK if "存栏" in label else DOCFLOW)

# ==== line 93: aquatic products (全年) ========================================================
pair("水产品产量4.73万吨", "4.73万吨", "4.73万吨，比上年增长9.4 %", "9.4 %", "amount",
     "水产品产量", ["水产品", "全年水产品产量"], **FLOW,
     growth_kw=dict(note="the source's space before % stays in the span"))

# ==== line 94: irrigation, soil erosion, drinking water (年末 …) ==============================
q("农田有效灌溉面积15.94万公顷", "15.94万公顷", "amount", "农田有效灌溉面积",
  metric_alts=["有效灌溉面积", "年末农田有效灌溉面积"], **STOCK_YE,
  note="年末 → stock, instant 2016-12-31; 公顷 → m2 (×1e4)")
q("新增有效灌溉面积0.24万公顷", "0.24万公顷", "amount", "新增有效灌溉面积",
  metric_alts=["有效灌溉面积增量", "农田有效灌溉面积增量", "新增农田有效灌溉面积"],
  **FLOW_AFTER_YE,
  note="其中: the area added during the year (a flow, 增量 reading in the alts); "
       + FLOW_AFTER_YE_NOTE)
q("治理水土流失面积142.27平方公里", "142.27平方公里", "amount", "治理水土流失面积",
  metric_alts=["水土流失治理面积", "治理水土流失"], **FLOW_AFTER_YE,
  note="area treated during the year; 平方公里 → m2 (×1e6); " + FLOW_AFTER_YE_NOTE)
q("新增解决26万人", "26万人", "count", "解决农村人口饮水安全巩固提升问题人数",
  metric_alts=["新增解决农村人口饮水安全巩固提升问题", "农村人口饮水安全巩固提升",
               "新增解决饮水安全巩固提升问题农村人口", "农村人口", "解决饮水安全问题人数",
               "农村饮水安全巩固提升人数"], **FLOW_AFTER_YE,
  note="rural people whose drinking-water problem was newly solved in the year; "
       + FLOW_AFTER_YE_NOTE)

# ==== line 95: farm machinery (no period in the paragraph) ===================================
MACH = ["农机总动力", "全州农业机械总动力"]
pair("农业机械总动力297.1万千瓦", "297.1万千瓦", "297.1万千瓦，比上年增长1.7%", "1.7%", "amount",
     "农业机械总动力", MACH, **DOCSTOCK,
     level_kw=dict(note="万千瓦 → W ×1e7; " + DOCSTOCK_NOTE),
     growth_kw=dict(note="change of the stock over the year, dated at its instant (as "
                         "cm_qiandongnan_2023_b)"))
for ctx, tgt, metric, alts in [
        ("大中型拖拉机9200台", "9200台", "大中型拖拉机", ["大中型拖拉机数量", "大中型拖拉机拥有量"]),
        ("小型拖拉机5212台", "5212台", "小型拖拉机", ["小型拖拉机数量", "小型拖拉机拥有量"]),
        ("农用排灌动力机械57115台", "57115台", "农用排灌动力机械",
         ["农用排灌动力机械数量", "排灌动力机械"])]:
    q(ctx, tgt, "count", metric, metric_alts=alts, **DOCSTOCK,
      note=DOCSTOCK_NOTE if metric == "大中型拖拉机" else None)
q("总动力25万千瓦", "25万千瓦", "amount", "农用排灌动力机械总动力",
  metric_alts=["总动力", "排灌动力机械总动力"], **DOCSTOCK,
  note="head 农用排灌动力机械 restored")
q("农用水泵57115台", "57115台", "count", "农用水泵", metric_alts=["农用水泵数量", "农用水泵拥有量"],
  **DOCSTOCK)
q("农用运输车9400台", "9400台", "count", "农用运输车",
  metric_alts=["农用运输车数量", "农用运输车拥有量"], **DOCSTOCK)
q("耕整机14.26万台", "14.26万台", "count", "耕整机", metric_alts=["耕整机数量", "耕整机拥有量"],
  **DOCSTOCK)
q("总动力85.58万千瓦", "85.58万千瓦", "amount", "耕整机总动力", metric_alts=["总动力"],
  **DOCSTOCK, note="head 耕整机 restored")

# ==== line 96: poverty relief (全年) ===========================================================
q("财政扶贫项目1909个", "1909个", "count", "财政扶贫项目",
  metric_alts=["安排财政扶贫项目", "财政扶贫项目数量", "扶贫项目"], **FLOW)
q("财政专项扶贫资金10.44亿元", "10.44亿元", "amount", "到位财政专项扶贫资金",
  metric_alts=["财政专项扶贫资金", "财政专项扶贫资金到位", "扶贫资金"], **FLOW,
  note="共 (in total) → eq")

# ==== line 97: village programmes (全年) ========================================================
q("全年100个传统村落", "100个", "count", "消防安全改造传统村落",
  metric_alts=["传统村落", "传统村落消防安全改造", "传统村落消防安全改造工作",
               "消防安全改造传统村落数量"], **FLOW,
  note="the number of traditional villages covered by the year's fire-safety renovation "
       "(全年100个传统村落消防安全改造工作): a count, not a programme name")
q("涉及54个乡镇", "54个", "count", "涉及乡镇",
  metric_alts=["乡镇", "传统村落消防安全改造涉及乡镇", "涉及乡镇数量"], **FLOW)
q("乡镇，100个村", "100个", "count", "涉及村",
  metric_alts=["村", "传统村落消防安全改造涉及村", "涉及村数量"], **FLOW,
  note="the verb 涉及 carries over from 54个乡镇")
PLANNED_NOTE = ("计划实施项目 'projects planned to be carried out': a plan → modality target "
                "(as 计划投资 in nw_cctv_20230723_liaoning_2023); the year 2016 governs")
q("计划实施项目共计100个", "100个", "count", "计划实施项目",
  metric_alts=["传统村落消防安全改造计划实施项目", "实施项目", "计划实施项目数量", "项目"],
  modality="target", **FLOW, note="共计 (in total) → eq; " + PLANNED_NOTE)
q("示范带试点村12个", "12个", "count", "省级改善农村人居环境示范带试点村",
  metric_alts=["示范带试点村", "改善农村人居环境示范带试点村", "试点村",
               "实施省级改善农村人居环境示范带试点村"], **FLOW)
q("计划实施项目269个", "269个", "count", "计划实施项目",
  metric_alts=["示范带试点村计划实施项目", "省级改善农村人居环境示范带试点村计划实施项目",
               "实施项目", "计划实施项目数量", "项目"],
  modality="target", **FLOW, note=PLANNED_NOTE)
q("累计完成672个行政村", "672个", "count", "完成生活垃圾质量的行政村",
  metric_alts=["行政村", "累计完成生活垃圾质量的行政村", "完成生活垃圾治理的行政村",
               "行政村生活垃圾质量", "行政村生活垃圾治理", "累计完成行政村生活垃圾质量"],
  **STOCK_FY,
  note="villages whose household waste work is completed (生活垃圾质量 as written, probably "
       "for 治理); the predicate defines the counted set → metric; " + STOCK_FY_NOTE)
q("美丽乡村示范村101个", "101个", "count", "美丽乡村示范村",
  metric_alts=["美丽乡村示范村数量", "示范村"], **FLOW,
  note="the year's demonstration villages (全年 governs the paragraph)")
q("实施项目795个", "795个", "count", "美丽乡村示范村实施项目",
  metric_alts=["实施项目", "实施项目数量", "项目"], **FLOW,
  note="projects carried out in the 美丽乡村 demonstration villages (实施, actual)")

# ==== line 98: section heading ================================================================
g.neg("三、工业和建筑业", "三、", SECTION_NOTE)

# ==== line 99: above-scale industrial value added (no period) ===================================
IVA = ["规模以上工业增加值完成额", "全州规模以上工业增加值", "工业增加值", "规上工业增加值"]
pair("规模以上工业增加值完成214.61亿元", "214.61亿元", "214.61亿元，比上年增长11.7%", "11.7%",
     "amount", "规模以上工业增加值", IVA, **DOCFLOW, level_kw=dict(note=DOCFLOW_NOTE))

# ==== line 100: structure of above-scale industry (no period) ===================================
for ctx, tgt, metric, alts in [
        ("国有企业增加值增长11.8%", "11.8%", "国有企业增加值",
         ["国有企业", "规模以上工业国有企业增加值"]),
        ("股份制企业增加值增长13.0%", "13.0%", "股份制企业增加值",
         ["股份制企业", "规模以上工业股份制企业增加值"]),
        ("轻工业增加值增长14.3%", "14.3%", "轻工业增加值", ["轻工业", "规模以上轻工业增加值"])]:
    q(ctx, tgt, "growth", metric, metric_alts=alts, **DOCFLOW,
      note=("全部规模以上工业中: the ownership types of above-scale industry; " + DOCFLOW_NOTE)
      if metric == "国有企业增加值" else None)
SHARE_ALTS = "{0}增加值占规模以上工业增加值的比重 {0}增加值占比 {0}比重 {0}占规模以上工业增加值比重".split()
q("增加值的比重为23.5%", "23.5%", "share", "轻工业增加值占规模以上工业增加值比重",
  metric_alts=[a.format("轻工业") for a in SHARE_ALTS], **DOCFLOW,
  note="share of the year's above-scale value added")
q("重工业增加值增长12.8%", "12.8%", "growth", "重工业增加值",
  metric_alts=["重工业", "规模以上重工业增加值"], **DOCFLOW)
q("增加值的比重为76.5%", "76.5%", "share", "重工业增加值占规模以上工业增加值比重",
  metric_alts=[a.format("重工业") for a in SHARE_ALTS], **DOCFLOW)
q("29个行业中", "29个", "count", "行业",
  metric_alts=["规模以上工业行业", "工业行业", "行业大类", "行业数量"], **DOCFLOW,
  note="the number of industries of above-scale industry (the whole the next counts are "
       "taken from), as 全市32个行业大类 in cm_zhoukou_2023")
q("中20个行业比上年增长", "20个", "count", "比上年增长行业",
  metric_alts=["增长行业", "比上年增长的行业", "增长的行业", "行业", "增加值比上年增长的行业"],
  **DOCFLOW, note="a subset of the 29: the predicate (比上年增长) defines the counted set → metric")
g.neg("增幅在30%以上", "30%", THRESHOLD_NOTE.format("增幅在30%以上, the growth threshold of the "
                                                 "industries counted in 7个行业"))
q("以上的有7个行业", "7个", "count", "增幅在30%以上的行业",
  metric_alts=["增幅30%以上的行业", "增幅在30%以上行业", "行业", "增幅在30%以上的行业数量"],
  **DOCFLOW, note="其中 of the 20: the threshold defines the counted set → metric (SPEC §2)")
g.neg("规模以上工业七大主要行业", "七大", SET_NOTE)
INDUSTRIES = [  # (context, pct, down, industry, extra alts)
    ("分别增长24.7%", "24.7%", False, "非金属矿物制品业", []),
    ("、23.5%、14.8%", "23.5%", False, "酒饮料和精制茶制造业", ["酒、饮料和精制茶制造业"]),
    ("、14.8%", "14.8%", False, "非金属矿采选业", []),
    ("、11.0%", "11.0%", False, "电力热力生产和供应业", ["电力、热力生产和供应业"]),
    ("、7.2%", "7.2%", False, "木材加工和木竹藤棕草制品业", ["木材加工和木、竹、藤、棕、草制品业"]),
    ("、7.1%", "7.1%", False, "有色金属冶炼和压延加工业", []),
    ("黑色金属冶炼和压延加工业下降5.6%", "5.6%", True, "黑色金属冶炼和压延加工业", []),
]
for i, (ctx, pct, down, industry, extra) in enumerate(INDUSTRIES):
    q(ctx, pct, "growth", f"{industry}增加值",
      metric_alts=[industry] + [f"{e}增加值" for e in extra] + extra, neg=down, **DOCFLOW,
      note=("分别 list: one growth per industry, in order; the elided head 增加值 restored "
            "(README §3)" if i == 0 else ("下降 → negative" if down else None)))
g.neg("，七大行业增加值", "七大", SET_NOTE)
q("比重为75.3%", "75.3%", "share", "七大行业增加值占全部规模以上工业增加值比重",
  metric_alts=["七大行业增加值合计占全部规模以上的比重", "七大行业增加值占比",
               "七大行业增加值占规模以上工业增加值比重", "七大主要行业增加值占规模以上工业增加值比重",
               "七大行业增加值合计占全部规模以上工业增加值的比重"], **DOCFLOW,
  note="合计占全部规模以上(工业增加值)的比重: the head restored in the metric")

# ==== lines 101-121: table 6 (output of main industrial products) =============================
g.neg("表6 2000万元以上", "6", TABLE_NOTE)
g.neg("表6 2000万元以上", "2000万元", THRESHOLD_NOTE.format(
    "2000万元以上, the firms whose products are counted (table caption)"))
T6_NOTE = ("table cell: the row's 单位 cell gives the unit and scale of its 产量 cell (万吨 → t "
           "×1e4, 万千升 → m3 ×1e4 (千升 = 1 m3), 吨 → t, 万件 → count ×1e4 件, 万立方米 → m3 "
           "×1e4, 万重量箱 kept as the surface unit 重量箱 ×1e4 (SPEC §3, as wr_china_2016), 千克 → "
           "t ×0.001, 台/辆 → count, 亿只 → count ×1e8 只, 亿千瓦时 → kWh ×1e8); 比上年增长（%） → "
           "growth yoy (the sign is the cell's own); span = the bare number; metric = the row "
           "label + 产量; the 2000万元以上 threshold of the caption qualifies the firms, the "
           "prefecture stays the subject; " + TAB_DOC_NOTE)
ROWS6 = [  # (row label, metric, alts, note)
    ("大米", "大米产量", ["大米"], None),
    ("饮料酒", "饮料酒产量", ["饮料酒"], None),
    ("其中：白酒", "白酒产量", ["白酒"], "其中 of 饮料酒"),
    ("啤酒", "啤酒产量", ["啤酒"], None),
    ("纱", "纱产量", ["纱"], None),
    ("服装", "服装产量", ["服装"], None),
    ("人造板", "人造板产量", ["人造板"], None),
    ("中成药", "中成药产量", ["中成药"], None),
    ("水泥", "水泥产量", ["水泥"], None),
    ("平板玻璃", "平板玻璃产量", ["平板玻璃"],
     "重量箱 (weight case, the trade unit of flat glass) has no canonical unit: kept as written "
     "(SPEC §3), kind amount, ×1e4 for 万"),
    ("铁合金", "铁合金产量", ["铁合金"], None),
    ("氧化铝", "氧化铝产量", ["氧化铝"], None),
    ("黄金", "黄金产量", ["黄金"], "千克 → t ×0.001"),
    ("小型拖拉机", "小型拖拉机产量", ["小型拖拉机"], None),
    ("机械化农业及园艺机具", "机械化农业及园艺机具产量", ["机械化农业及园艺机具"], None),
    ("汽车", "汽车产量", ["汽车"], None),
    ("电子元件", "电子元件产量", ["电子元件"], None),
    ("发电量自来水生产产量", "发电量", ["发电量自来水生产产量", "发电量产量", "发电"],
     "the row label is garbled in the source (发电量 run together with 自来水生产产量, the next "
     "row's label); the unit 亿千瓦时 (→ kWh ×1e8) shows it is the electricity output, so the "
     "metric is 发电量, the label as written in the alts"),
    ("自来水生产量", "自来水生产量", ["自来水产量", "自来水", "自来水生产产量"], None),
]
table(ROWS6, T6_NOTE, lambda label: DOCFLOW)

# ==== line 122: above-scale industrial firms (no period) ========================================
REV = ["规模工业企业主营业务收入", "规模以上工业企业主营业务收入", "主营业务收入完成额"]
pair("主营业务收入698.53亿元", "698.53亿元", "698.53亿元，比上年增长10.0%", "10.0%", "amount",
     "主营业务收入", REV, **DOCFLOW,
     level_kw=dict(note="of 规模工业企业 (README §4: the prefecture keeps the subject); "
                        + DOCFLOW_NOTE))
TAX = ["实现利税总额", "规模工业企业利税总额", "利税"]
pair("利税总额39.65亿元", "39.65亿元", "39.65亿元,比上年增长0.6%", "0.6%", "amount", "利税总额",
     TAX, **DOCFLOW)
q("规模工业企业427户", "427户", "count", "规模工业企业",
  metric_alts=["规模以上工业企业", "规模工业企业数量", "规模以上工业企业数量", "企业"], **DOCLEVEL,
  note="number of above-scale firms in the year's statistics (户 as classifier); the year "
       "governs, null and the year-end stock reading in period_alts")
q("亏损企业52户", "52户", "count", "亏损企业",
  metric_alts=["亏损企业数量", "规模工业企业亏损企业", "亏损企业数"], **DOCLEVEL,
  note="firms with a loss over the year (其中 of the 427)")
q("企业亏损面为12.2%", "12.2%", "share", "企业亏损面",
  metric_alts=["亏损面", "规模工业企业亏损面"], **DOCLEVEL,
  note="loss-making firms as a share of all (52/427) → share")

# ==== line 123: construction (全年) =============================================================
CVA = ["全社会建筑业增加值", "全年全社会建筑业增加值"]
pair("建筑业增加值完成80.62亿元", "80.62亿元", "80.62亿元，比上年增长16.6%", "16.6%", "amount",
     "建筑业增加值", CVA, **FLOW)
BUILD = ["施工面积", "建筑业企业房屋建筑施工面积", "房屋施工面积",
         "具有资质等级的独立核算建筑业企业房屋建筑施工面积"]
pair("房屋建筑施工面积533.25万平方米", "533.25万平方米", "533.25万平方米，比上年增长0.3%", "0.3%",
     "amount", "房屋建筑施工面积", BUILD, **FLOW,
     subject_alts=SUBJ_ALTS + ["具有资质等级的独立核算建筑业企业", "建筑业企业"],
     level_kw=dict(note="area under construction by the prefecture's qualified construction "
                        "firms (the prefecture keeps the subject, the firms an alt, README §4); "
                        "平方米 → m2; 全年 of the sentence before governs"))

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/communique/cm_qiandongnan_2016.txt "
    f"({len(text):,} characters with the final newline), the run given by the brief, sliced by "
    "code: the end of 二、农业 (table 5 of livestock products and herds, aquatic products, "
    "irrigation, farm machinery, poverty relief, village programmes) and 三、工业和建筑业 "
    "(industrial value added and its structure, table 6 of industrial products, above-scale "
    "firms, construction). It adjoins cm_qiandongnan_2016_b (lines 6-75) and "
    "cm_qiandongnan_2016_c (lines 124-174) without overlapping them. "
    "Date: 2017-03-16, the issue date printed under the title (line 4: 黔东南州统计局 国家统计局"
    "黔东南调查队 / 2017年3月16日), as in the other excerpts. The communiqué reports calendar "
    "2016: 全年 = 2016-01-01..2016-12-31, 年末 = the instant 2016-12-31, 上年 = 2015 (comparison "
    "yoy). Tables 5 and 6 (captions without a period) and the paragraphs without a period "
    "expression (lines 95, 99, 100, 122) take the communiqué's year (SPEC §4) with the null "
    "reading in period_alts; stocks among them (farm machinery, the 年末存栏 rows, whose label "
    "carries 年末) the instant 2016-12-31 with the year and null as alts; the year's flows "
    "written after 年末 in line 94 (new irrigated area, soil erosion treated, drinking water) "
    "take the year with the literal instant as alt; 累计完成 (line 97) the instant with the "
    "year as alt. Modality: actual, except the two 计划实施项目 counts (planned projects → "
    "target). Tables: one fact per numeric cell, span = the bare number, unit and scale from "
    "the row's 单位 cell; metric = row label (+ 产量). Units: 万千瓦 → W ×1e7, 公顷 → m2 ×1e4, "
    "平方公里 → m2 ×1e6, 千升 → m3, 千克 → t ×0.001, 亿千瓦时 → kWh ×1e8, 重量箱 kept as "
    "written; 头, 只, 台, 件, 辆, 户, 个, 人 are classifiers. Place: 黔东南苗族侗族自治州 (alts "
    "贵州省黔东南苗族侗族自治州, 黔东南州, 黔东南; 全州 resolves to it). Negatives: section and "
    "table numbers, the 单 of table 5's spaced header 单 位, the 单位 cells with a scale (万吨, 万头, 万只, 万千升, 万件, 万立方米, 万重量箱, "
    "千克, 亿只, 亿千瓦时), the thresholds 2000万元(以上) and 30%(以上), and the set label 七大 "
    "(twice). The title (lines 1-2 of the source) is outside the run, so title_in_text=False.")

g.write(date="2017-03-16",
        source=f"shared/texts/communique/cm_qiandongnan_2016.txt lines {FIRST}–{LAST} "
               "(table 5 to the end of 二、农业 and 三、工业和建筑业; 黔东南州统计局, 2017年3月16日)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
