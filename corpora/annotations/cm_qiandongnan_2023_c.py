"""Gold annotations for cm_qiandongnan_2023_c (黔东南苗族侗族自治州2023年国民经济和社会发展统计公报,
third excerpt; the others: cm_qiandongnan_2023_b, lines 4-68, and cm_qiandongnan_2023, lines
263-300).

The excerpt corpora/cm_qiandongnan_2023_c.txt is lines 188-245 (1-based, inclusive, whole lines,
newline kept) of shared/texts/communique/cm_qiandongnan_2023.txt, sliced by code from the
source bytes, never retyped: 六、交通运输和邮政通信 (roads, turnover, vehicles, post, telecoms),
七、财政和金融 (public finance with table 12, deposits and loans with table 13, insurance) and
八、人民生活和社会保障 (income with table 14, consumption, social insurance, minimum living
allowance) (2,456 characters).
Facts and negatives are written by hand from the text, sentence by sentence and cell by cell;
values are computed from the span's own number, scale and unit (prose) or from the column
header's unit (tables: 绝对数（亿元）, 绝对数（元）, 比上年增长（%）); offsets come from unique
context strings (corpora/annotate.py).

    python corpora/annotations/cm_qiandongnan_2023_c.py
    czfacts check-gold corpora
"""
import functools
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, TEXTS, excerpt_gold, quantity_fact  # noqa: E402

DOC_ID = "cm_qiandongnan_2023_c"
PLACE = "黔东南苗族侗族自治州"          # as cm_qiandongnan_2023 / _b (czfacts/data/places.toml)
SUBJ_ALTS = ["贵州省黔东南苗族侗族自治州", "黔东南州", "黔东南", "全州"]
SRC = (TEXTS / "communique") / "cm_qiandongnan_2023.txt"
FIRST, LAST = 188, 245                   # 1-based, inclusive, whole lines
TITLE = "黔东南苗族侗族自治州2023年国民经济和社会发展统计公报"

g = excerpt_gold(SRC, FIRST, LAST, CORPORA, DOC_ID, place=PLACE,
                 starts="六、交通运输和邮政通信\n年末全州公路总里程31700公里",
                 ends="全年累计发放最低生活保障金9.98亿元。")
text = g.text

# ---- periods (communiqué of calendar 2023, issued 2024-05-07) ------------------------------
FY = P("全年", "2023-01-01", "2023-12-31")
YE = P("年末", "2023-12-31", "2023-12-31")
FY_NULL = P("全年", None, None)
YEAR_OF_YE = P("年末", "2023-01-01", "2023-12-31")
T_Y = P("2023年", "2023-01-01", "2023-12-31")              # captions of tables 12, 13, 14
T_AT = P("2023年", "2023-12-31", "2023-12-31")             # balances of table 13

FLOW = dict(period=FY)                                      # under an explicit 全年
STOCK_YE = dict(period=YE)                                  # stock under an explicit 年末
CHANGE_YE = dict(period=YE, period_alts=[YEAR_OF_YE])       # change of a 年末 stock
FLOW_AFTER_YE = dict(period=FY, period_alts=[YE])           # flow written after 年末
DOCFLOW = dict(period=FY, period_alts=[FY_NULL])            # flow, no period in the paragraph
DOCSTOCK = dict(period=YE, period_alts=[FY, FY_NULL])       # stock, no period in the paragraph

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SECTION_NOTE = "section number of the communiqué, a list marker"
FOOTNOTE_NOTE = "footnote marker (the notes are at the end of the communiqué), not a fact"
TABLE_NOTE = "table number (表{}), a label, not a fact"
HEADER_UNIT_NOTE = "unit label of the column header (the scale of the cells below), not a fact"
GRADE_NOTE = ("road grade label (一级/二级/… 公路) defining the roads whose length is measured: "
              "part of the metric, not a fact")
GEN_NOTE = ("technology generation label {} (mobile network generation), part of the metric "
            "name, not a quantity (as wr_china_2024)")
CHANGE_YE_NOTE = ("change of a 年末 stock against 上年(末): the instant 2023-12-31; the year over "
                  "which it changed in period_alts")
FLOW_AFTER_YE_NOTE = ("annual flow written after 年末 in the same paragraph: the communiqué's "
                      "year 2023 (cf. cm_luoyang_2023), the literal 年末 instant in period_alts")
DOCFLOW_NOTE = ("no period expression in the paragraph: the communiqué's year 2023 (SPEC §4); "
                "null in period_alts")
DOCSTOCK_NOTE = ("stock with no period expression before it in its paragraph: instant at the end "
                 "of the communiqué's year (SPEC §4); the year and null in period_alts")
SPLIT_NOTE = ("the PDF reflow cut this paragraph across two lines; the pieces count as one "
              "paragraph (as in cm_qiandongnan_2023), so the period before the cut governs")
SPACED_NOTE = ("the PDF letter-spaced this stretch: the spaced form is the metric as written, "
               "the space-free forms are alts (README §3); spaces inside the span are kept")

# surface unit (after the scale, spaces removed) → (canonical unit, factor)
SURFACE = {"元": ("CNY", "1"), "%": ("%", "1"), "公里": ("m", "1e3"), "吨公里": ("tkm", "1"),
           "人公里": ("pkm", "1"), "公里/百平方公里": ("公里/百平方公里", "1"),
           "Gbps": ("Gbps", "1"), "部/百人": ("部/百人", "1")}
