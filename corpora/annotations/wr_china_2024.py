"""Gold annotations for wr_china_2024 (2024年中华人民共和国国务院政府工作报告), lines 4-16 of
shared/texts/work_report/wr_china_2024.txt.

The excerpt corpora/wr_china_2024.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the opening of the review (过去一年，是全面贯彻党的二十大
精神的开局之年…), the seven headline bullets of 2023 (——经济总体回升向好 … ——民生保障有力
有效), 回顾过去一年… (the difficulties), the line 一年来…主要做了以下工作。 and review items 一是
(macro policy), 二是 (innovation, urbanisation, agriculture) and 三是 (reform and opening).
The 2024 主要预期目标 (source line 25, itself cut short in the Wikisource text after
城镇调查失业率5.5%左右；) cannot be joined: the shortest run holding both the headline
bullets (source lines 5-11) and line 25 is lines 5-25 (3,987 characters); a run of
≤2,500 characters ending at line 25 starts at line 15 at the earliest (lines 15-25, 2,218
characters: items 二是-六是, diplomacy, problems, part 二 and the three surviving targets),
which drops every headline figure and holds about half as many numbers.  So the excerpt
is the number-dense part of the review with its headline figures.  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2024.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2024"
PLACE = "中国"
REF = "2024-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 4, 16                     # 1-based, inclusive, whole lines
TITLE = "2024年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="过去一年，是全面贯彻党的二十大精神", ends="与共建国家贸易投资较快增长。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2022)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2024-03-05; 去年 = 2023, 今年 = 2024) ---------------------------
# The excerpt is the review of 2023 (过去一年 / 一年来 in a report delivered on 2024-03-05).
# The source has no heading 一、2023年工作回顾; the review is opened by line 1 of the excerpt,
# 过去一年，是… (the excerpt's first words), whose own 全年 governs no number.  The bullets
# (lines 2-8) and items 二是 / 三是 (lines 12-13) state no period before their numbers, so
# they take the review year as the section frame (SPEC §4) with the period text 过去一年 and
# the null reading in period_alts (as wr_china_2022).  In line 7 (——生态环境) 全年 governs
# the clause after it (一半); in line 11 (一是) 全年 (全年经济运行呈现…) governs the rest of
# the line (2.2万亿元 onwards; same dates, period text 全年).  Stocks (5G用户普及率, 常住人口
# 城镇化率 提高到) are the instant 2023-12-31 with the literal year and null as alts.
Y23 = P("过去一年", "2023-01-01", "2023-12-31")
Y23_NULL = P("过去一年", None, None)
Y23_END = P("过去一年", "2023-12-31", "2023-12-31")
FLOW = dict(period=Y23, period_alts=[Y23_NULL])
STOCK = dict(period=Y23_END, period_alts=[Y23, Y23_NULL])
STOCK_NOTE = ("stock under the review year 2023: instant 2023-12-31; the literal year and "
              "null in period_alts")
FULL = P("全年", "2023-01-01", "2023-12-31")
YEAR = dict(period=FULL, period_alts=[Y23, P("全年", None, None)])

# ---- line 1 (source 4): opening of the review -------------------------------------------------
g.neg("过去一年，是全面", "过去一年", PERIOD_NOTE + " (the review year 2023; names the frame "
      "of the review)")
g.neg("贯彻党的二十大精神的开局", "二十大", "congress label 二十大 (SPEC §1)")
g.neg("依法履职的第一年", "第一年", "'the first year' of the government's term (the year "
      "2023 itself), an ordinal label, not a duration or rank fact")

# ---- line 2 (source 5): ——经济总体回升向好 -----------------------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值超过126万亿元", "126万亿元", value=126e12, unit="CNY", kind="amount",
     bound="gt", metric="国内生产总值", metric_alts=GDP, **FLOW,
     note="超过 → gt (outside the span); 万亿元 = 1e12; a flow of the year; no 预计 → actual")
fact("126万亿元，增长5.2%", "5.2%", value=5.2, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP + ["经济增长"], comparison="yoy", **FLOW,
     note="增速居世界主要经济体前列 after it states no rank number")
fact("城镇新增就业1244万人", "1244万人", value=12440000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     **FLOW)
fact("失业率平均为5.2%", "5.2%", value=5.2, unit="%", kind="share", metric="城镇调查失业率",
     metric_alts=["调查失业率", "平均城镇调查失业率", "城镇调查失业率平均"], **FLOW,
     note="a rate → share; 平均 = the average of the monthly rates over 2023 → the year")
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格指数涨幅"]
fact("居民消费价格上涨0.2%", "0.2%", value=0.2, unit="%", kind="growth",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **FLOW,
     note="上涨 = growth of the price level (as wr_china_2022)")

# ---- line 3 (source 6): ——现代化产业体系 -------------------------------------------------------
g.neg("一批重大产业创新成果", "一批", "quantifier 一批")
g.neg("国产大飞机C919", "C919", "model name C919 (SPEC §1 model names), not a quantity")
NEV = ["新能源汽车产销量占全球比重", "新能源汽车产销量全球占比", "新能源汽车产销量占全球份额",
       "新能源汽车全球占比", "新能源汽车产销量占比", "新能源汽车产销量"]
fact("占全球比重超过60%", "60%", value=60, unit="%", kind="share", bound="gt",
     metric="新能源汽车产销量占全球比重", metric_alts=NEV[1:], **FLOW,
     note="超过 → gt (outside the span); China's share of world output and sales of "
          "new-energy vehicles in 2023 (a share of a flow) → the year")

# ---- line 4 (source 7): ——科技创新 ----------------------------------------------------------------
g.neg("第四代核电机组", "第四代", "technology generation label (第四代核电机组), not a "
      "measured rank")
fact("技术合同成交额增长28.6%", "28.6%", value=28.6, unit="%", kind="growth",
     metric="技术合同成交额", metric_alts=["技术合同成交金额", "技术合同交易额", "技术合同"],
     comparison="yoy", **FLOW)

# ---- line 5 (source 8): ——改革开放 ----------------------------------------------------------------
g.neg("新一轮机构改革", "一轮", "新一轮 'a new round', not a count")
g.neg("共建“一带一路”的国际", "一带一路", "initiative name 一带一路 (Belt and Road)")

# ---- line 6 (source 9): ——安全发展 ----------------------------------------------------------------
fact("粮食产量1.39万亿斤", "1.39万亿斤", value=6.95e8, unit="t", kind="amount",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食"], **FLOW,
     note="1.39万亿斤 = 1.39e12 斤 × 0.0005 t = 6.95e8 t (SPEC §3); 再创历史新高 after it "
          "states no rank number")

# ---- line 7 (source 10): ——生态环境 ---------------------------------------------------------------
g.neg("“三北”工程", "三北", LABEL_NOTE + " (“三北”工程, the Three-North shelterbelt "
      "programme)")
fact("新增装机超过全球一半", "一半", value=50, unit="%", kind="share", bound="gt",
     metric="可再生能源新增装机占全球比重",
     metric_alts=["新增装机占全球比重", "可再生能源发电新增装机占全球比重",
                  "全年新增装机占全球比重", "可再生能源新增装机全球占比", "新增装机全球占比",
                  "新增装机", "可再生能源新增装机"],
     period=FULL, period_alts=[Y23, P("全年", None, None)],
     note="超过全球一半 'more than half of the world's' → share 50, gt (as 超八成 → 80 gt, "
          "SPEC §2; 一半 → 50 % as in wr_china_2016); the renewable capacity added in China in "
          "2023 as a share of the world's additions (the subject of the clause is 可再生能源 of "
          "the sentence before); 全年 governs the clause; the comparison 超过火电 before it "
          "states no number")

# ---- line 8 (source 11): ——民生保障 ---------------------------------------------------------------
INC = ["全国居民人均可支配收入", "人均可支配收入", "居民收入"]
fact("可支配收入增长6.1%", "6.1%", value=6.1, unit="%", kind="growth",
     metric="居民人均可支配收入", metric_alts=INC, comparison="yoy", **FLOW,
     note="城乡居民收入差距继续缩小 after it states no number")
POOR = ["脱贫地区农民收入", "脱贫地区农村居民人均可支配收入", "农村居民收入",
        "脱贫地区农村居民人均收入"]
fact("农村居民收入增长8.4%", "8.4%", value=8.4, unit="%", kind="growth",
     metric="脱贫地区农村居民收入", metric_alts=POOR,
     subject_alts=CN + ["脱贫地区"], comparison="yoy", **FLOW,
     note="the areas lifted out of poverty are part of the country → 中国 keeps the "
          "subject, the areas as alt and in the metric (README §4)")
g.neg("“一老一小”", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the young', the "
      "elderly-support and child-care deductions)")
fact("6600多万纳税人受益", "6600多万", value=66000000, unit="count", kind="count",
     bound="gt", classifier="人", metric="受益纳税人",
     metric_alts=["纳税人", "受益纳税人数", "纳税人受益",
                  "个人所得税专项附加扣除标准提高受益纳税人", "受益的纳税人",
                  "专项附加扣除受益纳税人"],
     **FLOW,
     note="多 inside the span → gt; no classifier written (6600多万 + noun 纳税人): 人 "
          "implied (as 6069万农民 in wr_china_2010); taxpayers benefiting from the higher "
          "一老一小 deductions in 2023")
fact("惠及上千万家庭", "上千万", value=1e7, unit="count", kind="count", bound="ge",
     classifier="户", metric="惠及家庭",
     metric_alts=["受惠家庭", "家庭", "城镇老旧小区改造和保障性住房供给惠及家庭",
                  "老旧小区改造和保障性住房惠及家庭", "惠及家庭数量"],
     **FLOW,
     note="上千万 is a lexicalized approximate numeral (SPEC §2 上百/上万 → ge; README §1 the "
          "prefix stays in the span) → 1e7 ge; no classifier written: 户 implied (as 近千万家庭 "
          "in wr_china_2022); families benefiting from the estate renovation and affordable "
          "housing of 2023")

# ---- line 9 (source 12): 回顾过去一年 -------------------------------------------------------------
g.neg("回顾过去一年", "过去一年", PERIOD_NOTE + " (the review year 2023; its line has no "
      "number)")
g.neg("经历三年新冠疫情冲击", "三年", "the three years of the COVID-19 pandemic (2020-2022) "
      "named as a past span (as 近三年来 in README §2), not a duration fact; judgement call — "
      "a 3-year duration of the pandemic would be the alternative reading")
g.neg("两难多难问题", "两难", "idiom 两难 'dilemma', not a quantity")

# ---- line 10 (source 13) ------------------------------------------------------------------------
g.neg("一年来，我们深入", "一年来", PERIOD_NOTE + " (the review year 2023; its own line, so it "
      "governs nothing after it)")
g.neg("学习贯彻党的二十大和", "二十大", "congress label 二十大 (SPEC §1)")
g.neg("二十届二中全会精神", "二十届二中全会", "plenum label (SPEC §1)")

# ---- line 11 (source 14): 一是 macro policy ---------------------------------------------------------
g.neg("一是加大宏观调控", "一是", MARKER_NOTE)
g.neg("延续优化一批", "一批", "quantifier 一批")
g.neg("及时推出一批", "一批", "quantifier 一批")
TAXCUT = ["税费优惠", "新增税费优惠规模", "新增减税降费", "减税降费", "新增税费优惠金额",
          "税费优惠规模"]
gov("新增税费优惠超过2.2万亿元", "2.2万亿元", value=2.2e12, unit="CNY", kind="amount",
    bound="gt", metric="新增税费优惠", metric_alts=TAXCUT, **YEAR,
    note="超过 → gt (outside the span); 全年 (= 2023; 全年经济运行… earlier in the line) "
         "governs the rest of the line; " + GOV_NOTE)
gov("增发1万亿元国债", "1万亿元", value=1e12, unit="CNY", kind="amount", metric="增发国债",
    metric_alts=["国债", "增发国债规模", "增发的国债", "国债增发", "增发国债金额",
                 "支持灾后恢复重建的国债"],
    **YEAR, note="additional treasury bonds issued in 2023 for disaster recovery; " + GOV_NOTE)
PBOC = CN + ["中国人民银行", "人民银行", "央行"]
fact("两次降低存款准备金率", "两次", value=2, unit="count", kind="count", classifier="次",
     metric="降低存款准备金率",
     metric_alts=["降准", "降准次数", "降低存款准备金率次数", "存款准备金率下调"],
     subject_alts=PBOC, **YEAR,
     note="count of the RRR cuts of 2023 (两次 → 2, classifier 次, as 两次全面降准 in "
          "wr_china_2022); the central bank's acts under the government's monetary policy → "
          "中国, the central bank as alt")
fact("两次下调政策利率", "两次", value=2, unit="count", kind="count", classifier="次",
     metric="下调政策利率",
     metric_alts=["降息", "政策利率下调", "下调政策利率次数", "降息次数"],
     subject_alts=PBOC, **YEAR, note="count of the policy-rate cuts of 2023")
g.neg("一揽子化解地方债务", "一揽子", "quantifier 一揽子 'package of', not a quantity")

# ---- line 12 (source 15): 二是 innovation, urbanisation, agriculture ---------------------------
g.neg("二是依靠创新", "二是", MARKER_NOTE)
g.neg("5G用户普及率", "5G", "technology generation label 5G (fifth generation), part of "
      "the metric name, not a quantity (as 第三代移动通信 in wr_china_2010)")
fact("普及率超过50%", "50%", value=50, unit="%", kind="share", bound="gt",
     metric="5G用户普及率", metric_alts=["5G普及率", "5G用户渗透率", "5G移动电话用户普及率"],
     **STOCK, note="超过 → gt; users as a share of the population (a share of a stock): "
                   + STOCK_NOTE)
fact("城镇化率提高到66.2%", "66.2%", value=66.2, unit="%", kind="share",
     metric="常住人口城镇化率", metric_alts=["城镇化率", "人口城镇化率"], **STOCK,
     note="a rate of a population → share (SPEC §2); 提高到 = the level reached at the end "
          "of 2023: " + STOCK_NOTE)
g.neg("实施新一轮千亿斤", "一轮", "新一轮 'a new round', not a count")
fact("新一轮千亿斤粮食产能", "千亿斤", value=5e7, unit="t", kind="amount",
     metric="粮食产能提升",
     metric_alts=["新增粮食产能", "粮食产能", "粮食产能提升行动", "粮食生产能力",
                  "新增粮食生产能力", "千亿斤粮食产能提升行动", "粮食产能增量"],
     modality="target", **FLOW,
     note="quantity inside a programme's name (新一轮千亿斤粮食产能提升行动, SPEC §1, as 新增"
          "千亿斤粮食生产能力 in wr_china_2010): 千亿斤 = 1e11 斤 = 5e7 t of grain capacity "
          "to be added → target; the action was launched (实施) in 2023, so the section frame "
          "governs (its horizon is not in the text); null in period_alts")
g.neg("推出一批新举措", "一批", "quantifier 一批")
g.neg("实施一批重大项目", "一批", "quantifier 一批")

# ---- line 13 (source 16): 三是 reform and opening --------------------------------------------------
g.neg("三是深化改革", "三是", MARKER_NOTE)
g.neg("清理一批妨碍", "一批", "quantifier 一批")
g.neg("“新三样”出口", "新三样", LABEL_NOTE + " (“新三样” = 电动汽车、锂电池、光伏产品)")
NEW3 = ["新三样出口", "电动汽车、锂电池、光伏产品出口", "电动汽车、锂电池、光伏产品“新三样”出口",
        "“新三样”产品出口", "新三样", "“新三样”"]
fact("出口增长近30%", "30%", value=30, unit="%", kind="growth", bound="approx",
     metric="“新三样”出口", metric_alts=NEW3, comparison="yoy", **FLOW,
     note="近 → approx (outside the span)")
g.neg("扎实推进共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road)")

NOTES = (
    "Excerpt: lines 4-16 of shared/texts/work_report/wr_china_2024.txt (2,491 characters "
    "with the final newline), sliced by code: the opening of the review (过去一年，是…), the "
    "seven headline bullets of 2023 (——经济总体回升向好 … ——民生保障有力有效), 回顾过去一年…, "
    "一年来…主要做了以下工作。 and review items 一是-三是. The 2024 主要预期目标 (source line 25, "
    "cut short in the source after 城镇调查失业率5.5%左右；) cannot be joined to the headline "
    "figures within 2,500 characters (lines 5-25 are 3,987; a run ending at line 25 starts "
    "at line 15 at the earliest and drops every headline figure, with about half the "
    "numbers), so the excerpt is the number-dense part of the review. Title line, dateline and speaker (source lines 1-3) are outside the "
    "excerpt; the title is the corpus meta title (the source line reads only 政府工作报告), "
    "title_in_text=False. Date: 2024-03-05, the delivery date in the dateline (source line "
    "2: ——2024年3月5日在第十四届全国人民代表大会第二次会议上); the corpus meta agrees. 过去一年 / "
    "一年来 / 全年 = 2023. Place: national report → 中国 (alts 我国/全国/中华人民共和国); the "
    "central government's own acts (2.2万亿元 税费优惠, 1万亿元 国债) keep 中国 with 中央政府/"
    "国务院/中央财政 as alts; the central bank's rate cuts keep 中国 with 中国人民银行 as alt; "
    "脱贫地区 is an alt. Periods: no heading names the year, so the review frame takes the "
    "period text 过去一年 (excerpt line 1) with null as alt; 全年 governs the clause 新增装机"
    "超过全球一半 (line 7) and the rest of line 11 (一是: 2.2万亿元, 1万亿元, 两次 ×2); same "
    "dates, period text 全年; stocks (5G用户普及率, 常住人口城镇化率 提高到) → instant "
    "2023-12-31 with the literal year and null as alts. Modality: actual, except the 千亿斤 "
    "grain-capacity programme (target). Judgement calls: 一半 (新增装机超过全球一半) → share 50 "
    "gt; 上千万家庭 → 1e7 ge, classifier 户 implied; 6600多万纳税人 → 6.6e7 gt, classifier 人; "
    "两次降低存款准备金率 / 两次下调政策利率 → counts 2; 千亿斤 in the programme name → 5e7 t "
    "target; 三年 (三年新冠疫情) a negative; 5G a negative (generation label). Negatives: "
    "过去一年 ×2, 二十大 ×2, 第一年, 一批 ×6, C919, 第四代, 一轮 ×2, 一带一路 ×2, 三北, 一老一小, "
    "三年, 两难, 一年来, 二十届二中全会, 一是/二是/三是, 一揽子, 5G, 新三样.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
