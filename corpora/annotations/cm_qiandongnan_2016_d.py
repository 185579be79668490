"""Gold annotations for cm_qiandongnan_2016_d: a fourth excerpt of 黔东南苗族侗族自治州2016年国民经济和
社会发展统计公报 (the others: cm_qiandongnan_2016_b, lines 6-75; cm_qiandongnan_2016_c, lines
124-174; cm_qiandongnan_2016, lines 184-195).

The excerpt corpora/cm_qiandongnan_2016_d.txt is lines 196-233 (1-based, inclusive, whole lines,
newline kept) of shared/texts/communique/cm_qiandongnan_2016.txt, sliced by code from the
source bytes, never retyped: the end of 十一、人口和人民生活 (table 10, durables per hundred
households), 十二、劳动就业与社会保障 (employment, table 11, social insurance, welfare),
十三、环境保护和安全生产 (agencies, reserves, emissions, accidents) and the communiqué's notes
注:1.-8. (2,024 characters).  The excerpt starts at a table caption, as the brief fixes it.

Facts and negatives are written by hand from the text, sentence by sentence and cell by cell;
values are computed from the span's own number, scale and unit (prose) or from the table's
unit (table 10: 单位：台; table 11: the row's 单位 cell and 构成（%）); offsets come from unique
context strings (corpora/annotate.py).

    python corpora/annotations/cm_qiandongnan_2016_d.py
    czfacts check-gold corpora
"""
import functools
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, TEXTS, excerpt_gold, quantity_fact  # noqa: E402

DOC_ID = "cm_qiandongnan_2016_d"
SRC = (TEXTS / "communique") / "cm_qiandongnan_2016.txt"
FIRST, LAST = 196, 233                    # 1-based, inclusive, whole lines
PLACE = "黔东南苗族侗族自治州"              # as cm_qiandongnan_2016 / _b / _c (czfacts/data/places.toml)
SUBJ_ALTS = ["贵州省黔东南苗族侗族自治州", "黔东南州", "黔东南", "全州"]
TITLE = "黔东南苗族侗族自治州2016年国民经济和社会发展统计公报"

g = excerpt_gold(SRC, FIRST, LAST, CORPORA, DOC_ID, place=PLACE,
                 starts="表10年末每百户城乡居民家庭拥有耐用品",
                 ends="因此无2016年同比口径增长速度。")
text = g.text

# ---- periods (communiqué of calendar 2016, issued 2017-03-16) ------------------------------
FY = P("全年", "2016-01-01", "2016-12-31")
FY_NULL = P("全年", None, None)
YE = P("年末", "2016-12-31", "2016-12-31")
YE16 = P("2016年末", "2016-12-31", "2016-12-31")
YE16_Y = P("2016年末", "2016-01-01", "2016-12-31")

FLOW = dict(period=FY)                                      # under an explicit 全年
DOCFLOW = dict(period=FY, period_alts=[FY_NULL])            # no period in the line / table
DOCSTOCK = dict(period=YE, period_alts=[FY, FY_NULL])       # stock, no period in the line
STOCK_YE = dict(period=YE)                                  # stock under an explicit 年末
STOCK_YE16 = dict(period=YE16)                              # stock under 2016年末
CHANGE_YE16 = dict(period=YE16, period_alts=[YE16_Y])       # change of a 2016年末 stock
FLOW_AFTER_YE = dict(period=FY, period_alts=[YE])           # flow written after 年末
FLOW_AFTER_YE16 = dict(period=FY, period_alts=[YE16])       # flow written after 2016年末
T10 = dict(period=YE, period_alts=[FY])                     # table 10: caption 年末

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SECTION_NOTE = "section number of the communiqué, a list marker"
SECTOR_NOTE = "sector name (第一/二/三产业), an ordinal label, not a rank"
TABLE_NOTE = "table number (表N), a label, not a fact"
NOTE_MARKER = "number of the communiqué's note (注:1. … 8.), a list marker"
UNIT_CELL_NOTE = ("unit cell of the row (单位 column: the scale and unit of the row's 绝对数 "
                  "cell), a label, not a fact")
DOCFLOW_NOTE = ("no period expression in the paragraph: the communiqué's year 2016 governs "
                "(SPEC §4); the null reading in period_alts")
DOCSTOCK_NOTE = ("stock with no period in the paragraph: instant at the end of the "
                 "communiqué's year (2016-12-31); the year and null in period_alts")
FLOW_AFTER_YE_NOTE = ("annual flow written after 年末 in the same paragraph: the communiqué's "
                      "year 2016 (as cm_qiandongnan_2023 / cm_luoyang_2023), the literal 年末 "
                      "instant in period_alts")
