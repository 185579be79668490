"""Gold annotations for nw_cctv_20230820_shandong_2023 (corpora/heldout/).

央视网消息（新闻联播）, 2023-08-20: 【新时代新征程新伟业——实干笃行】山东加快推动绿色低碳
高质量发展.  The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20230820_shandong_2023.txt (a short 新闻联播 item, far shorter
than a usual excerpt, so all of it is taken), copied by code from the source bytes, never
retyped.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20230820_shandong_2023.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20230820_shandong_2023"
PLACE = "山东省"
REF = "2023-08-20"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "山东加快推动绿色低碳高质量发展"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="【新时代新征程新伟业——实干笃行】", ends="全链条绿色制造体系。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2023-08-20, the broadcast date; 今年 = 2023).
H1 = P("今年上半年", "2023-01-01", "2023-06-30")
H1_B = P("上半年", "2023-01-01", "2023-06-30")
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, REF)]
RECENT = P("不久前", None, REF)
RECENT_ALTS = [P("不久前", REF, REF), P("不久前", None, None)]

SD = dict(subject="山东省", subject_alts=["山东", "全省"])
GDP_ALTS = ["山东省生产总值", "地区生产总值", "GDP", "经济总量", "国内生产总值"]
TECH_ALTS = ["技改投资额", "技术改造投资", "完成技改投资", "工业技改投资", "技改投资增速"]

# ---- line 1: title (no numerals) ------------------------------------------------------------

# ---- line 2: no numerals --------------------------------------------------------------------

# ---- line 3 ---------------------------------------------------------------------------------
g.neg("今年上半年，山东省生产总值", "今年上半年", PERIOD_NOTE)
g.fact("生产总值同比增长6.2%", "6.2%", value=6.2, unit="%", kind="growth",
       metric="生产总值", metric_alts=GDP_ALTS + ["生产总值增速", "GDP增速"],
       **SD, period=H1, comparison="yoy", note="同比 → yoy")
g.fact("经济总量44125亿元", "44125亿元", value=4.4125e12, unit="CNY", kind="amount",
       metric="经济总量",
       metric_alts=["生产总值", "地区生产总值", "GDP", "山东省生产总值", "GDP总量",
                    "生产总值总量"],
       **SD, period=H1, note="亿元 ×1e8; 经济总量 = the H1 GDP level")
g.fact("位居全国第三", "第三", value=3, unit="rank", kind="rank", scope="全国",
       metric="经济总量",
       metric_alts=["生产总值", "地区生产总值", "GDP", "GDP总量", "生产总值总量"],
       **SD, period=H1, note="rank of the level just named (README §3: metric after 总量); "
                               "scope 全国, span without the scope word")
g.neg("上半年实施投资500万元", "上半年", PERIOD_NOTE)
g.neg("实施投资500万元以上技改项目", "500万元",
      "threshold defining the counted projects (500万元以上, SPEC §2), part of the metric of "
      "9296个, not a fact")
g.fact("技改项目9296个", "9296个", value=9296, unit="count", kind="count", classifier="个",
       metric="投资500万元以上技改项目",
       metric_alts=["500万元以上技改项目", "技改项目", "实施投资500万元以上技改项目",
                    "投资500万元以上技术改造项目", "技术改造项目", "技改项目数量",
                    "投资500万元以上技改项目数量", "实施技改项目"],
       **SD, period=H1_B, note="the threshold is part of the metric (SPEC §2); 上半年 = H1 2023")
g.fact("技改投资同比增长10.2%", "10.2%", value=10.2, unit="%", kind="growth",
       metric="技改投资", metric_alts=TECH_ALTS, **SD, period=H1_B, comparison="yoy",
       note="同比 → yoy")
IVA_ALTS = ["工业增加值增速", "规模以上工业增加值", "规上工业增加值"]
g.fact("工业增加值同比增长6.9%", "6.9%", value=6.9, unit="%", kind="growth",
       metric="工业增加值", metric_alts=IVA_ALTS, **SD, period=H1_B, comparison="yoy",
       note="拉动工业增加值同比增长6.9%: the growth of industrial value added that the "
            "technical upgrading drove (not a contribution in pp); 同比 → yoy")
g.neg("较一季度加快", "一季度", "period expression (Q1 2023) naming the comparison basis "
      "(较一季度 → comparison), not a fact")
g.fact("加快1个百分点", "1个百分点", value=1, unit="pp", kind="change",
       metric="工业增加值增速",
       metric_alts=["工业增加值", "工业增加值同比增速", "规模以上工业增加值增速"],
       **SD, period=H1_B, comparison="较一季度",
       note="pp difference of growth rates (H1 6.9 % vs Q1) → metric …增速 (README §3); "
            "comparison the surface basis 较一季度 (it is not a period)")

# ---- line 4 ---------------------------------------------------------------------------------
g.neg("将一项关键指标", "一项", "indefinite article 一项 ('a' key indicator), not a count")
g.fact("新增12000吨钢丝", "12000吨", value=12000, unit="t", kind="amount",
       metric="新增钢丝订单",
       metric_alts=["钢丝订单", "新增钢丝", "钢丝大订单", "订单", "新增订单", "钢丝订单量",
                    "新增钢丝订单量", "大订单"],
       subject="生产轮胎钢丝的企业",
       subject_alts=["这家生产轮胎钢丝的企业", "轮胎钢丝企业", "诸城轮胎钢丝企业",
                     "山东潍坊诸城轮胎钢丝企业", "诸城市", "山东潍坊诸城", "国际轮胎巨头"],
       period=None,
       note="the order the (unnamed) wire maker in 诸城 won: 12000 t of steel wire; the maker "
            "owns it (the buyer as an alt); no period in the line → null")

g.neg("钢丝的大订单", "订单", "lexicalized 订单 'order'; 单 is not a quantity")

# ---- line 5 ---------------------------------------------------------------------------------
g.neg("不久前，首条年产", "首条", "first-of-kind claim 首条 (the first line), not a rank")
g.fact("首条年产1000吨", "1000吨", value=1000, unit="t", kind="amount",
       metric="无水染色产业化生产线年产能",
       metric_alts=["无水染色产业化生产线产能", "年产能", "产能", "生产线年产能",
                    "无水染色生产线年产能", "无水染色产能", "无水染色年产能", "年产",
                    "无水染色产业化生产线年产量", "年产量"],
       subject="青岛纺织企业",
       subject_alts=["无水染色产业化生产线", "首条年产1000吨无水染色产业化生产线",
                     "青岛纺织企业无水染色产业化生产线", "青岛", "青岛市", "纺织企业"],
       period=RECENT, period_alts=RECENT_ALTS,
       note="designed capacity of the line (年产 → rate in the metric, base unit t, README "
            "§3); the Qingdao textile firm that developed it owns it, the line as an alt; "
            "the line has passed its technical appraisal (已经通过技术鉴定) → actual; "
            "不久前 → null..reference date (alts the instant and text only), as 近日")

# ---- line 6 ---------------------------------------------------------------------------------
g.neg("绿色制造名单的项目", "名单", "lexicalized 名单 'list'; 单 is not a quantity")
g.fact("名单的项目有567个", "567个", value=567, unit="count", kind="count", classifier="个",
       metric="列入国家绿色制造名单的项目",
       metric_alts=["国家绿色制造名单项目", "绿色制造名单项目", "列入国家绿色制造名单项目",
                    "国家绿色制造项目", "列入国家绿色制造名单的项目数量", "项目"],
       **SD, period=NOW, period_alts=NOW_ALTS,
       note="目前 → a stock at the reference date")
g.fact("其中绿色工厂223家", "223家", value=223, unit="count", kind="count", classifier="家",
       metric="绿色工厂",
       metric_alts=["国家级绿色工厂", "绿色工厂数量", "国家绿色工厂"],
       **SD, period=NOW, period_alts=NOW_ALTS,
       note="part of the 567 projects (其中); period 目前 continues in the line")
g.fact("数量居全国第二位", "第二位", value=2, unit="rank", kind="rank", scope="全国",
       metric="绿色工厂数量",
       metric_alts=["绿色工厂", "国家级绿色工厂数量", "列入国家绿色制造名单的项目数量",
                    "列入国家绿色制造名单的项目", "数量"],
       **SD, period=NOW, period_alts=NOW_ALTS,
       note="数量 right after 绿色工厂223家 → the rank of the green-factory count (judgement "
            "call; the 567 listed projects as an alt metric); scope 全国; span 第二位 "
            "(ordinal marker + number + 位, without the scope word)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 ("
    f"{len(text)} characters with the final newline, a byte copy made by code): a short "
    "新闻联播 item, so all of it is taken. Title: the headline of line 1 without the column "
    "tag 【新时代新征程新伟业——实干笃行】. Date: 2023-08-20, the broadcast date of the source "
    "meta and INDEX.tsv (file name of the daily transcript and the 央视网 URL); the text "
    "agrees (latest data 今年上半年, published in July 2023). 今年 = 2023, 上半年 / 今年上半年 = "
    "2023-01-01..06-30, 一季度 = Q1 2023 (only as a comparison basis). Place: 山东省 (a story "
    "about one province; 山东 → 山东省). Subjects: the province owns GDP, technical-upgrade "
    "and green-manufacturing figures; the unnamed wire maker in 诸城 its 12000吨 order; the "
    "Qingdao textile firm the capacity of its anhydrous-dyeing line. Periods: line 4 has "
    "none → null; 不久前 → null..reference date; 目前 → the reference date (stocks). "
    "Negatives: 今年上半年, 上半年, 一季度 (periods), 500万元 (threshold of the counted "
    "projects), 一项 (article), 首条 (first-of-kind), 订单/名单 (lexicalized 单).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 新闻联播 item, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