CLASSIFIERS = {"个", "辆", "人次", "件", "户", "人"}
QTY = re.compile(r"(-?\d+(?:\.\d+)?)([万亿]?)(.*)", re.S)


q = functools.partial(quantity_fact, g, surfaces=SURFACE, classifiers=CLASSIFIERS, subject=PLACE,
                      subject_alts=SUBJ_ALTS, spaced=True, pattern=QTY)


def row(line):
    """The unique context of a table row given in full: the line with its newlines."""
    ctx = "\n" + line + "\n"
    assert text.count(ctx) == 1, ctx
    return ctx, line.split("\t")


def nth_of(cells, col):
    """How many times the target of column ``col`` occurs earlier in the row's context."""
    ctx = "\n" + "\t".join(cells) + "\n"
    pos = 1 + sum(len(c) + 1 for c in cells[:col])
    return sum(1 for k in range(pos) if ctx.startswith(cells[col], k))


# ==== line 188: section heading =================================================================
g.neg("六、交通运输和邮政通信", "六、", SECTION_NOTE)

# ==== lines 189-190: roads (年末; one paragraph cut by the reflow) ==============================
ROAD = ["公路里程", "全州公路总里程", "公路通车里程"]
q("公路总里程31700公里", "31700公里", "amount", "公路总里程", metric_alts=ROAD, **STOCK_YE,
  note="年末 → a stock, instant 2023-12-31; 公里 → m (×1e3)")
q("其中：高速公路1236\n公里", "1236\n公里", "amount", "高速公路里程",
  metric_alts=["高速公路", "高速公路通车里程"], **STOCK_YE,
  note="其中 of 公路总里程; the reflow cut 1236|公里 across two lines: the span is the tightest "
       "stretch holding number and unit, so it keeps the line break (as 9⏎个 in "
       "cm_qiandongnan_2023); head 里程 restored (README §3)")
for ctx, tgt, metric, alts in [
        ("普通国道1449公里", "1449公里", "普通国道里程", ["普通国道", "国道里程"]),
        ("普通省道2735公里", "2735公里", "普通省道里程", ["普通省道", "省道里程"]),
        ("县道5096公里", "5096公里", "县道里程", ["县道"]),
        ("乡道6820公里", "6820公里", "乡道里程", ["乡道"]),
        ("村道14365公里", "14365公里", "村道里程", ["村道"])]:
    q(ctx, tgt, "amount", metric, metric_alts=alts, **STOCK_YE,
      note=SPLIT_NOTE + " (年末 of line 189)" if metric == "普通国道里程" else None)
q("划分，高速公路1236公里", "1236公里", "amount", "高速公路里程",
  metric_alts=["高速公路", "高速公路通车里程"], **STOCK_YE,
  note="the same length restated in the breakdown by technical grade: its own mention (SPEC §1)")
for grade, tgt in (("一级", "236公里"), ("二级", "1537公里"), ("三级", "600公里"),
                   ("四级", "24467公里")):
    ctx = f"{grade}公路{tgt}"
    g.neg(ctx, grade, GRADE_NOTE)
    q(ctx, tgt, "amount", f"{grade}公路里程", metric_alts=[f"{grade}公路"], **STOCK_YE)
q("等外级公路3624公里", "3624公里", "amount", "等外级公路里程", metric_alts=["等外级公路"],
  **STOCK_YE)
q("公路密度达到104.5公里/百平方公里", "104.5公里/百平方公里", "amount", "公路密度",
  metric_alts=["全州公路密度"], **STOCK_YE,
  note="km of road per 100 km² of land: no SPEC code for this compound, the surface unit is kept "
       "(SPEC §3: unknown units are kept, kind amount), value as written; 达到 → eq")
q("全州实现2158个建制村", "2158个", "count", "通油路建制村",
  metric_alts=["实现通油路的建制村", "通油路的建制村", "建制村", "建制村通油路", "通油路建制村数量"],
  **STOCK_YE, note="villages reached by asphalt roads (the predicate defines the counted set → "
                   "metric); a state at 年末")
q("率达100%，全州行政村", "100%", "share", "建制村通油路（硬化路）率",
  metric_alts=["建制村通油路率", "建制村通硬化路率", "建制村通油路(硬化路)率", "通油路率"],
  **STOCK_YE, note="rate of a stock (villages) → share; 达 → eq")
q("通客运班车率达100%", "100%", "share", "行政村通客运班车率", metric_alts=["通客运班车率"],
  **STOCK_YE)
q("内河航道里程1158公里", "1158公里", "amount", "内河航道里程",
  metric_alts=["内河航道", "年末内河航道里程"], **STOCK_YE, note="年末 restated")

# ==== lines 191-192: turnover (no period; one paragraph cut by the reflow) ======================
FREIGHT = ["公路货物周转量", "全 州 公 路 货 物 周 转 量", "全州公路货物周转量", "货物周转量"]
q("周 转 量59.41亿 吨 公 里", "59.41亿 吨 公 里", "amount", "公 路 货 物 周 转 量",
  metric_alts=FREIGHT, **DOCFLOW,
  note=SPACED_NOTE + "; 亿吨公里 → tkm ×1e8; " + DOCFLOW_NOTE)
q("增 长\n14.4%", "14.4%", "growth", "公 路 货 物 周 转 量", metric_alts=FREIGHT, **DOCFLOW,
  note=SPLIT_NOTE + " (比 上 年 增 长|14.4%)")
