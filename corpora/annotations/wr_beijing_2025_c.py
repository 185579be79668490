"""Gold annotations for wr_beijing_2025_c (2025年北京市政府工作报告, the 2024 review, third
excerpt), lines 16-20 of shared/texts/work_report/wr_beijing_2025.txt.

The excerpt corpora/wr_beijing_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items 四是 (全国文化中心: heritage, museums,
performances, sport), 五是 (美丽北京: air, water, soil, greening, parks, villages), 六是 (民生:
jobs, education, health, elderly care, social security, transport, urban renewal, waste,
property services), 七是 (安全: work safety, disaster relief, public security) and the short
paragraph on defence and veterans.  It lies in part 一、2024年工作回顾 (heading on source line
6), under 一年来，主要做了以下工作。 (source line 12), both outside the excerpt: the review of
2024.  The line range was given by the brief; lines 8-14 are annotated in wr_beijing_2025,
50-64 in wr_beijing_2025_b (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_beijing_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_beijing_2025_c"
PLACE = "北京市"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_beijing_2025.txt"
FIRST, LAST = 16, 20                    # 1-based, inclusive, whole lines
TITLE = "2025年北京市政府工作报告"
BJ_ALTS = ["北京", "全市", "北京地区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="四是深入推进全国文化中心建设",
                 ends="民族、宗教、侨务工作成效明显。")
text = g.text
fact = g.with_subject(PLACE, BJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
APPOS_NOTE = ("appositive {} 'the … just named' (listed right before it), not a quantity "
              "claim (as wr_beijing_2025 三级, wr_beijing_2025_b 五类)")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 一、2024年工作回顾 (source line 6), in the list of items 一是 …
# 七是 introduced by 一年来，主要做了以下工作。 (source line 12), both outside the excerpt.  No
# line of the excerpt names a period of its own except 汛期 (line 4, undated, governs the
# 六成 clause only) and 年度森防期内 (line 4, a label-like season with no number after it but
# 99%), so every number takes the review frame 2024 (SPEC §4 section frame) with the period
# text 一年来 (the words that open the list, as wr_beijing_2025), null in period_alts.
# Stocks (保有量, 数量, 总数达, 总里程达到, 累计, the share of parks or clinics in a state, a
# standard in force such as the break length) are the instant 2024-12-31 with the year and
# null as alts; rates of the year (占比, 处理率, 利用率, 入园率) keep the year with the
# year-end instant as a further alt.  The earlier value of a from/to pair (从6.32下降至6.08)
# is read as the previous year 2023 (as 从第9名 in wr_beijing_2025).
Y24 = P("一年来", "2024-01-01", "2024-12-31")
Y24_NULL = P("一年来", None, None)
Y24_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the year and null in "
              "period_alts")
LEVEL_NOTE = "rate of the year 2024; the year-end instant and null as alts"


def count(ctx, target, value, classifier, metric, alts, period=FLOW, **kw):
    fact(ctx, target, value=value, unit="count", kind="count", classifier=classifier,
         metric=metric, metric_alts=alts, **period, **kw)


# ==== line 1 (source 16): 四是 全国文化中心 ====================================================
g.neg("四是深入推进", "四是", MARKER_NOTE)
g.neg("，首都文化在保护", "首都", "lexicalized 首都 (capital), not a rank (as wr_beijing_2025)")
g.neg("获评国家5A级景区", "5A级", "grade label 5A级 (the top class of scenic areas), not a "
      "quantity (as cm_qiandongnan_2023 5A级)")
g.neg("首钢老工业区", "首钢", NAME_NOTE.format("首钢, the Shougang steel company"))
count("市民系列文化活动1.6万场", "1.6万场", 16000, "场", "市民系列文化活动",
      ["举办市民系列文化活动", "文化活动", "市民系列文化活动场次", "市民文化活动"],
      note="举办 N场: events held in 2024")
count("营业性演出5.7万场", "5.7万场", 57000, "场", "营业性演出",
      ["营业性演出场次", "举办营业性演出", "演出", "演出场次"],
      note="verb 举办 shared with 1.6万场")
count("试点推行20家博物馆", "20家", 20, "家", "延时开放博物馆",
      ["博物馆", "试点推行延时开放博物馆", "博物馆延时开放", "延时开放博物馆数量",
       "试点延时开放博物馆"],
      note="museums in the 2024 pilot of longer opening hours")
count("新增15家备案博物馆", "15家", 15, "家", "备案博物馆",
      new("备案博物馆", "新增备案博物馆", "博物馆"),
      note="新增 N: added in 2024; 增量 alts (README §3)")
count("和29家类博物馆", "29家", 29, "家", "类博物馆",
      new("类博物馆", "新增类博物馆"),
      note="verb 新增 shared with 15家; 增量 alts (README §3)")
count("实体书店数量超2100家", "2100家", 2100, "家", "实体书店数量",
      ["实体书店", "实体书店总数", "实体书店总量"], period=STOCK, bound="gt",
      note="超 → gt (outside the span); the number of bookshops: " + STOCK_NOTE)
count("举办群众赛事活动3.8万场", "3.8万场", 38000, "场", "群众赛事活动",
      ["群众体育赛事活动", "举办群众赛事活动", "群众赛事活动场次", "赛事活动"])
count("参与人次超630万", "630万", 6.3e6, "人次", "冰雪运动参与人次",
      ["冰雪运动参与", "冰雪运动参与人数", "参与冰雪运动人次", "冰雪运动参与人次数"],
      bound="gt",
      note="超 → gt; the measure word 人次 is in the metric (人次超630万), so the span is the "
           "number with its scale only; participations in 2024")

# ==== line 2 (source 17): 五是 美丽北京 =======================================================
g.neg("五是大力推动", "五是", MARKER_NOTE)
count("保有量超100万辆", "100万辆", 1e6, "辆", "新能源汽车保有量",
      ["新能源汽车", "新能源汽车数量", "新能源汽车保有数量"], period=STOCK, bound="gt",
      note="超 → gt; 保有量 is a stock: " + STOCK_NOTE)
fact("绿色电力占比达到26%", "26%", value=26, unit="%", kind="share",
     metric="绿色电力占比",
     metric_alts=["绿电占比", "绿色电力消费占比", "绿色电力占全社会用电量比重",
                  "绿色电力比重", "绿电消费占比"], **LEVEL,
     note="达到 → eq; judgement call: the green share of the year's power use (a flow "
          "share) → " + LEVEL_NOTE)
count("2000余家企业", "2000余家", 2000, "家", "实施挥发性有机物等治理提升企业",
      ["企业", "实施挥发性有机物治理提升企业", "挥发性有机物治理企业",
       "实施挥发性有机物等治理提升的企业", "挥发性有机物等治理提升企业"],
      bound="gt", note="余 inside the span → gt; firms that upgraded their VOC treatment "
                       "in 2024")
fact("城乡污水处理率达到97.5%", "97.5%", value=97.5, unit="%", kind="share",
     metric="城乡污水处理率", metric_alts=["污水处理率", "城乡污水处理率达到"], **LEVEL,
     note="达到 → eq; a rate (share) of the year → " + LEVEL_NOTE)
g.neg("劣五类水体", "五类", "water-quality class label 劣五类 (worse than grade V, GB 3838), "
      "not a quantity (as Ⅱ类 in wr_shaanxi_2025)")
fact("建设用地面积10万平方米", "10万平方米", value=-1e5, unit="m2", kind="amount",
     metric="受污染建设用地面积增量",
     metric_alts=["受污染建设用地面积", "削减受污染建设用地面积", "受污染建设用地",
                  "受污染建设用地面积削减", "受污染建设用地削减面积"], **FLOW,
     note="judgement call: absolute change of a level (SPEC §2, as 城乡建设用地再减量6.6平方公里 "
          "in wr_beijing_2025): 削减 → negative value, metric …增量; 万平方米 = 1e4 m2")
fact("新增造林绿化1万亩", "1万亩", value=1e4, unit="mu", kind="amount",
     metric="新增造林绿化",
     metric_alts=["造林绿化", "造林绿化面积", "新增造林绿化面积", "造林绿化增量",
                  "造林绿化面积增量"], **FLOW,
     note="新增 N: afforestation of 2024 (增量 reading as alts); 亩 stays mu (SPEC §3)")
count("新增公园35个", "35个", 35, "个", "公园",
      new("公园", "新增公园"), note="新增 N: parks added in 2024; 增量 alts (README §3)")
count("公园总数达1100个", "1100个", 1100, "个", "公园总数",
      ["公园", "公园数量", "全市公园总数", "公园总量"], period=STOCK,
      note="达 → eq; 总数 is a stock: " + STOCK_NOTE)
fact("三分之二的公园", "三分之二", value=200 / 3, unit="%", kind="share",
     metric="实现无界融通的公园占比",
     metric_alts=["实现无界融通公园占比", "无界融通公园占比", "公园无界融通比例",
                  "实现无界融通的公园比例", "实现无界融通的公园占公园总数比重", "公园"],
     **STOCK,
     note="fraction 三分之二 → 66.67 % (SPEC §3 fractions); the share of the parks that are "
          "open without fences (a share of a stock): " + STOCK_NOTE + ". Known false "
          "alarm: the shared check_gold.py reads the span 三分之二 as 3")
fact("建成绿道500公里", "500公里", value=5e5, unit="m", kind="amount", metric="绿道",
     metric_alts=["建成绿道", "绿道里程", "绿道长度", "新建绿道", "建成绿道里程"], **FLOW,
     note="公里 = 1e3 m; greenways completed in 2024")
g.neg("环二环80公里", "二环", NAME_NOTE.format("二环, the Second Ring Road"))
fact("环二环80公里绿道", "80公里", value=8e4, unit="m", kind="amount",
     metric="环二环绿道长度",
     metric_alts=["环二环绿道", "绿道长度", "绿道", "环二环绿道里程", "全线贯通绿道"],
     **LEVEL,
     note="technical magnitude (the length of the ring greenway completed end to end in "
          "2024, README §2) → the year, the year-end instant and null as alts")
count("20个街区", "20个", 20, "个", "实现绿化彩化的街区",
      ["街区", "绿化彩化街区", "实现绿化彩化街区", "街区绿化彩化"],
      note="分项 list 20个街区、300座立交桥、100条城市画廊 实现绿化彩化 (in 2024)")
count("300座立交桥", "300座", 300, "座", "实现绿化彩化的立交桥",
      ["立交桥", "绿化彩化立交桥", "实现绿化彩化立交桥", "立交桥绿化彩化"])
count("100条城市画廊", "100条", 100, "条", "实现绿化彩化的城市画廊",
      ["城市画廊", "绿化彩化城市画廊", "实现绿化彩化城市画廊", "城市画廊绿化彩化"])
g.neg("推进百千工程", "百千工程", LABEL_NOTE + " (百千工程, the hundred-village / "
      "thousand-village demonstration programme, as wr_beijing_2025_b), not a count")
count("建成美丽庭院3100户", "3100户", 3100, "户", "美丽庭院",
      ["建成美丽庭院", "美丽庭院数量", "美丽庭院户数"])
count("清洁取暖改造1.3万户", "1.3万户", 13000, "户", "农村住户清洁取暖改造",
      ["清洁取暖改造", "农村住户清洁取暖改造户数", "完成农村住户清洁取暖改造",
       "农村清洁取暖改造", "清洁取暖改造户数"], note="户 is a classifier (SPEC §3)")

# ==== line 3 (source 18): 六是 民生实事 =======================================================
g.neg("六是用心用情", "六是", MARKER_NOTE)
count("就业创业十项行动", "十项", 10, "项", "促进高校毕业生就业创业行动",
      ["促进高校毕业生就业创业十项行动", "高校毕业生就业创业行动", "就业创业行动", "行动",
       "促进高校毕业生就业创业行动数量"],
      note="judgement call: a count of measures (十项行动, as 七条措施 in gold README §2 and "
           "十项措施 in wr_china_2009), not a label")
g.neg("马驹桥零工市场", "零工", "lexicalized 零工 'odd jobs'; 零 is not a quantity (as "
      "wr_fujian_2025_b)")
g.neg("等一批就业服务平台", "一批", "vague quantifier 一批 (README §2)")
count("城镇新增就业29.9万人", "29.9万人", 299000, "人", "城镇新增就业",
      ["城镇新增就业人数", "新增就业"])
count("新增普惠性托位近1.9万个", "1.9万个", 19000, "个", "普惠性托位",
      new("普惠性托位", "新增普惠性托位", "托位"), bound="approx",
      note="近 → approx (outside the span); 新增 N: 增量 alts (README §3)")
fact("普惠率均达到93%", "93%", value=93, unit="%", kind="share",
     metric="适龄儿童入园率和普惠率",
     metric_alts=["适龄儿童入园率", "普惠率", "入园率", "学前教育普惠率", "适龄儿童普惠率",
                  "学前教育入园率"], **LEVEL,
     note="one quantity mention (均达到93%) over two rates → one fact (SPEC §1, as 均居…首位 "
          "in wr_beijing_2025), parts as alts; 达到 → eq; " + LEVEL_NOTE)
count("新增中小学学位近3.9万个", "3.9万个", 39000, "个", "中小学学位",
      new("中小学学位", "新增中小学学位", "学位"), bound="approx",
      note="近 → approx; 新增 N: 增量 alts (README §3)")
fact("调整到15分钟", "15分钟", value=15, unit="分钟", kind="amount",
     metric="义务教育学校课间时长",
     metric_alts=["课间时长", "课间休息时长", "义务教育课间时长", "课间时间"], **STOCK,
     note="调整到 → the length in force after the change (a standard in force: "
          + STOCK_NOTE + "); judgement call on the unit: SPEC §3 has no minute, so the "
          "surface unit 分钟 is kept with value 15 (as 1分钟 in nw_cctv_20241020_chongqing_2024; "
          "15/1440 day is the alternative)")
count("建成9个紧密型城市医疗集团", "9个", 9, "个", "紧密型城市医疗集团",
      new("紧密型城市医疗集团", "建成紧密型城市医疗集团", "城市医疗集团"),
      note="建成 N in 2024; 增量 alts (README §3)")
g.neg("覆盖全部二级及以上", "二级", "hospital grade threshold 二级及以上 defining the covered "
      "set (SPEC §2), not a fact of its own")
fact("50%以上村卫生室", "50%", value=50, unit="%", kind="share", bound="ge",
     metric="实现与乡镇卫生院一体化管理的村卫生室占比",
     metric_alts=["村卫生室一体化管理比例", "实现一体化管理的村卫生室占比",
                  "村卫生室实现与乡镇卫生院一体化管理", "村卫生室占比", "村卫生室",
                  "一体化管理村卫生室占比"], **STOCK,
     note="以上 → ge (outside the span); the share of village clinics under integrated "
          "management (a share of a stock): " + STOCK_NOTE)
count("181项检验结果", "181项", 181, "项", "检验结果互认",
      ["检验结果", "互认共享检验结果", "实现互认共享的检验结果", "检验结果互认共享",
       "互认检验结果", "检验结果互认项目"], period=LEVEL,
      note="items mutually recognised by the city's hospitals (as 147项医检结果 in "
           "wr_shaanxi_2025): the year, the year-end stock reading as alt")
count("300项检查结果", "300项", 300, "项", "检查结果互认",
      ["检查结果", "互认共享检查结果", "实现互认共享的检查结果", "检查结果互认共享",
       "互认检查结果", "检查结果互认项目"], period=LEVEL)
count("新建105家街道乡镇", "105家", 105, "家", "街道乡镇区域养老服务中心",
      new("街道乡镇区域养老服务中心", "新建街道乡镇区域养老服务中心", "区域养老服务中心",
          "养老服务中心"),
      note="新建 N in 2024; 增量 alts (README §3)")
count("240个农村邻里互助", "240个", 240, "个", "农村邻里互助养老服务点",
      new("农村邻里互助养老服务点", "新建农村邻里互助养老服务点", "邻里互助养老服务点",
          "养老服务点"),
      note="verb 新建 shared with 105家; 增量 alts (README §3)")
count("新增9829张家庭养老床位", "9829张", 9829, "张", "家庭养老床位",
      new("家庭养老床位", "新增家庭养老床位", "养老床位"),
      note="新增 N: 增量 alts (README §3)")
count("老楼加装电梯876部", "876部", 876, "部", "老楼加装电梯",
      ["加装电梯", "老楼加装电梯数量", "既有住宅加装电梯", "电梯"])
count("惠及80余万高龄", "80余万", 8e5, "人", "“老老人”服务保障措施惠及高龄和失能失智老年人",
      ["惠及高龄和失能失智老年人", "高龄和失能失智老年人", "老年人", "惠及老年人",
       "“老老人”服务保障措施惠及人数", "老老人服务保障措施惠及高龄和失能失智老年人"],
      bound="gt",
      note="余 inside the span → gt; no measure word → classifier 人 (as 74万 in "
           "wr_yunnan_2025); people reached in 2024")
count("累计为百万名", "百万名", 1e6, "名", "获得职业伤害保障的新就业形态劳动者",
      ["新就业形态劳动者", "职业伤害保障", "新就业形态劳动者职业伤害保障",
       "累计为新就业形态劳动者提供职业伤害保障", "职业伤害保障覆盖新就业形态劳动者",
       "新就业形态劳动者数量"], period=STOCK,
      note="累计 → " + STOCK_NOTE + "; 百万 → 1e6, no bound word → eq (a round figure as "
           "written)")
g.neg("开通3号线一期", "3号线", NAME_NOTE.format("3号线, metro line 3"))
g.neg("开通3号线一期", "一期", PHASE_NOTE.format("一期"))
g.neg("、12号线、", "12号线", NAME_NOTE.format("12号线, metro line 12"))
g.neg("昌平线南延一期", "一期", PHASE_NOTE.format("一期 (昌平线南延一期)"))
count("等3条轨道新线", "3条", 3, "条", "轨道新线",
      new("轨道新线", "开通轨道新线", "轨道交通新线", "地铁新线", "新线"),
      note="judgement call: lines opened in 2024 — a count, although the three lines are "
           "named right before it (等3条); the appositive reading (a negative, as 五类 in "
           "wr_beijing_2025_b) is the alternative. 增量 alts (README §3)")
fact("新增地铁运营里程43公里", "43公里", value=4.3e4, unit="m", kind="amount",
     metric="新增地铁运营里程",
     metric_alts=["地铁运营里程", "地铁运营里程增量", "新增运营里程", "运营里程增量",
                  "地铁运营里程新增"], **FLOW,
     note="新增 N in 2024 (SPEC §2 增量 reading as alt); 公里 = 1e3 m")
fact("总里程达到879公里", "879公里", value=8.79e5, unit="m", kind="amount",
     metric="地铁运营总里程",
     metric_alts=["总里程", "地铁总里程", "地铁运营里程", "轨道交通运营总里程",
                  "轨道交通运营里程", "地铁运营总里程达到"], **STOCK,
     note="达到 → eq; the network length (a stock): " + STOCK_NOTE)
count("优化143条公交线路", "143条", 143, "条", "公交线路",
      ["优化公交线路", "公交线路优化", "优化的公交线路", "公交线路数量"],
      note="lines adjusted in 2024")
count("通游专线352条", "352条", 352, "条", "通学、通医、通游专线",
      ["专线", "推出通学、通医、通游专线", "通学通医通游专线", "公交专线", "定制专线"],
      note="lines launched in 2024")
g.neg("公交与轨道50米内换乘", "50米", "threshold defining the measured transfers (50米内换乘"
      "比例, SPEC §2; as wr_beijing_2025_b), part of the share's metric, not a fact")
fact("换乘比例达到88%", "88%", value=88, unit="%", kind="share",
     metric="公交与轨道50米内换乘比例",
     metric_alts=["50米内换乘比例", "换乘比例", "公交与轨道换乘比例", "公交地铁50米内换乘比例",
                  "公交与轨道交通50米内换乘比例"], **STOCK,
     note="达到 → the level reached (a share of the network, a stock, as the 2025 target "
          "提高到90% in wr_beijing_2025_b): " + STOCK_NOTE)
g.neg("违规电动三四轮车", "三四轮", "vehicle class 三四轮 (three- and four-wheelers), a "
      "description, not a quantity")
g.neg("实现动态清零", "清零", "清零 'clear to zero' (eliminate) in the policy phrase 动态清零, a "
      "goal word, not a quantity (as wr_chongqing_2025_c, wr_yunnan_2025_b)")
g.neg("完成五环内", "五环", NAME_NOTE.format("五环, the Fifth Ring Road"))
TI = ["道路交通指数", "高峰时段道路交通指数", "交通指数", "中心城区道路交通指数",
      "中心城区高峰时段交通指数", "交通拥堵指数"]
fact("指数从6.32下降", "6.32", value=6.32, unit="index", kind="amount",
     metric="中心城区高峰时段道路交通指数", metric_alts=TI,
     period=P("一年来", "2023-01-01", "2023-12-31"), period_alts=[Y24_NULL, Y24],
     note="the earlier value of a from/to pair (从6.32下降至6.08): the previous year, read as "
          "2023 (as 从第9名提升至第2名 in wr_beijing_2025); no period word in the text, so the "
          "period text is the frame word 一年来; null and the review year as alts; an index → "
          "unit index (SPEC §3), kind amount")
fact("下降至6.08", "6.08", value=6.08, unit="index", kind="amount",
     metric="中心城区高峰时段道路交通指数", metric_alts=TI, **FLOW,
     note="the later value: the 2024 level (review year)")
count("完成核心区平房2008户", "2008户", 2008, "户", "核心区平房申请式退租",
      ["平房申请式退租", "申请式退租", "核心区平房申请式退租户数", "申请式退租户数",
       "完成核心区平房申请式退租"],
      note="2008户 is a number of households (户 = classifier), not the year 2008")
count("老旧小区改造开工742个", "742个", 742, "个", "老旧小区改造开工",
      ["老旧小区改造开工量", "老旧小区开工", "老旧小区改造", "开工老旧小区",
       "老旧小区改造开工数量"])
count("完工548个", "548个", 548, "个", "老旧小区改造完工",
      ["老旧小区改造完工量", "老旧小区完工", "老旧小区改造", "完工老旧小区",
       "老旧小区改造完工数量"], note="head 老旧小区改造 restored (README §3)")
fact("简易楼腾退20.6万平方米", "20.6万平方米", value=2.06e5, unit="m2", kind="amount",
     metric="危旧楼房改建和简易楼腾退",
     metric_alts=["危旧楼房改建和简易楼腾退面积", "危旧楼房改建", "简易楼腾退",
                  "启动危旧楼房改建和简易楼腾退", "危旧楼房改建和简易楼腾退规模"], **FLOW,
     note="area started in 2024; 万平方米 = 1e4 m2")
count("完成71处老旧厂房", "71处", 71, "处", "老旧厂房更新改造",
      ["老旧厂房", "完成老旧厂房更新改造", "老旧厂房更新改造数量", "老旧厂房改造"])
fact("拆除护栏247公里", "247公里", value=2.47e5, unit="m", kind="amount",
     metric="拆除护栏",
     metric_alts=["护栏", "拆除护栏长度", "护栏拆除", "拆除护栏里程"], **FLOW,
     note="公里 = 1e3 m; guardrails removed in 2024 (a flow, not signed as a change of a "
          "stated level)")
count("国贸桥等49座", "49座", 49, "座", "桥系桥下空间",
      ["桥下空间", "整治提升桥下空间", "桥系桥下空间整治提升", "整治提升桥系桥下空间",
       "桥", "桥梁"],
      note="bridges whose under-bridge space was improved in 2024 (等 with one named → a "
           "count)")
g.neg("深入抓好两个“关键小事”", "两个", "discourse count 两个 of the label “关键小事” (the two "
      "'key small matters', garbage sorting and property management, enumerated right after "
      "it; as 三个方面 in wr_shaanxi_2025), not a measured quantity — judgement call")
count("完成5.7万个分类桶站", "5.7万个", 57000, "个", "分类桶站规范化提升",
      ["分类桶站", "完成分类桶站规范化提升", "垃圾分类桶站", "分类桶站规范化提升数量"])
count("11座厨余垃圾处理设施", "11座", 11, "座", "完成免破袋装置改造的厨余垃圾处理设施",
      ["厨余垃圾处理设施", "厨余垃圾处理设施免破袋装置改造", "免破袋装置改造",
       "厨余垃圾处理设施数量"])
fact("回收利用率达到40%以上", "40%", value=40, unit="%", kind="share", bound="ge",
     metric="生活垃圾回收利用率",
     metric_alts=["回收利用率", "垃圾回收利用率", "生活垃圾资源化利用率"], **LEVEL,
     note="以上 → ge (outside the span); a rate of the year → " + LEVEL_NOTE)
count("建成100个物业示范项目", "100个", 100, "个", "物业示范项目",
      new("物业示范项目", "建成物业示范项目"),
      note="建成 N in 2024; 增量 alts (README §3)")

# ==== line 4 (source 19): 七是 安全 ============================================================
g.neg("七是更好统筹", "七是", MARKER_NOTE)
g.neg("，首都安全防线", "首都", "lexicalized 首都 (capital), not a rank")
g.neg("损失两个工作维度", "两个", APPOS_NOTE.format("两个 (the two aims 降低事故发生概率 and "
      "降低事故造成损失)"))
g.neg("“三管三必须”", "三管三必须", LABEL_NOTE + " (“三管三必须”: the rule that industry, "
      "business and production managers must each manage safety)")
g.neg("治本攻坚八大行动", "八大", "set label 八大行动 (README §2 八大), not a count claim")
g.neg("“两个以上独立逃生通道”", "两个", LABEL_NOTE + " (the campaign name “两个以上独立逃生"
      "通道”, a safety standard named in quotes), not a fact — judgement call")
count("安全出口3.2万余处", "3.2万余处", 32000, "处", "清理打通疏散通道、安全出口",
      ["疏散通道、安全出口", "疏散通道和安全出口", "清理打通疏散通道和安全出口", "安全出口",
       "疏散通道", "清理打通的疏散通道、安全出口"],
      bound="gt", note="余 inside the span → gt; cleared in 2024")
g.neg("自建房双通道", "双通道", LABEL_NOTE + " (双通道 'double exits', the standard whose "
      "compliance is measured), not a count")
fact("达标率超90%", "90%", value=90, unit="%", kind="share", bound="gt",
     metric="村民经营性自建房双通道达标率",
     metric_alts=["双通道达标率", "经营性自建房双通道达标率", "自建房双通道达标率",
                  "达标率"], **STOCK,
     note="超 → gt (outside the span); the compliance rate of the houses at the end of the "
          "campaign (a share of a stock): " + STOCK_NOTE)
ACC_NOTE = ("分别 list: 死亡事故起数 ↔ 24.7%, 死亡人数 ↔ 28.2%; 下降 → negative; each value with "
            "its own % (README §1)")
fact("分别下降24.7%", "24.7%", value=-24.7, unit="%", kind="growth",
     metric="生产安全死亡事故起数",
     metric_alts=["死亡事故起数", "生产安全事故起数", "全市生产安全死亡事故起数",
                  "事故起数"], comparison="yoy", **FLOW, note=ACC_NOTE)
fact("24.7%和28.2%", "28.2%", value=-28.2, unit="%", kind="growth",
     metric="生产安全死亡事故死亡人数",
     metric_alts=["死亡人数", "生产安全事故死亡人数", "事故死亡人数",
                  "全市生产安全死亡事故死亡人数"], comparison="yoy", **FLOW,
     note=ACC_NOTE + "; head 生产安全死亡事故 restored")
count("，168项“一年基本恢复”", "168项", 168, "项", "“一年基本恢复”项目",
      ["一年基本恢复项目", "灾后恢复重建“一年基本恢复”项目", "灾后恢复重建项目",
       "“一年基本恢复”项目数量", "按期投用项目"],
      note="post-flood reconstruction projects all put into use in 2024")
g.neg("“一年基本恢复”项目", "一年基本恢复", LABEL_NOTE + " (the project class “一年基本恢复” "
      "'basically restored within one year'), not a duration fact")
count("，344项“三年全面提升”", "344项", 344, "项", "“三年全面提升”项目",
      ["三年全面提升项目", "灾后恢复重建“三年全面提升”项目", "“三年全面提升”项目数量",
       "开工建设项目"],
      note="projects whose construction started in 2024")
g.neg("“三年全面提升”项目", "三年全面提升", LABEL_NOTE + " (the project class “三年全面提升” "
      "'fully upgraded within three years'), not a duration fact")
fact("较常年偏多六成", "六成", value=60, unit="%", kind="growth",
     metric="汛期降雨",
     metric_alts=["降雨", "降雨量", "汛期降雨量", "汛期降水", "降水量"],
     comparison="较常年", period=P("汛期", None, None), period_alts=[Y24],
     note="judgement call: rainfall 60 % above the normal (常年, the climate mean) → growth "
          "60 (六成 = 60 %, SPEC §3) with the surface basis 较常年 as comparison; the period is "
          "the flood season 汛期 stated in the clause (no dates in the text → start/end null), "
          "the review year 2024 as alt")
g.neg("森林火灾零发生", "零", "零发生 'zero occurrence' in the goal phrase 实现森林火灾零发生 "
      "(as 动态清零 / “零伤亡” in other golds), not counted as a fact — judgement call; a count "
      "of 0 forest fires is the alternative reading")
fact("抽检合格率均超99%", "99%", value=99, unit="%", kind="share", bound="gt",
     metric="食品、药品抽检合格率",
     metric_alts=["食品抽检合格率", "药品抽检合格率", "抽检合格率", "食品药品抽检合格率"],
     **FLOW,
     note="one quantity mention (均超99%) over two rates → one fact (SPEC §1), parts as "
          "alts; 超 → gt; pass rate of the year's sampling (the null reading of the "
          "preceding undated 年度森防期内 is the alt)")

# ==== line 5 (source 20): defence, veterans — no numbers =========================================

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_beijing_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as given in the "
    "brief: review items 四是 (全国文化中心), 五是 (美丽北京), 六是 (民生实事), 七是 (安全) and the "
    "paragraph on defence, veterans and ethnic/religious work (no numbers). The excerpt lies "
    "in part 一、2024年工作回顾 (source line 6), in the list 一是…七是 opened by 一年来，主要做了"
    "以下工作。 (source line 12): the review of 2024, so facts are actual and take the year "
    "2024. No overlap with wr_beijing_2025 (lines 8-14) or wr_beijing_2025_b (50-64). Title "
    "and dateline are outside the excerpt (title_in_text=False; title as the source's first "
    "line). Date: 2025-01-14, the delivery date in the report's header (source line 3: "
    "2025年1月14日在北京市第十六届人民代表大会第三次会议上), as the shared meta. Place: 北京市 "
    "(北京, 全市, 北京地区 → alts); no other owner of a number. Periods: no line states a "
    "period of its own: the review frame 2024 with the period text 一年来 (as "
    "wr_beijing_2025), null as alt; stocks (新能源汽车保有量, 实体书店数量, 公园总数, 三分之二的"
    "公园, 地铁总里程, 50%以上村卫生室, 88% 换乘比例, 双通道达标率, 累计百万名, the break length "
    "in force) → instant 2024-12-31 with the year and null as alts; rates of the year (绿色电力"
    "占比, 污水处理率, 入园率和普惠率, 回收利用率) and the items recognised (181项/300项) → the "
    "year with the year-end instant as alt; 道路交通指数从6.32 (→ 2023) 下降至6.08 (2024); "
    "六成 (rain in the 汛期) → period text 汛期 with null dates, the year as alt. Modality: "
    "actual throughout (no 预计 in the excerpt). Bounds: 超 → gt (2100家, 630万, 100万辆, 90%, "
    "99%), 余 → gt (2000余家, 80余万, 3.2万余处), 近 → approx (1.9万个, 3.9万个), 以上 → ge "
    "(50%, 40%). Units: 万亩 → mu; 公里 → m; 万平方米 → m2; 三分之二 → 66.67 %; 六成 → 60 %; "
    "15分钟 kept in the surface unit 分钟 (no minute in SPEC §3); 道路交通指数 → index. "
    "Judgement calls: 削减受污染建设用地面积10万平方米 → −1e5 m2, metric …增量 (SPEC §2); "
    "十项行动 → a count (10 项); 等3条轨道新线 → a count although the three lines are named "
    "(appositive reading the alternative); 均达到93% / 均超99% → one fact each; 降雨较常年偏多"
    "六成 → growth 60 vs 常年; 森林火灾零发生 → negative (goal phrase); “两个以上独立逃生通道” "
    "a campaign label; 两个“关键小事” and 两个工作维度 → appositive negatives. Negatives: "
    "四是…七是, 首都 ×2, 5A级, 首钢, 五类 (劣五类), 二环, 百千工程, 零工, 一批, 二级 (及以上), "
    "3号线, 一期 ×2, 12号线, 50米, 三四轮, 清零, 五环, 两个 ×3, 三管三必须, 八大, 双通道, "
    "一年基本恢复, 三年全面提升, 零 (零发生). Lexicalized, not listed: 一体化, 进一步, 统一, "
    "全链条 (no numeral).")

g.write(date=REF, source=f"shared/texts/work_report/wr_beijing_2025.txt lines {FIRST}–{LAST} "
        "(来源：北京日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
