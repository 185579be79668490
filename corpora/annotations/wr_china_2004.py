"""Gold annotations for wr_china_2004 (2004年中华人民共和国国务院政府工作报告), lines 5-33 of
shared/texts/work_report/wr_china_2004.txt.

The excerpt corpora/wr_china_2004.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the headline list of 2003 (———抗击非典取得重大胜利。 …
———首次载人航天飞行获得圆满成功。 with GDP, revenue, trade, jobs, incomes), its closing line,
the line 一年来，我们主要做了以下六方面工作： and review items (一) 抗击非典, (二) 宏观调控,
(三) 社会事业 (spending, 公共卫生, 农村教育, 科技, 文化, 人口) and (四) 就业和社会保障 in full
(2,432 characters with the final newline).  This is the number-dense part of the review of
2003 (part 一、一年来工作回顾, allowed source lines 3-44): the heading and the opening
paragraph (source lines 3-4, 190 characters) hold no numeral; a run that starts at the
heading must stop at source line 32 and drop the disaster-relief line 33 (80.3亿元, 63.9%,
27.9亿元); the figures of item (五) (lines 36-37) cannot be reached together with the
headline list within 2,500 characters.  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2004.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2004"
PLACE = "中国"
REF = "2004-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 5, 33                     # 1-based, inclusive, whole lines
TITLE = "2004年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="———抗击非典取得重大胜利。", ends="取得初步成效。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (（N）), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2005 / wr_china_2006)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2004-03-05; 去年 = 2003, 今年 = 2004) ---------------------------
# The excerpt lies inside part 一、一年来工作回顾 (source line 3, outside the excerpt; source
# line 4 opens 过去的一年，…): the review of 2003.  No line of the headline list (excerpt
# lines 1-7, ———经济快速发展… ———居民收入增加…) names a year, and each dash line is a paragraph
# of its own: their numbers take the review year as the section frame (SPEC §4), period text
# 一年来 (the heading's 一年来工作回顾, restated in 一年来，我们主要做了以下六方面工作：, line 9 of
# the excerpt), the null reading in period_alts (as wr_china_2005 / wr_china_2006).  The same
# frame holds for review-item lines that state no period (line 27 中央财政新增47亿元, line 29
# disaster relief).  Stated periods: 全年 (line 20, = 2003) governs the rest of its line;
# 去年底 (line 27, = the instant 2003-12-31) governs 83% and the increase after it; 2003年
# (line 28) governs the rest of its line up to 从2003年起 (which governs no number).  上年
# inside the from/to pairs (由上年居世界第五位上升到第四位, 由上年46亿元增加到92亿元) governs only
# its own value (= 2002, SPEC §4).  Stocks (the urban residents covered by 最低生活保障) are the
# instant 2003-12-31 with the literal year and null as alts.
Y03 = P("一年来", "2003-01-01", "2003-12-31")
Y03_NULL = P("一年来", None, None)
FLOW = dict(period=Y03, period_alts=[Y03_NULL])
INHERIT_NOTE = ("no period in its line → the review year 2003 (section frame of 一、一年来工作"
                "回顾, period text 一年来), null in period_alts")
DASH_NOTE = ("a dash line of the headline list states no year (each line is a paragraph) → "
             "the review year 2003 (section frame, period text 一年来), null in period_alts")
FULL = P("全年", "2003-01-01", "2003-12-31")
YEAR = dict(period=FULL, period_alts=[P("全年", None, None), Y03])
FULL_NOTE = "全年 (= 2003, the review year) stated earlier in the line governs"
PREV = P("上年", "2002-01-01", "2002-12-31")
PAIR_START = dict(period=PREV, period_alts=[P("上年", None, None)])
EOY = P("去年底", "2003-12-31", "2003-12-31")
EOY_D = dict(period=EOY, period_alts=[P("去年底", "2003-01-01", "2003-12-31"),
                                      P("去年底", None, None)])
EOY_NOTE = ("去年底 (= the end of 2003, no numeral) stated before it in the line: instant "
            "2003-12-31; the year and null as alts")
Y2003 = P("2003年", "2003-01-01", "2003-12-31")
Y2003_D = dict(period=Y2003, period_alts=[Y03])
Y2003_STOCK = dict(period=P("2003年", "2003-12-31", "2003-12-31"),
                   period_alts=[Y2003, P("2003年", None, None)])

# ---- line 1 (source 5): ———抗击非典取得重大胜利。 (no numeral) ------------------------------------

# ---- line 2 (source 6): ———经济快速发展 -------------------------------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值比上年增长9.1%", "9.1%", value=9.1, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP + ["经济增长", "经济增速"], comparison="yoy",
     **FLOW, note="比上年 → yoy; " + DASH_NOTE)
fact("达到11.67万亿元", "11.67万亿元", value=11.67e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **FLOW,
     note="达到 → eq; 万亿元 = 1e12; the level of 2003, written after its growth")
PC = ["人均GDP", "人均生产总值", "人均国内生产总值总量", "按现行汇率计算的人均国内生产总值"]
fact("人均国内生产总值突破1000美元", "1000美元", value=1000, unit="USD", kind="amount",
     bound="gt", metric="人均国内生产总值", metric_alts=PC, **FLOW,
     note="突破 → gt (outside the span); 按现行汇率计算 = converted at the current exchange "
          "rate (美元 → USD); " + DASH_NOTE)
g.neg("跨上一个重要台阶", "一个", "indefinite article 一个 (跨上一个重要台阶, idiom 'stepped "
      "onto an important level', restating 突破1000美元), not a quantity")

# ---- line 3 (source 7): ———国家财力明显增强 -----------------------------------------------------
FISC = ["财政收入", "财政总收入", "国家财政收入", "全国财政收入总额", "财政"]
FISC_SUBJ = CN + ["国家"] + GOV
fact("财政收入达到2.17万亿元", "2.17万亿元", value=2.17e12, unit="CNY", kind="amount",
     metric="全国财政收入", metric_alts=FISC, subject_alts=FISC_SUBJ, **FLOW,
     note="达到 → eq; 万亿元 = 1e12; national revenue → 中国 (国家 of 国家财力 and the central "
          "bodies as alts, as wr_china_2003); " + DASH_NOTE)
fact("比上年增加2787亿元", "2787亿元", value=2787e8, unit="CNY", kind="amount",
     metric="全国财政收入增量",
     metric_alts=["全国财政收入", "财政收入增量", "财政收入", "全国财政收入增加",
                  "全国财政收入增加额", "财政收入增加", "财政收入比上年增加"],
     subject_alts=FISC_SUBJ, **FLOW,
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the "
          "basis 比上年 is no comparison of an amount fact (as wr_china_2006 增加5232亿元)")

# ---- line 4 (source 8): ———对外贸易大幅增长 -----------------------------------------------------
TRADE = ["进出口贸易总额", "外贸进出口总额", "进出口", "对外贸易总额", "进出口贸易",
         "货物进出口总额", "对外贸易"]
fact("进出口总额比上年增长37.1%", "37.1%", value=37.1, unit="%", kind="growth",
     metric="进出口总额", metric_alts=TRADE, comparison="yoy", **FLOW,
     note="比上年 → yoy; " + DASH_NOTE)
fact("达到8512亿美元", "8512亿美元", value=8512e8, unit="USD", kind="amount",
     metric="进出口总额", metric_alts=TRADE, **FLOW, note="达到 → eq; 亿美元 → USD ×1e8")
RANK_ALTS = TRADE + ["进出口总额排名", "进出口总额世界排名", "进出口总额世界位次",
                     "外贸世界排名", "对外贸易世界排名"]
fact("由上年居世界第五位", "第五位", value=5, unit="rank", kind="rank", scope="世界",
     metric="进出口总额", metric_alts=RANK_ALTS, **PAIR_START,
     note="start of a from/to pair (由上年居…第五位上升到第四位): 上年 (= 2002) governs only "
          "its own value (SPEC §4); rank 5, scope 世界 (span without the scope word)")
fact("上升到第四位", "第四位", value=4, unit="rank", kind="rank", scope="世界",
     metric="进出口总额", metric_alts=RANK_ALTS, **FLOW,
     note="end of the pair: the 2003 position (section frame, null as alt); scope 世界 "
          "carried from 第五位")

# ---- line 5 (source 9): ———就业超过预期目标 -----------------------------------------------------
fact("城镇新增就业859万人", "859万人", value=859e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "城镇新增就业人员"], **FLOW,
     note="超过预期目标 in the heading of the line: the target is not restated; " + DASH_NOTE)
fact("再就业440万人", "440万人", value=440e4, unit="count", kind="count", classifier="人",
     metric="下岗失业人员再就业",
     metric_alts=["下岗失业人员再就业人数", "再就业", "再就业人数", "下岗失业人员再就业人员",
                  "下岗失业人员实现再就业"],
     **FLOW, note=DASH_NOTE)

# ---- line 6 (source 10): ———居民收入增加 ---------------------------------------------------------
URB = ["城镇居民收入", "人均可支配收入", "城镇居民人均收入"]
RUR = ["农村居民人均纯收入", "农村居民收入", "人均纯收入", "农民收入", "农村居民人均收入"]
fact("可支配收入实际增长9%", "9%", value=9, unit="%", kind="growth",
     metric="城镇居民人均可支配收入", metric_alts=URB, comparison="yoy", **FLOW,
     note="实际 = in real terms; growth without basis → yoy; " + DASH_NOTE)
fact("人均纯收入实际增长4.3%", "4.3%", value=4.3, unit="%", kind="growth",
     metric="农民人均纯收入", metric_alts=RUR, comparison="yoy", **FLOW,
     note="实际 = in real terms; yoy")

# ---- line 7 (source 11): ———首次载人航天飞行 -----------------------------------------------------
g.neg("———首次载人航天", "首次", "first-time claim 首次 ('the first manned space flight'), "
      "not a rank or count (as wr_china_2014 / wr_china_2016)")

# ---- line 8 (source 12): closing line of the list (进一步 lexicalized) -------------------------

# ---- line 9 (source 13) ---------------------------------------------------------------------------
g.neg("一年来，我们主要", "一年来", PERIOD_NOTE + " (the review year 2003; heads the review "
      "items and restates the section frame)")
g.neg("以下六方面工作", "六方面", "discourse count of the items of the review ((一)-(六), "
      "enumerated below), like 两个方面 in nw_bjd_20220420; not a measured quantity "
      "(judgement call)")

# ---- lines 10-12 (source 14-16): (一) SARS (no figures) -------------------------------------------
g.neg("（一）采取果断", "（一）", MARKER_NOTE)
g.neg("遭遇了一场非典", "一场", "indefinite article 一场 ('a (SARS epidemic)'), not a count")
g.neg("放在第一位", "第一位", "idiom 放在第一位 'put first, give top priority', not a measured "
      "rank")
g.neg("深入第一线", "第一线", "idiom 第一线 'the front line', not a rank")
g.neg("全国人民万众一心", "万众一心", "idiom 万众一心 'millions united as one', not a "
      "quantity")

# ---- lines 13-18 (source 17-22): (二) macro control (no figures) ----------------------------------
g.neg("（二）适时适度", "（二）", MARKER_NOTE)
g.neg("坚持一手抓防治", "一手", "idiom 一手抓…一手抓… 'with one hand … with the other', not a "
      "quantity (as wr_china_2016)")
g.neg("不放松，一手抓经济", "一手", "idiom 一手抓 (second hand), not a quantity")
g.neg("加大“三农”工作", "三农", LABEL_NOTE + " (“三农” = 农业、农村、农民)")
g.neg("抓紧一批对经济", "一批", "quantifier 一批")
g.neg("三峡水利枢纽", "三峡", "place / project name 三峡 (the Three Gorges), not a quantity "
      "(as wr_china_2003)")
g.neg("水利枢纽二期工程", "二期", "phase label 二期 (the second phase of the project, README §2 "
      "一期; as wr_china_2003), not a quantity")
g.neg("三期工程拉开序幕", "三期", "phase label 三期 (the third phase of the Three Gorges "
      "project), not a quantity")

# ---- lines 19-25 (source 23-29): (三) social development ------------------------------------------
g.neg("（三）注重统筹", "（三）", MARKER_NOTE)
SOC = ["中央财政用于教育、卫生、科技、文化、体育的支出", "用于教育、卫生、科技、文化、体育事业的支出",
       "中央财政教育、卫生、科技、文化、体育支出", "中央财政社会事业支出", "中央财政科教文卫体支出",
       "中央财政用于社会事业的支出", "社会事业支出", "教育、卫生、科技、文化、体育事业支出"]
gov("体育事业的支出达855亿元", "855亿元", value=855e8, unit="CNY", kind="amount",
    metric="中央财政用于教育、卫生、科技、文化、体育事业的支出", metric_alts=SOC, **YEAR,
    note="达 → eq; 全年 (= 2003) right before the metric governs the rest of the line; "
         + GOV_NOTE)
gov("比上年增长12.4%", "12.4%", value=12.4, unit="%", kind="growth",
    metric="中央财政用于教育、卫生、科技、文化、体育事业的支出", metric_alts=SOC,
    comparison="yoy", **YEAR, note="比上年 → yoy")
BOND = ["国债投资", "社会事业国债投资", "支持社会事业的国债投资", "社会事业发展国债投资",
        "国债资金", "支持社会事业发展的国债资金"]
gov("国债投资达163亿元", "163亿元", value=163e8, unit="CNY", kind="amount",
    metric="支持社会事业发展的国债投资", metric_alts=BOND, **YEAR,
    note="达 → eq; treasury-bond investment in social development; " + FULL_NOTE + "; "
         + GOV_NOTE)
gov("增长近两倍", "两倍", value=2, unit="times", kind="ratio", bound="approx",
    metric="支持社会事业发展的国债投资",
    metric_alts=BOND + ["支持社会事业发展的国债投资增长倍数", "国债投资增长倍数"], **YEAR,
    note="增长N倍 → kind ratio, unit times, value as written (as 增长近4倍 in "
         "nw_cctv_20210810_provinces_2021h1); 近 → approx (outside the span); comparison "
         "null (ratio facts carry none)")
g.neg("县三级疾病预防", "三级", "appositive 三级 restating 省、市（地）、县 (the three "
      "administrative levels of the disease-control network, as wr_beijing_2025 三级), not a "
      "measured count")
g.neg("一年来，我国基础研究", "一年来", PERIOD_NOTE + " (the review year 2003; no figure in "
      "its line)")
g.neg("已有一批重要", "一批", "quantifier 一批")

# ---- lines 26-29 (source 30-33): (四) jobs and social security -----------------------------------
g.neg("（四）关心群众", "（四）", MARKER_NOTE)
g.neg("一系列措施", "一系列", "quantifier 一系列")
gov("中央财政新增47亿元", "47亿元", value=47e8, unit="CNY", kind="amount",
    metric="就业再就业专项补助资金",
    metric_alts=["专项补助资金", "新增专项补助资金", "中央财政新增专项补助资金",
                 "中央财政新增就业再就业专项补助资金", "新增就业再就业专项补助资金",
                 "中央财政专项补助资金", "就业再就业专项补助资金增量", "专项补助资金增量",
                 "支持就业再就业专项补助资金", "中央财政就业再就业专项补助资金"],
    **FLOW,
    note="新增 N of funds = additional special subsidies put up in 2003 for (re-)employment "
         "(用于支持就业再就业 names the purpose, kept in the metric; the 增量 reading as alts); "
         + GOV_NOTE + "; " + INHERIT_NOTE)
g.neg("扩招后首批毕业生", "首批", "首批 'the first cohort (of graduates after the enrolment "
      "expansion)', a first-of-kind label, not a count (README §2)")
RATE = ["高校毕业生就业率", "全国普通高校毕业生就业率", "毕业生就业率", "就业率",
        "普通高校毕业生就业比例"]
fact("就业率去年底达到 83%", "83%", value=83, unit="%", kind="share",
     metric="普通高校毕业生就业率", metric_alts=RATE, **EOY_D,
     note="达到 → eq (the source's space before 83% stays outside the span); a rate of a "
          "cohort → share; " + EOY_NOTE)
fact("比上年增加60万人", "60万人", value=60e4, unit="count", kind="count", classifier="人",
     metric="普通高校毕业生就业人数增量",
     metric_alts=["高校毕业生就业人数增量", "普通高校毕业生就业人数", "高校毕业生就业人数",
                  "就业人数增量", "普通高校毕业生就业增量", "毕业生就业人数增量",
                  "普通高校毕业生就业人数比上年增加", "就业人数", "普通高校毕业生就业"],
     **EOY_D,
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2): the "
          "graduates in work exceeded the year before by 600,000 (the rate 83% cannot grow "
          "by 万人, so the head 就业人数 is restored); 比上年 is no comparison of a count "
          "fact; period: the instant of the level compared (去年底 governs, as 比2002年增加 "
          "under 2007年 in wr_china_2008), the year and null as alts")
g.neg("落实“两个确保”", "两个确保", LABEL_NOTE + " (“两个确保”: pensions paid in full and on "
      "time, basic living allowances of laid-off workers of state firms; as wr_china_2005)")
g.neg("“三条保障线”", "三条保障线", LABEL_NOTE + " (“三条保障线”: the three safety lines — "
      "living allowances of laid-off workers, unemployment insurance, urban minimum living "
      "allowance)")
g.neg("2003年中央财政支出", "2003年", PERIOD_NOTE + " (explicit; governs the rest of the "
      "line)")
SS = ["中央财政支出", "“两个确保”和“三条保障线”支出", "两个确保和三条保障线支出",
      "中央财政落实“两个确保”和“三条保障线”支出", "落实“两个确保”和“三条保障线”支出",
      "中央财政“两个确保”和“三条保障线”支出", "中央财政用于两个确保和三条保障线的支出",
      "中央财政社会保障支出", "“两个确保”和“三条保障线”资金"]
gov("中央财政支出700亿元", "700亿元", value=700e8, unit="CNY", kind="amount",
    metric="中央财政用于“两个确保”和“三条保障线”的支出", metric_alts=SS, **Y2003_D,
    note="为继续落实“两个确保”和“三条保障线” names the purpose of the spending (kept in the "
         "metric; the bare 中央财政支出 as alt); 2003年 explicit at the head of the clause; "
         + GOV_NOTE)
gov("比上年增长19.9%", "19.9%", value=19.9, unit="%", kind="growth",
    metric="中央财政用于“两个确保”和“三条保障线”的支出", metric_alts=SS, comparison="yoy",
    **Y2003_D, note="比上年 → yoy")
DIBAO = ["城市居民最低生活保障补助资金", "中央财政用于城市居民最低生活保障的补助资金",
         "中央财政城市居民最低生活保障补助资金", "城市低保补助资金", "低保补助资金",
         "最低生活保障补助资金", "补助资金", "城市居民最低生活保障资金"]
gov("由上年46亿元", "46亿元", value=46e8, unit="CNY", kind="amount",
    metric="用于城市居民最低生活保障的补助资金", metric_alts=DIBAO, **PAIR_START,
    note="start of a from/to pair (由上年46亿元增加到92亿元): 上年 (= 2002) governs only its "
         "own value (SPEC §4); 其中 = part of the 700亿元 central spending; " + GOV_NOTE)
gov("增加到92亿元", "92亿元", value=92e8, unit="CNY", kind="amount",
    metric="用于城市居民最低生活保障的补助资金", metric_alts=DIBAO, **Y2003_D,
    note="end of the pair: 2003 (2003年 of the line governs)")
fact("全国2235万城市居民", "2235万", value=2235e4, unit="count", kind="count",
     classifier="人", metric="得到最低生活保障的城市居民",
     metric_alts=["城市居民最低生活保障对象", "城市低保对象", "城市居民最低生活保障人数",
                  "城市低保人数", "最低生活保障人数", "低保人数", "城市居民",
                  "得到最低生活保障的城市居民人数", "城市居民最低生活保障覆盖人数"],
     **Y2003_STOCK,
     note="no measure word after 2235万 (+ noun 城市居民): 人 implied (as 3451.9万农村居民 in "
          "wr_china_2008); the predicate 得到最低生活保障 defines the counted set → in the "
          "metric; people covered (a stock) under 2003年 of the line: instant 2003-12-31, "
          "the year and null as alts")
g.neg("从2003年起", "2003年", PERIOD_NOTE + " (date from which the annual special fund "
      "runs; no number follows)")
RELIEF = ["中央财政用于洪涝、干旱、地震等救灾救济支出", "救灾救济支出", "中央财政救灾救济",
          "洪涝、干旱、地震等救灾救济支出", "中央财政用于救灾救济的支出", "中央财政救灾支出",
          "救灾支出", "中央财政抗灾救灾支出"]
gov("救灾救济支出80.3亿元", "80.3亿元", value=80.3e8, unit="CNY", kind="amount",
    metric="中央财政救灾救济支出", metric_alts=RELIEF, **FLOW,
    note="relief spending for floods, droughts, earthquakes etc.; the 2003年 of the line "
         "before does not cross lines → " + INHERIT_NOTE + "; " + GOV_NOTE)
gov("比上年增长63.9%", "63.9%", value=63.9, unit="%", kind="growth",
    metric="中央财政救灾救济支出", metric_alts=RELIEF, comparison="yoy", **FLOW,
    note="比上年 → yoy")
gov("中央投资27.9亿元", "27.9亿元", value=27.9e8, unit="CNY", kind="amount",
    metric="灾后重建中央投资",
    metric_alts=["用于灾后重建的中央投资", "中央投资", "中央灾后重建投资", "灾后重建投资",
                 "中央财政灾后重建投资", "灾后重建资金"],
    **FLOW, note=INHERIT_NOTE + "; " + GOV_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the headline list "
    "of 2003 (———抗击非典取得重大胜利。 … ———首次载人航天飞行获得圆满成功。: GDP, GDP per head, "
    "revenue, trade and its world rank, jobs, incomes), its closing line, 一年来，我们主要做了"
    "以下六方面工作： and review items (一) 抗击非典, (二) 宏观调控, (三) 社会事业, (四) 就业和社会"
    "保障 in full. It is the number-dense run of the review of 2003 (part 一、一年来工作回顾, "
    "allowed lines 3-44): the heading and the opening paragraph (lines 3-4) hold no numeral, "
    "and a run that starts at the heading must stop at line 32 and drop the relief line 33 "
    "(3 figures); item (五) (lines 36-37) is out of reach of the headline list. Title: the "
    "corpus meta title (the source has no title line), title_in_text=False. Date: 2004-03-05, "
    "the corpus meta date: the opening day of the 2nd session of the 10th NPC, on which the "
    "Premier delivered the report; the Wikisource text has no dateline; nothing in the "
    "excerpt contradicts it (2003 full-year results; 去年 = 2003, 上年 of the pairs = 2002). "
    "Place: national report → 中国 (alts 我国/全国/中华人民共和国); national revenue adds "
    "国家 and the central bodies as alts; the central government's own spending (社会事业 支出 "
    "and 国债投资, 47亿元 专项补助资金, 700亿元 for 两个确保/三条保障线 and its 低保 part, relief "
    "80.3亿元 and 27.9亿元) keeps 中国 with 中央财政/中央政府/国务院 as alts. Periods: no "
    "headline dash line names a year (each dash line is a paragraph) → the review year 2003 "
    "as the section frame (period text 一年来 of the heading 一、一年来工作回顾 and of the line "
    "heading the review items), null as alt; the same for review lines without a period "
    "(47亿元, relief 80.3亿元 / 63.9% / 27.9亿元); 全年 (line 20) → 2003 for the rest of its "
    "line; 去年底 → instant 2003-12-31 for 83% and 增加60万人 (year and null as alts); 2003年 "
    "(line 28) governs its line: 700亿元, 19.9%, 92亿元 (the year), 2235万 urban residents "
    "covered by 低保 (a stock → instant 2003-12-31, year and null as alts); from/to pairs: "
    "第五位 and 46亿元 → 上年 = 2002, 第四位 → the frame 2003, 92亿元 → 2003. Modality: "
    "actual throughout. Judgement calls: 人均国内生产总值突破1000美元 → USD amount, gt; "
    "增加2787亿元 → amount with metric 全国财政收入增量; 增长近两倍 → ratio 2 times, approx; "
    "比上年增加60万人 after the employment rate → count with metric 普通高校毕业生就业人数增量 "
    "at the instant 去年底; 新增47亿元专项补助资金 → amount with the noun as metric, 增量 as alts; "
    "2235万 → classifier 人 implied, stock; 六方面 (以下六方面工作) → negative (discourse "
    "count). Negatives: 一个 (台阶), 首次, 一年来 ×2, 六方面, （一）-（四）, 一场, 第一位 "
    "(放在第一位), 第一线, 万众一心, 一手 ×2, 三农, 一批 ×2, 三峡, 二期, 三期, 三级, 一系列, "
    "首批, 两个确保, 三条保障线, 2003年 ×2. Lexicalized, not listed: 进一步 ×5, 统一.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
