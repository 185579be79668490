"""Gold annotations for nw_cctv_20240319_central_2024 (corpora/).

央视网消息（新闻联播）, 2024-03-19: 【新思想引领新征程】中部地区开创高质量发展新局面.
The excerpt is the whole source, lines 1-8 of
shared/texts/news/nw_cctv_20240319_central_2024.txt (a short 新闻联播 item of 1,149
characters, so all of it is taken), copied by code from the source bytes, never retyped.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20240319_central_2024.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20240319_central_2024"
PLACE = "中部地区"                        # places.toml: 中部地区 (中部六省, 中部六省份 as aliases)
REF = "2024-03-19"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 8                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "中部地区开创高质量发展新局面"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="【新思想引领新征程】", ends="奋力谱写中国式现代化新篇章。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
REGION_NOTE = "region name 中部六省 (= 中部地区, places.toml alias), not a count of provinces"
PHASE_NOTE = "phase label 一期 (README §2), not a quantity"
BATCH_NOTE = "quantifier 一批 (SPEC §1), not a count"

# Periods (reference date 2024-03-19, the broadcast day).  2023年 = 2023 (governs line 5);
# 今年 = 2024 (lines 6-7; plans for the year).  Line 3 states no period before its numbers
# (今年以来 comes after them) and a news item has no document period → null.
Y23 = P("2023年", "2023-01-01", "2023-12-31")
Y23_END = P("2023年", "2023-12-31", "2023-12-31")
Y24 = P("今年", "2024-01-01", "2024-12-31")
Y24_ALTS = [P("今年", "2024-01-01", REF), P("今年", None, None)]

CR = dict(subject="中部地区", subject_alts=["中部六省", "中部", "中部六省份"])
HN = dict(subject="湖南省", subject_alts=["湖南"])
AH = dict(subject="安徽省", subject_alts=["安徽"])

# ---- line 1: title (no numerals) --------------------------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.neg("（新闻联播）：中部六省承东启西", "中部六省", REGION_NOTE)
g.neg("今年，中部六省在实施", "中部六省", REGION_NOTE)

# ---- line 3 ----------------------------------------------------------------------------
g.fact("在山西太原，20万吨电子铜箔", "20万吨", value=2e5, unit="t", kind="amount",
       metric="电子铜箔产能",
       metric_alts=["电子铜箔年产能", "电子铜箔项目产能", "电子铜箔一期项目产能", "产能",
                    "年产能", "电子铜箔", "电子铜箔生产能力"],
       subject="电子铜箔一期项目",
       subject_alts=["20万吨电子铜箔一期项目", "电子铜箔项目", "太原电子铜箔项目", "太原市",
                     "山西省太原市", "山西省"],
       modality="target",
       note="capacity written into the project's name (README §2) → 电子铜箔产能 (年产 not "
            "written: X产能, alt X年产能). Judgement call on modality: only the first phase "
            "(一期) went into production, and 20万吨 names the whole project, so the full "
            "capacity is not yet reached → target (the actual reading, 投产, was weighed). No "
            "period before it in its line (今年以来 follows) and no document period → null")
g.neg("20万吨电子铜箔一期项目", "一期", PHASE_NOTE)
g.neg("订单已经排到了6月份", "订单", "lexicalized 订单 'order'; 单 is not a quantity")
g.neg("订单已经排到了6月份", "6月份", "date (the month orders reach), not a fact")
g.fact("总投资150亿元的光伏", "150亿元", value=1.5e10, unit="CNY", kind="amount",
       metric="总投资",
       metric_alts=["投资", "投资额", "光伏超级工厂总投资", "光伏超级工厂投资", "项目总投资"],
       subject="光伏超级工厂",
       subject_alts=["上饶光伏超级工厂", "光伏超级工厂项目", "光伏超级工厂一期产线", "上饶市",
                     "江西省上饶市", "江西省"],
       modality="target",
       note="the factory owns its total investment; only its first production line (一期产线) "
            "is in production, the rest still to be built → target, as the 20万吨 just "
            "before (judgement call); no period → null")
g.neg("光伏超级工厂一期产线", "一期", PHASE_NOTE)
g.neg("中部地区一批先进制造业", "一批", BATCH_NOTE)

# ---- line 4 ----------------------------------------------------------------------------
g.fact("江西、湖南六省组成", "六省", value=6, unit="count", kind="count", classifier="省",
       metric="省份",
       metric_alts=["组成省份", "省", "省份数量", "组成省份数量", "所辖省份"],
       **CR,
       note="由…六省组成: the number of provinces making up the region (the six are named) "
            "→ a count with classifier 省 (judgement call: a count of the region's members, "
            "unlike the region name 中部六省 elsewhere in the text); no period → null")
g.neg("党的十八大以来", "十八大", "congress name 十八大 inside the period expression 党的十八大"
      "以来, not a quantity")
g.neg("要求中部六省紧扣", "中部六省", REGION_NOTE)

# ---- line 5 ----------------------------------------------------------------------------
g.neg("数据显示，2023年，中部地区", "2023年", PERIOD_NOTE)
g.fact("中部地区生产总值27.0万亿元", "27.0万亿元", value=2.7e13, unit="CNY", kind="amount",
       metric="生产总值",
       metric_alts=["地区生产总值", "GDP", "中部地区生产总值", "经济总量"],
       **CR, period=Y23,
       note="万亿元 = 1e4 × 1e8 → 2.7e13 CNY; 中部地区生产总值 = 中部地区 (subject) + 生产总值 "
            "(metric, as 吉林省地区生产总值 in nw_cctv_20240428_northeast_2024)")
g.fact("稳定在全国的22%左右", "22%", value=22, unit="%", kind="share", bound="approx",
       metric="经济总量占全国比重",
       metric_alts=["经济总量占全国的比重", "经济总量占全国", "经济总量占比", "占全国比重",
                    "经济总量", "生产总值占全国比重", "地区生产总值占全国比重", "占全国的比重",
                    "GDP占全国比重"],
       **CR, period=Y23,
       note="左右 → approx (outside the span); share of the national total → share; 2023年 "
            "governs")
g.fact("累计建成70家全国重点实验室", "70家", value=70, unit="count", kind="count",
       classifier="家", metric="全国重点实验室",
       metric_alts=["累计建成全国重点实验室", "建成全国重点实验室", "全国重点实验室数量",
                    "重点实验室", "已建成全国重点实验室"],
       **CR, period=Y23_END, period_alts=[Y23, P("2023年", None, "2023-12-31")],
       note="累计建成 → a stock (SPEC §4): instant at the end of the governing 2023年 (the "
            "literal year as an alt)")
g.fact("国家先进制造业集群8个", "8个", value=8, unit="count", kind="count", classifier="个",
       metric="国家先进制造业集群",
       metric_alts=["优势领域国家先进制造业集群", "先进制造业集群", "培育国家先进制造业集群",
                    "国家先进制造业集群数量", "培育优势领域国家先进制造业集群"],
       **CR, period=Y23_END, period_alts=[Y23, P("2023年", None, "2023-12-31")],
       note="judgement call on the period: read as the stock of national clusters the region "
            "has (parallel to 累计建成…, and unlike the 新培育认定 that follows) → instant at "
            "the end of 2023; the literal year 2023 as an alt")
XJR_ALTS = ["新培育认定专精特新“小巨人”企业", "专精特新小巨人企业", "新培育认定专精特新小巨人企业",
            "“小巨人”企业", "小巨人企业", "专精特新“小巨人”企业增量", "专精特新小巨人企业增量",
            "专精特新“小巨人”企业数量", "新培育专精特新“小巨人”企业"]
g.fact("“小巨人”企业584家", "584家", value=584, unit="count", kind="count", classifier="家",
       metric="专精特新“小巨人”企业", metric_alts=XJR_ALTS, **CR, period=Y23,
       note="new firms recognised in 2023 (新培育认定): a flow over the year; counted noun as "
            "metric, 增量 as alt (README §3)")

# ---- line 6 ----------------------------------------------------------------------------
g.fact("湖南紧盯35个领域", "35个", value=35, unit="count", kind="count", classifier="个",
       metric="需攻克技术清单领域",
       metric_alts=["领域", "技术清单领域", "需攻克的技术清单领域", "攻关领域", "技术攻关领域",
                    "领域数量", "紧盯领域"],
       **HN, period=Y24, period_alts=Y24_ALTS, modality="target",
       note="今年…紧盯…力争: the fields of this year's list of technologies to crack (a plan) "
            "→ target; 今年 → 2024")
g.neg("力争取得一批原创性成果", "一批", BATCH_NOTE)
g.fact("重组升级110家省属重点实验室", "110家", value=110, unit="count", kind="count",
       classifier="家", metric="省属重点实验室",
       metric_alts=["重组升级省属重点实验室", "重组升级的省属重点实验室", "省属重点实验室数量",
                    "重组升级省属重点实验室数量", "重点实验室"],
       **AH, period=Y24, period_alts=Y24_ALTS, modality="target",
       note="今年…要重组升级 → target; 今年 → 2024")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("人工智能计算中心一道", "一道", "adverb 一道 'together', not a count")
g.fact("集纳了300多万条农业知识", "300多万条", value=3e6, unit="count", kind="count",
       classifier="条", bound="gt", metric="农业知识",
       metric_alts=["集纳农业知识", "农业知识条数", "农业知识数量", "农业知识条目", "知识"],
       subject="智能农事问答平台",
       subject_alts=["郑州智能农事问答平台", "人工智能研发的智能农事问答平台", "郑州市",
                     "河南省郑州市", "河南省"],
       period=P("今年", REF, REF),
       period_alts=[Y24] + Y24_ALTS + [P("今年", None, REF)],
       note="多 inside the span → gt; the platform owns its content; 集纳了 = holds now (a "
            "stock) → instant; 今年 of the 湖北 sentence still governs the line (SPEC §4) but "
            "ends after the reference date, so the instant is the reference date (the year, "
            "the year to date, null as alts)")
g.neg("预计3月底上线", "3月底", "date (planned launch, end of March 2024), not a fact")
g.neg("打造一批示范场景", "一批", BATCH_NOTE)

# ---- line 8 ----------------------------------------------------------------------------
g.neg("面向未来，中部六省", "中部六省", REGION_NOTE)

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-8 ("
    f"{len(text)} characters, a byte copy made by code): a short 新闻联播 item (under 2,000 "
    "characters), so all of it is taken. Title: the headline of line 1 without the column tag "
    "【新思想引领新征程】 (as nw_cctv_20240428_northeast_2024). Date: 2024-03-19, the broadcast "
    "date of the source meta (file name of the daily transcript and the 查看原文 URL); the text "
    "agrees: full-year 2023 figures (2023年) and this year's plans (今年), a platform 预计3月底"
    "上线 (still ahead), orders booked to 6月份. 今年 = 2024 (2024-01-01..2024-12-31; year to "
    "date and null as alts); 2023年 = 2023; there is no 全年/上年. Place: 中部地区 "
    "(places.toml lists 中部六省/中部六省份 as its aliases); provincial plans take the "
    "province (湖南省, 安徽省), projects and the 郑州 platform own their numbers (city and "
    "province as alts). Periods: a line is a paragraph; line 3 (projects) states no period "
    "before its numbers → null; 2023年 governs line 5, its stocks (累计建成70家, the 8 national "
    "clusters) are instants at 2023-12-31; 今年 governs lines 6-7, the 郑州 platform's "
    "300多万条 (a stock, 集纳了) is the instant at the reference date. Judgement calls: 由…六省"
    "组成 → a count fact (6 provinces; the name 中部六省 elsewhere → negative); 20万吨 and "
    "150亿元 of projects of which only phase 1 is in production → target; the 8 clusters as a "
    "stock; 35个领域 of 湖南's technology list → target count. Negatives: 中部六省 ×4 (region "
    "name), 一期 ×2 (phase), 6月份, 3月底 (dates), 订单 (word), 一批 ×3, 十八大, 2023年 (period), 一道 "
    "(adverb).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
