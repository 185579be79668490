"""Gold annotations for cm_qiandongnan_2016_c: a third excerpt of 黔东南苗族侗族自治州2016年国民经济和
社会发展统计公报 (the others: cm_qiandongnan_2016_b, lines 6-75, and cm_qiandongnan_2016, lines
184-195).

The excerpt corpora/cm_qiandongnan_2016_c.txt is lines 124-174 (1-based, inclusive, whole lines,
newline kept) of shared/texts/communique/cm_qiandongnan_2016.txt, sliced by code from the
source bytes, never retyped: 四、固定资产投资 (with tables 7 and 8), 五、交通运输和邮政通信业,
六、国内贸易 and 七、对外经济协作和旅游 (2,278 characters).

Facts and negatives are written by hand from the text, sentence by sentence and cell by cell;
values are computed from the span's own number, scale and unit (prose) or from the unit of
the column header / unit column (tables: 完成额（万元）, the 单位 column of table 8, 比上年增长
（%）); offsets come from unique context strings (corpora/annotate.py).

    python corpora/annotations/cm_qiandongnan_2016_c.py
    czfacts check-gold corpora
"""
import functools
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, TEXTS, excerpt_gold, quantity_fact  # noqa: E402

DOC_ID = "cm_qiandongnan_2016_c"
SRC = (TEXTS / "communique") / "cm_qiandongnan_2016.txt"
FIRST, LAST = 124, 174                    # 1-based, inclusive, whole lines
PLACE = "黔东南苗族侗族自治州"              # as cm_qiandongnan_2016 / _b (czfacts/data/places.toml)
SUBJ_ALTS = ["贵州省黔东南苗族侗族自治州", "黔东南州", "黔东南"]
TITLE = "黔东南苗族侗族自治州2016年国民经济和社会发展统计公报"

g = excerpt_gold(SRC, FIRST, LAST, CORPORA, DOC_ID, place=PLACE,
                 starts="四、固定资产投资\n全州全社会固定资产投资完成1745.04亿元",
                 ends="港、澳、台同胞17.65万人次。")
text = g.text

# ---- periods (communiqué of calendar 2016, issued 2017-03-16) ------------------------------
FY = P("全年", "2016-01-01", "2016-12-31")
FY_NULL = P("全年", None, None)
YE = P("年末", "2016-12-31", "2016-12-31")
T8 = P("2016年", "2016-01-01", "2016-12-31")              # caption of table 8
YD16 = P("截至2016年底", "2016-12-31", "2016-12-31")
YE16 = P("2016年末", "2016-12-31", "2016-12-31")
DANGNIAN = P("当年", "2016-01-01", "2016-12-31")

FLOW = dict(period=FY)                                      # under an explicit 全年
DOCFLOW = dict(period=FY, period_alts=[FY_NULL])            # no period in the line / table
STOCK_YE = dict(period=YE)                                  # stock under an explicit 年末
CHANGE_YE = dict(period=YE, period_alts=[FY])               # change of a 年末 stock
STOCK_FY = dict(period=YE, period_alts=[FY])                # stock under an explicit 全年
STOCK_YD = dict(period=YD16)                                # stock under 截至2016年底
FLOW_AFTER_YD = dict(period=FY, period_alts=[YD16])         # flow written after 截至2016年底

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SECTION_NOTE = "section number of the communiqué, a list marker"
SECTOR_NOTE = "sector name (第一/二/三产业), an ordinal label, not a rank"
TABLE_NOTE = "table number (表N), a label, not a fact"
HEADER_UNIT_NOTE = "unit label of the column header (the scale of the cells below), not a fact"
UNIT_CELL_NOTE = ("unit cell of the row (单位 column: the scale and unit of the row's 绝对数 "
                  "cell), a label, not a fact")
THRESHOLD_NOTE = ("threshold (500万元以上) defining the set of projects whose investment is "
                  "measured: part of the metric (SPEC §2), not a fact")
GRADE_NOTE = ("road grade label (一级/二级/… 公路) defining the roads whose length is measured: "
              "part of the metric, not a fact")
DOCFLOW_NOTE = ("no period expression in the paragraph: the communiqué's year 2016 governs "
                "(SPEC §4); the null reading in period_alts")
