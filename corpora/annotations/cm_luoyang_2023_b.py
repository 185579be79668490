"""Gold annotations for cm_luoyang_2023_b: a second excerpt of 2023年洛阳市国民经济和社会发展统计公报
(the first, lines 6-25, is the shared gold cm_luoyang_2023).

The excerpt corpora/cm_luoyang_2023_b.txt is lines 27-51 (1-based, inclusive, whole lines,
newline kept) of shared/texts/communique/cm_luoyang_2023.txt, sliced by code from the source
bytes, never retyped: 六、国内贸易 to 十二、环境保护, the rest of the communiqué's body before
its notes (2,433 characters).

Facts and negatives are written by hand from the text, sentence by sentence; values are
computed from the span's own number, scale and unit; offsets come from unique context strings
(corpora/annotate.py).  Conventions follow the shared gold of lines 6-25 (subject 洛阳市 with
alts 河南省洛阳市 / 洛阳, section numbers as bare numerals, flows written after 年末 take the
year with the literal 年末 instant as alt, changes of 年末 stocks the instant with the year as
alt).

    python corpora/annotations/cm_luoyang_2023_b.py
    czfacts check-gold corpora
"""
import functools
import pathlib
import sys
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, TEXTS, counts, excerpt_gold, quantity_fact  # noqa: E402

DOC_ID = "cm_luoyang_2023_b"
SRC = (TEXTS / "communique") / "cm_luoyang_2023.txt"
FIRST, LAST = 27, 51                      # 1-based, inclusive, whole lines
PLACE = "洛阳市"
SUBJ_ALTS = ["河南省洛阳市", "洛阳"]       # as the shared gold cm_luoyang_2023
TITLE = "2023年洛阳市国民经济和社会发展统计公报"

g = excerpt_gold(SRC, FIRST, LAST, CORPORA, DOC_ID, place="河南省洛阳市",
                 starts="六、国内贸易\n全年全市社会消费品零售总额2454.3亿元",
                 ends="其中国家级森林公园6个。")
text = g.text

# ---- periods (communiqué of calendar 2023, issued 2024-04-30) ------------------------------
FY = P("全年", "2023-01-01", "2023-12-31")
FY_NULL = P("全年", None, None)
YE = P("年末", "2023-12-31", "2023-12-31")
YE_YEAR = P("年末", "2023-01-01", "2023-12-31")
FY_AT = P("全年", "2023-12-31", "2023-12-31")
YD = P("截至年底", "2023-12-31", "2023-12-31")
FLOW = dict(period=FY)                                      # under an explicit 全年
DOCFLOW = dict(period=FY, period_alts=[FY_NULL])            # no period in the paragraph
DOCLEVEL = dict(period=FY, period_alts=[FY_NULL, YE])       # rate, no period in the paragraph
STOCK_YE = dict(period=YE)                                  # stock under an explicit 年末
CHANGE_YE = dict(period=YE, period_alts=[YE_YEAR])          # change of a 年末 stock
RATE_YE = dict(period=YE, period_alts=[FY])                 # rate under a 年末
STOCK_FY = dict(period=FY_AT, period_alts=[FY])             # stock under an explicit 全年
FLOW_AFTER_YE = dict(period=FY, period_alts=[YE])           # annual flow written after 年末

MARKER_NOTE = "section number of the communiqué, a list marker"
DOCFLOW_NOTE = ("no period expression in the paragraph: the communiqué's year 2023 governs "
                "(SPEC §4); the null reading in period_alts")
CHANGE_YE_NOTE = ("change of a 年末 stock against 年初/上年(末): the instant 2023-12-31 (the "
                  "governing 年末); period_alts accepts the year 2023 over which it changed")
STOCK_FY_NOTE = ("stock (共有…) under the paragraph's 全年: instant at its end (2023-12-31); the "
                 "literal inheritance (the year) in period_alts")
FLOW_AFTER_YE_NOTE = ("a flow of the year written after 年末 in the same paragraph: the "
                      "communiqué's year 2023, the literal inherited 年末 instant in period_alts "
                      "(as cm_luoyang_2023)")
GRADE_NOTE = ("A-grade class label (5A级 …) defining the scenic spots being counted: part of "
              "the count's metric (SPEC §2 threshold), not a fact")

# surface unit (after the scale) → (canonical unit, factor)
SURFACE = {"元": ("CNY", "1"), "%": ("%", "1"), "平方米": ("m2", "1"),
           "天": ("day", "1"), "小时": ("day", Decimal(1) / Decimal(24)),
           "μg/m3": ("微克/立方米", "1")}
CLASSIFIERS = {"个", "所", "人", "人次", "家", "支", "件", "份", "处", "台", "张", "枚", "场次"}


q = functools.partial(quantity_fact, g, surfaces=SURFACE, classifiers=CLASSIFIERS, subject=PLACE,
                      subject_alts=SUBJ_ALTS)


