"""Gold annotations for nw_cctv_20241219_gba_trade_2024 (corpora/).

央视网消息（新闻联播）, 2024-12-19: 粤港澳大湾区内地九市外贸创新高 电子信息产业飞速发展.
The excerpt is the whole source, lines 1-5 of
shared/texts/news/nw_cctv_20241219_gba_trade_2024.txt (a short news item of 464 characters,
so all of it is taken), copied by code from the source bytes, never retyped.  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20241219_gba_trade_2024.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20241219_gba_trade_2024"
PLACE = "粤港澳大湾区"                   # the gazetteer's region (places.toml [regions])
REF = "2024-12-19"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 5                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "粤港澳大湾区内地九市外贸创新高 电子信息产业飞速发展"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="为区域经济发展注入了新活力。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
NINE_NOTE = ("part of the group name 粤港澳大湾区内地九市 ('the nine mainland cities of the "
             "Greater Bay Area', the owner of the figures), an appositive label like 三省一市 / "
             "两省一市 in nw_cctv_20210526_yrd_2021, not a quantity claim")

# Periods (reference date 2024-12-19, the broadcast day): 今年前11个月 = 2024-01-01..
# 2024-11-30 (cumulative; customs publish January-November trade in mid-December);
# 今年 … 已达 (line 5) = the year so far, 2024-01-01..the reference date.
M11 = P("今年前11个月", "2024-01-01", "2024-11-30")
YTD = P("今年", "2024-01-01", REF)
YTD_ALTS = [P("今年", "2024-01-01", "2024-12-31"), P("今年", REF, REF),
            P("今年", "2024-01-01", "2024-11-30")]

GBA9_ALTS = ["大湾区内地九市", "粤港澳大湾区", "大湾区", "内地九市", "广东省",
             "粤港澳大湾区内地9市", "珠三角九市", "珠三角地区"]
GBA9 = dict(subject="粤港澳大湾区内地九市", subject_alts=GBA9_ALTS, period=M11)
SZ = dict(subject="深圳市", subject_alts=["深圳", "广东省深圳市"], period=M11)

# ---- line 1: title -------------------------------------------------------------------------
g.neg("粤港澳大湾区内地九市外贸创新高", "九市", NINE_NOTE + " (title)")

# ---- line 2 (lead: 今年以来 has no numeral) -----------------------------------------------
g.neg("今年以来，粤港澳大湾区内地九市的", "九市", NINE_NOTE)

# ---- line 3 ------------------------------------------------------------------------------
g.neg("据深圳海关统计，今年前11个月", "今年前11个月", PERIOD_NOTE)
g.neg("今年前11个月，粤港澳大湾区内地九市进出口", "九市", NINE_NOTE)
TRADE_ALTS = ["进出口", "进出口规模", "外贸进出口总值", "外贸总值", "进出口总额", "外贸进出口",
              "外贸", "进出口额", "外贸进出口总额"]
g.fact("进出口总值7.95万亿元", "7.95万亿元", value=7.95e12, unit="CNY", kind="amount",
       metric="进出口总值", metric_alts=TRADE_ALTS, **GBA9,
       note="the nine mainland cities own the figure (the region 粤港澳大湾区 / 大湾区 and "
            "广东省, where all nine lie, as alts); 今年前11个月 → Jan-Nov 2024")
g.fact("同比增长10.3%", "10.3%", value=10.3, unit="%", kind="growth", metric="进出口总值",
       metric_alts=TRADE_ALTS + ["进出口总值增速", "进出口增速"], **GBA9, comparison="yoy",
       note="同比 → yoy")
g.fact("全国增速5.4个百分点", "5.4个百分点", value=5.4, unit="pp", kind="change",
       metric="进出口总值增速",
       metric_alts=["进出口增速", "增速", "进出口总值", "外贸增速", "进出口总值同比增速"],
       **GBA9, comparison="比同期全国",
       note="高出同期全国增速X个百分点: pp difference of growth rates (10.3% vs the national "
            "rate) → metric X增速, comparison the surface basis (as 比工业投资, README §6); "
            "同期 is the comparison's period, the same Jan-Nov")
g.fact("占全国进出口总值的20%", "20%", value=20, unit="%", kind="share",
       metric="进出口总值占全国比重",
       metric_alts=["占全国进出口总值比重", "占全国进出口总值的比重", "进出口总值占全国的比重",
                    "进出口总值全国占比", "进出口占全国比重", "外贸占全国比重", "占全国比重",
                    "全国占比", "占全国进出口总值"],
       **GBA9, note="the nine cities' share of national trade (a share of a flow → Jan-Nov)")
g.neg("电子信息产业一直是", "一直", "adverb 一直 'all along', not a quantity")

ITEMS = [("数字照相机", "118.5%", "63.7%"), ("3D打印机", "55%", "85.4%"),
         ("液晶电视机", "17.5%", "69.1%")]
g.neg("数字照相机、3D打印机", "3D", "product name 3D打印机 ('3D printer'), not a quantity")
for i, (item, growth, share) in enumerate(ITEMS):
    exp = item + "出口"
    alts = [exp + "额", exp + "值", exp + "总值", "出口" + item, item]
    g.fact("分别增长118.5%、55%、17.5%", growth, value=float(growth[:-1]), unit="%",
           kind="growth", metric=exp, metric_alts=alts + [exp + "增速"], **GBA9,
           comparison="yoy",
           note=f"分别 list, value {i + 1} of 3 → {exp}; 其中 refers to the region's trade "
                "(大湾区外贸) → subject the nine cities; 同比 → yoy" if i == 0 else
                f"分别 list, value {i + 1} of 3 → {exp}")
    g.fact("分别占全国同类商品的63.7%、85.4%、69.1%", share, value=float(share[:-1]), unit="%",
           kind="share", metric=exp + "占全国比重",
           metric_alts=[exp + "占全国同类商品比重", exp + "占全国同类商品的比重",
                        exp + "占全国的比重", exp + "全国占比", exp + "占比",
                        "占全国同类商品比重", "占全国同类商品的比重", "占全国比重", item + "占全国比重",
                        item + "占全国同类商品比重"],
           **GBA9,
           note=f"分别 list, value {i + 1} of 3: the region's {exp} as a share of the national "
                "exports of the same goods (占全国同类商品的X%; a share of a flow → Jan-Nov)")

# ---- line 4 ------------------------------------------------------------------------------
g.neg("\n今年前11个月，大湾区内地九市中", "今年前11个月", PERIOD_NOTE)
g.neg("大湾区内地九市中，深圳市", "九市", NINE_NOTE)
SZ_ALTS = TRADE_ALTS + ["进出口总值"]
g.fact("深圳市进出口4.11万亿元", "4.11万亿元", value=4.11e12, unit="CNY", kind="amount",
       metric="进出口", metric_alts=SZ_ALTS, **SZ,
       note="深圳市 owns its figures (大湾区内地九市中, 深圳市…: one of the nine); line 4's own "
            "今年前11个月 → Jan-Nov 2024")
g.fact("居全国内地城市首位", "首位", value=1, unit="rank", kind="rank", scope="全国内地城市",
       metric="进出口",
       metric_alts=SZ_ALTS + ["进出口排名", "进出口规模排名", "进出口总值排名"],
       **SZ, note="首位 → 1 (as nw_cctv_20200104_xinjiang_ports_2019); scope 全国内地城市 "
                  "outside the span; the rank of the trade value just given")
g.fact("同比增长17.4%", "17.4%", value=17.4, unit="%", kind="growth", metric="进出口",
       metric_alts=SZ_ALTS + ["进出口增速", "进出口总值增速"], **SZ, comparison="yoy")
g.fact("贡献度达33%", "33%", value=33, unit="%", kind="share",
       metric="对全国外贸增长的贡献度",
       metric_alts=["对同期全国外贸增长的贡献度", "对全国外贸增长贡献度", "贡献度",
                    "外贸增长贡献度", "对全国外贸增长的贡献率", "对全国外贸增长贡献率", "贡献率",
                    "对全国外贸增长的贡献"],
       **SZ, note="contribution (贡献度/贡献率) → share (as 贡献率 in the other golds); 达 → eq; "
                  "同期 = the same Jan-Nov. 已超去年全年进出口总值 has no numeral: no fact")

# ---- line 5 ------------------------------------------------------------------------------
g.fact("货物总值已达9862.3亿元", "9862.3亿元", value=9.8623e11, unit="CNY", kind="amount",
       metric="进出口货物总值",
       metric_alts=["经港珠澳大桥珠海公路口岸进出口货物总值", "进出口货值",
                    "货物总值", "进出口总值", "进出口"],
       subject="港珠澳大桥珠海公路口岸",
       subject_alts=["珠海公路口岸", "港珠澳大桥", "港珠澳大桥珠海口岸", "珠海市", "珠海",
                     "粤港澳大湾区内地九市", "粤港澳大湾区", "大湾区"],
       period=YTD, period_alts=YTD_ALTS,
       note="goods passing the bridge's Zhuhai road port: the port owns the figure (README "
            "§4: a facility); 今年…已达 'has reached this year so far' → 2024-01-01..the "
            "reference date (judgement call; the whole year, the instant at the reference "
            "date and Jan-Nov as alts); 已达 → eq")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-5 (464 characters, "
    "a byte copy made by code): a short 新闻联播 item, so all of it is taken. Date: "
    "2024-12-19, the broadcast date given by the source meta and INDEX.tsv (file name of the "
    "daily transcript and the 查看原文 URL); the text agrees: customs (深圳海关) publish "
    "January-November trade in mid-December, and 今年前11个月 is the latest period. 今年 = "
    "2024; 去年全年 (line 4, no numeral) = 2023. Place: 粤港澳大湾区 (the gazetteer region; "
    "the shared meta: 粤港澳大湾区内地九市（广东省）). Subjects: the figures of line 3 belong "
    "to 粤港澳大湾区内地九市 (the nine mainland cities, all in 广东省; 大湾区内地九市, "
    "粤港澳大湾区, 大湾区, 广东省 as alts: the region as a whole would include Hong Kong and "
    "Macao, so it is not the primary subject); 深圳市 owns line 4; 港珠澳大桥珠海公路口岸 "
    "owns line 5 (珠海, 大湾区 as alts). Periods: 今年前11个月 = 2024-01-01..2024-11-30, "
    "stated at the head of lines 3 and 4; all figures there are flows or shares of flows "
    "over it (同期 in 高出同期全国增速 / 对同期全国外贸增长 is the same span). Line 5: 今年…"
    "已达 → 2024-01-01..2024-12-19 (alts: the whole year, the reference-date instant, "
    "Jan-Nov). Judgement calls: 高出同期全国增速5.4个百分点 → change (pp) of 进出口总值增速, "
    "comparison 比同期全国; 贡献度达33% → share; 居全国内地城市首位 → rank 1 of 深圳市's trade, "
    "scope 全国内地城市; the three export items: growth and national share (占全国同类商品) "
    "each, subject the nine cities (其中 = of the region's trade). Negatives: 九市 ×4 (group "
    "name 内地九市), 今年前11个月 ×2 (periods), 3D (product name 3D打印机), 一直 (adverb).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
