"""Gold annotations for nw_cctv_20210314_shandong_2021 (corpora/).

央视网消息（新闻联播）, 2021-03-14: 山东新旧动能转换初见成效.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20210314_shandong_2021.txt (a short 新闻联播 item, 524 characters,
far shorter than a normal excerpt, so all of it is taken), copied by code from the source
bytes, never retyped.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20210314_shandong_2021.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20210314_shandong_2021"
PLACE = "山东省"
REF = "2021-03-14"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "山东新旧动能转换初见成效"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="山东新旧动能转换初见成效", ends="提高到44.5%。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2021-03-14, the broadcast day).  2020年 / 全年 = 2020.  三年来 /
# 经过三年 = the three full years before the reference year (SPEC §4, as 近三年) = 2018..2020,
# which is also the life of the 新旧动能转换综合试验区 (approved by the State Council in January
# 2018: 三年前).
Y2020 = P("2020年", "2020-01-01", "2020-12-31")
Y2020_END = P("2020年", "2020-12-31", "2020-12-31")
THREE = P("三年来", "2018-01-01", "2020-12-31")
THREE_ALTS = [P("三年来", "2018-01-01", REF), P("三年来", None, None)]

SD = dict(subject="山东省", subject_alts=["山东", "全省"])

# ---- line 1: title, no numerals ------------------------------------------------------------

# ---- line 2 ------------------------------------------------------------------------------
g.neg("：三年前，山东", "三年前", PERIOD_NOTE + " (a point three years back, the approval "
      "of the zone in 2018; not a duration fact; no figure depends on it)")
g.neg("这是我国第一个以新旧", "第一个", "first-of-its-kind claim (第一个 … 区域发展战略), not a "
      "measured rank or a count (as 首批/首座, README §2)")
g.neg("经过三年的发展", "三年", PERIOD_NOTE + " (经过三年 = 2018..2020, as 三年来; not a "
      "duration fact; no figure in its sentence)")

# ---- line 3 ------------------------------------------------------------------------------
g.neg("提出了“三个坚决”", "三个坚决", "slogan “三个坚决” (the three 坚决 listed after it), a "
      "label, not a count claim")
g.neg("。2020年，山东全年", "2020年", PERIOD_NOTE)
g.fact("压减焦化产能729万吨", "729万吨", value=-729e4, unit="t", kind="amount",
       metric="焦化产能增量",
       metric_alts=["压减焦化产能", "焦化产能压减", "焦化产能", "焦化产能减少",
                    "压减的焦化产能", "焦化产能压减量"],
       **SD, period=Y2020,
       note="压减 X吨 = an absolute cut of a level (SPEC §2, as 调减77万亩 / 压减 in "
            "wr_hebei_2025 and wr_hunan_2025): signed −729万吨, metric = the level + 增量, "
            "the verb readings as alts; 万吨 ×1e4 → t; 2020年/全年 → 2020")
g.fact("退出地炼产能1176万吨", "1176万吨", value=1176e4, unit="t", kind="amount",
       metric="退出地炼产能",
       metric_alts=["地炼产能退出", "退出的地炼产能", "地炼产能", "地炼退出产能",
                    "退出地方炼油产能", "地炼产能退出量"],
       **SD, period=Y2020,
       note="capacity retired (退出), read like 淘汰产能 (nw_cctv_20170805_hubei_2017) and 关停"
            "小火电机组 (wr_china_2010): a positive quantity with the verb in the metric "
            "(judgement call: unlike 压减 just before, 退出 names the capacity taken out, not "
            "a cut of a stated level); 地炼 = local oil refining; 2020")
g.fact("关停化工生产企业超过1500家", "1500家", value=1500, unit="count", kind="count",
       bound="gt", classifier="家", metric="关停化工生产企业",
       metric_alts=["累计关停化工生产企业", "化工生产企业", "关停的化工生产企业",
                    "关停化工生产企业数量", "关停化工企业", "化工企业"],
       **SD, period=Y2020_END,
       period_alts=[Y2020, P("2020年", None, "2020-12-31"),
                    P("2020年", "2018-01-01", "2020-12-31")],
       note="超过 → gt (outside the span); 累计关停 = cumulative closures up to the end of "
            "2020 (stock rule, README §5: a cumulative fact under a flow frame → the instant "
            "at the frame's end); alts: the literal 2020 frame, null..end-2020 and the three "
            "years 2018-2020 of the conversion drive")
g.neg("投资500万元以上工业技改项目", "500万元",
      "threshold defining the counted projects (投资500万元以上, SPEC §2: part of the "
      "count's metric), not a fact")
g.fact("技改项目超过70000个", "70000个", value=70000, unit="count", kind="count",
       bound="gt", classifier="个", metric="投资500万元以上工业技改项目",
       metric_alts=["500万元以上工业技改项目", "工业技改项目", "实施投资500万元以上工业技改项目",
                    "技改项目", "投资500万元以上工业技改项目数量", "工业技改项目数量",
                    "实施工业技改项目"],
       **SD, period=Y2020,
       note="超过 → gt; threshold in the metric (SPEC §2); 与此同时 keeps 2020年 of the line")
g.fact("完成技改超过4000亿元", "4000亿元", value=4000e8, unit="CNY", kind="amount",
       bound="gt", metric="技改投资",
       metric_alts=["完成技改", "技改", "工业技改投资", "技改投资额", "完成技改投资", "技术改造投资",
                    "工业技改"],
       **SD, period=Y2020,
       note="完成技改 … 亿元 = the money spent on technical upgrading (技改投资; the written "
            "完成技改 / 技改 as alts); 超过 → gt; 2020")
g.fact("同比增长17.6%", "17.6%", value=17.6, unit="%", kind="growth", metric="技改投资",
       metric_alts=["完成技改", "技改", "工业技改投资", "技改投资额", "完成技改投资", "技术改造投资",
                    "工业技改"],
       **SD, period=Y2020, comparison="yoy",
       note="the growth of the 技改 amount just given (level and growth share the metric); "
            "同比 → yoy")

# ---- line 4 ------------------------------------------------------------------------------
g.fact("拥有全部41个工业大类", "41个", value=41, unit="count", kind="count", classifier="个",
       metric="工业大类",
       metric_alts=["拥有工业大类", "工业大类数量", "全部工业大类", "拥有的工业大类"],
       **SD, period=None, period_alts=[P("拥有", REF, REF)],
       note="Shandong has all 41 major industrial classes (a stock, present tense); no period "
            "in the line and the item has no document period → null; the instant at the "
            "reference date as alt")

# ---- line 5 ------------------------------------------------------------------------------
g.fact("青岛惠科6英寸晶圆", "6英寸", value=6, unit="英寸", kind="amount",
       metric="晶圆尺寸",
       metric_alts=["晶圆", "晶圆直径", "晶圆规格", "6英寸晶圆", "晶圆半导体项目晶圆尺寸"],
       subject="青岛惠科",
       subject_alts=["青岛惠科6英寸晶圆半导体项目", "晶圆半导体项目", "山东省", "青岛"],
       period=None, period_alts=[P("不久前", None, REF)],
       note="a technical magnitude inside a project's name (6英寸晶圆: the wafer diameter of the "
            "line; SPEC §1 quantity-with-unit in a project name, README §2 technical "
            "magnitudes) → fact; 英寸 (inch) has no canonical factor in SPEC §3 (nor in "
            "check_gold) → an unknown unit is kept as written: unit 英寸, value 6 (judgement "
            "call: converting to 0.1524 m would also be defensible; the alternative reading, a wafer-size class label "
            "like a band name, would make it a negative); the project is in production (投产) "
            "→ actual; the size is timeless → null (不久前 as alt)")
g.neg("领域的订单。", "单", "单 of 订单 'order', a word, not a quantity")
g.neg("国内单体产出最大", "单体", "单体 'single unit' (单体产出最大: largest single-site "
      "output), a word, not a quantity or rank")

# ---- line 6 ------------------------------------------------------------------------------
g.neg("三年来，山东新一代", "三年来", PERIOD_NOTE + " (2018..2020; not a 3-year duration fact)")
g.neg("山东新一代信息技术", "一代", "一代 of 新一代信息技术 (an industry name), not a quantity")
g.neg("等“十强”产业", "十强", "set label “十强”产业 (Shandong's ten leading industries), not "
      "a rank or count")
g.fact("比重稳定在50%以上", "50%", value=50, unit="%", kind="share", bound="ge",
       metric="“十强”产业占全省地区生产总值比重",
       metric_alts=["十强产业占全省地区生产总值比重", "“十强”产业占地区生产总值比重",
                    "十强产业占地区生产总值比重", "占全省地区生产总值比重", "“十强”产业占比",
                    "十强产业占比", "“十强”产业增加值占地区生产总值比重",
                    "十强产业增加值占全省地区生产总值比重"],
       **SD, period=THREE, period_alts=THREE_ALTS,
       note="以上 → ge (outside the span); 稳定在 = held over the three years → 三年来 "
            "(2018..2020, SPEC §4 like 近三年); alts: to the reference date, and null")
g.fact("产值占比提高到44.5%", "44.5%", value=44.5, unit="%", kind="share",
       metric="高新技术产业产值占比",
       metric_alts=["高新技术产业产值占规模以上工业产值比重", "高新技术产业占比",
                    "高新技术产业产值比重", "高新技术产业产值占比重"],
       **SD, period=P("三年来", "2020-01-01", "2020-12-31"),
       period_alts=[THREE, P("三年来", "2020-12-31", "2020-12-31"),
                    P("三年来", "2018-01-01", REF), P("三年来", None, None)],
       note="提高到 = the level reached at the end of the three years: the share of an output "
            "(a flow) in the last year, 2020 (judgement call); alts: the literal inheritance "
            "of 三年来 (2018..2020), the end-2020 instant, to the reference date, null")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 (524 characters "
    "with the final newline, a byte copy made by code): a short 新闻联播 item, far below a "
    "usual excerpt, so nothing could be added. Title: line 1 as written. Date: 2021-03-14, "
    "the broadcast date (file name and pubtime 2021-03-14 19:19 in the source meta); the "
    "text agrees (三年前: the 山东新旧动能转换综合试验区 was approved in January 2018; the "
    "latest figures are for 2020年). Place: 山东省; every figure belongs to 山东省 (alt 山东) "
    "except the wafer size of the 青岛惠科 project. Periods: 2020年/全年 = 2020; 累计关停 "
    "under 2020年 → the end-2020 instant (stock rule; 2020 and 2018-2020 as alts); 三年来 = "
    "2018..2020 (SPEC §4, the three full years before the reference year; also the zone's "
    "three years); 提高到44.5% → the level of 2020 (alt the literal 2018..2020); line 4 "
    "(41个工业大类) and line 5 (6英寸) have no period → null. Judgement calls: 压减 → signed "
    "negative 增量 (SPEC §2) but 退出地炼产能 → positive with the verb in the metric (as 淘汰"
    "产能/关停小火电机组 in earlier golds); 6英寸 → a fact with the surface unit 英寸 (value 6; SPEC §3 has no inch factor); 第一个 → negative "
    "(first-of-kind). Negatives: 三年前, 三年 (经过三年), 2020年, 三年来 (periods), 第一个, "
    "三个坚决 (slogan), 500万元 (threshold), 单体, 单 (订单), 一代 (新一代), 十强 (set label).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 新闻联播, via china-data/xwlb assets/2021/20210314.json)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