def pair(level_ctx, level, growth_ctx, growth, kind, metric, alts=None, *, down=False,
         level_kw=None, growth_kw=None, **kw):
    """A level and its growth (same metric, README §3)."""
    q(level_ctx, level, kind, metric, metric_alts=alts, **{**kw, **(level_kw or {})})
    q(growth_ctx, growth, "growth", metric, metric_alts=alts, neg=down,
      **{**kw, **(growth_kw or {})})


# ==== line 27: section heading ===============================================================
g.neg("六、国内贸易", "六", MARKER_NOTE + " 六、")

# ==== line 28: retail sales (全年) ============================================================
pair("社会消费品零售总额2454.3亿元", "2454.3亿元", "2454.3亿元，比上年增长7.0%", "7.0%", "amount",
     "社会消费品零售总额", ["全市社会消费品零售总额", "社零总额", "消费品零售总额"], **FLOW)
RETAIL = [  # (level ctx, level, growth ctx, growth, down, metric, alts)
    ("城镇零售额2152.9亿元", "2152.9亿元", "2152.9亿元，增长8.1%", "8.1%", False, "城镇零售额",
     ["城镇消费品零售额", "城镇社会消费品零售额"]),
    ("乡村零售额301.4亿元", "301.4亿元", "301.4亿元，下降0.5%", "0.5%", True, "乡村零售额",
     ["乡村消费品零售额", "乡村社会消费品零售额"]),
    ("餐饮收入340.5亿元", "340.5亿元", "340.5亿元，增长6.9%", "6.9%", False, "餐饮收入",
     ["餐饮收入额", "餐饮零售额"]),
    ("商品零售2113.8亿元", "2113.8亿元", "2113.8亿元，增长7.0%", "7.0%", False, "商品零售",
     ["商品零售额"]),
    ("批发和零售业零售额2112.7亿元", "2112.7亿元", "2112.7亿元，增长7.0%", "7.0%", False,
     "批发和零售业零售额", ["批发和零售业"]),
    ("住宿和餐饮业零售额341.6亿元", "341.6亿元", "341.6亿元，增长6.7%", "6.7%", False,
     "住宿和餐饮业零售额", ["住宿和餐饮业"]),
]
for ctx_l, level, ctx_g, growth, down, metric, alts in RETAIL:
    pair(ctx_l, level, ctx_g, growth, "amount", metric, alts, down=down, **FLOW,
         growth_kw=dict(note="下降 → negative" if down else None))

# ==== line 29: retail sales of 限额以上 firms by category (no period) ==========================
ABOVE = ["限额以上批发零售业企业", "洛阳市限额以上批发零售业企业"]
CATS = [  # (category as written, pct, down)
    ("粮油、食品类", "7.2%", False), ("饮料类", "13.4%", True), ("烟酒类", "6.0%", False),
    ("服装鞋帽针纺织品类", "4.1%", False), ("化妆品类", "10.1%", True),
    ("日用品类", "61.2%", False), ("家用电器和音像器材类", "17.6%", True),
    ("中西药品类", "2.6%", True), ("文化办公用品类", "18.5%", False), ("家具类", "2.8%", True),
    ("石油及制品类", "18.2%", False), ("汽车类", "6.4%", False),
    ("体育、娱乐用品类", "20.3%", True), ("金银珠宝类", "6.1%", False),
]
for i, (cat, pct, down) in enumerate(CATS):
    verb = "下降" if down else "增长"
    plain = cat.replace("、", "")
    alts = [cat, f"{cat}零售额", f"{cat}商品零售额", f"限额以上{cat}零售额",
            f"限额以上批发零售业企业{cat}商品零售额", f"{plain}零售额"]
    q(f"{cat}{verb}{pct}", pct, "growth", f"{cat}商品零售额",
      metric_alts=[a for a in dict.fromkeys(alts) if a != f"{cat}商品零售额"], neg=down,
      subject_alts=SUBJ_ALTS + ABOVE, **DOCFLOW,
      note=("breakdown of the 商品零售额 of 限额以上批发零售业企业 by category: head restored "
            "(README §3), the firms' set a subject alt (README §4); " + DOCFLOW_NOTE)
      if i == 0 else ("下降 → negative" if down else None))

# ==== line 30-31: 七、对外经济 (全年) ==========================================================
g.neg("七、对外经济", "七", MARKER_NOTE + " 七、")
pair("进出口总值240.0亿元", "240.0亿元", "240.0亿元，比上年增长14.7%", "14.7%", "amount",
     "进出口总值", ["进出口总额", "进出口", "全市进出口总值"], **FLOW)
pair("出口总值194.1亿元", "194.1亿元", "194.1亿元，增长10.7%", "10.7%", "amount", "出口总值",
     ["出口总额", "出口"], **FLOW)
pair("进口总值45.9亿元", "45.9亿元", "45.9亿元，增长35.2%", "35.2%", "amount", "进口总值",
     ["进口总额", "进口"], **FLOW)

