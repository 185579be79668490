"""Gold annotations for cm_qiandongnan_2023 (黔东南苗族侗族自治州2023年国民经济和社会发展统计公报).

The excerpt corpora/cm_qiandongnan_2023.txt is lines 263-300 (1-based, inclusive, whole lines,
newline kept) of shared/texts/communique/cm_qiandongnan_2023.txt, sliced by code from the
source bytes, never retyped: the end of 九、文化和旅游 (scenic spots, 风景名胜区), 十、教育、科技和
体育 (with table 16), 十一、卫生和社会服务 and 十二、环境保护和生产安全 (2,232 characters).
Facts and negatives are written by hand from the text, sentence by sentence and cell by cell;
values are computed from the span's own number, scale and unit (prose) or from the column
header's unit (table 16: 绝对数（人）, 比上年增长（%）); offsets come from unique context strings
(corpora/annotate.py).

    python corpora/annotations/cm_qiandongnan_2023.py
    czfacts check-gold corpora
"""
import functools
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, TEXTS, excerpt_gold, quantity_fact  # noqa: E402

DOC_ID = "cm_qiandongnan_2023"
PLACE = "黔东南苗族侗族自治州"          # full name in czfacts/data/places.toml (as cm_qiandongnan_2016)
SUBJ_ALTS = ["贵州省黔东南苗族侗族自治州", "黔东南州", "黔东南", "全州"]
SRC = (TEXTS / "communique") / f"{DOC_ID}.txt"
FIRST, LAST = 263, 300                   # 1-based, inclusive, whole lines
TITLE = "黔东南苗族侗族自治州2023年国民经济和社会发展统计公报"

g = excerpt_gold(SRC, FIRST, LAST, CORPORA, DOC_ID, place=PLACE,
                 starts="年末全州有5A级旅游景区1个",
                 ends="死亡人数39人，比上年下降4.9%。")
text = g.text

# ---- periods (communiqué of calendar 2023, issued 2024-05-07) ------------------------------
FY = P("全年", "2023-01-01", "2023-12-31")
YE = P("年末", "2023-12-31", "2023-12-31")
FY_NULL = P("全年", None, None)
Y2023 = P("2023年", "2023-01-01", "2023-12-31")
T16 = P("2023年", "2023-01-01", "2023-12-31")              # caption of table 16
T16_AT = P("2023年", "2023-12-31", "2023-12-31")

STOCK_YE = dict(period=YE)                                  # stock under an explicit 年末
FLOW_AFTER_YE = dict(period=FY, period_alts=[YE])           # flow written after 年末
RATE_YE = dict(period=YE, period_alts=[FY])                 # rate of the year under 年末
FLOW = dict(period=FY)                                      # under an explicit 全年
STOCK_FY = dict(period=YE, period_alts=[FY])                # stock under an explicit 全年
DOCSTOCK = dict(period=YE, period_alts=[FY, FY_NULL])       # stock, no period in the paragraph
DOCFLOW = dict(period=FY, period_alts=[FY_NULL])            # flow, no period in the paragraph

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SECTION_NOTE = "section number of the communiqué, a list marker"
FLOW_AFTER_YE_NOTE = ("annual flow written after 年末 in the same paragraph: the communiqué's "
                      "year 2023 (cf. cm_luoyang_2023), the literal 年末 instant in period_alts")
RATE_YE_NOTE = ("rate of the school year stated under the paragraph's 年末: the instant "
                "2023-12-31, the year 2023 in period_alts")
STOCK_FY_NOTE = ("stock under the paragraph's 全年: instant at its end (2023-12-31); the literal "
                 "inheritance (the year) in period_alts")
DOCSTOCK_NOTE = ("stock with no period expression before it in its paragraph: instant at the end "
                 "of the communiqué's year (SPEC §4); the year and null in period_alts")
SPLIT_NOTE = ("the PDF reflow cut this sentence across two lines; the pieces count as one "
              "paragraph (as blank-line cuts in 000), so the period before the cut governs")

# surface unit (after the scale) → (canonical unit, factor)
SURFACE = {"元": ("CNY", "1"), "%": ("%", "1"), "‰": ("%", "0.1"), "个百分点": ("pp", "1"),
           "公顷": ("m2", "1e4"), "平方公里": ("m2", "1e6")}
CLASSIFIERS = {"个", "所", "人", "间", "张", "项", "家", "枚", "起", "人次"}
QTY = re.compile(r"(-?\d+(?:\.\d+)?)([万亿]?)\n?(.*)", re.S)


q = functools.partial(quantity_fact, g, surfaces=SURFACE, classifiers=CLASSIFIERS, subject=PLACE,
                      subject_alts=SUBJ_ALTS, pattern=QTY)


def counts(rows, **kw):
    """(context, target, metric, extra alts) rows of plain counts: alt `<metric>数量`."""
    for ctx, target, metric, alts in rows:
        q(ctx, target, "count", metric, metric_alts=alts + [f"{metric}数量"], **kw)


# ==== lines 263-264: A-grade scenic spots, rural tourism villages, rooms (one paragraph) ======
GRADE_NOTE = ("A-grade class label (5A级 …) defining the scenic spots being counted: part of the "
              "count's metric (SPEC §2 threshold), not a fact")
