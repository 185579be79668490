"""Gold annotations for cm_qiandongnan_2016_b: a second excerpt of 黔东南苗族侗族自治州2016年国民经济和
社会发展统计公报 (the first, lines 184-195, is cm_qiandongnan_2016).

The excerpt corpora/cm_qiandongnan_2016_b.txt is lines 6-75 (1-based, inclusive, whole lines,
newline kept) of shared/texts/communique/cm_qiandongnan_2016.txt, sliced by code from the
source bytes, never retyped: 一、综合 (GDP, prices, table 1, public finance, table 2, taxes)
and 二、农业 up to the livestock paragraph (sown areas, grain, table 3, forestry, table 4,
meat and livestock), 2,116 characters.  The title block (lines 1-4, dates only) and the
preamble (line 5, no quantity) are left out.

Facts and negatives are written by hand from the text, sentence by sentence and cell by cell;
values are computed from the span's own number, scale and unit (prose) or from the unit of
the column header / unit column (tables); offsets come from unique context strings
(corpora/annotate.py).

    python corpora/annotations/cm_qiandongnan_2016_b.py
    czfacts check-gold corpora
"""
import functools
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, TEXTS, excerpt_gold, quantity_fact  # noqa: E402

DOC_ID = "cm_qiandongnan_2016_b"
SRC = (TEXTS / "communique") / "cm_qiandongnan_2016.txt"
FIRST, LAST = 6, 75                       # 1-based, inclusive, whole lines
PLACE = "黔东南苗族侗族自治州"              # as cm_qiandongnan_2016 (czfacts/data/places.toml)
SUBJ_ALTS = ["贵州省黔东南苗族侗族自治州", "黔东南州", "黔东南"]
TITLE = "黔东南苗族侗族自治州2016年国民经济和社会发展统计公报"

g = excerpt_gold(SRC, FIRST, LAST, CORPORA, DOC_ID, place=PLACE,
                 starts="一、综合\n初步核算，全年地区生产总值939.05亿元",
                 ends="禽蛋产量1.33万吨，比上年增长3.5%。")
text = g.text

# ---- periods (communiqué of calendar 2016, issued 2017-03-16) ------------------------------
FY = P("全年", "2016-01-01", "2016-12-31")
FY_NULL = P("全年", None, None)
YE = P("年末", "2016-12-31", "2016-12-31")
M1_12 = P("1-12月", "2016-01-01", "2016-12-31")
FLOW = dict(period=FY)                                      # under an explicit 全年
DOCFLOW = dict(period=FY, period_alts=[FY_NULL])            # no period in the line / table
STOCK_YE = dict(period=YE)                                  # stock under an explicit 年末
CHANGE_YE = dict(period=YE, period_alts=[FY])               # change of a 年末 stock

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SECTION_NOTE = "section number of the communiqué, a list marker"
SECTOR_NOTE = "sector name (第一/二/三产业), an ordinal label, not a rank"
TABLE_NOTE = "table number (表N), a label, not a fact"
ROW_NOTE = "row number of the table's category list, a list marker"
DOCFLOW_NOTE = ("no period expression in the paragraph: the communiqué's year 2016 governs "
                "(SPEC §4); the null reading in period_alts")
TAB_DOC_NOTE = ("the table's caption states no period: the communiqué's year 2016 governs "
                "(SPEC §4), null in period_alts")
CHANGE_YE_NOTE = ("change of a 年末 stock against 上年(末): the instant 2016-12-31; the year over "
                  "which it changed in period_alts")

# surface unit (after the scale) → (canonical unit, factor)
SURFACE = {"元": ("CNY", "1"), "美元": ("USD", "1"), "%": ("%", "1"), " %": ("%", "1"),
           "公顷": ("m2", "1e4"), "吨": ("t", "1"), "立方米": ("m3", "1")}
CLASSIFIERS = {"头", "只"}


q = functools.partial(quantity_fact, g, surfaces=SURFACE, classifiers=CLASSIFIERS, subject=PLACE,
                      subject_alts=SUBJ_ALTS)


