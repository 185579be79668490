"""Gold annotations for cm_zhoukou_2023_b (held-out: corpora/heldout/).

2023年周口市国民经济和社会发展统计公报 (周口市统计局, 2024-04-29), second excerpt.  The excerpt
is lines 105-135 (1-based, inclusive, whole lines, newline kept) of
shared/texts/communique/cm_zhoukou_2023.txt, sliced by code from the source bytes, never
retyped: 五、交通和邮电 without its heading (freight and passengers, the port, table 6,
vehicles, post and telecoms), 六、国内贸易和对外经济 (retail sales, trade), 七、财政和金融
(public finance, deposits and loans) and the first paragraph of 八、教育和科学技术 (schools).
It does not overlap cm_zhoukou_2023 (lines 1-72 of the same source).  Facts and negatives are
written by hand from the text, sentence by sentence and cell by cell; values are computed
from the span's own number, scale and unit (prose) or from the row's 单位 cell (table 6);
offsets come from unique context strings (corpora/annotate.py).

    python corpora/annotations/cm_zhoukou_2023_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

import functools
from annotate import CORPORA, P, TEXTS, excerpt_gold, quantity_fact

DOC_ID = "cm_zhoukou_2023_b"
PLACE = "周口市"                          # czfacts/data/places.toml (河南省 › 周口市)
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "communique") / "cm_zhoukou_2023.txt"
FIRST, LAST = 105, 135                   # 1-based, inclusive, whole lines
TITLE = "2023年周口市国民经济和社会发展统计公报"
SUBJ_ALTS = ["河南省周口市", "周口", "全市"]
REF = "2024-04-29"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="全年全市货物运输总量2.92亿吨",
                 ends="毕业生21.07万人，教职工5.38万人。")
text = g.text

# ---- periods (communiqué of calendar 2023, issued 2024-04-29) --------------------------------
FY = P("全年", "2023-01-01", "2023-12-31")
YE = P("年末", "2023-12-31", "2023-12-31")
YEAR_OF_YE = P("年末", "2023-01-01", "2023-12-31")
Y2023 = P("2023年", "2023-01-01", "2023-12-31")
T6 = P("2023年", "2023-01-01", "2023-12-31")            # caption of table 6
NOW = P("目前", REF, REF)                                # SPEC §4: 目前 → the reference date
FLOW = dict(period=FY)                                   # under an explicit 全年
STOCK_YE = dict(period=YE)                               # stock under an explicit 年末
CHANGE_YE = dict(period=YE, period_alts=[YEAR_OF_YE])    # change of a 年末 stock
STOCK_FY = dict(period=P("全年", "2023-12-31", "2023-12-31"), period_alts=[FY])
FLOW_AFTER_YE = dict(period=FY, period_alts=[YE])
STOCK_NOW = dict(period=NOW, period_alts=[P("目前", None, REF), YE])

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "section number of the communiqué (六、 …), a list marker"
TABLE_NOTE = "table number (表{}), a label, not a fact"
UNIT_CELL_NOTE = ("unit cell of the row (单位 column: the scale and unit of the row's 绝对数 "
                  "cell), a label, not a fact")
GEN_NOTE = ("technology generation label 5G (mobile network generation), part of the metric "
            "name, not a quantity (as cm_qiandongnan_2023_c)")
CHANGE_YE_NOTE = ("change of a 年末 stock against 上年(末)/年初: the instant 2023-12-31; the year "
                  "over which it changed in period_alts")
STOCK_FY_NOTE = ("stock under the paragraph's 全年: instant at its end (2023-12-31); the literal "
                 "inheritance (the year) in period_alts (as cm_zhoukou_2023 就业总量)")
NOW_NOTE = ("目前 ('at present') governs the rest of the line: a stock as of the reference date "
            "2024-04-29 (SPEC §4), alts null..2024-04-29 and the communiqué's year end")

# surface unit (after the scale) → (canonical unit, factor)
SURFACE = {"元": ("CNY", "1"), "%": ("%", "1"), "个百分点": ("pp", "1"), "吨": ("t", "1"),
           "吨公里": ("tkm", "1"), "人公里": ("pkm", "1")}
CLASSIFIERS = {"人", "人次", "标箱", "条", "个", "家", "艘", "辆", "件", "户", "所"}


q = functools.partial(quantity_fact, g, surfaces=SURFACE, classifiers=CLASSIFIERS, subject=PLACE,
                      subject_alts=SUBJ_ALTS)


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


# ==== line 105: freight and passengers (全年), 高铁 (2023年) ===================================
FREIGHT = ["货运量", "货物运输量", "全市货物运输总量"]
q("货物运输总量2.92亿吨", "2.92亿吨", "amount", "货物运输总量", metric_alts=FREIGHT, **FLOW,
  note="全年 at the head of the line governs it; 亿吨 → t ×1e8")
q("2.92亿吨，比上年增长6.6%", "6.6%", "growth", "货物运输总量", metric_alts=FREIGHT, **FLOW)
FTURN = ["货物周转量", "货运周转量"]
q("货物运输周转量962.97亿吨公里", "962.97亿吨公里", "amount", "货物运输周转量",
  metric_alts=FTURN, **FLOW, note="亿吨公里 → tkm ×1e8 (SPEC §3)")
q("962.97亿吨公里，比上年下降15.4%", "15.4%", "growth", "货物运输周转量", neg=True,
  metric_alts=FTURN, **FLOW, note="下降 → negative value")
PASS = ["客运量", "旅客运输量", "旅客运输人数"]
q("旅客运输总量4448.38万人", "4448.38万人", "count", "旅客运输总量", metric_alts=PASS, **FLOW)
q("4448.38万人，比上年增长110.6%", "110.6%", "growth", "旅客运输总量", metric_alts=PASS,
  **FLOW)
PTURN = ["旅客周转量", "客运周转量"]
q("旅客运输周转量36.73亿人公里", "36.73亿人公里", "amount", "旅客运输周转量",
  metric_alts=PTURN, **FLOW, note="亿人公里 → pkm ×1e8 (SPEC §3)")
q("36.73亿人公里，比上年增长67.4%", "67.4%", "growth", "旅客运输周转量", metric_alts=PTURN,
  **FLOW)
g.neg("2023年周口市境内高铁", "2023年", PERIOD_NOTE)
q("高铁发送旅客516.2万人次", "516.2万人次", "count", "高铁发送旅客",
  metric_alts=["境内高铁发送旅客", "高铁发送旅客人次", "高铁旅客发送量", "高铁发送旅客量"],
  subject_alts=SUBJ_ALTS + ["周口市境内", "周口市境内高铁"], period=Y2023,
  note="人次 is a classifier (SPEC §3); 周口市境内 (within the city) → the city")

# ==== line 106: port (2023年), shipping (目前), channel class =================================
g.neg("2023年全市港口", "2023年", PERIOD_NOTE)
PORT = ["港口吞吐量", "货物吞吐量", "全市港口货物吞吐量"]
q("港口货物吞吐量4081万吨", "4081万吨", "amount", "港口货物吞吐量", metric_alts=PORT,
  period=Y2023)
q("4081万吨，同比增长23.5%", "23.5%", "growth", "港口货物吞吐量", metric_alts=PORT,
  period=Y2023)
q("占全省的87.1%", "87.1%", "share", "港口货物吞吐量占全省比重",
  metric_alts=["港口货物吞吐量占全省的比重", "占全省的比重", "占全省比重", "港口货物吞吐量占比",
               "港口货物吞吐量占全省"], period=Y2023,
  note="the city's share of the province's port throughput")
BOX = ["集装箱吞吐量数", "港口集装箱吞吐量"]
q("集装箱吞吐量10.54万标箱", "10.54万标箱", "count", "集装箱吞吐量", metric_alts=BOX,
  period=Y2023, note="标箱 (TEU) → count, classifier 标箱 (as nw_cctv_20251002 and the other "
                     "golds)")
q("10.54万标箱，增长163%", "163%", "growth", "集装箱吞吐量", metric_alts=BOX, period=Y2023)
q("国内集装箱航线14条", "14条", "count", "国内集装箱航线",
  metric_alts=["累计开通国内集装箱航线", "国内集装箱航线数量", "开通国内集装箱航线"],
  **STOCK_NOW, note="已累计开通: a stock; " + NOW_NOTE)
q("国际集装箱航线10条", "10条", "count", "国际集装箱航线",
  metric_alts=["累计开通国际集装箱航线", "国际集装箱航线数量", "开通国际集装箱航线"], **STOCK_NOW)
q("规模性港口8个", "8个", "count", "规模性港口",
  metric_alts=["已建成规模性港口", "规模性港口数量", "港口"], **STOCK_NOW)
q("泊位91个", "91个", "count", "泊位",
  metric_alts=["港口泊位", "已建成泊位", "泊位数量", "规模性港口泊位"], **STOCK_NOW)
q("航运企业20家", "20家", "count", "航运企业",
  metric_alts=["拥有航运企业", "航运企业数量"], **STOCK_NOW)
q("从业人员2.5万人", "2.5万人", "count", "航运企业从业人员",
  metric_alts=["从业人员", "航运从业人员", "从业人员数", "航运企业从业人员数"], **STOCK_NOW,
  note="the staff of the shipping firms just named: head restored, the bare noun as alt")
q("货运船舶1389艘", "1389艘", "count", "货运船舶",
  metric_alts=["货运船舶数量", "船舶", "航运企业货运船舶"], **STOCK_NOW)
q("总载重吨位151万吨", "151万吨", "amount", "货运船舶总载重吨位",
  metric_alts=["总载重吨位", "载重吨位", "船舶总载重吨位", "货运船舶载重吨位"], bound="ge",
  **STOCK_NOW, note="以上 → ge (outside the span)")
g.neg("达到四级内河航道标准", "四级", "waterway class label (四级内河航道, grade IV), part of the "
      "standard's name, not a quantity (as the road grades in cm_qiandongnan_2023_c)")
g.neg("具备常年单船2000吨级", "单船", "单船 'a single vessel' (the class of ship that can pass), "
      "not a count fact; its tonnage 2000吨 is the fact (as 单报 in cm_qiandongnan_2023)")
HARBOUR = dict(subject="沙颍河周口中心港",
               subject_alts=["周口中心港", "沙颍河", "沙颍河航道", PLACE] + SUBJ_ALTS)
q("单船2000吨级", "2000吨", "amount", "单船通行吨级",
  metric_alts=["常年单船通行吨级", "单船吨级", "通行能力", "单船通行能力", "船舶吨级", "吨级"],
  **HARBOUR, **STOCK_NOW,
  note="ship class 2000吨级 = a single vessel of 2,000 t can pass all year: a technical "
       "magnitude (README §2), span without 级 (as nw_cctv_20190906 40万吨级); the port of the "
       "sentence owns it; 目前 of the line governs")
q("拖船10000吨级", "10000吨", "amount", "拖船通行吨级",
  metric_alts=["常年拖船通行吨级", "拖船吨级", "通行能力", "拖船通行能力", "船队吨级", "吨级"],
  **HARBOUR, **STOCK_NOW, note="push-tow convoy class 10000吨级, as 2000吨级")

# ==== lines 107-124: table 6 (transport, 单位 column, 绝对数, 增长%) ===========================
g.neg("表6 2023年", "6", TABLE_NOTE.format(6))
g.neg("表6 2023年", "2023年", PERIOD_NOTE + " (table caption: the year of every cell)")
T6_NOTE = ("table cell: the row's 单位 cell gives the unit and scale of its 绝对数 cell (亿吨 → t "
           "×1e8, 亿吨公里 → tkm ×1e8, 万人 → count ×1e4, 亿人公里 → pkm ×1e8); 增长% → growth "
           "yoy (the sign is the cell's own); span = the bare number; period = the caption's "
           "2023年; metric = the row label, #铁路/水运/公路 + the parent's indicator")
GROUPS = {  # parent row → (metric, alts, sub-metric suffix, sub alts suffixes)
    "货物运输总量": (FREIGHT, "货物运输总量", ["货运量", "货物运输量"]),
    "货物运输周转量": (FTURN, "货物运输周转量", ["货物周转量", "货运周转量"]),
    "旅客运输总量": (PASS, "旅客运输总量", ["客运量", "旅客运输量"]),
    "旅客运输周转量": (PTURN, "旅客运输周转量", ["旅客周转量", "客运周转量"]),
}
MODES = {"#铁路": "铁路", "水运": "水运", "公路": "公路"}
rows = text.split("\n")
start = rows.index("指标\t单位\t绝对数\t增长%")
parent = None
first = True
for r in rows[start + 1:start + 17]:
    label, unit_cell, _, _ = r.split("\t")
    ctx, unit_t, _ = cell(r, 1)
    g.neg(ctx, unit_t, UNIT_CELL_NOTE)
    if label in GROUPS:
        parent = label
        alts, metric, _ = GROUPS[label][0], label, None
    else:
        mode = MODES[label]
        _, base, subs = GROUPS[parent]
        metric = f"{mode}{base}"
        alts = [f"{mode}{s}" for s in subs] + [mode]
        if mode == "水运":
            alts += [f"水路{base}"] + [f"水路{s}" for s in subs]
    kind = "count" if unit_cell == "万人" else "amount"
    ctx, amount, na = cell(r, 2)
    q(ctx, amount, kind, metric, metric_alts=alts, unit_text=unit_cell, period=T6, nth=na,
      note=T6_NOTE if first else None)
    ctx, growth, ng = cell(r, 3)
    q(ctx, growth, "growth", metric, metric_alts=alts, unit_text="%", period=T6, nth=ng)
    first = False

# ==== line 125: vehicles (年末) ================================================================
CAR = ["民用汽车", "汽车保有量", "民用汽车拥有量"]
q("民用汽车保有量130.28万辆", "130.28万辆", "count", "民用汽车保有量", metric_alts=CAR,
  **STOCK_YE)
q("130.28万辆，比上年末增长2.9%", "2.9%", "growth", "民用汽车保有量", metric_alts=CAR,
  **CHANGE_YE, note=CHANGE_YE_NOTE)
PCAR = ["私人汽车", "私人汽车拥有量"]
q("私人汽车118.34万辆", "118.34万辆", "count", "私人汽车保有量", metric_alts=PCAR, **STOCK_YE,
  note="其中 of 民用汽车: 保有量 restored")
q("118.34万辆，增长1.0%", "1.0%", "growth", "私人汽车保有量", metric_alts=PCAR, **CHANGE_YE)
SEDAN = ["民用轿车", "轿车保有量", "民用轿车拥有量"]
q("民用轿车保有量59.29万辆", "59.29万辆", "count", "民用轿车保有量", metric_alts=SEDAN,
  **STOCK_YE, note="年末 of the line governs its second sentence")
q("59.29万辆，下降3.9%", "3.9%", "growth", "民用轿车保有量", neg=True, metric_alts=SEDAN,
  **CHANGE_YE)
PSEDAN = ["私人轿车", "私人轿车拥有量"]
q("私人轿车57.94万辆", "57.94万辆", "count", "私人轿车保有量", metric_alts=PSEDAN, **STOCK_YE)
q("57.94万辆，下降3.7%", "3.7%", "growth", "私人轿车保有量", neg=True, metric_alts=PSEDAN,
  **CHANGE_YE)

# ==== line 126: post and telecoms (全年 … 年末 … 全年) ========================================
POST = ["邮政业务总量", "邮政行业业务量"]
q("邮政行业业务总量33.34亿元", "33.34亿元", "amount", "邮政行业业务总量", metric_alts=POST,
  **FLOW)
q("33.34亿元，增长30.1%", "30.1%", "growth", "邮政行业业务总量", metric_alts=POST, **FLOW)
EXP = ["快递业务量", "快递件数"]
q("快递业务总量2.24亿件", "2.24亿件", "count", "快递业务总量", metric_alts=EXP, **FLOW,
  note="其中 of 邮政行业; 件 is the measure word → count")
q("2.24亿件，增长59.4%", "59.4%", "growth", "快递业务总量", metric_alts=EXP, **FLOW)
TEL = ["电信业务量"]
q("电信业务总量70.79亿元", "70.79亿元", "amount", "电信业务总量", metric_alts=TEL, **FLOW)
q("70.79亿元，增长18.7%", "18.7%", "growth", "电信业务总量", metric_alts=TEL, **FLOW)
q("固定电话用户19.35万户", "19.35万户", "count", "本地固定电话用户",
  metric_alts=["固定电话用户", "本地固定电话用户数", "固定电话用户数"], **STOCK_YE)
q("移动电话用户811.9万户", "811.9万户", "count", "移动电话用户",
  metric_alts=["移动电话用户数"], **STOCK_YE)
q("互联网用户361.2万户", "361.2万户", "count", "互联网用户",
  metric_alts=["互联网用户数"], **STOCK_YE)
g.neg("新开通5G基站", "5G", GEN_NOTE)
q("5G基站2298个", "2298个", "count", "新开通5G基站",
  metric_alts=["5G基站", "5G基站增量", "新开通5G基站数量", "5G基站数量增量"], **FLOW,
  note="base stations opened in the year (新开通): a count of new ones, 增量 alts (README §3)")
g.neg("全市5G移动电话", "5G", GEN_NOTE)
q("用户总数达到426.3万户", "426.3万户", "count", "5G移动电话用户总数",
  metric_alts=["5G移动电话用户", "5G用户", "5G移动电话用户数"], **STOCK_FY,
  note="总数达到 → a stock (eq); " + STOCK_FY_NOTE)

# ==== line 127: section heading ===============================================================
g.neg("六、国内贸易和对外经济", "六、", MARKER_NOTE)

# ==== line 128: retail sales (全年) ============================================================
RS = ["社会消费品零售额", "社零总额", "全市社会消费品零售总额"]
q("社会消费品零售总额1954.60亿元", "1954.60亿元", "amount", "社会消费品零售总额",
  metric_alts=RS, **FLOW)
q("1954.60亿元，同比增长6.4%", "6.4%", "growth", "社会消费品零售总额", metric_alts=RS, **FLOW)
for ctx_l, amt, ctx_g, pct, metric, alts in [
        ("城镇消费品零售额1615.23亿元", "1615.23亿元", "1615.23亿元，增长6.3%", "6.3%",
         "城镇消费品零售额", ["城镇"]),
        ("城区消费品零售额861.74亿元", "861.74亿元", "861.74亿元，增长5.8%", "5.8%",
         "城区消费品零售额", ["城区"]),
        ("乡村消费品零售额339.37亿元", "339.37亿元", "339.37亿元，增长6.7%", "6.7%",
         "乡村消费品零售额", ["乡村"]),
        ("批发业零售额273.45亿元", "273.45亿元", "273.45亿元，增长6.0%", "6.0%",
         "批发业零售额", ["批发业"]),
        ("零售业零售额1247.37亿元", "1247.37亿元", "1247.37亿元，增长6.2%", "6.2%",
         "零售业零售额", ["零售业"]),
        ("住宿业零售额23.61亿元", "23.61亿元", "23.61亿元，增长7.3%", "7.3%",
         "住宿业零售额", ["住宿业"]),
        ("餐饮业零售额410.17亿元", "410.17亿元", "410.17亿元，增长7.0%", "7.0%",
         "餐饮业零售额", ["餐饮业", "餐饮收入"])]:
    note = {"城镇消费品零售额": "按销售单位所在地分 (by location of the seller)",
            "城区消费品零售额": "其中 of 城镇消费品零售额",
            "批发业零售额": "按行业分 (by trade)"}.get(metric)
    q(ctx_l, amt, "amount", metric, metric_alts=alts, **FLOW, note=note)
    q(ctx_g, pct, "growth", metric, metric_alts=alts, **FLOW)

# ==== line 129: retail sales of units above the quota (全年) ==================================
ABOVE = ["限额以上消费品零售额", "限上单位消费品零售额", "限额以上单位零售额"]
q("限额以上单位消费品零售额332.58亿元", "332.58亿元", "amount", "限额以上单位消费品零售额",
  metric_alts=ABOVE, **FLOW, note="限额以上 is a size threshold without a numeral: in the metric")
q("332.58亿元，同比增长6.3%", "6.3%", "growth", "限额以上单位消费品零售额", metric_alts=ABOVE,
  **FLOW)


def cat(ctx, pct, name, note=None):
    """a category of 限额以上单位 retail sales: the elided head 零售额 restored (README §3)."""
    q(ctx, pct, "growth", f"限额以上单位{name}零售额",
      metric_alts=[f"{name}零售额", name, f"限额以上{name}零售额", f"限额以上单位{name}",
                   f"{name}商品零售额"], **FLOW, note=note)


cat("分别增长39.2%", "39.2%", "烟酒类",
    note="分别: 烟酒类 ↔ 39.2%, 粮油食品类 ↔ 6.6%; 零售额 shared")
cat("39.2%、6.6%", "6.6%", "粮油食品类")
cat("分别增长2.4%", "2.4%", "家用电器和音像器材类",
    note="分别: 家用电器和音像器材类 ↔ 2.4%, 体育娱乐用品类 ↔ 3.7%, 书报杂志类 ↔ 7.1%; the "
         "head 零售额 is elided and restored (README §3)")
cat("2.4%、3.7%", "3.7%", "体育娱乐用品类")
cat("3.7%和7.1%", "7.1%", "书报杂志类")
q("商品零售额增长34.2%", "34.2%", "growth", "限额以上单位石油及制品类商品零售额",
  metric_alts=["石油及制品类商品零售额", "石油及制品类零售额", "石油及制品类",
               "限额以上单位石油及制品类零售额"], **FLOW)
q("新能源汽车零售额增长49.6%", "49.6%", "growth", "限额以上单位新能源汽车零售额",
  metric_alts=["新能源汽车零售额", "新能源汽车", "限额以上新能源汽车零售额"], **FLOW)

# ==== line 130: trade (全年) ===================================================================
TRADE = ["进出口总值", "货物进出口总额", "进出口总额", "外贸进出口总值"]
q("货物进出口总值109.26亿元", "109.26亿元", "amount", "货物进出口总值", metric_alts=TRADE,
  **FLOW)
q("109.26亿元，比上年增长9%", "9%", "growth", "货物进出口总值", metric_alts=TRADE, **FLOW)
q("出口64.6亿元", "64.6亿元", "amount", "出口", metric_alts=["出口总值", "货物出口", "出口额"],
  **FLOW, note="其中 of 货物进出口总值")
q("64.6亿元，下降23.2%", "23.2%", "growth", "出口", neg=True,
  metric_alts=["出口总值", "货物出口", "出口额"], **FLOW)
q("进口44.66亿元", "44.66亿元", "amount", "进口", metric_alts=["进口总值", "货物进口", "进口额"],
  **FLOW)
q("44.66亿元，增长177.4%", "177.4%", "growth", "进口",
  metric_alts=["进口总值", "货物进口", "进口额"], **FLOW)

# ==== line 131: section heading ===============================================================
g.neg("七、财政和金融", "七、", MARKER_NOTE)

# ==== line 132: public finance (全年) ==========================================================
for ctx_l, amt, ctx_g, pct, metric, alts, note in [
        ("地方财政总收入306.05亿元", "306.05亿元", "306.05亿元，同比增长18.1%", "18.1%",
         "地方财政总收入", ["财政总收入", "全市地方财政总收入"], None),
        ("一般公共预算收入202.27亿元", "202.27亿元", "202.27亿元，增长12.3%", "12.3%",
         "一般公共预算收入", ["地方一般公共预算收入", "公共预算收入"], None),
        ("税收收入136.35亿元", "136.35亿元", "136.35亿元，增长15.6%", "15.6%",
         "税收收入", ["税收"], "其中 of 一般公共预算收入"),
        ("一般公共预算支出731.49亿元", "731.49亿元", "731.49亿元，增长5.9%", "5.9%",
         "一般公共预算支出", ["地方一般公共预算支出", "公共预算支出"], None)]:
    q(ctx_l, amt, "amount", metric, metric_alts=alts, **FLOW, note=note)
    q(ctx_g, pct, "growth", metric, metric_alts=alts, **FLOW)

# ==== line 133: deposits and loans (年末) ======================================================
DEP = ["各项存款余额", "存款余额", "本外币各项存款余额", "金融机构各项存款余额"]
q("各项存款余额5625.03亿元", "5625.03亿元", "amount", "金融机构本外币各项存款余额",
  metric_alts=DEP, **STOCK_YE, note="余额 at 年末: a stock, instant 2023-12-31")
q("比年初增加586.96亿元", "586.96亿元", "amount", "金融机构本外币各项存款余额增量",
  metric_alts=[f"{m}增量" for m in DEP] + ["金融机构本外币各项存款余额", "存款余额增加"],
  **CHANGE_YE, note="absolute change of a level (SPEC §2): metric + 增量, signed (增加 → +), "
                    "comparison null; " + CHANGE_YE_NOTE + " (as cm_luoyang_2023_b)")
HH = ["住户存款", "住户存款余额数"]
q("住户存款余额4870.84亿元", "4870.84亿元", "amount", "住户存款余额", metric_alts=HH,
  **STOCK_YE, note="其中 of the deposits")
q("比年初增加585.66亿元", "585.66亿元", "amount", "住户存款余额增量",
  metric_alts=["住户存款增量", "住户存款余额", "住户存款增加"], **CHANGE_YE)
LOAN = ["各项贷款余额", "贷款余额", "本外币各项贷款余额", "金融机构各项贷款余额"]
q("各项贷款余额2578.80亿元", "2578.80亿元", "amount", "金融机构本外币各项贷款余额",
  metric_alts=LOAN, **STOCK_YE, note="年末 of the line governs its third sentence")
q("比年初增加345.32亿元", "345.32亿元", "amount", "金融机构本外币各项贷款余额增量",
  metric_alts=[f"{m}增量" for m in LOAN] + ["金融机构本外币各项贷款余额", "贷款余额增加"],
  **CHANGE_YE)

# ==== line 134: section heading ===============================================================
g.neg("八、教育和科学技术", "八、", MARKER_NOTE)

# ==== line 135: schools (全年 governs the line) ================================================
WORDS = {  # word in the text → (metric suffix, alts suffixes, period kw)
    "毕业生": ("毕业生", ["毕业生数", "毕业生人数"], FLOW),
    "在校生": ("在校生", ["在校生数", "在校学生", "在校学生数"], STOCK_FY),
    "招生": ("招生", ["招生数", "招生人数"], FLOW),
    "教职工": ("教职工", ["教职工数", "教职工人数"], STOCK_FY),
}
SCHOOL_NOTE = ("schools, students enrolled and staff are stocks: " + STOCK_FY_NOTE + "; "
               "graduates and intake are flows of the year (全年)")


def school(count_ctx, count_t, count_metric, count_alts, prefix, alias, items, note=None):
    """One school type: the count of schools, then 毕业生 / 在校生 / 招生 / 教职工 with the
    elided head restored (README §3)."""
    q(count_ctx, count_t, "count", count_metric,
      metric_alts=count_alts + [f"{count_metric}数量"], **STOCK_FY, note=note)
    for word, tgt in items:
        suffix, subs, per = WORDS[word]
        metric = f"{prefix}{suffix}"
        alts = [suffix] + subs + [f"{prefix}{s}" for s in subs] + \
               [f"{a}{s}" for a in alias for s in [suffix] + subs[:1]]
        alts = [a for a in dict.fromkeys(alts) if a != metric]
        q(f"{word}{tgt}", tgt, "count", metric, metric_alts=alts, **per)


school("各级各类学校4563所", "4563所", "各级各类学校", ["学校", "各级各类学校数"],
       "各级各类学校", [],
       [("毕业生", "55.6万人"), ("在校生", "211.74万人"), ("招生", "51.75万人"),
        ("教职工", "16.49万人")], note=SCHOOL_NOTE)
school("高等教育学校5所", "5所", "高等教育学校", ["高校", "高等学校", "普通高校"],
       "高等教育学校", ["高校", "高等学校", "高等教育"],
       [("毕业生", "2.49万人"), ("在校生", "10.64万人"), ("招生", "4.26万人"),
        ("教职工", "0.47万人")], note="其中 of 各级各类学校")
school("（含技工）37所", "37所", "中等职业教育学校",
       ["中等职业教育学校（含技工）", "中等职业教育学校(含技工)", "中职学校", "中等职业学校"],
       "中等职业教育学校", ["中等职业教育", "中职", "中职学校", "中等职业学校"],
       [("毕业生", "2.19万人"), ("在校生", "6.85万人"), ("招生", "2.27万人"),
        ("教职工", "0.48万人")])
school("普通高中学校70所", "70所", "普通高中学校", ["普通高中", "高中"],
       "普通高中", ["普通高中学校", "高中"],
       [("毕业生", "6.99万人"), ("在校生", "22.95万人"), ("招生", "7.88万人"),
        ("教职工", "2.07万人")])
school("初级中学461所", "461所", "初级中学", ["初中"],
       "初级中学", ["初中"],
       [("毕业生", "14.49万人"), ("在校生", "46.5万人"), ("招生", "15.55万人"),
        ("教职工", "4.55万人")])
school("普通小学学校1705所", "1705所", "普通小学学校", ["普通小学", "小学"],
       "普通小学", ["普通小学学校", "小学"],
       [("毕业生", "15.54万人"), ("在校生", "92.53万人"), ("招生", "13.8万人"),
        ("教职工", "5.8万人")])
school("幼儿园2275所", "2275所", "幼儿园", [],
       "幼儿园", ["在园幼儿"],
       [("毕业生", "13.85万人"), ("在校生", "31.69万人"), ("招生", "7.92万人"),
        ("教职工", "3.03万人")],
       note="幼儿园 在校生 = children in kindergarten (在园幼儿 alts)")
school("特殊教育（含随班就读）10所", "10所", "特殊教育学校",
       ["特殊教育（含随班就读）", "特殊教育(含随班就读)", "特殊教育", "特殊教育学校（含随班就读）"],
       "特殊教育", ["特殊教育学校", "特殊教育（含随班就读）"],
       [("在校生", "5820人"), ("招生", "707人"), ("教职工", "457人")],
       note="特殊教育 (含随班就读, incl. pupils in ordinary classes): the 10 are schools (所)")
school("民办学校1858所", "1858所", "民办学校", ["民办"],
       "民办学校", ["民办"],
       [("招生", "15.3万人"), ("在校生", "61.42万人"), ("毕业生", "21.07万人"),
        ("教职工", "5.38万人")], note="private schools (a cut across the types above)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/communique/cm_zhoukou_2023.txt "
    f"({len(text):,} characters with the final newline), sliced by code: 五、交通和邮电 from "
    "its first paragraph (the heading, line 104, is outside the run: freight and passengers, "
    "高铁, the port and shipping, table 6, vehicles, post and telecoms), 六、国内贸易和对外经济 "
    "(retail sales, 限额以上 categories, trade), 七、财政和金融 (public finance, deposits and "
    "loans) and the first paragraph of 八、教育和科学技术 (schools, graduates, students, intake, "
    "staff). It lies in the body of the communiqué, whose data year is 2023; it does not "
    "overlap cm_zhoukou_2023 (lines 1-72). Date: 2024-04-29, the issue date printed under the "
    "title (line 3 of the source, outside the run), as in the shared meta and cm_zhoukou_2023. "
    "Periods: 全年 / 2023年 = 2023-01-01..2023-12-31, 年末 = the instant 2023-12-31, 上年 = 2022 "
    "(comparison yoy); a period governs its line only. Stocks under 年末 (vehicles, phone and "
    "internet users, deposits and loans) are instants; their changes (比上年末增长, 比年初增加) "
    "the instant with the year as alt; stocks under 全年 (5G users 总数达到, schools, students "
    "enrolled, staff) the instant 2023-12-31 with the year as alt (as cm_zhoukou_2023 就业总量); "
    "目前 (line 106: routes, ports, berths, shipping firms, staff, ships, tonnage, the channel's "
    "ship classes) → the instant of the reference date 2024-04-29 (SPEC §4), alts "
    "null..2024-04-29 and 2023-12-31. Table 6: one fact per numeric cell, span = the bare "
    "number, unit and scale from the row's 单位 cell (亿吨, 亿吨公里, 万人, 亿人公里), growth "
    "from 增长% (yoy, the cell's sign); period = the caption's 2023年; metric = row label, the "
    "modes #铁路/水运/公路 + the parent indicator. Units: 吨公里 → tkm, 人公里 → pkm, 标箱 → "
    "count (classifier 标箱, as the other golds), 人次/件/户/辆/艘/条/所 classifiers; 2000吨级 / "
    "10000吨级 → t (ship classes, span without 级, subject 沙颍河周口中心港). 比年初增加 → "
    "amount …增量 (SPEC §2). Place: 周口市 (alts 河南省周口市, 周口, 全市). Negatives: the years "
    "2023年 (prose and caption), the table number 6, the unit cells of table 6, section numbers "
    "六、七、八、, the waterway class 四级, 单船 (a single vessel) and the generation label 5G. The title is outside the "
    "run (title_in_text=False). Known false alarm: the shared check_gold.py reads a table "
    "cell without the scale of its 单位 cell (亿吨, 亿吨公里, 万人, 亿人公里) and reports value "
    "mismatches for table 6 (as for cm_zhoukou_2023); czfacts check-gold passes.")

g.write(date=REF,
        source=f"shared/texts/communique/cm_zhoukou_2023.txt lines {FIRST}–{LAST} "
               "(周口市统计局, 2024年4月29日)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
