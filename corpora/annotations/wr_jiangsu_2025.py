"""Gold annotations for wr_jiangsu_2025 (2025年江苏省政府工作报告), lines 1-16 of
shared/texts/work_report/wr_jiangsu_2025.txt.

The excerpt corpora/wr_jiangsu_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the title, source, date and opening lines, the heading
一、2024年工作回顾 with its one-line summary (2024年是实施“十四五”规划的关键一年), and the
first five sections of the detailed review, （一） to （五） (policy, new productive forces,
reform and opening-up, urban-rural and regional development, ecology).  The 2025 主要预期目标
(source line 27) is not contiguous with the review within 3,500 characters and is left out.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_jiangsu_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_jiangsu_2025"
PLACE = "江苏省"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 16                     # 1-based, inclusive, whole lines
TITLE = "2025年江苏省政府工作报告"
SUBJ_ALTS = ["江苏", "全省"]


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts=TITLE,
                 ends="连续5年获评优秀等级。")
text = g.text


fact = g.with_subject(PLACE, SUBJ_ALTS)


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# Everything after the header is the 2024 review (heading 一、2024年工作回顾, line 6; line 7
# 2024年是…).  Lines 8-16 name no period of their own for their facts (年度 = that year), so
# they take the review year (SPEC §4 section frame; period text 2024年 from the heading), the
# null reading in period_alts.  Stocks (累计, 总量达, 达 N 家/对, 拥有量, 城镇化率, 自然岸线率)
# are instants at 2024-12-31 with the literal year and null as alts.  Ranks of a flow take
# the year; ranks of a stock the instant.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])   # level, stock reading alt
STOCK_NOTE = ("stock under the inherited review year 2024: instant at 2024-12-31; "
              "period_alts keep the literal inheritance 2024-01-01..2024-12-31 and null")
# Line 9: 9月底前 (a deadline of the 230 projects) and 第三、第四季度 (of the housing sales)
# are period expressions inside the line.  As in wr_guangdong_2025 (四季度), the later
# facts of the line keep the review year; their literal inheritance is an alt.
SEP_ALTS = [P("9月底前", "2024-01-01", "2024-09-30"), P("9月底前", None, "2024-09-30")]
FLOW_SEP = dict(period=Y24, period_alts=[Y24_NULL] + SEP_ALTS)
FLOW_Q34 = dict(period=Y24, period_alts=[Y24_NULL, P("第三、第四季度", "2024-07-01",
                                                       "2024-12-31")])
AFTER_SEP = ("review year 2024 (section frame); 9月底前 earlier in the line is the deadline "
             "of the 230 projects, its literal inheritance kept in period_alts")


def streak(ctx, target, years, metric, metric_alts, subject_alts=None, note=""):
    """连续N年 + status: the length of the streak (a duration, unit year), as the
    连续4个月 of nw_yicai_20210808_subprov_cities_2021h1 (judgement call)."""
    fact(ctx, target, value=years, unit="year", kind="amount", metric=metric,
         metric_alts=metric_alts, **({"subject_alts": subject_alts} if subject_alts else {}),
         **FLOW, note="length of the streak 连续" + target + " (a duration, unit year), "
         "as 连续4个月 in nw_yicai_20210808 — judgement call; the streak ends in the review "
         "year" + (("; " + note) if note else ""))


def streak_period(n):
    return P(f"连续{n}年", f"{2024 - n + 1}-01-01", "2024-12-31")


# ---- lines 1-7: header, heading, summary --------------------------------------------------
g.neg(TITLE, "2025年", PERIOD_NOTE + " (title: the year of the report)")
g.neg("2025年1月19日在江苏省", "2025年1月19日",
      "date of delivery (the reference date), not a fact")
g.neg("江苏省第十四届人民代表大会第三次会议", "第十四届", "session label of the congress")
g.neg("江苏省第十四届人民代表大会第三次会议", "第三次", "session label of the meeting")
g.neg("一、2024年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2024年工作回顾", "2024年", PERIOD_NOTE + " (heading of the review: 2024)")
g.neg("2024年是实施", "2024年", PERIOD_NOTE + " (the review year)")
g.neg("“十四五”规划的关键一年", "十四五", "plan label 十四五")
g.neg("规划的关键一年", "一年",
      "关键一年 'a crucial year' (the year itself), not a duration fact")

# ---- line 8: （一）着力抓好政策落实 ---------------------------------------------------------
g.neg("（一）着力抓好", "（一）", MARKER_NOTE)
g.neg("一揽子增量政策，着眼", "一揽子", "一揽子 'package of', not a quantity")
fact("出台“33条”增量政策", "33条", value=33, unit="count", kind="count", classifier="条",
     metric="增量政策",
     metric_alts=["“33条”增量政策", "33条增量政策", "增量政策措施", "“33条”", "33条",
                  "增量政策条数", "出台增量政策", "增量政策条款"],
     **FLOW, note="quoted nickname of a policy package stating its number of measures: a "
                  "count of measures (README §2 七条措施; wr_sichuan 稳增长“18条”)")
g.neg("等一系列专项政策", "一系列", "vague quantifier 一系列")

# ---- line 9: 两重/两新, investment, equipment renewal, consumption, housing, credit ------------
g.neg("狠抓“两重”项目", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设)")
g.neg("项目和“两新”政策", "两新", LABEL_NOTE + " (两新 = 设备更新和消费品以旧换新)")
fact("247个项目得到", "247个", value=247, unit="count", kind="count", classifier="个",
     metric="得到国家超长期特别国债资金支持的项目",
     metric_alts=["项目", "得到国家超长期特别国债资金支持项目",
                  "国家超长期特别国债资金支持项目", "超长期特别国债资金支持项目",
                  "超长期特别国债支持项目", "获得国家超长期特别国债资金支持的项目",
                  "国家超长期特别国债资金支持的项目", "“两重”项目", "两重项目"],
     **FLOW)
fact("省重大项目投资7300亿元", "7300亿元", value=7.3e11, unit="CNY", kind="amount",
     metric="省重大项目投资",
     metric_alts=["省重大项目完成投资", "重大项目投资", "省重大项目"], **FLOW)
fact("超年度计划目标13.9%", "13.9%", value=13.9, unit="%", kind="growth",
     metric="省重大项目投资",
     metric_alts=["省重大项目投资超年度计划目标", "超年度计划目标", "省重大项目投资超计划",
                  "省重大项目完成投资", "重大项目投资"],
     comparison="年度计划目标", **FLOW,
     note="the 7300亿元 exceed the year's planned investment by 13.9%: a relative "
          "difference against the plan (comparison = the surface basis); 超 is the verb "
          "'exceed by', not a bound on 13.9% → eq")
fact("230个计划新开工项目", "230个", value=230, unit="count", kind="count", classifier="个",
     metric="计划新开工项目",
     metric_alts=["新开工项目", "计划新开工省重大项目", "省重大项目计划新开工项目",
                  "计划新开工项目数量", "开工项目"],
     **FLOW, note="the province's major projects planned to start in 2024; all started "
                  "before the end of September (9月底前 comes after the number)")
g.neg("9月底前全部开工", "9月底前", PERIOD_NOTE + " (deadline: by the end of Sept 2024)")
LOAN_SUBSIDY = ["支持项目", "贷款贴息支持项目", "制造业设备更新贷款贴息政策支持项目",
                "设备更新贷款贴息支持项目", "贴息政策支持项目", "支持项目数量",
                "制造业设备更新贷款贴息政策支持的项目"]
fact("支持项目684个", "684个", value=684, unit="count", kind="count", classifier="个",
     metric="制造业设备更新贷款贴息支持项目", metric_alts=LOAN_SUBSIDY, **FLOW_SEP,
     note="projects supported by the new loan-subsidy policy; " + AFTER_SEP)
fact("撬动银行贷款1470亿元", "1470亿元", value=1.47e11, unit="CNY", kind="amount",
     metric="撬动银行贷款",
     metric_alts=["银行贷款", "撬动银行贷款规模", "制造业设备更新贷款", "设备更新贷款",
                  "撬动银行贷款金额"],
     **FLOW_SEP, note=AFTER_SEP)
fact("设备更新33.6万台套", "33.6万台套", value=336000, unit="count", kind="count",
     classifier="台套", metric="工业领域设备更新",
     metric_alts=["完成工业领域设备更新", "设备更新", "工业领域设备更新数量", "工业设备更新",
                  "工业领域更新设备", "工业领域设备"],
     **FLOW_SEP, note="counted noun 工业领域设备 in alts (README §3 counts); " + AFTER_SEP)
fact("带动家电销售735.4万件", "735.4万件", value=7354000, unit="count", kind="count",
     classifier="件", metric="家电销售",
     metric_alts=["带动家电销售", "家电销售量", "以旧换新家电销售", "家电以旧换新销售",
                  "消费品以旧换新带动家电销售"],
     **FLOW_SEP, note="appliances sold under the trade-in scheme; " + AFTER_SEP)
fact("置换更新52.8万辆", "52.8万辆", value=528000, unit="count", kind="count",
     classifier="辆", metric="汽车报废更新和置换更新",
     metric_alts=["汽车报废更新和置换更新数量", "汽车以旧换新", "汽车报废更新和置换更新量",
                  "汽车报废更新", "汽车置换更新", "汽车更新", "汽车"],
     **FLOW_SEP, note="counted noun 汽车 in alts (README §3 counts); " + AFTER_SEP)
fact("参与商家超10万家", "10万家", value=100000, unit="count", kind="count",
     classifier="家", bound="gt", metric="“苏新消费”系列活动参与商家",
     metric_alts=["苏新消费系列活动参与商家", "参与商家", "“苏新消费”参与商家",
                  "苏新消费参与商家", "“苏新消费”系列活动参与商家数量", "系列活动参与商家"],
     **FLOW_SEP, note="超 → gt, outside the span; " + AFTER_SEP)
g.neg("新建商品住宅和二手住宅", "二手", "二手 'second-hand' (resale housing), not a quantity")
g.neg("科技创新企业首贷", "首贷", "首贷 'first-time loan' (首 'first'), not a rank or count")
g.neg("在第三、第四季度", "第三、第四季度",
      PERIOD_NOTE + " (Q3 and Q4 2024, of the housing sales; no number of its own)")
fact("新增本外币贷款2.36万亿元", "2.36万亿元", value=2.36e12, unit="CNY", kind="amount",
     metric="新增本外币贷款",
     metric_alts=["本外币贷款增量", "本外币贷款新增", "本外币贷款", "新增贷款",
                  "本外币贷款新增额"],
     **FLOW_Q34, note="review year 2024; 第三、第四季度 earlier in the line belongs to the "
                      "housing sentence, its literal inheritance kept in period_alts")
fact("2.36万亿元、居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="新增本外币贷款",
     metric_alts=["本外币贷款增量", "本外币贷款新增", "本外币贷款", "新增贷款",
                  "新增本外币贷款排名"],
     **FLOW_Q34, note="rank of the 2.36万亿元 just given; span without the scope word")

# ---- line 10: （二）新质生产力, science and technology -------------------------------------
g.neg("（二）着力发展", "（二）", MARKER_NOTE)
fact("跃升至全国第二", "第二", value=2, unit="rank", kind="rank", scope="全国",
     metric="区域创新能力",
     metric_alts=["区域创新能力排名", "区域创新能力排名全国"], **FLOW,
     note="跃升至 = the position reached; scope 全国")
fact("研发投入强度超过3.3%", "3.3%", value=3.3, unit="%", kind="share", bound="gt",
     metric="全社会研发投入强度",
     metric_alts=["研发投入强度", "全社会研发经费投入强度", "研发经费投入强度", "R&D投入强度",
                  "R&D经费投入强度"],
     **FLOW, note="R&D spending as a share of GDP (a ratio of two flows of the year); "
                  "超过 → gt")
g.neg("，万人发明专利拥有量", "万人",
      "per-10,000-people basis inside the metric name 万人发明专利拥有量, not a count")
fact("拥有量74.5件", "74.5件", value=74.5, unit="count", kind="count", classifier="件",
     metric="万人发明专利拥有量",
     metric_alts=["每万人发明专利拥有量", "发明专利拥有量", "每万人口发明专利拥有量"],
     **STOCK, note="patents held per 10,000 people (拥有量, a stock): " + STOCK_NOTE)
g.neg("合成生物三大省基础科学中心", "三大",
      "N大 + category (三大省基础科学中心) summing up the list just named: the gold convention "
      "reads N大 as a set label (README §2 八大; wr_sichuan 六大优势产业) — judgement call, "
      "the three centres are named one by one before it")
g.neg("在全球首次发现", "首次", FIRST_NOTE)
g.neg("全球首套多电极", "首套", FIRST_NOTE)
fact("13个创新药获批上市", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="创新药",
     metric_alts=["获批上市创新药", "获批上市的创新药", "创新药获批上市", "创新药数量",
                  "获批上市创新药数量", "创新药获批上市数量"],
     **FLOW)
fact("获批上市、居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="创新药",
     metric_alts=["获批上市创新药", "获批上市的创新药", "创新药获批上市", "创新药数量",
                  "获批上市创新药数量", "创新药获批上市数量"],
     **FLOW, note="rank by the number of innovative drugs approved (13个)")
g.neg("首个全国高校区域", "首个", FIRST_NOTE)
g.neg("成功举办2024中国高校", "2024", "year inside an event name (2024中国高校科技成果交易会)")
fact("全国重点实验室44家", "44家", value=44, unit="count", kind="count", classifier="家",
     metric="牵头建设全国重点实验室",
     metric_alts=["全国重点实验室", "获批牵头建设全国重点实验室", "累计获批牵头建设全国重点实验室",
                  "全国重点实验室数量", "累计获批牵头建设全国重点实验室数量"],
     **STOCK, note="累计: " + STOCK_NOTE)
fact("高新技术企业超5.7万家", "5.7万家", value=57000, unit="count", kind="count",
     classifier="家", bound="gt", metric="高新技术企业",
     metric_alts=["高新技术企业数量", "高新技术企业总数", "高新技术企业总量"],
     **STOCK, note="超 → gt; the number of high-tech enterprises (a level): " + STOCK_NOTE)
fact("企业数量均居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="新增中国独角兽企业数量",
     metric_alts=["新增潜在独角兽企业数量", "新增中国独角兽和潜在独角兽企业数量",
                  "新增中国独角兽和潜在独角兽企业", "新增中国独角兽企业", "中国独角兽企业",
                  "独角兽企业", "新增独角兽企业数量", "中国独角兽和潜在独角兽企业",
                  "中国独角兽企业数量", "新增潜在独角兽企业",
                  "中国独角兽和潜在独角兽企业数量"],
     **FLOW, note="one rank mention (均居全国第一) covering two metrics: one fact, the first "
                  "metric primary and the second in alts (wr_guangdong_2025 白名单)")
fact("9家高新区进入", "9家", value=9, unit="count", kind="count", classifier="家",
     metric="进入国家高新区综合评价前50强的高新区",
     metric_alts=["高新区", "国家高新区综合评价前50强高新区", "进入前50强的高新区",
                  "高新区数量", "进入国家高新区综合评价前50强高新区",
                  "国家高新区综合评价前50强", "进入国家高新区综合评价前50强"],
     **FLOW, note="the threshold 前50强 defines the set counted (SPEC §2) → in the metric")
g.neg("综合评价前50强", "前50强",
      "threshold (top 50 of the national evaluation) defining the set counted in 9家, part "
      "of its metric (SPEC §2), not a rank of the province")
fact("技术合同成交额超5000亿元", "5000亿元", value=5e11, unit="CNY", kind="amount",
     bound="gt", metric="技术合同成交额",
     metric_alts=["技术合同成交金额", "技术合同成交"], **FLOW, note="超 → gt")

# ---- line 11: advanced manufacturing --------------------------------------------------------
streak("制造业高质量发展指数连续4年", "4年", 4,
       "制造业高质量发展指数全国第一持续时间",
       ["制造业高质量发展指数连续全国第一", "制造业高质量发展指数连续全国第一年数",
        "制造业高质量发展指数全国第一时长", "连续全国第一", "制造业高质量发展指数",
        "制造业高质量发展指数居全国第一持续时间"])
fact("指数连续4年全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="制造业高质量发展指数",
     metric_alts=["制造业高质量发展指数排名", "制造业高质量发展"],
     period=Y24, period_alts=[Y24_NULL, streak_period(4)],
     note="the position in the review year; held in each year of the streak (alt 2021-2024)")
g.neg("两化融合发展水平", "两化",
      LABEL_NOTE + " (两化融合 = integration of informatisation and industrialisation)")
streak("两化融合发展水平连续10年", "10年", 10,
       "两化融合发展水平全国第一持续时间",
       ["两化融合发展水平连续全国第一", "两化融合发展水平连续全国第一年数",
        "两化融合发展水平全国第一时长", "连续全国第一", "两化融合发展水平",
        "两化融合发展水平居全国第一持续时间"])
fact("水平连续10年全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="两化融合发展水平",
     metric_alts=["两化融合发展水平排名", "两化融合"],
     period=Y24, period_alts=[Y24_NULL, streak_period(10)],
     note="the position in the review year; held in each year of the streak (alt 2015-2024)")
g.neg("规上工业比重首次超过", "首次", FIRST_NOTE + " (首次超过 'for the first time above')")
fact("首次超过50%", "50%", value=50, unit="%", kind="share", bound="gt",
     metric="高新技术产业产值占规上工业比重",
     metric_alts=["高新技术产业产值占比", "高新技术产业产值占规上工业产值比重",
                  "高新技术产业产值比重", "高新技术产业产值占规模以上工业比重",
                  "高新技术产业产值占规上工业总产值比重"],
     **FLOW, note="超过 → gt; share of the year's output value (a flow)")
fact("占规上工业比重达41.8%", "41.8%", value=41.8, unit="%", kind="share",
     metric="工业战略性新兴产业产值占规上工业比重",
     metric_alts=["工业战略性新兴产业产值占比", "工业战略性新兴产业产值比重",
                  "工业战略性新兴产业产值占规上工业产值比重",
                  "战略性新兴产业产值占规上工业比重",
                  "工业战略性新兴产业产值占规模以上工业比重"],
     **FLOW, note="share of the year's output value (a flow)")
g.neg("推进“1650”产业体系", "1650",
      LABEL_NOTE + " (1650 industrial system: 16 clusters and 50 chains), a name")
CLUSTER = "国家先进制造业集群"
fact("国家先进制造业集群4个", "4个", value=4, unit="count", kind="count", classifier="个",
     metric=CLUSTER,
     metric_alts=["新获批国家先进制造业集群", "国家先进制造业集群增量",
                  "国家先进制造业集群数量增量", "新获批国家先进制造业集群数量",
                  "先进制造业集群"],
     **FLOW, note="newly approved in 2024; 增量 reading in alts (README §3)")
fact("累计14个、总数", "14个", value=14, unit="count", kind="count", classifier="个",
     metric=CLUSTER,
     metric_alts=["国家先进制造业集群数量", "国家先进制造业集群总数", "累计国家先进制造业集群",
                  "先进制造业集群", "国家先进制造业集群累计"],
     **STOCK, note="累计: " + STOCK_NOTE)
fact("总数全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="国家先进制造业集群总数",
     metric_alts=[CLUSTER, "国家先进制造业集群数量", "总数", "先进制造业集群总数"],
     **STOCK, note="rank of the total just given (a stock): " + STOCK_NOTE)
XJR = "国家专精特新“小巨人”企业"
XJR_ALTS = ["国家专精特新小巨人企业", "专精特新“小巨人”企业", "专精特新小巨人企业",
            "“小巨人”企业", "小巨人企业"]
fact("企业新增711家", "711家", value=711, unit="count", kind="count", classifier="家",
     metric=XJR,
     metric_alts=XJR_ALTS + ["国家专精特新“小巨人”企业增量", "国家专精特新小巨人企业增量",
                             "新增国家专精特新“小巨人”企业", "国家专精特新“小巨人”企业新增",
                             "国家专精特新“小巨人”企业数量增量"],
     **FLOW, note="new in 2024; 增量 reading in alts (README §3)")
fact("累计达2215家", "2215家", value=2215, unit="count", kind="count", classifier="家",
     metric=XJR,
     metric_alts=XJR_ALTS + ["国家专精特新“小巨人”企业数量", "国家专精特新“小巨人”企业总数",
                             "国家专精特新小巨人企业数量", "累计国家专精特新“小巨人”企业"],
     **STOCK, note="累计达: " + STOCK_NOTE)
fact("2215家、均居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric=XJR,
     metric_alts=XJR_ALTS + ["国家专精特新“小巨人”企业数量", "国家专精特新“小巨人”企业新增",
                             "国家专精特新“小巨人”企业增量", "新增国家专精特新“小巨人”企业",
                             "国家专精特新“小巨人”企业总数"],
     **LEVEL, note="one rank mention (均) covering both the new (flow) and the cumulative "
                   "(stock) number: one fact; the year, with the instant as an alt")
fact("设立总规模500亿元", "500亿元", value=5e10, unit="CNY", kind="amount",
     metric="省战略性新兴产业母基金总规模",
     metric_alts=["省战略性新兴产业母基金规模", "总规模", "省战略性新兴产业母基金",
                  "母基金总规模", "战略性新兴产业母基金总规模", "战略性新兴产业母基金规模",
                  "母基金规模"],
     subject_alts=SUBJ_ALTS + ["省战略性新兴产业母基金"], **LEVEL,
     note="size of the fund set up in 2024 (设立), a property of the fund; the province "
          "sets it up → subject 江苏省, the fund as alt; year-end reading as alt")
g.neg("未来产业三年行动", "三年", "name of a three-year campaign (三年行动), not a duration fact")
g.neg("数字化转型三年行动计划", "三年",
      "name of a three-year campaign (三年行动计划), not a duration fact")
fact("累计诊断企业超6万家", "6万家", value=60000, unit="count", kind="count",
     classifier="家", bound="gt", metric="诊断企业",
     metric_alts=["累计诊断企业", "诊断企业数量", "智能化改造和数字化转型诊断企业",
                  "累计诊断企业数量"],
     **STOCK, note="累计 over the completed three-year campaign, 超 → gt: " + STOCK_NOTE)
fact("改造项目5.6万余个", "5.6万余个", value=56000, unit="count", kind="count",
     classifier="个", bound="gt", metric="改造项目",
     metric_alts=["累计改造项目", "改造项目数量", "智能化改造和数字化转型项目",
                  "智能化改造和数字化转型改造项目", "制造业智能化改造和数字化转型项目"],
     **STOCK, note="累计 shared with 诊断企业; 余 inside the span → gt: " + STOCK_NOTE)
g.neg("国家5G工厂", "5G", "technology name (5G, fifth generation), not a quantity")
FACTORY_5G = ["5G工厂", "国家5G工厂数量"]
fact("5G工厂113家", "113家", value=113, unit="count", kind="count", classifier="家",
     metric="国家5G工厂",
     metric_alts=FACTORY_5G + ["新入选国家5G工厂", "国家5G工厂增量", "国家5G工厂数量增量",
                               "新入选国家5G工厂数量"],
     **FLOW, note="newly selected in 2024; 增量 reading in alts (README §3)")
fact("累计210家", "210家", value=210, unit="count", kind="count", classifier="家",
     metric="国家5G工厂",
     metric_alts=FACTORY_5G + ["累计国家5G工厂", "国家5G工厂总数", "入选国家5G工厂"],
     **STOCK, note="累计: " + STOCK_NOTE)
fact("210家，均居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="国家5G工厂",
     metric_alts=FACTORY_5G + ["新入选国家5G工厂", "国家5G工厂总数", "累计国家5G工厂",
                               "国家5G工厂增量"],
     **LEVEL, note="one rank mention (均) covering the new and the cumulative number")

# ---- line 12: （三）reform ------------------------------------------------------------------
g.neg("（三）着力深化", "（三）", MARKER_NOTE)
fact("1.3万户小微企业", "1.3万户", value=13000, unit="count", kind="count", classifier="户",
     metric="获得首贷的小微企业",
     metric_alts=["小微企业", "获得首贷小微企业", "小微企业获得首贷", "获得首贷的小微企业数量",
                  "首贷小微企业", "获得首贷小微企业数量"],
     **FLOW)
g.neg("小微企业获得首贷", "首贷", "首贷 'first-time loan' (首 'first'), not a rank or count")
fact("获得首贷274亿元", "274亿元", value=2.74e10, unit="CNY", kind="amount",
     metric="小微企业首贷",
     metric_alts=["首贷", "小微企业获得首贷", "首贷金额", "小微企业首贷金额", "获得首贷",
                  "小微企业首贷规模"],
     **FLOW)
fact("推出85项年度营商环境", "85项", value=85, unit="count", kind="count", classifier="项",
     metric="年度营商环境改革事项",
     metric_alts=["营商环境改革事项", "推出年度营商环境改革事项", "营商环境改革事项数量",
                  "年度营商环境改革事项数量"],
     **FLOW, note="年度 = 2024")
g.neg("“高效办成一件事”年度", "一件事",
      "service-programme name 高效办成一件事, not a count")
fact("办件超760万件", "760万件", value=7.6e6, unit="count", kind="count", classifier="件",
     bound="gt", metric="“高效办成一件事”年度重点事项办件",
     metric_alts=["高效办成一件事年度重点事项办件", "办件", "“高效办成一件事”办件",
                  "高效办成一件事办件", "年度重点事项办件", "“高效办成一件事”年度重点事项办件量",
                  "“高效办成一件事”办件量", "办件量", "重点事项办件"],
     **FLOW, note="cases handled in 2024 (年度); 超 → gt")
fact("在册总量达1463.2万户", "1463.2万户", value=14632000, unit="count", kind="count",
     classifier="户", metric="经营主体在册总量",
     metric_alts=["经营主体", "在册经营主体", "经营主体总量", "经营主体数量", "经营主体在册数量",
                  "在册总量", "经营主体在册"],
     **STOCK, note="在册总量达: " + STOCK_NOTE)
fact("减税降费退税超3000亿元", "3000亿元", value=3e11, unit="CNY", kind="amount",
     bound="gt", metric="支持科技创新和制造业发展减税降费退税",
     metric_alts=["减税降费退税", "减税降费", "支持科技创新和制造业发展减税降费",
                  "减税降费退税规模", "减税降费退税金额"],
     **FLOW, note="超 → gt")

# ---- line 13: opening-up -------------------------------------------------------------------
g.neg("以“一带一路”交汇点", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
g.neg("双向开放枢纽", "双向", "双向 'two-way', not a quantity")
fact("占全省比重提升至47.5%", "47.5%", value=47.5, unit="%", kind="share",
     metric="对共建国家进出口占全省比重",
     metric_alts=["对共建国家进出口占比", "对共建国家进出口比重", "对共建国家进出口",
                  "对共建“一带一路”国家进出口占全省比重", "对共建国家进出口占全省的比重",
                  "共建国家进出口占全省比重"],
     **FLOW, note="提升至 = the level reached; share of the year's trade (a flow)")
CR = ["中欧班列开行量", "开行中欧班列", "中欧班列开行列数", "中欧班列开行", "中欧班列开行数量"]
fact("开行中欧班列2286列", "2286列", value=2286, unit="count", kind="count", classifier="列",
     metric="中欧班列", metric_alts=CR, **FLOW)
fact("2286列、增长7.7%", "7.7%", value=7.7, unit="%", kind="growth", metric="中欧班列",
     metric_alts=CR, comparison="yoy", **FLOW, note="growth of the 2286列")
fact("新签约入园项目15个", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="新签约入园项目",
     metric_alts=["签约入园项目", "入园项目", "新签约入园项目数量", "新签约项目"],
     subject="中阿产能合作示范园",
     subject_alts=["中阿（联酋）产能合作示范园", "中阿产能合作示范区", PLACE] + SUBJ_ALTS,
     **FLOW, note="the park (run by Jiangsu abroad) owns the number (README §4); the "
                  "province as alt")
fact("入园企业达190家", "190家", value=190, unit="count", kind="count", classifier="家",
     metric="入园企业", metric_alts=["入园企业数量", "入驻企业"],
     subject="柬埔寨西哈努克港经济特区",
     subject_alts=["西哈努克港经济特区", "西港特区", PLACE] + SUBJ_ALTS,
     **STOCK, note="the zone owns the number (README §4); 达 = the number reached: "
                   + STOCK_NOTE)
fact("缔结友城数量达148对", "148对", value=148, unit="count", kind="count", classifier="对",
     metric="与共建国家缔结友城数量",
     metric_alts=["友城数量", "缔结友城数量", "友城", "与共建国家缔结友城", "友好城市",
                  "与共建国家友城数量", "缔结友城"],
     **STOCK, note="达 = the number of sister-city pairs reached: " + STOCK_NOTE)
EXP = ["出口占全省比重", "出口占比"]
fact("出口分别占全省的50.6%", "50.6%", value=50.6, unit="%", kind="share",
     metric="民营企业出口占全省比重",
     metric_alts=["民营企业出口占比", "民营企业出口", "民营企业出口占全省的比重",
                  "民营企业出口比重"] + EXP,
     subject_alts=SUBJ_ALTS + ["民营企业", "江苏省民营企业"], **FLOW,
     note="分别 list: 民营企业 ↔ 50.6%, 外资企业 ↔ 41.9%; sector share keeps the province "
          "as subject, the sector as alt (README §4)")
fact("50.6%、41.9%", "41.9%", value=41.9, unit="%", kind="share",
     metric="外资企业出口占全省比重",
     metric_alts=["外资企业出口占比", "外资企业出口", "外资企业出口占全省的比重",
                  "外资企业出口比重"] + EXP,
     subject_alts=SUBJ_ALTS + ["外资企业", "江苏省外资企业"], **FLOW)
fact("跨境电商平台进出口增长20.1%", "20.1%", value=20.1, unit="%", kind="growth",
     metric="跨境电商平台进出口",
     metric_alts=["跨境电商进出口", "跨境电商平台进出口额", "跨境电商平台进出口总额"],
     comparison="yoy", **FLOW)
fact("出口规模占全国1/3", "1/3", value=100 / 3, unit="%", kind="share",
     metric="船舶海工出口规模占全国比重",
     metric_alts=["船舶海工出口规模", "船舶海工出口占全国比重", "船舶海工出口",
                  "船舶海工出口占比", "船舶海工出口规模占全国", "船舶海工出口规模占比"],
     **FLOW, note="a fraction 1/3 → share 33.33% (SPEC §2 share, as 八成 → 80)")
fact("系列活动超300场", "300场", value=300, unit="count", kind="count", classifier="场",
     bound="gt", metric="“跨国公司江苏行”系列活动",
     metric_alts=["跨国公司江苏行系列活动", "系列活动", "“跨国公司江苏行”活动",
                  "跨国公司江苏行活动", "举办“跨国公司江苏行”系列活动",
                  "“跨国公司江苏行”系列活动场次"],
     **FLOW, note="超 → gt")
fact("占全国近1/6", "1/6", value=100 / 6, unit="%", kind="share", bound="approx",
     metric="实际使用外资规模占全国比重",
     metric_alts=["实际使用外资规模", "实际使用外资占全国比重", "实际使用外资",
                  "实际使用外资占比", "实际使用外资规模占全国", "实际使用外资规模占比"],
     **FLOW, note="近 → approx (SPEC §2 bound table); 1/6 → share 16.67%")
fact("9家国家级经开区", "9家", value=9, unit="count", kind="count", classifier="家",
     metric="跻身全国30强的国家级经开区",
     metric_alts=["国家级经开区", "跻身全国30强国家级经开区", "进入全国30强的国家级经开区",
                  "国家级经开区数量", "国家级经开区跻身全国30强", "全国30强国家级经开区",
                  "跻身全国30强"],
     **FLOW, note="the threshold 30强 defines the set counted (SPEC §2) → in the metric")
g.neg("跻身全国30强", "30强",
      "threshold (national top 30) defining the set counted in 9家 (SPEC §2), not a rank")
g.neg("开发建设30周年", "30周年", "anniversary in an event name (30周年系列活动), not a fact")
g.neg("中新两国合作", "两国", "两国 = the two countries just named (中新), not a count")
g.neg("制度型开放首批政策措施", "首批", FIRST_NOTE)
g.neg("深化两岸产业合作", "两岸", "两岸 'both sides of the Strait', a name, not a count")
g.neg("承办第二届", "第二届", "edition label of an event (第二届…对话会), not a rank or count")
fact("新建10个“郑和学院”", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="“郑和学院”",
     metric_alts=["郑和学院", "新建“郑和学院”", "新建郑和学院", "“郑和学院”数量",
                  "郑和学院数量", "“郑和学院”增量", "郑和学院增量"],
     **FLOW, note="count of things newly made: noun, with the 增量 reading in alts (README §3)")

# ---- line 14: （四）regional development ---------------------------------------------------
g.neg("（四）着力统筹", "（四）", MARKER_NOTE)
for ctx in ["长江经济带和长三角一体化发展", "深入推进长三角一体化高质量", "12家长三角创新联合体",
            "“东数西算”长三角枢纽"]:
    g.neg(ctx, "长三角", PLACE_NOTE.format("长三角, the Yangtze River Delta"))
fact("高质量发展84项政策措施", "84项", value=84, unit="count", kind="count", classifier="项",
     metric="长江经济带高质量发展政策措施",
     metric_alts=["政策措施", "长江经济带高质量发展政策措施数量", "长江经济带政策措施",
                  "推出长江经济带高质量发展政策措施"],
     **FLOW)
fact("高质量发展80项重点任务", "80项", value=80, unit="count", kind="count", classifier="项",
     metric="深入推进长三角一体化高质量发展重点任务",
     metric_alts=["长三角一体化高质量发展重点任务", "重点任务", "长三角一体化重点任务",
                  "重点任务数量", "细化落实深入推进长三角一体化高质量发展重点任务"],
     **FLOW, note="the tasks the province put into practice (细化落实) in 2024")
g.neg("牵头组建首批", "首批", FIRST_NOTE)
fact("首批12家长三角", "12家", value=12, unit="count", kind="count", classifier="家",
     metric="长三角创新联合体",
     metric_alts=["牵头组建长三角创新联合体", "首批长三角创新联合体", "创新联合体",
                  "长三角创新联合体数量", "牵头组建首批长三角创新联合体", "长三角创新联合体增量"],
     **FLOW, note="consortia formed under the province's lead in 2024")
g.neg("长三角枢纽“1+4”算力平台", "1+4",
      "structure label of the computing-platform network (1 hub + 4 nodes), not a count")
fact("累计形成154项制度创新成果", "154项", value=154, unit="count", kind="count",
     classifier="项", metric="制度创新成果",
     metric_alts=["累计形成制度创新成果", "制度创新成果数量", "形成制度创新成果"],
     subject="一体化发展示范区",
     subject_alts=["长三角生态绿色一体化发展示范区", "长三角一体化发展示范区", "示范区",
                   PLACE] + SUBJ_ALTS,
     **STOCK, note="the cross-provincial demonstration zone owns the number (README §4), the "
                   "province as alt; 累计: " + STOCK_NOTE)
fact("对口支援协作项目1847个", "1847个", value=1847, unit="count", kind="count",
     classifier="个", metric="对口支援协作项目",
     metric_alts=["实施对口支援协作项目", "对口支援协作项目数量", "对口支援项目"], **FLOW)
g.neg("深化“1+3”重点功能区", "1+3", "structure label of the functional-zone plan, not a count")
g.neg("出台新一轮", "一轮", "新一轮 'a new round', not a quantity")
g.neg("一体化发展三年行动计划", "三年",
      "name of a three-year campaign (三年行动计划), not a duration fact")
fact("实施192个帮扶项目", "192个", value=192, unit="count", kind="count", classifier="个",
     metric="南北合作帮扶项目",
     metric_alts=["帮扶项目", "南北合作实施帮扶项目", "实施帮扶项目", "帮扶项目数量",
                  "南北合作帮扶项目数量", "年度南北合作帮扶项目"],
     **FLOW, note="年度 = 2024")
g.neg("新开工亿元以上工业项目", "亿元",
      "threshold (亿元以上) defining the projects counted in 73个 (SPEC §2), not a fact")
fact("工业项目73个", "73个", value=73, unit="count", kind="count", classifier="个",
     metric="新开工亿元以上工业项目",
     metric_alts=["亿元以上工业项目", "共建园区新开工亿元以上工业项目", "新开工工业项目",
                  "工业项目", "新开工亿元以上工业项目数量"],
     subject_alts=SUBJ_ALTS + ["共建园区", "南北共建园区"], **FLOW,
     note="projects started in the north-south co-built parks; the parks are a set of the "
          "province → subject 江苏省, 共建园区 as alt (README §4)")

# ---- line 15: rural revitalisation, urbanisation, infrastructure ----------------------------
streak("耕地总量连续3年", "3年", 3, "耕地总量净增加持续时间",
       ["耕地总量连续净增加年数", "耕地总量净增加", "耕地总量连续净增加", "耕地总量",
        "耕地总量净增加时长"],
       note="the streak is the only number of the clause (净增加 states no amount)")
fact("改造高标准农田298万亩", "298万亩", value=2980000, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["新建和改造高标准农田", "高标准农田建设面积", "新建和改造高标准农田面积",
                  "高标准农田面积", "建设高标准农田"],
     **FLOW)
g.neg("单产实现", "单产", "单产 'yield per unit area' (a word, no number)")
g.neg("“两增一稳”", "两增一稳",
      "summary label ('two up, one stable') of area, output and yield, no quantity stated")
fact("总产762亿斤", "762亿斤", value=762e8 * 0.0005, unit="t", kind="amount",
     metric="粮食总产",
     metric_alts=["粮食总产量", "粮食产量", "总产"], **FLOW,
     note="斤 = 0.0005 t (SPEC §3): 762亿斤 = 3810万吨; head 粮食 restored")
g.neg("又交出一份", "一份", "一 + classifier used as article")
fact("编制完成1.1万个", "1.1万个", value=11000, unit="count", kind="count", classifier="个",
     metric="村庄规划",
     metric_alts=["编制完成村庄规划", "村庄规划数量", "完成村庄规划"], **FLOW)
g.neg("新改建“四好农村路”", "四好", LABEL_NOTE + " (四好农村路: a road-quality programme)")
fact("农村路”2330公里", "2330公里", value=2330000, unit="m", kind="amount",
     metric="“四好农村路”",
     metric_alts=["四好农村路", "新改建“四好农村路”", "新改建四好农村路", "“四好农村路”里程",
                  "四好农村路里程", "新改建“四好农村路”里程", "农村路"],
     **FLOW, note="length built or rebuilt in 2024")
fact("和美乡村1241个", "1241个", value=1241, unit="count", kind="count", classifier="个",
     metric="宜居宜业和美乡村",
     metric_alts=["建成宜居宜业和美乡村", "和美乡村", "宜居宜业和美乡村数量"], **FLOW)
fact("常住人口城镇化率75.5%", "75.5%", value=75.5, unit="%", kind="share",
     metric="常住人口城镇化率", metric_alts=["城镇化率"], **STOCK,
     note="rate of a population stock (SPEC §2/§4): " + STOCK_NOTE)
g.neg("苏南运河二级航道", "二级", "waterway class label (二级航道), not a quantity")
fact("专支线航道5条", "5条", value=5, unit="count", kind="count", classifier="条",
     metric="通港达园专支线航道",
     metric_alts=["建成通港达园专支线航道", "专支线航道", "通港达园专支线航道数量",
                  "航道"],
     **FLOW)
PORT_SUBJ = ["连云港30万吨级航道改扩建工程", "连云港30万吨级航道", "连云港航道改扩建工程",
             "连云港", "连云港市", PLACE] + SUBJ_ALTS
fact("连云港30万吨级航道", "30万吨", value=300000, unit="t", kind="amount",
     metric="航道吨级",
     metric_alts=["航道通航吨级", "连云港航道吨级", "航道等级", "通航能力", "航道通航能力",
                  "航道", "航道改扩建工程", "30万吨级航道", "航道改扩建工程通航能力",
                  "航道设计吨级", "吨级"],
     subject="连云港航道", subject_alts=PORT_SUBJ, modality="target", **FLOW,
     note="a quantity with a unit inside a project's name is a fact (SPEC §1): the "
          "channel's design class (ships of 300,000 t), modality target while the project "
          "is being built (开工 in 2024); span without the class suffix 级")
g.neg("机场二期工程", "二期", "phase label (二期), not a quantity (README §2 一期)")
fact("铁水联运线路44条", "44条", value=44, unit="count", kind="count", classifier="条",
     metric="铁水联运线路",
     metric_alts=["开行铁水联运线路", "稳定开行铁水联运线路", "铁水联运线路数量"], **LEVEL,
     note="lines operated in 2024; year-end reading as alt")

# ---- line 16: （五）ecology ------------------------------------------------------------------
g.neg("（五）着力加快", "（五）", MARKER_NOTE)
CJ_SUBJ = SUBJ_ALTS + ["长江干流江苏段", "长江江苏段"]
streak("水质连续7年", "7年", 7, "长江干流江苏段水质保持Ⅱ类持续时间",
       ["长江干流江苏段水质保持Ⅱ类", "水质保持Ⅱ类持续时间", "水质连续保持Ⅱ类",
        "长江干流江苏段水质连续保持Ⅱ类年数", "长江干流江苏段水质", "水质",
        "长江干流江苏段水质保持Ⅱ类时长"],
       subject_alts=CJ_SUBJ,
       note="the river section is part of the province → subject 江苏省, 长江干流江苏段 as alt")
g.neg("保持Ⅱ类", "Ⅱ类", "water-quality class label (Ⅱ类), not a quantity")
g.neg("断面水质优Ⅲ比例达", "Ⅲ",
      "water-quality class threshold (优Ⅲ = class Ⅲ or better), part of the metric of 100%")
fact("优Ⅲ比例达100%", "100%", value=100, unit="%", kind="share",
     metric="主要入江支流断面水质优Ⅲ比例",
     metric_alts=["入江支流断面水质优Ⅲ比例", "主要入江支流断面水质优Ⅲ类比例", "水质优Ⅲ比例",
                  "主要入江支流断面优Ⅲ比例", "优Ⅲ比例"],
     **FLOW, note="share of the monitored sections (annual assessment) → the year")
fact("自然岸线率提升至64.5%", "64.5%", value=64.5, unit="%", kind="share",
     metric="自然岸线率",
     metric_alts=["长江自然岸线率", "长江干流江苏段自然岸线率", "自然岸线比例", "长江岸线自然岸线率"],
     subject_alts=CJ_SUBJ, **STOCK,
     note="share of a stock (the shoreline), 提升至 = the level reached: " + STOCK_NOTE)
g.neg("深入推动新一轮", "一轮", "新一轮 'a new round', not a quantity")
g.neg("达到2007年以来", "2007年以来",
      PERIOD_NOTE + " (comparison frame of 最好水平 'best since 2007', no number of its own)")
g.neg("湖体平均水质30年来", "30年来",
      PERIOD_NOTE + " ('first time in 30 years': a superlative, cf. wr_guangdong 近10年来)")
g.neg("30年来首次达Ⅲ类", "首次", FIRST_NOTE)
g.neg("30年来首次达Ⅲ类", "Ⅲ类", "water-quality class label (Ⅲ类), not a quantity")
g.neg("、首次达到良好", "首次", FIRST_NOTE)
g.neg("PM2.5浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
fact("浓度32.3微克/立方米", "32.3微克/立方米", value=32.3, unit="微克/立方米",
     kind="amount", metric="PM2.5浓度",
     metric_alts=["PM2.5平均浓度", "细颗粒物浓度", "细颗粒物(PM2.5)浓度", "PM2.5年均浓度"],
     **FLOW, note="annual mean concentration; μg/m³ has no canonical unit in SPEC §3 → the "
                  "surface unit is kept (SPEC §3: unknown units are kept, kind amount)")
AIR = ["优良天数比例", "空气质量优良天数比率", "空气优良天数比率", "空气质量优良天数比例"]
fact("优良天数比率82.5%", "82.5%", value=82.5, unit="%", kind="share",
     metric="优良天数比率", metric_alts=AIR, **FLOW)
fact("提升4.6个百分点", "4.6个百分点", value=4.6, unit="pp", kind="change",
     metric="优良天数比率", metric_alts=AIR, comparison="yoy", **FLOW,
     note="pp change of a share: the share's metric (README §3); basis: the previous year")
g.neg("国考断面优Ⅲ比例93.3%", "Ⅲ",
      "water-quality class threshold (优Ⅲ), part of the metric of 93.3%")
fact("优Ⅲ比例93.3%", "93.3%", value=93.3, unit="%", kind="share",
     metric="地表水国考断面优Ⅲ比例",
     metric_alts=["地表水国考断面水质优Ⅲ比例", "国考断面优Ⅲ比例", "地表水国考断面优Ⅲ类比例",
                  "地表水国考断面水质优Ⅲ类比例", "优Ⅲ比例"],
     **FLOW)
fact("考核目标19.8个百分点", "19.8个百分点", value=19.8, unit="pp", kind="change",
     metric="近岸海域优良海水面积比例",
     metric_alts=["近岸海域优良海水面积", "优良海水面积比例", "近岸海域优良海水面积比例增速",
                  "优良海水面积", "近岸海域优良海水比例", "近岸海域水质优良面积比例"],
     comparison="国家考核目标", **FLOW,
     note="pp difference of the share of good-quality sea area against the national target "
          "(优于国家考核目标): the share's metric (README §3); the text names 面积, the pp "
          "unit makes it the area share")
streak("连续5年获评优秀等级", "5年", 5, "污染防治攻坚战成效考核优秀等级持续时间",
       ["国家污染防治攻坚战成效考核获评优秀等级", "污染防治攻坚战成效考核优秀",
        "获评优秀等级", "连续获评优秀等级年数", "污染防治攻坚战成效考核",
        "国家污染防治攻坚战成效考核", "污染防治攻坚战成效考核获评优秀等级持续时间"])

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: title, source, "
    "date and opening lines, the heading 一、2024年工作回顾 and its one-line summary "
    "(2024年是实施“十四五”规划的关键一年 — this report has no 过去一年 figure summary; its "
    "summary totals come at the end of section （六）), then sections （一）-（五） of the "
    "detailed review. The 2025 主要预期目标 (source line 27) cannot be reached by a run of "
    "whole lines within 3,500 characters and is left out. Date: 2025-01-19, the delivery "
    "date in line 3 (2025年1月19日在江苏省第十四届人民代表大会第三次会议上…), same as the "
    "corpus meta. Place: provincial report → 江苏省 (alts 江苏, 全省); facilities and "
    "zones that own their numbers take the subject (中阿产能合作示范园, 柬埔寨西哈努克港经济"
    "特区, 一体化发展示范区, 连云港航道), the province as alt; sector shares and figures "
    "of parts of the province (民营/外资企业 exports, 共建园区, 长江干流江苏段) keep 江苏省 "
    "with the part as alt. Periods: review facts name no period of their own, so they "
    "take the review year 2024 (section frame; period text 2024年 from the heading), "
    "null in period_alts; stocks (累计, 总量/在册总量达, 达 N 家/对, 拥有量, 城镇化率, "
    "自然岸线率, 高新技术企业超5.7万家) are instants at 2024-12-31 with the year and null "
    "as alts; ranks follow their metric (flow → year, stock → instant; 均 over a new and a "
    "cumulative count → year with the instant as alt). In line 9 the deadline 9月底前 and "
    "the housing quarters 第三、第四季度 are negatives; the facts after them keep the year "
    "with the literal inheritance as an alt (as wr_guangdong 四季度). 2007年以来 and 30年来 "
    "(superlatives) are negatives without alts. Judgement calls: 连续N年 + status gives a "
    "duration fact (N, unit year; as nw_yicai 连续4个月) and the rank 第一 gets the year "
    "with the streak as alt; 三大省基础科学中心 is a negative (N大 set label convention); "
    "thresholds 前50强, 30强, 亿元以上 and the classes Ⅱ/Ⅲ are negatives inside metrics; "
    "超年度计划目标13.9% is growth against the plan (comparison 年度计划目标); 1/3 and 近1/6 "
    "are shares (33.33, 16.67 approx); 762亿斤 → 3.81e7 t; PM2.5 32.3微克/立方米 keeps "
    "the surface unit; 连云港30万吨级航道 is a target capacity of a project under way.")

g.write(date="2025-01-19",
        source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} (来源：江苏新闻)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