# ==== lines 32-33: 八、财政金融, public finance (全年) ==========================================
g.neg("八、财政金融", "八", MARKER_NOTE + " 八、")
pair("一般公共预算收入404.3亿元", "404.3亿元", "404.3亿元，比上年增长1.5%", "1.5%", "amount",
     "一般公共预算收入", ["全市一般公共预算收入", "公共预算收入"], **FLOW)
pair("税收收入265.6亿元", "265.6亿元", "265.6亿元，增长2.8%", "2.8%", "amount", "税收收入",
     ["税收"], **FLOW, level_kw=dict(note="其中 of 一般公共预算收入"))
q("收入比重为65.7%", "65.7%", "share", "税收占一般公共预算收入比重",
  metric_alts=["税收收入占一般公共预算收入比重", "税收占一般公共预算收入的比重", "税收占比",
               "税收收入占比"], **FLOW)
pair("一般公共预算支出667.0亿元", "667.0亿元", "667.0亿元，增长6.1%", "6.1%", "amount",
     "一般公共预算支出", ["公共预算支出"], **FLOW)
q("民生支出491.3亿元", "491.3亿元", "amount", "民生支出", **FLOW,
  note="其中 of 一般公共预算支出")
q("支出的73.7%", "73.7%", "share", "民生支出占一般公共预算支出比重",
  metric_alts=["民生支出占一般公共预算支出的比重", "民生支出占一般公共预算支出", "民生支出占比",
               "占一般公共预算支出的比重"], **FLOW)

# ==== line 34: deposits and loans (年末) ======================================================
DEP = ["各项存款余额", "存款余额", "本外币各项存款余额", "金融机构各项存款余额"]
LOAN = ["各项贷款余额", "贷款余额", "本外币各项贷款余额", "金融机构各项贷款余额"]
q("存款余额7833.2亿元", "7833.2亿元", "amount", "金融机构本外币各项存款余额", metric_alts=DEP,
  **STOCK_YE, note="余额 at 年末: a stock, instant 2023-12-31")
q("比年初增加468.6亿元", "468.6亿元", "amount", "金融机构本外币各项存款余额增量",
  metric_alts=[f"{m}增量" for m in DEP] + ["金融机构本外币各项存款余额", "存款余额增加"],
  **CHANGE_YE, note="absolute change of a level (SPEC §2): metric + 增量, signed (增加 → +), "
                    "comparison null (not a growth/change kind); " + CHANGE_YE_NOTE)
q("贷款余额6910.0亿元", "6910.0亿元", "amount", "金融机构本外币各项贷款余额", metric_alts=LOAN,
  **STOCK_YE, note="年末 of the paragraph governs the second sentence")
q("比年初增加640.8亿元", "640.8亿元", "amount", "金融机构本外币各项贷款余额增量",
  metric_alts=[f"{m}增量" for m in LOAN] + ["金融机构本外币各项贷款余额", "贷款余额增加"],
  **CHANGE_YE)

# ==== line 35: financial institutions, listed firms (年末) =====================================
q("各类金融机构198家", "198家", "count", "各类金融机构",
  metric_alts=["金融机构", "金融机构数量", "各类金融机构数量"], **STOCK_YE,
  note="the listed kinds (银行、保险…等) describe the set counted; 年末 stock")
counts(q, [("年末共有上市企业15家", "15家", "上市企业", ["上市公司"])], **STOCK_YE)
q("发行股票18支", "18支", "count", "发行股票",
  metric_alts=["股票", "上市股票", "发行股票数量", "股票数量"], **STOCK_YE,
  note="shares issued by the listed firms, a stock at 年末; classifier 支")
g.neg("“新三板”挂牌", "新三板", "name of the National Equities Exchange and Quotations "
      "(新三板, 'new third board'), a label, not a quantity")
q("“新三板”挂牌企业22家", "22家", "count", "“新三板”挂牌企业",
  metric_alts=["新三板挂牌企业", "挂牌企业", "新三板挂牌企业数量", "“新三板”挂牌企业数量"],
  **STOCK_YE, note="年末 of the paragraph governs (stock of listed firms)")
g.neg("（四板）", "四板", "name of the regional equity market (四板, 'fourth board'), a label, "
      "not a quantity")
q("挂牌企业644家", "644家", "count", "中原股权交易中心挂牌企业",
  metric_alts=["中原股权交易中心（四板）挂牌企业", "中原股权交易中心(四板)挂牌企业",
               "四板挂牌企业", "挂牌企业", "中原股权交易中心挂牌企业数量"], **STOCK_YE)

# ==== line 36: insurance (全年) ================================================================
INS = SUBJ_ALTS + ["保险公司"]
q("保费收入177.9亿元", "177.9亿元", "amount", "保费收入",
  metric_alts=["保险公司保费收入", "保险保费收入", "全年保险公司保费收入"], subject_alts=INS,
  **FLOW, note="the city's insurers together: the city is the subject, 保险公司 an alt")
q("财产险39.2亿元", "39.2亿元", "amount", "财产险保费收入",
  metric_alts=["财产险", "财产险收入", "财产保险保费收入"], subject_alts=INS, **FLOW,
  note="其中 of 保费收入: head restored (README §3)")