g.neg("年末全州有5A级", "5A级", GRADE_NOTE)
counts([("5A级旅游景区1个", "1个", "5A级旅游景区", ["5A级景区", "旅游景区"])], **STOCK_YE,
       note="a count (next to 20个/48个), not an article; 年末 stock")
g.neg("；4A级旅游景区", "4A级", GRADE_NOTE)
counts([("4A级旅游景区20个", "20个", "4A级旅游景区", ["4A级景区", "旅游景区"])], **STOCK_YE)
g.neg("；3A\n级旅游景区", "3A\n级", GRADE_NOTE + "; the PDF reflow cut 3A|级 across two lines")
counts([("级旅游景区48个", "48个", "3A级旅游景区", ["3A级景区", "旅游景区"])], **STOCK_YE,
       note=SPLIT_NOTE + " (年末 of line 263)")
counts([("国家级乡村旅游重点村6个", "6个", "国家级乡村旅游重点村", ["乡村旅游重点村"]),
        ("省级以上乡村旅游重点村达67个", "67个", "省级以上乡村旅游重点村",
         ["乡村旅游重点村", "省级以上乡村旅游重点村达"])], **STOCK_YE,
       note="省级以上 is a level threshold inside the metric (no numeral); 达 → eq")
q("客房数10.75万间", "10.75万间", "count", "客房数",
  metric_alts=["客房", "共有客房数", "客房数量"], **STOCK_YE)
q("客房床位数18.86万张", "18.86万张", "count", "客房床位数",
  metric_alts=["客房床位", "床位数", "床位"], **STOCK_YE)

# ==== lines 265-266: 风景名胜区 (one paragraph cut by the reflow) ==============================
SCENIC = ["风景名胜区数量", "风景名胜区个数"]
q("年末全州有风景名胜区10个", "10个", "count", "风景名胜区", metric_alts=SCENIC, **STOCK_YE)
q("总面积20.43万公顷", "20.43万公顷", "amount", "风景名胜区总面积",
  metric_alts=["总面积", "风景名胜区面积"], **STOCK_YE,
  note="head 风景名胜区 restored; 公顷 → m2 (×1e4)")
q("州国土面积6.8%", "6.8%", "share", "风景名胜区总面积占全州国土面积比重",
  metric_alts=["占全州国土面积", "占全州国土面积比重", "风景名胜区总面积占全州国土面积",
               "风景名胜区面积占全州国土面积比重", "风景名胜区面积占比", "占国土面积比重"],
  **STOCK_YE, note=SPLIT_NOTE + " (占全|州国土面积); share of a 年末 stock")
q("国家级风景名胜区3个", "3个", "count", "国家级风景名胜区",
  metric_alts=["国家级风景名胜区数量"], **STOCK_YE)
q("3个，面积12.49万公顷", "12.49万公顷", "amount", "国家级风景名胜区面积",
  metric_alts=["面积"], **STOCK_YE, note="head 国家级风景名胜区 restored")
q("省级风景名胜区7个", "7个", "count", "省级风景名胜区",
  metric_alts=["省级风景名胜区数量"], **STOCK_YE)
q("7个，面积7.94万公顷", "7.94万公顷", "amount", "省级风景名胜区面积",
  metric_alts=["面积"], **STOCK_YE, note="head 省级风景名胜区 restored")

# ==== line 267: section heading ===============================================================
g.neg("十、教育、科技和体育", "十、", SECTION_NOTE)

# ==== line 268: schools (年末 governs the paragraph) ===========================================
q("高等教育学校3所", "3所", "count", "高等教育学校",
  metric_alts=["高等教育学校数量", "高等学校", "高校"], **STOCK_YE)
q("本科院校1所", "1所", "count", "本科院校", metric_alts=["本科院校数量"], **STOCK_YE,
  note="a count (本科院校 1 所 next to 高等专科学校 2 所), not an article")


def school(name, intake=None, enrolled=None, grads=None, alias=(), grad_word="毕业生",
           enrol_ctx=None):
    """招生 / 在校学生 / 毕业生 of one school type: the elided head restored (README §3);
    招生 and 毕业生 are flows of the year, 在校学生 a 年末 stock."""
    if intake:
        q(f"招生{intake}", intake, "count", f"{name}招生",
          metric_alts=["招生", "招生人数", "招生数", f"{name}招生人数", f"{name}招生数"]
          + [f"{a}招生" for a in alias], **FLOW_AFTER_YE,
          note="招生 of the year (flow), head restored from the list; " + FLOW_AFTER_YE_NOTE)
    if enrolled:
        q(enrol_ctx or f"在校学生{enrolled}", enrolled, "count", f"{name}在校学生",
          metric_alts=["在校学生", "在校学生数", "在校生", "在校生数", f"{name}在校学生数",
                       f"{name}在校生", f"{name}在校生数"] + [f"{a}在校学生" for a in alias]
          + [f"{a}在校生数" for a in alias],
          **STOCK_YE, note="students enrolled: a stock at 年末; head restored from the list")
    if grads:
        q(f"{grad_word}{grads}", grads, "count", f"{name}{grad_word}",
          metric_alts=["毕业生", "毕业生数", "毕业生人数", f"{name}毕业生数",
                       f"{name}毕业生人数", f"{name}毕业生"] + [f"{a}毕业生" for a in alias],
          **FLOW_AFTER_YE, note="graduates of the year (flow); " + FLOW_AFTER_YE_NOTE)


