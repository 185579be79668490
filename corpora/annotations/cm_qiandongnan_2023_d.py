"""Gold annotations for cm_qiandongnan_2023_d (黔东南苗族侗族自治州2023年国民经济和社会发展统计公报,
fourth excerpt; the others: cm_qiandongnan_2023_b, lines 4-68, cm_qiandongnan_2023_c, lines
188-245, and cm_qiandongnan_2023, lines 263-300).

The excerpt corpora/cm_qiandongnan_2023_d.txt is lines 80-152 (1-based, inclusive, whole lines,
newline kept) of shared/texts/communique/cm_qiandongnan_2023.txt, sliced by code from the
source bytes, never retyped: in 三、工业和建筑业, the last four rows of table 5 (its caption and
header, lines 71-72, are outside the run), products with table 6, above-scale industrial
firms' revenue, profit and ratios, construction; 四、固定资产投资 (investment with tables 7 and
8); and the start of 五、市场、消费、物价和对外经济 (business entities with table 9, retail
sales, the paragraph that the PDF reflow cut across lines 151|152) (2,062 characters).
Facts and negatives are written by hand from the text, sentence by sentence and cell by cell;
values are computed from the span's own number, scale and unit (prose) or from the row's
单位 cell / the column header's unit (tables); offsets come from unique context strings
(corpora/annotate.py).

    python corpora/annotations/cm_qiandongnan_2023_d.py
    czfacts check-gold corpora
"""
import functools
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, TEXTS, excerpt_gold, quantity_fact  # noqa: E402

DOC_ID = "cm_qiandongnan_2023_d"
PLACE = "黔东南苗族侗族自治州"          # as cm_qiandongnan_2023 / _b / _c (czfacts/data/places.toml)
SUBJ_ALTS = ["贵州省黔东南苗族侗族自治州", "黔东南州", "黔东南", "全州"]
SRC = (TEXTS / "communique") / "cm_qiandongnan_2023.txt"
FIRST, LAST = 80, 152                    # 1-based, inclusive, whole lines
TITLE = "黔东南苗族侗族自治州2023年国民经济和社会发展统计公报"

g = excerpt_gold(SRC, FIRST, LAST, CORPORA, DOC_ID, place=PLACE,
                 starts="再生资源循环利用增加值\t%\t41.0",
                 ends="餐饮收入额79.79亿元，比上年增长10.5%。")
text = g.text
rows = text.split("\n")

# ---- periods (communiqué of calendar 2023, issued 2024-05-07) ------------------------------
FY = P("全年", "2023-01-01", "2023-12-31")
YE = P("年末", "2023-12-31", "2023-12-31")
YEAR_OF_YE = P("年末", "2023-01-01", "2023-12-31")
T_Y = P("2023年", "2023-01-01", "2023-12-31")              # captions of tables 5-9
T5 = dict(period=T_Y, period_alts=[P("2023年", None, None)])

FLOW = dict(period=FY)                                      # under an explicit 全年
STOCK_YE = dict(period=YE)                                  # stock under an explicit 年末
CHANGE_YE = dict(period=YE, period_alts=[YEAR_OF_YE])       # change of a 年末 stock
TAB = dict(period=T_Y)                                      # cell under its table's caption

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SECTION_NOTE = "section number of the communiqué, a list marker"
SECTOR_NOTE = "sector name (第一/二/三产业), an ordinal label, not a rank"
FOOTNOTE_NOTE = "footnote marker (the notes are at the end of the communiqué), not a fact"
TABLE_NOTE = "table number (表{}), a label, not a fact"
UNIT_CELL_NOTE = ("unit cell of the row (单位 column: the scale and unit of the row's 产量 cell), "
                  "a label, not a fact")
SET_NOTE = ("product name 十种有色金属 (the statistical aggregate of ten named non-ferrous "
            "metals): 十种 is part of the name, not a count fact")
GRADE_NOTE = ("qualification grade label ({}资质, construction firms' licence class) defining the "
              "firms counted: part of the metric, not a fact (as the road grades in "
              "cm_qiandongnan_2023_c)")
THRESHOLD_NOTE = ("threshold (500万元及以上) defining the set of projects whose investment is "
                  "measured: part of the metric (SPEC §2), not a fact (as cm_qiandongnan_2016_c)")
CHANGE_YE_NOTE = ("change of a 年末 stock against 上年(末): the instant 2023-12-31; the year over "
                  "which it changed in period_alts")
SPLIT_NOTE = ("the PDF reflow cut this paragraph across two lines (151|152, 比上年增|长4.9%); the "
              "pieces count as one paragraph (as in cm_qiandongnan_2023), so the 全年 of line 151 "
              "governs")