q("人身险138.6亿元", "138.6亿元", "amount", "人身险保费收入",
  metric_alts=["人身险", "人身险收入", "人身保险保费收入"], subject_alts=INS, **FLOW)
q("赔付额57.0亿元", "57.0亿元", "amount", "赔付额",
  metric_alts=["保险赔付额", "赔付支出", "保险赔付支出", "全年赔付额"], subject_alts=INS, **FLOW)

# ==== lines 37-38: 九、居民收入消费和社会保障, income and spending (全年) ========================
g.neg("九、居民收入", "九", MARKER_NOTE + " 九、")
INCOME = [  # (level ctx, level, growth ctx, growth, metric, alts)
    ("居民人均可支配收入33662元", "33662元", "33662元，比上年增长6.6%", "6.6%",
     "居民人均可支配收入", ["全市居民人均可支配收入", "全体居民人均可支配收入"]),
    ("居民人均消费支出24193元", "24193元", "24193元，增长8.9%", "8.9%", "居民人均消费支出",
     ["全市居民人均消费支出", "全体居民人均消费支出"]),
    ("城镇居民人均可支配收入45727元", "45727元", "45727元，增长4.8%", "4.8%",
     "城镇居民人均可支配收入", ["城镇常住居民人均可支配收入"]),
    ("城镇居民人均消费支出31573元", "31573元", "31573元，增长8.2%", "8.2%",
     "城镇居民人均消费支出", ["城镇常住居民人均消费支出"]),
    ("农村居民人均可支配收入19734元", "19734元", "19734元，增长7.8%", "7.8%",
     "农村居民人均可支配收入", ["农村常住居民人均可支配收入"]),
    ("农村居民人均消费支出15673元", "15673元", "15673元，增长7.9%", "7.9%",
     "农村居民人均消费支出", ["农村常住居民人均消费支出"]),
]
for ctx_l, level, ctx_g, growth, metric, alts in INCOME:
    pair(ctx_l, level, ctx_g, growth, "amount", metric, alts, **FLOW)

# ==== line 39: social insurance (年末) =========================================================
INSURED = [  # (context, target, metric, alts)
    ("（含离退休人员）188.0万人", "188.0万人", "参加城镇职工基本养老保险人数",
     ["参加城镇职工基本养老保险人数（含离退休人员）", "参加城镇职工基本养老保险人数(含离退休人员)",
      "城镇职工基本养老保险参保人数", "城镇职工基本养老保险"]),
    ("保险人数328.7万人", "328.7万人", "参加城乡居民基本养老保险人数",
     ["城乡居民基本养老保险参保人数", "城乡居民基本养老保险"]),
    ("参加基本医疗保险人数662.8万人", "662.8万人", "参加基本医疗保险人数",
     ["基本医疗保险参保人数", "基本医疗保险"]),
    ("（含离退休人员）132.5万人", "132.5万人", "参加城镇职工基本医疗保险人数",
     ["参加城镇职工基本医疗保险人数（含离退休人员）", "参加城镇职工基本医疗保险人数(含离退休人员)",
      "城镇职工基本医疗保险参保人数", "城镇职工基本医疗保险"]),
    ("参加失业保险人数79.0万人", "79.0万人", "参加失业保险人数",
     ["失业保险参保人数", "失业保险"]),
    ("领取失业保险金人数1.1万人", "1.1万人", "领取失业保险金人数",
     ["年末领取失业保险金人数", "领取失业保险金"]),
    ("参加工伤保险人数86.0万人", "86.0万人", "参加工伤保险人数", ["工伤保险参保人数", "工伤保险"]),
    ("参加生育保险人数77.9万人", "77.9万人", "参加生育保险人数", ["生育保险参保人数", "生育保险"]),
]
for i, (ctx, tgt, metric, alts) in enumerate(INSURED):
    q(ctx, tgt, "count", metric, metric_alts=alts, **STOCK_YE,
      note=("insured persons at 年末 (a stock); the bracket （含离退休人员） defines the scope of "
            "the metric" if i == 0 else None))

# ==== lines 40-41: 十、科学技术和教育, schools (全年 … 共有) =====================================
g.neg("十、科学技术", "十", MARKER_NOTE + " 十、")


