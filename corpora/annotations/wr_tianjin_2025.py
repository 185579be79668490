"""Gold annotations for wr_tianjin_2025 (held-out: corpora/heldout/).

The excerpt is lines 7-18 (1-based, inclusive, whole lines, newline kept) of
shared/texts/work_report/wr_tianjin_2025.txt, sliced by code from the source bytes, never
retyped: the opening of part 一、2024年工作回顾 (2024年是…, the headline figures of line 8),
section （一）高质量发展迈出坚实步伐 (four paragraphs) and section （二）改革开放不断深化拓展
(four paragraphs).  The 2025 预期目标 (source line 36) lie some 1,800 characters of prose
after the end of the review, too far to join in 2,500 characters, so the excerpt keeps to the
figure-dense review.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_tianjin_2025.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_tianjin_2025"
PLACE = "天津市"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 7, 18                     # 1-based, inclusive, whole lines
TITLE = "2025年天津市政府工作报告"
SUBJ_ALTS = ["天津", "全市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="2024年是中华人民共和国成立75周年",
                 ends="24个鲁班工坊擦亮国家职教名片。")
fact = g.with_subject(PLACE, SUBJ_ALTS)


def subj(main, *alts):
    """subject + subject_alts for a number owned by a unit inside the city."""
    return dict(subject=main, subject_alts=list(alts) + [PLACE] + SUBJ_ALTS)


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (（N）), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-its-kind claim / designation, not a measured rank"

# ---- periods (reference date 2025-01-14) -------------------------------------------------
# The whole excerpt is part 一、2024年工作回顾 (heading: source line 6, just before it); its
# first line opens with 2024年是…, the excerpt's own naming of the review year, used as the
# period text of every review fact (SPEC §4 section frame: lines 8-18 state no period of
# their own, except 全年 in line 18, same dates); the null reading goes into period_alts.
# Stocks (累计, 达到, 增至, numbers of routes / workshops in place) are the instant
# 2024-12-31, the literal year and null as alts; levels without such a word keep the year
# with the year-end instant as alt.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])   # flow, stock reading as alt
STOCK_NOTE = ("stock under the review year 2024: instant at 2024-12-31; period_alts keep "
              "the literal year 2024-01-01..2024-12-31 and null")
FULLYEAR = dict(period=P("全年", "2024-01-01", "2024-12-31"),
                period_alts=[P("全年", None, None)])
FC = ("预计 governs the whole line-8 list → forecast (the 2024 figures were not final at "
      "delivery on 14 January; as the 预计 list of wr_beijing_2025)")

# ---- line 7: 2024年是… ----------------------------------------------------------------------
g.neg("2024年是中华人民共和国", "2024年", PERIOD_NOTE + " (the review year)")
g.neg("成立75周年", "75周年", "anniversary 75周年 of the PRC, an event label, not a fact")
g.neg("天津实施“十四五”规划", "十四五", "plan label 十四五")
g.neg("规划的关键一年", "一年", "'a key year' (the year 2024), not a duration fact")
g.neg("向2024世界智能产业博览会", "2024", "year inside an event name (2024世界智能产业博览会)")
g.neg("每一个关键时刻", "一个", "每一个 'every', not a count")
g.neg("每一个重要节点", "一个", "每一个 'every', not a count")

# ---- line 8: headline figures of 2024 (预计) -------------------------------------------------
fact("地区生产总值预计增长5.1％左右", "5.1％", value=5.1, unit="%", kind="growth",
     bound="approx", metric="地区生产总值",
     metric_alts=["全市地区生产总值", "GDP", "生产总值", "经济增长"],
     comparison="yoy", modality="forecast", **FLOW, note=FC + "; 左右 → approx")
fact("一般公共预算收入增长5.2％", "5.2％", value=5.2, unit="%", kind="growth",
     metric="一般公共预算收入", metric_alts=["地方一般公共预算收入", "公共预算收入"],
     comparison="yoy", modality="forecast", **FLOW, note=FC)
fact("城镇调查失业率5.2％", "5.2％", value=5.2, unit="%", kind="share",
     metric="城镇调查失业率", metric_alts=["调查失业率"],
     modality="forecast", **FLOW, note=FC + "; a rate (share of the labour force)")

# ---- line 9-13: （一）高质量发展迈出坚实步伐 ------------------------------------------------
g.neg("（一）高质量发展", "（一）", MARKER_NOTE)

# line 10: 积极拓展京津冀协同发展成效
fact("在津新设机构1981家", "1981家", value=1981, unit="count", kind="count",
     classifier="家", metric="新设机构",
     metric_alts=["在津新设机构", "疏解功能资源在津新设机构", "新设机构数量",
                  "市场化引进疏解功能资源在津新设机构", "疏解功能资源新设机构"],
     **FLOW, note="bodies set up in Tianjin (在津) with resources moved out of Beijing in 2024")
g.neg("京津冀新一代信息技术", "一代", "一代 of 新一代信息技术 (an industry name), not a quantity")
fact("770家优质企业", "770家", value=770, unit="count", kind="count", classifier="家",
     metric="优质企业",
     metric_alts=["融入区域共建产业链的优质企业", "融入产业链的优质企业", "优质企业数量",
                  "融入区域共建产业链优质企业"],
     **LEVEL, note="firms integrated into the jointly built chains; year-end stock reading "
                   "as alt")
fact("融入6条区域共建产业链", "6条", value=6, unit="count", kind="count", classifier="条",
     metric="区域共建产业链",
     metric_alts=["共建产业链", "区域共建产业链数量", "产业链", "京津冀区域共建产业链"],
     **LEVEL, note="the 京津冀 chains the firms joined; year-end stock reading as alt")
fact("实施24项京津出行", "24项", value=24, unit="count", kind="count", classifier="项",
     metric="京津出行便利化措施",
     metric_alts=["出行便利化措施", "京津出行便利化措施数量", "实施京津出行便利化措施"],
     **FLOW)
fact("全天运能提升19％", "19％", value=19, unit="%", kind="growth",
     metric="京津城际全天运能",
     metric_alts=["全天运能", "京津城际运能", "运能", "京津城际全天运力"],
     subject_alts=SUBJ_ALTS + ["京津城际"], comparison="yoy", **FLOW,
     note="提升 19% = relative rise of the line's daily capacity; the railway is named in "
          "the metric (subject alt 京津城际)")
g.neg("京津冀社保“一卡通”", "一卡通", LABEL_NOTE + " (一卡通 'one card for all')")

# line 11: 积极推进科技创新和产业创新紧密互动
g.neg("“一核两翼多点”布局", "一核两翼多点", "layout slogan “一核两翼多点”, not a quantity")
fact("注册科技型企业累计超过2600家", "2600家", value=2600, unit="count", kind="count",
     bound="gt", classifier="家", metric="注册科技型企业",
     metric_alts=["科技型企业", "注册科技型企业数量", "累计注册科技型企业", "科技型企业数量",
                  "天开园注册科技型企业"],
     **subj("天开高教科创园", "天开园"), **STOCK,
     note="the paragraph's subject is the park (天开园): firms registered there; 累计 → "
          + STOCK_NOTE + "; 超过 → gt")
g.neg("组建天开九安海河", "九安", "part of the fund's name (天开九安海河海棠母基金), not a count")
fact("等39只科创基金", "39只", value=39, unit="count", kind="count", classifier="只",
     metric="科创基金",
     metric_alts=["组建科创基金", "科创基金数量", "天开园科创基金", "科技创新基金"],
     subject_alts=SUBJ_ALTS + ["天开高教科创园", "天开园"], **FLOW,
     note="funds set up (组建) in 2024 for the park; the city as subject, the park as alt "
          "(judgement call)")
fact("全国重点实验室达到17家", "17家", value=17, unit="count", kind="count",
     classifier="家", metric="全国重点实验室",
     metric_alts=["全国重点实验室数量", "重点实验室"], **STOCK,
     note="达到 → eq; " + STOCK_NOTE)
fact("荣获国家科学技术奖20项", "20项", value=20, unit="count", kind="count",
     classifier="项", metric="国家科学技术奖",
     metric_alts=["荣获国家科学技术奖", "国家科学技术奖数量", "国家科技奖", "获国家科学技术奖"],
     **FLOW, note="awards of the 2024 national science and technology prizes")
fact("科技型中小企业均突破1.2万家", "1.2万家", value=12000, unit="count", kind="count",
     bound="gt", classifier="家", metric="国家高新技术企业",
     metric_alts=["科技型中小企业", "国家高新技术企业、科技型中小企业", "高新技术企业",
                  "国家高新技术企业数量", "科技型中小企业数量", "高企"],
     **STOCK,
     note="均 + one value: one quantity mention → one fact (SPEC §1) although it holds for "
          "both kinds of firms; the second is a metric alt (judgement call); 突破 → gt; "
          "certified firms in force = a stock → " + STOCK_NOTE)
fact("高技术制造业增加值增长8.9％", "8.9％", value=8.9, unit="%", kind="growth",
     metric="高技术制造业增加值", metric_alts=["高技术制造业"], comparison="yoy", **FLOW)
fact("等产业保持两位数增长", "两位数", value=10, unit="%", kind="growth", bound="ge",
     metric="航空航天、车联网、信创等产业",
     metric_alts=["航空航天产业", "车联网产业", "信创产业", "航空航天、车联网、信创等产业增加值",
                  "航空航天、车联网、信创产业", "产业", "航空航天"],
     comparison="yoy", **FLOW,
     note="两位数增长 = growth of at least 10% (as in wr_sichuan_2025 and the other golds) → "
          "10, ge; one quantity mention for the listed industries → one fact")
fact("分别增至283家、38家", "283家", value=283, unit="count", kind="count",
     classifier="家", metric="专精特新“小巨人”企业",
     metric_alts=["专精特新“小巨人”", "专精特新小巨人", "专精特新小巨人企业",
                  "国家级专精特新“小巨人”企业", "专精特新“小巨人”企业数量"],
     **STOCK, note="增至 → the level reached: " + STOCK_NOTE)
g.neg("制造业单项冠军", "单项", "part of the title 单项冠军 ('single-item champion'), not a "
      "quantity")
fact("分别增至283家、38家", "38家", value=38, unit="count", kind="count", classifier="家",
     metric="制造业单项冠军",
     metric_alts=["制造业单项冠军企业", "单项冠军", "单项冠军企业", "制造业单项冠军数量"],
     **STOCK, note="增至 → the level reached: " + STOCK_NOTE)
g.neg("首届五大道金融论坛", "首届", "edition label 首届 (the first forum), not a rank")
g.neg("首届五大道金融论坛", "五大道", "place name 五大道 (Tianjin's Five Avenues), not a count")
fact("战略性新兴产业贷款增长20％以上", "20％", value=20, unit="%", kind="growth",
     bound="ge", metric="战略性新兴产业贷款",
     metric_alts=["战略性新兴产业贷款余额", "战新产业贷款", "战略性新兴产业贷款增速"],
     comparison="yoy", **FLOW, note="以上 → ge, outside the span")

# line 12: 积极引聚高端项目和增量要素
for ctx in ("一批央企", "一批民企", "一批外企", "一批创新企业"):
    g.neg(ctx, "一批", "quantifier 一批")
fact("签署市企战略合作协议31个", "31个", value=31, unit="count", kind="count",
     classifier="个", metric="市企战略合作协议",
     metric_alts=["签署市企战略合作协议", "战略合作协议", "市企战略合作协议数量"], **FLOW)
g.neg("一汽丰田新能源", "一汽", "company name 一汽 (FAW, 第一汽车), not a quantity")
g.neg("和一汽大众新车型", "一汽", "company name 一汽 (一汽大众, FAW-Volkswagen), not a quantity")
fact("南港百万吨乙烯", "百万吨", value=1e6, unit="t", kind="amount",
     metric="乙烯产能",
     metric_alts=["乙烯年产能", "乙烯", "乙烯项目产能", "百万吨乙烯", "乙烯生产能力"],
     **subj("南港百万吨乙烯及产业集群项目", "南港乙烯项目", "南港百万吨乙烯项目",
            "南港工业区", "南港"),
     **FLOW,
     note="capacity written into a project's name (SPEC §1: 10 万吨…项目) → fact, the "
          "project's (annual) capacity; in operation (投产运行 in 2024) → actual. Judgement "
          "call: 百万吨 is a round class name (million-tonne class), read as eq as written")
fact("南港工业区产值突破千亿元", "千亿元", value=1e11, unit="CNY", kind="amount",
     bound="gt", metric="产值",
     metric_alts=["南港工业区产值", "工业产值", "工业总产值"],
     **subj("南港工业区", "南港"), **FLOW,
     note="the industrial zone owns the number; 突破 → gt; 千亿元 = 1e11")
g.neg("“两重”项目", "两重", LABEL_NOTE + " (“两重”: 国家重大战略实施和重点领域安全能力建设)")
g.neg("“两新”政策", "两新", LABEL_NOTE + " (“两新”: 设备更新和消费品以旧换新)")
fact("支持资金超过180亿元", "180亿元", value=1.8e10, unit="CNY", kind="amount",
     bound="gt", metric="超长期特别国债支持资金",
     metric_alts=["超长期特别国债资金", "超长期特别国债", "超长期特别国债支持",
                  "争取超长期特别国债支持资金"],
     **FLOW, note="超过 → gt")
fact("带动消费超过200亿元", "200亿元", value=2e10, unit="CNY", kind="amount",
     bound="gt", metric="以旧换新带动消费",
     metric_alts=["以旧换新带动的消费", "以旧换新消费", "带动消费", "以旧换新带动消费额",
                  "以旧换新"],
     **FLOW, note="超过 → gt")

# line 13: 积极盘活存量资源资产
fact("低效用地再开发等18项政策", "18项", value=18, unit="count", kind="count",
     classifier="项", metric="低效用地再开发等政策",
     metric_alts=["政策", "盘活存量资源资产政策", "盘活存量政策", "低效用地再开发政策",
                  "实施低效用地再开发等政策", "政策数量"],
     **FLOW, note="count of the measures put in place (as 七条措施, README §2)")
g.neg("泰安道5号天津金融", "5号", "street address (泰安道5号), not a quantity")
fact("盘活土地2.26万亩", "2.26万亩", value=22600, unit="mu", kind="amount",
     metric="盘活土地", metric_alts=["盘活土地面积", "土地盘活", "盘活存量土地", "土地"],
     **FLOW)
fact("房产超过1000万平方米", "1000万平方米", value=1e7, unit="m2", kind="amount",
     bound="gt", metric="盘活房产",
     metric_alts=["房产", "盘活房产面积", "房产盘活", "盘活存量房产"],
     **FLOW, note="verb 盘活 distributes; 超过 → gt")
fact("实现收入593.6亿元", "593.6亿元", value=5.936e10, unit="CNY", kind="amount",
     metric="盘活收入",
     metric_alts=["收入", "实现收入", "盘活存量资源资产收入", "盘活存量收入",
                  "盘活存量资源资产实现收入"],
     **FLOW, note="income realised by revitalising idle assets in 2024")

# ---- lines 14-18: （二）改革开放不断深化拓展 ------------------------------------------------
g.neg("（二）改革开放", "（二）", MARKER_NOTE)

# line 15: 扎实推进重点改革
fact("市管非金融国企利润增长8％", "8％", value=8, unit="%", kind="growth",
     metric="市管非金融国企利润",
     metric_alts=["国企利润", "利润", "市管非金融国有企业利润", "市管国企利润",
                  "非金融国企利润"],
     subject_alts=SUBJ_ALTS + ["市管非金融国企"], comparison="yoy", **FLOW)
fact("，75家融资平台", "75家", value=75, unit="count", kind="count", classifier="家",
     metric="融资平台",
     metric_alts=["转型或退出的融资平台", "融资平台转型或退出", "融资平台数量",
                  "转型或退出融资平台", "融资平台转型退出"],
     **FLOW, note="the predicate 转型或退出 defines the counted set (as wr_henan 退出融资平台)")
fact("海河产业基金带动74只", "74只", value=74, unit="count", kind="count",
     classifier="只", metric="母基金",
     metric_alts=["带动母基金", "母基金数量", "海河产业基金带动母基金"],
     **subj("海河产业基金", "海河产业基金带动的母基金"), **LEVEL,
     note="the fund owns the number (带动); no 累计, read as the 2024 figure with the "
          "year-end stock reading as alt (judgement call: it may be cumulative since launch)")
fact("投资721个项目", "721个", value=721, unit="count", kind="count", classifier="个",
     metric="投资项目",
     metric_alts=["项目", "母基金投资项目", "投资项目数量", "海河产业基金投资项目"],
     **subj("海河产业基金", "74只母基金", "母基金"), **LEVEL,
     note="projects invested in by the 74 mother funds; subject as for 74只")
g.neg("零基预算改革", "零基", "零基预算 'zero-based budgeting', a reform label, not a quantity")
g.neg("“高效办成一件事”", "一件事",
      "service-programme name 高效办成一件事 ('get one thing done efficiently'), not a count")

# line 16: 持续释放市场活力
SHARE_NOTE = ("民营 heads the list and 占比 follows it: each value is the private sector's share "
              "of the named total (head 民营 and tail 占比 restored per part, README §3)")
fact("分别为23.1％、62.5％、45.5％", "23.1％", value=23.1, unit="%", kind="share",
     metric="民营规上工业增加值占比",
     metric_alts=["民营规上工业增加值", "民营规模以上工业增加值占比",
                  "民营经济规上工业增加值占比", "规上工业增加值占比"],
     **FLOW, note=SHARE_NOTE)
fact("分别为23.1％、62.5％、45.5％", "62.5％", value=62.5, unit="%", kind="share",
     metric="民营限上批发零售业商品销售额占比",
     metric_alts=["限上批发零售业商品销售额占比", "民营限上批发零售业商品销售额",
                  "民营限额以上批发零售业商品销售额占比", "限上批发零售业商品销售额"],
     **FLOW, note=SHARE_NOTE)
fact("分别为23.1％、62.5％、45.5％", "45.5％", value=45.5, unit="%", kind="share",
     metric="民营外贸进出口总额占比",
     metric_alts=["外贸进出口总额占比", "民营外贸进出口总额", "民营企业外贸进出口总额占比",
                  "民营企业进出口占比", "外贸进出口总额"],
     **FLOW, note=SHARE_NOTE)
fact("新设外商投资企业566家", "566家", value=566, unit="count", kind="count",
     classifier="家", metric="外商投资企业",
     metric_alts=["新设外商投资企业", "外商投资企业增量", "外商投资企业数量增量",
                  "新设外商投资企业数量", "外资企业"],
     **FLOW, note="新设 N: the year's additions; alt 增量 (SPEC §2)")
fact("占全国比重超过70％", "70％", value=70, unit="%", kind="share", bound="gt",
     metric="飞机、船舶、海工平台跨境租赁业务占全国比重",
     metric_alts=["跨境租赁业务占全国比重", "飞机、船舶、海工平台跨境租赁业务占全国的比重",
                  "跨境租赁业务占比", "跨境租赁业务", "跨境租赁业务占全国比重超过"],
     **LEVEL, note="超过 → gt; share of the national leasing business (a stock of leased "
                   "assets or the year's deals): the year, year-end reading as alt")
fact("新增上市挂牌企业11家", "11家", value=11, unit="count", kind="count",
     classifier="家", metric="上市挂牌企业",
     metric_alts=["新增上市挂牌企业", "上市挂牌企业增量", "上市挂牌企业数量增量",
                  "上市挂牌企业数量", "新增上市挂牌企业数量"],
     **FLOW, note="新增 N: the year's additions; alt 增量 (SPEC §2)")
fact("知识产权保护连续三年考核优秀", "三年", value=3, unit="year", kind="amount",
     metric="知识产权保护考核优秀持续时间",
     metric_alts=["知识产权保护考核优秀", "知识产权保护连续考核优秀", "知识产权保护考核",
                  "连续考核优秀年数", "知识产权保护考核优秀年数", "知识产权保护"],
     period=Y24, period_alts=[Y24_NULL, P("连续三年", "2022-01-01", "2024-12-31")],
     note="length of the streak 连续三年 (a duration, unit year), as 连续5年获评优秀等级 in "
          "wr_jiangsu_2025 — judgement call; the streak ends in the review year (2022-2024 "
          "as alt)")
g.neg("质量基础设施“一站式”", "一站式", LABEL_NOTE + " (一站式 'one-stop')")

# line 17: 大力推动港产城融合发展
PORT = subj("天津港", "天津港集团")
fact("集装箱航线147条", "147条", value=147, unit="count", kind="count", classifier="条",
     metric="集装箱航线", metric_alts=["集装箱航线数量", "航线", "集装箱班轮航线"],
     **PORT, **STOCK, note="routes in service: " + STOCK_NOTE + "; the port owns the number")
fact("吞吐量2329万标准箱", "2329万标准箱", value=23290000, unit="count", kind="count",
     classifier="标准箱", metric="集装箱吞吐量",
     metric_alts=["吞吐量", "港口集装箱吞吐量", "天津港集装箱吞吐量"],
     **PORT, **FLOW,
     note="标准箱 (TEU) is the measure word → count, classifier 标准箱 (as wr_shanghai / "
          "nw_yicai 标箱); head 集装箱 restored from 集装箱航线; throughput of the year")
g.neg("2024新华·波罗的海指数", "2024", "edition year inside the index's name (2024新华·波罗的海"
      "指数), not a quantity")
fact("跻身全球前20名", "前20名", value=20, unit="rank", kind="rank", bound="le",
     scope="全球", metric="新华·波罗的海指数排名",
     metric_alts=["新华·波罗的海指数", "新华·波罗的海国际航运中心发展指数排名",
                  "新华·波罗的海国际航运中心发展指数", "国际航运中心发展指数排名",
                  "新华波罗的海指数排名", "2024新华·波罗的海指数排名"],
     subject_alts=SUBJ_ALTS + ["天津港", "天津国际航运中心"], **FLOW,
     note="前N → le (README §6); the index ranks shipping-centre cities → 天津市, the port "
          "as alt; the 2024 edition of the index → the review year")
g.neg("码头二期等10个", "二期", "phase label 二期, not a quantity")
fact("码头二期等10个项目", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="适港产业项目",
     metric_alts=["完工项目", "项目", "适港产业完工项目", "适港产业项目完工",
                  "中海油海洋装备制造基地码头二期等项目", "完工的适港产业项目"],
     **FLOW, note="projects of the port-related industry completed (完工) in 2024; the "
                  "paragraph's head 适港产业 names them")
fact("接待邮轮超过100艘次", "100艘次", value=100, unit="count", kind="count",
     bound="gt", classifier="艘次", metric="接待邮轮",
     metric_alts=["邮轮接待", "接待邮轮艘次", "邮轮", "接待邮轮数量"],
     **subj("国际邮轮母港", "天津国际邮轮母港"), **FLOW,
     note="the cruise home port owns the number; 超过 → gt; 艘次 a classifier like 人次")
fact("新落户企业300余家", "300余家", value=300, unit="count", kind="count", bound="gt",
     classifier="家", metric="新落户企业",
     metric_alts=["落户企业", "航运集聚区新落户企业", "新落户企业数量", "企业",
                  "落户企业增量"],
     **subj("航运集聚区", "天津航运集聚区"), **FLOW,
     note="余 inside the span → gt; the cluster zone owns the count (as 自贸试验区 in "
          "wr_henan)")

# line 18: 全力扩大对外开放
g.neg("全国“双首个”数据", "双首个", "label “双首个” ('two national firsts'), not a count")
fact("制度创新指数稳居全国前三", "前三", value=3, unit="rank", kind="rank", bound="le",
     scope="全国", metric="制度创新指数",
     metric_alts=["制度创新指数排名", "自贸试验区制度创新指数", "自贸试验区制度创新指数排名"],
     **subj("自贸试验区", "天津自贸试验区", "中国（天津）自由贸易试验区"), **FLOW,
     note="前三 → le; the index ranks the free-trade zones → the zone owns the rank")
g.neg("国内首家外商独资", "首家", FIRST_NOTE)
g.neg("外商独资三级综合医院", "三级", "hospital grade label 三级, not a quantity")
fact("实际使用外资50亿美元", "50亿美元", value=5e9, unit="USD", kind="amount",
     metric="实际使用外资", metric_alts=["实际利用外资", "使用外资", "外资"],
     **FULLYEAR, note="全年 = 2024 (explicit)")
fact("外贸出口增长7.8％", "7.8％", value=7.8, unit="%", kind="growth",
     metric="外贸出口", metric_alts=["出口", "外贸出口额", "出口总额", "出口额"],
     comparison="yoy", **FULLYEAR, note="全年 governs the rest of the sentence")
g.neg("国家级经开区40周年", "40周年", "anniversary in an event name (经开区40周年座谈会), "
      "not a quantity claim")
g.neg("第十次会议", "第十次", "session label (第十次会议), not a count")
g.neg("形成一批示范成果", "一批", "quantifier 一批")
fact("24个鲁班工坊", "24个", value=24, unit="count", kind="count", classifier="个",
     metric="鲁班工坊", metric_alts=["鲁班工坊数量", "海外鲁班工坊"],
     **STOCK, note="workshops (set up abroad by Tianjin) in place: " + STOCK_NOTE)

NOTES = (
    "Excerpt: lines 7-18 of shared/texts/work_report/wr_tianjin_2025.txt (2,246 characters "
    "with the final newline), sliced by code: the opening paragraph of part 一、2024年工作"
    "回顾 (2024年是…), the headline figures (line 8), sections （一）高质量发展迈出坚实步伐 "
    "and （二）改革开放不断深化拓展. The 2025 预期目标 (source line 36) follow the review "
    "only after about 1,800 characters of prose (lines 28-35, almost no numbers), so they "
    "could not be joined within 2,500 characters; the brief asks for the targets only "
    "where they are nearby. Date: 2025-01-14, the delivery date in the header (source line "
    "3, outside the excerpt: 2025年1月14日在天津市第十八届人民代表大会第三次会议上); INDEX.tsv "
    "and the corpus meta agree. 2024年 / 全年 in the excerpt = 2024 (the review year); 今年 "
    "(= 2025) does not occur in it. Title: line 1 of the source (outside the excerpt). "
    "Place: municipality → 天津市 (alts 天津, 全市). Periods: every fact takes the review "
    "year 2024 (section frame, period text 2024年 from line 7; 全年 explicit for 50亿美元 and "
    "7.8%), null as alt; stocks (累计, 达到, 增至, routes / workshops / certified firms in "
    "place) are the instant 2024-12-31 with the year and null as alts; levels without such a "
    "word (770家, 6条, 74只, 721个, 70%) keep the year with the year-end instant as alt. "
    "Modality: 预计 governs the line-8 list (GDP, budget revenue, unemployment) → forecast "
    "(as wr_beijing_2025); everything else actual. Subjects: the park (天开高教科创园: "
    "2600家), 南港工业区 / the 南港 ethylene project, 海河产业基金, 天津港, 国际邮轮母港, "
    "航运集聚区 and 自贸试验区 own their numbers, the city as alt. Judgement calls: 百万吨 "
    "in the project name 南港百万吨乙烯 → capacity 1e6 t (eq); 两位数增长 → growth 10 ge; "
    "均突破1.2万家 → one fact (metric 国家高新技术企业, 科技型中小企业 as alt); 连续三年 → "
    "streak 3 year; 前20名 of the 新华·波罗的海 index → rank 20 le for the city; 民营 "
    "…占比分别为 → three shares with head and tail restored. Negatives: 2024年, 75周年, "
    "十四五, 一年, 2024 (event and index names), 每一个 ×2, （一）（二）, 一代 (新一代), "
    "一卡通, 一核两翼多点, 九安 (fund name), 单项 (单项冠军), 首届, 五大道, 一批 ×5, 一汽 ×2, "
    "两重, 两新, 5号 (address), 零基, 一件事, 一站式, 二期, 双首个, 首家, 三级, 40周年, 第十次.")

g.write(date="2025-01-14",
        source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
               "(来源：天津人大—天津日报)",
        title=TITLE, notes=NOTES, title_in_text=False)
facts = [l for l in g.lines if not l.get("negative")]
print(len(facts), "facts,", len(g.lines) - len(facts), "negatives")