school("本科院校", "3050人", "10945人", "2876人", alias=["本科"])
q("高等专科学校2所", "2所", "count", "高等专科学校", metric_alts=["高等专科学校数量"],
  **STOCK_YE)
school("高等专科学校", "9087人", "24979人", "8228人", alias=["高专", "专科"])
q("中等职业技术学校21所", "21所", "count", "中等职业技术学校",
  metric_alts=["中等职业技术学校数量", "中职学校"], **STOCK_YE)
school("中等职业技术学校", "35515人", "79749人", alias=["中职", "中职学校", "中等职业学校",
                                                   "中等职业教育"])
q("非全日制在校学生41913人", "41913人", "count", "中等职业技术学校非全日制在校学生",
  metric_alts=["非全日制在校学生", "非全日制在校学生数", "中职非全日制在校学生",
               "中等职业技术学校非全日制在校学生数"], **STOCK_YE,
  note="其中 inside the brackets after the 中职 enrolment: head restored; 年末 stock")
school("中等职业技术学校", grads="9981人", grad_word="毕（结）业生",
       alias=["中职", "中职学校", "中等职业学校"])
q("普通高中46所", "46所", "count", "普通高中", metric_alts=["普通高中数量"], **STOCK_YE)
school("普通高中", "33302人", "100883人", "32829人", alias=["高中"])
q("初级中学141所", "141所", "count", "初级中学", metric_alts=["初级中学数量", "初中"],
  **STOCK_YE)
g.neg("九年一贯制学校12所", "九年一贯制",
      "school type name 九年一贯制 ('nine-year through' school), not a duration or count")
q("九年一贯制学校12所", "12所", "count", "九年一贯制学校",
  metric_alts=["九年一贯制学校数量"], **STOCK_YE)
school("初级中学", enrolled="200970人", enrol_ctx="12所，在校学生200970人",
       alias=["初中", "初级中学和九年一贯制学校"])
q("小学622所", "622所", "count", "小学", metric_alts=["小学数量", "普通小学"], **STOCK_YE)
q("教学点369个", "369个", "count", "教学点", metric_alts=["教学点数量", "小学教学点"],
  **STOCK_YE)
school("小学", enrolled="394957人", alias=["普通小学"])
q("幼儿园1250所", "1250所", "count", "幼儿园", metric_alts=["幼儿园数量"], **STOCK_YE)
q("民办428所", "428所", "count", "民办幼儿园", metric_alts=["民办幼儿园数量", "民办"],
  **STOCK_YE, note="其中 inside the brackets after 幼儿园: head 幼儿园 restored")
q("在园幼儿149190人", "149190人", "count", "在园幼儿",
  metric_alts=["在园幼儿数", "在园幼儿人数"], **STOCK_YE)
q("录取本科学生17836人", "17836人", "count", "普通高考录取本科学生",
  metric_alts=["录取本科学生", "普通高考录取本科学生人数", "录取本科学生人数",
               "高考录取本科学生", "本科录取人数"], **FLOW_AFTER_YE, note=FLOW_AFTER_YE_NOTE)
q("上线率49.78%", "49.78%", "share", "本科及以上上线率",
  metric_alts=["上线率", "普通高考本科及以上上线率", "本科上线率", "高考本科及以上上线率"],
  **FLOW_AFTER_YE, note="rate of the year's 高考 candidates (a rate of a population → share); "
                        + FLOW_AFTER_YE_NOTE)
q("录取专科学生17362人", "17362人", "count", "录取专科学生",
  metric_alts=["普通高考录取专科学生", "录取专科学生人数", "普通高考录取专科学生人数",
               "专科录取人数"], **FLOW_AFTER_YE,
  note="普通高考 carried over from the first item in the alts; " + FLOW_AFTER_YE_NOTE)
g.neg("中职单报高职", "单报", "单报 'apply only (to 高职)', part of the admission route's "
      "name; 单 is not a number")
q("录取专科学生8226人", "8226人", "count", "中职单报高职录取专科学生",
  metric_alts=["中职单报高职录取专科学生人数", "中职单报高职录取", "录取专科学生"],
  **FLOW_AFTER_YE, note=FLOW_AFTER_YE_NOTE)
q("免杂费覆盖率已达100%", "100%", "share", "义务教育阶段学校学生免杂费覆盖率",
  metric_alts=["免杂费覆盖率", "义务教育阶段学校免杂费覆盖率", "义务教育免杂费覆盖率"],
  **STOCK_YE, note="coverage reached (已达): share of a stock at 年末")
q("免除教科书覆盖率达到100%", "100%", "share", "免除教科书覆盖率",
  metric_alts=["义务教育阶段学校学生免除教科书覆盖率", "免教科书覆盖率",
               "义务教育阶段学校免除教科书覆盖率"],
  **STOCK_YE, note="达到: share of a stock at 年末; head 义务教育阶段学校学生 in the alts")