def school(name, n_ctx, n, intake=None, enrolled=None, grads=None, alias=()):
    """Schools (共有: a stock), 招生 and 毕业生 (flows of the year), 在校生 (a stock)."""
    if n:
        q(n_ctx, n, "count", name, metric_alts=[f"{name}数量"] + list(alias), **STOCK_FY,
          note=STOCK_FY_NOTE if name == "普通高校" else None)
    if intake:
        q(f"招生{intake}", intake, "count", f"{name}招生",
          metric_alts=["招生", "招生人数", "招生数", f"{name}招生人数", f"{name}招生数"]
          + [f"{a}招生" for a in alias], **FLOW,
          note="招生 of the year (flow) under 全年; head restored from the list (README §3)"
          if name == "普通高校" else None)
    if enrolled:
        q(f"在校生{enrolled}", enrolled, "count", f"{name}在校生",
          metric_alts=["在校生", "在校生数", "在校学生", "在校学生数", f"{name}在校生数",
                       f"{name}在校学生"] + [f"{a}在校生" for a in alias], **STOCK_FY,
          note="students enrolled: a stock; " + STOCK_FY_NOTE if name == "普通高校" else None)
    if grads:
        q(f"毕业生{grads}", grads, "count", f"{name}毕业生",
          metric_alts=["毕业生", "毕业生数", "毕业生人数", f"{name}毕业生数",
                       f"{name}毕业生人数"] + [f"{a}毕业生" for a in alias], **FLOW,
          note="graduates of the year (flow) under 全年" if name == "普通高校" else None)


school("普通高校", "共有普通高校9所", "9所", "7.2万人", "21.2万人", "6.9万人",
       alias=["普通高等学校", "高校"])
school("普通高中", "普通高中83所", "83所", "5.3万人", "15.6万人", "5万人", alias=["高中"])
school("普通初中", "普通初中314所", "314所", "10万人", "30.1万人", "9.3万人", alias=["初中"])
school("小学", "小学759所", "759所", "10.3万人", "62.1万人", "10.1万人", alias=["普通小学"])
q("在园儿童24.1万人", "24.1万人", "count", "幼儿园在园儿童",
  metric_alts=["在园儿童", "在园幼儿", "幼儿园在园幼儿", "在园儿童数"], **STOCK_FY,
  note="children enrolled in kindergartens: a stock; " + STOCK_FY_NOTE)
school("普通中等专业学校", "普通中等专业学校35所", "35所", "2.9万人", "9.1万人",
       alias=["中等专业学校", "中专"])
school("特殊教育学校", None, None, "396人", "2195人", alias=["特殊教育"])

# ==== line 42: research centres (年末), patents and contracts (全年, 截至年底) ==================
NAT_NOTE = "其中国家级: the national-level part of the preceding count, head restored (README §3)"
LAB = "工程实验室（工程研究中心）"
counts(q, [("省级以上企业技术中心171个", "171个", "省级以上企业技术中心", ["企业技术中心"])],
       **STOCK_YE, note="省级以上 is a level threshold inside the metric (no numeral); 年末 stock")
counts(q, [("其中国家级17个", "17个", "国家级企业技术中心", ["国家级"])], **STOCK_YE, note=NAT_NOTE)
counts(q, [("研究中心）117个", "117个", f"省级以上{LAB}",
         ["省级以上工程实验室", "省级以上工程实验室(工程研究中心)", "工程实验室（工程研究中心）",
          "工程实验室"])], **STOCK_YE)
counts(q, [("其中国家级7个", "7个", f"国家级{LAB}",
         ["国家级工程实验室", "国家级工程实验室(工程研究中心)", "国家级"])], **STOCK_YE)
counts(q, [("工程技术研究中心363个", "363个", "省级以上工程技术研究中心", ["工程技术研究中心"]),
        ("其中国家级2个", "2个", "国家级工程技术研究中心", ["国家级"]),
        ("省级重点实验室25个", "25个", "省级重点实验室", ["重点实验室"])], **STOCK_YE)
q("授权专利12123件", "12123件", "count", "授权专利",
  metric_alts=["专利授权", "专利授权量", "授权专利数", "共授权专利"], **FLOW,
  note="全年 replaces 年末: patents granted in the year (flow)")
q("有效发明专利12672件", "12672件", "count", "有效发明专利",
  metric_alts=["有效发明专利数", "有效发明专利量", "有效发明专利拥有量"], period=YD,
  note="截至年底 → the instant 2023-12-31 (a stock)")
q("12672件，比上年增长18.8%", "18.8%", "growth", "有效发明专利",
  metric_alts=["有效发明专利数", "有效发明专利量", "有效发明专利拥有量"], period=YD,
  period_alts=[P("截至年底", "2023-01-01", "2023-12-31")],
  note="growth of the stock over the year, dated at the 截至年底 instant; the year as alt "
       "(as cm_zhoukou_2023 市场主体)")
q("签订技术合同1688份", "1688份", "count", "技术合同",
  metric_alts=["签订技术合同", "技术合同数", "技术合同签订数", "签订技术合同数"], **FLOW)
q("技术合同成交额145.4亿元", "145.4亿元", "amount", "技术合同成交额",
  metric_alts=["技术合同交易额", "技术合同成交金额"], **FLOW)

# ==== lines 43-44: 十一、文化旅游…, culture (年末) ==============================================
g.neg("十一、文化旅游", "十一", MARKER_NOTE + " 十一、")
counts(q, [("公有制艺术表演团体14个", "14个", "公有制艺术表演团体", ["艺术表演团体"]),
        ("文化馆15个", "15个", "文化馆", []),
        ("公共图书馆15个", "15个", "公共图书馆", []),
        ("博物馆102个", "102个", "博物馆", []),
        ("全国重点文物保护单位51处", "51处", "全国重点文物保护单位", ["国家重点文物保护单位"]),
        ("省级文物保护单位146处", "146处", "省级文物保护单位", [])], **STOCK_YE,
       note="institutions and protected sites at 年末: stocks")