TAB_DOC_NOTE = ("the table's caption states no period: the communiqué's year 2016 governs "
                "(SPEC §4), null in period_alts")
CHANGE_YE_NOTE = ("change of a 年末 stock against 上年(末): the instant 2016-12-31; the year over "
                  "which it changed in period_alts")
STOCK_FY_NOTE = ("stock (capacity) under the paragraph's 全年: instant at its end (2016-12-31); "
                 "the literal inheritance (the year) in period_alts")
STOCK_YD_NOTE = "截至2016年底 governs: a stock, instant 2016-12-31"
FLOW_AFTER_YD_NOTE = ("annual flow written after 截至2016年底 in the same paragraph: the "
                      "communiqué's year 2016 (as flows after 年末 in cm_luoyang_2023), the "
                      "literal instant in period_alts")

# surface unit (after the scale, spaces removed) → (canonical unit, factor)
SURFACE = {"元": ("CNY", "1"), "美元": ("USD", "1"), "%": ("%", "1"), "公里": ("m", "1e3"),
           "吨公里": ("tkm", "1"), "人公里": ("pkm", "1"), "平方米": ("m2", "1"),
           "公里/百平方公里": ("公里/百平方公里", "1")}
CLASSIFIERS = {"个", "人次", "件", "辆", "户", "门"}
QTY = re.compile(r"(-?\d+(?:\.\d+)?)([万亿]?)(.*)", re.S)


q = functools.partial(quantity_fact, g, surfaces=SURFACE, classifiers=CLASSIFIERS, subject=PLACE,
                      subject_alts=SUBJ_ALTS, spaced=True, pattern=QTY)


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


def pair(level_ctx, level, growth_ctx, growth, kind, metric, alts=None, *, down=False,
         level_kw=None, growth_kw=None, **kw):
    """A level and its growth against 上年 (same metric, README §3)."""
    q(level_ctx, level, kind, metric, metric_alts=alts, **{**kw, **(level_kw or {})})
    q(growth_ctx, growth, "growth", metric, metric_alts=alts, neg=down,
      **{**kw, **(growth_kw or {})})


rows = text.split("\n")

# ==== line 124: section heading ==============================================================
g.neg("四、固定资产投资", "四、", SECTION_NOTE)

# ==== line 125: fixed-asset investment (no period, then 全年) =================================
FAI = ["全社会固定资产投资完成额", "全州全社会固定资产投资", "固定资产投资"]
pair("全社会固定资产投资完成1745.04亿元", "1745.04亿元", "1745.04亿元，比上年增长16.2%",
     "16.2%", "amount", "全社会固定资产投资", FAI, **DOCFLOW,
     level_kw=dict(note="the paragraph opens without a period expression: " + DOCFLOW_NOTE))
g.neg("州内500万元以上项目", "500万元", THRESHOLD_NOTE)
PROJ = ["500万元以上施工项目", "施工项目", "州内500万元以上项目施工项目", "500万元以上项目施工项目数",
        "施工项目个数", "500万元以上施工项目个数"]
pair("项目施工项目2504个", "2504个", "2504个，比上年下降9.0%", "9.0%", "count",
     "500万元以上项目施工项目", PROJ, down=True, **DOCFLOW,
     level_kw=dict(note="projects under construction in the year (a count over the year); the "
                        "threshold 500万元以上 is part of the metric; " + DOCFLOW_NOTE),
     growth_kw=dict(note="下降 → negative"))
g.neg("全年500万元以上", "500万元", THRESHOLD_NOTE)
FAI500 = ["500万元以上固定资产投资完成额", "固定资产投资", "全年500万元以上固定资产投资"]
pair("固定资产投资累计完成997.76亿元", "997.76亿元", "997.76亿元，比上年增长22.4%", "22.4%",
     "amount", "500万元以上固定资产投资", FAI500, **FLOW,
     level_kw=dict(note="全年 replaces the document period; 累计完成 = accumulated over the year "
                        "(a flow), not a stock"))