CHANGE_NOTE = ("change of a 2016年末 stock against 上年末: the instant 2016-12-31; the year over "
               "which it changed in period_alts")
THRESH_NOTE = ("threshold of a statistical scope in the notes (年主营业务收入…万元及以上, 计划"
               "总投资500万元及以上): it defines the set of units covered (SPEC §2), not a fact")
ESTIMATE_NOTE = ("note 6 of the communiqué (表11中三次产业从业人员人数及构成是预计数): the "
                 "employment by sector and its composition are estimates → modality forecast "
                 "(as 预计 estimates in nw_cctv_20120720_xizang_2012) — judgement call")

# surface unit (after the scale) → (canonical unit, factor)
SURFACE = {"元": ("CNY", "1"), "%": ("%", "1"), "公顷": ("m2", "1e4"),
           "平方公里": ("m2", "1e6"), "吨": ("t", "1"), "立方米": ("m3", "1")}
CLASSIFIERS = {"个", "人", "所", "张", "台", "起", "户"}
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


rows = text.split("\n")

# ==== lines 196-208: table 10 (durables per hundred households at year end, 单位：台) ==========
g.neg("表10年末每百户", "10", TABLE_NOTE + " (表10, written against the caption's 年末)")
g.neg("表10年末每百户", "百户", "denominator 每百户 ('per 100 households') of the cells' metric, "
      "not a fact (as wr_china_2013)")
T10_NOTE = ("table cell: 单位：台 → count, classifier 台 (for every row, as the table states); "
            "span = the bare number; the value is per 100 households (每百户 in the metric); "
            "columns 城 镇 / 农村 → urban / rural households; period = the caption's 年末 "
            "(ownership is a stock: instant 2016-12-31), the year in period_alts; subject the "
            "prefecture, the households as alts")
T10_ROWS = ["彩色电视机", "电冰箱", "洗衣机", "摄像机", "家用汽车", "家用电脑", "空调器", "移动电话",
            "照相机", "摩托车"]
for i, item in enumerate(T10_ROWS):
    hits = [r for r in rows if r.startswith(item + "\t")]
    assert len(hits) == 1, (item, hits)
    for col, area in ((1, "城镇"), (2, "农村")):
        ctx, target, nth = cell(hits[0], col)
        metric = f"{area}居民家庭每百户拥有{item}"
        alts = [f"{area}居民每百户拥有{item}", f"{area}每百户拥有{item}", f"{area}每百户{item}",
                f"{area}居民家庭每百户{item}拥有量", f"{area}居民每百户{item}拥有量",
                f"{area}每百户{item}拥有量", f"每百户拥有{item}", f"每百户{item}拥有量",
                f"年末每百户{area}居民家庭拥有{item}", f"{area}{item}", item]
        q(ctx, target, "count", metric, metric_alts=alts, unit_text="台",
          subject_alts=SUBJ_ALTS + [f"{area}居民家庭", f"{area}居民"], **T10, nth=nth,
          note=T10_NOTE if (i, col) == (0, 1) else
          ("a count (one camcorder per 100 rural households), not an article"
           if target == "1" else None))

# ==== line 209: section heading ==============================================================
g.neg("十二、劳动就业与社会保障", "十二、", SECTION_NOTE)

# ==== line 210: employment (2016年末 … 年末) =================================================
g.neg("2016年末，全州城镇从业", "2016年末", PERIOD_NOTE + " (the instant 2016-12-31)")
q("城镇从业人员34.46万人", "34.46万人", "count", "城镇从业人员",
  metric_alts=["城镇从业人员数", "全州城镇从业人员"], **STOCK_YE16, note="2016年末: stock, instant")
q("比上年末增加1.67万人", "1.67万人", "count", "城镇从业人员增量",
  metric_alts=["城镇从业人员", "城镇从业人员增加", "城镇从业人员数量增量"], **CHANGE_YE16,
  note="absolute change of a level (SPEC §2): metric + 增量, signed (增加 → +); " + CHANGE_NOTE)
q("城镇新增就业73044人", "73044人", "count", "城镇新增就业",
  metric_alts=["新增就业", "城镇新增就业人数", "城镇新增就业人员", "实现城镇新增就业"],
  **FLOW_AFTER_YE16, note="jobs added over the year (a flow) written after 2016年末: the "
                          "communiqué's year 2016, the literal instant in period_alts")
q("失业人员再就业10479人", "10479人", "count", "失业人员再就业",
  metric_alts=["失业人员再就业人数", "再就业"], **FLOW_AFTER_YE16)
q("困难人员再就业7360人", "7360人", "count", "困难人员再就业",
  metric_alts=["困难人员再就业人数", "就业困难人员再就业", "再就业"], **FLOW_AFTER_YE16)