PASS = ["旅客周转量", "公路客运周转量"]
q("旅客周转量18.38亿人公里", "18.38亿人公里", "amount", "公路旅客周转量", metric_alts=PASS,
  **DOCFLOW, note="head 公路 restored from the previous clause; 亿人公里 → pkm ×1e8")
q("18.38亿人公里，比上年增长16.2%", "16.2%", "growth", "公路旅客周转量", metric_alts=PASS,
  **DOCFLOW)
WF = ["水运货物周转量"]
q("水路货物周转量6.07万吨公里", "6.07万吨公里", "amount", "水路货物周转量", metric_alts=WF,
  **DOCFLOW, note="万吨公里 → tkm ×1e4")
q("6.07万吨公里，比上年下降2.2%", "2.2%", "growth", "水路货物周转量", metric_alts=WF, neg=True,
  **DOCFLOW, note="下降 → negative")
WP = ["旅客周转量", "水运旅客周转量"]
q("旅客周转量1183.53万人公里", "1183.53万人公里", "amount", "水路旅客周转量", metric_alts=WP,
  **DOCFLOW, note="head 水路 restored from the previous clause")
q("1183.53万人公里，比上年增长35.1%", "35.1%", "growth", "水路旅客周转量", metric_alts=WP,
  **DOCFLOW)
AIR = ["旅客吞吐量", "机场旅客吞吐量"]
q("民航旅客吞吐量5.97万人次", "5.97万人次", "count", "民航旅客吞吐量", metric_alts=AIR,
  **DOCFLOW, note="人次 is a classifier (SPEC §3)")
q("5.97万人次，比上年增长15.7%", "15.7%", "growth", "民航旅客吞吐量", metric_alts=AIR,
  **DOCFLOW)

# ==== lines 193-194: motor vehicles (no period; one paragraph cut by the reflow) ================
MV = ["机动车", "全州机动车保有量"]
q("机动车保有量108.63万辆", "108.63万辆", "count", "机动车保有量", metric_alts=MV, **DOCSTOCK,
  note="保有量 = vehicles registered, a stock; " + DOCSTOCK_NOTE)
q("108.63万辆，比上年增长7.1%", "7.1%", "growth", "机动车保有量", metric_alts=MV, **DOCSTOCK,
  note="change of the stock over the year, dated at its instant (as cm_qiandongnan_2023_b)")
CIV = ["民用汽车", "民用\n汽车保有量"]
q("汽车保有量105.12万辆", "105.12万辆", "count", "民用汽车保有量", metric_alts=CIV,
  **DOCSTOCK, note="the metric is cut by the reflow (民用|汽车保有量); " + SPLIT_NOTE)
q("105.12万辆，增长7.1%", "7.1%", "growth", "民用汽车保有量", metric_alts=CIV, **DOCSTOCK)
CAR = ["轿车", "民用轿车保有量"]
q("轿车保有量45.59万辆", "45.59万辆", "count", "轿车保有量", metric_alts=CAR, **DOCSTOCK,
  note="在民用汽车中: 其中 of 民用汽车保有量")
q("45.59万辆，增长5.3%", "5.3%", "growth", "轿车保有量", metric_alts=CAR, **DOCSTOCK)

# ==== lines 195-196: post and express (no period; one paragraph cut by the reflow) ==============
POST = ["邮政业务总量", "全州邮政行业业务总量"]
q("业务总量累计完成7.95亿元", "7.95亿元", "amount", "邮政行业业务总量", metric_alts=POST,
  **DOCFLOW, note="累计完成 = accumulated over the year (a flow); " + DOCFLOW_NOTE)
q("增长\n17.5%", "17.5%", "growth", "邮政行业业务总量", metric_alts=POST, **DOCFLOW,
  note=SPLIT_NOTE + " (比上年增长|17.5%)")
PREV = ["邮政业务收入"]
q("业务收入累计完成8.89亿元", "8.89亿元", "amount", "邮政行业业务收入", metric_alts=PREV,
  **DOCFLOW)
q("8.89亿元，比上年增长14.3%", "14.3%", "growth", "邮政行业业务收入", metric_alts=PREV,
  **DOCFLOW)
EXP = ["快递业务总量", "快递量"]
q("快递业务量累计完成3524.70万件", "3524.70万件", "count", "快递业务量", metric_alts=EXP,
  **DOCFLOW, note="parcels, classifier 件")
q("3524.70万件，比上年增长47.6%", "47.6%", "growth", "快递业务量", metric_alts=EXP, **DOCFLOW)
q("快递业务收入累计完成4.60亿元", "4.60亿元", "amount", "快递业务收入", **DOCFLOW)
q("4.60亿元，比上年增长21.9%", "21.9%", "growth", "快递业务收入", **DOCFLOW)

# ==== line 197: telecoms (no period in the paragraph) ===========================================
TEL = ["全州电信业务总量"]
q("电信业务总量44.40亿元", "44.40亿元", "amount", "电信业务总量", metric_alts=TEL, **DOCFLOW,
  note=DOCFLOW_NOTE)
q("44.40亿元，比上年增长20.1%", "20.1%", "growth", "电信业务总量", metric_alts=TEL, **DOCFLOW)
q("电信业务收入33.40亿元", "33.40亿元", "amount", "电信业务收入", **DOCFLOW)
q("33.40亿元，比上年增长6.3%", "6.3%", "growth", "电信业务收入", **DOCFLOW)
PHONE = ["电话用户数", "电话用户总数"]
q("电话用户473.1万户", "473.1万户", "count", "电话用户", metric_alts=PHONE, **DOCSTOCK,
  note="subscribers, a stock; " + DOCSTOCK_NOTE)