q("非物质文化遗产名录9个", "9个", "count", "入选国家级非物质文化遗产名录",
  metric_alts=["国家级非物质文化遗产名录", "国家级非物质文化遗产", "国家级非遗",
               "入选国家级非物质文化遗产名录项目", "国家级非物质文化遗产名录项目"], **STOCK_YE,
  note="items inscribed so far (共入选): a stock; the paragraph's 年末 governs")
g.neg("年末一千瓦以上", "一千瓦", "power threshold (一千瓦以上) defining the transmitters counted: "
      "part of the metric of 10台 (SPEC §2), not a fact")
q("转播台10台", "10台", "count", "一千瓦以上电视发射台和转播台",
  metric_alts=["电视发射台和转播台", "一千瓦以上电视发射台和转播台数量", "电视发射台和转播台数量",
               "电视发射台", "一千瓦以上电视发射台"], **STOCK_YE)
q("广播人口覆盖率99.0%", "99.0%", "share", "广播人口覆盖率",
  metric_alts=["广播覆盖率", "广播综合人口覆盖率"], **RATE_YE,
  note="coverage of the population: a share of a stock, the paragraph's 年末 instant; the year "
       "as alt")
q("电视人口覆盖率99.2%", "99.2%", "share", "电视人口覆盖率",
  metric_alts=["电视覆盖率", "电视综合人口覆盖率"], **RATE_YE)
q("周播出时间501.5小时", "501.5小时", "amount", "市级电视台周播出时间",
  metric_alts=["周播出时间", "电视台周播出时间", "市级电视台播出时间"],
  subject_alts=SUBJ_ALTS + ["市级电视台", "洛阳市级电视台"], **RATE_YE,
  note="hours per week: 小时 → day (1/24, SPEC §3), the per-week rate in the metric; the "
       "paragraph's 年末 instant, the year as alt")
q("日播出时间71.9小时", "71.9小时", "amount", "市级广播电台日播出时间",
  metric_alts=["日播出时间", "广播电台日播出时间", "市级广播电台播出时间"],
  subject_alts=SUBJ_ALTS + ["市级广播电台", "洛阳市级广播电台"], **RATE_YE,
  note="hours per day: 小时 → day (1/24)")

# ==== line 45: tourism (全年 … 年末) ===========================================================
pair("接待国内外游客1.4亿人次", "1.4亿人次", "1.4亿人次，比上年增长67.7%", "67.7%", "count",
     "接待国内外游客", ["国内外游客", "接待游客", "游客接待量", "接待国内外游客人次"], **FLOW,
     level_kw=dict(note="人次 is a classifier (SPEC §3)"))
pair("旅游总收入1041.7亿元", "1041.7亿元", "1041.7亿元，增长72.2%", "72.2%", "amount",
     "旅游总收入", ["旅游收入"], **FLOW)
counts(q, [("A级旅游景区67处", "67处", "A级旅游景区", ["A级景区", "旅游景区"])], **STOCK_YE,
       note="年末 replaces 全年: a stock")
for grade, ctx, tgt in (("5A级", "5A级景区5处", "5处"), ("4A级", "4A级景区30处", "30处"),
                        ("3A级", "3A级景区27处", "27处"), ("2A级", "2A级景区5处", "5处")):
    g.neg(ctx, grade, GRADE_NOTE)
    counts(q, [(ctx, tgt, f"{grade}景区", [f"{grade}旅游景区", "景区", "A级旅游景区"])], **STOCK_YE)
counts(q, [("星级酒店42家", "42家", "星级酒店", ["星级饭店"]),
        ("国际国内旅行社145家", "145家", "国际国内旅行社", ["旅行社"])], **STOCK_YE)