q("城镇登记失业人员11588人", "11588人", "count", "城镇登记失业人员",
  metric_alts=["年末城镇登记失业人员", "城镇登记失业人员数", "登记失业人员"], **STOCK_YE)
q("城镇登记失业率为3.25%", "3.25%", "share", "城镇登记失业率",
  metric_alts=["年末城镇登记失业率", "登记失业率", "失业率"], **STOCK_YE,
  note="a rate of a population (SPEC §2: 失业率 → share) at 年末")

# ==== lines 211-218: table 11 (employment, 单位 column, 绝对数, 构成（%）) ======================
g.neg("表11\xa0从业人员情况", "11", TABLE_NOTE)
T11_NOTE = ("table cell: the row's 单位 cell gives the unit and scale of its 绝对数 cell (万人 → "
            "count 人 ×1e4); 构成（%） → share of all employed persons; span = the bare number; "
            "the caption states no period: the communiqué's year, employed persons a stock → "
            "instant 2016-12-31 with the year and null in period_alts; ")
EMP_ROWS = [  # (row start, label, metric, alts, share metric, share alts)
    ("从业人员\t", None, "从业人员", ["从业人员数", "从业人员人数", "全州从业人员"],
     "从业人员构成", ["从业人员占比", "从业人员构成合计", "构成"]),
    ("其中：第一产业\t", "第一产业", "第一产业从业人员",
     ["第一产业", "第一产业从业人员数", "第一产业从业人员人数"],
     "第一产业从业人员构成",
     ["第一产业从业人员占比", "第一产业从业人员比重", "第一产业从业人员占从业人员比重",
      "第一产业构成", "第一产业"]),
    ("第二产业\t", "第二产业", "第二产业从业人员",
     ["第二产业", "第二产业从业人员数", "第二产业从业人员人数"],
     "第二产业从业人员构成",
     ["第二产业从业人员占比", "第二产业从业人员比重", "第二产业从业人员占从业人员比重",
      "第二产业构成", "第二产业"]),
    ("第三产业\t", "第三产业", "第三产业从业人员",
     ["第三产业", "第三产业从业人员数", "第三产业从业人员人数"],
     "第三产业从业人员构成",
     ["第三产业从业人员占比", "第三产业从业人员比重", "第三产业从业人员占从业人员比重",
      "第三产业构成", "第三产业"]),
]
for i, (start, label, metric, alts, smetric, salts) in enumerate(EMP_ROWS):
    hits = [r for r in rows if r.startswith(start) and r.count("\t") == 3]
    assert len(hits) == 1, (start, hits)
    ctx, unit_cell, _ = cell(hits[0], 1)
    _, level, nl = cell(hits[0], 2)
    _, share, ns = cell(hits[0], 3)
    if label:
        g.neg(ctx, label, SECTOR_NOTE + " (row label)")
    g.neg(ctx, unit_cell, UNIT_CELL_NOTE)
    q(ctx, level, "count", metric, metric_alts=alts, unit_text=unit_cell, **DOCSTOCK, nth=nl,
      modality="forecast",
      note=(T11_NOTE + ESTIMATE_NOTE + " (the total is the sum of the three sector estimates)")
      if i == 0 else ("其中 of 从业人员; " + ESTIMATE_NOTE if i == 1 else None))
    q(ctx, share, "share", smetric, metric_alts=salts, unit_text="%", **DOCSTOCK, nth=ns,
      modality="forecast",
      note=("the total's composition (100.0 %), a share cell like the others; " + ESTIMATE_NOTE)
      if i == 0 else None)
UNEMP = [r for r in rows if r.startswith("年末城镇登记失业人员数\t")]
assert len(UNEMP) == 1
ctx, u, nu = cell(UNEMP[0], 2)
q(ctx, u, "count", "城镇登记失业人员数",
  metric_alts=["年末城镇登记失业人员数", "城镇登记失业人员", "年末城镇登记失业人员", "登记失业人员"],
  unit_text="人", **STOCK_YE, nth=nu,
  note="单位 人 → count; 年末 in the row label: instant 2016-12-31 (repeats line 210); the "
       "构成 cell is empty")
RATE = [r for r in rows if r.startswith("年末城镇登记失业率（%）\t")]
assert len(RATE) == 1
ctx, r_, nr = cell(RATE[0], 2)
q(ctx, r_, "share", "城镇登记失业率",
  metric_alts=["年末城镇登记失业率", "年末城镇登记失业率（%）", "登记失业率", "失业率"],
  unit_text="%", **STOCK_YE, nth=nr, note="单位 % → share; 年末 in the row label: instant")

