"""Gold annotations for nw_jiangsu_tech_2026 (corpora/).

人民日报 2026-06-12 第01版 (via 人民网 finance.people.com.cn): 江苏探索科技成果高效转化应用新途径.
The excerpt is the whole source, lines 1-23 of shared/texts/news/nw_jiangsu_tech_2026.txt
(1,577 characters: the article is shorter than a usual excerpt, so all of it is taken),
copied by code from the source bytes, never retyped.  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/nw_jiangsu_tech_2026.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_jiangsu_tech_2026"
PLACE = "江苏省"
REF = "2026-06-12"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 23                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "江苏探索科技成果高效转化应用新途径"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
DATE_NOTE = "date on its own (the day/month of an event), not a fact"
ARTICLE_NOTE = "一 + classifier used as indefinite article, not a count"
FIRST_NOTE = "first-of-its-kind claim / first-edition label, not a measured rank or count"

# Periods (reference date 2026-06-12, the publication date; 今年 = 2026).
# 年初 → the first quarter of the year (as 今年初 in the other gold files), alts: the whole
# year and null.  今年 with 已 (已推出) → 2026-01-01..reference date (year to date).
# 今年 with 预计 (营收预计) → the whole year 2026 (a forecast for the year).
# 截至目前 → instant at the reference date.  A month (2025年6月, 今年5月) → that month.
EARLY25 = P("2025年初", "2025-01-01", "2025-03-31")
EARLY25_ALTS = [P("2025年初", "2025-01-01", "2025-12-31"), P("2025年初", None, None),
                P("2025年初", "2025-01-01", "2025-01-01")]
JUN25 = P("2025年6月", "2025-06-01", "2025-06-30")
JUN25_ALTS = [P("2025年6月", "2025-06-01", "2025-06-01"), P("2025年6月", None, None),
              P("2025年6月", "2025-06-30", "2025-06-30")]
YTD = P("今年", "2026-01-01", REF)
YTD_ALTS = [P("今年", "2026-01-01", "2026-12-31"), P("今年", REF, REF)]
YEAR26 = P("今年", "2026-01-01", "2026-12-31")
MAY26 = P("今年5月", "2026-05-01", "2026-05-31")
MAY26_ALTS = [P("今年5月", "2026-05-01", "2026-05-01"), P("今年5月", None, None)]
NOW = P("截至目前", REF, REF)
NOW_ALTS = [P("截至目前", None, REF)]
NULL_ALTS_NOW = [P("已建成", REF, REF), P("已建成", None, REF)]

CENTER = dict(subject="高校区域技术转移转化中心（江苏）",
              subject_alts=["江苏区域中心", "高校区域技术转移转化中心(江苏)",
                            "高校区域技术转移转化中心", "江苏省", "江苏"])
WANG = dict(subject="王健", subject_alts=["王健团队", "南京邮电大学王健团队", "南京邮电大学"])
GUO = dict(subject="郭青龙团队",
           subject_alts=["中国药科大学郭青龙团队", "郭青龙", "团队", "中国药科大学"])

# ---- line 1: headline, no numerals --------------------------------------------------------
# ---- line 2: no numerals ------------------------------------------------------------------

# ---- line 3 ------------------------------------------------------------------------------
g.neg("6月11日，在江苏宜兴", "6月11日", DATE_NOTE + " (day of the tunnel inspection)")
g.neg("在江苏宜兴的一处隧道内", "一处", ARTICLE_NOTE)
g.neg("一架搭载检测探头", "一架", ARTICLE_NOTE)

# ---- lines 4-5: no numerals ---------------------------------------------------------------

# ---- line 6 ------------------------------------------------------------------------------
g.neg("2024年9月，教育部与江苏省", "2024年9月", DATE_NOTE + " (founding of the centre; no "
      "numeric fact in the line)")
g.neg("共建全国首个区域中心", "首个", FIRST_NOTE)

# ---- line 7: heading, no numerals ---------------------------------------------------------

# ---- line 8 ------------------------------------------------------------------------------
g.neg("2017年入职南京邮电大学", "2017年", DATE_NOTE + " (year 王健 joined the university)")

# ---- line 9 ------------------------------------------------------------------------------
g.neg("变化始于一系列改革举措", "一系列", "quantifier 一系列 'a series of', not a count")

# ---- line 10 -----------------------------------------------------------------------------
g.neg("改革政策包：2024年9月", "2024年9月", PERIOD_NOTE + " (date of a measure with no "
      "numeral)")
g.neg("建立职务科技成果资产单列管理制度", "单列", "administrative term 单列 'listed separately', "
      "not a quantity")
g.neg("2025年6月，出台文件", "2025年6月", PERIOD_NOTE)
g.fact("权重最高可加至300%", "300%", value=300, unit="%", kind="share",
       metric="成果转化权重",
       metric_alts=["权重", "最高权重", "权重最高", "成果转化考核权重", "成果转化最高权重",
                    "成果转化在考核中的最高权重", "考核权重"],
       subject="江苏省", subject_alts=["江苏"], period=JUN25, period_alts=JUN25_ALTS,
       note="a rule of the June 2025 document: the weight given to technology transfer in "
            "(academic) evaluation may be raised to at most 300%. 最高…可加至 is read like "
            "最高…达 in the gold README (the maximum is stated exactly → eq, 最高 in the "
            "metric alts); a % that is neither growth nor a change → share; a rule in force, "
            "not a goal → actual; 2025年6月 (date of the document) → that month")
g.neg("2026年4月，江苏区域中心", "2026年4月", PERIOD_NOTE + " (opening of the service "
      "centre; no numeric fact)")
g.neg("提供一站式服务总窗口", "一站式", "label 一站式 'one-stop', not a count")

# ---- line 11 -----------------------------------------------------------------------------
g.neg("2025年初，王健与学校", "2025年初", PERIOD_NOTE)
g.fact("签订两项发明专利", "两项", value=2, unit="count", kind="count", classifier="项",
       metric="发明专利",
       metric_alts=["签订长期使用协议的发明专利", "发明专利数量", "发明专利的长期使用协议",
                    "长期使用协议"],
       **WANG, period=EARLY25, period_alts=EARLY25_ALTS,
       note="two invention patents licensed to 王健 (long-term use agreement with the "
            "university); 2025年初 → Q1 2025 (年初 as in the other gold files), alts whole "
            "year / null / 1 Jan")
g.fact("今年已推出5款无人机产品", "5款", value=5, unit="count", kind="count", classifier="款",
       metric="无人机产品",
       metric_alts=["推出无人机产品", "无人机产品数量", "推出的无人机产品"],
       **WANG, period=YTD, period_alts=YTD_ALTS,
       note="今年已推出 → 2026-01-01..reference date (year to date); alts: whole year 2026 "
            "and the instant at the reference date")
g.neg("存在一定危险性", "一定", "adjective 一定 'a certain (degree of)', not a quantity")
g.fact("已累计推出26项政策", "26项", value=26, unit="count", kind="count", classifier="项",
       metric="政策",
       metric_alts=["推出政策", "累计推出政策", "政策数量", "推出的政策"],
       subject="江苏省",
       subject_alts=["江苏", "江苏省教育厅", "江苏区域中心", "高校区域技术转移转化中心（江苏）"],
       period=P("今年", REF, REF),
       period_alts=[P("今年", "2026-01-01", REF), P("今年", None, REF), P("今年", None, None)],
       note="policies launched by the province for the centre (reported by the head of "
            "江苏省教育厅); 已累计 → a stock at the reference date (stock rule: instant at "
            "the end of the governing 今年 year-to-date frame, the only period before it in "
            "the line). Alts: the literal inheritance of 今年 (2026-01-01..REF), null..REF "
            "(since the centre was set up, 2024-09) and null")
g.fact("26项政策、364条举措", "364条", value=364, unit="count", kind="count", classifier="条",
       metric="举措",
       metric_alts=["推出举措", "累计推出举措", "举措数量", "推出的举措"],
       subject="江苏省",
       subject_alts=["江苏", "江苏省教育厅", "江苏区域中心", "高校区域技术转移转化中心（江苏）"],
       period=P("今年", REF, REF),
       period_alts=[P("今年", "2026-01-01", REF), P("今年", None, REF), P("今年", None, None)],
       note="as 26项 (same 已累计推出)")

# ---- line 12 -----------------------------------------------------------------------------
g.neg("“关键一跃”", "一跃", "idiom 关键一跃 'the crucial leap', not a quantity")

# ---- line 13 -----------------------------------------------------------------------------
g.neg("面临设备与资金双重瓶颈", "双重", "adjective 双重 'dual', not a count")

# ---- line 14 -----------------------------------------------------------------------------
g.neg("2025年初，郭青龙", "2025年初", PERIOD_NOTE)
g.fact("共享到20多台高端设备", "20多台", value=20, unit="count", kind="count", bound="gt",
       classifier="台", metric="高端设备",
       metric_alts=["共享高端设备", "共享到高端设备", "共享的高端设备", "高端设备数量"],
       **GUO, period=EARLY25, period_alts=EARLY25_ALTS,
       note="多 inside the span → gt; the team (subject of 共享到/获得) owns the support it "
            "received; 2025年初 of the line governs (alts whole 2025 / null)")
g.fact("获得400万元早期转化资金", "400万元", value=4e6, unit="CNY", kind="amount",
       metric="早期转化资金",
       metric_alts=["获得早期转化资金", "转化资金", "早期转化资金金额"],
       **GUO, period=EARLY25, period_alts=EARLY25_ALTS)
g.fact("500万元“研发管线贷”", "500万元", value=5e6, unit="CNY", kind="amount",
       metric="“研发管线贷”",
       metric_alts=["研发管线贷", "获得研发管线贷", "研发管线贷款", "贷款"],
       **GUO, period=EARLY25, period_alts=EARLY25_ALTS,
       note="a loan product named “研发管线贷”: the amount of the loan the team obtained")
g.neg("以及一份“概念验证保”保险", "一份", ARTICLE_NOTE + " (one insurance policy, no amount)")

# ---- line 15 -----------------------------------------------------------------------------
g.neg("已于今年3月完成", "今年3月", PERIOD_NOTE + " (date of a milestone, no numeric fact)")
g.neg("预计11月完成", "11月", PERIOD_NOTE + " (expected date of a milestone)")

# ---- line 16 -----------------------------------------------------------------------------
g.fact("已建成36个“一站式”", "36个", value=36, unit="count", kind="count", classifier="个",
       metric="“一站式”公共转化平台",
       metric_alts=["公共转化平台", "一站式公共转化平台", "建成公共转化平台",
                    "建成“一站式”公共转化平台", "公共转化平台数量", "“一站式”公共转化平台数量"],
       **CENTER, period=None, period_alts=NULL_ALTS_NOW,
       note="已建成 = a stock; no period in the line and no document period for a news "
            "feature → null (README §5, as 已经建成 in 001); the instant at the reference "
            "date as an alt. Subject: the centre's full name (line 4), short form as alt")
g.neg("36个“一站式”公共", "一站式", "label 一站式 'one-stop' inside the metric, not a count")
g.fact("累计服务省内外超1500个", "1500个", value=1500, unit="count", kind="count",
       bound="gt", classifier="个", metric="科研团队",
       metric_alts=["服务科研团队", "服务省内外科研团队", "省内外科研团队", "累计服务科研团队",
                    "服务的科研团队", "科研团队数量"],
       **CENTER, period=None, period_alts=NULL_ALTS_NOW,
       note="超 → gt (outside the span); 累计 with no period in the line → null, the instant "
            "at the reference date as an alt")
g.neg("助力一批成果", "一批", "quantifier 一批 (SPEC §1)")

# ---- line 17 -----------------------------------------------------------------------------
g.neg("“最后一公里”", "一公里", "idiom 最后一公里 'the last mile', not a length")

# ---- lines 18-19: no numerals --------------------------------------------------------------

# ---- line 20 -----------------------------------------------------------------------------
g.fact("今年营收预计超千万元", "千万元", value=1e7, unit="CNY", kind="amount", bound="gt",
       metric="营收", metric_alts=["营业收入", "企业营收"],
       subject="企业",
       subject_alts=["张云虎教授团队", "上海大学材料学院张云虎教授团队", "张云虎",
                     "张云虎教授团队的企业"],
       period=YEAR26, period_alts=[P("今年", "2026-01-01", REF)], modality="forecast",
       note="预计 → forecast; 超 → gt (outside the span); 千万元 = 1e7 CNY; 今年 with a "
            "forecast → the whole year 2026. Subject: the unnamed enterprise that grew with "
            "the service (企业迅速成长) — the text gives no name; 张云虎's team (whose "
            "product the firm sells) as alts")

# ---- line 21 -----------------------------------------------------------------------------
g.neg("今年5月，由4家高校", "今年5月", PERIOD_NOTE)
g.fact("由4家高校联合承办", "4家", value=4, unit="count", kind="count", classifier="家",
       metric="高校",
       metric_alts=["联合承办的高校", "承办高校", "联合承办高校", "高校数量"],
       subject="江苏科技商学院首期技术转移转化人才培训班",
       subject_alts=["江苏科技商学院", "技术转移转化人才培训班", "培训班", "江苏省", "江苏",
                     "江苏科技商学院首期技术转移转化人才培训班开班"],
       period=MAY26, period_alts=MAY26_ALTS,
       note="the universities co-organising the first training class; the class is the "
            "subject (the 商学院 as alt); 今年5月 → May 2026")
g.neg("江苏科技商学院首期", "首期", FIRST_NOTE + " (首期 'first session')")

# ---- line 22 -----------------------------------------------------------------------------
g.fact("对接各类高校成果6119项", "6119项", value=6119, unit="count", kind="count",
       classifier="项", metric="高校成果",
       metric_alts=["对接高校成果", "对接各类高校成果", "各类高校成果", "对接的高校成果",
                    "高校成果数量"],
       **CENTER, period=NOW, period_alts=NOW_ALTS,
       note="截至目前 + 已 → stock, instant at the reference date (alt null..REF)")
g.fact("成功落地转化395项", "395项", value=395, unit="count", kind="count", classifier="项",
       metric="落地转化",
       metric_alts=["成功落地转化", "落地转化成果", "成功落地转化的成果", "落地转化高校成果",
                    "落地转化项目", "转化成果", "落地转化数量"],
       **CENTER, period=NOW, period_alts=NOW_ALTS,
       note="the elided head (高校成果) of 6119项 is counted again: 395 of them converted")
g.fact("催生科技企业195家", "195家", value=195, unit="count", kind="count", classifier="家",
       metric="科技企业",
       metric_alts=["催生科技企业", "催生的科技企业", "科技企业数量"],
       **CENTER, period=NOW, period_alts=NOW_ALTS)

# ---- line 23: print-edition tag ------------------------------------------------------------
g.neg("（ 2026年06月12日", "2026年06月12日", DATE_NOTE + " (publication date of the print "
      "edition)")
g.neg("01 版）", "01 版", "page number of the print edition (第01版), not a quantity")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-23 (1,577 "
    "characters with the final newline, a byte copy made by code): the article is shorter "
    "than a usual excerpt, so nothing could be added. Title: line 1 as written. Date: "
    "2026-06-12, the date of the print edition in the last line (《人民日报》2026年06月12日 "
    "01 版), equal to the publish_time of the crawl and the date in the original URL "
    "(n1/2026/0612); the text agrees (6月11日 the day before, 今年3月/今年5月 milestones, "
    "2026年4月 the service centre). 今年 = 2026. Place: 江苏省 (a Jiangsu story; measures of "
    "the province → 江苏省, alt 江苏). Subjects: the centre's full name 高校区域技术转移转化中心"
    "（江苏） (line 4; short form 江苏区域中心 and 江苏省 as alts) for its platforms, served "
    "teams and results; named teams for the support they received (郭青龙团队) and the "
    "patents/products of 王健; the unnamed enterprise of line 20 → 企业 (张云虎's team as "
    "alt); 4家高校 → the training class they co-organise. Periods: 年初 → Q1 (alts whole "
    "year, null); 今年已推出 → 2026-01-01..REF; 已累计推出 (after 今年 in the same line) → "
    "instant at REF (literal 今年 YTD, null..REF and null as alts); 已建成/累计服务 in a line "
    "with no period → null (instant at REF as alt); 截至目前 → instant at REF; 今年营收预计 "
    "→ the whole year 2026 (forecast); 2025年6月 / 今年5月 → the month. Judgement calls: "
    "权重最高可加至300% → share 300 (eq, maximum stated exactly; metric 成果转化权重, 最高权重 "
    "as alt); 一份“概念验证保”保险 → negative (article); 成功落地转化395项 → metric 落地转化 "
    "(head 高校成果 elided). Negatives: 6月11日, 2024年9月 ×2, 2017年, 2025年6月, 2026年4月, "
    "2025年初 ×2, 今年3月, 11月, 今年5月, 2026年06月12日 (dates/periods), 01 版 (page), 首个, "
    "首期 (firsts), 一处/一架/一份 (articles), 一系列, 一批, 一定, 双重, 单列, 一站式 ×2, "
    "一跃, 一公里 (idioms/labels).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "人民日报 2026-06-12 第01版 via 人民网 finance.people.com.cn, crawled by "
        "jiayangrui05160031-cmyk/people-daily-economy-daily)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