# ==== line 46: health (年末) ===================================================================
TOWN = "农村乡（镇）卫生院"
HEALTH = [  # (context, target, metric, alts)
    ("年末共有卫生机构4985个", "4985个", "卫生机构", ["医疗卫生机构"]),
    ("床位57848张", "57848张", "卫生机构床位", ["床位", "床位数", "卫生机构床位数", "医疗卫生机构床位"]),
    ("医院、卫生院316个", "316个", "医院、卫生院", ["医院和卫生院", "医院卫生院", "医院"]),
    ("床位54229张", "54229张", "医院、卫生院床位",
     ["医院和卫生院床位", "医院卫生院床位", "床位", "床位数", "医院床位"]),
    ("卫生防疫机构15个", "15个", "卫生防疫机构", []),
    ("妇幼卫生机构15个", "15个", "妇幼卫生机构", ["妇幼保健机构"]),
    ("卫生技术人员66930人", "66930人", "卫生技术人员", ["卫生技术人员数"]),
    ("助理执业医师26067人", "26067人", "执业医师、助理执业医师",
     ["执业医师和助理执业医师", "执业（助理）医师", "执业(助理)医师", "执业医师"]),
    ("注册护士31025人", "31025人", "注册护士", ["护士"]),
    ("卫生防疫机构人员1353人", "1353人", "卫生防疫机构人员", ["卫生防疫人员"]),
    ("妇幼卫生机构人员3864人", "3864人", "妇幼卫生机构人员", ["妇幼卫生人员"]),
    ("共有卫生院153个", "153个", TOWN,
     ["乡（镇）卫生院", "乡(镇)卫生院", "农村乡(镇)卫生院", "乡镇卫生院", "卫生院"]),
    ("床位11456张", "11456张", f"{TOWN}床位",
     ["乡（镇）卫生院床位", "乡镇卫生院床位", "卫生院床位", "床位", "床位数"]),
    ("卫生技术人员7410人", "7410人", f"{TOWN}卫生技术人员",
     ["乡（镇）卫生院卫生技术人员", "乡镇卫生院卫生技术人员", "卫生院卫生技术人员", "卫生技术人员"]),
]
for i, (ctx, tgt, metric, alts) in enumerate(HEALTH):
    q(ctx, tgt, "count", metric, metric_alts=alts + [f"{metric}数量"], **STOCK_YE,
      note=("health institutions, beds and staff at 年末: stocks; heads of 床位 / 人员 restored "
            "from the list (README §3)" if i == 0 else None))

# ==== line 47: sport (年末 … flows of the year) ================================================
counts(q, [("体育场地20507个", "20507个", "体育场地", ["体育场地数"])], **STOCK_YE)
q("体育场地面积1827万平方米", "1827万平方米", "amount", "体育场地面积",
  metric_alts=["体育场地总面积"], **STOCK_YE, note="万平方米 → m2 ×1e4; 年末 stock")
q("体育比赛120场次", "120场次", "count", "市以上运动会及各种体育比赛",
  metric_alts=["举办市以上运动会及各种体育比赛", "体育比赛", "运动会及体育比赛", "体育比赛场次",
               "举办体育比赛", "市以上运动会及各种体育比赛场次"], **FLOW_AFTER_YE,
  note="events held during the year; " + FLOW_AFTER_YE_NOTE)
q("参加运动员4.8万人次", "4.8万人次", "count", "参加运动员",
  metric_alts=["参赛运动员", "运动员", "参加运动员人次"], **FLOW_AFTER_YE,
  note="人次 is a classifier; " + FLOW_AFTER_YE_NOTE)
q("奖牌59枚", "59枚", "count", "省级以上奖牌",
  metric_alts=["获得省级以上奖牌", "奖牌", "获得奖牌", "奖牌数"], **FLOW_AFTER_YE,
  note="省级以上 is a level threshold inside the metric (no numeral)")
for medal, n in (("金牌", "23枚"), ("银牌", "10枚"), ("铜牌", "26枚")):
    q(f"{medal}{n}", n, "count", medal, metric_alts=[f"{medal}数", f"获得{medal}", f"{medal}数量"],
      **FLOW_AFTER_YE, note="其中 of the 59 medals" if medal == "金牌" else None)

# ==== lines 48-49: 十二、环境保护, energy (全年) =================================================
g.neg("十二、环境保护", "十二", MARKER_NOTE + " 十二、")
q("综合能源消费量比上年增长3.9%", "3.9%", "growth", "规模以上工业综合能源消费量",
  metric_alts=["综合能源消费量", "规上工业综合能源消费量", "工业综合能源消费量"], **FLOW)
g.neg("规模以上工业万元增加值能耗", "万元", "denominator of the intensity indicator (per 万元 of "
      "value added), part of the metric, not a quantity (as nw_cctv_20170228)")
q("增加值能耗增长3.7%", "3.7%", "growth", "规模以上工业万元增加值能耗",
  metric_alts=["万元增加值能耗", "规模以上工业单位增加值能耗", "单位工业增加值能耗",
               "工业万元增加值能耗", "规上工业万元增加值能耗"], **FLOW,
  note="growth of the energy intensity (增长 → positive)")

# ==== line 50: environmental quality (no period in the paragraph) =============================
CONC_NOTE = ("annual mean concentration; μg/m3 is the unit czfacts writes 微克/立方米 (its "
             "concentration unit, as wr_jiangsu_2025), the span keeps the surface μg/m3; ")
g.neg("PM10浓度", "PM10", "pollutant name (PM10), not a quantity")
q("PM10浓度74μg/m3", "74μg/m3", "amount", "PM10浓度",
  metric_alts=["PM10平均浓度", "PM10年均浓度", "可吸入颗粒物浓度", "可吸入颗粒物平均浓度"],
  **DOCFLOW, note=CONC_NOTE + DOCFLOW_NOTE)