# ==== line 219: social insurance (年末 … 全年) ================================================
q("基本养老保险人数16.65万人", "16.65万人", "count", "参加基本养老保险人数",
  metric_alts=["基本养老保险参保人数", "参加基本养老保险", "年末参加基本养老保险人数",
               "基本养老保险参保人员"], **STOCK_YE, note="年末: insured persons, a stock")
q("离退休人数4.78万人", "4.78万人", "count", "参加养老保险的离退休人数",
  metric_alts=["离退休人数", "参加养老保险离退休人数", "参保离退休人数", "离退休人员"],
  **STOCK_YE, note="其中 of the insured; 年末 stock")
q("离退休养老金11.79亿元", "11.79亿元", "amount", "发放离退休养老金",
  metric_alts=["离退休养老金", "离退休养老金发放", "养老金发放", "离退休养老金发放额"],
  **FLOW_AFTER_YE, note="pensions paid over the year (a flow); " + FLOW_AFTER_YE_NOTE)
q("失业保险人数7.65万人", "7.65万人", "count", "参加失业保险人数",
  metric_alts=["失业保险参保人数", "参加失业保险"], **STOCK_YE)
q("基本医疗保险人数26.76万人", "26.76万人", "count", "参加基本医疗保险人数",
  metric_alts=["基本医疗保险参保人数", "参加基本医疗保险"], **STOCK_YE)
q("农民工参保人数0.14万人", "0.14万人", "count", "农民工参保人数",
  metric_alts=["农民工参加基本医疗保险人数", "农民工参保", "参加基本医疗保险农民工"],
  **STOCK_YE, note="其中 of the medical-insurance insured; 年末 stock")
q("生育保险人数18.7万人", "18.7万人", "count", "参加生育保险人数",
  metric_alts=["生育保险参保人数", "参加生育保险"], **STOCK_YE)
q("收缴基本医疗保险金80900万元", "80900万元", "amount", "收缴基本医疗保险金",
  metric_alts=["基本医疗保险金", "基本医疗保险金收缴", "基本医疗保险基金收入",
               "基本医疗保险费收缴"], **FLOW_AFTER_YE,
  note="contributions collected over the year (a flow); " + FLOW_AFTER_YE_NOTE)
q("城镇居民医疗保险金4471.23万元", "4471.23万元", "amount", "城镇居民医疗保险金",
  metric_alts=["收缴城镇居民医疗保险金", "城镇居民基本医疗保险金", "城镇居民医疗保险金收缴"],
  **FLOW_AFTER_YE, note="其中 of the contributions collected; " + FLOW_AFTER_YE_NOTE)
NCMS = "新型农村合作医疗"
q("参合人数达到394.6万人", "394.6万人", "count", "新型农村合作医疗参合人数",
  metric_alts=["参合人数", "新农合参合人数", "全州参合人数"], **STOCK_YE,
  note="达到 → eq; participants enrolled (a stock); the line's 年末 still governs (no new period "
       "before 全年)")
q("参合率99.4%", "99.4%", "share", "新型农村合作医疗参合率",
  metric_alts=["参合率", "新农合参合率"], **STOCK_YE,
  note="a rate of a population → share; 年末 of the line")
FUND = ["新型农村合作医疗基金", "新型农村合作医疗基金筹集", "筹集新农合基金", "新农合基金筹集",
        "共筹集新型农村合作医疗基金"]
q("合作医疗基金20.12亿元", "20.12亿元", "amount", "筹集新型农村合作医疗基金",
  metric_alts=FUND, **FLOW, note="全年 replaces 年末; 共 → eq")
for ctx, tgt, metric, alts in [
        ("中央财政11.84亿元", "11.84亿元", "中央财政",
         ["中央财政资金", "中央财政补助", "中央财政筹集", "新型农村合作医疗基金中央财政",
          "中央财政筹集新型农村合作医疗基金"]),
        ("地方财政4.73亿元", "4.73亿元", "地方财政",
         ["地方财政资金", "地方财政补助", "地方财政筹集", "新型农村合作医疗基金地方财政",
          "地方财政筹集新型农村合作医疗基金"]),
        ("个人缴纳3.55亿元", "3.55亿元", "个人缴纳",
         ["个人缴费", "个人缴纳资金", "新型农村合作医疗基金个人缴纳", "个人缴纳新型农村合作医疗基金"])]:
    q(ctx, tgt, "amount", metric, metric_alts=alts, **FLOW,
      note="其中 of the fund raised (by source); 全年 governs" if metric == "中央财政" else None)
q("累计支出总额18.32亿元", "18.32亿元", "amount", "新型农村合作医疗基金累计支出总额",
  metric_alts=["累计支出总额", "支出总额", "新型农村合作医疗基金支出", "新农合基金支出",
               "新型农村合作医疗基金支出总额"], **FLOW,
  note="累计 = accumulated over 全年 (a flow of the year), not a stock")