# ==== lines 126-148: table 7 (500万元以上 investment by sector, 完成额（万元）) ================
g.neg("表7\xa0分行业", "7", TABLE_NOTE)
g.neg("分行业500万元以上固定资产投资\n", "500万元", THRESHOLD_NOTE + " (table caption)")
g.neg("\t完成额（万元）", "万元", HEADER_UNIT_NOTE)
T7_NOTE = ("table cell: 完成额（万元） → CNY ×1e4, 比上年增长（%） → growth yoy (the sign is the "
           "cell's own); span = the bare number; metric = row label + 投资 (the table's "
           "indicator, 500万元以上固定资产投资); " + TAB_DOC_NOTE)
T7_ROWS = ["第一产业", "第二产业", "采矿业", "制造业", "电力、燃气及水的生产和供应业", "第三产业",
           "批发和零售业", "交通运输、仓储和邮政业", "住宿和餐饮业", "信息传输、软件和信息技术服务业",
           "金融业", "房地产业", "租赁和商务服务业", "科学研究和技术服务业", "水利、环境和公共设施管理业",
           "居民服务、修理和其他服务业", "教育", "卫生和社会工作", "文化、体育和娱乐业",
           "公共管理、社会保障和社会组织"]
hits = [r for r in rows if r.startswith("全州500万元以上固定资产投资\t")]
assert len(hits) == 1
ctx, a, na = cell(hits[0], 1)
_, gr, ng = cell(hits[0], 2)
g.neg(ctx, "500万元", THRESHOLD_NOTE + " (row label)")
q(ctx, a, "amount", "500万元以上固定资产投资", metric_alts=FAI500 + ["全州500万元以上固定资产投资"],
  unit_text="万元", **DOCFLOW, nth=na, note=T7_NOTE)
q(ctx, gr, "growth", "500万元以上固定资产投资", metric_alts=FAI500 + ["全州500万元以上固定资产投资"],
  unit_text="%", **DOCFLOW, nth=ng)
for label in T7_ROWS:
    hits = [r for r in rows if r.startswith(label + "\t") and r.count("\t") == 2]
    assert len(hits) == 1, (label, hits)
    ctx, a, na = cell(hits[0], 1)
    _, gr, ng = cell(hits[0], 2)
    if label.startswith("第"):
        g.neg(ctx, label, SECTOR_NOTE + " (row label)")
    metric = f"{label}投资"
    alts = [label, f"{label}固定资产投资", f"{label}500万元以上固定资产投资"]
    q(ctx, a, "amount", metric, metric_alts=alts, unit_text="万元", **DOCFLOW, nth=na,
      note=("sector row of table 7; the industries under it are its sections (no 其中 marker)"
            if label == "第一产业" else None))
    q(ctx, gr, "growth", metric, metric_alts=alts, unit_text="%", **DOCFLOW, nth=ng)

# ==== line 149: real-estate investment (no period) ============================================
RE_ALTS = ["房地产开发投资额", "全州房地产开发投资", "房地产投资"]
pair("房地产开发投资完成140.30亿元", "140.30亿元", "140.30亿元，比上年增长13.3%", "13.3%",
     "amount", "房地产开发投资", RE_ALTS, **DOCFLOW, level_kw=dict(note=DOCFLOW_NOTE))

# ==== lines 150-165: table 8 (real estate, 单位 column, 绝对数, 比上年增长（%）) ================
g.neg("表8 \xa02016年", "8", TABLE_NOTE)
g.neg("表8 \xa02016年", "2016年", PERIOD_NOTE + " (table caption: the year of every cell)")
T8_NOTE = ("table cell: the row's 单位 cell gives the unit and scale of its 绝对数 cell (亿元 → "
           "CNY ×1e8, 万平方米 → m2 ×1e4); 比上年增长（%） → growth yoy (the sign is the cell's "
           "own); span = the bare number; period = the caption's 2016年; metric = row label "
           "(其中：住宅 → 住宅 + the parent's indicator)")