g.neg("九年义务教育巩固率", "九年", "part of the indicator name 九年义务教育巩固率 (the nine "
      "compulsory years), not a duration fact")
q("巩固率96.59%", "96.59%", "share", "九年义务教育巩固率",
  metric_alts=["义务教育巩固率", "巩固率"], **RATE_YE, note=RATE_YE_NOTE)
q("毛入学率92.97%", "92.97%", "share", "高中阶段毛入学率",
  metric_alts=["高中阶段教育毛入学率", "毛入学率"], **RATE_YE, note=RATE_YE_NOTE)

# ==== lines 269-284: table 16 (招生数, 在校生数) ===============================================
g.neg("表16 2023年", "16", "table number (表16), a label, not a fact")
g.neg("表16 2023年", "2023年", PERIOD_NOTE + " (table caption: the year of every cell)")
TAB_NOTE = ("table cell: value in the column header's unit (绝对数（人） → persons; 比上年增长（%） "
            "→ growth yoy, a negative cell = a fall), span = the bare number; metric = row label "
            "+ column indicator (招生数 / 在校生数)")
INTAKE_T = dict(period=T16)
ENROL_T = dict(period=T16_AT, period_alts=[T16])
ROWS16 = [  # (row label, level, growth, metric head, alts heads)
    ("各级各类学校招生数", "268659", "3.7", "各级各类学校", ["招生数"]),
    ("#普通高等学校", "12137", "13.3", "普通高等学校", ["普通高校", "高等学校", "高等教育学校"]),
    ("中等职业教育", "35515", "14.2", "中等职业教育", ["中等职业技术学校", "中职"]),
    ("普通高中", "33302", "-2.1", "普通高中", ["高中"]),
    ("初中", "68183", "0.6", "初中", ["初级中学"]),
    ("普通小学", "69512", "19.6", "普通小学", ["小学"]),
    ("幼儿园", "50010", "-12.7", "幼儿园", []),
    ("各级各类学校在校生数", "961673", "2.1", "各级各类学校", ["在校生数"]),
    ("#普通高等学校", "35924", "1.6", "普通高等学校", ["普通高校", "高等学校", "高等教育学校"]),
    ("中等职业教育", "79749", "42.8", "中等职业教育", ["中等职业技术学校", "中职"]),
    ("普通高中", "100883", "-1", "普通高中", ["高中"]),
    ("初中", "200970", "4.2", "初中", ["初级中学"]),
    ("普通小学", "394957", "0.8", "普通小学", ["小学"]),
    ("幼儿园", "149190", "-8.9", "幼儿园", ["在园幼儿"]),
]
for i, (label, level, growth, head, heads) in enumerate(ROWS16):
    ctx = f"{label}\t{level}\t{growth}\n"
    what = "招生数" if i < 7 else "在校生数"
    metric = f"{head}{what}"
    alts = [f"{h}{what}" for h in heads] + [head, label.lstrip("#"), f"{head}{what[:2]}",
                                            f"{head}{what[:2]}人数"]
    if what == "在校生数":
        alts += [f"{head}在校学生", f"{head}在校学生数"]
    alts = [a for a in dict.fromkeys(alts) if a != metric]
    per = INTAKE_T if what == "招生数" else ENROL_T
    q(ctx, level, "count", metric, metric_alts=alts, unit_text="人", **per,
      note=TAB_NOTE + ("; 招生 of the year 2023 (caption)" if what == "招生数" else
                       "; students enrolled: a stock → instant 2023-12-31, the caption's "
                       "year in period_alts"))
    q(ctx, growth, "growth", metric, metric_alts=alts,
      unit_text="%", **per, note=TAB_NOTE + "; the sign is the cell's own")

# ==== lines 285-286: science and technology (全年; one paragraph cut by the reflow) =========
PROJ = ["科技计划项目", "省级以上科技计划项目数", "向上争取实施省级以上科技计划项目",
        "争取实施省级以上科技计划项目"]
q("科技计划项目88项", "88项", "count", "省级以上科技计划项目", metric_alts=PROJ, **FLOW,
  note="projects won in the year (向上争取实施): flow; 省级以上 is a level threshold in the metric")
q("年增长66.0%", "66.0%", "growth", "省级以上科技计划项目", metric_alts=PROJ, **FLOW,
  note=SPLIT_NOTE + " (比上|年增长)")
FUND = ["争取到资金", "省级以上科技计划项目资金", "争取资金", "资金"]
q("争取到资金5737万元", "5737万元", "amount", "争取到资金", metric_alts=FUND[1:], **FLOW,
  note="funds won with the provincial-and-above projects")
q("5737万元，比上年增长4.7%", "4.7%", "growth", "争取到资金", metric_alts=FUND[1:], **FLOW)
q("州级科技计划项目49项", "49项", "count", "州级科技计划项目",
  metric_alts=["立项实施州级科技计划项目", "州级科技计划项目数", "州级科技计划项目立项"],
  **FLOW)
q("立项资金260万元", "260万元", "amount", "立项资金",
  metric_alts=["州级科技计划项目立项资金", "州级科技计划项目资金"], **FLOW)
q("高新技术企业52家", "52家", "count", "高新技术企业",
  metric_alts=["认定高新技术企业", "高新技术企业数量", "认定高新技术企业数量",
               "高新技术企业增量"], **FLOW,
  note="firms certified in the year (认定): a flow of the year, not the stock")
