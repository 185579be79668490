"""Gold annotations for cm_zhoukou_2023_c.

2023年周口市国民经济和社会发展统计公报 (周口市统计局, 2024-04-29), third excerpt.  The excerpt
is lines 136-158 (1-based, inclusive, whole lines, newline kept) of
shared/texts/communique/cm_zhoukou_2023.txt, sliced by code from the source bytes, never
retyped; the line range is given by the brief (it starts inside 八、教育和科学技术, after its
schools paragraph): the science-and-technology paragraphs of 八 (research centres, high-tech
firms, SMEs, intelligent-manufacturing projects, patents), 九、文化旅游、卫生健康和体育 (culture,
tourism, heritage, health, the provincial games), 十、人民生活和社会保障 (incomes and spending,
the caption of chart 2, social insurance, minimum living allowance), 十一、环境保护和安全生产
(air and water, afforestation, nature reserves, natural disasters) and the notes 注释 [1]-[3]
(no facts; the data-source note [4], line 159, is left out).  It does not overlap
cm_zhoukou_2023 (lines 1-72) or cm_zhoukou_2023_b (lines 105-135).  Facts and negatives are
written by hand from the text, sentence by sentence; values are computed from the span's own
number, scale and unit; offsets come from unique context strings (corpora/annotate.py).

    python corpora/annotations/cm_zhoukou_2023_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

import functools
from annotate import CORPORA, P, TEXTS, counts, excerpt_gold, new, quantity_fact

DOC_ID = "cm_zhoukou_2023_c"
PLACE = "周口市"                          # czfacts/data/places.toml (河南省 › 周口市)
FOLDER = CORPORA / "heldout"              # held out, as the other parts of this communiqué are
SRC = (TEXTS / "communique") / "cm_zhoukou_2023.txt"
FIRST, LAST = 136, 158                   # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2023年周口市国民经济和社会发展统计公报"
SUBJ_ALTS = ["河南省周口市", "周口", "全市"]
REF = "2024-04-29"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="2023年全市获批省级工程技术研究中心29家",
                 ends="是指除第一产业、第二产业以外的其他行业（剔除国际组织）。")
text = g.text
LINES = text.split("\n")

# ---- periods (communiqué of calendar 2023, issued 2024-04-29) --------------------------------
FY = P("全年", "2023-01-01", "2023-12-31")
YE = P("年末", "2023-12-31", "2023-12-31")
THIS_YEAR = P("本年", "2023-01-01", "2023-12-31")
Y2023 = P("2023年", "2023-01-01", "2023-12-31")
Y2023_AT = P("2023年", "2023-12-31", "2023-12-31")
Y2023_NULL = P("2023年", None, None)
YD23 = P("截至2023年底", "2023-12-31", "2023-12-31")
YD23_YEAR = P("截至2023年底", "2023-01-01", "2023-12-31")
YE23 = P("截至2023年末", "2023-12-31", "2023-12-31")
Y23E = P("2023年末", "2023-12-31", "2023-12-31")

FLOW = dict(period=FY)                                    # under an explicit 全年
STOCK_YE = dict(period=YE)                                # stock under an explicit 年末
YEAR = dict(period=Y2023)                                 # flow under an explicit 2023年
STOCK_Y = dict(period=Y2023_AT, period_alts=[Y2023])      # stock under an explicit 2023年
STOCK_YD = dict(period=YD23)                              # stock under 截至2023年底
CHANGE_YD = dict(period=YD23, period_alts=[YD23_YEAR])    # growth of that stock
FLOW_AFTER_YD = dict(period=YD23_YEAR, period_alts=[YD23])  # flow / rate of the year after it
DOCFLOW = dict(period=Y2023, period_alts=[Y2023_NULL])    # no period in the paragraph

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "section number of the communiqué (九、 …), a list marker"
FOOTNOTE_NOTE = "note number of the communiqué's 注释 ([1] …), a list marker, not a fact"
GRADE_NOTE = ("A-grade class label ({}) defining the scenic spots being counted: part of the "
              "count's metric (SPEC §2 threshold), not a fact")
HOSP_NOTE = ("hospital grade label {} (the national hospital grading) defining the hospitals "
             "counted: part of the count's metric (SPEC §2 threshold), not a fact")
SECTOR_NOTE = "sector name {} in the definition note [3], an ordinal label, not a rank"
STOCK_Y_NOTE = ("stock (共有…) under the line's 2023年: instant at its end (2023-12-31); the "
                "literal inheritance (the year) in period_alts (as cm_zhoukou_2023 就业总量)")
FLOW_AFTER_YD_NOTE = ("a flow (or a rate) of the year written after 截至2023年底 in the same "
                      "line: the communiqué's year 2023, the literal instant 2023-12-31 in "
                      "period_alts (as FLOW_AFTER_YE in cm_zhoukou_2023)")

# surface unit (after the scale) → (canonical unit, factor)
SURFACE = {"元": ("CNY", "1"), "%": ("%", "1"), "亩": ("mu", "1"), "公顷": ("m2", "1e4"),
           "天": ("day", "1"), "微克/立方米": ("微克/立方米", "1")}
CLASSIFIERS = {"家", "个", "件", "座", "册", "人次", "处", "项", "人", "张", "枚", "次"}


q = functools.partial(quantity_fact, g, surfaces=SURFACE, classifiers=CLASSIFIERS, subject=PLACE,
                      subject_alts=SUBJ_ALTS)


def added(rows, **kw):
    """(context, target, metric, extra alts) rows of counts of things approved / certified /
    added in the year: the noun plus the 增量 alts (README §3, annotate.new)."""
    for ctx, target, metric, alts in rows:
        q(ctx, target, "count", metric, metric_alts=new(metric, *alts), **kw)


# ==== line 1 (source 136): research centres, high-tech firms, SMEs (2023年) ===================
g.neg("2023年全市获批省级工程", "2023年", PERIOD_NOTE + " (at the head of the line: governs it)")
added([("工程技术研究中心29家", "29家", "省级工程技术研究中心",
        ["获批省级工程技术研究中心", "工程技术研究中心"]),
       ("获批高新技术企业112家", "112家", "高新技术企业", ["获批高新技术企业"]),
       ("国家科技型中小企业714家", "714家", "国家科技型中小企业",
        ["认定国家科技型中小企业", "科技型中小企业"]),
       ("新增“瞪羚企业”9家", "9家", "“瞪羚企业”",
        ["瞪羚企业", "新增“瞪羚企业”", "新增瞪羚企业"]),
       ("省级高新技术开发区4家", "4家", "省级高新技术开发区",
        ["新增省级高新技术开发区", "高新技术开发区"]),
       ("省中试基地1家", "1家", "省中试基地",
        ["新增省中试基地", "中试基地", "省级中试基地"]),
       ("省级科普基地1家", "1家", "省级科普基地", ["新增省级科普基地", "科普基地"])], **YEAR,
      note="approved / certified / added in 2023 (获批, 认定, 新增): counts of the year, 增量 "
           "alts (README §3); 2023年 at the head of the line governs")

# ==== line 2 (source 137): innovative SMEs, intelligent manufacturing (2023年) ================
g.neg("2023年全市培育创新型", "2023年", PERIOD_NOTE)
added([("创新型中小企业586家", "586家", "创新型中小企业", ["培育创新型中小企业"]),
       ("中小企业64家", "64家", "省级“专精特新”中小企业",
        ["省级专精特新中小企业", "“专精特新”中小企业", "专精特新中小企业",
         "培育省级“专精特新”中小企业"])], **YEAR,
      note="firms cultivated (培育) in 2023: counts of the year, 增量 alts")
q("297个智能化改造项目", "297个", "count", "智能化改造项目",
  metric_alts=["完成智能化改造项目", "智能化改造项目数量", "完成的智能化改造项目"], **YEAR,
  note="projects completed in 2023 (全部完成)")
g.neg("国家级新一代信息技术", "一代", "一代 of 新一代信息技术 (an industry name), not a "
      "quantity (as nw_cctv_20250518_zhejiang_open_2025)")
added([("融合发展示范企业1家", "1家", "国家级新一代信息技术与制造业融合发展示范企业",
        ["新一代信息技术与制造业融合发展示范企业", "融合发展示范企业"]),
       ("示范优秀场景2家", "2家", "国家级智能制造示范优秀场景",
        ["智能制造示范优秀场景", "国家级智能制造优秀场景"]),
       ("服务型制造标杆企业1家", "1家", "河南省服务型制造标杆企业",
        ["服务型制造标杆企业", "省服务型制造标杆企业"]),
       ("智能制造标杆企业1家", "1家", "河南省智能制造标杆企业",
        ["智能制造标杆企业", "省智能制造标杆企业"]),
       ("智能车间（工厂）17家", "17家", "智能车间（工厂）",
        ["智能车间(工厂)", "智能车间", "智能工厂", "智能车间和智能工厂"])], **YEAR,
      note="新增 N (shared by the list): recognised in 2023; each 1家 is a count (a list of "
           "counts), not an article; 增量 alts")

# ==== line 3 (source 138): patents (截至2023年底) =============================================
g.neg("截至2023年底，全市有效专利", "2023年底", PERIOD_NOTE + " (截至2023年底: the instant "
      "2023-12-31)")
PAT = ["有效专利", "有效专利数", "有效专利量"]
q("有效专利拥有量18619件", "18619件", "count", "有效专利拥有量", metric_alts=PAT,
  **STOCK_YD, note="截至2023年底 → the instant 2023-12-31 (a stock)")
q("18619件，增长19.6%", "19.6%", "growth", "有效专利拥有量", metric_alts=PAT, **CHANGE_YD,
  note="growth of the stock over the year, dated at the 截至 instant; the year as alt (as "
       "cm_zhoukou_2023 市场主体)")
q("新增授权专利3046件", "3046件", "count", "新增授权专利",
  metric_alts=["授权专利", "授权专利增量", "专利授权", "专利授权量", "新增授权专利数"],
  **FLOW_AFTER_YD, note="patents granted in the year; " + FLOW_AFTER_YD_NOTE)
added([("国家知识产权示范企业1家", "1家", "国家知识产权示范企业", ["知识产权示范企业"]),
       ("国家知识产权优势企业3家", "3家", "国家知识产权优势企业", ["知识产权优势企业"]),
       ("省级知识产权示范企业1家", "1家", "省级知识产权示范企业", ["知识产权示范企业"]),
       ("省级知识产权优势企业23家", "23家", "省级知识产权优势企业", ["知识产权优势企业"])],
      **FLOW_AFTER_YD,
      note="firms cultivated (培育) in the year: counts of the year, 增量 alts; "
           + FLOW_AFTER_YD_NOTE)

# ==== line 4 (source 139): section heading ====================================================
g.neg("九、文化旅游", "九、", MARKER_NOTE)

# ==== line 5 (source 140): culture (年末 … 本年) ===============================================
counts(q, [("国有院团11家", "11家", "国有院团", ["国有艺术表演团体", "国有文艺院团"]),
        ("文化馆12个", "12个", "文化馆", []),
        ("博物馆21个", "21个", "博物馆", []),
        ("公共图书馆11个", "11个", "公共图书馆", []),
        ("广播电台10座", "10座", "广播电台", []),
        ("电视台10座", "10座", "电视台", []),
        ("调频转播台1座", "1座", "调频转播台", ["转播台"])], **STOCK_YE,
       note="institutions at 年末 (共有): stocks; 年末 at the head of the line governs")
BOOKS = ["新增图书藏量", "图书藏量", "新增藏书", "图书藏量新增"]
q("新增图书藏量7.51万册", "7.51万册", "count", "图书藏量增量", metric_alts=BOOKS,
  period=THIS_YEAR, note="本年 replaces 年末: the books added in 2023 to the library holdings "
  "(a stock) → SPEC §2 absolute change: <level>增量, with 新增图书藏量 as alt; 册 classifier")
q("少儿类0.72万册", "0.72万册", "count", "少儿类图书藏量增量",
  metric_alts=["少儿类", "新增少儿类图书藏量", "少儿类图书藏量", "少儿类图书",
               "新增少儿类图书"], period=THIS_YEAR, note="其中 of the added holdings: head restored")
q("成人类6.79万册", "6.79万册", "count", "成人类图书藏量增量",
  metric_alts=["成人类", "新增成人类图书藏量", "成人类图书藏量", "成人类图书",
               "新增成人类图书"], period=THIS_YEAR)

# ==== line 6 (source 141): tourism (全年 … 年末) ================================================
VIS = ["海内外游客", "接待海内外游客人次", "接待游客", "游客接待量", "接待海内外游客人数"]
q("接待海内外游客3605.61万人次", "3605.61万人次", "count", "接待海内外游客",
  metric_alts=VIS, **FLOW, note="共 → eq; 人次 is a classifier (SPEC §3)")
q("接待国内游客3605.12万人次", "3605.12万人次", "count", "接待国内游客",
  metric_alts=["国内游客", "接待国内游客人次", "国内游客接待量"], **FLOW,
  note="其中 of the visitors; 全年 still governs")
q("旅游综合收入117.24亿元", "117.24亿元", "amount", "旅游综合收入",
  metric_alts=["旅游收入", "旅游总收入"], **FLOW)
counts(q, [("A级景区39家", "39家", "A级景区", ["A级旅游景区", "景区"])], **STOCK_YE,
       note="年末 replaces 全年: a stock")
for grade, ctx, tgt in (("4A级", "4A级景区6家", "6家"), ("3A级", "3A级景区23家", "23家"),
                        ("2A级", "2A级景区10家", "10家")):
    g.neg(ctx, grade, GRADE_NOTE.format(grade))
    counts(q, [(ctx, tgt, f"{grade}景区", [f"{grade}旅游景区", "景区", "A级景区"])], **STOCK_YE)
counts(q, [("旅行社46家", "46家", "旅行社", []),
        ("星级饭店8个", "8个", "星级饭店", ["星级酒店"])], **STOCK_YE)

# ==== line 7 (source 142): heritage (年末) =====================================================
counts(q, [("全国重点文物保护单位18处", "18处", "全国重点文物保护单位", ["国家重点文物保护单位"]),
        ("省级重点文物保护单位72处", "72处", "省级重点文物保护单位", ["省级文物保护单位"]),
        ("市级文物保护单位147处", "147处", "市级文物保护单位", []),
        ("县级文物保护单位507处", "507处", "县级文物保护单位", []),
        ("不可移动文物3884处", "3884处", "不可移动文物", []),
        ("国家级非物质文化遗产10项", "10项", "国家级非物质文化遗产", ["国家级非遗"]),
        ("省级非物质文化遗产50项", "50项", "省级非物质文化遗产", ["省级非遗"])], **STOCK_YE,
       note="protected sites and listed heritage at 年末 (共有): stocks")

# ==== line 8 (source 143): health (2023年 … 共有) ==============================================
g.neg("2023年全市共有医疗卫生机构", "2023年", PERIOD_NOTE)
counts(q, [("医疗卫生机构9534个", "9534个", "医疗卫生机构", ["卫生机构"]),
        ("含村卫生室7771个", "7771个", "村卫生室", []),
        ("医院（含民营）288个", "288个", "医院（含民营）", ["医院", "医院(含民营)"]),
        ("卫生院178个", "178个", "卫生院", []),
        ("妇幼保健院（所、站）11个", "11个", "妇幼保健院（所、站）",
         ["妇幼保健院", "妇幼保健院(所、站)", "妇幼保健机构"]),
        ("执业助理医师3.00万人", "3.00万人", "执业医师和执业助理医师",
         ["执业医师", "执业（助理）医师", "执业(助理)医师", "执业医师和助理医师"]),
        ("注册护士3.10万人", "3.10万人", "注册护士", ["护士"]),
        ("疾病预防控制中心11个", "11个", "疾病预防控制中心", []),
        ("卫生监督所11个", "11个", "卫生监督所", []),
        ("乡镇卫生院177个", "177个", "乡镇卫生院", ["卫生院"]),
        ("编制床位4.78万张", "4.78万张", "编制床位", ["编制床位数", "床位"]),
        ("实有床位数7.15万张", "7.15万张", "实有床位数", ["实有床位", "床位数", "床位"]),
        ("卫生技术人员7.24万人", "7.24万人", "卫生技术人员", [])], **STOCK_Y,
       note="institutions, beds and staff (共有): stocks; " + STOCK_Y_NOTE)
g.neg("三级医院共14家", "三级", HOSP_NOTE.format("三级"))
counts(q, [("三级医院共14家", "14家", "三级医院", [])], **STOCK_Y, note="共 → eq")
g.neg("三级甲等综合医院1家", "三级", HOSP_NOTE.format("三级(甲等)"))
counts(q, [("三级甲等综合医院1家", "1家", "三级甲等综合医院",
         ["三甲综合医院", "三级甲等医院"])], **STOCK_Y,
       note="其中 of the grade-3 hospitals; a count (1家 next to 4家), not an article")
g.neg("三级中医院4家", "三级", HOSP_NOTE.format("三级"))
counts(q, [("三级中医院4家", "4家", "三级中医院", ["三级中医医院"])], **STOCK_Y)
g.neg("二级医院75家", "二级", HOSP_NOTE.format("二级"))
counts(q, [("二级医院75家", "75家", "二级医院", [])], **STOCK_Y)
counts(q, [("中医医院9家", "9家", "二级中医医院", ["中医医院", "二级医院中医医院"])], **STOCK_Y,
       note="其中 of the grade-2 hospitals: head 二级 restored (README §3)")

# ==== line 9 (source 144): the provincial games (no period in the line) ======================
g.neg("第十四届河南省运动会", "第十四届", "edition label of an event (第十四届河南省运动会), "
      "not a count")
TEAM = dict(subject="周口市代表团",
            subject_alts=["周口市代表团（青少年组）", "周口市代表团(青少年组)", PLACE] + SUBJ_ALTS)
for ctx, tgt, noun in (("31枚金牌", "31枚", "金牌"), ("31枚银牌", "31枚", "银牌"),
                       ("40枚铜牌", "40枚", "铜牌")):
    q(ctx, tgt, "count", noun,
      metric_alts=[f"{noun}数", f"夺得{noun}", f"获得{noun}", f"{noun}数量"], **TEAM,
      **DOCFLOW,
      note=("medals won by the city's delegation (the text names it: README §4, the city as "
            "alt); the line states no period: the communiqué's year 2023 (SPEC §4), null as alt"
            if noun == "金牌" else None))

# ==== line 10 (source 145): section heading ===================================================
g.neg("十、人民生活", "十、", MARKER_NOTE)

# ==== line 11 (source 146): incomes and consumption (全年) =====================================
for ctx_l, amt, ctx_g, pct, metric, alts in [
        ("居民人均可支配收入23102元", "23102元", "23102元，同比增长5.1%", "5.1%",
         "居民人均可支配收入", ["全市居民人均可支配收入", "人均可支配收入"]),
        ("城镇居民人均可支配收入33084元", "33084元", "33084元，增长4.3%", "4.3%",
         "城镇居民人均可支配收入", ["城镇常住居民人均可支配收入"]),
        ("农村居民人均可支配收入16342元", "16342元", "16342元，增长7.5%", "7.5%",
         "农村居民人均可支配收入", ["农村常住居民人均可支配收入"]),
        ("全市居民人均消费支出17286元", "17286元", "17286元，同比增长8.8%", "8.8%",
         "居民人均消费支出", ["全市居民人均消费支出", "人均消费支出"]),
        ("城镇居民人均消费支出21197元", "21197元", "21197元，增长1.2%", "1.2%",
         "城镇居民人均消费支出", ["城镇常住居民人均消费支出"]),
        ("农村居民人均消费支出14638元", "14638元", "14638元，增长18.4%", "18.4%",
         "农村居民人均消费支出", ["农村常住居民人均消费支出"])]:
    q(ctx_l, amt, "amount", metric, metric_alts=alts, **FLOW,
      note="按常住地分 (by residence)" if metric.startswith("城镇") else None)
    q(ctx_g, pct, "growth", metric, metric_alts=alts, **FLOW)

# ==== lines 12-13 (source 147-148): caption of chart 2 (the image is absent) ===================
g.neg("图2 2017-2023年", "2", "figure number (图2), a label, not a fact")
g.neg("图2 2017-2023年", "2017-2023年", PERIOD_NOTE + " (chart caption)")

# ==== line 14 (source 149): social insurance (截至2023年末) =====================================
g.neg("截至2023年末", "2023年末", PERIOD_NOTE + " (截至2023年末: the instant 2023-12-31)")
INS = [
    ("基本养老保险人数138.96万人", "138.96万人", "参加城镇职工基本养老保险人数",
     ["城镇职工基本养老保险参保人数", "城镇职工基本养老保险", "参加城镇职工基本养老保险"]),
    ("养老保险参保105.55万人", "105.55万人", "企业职工基本养老保险参保",
     ["企业职工基本养老保险参保人数", "企业职工基本养老保险", "企业职工养老保险参保"]),
    ("参保在职职工81.33万人", "81.33万人", "企业职工基本养老保险参保在职职工",
     ["参保在职职工", "企业职工基本养老保险参保在职职工人数", "企业参保在职职工"]),
    ("参保离退休人员24.22万人", "24.22万人", "企业职工基本养老保险参保离退休人员",
     ["参保离退休人员", "企业职工基本养老保险参保离退休人员人数", "企业参保离退休人员"]),
    ("养老保险参保33.41万人", "33.41万人", "机关事业单位养老保险参保",
     ["机关事业单位养老保险参保人数", "机关事业单位养老保险", "机关事业单位基本养老保险参保"]),
    ("参保在职职工21.28万人", "21.28万人", "机关事业单位养老保险参保在职职工",
     ["参保在职职工", "机关事业单位养老保险参保在职职工人数", "机关事业单位参保在职职工"]),
    ("参保离退休人员12.13万人", "12.13万人", "机关事业单位养老保险参保离退休人员",
     ["参保离退休人员", "机关事业单位养老保险参保离退休人员人数", "机关事业单位参保离退休人员"]),
    ("基本养老保险人数608.63万人", "608.63万人", "参加城乡居民基本养老保险人数",
     ["城乡居民基本养老保险参保人数", "城乡居民基本养老保险", "参加城乡居民基本养老保险"]),
    ("基本医疗保险人数1026.69万人", "1026.69万人", "参加基本医疗保险人数",
     ["基本医疗保险参保人数", "基本医疗保险", "参加基本医疗保险"]),
    ("城镇职工医保参保60.68万人", "60.68万人", "城镇职工医保参保",
     ["城镇职工医保参保人数", "城镇职工基本医疗保险参保人数", "城镇职工医保"]),
    ("城乡居民医保参保966.01万人", "966.01万人", "城乡居民医保参保",
     ["城乡居民医保参保人数", "城乡居民基本医疗保险参保人数", "城乡居民医保"]),
    ("失业保险人数56.61万人", "56.61万人", "参加失业保险人数",
     ["失业保险参保人数", "失业保险", "参加失业保险"]),
    ("工伤保险人数61.26万人", "61.26万人", "参加工伤保险人数",
     ["工伤保险参保人数", "工伤保险", "参加工伤保险"]),
    ("生育保险参保38.06万人", "38.06万人", "城镇职工生育保险参保",
     ["城镇职工生育保险参保人数", "生育保险参保人数", "城镇职工生育保险"]),
]
for i, (ctx, tgt, metric, alts) in enumerate(INS):
    q(ctx, tgt, "count", metric, metric_alts=alts, period=YE23,
      note=("insured persons at 截至2023年末: stocks (instant 2023-12-31); the heads of 参保在职"
            "职工 / 参保离退休人员 restored from the scheme they belong to (README §3)"
            if i == 0 else None))

# ==== line 15 (source 150): minimum living allowance, extreme poverty support (全年 / 年末) ====
RELIEF = [
    ("发放城市低保金0.76亿元", "0.76亿元", "amount", "城市低保金",
     ["发放城市低保金", "城市低保资金", "城市最低生活保障金"], FLOW),
    ("保障城市低保对象1.91万人", "1.91万人", "count", "城市低保对象",
     ["保障城市低保对象", "城市低保人数", "城市最低生活保障对象"], STOCK_YE),
    ("发放农村低保金9.36亿元", "9.36亿元", "amount", "农村低保金",
     ["发放农村低保金", "农村低保资金", "农村最低生活保障金"], FLOW),
    ("保障农村低保对象35.52万人", "35.52万人", "count", "农村低保对象",
     ["保障农村低保对象", "农村低保人数", "农村最低生活保障对象"], STOCK_YE),
    ("农村特困人员救助供养金4.57亿元", "4.57亿元", "amount", "农村特困人员救助供养金",
     ["发放农村特困人员救助供养金", "农村特困供养金", "农村特困人员供养金"], FLOW),
    ("保障农村特困人员5.71万人", "5.71万人", "count", "农村特困人员",
     ["保障农村特困人员", "农村特困人员人数", "农村特困供养人员"], STOCK_YE),
    ("城市特困人员救助供养金810.19万元", "810.19万元", "amount", "城市特困人员救助供养金",
     ["发放城市特困人员救助供养金", "城市特困供养金", "城市特困人员供养金"], FLOW),
    ("保障城市特困人员620人", "620人", "count", "城市特困人员",
     ["保障城市特困人员", "城市特困人员人数", "城市特困供养人员"], STOCK_YE),
]
for i, (ctx, tgt, kind, metric, alts, per) in enumerate(RELIEF):
    q(ctx, tgt, kind, metric, metric_alts=alts, **per,
      note=("全年 and 年末 alternate, each restated before its clause: money paid in the year "
            "(flow, 全年), persons covered at 年末 (stock)" if i == 0 else None))

# ==== line 16 (source 151): section heading ===================================================
g.neg("十一、环境保护", "十一、", MARKER_NOTE)

# ==== line 17 (source 152): air and water (全年 … 截至2023年底) ================================
CONC_NOTE = ("annual mean concentration: 微克/立方米 is czfacts' concentration unit (kept as "
             "written, SPEC §3; as cm_luoyang_2023_b); 全年 governs")
g.neg("全年全市PM2.5", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
q("年平均浓度47微克/立方米", "47微克/立方米", "amount", "PM2.5年平均浓度",
  metric_alts=["PM2.5平均浓度", "PM2.5浓度", "PM2.5年均浓度", "细颗粒物年平均浓度",
               "细颗粒物浓度"], **FLOW, note=CONC_NOTE)
g.neg("，PM10年平均", "PM10", "pollutant name (PM10), not a quantity")
q("年平均浓度74微克/立方米", "74微克/立方米", "amount", "PM10年平均浓度",
  metric_alts=["PM10平均浓度", "PM10浓度", "PM10年均浓度", "可吸入颗粒物年平均浓度",
               "可吸入颗粒物浓度"], **FLOW, note=CONC_NOTE)
q("优良天数254天", "254天", "amount", "优良天数",
  metric_alts=["空气质量优良天数", "空气优良天数", "全年优良天数"], **FLOW,
  note="days with good air quality in the year: 天 → day (SPEC §3)")
g.neg("截至2023年底，全市17个", "2023年底", PERIOD_NOTE + " (截至2023年底: the instant "
      "2023-12-31)")
q("全市17个省级以上", "17个", "count", "省级以上地表水目标考核断面",
  metric_alts=["地表水目标考核断面", "地表水考核断面", "考核断面", "省级以上地表水考核断面",
               "省级以上地表水目标考核断面数量"], **STOCK_YD,
  note="the set of monitored sections (a stock) at 截至2023年底 → instant; 省级以上 is a "
       "level threshold in the metric (no numeral)")
WQ = ["达标率", "平均达标率", "地表水目标考核断面累计平均达标率", "地表水目标考核断面达标率",
      "省级以上地表水目标考核断面达标率", "地表水断面水质达标率", "地表水考核断面达标率"]
q("累计平均达标率为100%", "100%", "share", "累计平均达标率", metric_alts=WQ, **FLOW_AFTER_YD,
  note="share of the 17 sections' assessments meeting the target, averaged over the year "
       "(累计平均): a rate of the year; " + FLOW_AFTER_YD_NOTE)
q("水质达标率为100%", "100%", "share", "县级及以上集中式饮用水水源地水质达标率",
  metric_alts=["集中式饮用水水源地水质达标率", "饮用水水源地水质达标率", "水质达标率",
               "县级及以上集中式饮用水水源地达标率"], **FLOW_AFTER_YD,
  note="rate of the year's monitoring; 截至2023年底 still governs (after the semicolon); "
       + FLOW_AFTER_YD_NOTE)

# ==== line 18 (source 153): afforestation (全年), nature reserves (2023年末) =================
q("造林面积74.43万亩", "74.43万亩", "amount", "造林面积",
  metric_alts=["完成造林面积", "造林"], **FLOW, note="亩 stays mu (SPEC §3)")
g.neg("2023年末全市共有自然保护地", "2023年末", PERIOD_NOTE)
counts(q, [("自然保护地21个", "21个", "自然保护地", []),
        ("湿地公园18个", "18个", "湿地公园", []),
        ("森林公园2个", "2个", "森林公园", []),
        ("风景名胜区1个", "1个", "风景名胜区", [])], period=Y23E,
       note="protected areas at 2023年末 (共有; 其中 for the three kinds): stocks, the instant; "
            "each 个 count is a count, not an article")

# ==== line 19 (source 154): natural disasters (2023年) =======================================
g.neg("2023年，受强对流", "2023年", PERIOD_NOTE)
DIS_ALTS = SUBJ_ALTS + ["我市"]
counts(q, [("共发生5次自然灾害过程", "5次", "自然灾害过程", ["自然灾害", "发生自然灾害过程"]),
        ("洪涝灾害3次", "3次", "洪涝灾害", ["洪涝灾害过程"]),
        ("风雹灾害2次", "2次", "风雹灾害", ["风雹灾害过程"])], **YEAR, subject_alts=DIS_ALTS,
       note="我市 → 周口市; 共 → eq; 次 is the measure word of the disaster episodes")
q("693.61万人次受灾", "693.61万人次", "count", "受灾人次",
  metric_alts=["受灾", "受灾人口", "受灾人数", "造成受灾"], subject_alts=DIS_ALTS, **YEAR,
  note="人次 is a classifier (SPEC §3)")
q("农作物受灾面积45.41万公顷", "45.41万公顷", "amount", "农作物受灾面积",
  metric_alts=["受灾面积"], subject_alts=DIS_ALTS, **YEAR, note="万公顷 → m2 (×1e8)")
q("成灾面积18.00万公顷", "18.00万公顷", "amount", "农作物成灾面积",
  metric_alts=["成灾面积"], subject_alts=DIS_ALTS, **YEAR, note="head 农作物 restored")
q("绝收面积14.6公顷", "14.6公顷", "amount", "农作物绝收面积",
  metric_alts=["绝收面积"], subject_alts=DIS_ALTS, **YEAR,
  note="公顷 → m2 (×1e4); annotated as written (14.6 hectares, no 万), though it looks small "
       "beside 18.00万公顷")
q("直接经济损失23.33亿元", "23.33亿元", "amount", "直接经济损失",
  metric_alts=["经济损失", "自然灾害直接经济损失"], subject_alts=DIS_ALTS, **YEAR)

# ==== lines 20-23 (source 155-158): notes 注释 [1]-[3] (definitions, no facts) ================
g.neg("[1]本公报", "[1]", FOOTNOTE_NOTE)
g.neg("本公报2023年数据", "2023年", PERIOD_NOTE + " (the year whose data are preliminary)")
g.neg("因四舍五入的原因", "四舍五入", "idiom 四舍五入 'rounding', not a quantity (as "
      "cm_qiandongnan_2016_d)")
g.neg("[2]2023年", "[2]", FOOTNOTE_NOTE)
g.neg("[2]2023年", "2023年", PERIOD_NOTE + " (the year of the preliminary GDP figures)")
g.neg("。2023年农林牧渔业", "2023年", PERIOD_NOTE + " (the year of the output-value figures)")
NOTE3 = LINES[LAST - FIRST]
assert NOTE3.startswith("[3]")
g.neg(NOTE3, "[3]", FOOTNOTE_NOTE)
for k in range(2):
    g.neg(NOTE3, "三次产业", "term 三次产业 'the three sectors'; 三次 is not a count of times "
          "(as cm_qiandongnan_2016_b)", nth=k)
g.neg(NOTE3, "2018年", "year of the revision of the classification (2018年修订), a date, not a "
      "fact")
for sector, n in (("第一产业", 3), ("第二产业", 3), ("第三产业", 2)):
    assert NOTE3.count(sector) == n
    for k in range(n):
        g.neg(NOTE3, sector, SECTOR_NOTE.format(sector), nth=k)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/communique/cm_zhoukou_2023.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting inside a section, as unseen test "
    "excerpts are cut): the science-and-technology paragraphs of 八、教育和科学技术 (its heading "
    "and schools paragraph, lines 134-135, are outside the run), 九、文化旅游、卫生健康和体育, "
    "十、人民生活和社会保障 (with the caption of chart 2), 十一、环境保护和安全生产 and the notes "
    "注释 [1]-[3] (the data-source note [4], line 159, is left out). It lies in the body of the "
    "communiqué, whose data year is 2023; it does not overlap cm_zhoukou_2023 (lines 1-72) or "
    "cm_zhoukou_2023_b (lines 105-135). Date: 2024-04-29, the issue date printed under the "
    "title (line 3 of the source, outside the run), as in the shared meta and the other "
    "excerpts. Periods (a period governs its line only): 全年 / 2023年 / 本年 = "
    "2023-01-01..2023-12-31; 年末 / 2023年末 / 截至2023年末 / 截至2023年底 = the instant "
    "2023-12-31; 上年 = 2022 (comparison yoy). Flows under 2023年 (approvals, certifications, "
    "additions of firms and centres, disasters) → the year; stocks under 2023年 (health "
    "institutions, beds, staff, hospitals by grade) → the instant with the year as alt (as "
    "cm_zhoukou_2023 就业总量); stocks under 截至…/年末 → the instant; the growth of the patent "
    "stock → the instant with the year as alt; flows and rates of the year written after "
    "截至2023年底 (new patents, cultivated IP firms, the water-quality rates) → the year with "
    "the instant as alt (as FLOW_AFTER_YE); the medals line states no period → the "
    "communiqué's year with null as alt. Place: 周口市 (alts 河南省周口市, 周口, 全市; 我市 in the "
    "disaster line); the medals belong to 周口市代表团 (the city as alt). Units: 万公顷/公顷 → "
    "m2, 亩 → mu, 天 → day, 微克/立方米 kept (czfacts' concentration unit), 人次/家/个/件/座/册/"
    "处/项/张/枚/次 classifiers. Judgement calls: 新增图书藏量 → 图书藏量增量 (SPEC §2 change of a "
    "stock, 新增… as alt); 获批/认定/新增/培育 N家 → counts of the year with 增量 alts; the "
    "hospital grades 三级/二级 → negatives (thresholds of the counted set); 绝收面积14.6公顷 "
    "annotated as written. Negatives: the years 2023年 ×7 (prose ×4, notes ×3), 2023年底 ×2, "
    "2023年末 ×2, 2017-2023年 and 2018年, 一代 (新一代), the section numbers 九、十、十一、, "
    "A-grade labels 4A级/3A级/2A级, hospital grades 三级 ×3 and 二级, 第十四届, the figure number "
    "2, the pollutant names PM2.5/PM10, the note markers [1]-[3], 四舍五入, 三次产业 ×2 and the "
    "sector names of note [3]. The title is outside the run (title_in_text=False). "
    "Lexicalized, not listed: 单位 (单位：元，%), 机关事业单位.")

g.write(date=REF,
        source=f"shared/texts/communique/cm_zhoukou_2023.txt lines {FIRST}–{LAST} "
               "(周口市统计局, 2024年4月29日)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