T8_ROWS = [  # (row line start, metric, alts, note)
    ("投资额\t", "房地产开发投资额", ["投资额", "房地产开发投资", "房地产投资"], T8_NOTE),
    ("其中：住宅\t亿元\t", "住宅投资额", ["住宅投资", "住宅", "房地产开发住宅投资"],
     "其中 of 房地产开发投资额"),
    ("其中：90平方米及以下\t", "90平方米及以下住宅投资额",
     ["90平方米及以下住宅投资", "90平方米及以下", "90平方米及以下投资额"],
     "其中 of 住宅投资额: the size bound 90平方米及以下 defines the dwellings (a negative span)"),
    ("房屋施工面积\t", "房屋施工面积", ["施工面积", "房地产开发房屋施工面积"], None),
    ("其中：住宅\t万平方米\t766.09", "住宅施工面积", ["住宅房屋施工面积", "住宅"], None),
    ("房屋新开工面积\t", "房屋新开工面积", ["新开工面积", "房地产开发房屋新开工面积"], None),
    ("其中：住宅\t万平方米\t171.92", "住宅新开工面积", ["住宅房屋新开工面积", "住宅"], None),
    ("房屋竣工面积\t", "房屋竣工面积", ["竣工面积", "房地产开发房屋竣工面积"], None),
    ("其中：住宅\t万平方米\t76.35", "住宅竣工面积", ["住宅房屋竣工面积", "住宅"], None),
    ("商品房销售面积\t", "商品房销售面积", ["销售面积"], None),
    ("其中：住宅\t万平方米\t250.51", "住宅销售面积",
     ["商品住宅销售面积", "住宅商品房销售面积", "住宅"], None),
    ("本年到位资金\t", "本年到位资金", ["到位资金", "房地产开发本年到位资金"],
     "本年 = 2016 (no numeral)"),
    ("其中：国内贷款\t", "国内贷款", ["本年到位资金中国内贷款", "国内贷款到位资金"], None),
    ("其中：个人按揭贷款\t", "个人按揭贷款", ["个人按揭贷款到位资金", "本年到位资金中个人按揭贷款"],
     None),
]
for start, metric, alts, note in T8_ROWS:
    hits = [r for r in rows if r.startswith(start) and r.count("\t") == 3]
    assert len(hits) == 1, (start, hits)
    ctx, unit_cell, _ = cell(hits[0], 1)
    _, amount, na = cell(hits[0], 2)
    _, growth, ng = cell(hits[0], 3)
    if "90平方米" in start:
        g.neg(ctx, "90平方米", "size bound of the dwellings counted (90平方米及以下): part of the "
                              "row's metric (SPEC §2 threshold), not a fact")
    g.neg(ctx, unit_cell, UNIT_CELL_NOTE)
    q(ctx, amount, "amount", metric, metric_alts=alts, unit_text=unit_cell, period=T8, nth=na,
      note=note)
    q(ctx, growth, "growth", metric, metric_alts=alts, unit_text="%", period=T8, nth=ng,
      note="the cell reads 5.62 (two decimals, as printed)" if growth == "5.62" else None)

# ==== line 166: section heading ==============================================================
g.neg("五、交通运输和邮政通信业", "五、", SECTION_NOTE)

# ==== line 167: roads (截至2016年底), turnover, grades, density, villages ======================
g.neg("截至2016年底", "2016年底", PERIOD_NOTE + " (截至2016年底: the instant 2016-12-31)")
q("公路总里程达29479公里", "29479公里", "amount", "公路总里程",
  metric_alts=["公路通车里程", "全州公路总里程", "公路里程"], **STOCK_YD,
  note="达 is not a bound word (eq); 公里 → m (×1e3); " + STOCK_YD_NOTE)
for ctx, tgt, metric, alts in [
        ("其中：高速公路814公里", "814公里", "高速公路里程", ["高速公路", "高速公路通车里程"]),
        ("国道1472公里", "1472公里", "国道里程", ["国道"]),
        ("省道2774公里", "2774公里", "省道里程", ["省道"]),
        ("县道5102公里", "5102公里", "县道里程", ["县道"]),
        ("乡道6718公里", "6718公里", "乡道里程", ["乡道"]),
        ("村道12599公里", "12599公里", "村道里程", ["村道"])]:
    q(ctx, tgt, "amount", metric, metric_alts=alts, **STOCK_YD,
      note="其中 of 公路总里程 by administrative level; the head 里程 restored (README §3)"
      if metric == "高速公路里程" else None)
