"""Gold annotations for wr_china_2021_b (held-out: corpora/heldout/), 2021年中华人民共和国国务院
政府工作报告: the dateline and the review of 2020, lines 2-13 of
shared/texts/work_report/wr_china_2021.txt.

The excerpt corpora/heldout/wr_china_2021_b.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines, as unseen test excerpts are cut): the dateline (——2021年3月5日在第十三届全国人民
代表大会第四次会议上), the speaker line (国务院总理　李克强), the opening of the review of 2020
(过去一年，在新中国历史上极不平凡…), the epidemic-control paragraph, the bridging line
一年来…主要做了以下工作。 and review items 一是 … 七是 (macro policy, jobs and livelihoods,
三大攻坚战, reform and opening, innovation, urbanisation and rural revival, law and social
services).  The title line (source line 1, 政府工作报告) is outside the excerpt; lines 23-34
are annotated in wr_china_2021 (no overlap).  Facts and negatives are written by hand from
the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2021_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2021_b"
SOURCE_ID = "wr_china_2021"
PLACE = "中国"
REF = "2021-03-05"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 2, 13                     # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2021年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2021)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="——2021年3月5日在第十三届全国人民代表大会第四次会议上",
                 ends="平安中国建设取得新成效。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "quantifier 一批 'a batch of' (README §2), not a quantity"
NAME_NOTE = "spacecraft name {}, not a quantity (as 嫦娥四号 in wr_china_2019_c)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act or money: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2022)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2021-03-05; 过去一年 / 一年来 / 全年 = 2020, 今年 = 2021) ---------
# Everything after the dateline is the review of 2020 (part 一; the source has no heading
# naming the year: the review is opened by line 3 of the excerpt, 过去一年，在新中国历史上…).
# Lines that state no period before their numbers take the review year as the section frame
# (SPEC §4) with the period text 过去一年 (the excerpt's own name for it) and the null reading
# in period_alts (as wr_china_2022 / wr_china_2019_c).  Within a line a period stated before
# the numbers governs the clauses after it:
#   - line 6 (一是): 全年 (全年为市场主体减负…) governs all its numbers (same dates, period text
#     全年; it is restated before 国内生产总值增长2.3％);
#   - line 7 (二是): 城镇新增就业1186万人 precedes any period → the frame; 年末 then dates the
#     unemployment rate (instant 2020-12-31); the annual flows written after it (CPI, 低保,
#     临时救助) keep the year with the literal 年末 instant as alt (as wr_china_2023 AFTER_YE);
#   - line 8 (三是): 年初剩余的551万农村贫困人口…、52个贫困县 → the stock at the start of the
#     year, instant 2020-01-01; the year (the 脱贫/摘帽 flow reading) and null as alts;
#   - line 12 (七是): no period before its numbers → the frame.
Y20 = P("过去一年", "2020-01-01", "2020-12-31")
Y20_NULL = P("过去一年", None, None)
FLOW = dict(period=Y20, period_alts=[Y20_NULL])
FULL = P("全年", "2020-01-01", "2020-12-31")
YEAR = dict(period=FULL, period_alts=[Y20, P("全年", None, None)])
YE = P("年末", "2020-12-31", "2020-12-31")
AFTER_YE = dict(period=Y20, period_alts=[Y20_NULL, YE])
START = P("年初", "2020-01-01", "2020-01-01")
AT_START = dict(period=START, period_alts=[P("年初", "2020-01-01", "2020-12-31"), Y20_NULL])
FRAME_NOTE = ("no period before it in its line → the section frame, the review year 2020 "
              "(period text 过去一年, line 3 of the excerpt), null in period_alts")
FULL_NOTE = "全年 (= 2020) stated earlier in the line governs"
AFTER_YE_NOTE = ("annual flow written after 年末 (of 年末全国城镇调查失业率) in the line: the "
                 "review year 2020, the literal 年末 instant in period_alts (as wr_china_2023)")
START_NOTE = ("年初剩余的 dates the stock: the instant 2020-01-01 (stock rule); the year (the "
              "flow reading: lifted out of poverty / removed from the list during 2020) and "
              "null as alts")

# ==== line 1 (source 2): dateline =================================================================
g.neg("——2021年3月5日在", "2021年3月5日", "date of delivery (the reference date), not a fact "
      "(as wr_jiangsu_2025)")
g.neg("在第十三届全国人民代表大会", "第十三届", "session label (第十三届全国人民代表大会 'the "
      "13th NPC'), not a rank or count (as wr_china_2018)")
g.neg("全国人民代表大会第四次会议", "第四次", "session label (第四次会议 'the 4th session'), not "
      "a count (as wr_jiangsu_2025)")

# ==== line 2 (source 3): 国务院总理　李克强 (no numerals) =============================================

# ==== line 3 (source 4): 过去一年 (opening of the review; no facts) ===================================
g.neg("过去一年，在新中国", "过去一年", PERIOD_NOTE + " (the review year 2020; names the "
      "frame of the review; no number follows in its line)")
g.neg("全球主要经济体中唯一实现", "唯一", "'the only (major economy with positive growth)': "
      "an only-of-kind claim, not a measured count or rank (as wr_china_2022 全球唯一正增长)")
g.neg("交出一份人民满意", "一份", "indefinite article 一份 'a (test paper)', not a quantity "
      "(README §2 一个)")

# ==== line 4 (source 5): epidemic control (no numerals) ===========================================

# ==== line 5 (source 6): bridging line ============================================================
g.neg("一年来，我们贯彻", "一年来", PERIOD_NOTE + " (the review year 2020; its own line, so "
      "it governs nothing after it)")

# ==== line 6 (source 7): 一是 macro policy ========================================================
g.neg("一是围绕市场主体", "一是", MARKER_NOTE)
g.neg("在“六稳”工作", "六稳", LABEL_NOTE + " (“六稳”, as wr_china_2022)")
g.neg("明确提出“六保”任务", "六保", LABEL_NOTE + " (“六保”, as wr_china_2022)")
CUT = ["减负", "为市场主体减负", "市场主体减负", "减税降费", "减税降费规模", "减负规模",
       "为市场主体减负规模", "减税降费金额"]
gov("全年为市场主体减负超过2.6万亿元", "2.6万亿元", value=2.6e12, unit="CNY", kind="amount",
    bound="gt", metric="为市场主体减负", metric_alts=CUT, **YEAR,
    note="超过 → gt (outside the span); 万亿元 = 1e12; the burden lifted from market entities "
         "in 2020 by the (阶段性大规模) tax and fee cuts; 全年 (= 2020) opens the clause, "
         "explicit, and governs the rest of the line; " + GOV_NOTE)
gov("其中减免社保费1.7万亿元", "1.7万亿元", value=1.7e12, unit="CNY", kind="amount",
    metric="减免社保费",
    metric_alts=["社保费减免", "减免社会保险费", "社保费", "减免社保费规模", "减免社保费金额"],
    **YEAR, note="其中 = part of the 2.6万亿元; " + FULL_NOTE + "; " + GOV_NOTE)
DIRECT = ["新增中央财政资金", "中央财政资金", "直达资金", "中央财政直达资金",
          "建立直达机制的中央财政资金", "新增财政资金", "直达机制资金"]
gov("对新增2万亿元中央财政资金", "2万亿元", value=2e12, unit="CNY", kind="amount",
    metric="新增中央财政资金", metric_alts=DIRECT, **YEAR,
    note="the additional central funds of 2020 put under the direct-transfer mechanism "
         "(as 2.8万亿元 in wr_china_2022); " + FULL_NOTE + "; " + GOV_NOTE)
LOAN = ["普惠小微企业贷款", "大型商业银行普惠小微企业贷款增幅", "大型商业银行普惠小微贷款",
        "大型商业银行普惠小微企业贷款余额", "普惠小微贷款"]
fact("普惠小微企业贷款增长50%以上", "50%", value=50, unit="%", kind="growth", bound="ge",
     metric="大型商业银行普惠小微企业贷款", metric_alts=LOAN,
     subject_alts=CN + ["大型商业银行", "国有大型商业银行"], comparison="yoy", **YEAR,
     note="以上 → ge (outside the span); the lenders' group is written into the metric, the "
          "country keeps the subject, the group as alt (README §4, as wr_china_2022); "
          + FULL_NOTE)
fact("金融系统向实体经济让利1.5万亿元", "1.5万亿元", value=1.5e12, unit="CNY", kind="amount",
     metric="金融系统向实体经济让利",
     metric_alts=["向实体经济让利", "让利实体经济", "金融让利", "让利", "金融系统让利",
                  "让利规模"],
     subject_alts=CN + ["金融系统"], **YEAR,
     note="the profit the financial system passed on to the real economy in 2020 (lower rates, "
          "fee cuts, deferrals); the system is written into the metric, the country keeps "
          "the subject, 金融系统 as alt; " + FULL_NOTE)
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量", "经济增长", "经济增速"]
fact("全年国内生产总值增长2.3％", "2.3％", value=2.3, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **YEAR,
     note="增长 → yoy; full-width ％ kept in the span; 全年 (= 2020) restated right before it; "
          "no 预计 → actual")

# ==== line 7 (source 8): 二是 jobs and livelihoods ================================================
g.neg("二是优先稳就业", "二是", MARKER_NOTE)
g.neg("支持大众创业万众创新", "万众", "slogan 大众创业万众创新 ('mass entrepreneurship and "
      "innovation'), not a quantity (as wr_china_2022)")
fact("城镇新增就业1186万人", "1186万人", value=1186e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "城镇新增就业人口"], **FLOW,
     note=FRAME_NOTE)
fact("失业率降到5.2％", "5.2％", value=5.2, unit="%", kind="share", metric="城镇调查失业率",
     metric_alts=["年末全国城镇调查失业率", "年末城镇调查失业率", "全国城镇调查失业率",
                  "调查失业率", "失业率"],
     period=YE, period_alts=[P("年末", "2020-12-01", "2020-12-31"), Y20],
     note="a rate of a population → share (SPEC §2); 降到 = the level reached; 年末 (no "
          "numeral) dates it: the instant 2020-12-31; the surveyed rate of December (the "
          "month) and the year as alts (as wr_china_2023); full-width ％")
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格指数涨幅"]
fact("居民消费价格上涨2.5％", "2.5％", value=2.5, unit="%", kind="growth",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **AFTER_YE,
     note="上涨 = growth of the price level (as wr_china_2022); " + AFTER_YE_NOTE)
fact("特困供养近600万人", "600万人", value=600e4, unit="count", kind="count",
     classifier="人", bound="approx", metric="新纳入低保、特困供养",
     metric_alts=["新纳入低保、特困供养人数", "新纳入低保和特困供养", "新纳入低保", "纳入低保、特困供养",
                  "低保、特困供养", "新纳入低保、特困供养人员", "低保和特困供养人员增量"],
     **AFTER_YE,
     note="近 → approx (outside the span); people newly covered by 低保 or 特困供养 in 2020 "
          "(the 新纳入 phrase kept whole in the metric, as 新开工改造 in wr_china_2022); "
          + AFTER_YE_NOTE)
fact("临时救助超过800万人次", "800万人次", value=800e4, unit="count", kind="count",
     classifier="人次", bound="gt", metric="临时救助",
     metric_alts=["实施临时救助", "临时救助人次", "实施临时救助人次", "临时救助人数"],
     **AFTER_YE,
     note="超过 → gt (outside the span); 人次 is a classifier (SPEC §3); " + AFTER_YE_NOTE)

# ==== line 8 (source 9): 三是 三大攻坚战 =============================================================
g.neg("三是坚决打好", "三是", MARKER_NOTE)
g.neg("打好三大攻坚战，主要", "三大", "set label 三大攻坚战 (the three critical battles), not a "
      "count (as wr_china_2019_c)")
POOR = ["年初剩余的农村贫困人口", "年初剩余农村贫困人口", "剩余农村贫困人口", "农村贫困人口数量",
        "脱贫人口", "农村贫困人口脱贫", "脱贫农村贫困人口", "减贫人数", "贫困人口"]
fact("年初剩余的551万农村贫困人口", "551万", value=551e4, unit="count", kind="count",
     classifier="人", metric="农村贫困人口", metric_alts=POOR, **AT_START,
     note="the rural poor still registered at the start of 2020, all lifted out of poverty "
          "in the year (全部脱贫); no measure word written (551万 + noun 农村贫困人口), span "
          "the number only, classifier 人 implied (as 1386万 in wr_china_2019_c); "
          + START_NOTE)
fact("52个贫困县全部摘帽", "52个", value=52, unit="count", kind="count", classifier="个",
     metric="贫困县",
     metric_alts=["剩余贫困县", "年初剩余贫困县", "摘帽贫困县", "贫困县摘帽", "贫困县数量",
                  "摘帽贫困县数量"], **AT_START,
     note="the poor counties remaining at the start of 2020 (年初剩余的 covers both members "
          "of the pair), all removed from the list (全部摘帽) in the year — judgement call on "
          "the period: " + START_NOTE)
g.neg("及时处置一批重大金融", "一批", VAGUE_NOTE)

# ==== line 9 (source 10): 四是 reform and opening (no facts) ======================================
g.neg("四是坚定不移", "四是", MARKER_NOTE)
g.neg("出台国企改革三年行动方案", "三年", "name of a multi-year campaign (国企改革三年行动方案, "
      "the plan issued), not a duration fact (as wr_china_2022)")
g.neg("共建“一带一路”稳步", "一带一路", "initiative name 一带一路 (Belt and Road)")
g.neg("成功举办第三届", "第三届", "edition label 第三届 (the 3rd China International Import "
      "Expo), not a rank or count")

# ==== line 10 (source 11): 五是 innovation (no facts) ==============================================
g.neg("五是大力促进", "五是", MARKER_NOTE)
g.neg("成功组建首批国家实验室", "首批", "first-of-kind label 首批 'first batch' (README §2), "
      "not a rank or count")
g.neg("“天问一号”", "天问一号", NAME_NOTE.format("天问一号 (Tianwen-1, Mars probe)"))
g.neg("“嫦娥五号”", "嫦娥五号", NAME_NOTE.format("嫦娥五号 (Chang'e 5, lunar sample return)"))

# ==== line 11 (source 12): 六是 urbanisation and rural revival (no facts) ==========================
g.neg("六是推进新型城镇化", "六是", MARKER_NOTE)
g.neg("出台一批新举措", "一批", VAGUE_NOTE)

# ==== line 12 (source 13): 七是 law and social services ===========================================
g.neg("七是加强依法行政", "七是", MARKER_NOTE)
gov("审议法律议案9件", "9件", value=9, unit="count", kind="count", classifier="件",
    metric="提请全国人大常委会审议法律议案",
    metric_alts=["法律议案", "提请审议法律议案", "审议法律议案", "法律议案数量",
                 "提请全国人大常委会审议的法律议案", "提请审议的法律议案"],
    **FLOW, note="bills the State Council submitted in 2020 (README §2 counts of measures); "
                 + GOV_NOTE + "; " + FRAME_NOTE)
gov("制定修订行政法规37部", "37部", value=37, unit="count", kind="count", classifier="部",
    metric="制定修订行政法规",
    metric_alts=["行政法规", "制定修订的行政法规", "制定和修订行政法规", "行政法规数量",
                 "制定修订行政法规数量"],
    **FLOW, note="administrative regulations made or revised in 2020; " + GOV_NOTE + "; "
                 + FRAME_NOTE)
fact("1000多万高中毕业生", "1000多万", value=1000e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="完成高考的高中毕业生",
     metric_alts=["高中毕业生", "高考人数", "高考考生", "参加高考人数", "高中毕业生人数",
                  "完成高考的高中毕业生人数", "高考"],
     **FLOW,
     note="多 inside the span → gt; no measure word (1000多万 + noun 高中毕业生): span the "
          "number only, classifier 人 implied (as 551万农村贫困人口); " + FRAME_NOTE)
fact("实现高职院校扩招100万人目标", "100万人", value=100e4, unit="count", kind="count",
     classifier="人", metric="高职院校扩招",
     metric_alts=["高职扩招", "高职院校扩招人数", "高职院校扩招规模", "高职院校扩招目标",
                  "高职院校招生增量"],
     **FLOW,
     note="judgement call: 实现…目标 reports that the 2020 target was met → the enrolment "
          "expansion achieved, modality actual (the target itself, set in the 2019/2020 "
          "reports, would be the other reading); " + FRAME_NOTE)
g.neg("做好第七次全国人口普查", "第七次", "edition label 第七次 (the 7th national census), not "
      "a rank or count")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: the dateline and speaker line, then part 一, the review of 2020 (the source "
    "has no heading naming the year; 过去一年，在新中国历史上极不平凡… opens it): the opening, "
    "the epidemic-control paragraph, 一年来…主要做了以下工作。 and review items 一是…七是. Lines "
    "23-34 are wr_china_2021 (no overlap). The title line (source line 1, 政府工作报告) is "
    "outside the excerpt; the title is the corpus meta title (title_in_text=False). Date: "
    "2021-03-05, the delivery date in the dateline (line 1 of the excerpt: ——2021年3月5日在第"
    "十三届全国人民代表大会第四次会议上); the shared meta agrees. 过去一年 / 一年来 / 全年 / 年末 "
    "/ 年初 = 2020. Place: national report → 中国 (alts 我国/全国/中华人民共和国); the central "
    "government's own money and acts (2.6万亿元 减负, 1.7万亿元 社保费, 2万亿元 直达资金, 9件 "
    "法律议案, 37部 行政法规) add 中央政府/国务院/中央财政 as alts; groups owning a number "
    "(大型商业银行, 金融系统) are alts. Periods: lines without a period before their numbers take "
    "the review year 2020 (period text 过去一年, null as alt); 全年 governs line 6 (一是); in "
    "line 7 年末 dates the unemployment rate (instant 2020-12-31; December and the year as "
    "alts) and the flows after it keep the year with the 年末 instant as alt; in line 8 "
    "年初剩余的 551万 / 52个 → instant 2020-01-01 (year and null as alts). Modality: actual "
    "throughout. Bounds: 超过 → gt; 多 inside the span → gt (1000多万); 近 → approx; 以上 → ge. "
    "Units: 万亿元 1e12; full-width ％ → %; 551万 / 1000多万 without a measure word → "
    "classifier 人 (span the number only). Judgement calls: 年初剩余的551万农村贫困人口 / 52个"
    "贫困县 → stocks at 年初 (the 2020 flow of 脱贫/摘帽 as alt); 实现高职院校扩招100万人目标 → "
    "actual (the target met); 新纳入低保、特困供养近600万人 → count with the 新纳入 phrase in "
    "the metric; 唯一 (实现经济正增长), 一份, 天问一号, 嫦娥五号, 第三届, 第七次, 三年 (行动方案), "
    "首批 → negatives; 第十三届 / 第四次 / 2021年3月5日 of the dateline → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs)
    + ". Lexicalized, not listed: 进一步, 数字化, 中小微.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