q("城镇最低生活保障人数4.22万人", "4.22万人", "count", "城镇最低生活保障人数",
  metric_alts=["发放城镇最低生活保障人数", "城镇低保人数", "城镇最低生活保障对象",
               "政府发放城镇最低生活保障人数"], **FLOW,
  note="persons paid the urban minimum living allowance during 全年")
q("发放金额1.96亿元", "1.96亿元", "amount", "城镇最低生活保障发放金额",
  metric_alts=["发放金额", "城镇最低生活保障金额", "城镇低保金额", "城镇低保发放金额",
               "城镇最低生活保障金发放金额"], **FLOW, note="head 城镇最低生活保障 restored")
q("农村最低生活保障人数58.71万人", "58.71万人", "count", "农村最低生活保障人数",
  metric_alts=["发放农村最低生活保障人数", "农村低保人数", "农村最低生活保障对象"], **FLOW)
q("发放金额12.45亿元", "12.45亿元", "amount", "农村最低生活保障发放金额",
  metric_alts=["发放金额", "农村最低生活保障金额", "农村低保金额", "农村低保发放金额",
               "农村最低生活保障金发放金额"], **FLOW, note="head 农村最低生活保障 restored")

# ==== line 220: community services, welfare units, relief (no period, then 全年) =============
q("社区服务设施3439个", "3439个", "count", "城镇社区服务设施",
  metric_alts=["社区服务设施", "城镇各种社区服务设施", "各种社区服务设施", "城镇社区服务设施数量",
               "社区服务设施数量"], **DOCSTOCK, note=DOCSTOCK_NOTE)
q("社区服务中心183个", "183个", "count", "社区服务中心",
  metric_alts=["社区服务中心数量", "城镇社区服务中心"], **DOCSTOCK, note=DOCSTOCK_NOTE)
q("收养性社会福利单位9所", "9所", "count", "收养性社会福利单位",
  metric_alts=["社会福利单位", "收养性社会福利单位数量"], **DOCSTOCK, note=DOCSTOCK_NOTE)
q("有床位830张", "830张", "count", "收养性社会福利单位床位",
  metric_alts=["床位", "床位数", "收养性社会福利单位床位数", "社会福利单位床位"], **DOCSTOCK,
  note="beds of the 9 welfare units (head restored); " + DOCSTOCK_NOTE)
q("供养人数569人", "569人", "count", "收养性社会福利单位供养人数",
  metric_alts=["供养人数", "社会福利单位供养人数", "收养人数"], **DOCSTOCK,
  note="residents cared for (a stock, as 入住人数 in cm_qiandongnan_2023); " + DOCSTOCK_NOTE)
q("各类优抚对象28520人", "28520人", "count", "国家抚恤补助各类优抚对象",
  metric_alts=["优抚对象", "各类优抚对象", "国家抚恤补助优抚对象", "抚恤补助优抚对象"],
  **DOCFLOW, note="persons subsidised during the year (a flow, as cm_qiandongnan_2023); "
                  + DOCFLOW_NOTE)
q("28520人，金额1.64亿元", "1.64亿元", "amount", "国家抚恤补助金额",
  metric_alts=["金额", "抚恤补助金额", "优抚补助金额", "国家抚恤补助各类优抚对象金额"],
  **DOCFLOW, note="head 国家抚恤补助 restored; " + DOCFLOW_NOTE)
q("社会捐赠金额128万元", "128万元", "amount", "接受社会捐赠金额",
  metric_alts=["社会捐赠金额", "社会捐赠", "民政接受社会捐赠金额"], **DOCFLOW, note=DOCFLOW_NOTE)
q("社会福利彩票1.64亿元", "1.64亿元", "amount", "销售社会福利彩票",
  metric_alts=["社会福利彩票销售额", "福利彩票销售额", "社会福利彩票", "福彩销售额"], **FLOW)

# ==== line 221: section heading ==============================================================
g.neg("十三、环境保护和安全生产", "十三、", SECTION_NOTE)