# surface unit (after the scale) → (canonical unit, factor)
SURFACE = {"元": ("CNY", "1"), "%": ("%", "1"), "个百分点": ("pp", "1"), "吨": ("t", "1"),
           "倍": ("times", "1"), "平方米": ("m2", "1"), "立方米": ("m3", "1"),
           "千伏安时": ("千伏安时", "1")}
CLASSIFIERS = {"个", "户", "块", "只", "台"}
QTY = re.compile(r"(-?\d+(?:\.\d+)?)([万亿]?)(.*)", re.S)


q = functools.partial(quantity_fact, g, surfaces=SURFACE, classifiers=CLASSIFIERS, subject=PLACE,
                      subject_alts=SUBJ_ALTS, pattern=QTY)


def cell(row, col):
    """(context, target, nth) of column ``col`` of a table row: the whole row with its line
    breaks as context (the first line of the run has no newline before it), nth counting
    earlier occurrences of the same string in it."""
    ctx = ("\n" if not text.startswith(row + "\n") else "") + row + "\n"
    assert text.count(ctx) == 1, ctx
    cells = row.split("\t")
    target = cells[col]
    pos = (1 if ctx.startswith("\n") else 0) + sum(len(c) + 1 for c in cells[:col])
    nth = sum(1 for k in range(pos) if ctx.startswith(target, k))
    return ctx, target, nth


def row_of(prefix, ncells=None):
    hits = [r for r in rows if r.startswith(prefix) and (ncells is None or
                                                         r.count("\t") == ncells - 1)]
    assert len(hits) == 1, (prefix, hits)
    return hits[0]


# ==== lines 80-83: the last rows of table 5 (growth of above-scale industries) ==============
T5_NOTE = ("table cell of table 5 (表5 2023年规模以上工业主要行业增加值增长速度, caption and header "
           "比上年增长 on lines 71-72, outside the run): the row's 单位 cell % → growth yoy, the "
           "sign is the cell's own; span = the bare number; period = the caption's 2023年 (the "
           "communiqué's year; null in period_alts, as a reader of the run alone sees no "
           "period); metric = the row label")
ROWS5 = [("再生资源循环利用增加值", ["再生资源循环利用", "再生资源循环材料增加值",
                             "规模以上再生资源循环利用增加值"]),
         ("特色食品增加值", ["特色食品", "规模以上特色食品增加值"]),
         ("木材加工及家具制造增加值", ["木材加工及家具制造", "规模以上木材加工及家具制造增加值"]),
         ("大健康医药增加值", ["大健康医药", "规模以上大健康医药增加值"])]
for i, (label, alts) in enumerate(ROWS5):
    r = row_of(label + "\t%\t")
    ctx, growth, ng = cell(r, 2)
    q(ctx, growth, "growth", label, metric_alts=alts, unit_text="%", **T5, nth=ng,
      note=T5_NOTE if i == 0 else None)

# ==== line 84: products (全年) ===================================================================
IC = ["集成电路", "集成电路产品产量"]
q("集成电路23787.46万块", "23787.46万块", "count", "集成电路产量", metric_alts=IC, **FLOW,
  note="output of the year (全年); 块 is the measure word → count ×1e4")
q("比上年增长1.7倍", "1.7倍", "ratio", "集成电路产量", metric_alts=IC, **FLOW,
  note="增长N倍 → kind ratio, unit times, value as written (as 增长4.4倍 in "
       "cm_qiandongnan_2023_b); ratio facts carry no comparison; table 6 gives the same change "
       "as 170.1 %")
g.neg("；十种有色金属", "十种", SET_NOTE)
NFM = ["十种有色金属", "有色金属产量"]
q("十种有色金属18.94万吨", "18.94万吨", "amount", "十种有色金属产量", metric_alts=NFM, **FLOW)
q("18.94万吨，增长67.3%", "67.3%", "growth", "十种有色金属产量", metric_alts=NFM, **FLOW)
BAT = ["铅酸蓄电池", "铅酸蓄电池产品产量"]
q("铅酸蓄电池11937340千伏安时", "11937340千伏安时", "amount", "铅酸蓄电池产量",
  metric_alts=BAT, **FLOW,
  note="千伏安时 (kVA·h) has no SPEC code: the surface unit is kept (SPEC §3: unknown units "
       "are kept, kind amount), value as written")
q("11937340千伏安时，增长14.0%", "14.0%", "growth", "铅酸蓄电池产量", metric_alts=BAT, **FLOW)