q("473.1万户，比上年增长2.6%", "2.6%", "growth", "电话用户", metric_alts=PHONE, **DOCSTOCK)
q("固定电话用户17.4万户", "17.4万户", "count", "固定电话用户", metric_alts=["固定电话用户数"],
  **DOCSTOCK, note="其中 of 电话用户")
q("，移动电话用户455.7万户", "455.7万户", "count", "移动电话用户", metric_alts=["移动电话用户数"],
  **DOCSTOCK)
g.neg("。4G移动电话", "4G", GEN_NOTE.format("4G"))
q("4G移动电话用户208.5万户", "208.5万户", "count", "4G移动电话用户",
  metric_alts=["4G用户", "4G移动电话用户数"], **DOCSTOCK)
g.neg("，5G移动电话", "5G", GEN_NOTE.format("5G"))
q("5G移动电话用户205.9万户", "205.9万户", "count", "5G移动电话用户",
  metric_alts=["5G用户", "5G移动电话用户数"], **DOCSTOCK)
q("宽带接入用户160.2万 户", "160.2万 户", "count", "固定互联网宽带接入用户",
  metric_alts=["互联网宽带接入用户", "固定宽带用户", "固定互联网宽带接入用户数"], **DOCSTOCK,
  note="the PDF's space between 万 and 户 stays in the span (README §1)")
q("用 户421.6万 户", "421.6万 户", "count", "移 动 互 联 网 用 户",
  metric_alts=["移动互联网用户", "移动互联网用户数"], **DOCSTOCK, note=SPACED_NOTE)
q("宽 带4160Gbps", "4160Gbps", "amount", "互 联 网 出 州 宽 带",
  metric_alts=["互联网出州宽带", "互联网出州带宽", "出州带宽", "出州宽带"], **DOCSTOCK,
  note=SPACED_NOTE + "; Gbps has no SPEC code: the surface unit is kept (SPEC §3), kind amount; "
       "a capacity at the instant")
q("光缆长度36.28公里", "36.28公里", "amount", "光缆长度",
  metric_alts=["光缆线路长度", "光缆"], **DOCSTOCK,
  note="as written (36.28 km; the figure looks like it lost a 万, but the gold follows the text)")
g.neg("公里，5G基站", "5G", GEN_NOTE.format("5G"))
q("累计达到10588个", "10588个", "count", "5G基站数量",
  metric_alts=["5G基站", "5G基站数"], **DOCSTOCK,
  note="累计达到 → a stock (eq); " + DOCSTOCK_NOTE)
q("移动电话普及率126.5部/百人", "126.5部/百人", "amount", "移动电话普及率",
  metric_alts=["移动电话普及"], **DOCSTOCK,
  note="phones per 100 persons: written in 部/百人, not %, and above 100, so not a share; the "
       "surface unit is kept (SPEC §3), kind amount")

# ==== line 198: section heading =================================================================
g.neg("七、财政和金融", "七、", SECTION_NOTE)

# ==== line 199: public finance (全年) ===========================================================
FIN = [  # (level ctx, level, growth ctx, growth, metric, alts)
    ("财税收入128.64亿元", "128.64亿元", "128.64亿元，比上年增长76.9%", "76.9%", "财税收入",
     ["全部财税收入", "全州财税收入"]),
    ("财政总收入122.22亿元", "122.22亿元", "122.22亿元，比上年增长81.2%", "81.2%", "财政总收入",
     ["全州财政总收入"]),
    ("一般公共预算收入77.25亿元", "77.25亿元", "77.25亿元，增长17.2%", "17.2%", "一般公共预算收入",
     ["公共预算收入"]),
    ("一般公共预算支出492.40亿元", "492.40亿元", "492.40亿元，增长18.0%", "18.0%",
     "一般公共预算支出", ["公共预算支出"]),
]
for lctx, level, gctx, growth, metric, alts in FIN:
    q(lctx, level, "amount", metric, metric_alts=alts, **FLOW,
      note="全年 governs the paragraph" if metric == "财税收入" else
      ("其中 of 财政总收入" if metric == "一般公共预算收入" else None))
    q(gctx, growth, "growth", metric, metric_alts=alts, **FLOW)

# ==== lines 200-215: table 12 (public finance, 绝对数（亿元）, 比上年增长（%）) ================
g.neg("表12 2023年", "12", TABLE_NOTE.format(12))
g.neg("表12 2023年", "2023年", PERIOD_NOTE + " (table caption: the year of every cell)")
g.neg("财政收支情况\n指标名称\t绝对数（亿元）", "亿元", HEADER_UNIT_NOTE)
T12_NOTE = ("table cell: 绝对数（亿元） → CNY ×1e8, 比上年增长（%） → growth yoy; span = the bare "
            "number; period = the caption's 2023年; metric = row label (+ 支出 for the "
            "expenditure items under 一般公共预算支出)")