def cell(row, col):
    """(context, target, nth) of column ``col`` of a table row: the whole row with its line
    breaks as context, nth counting earlier occurrences of the same string in it."""
    ctx = "\n" + row + "\n"
    cells = row.split("\t")
    target = cells[col]
    pos = 1 + sum(len(c) + 1 for c in cells[:col])
    nth = sum(1 for k in range(pos) if ctx.startswith(target, k))
    return ctx, target, nth


def pair(level_ctx, level, growth_ctx, growth, kind, metric, alts=None, *, down=False,
         level_kw=None, growth_kw=None, **kw):
    """A level and its growth against 上年 (same metric, README §3)."""
    q(level_ctx, level, kind, metric, metric_alts=alts, **{**kw, **(level_kw or {})})
    q(growth_ctx, growth, "growth", metric, metric_alts=alts, neg=down,
      **{**kw, **(growth_kw or {})})


# ==== line 6: section heading ===============================================================
g.neg("一、综合", "一、", SECTION_NOTE)

# ==== line 7: GDP (全年) ======================================================================
GDP = ["GDP", "生产总值", "全州地区生产总值"]
pair("全年地区生产总值939.05亿元", "939.05亿元", "939.05亿元，比上年增长13.3%", "13.3%",
     "amount", "地区生产总值", GDP, **FLOW,
     growth_kw=dict(note="初步核算 (preliminary) is still actual; 比上年 → yoy"))
g.fact("增速位居全省第一", "第一", value=1, unit="rank", kind="rank", scope="全省",
       metric="地区生产总值增速",
       metric_alts=["增速", "GDP增速", "生产总值增速", "地区生产总值增长速度", "地区生产总值"],
       subject=PLACE, subject_alts=SUBJ_ALTS, **FLOW,
       note="位居全省第一 → rank 1, scope 全省 (span = ordinal marker + number); the ranked "
            "quantity is the growth rate just stated (增速)")
for ordinal, level, growth in (("第一产业", "184.11亿元", "6.1%"), ("第二产业", "261.36亿元", "12.9%"),
                               ("第三产业", "493.58亿元", "16.3%")):
    g.neg(f"{ordinal}增加值{level}", ordinal, SECTOR_NOTE)
    pair(f"{ordinal}增加值{level}", level, f"{level}，比上年增长{growth}", growth, "amount",
         f"{ordinal}增加值", [ordinal], **FLOW)
SECTORS_NOTE = ("sector names 第一、二、三次产业 (ordinal labels, the numerals are not "
                "quantities), one negative span over the list")
g.neg("第一、二、三次产业增加值占", "第一、二、三次产业", SECTORS_NOTE)
for i, (ordinal, ctx, pct) in enumerate((("第一产业", "比重为19.6%", "19.6%"),
                                         ("第二产业", "19.6%、27.8%", "27.8%"),
                                         ("第三产业", "27.8%和52.6%", "52.6%"))):
    q(ctx, pct, "share", f"{ordinal}增加值占生产总值比重",
      metric_alts=[f"{ordinal}增加值占全州生产总值的比重", f"{ordinal}增加值占全州生产总值比重",
                   f"{ordinal}增加值占生产总值的比重", f"{ordinal}增加值占地区生产总值比重",
                   f"{ordinal}增加值占GDP比重", f"{ordinal}比重", f"{ordinal}占比",
                   f"{ordinal}占GDP比重", "三次产业结构"], **FLOW,
      note=("list of the three sectors' shares of GDP: one share per value, in order "
            "(SPEC §1 distributive list)" if i == 0 else None))
g.neg("在三次产业中", "三次产业", "term 三次产业 'the three sectors'; 三次 is not a count of times "
      "(as cm_luoyang_2023)")
g.neg("第一、二、三次产业对经济增长", "第一、二、三次产业", SECTORS_NOTE)
for i, (ordinal, ctx, pct) in enumerate((("第一产业", "分别为8.9%", "8.9%"),
                                         ("第二产业", "8.9%、27.7%", "27.7%"),
                                         ("第三产业", "27.7%和63.4%", "63.4%"))):
    q(ctx, pct, "share", f"{ordinal}对经济增长的贡献率",
      metric_alts=[f"{ordinal}对经济增长贡献率", f"{ordinal}贡献率", f"{ordinal}增加值贡献率",
                   f"{ordinal}对GDP增长的贡献率", "贡献率"], **FLOW,
      note=("分别 list: one contribution rate per sector, in order; a contribution rate is the "
            "sector's part of the growth → share (as nw_cctv_20130415)" if i == 0 else None))