# ==== lines 85-107: table 6 (output of main industrial products) ==============================
g.neg("表6 2023年", "6", TABLE_NOTE.format(6))
g.neg("表6 2023年", "2023年", PERIOD_NOTE + " (table caption: the year of every cell)")
T6_NOTE = ("table cell: the row's 单位 cell gives the unit and scale of its 产量 cell (万吨 → t "
           "×1e4, 吨 → t, 万平方米 → m2 ×1e4, 台 → count, 千伏安时 kept as surface unit, 万块 → "
           "count ×1e4 块, 亿只 → count ×1e8 只, 万立方米 → m3 ×1e4); 比上年增长(%) → growth "
           "yoy (the sign is the cell's own); span = the bare number; period = the caption's "
           "2023年; metric = the row label + 产量")
GLUED_NOTE = ("the reflow glued the row label and its 单位 cell (纱吨 = 纱 | 吨, as in "
              "cm_zhoukou_2023 table 5): the unit 吨 is read from the end of the label cell")
ROWS6 = [  # (row label, unit as printed or None when glued to the label, metric, alts)
    ("饲料", "万吨", "饲料产量", ["饲料"]),
    ("辣椒制品", "万吨", "辣椒制品产量", ["辣椒制品"]),
    ("饮料", "万吨", "饮料产量", ["饮料"]),
    ("纱吨", None, "纱产量", ["纱"]),
    ("蚕丝吨", None, "蚕丝产量", ["蚕丝"]),
    ("人造板表面装饰板", "万平方米", "人造板表面装饰板产量", ["人造板表面装饰板"]),
    ("甲醛吨", None, "甲醛产量", ["甲醛"]),
    ("活性炭", "吨", "活性炭产量", ["活性炭"]),
    ("化学药品原药", "吨", "化学药品原药产量", ["化学药品原药"]),
    ("中药饮片", "吨", "中药饮片产量", ["中药饮片"]),
    ("中成药", "吨", "中成药产量", ["中成药"]),
    ("钢化玻璃", "万平方米", "钢化玻璃产量", ["钢化玻璃"]),
    ("瓷质砖", "万平方米", "瓷质砖产量", ["瓷质砖"]),
    ("陶质砖", "万平方米", "陶质砖产量", ["陶质砖"]),
    ("十种有色金属", "万吨", "十种有色金属产量", NFM),
    ("氧化铝", "万吨", "氧化铝产量", ["氧化铝"]),
    ("金属切削机床", "台", "金属切削机床产量", ["金属切削机床"]),
    ("铅酸蓄电池", "千伏安时", "铅酸蓄电池产量", BAT),
    ("集成电路", "万块", "集成电路产量", IC),
    ("电子元件", "亿只", "电子元件产量", ["电子元件"]),
    ("自来水生产量", "万立方米", "自来水生产量", ["自来水产量", "自来水"]),
]
for i, (label, unit_cell, metric, alts) in enumerate(ROWS6):
    if unit_cell is None:
        r = row_of(label + "\t", 3)
        ctx, amount, na = cell(r, 1)
        _, growth, ng = cell(r, 2)
        unit_text = "吨"
        assert label.endswith(unit_text)
        note = GLUED_NOTE
    else:
        r = row_of(f"{label}\t{unit_cell}\t", 4)
        ctx, unit_t, _ = cell(r, 1)
        if re.search(r"[万亿千]", unit_t):
            g.neg(ctx, unit_t, UNIT_CELL_NOTE)
        _, amount, na = cell(r, 2)
        _, growth, ng = cell(r, 3)
        unit_text = unit_cell
        note = T6_NOTE if i == 0 else None
    if label == "十种有色金属":
        g.neg(ctx, "十种", SET_NOTE + " (row label)")
    kind = "count" if unit_text[-1] in CLASSIFIERS else "amount"
    q(ctx, amount, kind, metric, metric_alts=alts, unit_text=unit_text, **TAB, nth=na,
      note=note)
    q(ctx, growth, "growth", metric, metric_alts=alts, unit_text="%", **TAB, nth=ng,
      note=("the same change as 增长1.7倍 of line 84, written as a percentage"
            if label == "集成电路" else None))

# ==== line 108: above-scale industrial firms (全年 … 年末) ====================================
REV = ["规模以上工业企业营业收入", "工业企业营业收入", "营业收入总额"]
q("营业收入361.14亿元", "361.14亿元", "amount", "营业收入", metric_alts=REV, **FLOW,
  note="of 规模以上工业企业 (README §4: the prefecture keeps the subject)")
q("361.14亿元，比上年下降0.5%", "0.5%", "growth", "营业收入", neg=True, metric_alts=REV,
  **FLOW, note="下降 → negative value")