ROWS12 = [  # (row line, metric, alts)
    ("全部财税收入\t128.64\t76.9", "全部财税收入", ["财税收入"]),
    ("财政总收入\t122.22\t81.2", "财政总收入", []),
    ("#一般公共预算收入\t77.25\t17.2", "一般公共预算收入", ["公共预算收入"]),
    ("#税收收入\t39.52\t24.4", "税收收入", ["税收", "一般公共预算收入中税收收入"]),
    ("非税收入\t37.73\t10.5", "非税收入", ["一般公共预算收入中非税收入"]),
    ("一般公共预算支出\t492.40\t18.0", "一般公共预算支出", ["公共预算支出"]),
    ("#一般公共服务\t57.62\t19.9", "一般公共服务支出", ["一般公共服务"]),
    ("农林水\t69.71\t22.3", "农林水支出", ["农林水", "农林水事务支出"]),
    ("教育\t104.83\t4.6", "教育支出", ["教育"]),
    ("交通运输\t8.18\t37.3", "交通运输支出", ["交通运输"]),
    ("文化旅游体育与传媒\t6.64\t29.1", "文化旅游体育与传媒支出", ["文化旅游体育与传媒"]),
    ("卫生健康\t68.11\t13.1", "卫生健康支出", ["卫生健康"]),
    ("社会保障和就业\t67.94\t19.8", "社会保障和就业支出", ["社会保障和就业", "社保就业支出"]),
]
for i, (line, metric, alts) in enumerate(ROWS12):
    ctx, cells = row(line)
    q(ctx, cells[1], "amount", metric, metric_alts=alts, unit_text="亿元", period=T_Y,
      nth=nth_of(cells, 1), note=T12_NOTE if i == 0 else None)
    q(ctx, cells[2], "growth", metric, metric_alts=alts, unit_text="%", period=T_Y,
      nth=nth_of(cells, 2))
g.neg("\t4.6\n3.7\n交通运输", "3.7",
      "orphan cell: a line holding only 3.7 between the 教育 and 交通运输 rows (the row's label "
      "and amount were lost in the PDF extraction); no readable claim (as the garbled residue "
      "4.6 in cm_qiandongnan_2016_b)")

# ==== lines 216-217: deposits and loans (年末; one paragraph cut by the reflow) =================
DEP = ["各项存款余额", "存款余额", "人民币各项存款余额", "金融机构各项存款余额"]
q("各项存款余额2130.36亿元", "2130.36亿元", "amount", "金融机构人民币各项存款余额",
  metric_alts=DEP, **STOCK_YE, note="余额 at 年末: a stock, instant 2023-12-31")
q("比\n上年增长12.9%", "12.9%", "growth", "金融机构人民币各项存款余额", metric_alts=DEP,
  **CHANGE_YE, note=SPLIT_NOTE + " (比|上年增长); " + CHANGE_YE_NOTE)
HH = ["住户存款"]
q("住户存款余额1562.57亿元", "1562.57亿元", "amount", "住户存款余额", metric_alts=HH,
  **STOCK_YE, note="其中 of 各项存款余额")
q("1562.57亿元，增长12.9%", "12.9%", "growth", "住户存款余额", metric_alts=HH, **CHANGE_YE)
LOAN = ["各项贷款余额", "贷款余额", "人民币各项贷款余额", "金融机构各项贷款余额"]
q("各项贷款余额2321.11亿元", "2321.11亿元", "amount", "金融机构人民币各项贷款余额",
  metric_alts=LOAN, **STOCK_YE, note="年末 restated")
q("2321.11亿元，增长14.1%", "14.1%", "growth", "金融机构人民币各项贷款余额", metric_alts=LOAN,
  **CHANGE_YE)

# ==== lines 218-224: table 13 (credit, 绝对数（亿元）, 比上年增长（%）) =========================
g.neg("表13 2023年", "13", TABLE_NOTE.format(13))
g.neg("表13 2023年", "2023年", PERIOD_NOTE + " (table caption)")
g.neg("信贷收支情况\n指标名称\t绝对数（亿元）", "亿元", HEADER_UNIT_NOTE)
T13_NOTE = ("table cell: 绝对数（亿元） → CNY ×1e8, 比上年增长（%） → growth yoy; balances are "
            "stocks: instant 2023-12-31 (end of the caption's 2023年), the year in period_alts; "
            "their growth is dated the same way")
T13_PER = dict(period=T_AT, period_alts=[T_Y])
ROWS13 = [
    ("各项存款余额\t2130.36\t12.9", "各项存款余额", ["存款余额", "金融机构人民币各项存款余额"]),
    ("#住户存款余额\t1562.57\t12.9", "住户存款余额", ["住户存款"]),
    ("各项贷款余额\t2321.11\t14.1", "各项贷款余额", ["贷款余额", "金融机构人民币各项贷款余额"]),
    ("#短期贷款\t428.57\t14.1", "短期贷款", ["短期贷款余额"]),
    ("中长期贷款\t1862.61\t13.3", "中长期贷款", ["中长期贷款余额"]),
]
for i, (line, metric, alts) in enumerate(ROWS13):
    ctx, cells = row(line)
    q(ctx, cells[1], "amount", metric, metric_alts=alts, unit_text="亿元", **T13_PER,
      nth=nth_of(cells, 1), note=T13_NOTE if i == 0 else None)
    q(ctx, cells[2], "growth", metric, metric_alts=alts, unit_text="%", **T13_PER,
      nth=nth_of(cells, 2))

# ==== lines 225-226: insurance (全年; one paragraph cut by the reflow) ==========================
INS = SUBJ_ALTS + ["保险公司", "全州保险公司"]
PREM = ["保费收入", "保险公司原保险保费收入", "原保费收入", "保险保费收入"]
q("原保险保费收入38.64亿元", "38.64亿元", "amount", "原保险保费收入", metric_alts=PREM,
  subject_alts=INS, **FLOW,
  note="the prefecture's insurers together: the prefecture is the subject, 保险公司 an alt "
       "(as cm_qiandongnan_2016)")