FREIGHT = ["货物周转量", "全州公路货物周转量"]
pair("公路货物周转量167.7亿吨公里", "167.7亿吨公里", "167.7亿吨公里，比上年增长45%", "45%",
     "amount", "公路货物周转量", FREIGHT, **FLOW_AFTER_YD,
     level_kw=dict(note="亿吨公里 → tkm ×1e8; " + FLOW_AFTER_YD_NOTE))
PASS = ["旅客周转量", "公路客运周转量"]
pair("旅客周转量139.6亿人公里", "139.6亿人公里", "139.6亿人公里，比上年增长8%", "8%", "amount",
     "公路旅客周转量", PASS, **FLOW_AFTER_YD,
     level_kw=dict(note="head 公路 restored from the previous clause; 亿人公里 → pkm ×1e8"))
q("划分，高速公路814公里", "814公里", "amount", "高速公路里程",
  metric_alts=["高速公路", "高速公路通车里程"], **STOCK_YD,
  note="the same length restated in the breakdown by technical grade: its own mention (SPEC §1)")
for grade, tgt, ctx in (("一级", "208公里", "一级公路208公里"), ("二级", "925公里", "二级公路925公里"),
                        ("三级", "705公里", "三级公路705公里"), ("四级", "16104公里", "四级公路16104公里")):
    g.neg(ctx, grade, GRADE_NOTE)
    q(ctx, tgt, "amount", f"{grade}公路里程", metric_alts=[f"{grade}公路"], **STOCK_YD)
q("等外级公路10723公里", "10723公里", "amount", "等外级公路里程", metric_alts=["等外级公路"],
  **STOCK_YD)
q("公路密度达到97.3公里/百平方公里", "97.3公里/百平方公里", "amount", "公路密度",
  metric_alts=["全州公路密度"], **STOCK_YD,
  note="km of road per 100 km² of land: no SPEC code for this compound, the surface unit is kept "
       "(SPEC §3: unknown units are kept, kind amount), value as written; 达到 → eq")
q("全州实现3225个建制村", "3225个", "count", "通油路建制村",
  metric_alts=["实现通油路的建制村", "通油路的建制村", "建制村", "建制村通油路", "通油路建制村数量"],
  **STOCK_YD, note="villages reached by asphalt roads (the predicate defines the counted set → "
                   "metric); a state at 2016-12-31")
q("建制村通油路率达91.9%", "91.9%", "share", "建制村通油路率", metric_alts=["通油路率"],
  **STOCK_YD, note="rate of a stock (villages) → share; 达 → eq")
q("行政村通客运班车率达88%", "88%", "share", "行政村通客运班车率",
  metric_alts=["通客运班车率", "通客运班车率达"], **STOCK_YD)

# ==== line 168: vehicles (2016年末) ===========================================================
g.neg("2016年末全州民用汽车", "2016年末", PERIOD_NOTE)
STOCK_16 = dict(period=YE16)
q("民用汽车保有量达到59.57万辆", "59.57万辆", "count", "民用汽车保有量",
  metric_alts=["民用汽车", "全州民用汽车保有量"], **STOCK_16, note="2016年末: stock, instant")
g.neg("其中三轮汽车", "三轮", "vehicle type 三轮汽车 (three-wheeled vehicle): a name, not a count")
q("三轮汽车138辆", "138辆", "count", "三轮汽车保有量", metric_alts=["三轮汽车"], **STOCK_16,
  note="其中 of 民用汽车保有量: head 保有量 restored")
q("低速汽车906辆", "906辆", "count", "低速汽车保有量", metric_alts=["低速汽车"], **STOCK_16)
q("个人汽车保有量56.93万辆", "56.93万辆", "count", "个人汽车保有量",
  metric_alts=["个人汽车", "私人汽车保有量"], **STOCK_16)

# ==== line 169: post and telecommunications (全年 … 年末 … 当年) ================================
pair("邮政业务总量完成3.83亿元", "3.83亿元", "3.83亿元，比上年增长20.7%", "20.7%", "amount",
     "邮政业务总量", ["全年邮政业务总量"], **FLOW)
pair("邮政业务收入4.04亿元", "4.04亿元", "4.04亿元，比上年增长18.9%", "18.9%", "amount",
     "邮政业务收入", [], **FLOW)
