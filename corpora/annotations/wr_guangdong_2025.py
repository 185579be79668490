"""Gold annotations for wr_guangdong_2025 (2025年广东省政府工作报告), lines 22-29 of
shared/texts/work_report/wr_guangdong_2025.txt.

The excerpt corpora/wr_guangdong_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the end of the 2024 review (九是 risks, 稳企业,
government self-building, closing), then 二、2025年工作安排 up to the 主要预期目标
(2,262 characters).  Offsets come from unique context strings.

    python corpora/annotations/wr_guangdong_2025.py
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, Gold, P, TEXTS  # noqa: E402

DOC_ID = "wr_guangdong_2025"
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 22, 29                        # 1-based, inclusive, whole lines
PLACE = "广东省"
SUBJ_ALTS = ["广东", "全省"]


def write_excerpt(folder: pathlib.Path = CORPORA) -> str:
    raw = SRC.read_bytes()
    lines = raw.split(b"\n")
    part = b"\n".join(lines[FIRST - 1:LAST]) + b"\n"
    assert raw.find(part) == sum(len(l) + 1 for l in lines[:FIRST - 1])
    (folder / f"{DOC_ID}.txt").write_bytes(part)
    return part.decode("utf-8")


class ExcerptGold(Gold):
    """Gold whose title lies outside the excerpt (line 1 of the source): the same write()
    without the title-in-text assertion."""

    def write(self, *, date, source, title, notes):
        meta = {"doc_id": self.doc_id, "date": date, "place": self.place, "source": source,
                "title": title, "notes": notes}
        (CORPORA / f"{self.doc_id}.meta.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        self.lines.sort(key=lambda l: (l["provenance"]["start"], l["provenance"]["end"]))
        for a, b in zip(self.lines, self.lines[1:]):
            assert a["provenance"]["end"] <= b["provenance"]["start"], (a, b)
        with open(CORPORA / f"{self.doc_id}.gold.jsonl", "w", encoding="utf-8") as out:
            for line in self.lines:
                p = line["provenance"]
                assert self.text[p["start"]:p["end"]] == p["text"]
                out.write(json.dumps(line, ensure_ascii=False) + "\n")


write_excerpt()
g = ExcerptGold(DOC_ID, place=PLACE)


fact = g.with_subject(PLACE, SUBJ_ALTS)


# ---- periods (reference date 2025-01-15) ---------------------------------------------
# Review (lines 22-26): 过去一年 = 2024.  The excerpt names the review year as 过去一年
# (line 25) and 一年来 (line 24); review facts with no period expression of their own
# take the review year (SPEC §4, document frame), null in period_alts.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
Q4 = P("四季度", "2024-10-01", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
# after 四季度 in line 22: the literal inheritance of 四季度 is accepted as an alt
FLOW_Q4 = dict(period=Y24, period_alts=[Y24_NULL, Q4])
LEVEL_Q4 = dict(period=Y24, period_alts=[Y24_NULL, Y24_END, Q4])
STOCK_Q4 = dict(period=Y24_END, period_alts=[Y24, Y24_NULL, Q4])
FY = P("全年", "2024-01-01", "2024-12-31")                 # line 23, explicit
YEAR_SINCE = P("一年来", "2024-01-01", "2024-12-31")       # line 24, explicit
YEAR_SINCE_ALTS = [P("一年来", None, None), P("一年来", "2024-01-15", "2025-01-15")]
# Targets (line 29): 今年 = 2025.
T25 = P("今年", "2025-01-01", "2025-12-31")
TARGET = dict(period=T25, period_alts=[P("今年", None, None)], modality="target")

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
SLOGAN_NOTE = "political slogan / label, not a quantity"
AFTER_Q4 = ("review fact of 2024 (document frame); 四季度 earlier in the paragraph belongs to "
            "the housing-sales sentence, its literal inheritance kept in period_alts")

# ---- line 22: 九是 risks ---------------------------------------------------------------
g.neg("九是全力防范", "九是", MARKER_NOTE + " (九是 'ninth')")
fact("刑事治安警情、刑事立案数量分别下降26.3%", "26.3%", value=-26.3, unit="%",
     kind="growth", metric="刑事治安警情",
     metric_alts=["刑事治安警情数量", "刑事治安警情数", "刑事治安警情量"],
     comparison="yoy", **FLOW, note="分别 list, 下降 → negative; " + "review year 2024")
fact("、32.6%。", "32.6%", value=-32.6, unit="%", kind="growth", metric="刑事立案数量",
     metric_alts=["刑事立案", "刑事立案数"], comparison="yoy", **FLOW)
fact("信访总量下降53%", "53%", value=-53, unit="%", kind="growth", metric="信访总量",
     metric_alts=["信访量", "信访"], comparison="yoy", **FLOW)
fact("法律援助案件27万件", "27万件", value=270000, unit="count", kind="count",
     classifier="件", metric="法律援助案件",
     metric_alts=["办理法律援助案件", "法律援助案件数量", "法律援助案件数"], **FLOW)
g.neg("四季度新建商品房", "四季度", PERIOD_NOTE + " (Q4 2024)")
HOUSING = ["新建商品房网签销售面积", "新建商品房销售面积", "商品房网签销售面积",
           "新建商品房网签面积"]
fact("同比分别增长51.3%", "51.3%", value=51.3, unit="%", kind="growth",
     metric="新建商品房网签销售面积", metric_alts=HOUSING[1:], comparison="qoq",
     period=Q4, period_alts=[P("四季度", None, None)],
     note="环比 (against Q3 2024) → qoq; first value of the 分别 pair")
fact("、15.3%。", "15.3%", value=15.3, unit="%", kind="growth",
     metric="新建商品房网签销售面积", metric_alts=HOUSING[1:], comparison="yoy",
     period=Q4, period_alts=[P("四季度", None, None)], note="同比 (against Q4 2023) → yoy")
g.neg("“白名单”项目", "白名单", "'white list' of housing projects; 单 'list', not a number")
fact("均居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="“白名单”项目总数",
     metric_alts=["白名单项目总数", "“白名单”项目融资金额", "白名单项目融资金额", "融资金额",
                  "“白名单”项目总数、融资金额", "白名单项目总数、融资金额",
                  "“白名单”项目总数和融资金额", "“白名单”项目", "白名单项目"],
     **LEVEL_Q4,
     note="one rank mention (均居全国第一) covering two metrics: one fact (SPEC §1: one "
          "quantity mention, one fact), the first metric as primary and the second in alts; "
          + AFTER_Q4)
fact("保交房交付率94.7%", "94.7%", value=94.7, unit="%", kind="share",
     metric="保交房交付率", metric_alts=["保交房项目交付率"], **STOCK_Q4,
     note="cumulative delivery rate = share of a stock: instant 2024-12-31; the year, null "
          "and the literal 四季度 in period_alts")
g.neg("堤防达标加固三年攻坚行动", "三年", "name of a three-year campaign "
      "(三年攻坚行动), not a duration fact")
fact("新开工建设4座中型水库", "4座", value=4, unit="count", kind="count", classifier="座",
     metric="中型水库",
     metric_alts=["新开工建设中型水库", "新开工中型水库", "中型水库数量", "开工建设中型水库"],
     **FLOW_Q4, note="reservoirs started in 2024; " + AFTER_Q4)
g.neg("治本攻坚三年行动", "三年", "name of a three-year campaign (治本攻坚三年行动), "
      "not a duration fact")
g.neg("完成20年以上老化", "20年", "age threshold (20年以上) defining the pipes renewed: "
      "part of the set, not a fact (SPEC §2)")
fact("道路交通事故死亡人数下降18.2%", "18.2%", value=-18.2, unit="%", kind="growth",
     metric="道路交通事故死亡人数", comparison="yoy", **FLOW_Q4, note=AFTER_Q4)
g.neg("为近10年来最大降幅", "近10年来", PERIOD_NOTE + " ('largest fall in nearly ten "
      "years': a superlative without a stated rank number)")
fact("生产安全事故起数、死亡人数分别下降17.7%", "17.7%", value=-17.7, unit="%",
     kind="growth", metric="生产安全事故起数",
     metric_alts=["生产安全事故", "生产安全事故数"], comparison="yoy", **FLOW_Q4,
     note=AFTER_Q4)
fact("、12.5%。我们将", "12.5%", value=-12.5, unit="%", kind="growth",
     metric="生产安全事故死亡人数", metric_alts=["死亡人数"], comparison="yoy",
     **FLOW_Q4, note="head 生产安全事故 restored for 死亡人数; " + AFTER_Q4)

# ---- line 23: 稳企业 -------------------------------------------------------------------
g.neg("“两个毫不动摇”", "两个毫不动摇", SLOGAN_NOTE)
g.neg("一视同仁", "一视同仁", "idiom 一视同仁 'treat equally'")
fact("电费成本降低10%", "10%", value=-10, unit="%", kind="growth",
     metric="终端用户电费成本", metric_alts=["电费成本", "工业园区终端用户电费成本"],
     comparison="yoy", **FLOW,
     note="reduction after the 转供电改造 of industrial parks; basis not stated, growth "
          "against the previous level (yoy by default); 降低 → negative")
fact("减免税费超1500亿元", "1500亿元", value=1.5e11, unit="CNY", kind="amount",
     bound="gt", metric="新增减免税费",
     metric_alts=["减免税费", "为经营主体新增减免税费", "新增减税降费", "减税降费"],
     period=FY, note="超 → gt; 全年 = 2024")
fact("扣除金额超6900亿元", "6900亿元", value=6.9e11, unit="CNY", kind="amount",
     bound="gt", metric="研发费用税前加计扣除金额",
     metric_alts=["企业享受研发费用税前加计扣除金额", "研发费用加计扣除金额",
                  "研发费用税前加计扣除"],
     subject_alts=SUBJ_ALTS + ["企业"], period=FY, modality="forecast",
     note="预计 → forecast (the 2024 amount not yet final); 超 → gt; 全年 of the paragraph")
fact("加快落地两批21个", "两批", value=2, unit="count", kind="count", classifier="批",
     metric="“高效办成一件事”重点事项批次",
     metric_alts=["高效办成一件事重点事项批次", "批次", "“高效办成一件事”重点事项"],
     period=FY,
     note="judgement call: 两批 read as a count of batches (2), not a vague quantifier; "
          "全年 of the paragraph")
fact("两批21个", "21个", value=21, unit="count", kind="count", classifier="个",
     metric="“高效办成一件事”重点事项",
     metric_alts=["高效办成一件事重点事项", "“高效办成一件事”", "高效办成一件事",
                  "“高效办成一件事”重点事项数量", "重点事项"],
     period=FY, note="items put into operation (落地) in 2024; 全年 of the paragraph")
g.neg("“高效办成一件事”", "一件事", "service-programme name 高效办成一件事, not a count")
g.neg("千方百计", "千方百计", "idiom 千方百计 'by every means'")

# ---- line 24: 一年来 government self-building ------------------------------------------
g.neg("一年来，我们坚决", "一年来", PERIOD_NOTE + " (the review year); not a duration fact")
g.neg("“两个确立”", "两个确立", SLOGAN_NOTE)
g.neg("“两个维护”", "两个维护", SLOGAN_NOTE)
fact("代表建议987件", "987件", value=987, unit="count", kind="count", classifier="件",
     metric="省人大代表建议",
     metric_alts=["办理省人大代表建议", "人大代表建议", "省人大代表建议数量"],
     period=YEAR_SINCE, period_alts=YEAR_SINCE_ALTS,
     note="一年来 at the head of the paragraph: the review year 2024 (alts: null, and the "
          "literal twelve months before the reference date)")
fact("省政协提案900件", "900件", value=900, unit="count", kind="count", classifier="件",
     metric="省政协提案", metric_alts=["政协提案", "办理省政协提案", "省政协提案数量"],
     period=YEAR_SINCE, period_alts=YEAR_SINCE_ALTS, note="办理 carried over")
g.neg("提升行政执法质量三年行动", "三年", "name of a three-year campaign, not a duration fact")
for word in ["一网通办", "一网统管", "一网协同"]:
    g.neg(f"“{word}”", word, "name of a digital-government platform (cf. 一键启动), not a "
          "quantity")
g.neg("完成第五次全国经济普查", "第五次", "edition label of the census (第五次全国经济普查), "
      "not a count or rank")
SINCE = dict(period=YEAR_SINCE, period_alts=YEAR_SINCE_ALTS)
fact("公用经费压减5%", "5%", value=-5, unit="%", kind="growth", metric="省直部门公用经费",
     metric_alts=["公用经费"], subject_alts=SUBJ_ALTS + ["省直部门"], comparison="yoy",
     **SINCE, note="压减 → negative; the provincial departments are part of the province's "
                  "government, subject 广东省 with 省直部门 as alt")
fact("政府购买服务支出下降7%", "7%", value=-7, unit="%", kind="growth",
     metric="政府购买服务支出", metric_alts=["购买服务支出"], comparison="yoy", **SINCE)
fact("均压减一半以上", "一半", value=-50, unit="%", kind="growth", bound="ge",
     metric="节庆展会论坛活动数量",
     metric_alts=["节庆展会论坛活动", "节庆展会论坛活动财政支出", "财政支出",
                  "节庆展会论坛活动数量和财政支出", "节庆展会论坛活动数量和财政支出均"],
     comparison="yoy", **SINCE,
     note="压减一半以上: a cut of at least half → growth −50, bound ge (on the size of the "
          "cut, 以上 outside the span); one mention (均) covering two metrics: one fact, the "
          "first metric primary, the second in alts")
fact("分别压减88.5%", "88.5%", value=-88.5, unit="%", kind="growth",
     metric="创建示范项目", metric_alts=["创建示范", "创建示范项目数量"],
     comparison="yoy", **SINCE, note="分别 list; 项目 distributes over both items")
fact("、37.5%。全省", "37.5%", value=-37.5, unit="%", kind="growth",
     metric="评比表彰项目", metric_alts=["评比表彰", "评比表彰项目数量"],
     comparison="yoy", **SINCE)

# ---- lines 25-26: closing of the review (no facts) -------------------------------------
g.neg("过去一年，我们在风雨", "过去一年", PERIOD_NOTE + "; the review year 2024, used as "
      "the period text of the review facts")
g.neg("在千帆竞渡中", "千帆竞渡", "idiom 千帆竞渡, not a quantity")
g.neg("拼出了一份", "一份", "一 + classifier used as article")
g.neg("成绩单", "成绩单", "成绩单 'report card'; 单 is not a number")
g.neg("的每一点进步", "一点", "每一点 'every bit', not a quantity")
g.neg("的每一处积极变化", "一处", "每一处 'every', not a quantity")

# ---- lines 27-29: 2025 targets ---------------------------------------------------------
g.neg("二、2025年工作安排", "二、", MARKER_NOTE)
g.neg("二、2025年工作安排", "2025年", PERIOD_NOTE + " (section heading: the plan's year)")
g.neg("2025年是“十四五”", "2025年", PERIOD_NOTE)
g.neg("是“十四五”规划", "十四五", "plan name 十四五")
g.neg("省委十三届六次全会", "十三届六次全会", "meeting label (十三届六次全会), not a quantity")
TARGET_NOTE = "主要预期目标 → target; 今年 = 2025"
fact("地区生产总值增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="地区生产总值", metric_alts=["生产总值", "GDP", "经济增长", "地区生产总值增速"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 左右 → approx")
fact("零售总额增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **TARGET, note=TARGET_NOTE)
fact("工业增加值增长6%左右", "6%", value=6, unit="%", kind="growth", bound="approx",
     metric="规模以上工业增加值", metric_alts=["规上工业增加值"],
     comparison="yoy", **TARGET, note=TARGET_NOTE)
fact("预算收入增长3%", "3%", value=3, unit="%", kind="growth",
     metric="地方一般公共预算收入", metric_alts=["一般公共预算收入"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; no 左右 → eq")
fact("价格涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 涨幅 = growth of the price level")
fact("城镇调查失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
     note=TARGET_NOTE + "; a rate (share of the labour force), not a growth")
fact("城镇新增就业110万人以上", "110万人", value=1100000, unit="count", kind="count",
     bound="ge", classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数"],
     **TARGET, note=TARGET_NOTE + "; 以上 → ge, outside the span")
fact("粮食产量1285万吨", "1285万吨", value=12850000, unit="t", kind="amount",
     metric="粮食产量", metric_alts=["粮食总产量"], **TARGET, note=TARGET_NOTE)

g.write(
    date="2025-01-15",
    source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST}",
    title="2025年广东省政府工作报告",
    notes=(
        "Date: the delivery date in the report's header line (line 3, outside the excerpt): "
        "——2025年1月15日在广东省第十四届人民代表大会第三次会议上 (corpus meta agrees). Title: "
        "line 1 of the source, outside the excerpt (check_gold.py warns that it is not in "
        "the text). Excerpt: lines 22–29 (2,262 characters): the last item of the 2024 review "
        "(九是 risks), 稳企业, the government's own work, the closing of the review, then "
        "二、2025年工作安排 up to the 主要预期目标. The denser review items (lines 14–21) are "
        "not contiguous with the targets within 2,500 characters, so this run was chosen "
        "to have both, as briefed. Periods: lines 22–26 review 过去一年 = 2024 (actual); "
        "facts with no period of their own carry period text 过去一年 with "
        "2024-01-01..2024-12-31 (document frame, null in period_alts); 四季度 (line 22) = "
        "2024-10-01..2024-12-31 for the housing-sales pair, and the later facts of that "
        "paragraph keep the year with the literal 四季度 inheritance as an alt; 全年 (line 23) "
        "and 一年来 (line 24) = 2024; the share 保交房交付率 is a stock at 2024-12-31. "
        "Line 29: 今年 = 2025, 主要预期目标 → modality target (左右 → approx, 以上 → ge). "
        "预计…超6900亿元 → forecast."),
)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(facts), "facts,", len(g.lines) - len(facts), "negatives")