PCGDP = ["人均GDP", "人均生产总值", "全州人均地区生产总值"]
pair("人均地区生产总值26858元", "26858元", "26858元，比上年增长12.9%", "12.9%", "amount",
     "人均地区生产总值", PCGDP, **FLOW)
g.neg("按1月3日汇率", "1月3日", "date of the exchange rate used for the conversion (3 January "
      "2017), not a fact")
q("约合3868美元", "3868美元", "amount", "人均地区生产总值", metric_alts=PCGDP, bound="approx",
  **FLOW, note="the same per-capita GDP converted into US dollars: its own quantity mention "
               "(SPEC §1); 约合 → approx (约 outside the span); 美元 → USD")

# ==== line 8: consumer prices of 凯里市 (no period in the paragraph) ==========================
KAILI = "凯里市"
KAILI_ALTS = ["凯里", "贵州省凯里市", PLACE] + SUBJ_ALTS
KAILI_NOTE = ("the price survey is of the city of 凯里 (据凯里市城市物价抽样调查; table 1 is 凯里市"
              "居民消费价格): 凯里市 owns the number, the prefecture is an alt")
CPI_ROWS = [  # (context, pct, down, metric, alts)
    ("居民消费价格比上年上涨1.5%", "1.5%", False, "居民消费价格",
     ["居民消费价格指数", "CPI", "居民消费价格总指数"]),
    ("消费品价格上涨1.3%", "1.3%", False, "消费品价格", ["消费品价格指数"]),
    ("服务价格上涨1.9%", "1.9%", False, "服务价格", ["服务项目价格", "服务价格指数"]),
    ("食品烟酒价格上涨2.6%", "2.6%", False, "食品烟酒价格", ["食品烟酒类价格", "食品烟酒"]),
    ("衣着价格上涨1.0%", "1.0%", False, "衣着价格", ["衣着类价格", "衣着"]),
    ("居住价格上涨2.3%", "2.3%", False, "居住价格", ["居住类价格", "居住"]),
    ("生活用品及服务价格上涨0.2%", "0.2%", False, "生活用品及服务价格",
     ["生活用品及服务类价格", "生活用品及服务"]),
    ("交通和通信价格下降2.5%", "2.5%", True, "交通和通信价格",
     ["交通通信价格", "交通和通信类价格", "交通和通信"]),
    ("教育文化和娱乐价格上涨1.9%", "1.9%", False, "教育文化和娱乐价格",
     ["教育文化娱乐价格", "教育文化和娱乐类价格", "教育文化和娱乐"]),
    ("医疗保健价格上涨3.3%", "3.3%", False, "医疗保健价格", ["医疗保健类价格", "医疗保健"]),
    ("其他用品和服务价格上涨0.6%", "0.6%", False, "其他用品和服务价格",
     ["其他用品和服务类价格", "其他用品和服务"]),
]
for i, (ctx, pct, down, metric, alts) in enumerate(CPI_ROWS):
    q(ctx, pct, "growth", metric, metric_alts=alts, neg=down, subject=KAILI,
      subject_alts=KAILI_ALTS, **DOCFLOW,
      note=(KAILI_NOTE + "; 上涨 against 上年 → growth yoy; " + DOCFLOW_NOTE) if i == 0 else
      ("下降 → negative" if down else None))

# ==== line 9: producer prices ================================================================
g.neg("1-12月，工业品", "1-12月", PERIOD_NOTE + " (January-December 2016)")
q("出厂价格比上年下降2.1%", "2.1%", "growth", "工业品生产者出厂价格", neg=True,
  metric_alts=["工业生产者出厂价格", "工业品出厂价格", "PPI", "工业生产者出厂价格指数"],
  period=M1_12, note="1-12月 governs (the whole of 2016); 下降 → negative")

