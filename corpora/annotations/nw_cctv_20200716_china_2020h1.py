"""Gold annotations for nw_cctv_20200716_china_2020h1 (corpora/).

央视网消息（新闻联播）, 2020-07-16: 上半年国民经济逐步复苏 二季度GDP增速由负转正.
The excerpt is the whole source, lines 1-7 of
shared/texts/news/nw_cctv_20200716_china_2020h1.txt (a short news item, shorter than
2,000 characters, so all of it is taken), copied by code from the source bytes, never
retyped.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20200716_china_2020h1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20200716_china_2020h1"
PLACE = "中国"
REF = "2020-07-16"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 7                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "上半年国民经济逐步复苏 二季度GDP增速由负转正"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="上半年国民经济逐步复苏", ends="提高5.6个百分点。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("date expression naming the comparison basis of the value after it ({}), not "
              "a fact and not its period (SPEC §4: a basis is `comparison`)")
PAIR_NOTE = PERIOD_NOTE + " (inside the from/to pair: governs only its own value, SPEC §4)"

# Periods (reference date 2020-07-16, the broadcast day: 国务院新闻办今天（7月16日）举行的发布会,
# the NBS release of the H1 2020 data).  上半年 / 今年上半年 = 2020-01-01..2020-06-30;
# 一季度 = 2020 Q1; 二季度 = 2020 Q2; 6月份 = June 2020.
H1 = P("上半年", "2020-01-01", "2020-06-30")
H1_TODAY = P("今年上半年", "2020-01-01", "2020-06-30")
Q1 = P("一季度", "2020-01-01", "2020-03-31")
Q2 = P("二季度", "2020-04-01", "2020-06-30")
JUN = P("6月份", "2020-06-01", "2020-06-30")
NULL = P("连续", None, None)

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_ALTS = ["GDP", "国内生产总值总量", "GDP总量", "经济总量", "国内生产总值GDP"]
GDP_G_ALTS = ["GDP", "经济", "经济增长", "经济增速", "国内生产总值增速", "GDP增速", "中国经济",
              "增速"]
IVA = "规模以上工业增加值"
IVA_ALTS = ["规上工业增加值", "工业增加值", "规模以上工业增加值增速"]
SVA = "服务业增加值"
SVA_ALTS = ["服务业", "服务业增加值增速", "服务业增速"]

# ---- line 1: title ---------------------------------------------------------------------
g.neg("上半年国民经济逐步复苏", "上半年", PERIOD_NOTE + " (title; no number follows)")
g.neg(" 二季度GDP增速", "二季度", PERIOD_NOTE + " (title; 由负转正 has no numeral)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("：上半年经济数据显示", "上半年", PERIOD_NOTE + " (no number follows)")
g.neg("，二季度经济增长增速", "二季度", PERIOD_NOTE + " (由负转正 has no numeral)")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("今天（7月16日）", "7月16日", "date on its own (the release day), not a fact")
g.neg("介绍了上半年国民经济", "上半年", PERIOD_NOTE + " (no number follows)")
g.neg("数据显示，上半年，我国", "上半年", PERIOD_NOTE)
g.neg("初步核算，上半年国内生产总值", "上半年", PERIOD_NOTE)
g.fact("国内生产总值456614亿元", "456614亿元", value=456614e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=GDP_ALTS, **CN, period=H1,
       note="preliminary estimate (初步核算) of H1 2020 GDP; national aggregate → 中国")
g.fact("同比下降1.6%", "1.6%", value=-1.6, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=H1, comparison="yoy",
       note="按可比价格计算 (real growth); 同比 → yoy; 下降 → negative")
g.neg("经济增速在二季度由负转正", "二季度",
      PERIOD_NOTE + " (its value is the to-value 3.2% of the pair that follows)")
g.neg("由一季度同比下降6.8%", "一季度", PAIR_NOTE)
g.fact("由一季度同比下降6.8%", "6.8%", value=-6.8, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q1, comparison="yoy",
       note="其中, 经济增速: quarterly GDP growth (the clause's 经济增速, GDP of the sentence "
            "before; 经济增速 as alt); from-value of the pair 由一季度…转为…: 一季度 governs "
            "only its own value → 2020 Q1; 下降 → negative")
g.fact("转为增长3.2%", "3.2%", value=3.2, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q2, comparison="yoy",
       note="to-value of the pair: 经济增速在二季度由负转正 → 2020 Q2; 同比 of the pair → yoy")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("从季度看，二季度规模以上", "二季度", PERIOD_NOTE)
g.neg("增加值由一季度的下降8.4%", "一季度", PAIR_NOTE)
g.fact("由一季度的下降8.4%", "8.4%", value=-8.4, unit="%", kind="growth", metric=IVA,
       metric_alts=IVA_ALTS, **CN, period=Q1, comparison="yoy",
       note="from-value of the pair: 一季度 governs only its own value → 2020 Q1; growth "
            "without basis → yoy; 下降 → negative; 规模以上 is part of the metric (SPEC §2)")
g.fact("转为增长4.4%", "4.4%", value=4.4, unit="%", kind="growth", metric=IVA,
       metric_alts=IVA_ALTS, **CN, period=Q2, comparison="yoy",
       note="to-value of the pair: 二季度 at the head of the clause → 2020 Q2")
g.neg("则是由一季度的下降5.2%", "一季度", PAIR_NOTE)
g.fact("由一季度的下降5.2%", "5.2%", value=-5.2, unit="%", kind="growth", metric=SVA,
       metric_alts=SVA_ALTS, **CN, period=Q1, comparison="yoy",
       note="from-value of the pair → 2020 Q1; 下降 → negative")
g.fact("转为增长1.9%", "1.9%", value=1.9, unit="%", kind="growth", metric=SVA,
       metric_alts=SVA_ALTS, **CN, period=Q2, comparison="yoy",
       note="to-value of the pair; 二季度 of the line still governs (the pair's 一季度 "
            "governs only its own value) → 2020 Q2")

STREAK_NOTE = ("length of the streak (连续N个月, 个月 = 1/12 year), a duration fact as 连续两个月 "
               "in nw_sdsb_20220717 and 连续43个月 in nw_sina_20220812; the streak ends with "
               "June 2020, the latest month of the release → gold period = the streak's "
               "months ({}); alts: the line's governing 二季度 (2020 Q2, literal inheritance), "
               "上半年, null")
STREAK_ALTS = [Q2, H1, NULL]
g.fact("连续三个月保持正增长", "三个月", value=3 / 12, unit="year", kind="amount",
       metric="规模以上工业增加值正增长持续时间",
       metric_alts=["规模以上工业增加值保持正增长持续时间", "规模以上工业增加值连续正增长",
                    "规模以上工业增加值连续保持正增长", "连续保持正增长", "正增长持续时间",
                    "规模以上工业增加值连续正增长的月数", "规上工业增加值正增长持续时间",
                    "工业增加值正增长持续时间"],
       **CN, period=P("连续三个月", "2020-04-01", "2020-06-30"), period_alts=[H1, NULL],
       note=STREAK_NOTE.format("April-June 2020, = 二季度"))
g.fact("连续两个月正增长", "两个月", value=2 / 12, unit="year", kind="amount",
       metric="服务业生产指数正增长持续时间",
       metric_alts=["服务业生产指数连续正增长", "服务业生产指数连续正增长的月数", "连续正增长",
                    "正增长持续时间", "服务业生产指数正增长"],
       **CN, period=P("连续两个月", "2020-05-01", "2020-06-30"), period_alts=STREAK_ALTS,
       note=STREAK_NOTE.format("May-June 2020"))
g.fact("连续四个月降幅收窄", "四个月", value=4 / 12, unit="year", kind="amount",
       metric="社会消费品零售总额降幅收窄持续时间",
       metric_alts=["社会消费品零售总额连续降幅收窄", "社会消费品零售总额降幅连续收窄",
                    "社会消费品零售总额降幅收窄的月数", "降幅收窄持续时间", "连续降幅收窄",
                    "社会消费品零售总额降幅收窄"],
       **CN, period=P("连续四个月", "2020-03-01", "2020-06-30"), period_alts=STREAK_ALTS,
       note=STREAK_NOTE.format("March-June 2020"))
g.fact("出口额连续三个月正增长", "三个月", value=3 / 12, unit="year", kind="amount",
       metric="出口额正增长持续时间",
       metric_alts=["出口额连续正增长", "出口额连续正增长的月数", "出口正增长持续时间",
                    "连续正增长", "正增长持续时间", "出口额正增长"],
       **CN, period=P("连续三个月", "2020-04-01", "2020-06-30"), period_alts=[H1, NULL],
       note=STREAK_NOTE.format("April-June 2020, = 二季度"))

# ---- line 5 ----------------------------------------------------------------------------
g.neg("6月份全国城镇调查失业率", "6月份", PERIOD_NOTE)
UNEMP_ALTS = ["全国城镇调查失业率", "调查失业率", "失业率"]
g.fact("失业率为5.7%", "5.7%", value=5.7, unit="%", kind="share", metric="城镇调查失业率",
       metric_alts=UNEMP_ALTS, **CN, period=JUN,
       note="a rate of a population → share (SPEC §2); 全国 → 中国; 6月份 = June 2020")
g.fact("连续两个月小幅下降", "两个月", value=2 / 12, unit="year", kind="amount",
       metric="城镇调查失业率下降持续时间",
       metric_alts=["城镇调查失业率连续下降", "城镇调查失业率连续下降的月数", "连续小幅下降",
                    "连续下降", "下降持续时间", "失业率下降持续时间", "城镇调查失业率下降"],
       **CN, period=P("连续两个月", "2020-05-01", "2020-06-30"),
       period_alts=[JUN, H1, NULL],
       note="length of the streak (2/12 year, as 失业率连续两个月回落 in nw_sdsb_20220717); "
            "the rate fell in May and June 2020 → the streak's months as gold; alts: the "
            "governing 6月份 (literal inheritance), 上半年, null")
g.neg("。上半年，全国居民人均", "上半年", PERIOD_NOTE)
INC = "全国居民人均可支配收入"
INC_ALTS = ["居民人均可支配收入", "人均可支配收入", "全国居民人均可支配收入增速"]
g.fact("可支配收入15666元", "15666元", value=15666, unit="CNY", kind="amount", metric=INC,
       metric_alts=INC_ALTS[:2], **CN, period=H1,
       note="per-capita income of all residents of the country → subject 中国; the metric "
            "keeps 全国居民 as written (居民人均可支配收入 as alt); 上半年 = H1 2020")
g.fact("同比名义增长2.4%", "2.4%", value=2.4, unit="%", kind="growth", metric=INC,
       metric_alts=INC_ALTS + ["全国居民人均可支配收入名义增速", "名义增速"], **CN, period=H1,
       comparison="yoy", note="同比名义增长 (nominal) → yoy; 名义 not a separate fact")
g.neg("增速比一季度加快", "一季度", BASIS_NOTE.format("1.6个百分点"))
g.fact("加快1.6个百分点", "1.6个百分点", value=1.6, unit="pp", kind="change",
       metric="全国居民人均可支配收入增速",
       metric_alts=["居民人均可支配收入增速", "人均可支配收入增速", "增速", INC,
                    "居民人均可支配收入", "全国居民人均可支配收入名义增速"],
       **CN, period=H1, comparison="比一季度",
       note="pp difference of growth rates (H1 vs Q1) → change, metric <metric>增速 (README "
            "§3); 加快 → positive; comparison = the surface basis 比一季度")
g.neg("较多的四川、贵州", "四川", "place name 四川 (Sichuan); 四 is not a quantity")
RURAL = dict(subject="四川省、贵州省、广西壮族自治区",
             subject_alts=["四川、贵州、广西", "四川、贵州、广西等地", "四川省", "四川", "贵州省",
                           "贵州", "广西壮族自治区", "广西", "贫困人口较多的四川、贵州、广西等地"])
g.fact("都在5.5%—7.6%之间", "5.5%—7.6%", value=5.5, upper=7.6, unit="%", kind="growth",
       metric="农村居民人均可支配收入",
       metric_alts=["农村居民人均可支配收入增速", "农村居民人均可支配收入名义增速",
                    "农村居民人均可支配收入同比名义增长"],
       **RURAL, period=H1, comparison="yoy",
       note="range 5.5%—7.6% → value 5.5, upper 7.6, one fact, span over both ends (as "
            "6%－6.5% in wr_china_2019, 0.7%-6.0% in nw_bjd_20220420); one mention shared by "
            "the named provinces (都在…之间) → one fact, subject the provinces joined by 、 "
            "(as group subjects in nw_chinanews_20211101), each as alt; 上半年 earlier in the "
            "line governs; 同比名义增长 → yoy")
g.neg("今年上半年，社会保障", "今年上半年", PERIOD_NOTE + " (no number follows in its clause)")
g.neg("加强，上半年人均养老金", "上半年", PERIOD_NOTE)
g.fact("离退休金增长9.3%", "9.3%", value=9.3, unit="%", kind="growth",
       metric="人均养老金和离退休金",
       metric_alts=["人均养老金和离退休金收入", "全国居民人均养老金和离退休金", "养老金和离退休金",
                    "人均养老金和离退休金增速"],
       **CN, period=H1, comparison="yoy",
       note="per-capita pension income of the household survey (全国居民, the national "
            "figures of the line) → 中国; growth without basis → yoy")
g.fact("补助收入增长13.2%", "13.2%", value=13.2, unit="%", kind="growth",
       metric="人均社会救济收入和补助收入",
       metric_alts=["人均社会救济收入和补助收入增速", "全国居民人均社会救济收入和补助收入",
                    "社会救济收入和补助收入", "人均社会救济和补助收入"],
       **CN, period=H1, comparison="yoy")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("持续巩固。今年上半年", "今年上半年", PERIOD_NOTE)
g.fact("分别增长5.8%和7.2%", "5.8%", value=5.8, unit="%", kind="growth",
       metric="高技术制造业投资",
       metric_alts=["高技术制造业", "高技术制造业投资增速"],
       **CN, period=H1_TODAY, comparison="yoy",
       note="分别: 高技术制造业投资 ↔ 5.8%, 高技术服务业投资 ↔ 7.2% (elided head 投资 "
            "restored, README §3); growth without basis → yoy; 今年上半年 = H1 2020")
g.fact("分别增长5.8%和7.2%", "7.2%", value=7.2, unit="%", kind="growth",
       metric="高技术服务业投资",
       metric_alts=["高技术服务业", "高技术服务业投资增速"],
       **CN, period=H1_TODAY, comparison="yoy")
g.fact("投资分别增长13.6%、", "13.6%", value=13.6, unit="%", kind="growth",
       metric="医药制造业投资", metric_alts=["医药制造业", "医药制造业投资增速"],
       **CN, period=H1_TODAY, comparison="yoy",
       note="高技术制造业中 (part of it); 分别: 医药制造业投资 ↔ 13.6%, 计算机及办公设备制造业"
            "投资 ↔ 8.2%; 今年上半年 of the line governs")
g.fact("13.6%、8.2%", "8.2%", value=8.2, unit="%", kind="growth",
       metric="计算机及办公设备制造业投资",
       metric_alts=["计算机及办公设备制造业", "计算机及办公设备制造业投资增速"],
       **CN, period=H1_TODAY, comparison="yoy")
g.fact("投资分别增长32.0%", "32.0%", value=32.0, unit="%", kind="growth",
       metric="电子商务服务业投资", metric_alts=["电子商务服务业", "电子商务服务业投资增速"],
       **CN, period=H1_TODAY, comparison="yoy",
       note="高技术服务业中; 分别: 电子商务服务业投资 ↔ 32.0%, 科技成果转化服务业投资 ↔ 21.8%")
g.fact("32.0%、21.8%", "21.8%", value=21.8, unit="%", kind="growth",
       metric="科技成果转化服务业投资",
       metric_alts=["科技成果转化服务业", "科技成果转化服务业投资增速"],
       **CN, period=H1_TODAY, comparison="yoy")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("\n今年上半年，新兴领域", "今年上半年", PERIOD_NOTE + " (no number in its sentence)")
g.neg("上半年城市轨道车辆", "上半年", PERIOD_NOTE)
g.fact("城市轨道车辆增长13%", "13%", value=13, unit="%", kind="growth",
       metric="城市轨道车辆",
       metric_alts=["城市轨道车辆产量", "城市轨道车辆增速", "城市轨道车辆产量增速"],
       **CN, period=H1, comparison="yoy",
       note="a product of 新基建 (相关产品增长): the output of urban rail vehicles; 产量 is "
            "written only for the next item, so the metric is as written and 产量 an alt")
g.fact("充电桩产量增长11.9%", "11.9%", value=11.9, unit="%", kind="growth",
       metric="充电桩产量", metric_alts=["充电桩", "充电桩产量增速"],
       **CN, period=H1, comparison="yoy")
g.neg("11.9%。上半年实物商品", "上半年", PERIOD_NOTE)
ONLINE = "实物商品网上零售额"
ONLINE_ALTS = ["网上零售额", "实物商品网上零售额增速", "全国实物商品网上零售额"]
g.fact("零售额同比增长14.3%", "14.3%", value=14.3, unit="%", kind="growth", metric=ONLINE,
       metric_alts=ONLINE_ALTS, **CN, period=H1, comparison="yoy")
SHARE = "实物商品网上零售额占社会消费品零售总额的比重"
SHARE_ALTS = ["实物商品网上零售额占社会消费品零售总额比重", "占社会消费品零售总额的比重",
              "占社会消费品零售总额比重", "实物商品网上零售额占比", "网上零售额占比",
              "实物商品网上零售额比重"]
g.fact("比重为25.2%", "25.2%", value=25.2, unit="%", kind="share", metric=SHARE,
       metric_alts=SHARE_ALTS, **CN, period=H1)
g.fact("提高5.6个百分点", "5.6个百分点", value=5.6, unit="pp", kind="change", metric=SHARE,
       metric_alts=SHARE_ALTS, **CN, period=H1, comparison="yoy",
       note="pp change of the share against 上年同期 (H1 2019) → yoy; 提高 → positive; "
            "the share's metric (README §3)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-7 (908 "
    "characters, a byte copy made by code): a short 新闻联播 item (under 2,000 characters), "
    "so all of it is taken. Date: 2020-07-16, the broadcast date given by the source meta "
    "(INDEX.tsv, file name assets/2020/20200716.json, pubtime 2020-07-16 19:12) and stated "
    "in the text: 国务院新闻办今天（7月16日）举行的发布会 — the NBS released the H1 2020 data "
    "on 16 July 2020. 今年 = 2020; 上半年/今年上半年 = 2020-01-01..2020-06-30; 一季度 = 2020 "
    "Q1; 二季度 = 2020 Q2; 6月份 = June 2020; 上年同期 (H1 2019) is a comparison basis (yoy). "
    "Place: 中国 (national release; 我国/全国 → 中国). Title: line 1 as written. Periods: a "
    "line is a paragraph; the from/to pairs 由一季度…转为… give the from-value 2020 Q1 and "
    "the to-value the governing 二季度 (2020 Q2). Judgement calls: the monthly streaks "
    "(连续三个月/两个月/四个月/三个月 in line 4, 连续两个月 in line 5) are duration facts in "
    "years (as in nw_sdsb_20220717, nw_sina_20220812), each with the months of the streak "
    "ending June 2020 as gold period and the governing period (二季度 / 6月份), 上半年 and "
    "null as alts; 都在5.5%—7.6%之间 → one range fact (upper 7.6) shared by 四川、贵州、广西 "
    "(subject the three provinces, each as alt); 城市轨道车辆增长13% → metric as written "
    "(产量 as alt); 增速比一季度加快1.6个百分点 → change, comparison 比一季度. Negatives: "
    "上半年 ×9, 今年上半年 ×3, 二季度 ×4, 一季度 ×4 (periods, the pair starts and the basis "
    "比一季度), 6月份, 7月16日 (date), 四川 (place name). Lexicalized, not listed: 进一步.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