# ==== line 222: agencies, nature reserves, scenic areas (2016年末) ============================
g.neg("2016年末，全州县以上", "2016年末", PERIOD_NOTE + " (the instant 2016-12-31)")
for ctx, tgt, metric, alts, note in [
        ("环境保护系统机构80个", "80个", "县以上环境保护系统机构",
         ["环境保护系统机构", "环保系统机构", "县以上环境保护系统机构数量"],
         "2016年末 governs the line: stocks, instant 2016-12-31"),
        ("实有人数502人", "502人", "县以上环境保护系统机构实有人数",
         ["实有人数", "环境保护系统实有人数", "环境保护系统机构实有人数", "环保系统实有人数"],
         "staff of the agencies (head restored)"),
        ("环境监测站18个", "18个", "环境监测站", ["环境监测站数量"], "其中 of the agencies"),
        ("环境监测人员134人", "134人", "环境监测人员", ["环境监测人员数"], None),
        ("监察机构17个", "17个", "监察机构", ["环境监察机构", "监察机构数量"], None),
        ("监察人员158人", "158人", "监察人员", ["环境监察人员", "监察人员数"], None),
        ("自然保护区（点）22个", "22个", "林业自然保护区（点）",
         ["林业自然保护区", "林业自然保护区(点)", "自然保护区（点）", "自然保护区",
          "自然保护区数量"], None),
        ("国家级保护区1个", "1个", "国家级保护区",
         ["国家级自然保护区", "国家级保护区数量"], "a count (国家级 1 个 next to 州级 9 个), "
                                                 "not an article"),
        ("州级9个", "9个", "州级保护区", ["州级自然保护区", "州级", "州级保护区数量"],
         "head 保护区 restored from the list"),
        ("县级12个", "12个", "县级保护区", ["县级自然保护区", "县级", "县级保护区数量"], None),
        ("有风景名胜区9个", "9个", "风景名胜区", ["风景名胜区数量"], None),
        ("国家级3个", "3个", "国家级风景名胜区", ["国家级", "国家级风景名胜区数量"],
         "其中 of the scenic areas: head restored"),
        ("省级6个", "6个", "省级风景名胜区", ["省级", "省级风景名胜区数量"], None)]:
    q(ctx, tgt, "count", metric, metric_alts=alts, **STOCK_YE16, note=note)
q("自然保护区面积22.11万公顷", "22.11万公顷", "amount", "自然保护区面积",
  metric_alts=["保护区面积", "林业自然保护区面积"], **STOCK_YE16, note="公顷 → m2 (×1e4)")
q("占全州国土面积7.28%", "7.28%", "share", "自然保护区面积占全州国土面积比重",
  metric_alts=["占全州国土面积", "占全州国土面积比重", "自然保护区面积占全州国土面积",
               "自然保护区面积占比", "占国土面积比重"], **STOCK_YE16, note="share of a stock")
q("风景区总面积1802.3平方公里", "1802.3平方公里", "amount", "风景区总面积",
  metric_alts=["风景名胜区总面积", "风景区面积", "风景名胜区面积", "总面积", "全州风景区总面积"],
  **STOCK_YE16, note="平方公里 → m2 (×1e6)")
q("占全州国土面积5.94%", "5.94%", "share", "风景区总面积占全州国土面积比重",
  metric_alts=["占全州国土面积", "占全州国土面积比重", "风景区总面积占全州国土面积",
               "风景名胜区总面积占全州国土面积比重", "风景区面积占比", "占国土面积比重"],
  **STOCK_YE16, note="share of a stock")

# ==== line 223: water and air quality (no period), emissions (全年) ===========================
q("水质达标率达到100%", "100%", "share", "集中式饮用水源地水质达标率",
  metric_alts=["饮用水源地水质达标率", "水质达标率", "集中式饮用水水源地水质达标率"],
  **DOCFLOW, note="rate of the year's monitoring; 达到 → eq; " + DOCFLOW_NOTE)
q("空气质量达标率达到98.2%", "98.2%", "share", "城市（县城）环境空气质量达标率",
  metric_alts=["城市(县城)环境空气质量达标率", "环境空气质量达标率", "空气质量达标率",
               "城市环境空气质量达标率"], **DOCFLOW, note=DOCFLOW_NOTE)
g.neg("二氧化硫排放量5.31万吨", "二氧化硫", "chemical name 二氧化硫 (sulphur dioxide), not a "
      "quantity")
for name, level, pct, alts in [
        ("化学需氧量排放量", "2.97万吨", "0.67%", ["化学需氧量排放", "COD排放量", "化学需氧量"]),
        ("氨氮排放量", "0.33万吨", "1.51%", ["氨氮排放", "氨氮"]),
        ("氮氧化物排放量", "2.08万吨", "5.79%", ["氮氧化物排放", "氮氧化物"]),
        ("二氧化硫排放量", "5.31万吨", "16.29%", ["二氧化硫排放", "二氧化硫", "SO2排放量"])]:
    ctx = f"{name}为{level}" if name in ("化学需氧量排放量", "氨氮排放量") else f"{name}{level}"
    q(ctx, level, "amount", name, metric_alts=alts, **FLOW,
      note="全年 governs; 万吨 → t (×1e4)" if name == "化学需氧量排放量" else None)
    q(f"{level}，比上年下降{pct}", pct, "growth", name, metric_alts=alts, neg=True, **FLOW,
      note="下降 → negative" if name == "化学需氧量排放量" else None)