# ==== lines 10-23: table 1 (凯里市 consumer prices, 比上年上涨（%）) ===========================
g.neg("表1\xa0凯里市", "1", TABLE_NOTE)
T1_NOTE = ("table cell: 比上年上涨（%） → growth yoy, span = the bare number, the sign is the "
           "cell's own; metric = row label + 价格 (the prose's wording); " + KAILI_NOTE + "; "
           + TAB_DOC_NOTE)
T1_ROWS = [  # (row line, cell, marker, metric, alts)
    ("居民消费价格总指数\t1.5", "1.5", None, "居民消费价格",
     ["居民消费价格总指数", "居民消费价格指数", "CPI"]),
    ("1.食品烟酒\t2.6", "2.6", "1", "食品烟酒价格", ["食品烟酒", "食品烟酒类价格"]),
    ("其中：粮 食\t1.2", "1.2", None, "粮食价格", ["粮食", "粮 食", "粮 食价格", "粮食类价格"]),
    ("菜\t9.4", "9.4", None, "菜价格", ["菜", "鲜菜价格", "蔬菜价格", "菜类价格"]),
    ("畜肉类\t11.5", "11.5", None, "畜肉类价格", ["畜肉类", "畜肉价格"]),
    ("2.衣着\t1.0", "1.0", "2", "衣着价格", ["衣着", "衣着类价格"]),
    ("3.居住\t2.3", "2.3", "3", "居住价格", ["居住", "居住类价格"]),
    ("4.生活用品及服务\t0.2", "0.2", "4", "生活用品及服务价格",
     ["生活用品及服务", "生活用品及服务类价格"]),
    ("5.交通和通信\t-2.5", "-2.5", "5", "交通和通信价格",
     ["交通和通信", "交通通信价格", "交通和通信类价格"]),
    ("6.教育文化和娱乐\t1.9", "1.9", "6", "教育文化和娱乐价格",
     ["教育文化和娱乐", "教育文化娱乐价格", "教育文化和娱乐类价格"]),
    ("7.医疗保健\t3.3", "3.3", "7", "医疗保健价格", ["医疗保健", "医疗保健类价格"]),
    ("8.其他用品和服务\t0.6", "0.6", "8", "其他用品和服务价格",
     ["其他用品和服务", "其他用品和服务类价格"]),
]
for i, (row, value, marker, metric, alts) in enumerate(T1_ROWS):
    ctx, target, nth = cell(row, 1)
    assert target == value
    if marker:
        g.neg(ctx, marker, ROW_NOTE + f" ({marker}.)")
    q(ctx, target, "growth", metric, metric_alts=alts, unit_text="%", subject=KAILI,
      subject_alts=KAILI_ALTS, **DOCFLOW, nth=nth,
      note=T1_NOTE if i == 0 else ("其中 of 食品烟酒 (the label 粮 食 is spaced in the source)"
                                   if metric == "粮食价格" else
                                   ("row label 菜 as written (vegetables)"
                                    if metric == "菜价格" else None)))

# ==== line 24: public finance (全年) ==========================================================
pair("财税收入达到156.40亿元", "156.40亿元", "156.40亿元，比上年增长2.3%", "2.3%", "amount",
     "财税收入", ["全部财税收入", "全州财税收入"], **FLOW,
     level_kw=dict(note="达到 is not a bound word (eq)"))
pair("财政总收入完成148.87亿元", "148.87亿元", "148.87亿元，比上年增长3.5%", "3.5%", "amount",
     "财政总收入", [], **FLOW)
pair("一般公共预算收入110.68亿元", "110.68亿元", "110.68亿元，比上年增长6.9%", "6.9%", "amount",
     "一般公共预算收入", ["公共预算收入"], **FLOW)
pair("一般公共预算支出376.82亿元", "376.82亿元", "376.82亿元，比上年增长5.2%", "5.2%", "amount",
     "一般公共预算支出", ["公共预算支出"], **FLOW)