EXP_OUT = ["快递业务总量", "快递业务总量(出口件)", "快递出口件"]
pair("（出口件）606.84万件", "606.84万件", "606.84万件，比上年增长94.7%", "94.7%", "count",
     "快递业务总量（出口件）", EXP_OUT, **FLOW,
     level_kw=dict(note="其中 of 邮政业务: parcels sent (出口件), classifier 件; the bracketed "
                        "qualifier stays in the metric as written"))
EXP_IN = ["快递业务投递量", "快递业务投递量(进口件)", "快递进口件"]
pair("（进口件）累计完成3327.76万件", "3327.76万件", "3327.76万件，比上年增长64.9%", "64.9%",
     "count", "快递业务投递量（进口件）", EXP_IN, **FLOW,
     level_kw=dict(note="累计完成 = accumulated over the year (a flow)"))
pair("快递业务收入11110.17万元", "11110.17万元", "11110.17万元，比上年增长58.6%", "58.6%",
     "amount", "快递业务收入", [], **FLOW)
q("电信业务总量70.01亿元", "70.01亿元", "amount", "电信业务总量", **FLOW,
  note="no growth rate given for it")
pair("电信主营业务收入22.47亿元", "22.47亿元", "22.47亿元，比上年增长8.6%", "8.6%", "amount",
     "电信主营业务收入", ["电信业务收入"], **FLOW)
q("交换机容量617万门", "617万门", "count", "本地局用交换机容量",
  metric_alts=["局用交换机容量", "交换机容量"], **STOCK_FY,
  note="switch capacity in lines (门, a classifier): " + STOCK_FY_NOTE)
q("交换机容量514万户", "514万户", "count", "移动电话交换机容量",
  metric_alts=["交换机容量"], **STOCK_FY, note="capacity written in 户 (subscribers)")
FIXED = ["固定电话年末用户", "年末固定电话用户", "固定电话用户数", "固定电话年末用户数"]
pair("固定电话年末用户18.9万户", "18.9万户", "18.9万户，比上年下降17.3%", "17.3%", "count",
     "固定电话用户", FIXED, down=True,
     level_kw=dict(**STOCK_YE, note="年末 (inside the metric phrase, 固定电话年末用户) replaces 全年: a stock; the metric without it, the phrase as written in the alts"),
     growth_kw=dict(**CHANGE_YE, note="下降 → negative; " + CHANGE_YE_NOTE))
for ctx, tgt, metric, alts in [
        ("城市电话用户12.72万户", "12.72万户", "城市电话用户", ["城市固定电话用户"]),
        ("农村电话用户5.03万户", "5.03万户", "农村电话用户", ["农村固定电话用户"]),
        ("公用电话1.15万户", "1.15万户", "公用电话", ["公用电话用户"])]:
    q(ctx, tgt, "count", metric, metric_alts=alts, **STOCK_YE,
      note="其中 of 固定电话年末用户; 年末 stock" if metric == "城市电话用户" else None)
MOB = ["移动电话用户数", "年末移动电话用户"]
pair("年末移动电话用户达到316.1万户", "316.1万户", "316.1万户，比上年增长26.3%", "26.3%",
     "count", "移动电话用户", MOB, level_kw=dict(**STOCK_YE),
     growth_kw=dict(**CHANGE_YE, note=CHANGE_YE_NOTE))
q("互联网宽带户数47.97万户", "47.97万户", "count", "互联网宽带户数",
  metric_alts=["互联网宽带用户", "互联网宽带接入用户"], **STOCK_YE,
  note="the 年末 of the previous sentence governs: stock")
q("当年互联网宽带接入户数28.52万户", "28.52万户", "count", "互联网宽带接入户数",
  metric_alts=["当年互联网宽带接入户数", "新增互联网宽带接入户数", "互联网宽带接入户数增量"],
  period=DANGNIAN, note="当年 (this year) replaces 年末: households connected during 2016, a flow")

# ==== line 170: section heading ==============================================================
g.neg("六、国内贸易", "六、", SECTION_NOTE)

