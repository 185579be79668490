"""Gold annotations for nw_cctv_20210526_yrd_2021 (corpora/).

央视网消息（新闻联播）, 2021-05-26: 长三角一体化：同下一盘棋 开创新格局.
The excerpt is the whole source, lines 1-7 of
shared/texts/news/nw_cctv_20210526_yrd_2021.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20210526_yrd_2021.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20210526_yrd_2021"
PLACE = "长三角地区"
REF = "2021-05-26"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 7                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "长三角一体化：同下一盘棋 开创新格局"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
YRD_NOTE = "place name 长三角 (the Yangtze River Delta); 三 is not a quantity"
APPOS_NOTE = ("appositive {} 'the {} just named' (a reference to the member provinces, like "
              "三地/三省市 in nw_cctv_20170225_jjj_2017), not a quantity claim")

# Periods (reference date 2021-05-26, the broadcast date).
NOW = P("如今", REF, REF)                                  # line 3: stock at the reference date
NOW_ALTS = [P("如今", None, REF), P("如今", None, None)]
YEAR_PLUS = P("短短一年多", None, REF)                     # line 4: 'in just over a year'
YEAR_PLUS_ALTS = [P("短短一年多", REF, REF), P("短短一年多", None, None)]
Q1 = P("今年一季度", "2021-01-01", "2021-03-31")          # line 5
Y2020 = P("2020年", "2020-01-01", "2020-12-31")            # line 6
Y2020_END = P("2020年", "2020-12-31", "2020-12-31")

YRD_ALTS = ["长三角", "长三角区域", "长三角三省一市", "三省一市", "上海、江苏、浙江、安徽",
            "上海市、江苏省、浙江省、安徽省", "沪苏浙皖", "长江三角洲地区", "长江三角洲"]
YRD = dict(subject="长三角地区", subject_alts=YRD_ALTS)

# ---- line 1: title ---------------------------------------------------------------------
g.neg("长三角一体化：", "长三角", YRD_NOTE)
g.neg("同下一盘棋", "一盘棋", "idiom 一盘棋 'one chessboard' (acting as a whole), not a "
      "quantity (as in nw_cctv_20170225_jjj_2017)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("：长三角是我国", "长三角", YRD_NOTE)
g.neg("一年来，长三角", "一年来", PERIOD_NOTE + " (since the strategy's anniversary; no fact "
      "depends on it)")
g.neg("一年来，长三角", "长三角", YRD_NOTE)
g.neg("长三角三省一市", "三省一市", APPOS_NOTE.format("三省一市", "three provinces and one "
                                                      "municipality (江苏、浙江、安徽 and 上海)"))
g.neg("高质量两个关键词", "两个", "appositive 两个 restating the two keywords just named "
      "(一体化和高质量), as 这两个计划单列市 in nw_yicai: not a count claim")
g.neg("推动长三角一体化", "长三角", YRD_NOTE)

# ---- line 3 ----------------------------------------------------------------------------
g.neg("如今的长三角", "长三角", YRD_NOTE)
g.neg("长三角高铁总里程", "长三角", YRD_NOTE)
g.fact("总里程突破6000公里", "6000公里", value=6000e3, unit="m", kind="amount", bound="gt",
       metric="高铁总里程",
       metric_alts=["高铁里程", "高铁营业里程", "高铁总里程数", "高铁运营里程", "长三角高铁总里程"],
       **YRD, period=NOW, period_alts=NOW_ALTS,
       note="突破 → gt (outside the span); 公里 → ×1e3 m; a stock (the network's length, 最新"
            "数据显示) under 如今 earlier in the line → instant at the reference date (alts "
            "null..ref, null)")
g.fact("覆盖区域内90%以上的地级市", "90%", value=90, unit="%", kind="share", bound="ge",
       metric="高铁覆盖地级市比例",
       metric_alts=["高铁覆盖的地级市比例", "覆盖地级市比例", "覆盖区域内地级市比例",
                    "高铁覆盖区域内地级市比例", "高铁覆盖率", "地级市高铁覆盖率",
                    "高铁覆盖地级市占比", "高铁覆盖的地级市占比", "覆盖的地级市比例",
                    "地级市覆盖率"],
       **YRD, period=NOW, period_alts=NOW_ALTS,
       note="the share of the region's prefecture-level cities reached by high-speed rail; "
            "以上 → ge (outside the span); a share of a stock → instant (如今)")
g.neg("成为长三角人才", "长三角", YRD_NOTE)

# ---- line 4 ----------------------------------------------------------------------------
g.neg("随着长三角《", "长三角", YRD_NOTE)
g.neg("《G60科创走廊", "G60", "expressway number G60 (沪昆高速) inside the name of a plan "
      "(G60科创走廊), not a quantity")
g.neg("短短一年多", "一年多", PERIOD_NOTE + " ('in just over a year': the time frame of the "
      "counts after it, like 近三年来 in README §2, not a duration fact)")
g.neg("皖北小城界首", "界首", "place name 界首 (Jieshou, 安徽); 首 is not a quantity or rank")
JS_CITY = dict(subject="界首市", subject_alts=["界首", "皖北小城界首", "安徽省界首市", "安徽界首",
                                               "皖北界首"])
g.fact("就有了2个院士工作站", "2个", value=2, unit="count", kind="count", classifier="个",
       metric="院士工作站",
       metric_alts=["院士工作站数量", "院士工作站增量", "院士工作站数量增量", "新增院士工作站",
                    "建立院士工作站"],
       **JS_CITY, period=YEAR_PLUS, period_alts=YEAR_PLUS_ALTS,
       note="界首 (a county-level city of 阜阳, 安徽) → 界首市; counted noun as metric, the "
            "increment reading (就有了 within a year) as alts (README §3); 短短一年多 governs: "
            "an unknown start before the reference date → null..ref, as 近年来 in 001 (alts: "
            "the stock instant at the reference date, null)")
g.fact("和6个院士科研中心", "6个", value=6, unit="count", kind="count", classifier="个",
       metric="院士科研中心",
       metric_alts=["院士科研中心数量", "院士科研中心增量", "院士科研中心数量增量",
                    "新增院士科研中心", "建立院士科研中心"],
       **JS_CITY, period=YEAR_PLUS, period_alts=YEAR_PLUS_ALTS,
       note="as 2个院士工作站")
g.neg("带动当地一批", "一批", "vague quantifier 一批 'a batch of' (README §2)")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("为长三角经济", "长三角", YRD_NOTE)
g.neg("、长三角生态绿色一体化发展示范区之后", "长三角", YRD_NOTE)
g.neg("又一个落地", "一个", "indefinite article 一个 (又一个 'yet another'), not a count")
g.neg("落地长三角的", "长三角", YRD_NOTE)
g.neg("等一批国家级", "一批", "vague quantifier 一批 'a batch of' (README §2)")
g.neg("今年一季度，长三角", "今年一季度", PERIOD_NOTE)
g.neg("今年一季度，长三角", "长三角", YRD_NOTE)
GDP_ALTS = ["GDP", "地区生产总值", "生产总值", "经济总量", "GDP增速", "国内生产总值增速",
            "经济增速"]
g.fact("国内生产总值增长18.9%", "18.9%", value=18.9, unit="%", kind="growth",
       metric="国内生产总值", metric_alts=GDP_ALTS, **YRD, period=Q1, comparison="yoy",
       note="the region's GDP (the text says 国内生产总值; GDP/地区生产总值 as alts); growth "
            "without a basis → yoy; 今年一季度 → 2021 Q1")
SHARE = "国内生产总值占全国比重"
SHARE_ALTS = ["占全国比重", "GDP占全国比重", "地区生产总值占全国比重", "经济总量占全国比重",
              "国内生产总值占全国的比重", "GDP占全国的比重", "占全国的比重", "全国占比",
              "国内生产总值全国占比", "GDP全国占比", "占比"]
g.fact("提升至24.6%", "24.6%", value=24.6, unit="%", kind="share", metric=SHARE,
       metric_alts=SHARE_ALTS, **YRD, period=Q1,
       note="the region's share of national GDP; 提升至 → the level reached, eq (the rise "
            "itself has no numeral); elided head 国内生产总值 restored")
CONTRIB_ALTS = ["对全国经济增长的贡献率", "贡献率", "经济增长贡献率", "对经济增长贡献率",
                "对全国经济增长贡献", "全国经济增长贡献率", "长三角对全国经济增长贡献率"]
g.fact("贡献率达25.1%", "25.1%", value=25.1, unit="%", kind="share",
       metric="对全国经济增长贡献率", metric_alts=CONTRIB_ALTS, **YRD, period=Q1,
       note="contribution rate = the region's share of national GDP growth → share (as "
            "贡献率 in nw_chinanews/nw_sina golds); 达 → eq")
g.neg("过去一直是个", "一直", "adverb 一直 'all along', not a quantity")
g.neg("苏、浙、沪两省一市", "两省一市", APPOS_NOTE.format("两省一市", "two provinces and one "
                                                          "municipality (苏、浙 and 沪)"))
g.fact("等七项举措", "七项", value=7, unit="count", kind="count", classifier="项",
       metric="举措",
       metric_alts=["出台举措", "出台的举措", "生态环境共保联治举措", "生态环境共保联治等举措",
                    "跨区域水系治理举措", "举措数量", "措施", "治理举措"],
       subject="江苏省", subject_alts=["江苏"], period=Q1,
       period_alts=[P("今年一季度", None, None), P("过去", None, REF)],
       note="count of policy measures (as 七条措施 in 001, README §2); 等 names one of them, "
            "so the counted noun 举措 is the metric; 江苏省 issued them. Period: 今年一季度 "
            "earlier in the line governs by SPEC §4 (the text does not date the measures; "
            "the null reading and 过去 (…过去一直是个老大难问题, read as a replacing frame) "
            "as alts) — judgement call, as the 2.5亿元 of nw_cctv_20240828_anhui")
g.neg("“各管一段”", "一段", "idiom 各管一段 'each manages its own stretch', not a length")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("2020年，长三角地区", "2020年", PERIOD_NOTE)
g.neg("2020年，长三角地区", "长三角", YRD_NOTE)
g.fact("长三角地区41个城市", "41个", value=41, unit="count", kind="count", classifier="个",
       metric="城市",
       metric_alts=["城市数量", "长三角地区城市", "城市个数", "地级以上城市", "长三角城市",
                    "长三角地区城市数量"],
       **YRD, period=Y2020_END, period_alts=[Y2020, P("2020年", None, None)],
       note="the number of cities of the region (the set over which PM2.5 is averaged, but not "
            "a threshold, so a fact of its own, as 广东、江苏、山东三省份 in nw_sina_20220122); a "
            "stock under 2020年 → instant at its end (README §5 stock rule; the year and null as "
            "alts)")
g.neg("城市PM2.5平均浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a "
      "quantity")
PM_ALTS = ["PM2.5浓度", "PM2.5年均浓度", "细颗粒物平均浓度", "细颗粒物浓度", "PM2.5平均浓度值",
           "城市PM2.5平均浓度", "细颗粒物(PM2.5)平均浓度"]
PM_SUBJ = dict(subject="长三角地区", subject_alts=YRD_ALTS + ["长三角地区41个城市", "41个城市"])
g.fact("平均浓度35微克/立方米", "35微克/立方米", value=35, unit="微克/立方米", kind="amount",
       metric="PM2.5平均浓度", metric_alts=PM_ALTS, **PM_SUBJ, period=Y2020,
       note="annual mean concentration over the region's 41 cities; μg/m³ has no canonical "
            "unit in SPEC §3 → the surface unit is kept (as wr_jiangsu_2025)")
g.neg("比5年前下降", "5年前", "comparison basis 5年前 (2015, SPEC §4: a basis is "
      "`comparison`, not a period), not a duration fact")
g.fact("下降了30%多", "30%", value=-30, unit="%", kind="growth", bound="gt",
       metric="PM2.5平均浓度", metric_alts=PM_ALTS + ["PM2.5平均浓度降幅", "PM2.5浓度降幅"],
       **PM_SUBJ, period=Y2020, comparison="比5年前",
       note="下降 → negative value; 多 after the unit is a bound word outside the span (like "
            "以上 after 94%) → gt, read as a bound on the size of the fall as written (as 压缩"
            "一半以上 → −50 ge in wr_china_2019); comparison = the surface basis 比5年前 (2020 "
            "vs 2015)")
SEC_ALTS = ["国考断面", "地表水国考断面数量", "国考断面数量", "地表水国考断面个数", "地表水断面",
            "地表水国控断面"]
g.fact("333个地表水国考断面", "333个", value=333, unit="count", kind="count",
       classifier="个", metric="地表水国考断面", metric_alts=SEC_ALTS, **YRD,
       period=Y2020_END, period_alts=[Y2020, P("2020年", None, None)],
       note="the number of national surface-water assessment sections in the region; the "
            "sentence continues the 2020 长三角 figures (2020年 earlier in the line governs); "
            "a stock → instant at the end of 2020 (the year and null as alts), as 41个城市")
g.neg("优Ⅲ类水质", "Ⅲ类", "water-quality class threshold (优Ⅲ类及以上 = class Ⅲ or better), "
      "part of the metric of 90%, not a quantity")
g.fact("比例超过90%", "90%", value=90, unit="%", kind="share", bound="gt",
       metric="地表水国考断面优Ⅲ类水质及以上比例",
       metric_alts=["优Ⅲ类水质及以上比例", "地表水国考断面优Ⅲ类水质比例", "地表水国考断面优Ⅲ比例",
                    "国考断面优Ⅲ类水质及以上比例", "国考断面优Ⅲ比例", "地表水国考断面水质优Ⅲ类比例",
                    "优Ⅲ类水质比例", "优Ⅲ比例", "水质优Ⅲ类比例", "地表水优Ⅲ类水质比例"],
       **YRD, period=Y2020,
       note="超过 → gt (outside the span); share of the 333 sections (annual assessment) → the "
            "year 2020")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("在长三角生态绿色", "长三角", YRD_NOTE)
g.neg("“一张蓝图管全域”", "一张蓝图管全域", "slogan 一张蓝图管全域 'one blueprint governs the "
      "whole area', not a count")
g.neg("国内首份", "首份", "first-of-its-kind claim 首份 'the first', not a measured rank")
g.neg("“一个标准管准入”", "一个标准管准入", "slogan 一个标准管准入 'one standard governs market "
      "access', not a count")
g.neg("老百姓切实", "老百姓", "lexicalized 老百姓 'ordinary people'; 百 is not a quantity")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-7 (a byte copy "
    "made by code): a short 新闻联播 item, so all of it is taken. Date: 2021-05-26, the "
    "broadcast date given by the source meta (file name of the daily xwlb JSON, pubtime "
    "2021-05-26 19:29); nothing contradicts it: 一年来 refers to the year since the 长三角 "
    "一体化 plan's implementation, 今年一季度 (2021 Q1) is the latest statistical period and "
    "2020年 the last full year. Place: a story about one region → 长三角地区 (the shared meta: "
    "长三角地区（上海、江苏、浙江、安徽）); the region owns its figures (alts 长三角, 长三角区域, "
    "三省一市, the four provinces, 长江三角洲); 界首 → 界首市 for its academician centers, "
    "江苏省 for the 七项举措. Periods: 如今 (line 3) → instant 2021-05-26 for the rail network "
    "(a stock; alts null..ref, null); 短短一年多 (line 4) → null..ref (start unknown, as "
    "近年来 in 001; alts the stock instant, null); 今年一季度 = 2021-01-01..2021-03-31 "
    "(line 5), governing the rest of the line, including 江苏's 七项举措 by SPEC §4 (a "
    "judgement call: the measures are undated; null and 过去 as alts); 2020年 (line 6) = the "
    "year 2020 for the PM2.5 and water-quality figures, instant 2020-12-31 for the counts of "
    "cities (41) and sections (333) (year and null as alts); 比5年前 is the comparison basis "
    "of the −30% (gt: 下降了30%多). Negatives: every 长三角 (place name), 一盘棋 (idiom), "
    "一年来 / 短短一年多 / 今年一季度 / 2020年 (periods), 5年前 (basis), 三省一市 / 两省一市 / "
    "两个(关键词) (appositives), G60 (expressway label), 界首 (place name), 一批 ×2, 一个 "
    "(又一个), 一直, 一段 (各管一段), PM2.5, Ⅲ类 (class threshold), the slogans 一张蓝图管全域 / "
    "一个标准管准入, 首份 (first-of-kind), 老百姓 (lexicalized).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