# ==== lines 25-37: table 2 (public finance, 绝对数（亿元）, 比上年增长（%）) =====================
g.neg("表2\xa0财政收支情况", "2", TABLE_NOTE)
g.neg("\t绝对数（亿元）", "亿元", "unit label of the column header (the scale of the cells "
      "below), not a fact")
T2_NOTE = ("table cell: 绝对数（亿元） → CNY ×1e8, 比上年增长（%） → growth yoy (the sign is the "
           "cell's own); span = the bare number; metric = row label (+ 支出 for the "
           "expenditure items); " + TAB_DOC_NOTE)
T2_ROWS = [  # (row line, amount, growth, marker, metric, alts)
    ("全部财税收入\t156.40\t2.3", "156.40", "2.3", None, "全部财税收入", ["财税收入"]),
    ("财政总收入\t148.87\t3.5", "148.87", "3.5", None, "财政总收入", []),
    ("其中：一般公共预算收入\t110.68\t6.9", "110.68", "6.9", None, "一般公共预算收入",
     ["公共预算收入"]),
    ("（1）税收收入\t69.10\t12.5", "69.10", "12.5", "（1）", "税收收入",
     ["税收", "一般公共预算收入中税收收入"]),
    ("（2）非税收入\t41.58\t-1.2", "41.58", "-1.2", "（2）", "非税收入",
     ["一般公共预算收入中非税收入"]),
    ("其中：一般公共服务\t56.76\t5.3", "56.76", "5.3", None, "一般公共服务支出",
     ["一般公共服务"]),
    ("农林水事务\t55.62\t-1.8", "55.62", "-1.8", None, "农林水事务支出",
     ["农林水事务", "农林水支出"]),
    ("教育\t85.51\t11.1", "85.51", "11.1", None, "教育支出", ["教育"]),
    ("医疗卫生与计划生育\t45.48\t12.9", "45.48", "12.9", None, "医疗卫生与计划生育支出",
     ["医疗卫生与计划生育", "医疗卫生支出"]),
    ("社会保障和就业\t40.08\t10.0", "40.08", "10.0", None, "社会保障和就业支出",
     ["社会保障和就业", "社保就业支出"]),
]
for i, (row, amount, growth, marker, metric, alts) in enumerate(T2_ROWS):
    ctx, a, na = cell(row, 1)
    _, gr, ng = cell(row, 2)
    assert (a, gr) == (amount, growth)
    if marker:
        g.neg(ctx, marker, ROW_NOTE)
    q(ctx, a, "amount", metric, metric_alts=alts, unit_text="亿元", **DOCFLOW, nth=na,
      note=T2_NOTE if i == 0 else None)
    q(ctx, gr, "growth", metric, metric_alts=alts, unit_text="%", **DOCFLOW, nth=ng)
EXP = "\n一般公共预算支出\t376.82\t5.24.6\n"
q(EXP, "376.82", "amount", "一般公共预算支出", metric_alts=["公共预算支出"], unit_text="亿元",
  **DOCFLOW)
q(EXP, "5.2", "growth", "一般公共预算支出", metric_alts=["公共预算支出"], unit_text="%",
  **DOCFLOW,
  note="the growth cell reads 5.24.6 in the source (two numbers run together by the PDF "
       "extraction); the prose of line 24 gives 比上年增长5.2% for 一般公共预算支出, so the "
       "cell's fact is 5.2 (span = its first three characters); the residue 4.6 is a negative")
g.neg(EXP, "4.6", "residue of the garbled cell 5.24.6 (see the 5.2 fact): no readable claim")

# ==== line 38: state and local taxes (全年) ===================================================
pair("国税收入完成33.68亿元", "33.68亿元", "33.68亿元，比上年增长11.04%", "11.04%", "amount",
     "国税收入", ["全州国税收入", "国税"], **FLOW)
pair("地税收入完成70.30亿元", "70.30亿元", "70.30亿元，比上年下降9.8%", "9.8%", "amount",
     "地税收入", ["全州地税收入", "地税"], down=True, **FLOW,
     growth_kw=dict(note="下降 → negative"))

# ==== line 39: section heading ================================================================
g.neg("二、农业", "二、", SECTION_NOTE)