# ==== line 224: rocky desertification, biogas (no period) =====================================
q("等6个县市", "6个", "count", "完成石漠化综合治理的县市",
  metric_alts=["县市", "县（市）", "石漠化综合治理县市", "石漠化综合治理县（市）", "县市数量",
               "完成石漠化综合治理的县（市）"], **DOCFLOW,
  note="凯里、黄平、岑巩、麻江、施秉和丹寨等6个县市: the counties that carried out the work "
       "(the predicate defines the counted set → metric, as cm_qiandongnan_2023); "
       + DOCFLOW_NOTE)
q("完成治理面积80.42平方公里", "80.42平方公里", "amount", "石漠化综合治理完成治理面积",
  metric_alts=["完成治理面积", "治理面积", "石漠化综合治理面积", "石漠化治理面积",
               "完成石漠化综合治理面积"],
  subject_alts=SUBJ_ALTS + ["凯里、黄平、岑巩、麻江、施秉和丹寨等6个县市", "6个县市"], **DOCFLOW,
  note="the prefecture's total over the 6 counties (the counties as alt); 平方公里 → m2; "
       + DOCFLOW_NOTE)
q("沼气发酵容积5000立方米", "5000立方米", "amount", "新增沼气发酵容积",
  metric_alts=["沼气发酵容积", "沼气发酵容积增量", "新增沼气池容积"], **DOCFLOW,
  note="新增: volume added in the year (a flow; the noun as alt); 立方米 → m3; " + DOCFLOW_NOTE)
q("供气500户", "500户", "count", "给村民供气",
  metric_alts=["供气户数", "沼气供气户数", "供气村民", "实现给村民供气", "沼气供气"], **DOCFLOW,
  note="户 is a classifier (SPEC §3); households supplied with the new biogas; " + DOCFLOW_NOTE)

# ==== line 225: production accidents (全年) ===================================================
ACC_NOTE = ("全年 governs the line; no growth rates: note 8 says the 2016 scope changed, so no "
            "comparison with 2015 is given")
for ctx, tgt, metric, alts, note in [
        ("生产事故数157起", "157起", "生产事故数",
         ["生产事故", "生产安全事故数", "各类生产安全事故数", "全年生产事故数"], ACC_NOTE),
        ("157起，死亡人数101人", "101人", "死亡人数",
         ["生产事故死亡人数", "生产安全事故死亡人数", "死亡"], None),
        ("工矿商贸事故数12起", "12起", "工矿商贸事故数", ["工矿商贸事故"], None),
        ("12起，死亡人数13人", "13人", "工矿商贸事故死亡人数", ["死亡人数"],
         "head 工矿商贸事故 restored"),
        ("道路交通事故数138起", "138起", "道路交通事故数", ["道路交通事故"], None),
        ("138起，死亡人数86人", "86人", "道路交通事故死亡人数", ["死亡人数"], None),
        ("铁路运输事故数7起", "7起", "铁路运输事故数", ["铁路运输事故"], None),
        ("7起，死亡人数2人", "2人", "铁路运输事故死亡人数", ["死亡人数"], None)]:
    q(ctx, tgt, "count", metric, metric_alts=alts, **FLOW, note=note)

# ==== lines 226-233: notes 注:1.-8. (definitions, no facts) ====================================
g.neg("注:1.本公报", "1", NOTE_MARKER)
g.neg("同期数为2015年年报数", "2015年", "year of the comparison data (2015年年报数 'the 2015 "
      "annual-report figures'), a period expression, not a fact")
g.neg("因四舍五入的原因", "四舍五入", "idiom 四舍五入 'rounding', not a quantity")
g.neg("\n2.生产总值", "2", NOTE_MARKER)
g.neg("\n3.规模以上工业", "3", NOTE_MARKER)
g.neg("年主营业务收入2000万元及以上工业企业", "2000万元", THRESH_NOTE)
g.neg("计划总投资500万元及以上", "500万元", THRESH_NOTE)
g.neg("年主营业务收入2000万元及以上的批发企业", "2000万元", THRESH_NOTE)
g.neg("年主营业务收入500万元及以上的零售企业", "500万元", THRESH_NOTE)
g.neg("年主营业务收入200万元及以上的住宿", "200万元", THRESH_NOTE)
g.neg("\n4.人口出生率", "4", NOTE_MARKER)
g.neg("\n5.城镇居民", "5", NOTE_MARKER)
g.neg("收入2011年、2012年为", "2011年", PERIOD_NOTE + " (years of a data-source remark)")
g.neg("收入2011年、2012年为", "2012年", PERIOD_NOTE + " (years of a data-source remark)")
g.neg("，2013-2016年为", "2013-2016年", PERIOD_NOTE + " (years of a data-source remark)")
g.neg("\n6.表11中", "6", NOTE_MARKER)
g.neg("\n6.表11中", "11", TABLE_NOTE + " (a reference to table 11)")
g.neg("表11中三次产业", "三次产业", "term 三次产业 'the three sectors'; 三次 is not a count of "
      "times (as cm_qiandongnan_2016_b)")
