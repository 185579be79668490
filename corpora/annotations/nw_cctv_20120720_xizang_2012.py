"""Gold annotations for nw_cctv_20120720_xizang_2012 (corpora/).

中国网络电视台(新闻联播), 2012-07-20: 【科学发展 成就辉煌】西藏经济稳定增长 民生全面改善.
The excerpt is the whole source, lines 1-9 of
shared/texts/news/nw_cctv_20120720_xizang_2012.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20120720_xizang_2012.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20120720_xizang_2012"
PLACE = "西藏自治区"
REF = "2012-07-20"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 9                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "西藏经济稳定增长 民生全面改善"   # without the column tag 【…】 (gold README §9)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="【科学发展 成就辉煌】" + TITLE, ends="生态环境等重要领域的建设。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SECTOR_NOTE = "sector name {} (an ordinal sector label), not a quantity"

# Periods (reference date 2012-07-20, the broadcast day).  今年 = 2012; 今年1月至6月 /
# 今年1-6月 = 2012-01-01..2012-06-30; 2011年 = the year 2011; 目前 = the reference date;
# 近十年来 = the ten full years before the reference year, 2002..2011 (as 近三年, SPEC §4);
# “十二五”期间 = the plan period 2011-01-01..2015-12-31.  The item is a feature on several
# periods: it has no document period, so a number whose line states no period before it
# gets null.
J6 = P("今年1月至6月", "2012-01-01", "2012-06-30")
J6B = P("今年1-6月", "2012-01-01", "2012-06-30")
Y2011 = P("2011年", "2011-01-01", "2011-12-31")
Y2012 = P("今年", "2012-01-01", "2012-12-31")
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, REF), P("目前", None, None)]
TEN = P("近十年来", "2002-01-01", "2011-12-31")
TEN_ALTS = [P("近十年来", "2002-01-01", REF), P("近十年来", "2003-01-01", REF),
            P("近十年来", None, REF), P("近十年来", None, None)]
PLAN12 = P("“十二五”期间", "2011-01-01", "2015-12-31")

XZ = dict(subject="西藏自治区", subject_alts=["西藏", "全区", "西藏全区"])
DZ = dict(subject="达孜县", subject_alts=["拉萨达孜县", "拉萨市达孜县", "达孜", "西藏自治区", "西藏"])
GDP = "生产总值"
GDP_ALTS = ["全区生产总值", "地区生产总值", "GDP", "西藏全区生产总值", "国内生产总值", "经济总量"]

# ---- line 1: title ------------------------------------------------------------------------
# (no numerals)

# ---- line 2 ---------------------------------------------------------------------------------
g.neg("等一系列措施", "一系列", "vague quantifier 一系列 (README §2)")
g.neg("坚持“两手抓”", "两手抓", "slogan “两手抓” ('grasp with both hands'), not a quantity")

# ---- line 3 ---------------------------------------------------------------------------------
g.neg("今年1月至6月，西藏", "今年1月至6月", PERIOD_NOTE)
TOUR_ALTS = ["旅游收入", "旅游业收入", "西藏旅游总收入", "旅游业总收入"]
g.fact("旅游总收入达到24亿元", "24亿元", value=24e8, unit="CNY", kind="amount",
       metric="旅游总收入", metric_alts=TOUR_ALTS, **XZ, period=J6,
       note="达到 → eq; 亿元 ×1e8; 今年1月至6月 → H1 2012")
g.fact("同比增长了30.3%", "30.3%", value=30.3, unit="%", kind="growth",
       metric="旅游总收入", metric_alts=TOUR_ALTS + ["旅游总收入增速"], **XZ, period=J6,
       comparison="yoy")
g.neg("西藏发展第三产业的一大支柱产业", "第三产业", SECTOR_NOTE.format("第三产业"))
g.neg("的一大支柱产业", "一大", "一大 'a major (pillar industry)', the article 一 with 大, "
      "not a count")

# ---- line 4 ---------------------------------------------------------------------------------
g.neg("“提升一产", "一产", SECTOR_NOTE.format("一产 (primary industry)") + " (slogan)")
g.neg("壮大二产", "二产", SECTOR_NOTE.format("二产 (secondary industry)") + " (slogan)")
g.neg("做强三产", "三产", SECTOR_NOTE.format("三产 (tertiary industry)") + " (slogan)")
g.neg("。2011年，西藏全区", "2011年", PERIOD_NOTE)
g.fact("生产总值达到605.83亿元", "605.83亿元", value=605.83e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=GDP_ALTS, **XZ, period=Y2011,
       note="西藏全区 → 西藏自治区 (the surface forms as alts); 达到 → eq; 2011")
g.neg("首次超过600亿元", "首次", "first-time claim 首次, not a rank or count")
g.fact("首次超过600亿元", "600亿元", value=600e8, unit="CNY", kind="amount", bound="gt",
       metric=GDP, metric_alts=GDP_ALTS, **XZ, period=Y2011,
       note="超过 → gt (outside the span); the milestone passed by the 2011 GDP just given")
g.neg("今年1-6月，预计", "今年1-6月", PERIOD_NOTE)
g.fact("生产总值完成289亿元", "289亿元", value=289e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=GDP_ALTS, **XZ, period=J6B, modality="forecast",
       note="预计 → forecast (the H1 figure was an estimate when reported, as 预计 in "
            "wr_beijing_2025); 完成 → eq; 今年1-6月 → H1 2012")
g.fact("同比增长11.5%", "11.5%", value=11.5, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_ALTS + ["生产总值增速", "GDP增速", "经济增速"], **XZ, period=J6B,
       modality="forecast", comparison="yoy",
       note="same 预计 clause → forecast; 同比 → yoy")
g.neg("这当中第三产业", "第三产业", SECTOR_NOTE.format("第三产业"))
g.fact("增加值继续保持第一", "第一", value=1, unit="rank", kind="rank", scope="三次产业",
       metric="第三产业增加值",
       metric_alts=["第三产业的增加值", "增加值", "第三产业增加值排名", "第三产业"],
       **{**XZ, "subject_alts": XZ["subject_alts"] + ["第三产业", "西藏第三产业"]},
       period=J6B, period_alts=[P("今年1-6月", None, None)],
       note="这当中 'within this (GDP)': the tertiary sector's value added stays the largest "
            "of the three sectors → rank 1, scope 三次产业 (judgement call: a measured "
            "ranking among the sectors, kept as a fact; the scope is implied, not written); "
            "sector-level → the region as subject, the sector as alt (README §4); 今年1-6月 "
            "of the line governs (null as alt); a new sentence after 预计 → actual")

# ---- line 5 ---------------------------------------------------------------------------------
g.neg("墨脱公路等一大批重点工程", "一大批", "quantifier 一大批 (SPEC §1)")
g.fact("累计向西藏输送电力4.4亿度", "4.4亿度", value=4.4e8, unit="kWh", kind="amount",
       metric="输送电力",
       metric_alts=["累计输送电力", "累计向西藏输送电力", "向西藏输送电力", "输电量",
                    "累计输电量", "输送电量"],
       subject="青藏联网工程",
       subject_alts=["青藏电力联网工程", "西藏自治区", "西藏"], period=NOW,
       period_alts=NOW_ALTS + [P("今年", "2012-01-01", REF)],
       note="度 = kWh (SPEC §3), 亿 ×1e8; the grid link owns what it delivered (西藏, the "
            "receiver, as alt); 累计…目前 → the cumulative total as of now, an instant at the "
            "reference date (SPEC §4 目前; the open span up to it, the trial-run year to "
            "date, and null as alts)")

# ---- line 6: no numerals ----------------------------------------------------------------------

# ---- line 7 ---------------------------------------------------------------------------------
g.fact("西藏23个小型农田水利重点县", "23个", value=23, unit="count", kind="count",
       classifier="个", metric="小型农田水利重点县",
       metric_alts=["小型农田水利重点县数量", "农田水利重点县", "重点县"], **XZ,
       period=None, period_alts=[Y2012],
       note="the 23 counties of the national small-scale irrigation programme in 西藏 (达孜 is "
            "one of them, 之一 lexicalized); no period before it in the line and no document "
            "period → null (今年, stated after it, as alt)")
g.fact("总投资达到1640万元", "1640万元", value=1640e4, unit="CNY", kind="amount",
       metric="水利工程总投资",
       metric_alts=["用于水利工程的总投资", "总投资", "水利工程投资", "水利投资",
                    "用于水利工程总投资"],
       **DZ, period=Y2012,
       note="达到 → eq; 万元 ×1e4; 今年 → 2012 (the year's allocation); the county owns it")
g.fact("自治区财政投资达到了1192万元", "1192万元", value=1192e4, unit="CNY", kind="amount",
       metric="自治区财政投资",
       metric_alts=["水利工程自治区财政投资", "自治区财政水利投资", "财政投资", "自治区投资"],
       **DZ, period=Y2012,
       note="其中: the regional government's part of the 1640万元 → same county, same year")

# ---- line 8 ---------------------------------------------------------------------------------
g.neg("西藏百姓的生活品质", "百姓", "lexicalized 百姓 'ordinary people'; 百 is not a quantity "
      "(as 老百姓 in the other golds)")
g.neg("近十年来，西藏建设", "近十年来", PERIOD_NOTE + " (the ten years 2002-2011, not a "
      "10-year duration fact; README §2 近三年来)")
g.fact("建设改造了1.58万套保障性住房", "1.58万套", value=15800, unit="count", kind="count",
       classifier="套", metric="保障性住房",
       metric_alts=["建设改造保障性住房", "建设改造的保障性住房", "保障性住房数量", "保障房",
                    "保障性住房增量"],
       **XZ, period=TEN, period_alts=TEN_ALTS,
       note="units built or renovated over 近十年来 (a flow) → 2002..2011, the ten full years "
            "before the reference year (SPEC §4 近三年; alts: up to the reference date, open, "
            "null); counted noun as metric (README §3)")
g.fact("为7044户群众", "7044户", value=7044, unit="count", kind="count", classifier="户",
       metric="发放住房租赁补贴的群众",
       metric_alts=["住房租赁补贴发放户数", "住房租赁补贴", "发放住房租赁补贴", "群众",
                    "住房租赁补贴户数", "享受住房租赁补贴的群众"],
       **XZ, period=TEN, period_alts=TEN_ALTS,
       note="户 is a classifier (SPEC §3); households that received rent subsidies over the "
            "same 近十年来 (same sentence)")
g.neg("高中阶段十五年免费教育", "十五年",
      "label 十五年免费教育 (the policy name '15-year free education', like 九年义务教育), "
      "not a duration fact (judgement call)")
g.fact("目前已有近170万城乡居民", "170万", value=170e4, unit="count", kind="count",
       bound="approx", classifier="人", metric="接受免费体检的城乡居民",
       metric_alts=["接受了免费体检的城乡居民", "免费体检城乡居民", "城乡居民", "免费体检人数",
                    "接受免费体检人数", "体检人数", "全面健康体检"],
       **XZ, period=NOW, period_alts=NOW_ALTS,
       note="近 → approx (outside the span); no measure word: classifier 人 (the residents "
            "counted, as 14亿多中国人民 in nw_cctv_20230418); 目前已有 → a cumulative total "
            "now, instant at the reference date")
g.neg("参加体检的每一位群众", "一位", "每一位 'every', not a count")
g.neg("都有一份自己的健康档案", "一份", "一 + classifier used as article (README §2)")
g.neg("从2011年开始西藏", "2011年", PERIOD_NOTE + " (从2011年开始: start of a programme, no "
      "number follows)")

# ---- line 9 ---------------------------------------------------------------------------------
BUDGET_NOTE = ("今年 → 2012; the year's local budget (the item is broadcast in July, so the "
               "year's spending is planned: 将投向) → modality target (judgement call; the "
               "850亿元 is the budgeted total, the 65% its planned allocation)")
g.fact("西藏850亿元的地方财政支出", "850亿元", value=850e8, unit="CNY", kind="amount",
       metric="地方财政支出",
       metric_alts=["财政支出", "地方公共财政支出", "地方财政预算支出", "公共财政支出"],
       **XZ, period=Y2012, modality="target", note=BUDGET_NOTE)
g.fact("，65%将投向民生领域", "65%", value=65, unit="%", kind="share",
       metric="地方财政支出投向民生领域比重",
       metric_alts=["投向民生领域比重", "民生支出占地方财政支出比重", "民生支出占比",
                    "投向民生领域的比重", "地方财政支出用于民生比重", "民生领域支出占比"],
       **XZ, period=Y2012, modality="target", note=BUDGET_NOTE)
g.neg("“十二五”期间，国家", "十二五", "plan name 十二五 (the 12th Five-Year Plan) inside the "
      "period expression “十二五”期间, not a quantity")
g.fact("实施226个重大项目建设", "226个", value=226, unit="count", kind="count",
       classifier="个", metric="重大项目",
       metric_alts=["重大项目建设", "实施重大项目", "重大项目数量", "重大建设项目"],
       subject="西藏自治区", subject_alts=["西藏", "国家", "中国"], period=PLAN12,
       period_alts=[P("“十二五”期间", None, None)], modality="target",
       note="将实施 → target (a plan); the projects are in 西藏 (the state, which carries "
            "them out, as alt); “十二五”期间 → 2011..2015")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-9 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2012-07-20, the broadcast "
    "date given by the source meta (file name assets/2012/20120720.json, pubtime 2012-07-20 "
    "19:24:52); the text agrees: it reports 今年1月至6月 data, 2011年 as the last full year, "
    "and 从今年秋季开始 as future. 今年 = 2012; 今年1月至6月 / 今年1-6月 = 2012-01-01.."
    "2012-06-30; 2011年 = 2011; 目前 = the reference date (instant); 近十年来 = 2002..2011 "
    "(the ten full years before the reference year, as 近三年 in SPEC §4); “十二五”期间 = "
    "2011..2015. Place: 西藏自治区 (西藏, 全区, 西藏全区 → 西藏自治区); 达孜县 (拉萨) owns its "
    "irrigation investment; 青藏联网工程 owns the power it delivered. Title: the headline "
    "without the column tag 【科学发展 成就辉煌】. Periods: a line is a paragraph; the feature "
    "has no document period, so 23个 (line 7, before 今年) gets null (2012 as alt). "
    "Judgement calls: 预计…289亿元 / 11.5% → forecast; 第三产业的增加值继续保持第一 → rank 1 "
    "(scope 三次产业, not written); 4.4亿度 → instant at the reference date (累计…目前); "
    "850亿元地方财政支出 and its 65% for 民生 → target (the year's budget, 将投向); "
    "十五年免费教育 → label (negative), not a duration fact; 226个重大项目 (国家将实施) → "
    "target, subject 西藏自治区 (国家 as alt); 近170万城乡居民 → count, approx, classifier 人. "
    "Negatives: 一系列, 两手抓 (slogan), 今年1月至6月 / 今年1-6月 / 近十年来 / 2011年 ×2 "
    "(periods), 第三产业 ×2, 一产/二产/三产 (sector names), 一大 (一大支柱产业), 首次, 一大批, "
    "十五年 (label), 一位 (每一位), 一份, 十二五, 百姓 (lexicalized, listed to silence the "
    "uncovered-numeral warning). Lexicalized, not listed: 之一, 进一步.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