# ==== line 40: sown areas (全年 … 年末) =========================================================
AREA_NOTE = "公顷 → m2 (×1e4; 万公顷 ×1e8); the space before % is the source's and stays in the span"
for i, (crop, area, pct, down) in enumerate([
        ("粮食种植面积", "31.14万公顷", "0.8 %", False),
        ("油菜籽种植面积", "5.66万公顷", "0.9%", False),
        ("烤烟种植面积", "1.19万公顷", "8.4%", True),
        ("蔬菜种植面积", "10.54万公顷", "7.6%", False),
        ("药材种植面积", "6.32万公顷", "9.9 %", False),
        ("绿肥播种面积", "4.96万公顷", "2.1%", False)]):
    other = crop.replace("种植", "播种") if "种植" in crop else crop.replace("播种", "种植")
    verb = "减少" if down else "增长"
    pair(f"{crop}{area}", area, f"{area}，比上年{verb}{pct}", pct, "amount", crop, [other],
         down=down, **FLOW,
         level_kw=dict(note=AREA_NOTE if i == 0 else None),
         growth_kw=dict(note="减少 8.4% → a relative fall of the area: growth, negative"
                        if down else None))
for crop, area, pct in (("茶园面积", "3.05万公顷", "21.9%"), ("果园面积", "5.11万公顷", "6.6%")):
    pair(f"年末{crop}{area}", area, f"{area}，比上年增长{pct}", pct, "amount", crop,
         [f"年末{crop}"], level_kw=dict(**STOCK_YE, note="年末 replaces 全年: a stock, instant "
                                                         "2016-12-31"),
         growth_kw=dict(**CHANGE_YE, note=CHANGE_YE_NOTE))

# ==== line 41: grain output and crop growth rates (全年) =======================================
GRAIN = ["粮食产量", "全年粮食总产量"]
pair("粮食总产量达到122.35万吨", "122.35万吨", "122.35万吨，比上年增长1.8 %", "1.8 %", "amount",
     "粮食总产量", GRAIN, **FLOW)
for crop, pct in (("茶叶", "27.4%"), ("药材", "10.9%"), ("园林水果", "10%")):
    q(f"{crop}产量的增长速度为{pct}", pct, "growth", f"{crop}产量",
      metric_alts=[f"{crop}产量的增长速度", f"{crop}产量增长速度", f"{crop}产量增速", crop],
      **FLOW, note="产量的增长速度 against 上年 (default) → growth yoy" if crop == "茶叶" else None)

# ==== lines 42-58: table 3 (main farm products, 产量（吨）, 比上年增长（%）) =====================
g.neg("表3主要农产品产量", "3", TABLE_NOTE)
T3_NOTE = ("table cell: 产量（吨） → t, 比上年增长（%） → growth yoy (the sign is the cell's own); "
           "span = the bare number; metric = row label + 产量; " + TAB_DOC_NOTE)
T3_ROWS = [  # (row label as written, crop, extra alts)
    ("粮食", "粮食", ["粮食总产量"]), ("其中：夏粮", "夏粮", []), ("秋粮", "秋粮", []),
    ("其中：豆类", "豆类", []), ("薯类", "薯类", []), ("水稻", "水稻", ["稻谷产量"]),
    ("棉花", "棉花", []), ("油料", "油料", []), ("其中：油菜籽", "油菜籽", []),
    ("糖料", "糖料", []), ("烤烟", "烤烟", []), ("药材", "药材", []), ("蔬菜", "蔬菜", []),
    ("茶叶", "茶叶", []), ("园林水果", "园林水果", []),
]
rows = text.split("\n")
for i, (label, crop, extra) in enumerate(T3_ROWS):
    hits = [r for r in rows if r.startswith(label + "\t") and r.count("\t") == 2]
    assert len(hits) == 1, (label, hits)
    ctx, amount, na = cell(hits[0], 1)
    _, growth, ng = cell(hits[0], 2)
    alts = [crop] + extra
    q(ctx, amount, "amount", f"{crop}产量", metric_alts=alts, unit_text="吨", **DOCFLOW,
      nth=na, note=T3_NOTE if i == 0 else None)
    q(ctx, growth, "growth", f"{crop}产量", metric_alts=alts, unit_text="%", **DOCFLOW,
      nth=ng)

