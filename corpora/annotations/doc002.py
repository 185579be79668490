"""Gold annotations for 002_6376ab25e3d40f85 (长治正向“新”“长”“绿”“智”转型).

Written by reading the text sentence by sentence; offsets come from unique contexts.
Reference date 2025-06-30 (see the notes passed to write()).

    python3 corpora/annotations/doc002.py
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import Gold, P

g = Gold("002_6376ab25e3d40f85")

REF = "2025-06-30"
J5 = P("今年 1 月至 5 月", "2025-01-01", "2025-05-31")
YTD = P("今年以来", "2025-01-01", REF)
YTD_ALTS = [P("今年以来", REF, REF), P("今年以来", "2025-01-01", "2025-12-31")]
NOW = P("截至目前", REF, REF)
NOW_ALTS = [P("截至目前", None, REF)]
SINCE = P("自建成以来", None, REF)
SINCE_ALTS = [P("自建成以来", None, None), P("自建成以来", REF, REF)]
ONCE = P("一度", None, None)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
THRESHOLD_NOTE = ("threshold/class label defining the clusters being counted (SPEC §2: part "
                  "of the count's metric), not a fact of its own")
CLUSTER_TARGET = ("plan (确立打造 … 实现 … 协同发展) → modality target; no period in the "
                  "paragraph and no document period → null")
LOONGSON = "龙芯(长治)信创产业园"
LOONGSON_ALTS = ["龙芯长治信创产业园", "信创产业园", "长治市"]

# ---------------------------------------------------------------- kicker (引题), line 7
g.fact("打造一个千亿级八个", "一个", value=1, unit="count", kind="count", classifier="个",
       metric="千亿级产业集群", metric_alts=["千亿级产业集群数量", "产业集群"],
       modality="target",
       note="kicker headline; 一个 is a count here, paired with 八个 (one 千亿级 + eight "
            "百亿级 clusters, = 1 个千亿级、8 个百亿级 in the body), not an article; "
            "plan (打造) → target")
g.neg("打造一个千亿级八个", "千亿级", THRESHOLD_NOTE)
g.fact("千亿级八个百亿级", "八个", value=8, unit="count", kind="count", classifier="个",
       metric="百亿级产业集群", metric_alts=["百亿级产业集群数量", "产业集群"],
       modality="target", note="kicker headline; plan (打造) → target")
g.neg("八个百亿级产业集群\n", "百亿级", THRESHOLD_NOTE)

# ---------------------------------------------------------------- line 11
g.neg("在全市 10 大重点产业链基础上,确立", "10 大",
      "set label X大 (N大重点产业链, cf. 八大重点行业 in 001), not a count")
g.fact("确立打造 1 个千亿级", "1 个", value=1, unit="count", kind="count", classifier="个",
       metric="千亿级产业集群", metric_alts=["千亿级产业集群数量", "产业集群"],
       modality="target", note=CLUSTER_TARGET)
g.neg("确立打造 1 个千亿级", "千亿级", THRESHOLD_NOTE)
g.fact("、8 个百亿级产业集群", "8 个", value=8, unit="count", kind="count", classifier="个",
       metric="百亿级产业集群", metric_alts=["百亿级产业集群数量", "产业集群"],
       modality="target", note=CLUSTER_TARGET)
g.neg("、8 个百亿级产业集群", "百亿级", THRESHOLD_NOTE)
g.neg("实现产值超千亿元的现代煤化工", "千亿元",
      "threshold naming the class of the one 千亿级 cluster (产值超千亿元的…产业集群 = the "
      "1 个千亿级 counted just before); per SPEC §2 and the brief part of the count's metric, "
      "not a fact. Alternative reading (target: 现代煤化工产业集群产值 > 1e11 CNY) rejected")
g.fact("低空经济等 8 个产值超百亿", "8 个", value=8, unit="count", kind="count",
       classifier="个", metric="产值超百亿的产业集群",
       metric_alts=["百亿级产业集群", "产值超百亿的产业集群数量", "产业集群"],
       modality="target",
       note="second mention of the eight clusters (listed by name), its own fact; the "
            "threshold 超百亿 is part of the metric; " + CLUSTER_TARGET)
g.neg("8 个产值超百亿的产业集群", "百亿", THRESHOLD_NOTE)

# ---------------------------------------------------------------- line 13
g.neg("长治传统产业一度占", "一度", "adverb 一度 'at one time'; 度 is not kWh here")
g.fact("工业总量超八成", "八成", value=80, unit="%", kind="share", bound="gt",
       metric="传统产业占工业总量比重",
       metric_alts=["传统产业占工业总量", "传统产业占工业总量的比重", "传统产业占比"],
       subject_alts=["长治"], period=ONCE,
       note="same sentence as in 000: 超 → gt; 一度 kept as period text with no dates")
g.neg("以一域之光", "一域", "idiom 一域之光")

# ---------------------------------------------------------------- line 19
g.neg("“经济工作主抓手”之首", "之首",
      "'at the head of' the priorities: a qualitative priority, not a measured rank")
g.neg("的热潮,在全市 10 大重点产业链", "10 大", "set label X大 (cf. 八大), not a count")
g.neg("即将打造的千亿级、百亿级", "千亿级", "class label of the clusters to be built; "
      "no count attached, not a fact")
g.neg("即将打造的千亿级、百亿级", "百亿级", "class label of the clusters to be built; "
      "no count attached, not a fact")

# ---------------------------------------------------------------- line 21
g.neg("紧盯京津冀冀、长三角", "长三角", "place name (Yangtze River Delta)")
g.neg("成渝地区双城经济圈", "双城", "name 成渝地区双城经济圈")
g.neg("省长三角招商局", "长三角", "place name inside an office name (省长三角招商局)")
g.neg("省珠三角招商局", "珠三角", "place name inside an office name (省珠三角招商局)")
g.neg("“双轨制”招商", "双轨制", "label “双轨制” (驻点+小分队), not a count")

# ---------------------------------------------------------------- line 23
g.neg("新能源“四大”主导产业", "四大", "set label “四大”主导产业")
g.neg("低空经济“三大”产业", "三大", "set label “三大”产业")
g.fact("低空经济 5 支招商队伍", "5 支", value=5, unit="count", kind="count",
       classifier="支", metric="招商队伍",
       metric_alts=["成立招商队伍", "招商队伍数量"],
       subject="襄垣县", subject_alts=["长治市襄垣县"],
       note="county-level number: 襄垣县 owns it; no period in the paragraph → null")
g.fact("研究所 3 家企业签约", "3 家", value=3, unit="count", kind="count", classifier="家",
       metric="签约企业", metric_alts=["签约企业数量", "企业"],
       subject="襄垣县", subject_alts=["长治市襄垣县"],
       note="the text calls the three partners 企业 although one is a CAS institute")
g.neg("饮、销”六大主导产业", "六大", "set label 六大主导产业")
g.neg("食品加工六大产业链", "六大", "set label 六大产业链 (the six chains are named), "
      "like 八大 in 001")
g.neg("……一大批新兴项目", "一大批", "quantifier 一大批 (SPEC §1)")
g.neg("扎根,一大批新兴产业链条", "一大批", "quantifier 一大批 (SPEC §1)")

# ---------------------------------------------------------------- line 25
g.neg("今年 1 月至 5 月,全市", "今年 1 月至 5 月", PERIOD_NOTE)
g.fact("共签约项目 354 个", "354 个", value=354, unit="count", kind="count",
       classifier="个", metric="签约项目",
       metric_alts=["招商引资签约项目", "招商引资共签约项目", "签约项目数量",
                    "招商引资签约项目数量"],
       period=J5)
g.fact("签约金额 982.9 亿元", "982.9 亿元", value=98290000000, unit="CNY", kind="amount",
       metric="签约金额", metric_alts=["招商引资签约金额"], period=J5)
g.neg("亿元,一批投资强度大", "一批", "quantifier 一批")

# ---------------------------------------------------------------- line 29
g.neg("抢抓“两重”“两新”", "两重", "policy slogan “两重”")
g.neg("“两重”“两新”政策", "两新", "policy slogan “两新”")
g.fact("全力抓好 777 个省市重点工程", "777 个", value=777, unit="count", kind="count",
       classifier="个", metric="省市重点工程",
       metric_alts=["省市重点工程数量", "重点工程", "抓好省市重点工程"],
       period=YTD, period_alts=YTD_ALTS,
       note="今年以来 → 2025-01-01..reference date; alts: the stock reading (instant at the "
            "reference date) and the whole year of the annual project list")
g.fact("重点工程、180 个投资", "180 个", value=180, unit="count", kind="count",
       classifier="个", metric="投资 10 亿元以上的重大项目",
       metric_alts=["投资10亿元以上的重大项目", "10亿元以上重大项目", "10 亿元以上重大项目",
                    "重大项目", "投资10亿元以上的重大项目数量"],
       period=YTD, period_alts=YTD_ALTS,
       note="threshold 投资 10 亿元以上 is part of the metric (SPEC §2); period as for 777 个")
g.neg("180 个投资 10 亿元以上", "10 亿元", "threshold defining the counted projects "
      "(亿元以上项目, SPEC §2), part of the metric of 180 个")

# ---------------------------------------------------------------- lines 31-33 (one paragraph)
g.neg("生产线上,一支支药液", "一支支", "reduplicated 一支支 'one after another'")
g.fact("每天可生产 200 万支口服液", "200 万支", value=2000000, unit="count", kind="count",
       classifier="支", metric="口服液日产能",
       metric_alts=["口服液产能", "口服液日产量", "每天可生产口服液", "生产线日产能",
                    "口服液"],
       subject="山西正来制药",
       subject_alts=["正来制药", "山西正来制药自动化生产线", "山西正来制药生产线"],
       note="rate per day goes into the metric (SPEC §3 base unit); capacity of a line in "
            "production (最新投产) → actual; no period → null")
g.fact("年加工党参 5000\n\n余吨", "5000\n\n余吨", value=5000, unit="t", kind="amount",
       bound="gt", metric="党参年加工量",
       metric_alts=["年加工党参", "党参加工量", "党参年加工能力", "党参"],
       subject="山西正来制药", subject_alts=["正来制药", "公司"],
       note="the source cuts 5000余吨 with a blank line; the span is the tightest stretch "
            "holding number, marker 余 and unit, so it keeps the line break. 余 → gt")
g.fact("已开发出 20 多个深加工产品", "20 多个", value=20, unit="count", kind="count",
       bound="gt", classifier="个", metric="深加工产品",
       metric_alts=["开发深加工产品", "已开发深加工产品", "深加工产品数量"],
       subject="山西正来制药", subject_alts=["正来制药", "公司"])

# ---------------------------------------------------------------- line 39
HUAYE = dict(subject="高科华烨集团", subject_alts=["高科华烨"])
g.fact("生产规模位居全国前三", "前三", value=3, unit="rank", kind="rank", bound="le",
       scope="全国", metric="LED 封装和显示屏生产规模",
       metric_alts=["LED封装和显示屏生产规模", "LED封装和显示屏生产规模排名",
                    "LED 封装和显示屏生产规模排名"], **HUAYE,
       note="as in 001: one quantity mention → one fact; 前三 → le")
g.fact("带动 20 余家配套企业", "20 余家", value=20, unit="count", kind="count", bound="gt",
       classifier="家", metric="配套企业",
       metric_alts=["带动配套企业", "集聚配套企业", "配套企业数量"], **HUAYE)
g.fact("年产值超 80 亿元", "80 亿元", value=8000000000, unit="CNY", kind="amount",
       bound="gt", metric="年产值", metric_alts=["产值"],
       subject="高科华烨集团", subject_alts=["高科华烨", "高科华烨集团及配套企业"],
       note="the sentence's subject 高科华烨集团 carries over (it could include the 20 余家 "
            "supporting firms: subject alt); annual rate in the metric, period null")
g.neg("建成全球首条量产", "首条", "first-of-its-kind claim, not a measured rank")

# ---------------------------------------------------------------- line 41
g.neg("着力发展双玻双面", "双玻双面", "technology names 双玻 (double-glass), 双面 "
      "(bifacial) modules; not quantities")
g.fact("日盛达新上 15GW", "15GW", value=15e9, unit="W", kind="amount",
       metric="太阳能组件产能",
       metric_alts=["太阳能组件年产能", "太阳能组件项目产能", "太阳能组件", "综合产能"],
       subject="日盛达",
       subject_alts=["日盛达太阳能组件项目", "日盛达 15GW 太阳能组件项目"],
       note="capacity carried in a project name (SPEC §1); the project's 综合产能 is ranked "
            "nationally in the present tense, so it is read as operating → actual (新上 = "
            "newly launched, not 'under construction')")
g.fact("综合产能全国前三", "前三", value=3, unit="rank", kind="rank", bound="le",
       scope="全国", metric="综合产能",
       metric_alts=["太阳能组件综合产能", "太阳能组件项目综合产能", "综合产能排名"],
       subject="日盛达",
       subject_alts=["日盛达太阳能组件项目", "日盛达 15GW 太阳能组件项目",
                     "日盛达新上 15GW 太阳能组件项目"])
g.fact("综合产能全国前五", "前五", value=5, unit="rank", kind="rank", bound="le",
       scope="全国", metric="综合产能",
       metric_alts=["太阳能综合产能", "综合产能排名"], subject="潞安太阳能")
g.fact("产业规模占全省 65%", "65%", value=65, unit="%", kind="share",
       metric="太阳能光伏产业规模占全省比重",
       metric_alts=["太阳能光伏产业规模占全省", "太阳能光伏产业规模占全省的比重",
                    "太阳能光伏产业规模占比", "太阳能光伏产业规模"],
       subject_alts=["太阳能光伏产业", "长治市太阳能光伏产业"],
       note="sector-level share: city as subject, sector as alt (README §4); no period → null")

# ---------------------------------------------------------------- line 43
g.fact("带动 10 余家本地软硬件", "10 余家", value=10, unit="count", kind="count",
       bound="gt", classifier="家", metric="本地软硬件适配企业",
       metric_alts=["带动本地软硬件适配企业", "软硬件适配企业", "本地软硬件适配企业数量"],
       subject=LOONGSON, subject_alts=LOONGSON_ALTS,
       note="the number belongs to the park ecosystem (以龙芯(长治)信创产业园为依托 …; line "
            "65 says the park 辐射 the same 10 余家); the city is an alt")
g.fact("建成年产 18 万台计算机", "18 万台", value=180000, unit="count", kind="count",
       classifier="台", metric="计算机年产能",
       metric_alts=["计算机产能", "年产计算机", "智能制造生产线年产能", "计算机"],
       subject="中兵长智科技", subject_alts=["中兵长智", "中兵长智科技有限责任公司"],
       note="designed annual capacity of a line already built (建成) → actual; rate in metric")

# ---------------------------------------------------------------- line 47
g.neg("一企带一链、一链成一片", "一企带一链、一链成一片", "slogan")
g.neg("随着一个个强链", "一个个", "reduplicated 一个个 'one after another'")
g.neg("长治产业发展单点成链", "单点", "idiom 单点成链、聚链成势 ('single point'), not a count")

# ---------------------------------------------------------------- line 51
g.neg("如同一座科技熔炉", "一座", "indefinite article 一座 (metaphor)")
g.neg("从草酸二甲酯加氢", "草酸二甲酯", "chemical name (dimethyl oxalate)")
g.fact("18 个核心项目接连突破", "18 个", value=18, unit="count", kind="count",
       classifier="个", metric="核心项目",
       metric_alts=["突破核心项目", "接连突破的核心项目", "核心项目数量"],
       subject="煤基合成化学品山西省实验室", subject_alts=["山西省实验室"],
       period=SINCE, period_alts=SINCE_ALTS,
       note="自建成以来 governs the paragraph: start unknown, end = reference date (as 近年来 "
            "in 001); alts null..null and the stock reading at the reference date")

# ---------------------------------------------------------------- line 53
for band in ("325", "308", "275"):
    g.neg("在 325、308、275 波段", band, "product band label (SPEC §1), not a measurement")

# ---------------------------------------------------------------- lines 55-57 (one paragraph)
g.neg("一个个高能级创新平台", "一个个", "reduplicated 一个个 'one after another'")
g.neg("如百川归海般", "百川", "idiom 百川归海")
g.fact("全市 97 家省级以上创新平台", "97 家", value=97, unit="count", kind="count",
       classifier="家", metric="省级以上创新平台",
       metric_alts=["创新平台", "省级以上创新平台数量", "省级以上科技创新平台"],
       note="省级以上 is a level threshold inside the metric; stock with no period in the "
            "paragraph (the sentence is cut by a blank line) → null")
g.neg("实现“从 0 到 1”", "从 0 到 1", "idiom 从0到1 (SPEC §1)")

# ---------------------------------------------------------------- line 59
g.neg("5 月 21 日,长治市植物萃取", "5 月 21 日", "date on its own (founding day)")

# ---------------------------------------------------------------- line 63
g.fact("323 家高新技术企业", "323 家", value=323, unit="count", kind="count",
       classifier="家", metric="高新技术企业",
       metric_alts=["高新技术企业数量", "高企"],
       note="stock; no period in the paragraph → null")

# ---------------------------------------------------------------- line 65
g.fact("软硬件适配企业 10 余家", "10 余家", value=10, unit="count", kind="count",
       bound="gt", classifier="家", metric="本地软硬件适配企业",
       metric_alts=["辐射本地软硬件适配企业", "软硬件适配企业", "本地软硬件适配企业数量"],
       subject=LOONGSON, subject_alts=LOONGSON_ALTS,
       note="before 截至目前 in the paragraph → period null")
g.fact("截至目前,13 家信创企业", "13 家", value=13, unit="count", kind="count",
       classifier="家", metric="信创企业", metric_alts=["信创企业数量"],
       subject=LOONGSON, subject_alts=LOONGSON_ALTS,
       period=NOW, period_alts=NOW_ALTS,
       note="截至目前 → instant at the reference date (as 目前 in 001)")
g.fact("揽获 298 件知识产权", "298 件", value=298, unit="count", kind="count",
       classifier="件", metric="知识产权",
       metric_alts=["知识产权数量", "揽获知识产权", "信创企业知识产权"],
       subject=LOONGSON,
       subject_alts=LOONGSON_ALTS + ["信创企业", "13 家信创企业", "13家信创企业"],
       period=NOW, period_alts=NOW_ALTS)

# ---------------------------------------------------------------- line 69
g.fact("开发参芪饮等 4 种试点产品", "4 种", value=4, unit="count", kind="count",
       classifier="种", metric="试点产品",
       metric_alts=["开发试点产品", "试点产品数量", "药食同源试点产品"],
       subject="云南农业大学朱有勇院士团队与山西振东制药有限公司",
       subject_alts=["山西振东制药有限公司", "振东制药", "朱有勇院士团队",
                     "云南农业大学朱有勇院士团队", "朱有勇院士团队与山西振东制药有限公司"],
       note="joint subject of the cooperation; each partner is an alt")

# ---------------------------------------------------------------- line 71
CHENGGONG = dict(
    subject="湖南大学周云山教授团队与山西成功汽车制造有限公司",
    subject_alts=["山西成功汽车制造有限公司", "成功汽车", "周云山教授团队",
                  "湖南大学周云山教授团队", "山西新能源汽车动力及储能电池工程研究中心",
                  "周云山教授团队与山西成功汽车制造有限公司"])
g.fact("承担 2 项省级重大项目", "2 项", value=2, unit="count", kind="count",
       classifier="项", metric="省级重大项目",
       metric_alts=["承担省级重大项目", "省级重大项目数量"], **CHENGGONG,
       note="joint subject of the cooperation; partners and the joint centre are alts")
g.fact("发明专利 20 余项", "20 余项", value=20, unit="count", kind="count", bound="gt",
       classifier="项", metric="发明专利", metric_alts=["发明专利数量"], **CHENGGONG)

# ---------------------------------------------------------------- line 73
g.neg("研发出国际首款", "首款", "first-of-its-kind claim, not a measured rank")

# ---------------------------------------------------------------- line 75
for ctx, target, metric, alts in [
        ("截至目前,28 名院士", "28 名", "院士", ["院士数量", "引进院士"]),
        ("、3 名国医大师", "3 名", "国医大师", ["国医大师数量"]),
        ("加持,251 名全职博士", "251 名", "全职博士", ["全职博士数量", "全职引进博士"]),
        ("与 1024 名柔性博士", "1024 名", "柔性博士", ["柔性博士数量", "柔性引进博士"])]:
    g.fact(ctx, target, value=float(target.split()[0]), unit="count", kind="count",
           classifier="名", metric=metric, metric_alts=alts, period=NOW, period_alts=NOW_ALTS,
           note="talent stock of the city (no other subject named) as of 截至目前 → instant "
                "at the reference date")

# ---------------------------------------------------------------- line 77
g.neg("人才链“四链”合一", "四链", "set label “四链” (创新链、产业链、资金链、人才链)")

g.write(
    date=REF,
    source="byline 常进/文 李宁 张国平 田雨/图 (outlet not named in the text)",
    title="长治正向“新”“长”“绿”“智”转型",
    notes=(
        "Date: the text has no year and no dateline. Latest data: 今年 1 月至 5 月 (Jan-May, "
        "published by the statistics/commerce bureaus in mid/late June), so the article is "
        "from about the end of June; 2025-06-30 is used (cf. 000: Q1-Q3 data → 2024-11-01). "
        "The year is 2025 rather than 2024: the “两重”“两新” policies date from 2024 or later; "
        "323 家高新技术企业 and 97 家省级以上创新平台 are well above the end-2023 figures in "
        "003 (290 and 92 家), and high-tech enterprises are certified in Q4, so mid-2024 "
        "cannot reach 323; 13 家信创企业 as of 目前 follows the 10多家 of the December 2024 "
        "press conference (001); the 1 千亿级 + 8 百亿级 cluster matrix (即将打造) is absent "
        "from the December 2024 reviews (001, 004). The 5 月 21 日 date is consistent. "
        "If the year were 2024 every dated period shifts back one year. "
        "Source: no outlet is named; the byline (常进/文, three photographers /图) and the "
        "page layout (kicker, headline, section heads, photo captions) are those of a "
        "newspaper feature page; it says 长治市/该市, not 我市, so it is not 长治日报's own "
        "voice. Title: the # headline; the line above it (打造一个千亿级八个百亿级产业集群) "
        "is the kicker (引题) and the first line a photo caption. "
        "Periods: a feature article with no section/document period; numbers without a "
        "period expression before them in their paragraph get null (README §5). The "
        "sentences cut by blank lines (改造|提升, 5000|余吨, 资|金) count as one paragraph "
        "each, as in 000. Lexicalized, not listed: 双重 (双重挑战 'dual') and 合一 "
        "(“四链”合一 'merge into one')."))