PROFIT = ["规模以上工业企业利润总额", "工业企业利润总额", "利润"]
q("利润总额2.13亿元", "2.13亿元", "amount", "利润总额", metric_alts=PROFIT, **FLOW)
q("比上年增长32.2倍", "32.2倍", "ratio", "利润总额", metric_alts=PROFIT, **FLOW,
  note="增长N倍 → ratio, value as written; no comparison (as 增长4.4倍 in cm_qiandongnan_2023_b)")
MARGIN = ["规模以上工业企业营业收入利润率", "利润率", "营业收入利润率水平"]
q("营业收入利润率为0.59%", "0.59%", "share", "营业收入利润率", metric_alts=MARGIN, **FLOW,
  note="profit as a share of revenue over the year → share")
q("比上年提高0.57个百分点", "0.57个百分点", "change", "营业收入利润率", metric_alts=MARGIN,
  **FLOW, note="pp change of the share (README §3: the share's metric)")
g.neg("每百元营业收入", "百元", "per-100-yuan base inside the indicator name 每百元营业收入中的"
      "成本, not an amount (as nw_cctv_20170417_china_2017q1)")
COST = ["每百元营业收入成本", "每百元营业收入中成本", "规模以上工业企业每百元营业收入中的成本"]
q("成本为88.86元", "88.86元", "amount", "每百元营业收入中的成本", metric_alts=COST, **FLOW)
q("88.86元，比上年下降0.2%", "0.2%", "growth", "每百元营业收入中的成本", neg=True,
  metric_alts=COST, **FLOW)
LEV = ["规模以上工业企业资产负债率", "工业企业资产负债率"]
q("资产负债率为62.6%", "62.6%", "share", "资产负债率", metric_alts=LEV, **STOCK_YE,
  note="年末 → the ratio of a stock at the instant 2023-12-31 (a share)")
q("比上年下降2.5个百分点", "2.5个百分点", "change", "资产负债率", neg=True, metric_alts=LEV,
  **CHANGE_YE, note="下降 → negative pp change; " + CHANGE_YE_NOTE)

# ==== line 109: construction value added (全年) ================================================
CVA = ["全州建筑业增加值"]
q("建筑业增加值128.77亿元", "128.77亿元", "amount", "建筑业增加值", metric_alts=CVA, **FLOW)
q("128.77亿元，比上年增长4.6%", "4.6%", "growth", "建筑业增加值", metric_alts=CVA, **FLOW)

# ==== line 110: construction firms (年末) =======================================================
FIRM = "具有资质等级的总承包和专业承包建筑业企业"
FIRM_ALTS = ["建筑业企业", "资质等级建筑业企业", "总承包和专业承包建筑业企业",
             "具有资质等级的建筑业企业", "资质建筑业企业", f"{FIRM}数量"]
q("建筑业企业200个", "200个", "count", FIRM, metric_alts=FIRM_ALTS, **STOCK_YE)
q("比上年末增加15个", "15个", "count", f"{FIRM}增量",
  metric_alts=[f"{a}增量" for a in FIRM_ALTS[:5]] + [FIRM], **CHANGE_YE,
  note="absolute change of a level (SPEC §2): metric + 增量, signed (增加 → +); "
       + CHANGE_YE_NOTE)
g.neg("特级和一级资质", "一级", GRADE_NOTE.format("特级和一级"))
GRADES = [  # (level ctx, level, change ctx, change, sign, metric, alts)
    ("资质建筑业企业8个", "8个", "8个，增加1个", "1个", 1, "特级和一级资质建筑业企业",
     ["特级和一级资质企业", "特级和一级建筑业企业"]),
    ("二级资质企业78个", "78个", "78个，增加19个", "19个", 1, "二级资质企业",
     ["二级资质建筑业企业", "二级建筑业企业"]),
    ("其他资质企业114个", "114个", "114个，减少5个", "5个", -1, "三级资质企业及其他资质企业",
     ["三级资质企业", "三级及其他资质企业", "三级资质及其他资质建筑业企业"]),
]
for i, (lctx, level, cctx, change, sign, metric, alts) in enumerate(GRADES):
    if i == 1:
        g.neg("；二级资质企业", "二级", GRADE_NOTE.format("二级"))
    if i == 2:
        g.neg("；三级资质企业", "三级", GRADE_NOTE.format("三级"))
    q(lctx, level, "count", metric, metric_alts=alts + [f"{metric}数量"], **STOCK_YE,
      note="其中 of the 200 firms; 年末 stock" if i == 0 else None)
    q(cctx, change, "count", f"{metric}增量",
      metric_alts=[f"{a}增量" for a in alts] + [metric], neg=sign < 0, **CHANGE_YE,
      note=("增加1个: a count (the change), not the article 一个" if i == 0 else
            "减少 → negative value" if sign < 0 else None))