q("比上年\n增长8.0%", "8.0%", "growth", "原保险保费收入", metric_alts=PREM, subject_alts=INS,
  **FLOW, note=SPLIT_NOTE + " (比上年|增长)")
q("财产保险公司保费收入22.00亿元", "22.00亿元", "amount", "财产保险公司保费收入",
  metric_alts=["财产险保费收入", "财产保险保费收入"], subject_alts=INS, **FLOW,
  note="其中 of 原保险保费收入")
q("人身保险公司保费收入16.64亿元", "16.64亿元", "amount", "人身保险公司保费收入",
  metric_alts=["人身险保费收入", "人身保险保费收入"], subject_alts=INS, **FLOW)
PAY = ["保险赔付支出", "赔付额"]
q("赔付支出15.12亿元", "15.12亿元", "amount", "赔付支出", metric_alts=PAY, subject_alts=INS,
  **FLOW)
q("15.12亿元，比上年增长7.1%", "7.1%", "growth", "赔付支出", metric_alts=PAY, subject_alts=INS,
  **FLOW)
q("财产险公司赔付支出12.49亿元", "12.49亿元", "amount", "财产险公司赔付支出",
  metric_alts=["财产险赔付支出", "财产保险赔付支出"], subject_alts=INS, **FLOW)
q("寿险公司赔付支出2.63亿元", "2.63亿元", "amount", "寿险公司赔付支出",
  metric_alts=["寿险赔付支出"], subject_alts=INS, **FLOW)

# ==== line 227: section heading =================================================================
g.neg("八、人民生活和社会保障", "八、", SECTION_NOTE)

# ==== lines 228-229: disposable income (no period; one paragraph cut by the reflow) ===========
g.neg("可支配收入[7]", "[7]", FOOTNOTE_NOTE)
URB = ["城镇居民人均可支配收入"]
q("[7]40867元", "40867元", "amount", "城镇常住居民人均可支配收入", metric_alts=URB,
  **DOCFLOW, note="the footnote marker [7] between metric and number is a negative; "
                  + DOCFLOW_NOTE)
q("比上年\n增长4.0%", "4.0%", "growth", "城镇常住居民人均可支配收入", metric_alts=URB,
  **DOCFLOW, note=SPLIT_NOTE + " (比上年|增长); nominal growth (note [7]: 按现价计算)")
RUR = ["农村居民人均可支配收入"]
q("可支配收入14239元", "14239元", "amount", "农村常住居民人均可支配收入", metric_alts=RUR,
  **DOCFLOW)
q("14239元，比上年增长8.3%", "8.3%", "growth", "农村常住居民人均可支配收入", metric_alts=RUR,
  **DOCFLOW)

# ==== lines 230-241: table 14 (income by source, 绝对数（元）, 比上年增长（%）) ===============
g.neg("表14 2023年", "14", TABLE_NOTE.format(14))
g.neg("表14 2023年", "2023年", PERIOD_NOTE + " (table caption: the year of every cell)")
T14_NOTE = ("table cell: 绝对数（元） → CNY, 比上年增长（%） → growth yoy (a negative cell = a "
            "fall); span = the bare number; period = the caption's 2023年; metric = the group "
            "(城镇/农村常住居民人均) + the income source of the row label")
ROWS14 = [  # (row line, group, source or None for the total)
    ("城镇常住居民人均可支配收入\t40867\t4.0", "城镇", None),
    ("#工资性收入\t21482\t5.7", "城镇", "工资性收入"),
    ("经营净收入\t10641\t12.8", "城镇", "经营净收入"),
    ("财产净收入\t2370\t-30.5", "城镇", "财产净收入"),
    ("转移净收入\t6373\t4.2", "城镇", "转移净收入"),
    ("农村常住居民人均可支配收入\t14239\t8.3", "农村", None),
    ("#工资性收入\t6741\t21.4", "农村", "工资性收入"),
    ("经营净收入\t3476\t-15.9", "农村", "经营净收入"),
    ("财产净收入\t350\t22.9", "农村", "财产净收入"),
    ("转移净收入\t3672\t15.4", "农村", "转移净收入"),
]
for i, (line, group, source) in enumerate(ROWS14):
    ctx, cells = row(line)
    if source is None:
        metric = f"{group}常住居民人均可支配收入"
        alts = [f"{group}居民人均可支配收入"]
    else:
        metric = f"{group}常住居民人均{source}"
        alts = [source, f"{group}常住居民{source}", f"{group}居民人均{source}", f"人均{source}"]
    q(ctx, cells[1], "amount", metric, metric_alts=alts, unit_text="元", period=T_Y,
      nth=nth_of(cells, 1), note=T14_NOTE if i == 0 else None)
    q(ctx, cells[2], "growth", metric, metric_alts=alts, unit_text="%", period=T_Y,
      nth=nth_of(cells, 2))

# ==== line 242: consumption expenditure (no period) ============================================
for lvl, pct, group in (("26944元", "14.4%", "城镇"), ("13478元", "8.3%", "农村")):
    metric = f"{group}常住居民人均消费支出"
    alts = [f"{group}居民人均消费支出"]
    q(f"人均消费支出{lvl}", lvl, "amount", metric, metric_alts=alts, **DOCFLOW,
      note=DOCFLOW_NOTE if group == "城镇" else None)
    q(f"{lvl}，比上年增长{pct}", pct, "growth", metric, metric_alts=alts, **DOCFLOW)

