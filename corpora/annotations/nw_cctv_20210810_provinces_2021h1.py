"""Gold annotations for nw_cctv_20210810_provinces_2021h1 (corpora/).

央视网消息（新闻联播）, 2021-08-10: 上半年各地经济稳中向好.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20210810_provinces_2021h1.txt (a short news item, so all of it
is taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20210810_provinces_2021h1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20210810_provinces_2021h1"
PLACE = "中国"
REF = "2021-08-10"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "上半年各地经济稳中向好"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2021-08-10: 上半年 / 今年上半年 / 1—6月 = 2021-01-01..2021-06-30;
# 去年同期 is the comparison basis of 比去年同期增长, not a period)
H1_THIS = P("今年上半年", "2021-01-01", "2021-06-30")
H1 = P("上半年", "2021-01-01", "2021-06-30")
M6 = P("1—6月", "2021-01-01", "2021-06-30")


def end_of(period):
    """The stock reading of a count under a flow period: instant at its end."""
    return P(period["text"], period["end"], period["end"])


GX = dict(subject="广西壮族自治区", subject_alts=["广西"])
XM = dict(subject="厦门市", subject_alts=["厦门", "福建厦门", "福建省厦门市"])
XJ = dict(subject="新疆维吾尔自治区", subject_alts=["新疆"])
JX = dict(subject="江西省", subject_alts=["江西"])

# ---- line 1: title ---------------------------------------------------------------------
g.neg("上半年各地经济稳中向好\n", "上半年", PERIOD_NOTE + " (title)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("新闻联播）：上半年各地", "上半年", PERIOD_NOTE + " (no number follows in the line)")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("今年上半年，西部陆海新通道", "今年上半年", PERIOD_NOTE)
TRAIN = "班列开行"
TRAIN_ALTS = ["班列开行量", "开行班列", "班列", "班列开行数量", "西部陆海新通道班列开行",
              "西部陆海新通道班列开行量", "西部陆海新通道班列", "累计开行班列", "班列累计开行",
              "开行", "开行列数", "班列开行列数"]
CORRIDOR = dict(subject="西部陆海新通道",
                subject_alts=["西部陆海新通道班列", "西部陆海新通道铁海联运班列", "中国", "全国"])
g.fact("班列累计开行2705列", "2705列", value=2705, unit="count", kind="count",
       classifier="列", metric=TRAIN, metric_alts=TRAIN_ALTS, **CORRIDOR, period=H1_THIS,
       period_alts=[end_of(H1_THIS)],
       note="trains run on the corridor in the first half (累计 = the running total over "
            "今年上半年, a flow: it is compared with the same period of 2020) → the span H1 "
            "2021; the instant at its end as an alt; the corridor owns the number (中国 as an "
            "alt: the document's place)")
g.fact("同比增加1431列", "1431列", value=1431, unit="count", kind="count", classifier="列",
       metric=TRAIN + "增量",
       metric_alts=["班列开行量增量", "开行班列增量", "班列增量", "班列开行数量增量",
                    "西部陆海新通道班列开行增量", "增加班列", "同比增加班列", "开行增量"],
       **CORRIDOR, period=H1_THIS,
       note="absolute change of a count (同比增加) → the level's kind, signed +1431, metric "
            "<level>增量 (SPEC §2); comparison null as for other absolute changes (README §6: "
            "non-growth facts)")
g.fact("增幅达112.3%", "112.3%", value=112.3, unit="%", kind="growth", metric=TRAIN,
       metric_alts=TRAIN_ALTS + ["班列开行增幅", "增幅", "班列开行增速", "开行增幅"],
       **CORRIDOR, period=H1_THIS, comparison="yoy",
       note="增幅 = the growth of the same level over the same period (同比 of the clause "
            "before) → yoy; 达 → eq (1431 / (2705 − 1431) = 112.3 %)")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("上半年，广西实现", "上半年", PERIOD_NOTE)
GX_TRADE_ALTS = ["外贸进出口总值", "外贸进出口额", "进出口", "进出口总值", "外贸进出口总额",
                 "进出口总额", "外贸"]
g.fact("外贸进出口2902亿元", "2902亿元", value=2902e8, unit="CNY", kind="amount",
       metric="外贸进出口", metric_alts=GX_TRADE_ALTS, **GX, period=H1)
g.fact("比去年同期增长33.9%", "33.9%", value=33.9, unit="%", kind="growth",
       metric="外贸进出口", metric_alts=GX_TRADE_ALTS + ["外贸进出口增速"], **GX, period=H1,
       comparison="yoy", note="比去年同期 → yoy (去年同期 is the basis, not a period)")
g.neg("对“一带一路”沿线", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
BRI = "对“一带一路”沿线国家进出口"
BRI_ALTS = ["对一带一路沿线国家进出口", "与“一带一路”沿线国家进出口", "与一带一路沿线国家进出口",
            "对“一带一路”沿线国家进出口额", "对一带一路沿线国家进出口额", "“一带一路”沿线国家进出口",
            "一带一路沿线国家进出口", "对沿线国家进出口", "沿线国家进出口"]
g.fact("沿线国家进出口1554.8亿元", "1554.8亿元", value=1554.8e8, unit="CNY", kind="amount",
       metric=BRI, metric_alts=BRI_ALTS, **GX, period=H1,
       note="其中: part of 广西's trade; 上半年 of the line governs")
g.fact("1554.8亿元，增长34.1%", "34.1%", value=34.1, unit="%", kind="growth", metric=BRI,
       metric_alts=BRI_ALTS + ["对“一带一路”沿线国家进出口增速", "对一带一路沿线国家进出口增速"],
       **GX, period=H1, comparison="yoy", note="growth without basis → yoy")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("韧性，依托高校、科研院所等长期积累的创新能力，上半年", "上半年", PERIOD_NOTE)
g.fact("产值增长近4倍", "4倍", value=4, unit="times", kind="ratio", bound="approx",
       metric="生物与新医药产业链产值",
       metric_alts=["生物与新医药产业链", "生物与新医药产业产值", "生物与新医药产业链产值增长倍数",
                    "厦门生物与新医药产业链产值", "生物医药产业链产值"],
       subject="厦门市",
       subject_alts=XM["subject_alts"] + ["厦门生物与新医药产业链", "生物与新医药产业链"],
       period=H1,
       note="增长N倍 → kind ratio, unit times, value as written (as 增长3.3、1.4、1.1倍 in "
            "nw_chinanews); 近 → approx (outside the span); comparison null (ratio facts "
            "carry none); 福建厦门 → 厦门市 (short forms as alts); 上半年 before it governs")
FIRMS_SUBJ = dict(subject="厦门市",
                  subject_alts=XM["subject_alts"] + ["全市", "国家级生物医药高新技术企业",
                                                     "厦门市国家级生物医药高新技术企业",
                                                     "全市358家国家级生物医药高新技术企业",
                                                     "358家国家级生物医药高新技术企业",
                                                     "生物医药高新技术企业"])
g.fact("全市358家国家级", "358家", value=358, unit="count", kind="count", classifier="家",
       metric="国家级生物医药高新技术企业",
       metric_alts=["国家级生物医药高新技术企业数量", "生物医药高新技术企业",
                    "生物医药高新技术企业数量", "国家级生物医药高新技术企业个数",
                    "国家级高新技术企业"],
       subject="厦门市", subject_alts=XM["subject_alts"] + ["全市"],
       period=H1, period_alts=[end_of(H1), P("上半年", None, REF), P("上半年", None, None)],
       note="全市 → 厦门市 (the city of the paragraph, not the document's place 中国); "
            "counted noun as metric; 上半年 earlier in the line governs: the firms whose "
            "first-half output follows → the span (no stock word such as 总数达到/已有); the "
            "instant 2021-06-30 and open readings as alts")
IO = "国家级生物医药高新技术企业工业产值"
IO_ALTS = ["工业产值", "生物医药高新技术企业工业产值", "国家级生物医药高新技术企业产值",
           "生物医药工业产值", "生物医药高新技术企业产值", "实现工业产值"]
g.fact("工业产值超388亿元", "388亿元", value=388e8, unit="CNY", kind="amount", bound="gt",
       metric=IO, metric_alts=IO_ALTS, **FIRMS_SUBJ, period=H1,
       note="超 → gt (outside the span); the firms' output, city as subject and the sector "
            "as alts (README §4); 上半年 governs")
g.fact("同比增长129%", "129%", value=129, unit="%", kind="growth", metric=IO,
       metric_alts=IO_ALTS + ["工业产值增速", "国家级生物医药高新技术企业工业产值增速"],
       **FIRMS_SUBJ, period=H1, comparison="yoy")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("营商环境，1—6月", "1—6月", PERIOD_NOTE)
ENT_ALTS = ["新设立市场主体数量", "新设市场主体", "新设市场主体数量", "新登记市场主体",
            "新增市场主体", "市场主体增量", "市场主体", "新设立市场主体户数", "新设立的市场主体"]
g.fact("新设立市场主体23.4万户", "23.4万户", value=23.4e4, unit="count", kind="count",
       classifier="户", metric="新设立市场主体", metric_alts=ENT_ALTS, **XJ, period=M6,
       note="户 is a classifier (SPEC §3); 万 ×1e4; counted noun (新设立 kept, as 新建…基地 in "
            "README §3, the 增量 reading as alt); 1—6月 → H1 2021")
g.fact("同比增长6.4%", "6.4%", value=6.4, unit="%", kind="growth", metric="新设立市场主体",
       metric_alts=ENT_ALTS + ["新设立市场主体增速"], **XJ, period=M6, comparison="yoy")
g.fact("注册资本金3518亿元", "3518亿元", value=3518e8, unit="CNY", kind="amount",
       metric="新设立市场主体注册资本金",
       metric_alts=["注册资本金", "注册资本", "新设立市场主体注册资本", "新设市场主体注册资本金",
                    "新设市场主体注册资本", "新登记市场主体注册资本"],
       **XJ, period=M6,
       note="the registered capital of the newly established entities: elided head restored "
            "(README §3), the surface 注册资本金 as alt")
g.fact("投入500亿元新建", "500亿元", value=500e8, unit="CNY", kind="amount",
       metric="高标准电子信息产业园区投入",
       metric_alts=["投入", "电子信息产业园区投入", "电子信息产业园区投资", "高标准电子信息产业园区投资",
                    "产业园区投资", "产业园区投入", "新建高标准电子信息产业园区投入",
                    "新建电子信息产业园区投资", "电子信息产业园区建设投资"],
       subject="江西省",
       subject_alts=["江西", "高标准电子信息产业园区", "电子信息产业园区"],
       period=M6, period_alts=[P("1—6月", None, None)],
       note="the money put into building the park (投入500亿元新建的…园区); 江西 → 江西省 (the "
            "park as alt); the text does not date the investment: 1—6月 earlier in the line "
            "(新疆 clause, before the ；) still governs by SPEC §4 (as the 2.5亿元 investment in "
            "nw_cctv_20240828), null reading as an alt")
g.neg("知名企业，上半年，电子信息", "上半年", PERIOD_NOTE)
EI = "电子信息产业营业收入"
EI_ALTS = ["营业收入", "电子信息产业营收", "电子信息产业主营业务收入", "营收",
           "电子信息产业实现营业收入"]
JX_EI = dict(subject="江西省", subject_alts=["江西", "江西省电子信息产业", "江西电子信息产业",
                                           "电子信息产业"])
g.fact("营业收入2927.6亿元", "2927.6亿元", value=2927.6e8, unit="CNY", kind="amount",
       metric=EI, metric_alts=EI_ALTS, **JX_EI, period=H1,
       note="a sector of the province: the province as subject, the sector as alts (README "
            "§4); 上半年 replaces 1—6月 (same dates)")
g.fact("同比增长41.1%", "41.1%", value=41.1, unit="%", kind="growth", metric=EI,
       metric_alts=EI_ALTS + ["电子信息产业营业收入增速", "营业收入增速"], **JX_EI, period=H1,
       comparison="yoy")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 (a byte copy "
    "made by code): a short 新闻联播 item, so all of it is taken. Date: 2021-08-10, the "
    "broadcast date given by the source meta (file name of the daily transcript, pubtime "
    "2021-08-10 19:26); the text agrees: first-half (上半年 / 1—6月) data, released in "
    "July/August. Place: a round-up of several provinces' first-half economy → 中国 (the "
    "source meta says 多省份); every fact takes the region the text names (official names "
    "广西壮族自治区, 新疆维吾尔自治区, 江西省; short forms as alts); 福建厦门 and 全市 (in the "
    "厦门 paragraph) → 厦门市; the 西部陆海新通道 owns its train runs (中国 as alt); sector "
    "figures (358 firms' output, 电子信息产业 revenue) keep the city/province as subject, "
    "the sector as alts (README §4). Periods: 上半年 / 今年上半年 / 1—6月 = "
    "2021-01-01..2021-06-30, each governing the rest of its line; 比去年同期 is a comparison "
    "basis (yoy). Judgement calls: 累计开行2705列 is the first-half flow (span; the instant "
    "2021-06-30 as alt); 同比增加1431列 → count +1431, metric 班列开行增量, comparison null; "
    "增长近4倍 → ratio 4 times, approx; 358家 → the first-half span (instant as alt); the "
    "江西 investment 投入500亿元 inherits 1—6月 from the 新疆 clause of the same line (SPEC "
    "§4 literal rule; null as alt). Negatives: 上半年 ×4, 今年上半年, 1—6月 (periods), "
    "一带一路 (initiative name).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