# ==== line 111: construction output (全年) =====================================================
COUT = ["建筑业总产值", "建筑业企业总产值", "具有资质等级的建筑业企业总产值"]
q("企业总产值增长3.5%", "3.5%", "growth", f"{FIRM}总产值", metric_alts=COUT, **FLOW)
q("国有控股企业产值增长13.9%", "13.9%", "growth", "国有及国有控股企业产值",
  metric_alts=["国有及国有控股建筑业企业产值", "国有及国有控股企业总产值", "国有及国有控股企业"],
  **FLOW, note="其中 of the construction firms' output")

# ==== line 112: section heading ================================================================
g.neg("四、固定资产投资", "四、", SECTION_NOTE)

# ==== line 113: fixed-asset investment (全年) ==================================================
g.neg("全年全州500万元及以上", "500万元", THRESHOLD_NOTE)
g.neg("投资 [4] 比上年", "[4]", FOOTNOTE_NOTE)
FAI = ["固定资产投资", "全州500万元及以上固定资产投资", "500万元以上固定资产投资"]
q("[4] 比上年增长1.2%", "1.2%", "growth", "500万元及以上固定资产投资", metric_alts=FAI,
  **FLOW, note="the threshold 500万元及以上 is part of the metric (SPEC §2)")
for ordinal, verb, pct, sign in (("第一产业", "下降", "22.8%", -1), ("第二产业", "增长", "10.7%", 1),
                                 ("第三产业", "增长", "0.2%", 1)):
    ctx = f"{ordinal}投资{verb}{pct}"
    g.neg(ctx, ordinal, SECTOR_NOTE)
    q(ctx, pct, "growth", f"{ordinal}投资", neg=sign < 0,
      metric_alts=[ordinal, f"{ordinal}固定资产投资"], **FLOW,
      note="其中 of the investment; 下降 → negative" if sign < 0 else None)
g.neg("三次产业投资占比", "三次产业", "term 三次产业 'the three sectors'; 三次 is not a count of "
      "times (as cm_qiandongnan_2016_b)")
SHARE_NOTE = ("三次产业投资占比为4.0：23.1：72.9: a ratio written with colons gives one share per "
              "part (SPEC §2), in sector order; unit % (the parts sum to 100), span = the bare "
              "number")
for i, (ordinal, ctx, tgt) in enumerate((("第一产业", "占比为4.0：", "4.0"),
                                         ("第二产业", "：23.1：", "23.1"),
                                         ("第三产业", "：72.9。", "72.9"))):
    g.fact(ctx, tgt, value=float(tgt), unit="%", kind="share", metric=f"{ordinal}投资占比",
           metric_alts=[f"{ordinal}投资比重", f"{ordinal}投资占固定资产投资比重",
                        f"{ordinal}投资占全部投资比重", "三次产业投资占比", f"{ordinal}占比",
                        f"{ordinal}投资占固定资产投资的比重"],
           subject=PLACE, subject_alts=SUBJ_ALTS, **FLOW, note=SHARE_NOTE if i == 0 else None)
q("工业投资增长10.7%", "10.7%", "growth", "工业投资", metric_alts=["工业固定资产投资"], **FLOW)
q("基础设施投资增长11.0%", "11.0%", "growth", "基础设施投资",
  metric_alts=["基础设施固定资产投资", "基建投资"], **FLOW)

# ==== lines 114-127: table 7 (investment growth by industry) ===================================
g.neg("表7 2023年", "7", TABLE_NOTE.format(7))
g.neg("表7 2023年", "2023年", PERIOD_NOTE + " (table caption: the year of every cell)")
T7_NOTE = ("table cell: the row's 单位 cell % and the header 比上年增长 → growth yoy (the sign is "
           "the cell's own); span = the bare number; period = the caption's 2023年; metric = row "
           "label + 投资 (the table's indicator, 500万元及以上固定资产投资)")
ROWS7 = ["#农林牧渔业", "采矿业", "制造业", "电力、热力、燃气及水生产和供应业", "交通运输、仓储和邮政业",
         "信息传输、软件和信息技术服务业", "租赁和商务服务业", "科学研究和技术服务业", "教育",
         "卫生和社会工作", "文化、体育和娱乐业"]