g.neg("PM2.5浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
q("PM2.5浓度46μg/m3", "46μg/m3", "amount", "PM2.5浓度",
  metric_alts=["PM2.5平均浓度", "PM2.5年均浓度", "细颗粒物浓度", "细颗粒物平均浓度"],
  **DOCFLOW, note=CONC_NOTE)
q("优良天数为246天", "246天", "amount", "优良天数",
  metric_alts=["空气质量优良天数", "全年优良天数"], **DOCFLOW,
  note="days with good air quality in the year: 天 → day (SPEC §3)")
q("达标率为67.4%", "67.4%", "share", "达标率",
  metric_alts=["空气质量达标率", "优良天数比率", "空气质量优良天数比率", "优良天数达标率",
               "空气质量优良率"], **DOCLEVEL,
  note="the share of days meeting the standard (246 of 365 = 67.4%); rate of the year → the "
       "communiqué's year, null and the year-end reading in period_alts")
q("水质达标率100%", "100%", "share", "国考、省考地表水断面水质达标率",
  metric_alts=["地表水断面水质达标率", "国考省考地表水断面水质达标率", "水质达标率",
               "全市国考、省考地表水断面水质达标率"], **DOCLEVEL)
q("取水水质达标率达到100%", "100%", "share", "集中式饮用水水源取水水质达标率",
  metric_alts=["集中式饮用水水源水质达标率", "饮用水水源水质达标率", "取水水质达标率",
               "集中式饮用水水源地水质达标率"], **DOCLEVEL, note="达到 is not a bound word (eq)")
q("污水处理率达到70.07%", "70.07%", "share", "农村生活污水处理率",
  metric_alts=["农村生活污水治理率", "生活污水处理率", "全市农村生活污水处理率"], **DOCLEVEL)
q("安全利用率均保持100%", "100%", "share", "农用地和建设用地安全利用率",
  metric_alts=["农用地安全利用率", "建设用地安全利用率", "安全利用率", "受污染耕地安全利用率"],
  **DOCLEVEL, note="one quantity mention with 均 (both kinds of land at 100%): one fact "
                   "(SPEC §1), the two land kinds kept in the metric, each as an alt")

# ==== line 51: nature reserves and forest parks (年末) =========================================
counts(q, [("年末共有自然保护区4个", "4个", "自然保护区", []),
        ("其中国家级自然保护区2个", "2个", "国家级自然保护区", ["国家级"]),
        ("森林公园14个", "14个", "森林公园", []),
        ("其中国家级森林公园6个", "6个", "国家级森林公园", ["国家级"])], **STOCK_YE,
       note="年末 stocks; 森林公园 follows in the same paragraph")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/communique/cm_luoyang_2023.txt "
    f"({len(text):,} characters with the final newline), sliced by code: 六、国内贸易 to 十二、"
    "环境保护, the rest of the communiqué's body (the notes ①-④ and the data sources, lines 52-58, "
    "are left out; lines 6-25 are the shared gold cm_luoyang_2023, line 26 lies between). "
    "Date: 2024-04-30, the issue date printed under the title (line 4: 洛阳市统计局 / 国家统计局"
    "洛阳调查队 / 2024年4月30日), as the shared gold's meta. The communiqué reports calendar 2023: "
    "全年 = 2023-01-01..2023-12-31, 年末 and 截至年底 = the instant 2023-12-31, 上年/年初 = the "
    "basis of comparison (growth yoy). Stocks (balances, institutions, schools, students "
    "enrolled, insured persons, listed firms, sites, beds, staff, venues, reserves) are instants: "
    "under 年末 the instant; under 全年 (共有普通高校…, 在校生) the instant with the year as alt; "
    "changes of 年末 stocks (比年初增加) the instant with the year as alt (as the shared gold); "
    "flows written after 年末 in the same paragraph (sport events, athletes, medals) the year with "
    "the literal 年末 instant as alt; coverage rates and broadcasting hours under 年末 the instant "
    "with the year as alt. Paragraphs with no period expression (line 29 retail categories, line "
    "50 environment) take the communiqué's year (SPEC §4) with null in period_alts (rates also the "
    "year-end instant). Place: 河南省洛阳市; subject 洛阳市 with alts 河南省洛阳市, 洛阳 (as the "
    "shared gold); sector and firm sets as subject alts (限额以上批发零售业企业, 保险公司, 市级电视台/"
    "广播电台). Units: 小时 → day ×1/24, 天 → day, μg/m3 → 微克/立方米 (czfacts' concentration "
    "unit), 人次/场次/支 classifiers. Negatives: section numbers (六 … 十二), the labels 新三板 and 四板, "
    "the threshold 一千瓦(以上), A-grade labels 5A级/4A级/3A级/2A级, the intensity denominator 万元 "
    "and the pollutant names PM10/PM2.5. The title (line 1) is outside the run, so "
    "title_in_text=False (title without its footnote marker ①, as the shared gold).")

g.write(date="2024-04-30",
        source=f"shared/texts/communique/cm_luoyang_2023.txt lines {FIRST}–{LAST} "
               "(六、国内贸易 to 十二、环境保护; 洛阳市统计局, 2024年4月30日)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
