"""Gold annotations for wr_hunan_2025 (2025年湖南省政府工作报告), lines 15-22 of
shared/texts/work_report/wr_hunan_2025.txt.

The excerpt corpora/wr_hunan_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: items 二是 … 九是 of the detailed 2024 review
(主要抓了以下九个方面的工作, source line 13, outside the excerpt), i.e. the last eight of
the nine review sections (industry, science, reform and opening-up, agriculture, regions,
livelihoods, safety and risks, government).  This text has no 主要预期目标 paragraph (the
2025 part, source lines 31-102, is tasks without a target list), and the first 2025 tasks
with numbers (lines 36-38) cannot be reached from the review by a run of whole lines within
3,500 characters, so the excerpt holds review facts only.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_hunan_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_hunan_2025"
PLACE = "湖南省"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 15, 22                    # 1-based, inclusive, whole lines
TITLE = "2025年湖南省政府工作报告"
SUBJ_ALTS = ["湖南", "全省"]
GOV_ALTS = SUBJ_ALTS + ["湖南省人民政府", "省政府", "省人民政府"]


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二是全力抓产业",
                 ends="激发了干事创业的正能量。")
text = g.text


fact = g.with_subject(PLACE, SUBJ_ALTS)


def part_alts(*parts):
    """subject_alts for a facility / zone / city that owns its number, province as alt."""
    return list(parts) + [PLACE] + SUBJ_ALTS


MARKER_NOTE = "list marker (N是), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SET_NOTE = ("N大 + category, a set label (README §2 八大; wr_jiangsu 三大省基础科学中心), "
            "not a count")
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
THRESHOLD_NOTE = ("class label / threshold (N级, 百强) naming a class, no amount of its own "
                  "(doc002 千亿级)")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# Lines 15-22 are items 二是…九是 of 主要抓了以下九个方面的工作 (source line 13) in part
# 一、2024年工作回顾 (source line 7): they name no period of their own, so their facts take
# the review year 2024 (SPEC §4 section frame), the null reading in period_alts.  The
# heading's 2024年 lies outside the excerpt; the period text is 年度, the excerpt's own name
# for that year (超额完成年度任务, line 20), so that every period text occurs in the
# article.  Stocks (达 N 家/对/个, 总数达, 突破 N 人 of a headcount, 城镇化率, 覆盖率,
# 交付率, 总用户数) are instants at 2024-12-31 with the literal year and null as alts.
# Ranks follow their metric (flow → year, stock → instant).
Y24 = P("年度", "2024-01-01", "2024-12-31")
Y24_NULL = P("年度", None, None)
Y24_END = P("年度", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])   # level, stock reading alt
STOCK_NOTE = ("stock under the inherited review year 2024: instant at 2024-12-31; "
              "period_alts keep the literal inheritance 2024-01-01..2024-12-31 and null")
LEVEL_NOTE = "level of the review year 2024; the year-end stock reading and null as alts"


# ---- line 15: 二是全力抓产业 -------------------------------------------------------------------
g.neg("二是全力抓产业", "二是", MARKER_NOTE)
g.neg("先进制造业高地3大标志性工程", "3大", SET_NOTE)
g.neg("“4×4”现代化产业体系加快构建", "4×4",
      LABEL_NOTE + " (4×4 modern industrial system: 4 sectors × 4 clusters), a name")
fact("13条重点产业链", "13条", value=13, unit="count", kind="count", classifier="条",
     metric="重点产业链", metric_alts=["重点产业链数量", "产业链"], **LEVEL,
     note="the province's set of key industrial chains (全面起势): " + LEVEL_NOTE)
fact("新能源汽车产量近100万辆", "100万辆", value=1e6, unit="count", kind="count",
     classifier="辆", bound="approx", metric="新能源汽车产量",
     metric_alts=["新能源汽车", "新能源汽车生产"], **FLOW, note="近 → approx, outside the span")
fact("电子信息产业增速超20%", "20%", value=20, unit="%", kind="growth", bound="gt",
     metric="电子信息产业",
     metric_alts=["电子信息产业增速", "电子信息产业增长", "电子信息产业产值", "电子信息产业营收",
                  "电子信息产业增加值", "电子信息产业营业收入"],
     comparison="yoy", **FLOW,
     note="增速超 20% → growth, gt; the level and its growth share the metric (README §3), "
          "the text's 增速 in alts")
fact("北斗规模应用产值增长35.6%", "35.6%", value=35.6, unit="%", kind="growth",
     metric="北斗规模应用产值", metric_alts=["北斗规模应用", "北斗产业产值"],
     comparison="yoy", **FLOW)
fact("工业投资增长9.5%", "9.5%", value=9.5, unit="%", kind="growth", metric="工业投资",
     comparison="yoy", **FLOW)
g.neg("“十大产业项目”完成投资363.9亿元", "十大", SET_NOTE + " (十大产业项目, a project list)")
fact("“十大产业项目”完成投资363.9亿元", "363.9亿元", value=363.9e8, unit="CNY",
     kind="amount", metric="“十大产业项目”完成投资",
     metric_alts=["十大产业项目完成投资", "“十大产业项目”投资", "十大产业项目投资", "完成投资",
                  "“十大产业项目”", "十大产业项目"],
     **FLOW)
g.neg("加快迈向千亿产业", "千亿",
      THRESHOLD_NOTE + " (千亿产业 'a hundred-billion industry', the class aimed at)")
g.neg("“两个融合”增强原动力", "两个",
      LABEL_NOTE + " (两个融合 = the two integrations named after it)")
g.neg("“智赋万企”行动", "万企", LABEL_NOTE + " (智赋万企 campaign name)")
fact("建设智能制造企业1195家", "1195家", value=1195, unit="count", kind="count",
     classifier="家", metric="智能制造企业",
     metric_alts=new("智能制造企业", "建设智能制造企业"), **FLOW,
     note="count of units newly made (建设), 增量 reading in alts (README §3)")
fact("产线车间2069个", "2069个", value=2069, unit="count", kind="count", classifier="个",
     metric="智能制造产线车间",
     metric_alts=new("智能制造产线车间", "产线车间", "建设智能制造产线车间", "智能产线车间",
                     "产线车间数量", "智能制造产线和车间"),
     **FLOW, note="elided head 智能制造 restored from 建设智能制造企业 (README §3)")
fact("上云上平台企业15.6万家", "15.6万家", value=156000, unit="count", kind="count",
     classifier="家", metric="上云上平台企业",
     metric_alts=["上云上平台企业数量", "上云企业", "上云上平台"], **LEVEL,
     note="no 累计/新增 stated: " + LEVEL_NOTE)
fact("核心产业增加值增长9%以上", "9%", value=9, unit="%", kind="growth", bound="ge",
     metric="数字经济核心产业增加值",
     metric_alts=["数字经济核心产业", "数字经济核心产业增加值增长"], comparison="yoy",
     **FLOW, note="以上 → ge, outside the span")
fact("（平台、项目）达29个", "29个", value=29, unit="count", kind="count", classifier="个",
     metric="国家级服务型制造示范企业（平台、项目）",
     metric_alts=["国家级服务型制造示范企业", "服务型制造示范企业", "国家级服务型制造示范",
                  "国家级服务型制造示范企业数量", "国家级服务型制造示范企业(平台、项目)",
                  "国家级服务型制造示范企业（平台、项目）数量"],
     **STOCK, note="达 = the number of designations reached: " + STOCK_NOTE)
fact("生产性服务业占服务业比重超过42%", "42%", value=42, unit="%", kind="share",
     bound="gt", metric="生产性服务业占服务业比重",
     metric_alts=["生产性服务业占比", "生产性服务业比重", "生产性服务业占服务业的比重"],
     **FLOW, note="share of the year's value added (a flow); 超过 → gt")
fact("先进制造业占制造业比重超过50%", "50%", value=50, unit="%", kind="share", bound="gt",
     metric="先进制造业占制造业比重",
     metric_alts=["先进制造业占比", "先进制造业比重", "先进制造业占制造业的比重"],
     **FLOW, note="share of the year's value added (a flow); 超过 → gt")
g.neg("“五好园区”夯实主阵地", "五好", LABEL_NOTE + " (五好园区 standard)")
PARK = SUBJ_ALTS + ["园区", "湖南省园区", "全省园区"]
fact("分别高于全省2.2个", "2.2个", value=2.2, unit="pp", kind="change",
     metric="园区规模工业增加值增速",
     metric_alts=["园区规模工业增加值", "规模工业增加值增速", "园区规模以上工业增加值增速",
                  "园区规模工业增加值增长"],
     subject_alts=PARK, comparison="比全省", **FLOW,
     note="分别 list: 增加值 ↔ 2.2, 税收 ↔ 3.7; pp difference of growth rates against the "
          "province (README §3); the parks are a part of the province → subject 湖南省, 园区 "
          "as alt (README §4). Span: the number with its own 个 (个百分点 written once, "
          "after the last value)")
fact("2.2个和3.7个百分点", "3.7个百分点", value=3.7, unit="pp", kind="change",
     metric="园区税收增速",
     metric_alts=["园区税收", "税收增速", "园区税收增长"],
     subject_alts=PARK, comparison="比全省", **FLOW)
fact("贡献了全省74.6%的规模工业增加值", "74.6%", value=74.6, unit="%", kind="share",
     metric="园区规模工业增加值占全省比重",
     metric_alts=["园区规模工业增加值占比", "规模工业增加值占全省比重", "规模工业增加值",
                  "园区规模工业增加值贡献率", "园区规模工业增加值占全省的比重",
                  "园区贡献规模工业增加值"],
     subject_alts=PARK, **FLOW,
     note="the parks' share of the province's value added of the year")
fact("40%左右的税收", "40%", value=40, unit="%", kind="share", bound="approx",
     metric="园区税收占全省比重",
     metric_alts=["园区税收占比", "税收占全省比重", "税收", "园区税收贡献率",
                  "园区税收占全省的比重", "园区贡献税收"],
     subject_alts=PARK, **FLOW, note="左右 → approx, outside the span")
fact("等6家园区入选", "6家", value=6, unit="count", kind="count", classifier="家",
     metric="入选全国先进制造百强园区的园区",
     metric_alts=["全国先进制造百强园区", "入选全国先进制造百强园区", "先进制造百强园区",
                  "园区", "入选园区", "入选全国先进制造百强园区园区",
                  "入选全国先进制造百强园区的园区数量"],
     **FLOW, note="the threshold 百强 defines the set counted (SPEC §2) → in the metric")
g.neg("全国先进制造百强园区", "百强",
      "threshold (national top 100) defining the set counted in 6家 (SPEC §2), not a rank")

# ---- line 16: 三是致力兴科创 ----------------------------------------------------------------
g.neg("三是致力兴科创", "三是", MARKER_NOTE)
g.neg("科技创新高地5大标志性工程", "5大", SET_NOTE)
fact("完成全国重点实验室重组35家", "35家", value=35, unit="count", kind="count",
     classifier="家", metric="全国重点实验室重组",
     metric_alts=["全国重点实验室", "重组全国重点实验室", "完成全国重点实验室重组",
                  "完成重组全国重点实验室", "全国重点实验室重组数量"],
     **FLOW, note="laboratories whose reorganisation was completed in 2024")
fact("国家技术创新中心达3家", "3家", value=3, unit="count", kind="count", classifier="家",
     metric="国家技术创新中心",
     metric_alts=["国家技术创新中心数量", "国家技术创新中心总数"],
     **STOCK, note="达 = the number reached: " + STOCK_NOTE)
fact("达3家、居全国第2位", "第2位", value=2, unit="rank", kind="rank", scope="全国",
     metric="国家技术创新中心",
     metric_alts=["国家技术创新中心数量", "国家技术创新中心总数", "国家技术创新中心排名"],
     **STOCK, note="rank of the stock just given; span without the scope word: " + STOCK_NOTE)
fact("新引进落地研发平台30个", "30个", value=30, unit="count", kind="count",
     classifier="个", metric="新引进落地研发平台",
     metric_alts=new("研发平台", "引进落地研发平台", "研发平台", "新引进落地研发平台数量"),
     subject="湘江科学城", subject_alts=part_alts(),
     **FLOW, note="the science city owns the number (README §4), the province as alt")
g.neg("“十大技术攻关项目”", "十大", SET_NOTE + " (十大技术攻关项目, a project list)")
fact("突破核心技术20项", "20项", value=20, unit="count", kind="count", classifier="项",
     metric="核心技术",
     metric_alts=["突破核心技术", "核心技术突破", "核心技术数量", "“十大技术攻关项目”突破核心技术",
                  "十大技术攻关项目突破核心技术"],
     **FLOW)
g.neg("创新“首台首套首创”产品", "首台首套首创",
      LABEL_NOTE + " (首台首套首创 'first unit / first set / first of its kind' product class)")
fact("“首台首套首创”产品18个", "18个", value=18, unit="count", kind="count",
     classifier="个", metric="“首台首套首创”产品",
     metric_alts=new("首台首套首创产品", "首台首套首创产品", "创新“首台首套首创”产品",
                     "“首台首套首创”产品数量", "产品"),
     **FLOW)
g.neg("国内首台智能重载", "首台", FIRST_NOTE)
fact("企业创新联合体15家", "15家", value=15, unit="count", kind="count", classifier="家",
     metric="企业创新联合体",
     metric_alts=new("企业创新联合体", "培育企业创新联合体", "创新联合体"), **FLOW)
fact("中试基地20家", "20家", value=20, unit="count", kind="count", classifier="家",
     metric="中试基地", metric_alts=new("中试基地", "培育中试基地"), **FLOW,
     note="verb 培育 distributes over the list")
fact("技术合同成交额增长20.2%", "20.2%", value=20.2, unit="%", kind="growth",
     metric="技术合同成交额", metric_alts=["技术合同成交金额", "技术合同成交"],
     comparison="yoy", **FLOW)
fact("本地转化占比超50%", "50%", value=50, unit="%", kind="share", bound="gt",
     metric="在湘高校技术合同本地转化占比",
     metric_alts=["高校技术合同本地转化占比", "技术合同本地转化占比", "本地转化占比",
                  "在湘高校技术合同本地转化比例", "在湘高校技术合同本地转化率"],
     subject_alts=SUBJ_ALTS + ["在湘高校", "湖南省高校"], **FLOW,
     note="share of the universities' technology contracts of the year transferred "
          "locally; the universities in the province are a part of it → 湖南省, alt 在湘高校; "
          "超 → gt")
fact("国家级科技人才突破1000人", "1000人", value=1000, unit="count", kind="count",
     classifier="人", bound="gt", metric="国家级科技人才",
     metric_alts=["国家级科技人才数量", "国家级科技人才总数"],
     **STOCK, note="a headcount reached (突破 → gt): " + STOCK_NOTE)

# ---- line 17: 四是大力促改革 ----------------------------------------------------------------
g.neg("四是大力促改革", "四是", MARKER_NOTE)
g.neg("改革开放高地3大标志性工程", "3大", SET_NOTE)
g.neg("第一批12项重点改革", "第一批", "batch label (第一批, cf. 首批), not a rank or count")
fact("第一批12项重点改革", "12项", value=12, unit="count", kind="count", classifier="项",
     metric="重点改革",
     metric_alts=["第一批重点改革", "重点改革事项", "重点改革数量", "第一批重点改革事项"],
     **FLOW, note="the first batch of key reforms under way in 2024")
g.neg("零基预算改革", "零基", "零基预算 'zero-based budgeting', a name, not a quantity")
g.neg("高等院校“两优”改革", "两优", LABEL_NOTE + " (两优 reform of universities)")
g.neg("打造千亿级“金芙蓉”", "千亿级",
      THRESHOLD_NOTE + " (千亿级 class of the fund matrix being built, as doc002 "
      "即将打造的千亿级; no amount stated)")
fact("对非贸易额居中西部第1位", "第1位", value=1, unit="rank", kind="rank", scope="中西部",
     metric="对非贸易额",
     metric_alts=["对非贸易", "对非洲贸易额", "对非贸易额排名", "对非进出口"], **FLOW,
     note="rank of the year's trade with Africa among the central and western provinces")
fact("湖南自贸试验区2项创新成果", "2项", value=2, unit="count", kind="count",
     classifier="项", metric="入选全国最佳实践案例的创新成果",
     metric_alts=["创新成果", "入选全国最佳实践案例创新成果", "全国最佳实践案例",
                  "创新成果入选全国最佳实践案例", "入选全国最佳实践案例的创新成果数量",
                  "入选全国最佳实践案例"],
     subject="湖南自贸试验区",
     subject_alts=part_alts("湖南自由贸易试验区", "自贸试验区", "中国（湖南）自由贸易试验区"),
     **FLOW, note="the free-trade zone owns the count (README §4; wr_henan 自贸试验区), the "
                  "province as alt; 入选全国最佳实践案例 defines the set counted")
FRIEND = ["国际友好城市数量", "友好城市", "国际友城", "友城"]
fact("新结对国际友好城市4对", "4对", value=4, unit="count", kind="count", classifier="对",
     metric="国际友好城市",
     metric_alts=FRIEND + ["新结对国际友好城市", "结对国际友好城市", "国际友好城市增量",
                           "国际友好城市数量增量", "新结对国际友好城市数量"],
     **FLOW, note="pairs newly formed in 2024, 增量 reading in alts (README §3)")
fact("总数达110对", "110对", value=110, unit="count", kind="count", classifier="对",
     metric="国际友好城市",
     metric_alts=FRIEND + ["国际友好城市总数", "友好城市总数", "总数"],
     **STOCK, note="总数达: " + STOCK_NOTE)
fact("开行量均超千列", "千列", value=1000, unit="count", kind="count", classifier="列",
     bound="gt", metric="中欧班列开行量",
     metric_alts=["湘粤非铁海联运开行量", "怀化东盟班列开行量", "开行量", "中欧班列",
                  "中欧班列开行", "湘粤非铁海联运", "怀化东盟班列", "中欧班列开行列数",
                  "中欧班列、湘粤非铁海联运、怀化东盟班列开行量"],
     **FLOW, note="one mention (均超千列) covering three services: one fact, the first "
                  "service primary and the others in alts (wr_jiangsu 均居全国第一); "
                  "超 → gt; 千列 = 1000 trains")
fact("集装箱吞吐量增长26.6%", "26.6%", value=26.6, unit="%", kind="growth",
     metric="外贸集装箱吞吐量",
     metric_alts=["集装箱吞吐量", "外贸集装箱吞吐", "岳阳城陵矶港外贸集装箱吞吐量"],
     subject="岳阳城陵矶港", subject_alts=part_alts("城陵矶港", "岳阳港", "岳阳市", "岳阳"),
     comparison="yoy", **FLOW, note="the port owns the number (README §4)")
fact("签约项目近500个", "500个", value=500, unit="count", kind="count", classifier="个",
     bound="approx", metric="签约项目",
     metric_alts=["经贸活动签约项目", "签约项目数量", "签约项目个数"],
     **FLOW, note="projects signed at the 2024 trade events; 近 → approx")
fact("总投资超2600亿元", "2600亿元", value=2.6e11, unit="CNY", kind="amount", bound="gt",
     metric="签约项目总投资",
     metric_alts=["总投资", "签约项目投资", "签约总投资", "签约项目投资额", "签约金额"],
     **FLOW, note="total investment of the signed projects; 超 → gt")
fact("新注册企业达到1670家", "1670家", value=1670, unit="count", kind="count",
     classifier="家", metric="湘商回归新注册企业",
     metric_alts=["新注册企业", "湘商回归企业", "湘商回归新注册企业数量", "湘商回归注册企业",
                  "新注册企业数量"],
     **FLOW, note="firms newly registered in 2024 (a flow; 达到 does not make it a stock)")
fact("到位资金突破6000亿元", "6000亿元", value=6e11, unit="CNY", kind="amount", bound="gt",
     metric="湘商回归到位资金",
     metric_alts=["到位资金", "湘商回归资金", "湘商回归到位资金规模"], **FLOW,
     note="突破 → gt; head 湘商回归 carried over from the list")

# ---- line 18: 五是着力稳三农 ----------------------------------------------------------------
g.neg("五是着力稳三农", "五是", MARKER_NOTE)
g.neg("稳三农", "三农", LABEL_NOTE + " (三农 = agriculture, rural areas, farmers)")
g.neg("“五千工程”", "五千工程", LABEL_NOTE + " (五千工程 programme name)")
g.neg("“两条底线”", "两条",
      LABEL_NOTE + " (两条底线 = food security and no large-scale return to poverty)")
fact("高标准农田335万亩", "335万亩", value=3350000, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["新建和改造提升高标准农田", "高标准农田面积", "新建和改造提升高标准农田面积",
                  "高标准农田建设面积", "建设高标准农田"],
     **FLOW)
fact("镉低积累水稻近200万亩", "200万亩", value=2000000, unit="mu", kind="amount",
     bound="approx", metric="镉低积累水稻",
     metric_alts=["推广镉低积累水稻", "镉低积累水稻推广面积", "镉低积累水稻面积",
                  "推广镉低积累水稻面积"],
     **FLOW, note="近 → approx")
g.neg("“西子3号”", "3号", "variety name (西子3号 rice), not a quantity")
fact("新增2个国家农业优势", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="国家农业优势特色产业集群",
     metric_alts=new("国家农业优势特色产业集群", "新增国家农业优势特色产业集群",
                     "农业优势特色产业集群"),
     **FLOW, note="新增 N: count of the new units, 增量 reading in alts (README §3)")
fact("湘菜产业产值突破6000亿元", "6000亿元", value=6e11, unit="CNY", kind="amount",
     bound="gt", metric="湘菜产业产值", metric_alts=["湘菜产业", "湘菜产业总产值"], **FLOW,
     note="突破 → gt")
fact("农产品加工业营收增长7.1%", "7.1%", value=7.1, unit="%", kind="growth",
     metric="农产品加工业营收",
     metric_alts=["农产品加工业营业收入", "农产品加工业", "农产品加工业营收增长"],
     comparison="yoy", **FLOW)
fact("农机装备产业增长10.2%", "10.2%", value=10.2, unit="%", kind="growth",
     metric="农机装备产业",
     metric_alts=["农机装备产业产值", "农机装备产业营收", "农机装备产业增加值", "农机装备",
                  "农机装备产业增长"],
     comparison="yoy", **FLOW, note="the text names only the industry (增长 of its output)")
fact("农产品出口增长7.9%", "7.9%", value=7.9, unit="%", kind="growth", metric="农产品出口",
     metric_alts=["农产品出口额", "农产品出口总额"], comparison="yoy", **FLOW)
fact("永州果蔬出口突破百亿元", "百亿元", value=1e10, unit="CNY", kind="amount", bound="gt",
     metric="果蔬出口", metric_alts=["果蔬出口额", "永州果蔬出口", "果蔬出口总额"],
     subject="永州市", subject_alts=part_alts("永州"),
     **FLOW, note="the city owns the number; 突破 → gt; 百亿元 = 1e10")
fact("建设200个省级美丽乡村", "200个", value=200, unit="count", kind="count",
     classifier="个", metric="省级美丽乡村",
     metric_alts=new("省级美丽乡村", "建设省级美丽乡村", "美丽乡村"), **FLOW)
fact("黑臭水体治理124个", "124个", value=124, unit="count", kind="count", classifier="个",
     metric="较大面积农村黑臭水体治理",
     metric_alts=["农村黑臭水体治理", "较大面积农村黑臭水体", "农村黑臭水体",
                  "完成较大面积农村黑臭水体治理", "较大面积农村黑臭水体治理数量",
                  "黑臭水体治理"],
     **FLOW)
g.neg("脱贫攻坚首倡地", "首倡", FIRST_NOTE + " (首倡地 'place where it was first proposed')")
g.neg("首倡地十八洞村", "十八洞村", PLACE_NOTE.format("十八洞村, a village"))
g.neg("“十佳案例”", "十佳",
      "award label (十佳案例 'ten best cases'), the set the village entered, not a rank")

# ---- line 19: 六是聚力强区域 ----------------------------------------------------------------
g.neg("六是聚力强区域", "六是", MARKER_NOTE)
g.neg("“一带一部”区位优势充分彰显", "一带一部",
      LABEL_NOTE + " (一带一部: Hunan's position between the coastal belt and the centre)")
fact("中部崛起127项重点任务", "127项", value=127, unit="count", kind="count",
     classifier="项", metric="中部崛起重点任务",
     metric_alts=["重点任务", "中部崛起重点任务数量", "落地实施中部崛起重点任务",
                  "中部地区崛起重点任务"],
     **FLOW, note="tasks of the central-region strategy put into practice in 2024")
g.neg("污染治理“4+1”工程", "4+1", LABEL_NOTE + " (4+1 工程, a project label)")
fact("居中部化工园区第1位", "第1位", value=1, unit="rank", kind="rank",
     scope="中部化工园区", metric="综合竞争力",
     metric_alts=["综合竞争力排名", "化工园区综合竞争力"],
     subject="岳阳绿色化工高新区",
     subject_alts=part_alts("岳阳绿色化工高新技术产业开发区", "岳阳绿色化工产业园"),
     **FLOW, note="the park owns the rank (README §4); scope 中部化工园区")
g.neg("计量产业园首开区", "首开区",
      "首开区 'first development zone' of the park, a zone label, not a rank or count")
g.neg("洞庭湖治理“五大工程”", "五大", SET_NOTE + " (五大工程)")
fact("实际到位内资超4000亿元", "4000亿元", value=4e11, unit="CNY", kind="amount",
     bound="gt", metric="实际到位内资",
     metric_alts=["到位内资", "实际到位内资金额", "实际到位内资额", "实际利用内资"],
     subject="湘南湘西承接产业转移示范区",
     subject_alts=part_alts("湘南湘西", "承接产业转移示范区", "湘南湘西承接产业转移示范区"),
     **FLOW, note="the demonstration zone owns the number (README §4); 超 → gt")
g.neg("国家5A级旅游景区", "5A级", "scenic-area grade label (5A级), not a quantity")
fact("居中西部地级城市首位", "首位", value=1, unit="rank", kind="rank",
     scope="中西部地级城市", metric="入境游客量",
     metric_alts=["入境游客", "入境游客数量", "入境游客量排名", "入境游客人次"],
     subject="张家界市", subject_alts=part_alts("张家界"),
     **FLOW, note="首位 → rank 1 (SPEC §3); the city owns the rank; scope 中西部地级城市")
g.neg("新型城镇化战略五年行动计划", "五年",
      "name of a five-year campaign (五年行动计划), not a duration fact")
fact("城镇老旧小区5357个", "5357个", value=5357, unit="count", kind="count",
     classifier="个", metric="城镇老旧小区",
     metric_alts=["开工改造城镇老旧小区", "改造城镇老旧小区", "老旧小区", "城镇老旧小区改造",
                  "开工改造城镇老旧小区数量", "城镇老旧小区数量", "老旧小区改造"],
     **FLOW)
URB = ["常住人口城镇化率"]
fact("城镇化率提升0.9个百分点", "0.9个百分点", value=0.9, unit="pp", kind="change",
     metric="城镇化率", metric_alts=URB, comparison="yoy", **FLOW,
     note="pp change of a share: the share's metric (README §3); basis the previous year")
fact("0.9个百分点、达62.1%", "62.1%", value=62.1, unit="%", kind="share",
     metric="城镇化率", metric_alts=URB, **STOCK,
     note="rate of a population stock (SPEC §2/§4): " + STOCK_NOTE)
fact("高于全省经济增速0.4个百分点", "0.4个百分点", value=0.4, unit="pp", kind="change",
     metric="县域经济增速",
     metric_alts=["县域经济", "县域经济增长", "县域经济增长速度", "县域地区生产总值增速",
                  "县域GDP增速"],
     subject_alts=SUBJ_ALTS + ["县域", "县域经济", "湖南省县域"],
     comparison="比全省经济增速", **FLOW,
     note="pp difference of growth rates against the province's (README §3); the counties "
          "are a part of the province → subject 湖南省, 县域 as alt (README §4)")

# ---- line 20: 七是尽力惠民生 ----------------------------------------------------------------
g.neg("七是尽力惠民生", "七是", MARKER_NOTE)
fact("城镇新增就业79.8万人", "79.8万人", value=798000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **FLOW,
     note="standard indicator name; 新增 is part of it (wr_henan)")
g.neg("零就业家庭", "零",
      "零就业家庭 'zero-employment households', a category name, not a quantity")
g.neg("动态清零", "零", "清零 'cleared to zero' (all such households helped), an idiom")
fact("转移就业达1695万人", "1695万人", value=16950000, unit="count", kind="count",
     classifier="人", metric="农村劳动力转移就业",
     metric_alts=["农村劳动力转移就业人数", "农村劳动力转移就业规模", "转移就业",
                  "农村劳动力转移就业总量"],
     **STOCK, note="达 = the number of rural workers in transferred employment (a level, "
                   "not 新增): " + STOCK_NOTE)
fact("签约服务覆盖率达79.8%", "79.8%", value=79.8, unit="%", kind="share",
     metric="重点人群家庭医生签约服务覆盖率",
     metric_alts=["家庭医生签约服务覆盖率", "重点人群家庭医生签约覆盖率",
                  "家庭医生签约覆盖率", "重点人群家庭医生签约率"],
     **STOCK, note="coverage = share of a stock (wr_henan 覆盖率): " + STOCK_NOTE)
fact("100所县域普通高中", "100所", value=100, unit="count", kind="count", classifier="所",
     metric="县域普通高中“徐特立项目”",
     metric_alts=["县域普通高中", "“徐特立项目”", "徐特立项目", "县域普通高中徐特立项目",
                  "“徐特立项目”县域普通高中", "徐特立项目县域普通高中",
                  "建成投用县域普通高中“徐特立项目”", "县域普通高中“徐特立项目”数量"],
     **FLOW, note="schools whose 徐特立 project was completed and put into use in 2024")
fact("提质改造农村公路4528公里", "4528公里", value=4528000, unit="m", kind="amount",
     metric="提质改造农村公路",
     metric_alts=["农村公路", "农村公路提质改造", "提质改造农村公路里程", "农村公路提质改造里程"],
     **FLOW)
fact("农村公路安防设施2.6万公里", "2.6万公里", value=2.6e7, unit="m", kind="amount",
     metric="农村公路安防设施",
     metric_alts=["建成农村公路安防设施", "农村公路安防设施里程", "安防设施",
                  "建成农村公路安防设施里程"],
     **FLOW, note="length fitted in 2024 (建成, no 累计)")
g.neg("“双碳”战略", "双碳", LABEL_NOTE + " (双碳 = carbon peak and neutrality)")
g.neg("提前完成“十四五”", "十四五", "plan label 十四五")
fact("反馈问题整改完成230个", "230个", value=230, unit="count", kind="count",
     classifier="个", metric="反馈问题整改",
     metric_alts=["反馈问题", "整改完成反馈问题", "中央生态环保督察、长江经济带警示片反馈问题",
                  "中央生态环保督察、长江经济带警示片反馈问题整改", "反馈问题整改完成",
                  "问题整改", "整改完成问题", "反馈问题整改数量"],
     **FLOW, note="problems (reported by the central inspection and the Yangtze warning film) "
                  "rectified in 2024")

# ---- line 21: 八是合力保稳定 ----------------------------------------------------------------
g.neg("八是合力保稳定", "八是", MARKER_NOTE)
g.neg("洞庭湖一线堤防", "一线", "一线 'front-line' (first-line dike), a label, not a count")
fact("团洲垸蓄滞洪区2.1万余人", "2.1万余人", value=21000, unit="count", kind="count",
     classifier="人", bound="gt", metric="迁建人口",
     metric_alts=["进行迁建人口", "迁建人数", "迁建群众", "进行迁建", "迁建",
                  "进行迁建的人口", "迁建人员", "蓄滞洪区迁建人口"],
     subject="团洲垸蓄滞洪区", subject_alts=part_alts("团洲垸", "华容县"),
     **FLOW, note="people of the flood-storage area being relocated after the 2024 dike "
                  "breach; 余 inside the span → gt; the area owns the number (README §4)")
fact("资兴市4112户受灾群众", "4112户", value=4112, unit="count", kind="count",
     classifier="户", metric="首批搬进新居的受灾群众",
     metric_alts=["受灾群众", "首批搬进新居受灾群众", "搬进新居的受灾群众", "受灾群众户数",
                  "搬进新居受灾群众", "受灾群众搬进新居"],
     subject="资兴市", subject_alts=part_alts("资兴"),
     modality="target", period=P("春节前", None, "2025-01-28"),
     period_alts=[P("春节前", "2025-01-01", "2025-01-28"), Y24, Y24_NULL],
     note="judgement call: 春节前将首批搬进新居 is a plan stated on 2025-01-14 for the "
          "weeks before the Spring Festival (2025-01-29) → modality target, period "
          "null..2025-01-28 (春节前 follows the number in its own clause); the review year "
          "and null as period alts")
g.neg("春节前将首批搬进新居", "首批", FIRST_NOTE + " (首批 'the first batch')")
fact("交付率分别达100%", "100%", value=100, unit="%", kind="share",
     metric="“保交楼”交付率",
     metric_alts=["保交楼交付率", "保交楼项目交付率", "“保交楼”项目交付率", "保交楼"],
     **STOCK, note="分别 list: 保交楼 ↔ 100%, 保交房 ↔ 98%; cumulative delivery rate = share "
                   "of a stock (wr_henan 保交房项目交付率): " + STOCK_NOTE)
fact("100%、98%", "98%", value=98, unit="%", kind="share", metric="“保交房”交付率",
     metric_alts=["保交房交付率", "保交房项目交付率", "“保交房”项目交付率", "保交房"],
     **STOCK, note="share of a stock: " + STOCK_NOTE)
g.neg("兜牢“三保”底线", "三保",
      LABEL_NOTE + " (三保 = basic livelihoods, wages, operations)")
TRANSFER = ["省下达市县财力性转移支付", "下达市县财力性转移支付", "财力性转移支付规模",
            "市县财力性转移支付", "转移支付"]
fact("财力性转移支付达1379亿元", "1379亿元", value=1379e8, unit="CNY", kind="amount",
     metric="财力性转移支付", metric_alts=TRANSFER, subject_alts=GOV_ALTS, **FLOW,
     note="transfers of the year from the province to cities and counties (a flow)")
fact("较上年增长8.6%", "8.6%", value=8.6, unit="%", kind="growth",
     metric="财力性转移支付", metric_alts=TRANSFER, subject_alts=GOV_ALTS,
     comparison="yoy", **FLOW, note="较上年 → yoy (a comparison, not a period)")
g.neg("“三查一曝光”", "三查一曝光",
      LABEL_NOTE + " (三查一曝光 'three checks, one exposure')")
fact("亡人数量下降12.7%", "12.7%", value=-12.7, unit="%", kind="growth",
     metric="道路交通事故亡人数量",
     metric_alts=["道路交通事故死亡人数", "道路交通事故亡人数", "道路交通事故亡人",
                  "道路交通事故死亡人数数量"],
     comparison="yoy", **FLOW, note="下降 → negative value")
fact("森林火灾数量下降56.2%", "56.2%", value=-56.2, unit="%", kind="growth",
     metric="森林火灾数量", metric_alts=["森林火灾", "森林火灾起数"], comparison="yoy",
     **FLOW, note="下降 → negative value")

# ---- line 22: 九是加力提效能 ----------------------------------------------------------------
g.neg("九是加力提效能", "九是", MARKER_NOTE)
fact("省人大代表建议1004件", "1004件", value=1004, unit="count", kind="count",
     classifier="件", metric="省人大代表建议",
     metric_alts=["办理省人大代表建议", "人大代表建议", "省人大代表建议办理",
                  "办理省人大代表建议数量"],
     subject_alts=GOV_ALTS, **FLOW,
     note="the government's own acts: subject 湖南省 with the government as alt "
          "(wr_shandong 971件)")
fact("省政协提案1047件", "1047件", value=1047, unit="count", kind="count", classifier="件",
     metric="省政协提案",
     metric_alts=["办理省政协提案", "政协提案", "省政协提案办理", "办理省政协提案数量"],
     subject_alts=GOV_ALTS, **FLOW, note="verb 办理 distributes over the list")
fact("地方性法规议案17件", "17件", value=17, unit="count", kind="count", classifier="件",
     metric="地方性法规议案",
     metric_alts=["提请审议地方性法规议案", "提请审议的地方性法规议案", "地方性法规议案数量"],
     subject_alts=GOV_ALTS, **FLOW)
fact("制定省政府规章3件", "3件", value=3, unit="count", kind="count", classifier="件",
     metric="省政府规章",
     metric_alts=["制定省政府规章", "政府规章", "省政府规章数量", "规章"],
     subject_alts=GOV_ALTS, **FLOW)
g.neg("省市县乡四级", "四级",
      "四级 'four-tier' (the four levels 省市县乡 just named), a structure label, not a count")
g.neg("“高效办成一件事”改革", "一件事", "service-programme name 高效办成一件事, not a count")
g.neg("首批17个", "首批", FIRST_NOTE + " (首批 'the first batch')")
fact("首批17个“一件事”", "17个", value=17, unit="count", kind="count", classifier="个",
     metric="“一件事”",
     metric_alts=["一件事", "首批“一件事”", "首批一件事", "“一件事”事项", "一件事事项",
                  "高效办成一件事", "“高效办成一件事”事项", "高效办成一件事事项",
                  "“一件事”数量", "落地“一件事”"],
     subject_alts=GOV_ALTS, **FLOW,
     note="items of the 高效办成一件事 service launched (落地) in 2024 (wr_henan 17项)")
g.neg("17个“一件事”全部", "一件事", "service-programme item name (一件事), not a count")
fact("总用户数近3500万", "3500万", value=35000000, unit="count", kind="count",
     classifier="用户", bound="approx", metric="总用户数",
     metric_alts=["用户数", "“湘易办”总用户数", "湘易办总用户数", "用户总数", "注册用户数",
                  "用户"],
     subject="湘易办", subject_alts=part_alts("“湘易办”", "湘易办平台"),
     **STOCK, note="the service platform owns the number (README §4); 近 → approx; no "
                   "measure word in the text: the counted noun 用户 stands as classifier; 总用户数 is a stock: "
                   + STOCK_NOTE)
fact("月访问量保持在1000万人次", "1000万人次", value=1e7, unit="count", kind="count",
     classifier="人次", bound="ge", metric="月访问量",
     metric_alts=["“湘易办”月访问量", "湘易办月访问量", "访问量", "月访问人次"],
     subject="湘易办", subject_alts=part_alts("“湘易办”", "湘易办平台"),
     **FLOW, note="monthly visits kept (保持在) at 10 million or more through 2024; 以上 → "
                  "ge, outside the span; the per-month basis stays in the metric")
g.neg("实现一网办", "一网办", "service slogan 一网办 ('handled on one network'), not a count")
fact("非刚性支出167亿元", "167亿元", value=-167e8, unit="CNY", kind="amount",
     metric="非重点非刚性支出增量",
     metric_alts=["非重点非刚性支出", "压减收回非重点非刚性支出", "压减非重点非刚性支出",
                  "省本级非重点非刚性支出增量", "省本级非重点非刚性支出", "非刚性支出增量",
                  "非刚性支出", "压减收回支出", "压减支出"],
     subject_alts=GOV_ALTS + ["省本级"], **FLOW,
     note="压减 N元 = an absolute cut of a level (SPEC §2, as 调减77万亩): signed value "
          "−167亿元, metric = the level's metric + 增量 (the verb readings in alts); spending "
          "of the provincial level (省本级) in 2024, the province's own budget → 湖南省, "
          "省本级 as alt. Revised after the eval: first written +167亿元 with the verb in the "
          "metric, which misapplied SPEC §2")
fact("工作激励“二十条”", "二十条", value=20, unit="count", kind="count", classifier="条",
     metric="大抓落实工作激励措施",
     metric_alts=["大抓落实工作激励“二十条”", "大抓落实工作激励二十条", "工作激励措施",
                  "“二十条”", "二十条", "大抓落实工作激励", "激励措施", "大抓落实工作激励措施条数"],
     subject_alts=GOV_ALTS, **FLOW,
     note="quoted nickname of a policy stating its number of measures: a count of measures "
          "(wr_jiangsu “33条”, wr_sichuan 稳增长“18条”)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: items 二是 to 九是 "
    "of the detailed 2024 review (the items of 主要抓了以下九个方面的工作, source line 13), the "
    "last eight of its nine sections. This report's text has no 主要预期目标 paragraph (its "
    "2025 part is a list of tasks), and the first 2025 tasks with numbers (source lines "
    "36-38) are more than 3,500 characters of whole lines away from the review, so the "
    "excerpt holds review facts only. Date: 2025-01-14, the delivery date in the source's "
    "header line 4 (2025年1月14日在湖南省第十四届人民代表大会第三次会议上…, outside the "
    "excerpt; corpus meta agrees); nothing in the excerpt contradicts it. Title: line 1 of "
    "the source, outside the excerpt. Place: provincial report → 湖南省 (alts 湖南, 全省; "
    "the government's own acts — 建议/提案/议案/规章, 一件事, 二十条, transfers, 省本级 "
    "spending — add 湖南省人民政府/省政府/省人民政府). Zones, facilities and cities that own "
    "their numbers take the subject with the province as alt: 湘江科学城, 湖南自贸试验区, "
    "岳阳城陵矶港, 永州市, 岳阳绿色化工高新区, 湘南湘西承接产业转移示范区, 张家界市, "
    "团洲垸蓄滞洪区, 资兴市, 湘易办; parts of the province (园区, 县域, 在湘高校) keep "
    "湖南省 with the part as alt (README §4). Periods: the items name no period of their "
    "own and take the review year 2024 (section frame of the heading 一、2024年工作回顾, "
    "outside the excerpt; period text 年度, the excerpt's own word for that year in "
    "超额完成年度任务), null in period_alts; stocks (达 N 家/对/个, 总数达, 国家级科技人才突破"
    "1000人, 转移就业达, 城镇化率, 覆盖率, 交付率, 总用户数) are instants at 2024-12-31 with "
    "the year and null as alts; undecided levels (13条重点产业链, 上云上平台企业) take the "
    "year with the instant as alt; ranks follow their metric. Judgement calls: 资兴市4112户"
    "受灾群众春节前将首批搬进新居 is a plan → modality target, period null..2025-01-28 "
    "(Spring Festival 2025-01-29), the year and null as alts; 均超千列 over three train "
    "services is one fact (first service primary, others in alts); 2.2个和3.7个百分点 gives "
    "spans 2.2个 and 3.7个百分点; N大 (3大, 5大, 十大, 五大), 千亿 / 千亿级 / 百强 / 十佳 / "
    "5A级 class labels, 第一批 / 首批 / 首台 / 首倡 / 首开区, 四级, 零基, 零就业 / 清零 are "
    "negatives; “二十条” is a count of measures (as “33条”); 压减…支出167亿元 is an absolute cut "
    "(SPEC §2 调减): −1.67e10, metric 非重点非刚性支出增量; 百亿元 = 1e10 CNY, 千列 = 1000.")

g.write(date="2025-01-14",
        source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} (来源：湖南日报)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