# ==== line 243: pension, unemployment, work-injury insurance (年末) ===========================
def insured(ctx, tgt, metric, alts, note=None):
    q(ctx, tgt, "count", metric, metric_alts=alts, **STOCK_YE, note=note)


def increment(ctx, tgt, metric, alts, *, down=False, note=None):
    """比上年(末)增加/减少 N: absolute change of the level (SPEC §2), metric + 增量, signed."""
    q(ctx, tgt, "count", f"{metric}增量",
      metric_alts=[metric] + [f"{a}增量" for a in alts] + [f"{metric}增加" if not down else
                                                           f"{metric}减少"],
      neg=down, **CHANGE_YE, note=note)


PEN = ["城镇职工基本养老保险参保人数", "城镇职工基本养老保险", "参加城镇职工基本养老保险"]
insured("养老保险人数45.59万人", "45.59万人", "参加城镇职工基本养老保险人数", PEN,
        note="年末 → a stock, instant 2023-12-31")
increment("增 加1.33万 人", "1.33万 人", "参加城镇职工基本养老保险人数", PEN,
          note="absolute change of a level (SPEC §2): metric + 增量, signed (增加 → +); the "
               "PDF's letter spacing (比上 年末 增 加1.33万 人) stays in the span; "
               + CHANGE_YE_NOTE)
RPEN = ["参加城乡居民基本养老保险人数", "城乡居民基本养老保险参保人数", "城乡居民基本养老保险"]
insured("保 险 人数232.58万人", "232.58万人", "参 加 城乡 居 民基 本 养老 保 险 人数", RPEN,
        note=SPACED_NOTE)
increment("232.58万人，增加0.50万人", "0.50万人", "参加城乡居民基本养老保险人数", RPEN[1:])
UNE = ["失业保险参保人数", "失业保险"]
insured("参加失业保险人数15.39万人", "15.39万人", "参加失业保险人数", UNE)
increment("15.39万人，增加0.68万人", "0.68万人", "参加失业保险人数", UNE)
insured("领取失业保险金人数0.23万人", "0.23万人", "领取失业保险金人数",
        ["领取失业保险金", "失业保险金领取人数"], note="年末 restated: people drawing benefit at "
                                                  "year end (a stock)")
INJ = ["工伤保险参保人数", "工伤保险"]
insured("参加工伤保险人数41.63万人", "41.63万人", "参加工伤保险人数", INJ)
increment("41.63万人，增加0.95万人", "0.95万人", "参加工伤保险人数", INJ)
INJU = ["工伤保险参保单位", "参加工伤保险单位数"]
insured("参加工伤保险单位达12463户", "12463户", "参加工伤保险单位", INJU,
        note="达 → eq; 户 is a classifier")
increment("12463户，增加428户", "428户", "参加工伤保险单位", INJU)

# ==== line 244: medical and maternity insurance (年末), medical assistance ====================
MED = ["基本医疗保险参保人数", "基本医疗保险", "参加基本医疗保险"]
insured("年末参加基本医疗保险人数445.97万人", "445.97万人", "参加基本医疗保险人数", MED)
increment("比上年减少6.42万人", "6.42万人", "参加基本医疗保险人数", MED, down=True,
          note="减少 → negative value; " + CHANGE_YE_NOTE)
EMP = ["职工基本医疗保险参保人数", "参加城镇职工基本医疗保险人数", "职工基本医疗保险"]
insured("参加职工基本医疗保险人数33.03万人", "33.03万人", "参加职工基本医疗保险人数", EMP,
        note="其中 of 参加基本医疗保险人数")
increment("比上年增加0.9万人", "0.9万人", "参加职工基本医疗保险人数", EMP)
RES = ["城乡居民基本医疗保险参保人数", "城乡居民基本医疗保险"]
insured("参加城乡居民基本医疗保险人数412.95万人", "412.95万人", "参加城乡居民基本医疗保险人数", RES)
increment("比上年减少7.31万人", "7.31万人", "参加城乡居民基本医疗保险人数", RES, down=True)
MAT = ["生育保险参保人数", "生育保险"]
insured("参加生育保险人数23.46万人", "23.46万人", "参加生育保险人数", MAT)
increment("比上年增加0.48万人", "0.48万人", "参加生育保险人数", MAT)
q("医疗救助资助参加基本医疗保险132.80万人", "132.80万人", "count",
  "医疗救助资助参加基本医疗保险人数",
  metric_alts=["医疗救助资助参加基本医疗保险", "医疗救助资助参保人数", "资助参加基本医疗保险人数",
               "医疗救助资助参保"], **FLOW_AFTER_YE,
  note="people whose premiums the medical assistance paid in the year (a flow); "
       + FLOW_AFTER_YE_NOTE)
q("累计资助资金额1.85亿元", "1.85亿元", "amount", "资助资金额",
  metric_alts=["累计资助资金额", "医疗救助资助资金额", "医疗救助资助资金", "资助资金"],
  **FLOW_AFTER_YE, note="累计 = accumulated over the year (a flow, not a stock); "
                        + FLOW_AFTER_YE_NOTE)