q("评价系统143家", "143家", "count", "入库国家科技型中小企业评价系统企业",
  metric_alts=["入库国家科技型中小企业评价系统", "国家科技型中小企业", "科技型中小企业",
               "入库企业", "入库国家科技型中小企业评价系统企业数量"], **FLOW,
  note="the predicate (入库…评价系统) defines the counted firms → metric")
TC = ["技术合同", "技术合同登记数", "登记技术合同", "技术合同登记完成", "技术合同登记项数"]
q("登记完成482项", "482项", "count", "技术合同登记", metric_alts=TC, **FLOW)
q("482项，比上年增长19.9%", "19.9%", "growth", "技术合同登记", metric_alts=TC, **FLOW)
TCV = ["技术合同成交额", "技术合同交易额", "技术合同成交金额"]
q("交易金额达31.28亿元", "31.28亿元", "amount", "技术合同交易金额", metric_alts=TCV, **FLOW,
  note="达 → eq")
q("31.28亿元，比上年增长16.1%", "16.1%", "growth", "技术合同交易金额", metric_alts=TCV, **FLOW)
q("技术交易额20.83亿元", "20.83亿元", "amount", "技术交易额",
  metric_alts=["技术合同技术交易额", "技术合同中技术交易额"], **FLOW,
  note="其中 of the contract value")

# ==== lines 287-288: sports venues (年末; one paragraph cut by the reflow) =================
q("县级室内体育馆9个", "9个", "count", "县级室内体育馆",
  metric_alts=["室内体育馆", "县级室内体育馆数量"], **STOCK_YE)
q("县级公共露天体育场9\n个", "9\n个", "count", "县级公共露天体育场",
  metric_alts=["公共露天体育场", "露天体育场", "县级公共露天体育场数量"], **STOCK_YE,
  note="the PDF reflow cut 9|个 across two lines: the span is the tightest stretch holding "
       "number and classifier, so it keeps the line break (as 5000⏎⏎余吨 in doc002)")
q("公共游泳馆6个", "6个", "count", "公共游泳馆", metric_alts=["游泳馆", "公共游泳馆数量"],
  **STOCK_YE, note=SPLIT_NOTE + " (年末 of line 287)")
q("体育公园15个", "15个", "count", "体育公园", metric_alts=["体育公园数量"], **STOCK_YE,
  note=SPLIT_NOTE + " (年末 of line 287)")

# ==== lines 289-290: athletes and medals (one paragraph cut by the reflow) =================
ATH_NOTE = ("athlete grade threshold (二级以上) defining the counted set: part of the metric "
            "(SPEC §2), not a fact")
g.neg("全州二级以上运动员1065人", "二级", ATH_NOTE)
q("运动员1065人", "1065人", "count", "二级以上运动员",
  metric_alts=["运动员", "二级以上运动员人数", "二级以上运动员数量"], **DOCSTOCK,
  note="stock of registered athletes; the 2023年 comes after it (inside the brackets) → "
       + DOCSTOCK_NOTE)
g.neg("（其中2023年新增", "2023年", PERIOD_NOTE)
g.neg("2023年新增二级以上", "二级", ATH_NOTE)
q("运动员77人", "77人", "count", "新增二级以上运动员",
  metric_alts=["二级以上运动员增量", "二级以上运动员", "新增运动员", "二级以上运动员数量增量",
               "新增二级以上运动员人数"], period=Y2023,
  note="其中2023年新增: athletes added in 2023 (a count of new ones, 增量 alts, README §3); "
       + SPLIT_NOTE + " (新增二级以上|运动员)")
MEDAL_NOTE = ("medals won at the year's provincial-and-above championships; the 2023年 of the "
              "brackets (or the communiqué's year) governs; null in period_alts")
for ctx, tgt, noun in [("金牌49枚", "49枚", "金牌"), ("银牌60枚", "60枚", "银牌"),
                       ("铜牌68枚", "68枚", "铜牌")]:
    q(ctx, tgt, "count", noun, metric_alts=[f"{noun}数", f"获得{noun}", f"{noun}数量"],
      period=Y2023, period_alts=[FY_NULL], note=MEDAL_NOTE)

# ==== line 291: section heading ===============================================================
g.neg("十一、卫生和社会服务", "十一、", SECTION_NOTE)