# ==== line 171: retail sales (no period in the paragraph) =====================================
pair("消费品零售总额290.16亿元", "290.16亿元", "290.16亿元，比上年增长13.4%", "13.4%", "amount",
     "全社会消费品零售总额", ["社会消费品零售总额", "消费品零售总额"], **DOCFLOW,
     level_kw=dict(note=DOCFLOW_NOTE))
for name, level, pct, alts in [
        ("批发业零售额", "56.91亿元", "11.7%", ["批发业"]),
        ("零售行业零售额", "202.75亿元", "13.0%", ["零售业零售额", "零售行业"]),
        ("住宿业零售额", "3.40亿元", "19.4%", ["住宿业"]),
        ("餐饮业零售额", "27.10亿元", "20.6%", ["餐饮业"]),
        ("城镇消费品零售额", "221.10亿元", "13.3%", ["城镇"]),
        ("乡村消费品零售额", "69.06亿元", "13.9%", ["乡村"])]:
    pair(f"{name}{level}", level, f"{level}，比上年增长{pct}", pct, "amount", name, alts,
         **DOCFLOW, level_kw=dict(note="分行业看 (by trade)" if name == "批发业零售额" else
                                  ("分地域看 (urban / rural)" if name.startswith("城镇") else None)))

# ==== line 172: section heading ==============================================================
g.neg("七、对外经济协作和旅游", "七、", SECTION_NOTE)

# ==== line 173: foreign trade and investment (全年) ==========================================
TRADE = ["进出口总额", "外贸进出口", "全年外贸进出口总额"]
pair("外贸进出口总额完成2616万美元", "2616万美元", "2616万美元，比上年下降57.3%", "57.3%",
     "amount", "外贸进出口总额", TRADE, down=True, **FLOW,
     level_kw=dict(note="美元 → USD (×1e4 for 万)"), growth_kw=dict(note="下降 → negative"))
q("出口2395万美元", "2395万美元", "amount", "出口", metric_alts=["出口总额", "出口额"], **FLOW,
  note="其中 of 外贸进出口总额")
q("进口221万美元", "221万美元", "amount", "进口", metric_alts=["进口总额", "进口额"], **FLOW)
q("分别比上年下降48.2%", "48.2%", "growth", "出口", metric_alts=["出口总额", "出口额"], neg=True,
  **FLOW, note="分别 list: 出口 ↔ 48.2%, 进口 ↔ 85.2%; 下降 → negative")
q("48.2%、85.2%", "85.2%", "growth", "进口", metric_alts=["进口总额", "进口额"], neg=True, **FLOW)
q("外商投资项目1个", "1个", "count", "批准外商投资项目",
  metric_alts=["外商投资项目", "批准外商投资项目数", "外商投资项目数"], **FLOW,
  note="a count (one project approved), not an article")
pair("合同外资金额40465万美元", "40465万美元", "40465万美元，比上年增长19.8%", "19.8%", "amount",
     "合同外资金额", ["合同外资", "合同利用外资"], **FLOW)
pair("实际利用外资总额26962万美元", "26962万美元", "26962万美元，比上年增长20.5%", "20.5%",
     "amount", "实际利用外资总额", ["实际利用外资", "实际利用外资金额"], **FLOW)
q("合同外资到位金额862万美元", "862万美元", "amount", "合同外资到位金额",
  metric_alts=["合同外资到位"], **FLOW, note="其中 of 实际利用外资总额")
q("境内投资到位金额26100万美元", "26100万美元", "amount", "外商投资企业境内投资到位金额",
  metric_alts=["境内投资到位金额", "外商投资企业境内投资到位"], **FLOW)

# ==== line 174: tourism (全年) ================================================================
pair("旅游总人数6704.11万人次", "6704.11万人次", "6704.11万人次，比上年增长37.7%", "37.7%",
     "count", "旅游总人数", ["接待旅游总人数", "旅游接待总人数", "接待游客"], **FLOW,
     level_kw=dict(note="共 → eq; 人次 is a classifier (SPEC §3)"))
pair("旅游总收入553.68亿元", "553.68亿元", "553.68亿元，比上年增长43%", "43%", "amount",
     "旅游总收入", ["实现旅游总收入", "旅游收入"], **FLOW)