g.neg("\n7.由于", "7", NOTE_MARKER)
g.neg("及二氧化硫排放量等指标", "二氧化硫", "chemical name 二氧化硫 (sulphur dioxide), not a "
      "quantity")
g.neg("\n8.由于", "8", NOTE_MARKER)
g.neg("由于2016年安全事故", "2016年", PERIOD_NOTE + " (the year whose accident statistics "
      "changed scope)")
g.neg("与2015年数据", "2015年", PERIOD_NOTE + " (the comparison year)")
g.neg("因此无2016年同比", "2016年", PERIOD_NOTE + " (no 2016 growth rate is given)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/communique/cm_qiandongnan_2016.txt "
    f"({len(text):,} characters with the final newline), sliced by code as the brief fixes it "
    "(it starts at a table caption): the end of 十一、人口和人民生活 (table 10, durables per "
    "hundred urban / rural households at year end), 十二、劳动就业与社会保障 (employment, table 11, "
    "social insurance, 新型农村合作医疗, minimum living allowance, welfare units, relief), "
    "十三、环境保护和安全生产 (agencies, nature reserves, scenic areas, water and air quality, "
    "emissions, rocky desertification, biogas, accidents) and the communiqué's closing notes "
    "注:1.-8. (definitions and data-source remarks, no facts). It does not overlap the other "
    "excerpts of this communiqué (cm_qiandongnan_2016_b 6-75, _c 124-174, cm_qiandongnan_2016 "
    "184-195). Date: 2017-03-16, the issue date printed under the title (source line 4: "
    "黔东南州统计局 国家统计局黔东南调查队 / 2017年3月16日), as in the shared meta and the sibling "
    "golds. The communiqué reports calendar 2016: 全年 = 2016-01-01..2016-12-31, 年末 / "
    "2016年末 = the instant 2016-12-31, 上年(末) = 2015 (comparison yoy). Table 10's caption "
    "年末 governs its cells (stocks: instant, the year as alt); table 11's caption states no "
    "period: the communiqué's year, employed persons a stock (instant 2016-12-31 with the year "
    "and null as alts), the 年末 rows the instant. Lines 220 and 223-224 (up to 全年) state no "
    "period: the communiqué's year with null as alt, stocks (community facilities, welfare "
    "units, beds, residents) the instant with the year and null as alts. Flows written after "
    "年末 / 2016年末 in the same line (new jobs, re-employment, pensions paid, contributions "
    "collected) take the year with the literal instant as alt (as cm_qiandongnan_2023). "
    "Tables: one fact per numeric cell, span = the bare number; table 10: 单位：台 → count, "
    "classifier 台, metric <城镇/农村>居民家庭每百户拥有<item> (每百户 a negative); table 11: "
    "the row's 单位 cell (万人 → ×1e4 persons; 人; %) and 构成（%） → share. Judgement call: "
    "note 6 (表11中三次产业从业人员人数及构成是预计数) makes the employment-by-sector cells of "
    "table 11 and their composition (and the total, their sum) estimates → modality forecast "
    "(as 预计 estimates in nw_cctv_20120720_xizang_2012); everything else actual. Units: 公顷 → "
    "m2 ×1e4, 平方公里 → m2 ×1e6, 万吨 → t, 立方米 → m3; 人, 个, 所, 张, 台, 起, 户 are "
    "classifiers. Place: 黔东南苗族侗族自治州 (alts 贵州省黔东南苗族侗族自治州, 黔东南州, 黔东南, "
    "全州). Negatives: table numbers 10 / 11 (also the reference in note 6), 每百户's 百户, "
    "section numbers 十二、/十三、, sector labels 第一/二/三产业 and the 万人 unit cells of table "
    "11, the period expressions 2016年末 ×2, note markers 1-8, years in the notes (2015年 ×2, "
    "2011年, 2012年, 2013-2016年, 2016年 ×2), 四舍五入, 二氧化硫 ×2, 三次产业, and the statistical "
    "scope thresholds of note 3 (2000万元 ×2, 500万元 ×2, 200万元). The title (lines 1-2 of the "
    "source) is outside the run, so title_in_text=False.")

g.write(date="2017-03-16",
        source=f"shared/texts/communique/cm_qiandongnan_2016.txt lines {FIRST}–{LAST} "
               "(表10 to the closing notes; 黔东南州统计局, 2017年3月16日)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