# ==== lines 292-293: health institutions, beds, staff (no period; one paragraph) ===========
HEALTH = [
    ("卫生机构3710个", "3710个", "卫生机构", ["拥有卫生机构"]),
    ("医院122个", "122个", "医院", []),
    ("社区卫生服务中心）218个", "218个", "乡镇卫生院（含社区卫生服务中心）",
     ["乡镇卫生院", "乡镇卫生院(含社区卫生服务中心)"]),
    ("站）17个", "17个", "妇幼保健院（所、站）", ["妇幼保健院", "妇幼保健院(所、站)",
                                         "妇幼保健机构"]),
    ("疾病预防控制中心17个", "17个", "疾病预防控制中心", []),
    ("卫生监督所17所", "17所", "卫生监督所", []),
    ("健康教育机构2个", "2个", "健康教育机构", []),
    ("急救中心1个", "1个", "急救中心", []),
    ("医务室）486个", "486个", "诊所（卫生所、医务室）", ["诊所", "诊所(卫生所、医务室)"]),
    ("门诊部14个", "14个", "门诊部", []),
    ("卫生服务站8个", "8个", "卫生服务站", []),
    ("村卫生室2803个", "2803个", "村卫生室", []),
    ("采供血机构4个", "4个", "采供血机构", []),
    ("其他卫生机构1个", "1个", "其他卫生机构", []),
    ("医院病床29552张", "29552张", "医院病床", ["病床", "医院病床数", "医院床位"]),
    ("卫生技术人员34286人", "34286人", "卫生技术人员", []),
    ("执业医师8658人", "8658人", "执业医师", []),
    ("执业助理医师2769人", "2769人", "执业助理医师", []),
    ("注册护士14936人", "14936人", "注册护士", ["护士"]),
    ("（士）1297人", "1297人", "药师（士）", ["药师", "药师(士)"]),
    ("技师2757人", "2757人", "技师", []),
    ("卫生监督员233人", "233人", "卫生监督员", []),
    ("其他卫生技术人员3636人", "3636人", "其他卫生技术人员", []),
]
counts(HEALTH, **DOCSTOCK, note=DOCSTOCK_NOTE)

# ==== line 294: community services, elderly care, relief (年末 … 全年) ======================
counts([("社区服务机构设施2770个", "2770个", "社区服务机构设施", ["社区服务机构"]),
        ("社区服务指导中心1个", "1个", "社区服务指导中心", []),
        ("社区服务中心141个", "141个", "社区服务中心", []),
        ("社区服务站2623个", "2623个", "社区服务站", []),
        ("社区专项服务机构和设施5个", "5个", "社区专项服务机构和设施", ["社区专项服务机构"]),
        ("养老服务机构57所", "57所", "养老服务机构",
         ["投入使用的养老服务机构", "养老机构"])], **STOCK_YE)
q("有床位5923张", "5923张", "count", "养老服务机构床位",
  metric_alts=["床位", "床位数", "养老床位", "养老服务机构床位数"], **STOCK_YE,
  note="the beds of the 57 elderly-care institutions; head restored; 年末 stock")
q("入住人数2146人", "2146人", "count", "养老服务机构入住人数",
  metric_alts=["入住人数", "入住老人", "养老服务机构入住"], **STOCK_YE,
  note="residents at 年末 (a stock); head restored")
q("优抚对象28.16万人次", "28.16万人次", "count", "国家抚恤补助优抚对象",
  metric_alts=["优抚对象", "国家抚恤补助优抚对象人次", "抚恤补助优抚对象"], **FLOW,
  note="人次 is a classifier (SPEC §3)")
q("补助金额1.94亿元", "1.94亿元", "amount", "国家抚恤补助金额",
  metric_alts=["补助金额", "抚恤补助金额", "优抚补助金额"], **FLOW)
DON = ["社会捐赠金额", "民政接受社会捐赠金额", "接受社会捐赠金额", "社会捐赠"]
q("社会捐赠金额1457.82万元", "1457.82万元", "amount", "社会捐赠金额", metric_alts=DON[1:],
  **FLOW)
q("比上年增加393.17万元", "393.17万元", "amount", "社会捐赠金额增量",
  metric_alts=DON + ["民政接受社会捐赠金额增量"], **FLOW,
  note="absolute change of a level (SPEC §2): metric + 增量, signed (增加 → +)")

# ==== line 295: section heading ===============================================================
g.neg("十二、环境保护和生产安全", "十二、", SECTION_NOTE)

# ==== line 296: nature reserves (年末), afforestation, soil and rock desertification (全年) ==
q("自然保护区（点）19个", "19个", "count", "自然保护区（点）",
  metric_alts=["自然保护区", "自然保护区(点)", "自然保护区数量"], **STOCK_YE)
q("国家级保护区1个", "1个", "count", "国家级保护区",
  metric_alts=["国家级自然保护区", "国家级保护区数量"], **STOCK_YE,
  note="a count (国家级 1 个, 省级 1 个), not an article")
q("省级保护区1个", "1个", "count", "省级保护区",
  metric_alts=["省级自然保护区", "省级保护区数量"], **STOCK_YE)
q("自然保护区面积23.75万公顷", "23.75万公顷", "amount", "自然保护区面积",
  metric_alts=["保护区面积"], **STOCK_YE)
q("州国土面积7.8%", "7.8%", "share", "自然保护区面积占全州国土面积比重",
  metric_alts=["占全州国土面积", "占全州国土面积比重", "自然保护区面积占全州国土面积",
               "自然保护区面积占比", "占国土面积比重"], **STOCK_YE,
  note="share of a 年末 stock")
FOREST = ["营造林", "营造林面积增速"]
q("营造林面积3.54万公顷", "3.54万公顷", "amount", "营造林面积", metric_alts=FOREST[:1],
  **FLOW)
