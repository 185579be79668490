"""Gold annotations for wr_sichuan_2025 (2025年四川省政府工作报告), lines 1-15 of
shared/texts/work_report/wr_sichuan_2025.txt.

The excerpt corpora/wr_sichuan_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the title, source and date lines, the heading
2024年工作回顾, the review's summary (过去一年 … the five ——… paragraphs) and the first
section of the detailed review, （一）巩固增强经济回升向好态势 (2,019 characters).
Written by reading the text sentence by sentence; offsets come from unique contexts.

    python corpora/annotations/wr_sichuan_2025.py
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, Gold, P, TEXTS  # noqa: E402

DOC_ID = "wr_sichuan_2025"
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 15                         # 1-based, inclusive, whole lines
PLACE = "四川省"
SUBJ_ALTS = ["四川", "全省"]
TITLE = "2025年四川省政府工作报告"


def write_excerpt() -> int:
    raw = SRC.read_bytes()
    lines = raw.splitlines(keepends=True)
    part = b"".join(lines[FIRST - 1:LAST])
    start = sum(len(l) for l in lines[:FIRST - 1])
    assert raw[start:start + len(part)] == part and part.endswith(b"\n")
    assert part.startswith(TITLE.encode())
    assert part.rstrip().endswith("已成为海内外许多朋友“打卡”四川的理由和期待。".encode())
    (CORPORA / f"{DOC_ID}.txt").write_bytes(part)
    return len(part.decode("utf-8"))


N_CHARS = write_excerpt()
g = Gold(DOC_ID, place=PLACE)


fact = g.with_subject(PLACE, SUBJ_ALTS)


# ---- periods (reference date 2025-01-20) ---------------------------------------------
# The whole excerpt after the header is the 2024 review (heading 2024年工作回顾, line 7;
# 过去一年 in line 8 governs only its own line).  Review facts with no period expression
# in their paragraph take the review year (SPEC §4, section frame), the null reading in
# period_alts.  Stocks (增至, 总量达到, 达到 N 户, 累计, a rate of a population stock) are
# instants at 2024-12-31, the literal inheritance and null as alts.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])   # level, stock reading alt

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
STOCK_NOTE = ("stock under the inherited review year 2024: instant at 2024-12-31; "
              "period_alts keep the literal inheritance 2024-01-01..2024-12-31 and null")

# ---- header, lines 1-8 -----------------------------------------------------------------
g.neg(TITLE, "2025年", PERIOD_NOTE + " (title: the year of the report)")
g.neg(TITLE, "四川", PLACE_NOTE.format("四川"))
g.neg("来源：四川日报", "四川", PLACE_NOTE.format("四川日报"))
g.neg("2025年1月20日在四川省", "2025年1月20日",
      "date of delivery (the reference date), not a fact")
g.neg("2025年1月20日在四川省", "四川", PLACE_NOTE.format("四川"))
g.neg("四川省第十四届人民代表大会第四次会议", "第十四届", "session label of the congress")
g.neg("四川省第十四届人民代表大会第四次会议", "第四次", "session label of the meeting")
g.neg("四川省人民政府省长", "四川", PLACE_NOTE.format("四川"))
g.neg("2024年工作回顾", "2024年", PERIOD_NOTE + " (heading of the review: 2024)")
g.neg("过去一年，是实现", "过去一年", PERIOD_NOTE + " (the review year 2024)")
g.neg("“十四五”规划", "十四五", "plan label 十四五")
g.neg("目标任务的关键一年", "一年",
      "关键一年 'a crucial year' (the year itself, a label), not a duration fact")
g.neg("现代化四川迈出", "四川", PLACE_NOTE.format("四川"))

# ---- line 9: ——经济运行稳中向好 ------------------------------------------------------
GDP = ["GDP", "生产总值", "全省地区生产总值"]
fact("全省地区生产总值增长5.7%", "5.7%", value=5.7, unit="%", kind="growth",
     metric="地区生产总值", metric_alts=GDP, comparison="yoy", **FLOW,
     note="review part: period = 2024 (section frame), null reading in period_alts")
fact("高于全国0.7个百分点", "0.7个百分点", value=0.7, unit="pp", kind="change",
     metric="地区生产总值增速",
     metric_alts=["地区生产总值", "GDP增速", "GDP", "地区生产总值增长"],
     comparison="比全国", **FLOW,
     note="difference of growth rates against the national rate (高于全国)")
fact("经济总量达到64697亿元", "64697亿元", value=6469700000000, unit="CNY", kind="amount",
     metric="经济总量", metric_alts=["地区生产总值", "GDP", "生产总值"], **FLOW,
     note="经济总量 = the 2024 GDP, a flow of the year (达到 does not make it a stock)")
fact("保持全国第5位", "第5位", value=5, unit="rank", kind="rank", scope="全国",
     metric="经济总量", metric_alts=["地区生产总值", "GDP", "经济总量排名", "GDP总量"],
     **FLOW, note="rank of the 经济总量 just given")
g.neg("第一产业增加值增长2.5%", "第一产业", "sector name (第一产业), an ordinal label")
fact("第一产业增加值增长2.5%", "2.5%", value=2.5, unit="%", kind="growth",
     metric="第一产业增加值", comparison="yoy", **FLOW)
fact("规模以上工业增加值增长6.6%", "6.6%", value=6.6, unit="%", kind="growth",
     metric="规模以上工业增加值", metric_alts=["工业增加值"], comparison="yoy", **FLOW)
fact("服务业增加值增长6.3%", "6.3%", value=6.3, unit="%", kind="growth",
     metric="服务业增加值", comparison="yoy", **FLOW)
fact("固定资产投资增长2.4%", "2.4%", value=2.4, unit="%", kind="growth",
     metric="固定资产投资", comparison="yoy", **FLOW)
fact("社会消费品零售总额增长4.2%", "4.2%", value=4.2, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额"], comparison="yoy", **FLOW)
fact("进出口总额增长9.4%", "9.4%", value=9.4, unit="%", kind="growth",
     metric="进出口总额", metric_alts=["进出口", "进出口总值"], comparison="yoy", **FLOW)
fact("重回万亿元规模", "万亿元", value=1e12, unit="CNY", kind="amount", bound="ge",
     metric="进出口总额", metric_alts=["进出口", "进出口总值", "进出口规模"], **FLOW,
     note="重回万亿元规模: the 2024 trade total is back at the trillion-yuan scale, i.e. at "
          "least 1e12 CNY → bound ge (a level claim about the same indicator)")

# ---- line 10: ——发展动能加快汇聚 ------------------------------------------------------
fact("29项成果获国家科学技术奖励", "29项", value=29, unit="count", kind="count",
     classifier="项", metric="获国家科学技术奖励成果",
     metric_alts=["国家科学技术奖励", "获国家科学技术奖励的成果", "成果",
                  "获国家科学技术奖励成果数量", "国家科学技术奖"],
     **FLOW)
g.neg("六大优势产业、高技术", "六大", "set label N大 (六大优势产业), not a count")
for ctx, tgt, v, metric, alts in [
        ("分别增长6.9%", "6.9%", 6.9, "六大优势产业增加值", ["六大优势产业"]),
        ("6.9%、8.4%", "8.4%", 8.4, "高技术制造业增加值", ["高技术制造业"]),
        ("8.4%、10.2%", "10.2%", 10.2, "绿色低碳优势产业增加值", ["绿色低碳优势产业"])]:
    fact(ctx, tgt, value=v, unit="%", kind="growth", metric=metric, metric_alts=alts,
         comparison="yoy", **FLOW,
         note="分别 list: 六大优势产业 ↔ 6.9%, 高技术制造业 ↔ 8.4%, 绿色低碳优势产业 ↔ 10.2%; "
              "head 增加值 shared")
fact("新兴产业增长20%以上", "20%", value=20, unit="%", kind="growth", bound="ge",
     metric="新兴产业",
     metric_alts=["人工智能、生物技术、无人机、核技术应用等新兴产业", "新兴产业增加值",
                  "人工智能、生物技术、无人机、核技术应用等新兴产业增加值"],
     comparison="yoy", **FLOW, note="以上 → ge (outside the span); the indicator (增加值 or "
                                    "营收) is not named, metric = the industries as written")
fact("国家先进制造业集群增至5个", "5个", value=5, unit="count", kind="count",
     classifier="个", metric="国家先进制造业集群",
     metric_alts=["国家先进制造业集群数量", "先进制造业集群"], **STOCK,
     note="增至 = the number reached (level): " + STOCK_NOTE)
fact("新增国家高新技术企业1200家", "1200家", value=1200, unit="count", kind="count",
     classifier="家", metric="国家高新技术企业",
     metric_alts=["新增国家高新技术企业", "国家高新技术企业增量", "国家高新技术企业数量增量",
                  "高新技术企业"],
     **FLOW, note="count of the new units; 增量 reading in alts (README §3)")
fact("总量达到1.8万家", "1.8万家", value=18000, unit="count", kind="count",
     classifier="家", metric="国家高新技术企业总量",
     metric_alts=["国家高新技术企业", "国家高新技术企业数量", "高新技术企业总量", "总量"],
     **STOCK, note="总量达到: " + STOCK_NOTE)
fact("产业投资实现两位数增长", "两位数", value=10, unit="%", kind="growth", bound="ge",
     metric="产业投资", comparison="yoy", **FLOW,
     note="两位数增长 = growth of at least 10% (a vague but quantitative claim, like 数十 → 10 "
          "gt in SPEC §2) → value 10, bound ge; shared check_gold.py reads the span as 2 "
          "(两) and reports a value mismatch")
fact("技改投资增长9.6%", "9.6%", value=9.6, unit="%", kind="growth",
     metric="技改投资", metric_alts=["技术改造投资"], comparison="yoy", **FLOW)
fact("经营主体新增105万户", "105万户", value=1050000, unit="count", kind="count",
     classifier="户", metric="经营主体",
     metric_alts=["新增经营主体", "经营主体增量", "经营主体数量增量", "经营主体新增"], **FLOW,
     note="count of the new units; 增量 reading in alts (README §3)")
fact("，达到920万户", "920万户", value=9200000, unit="count", kind="count",
     classifier="户", metric="经营主体",
     metric_alts=["经营主体数量", "经营主体总数", "经营主体总量"], **STOCK,
     note="达到 after 新增: the total number of market entities: " + STOCK_NOTE)

# ---- line 11: ——区域发展更趋协调 ------------------------------------------------------
CY = "成渝地区双城经济圈"
CY_ALTS = ["川渝", "四川省", "成渝地区", "成渝"]
g.neg("成渝地区双城经济圈建设积厚", "双城", "name 双城经济圈 (twin-city economic circle)")
fact("完成年度投资5200亿元", "5200亿元", value=520000000000, unit="CNY", kind="amount",
     metric="合作共建重点项目年度投资",
     metric_alts=["合作共建重点项目完成年度投资", "合作共建重点项目投资", "年度投资",
                  "完成年度投资", "合作共建重点项目完成投资"],
     subject=CY, subject_alts=CY_ALTS, **FLOW,
     note="the Sichuan-Chongqing jointly built key projects: subject = the economic circle "
          "(四川省 as alt); 年度 = 2024")
fact("联手打造4个世界级产业集群", "4个", value=4, unit="count", kind="count",
     classifier="个", metric="世界级产业集群",
     metric_alts=["联手打造世界级产业集群", "世界级产业集群数量"],
     subject=CY, subject_alts=CY_ALTS, **LEVEL,
     note="clusters being built jointly (联手打造) in 2024: actual (the effort is under "
          "way), not a target year; subject as for 5200亿元")
fact("扩展至355项", "355项", value=355, unit="count", kind="count", classifier="项",
     metric="川渝通办事项", metric_alts=["通办事项", "川渝通办事项数量"],
     subject=CY, subject_alts=CY_ALTS, **STOCK,
     note="扩展至 = the number reached: " + STOCK_NOTE)
fact("常住人口城镇化率突破60%", "60%", value=60, unit="%", kind="share", bound="gt",
     metric="常住人口城镇化率", metric_alts=["城镇化率"], **STOCK,
     note="突破 → gt; rate of a population stock (SPEC §2/§4): " + STOCK_NOTE)
g.neg("入围全国百强县", "百强", "threshold label 百强 defining the counted set (SPEC §2)")
g.neg("百强县、百强区", "百强", "threshold label 百强 defining the counted set (SPEC §2)",
      nth=1)
BQ = "全国百强县、百强区"
BQ_ALTS = ["百强县、百强区", "入围全国百强县、百强区", "全国百强县百强区", "百强县百强区",
           "入围全国百强县、百强区数量", "百强县区"]
fact("百强区20个", "20个", value=20, unit="count", kind="count", classifier="个",
     metric=BQ, metric_alts=BQ_ALTS, **FLOW,
     note="places of Sichuan on the 2024 national top-100 county/district lists")
fact("20个，居全国第3位", "第3位", value=3, unit="rank", kind="rank", scope="全国",
     metric=BQ, metric_alts=BQ_ALTS, **FLOW,
     note="rank of the province by the number of its entries (20个)")

# ---- line 12: ——改革开放纵深推进 ------------------------------------------------------
g.neg("一批制约高质量发展", "一批", "vague quantifier 一批")
AIR = "成都国际航空枢纽"
AIR_ALTS = ["成都", "成都市", "成都国际航空枢纽（天府、双流机场）"]
fact("年旅客吞吐量增长16.6%", "16.6%", value=16.6, unit="%", kind="growth",
     metric="旅客吞吐量", metric_alts=["年旅客吞吐量"], subject=AIR, subject_alts=AIR_ALTS,
     comparison="yoy", **FLOW, note="the hub owns the number (README §4); 年 = 2024")
fact("突破8700万人次", "8700万人次", value=87000000, unit="count", kind="count",
     classifier="人次", bound="gt", metric="旅客吞吐量", metric_alts=["年旅客吞吐量"],
     subject=AIR, subject_alts=AIR_ALTS, **FLOW, note="突破 → gt")
fact("8700万人次、居全国第3位", "第3位", value=3, unit="rank", kind="rank", scope="全国",
     metric="旅客吞吐量", metric_alts=["年旅客吞吐量"], subject=AIR, subject_alts=AIR_ALTS,
     **FLOW, note="rank among the national aviation hubs/cities by passenger throughput")
fact("货邮吞吐量增长33%", "33%", value=33, unit="%", kind="growth", metric="货邮吞吐量",
     subject=AIR, subject_alts=AIR_ALTS, comparison="yoy", **FLOW)
fact("突破100万吨", "100万吨", value=1000000, unit="t", kind="amount", bound="gt",
     metric="货邮吞吐量", subject=AIR, subject_alts=AIR_ALTS, **FLOW, note="突破 → gt")
fact("累计开行量突破3.6万列", "3.6万列", value=36000, unit="count", kind="count",
     classifier="列", bound="gt", metric="中欧班列（成渝）累计开行量",
     metric_alts=["中欧班列(成渝)累计开行量", "中欧班列累计开行量", "累计开行量",
                  "中欧班列（成渝）开行量", "中欧班列开行量", "中欧班列开行", "开行量"],
     subject_alts=SUBJ_ALTS + ["中欧班列（成渝）", "中欧班列(成渝)", "中欧班列", "成渝"],
     **STOCK, note="累计 since the service began, 突破 → gt: " + STOCK_NOTE +
                   "; subject as in wr_henan_2025 (the province, the train service as alt)")
fact("实际到位资金26.1亿美元", "26.1亿美元", value=2610000000, unit="USD", kind="amount",
     metric="外商直接投资实际到位资金",
     metric_alts=["外商直接投资", "实际到位资金", "实际使用外资", "外商直接投资实际到位"],
     **FLOW)
g.neg("，一批高质量内外资", "一批", "vague quantifier 一批")

# ---- line 13: ——民生保障水平提升 ------------------------------------------------------
fact("分别增长4.7%", "4.7%", value=4.7, unit="%", kind="growth",
     metric="城镇居民人均可支配收入",
     metric_alts=["城镇居民收入", "城乡居民人均可支配收入"], comparison="yoy", **FLOW,
     note="分别: 城 ↔ 4.7%, 乡 ↔ 6.6% (城乡居民 = urban and rural residents)")
fact("4.7%、6.6%", "6.6%", value=6.6, unit="%", kind="growth",
     metric="农村居民人均可支配收入",
     metric_alts=["农村居民收入", "城乡居民人均可支配收入", "乡村居民人均可支配收入"],
     comparison="yoy", **FLOW)
fact("民生支出占比保持在65%以上", "65%", value=65, unit="%", kind="share", bound="ge",
     metric="财政民生支出占比",
     metric_alts=["民生支出占比", "财政民生支出占财政支出比重", "财政民生支出比重"], **FLOW,
     note="保持在…以上 → ge; share of the year's spending (a flow), period 2024")
fact("30件年度民生实事", "30件", value=30, unit="count", kind="count", classifier="件",
     metric="年度民生实事", metric_alts=["民生实事", "年度民生实事数量"], **FLOW,
     note="年度 = 2024; completed (全面完成) → actual")
fact("城镇新增就业106万人", "106万人", value=1060000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数"], **FLOW)
fact("城镇调查失业率平均为5.3%", "5.3%", value=5.3, unit="%", kind="share",
     metric="城镇调查失业率",
     metric_alts=["城镇调查失业率平均", "平均城镇调查失业率", "调查失业率"], **FLOW,
     note="average of the 2024 monthly rates: period = the whole year")
fact("脱贫地区农村居民人均可支配收入增长6.8%", "6.8%", value=6.8, unit="%", kind="growth",
     metric="脱贫地区农村居民人均可支配收入",
     metric_alts=["农村居民人均可支配收入", "脱贫地区农村居民收入"],
     subject_alts=SUBJ_ALTS + ["脱贫地区", "四川省脱贫地区"], comparison="yoy", **FLOW,
     note="area-level figure: the province as subject, 脱贫地区 as alt (README §4)")
fact("人均预期寿命达到78.5岁", "78.5岁", value=78.5, unit="year", kind="amount",
     metric="人均预期寿命", metric_alts=["预期寿命", "人口平均预期寿命"], **LEVEL,
     note="life expectancy of 2024 (a period measure of the year); year-end reading as alt")

# ---- line 14 ---------------------------------------------------------------------------
g.neg("一年来，我们认真", "一年来", PERIOD_NOTE + " (the review year; no fact in the line)")

# ---- line 15: （一）巩固增强经济回升向好态势 ----------------------------------------------
g.neg("（一）巩固增强", "（一）", MARKER_NOTE)
g.neg("一揽子增量政策", "一揽子", "一揽子 'package of', not a quantity")
POL_NOTE = ("quoted nickname of a policy package that states its number of measures "
            "(稳增长“18条”= 18 measures to stabilise growth): a count of measures (README §2 "
            "七条措施), not a bare label")
fact("稳增长“18条”", "18条", value=18, unit="count", kind="count", classifier="条",
     metric="稳增长政策措施",
     metric_alts=["稳增长“18条”", "稳增长政策", "稳增长措施", "稳增长", "稳增长18条"],
     **FLOW, note=POL_NOTE)
fact("“18条”“16条”", "16条", value=16, unit="count", kind="count", classifier="条",
     metric="稳增长政策措施",
     metric_alts=["稳增长“16条”", "稳增长政策", "稳增长措施", "稳增长", "稳增长16条"],
     **FLOW, note=POL_NOTE + "; the second package")
g.neg("“1+3”财政金融互动", "1+3",
      "structure label of a policy set (1 framework + 3 supporting documents), not a count")
fact("新发行地方政府专项债券2157亿元", "2157亿元", value=215700000000, unit="CNY",
     kind="amount", metric="新发行地方政府专项债券",
     metric_alts=["地方政府专项债券", "地方政府专项债券发行额", "新发行地方政府专项债券规模",
                  "专项债券"],
     **FLOW)
fact("其中用于项目建设1542亿元", "1542亿元", value=154200000000, unit="CNY", kind="amount",
     metric="地方政府专项债券用于项目建设",
     metric_alts=["用于项目建设", "专项债券用于项目建设", "新发行地方政府专项债券用于项目建设",
                  "用于项目建设的专项债券"],
     **FLOW, note="其中: the part of the 2157亿元 spent on project construction")
g.neg("争取到“两重”“两新”国家资金", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设)")
g.neg("争取到“两重”“两新”国家资金", "两新", LABEL_NOTE + " (两新 = 设备更新和消费品以旧换新)")
fact("国家资金450亿元", "450亿元", value=45000000000, unit="CNY", kind="amount",
     metric="“两重”“两新”国家资金",
     metric_alts=["两重两新国家资金", "国家资金", "争取到“两重”“两新”国家资金",
                  "争取“两重”“两新”国家资金", "“两重”“两新”资金"],
     **FLOW)
fact("700个省重点项目", "700个", value=700, unit="count", kind="count", classifier="个",
     metric="省重点项目", metric_alts=["省重点项目数量", "重点项目"], **FLOW,
     note="the 700 provincial key projects of the 2024 list")
fact("完成投资9757亿元", "9757亿元", value=975700000000, unit="CNY", kind="amount",
     metric="省重点项目完成投资",
     metric_alts=["省重点项目投资", "完成投资", "700个省重点项目完成投资", "重点项目完成投资"],
     **FLOW)
fact("254个“两重”建设项目", "254个", value=254, unit="count", kind="count", classifier="个",
     metric="“两重”建设项目", metric_alts=["两重建设项目", "“两重”建设项目数量", "建设项目"],
     **LEVEL, note="projects under way (有序推进) in 2024")
g.neg("254个“两重”建设项目", "两重", LABEL_NOTE)
fact("总投资2800亿元", "2800亿元", value=280000000000, unit="CNY", kind="amount",
     metric="“两重”建设项目总投资",
     metric_alts=["两重建设项目总投资", "总投资", "254个“两重”建设项目总投资"], **LEVEL,
     note="planned total investment of the 254 projects (a project attribute, not a 2024 "
          "flow); period = the review year, the instant and null as alts")
fact("省属国企完成年度投资2900亿元", "2900亿元", value=290000000000, unit="CNY",
     kind="amount", metric="省属国企年度投资",
     metric_alts=["省属国企完成年度投资", "年度投资", "完成年度投资", "省属国企投资"],
     subject_alts=SUBJ_ALTS + ["省属国企", "四川省省属国企"], **FLOW,
     note="sector-level amount: the province as subject, 省属国企 as alt (README §4)")
g.neg("成渝中线高铁、成达万高铁", "万", PLACE_NOTE.format("成达万高铁: 成都-达州-万州"))
fact("推送储备项目13082个", "13082个", value=13082, unit="count", kind="count",
     classifier="个", metric="推送储备项目",
     metric_alts=["储备项目", "向国家重大建设项目库推送储备项目", "推送储备项目数量"], **FLOW)
fact("总投资超4.4万亿元", "4.4万亿元", value=4400000000000, unit="CNY", kind="amount",
     bound="gt", metric="储备项目总投资",
     metric_alts=["推送储备项目总投资", "总投资"], **LEVEL,
     note="超 → gt; planned total investment of the 13082 projects")
fact("十条支持政策", "十条", value=10, unit="count", kind="count", classifier="条",
     metric="促进房地产市场平稳健康发展支持政策",
     metric_alts=["支持政策", "房地产支持政策", "促进房地产市场平稳健康发展十条支持政策",
                  "促进房地产市场平稳健康发展的支持政策"],
     **FLOW, note="count of measures (README §2 七条措施)")
fact("以旧换新补贴77亿元", "77亿元", value=7700000000, unit="CNY", kind="amount",
     metric="消费品以旧换新补贴",
     metric_alts=["以旧换新补贴", "兑现消费品以旧换新补贴"], **FLOW)
fact("分别居全国第2位", "第2位", value=2, unit="rank", kind="rank", scope="全国",
     metric="家电换新数量", metric_alts=["家电换新", "家电以旧换新数量"], **FLOW,
     note="分别: 家电 ↔ 第2位, 汽车 ↔ 第7位; head 换新数量 shared")
fact("第2位、第7位", "第7位", value=7, unit="rank", kind="rank", scope="全国",
     metric="汽车换新数量", metric_alts=["汽车换新", "汽车以旧换新数量"], **FLOW)
fact("消费券超过5亿元", "5亿元", value=500000000, unit="CNY", kind="amount", bound="gt",
     metric="“蜀里安逸”消费券",
     metric_alts=["蜀里安逸消费券", "消费券", "发放“蜀里安逸”消费券", "发放消费券",
                  "“蜀里安逸”消费券发放金额"],
     **FLOW, note="超过 → gt")
fact("消费促进活动2万余场", "2万余场", value=20000, unit="count", kind="count",
     classifier="场", bound="gt", metric="消费促进活动",
     metric_alts=["“乐购全川”系列消费促进活动", "乐购全川系列消费促进活动",
                  "系列消费促进活动", "消费促进活动场次"],
     **FLOW, note="余 inside the span → gt")
fact("发放超亿元的", "亿元", value=100000000, unit="CNY", kind="amount", bound="gt",
     metric="新生开学季、重阳节孝亲敬老“大礼包”",
     metric_alts=["“大礼包”", "大礼包", "新生开学季、重阳节孝亲敬老大礼包",
                  "发放“大礼包”", "孝亲敬老“大礼包”"],
     **FLOW, note="超亿元 = more than 1e8 CNY of gift packages issued (超 → gt; 亿 alone = "
                  "one hundred million)")
fact("快递业务量增长26%", "26%", value=26, unit="%", kind="growth", metric="快递业务量",
     comparison="yoy", **FLOW)
fact("餐饮收入增长27.3%", "27.3%", value=27.3, unit="%", kind="growth",
     metric="限额以上单位通过互联网实现的餐饮收入",
     metric_alts=["通过互联网实现的餐饮收入", "网上餐饮收入", "餐饮收入",
                  "限额以上单位网上餐饮收入"],
     comparison="yoy", **FLOW)
g.neg("全国首批现代商贸", "首批", "first-batch label (首批), not a rank or count")
fact("12个县（市、区）", "12个", value=12, unit="count", kind="count", classifier="个",
     metric="国家县域商业领跑县",
     metric_alts=["入选国家县域商业领跑县的县（市、区）", "县（市、区）", "县域商业领跑县",
                  "入选国家县域商业领跑县"],
     **FLOW)
g.neg("大熊猫、九寨沟", "九", PLACE_NOTE.format("九寨沟"))
g.neg("九寨沟、三星堆", "三", PLACE_NOTE.format("三星堆"))
g.neg("“一票难求”", "一票", "idiom 一票难求 (tickets hard to get), not a quantity")
fact("引进营业性演出3.2万场", "3.2万场", value=32000, unit="count", kind="count",
     classifier="场", metric="营业性演出",
     metric_alts=["引进营业性演出", "营业性演出场次", "营业性演出场数"], **FLOW)
fact("国际赛事28场次", "28场次", value=28, unit="count", kind="count", classifier="场次",
     metric="国际赛事", metric_alts=["举办国际赛事", "国际赛事场次"], **FLOW)
g.neg("“打卡”四川", "四川", PLACE_NOTE.format("四川"))

NOTES = (
    f"2025年四川省政府工作报告. Excerpt = source lines {FIRST}-{LAST} ({N_CHARS} characters, "
    "sliced by code): title, source, date and speaker lines, the heading 2024年工作回顾, the "
    "summary of the review (过去一年 and the five ——… paragraphs), 一年来… and section （一） "
    "of the detailed review. Reference date 2025-01-20 = the delivery date written in line 3 "
    "(2025年1月20日在四川省第十四届人民代表大会第四次会议上), the same as the source meta.json. "
    "The excerpt is all review: 过去一年 (line 8) = 2024; its facts name no period of their "
    "own (年度, 年 = that year), so they take the section's year 2024-01-01..2024-12-31 "
    "(period text 2024年, from the heading), null in period_alts; stocks (增至, 总量达到, "
    "达到920万户, 扩展至, 累计, 城镇化率) are instants at 2024-12-31 with the literal year and "
    "null as alts. 今年 (2025) does not occur in the excerpt. Subject: 全省 and unmarked "
    "figures → 四川省 (alts 四川, 全省); the Chengdu-Chongqing joint figures (合作共建重点项目, "
    "4个世界级产业集群, 川渝通办事项) → 成渝地区双城经济圈 (alt 四川省); airport figures → "
    "成都国际航空枢纽. Negatives: title/date/session labels, period expressions, 十四五, "
    "list marker, labels (两重, 两新, 1+3, 六大, 百强, 双城, 首批), 一批/一揽子, idiom 一票难求 "
    "and the numerals of the names 四川, 成达万(高铁), 九寨沟, 三星堆.")

g.write(date="2025-01-20",
        source=f"shared/texts/work_report/{DOC_ID}.txt, lines {FIRST}-{LAST} (来源：四川日报)",
        title=TITLE, notes=NOTES)
facts = [l for l in g.lines if not l.get("negative")]
print(DOC_ID, N_CHARS, "chars;", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