# ==== line 245: minimum living allowance (年末 …, then 全年) ===================================
URBMIN = ["城市最低生活保障人数", "城市低保人数", "城市居民最低生活保障对象"]
q("最低生活保障人数5.57万人", "5.57万人", "count", "城市居民最低生活保障人数",
  metric_alts=URBMIN, **STOCK_YE, note="beneficiaries at 年末 (a stock)")
USTD = ["月人均保障标准", "城市居民最低生活保障标准", "城市低保标准", "城市最低生活保障月人均保障标准"]
q("月人均保障标准719元", "719元", "amount", "城市居民最低生活保障月人均保障标准",
  metric_alts=USTD, **STOCK_YE,
  note="the monthly allowance standard in force at 年末 (a level at an instant); head restored "
       "from the previous clause; 月 belongs to the indicator (per month), not a period")
q("719元，比上年增长8.0%", "8.0%", "growth", "城市居民最低生活保障月人均保障标准",
  metric_alts=USTD, **CHANGE_YE, note=CHANGE_YE_NOTE)
RURMIN = ["农村低保人数", "农村最低生活保障对象"]
q("农村最低生活保障人数17.68万人", "17.68万人", "count", "农村最低生活保障人数",
  metric_alts=RURMIN, **STOCK_YE, note="年末 of the paragraph governs (stock)")
RSTD = ["年人均保障标准", "农村最低生活保障标准", "农村低保标准"]
q("年人均保障标准6078元", "6078元", "amount", "农村最低生活保障年人均保障标准",
  metric_alts=RSTD, **STOCK_YE, note="the yearly allowance standard in force at 年末; 年 belongs "
                                     "to the indicator (per year), not a period")
q("6078元，比上年增长15.0%", "15.0%", "growth", "农村最低生活保障年人均保障标准",
  metric_alts=RSTD, **CHANGE_YE)
q("最低生活保障金9.98亿元", "9.98亿元", "amount", "最低生活保障金",
  metric_alts=["发放最低生活保障金", "累计发放最低生活保障金", "低保金"], **FLOW,
  note="全年累计发放: paid out over the year (全年 replaces 年末)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/communique/cm_qiandongnan_2023.txt "
    f"({len(text):,} characters with the final newline), sliced by code: 六、交通运输和邮政通信 "
    "(roads, turnover, vehicles, post, telecoms), 七、财政和金融 (public finance and table 12, "
    "deposits and loans and table 13, insurance) and 八、人民生活和社会保障 (income and table 14, "
    "consumption, social insurance, minimum living allowance). It does not overlap "
    "cm_qiandongnan_2023_b (lines 4-68) or cm_qiandongnan_2023 (lines 263-300); the DOC_ID "
    "differs from the shared stem on purpose. Date: 2024-05-07, the issue date printed at the "
    "top of the source (line 2, under 黔东南州统计局), as cm_qiandongnan_2023 and _b chose it. "
    "The communiqué reports calendar 2023: 全年 / 2023年 = 2023-01-01..2023-12-31, 年末 = the "
    "instant 2023-12-31, 上年 = 2022 (comparison yoy). Stocks (road lengths, vehicles, "
    "subscribers, balances, insured persons, allowance beneficiaries and standards) are "
    "instants; changes of 年末 stocks (growth rates and 增加/减少 N, the latter as metric + 增量 "
    "with a signed value) the instant with the year as alt; flows written after 年末 in the "
    "same paragraph (medical assistance) take the year with the literal 年末 instant as alt; "
    "paragraphs without a period (turnover, vehicles, post, telecoms, income, consumption) take "
    "the communiqué's year, stocks its end, with the year / null as alts. The PDF reflow cut "
    "seven paragraphs across two lines (189|190, 191|192, 193|194, 195|196, 216|217, 225|226, "
    "228|229); each pair is one paragraph, so a period before the cut governs after it; one "
    "span holds the line break (1236⏎公里). Letter-spaced stretches (公 路 货 物 周 转 量, "
    "移 动 互 联 网 用 户, 互 联 网 出 州 宽 带, 参 加 城乡 居 民…人数) give the spaced metric with "
    "space-free alts; spaces inside spans are kept (59.41亿 吨 公 里, 160.2万 户, 1.33万 人). "
    "Surface units kept (SPEC §3): 公里/百平方公里 (road density), Gbps, 部/百人 (mobile phone "
    "penetration). Tables 12-14: one fact per numeric cell, span = the bare number, unit and "
    "scale from the column header (绝对数（亿元）, 绝对数（元）, 比上年增长（%）); period = the "
    "caption's 2023年 (table 13's balances: the instant 2023-12-31 with the year as alt); "
    "metric = row label (+ 支出 for expenditure items; + the 城镇/农村常住居民人均 group in table "
    "14). The orphan line 3.7 in table 12 (label and amount lost) is a negative. Place: "
    "黔东南苗族侗族自治州 (alts 贵州省黔东南苗族侗族自治州, 黔东南州, 黔东南, 全州). Negatives: "
    "section and table numbers, caption years, header units 亿元, footnote [7], road grade "
    "labels 一级…四级, generation labels 4G / 5G, the orphan cell 3.7. The title is outside the "
    "run (the source has no title line; it comes from the PDF file name), so "
    "title_in_text=False.")

g.write(date="2024-05-07",
        source=f"shared/texts/communique/cm_qiandongnan_2023.txt lines {FIRST}–{LAST} "
               "(六、交通运输和邮政通信 to 八、人民生活和社会保障; 黔东南州统计局, 2024年5月7日)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