# ==== line 59: forestry (全年) ===============================================================
FOREST = ["完成营造林面积", "营造林"]
pair("完成营造林面积3.53万公顷", "3.53万公顷", "3.53万公顷，比上年增长3.8%", "3.8%", "amount",
     "营造林面积", FOREST, **FLOW)
q("人工造林面积1.53万公顷", "1.53万公顷", "amount", "人工造林面积", metric_alts=["人工造林"],
  **FLOW, note="其中 of 营造林面积; 全年 governs")
q("封山育林面积达到2万公顷", "2万公顷", "amount", "封山育林面积", metric_alts=["封山育林"],
  **FLOW, note="达到 is not a bound word (eq)")
q("中幼林抚育面积5.4万公顷", "5.4万公顷", "amount", "中幼林抚育面积",
  metric_alts=["完成中幼林抚育面积", "中幼林抚育"], **FLOW)
g.neg("乌桕籽、五倍子", "五倍子", "product name 五倍子 (Chinese gall), not 五倍 'five times'")

# ==== lines 60-74: table 4 (forest products, unit column, 产量, 比上年增长（%）) ================
g.neg("表4主要林业产品产量", "4", TABLE_NOTE)
T4_NOTE = ("table cell: the row's unit column (万立方米 → m3 ×1e4, 吨 → t) gives the unit of the "
           "产量 cell, 比上年增长（%） → growth yoy (the sign is the cell's own); span = the bare "
           "number; metric = row label + 产量; " + TAB_DOC_NOTE)
T4_ROWS = [  # (row label as written, metric, alts)
    ("木材采伐", "木材采伐量", ["木材采伐", "木材采伐产量", "木材产量"]),
    ("生漆", "生漆产量", ["生漆"]), ("油桐籽", "油桐籽产量", ["油桐籽"]),
    ("油茶籽", "油茶籽产量", ["油茶籽"]), ("乌桕籽", "乌桕籽产量", ["乌桕籽"]),
    ("五倍籽", "五倍籽产量", ["五倍籽", "五倍子产量", "五倍子"]),
    ("棕片", "棕片产量", ["棕片"]), ("松脂", "松脂产量", ["松脂"]),
    ("竹 笋 片", "竹笋片产量", ["竹 笋 片产量", "竹 笋 片", "竹笋片"]),
    ("核桃", "核桃产量", ["核桃"]), ("板栗", "板栗产量", ["板栗"]),
    ("银杏", "银杏产量", ["银杏"]), ("花椒", "花椒产量", ["花椒"]),
]
for i, (label, metric, alts) in enumerate(T4_ROWS):
    hits = [r for r in rows if r.startswith(label + "\t") and r.count("\t") == 3]
    assert len(hits) == 1, (label, hits)
    ctx, unit_cell, _ = cell(hits[0], 1)
    _, amount, na = cell(hits[0], 2)
    _, growth, ng = cell(hits[0], 3)
    if label == "五倍籽":
        g.neg(ctx, "五倍籽", "product name 五倍籽 (= 五倍子, Chinese gall), not 五倍 'five times'")
    if unit_cell.startswith("万"):
        g.neg(ctx, unit_cell, "unit cell of the row (the scale of its 产量 cell), a label, not a "
                              "fact")
    q(ctx, amount, "amount", metric, metric_alts=alts, unit_text=unit_cell, **DOCFLOW,
      nth=na, note=T4_NOTE if i == 0 else None)
    q(ctx, growth, "growth", metric, metric_alts=alts, unit_text="%", **DOCFLOW, nth=ng,
      note="a fall of 91.6% as printed" if growth == "-91.6" else None)

# ==== line 75: meat and livestock (no period in the paragraph) ================================
pair("肉类总产量18.99万吨", "18.99万吨", "18.99万吨，比上年下降3.4 %", "3.4 %", "amount",
     "肉类总产量", ["肉类产量"], down=True, **DOCFLOW,
     level_kw=dict(note="the livestock paragraph states no period: " + DOCFLOW_NOTE),
     growth_kw=dict(note="下降 → negative; the source's space before % stays in the span"))