r = row_of("总计\t%\t")
ctx, growth, ng = cell(r, 2)
q(ctx, growth, "growth", "固定资产投资",
  metric_alts=["总计", "固定资产投资总计", "500万元及以上固定资产投资", "投资总计"], unit_text="%",
  **TAB, nth=ng, note=T7_NOTE)
for label in ROWS7:
    r = row_of(label + "\t%\t")
    ctx, growth, ng = cell(r, 2)
    name = label.lstrip("#")
    q(ctx, growth, "growth", f"{name}投资",
      metric_alts=[name, f"{name}固定资产投资", f"{name}500万元及以上固定资产投资"],
      unit_text="%", **TAB, nth=ng,
      note="# marks a 其中 row (its parent is the total)" if label.startswith("#") else None)

# ==== line 128: real estate (全年) =============================================================
RE_ = ["房地产开发投资额", "房地产投资", "全州房地产开发投资"]
q("房地产开发投资比上年下降8.3%", "8.3%", "growth", "房地产开发投资", neg=True,
  metric_alts=RE_, **FLOW)
for ctx, pct, sign, metric, alts in [
        ("住宅投资下降2.4%", "2.4%", -1, "住宅投资", ["住宅", "房地产开发住宅投资"]),
        ("办公楼投资增长22.4%", "22.4%", 1, "办公楼投资", ["办公楼", "房地产开发办公楼投资"]),
        ("商业营业用房投资下降54.8%", "54.8%", -1, "商业营业用房投资",
         ["商业营业用房", "房地产开发商业营业用房投资"]),
        ("其他投资下降4.3%", "4.3%", -1, "其他投资", ["房地产开发其他投资", "其他"])]:
    q(ctx, pct, "growth", metric, neg=sign < 0, metric_alts=alts, **FLOW,
      note="其中 of 房地产开发投资" if metric == "住宅投资" else None)
SALES = ["销售面积", "全州商品房销售面积"]
q("商品房销售面积212.58万平方米", "212.58万平方米", "amount", "商品房销售面积",
  metric_alts=SALES, **FLOW, note="万平方米 → m2 ×1e4")
q("212.58万平方米，比上年下降7.6%", "7.6%", "growth", "商品房销售面积", neg=True,
  metric_alts=SALES, **FLOW)

# ==== lines 129-140: table 8 (real estate growth rates) ========================================
g.neg("表8 2023年", "8", TABLE_NOTE.format(8))
g.neg("表8 2023年", "2023年", PERIOD_NOTE + " (table caption: the year of every cell)")
T8_NOTE = ("table cell: the row's 单位 cell % and the header 比上年增长 → growth yoy (the sign is "
           "the cell's own); span = the bare number; period = the caption's 2023年; metric = row "
           "label (#住宅 → 住宅 + the parent's indicator)")
ROWS8 = [  # (row as printed without the growth cell, metric, alts)
    ("投资额\t%\t-8.3", "房地产开发投资额", ["投资额", "房地产开发投资", "房地产投资"]),
    ("#住宅\t%\t-2.4", "住宅投资额", ["住宅投资", "住宅", "房地产开发住宅投资"]),
    ("房屋施工面积\t%\t-3.5", "房屋施工面积", ["施工面积", "房地产开发房屋施工面积"]),
    ("#住宅\t%\t-2.3", "住宅施工面积", ["住宅房屋施工面积", "住宅"]),
    ("房屋竣工面积\t%\t-14.3", "房屋竣工面积", ["竣工面积", "房地产开发房屋竣工面积"]),
    ("#住宅\t%\t-6.5", "住宅竣工面积", ["住宅房屋竣工面积", "住宅"]),
    ("商品房销售面积\t%\t-7.6", "商品房销售面积", ["销售面积"]),
    ("#住宅\t%\t-6.1", "住宅销售面积", ["商品住宅销售面积", "住宅商品房销售面积", "住宅"]),
    ("本年到位资金\t%\t-15.7", "本年到位资金", ["到位资金", "房地产开发本年到位资金"]),
    ("#自筹资金\t%\t-26.4", "自筹资金", ["本年到位资金中自筹资金", "自筹资金到位资金"]),
]
for i, (r, metric, alts) in enumerate(ROWS8):
    assert r in rows, r
    ctx, growth, ng = cell(r, 2)
    q(ctx, growth, "growth", metric, metric_alts=alts, unit_text="%", **TAB, nth=ng,
      note=T8_NOTE if i == 0 else ("本年 = 2023 (no numeral)" if metric == "本年到位资金"
                                   else None))

# ==== line 141: section heading ================================================================
g.neg("五、市场、消费", "五、", SECTION_NOTE)

