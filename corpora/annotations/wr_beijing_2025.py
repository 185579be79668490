"""Gold annotations for wr_beijing_2025 (held-out: corpora/heldout/).

2025年北京市政府工作报告 (delivered 2025-01-14), lines 8-14 of
shared/texts/work_report/wr_beijing_2025.txt: the four summary paragraphs of the 2024 review
(——我们…), 一年来，主要做了以下工作。, and the first two review items (一是 growth measures,
二是 京津冀).  This text has no consolidated list of 2025 targets (section 二 goes straight to
the tasks, whose few numbers are scattered far from the review), so the excerpt is review
only.  Copied by code from the source bytes (whole lines), never retyped; offsets come
from unique context strings (corpora/annotate.py).

    python corpora/annotations/wr_beijing_2025.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_beijing_2025"
PLACE = "北京市"
REF = "2025-01-14"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 8, 14                     # 1-based, inclusive, whole lines
TITLE = "2025年北京市政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="——我们牢记嘱托", ends="继续走在前列。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"

# Periods (reference date 2025-01-14).  The whole excerpt lies in section 一、2024年工作回顾
# (heading in line 6, outside the excerpt): review facts with no period expression of
# their own take the review year 2024 (SPEC §4, document/section frame).  The excerpt
# names that year only as 一年来 (line 12), so that is the period text; null in
# period_alts.  Stocks (达到, 累计, levels at a moment, ranks of stocks) are the instant
# 2024-12-31 (literal year in period_alts).
Y24 = P("一年来", "2024-01-01", "2024-12-31")
Y24_NULL = P("一年来", None, None)
Y24_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")

BJ_ALTS = ["北京", "全市", "北京地区"]
fact = g.with_subject(PLACE, BJ_ALTS)

# ---- line 8: ——首都功能 -----------------------------------------------------------------
g.neg("忠诚履职，首都功能", "首都", "lexicalized 首都 (capital), not a rank")
g.neg("新中国成立75周年", "75周年", "anniversary in an event name (新中国成立75周年庆祝活动), "
      "not a quantity claim")
fact("世界文化遗产达到8处", "8处", value=8, unit="count", kind="count", classifier="处",
     metric="世界文化遗产", metric_alts=["世界文化遗产数量", "世界遗产"], **STOCK,
     note="达到 → eq; number of World Heritage sites after 中轴线 was inscribed: "
          + STOCK_NOTE)
fact("居全球城市首位；落实", "首位", value=1, unit="rank", kind="rank", scope="全球城市",
     metric="世界文化遗产",
     metric_alts=["世界文化遗产数量", "世界文化遗产排名", "世界文化遗产数量排名"], **STOCK,
     note="rank of the stock of heritage sites among world cities; 首位 → 1")
g.neg("第二批市级机关", "第二批", "batch label (第二批), not a count")
fact("近3.3万名工作人员", "3.3万名", value=33000, unit="count", kind="count",
     classifier="名", bound="approx", metric="在副中心办公的工作人员",
     metric_alts=["工作人员", "副中心办公工作人员", "在副中心办公工作人员",
                  "市级机关工作人员", "在副中心办公人员"],
     subject_alts=BJ_ALTS + ["北京城市副中心", "副中心", "市级机关", "第二批市级机关"],
     **STOCK, note="近 → approx (outside the span); staff of the city's organs working in "
                   "the sub-centre (city as subject, 副中心 as alt): " + STOCK_NOTE)

# ---- line 9: ——经济发展 -----------------------------------------------------------------
FC = "预计 governs the whole list → forecast (2024 figures not yet final at delivery)"
fact("地区生产总值增长5.2%左右", "5.2%", value=5.2, unit="%", kind="growth",
     bound="approx", metric="地区生产总值",
     metric_alts=["全市地区生产总值", "GDP", "生产总值", "经济增长"],
     comparison="yoy", modality="forecast", **FLOW, note=FC + "; 左右 → approx")
fact("一般公共预算收入增长3.1%", "3.1%", value=3.1, unit="%", kind="growth",
     metric="一般公共预算收入", metric_alts=["地方一般公共预算收入", "公共预算收入"],
     comparison="yoy", modality="forecast", **FLOW, note=FC)
fact("城镇调查失业率4.1%左右", "4.1%", value=4.1, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率"], modality="forecast", **FLOW,
     note="a rate → share; " + FC + "; 左右 → approx")
fact("可支配收入增长4.5%左右", "4.5%", value=4.5, unit="%", kind="growth",
     bound="approx", metric="居民人均可支配收入", metric_alts=["人均可支配收入"],
     comparison="yoy", modality="forecast", **FLOW, note=FC + "; 左右 → approx")
fact("居民消费价格涨幅0.1%", "0.1%", value=0.1, unit="%", kind="growth",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"],
     comparison="yoy", modality="forecast", **FLOW, note="涨幅 = growth of the price "
     "level; " + FC)
g.neg("和万元地区生产总值", "万元", "denominator of the intensity indicators (per 万元 of "
      "GDP), no value stated; not a fact")

# ---- line 10: ——发展动能 ----------------------------------------------------------------
fact("国家科学技术奖58项", "58项", value=58, unit="count", kind="count", classifier="项",
     metric="国家科学技术奖",
     metric_alts=["获评国家科学技术奖", "国家科学技术奖数量", "国家科学技术奖获奖项目",
                  "获奖项目"],
     **FLOW, note="北京地区 (the region incl. central institutions) → 北京市, surface form "
                  "as alt; awards of the year 2024")
fact("占全国28.7%", "28.7%", value=28.7, unit="%", kind="share",
     metric="国家科学技术奖占全国比重",
     metric_alts=["占全国", "国家科学技术奖占全国", "国家科学技术奖占比", "占全国比重",
                  "国家科学技术奖占全国的比重", "获评国家科学技术奖占全国比重"],
     **FLOW)
fact("高被引科学家达431人次", "431人次", value=431, unit="count", kind="count",
     classifier="人次", metric="高被引科学家",
     metric_alts=["高被引科学家人次", "高被引科学家数量", "入选高被引科学家"], **LEVEL,
     note="the annual Highly Cited Researchers list of 2024 → the year; the year-end "
          "reading and null as alts; 达 → eq")
fact("人次、居全球城市首位", "首位", value=1, unit="rank", kind="rank", scope="全球城市",
     metric="高被引科学家",
     metric_alts=["高被引科学家人次", "高被引科学家数量", "高被引科学家排名"], **LEVEL)
g.neg("全球百强科技集群", "百强", "threshold/list label (the top-100 clusters ranking) that "
      "defines the ranked set, part of the scope of 前三位; not a fact")
fact("科技集群前三位", "前三位", value=3, unit="rank", kind="rank", bound="le",
     scope="全球百强科技集群", metric="科技集群排名",
     metric_alts=["全球百强科技集群", "全球百强科技集群排名", "科技集群",
                  "全球科技集群排名", "北京科技集群排名"],
     subject_alts=BJ_ALTS + ["北京科技集群"], **LEVEL,
     note="跻身…前三位 → rank 3, le (前N, as 前五位); WIPO's 2024 ranking → the year")
fact("均居全国各城市首位", "首位", value=1, unit="rank", kind="rank", scope="全国各城市",
     metric="国家高新技术企业、国家级专精特新小巨人企业、独角兽企业数量",
     metric_alts=["国家高新技术企业数量", "国家级专精特新小巨人企业数量", "独角兽企业数量",
                  "国家高新技术企业", "国家级专精特新小巨人企业", "独角兽企业",
                  "专精特新小巨人企业数量"],
     **STOCK, note="one quantity mention (均居…首位) → one fact over the three counts "
                   "(as 前三 in 001); ranks of stocks: " + STOCK_NOTE)

# ---- line 11: ——人民生活 ----------------------------------------------------------------
fact("年均浓度30.5微克/立方米", "30.5微克/立方米", value=30.5, unit="微克/立方米",
     kind="amount", metric="细颗粒物年均浓度",
     metric_alts=["细颗粒物浓度", "PM2.5年均浓度", "PM2.5浓度", "细颗粒物平均浓度",
                  "PM2.5平均浓度"], **FLOW,
     note="μg/m³ has no canonical unit (SPEC §3) → surface unit kept, kind amount")
fact("立方米、下降6.2%", "6.2%", value=-6.2, unit="%", kind="growth",
     metric="细颗粒物年均浓度",
     metric_alts=["细颗粒物浓度", "PM2.5年均浓度", "PM2.5浓度", "细颗粒物平均浓度"],
     comparison="yoy", **FLOW, note="下降 → negative")
fact("优良天数达到290天", "290天", value=290, unit="day", kind="amount",
     metric="优良天数", metric_alts=["空气质量优良天数", "空气优良天数"], **FLOW)
fact("增加19天", "19天", value=19, unit="day", kind="amount", metric="优良天数增量",
     metric_alts=["优良天数", "空气质量优良天数增量", "优良天数增加"], **FLOW,
     note="absolute change of a level (SPEC §2): the level's kind (amount, day), metric "
          "…增量, 增加 → positive")
fact("考核全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="污染防治攻坚战成效考核",
     metric_alts=["污染防治攻坚战成效考核排名", "污染防治攻坚战成效考核结果",
                  "污染防治攻坚战考核"], **FLOW)
fact("背街小巷2100多条", "2100多条", value=2100, unit="count", kind="count", bound="gt",
     classifier="条", metric="背街小巷",
     metric_alts=["整治提升背街小巷", "背街小巷整治提升", "背街小巷数量"], **FLOW,
     note="多 inside the span → gt. (The preceding 开工量、完工量均实现翻番 is a doubling "
          "without a numeral; the gold format needs a number in the span, so it is not a "
          "line.)")
g.neg("每月一题", "每月一题", "mechanism name 每月一题 (one topic a month), not a count")
fact("专项治理13个高频共性难题", "13个", value=13, unit="count", kind="count",
     classifier="个", metric="高频共性难题",
     metric_alts=["专项治理高频共性难题", "高频共性难题数量", "治理高频共性难题"], **FLOW)
g.neg("，12345市民服务热线", "12345", "hotline number (SPEC §1: phone numbers), part of the "
      "name 12345市民服务热线")
HOT = dict(subject_alts=BJ_ALTS + ["12345市民服务热线", "市民服务热线"])
fact("分别达96.7%", "96.7%", value=96.7, unit="%", kind="share",
     metric="12345市民服务热线诉求解决率",
     metric_alts=["诉求解决率", "解决率", "市民服务热线诉求解决率", "12345诉求解决率"],
     **HOT, **FLOW, note="分别达 → eq, list order: 解决率 96.7%, 满意率 97%")
fact("96.7%和97%", "97%", value=97, unit="%", kind="share",
     metric="12345市民服务热线满意率",
     metric_alts=["满意率", "诉求满意率", "市民服务热线满意率", "12345市民服务热线诉求满意率",
                  "12345满意率"],
     **HOT, **FLOW, note="head 诉求 / 12345市民服务热线 restored from the list")
g.neg("，一批群众身边", "一批", "quantifier 一批")

# ---- line 12 --------------------------------------------------------------------------
g.neg("一年来，主要做了", "一年来", PERIOD_NOTE + " (the review year 2024; its own line, "
      "so it governs nothing after it, but names the section frame)")

# ---- line 13: 一是 growth measures ---------------------------------------------------
g.neg("一是针对性", "一是", MARKER_NOTE)
fact("中央支持资金2083亿元", "2083亿元", value=2083e8, unit="CNY", kind="amount",
     metric="中央支持资金",
     metric_alts=["各类中央支持资金", "争取中央支持资金", "争取各类中央支持资金",
                  "超长期特别国债等各类中央支持资金"], **FLOW)
fact("；86个“两重”项目", "86个", value=86, unit="count", kind="count", classifier="个",
     metric="“两重”项目",
     metric_alts=["两重项目", "“两重”项目开工", "开工“两重”项目", "两重项目数量"], **FLOW,
     note="全部开工 in 2024")
g.neg("；86个“两重”项目", "两重", "policy label “两重”")
g.neg("“两新”政策", "两新", "policy label “两新”")
g.neg("“三大工程”", "三大", "set label “三大工程”")
fact("实施20个城中村", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="城中村改造项目",
     metric_alts=["实施城中村改造项目", "城中村改造项目数量", "城中村改造"], **FLOW)
fact("推进89个平急两用", "89个", value=89, unit="count", kind="count", classifier="个",
     metric="平急两用公共基础设施项目",
     metric_alts=["推进平急两用公共基础设施项目", "平急两用公共基础设施项目数量",
                  "平急两用项目"], **FLOW)
g.neg("89个平急两用", "两用", "label 平急两用 (dual use, normal times / emergencies)")
fact("保障性租赁住房7.1万套", "7.1万套", value=71000, unit="count", kind="count",
     classifier="套", metric="保障性租赁住房",
     metric_alts=["建设筹集保障性租赁住房", "筹集保障性租赁住房", "保障性租赁住房数量"],
     **FLOW)
fact("竣工各类保障房8.3万套", "8.3万套", value=83000, unit="count", kind="count",
     classifier="套", metric="竣工各类保障房",
     metric_alts=["保障房", "各类保障房", "竣工保障房", "保障房竣工", "竣工各类保障房数量"],
     **FLOW, note="竣工 kept in the primary metric: completions, not the housing stock")
fact("支出规模8397亿元", "8397亿元", value=8397e8, unit="CNY", kind="amount",
     metric="一般公共预算支出",
     metric_alts=["一般公共预算支出规模", "公共预算支出"], **FLOW)
fact("8397亿元、增长5.3%", "5.3%", value=5.3, unit="%", kind="growth",
     metric="一般公共预算支出", metric_alts=["一般公共预算支出规模", "公共预算支出"],
     comparison="yoy", **FLOW)
fact("扩展至8个投资领域", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="投资领域",
     metric_alts=["政府投资基金投资领域", "新设政府投资基金投资领域", "投资领域数量"],
     subject_alts=BJ_ALTS + ["政府投资基金", "新设政府投资基金"], **STOCK,
     note="扩展至 = the level reached: " + STOCK_NOTE)
fact("带动社会投资286亿元", "286亿元", value=286e8, unit="CNY", kind="amount",
     metric="带动社会投资", metric_alts=["社会投资", "带动的社会投资"],
     subject_alts=BJ_ALTS + ["政府投资基金", "新设政府投资基金"], **FLOW)
g.neg("达到1∶3.4", "1", "first term of the ratio 1∶3.4 (the fact is 3.4 on the second "
      "term), not a quantity of its own")
fact("达到1∶3.4", "3.4", value=3.4, unit="times", kind="ratio",
     metric="开工备案项目比例",
     metric_alts=["开工备案比", "开工项目与备案项目比例", "开工备案项目比", "开工备案比例"],
     **FLOW,
     note="judgement call: a two-term ratio 1∶3.4 (not shares summing to 100, so not SPEC "
          "§2's one share per part) → one ratio fact 3.4 times on the second term, the "
          "leading 1 a negative; 达到 → eq")
fact("完成西直门等15个商圈", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="商圈",
     metric_alts=["改造升级商圈", "商圈改造升级", "完成改造升级商圈", "商圈数量"], **FLOW)
g.neg("航空双枢纽", "双枢纽", "label 双枢纽 (the two airports), not a count claim")
g.neg("时隔5年", "时隔5年", PERIOD_NOTE + " (时隔5年 = for the first time since 2019; "
      "not a duration fact)")
AIR = dict(subject="北京航空双枢纽",
           subject_alts=["航空双枢纽", "北京首都国际机场和北京大兴国际机场", "首都机场和大兴机场",
                         "北京市", "北京"])
fact("旅客吞吐量再次破亿", "亿", value=1e8, unit="count", kind="count", bound="gt",
     classifier="人次", metric="旅客吞吐量",
     metric_alts=["航空旅客吞吐量", "双枢纽旅客吞吐量", "机场旅客吞吐量"], **AIR, **FLOW,
     note="破亿 → 1e8, gt (破 = 突破, outside the span); passenger throughput is counted "
          "in 人次 (classifier not written); the two airports own it")
fact("大幅增长186.8%", "186.8%", value=186.8, unit="%", kind="growth",
     metric="入境游客",
     metric_alts=["入境游客人次", "入境游客数量", "入境旅游人次", "接待入境游客"],
     subject_alts=BJ_ALTS + ["航空双枢纽", "北京航空双枢纽"], comparison="yoy", **FLOW,
     note="inbound tourists of Beijing (the clause follows the airports' throughput; "
          "airports as alt)")
g.neg("“高效办成一件事”", "一件事", "reform name “高效办成一件事”, not a count")
g.neg("市区街乡三级", "三级", "appositive 三级 restating 市区街乡 (the three administrative "
      "levels), not a count claim")
fact("退税超1500亿元", "1500亿元", value=1500e8, unit="CNY", kind="amount", bound="gt",
     metric="支持科技创新和制造业发展、减税降费及退税",
     metric_alts=["减税降费及退税", "减税降费", "支持科技创新和制造业发展减税降费及退税",
                  "减税降费及退税规模", "新增减税降费及退税"], **FLOW, note="超 → gt")
fact("清欠12.9亿元", "12.9亿元", value=12.9e8, unit="CNY", kind="amount",
     metric="为中小企业清欠",
     metric_alts=["清欠", "中小企业清欠", "清欠金额", "清偿中小企业账款"], **FLOW)
g.neg("新一轮国企改革", "一轮", "新一轮 'a new round', not a count")
fact("投资总额超2700亿元", "2700亿元", value=2700e8, unit="CNY", kind="amount", bound="gt",
     metric="推介重大项目投资总额",
     metric_alts=["面向民间资本推介重大项目投资总额", "重大项目投资总额", "推介项目投资总额",
                  "投资总额"], **FLOW, note="超 → gt")
g.neg("深化“两区”", "两区", "label “两区” (国家服务业扩大开放综合示范区 and 自贸试验区)")
fact("综合测评成绩全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="服务业扩大开放试点示范综合测评成绩",
     metric_alts=["服务业扩大开放综合测评", "综合测评成绩", "服务业扩大开放试点示范综合测评",
                  "服务业扩大开放试点示范综合测评排名"], **FLOW)
g.neg("形成全国首个", "首个", "first-of-its-kind claim, not a measured rank")
g.neg("综保区二期通过验收", "二期", "phase label 二期")
TZ = dict(subject="天竺综保区",
          subject_alts=["天竺综合保税区", "北京天竺综合保税区", "北京市", "北京"])
TZ_M = dict(metric="国家绩效评估",
            metric_alts=["国家绩效评估排名", "绩效评估", "绩效评估排名", "国家绩效评估名次",
                         "综合保税区绩效评估", "综保区绩效评估排名"])
fact("从第9名提升", "第9名", value=9, unit="rank", kind="rank", scope="国家绩效评估",
     **TZ_M, **TZ, period=P("一年来", "2023-01-01", "2023-12-31"),
     period_alts=[Y24_NULL, Y24],
     note="the earlier value of a from/to pair (从第9名提升至第2名): the previous annual "
          "evaluation, read as 2023 (as 从原有的9万亩 takes the earlier time); no period "
          "word in the text, so the period text is the frame word 一年来; null and the "
          "review year as alts")
fact("提升至第2名", "第2名", value=2, unit="rank", kind="rank", scope="国家绩效评估",
     **TZ_M, **TZ, **FLOW, note="the later value: the 2024 evaluation (review year)")
fact("8家知名外资医药企业", "8家", value=8, unit="count", kind="count", classifier="家",
     metric="在京新设研发机构的外资医药企业",
     metric_alts=["知名外资医药企业", "外资医药企业", "在京新设研发机构的知名外资医药企业",
                  "新设研发机构", "外资医药企业新设研发机构"], **FLOW,
     note="the predicate 在京新设研发机构 defines the counted set → in the metric")
g.neg("14年来首次", "14年来", PERIOD_NOTE + " (the summit's 14-year history; not a "
      "duration fact)")
g.neg("14年来首次", "首次", "first-time claim, not a measured rank")
fact("进出口总额超3.6万亿元", "3.6万亿元", value=3.6e12, unit="CNY", kind="amount",
     bound="gt", metric="进出口总额", metric_alts=["进出口", "进出口总值", "外贸进出口总额"],
     **FLOW, note="北京地区 → 北京市 (alt); 超 → gt; 万亿元 = 1e12")

# ---- line 14: 二是 京津冀 -------------------------------------------------------------
g.neg("二是深入实施", "二是", MARKER_NOTE)
g.neg("疏解非首都功能", "首都", "lexicalized 首都 (capital), not a rank")
fact("一般制造业企业104家", "104家", value=104, unit="count", kind="count", classifier="家",
     metric="疏解提质一般制造业企业",
     metric_alts=["一般制造业企业", "疏解提质的一般制造业企业", "疏解一般制造业企业",
                  "疏解提质一般制造业企业数量"], **FLOW)
fact("治理违法建设超2000万平方米", "2000万平方米", value=2000e4, unit="m2", kind="amount",
     bound="gt", metric="治理违法建设",
     metric_alts=["违法建设治理", "违法建设治理面积", "治理违法建设面积", "违法建设"],
     **FLOW, note="超 → gt")
fact("再减量6.6平方公里", "6.6平方公里", value=-6.6e6, unit="m2", kind="amount",
     metric="城乡建设用地增量",
     metric_alts=["城乡建设用地", "城乡建设用地减量", "城乡建设用地再减量", "城乡建设用地规模增量"],
     **FLOW, note="absolute change of a level (SPEC §2): 减量 → negative value, metric "
                  "…增量; 平方公里 = 1e6 m2")
g.neg("良乡校区二期", "二期", "phase label 二期")
g.neg("北京四中雄安校区", "四中", "school name 北京四中 (Beijing No. 4 High School)")
fact("门诊量达19万人次", "19万人次", value=190000, unit="count", kind="count",
     classifier="人次", metric="门诊量", metric_alts=["门诊人次", "门诊量人次"],
     subject="雄安宣武医院", subject_alts=["宣武医院雄安院区", "雄安新区", "宣武医院"],
     **LEVEL, note="the hospital owns the number; the year's visits (达 → eq), the "
                   "year-end (cumulative) reading and null as alts")
fact("累计入驻企业130家", "130家", value=130, unit="count", kind="count", classifier="家",
     metric="入驻企业",
     metric_alts=["累计入驻企业", "入驻企业数量", "入驻企业总数"],
     subject="雄安新区中关村科技园",
     subject_alts=["中关村科技园", "雄安中关村科技园", "雄安新区"], **STOCK,
     note="累计 → " + STOCK_NOTE)
g.neg("城市绿心三大文化设施", "三大", "set label 三大文化设施 (the three named venues), "
      "not a count claim")
fact("累计推出230项", "230项", value=230, unit="count", kind="count", classifier="项",
     metric="京津冀自贸试验区同事同标政务服务事项",
     metric_alts=["同事同标政务服务事项", "政务服务事项", "自贸试验区同事同标政务服务事项",
                  "累计推出京津冀自贸试验区同事同标政务服务事项"],
     subject_alts=BJ_ALTS + ["京津冀", "京津冀自贸试验区"], **STOCK,
     note="累计 → " + STOCK_NOTE + "; items shared with 津冀 (京津冀 as subject alt)")
g.neg("“两园一河”", "两园一河", "place label “两园一河” (two parks and a river)")
g.neg("一区一策", "一区一策", "slogan 一区一策 (one policy per district)")

NOTES = (
    "Excerpt: lines 8-14 of shared/texts/work_report/wr_beijing_2025.txt (2,143 characters), "
    "sliced by code: the four ——我们… summary paragraphs of the 2024 review, the line "
    "一年来，主要做了以下工作。 and review items 一是 (growth measures) and 二是 (京津冀). "
    "This version of the report has no consolidated 2025 target list (section 二、2025年工作"
    "总体要求和重点任务 goes straight to tasks, with few and scattered numbers), so no "
    "target part could be taken contiguously. Date: 2025-01-14, the delivery date in the "
    "report's header line (line 3, outside the excerpt: 2025年1月14日在北京市第十六届人民代表"
    "大会第三次会议上); the source meta and INDEX.tsv agree. 过去一年 / 一年来 = 2024, "
    "今年 = 2025 (not used in the excerpt). Title: line 1 of the source, outside the "
    "excerpt. Place: 北京市 (全市, 北京地区 → 北京市, surface forms as alts); facilities own "
    "their own figures (雄安宣武医院, 雄安新区中关村科技园, 天竺综保区, the airports' "
    "双枢纽). Periods: every review fact takes the section year 2024 (heading 一、2024年工作"
    "回顾 outside the excerpt; period text 一年来, the excerpt's own name of the year, null "
    "as alt); stocks (达到, 累计, 扩展至, ranks of stocks) are the instant 2024-12-31 with the "
    "literal year as alt; the earlier rank 第9名 of 从第9名提升至第2名 is read as the "
    "previous (2023) evaluation. Modality: 预计 governs the line-9 list (GDP, budget "
    "revenue, unemployment, income, CPI) → forecast; everything else actual. Not a line: "
    "老旧小区改造开工量、完工量均实现翻番 (a doubling without a numeral; check_gold needs a "
    "number in a span). Negatives: 75周年 (event name), 第二批, 万元 (intensity "
    "denominator), 百强 (ranking list label), 每月一题, 12345 (hotline), 一批, 一年来, "
    "一是/二是, 两重/两新/三大/两用/两区/两园一河/一区一策/一件事 (labels), 1 of 1∶3.4, 双枢纽, "
    "时隔5年 / 14年来 (periods), 三级 (appositive), 一轮, 首个/首次, 二期 ×2, 四中, 三大 "
    "(文化设施), 首都 ×2 (lexicalized, listed to silence the uncovered-numeral warning).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：北京日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