q("3.54万公顷，比上年增长0.6%", "0.6%", "growth", "营造林面积", metric_alts=FOREST, **FLOW)
for ctx, tgt, metric, alts in [
        ("封山育林面积0.45万公顷", "0.45万公顷", "封山育林面积", ["封山育林"]),
        ("退化林修复面积1.60万公顷", "1.60万公顷", "退化林修复面积", ["退化林修复"]),
        ("改培面积1.11万公顷", "1.11万公顷", "改培面积",
         ["退化林改培面积", "改培", "退化林修复改培面积"]),
        ("中幼林抚育面积0.38万公顷", "0.38万公顷", "中幼林抚育面积", ["中幼林抚育"])]:
    q(ctx, tgt, "amount", metric, metric_alts=alts, **FLOW,
      note="其中 of 营造林面积; 全年 governs")
q("水土流失面积261.11平方公里", "261.11平方公里", "amount", "新增综合治理水土流失面积",
  metric_alts=["累计新增综合治理水土流失面积", "综合治理水土流失面积", "水土流失治理面积",
               "水土流失面积"], **FLOW,
  note="累计新增 = accumulated over the year (a flow of newly treated area): the paragraph's "
       "全年, no stock reading; 平方公里 → m2 (×1e6)")
q("等8个县（市）", "8个", "count", "完成石漠化综合治理的县（市）",
  metric_alts=["县（市）", "县(市)", "县", "完成石漠化综合治理县（市）", "石漠化综合治理县（市）",
               "完成石漠化综合治理的县(市)", "县（市）数量"], **FLOW,
  note="凯里、黄平、施秉等8个县（市）: the counties that completed the work; the predicate "
       "defines the counted set → metric")
q("综合治理面积16.1平方公里", "16.1平方公里", "amount", "石漠化综合治理面积",
  metric_alts=["完成石漠化综合治理面积", "石漠化治理面积"],
  subject_alts=SUBJ_ALTS + ["凯里、黄平、施秉等8个县（市）", "8个县（市）"], **FLOW,
  note="the prefecture's total over the 8 counties; the counties are an alt")

# ==== line 297: refuse treatment, village coverage, traditional villages (年末 … 2023年) =====
q("无害化处理率85.9%", "85.9%", "share", "城乡生活垃圾无害化处理率",
  metric_alts=["生活垃圾无害化处理率", "无害化处理率"], **STOCK_YE,
  note="rate stated at 年末 → instant")
g.neg("30户以上自然村寨", "30户", "threshold (30户以上) defining the villages whose coverage is "
      "measured: part of the metric of 98.7% (SPEC §2), not a fact")
q("覆盖率98.7%", "98.7%", "share", "30户以上自然村寨覆盖率",
  metric_alts=["自然村寨覆盖率", "30户以上自然村寨生活垃圾收运体系覆盖率",
               "生活垃圾收运体系30户以上自然村寨覆盖率", "覆盖率"], **STOCK_YE,
  note="coverage of the refuse collection system; 年末 of the paragraph governs (instant)")
g.neg("2023年国家级传统村落", "2023年",
      PERIOD_NOTE + " (the year of the 国家级传统村落集中连片保护利用示范 programme)")
g.neg("黄岗、四寨、堂安", "四寨", "village name 四寨 (黎平县), not a quantity")
PROG = ["国家级传统村落集中连片保护利用示范州建设", "传统村落集中连片保护利用示范州",
        "国家级传统村落集中连片保护利用示范州"]
PROG_NOTE = ("the 2023 batch of the national traditional-village demonstration: 2023年 governs; "
             "the programme is a subject alt, the prefecture the subject (示范州)")
q("榕江大利5个重点建设片区", "5个", "count", "重点建设片区",
  metric_alts=["重点建设片区数量", "涉及重点建设片区"], subject_alts=SUBJ_ALTS + PROG,
  period=Y2023, period_alts=[FY_NULL], note=PROG_NOTE + "; the five areas are named")
q("片区和25个保护利用型村寨", "25个", "count", "保护利用型村寨",
  metric_alts=["保护利用型村寨数量", "涉及保护利用型村寨"], subject_alts=SUBJ_ALTS + PROG,
  period=Y2023, period_alts=[FY_NULL], note=PROG_NOTE)
q("完成实施项目共384个", "384个", "count", "完成实施项目",
  metric_alts=["实施项目", "完成实施项目数量", "项目"], subject_alts=SUBJ_ALTS + PROG,
  period=Y2023, period_alts=[FY_NULL], note=PROG_NOTE + "; 共 → eq")

# ==== lines 298-299: environmental agencies (年末), water and air quality (全年) ============
counts([("环境保护系统机构53个", "53个", "县级以上环境保护系统机构",
         ["环境保护系统机构", "环保系统机构"])], **STOCK_YE)
q("\n473人", "473人", "count", "县级以上环境保护系统机构实有人数",
  metric_alts=["实有人数", "环境保护系统实有人数", "环境保护系统机构实有人数",
               "环保系统实有人数"], **STOCK_YE,
  note="staff of the agencies at 年末; " + SPLIT_NOTE + " (实有人数|473人)")
counts([("环境监测站17个", "17个", "环境监测站", []),
        ("环境监测人员172人", "172人", "环境监测人员", []),
        ("监察机构17个", "17个", "监察机构", ["环境监察机构"]),
        ("监察人员186人", "186人", "监察人员", ["环境监察人员"])], **STOCK_YE,
       note="其中 of the agencies and their staff: 年末 stock")