# ==== line 142: business entities (年末) =======================================================
ENT = [  # (level ctx, level, growth ctx, growth, sign, metric, alts)
    ("各类经营主体397193户", "397193户", "397193户，比上年末增长0.2%", "0.2%", 1, "各类经营主体",
     ["登记各类经营主体", "经营主体", "市场主体", "各类经营主体数量", "登记经营主体"]),
    ("内资企业79338户", "79338户", "79338户，比上年末增长7.5%", "7.5%", 1, "内资企业",
     ["内资企业数量", "登记内资企业"]),
    ("外商投资企业297户", "297户", "297户，比上年末增长2.1%", "2.1%", 1, "外商投资企业",
     ["外商投资企业数量", "登记外商投资企业"]),
    ("私营企业69804户", "69804户", "69804户，比上年末增长7.3%", "7.3%", 1, "私营企业",
     ["私营企业数量", "登记私营企业"]),
    ("个体工商户308621户", "308621户", "308621户，比上年末下降1.5%", "1.5%", -1, "个体工商户",
     ["个体工商户数量", "登记个体工商户"]),
    ("农民专业合作社8647户", "8647户", "8647户，比上年末下降1.2%", "1.2%", -1, "农民专业合作社",
     ["农民专业合作社数量", "登记农民专业合作社"]),
]
for i, (lctx, level, gctx, pct, sign, metric, alts) in enumerate(ENT):
    q(lctx, level, "count", metric, metric_alts=alts, **STOCK_YE,
      note="registered entities at 年末: a stock (户 is a classifier)" if i == 0 else
      ("其中 of 各类经营主体" if i == 1 else None))
    q(gctx, pct, "growth", metric, neg=sign < 0, metric_alts=alts, **CHANGE_YE,
      note=CHANGE_YE_NOTE if i == 0 else None)

# ==== lines 143-150: table 9 (newly registered market entities) =================================
g.neg("表9 2023年", "9", TABLE_NOTE.format(9))
g.neg("表9 2023年", "2023年", PERIOD_NOTE + " (table caption: the year of every cell)")
T9_NOTE = ("table cell: 总量（户） → count (classifier 户), 比重（%） → share of the newly "
           "registered entities; span = the bare number; period = the caption's 2023年 (the "
           "registrations of the year, a flow); metric = 新登记 + row label")
ROWS9 = [("新登记市场主体总量", "新登记市场主体总量", ["新登记市场主体", "新登记市场主体数量"]),
         ("#内资企业", "新登记内资企业", ["内资企业", "新登记内资企业数量"]),
         ("外商投资企业", "新登记外商投资企业", ["外商投资企业", "新登记外商投资企业数量"]),
         ("私营企业", "新登记私营企业", ["私营企业", "新登记私营企业数量"]),
         ("个体工商户", "新登记个体工商户", ["个体工商户", "新登记个体工商户数量"]),
         ("农民专业合作社", "新登记农民专业合作社", ["农民专业合作社", "新登记农民专业合作社数量"])]
start = rows.index("指标名称\t总量（户）\t比重（%）")
for i, (label, metric, alts) in enumerate(ROWS9):
    r = rows[start + 1 + i]
    assert r.startswith(label + "\t"), (label, r)
    ctx, level, nl = cell(r, 1)
    _, share, ns = cell(r, 2)
    q(ctx, level, "count", metric, metric_alts=alts, unit_text="户", **TAB, nth=nl,
      note=T9_NOTE if i == 0 else None)
    name = label.lstrip("#")
    smetric = "新登记市场主体比重" if i == 0 else f"{metric}比重"
    salts = (["新登记市场主体总量比重"] if i == 0 else
             [f"{name}比重", f"{name}占新登记市场主体比重", f"{metric}占比",
              f"{name}占新登记市场主体总量比重"])
    q(ctx, share, "share", smetric, metric_alts=salts, unit_text="%", **TAB, nth=ns,
      note=("the whole (100.0 %) is a cell like the others" if i == 0 else
            "0.0 as printed (12 of 57802 rounds to 0.0 %)" if share == "0.0" else None))

# ==== lines 151-152: retail sales (全年; one paragraph cut by the reflow) =====================
g.neg("零售总额[5]", "[5]", FOOTNOTE_NOTE)
RS = ["社会消费品零售额", "社零总额", "全州社会消费品零售总额"]
q("[5]658.36亿元", "658.36亿元", "amount", "社会消费品零售总额", metric_alts=RS, **FLOW,
  note="the footnote marker [5] between metric and number is a negative")
q("长4.9%。", "4.9%", "growth", "社会消费品零售总额", metric_alts=RS, **FLOW,
  note=SPLIT_NOTE + "; the growth word 增长 itself is cut (增|长)")
