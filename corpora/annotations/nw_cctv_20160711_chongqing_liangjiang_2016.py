"""Gold annotations for nw_cctv_20160711_chongqing_liangjiang_2016 (corpora/).

央视网消息（新闻联播）, 2016-07-11: 【调结构转方式·重庆两江新区调研行】借力 借活大棋局.
The excerpt is the whole source, lines 1-14 of
shared/texts/news/nw_cctv_20160711_chongqing_liangjiang_2016.txt (a short news feature, so
all of it is taken), copied by code from the source bytes, never retyped.  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from
a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20160711_chongqing_liangjiang_2016.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20160711_chongqing_liangjiang_2016"
PLACE = "重庆市两江新区"
REF = "2016-07-11"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 14                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "【调结构转方式·重庆两江新区调研行】借力 借活大棋局"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
LJ_NOTE = "place name 两江 (两江新区 / 重庆两江产业发展集团); 两 is not a quantity"
ART_NOTE = "indefinite article 一个 (README §2), not a count"

# Periods (reference date 2016-07-11, the broadcast). A feature spanning 2013-2016 with no
# document period: numbers whose line states no period get null (README §5).
Y2015 = P("2015年", "2015-01-01", "2015-12-31")
Y2013 = P("2013年", "2013-01-01", "2013-12-31")
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, REF), P("目前", None, None)]

LJ = dict(subject="重庆市两江新区", subject_alts=["重庆两江新区", "两江新区", "两江"])
CQ = dict(subject="重庆市", subject_alts=["重庆", "重庆方面"])
BOE = dict(subject="京东方",
           subject_alts=["京东方重庆8.5代线", "京东方8.5代线", "8.5代线", "京东方重庆项目",
                         "京东方项目", "京东方重庆工厂", "重庆京东方", "京东方科技集团"])
PROJ_NOTE = ("京东方's 8.5代线 in 重庆 (the project of line 5) owns the number (the company "
             "and the project as alts)")

# ---- line 1: title ---------------------------------------------------------------------
g.neg("·重庆两江新区调研行】借力", "两江", LJ_NOTE + " (title)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("在重庆两江新区，战略性", "两江", LJ_NOTE)
g.neg("渐成气候，2015年", "2015年", PERIOD_NOTE)
g.fact("新兴产业产值已达912亿元", "912亿元", value=912e8, unit="CNY", kind="amount",
       metric="新兴产业产值",
       metric_alts=["战略性新兴产业产值", "新兴产业", "战略性新兴产业", "新兴产业总产值",
                    "战略性新兴产业总产值"],
       **LJ, period=Y2015,
       note="在重庆两江新区… → the district owns it (the document's place, official form "
            "重庆市两江新区 as in the meta; 重庆两江新区 / 两江新区 as alts); 已达 → eq; "
            "2015年 before it in the line → the year 2015 (a flow)")
g.neg("《调结构转方式·重庆两江新区调研行》，咱们", "两江", LJ_NOTE)

# ---- line 3 ----------------------------------------------------------------------------
g.neg("正赶上重庆两江产业发展集团", "两江", LJ_NOTE + " (company name)")
g.neg("这家由两江新区管委会", "两江", LJ_NOTE)
g.neg("发现了一个颇具", "一个", ART_NOTE)

# ---- line 4 ----------------------------------------------------------------------------
g.neg("重庆两江产业发展集团董事长", "两江", LJ_NOTE + " (company name)")
g.neg("很有趣的一个现象", "一个", ART_NOTE)
g.neg("猛不丁一看", "一看", "verbal 一看 'at a glance', not a quantity")
g.neg("从一成立开始", "一成立", "一 + verb 'as soon as it was founded', not a quantity")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("时间倒退到2013年", "2013年", PERIOD_NOTE)
g.neg("显示面板却是一个空白", "一个", ART_NOTE)
g.fact("位居全球第一的京东方", "第一", value=1, unit="rank", kind="rank", scope="全球",
       metric="平板电脑面板市场占有率",
       metric_alts=["市场占有率", "平板电脑面板市场占有率排名", "平板电脑面板市场份额",
                    "平板电脑面板", "平板电脑面板市场占有率全球排名"],
       subject="京东方", subject_alts=["京东方科技集团", "BOE"],
       period=Y2013,
       period_alts=[P("2013年", None, None), P("连续多年", None, "2013-12-31")],
       note="rank by tablet-panel market share, scope 全球 (span without the scope word); "
            "held 连续多年 up to the time of the story: 2013年 of the line governs (alts: "
            "null, and an open span ending 2013)")
g.neg("双方一拍即合", "双方", "anaphoric 双方 'both sides' (重庆 and 京东方), not a count")
g.neg("双方一拍即合", "一拍即合", "idiom 一拍即合 'hit it off at once', not a quantity")
g.neg("上马8.5代线", "8.5代线", "product label 8.5代线 (a generation-8.5 panel line, a "
      "substrate-size generation name like the band names of SPEC §1), not a measurement")
g.fact("总投资328个亿", "328个亿", value=328e8, unit="CNY", kind="amount",
       metric="总投资",
       metric_alts=["项目总投资", "投资", "8.5代线总投资", "京东方8.5代线总投资", "投资总额",
                    "投资规模"],
       **BOE, period=Y2013, period_alts=[P("2013年", None, None)],
       note="个亿 = 亿 (元 implied, colloquial) → 328e8 CNY; " + PROJ_NOTE + "; 2013年 of "
            "the line governs (the year the project was decided; null as an alt); modality "
            "actual: the project is built by the time of the broadcast (line 8: 产品点亮), "
            "its total investment is an attribute of it, not a pending target")

# ---- line 6 ----------------------------------------------------------------------------
g.fact("300多个亿的大项目", "300多个亿", value=300e8, unit="CNY", kind="amount", bound="gt",
       metric="总投资",
       metric_alts=["项目总投资", "投资", "项目投资", "项目规模", "投资规模", "大项目投资",
                    "大项目", "投资总额"],
       **BOE, period=None, period_alts=[Y2013],
       note="300多个亿 → 300e8, gt (多 inside the span, README §1); the same project's size "
            "(328个亿) restated: its own mention, its own fact; no period in the line and no "
            "document period → null (2013 as an alt)")
g.fact("光注册资本金就要197个亿", "197个亿", value=197e8, unit="CNY", kind="amount",
       metric="注册资本金",
       metric_alts=["项目注册资本金", "注册资本", "所需注册资本金", "资本金"],
       **BOE, period=None, period_alts=[Y2013],
       note="光…就要 (emphasis, 'the registered capital alone needs') → eq; " + PROJ_NOTE
            + "; period null (2013 as an alt)")
g.fact("另外两家国投集团", "两家", value=2, unit="count", kind="count", classifier="家",
       metric="国投集团",
       metric_alts=["另外国投集团", "被点将的国投集团", "国投集团数量", "其他国投集团",
                    "另外两家国投集团", "国投集团老总被点将的国投集团"],
       **CQ, period=None, period_alts=[Y2013],
       note="the two other state investment groups (besides 江北嘴投资集团) whose heads were "
            "called upon: a count of 重庆's 国投集团 (the 三大国投集团 of line 7); period null "
            "(2013 as an alt)")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("很快重庆三大国投集团", "三大", "set label 三大(国投集团) (README §2 八大; wr_hunan "
      "N大), not a count of its own (the three = 江北嘴 + the 两家 of line 6)")

# ---- line 8 ----------------------------------------------------------------------------
g.fact("定增得到的200多亿元", "200多亿元", value=200e8, unit="CNY", kind="amount", bound="gt",
       metric="定增募集资金",
       metric_alts=["定增资金", "定向增发募集资金", "定增得到的资金", "定增所得", "定增募资",
                    "定向增发资金", "定增", "质押", "质押资金"],
       **BOE, period=None,
       note="200多亿元 → 200e8, gt; what 京东方 raised by the private placement (and pledged); "
            "no period in the line → null")
g.fact("获取了100多亿元银行贷款", "100多亿元", value=100e8, unit="CNY", kind="amount",
       bound="gt", metric="银行贷款",
       metric_alts=["获取银行贷款", "贷款", "银行贷款额", "质押贷款"],
       **BOE, period=None, note="100多亿元 → 100e8, gt; period null")
g.neg("一路飞奔", "一路", "idiom 一路(飞奔) 'all the way', not a quantity")
g.fact("不到17个月的时间", "17个月", value=17 / 12, unit="year", kind="amount", bound="lt",
       metric="从打桩建设到产品点亮用时",
       metric_alts=["建设周期", "从打桩建设到产品点亮时间", "建设用时", "用时", "建设工期",
                    "从打桩建设到产品点亮的时间", "建设时间", "工期"],
       subject="京东方重庆工厂",
       subject_alts=["重庆工厂", "京东方", "京东方重庆8.5代线", "京东方8.5代线", "8.5代线",
                     "京东方项目"],
       period=None,
       note="duration: 个月 = 1/12 year (SPEC §3) → 17/12; 不到 → lt (outside the span); 仅用了 "
            "is emphasis; the 重庆工厂 of 京东方 owns it; period null")

# ---- line 9 ----------------------------------------------------------------------------
g.neg("一系列“链式反应”", "一系列", "vague quantifier 一系列 (README §2)")
g.fact("上下游的17家企业", "17家", value=17, unit="count", kind="count", classifier="家",
       metric="入驻京东方配套产业区的企业",
       metric_alts=["企业", "入驻企业", "配套企业", "显示光电产业上下游企业",
                    "入驻京东方配套产业区的显示光电产业上下游企业", "入驻企业数量",
                    "显示光电产业上下游的企业", "京东方配套产业区企业"],
       subject="京东方配套产业区",
       subject_alts=["重庆市", "重庆", "京东方", "重庆市两江新区", "两江新区"],
       period=None,
       note="firms of the display supply chain that moved into the 京东方配套产业区 → the "
            "park owns the count (重庆 / 两江新区 / 京东方 as alts); counted noun with the "
            "defining clause as metric; period null")
g.neg("一个千亿级高端显示面板", "一个", ART_NOTE + " (一个…产业集群就此形成 'a cluster formed')")
g.neg("一个千亿级高端显示面板", "千亿级", "class label 千亿级 (a cluster of the 100-billion "
      "class) naming the kind of cluster, as 千亿级 in doc002 / wr_hunan_2025; no amount is "
      "stated")

# ---- line 10 ---------------------------------------------------------------------------
g.neg("一年后，重庆方面", "一年后", "relative time expression 一年后 'a year later' (a period "
      "expression), not a duration fact")
CASH = "出售股票拿回的现金流"
CASH_ALTS = ["现金流", "拿回现金流", "出售股票收入", "出售部分股票拿回的现金流", "股票出售所得",
             "出售股票所得现金流", "成本+收益", "拿回的现金流"]
g.fact("拿回200多亿元的现金流", "200多亿元", value=200e8, unit="CNY", kind="amount",
       bound="gt", metric=CASH, metric_alts=CASH_ALTS, **CQ,
       period=P("一年后", None, None),
       period_alts=[P("一年后", "2014-01-01", "2014-12-31")],
       note="重庆方面 → 重庆市; 200多亿元 → 200e8, gt; 一年后 = a year after 京东方 landed "
            "(2013, line 5: another line) → start/end null, 2014 as an alt")

# ---- line 11 ---------------------------------------------------------------------------
g.fact("以这200多亿元为基础", "200多亿元", value=200e8, unit="CNY", kind="amount",
       bound="gt", metric=CASH,
       metric_alts=CASH_ALTS + ["基金基础资金", "设立基金的基础资金", "基础资金"], **CQ,
       period=None, period_alts=[P("一年后", "2014-01-01", "2014-12-31")],
       note="anaphoric 这200多亿元 (the cash of line 10) restated: its own mention, its own "
            "fact (as the restated 7.4% in nw_cctv_20240828); period null (the 一年后 of line "
            "10 does not cross the line)")
FUND_SUBJ = dict(subject="重庆市",
                 subject_alts=["重庆", "战略性新兴产业投资基金和产业引导股权投资基金",
                               "两只基金", "这两只基金", "战略性新兴产业投资基金",
                               "产业引导股权投资基金"])
g.fact("这两只总规模", "两只", value=2, unit="count", kind="count", classifier="只",
       metric="基金",
       metric_alts=["成立的基金", "基金数量", "战略性新兴产业投资基金和产业引导股权投资基金",
                    "相继成立的基金", "投资基金"],
       **CQ, period=None,
       note="anaphoric count 这两只 (the two funds just named, as 这3个省份 in "
            "nw_sina_20220122); 重庆 set them up → 重庆市; period null")
g.fact("总规模1000亿元基金", "1000亿元", value=1000e8, unit="CNY", kind="amount",
       metric="基金总规模",
       metric_alts=["总规模", "基金规模", "两只基金总规模", "规模",
                    "战略性新兴产业投资基金和产业引导股权投资基金总规模"],
       **FUND_SUBJ, period=None,
       note="the two funds' combined size; 重庆 as subject, the funds as alts; period null")
LEV_NOTE = ("可撬动 'can leverage': the expected effect of the funds' rolling investment → "
            "modality forecast; period null")
g.fact("可撬动约2000亿元企业投资", "2000亿元", value=2000e8, unit="CNY", kind="amount",
       bound="approx", modality="forecast", metric="撬动企业投资",
       metric_alts=["企业投资", "撬动的企业投资", "可撬动企业投资", "带动企业投资",
                    "撬动社会投资"],
       **FUND_SUBJ, period=None, note="约 → approx (outside the span); " + LEV_NOTE)
g.fact("企业投资和2000亿元银行贷款", "2000亿元", value=2000e8, unit="CNY", kind="amount",
       modality="forecast", metric="撬动银行贷款",
       metric_alts=["银行贷款", "撬动的银行贷款", "可撬动银行贷款", "带动银行贷款"],
       **FUND_SUBJ, period=None,
       note="the leading 约 is written before the first amount only → eq here (literal "
            "reading; approx would also be defensible); " + LEV_NOTE)
g.neg("为十大战略性新兴产业", "十大", "set label 十大(战略性新兴产业) (README §2 八大; "
      "wr_hunan_2025 十大产业项目), not a count")

# ---- line 12 ---------------------------------------------------------------------------
g.neg("两江新区的机器人产业", "两江", LJ_NOTE)
g.fact("世界五大知名机器人主机企业", "五大", value=5, unit="rank", kind="rank", bound="le",
       scope="世界", metric="机器人主机企业",
       metric_alts=["知名机器人主机企业", "机器人主机企业排名", "世界五大知名机器人主机企业",
                    "机器人企业", "机器人主机企业规模", "机器人"],
       subject="川崎重工", subject_alts=["川崎"], period=None,
       note="世界五大…之一 'one of the world's five major robot makers' read as a rank claim "
            "(top five in the world, like 全国前三 → 3, le; README §1); judgement call: the "
            "N大 set-label reading (三大/十大 in this text) would make it a negative, but "
            "here the five are a ranking of firms, not a policy list; period null")

# ---- line 13 ---------------------------------------------------------------------------
LEASE = dict(subject="重庆市",
             subject_alts=["重庆", "重庆各类融资租赁公司", "融资租赁公司", "各类融资租赁公司",
                           "重庆融资租赁公司"])
g.fact("已经达37家", "37家", value=37, unit="count", kind="count", classifier="家",
       metric="融资租赁公司",
       metric_alts=["各类融资租赁公司", "融资租赁公司数量", "各类融资租赁公司数量",
                    "融资租赁公司家数"],
       **CQ, period=NOW, period_alts=NOW_ALTS,
       note="目前…已经达 → a stock at the reference date (instant; alts null..ref, null); "
            "达 → eq")
g.fact("注册资本金超过130亿元", "130亿元", value=130e8, unit="CNY", kind="amount",
       bound="gt", metric="融资租赁公司注册资本金",
       metric_alts=["注册资本金", "注册资本", "融资租赁公司注册资本", "注册资本金总额"],
       **LEASE, period=NOW, period_alts=NOW_ALTS,
       note="超过 → gt; the 37 companies' registered capital → 重庆市, the companies as alts "
            "(README §4); 目前 → instant")
g.fact("租赁资产近250亿元", "250亿元", value=250e8, unit="CNY", kind="amount",
       bound="approx", metric="融资租赁公司租赁资产",
       metric_alts=["租赁资产", "租赁资产规模", "融资租赁资产", "租赁资产总额"],
       **LEASE, period=NOW, period_alts=NOW_ALTS, note="近 → approx; 目前 → instant")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-14 (a byte copy "
    "made by code). Date 2016-07-11: the 新闻联播 broadcast date (shared meta: file name "
    "and pubtime 2016-07-11 19:09:13); nothing contradicts it (2015年 is the latest full-year "
    "figure). Place: a story about one district → 重庆市两江新区 (as in the shared meta; "
    "重庆两江新区 / 两江新区 as alts); many figures belong to the city (重庆, 重庆方面 → "
    "重庆市: the cash, the funds, the leasing companies), to 京东方 (its 8.5代线 project: "
    "328个亿, 300多个亿, 197个亿, 200多亿元 placement, 100多亿元 loans, global rank), to "
    "京东方重庆工厂 (不到17个月), 京东方配套产业区 (17家) and 川崎重工 (世界五大 → rank le 5, a "
    "judgement call). Periods: 2015年 (line 2) and 2013年 (line 5) govern their own lines; "
    "目前 (line 13) → instant 2016-07-11 (alts null..ref, null); 一年后 (line 10) is "
    "relative to an event of another line → null (2014 as an alt); the other lines state "
    "no period and a feature has no document period → null (2013 as an alt for the "
    "project figures of line 6). 个亿 = 亿元 (colloquial). 可撬动 → forecast. Negatives: "
    "两江 ×7 (place/company name), 2015年/2013年/一年后 (periods), 一个 ×4 (article), 一看, "
    "一成立, 一路, 一系列, 一拍即合, 双方, 8.5代线 (product generation label), 三大/十大 "
    "(set labels), 千亿级 (class label); 之一 is lexicalized.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