q("水质达标率达到100%", "100%", "share", "集中式饮用水源地水质达标率",
  metric_alts=["饮用水源地水质达标率", "水质达标率", "集中式饮用水水源地水质达标率"], **FLOW,
  note="rate of the year's monitoring (全年) → the year")
q("全州42个国控", "42个", "count", "国控、省控地表水考核断面",
  metric_alts=["地表水考核断面", "国控省控地表水考核断面", "考核断面", "国控、省控地表水考核断面数量"],
  **STOCK_FY, note="the set of monitored sections (a stock) under 全年; " + STOCK_FY_NOTE)
q("国控断面20个", "20个", "count", "国控断面",
  metric_alts=["国控地表水考核断面", "国控断面数量"], **STOCK_FY,
  note="inside the brackets: of the 42 sections; " + STOCK_FY_NOTE)
q("水质优良比例100%", "100%", "share", "水质优良比例",
  metric_alts=["地表水考核断面水质优良比例", "国控、省控地表水考核断面水质优良比例",
               "地表水水质优良比例"], **FLOW, note="share of the sections meeting the standard "
                                               "over the year (全年)")
q("中心城市空气质量优良天数比率99.7%", "99.7%", "share", "中心城市空气质量优良天数比率",
  metric_alts=["空气质量优良天数比率", "优良天数比率"], **FLOW)
q("县级以上城市空气质量优良天数比率99.5%", "99.5%", "share",
  "县级以上城市空气质量优良天数比率",
  metric_alts=["空气质量优良天数比率", "优良天数比率", "县级以上城市优良天数比率"], **FLOW)

# ==== line 300: production safety ==============================================================
ACC = ["生产安全事故", "生产安全事故数", "各类生产安全事故"]
q("生产安全事故数27起", "27起", "count", "各类生产安全事故数", metric_alts=ACC, **FLOW)
q("27起，比上年下降27.0%", "27.0%", "growth", "各类生产安全事故数", metric_alts=ACC,
  neg=True, **FLOW, note="下降 → negative value")
DEAD = ["生产安全事故死亡人数", "死亡", "各类生产安全事故死亡人数"]
q("死亡人数39人", "39人", "count", "死亡人数", metric_alts=DEAD, **FLOW)
q("39人，比上年下降4.9%", "4.9%", "growth", "死亡人数", metric_alts=DEAD, neg=True, **FLOW,
  note="下降 → negative value")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/communique/{DOC_ID}.txt ({len(text):,} "
    "characters with the final newline), sliced by code: the end of 九、文化和旅游 (A-grade "
    "scenic spots, rooms, 风景名胜区), 十、教育、科技和体育 (schools, table 16, science and "
    "technology, sports), 十一、卫生和社会服务 and 十二、环境保护和生产安全. "
    "Date: 2024-05-07, the issue date printed at the top of the source (line 2, under "
    "黔东南州统计局), as in the corpus meta and INDEX.tsv. The communiqué reports calendar 2023 "
    "(title 黔东南苗族侗族自治州2023年…统计公报): 全年 / 2023年 = 2023-01-01..2023-12-31, 年末 = "
    "the instant 2023-12-31, 上年 = 2022 (comparison yoy). Stocks (institutions, schools, "
    "students enrolled, beds, staff, venues, areas of reserves) are instants; flows of the year "
    "written after 年末 in the same paragraph (招生, 毕业生, 高考 admissions) take the year with "
    "the literal 年末 instant as alt (as cm_luoyang_2023); school-year rates under 年末 the "
    "instant with the year as alt; stocks under 全年 (monitored water sections) the instant "
    "with the year as alt; the health paragraph (lines 292-293) and the athletes count state no "
    "period before the number → the communiqué's year (instant 2023-12-31 for stocks), with the "
    "year and null as alts (as cm_qiandongnan_2016). The PDF reflow cut several sentences "
    "across two lines (263|264, 265|266, 285|286, 287|288, 289|290, 292|293, 298|299); each "
    "pair is one paragraph of the original, so a period before the cut governs after it; two "
    "spans hold the line break (3A⏎级 negative, 9⏎个). Table 16: one fact per numeric cell, "
    "span = the bare number, unit from the column header (绝对数（人） → count 人, 比上年增长（%） "
    "→ growth yoy); period = the caption's 2023年 (招生数: the year; 在校生数: instant "
    "2023-12-31, year as alt); metric = row label + column indicator. Place: 黔东南苗族侗族自治州 "
    "(as cm_qiandongnan_2016; alts 贵州省黔东南苗族侗族自治州, 黔东南州, 黔东南, 全州). Negatives: "
    "section numbers, table number and caption year, A-grade labels (5A级/4A级/3A级), athlete "
    "grade 二级(以上), 30户(以上) threshold, school-type and indicator names with 九年, 单报, "
    "the village name 四寨 and the year 2023年. The title is outside the run (the source has no "
    "title line; it comes from the PDF file name), so title_in_text=False.")

g.write(date="2024-05-07",
        source=f"shared/texts/communique/{DOC_ID}.txt lines {FIRST}–{LAST} "
               "(黔东南州统计局, 2024年5月7日)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
