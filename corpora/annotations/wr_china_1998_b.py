"""Gold annotations for wr_china_1998_b (1998年中华人民共和国国务院政府工作报告), lines 8-11 of
shared/texts/work_report/wr_china_1998.txt.

The excerpt corpora/wr_china_1998_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: four paragraphs of part 一、关于过去五年的政府工作 (the
review of the outgoing government's five years, 1993-1997): science, education and culture
(科技教育文化事业在改革中前进…: patents, compulsory education, illiteracy, graduates,
broadcasting coverage), democracy and the rule of law (法律草案, 行政法规), defence (no
figures) and living standards (城乡居民收入显著增加…: incomes, retail sales, housing, savings,
jobs, population growth, life expectancy, social security, poverty).  Lines 3-7 are
annotated in wr_china_1998 (no overlap); the line range is the one briefed (2,158
characters).

This report writes its Arabic numerals with a space after every digit and full-width
decimal point and percent and per-mille signs (2 2 ．4 万件, 6 5 ％, 1 0 ．0 6 ‰): the spans
keep the source's spaces (README §1), as wr_china_1998.  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_1998_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1998_b"
PLACE = "中国"
REF = "1998-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_china_1998.txt"
FIRST, LAST = 8, 11                     # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1998年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="科技教育文化事业在改革中前进",
                 ends="五年中有3 0 0 0 万贫困人口解决了温饱问题。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "quantifier 一批 / 一大批 (SPEC §1, README §2), not a quantity"
SPACED = "the source writes a space after every digit; the spaces stay in the span (README §1)"

CN = ["我国", "全国", "中华人民共和国"]
fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1998-03-05; 去年 = 1997, 今年 = 1998) ---------------------------
# The excerpt lies in part 一、关于过去五年的政府工作 (heading on source line 3, outside the
# excerpt): the review of the government sworn in at the 1st session of the 8th NPC (March
# 1993) → 五年来 / 五年 / 五年中 = the statistical years 1993-1997 (as wr_china_1998).  Each
# paragraph (one line) restates its period:
#   - line 1 (source 8) opens with 五年来 (restated 五年共培养): flows of the five years →
#     the span, null as alt; stocks and rates of stocks (the share of the population in areas
#     with universal compulsory education, the illiteracy rate, the vocational share of
#     upper-secondary enrolment, broadcasting coverage) → the instant 1997-12-31 at the end
#     of the span (stock rule), the span and null as alts;
#   - line 2 (source 9): 五年来 → the span (laws and regulations drafted within the term);
#   - line 3 (source 10): no figures;
#   - line 4 (source 11) opens with 1 9 9 7 年 (urban income), then 五年来 (年均实际增长) takes
#     over.  Read mechanically (SPEC §4) every figure after it would take the span; the 1997
#     level of rural income (parallel to the urban one, ；-joined) keeps 1997 with the span as
#     alt; the averages (年均实际增长) are the span; levels and stocks (TV ownership, housing
#     space, savings balance, cities with a minimum living standard) → the instant
#     1997-12-31, the span and null as alts; the rates of a year (人口自然增长率, 平均期望寿命)
#     → the term's last year 1997 (as 6.45‰ → 2002 in wr_china_2003), the span, the instant
#     and null as alts; 五年来城镇新增就业 and 五年中…解决了温饱问题 → the span.
def five(txt):
    return P(txt, "1993-01-01", "1997-12-31")


def five_end(txt):
    return P(txt, "1997-12-31", "1997-12-31")


def span(txt):
    return dict(period=five(txt), period_alts=[null(txt)])


def stock5(txt):
    return dict(period=five_end(txt), period_alts=[five(txt), null(txt)])


def last_year(txt):
    return dict(period=P(txt, "1997-01-01", "1997-12-31"),
                period_alts=[five(txt), five_end(txt), null(txt)])


Y97T = "1 9 9 7 年"
Y97 = P(Y97T, "1997-01-01", "1997-12-31")
STOCK_NOTE = ("a level / rate of a stock reached by the end of the term (stock rule): instant "
              "1997-12-31, the five-year span and null as alts")
SPAN_NOTE = "a total of the five years 1993-1997 ({} governs), null as alt"
AVG_NOTE = ("年均实际增长 = average annual real growth over the five years 1993-1997 "
            "(comparison = the surface basis 年均, as wr_china_1998 / wr_china_2001)")
YEAR_RATE_NOTE = ("judgement call: a rate of the year (births and deaths / life table) reached "
                  "at the end of the term → the last year 1997 (as 人口自然增长率降到6.45‰ → 2002 in "
                  "wr_china_2003), although 五年来 literally governs the line (the span, the "
                  "instant 1997-12-31 and null as alts)")

# ==== line 1 (source 8): 科技教育文化事业 ==========================================================
g.neg("五年来取得一大批", "五年来", PERIOD_NOTE + " (1993-1997; governs the line)")
g.neg("五年来取得一大批", "一大批", VAGUE_NOTE)
fact("授予专利权2 2 ．4 万件", "2 2 ．4 万件", value=224000, unit="count", kind="count",
     classifier="件", metric="授予专利权",
     metric_alts=["专利权", "专利授权", "专利授权量", "授予专利", "授予专利权数量",
                  "专利授权数"],
     **span("五年来"),
     note="patents granted over the five years (a flow); 22.4万件 = 224000; full-width ．; "
          + SPACED + "; " + SPAN_NOTE.format("五年来"))
g.neg("解决了一批重大", "一批", VAGUE_NOTE)
g.neg("研制开发出一批", "一批", VAGUE_NOTE)
fact("占全国人口6 5 ％的地区", "6 5 ％", value=65, unit="%", kind="share",
     metric="基本普及九年义务教育地区人口占全国人口比重",
     metric_alts=["基本普及九年义务教育的地区人口占全国人口比重", "九年义务教育人口覆盖率",
                  "普及九年义务教育人口覆盖率", "基本普及九年义务教育地区人口覆盖率",
                  "普及九年义务教育地区人口占比", "占全国人口比重", "基本普及九年义务教育地区人口比重"],
     **stock5("五年来"),
     note="the share of the population living in areas where nine-year compulsory education "
          "is universal (a share of a stock) → " + STOCK_NOTE)
g.neg("基本普及九年义务教育", "九年", LABEL_NOTE + " (九年义务教育 'nine-year compulsory "
      "education', the name of the school stage, as wr_china_2001 / cm_qiandongnan_2023), "
      "not a duration fact")
fact("文盲率下降到6 ％", "6 ％", value=6, unit="%", kind="share", metric="青壮年文盲率",
     metric_alts=["文盲率", "青壮年文盲比例", "青壮年文盲率下降"], **stock5("五年来"),
     note="a rate of a population → share (SPEC §2); 下降到 names the level reached (positive "
          "value) → " + STOCK_NOTE)
fact("总人数的5 6 ％以上", "5 6 ％", value=56, unit="%", kind="share", bound="ge",
     metric="中等职业学校在校生占高中阶段教育总人数比重",
     metric_alts=["中等职业学校在校生占比", "中等职业学校在校生比重",
                  "中等职业学校在校生占高中阶段教育总人数的比重",
                  "中等职业学校的在校生占高中阶段教育总人数比重", "职业教育学生比重",
                  "中等职业学校在校生占高中阶段学生比重"],
     **stock5("五年来"),
     note="以上 → ge (outside the span); enrolment share (a share of a stock) → " + STOCK_NOTE)
fact("数以亿计的城乡劳动者", "数以亿计", value=1e8, unit="count", kind="count", bound="gt",
     classifier="人", metric="接受岗位培训的城乡劳动者",
     metric_alts=["城乡劳动者", "接受培训的城乡劳动者", "岗位培训", "接受岗位培训、技术和专业培训的城乡劳动者",
                  "培训城乡劳动者", "城乡劳动者培训人数"],
     **span("五年来"),
     note="judgement call: 数以亿计 'counted in hundreds of millions' is a vague magnitude "
          "(as 数十 → 10 gt, SPEC §2): 1e8 gt, the whole lexicalized numeral as span (as 上万个, "
          "README §1); no measure word → classifier 人; workers trained over the five years; a "
          "negative (vague quantifier) is the alternative reading")
g.neg("五年共培养本科", "五年", PERIOD_NOTE + " (五年共 = 1993-1997; restates the span)")
fact("专科毕业生6 8 7 万人", "6 8 7 万人", value=687e4, unit="count", kind="count",
     classifier="人", metric="本科和专科毕业生",
     metric_alts=["培养本科和专科毕业生", "本专科毕业生", "本科和专科毕业生人数", "毕业生",
                  "高等教育毕业生", "培养本科和专科毕业生人数"],
     **span("五年"), note="a total of the five years (五年共培养, as wr_china_1993); " + SPACED)
fact("研究生1 7 ．5 万人", "1 7 ．5 万人", value=175000, unit="count", kind="count",
     classifier="人", metric="研究生",
     metric_alts=["培养研究生", "研究生毕业生", "研究生人数", "培养研究生人数"], **span("五年"),
     note="verb 五年共培养 shared; 17.5万人 = 175000; full-width ．")
g.neg("创作出一批", "一批", VAGUE_NOTE)
fact("覆盖率都达到了8 5 ％以上", "8 5 ％", value=85, unit="%", kind="share", bound="ge",
     metric="广播和电视的人口覆盖率",
     metric_alts=["广播和电视人口覆盖率", "广播人口覆盖率", "电视人口覆盖率",
                  "广播电视人口覆盖率", "人口覆盖率", "广播和电视覆盖率"],
     **stock5("五年来"),
     note="以上 → ge (outside the span); one mention with 都 over two indicators (radio and "
          "TV) → one fact (SPEC §1), both as metric alts; coverage (a rate of a stock) → "
          + STOCK_NOTE)

# ==== line 2 (source 9): 民主和法制 ================================================================
g.neg("五年来，国务院提出", "五年来", PERIOD_NOTE + " (1993-1997; governs the line)")
fact("提出法律草案6 6 个", "6 6 个", value=66, unit="count", kind="count", classifier="个",
     metric="国务院提出的法律草案",
     metric_alts=["法律草案", "提出法律草案", "国务院提出法律草案", "法律草案数量",
                  "国务院提请审议的法律草案"],
     subject_alts=CN + ["国务院"], **span("五年来"),
     note="drafts submitted within the five years (a flow count); national report → 中国, the "
          "State Council as alt (as wr_china_1988); " + SPACED)
fact("制定行政法规1 9 7 个", "1 9 7 个", value=197, unit="count", kind="count",
     classifier="个", metric="国务院制定的行政法规",
     metric_alts=["行政法规", "制定行政法规", "国务院制定行政法规", "行政法规数量",
                  "制定的行政法规"],
     subject_alts=CN + ["国务院"], **span("五年来"),
     note="regulations issued within the five years (verb 制定, subject 国务院 shared)")
g.neg("取得一定成效", "一定", "adjective 一定 'a certain (effect)', not a quantity (as "
      "wr_china_1982)")
g.neg("惩处了一批腐败", "一批", VAGUE_NOTE)

# ==== line 3 (source 10): 国防和军队 (no figures) ====================================================
g.neg("我国第一部《国防法》", "第一部", "first-of-kind claim (第一部 'the first (law)'), not a "
      "measured rank or count (README §2 首批/首座)")
g.neg("取得一批重要成果", "一批", VAGUE_NOTE)

# ==== line 4 (source 11): 城乡居民收入和生活水平 =====================================================
g.neg("1 9 9 7 年，城镇居民", Y97T, PERIOD_NOTE + " (1997; governs the urban income level; "
      + SPACED + ")")
URB = ["城镇居民收入", "人均可支配收入", "城镇居民人均收入"]
RUR = ["农民人均纯收入", "人均纯收入", "农村居民收入", "农村居民人均收入"]
fact("可支配收入达到5 1 6 0 元", "5 1 6 0 元", value=5160, unit="CNY", kind="amount",
     metric="城镇居民人均可支配收入", metric_alts=URB, period=Y97,
     period_alts=[null(Y97T)], note="达到 → eq; 1 9 9 7 年 at the head of the line; " + SPACED)
g.neg("五年来年均实际增长", "五年来", PERIOD_NOTE + " (1993-1997; governs the rest of the line "
      "until 五年中)")
fact("五年来年均实际增长6 ％", "6 ％", value=6, unit="%", kind="growth",
     metric="城镇居民人均可支配收入",
     metric_alts=URB + ["城镇居民人均可支配收入年均增长", "城镇居民人均可支配收入年均实际增长"],
     comparison="年均", **span("五年来"), note="实际 = in real terms; " + AVG_NOTE)
fact("纯收入达到2 0 9 0 元", "2 0 9 0 元", value=2090, unit="CNY", kind="amount",
     metric="农村居民人均纯收入", metric_alts=RUR, period=Y97,
     period_alts=[five("五年来"), null("五年来")],
     note="达到 → eq; judgement call: the 1997 level, parallel to the urban 5160元 of the "
          "same sentence (；-joined); 五年来 literally precedes it (the span and null as alts)")
fact("年均实际增长5 ．4 ％", "5 ．4 ％", value=5.4, unit="%", kind="growth",
     metric="农村居民人均纯收入",
     metric_alts=RUR + ["农村居民人均纯收入年均增长", "农村居民人均纯收入年均实际增长"],
     comparison="年均", **span("五年来"), note=AVG_NOTE + "; full-width ．")
RET = ["社会消费品零售额", "消费品零售总额", "社会消费品零售总额年均增长",
       "社会消费品零售总额年均实际增长", "零售总额"]
fact("零售总额年均实际增长1 0 ．3 ％", "1 0 ．3 ％", value=10.3, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=RET, comparison="年均", **span("五年来"),
     note=AVG_NOTE)
fact("电视机普及率达到8 5 ％以上", "8 5 ％", value=85, unit="%", kind="share", bound="ge",
     metric="家庭电视机普及率",
     metric_alts=["电视机普及率", "城乡居民家庭电视机普及率", "电视普及率"],
     **stock5("五年来"),
     note="以上 → ge (outside the span); ownership rate (a rate of a stock) → " + STOCK_NOTE)
HOUSE_NOTE = ("增加到 names the level reached (the value itself); per-capita housing space (a "
              "stock) → " + STOCK_NOTE)
fact("居住面积增加到8 ．7 平方米", "8 ．7 平方米", value=8.7, unit="m2", kind="amount",
     metric="城镇人均居住面积",
     metric_alts=["人均居住面积", "城镇居民人均居住面积", "城镇人均住房面积"],
     **stock5("五年来"), note=HOUSE_NOTE + "; full-width ．")
fact("农村增加到2 2 平方米", "2 2 平方米", value=22, unit="m2", kind="amount",
     metric="农村人均居住面积",
     metric_alts=["人均居住面积", "农村居民人均居住面积", "农村人均住房面积", "农村"],
     **stock5("五年来"),
     note="elided head 人均居住面积 restored (README §3); " + HOUSE_NOTE)
SAV = ["城乡居民储蓄存款", "储蓄存款余额", "居民储蓄存款余额", "存款余额", "城乡居民储蓄",
       "城乡居民存款余额"]
fact("存款余额达到4 6 2 8 0 亿元", "4 6 2 8 0 亿元", value=46280e8, unit="CNY",
     kind="amount", metric="城乡居民储蓄存款余额", metric_alts=SAV,
     subject_alts=CN + ["城乡居民"], **stock5("五年来"),
     note="达到 → eq; 46280亿元 = 4.628e12 CNY; a balance (余额, a stock) → " + STOCK_NOTE)
g.neg("五年来城镇新增就业", "五年来", PERIOD_NOTE + " (1993-1997; restated)")
fact("城镇新增就业3 5 5 5 万人", "3 5 5 5 万人", value=3555e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "城镇新增就业人员", "城镇就业增量"],
     **span("五年来"), note="jobs added over the five years (a flow); " + SPACED)
fact("每周五天工作制", "五天", value=5, unit="day", kind="amount",
     metric="每周工作天数",
     metric_alts=["每周工作日", "城镇每周工作天数", "每周工作时间", "工作制", "每周五天工作制",
                  "城镇工作制"],
     **stock5("五年来"),
     note="judgement call: the five-day working week introduced in the towns (1995) — a "
          "standard in force (5 day per week), read as a fact (as 240小时 of a visa rule in "
          "wr_yunnan_2025), a rule in force at the end of the term → " + STOCK_NOTE + "; a "
          "label negative (the name 五天工作制) is the alternative")
fact("自然增长率下降到1 0 ．0 6 ‰", "1 0 ．0 6 ‰", value=1.006, unit="%", kind="share",
     metric="人口自然增长率", metric_alts=["自然增长率", "人口自然增长率下降"],
     **last_year("五年来"),
     note="a rate of the population → share (SPEC §2); 10.06‰ = 1.006 %; 下降到 names the "
          "level reached (positive value); " + YEAR_RATE_NOTE)
fact("期望寿命达到7 0 ．8 岁", "7 0 ．8 岁", value=70.8, unit="year", kind="amount",
     metric="平均期望寿命",
     metric_alts=["人口平均期望寿命", "人均期望寿命", "期望寿命", "平均预期寿命", "人均预期寿命",
                  "预期寿命"],
     **last_year("五年来"),
     note="达到 → eq; 岁 → year (as wr_china_1993 / wr_china_2008); " + YEAR_RATE_NOTE)
fact("3 0 0 多个城市", "3 0 0 多个", value=300, unit="count", kind="count", bound="gt",
     classifier="个", metric="建立居民最低生活保障制度的城市",
     metric_alts=["城市", "建立最低生活保障制度的城市", "实行居民最低生活保障制度的城市",
                  "居民最低生活保障制度覆盖城市", "建立居民最低生活保障制度的城市数量"],
     **stock5("五年来"),
     note="多 inside the span → gt; cities that have a minimum-living-standard scheme (a "
          "stock) → " + STOCK_NOTE + "; " + SPACED)
g.neg("五年中有3 0 0 0 万", "五年中", PERIOD_NOTE + " (1993-1997; governs the last figure)")
fact("有3 0 0 0 万贫困人口", "3 0 0 0 万", value=3000e4, unit="count", kind="count",
     classifier="人", metric="解决温饱问题的贫困人口",
     metric_alts=["贫困人口", "解决温饱的贫困人口", "脱贫人口", "解决温饱问题的贫困人口数量",
                  "农村贫困人口解决温饱"],
     **span("五年中"),
     note="people lifted out of absolute poverty within the five years (a flow count); no "
          "measure word after 3000万 → classifier 人 (贫困人口); " + SPACED)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_1998.txt "
    f"({len(text):,} characters with the final newline), sliced by code, the line range as "
    "briefed: four paragraphs of part 一、关于过去五年的政府工作 — the review of the outgoing "
    "government's five years 1993-1997 (heading on source line 3, outside the excerpt): "
    "science, education and culture; democracy and the rule of law; defence (no figures); "
    "living standards (incomes, retail sales, housing, savings, jobs, population growth, "
    "life expectancy, social security, poverty). Lines 3-7 are annotated in wr_china_1998 "
    "(no overlap). This report writes Arabic numerals with a space after every digit and "
    "full-width ．, ％ and ‰: spans keep those spaces (README §1); the shared check_gold.py reads only the first digit "
    "of such a span ('value 56.0 but span '5 6 ％' reads 5.0'), a known false alarm it "
    "raises for wr_china_1998 too. Title: the corpus meta "
    "title (the source has no title line), title_in_text=False. Date: 1998-03-05, the shared "
    "meta date: the opening day of the 1st session of the 9th NPC, on which Premier Li Peng "
    "delivered the report (the Wikisource text has no dateline); as wr_china_1998. Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国; 国务院 for the laws and "
    "regulations, 城乡居民 for the savings). Periods: 五年来 / 五年 / 五年中 = the term "
    "1993-01-01..1997-12-31 (as wr_china_1998): flows of the five years (patents, graduates, "
    "trained workers, laws, regulations, jobs, poverty) → the span, null as alt; averages "
    "(年均实际增长 6%, 5.4%, 10.3%) → the span, comparison 年均; stocks and rates of stocks "
    "(65% of the population, illiteracy 6%, vocational share 56%, broadcasting coverage 85%, "
    "TV ownership 85%, housing 8.7 / 22 m2, savings 46280亿元, 五天工作制, 300多个 cities) → "
    "instant 1997-12-31, the span and null as alts; 1 9 9 7 年 → the urban income level; "
    "the rural income level 2090元 → 1997 (parallel; the span as alt); 人口自然增长率 10.06‰ "
    "and 平均期望寿命 70.8岁 → the last year 1997 (as wr_china_2003's 6.45‰), the span, the "
    "instant and null as alts. Modality: actual throughout (a review). Units: 万 scale; "
    "亿元 1e8; ‰ → % ×0.1; 岁 → year; 平方米 → m2; 天 → day. Judgement calls: 数以亿计 → count "
    "1e8 gt (classifier 人); 每周五天工作制 → 5 day, a rule in force (a label negative is the "
    "alternative); 广播和电视…都达到了85%以上 → one fact over two indicators; 九年 "
    "(九年义务教育) a label negative; 2090元 → 1997 against the mechanical 五年来; the two "
    "annual rates → 1997. Negatives: 五年来 ×4, 一大批, 一批 ×5, 九年, 五年, 一定, 第一部, "
    "1 9 9 7 年, 五年中. Lexicalized, not listed: 一些 ×2, 进一步 ×3, 统一.")

g.write(date=REF, source=f"shared/texts/work_report/wr_china_1998.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