pair("接待国内旅游者6672.87万人次", "6672.87万人次", "6672.87万人次，比上年增长37.8%", "37.8%",
     "count", "国内旅游者", ["接待国内旅游者", "国内旅游人数", "国内旅游者人次"], **FLOW)
pair("国内旅游收入548.02亿元", "548.02亿元", "548.02亿元，比上年增长43.1%", "43.1%", "amount",
     "国内旅游收入", [], **FLOW)
pair("接待入境旅游者31.44万人次", "31.44万人次", "31.44万人次，比上年增长13.4%", "13.4%",
     "count", "入境旅游者", ["接待入境旅游者", "入境旅游人数", "入境旅游者人次"], **FLOW)
q("外国人13.60万人次", "13.60万人次", "count", "外国人",
  metric_alts=["入境外国人", "外国旅游者", "接待外国人", "外国人入境旅游者"], **FLOW,
  note="其中 of 入境旅游者")
q("同胞17.65万人次", "17.65万人次", "count", "港、澳、台同胞",
  metric_alts=["港澳台同胞", "接待港澳台同胞", "港、澳、台同胞入境旅游者", "港澳台入境旅游者"],
  **FLOW)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/communique/cm_qiandongnan_2016.txt "
    f"({len(text):,} characters with the final newline), sliced by code: 四、固定资产投资 (prose, "
    "table 7 by sector, real-estate prose and table 8), 五、交通运输和邮政通信业 (roads, turnover, "
    "vehicles, post and telecoms), 六、国内贸易 and 七、对外经济协作和旅游. It does not overlap "
    "cm_qiandongnan_2016_b (lines 6-75) or cm_qiandongnan_2016 (lines 184-195); the DOC_ID "
    "differs from the shared stem on purpose. "
    "Date: 2017-03-16, the issue date printed under the title (line 4: 黔东南州统计局 国家统计局"
    "黔东南调查队 / 2017年3月16日), as in cm_qiandongnan_2016 and _b. The communiqué reports "
    "calendar 2016: 全年 / 2016年 / 当年 = 2016-01-01..2016-12-31, 年末 / 2016年末 / 截至2016年底 "
    "= the instant 2016-12-31, 上年 = 2015 (comparison yoy). Paragraphs without a period "
    "expression (line 125 up to its 全年, line 149, line 171) and table 7 (its caption states "
    "no period) take the communiqué's year (SPEC §4) with the null reading in period_alts; "
    "table 8 takes its caption's 2016年. Stocks (road lengths, vehicles, switch capacities, "
    "telephone and broadband subscribers, village road coverage) are instants; changes of 年末 "
    "stocks the instant with the year as alt; the turnover figures written after 截至2016年底 "
    "take the year with the literal instant as alt. Tables: one fact per numeric cell, span = "
    "the bare number, unit and scale from the column header (完成额（万元）, 比上年增长（%）) or "
    "the row's 单位 cell (table 8: 亿元 / 万平方米); metric = row label + the table's indicator "
    "(投资 for table 7). Units: 公里 → m, 亿吨公里 → tkm, 亿人公里 → pkm, 万美元 → USD; road "
    "density 公里/百平方公里 keeps its surface unit (SPEC §3); 人次, 件, 辆, 户, 门 are "
    "classifiers. Place: 黔东南苗族侗族自治州 (alts 贵州省黔东南苗族侗族自治州, 黔东南州, 黔东南; "
    "全州 resolves to it). Negatives: section and table numbers, the 500万元(以上) project "
    "threshold (prose, caption, row label), the header scale 万元 and the 单位 cells of "
    "table 8, the size bound 90平方米(及以下), sector labels 第一/二/三产业 in table 7, the "
    "period expressions 2016年 / 2016年底 / 2016年末, road grade labels 一级…四级 and the "
    "vehicle type 三轮(汽车). The title (lines 1-2 of the source) is outside the run, so "
    "title_in_text=False.")

g.write(date="2017-03-16",
        source=f"shared/texts/communique/cm_qiandongnan_2016.txt lines {FIRST}–{LAST} "
               "(四、固定资产投资 to 七、对外经济协作和旅游; 黔东南州统计局, 2017年3月16日)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