for ctx_l, level, ctx_g, pct, down, metric, alts in [
        ("牛出栏14.82万头", "14.82万头", "14.82万头，比上年增长4.2 %", "4.2 %", False, "牛出栏",
         ["牛出栏量", "牛出栏数"]),
        ("生猪出栏169.80万头", "169.80万头", "169.80万头，比上年下降6.2 %", "6.2 %", True,
         "生猪出栏", ["生猪出栏量", "猪出栏", "生猪出栏数"]),
        ("羊出栏19.50万只", "19.50万只", "19.50万只，比上年增长2.5 %", "2.5 %", False, "羊出栏",
         ["羊出栏量", "羊出栏数"]),
        ("活家禽出栏1188.71万只", "1188.71万只", "1188.71万只，比上年增长4.6%", "4.6%", False,
         "活家禽出栏", ["家禽出栏", "活家禽出栏量", "活家禽出栏数"])]:
    pair(ctx_l, level, ctx_g, pct, "count", metric, alts, down=down, **DOCFLOW)
pair("禽蛋产量1.33万吨", "1.33万吨", "1.33万吨，比上年增长3.5%", "3.5%", "amount", "禽蛋产量",
     ["禽蛋"], **DOCFLOW)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/communique/cm_qiandongnan_2016.txt "
    f"({len(text):,} characters with the final newline), sliced by code: 一、综合 (GDP, prices, "
    "table 1, public finance, table 2, taxes) and 二、农业 up to the livestock paragraph (sown "
    "areas, grain, table 3, forestry, table 4, meat and livestock); the title block (lines 1-4, "
    "dates only) and the preamble (line 5) are left out, table 5 (line 76 on) is outside the "
    "run; lines 184-195 are the first excerpt (cm_qiandongnan_2016). "
    "Date: 2017-03-16, the issue date printed under the title (line 4: 黔东南州统计局 国家统计局"
    "黔东南调查队 / 2017年3月16日), as in cm_qiandongnan_2016. The communiqué reports calendar "
    "2016: 全年 and 1-12月 = 2016-01-01..2016-12-31, 年末 = the instant 2016-12-31, 上年 = 2015 "
    "(comparison yoy). Lines without a period expression (line 8 consumer prices, line 75 meat "
    "and livestock) and the four tables (their captions state no period) take the communiqué's "
    "year (SPEC §4) with the null reading in period_alts (as cm_qiandongnan_2016); 年末茶园/果园 "
    "面积 are stocks at 2016-12-31, their growth the instant with the year as alt. "
    "Place: 黔东南苗族侗族自治州 (alts 贵州省黔东南苗族侗族自治州, 黔东南州, 黔东南; 全州 resolves "
    "to it); the consumer prices of line 8 and table 1 are 凯里市's (城市物价抽样调查), with the "
    "prefecture as alt. Tables: one fact per numeric cell, span = the bare number, unit and scale "
    "from the column header (绝对数（亿元）, 产量（吨）, 比上年增长（%）, 比上年上涨（%）) or the row's "
    "unit column (table 4); metric = row label (+ 价格 / 支出 / 产量). Table 2's growth cell of "
    "一般公共预算支出 is garbled (5.24.6): 5.2 (confirmed by the prose) is the fact, 4.6 a "
    "negative. Negatives: section, table and row numbers, sector names (第一/二/三产业, 第一、二、"
    "三次产业, 三次产业), the period 1-12月, the exchange-rate date 1月3日, the header scale 亿元 "
    "and unit cell 万立方米, and the product name 五倍子/五倍籽. The title (lines 1-2 of the "
    "source) is outside the run, so title_in_text=False.")

g.write(date="2017-03-16",
        source=f"shared/texts/communique/cm_qiandongnan_2016.txt lines {FIRST}–{LAST} "
               "(一、综合 and 二、农业 to the livestock paragraph; 黔东南州统计局, 2017年3月16日)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