for lctx, amt, gctx, pct, metric, alts, note in [
        ("城镇消费品零售额497.06亿元", "497.06亿元", "497.06亿元，比上年增长4.0%", "4.0%",
         "城镇消费品零售额", ["城镇"], "按经营地统计 (by location); " + SPLIT_NOTE),
        ("乡村消费品零售额161.30亿元", "161.30亿元", "161.30亿元，比上年增长8.0%", "8.0%",
         "乡村消费品零售额", ["乡村"], None),
        ("商品零售额578.57亿元", "578.57亿元", "578.57亿元，比上年增长4.2%", "4.2%",
         "商品零售额", ["商品零售"], "按消费类型统计 (by type of consumption)"),
        ("餐饮收入额79.79亿元", "79.79亿元", "79.79亿元，比上年增长10.5%", "10.5%",
         "餐饮收入额", ["餐饮收入", "餐饮业收入"], None)]:
    q(lctx, amt, "amount", metric, metric_alts=alts, **FLOW, note=note)
    q(gctx, pct, "growth", metric, metric_alts=alts, **FLOW)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/communique/cm_qiandongnan_2023.txt "
    f"({len(text):,} characters with the final newline), sliced by code. The run starts inside "
    "三、工业和建筑业 with the last four rows of table 5 (its caption 表5 2023年规模以上工业主要"
    "行业增加值增长速度 and header, lines 71-72, are outside the run) and covers the products "
    "paragraph and table 6, above-scale industrial firms' revenue, profit and ratios, "
    "construction; 四、固定资产投资 (investment, tables 7 and 8, real estate); and the start of "
    "五、市场、消费、物价和对外经济 (business entities, table 9, retail sales), ending with line "
    "152, the second half of a paragraph that the PDF reflow cut at 比上年增|长. It lies in the "
    "body of the communiqué, whose data year is 2023; it does not overlap cm_qiandongnan_2023 "
    "(263-300), _b (4-68) or _c (188-245). Date: 2024-05-07, the issue date printed at the top "
    "of the source (line 2, under 黔东南州统计局), as the other excerpts chose it. Periods: 全年 "
    "/ 2023年 = 2023-01-01..2023-12-31, 年末 = the instant 2023-12-31, 上年 = 2022 (comparison "
    "yoy). Stocks under 年末 (资产负债率, construction firms, business entities) are instants; "
    "their changes (比上年末增加/增长, 比上年下降…个百分点) the instant with the year as alt. "
    "Table cells take the caption's 2023年 (tables 6-9); the four rows of table 5 take the "
    "communiqué's year 2023 from the caption outside the run, with null as alt. Lines 151|152 "
    "are one paragraph (its 全年 governs line 152). Tables: one fact per numeric cell, span = "
    "the bare number, unit and scale from the row's 单位 cell (tables 5-8: %, 万吨, 吨, 万平方米, "
    "台, 千伏安时, 万块, 亿只, 万立方米; three rows print the unit glued to the label: 纱吨, "
    "蚕丝吨, 甲醛吨) or the column header (table 9: 总量（户）, 比重（%）). 增长N倍 → ratio N "
    "times (1.7倍, 32.2倍; no comparison, as _b). 三次产业投资占比为4.0：23.1：72.9 → three "
    "shares (SPEC §2). 千伏安时 has no SPEC code → surface unit kept, kind amount. Place: "
    "黔东南苗族侗族自治州 (alts 贵州省黔东南苗族侗族自治州, 黔东南州, 黔东南, 全州); industries, "
    "firms and sectors keep the prefecture as subject. Negatives: section numbers 四、五、, "
    "footnote markers [4] [5], table numbers 6-9 and caption years, the unit cells with a scale "
    "(万吨, 万平方米, 千伏安时, 万块, 亿只, 万立方米), 十种 (十种有色金属), 百元 (每百元营业收入), "
    "the grades 一级/二级/三级 (资质), the threshold 500万元 (及以上), sector names 第一/第二/"
    "第三产业 and 三次产业. The title is outside the run (the source has no title line; it comes "
    "from the PDF file name), so title_in_text=False. Known false alarm: the shared "
    "check_gold.py reads a table cell without the scale of its 单位 cell (万吨, 万平方米, 万块, 亿只, "
    "万立方米) and reports value mismatches for table 6 (as for cm_qiandongnan_2023_b).")

g.write(date="2024-05-07",
        source=f"shared/texts/communique/cm_qiandongnan_2023.txt lines {FIRST}–{LAST} "
               "(黔东南州统计局, 2024年5月7日)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
