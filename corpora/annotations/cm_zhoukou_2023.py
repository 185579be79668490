"""Gold annotations for cm_zhoukou_2023 (held-out: corpora/heldout/).

2023年周口市国民经济和社会发展统计公报 (周口市统计局, 2024-04-29).  The excerpt is lines 1-72
(1-based, inclusive, whole lines, newline kept) of shared/texts/communique/cm_zhoukou_2023.txt,
sliced by code from the source bytes, never retyped: the title block, the preamble, 一、综合
(with tables 1 and 2), 二、农业 (with table 3 and the caption of chart 1) and the first two
paragraphs of 三、工业和建筑业.  Facts and negatives are written by hand from the text,
sentence by sentence and cell by cell; values are computed from the span's own number,
scale and unit (prose) or the column header's unit (tables); offsets come from unique
context strings (corpora/annotate.py).

    python corpora/annotations/cm_zhoukou_2023.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import functools
import re

from annotate import CORPORA, P, TEXTS, excerpt_gold, quantity_fact

DOC_ID = "cm_zhoukou_2023"
PLACE = "周口市"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "communique") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 72                      # 1-based, inclusive, whole lines
TITLE = "2023年周口市国民经济和社会发展统计公报"
SUBJ_ALTS = ["河南省周口市", "周口", "全市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place="河南省周口市",
                 starts=TITLE,
                 ends="全市战略性新兴产业增加值同比增长3.9%。")
text = g.text

# ---- periods (communiqué of calendar 2023, issued 2024-04-29) --------------------------------
FY = P("全年", "2023-01-01", "2023-12-31")
YE = P("年末", "2023-12-31", "2023-12-31")
Y2023 = P("2023年", "2023-01-01", "2023-12-31")
YE23 = P("截至2023年末", "2023-12-31", "2023-12-31")
YD23 = P("截至2023年底", "2023-12-31", "2023-12-31")
T1 = P("2023年末", "2023-12-31", "2023-12-31")          # caption of table 1
T2 = P("2023年", "2023-01-01", "2023-12-31")            # captions of tables 2 and 3
FLOW = dict(period=FY)
STOCK_YE = dict(period=YE)
CHANGE_YE = dict(period=YE, period_alts=[P("年末", "2023-01-01", "2023-12-31")])
FLOW_AFTER_YE = dict(period=FY, period_alts=[YE])
STOCK_FY = dict(period=P("全年", "2023-12-31", "2023-12-31"), period_alts=[FY])

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "section / list number of the communiqué (一、 …), a list marker"
SECTOR_NOTE = "sector name (第一/二/三产业), an ordinal label, not a rank"
LABEL_NOTE = "slogan / programme label, not a quantity"
CHANGE_YE_NOTE = ("change of a 年末 stock against 上年(末): the instant 2023-12-31; the year over "
                  "which it changed in period_alts")
FLOW_AFTER_YE_NOTE = ("annual flow written after 年末 in the same paragraph: the communiqué's "
                      "year 2023 (cf. cm_luoyang_2023), the literal 年末 instant in period_alts")

SURFACE = {"元": ("CNY", "1"), "%": ("%", "1"), "‰": ("%", "0.1"), "个百分点": ("pp", "1"),
           "亩": ("mu", "1"), "吨": ("t", "1"), "千瓦": ("W", "1e3")}
CLASSIFIERS = set("个人户头台种")


q = functools.partial(quantity_fact, g, surfaces=SURFACE, classifiers=CLASSIFIERS, subject=PLACE,
                      subject_alts=SUBJ_ALTS)


# ==== lines 1-3: title block ==================================================================
g.neg(TITLE, "2023年", PERIOD_NOTE + " (title: the communiqué's year)")
g.neg("2024年4月29日", "2024年4月29日", "issue date under the title, a date, not a fact")

# ==== line 4: preamble (no facts) ===========================================================
g.neg("2023年，面对国内外", "2023年", PERIOD_NOTE)
g.neg("锚定“两个确保”", "两个确保", LABEL_NOTE + " (两个确保, provincial slogan)")
g.neg("“十大战略”三年行动计划", "十大战略", LABEL_NOTE + " (十大战略)")
g.neg("“十大战略”三年行动计划", "三年",
      "name of a three-year action plan (三年行动计划), not a duration fact")
g.neg("以“十二个紧盯”", "十二个紧盯", LABEL_NOTE + " (十二个紧盯)")
g.neg("以“五个清单”", "五个清单", LABEL_NOTE + " (五个清单)")
g.neg("“七个专项行动”", "七个专项行动", LABEL_NOTE + " (农业强市七个专项行动)")

# ==== line 5-6: 一、综合 ========================================================================
g.neg("一、综 合", "一", MARKER_NOTE)
GDP_ALTS = ["GDP", "生产总值", "全市地区生产总值"]
q("地区生产总值同比增长4.8%", "4.8%", "growth", "地区生产总值", metric_alts=GDP_ALTS, **FLOW,
  note="初步核算 (preliminary) is still actual; 同比 → yoy")
for ordinal, pct in (("第一产业", "2.0%"), ("第二产业", "6.0%"), ("第三产业", "4.8%")):
    g.neg(f"{ordinal}增加值增长{pct}", ordinal, SECTOR_NOTE)
    q(f"{ordinal}增加值增长{pct}", pct, "growth", f"{ordinal}增加值",
      metric_alts=[ordinal], **FLOW)
q("人均地区生产总值增长5.9%", "5.9%", "growth", "人均地区生产总值",
  metric_alts=["人均GDP", "人均生产总值"], **FLOW)

# ==== line 7: population ======================================================================
q("常住人口866.60万人", "866.60万人", "count", "常住人口",
  metric_alts=["年末常住人口", "全市常住人口"], **STOCK_YE)
q("城镇人口392.66万人", "392.66万人", "count", "城镇人口",
  metric_alts=["城镇常住人口", "常住人口城镇人口"], **STOCK_YE, note="其中 of 常住人口")
q("乡村人口473.94万人", "473.94万人", "count", "乡村人口",
  metric_alts=["乡村常住人口", "农村人口"], **STOCK_YE)
q("常住人口城镇化率45.31%", "45.31%", "share", "常住人口城镇化率",
  metric_alts=["城镇化率"], **STOCK_YE, note="a rate of a population → share; 年末 stock")
q("比上年提高1.01个百分点", "1.01个百分点", "change", "常住人口城镇化率",
  metric_alts=["城镇化率"], **CHANGE_YE, note=CHANGE_YE_NOTE)
q("出生人口7.40万人", "7.40万人", "count", "出生人口",
  metric_alts=["全年出生人口", "出生人口数"], **FLOW, note="全年 restated: the year's flow")
q("出生率8.47‰", "8.47‰", "share", "出生率", metric_alts=["人口出生率"], **FLOW,
  note="‰ → % (×0.1); a rate of the population → share")
q("死亡人口7.90万人", "7.90万人", "count", "死亡人口", metric_alts=["死亡人口数"], **FLOW)
q("死亡率9.04‰", "9.04‰", "share", "死亡率", metric_alts=["人口死亡率"], **FLOW)
q("自然增长率-0.57‰", "-0.57‰", "share", "自然增长率", metric_alts=["人口自然增长率"],
  **FLOW, note="a population rate is a share whatever its sign (SPEC §2): -0.057 %")

# ==== lines 8-18: table 1 (population at year end) ============================================
TAB_NOTE = ("table cell: value in the column header's unit (年末数（万人） → ×1e4 persons; "
            "比重（%） → share), span = the bare number; period = the caption's 2023年末 "
            "(instant); metric = row label + column indicator")
g.neg("表1 2023年末", "1", "table number (表1), a label, not a fact")
g.neg("表1 2023年末", "2023年末", PERIOD_NOTE + " (table caption)")
g.neg("年末数（万人）", "万人", "unit label of the column header (the scale of the cells below)")
POP_T = dict(period=T1, period_alts=[YE])
q("全市常住人口\t866.60", "866.60", "count", "常住人口",
  metric_alts=["全市常住人口", "年末常住人口"], unit_text="万人", **POP_T, note=TAB_NOTE)
ROWS1 = [  # (context, level cell, share cell, metric of the level, alts, share metric, alts)
    ("其中：城镇\t392.66\t45.31", "392.66", "45.31", "城镇人口", ["城镇常住人口", "城镇"],
     "城镇人口比重", ["城镇人口占常住人口比重", "常住人口城镇化率", "城镇化率", "城镇比重"]),
    ("乡村\t473.94\t54.69", "473.94", "54.69", "乡村人口", ["乡村常住人口", "乡村"],
     "乡村人口比重", ["乡村人口占常住人口比重", "乡村比重"]),
    ("其中：男性\t428.20\t49.41", "428.20", "49.41", "男性人口", ["男性", "男性常住人口"],
     "男性人口比重", ["男性人口占常住人口比重", "男性比重"]),
    ("女性\t438.40\t50.59", "438.40", "50.59", "女性人口", ["女性", "女性常住人口"],
     "女性人口比重", ["女性人口占常住人口比重", "女性比重"]),
    ("其中：0-15岁（含不满16周岁）\t212.60\t24.53", "212.60", "24.53", "0-15岁人口",
     ["0-15岁", "0-15岁（含不满16周岁）", "0-15岁（含不满16周岁）人口", "0-15岁常住人口",
      "0-15岁(含不满16周岁)", "0-15岁(含不满16周岁)人口"],
     "0-15岁人口比重", ["0-15岁人口占常住人口比重", "0-15岁比重", "0-15岁（含不满16周岁）比重",
                     "0-15岁（含不满16周岁）人口比重", "0-15岁(含不满16周岁)比重",
                     "0-15岁(含不满16周岁)人口比重"]),
    ("16-59岁（含不满60周岁）\t463.10\t53.44", "463.10", "53.44", "16-59岁人口",
     ["16-59岁", "16-59岁（含不满60周岁）", "16-59岁（含不满60周岁）人口", "16-59岁常住人口",
      "16-59岁(含不满60周岁)", "16-59岁(含不满60周岁)人口"],
     "16-59岁人口比重", ["16-59岁人口占常住人口比重", "16-59岁比重",
                      "16-59岁（含不满60周岁）比重", "16-59岁（含不满60周岁）人口比重",
                      "16-59岁(含不满60周岁)比重", "16-59岁(含不满60周岁)人口比重"]),
    ("60周岁及以上\t190.90\t22.03", "190.90", "22.03", "60周岁及以上人口",
     ["60周岁及以上", "60岁及以上人口", "60周岁及以上常住人口"],
     "60周岁及以上人口比重", ["60周岁及以上人口占常住人口比重", "60周岁及以上比重",
                        "60岁及以上人口比重"]),
    ("其中：65周岁及以上\t146.80\t16.94", "146.80", "16.94", "65周岁及以上人口",
     ["65周岁及以上", "65岁及以上人口", "65周岁及以上常住人口"],
     "65周岁及以上人口比重", ["65周岁及以上人口占常住人口比重", "65周岁及以上比重",
                        "65岁及以上人口比重"]),
]
# labels with brackets: the half-width spelling is an alt too (as 乡镇卫生院(含社区卫生服务中心)
# in cm_qiandongnan_2016)
AGE_NOTE = ("age bound defining the population group counted in the row (SPEC §2 threshold): "
            "part of the metric, not a fact")
for ctx, level, share, m, ma, sm, sma in ROWS1:
    label = ctx.split("\t")[0]
    for age in re.findall(r"\d+-\d+岁|\d+周岁", label):
        g.neg(ctx, age, AGE_NOTE)
    q(ctx, level, "count", m, metric_alts=ma, unit_text="万人", **POP_T)
    q(ctx, share, "share", sm, metric_alts=sma, unit_text="%", **POP_T,
      note="比重（%） column: share of the resident population")

# ==== line 19: employment =====================================================================
q("新增城镇就业7.52万人", "7.52万人", "count", "新增城镇就业",
  metric_alts=["城镇新增就业", "新增城镇就业人数", "城镇新增就业人数"], **FLOW)
q("再就业1.71万人", "1.71万人", "count", "失业人员再就业",
  metric_alts=["失业人员实现再就业", "失业人员再就业人数", "再就业"], **FLOW)
q("实现就业6355人", "6355人", "count", "就业困难人员就业",
  metric_alts=["就业困难人员实现就业", "就业困难人员就业人数"], **FLOW)
q("转移就业4.73万人", "4.73万人", "count", "新增农村劳动力转移就业",
  metric_alts=["农村劳动力转移就业", "新增农村劳动力转移就业人数"], **FLOW)
q("返乡入乡创业1.68万人", "1.68万人", "count", "新增返乡入乡创业",
  metric_alts=["返乡入乡创业", "返乡入乡创业人数", "新增返乡入乡创业人数"], **FLOW)
q("技能人才24.2万人", "24.2万人", "count", "新增技能人才",
  metric_alts=["技能人才", "技能人才增量"], **FLOW)
q("高技能人才10.7万人", "10.7万人", "count", "新增高技能人才",
  metric_alts=["高技能人才", "高技能人才增量"], **FLOW, note="新增 shared with 技能人才")
q("就业总量300.05万人", "300.05万人", "count", "农村劳动力转移就业总量",
  metric_alts=["农村劳动力转移就业", "转移就业总量"], **STOCK_FY,
  note="总量 of the transferred rural labour force: a stock → instant at the end of the "
       "governing 全年; the literal year in period_alts")
q("省内转移121.36万人", "121.36万人", "count", "省内转移",
  metric_alts=["农村劳动力省内转移", "省内转移就业", "农村劳动力省内转移就业"], **STOCK_FY)
q("省外输出178.31万人", "178.31万人", "count", "省外输出",
  metric_alts=["农村劳动力省外输出", "省外输出就业", "农村劳动力省外输出就业"], **STOCK_FY)

# ==== line 20: market entities =================================================================
g.neg("截至2023年末", "2023年末", PERIOD_NOTE)
q("市场主体88.55万户", "88.55万户", "count", "市场主体",
  metric_alts=["现有市场主体", "市场主体数量"], period=YE23)
q("88.55万户，增长7.6%", "7.6%", "growth", "市场主体",
  metric_alts=["现有市场主体", "市场主体数量"], period=YE23,
  period_alts=[P("截至2023年末", "2023-01-01", "2023-12-31")],
  note="growth of the stock over the year, dated at the year-end instant; the year as alt")
g.neg("2023年新登记", "2023年", PERIOD_NOTE)
q("新登记市场主体19.91万户", "19.91万户", "count", "新登记市场主体",
  metric_alts=["新登记市场主体数量"], period=Y2023)
q("19.91万户，下降3.2%", "3.2%", "growth", "新登记市场主体", neg=True,
  metric_alts=["新登记市场主体数量"], period=Y2023, note="下降 → negative")
q("新登记企业3.57万户", "3.57万户", "count", "新登记企业", period=Y2023)
q("3.57万户，增长25.2%", "25.2%", "growth", "新登记企业", period=Y2023)
q("个体工商户16.16万户", "16.16万户", "count", "新登记个体工商户", period=Y2023)
q("16.16万户，下降7.9%", "7.9%", "growth", "新登记个体工商户", neg=True, period=Y2023)
q("专业合作社1871户", "1871户", "count", "新登记农民专业合作社", period=Y2023)
q("1871户，增长9.8%", "9.8%", "growth", "新登记农民专业合作社", period=Y2023)

# ==== line 21: consumer prices ==================================================================
CPI_NOTE = "居民消费价格 breakdown, 全年 governs; 上涨/下降 against 上年 → growth, yoy"
q("城市下降0.1%", "0.1%", "growth", "城市居民消费价格", neg=True,
  metric_alts=["城市", "城市CPI", "城市居民消费价格指数", "城市价格"], **FLOW,
  note="其中 of 居民消费价格 (CPI): head restored; " + CPI_NOTE)
q("农村上涨0.1%", "0.1%", "growth", "农村居民消费价格",
  metric_alts=["农村", "农村CPI", "农村居民消费价格指数", "农村价格"], **FLOW)
for ctx, pct, sign, m, ma in [
        ("食品烟酒类价格下降0.8%", "0.8%", -1, "食品烟酒类价格", ["食品烟酒价格", "食品烟酒类"]),
        ("粮食类上涨1.9%", "1.9%", 1, "粮食类价格", ["粮食类", "粮食价格"]),
        ("鲜菜类下降8.1%", "8.1%", -1, "鲜菜类价格", ["鲜菜类", "鲜菜价格"]),
        ("畜肉类下降7.2%", "7.2%", -1, "畜肉类价格", ["畜肉类", "畜肉价格"]),
        ("水产品类下降3.2%", "3.2%", -1, "水产品类价格", ["水产品类", "水产品价格"]),
        ("蛋类下降2.1%", "2.1%", -1, "蛋类价格", ["蛋类", "蛋价格"]),
        ("鲜果类上涨1.7%", "1.7%", 1, "鲜果类价格", ["鲜果类", "鲜果价格"]),
        ("衣着类价格上涨1.3%", "1.3%", 1, "衣着类价格", ["衣着价格", "衣着类"]),
        ("居住类价格下降0.1%", "0.1%", -1, "居住类价格", ["居住价格", "居住类"]),
        ("交通通信类价格下降1.4%", "1.4%", -1, "交通通信类价格", ["交通通信价格", "交通通信类"]),
        ("教育文化娱乐类价格上涨1.6%", "1.6%", 1, "教育文化娱乐类价格",
         ["教育文化娱乐价格", "教育文化娱乐类"]),
        ("医疗保健类价格上涨0.5%", "0.5%", 1, "医疗保健类价格", ["医疗保健价格", "医疗保健类"]),
        ("其他用品及服务类价格上涨2.7%", "2.7%", 1, "其他用品及服务类价格",
         ["其他用品及服务价格", "其他用品及服务类"])]:
    q(ctx, pct, "growth", m, neg=sign < 0, metric_alts=ma, **FLOW)

# ==== lines 22-40: table 2 (CPI by category, 上年=100) ========================================
g.neg("表2 2023年", "2", "table number (表2), a label, not a fact")
g.neg("表2 2023年", "2023年", PERIOD_NOTE + " (table caption: the year of every cell)")
g.neg("（以上年为100）", "100", "index base written in the column header (上年=100), not a fact")
IDX_NOTE = ("table cell: 价格指数 (以上年为100) → unit index, kind amount, comparison yoy "
            "(70-city table convention); period = the caption's 2023年; metric = row + "
            "价格指数")
ROWS2 = [  # (context, cell, metric, alts)
    ("居民消费价格指数\t100.0", "100.0", "居民消费价格指数", ["居民消费价格", "CPI"]),
    ("城市\t99.9", "99.9", "城市居民消费价格指数", ["城市", "城市价格指数", "居民消费价格指数"]),
    ("农村\t100.1", "100.1", "农村居民消费价格指数", ["农村", "农村价格指数", "居民消费价格指数"]),
    ("一、食品烟酒\t99.2", "99.2", "食品烟酒价格指数", ["食品烟酒", "食品烟酒类价格指数"]),
    ("#粮食\t101.9", "101.9", "粮食价格指数", ["粮食", "粮食类价格指数"]),
    ("鲜菜\t91.9", "91.9", "鲜菜价格指数", ["鲜菜", "鲜菜类价格指数"]),
    ("畜肉\t92.8", "92.8", "畜肉价格指数", ["畜肉", "畜肉类价格指数"]),
    ("水 产 品\t96.8", "96.8", "水产品价格指数",
     ["水产品", "水 产 品", "水 产 品价格指数", "水产品类价格指数"]),
    ("蛋\t97.9", "97.9", "蛋价格指数", ["蛋", "蛋类价格指数"]),
    ("鲜果\t101.7", "101.7", "鲜果价格指数", ["鲜果", "鲜果类价格指数"]),
    ("二、衣着\t101.3", "101.3", "衣着价格指数", ["衣着", "衣着类价格指数"]),
    ("三、居住\t99.9", "99.9", "居住价格指数", ["居住", "居住类价格指数"]),
    ("四、生活用品及服务\t100.0", "100.0", "生活用品及服务价格指数",
     ["生活用品及服务", "生活用品及服务类价格指数"]),
    ("五、交通和通信\t98.6", "98.6", "交通和通信价格指数", ["交通和通信", "交通通信类价格指数"]),
    ("六、教育文化和娱乐\t101.6", "101.6", "教育文化和娱乐价格指数",
     ["教育文化和娱乐", "教育文化娱乐类价格指数"]),
    ("七、医疗保健\t100.5", "100.5", "医疗保健价格指数", ["医疗保健", "医疗保健类价格指数"]),
    ("八、其他用品和服务\t102.7", "102.7", "其他用品和服务价格指数",
     ["其他用品和服务", "其他用品及服务类价格指数"]),
]
first = True
for ctx, cell, m, ma in ROWS2:
    ctx = ctx + "\n"   # whole row as context (城市\t99.9 also ends 三、居住\t99.9)
    label = ctx.split("\t")[0]
    if "、" in label:
        g.neg(ctx, label.split("、")[0], "category number of the CPI table (一、…八、), a list marker")
    g.fact(ctx if g.text.count(ctx) == 1 else "\n" + ctx, cell, value=float(cell), unit="index",
           kind="amount", metric=m, metric_alts=ma, subject=PLACE, subject_alts=SUBJ_ALTS,
           period=T2, period_alts=[FY], comparison="yoy", note=IDX_NOTE if first else None)
    first = False

# ==== line 41-42: 二、农业, output value =========================================================
g.neg("二、农 业", "二", MARKER_NOTE)
q("总产值实现1185.63亿元", "1185.63亿元", "amount", "农林牧渔业总产值",
  metric_alts=["农林牧渔业产值"], **FLOW, note="实现 is not a bound word")
q("1185.63亿元，增长2.3%", "2.3%", "growth", "农林牧渔业总产值",
  metric_alts=["农林牧渔业产值"], **FLOW)
for ctx, amt, m in [("农业总产值773.04亿元", "773.04亿元", "农业总产值"),
                    ("林业总产值5.40亿元", "5.40亿元", "林业总产值"),
                    ("牧业总产值296.70亿元", "296.70亿元", "牧业总产值"),
                    ("渔业总产值6.57亿元", "6.57亿元", "渔业总产值"),
                    ("服务业总产值103.92亿元", "103.92亿元", "农林牧渔服务业总产值")]:
    q(ctx, amt, "amount", m, metric_alts=[m[:-3] + "产值"], **FLOW)

# ==== line 43: grain ==========================================================================
GRAIN = [("粮食播种面积2066.70万亩", "2066.70万亩", "粮食播种面积", "粮食"),
         ("夏粮播种面积1101.60万亩", "1101.60万亩", "夏粮播种面积", "夏粮"),
         ("秋粮播种面积965.10万亩", "965.10万亩", "秋粮播种面积", "秋粮")]
OUT = {"粮食": ("总产量902.61万吨", "902.61万吨", "902.61万吨，减产3.2%", "3.2%", -1),
       "夏粮": ("总产量508.58万吨", "508.58万吨", "508.58万吨，减产8.6%", "8.6%", -1),
       "秋粮": ("总产量394.03万吨", "394.03万吨", "394.03万吨，增产4.8%", "4.8%", 1)}
for ctx, amt, m, crop in GRAIN:
    q(ctx, amt, "amount", m, metric_alts=[crop + "种植面积"], **FLOW)
    c1, t1, c2, t2, sign = OUT[crop]
    alts = [crop + "产量", "总产量", crop + "总产量"]
    q(c1, t1, "amount", crop + "总产量", metric_alts=alts, **FLOW,
      note="总产量 of the crop named at the head of the clause")
    q(c2, t2, "growth", crop + "总产量", neg=sign < 0, metric_alts=alts, **FLOW,
      note="减产 → negative growth" if sign < 0 else "增产 → growth")

# ==== lines 44-45: caption of chart 1 (the image is absent) =====================================
g.neg("图1 2017-2023年", "1", "figure number (图1), a label, not a fact")
g.neg("图1 2017-2023年", "2017-2023年", PERIOD_NOTE + " (chart caption)")
g.neg("单位：万吨", "万吨", "unit line of the absent chart, a label, not a fact")

# ==== line 46: oil crops, vegetables, fruit ======================================================
q("油料产量56.43万吨", "56.43万吨", "amount", "油料产量", **FLOW)
q("比上年增产6.8%", "6.8%", "growth", "油料产量", **FLOW)
q("花生产量50.65万吨", "50.65万吨", "amount", "花生产量", **FLOW)
q("50.65万吨，增产7.5%", "7.5%", "growth", "花生产量", **FLOW)
q("食用菌产量1186.96万吨", "1186.96万吨", "amount", "蔬菜及食用菌产量", **FLOW)
q("1186.96万吨，增产4.2%", "4.2%", "growth", "蔬菜及食用菌产量", **FLOW)
q("瓜果产量356.92万吨", "356.92万吨", "amount", "瓜果产量", **FLOW)
q("356.92万吨，增产1.4%", "1.4%", "growth", "瓜果产量", **FLOW)

# ==== line 47: livestock =========================================================================
q("生猪出栏量745.02万头", "745.02万头", "count", "生猪出栏量",
  metric_alts=["生猪出栏"], **FLOW)
q("745.02万头，增长2.7%", "2.7%", "growth", "生猪出栏量", metric_alts=["生猪出栏"], **FLOW)
q("生猪存栏547.01万头", "547.01万头", "count", "生猪存栏",
  metric_alts=["年末生猪存栏", "生猪存栏量"], **STOCK_YE)
q("547.01万头，增长2.0%", "2.0%", "growth", "生猪存栏",
  metric_alts=["年末生猪存栏", "生猪存栏量"], **CHANGE_YE, note=CHANGE_YE_NOTE)
for ctx, tgt, kind, m, ma in [
        ("猪肉产量55.08万吨", "55.08万吨", "amount", "猪肉产量", None),
        ("55.08万吨，增长4.7%", "4.7%", "growth", "猪肉产量", None),
        ("牛出栏量18.98万头", "18.98万头", "count", "牛出栏量", ["牛出栏"]),
        ("18.98万头，增长8.4%", "8.4%", "growth", "牛出栏量", ["牛出栏"]),
        ("牛肉产量2.87万吨", "2.87万吨", "amount", "牛肉产量", None),
        ("2.87万吨，增长7.1%", "7.1%", "growth", "牛肉产量", None),
        ("羊肉产量4.28万吨", "4.28万吨", "amount", "羊肉产量", None),
        ("4.28万吨，增长2.6%", "2.6%", "growth", "羊肉产量", None),
        ("禽肉产量22.23万吨", "22.23万吨", "amount", "禽肉产量", None),
        ("22.23万吨，增长4.8%", "4.8%", "growth", "禽肉产量", None),
        ("禽蛋产量49.48万吨", "49.48万吨", "amount", "禽蛋产量", None),
        ("49.48万吨，下降2.0%", "2.0%", "growth", "禽蛋产量", None),
        ("牛奶产量4.32万吨", "4.32万吨", "amount", "牛奶产量", None),
        ("4.32万吨，增长10.9%", "10.9%", "growth", "牛奶产量", None)]:
    q(ctx, tgt, kind, m, neg="下降" in ctx, metric_alts=ma, **FLOW_AFTER_YE,
      note=FLOW_AFTER_YE_NOTE if tgt == "55.08万吨" else None)

# ==== lines 48-67: table 3 (output of main farm products) =====================================
g.neg("表3 2023年", "3", "table number (表3), a label, not a fact")
g.neg("表3 2023年", "2023年", PERIOD_NOTE + " (table caption: the year of every cell)")
g.neg("产量（万吨）", "万吨", "unit label of the column header (the scale of the cells below)")
T3_NOTE = ("table cell: 产量（万吨） → ×1e4 t, 比上年增长（%） → growth yoy (negative cell = "
           "decline); period = the caption's 2023年; metric = row + 产量 (design: a 产量 column "
           "is appended to the row)")
ROWS3 = [("粮食", "粮食", ["粮食总产量", "粮食"]),
         ("其中：夏粮", "夏粮", ["夏粮总产量", "夏粮"]),
         ("秋粮", "秋粮", ["秋粮总产量", "秋粮"]),
         ("其中：谷物", "谷物", ["谷物"]),
         ("其中：小麦", "小麦", ["小麦"]),
         ("玉米", "玉米", ["玉米"]),
         ("豆类", "豆类", ["豆类"]),
         ("薯类（鲜薯）", "薯类", ["薯类（鲜薯）产量", "薯类（鲜薯）", "鲜薯产量", "薯类",
                                 "薯类(鲜薯)产量", "薯类(鲜薯)"]),
         ("油料", "油料", ["油料"]),
         ("其中：花生", "花生", ["花生"]),
         ("蔬菜及食用菌", "蔬菜及食用菌", ["蔬菜及食用菌"]),
         ("瓜果", "瓜果", ["瓜果"]),
         ("猪肉", "猪肉", ["猪肉"]),
         ("牛肉", "牛肉", ["牛肉"]),
         ("羊肉", "羊肉", ["羊肉"]),
         ("禽肉", "禽肉", ["禽肉"]),
         ("禽蛋", "禽蛋", ["禽蛋"]),
         ("牛奶", "牛奶", ["牛奶"])]
lines = g.text.split("\n")
first = True
for label, row, ma in ROWS3:
    hits = [l for l in lines if l.startswith(label + "\t")]
    assert len(hits) == 1, (label, hits)
    line = hits[0]
    ctx = "\n" + line + "\n"
    assert g.text.count(ctx) == 1, ctx
    _, amount, growth = line.split("\t")
    q(ctx, amount, "amount", row + "产量", metric_alts=ma, unit_text="万吨", period=T2,
      period_alts=[FY], note=T3_NOTE if first else None)
    q(ctx, growth, "growth", row + "产量", metric_alts=ma, unit_text="%", period=T2,
      period_alts=[FY], nth=0 if growth not in amount else 1)
    first = False

# ==== line 68: machinery =========================================================================
q("总动力1094.62万千瓦", "1094.62万千瓦", "amount", "农业机械总动力", **STOCK_YE)
q("比上年增长4.0%", "4.0%", "growth", "农业机械总动力", **CHANGE_YE, note=CHANGE_YE_NOTE)
q("农用拖拉机30.14万台", "30.14万台", "count", "农用拖拉机",
  metric_alts=["农用拖拉机数量", "农用拖拉机拥有量"], **STOCK_YE)
q("30.14万台，下降2.2%", "2.2%", "growth", "农用拖拉机", neg=True,
  metric_alts=["农用拖拉机数量", "农用拖拉机拥有量"], **CHANGE_YE)

# ==== line 69: brands and farmland ==============================================================
g.neg("截至2023年底", "2023年底", PERIOD_NOTE)
BRAND = dict(period=YD23)
for ctx, tgt, m, ma in [
        ("绿色食品213个", "213个", "有效期内绿色食品", ["绿色食品", "绿色食品数量"]),
        ("地理标志农产品8个", "8个", "地理标志农产品", ["地理标志农产品数量"]),
        ("全国名特优新农产品44个", "44个", "全国名特优新农产品", ["名特优新农产品"]),
        ("标准化生产基地4个", "4个", "全国绿色食品原料标准化生产基地",
         ["绿色食品原料标准化生产基地", "已创建全国绿色食品原料标准化生产基地"]),
        ("国家级农产品品牌1个", "1个", "国家级农产品品牌", ["农产品品牌"]),
        ("省级区域公用品牌9个", "9个", "省级区域公用品牌", ["区域公用品牌"]),
        ("省级农业企业品牌19个", "19个", "省级农业企业品牌", ["农业企业品牌"]),
        ("省级农产品品牌68个", "68个", "省级农产品品牌", ["农产品品牌"])]:
    q(ctx, tgt, "count", m, metric_alts=ma, **BRAND,
      note=("a count in a list of counts (not the article 一个)" if tgt == "1个" else None))
q("116.7万亩高标准农田", "116.7万亩", "amount", "高标准农田",
  metric_alts=["高标准农田建设", "高标准农田建设全面竣工", "竣工高标准农田"], period=YD23,
  period_alts=[P("截至2023年底", "2023-01-01", "2023-12-31"), P("截至2023年底", None, None)],
  note="area of high-standard farmland whose construction was completed; 截至2023年底 governs "
       "the rest of the line (instant); the year and null as alts")
q("100万亩高标准农田示范区", "100万亩", "amount", "高标准农田示范区",
  metric_alts=["高标准农田示范区建设", "高标准农田示范区建设基本完成"], period=YD23,
  period_alts=[P("截至2023年底", "2023-01-01", "2023-12-31"), P("截至2023年底", None, None)])

# ==== lines 70-72: 三、工业和建筑业 ================================================================
g.neg("三、工业和建筑业", "三", MARKER_NOTE)
q("规模以上工业增加值增长5.0%", "5.0%", "growth", "规模以上工业增加值",
  metric_alts=["规上工业增加值", "工业增加值"], **FLOW)
q("重工业增加值增长11.2%", "11.2%", "growth", "重工业增加值", metric_alts=["重工业"], **FLOW)
q("轻工业增加值增长0.2%", "0.2%", "growth", "轻工业增加值", metric_alts=["轻工业"], **FLOW)
g.neg("六大支柱产业", "六大", "set label 六大支柱产业 (six named industries), cf. 八大 in 001")
q("支柱产业增加值增长7.2%", "7.2%", "growth", "六大支柱产业增加值",
  metric_alts=["支柱产业增加值", "六大支柱产业"], **FLOW)
q("全市32个行业大类", "32个", "count", "行业大类",
  metric_alts=["规模以上工业行业大类", "行业大类数量", "行业"], **FLOW,
  note="number of industry divisions in 规模以上工业 (the denominator of 增长面)")
q("有18个行业同比增长", "18个", "count", "同比增长行业",
  metric_alts=["增长行业", "同比增长的行业", "行业", "行业同比增长"], **FLOW,
  note="the predicate (同比增长) defines the counted set → metric")
q("增长面56.3%", "56.3%", "share", "行业增长面",
  metric_alts=["增长面", "行业大类增长面"], **FLOW, note="share of divisions that grew (18/32)")
q("全市133种产品", "133种", "count", "产品",
  metric_alts=["规模以上工业产品", "产品种类", "产品数量"], **FLOW)
q("有72种产品同比增长", "72种", "count", "同比增长产品",
  metric_alts=["增长产品", "同比增长的产品", "产品", "产品同比增长"], **FLOW)
q("增长面54.1%", "54.1%", "share", "产品增长面", metric_alts=["增长面"], **FLOW)

q("分别增长21.4%", "21.4%", "growth", "高新技术产业增加值",
  metric_alts=["高新技术产业"], **FLOW, note="分别 list: first value → first metric")
q("、6.3%，高于", "6.3%", "growth", "高成长性制造业增加值",
  metric_alts=["高成长性制造业"], **FLOW)
g.fact("增速16.4个、", "16.4个", value=16.4, unit="pp", kind="change",
  metric="高新技术产业增加值增速", subject=PLACE, subject_alts=SUBJ_ALTS,
  metric_alts=["高新技术产业增速", "高新技术产业增加值"], comparison="比规模以上工业增加值",
  **FLOW, note="pp gap between growth rates (README §3: metric …增速); the unit 个百分点 is "
               "split (16.4个、1.3个百分点): the span keeps the 个 written with the number")
q("、1.3个百分点", "1.3个百分点", "change", "高成长性制造业增加值增速",
  metric_alts=["高成长性制造业增速", "高成长性制造业增加值"], comparison="比规模以上工业增加值",
  **FLOW)
q("战略性新兴产业增加值同比增长3.9%", "3.9%", "growth", "战略性新兴产业增加值",
  metric_alts=["战略性新兴产业"], **FLOW)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/communique/{DOC_ID}.txt ({len(text):,} "
    "characters with the final newline), sliced by code: title block, preamble, 一、综合 (with "
    "tables 1 and 2), 二、农业 (with table 3 and the caption of chart 1) and the first two "
    "paragraphs of 三、工业和建筑业; the run stops before table 4 to stay inside the budget. "
    "Date: 2024-04-29, the issue date printed under the title (line 3), as in the corpus meta. "
    "The communiqué reports calendar 2023: 全年 / 2023年 = 2023-01-01..2023-12-31, 年末 / "
    "截至2023年末 / 截至2023年底 = the instant 2023-12-31, 上年 = 2022 (comparison yoy). Stocks "
    "(population, 存栏, machinery, market entities, brand counts) are instants; changes of "
    "年末 stocks the instant with the year as alt; annual flows written after 年末 in the same "
    "line (猪肉产量…) take the year, the literal 年末 as alt (as in cm_luoyang_2023). Place: "
    "周口市 (alts 河南省周口市, 周口, 全市). Tables: one fact per numeric cell, span = the bare "
    "number, unit and scale from the column header (年末数（万人）, 比重（%）, 产量（万吨）, "
    "比上年增长（%）); the CPI table's cells are indices (以上年为100 → unit index, kind amount, "
    "comparison yoy, as in the 70-city tables); period = the caption's (2023年末 / 2023年); "
    "metric = row label + column indicator. Negatives: dates and period expressions, table/"
    "figure numbers, section and category numbers (一、…八、), age bounds in table 1's row "
    "labels, slogans (两个确保, 十大战略, 三年行动计划, 十二个紧盯, 五个清单, 七个专项行动), sector "
    "names 第一/二/三产业 and the set label 六大(支柱产业).")

g.write(date="2024-04-29",
        source=f"shared/texts/communique/{DOC_ID}.txt lines {FIRST}–{LAST} (周口市统计局)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
