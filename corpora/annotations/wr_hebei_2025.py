"""Gold annotations for wr_hebei_2025 (2025年河北省政府工作报告), lines 8-15 of
shared/texts/work_report/wr_hebei_2025.txt.

The excerpt corpora/wr_hebei_2025.txt is sliced by code from the source bytes (whole lines,
newline kept), never retyped: sections （三） to （六） of the 2024 review (innovation and
industry, reform and opening-up, livelihoods and ecology, safety and governance), the
review's closing paragraphs (过去一年…, 同时…), the heading 二、2025年目标任务和主要工作 and the
one line of 2025 targets that follows it in the source (2,345 characters).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_hebei_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_hebei_2025"
PLACE = "河北省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 8, 15                     # 1-based, inclusive, whole lines
TITLE = "2025年河北省政府工作报告"
SUBJ_ALTS = ["河北", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（三）转型升级步伐加快",
                 ends="城镇调查失业率控制在5.5%左右。")
text = g.text

fact = g.with_subject(PLACE, SUBJ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
BATCH_NOTE = "quantifier 一批 (SPEC §1), not a count"

# ---- periods (reference date 2025-01-13) ---------------------------------------------------
# Lines 8-11 are sections of 一、2024年工作回顾 (heading in line 4, outside the excerpt; line 5
# 过去的一年).  Their lines name no period of their own, so the facts take the review year
# (SPEC §4 section frame).  The excerpt names that year as 过去一年 (line 12), used as the
# period text; the null reading goes into period_alts.  Stocks (总数达, 达到, shares and
# counts of a stock) are the instant 2024-12-31, with the literal year and null as alts.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])   # level, stock reading alt
STOCK_NOTE = ("stock under the inherited review year 2024: instant at 2024-12-31; "
              "period_alts keep the literal inheritance 2024-01-01..2024-12-31 and null")
# Targets (section 二、2025年目标任务和主要工作, line 14): 2025 targets.
T25 = P("2025年", "2025-01-01", "2025-12-31")
TARGET = dict(period=T25, period_alts=[P("2025年", None, None)], modality="target")


def added(noun, *more):
    """新增/新建 N: the count of the new units, with the SPEC-2 增量 reading as alts."""
    return [f"新增{noun}", f"{noun}数量", f"{noun}增量", f"{noun}数量增量"] + list(more)


# ---- line 8: （三）转型升级 ------------------------------------------------------------------
g.neg("（三）转型升级", "（三）", MARKER_NOTE)
fact("攻克关键技术难题216项", "216项", value=216, unit="count", kind="count",
     classifier="项", metric="关键技术难题",
     metric_alts=["攻克关键技术难题", "助力企业攻克关键技术难题", "关键技术难题数量",
                  "科技特派团助力企业攻克关键技术难题"],
     subject_alts=SUBJ_ALTS + ["科技特派团", "河北省科技特派团"], **FLOW,
     note="problems solved with the help of the province's science envoys in 2024; the "
          "province owns the figure, the envoys as alt; review year (section frame)")
fact("国家级高新技术企业超800家", "800家", value=800, unit="count", kind="count",
     bound="gt", classifier="家", metric="国家级高新技术企业",
     metric_alts=added("国家级高新技术企业", "高新技术企业", "新增高新技术企业"), **FLOW,
     note="新增…超800家: the year's new certifications (count of the new firms, 增量 alts); "
          "超 → gt, outside the span")
fact("科技型中小企业总数达2.49万家", "2.49万家", value=24900, unit="count", kind="count",
     classifier="家", metric="科技型中小企业",
     metric_alts=["科技型中小企业总数", "科技型中小企业数量"], **STOCK,
     note="总数达 → " + STOCK_NOTE)
g.neg("国家技术发明奖一等奖", "一等奖", "award grade label 一等奖 (first prize), not a rank "
      "of a measured quantity")
g.neg("实现我省零的突破", "零", "idiom 零的突破 'a first (breaking zero)', not a quantity")
g.neg("首家省实验室", "首家", FIRST_NOTE)
fact("技术合同成交额1900亿元", "1900亿元", value=1900e8, unit="CNY", kind="amount",
     metric="技术合同成交额", metric_alts=["全省技术合同成交额", "技术合同交易额"], **FLOW)
fact("高新技术产业增加值增长11.2%", "11.2%", value=11.2, unit="%", kind="growth",
     metric="高新技术产业增加值", metric_alts=["高新技术产业", "高新技术产业增加值增速"],
     comparison="yoy", **FLOW, note="growth without basis → yoy")
g.neg("新一代信息技术", "一代", "industry name 新一代信息技术 ('new generation IT'), not "
      "a quantity")
fact("增加值增长13.6%、9.8%", "13.6%", value=13.6, unit="%", kind="growth",
     metric="新一代信息技术产业增加值",
     metric_alts=["新一代信息技术", "新一代信息技术增加值", "新一代信息技术产业",
                  "新一代信息技术产业增加值增速"],
     comparison="yoy", **FLOW,
     note="X、Y产业增加值增长A、B (implicit 分别): 新一代信息技术 ↔ 13.6%, 高端装备 ↔ 9.8%; "
          "产业增加值 distributes over both")
fact("增加值增长13.6%、9.8%", "9.8%", value=9.8, unit="%", kind="growth",
     metric="高端装备产业增加值",
     metric_alts=["高端装备", "高端装备增加值", "高端装备产业", "高端装备产业增加值增速",
                  "高端装备制造业增加值"],
     comparison="yoy", **FLOW)
STEEL_A = "钢铁环保绩效A级企业"
STEEL_A_ALTS = ["钢铁环保绩效A级企业数量", "环保绩效A级企业", "钢铁A级企业",
                "环保绩效A级钢铁企业"]
fact("A级企业55家", "55家", value=55, unit="count", kind="count", classifier="家",
     metric=STEEL_A, metric_alts=STEEL_A_ALTS, **STOCK,
     note="number of steel firms holding the A grade (a status) → " + STOCK_NOTE)
fact("保持全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric=STEEL_A, metric_alts=STEEL_A_ALTS + ["钢铁环保绩效A级企业排名"], **STOCK,
     note="the count of A-grade steel firms ranks first in the country (保持 → still); rank "
          "of a stock → the same instant")
g.neg("制造业单项冠军", "单项", "lexicalized 单项冠军 'single-product champion' (a "
      "programme title); 单 is not a quantity")
fact("单项冠军14家", "14家", value=14, unit="count", kind="count", classifier="家",
     metric="国家级制造业单项冠军",
     metric_alts=added("国家级制造业单项冠军", "制造业单项冠军", "单项冠军",
                       "国家级制造业单项冠军企业"), **FLOW,
     note="新增 distributes over the list: count of the new champions (增量 alts)")
fact("“小巨人”企业38家", "38家", value=38, unit="count", kind="count", classifier="家",
     metric="专精特新“小巨人”企业",
     metric_alts=added("专精特新“小巨人”企业", "专精特新小巨人企业", "“小巨人”企业",
                       "小巨人企业", "国家级专精特新“小巨人”企业",
                       "国家级专精特新小巨人企业"), **FLOW,
     note="新增 (and 国家级) carried over from the first item of the list")
CLUSTER = "国家级中小企业特色产业集群总数"
fact("总数全国第二", "第二", value=2, unit="rank", kind="rank", scope="全国",
     metric=CLUSTER,
     metric_alts=["国家级中小企业特色产业集群", "国家级中小企业特色产业集群数量",
                  "中小企业特色产业集群总数", "国家级中小企业特色产业集群总数排名"],
     **STOCK, note="rank of a total (总数) → rank of a stock: " + STOCK_NOTE)
fact("跃居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="综合算力指数", metric_alts=["综合算力指数排名", "综合算力", "算力"], **LEVEL,
     note="首位 → rank 1 (SPEC §3); the index ranking of the review year, the year-end "
          "reading as an alt")
fact("河钢威赛博等5个垂直大模型", "5个", value=5, unit="count", kind="count",
     classifier="个", metric="获准开放应用的垂直大模型",
     metric_alts=["垂直大模型", "垂直大模型数量", "获准开放应用垂直大模型",
                  "获准开放应用的垂直大模型数量", "大模型"],
     **FLOW, note="approvals (获准) in 2024; the predicate defines the counted set")
fact("粮食总产781.8亿斤", "781.8亿斤", value=781.8e8 * 0.0005, unit="t", kind="amount",
     metric="粮食总产", metric_alts=["粮食总产量", "粮食产量"], **FLOW,
     note="斤 = 0.0005 t (SPEC §3): 781.8亿斤 = 3.909e7 t")
fact("建成高标准农田450万亩", "450万亩", value=450e4, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["建成高标准农田", "高标准农田面积", "高标准农田建设面积", "新建高标准农田"],
     **FLOW, note="built in 2024 (a flow of the year, no 累计); 亩 stays mu")
fact("北京市场份额超过四成", "四成", value=40, unit="%", kind="share", bound="gt",
     metric="主要菜篮子产品北京市场份额",
     metric_alts=["北京市场份额", "菜篮子产品北京市场份额", "主要菜篮子产品占北京市场份额",
                  "“河北净菜”等主要菜篮子产品北京市场份额", "市场份额"],
     subject_alts=SUBJ_ALTS + ["“河北净菜”等主要菜篮子产品", "河北净菜", "主要菜篮子产品"],
     **FLOW,
     note="超过四成 → share > 40% (成 = 10%), gt; the province's produce as a share of the "
          "Beijing market: province as subject, the products as alts (README §4)")

# ---- line 9: （四）改革开放 ------------------------------------------------------------------
g.neg("（四）改革开放", "（四）", MARKER_NOTE)
g.neg("成功争取一批国家", "一批", BATCH_NOTE)
g.neg("首单基础设施REITs", "首单", FIRST_NOTE)
fact("新增A股上市企业5家", "5家", value=5, unit="count", kind="count", classifier="家",
     metric="A股上市企业", metric_alts=added("A股上市企业", "上市企业"), **FLOW,
     note="新增 N: count of the new listings (增量 alts)")
g.neg("高质量共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
fact("中欧班列开行超800列", "800列", value=800, unit="count", kind="count", bound="gt",
     classifier="列", metric="中欧班列开行",
     metric_alts=["中欧班列", "中欧班列开行量", "中欧班列开行列数", "中欧班列开行数量"],
     subject_alts=SUBJ_ALTS + ["中欧班列"], **FLOW,
     note="trains run in 2024 (no 累计) → the year; 超 → gt")
g.neg("绿色制造“一带一路”联合", "一带一路", "initiative name inside a lab's name, not a "
      "quantity")
g.neg("等活动成功举办，一批项目", "一批", BATCH_NOTE)
fact("两项自贸试验区制度创新成果", "两项", value=2, unit="count", kind="count",
     classifier="项", metric="全国推广的自贸试验区制度创新成果",
     metric_alts=["自贸试验区制度创新成果", "自贸试验区制度创新成果全国推广",
                  "全国推广自贸试验区制度创新成果", "制度创新成果", "自贸试验区制度创新成果数量"],
     subject_alts=SUBJ_ALTS + ["自贸试验区", "河北自贸试验区",
                               "中国（河北）自由贸易试验区"], **FLOW,
     note="two innovations of the province's free-trade zone adopted nationwide (全国推广) "
          "in 2024: the predicate defines the counted set")
fact("吞吐量突破14亿吨", "14亿吨", value=14e8, unit="t", kind="amount", bound="gt",
     metric="港口货物吞吐量", metric_alts=["货物吞吐量", "港口吞吐量"], **FLOW,
     note="突破 → gt, outside the span")
fact("新增集装箱航线2条", "2条", value=2, unit="count", kind="count", classifier="条",
     metric="集装箱航线", metric_alts=added("集装箱航线"), **FLOW)
fact("稳居全球第2位", "第2位", value=2, unit="rank", kind="rank", scope="全球",
     metric="沿海货物吞吐量",
     metric_alts=["货物吞吐量", "唐山港沿海货物吞吐量", "沿海货物吞吐量排名", "港口货物吞吐量"],
     subject="唐山港", subject_alts=["唐山", "唐山市", "河北省", "河北"], **FLOW,
     note="the port owns the rank (as a facility, README §4); 位 kept in the span (as "
          "第一位 / 首位); scope 全球 (world ports)")
g.neg("招投标“双盲”评审", "双盲", LABEL_NOTE + " (“双盲” double-blind review)")
fact("13个“高效办成一件事”", "13个", value=13, unit="count", kind="count",
     classifier="个", metric="高效办成一件事",
     metric_alts=["“高效办成一件事”", "“高效办成一件事”事项", "高效办成一件事事项",
                  "“高效办成一件事”落地实施", "高效办成一件事落地实施",
                  "落地实施的“高效办成一件事”事项", "“高效办成一件事”数量"],
     **FLOW, note="items of the 高效办成一件事 service put in place in 2024 (as 17项 in "
                  "wr_henan_2025)")
g.neg("“高效办成一件事”落地", "一件事", "service-programme name 高效办成一件事, not a count")
g.neg("12345热线", "12345", "hotline number (12345 government service line), not a "
      "quantity")
fact("诉求1781万件", "1781万件", value=1781e4, unit="count", kind="count",
     classifier="件", metric="解决企业和群众诉求",
     metric_alts=["企业和群众诉求", "解决诉求", "诉求", "12345热线解决企业和群众诉求",
                  "解决企业和群众诉求数量", "12345热线解决诉求"],
     subject_alts=SUBJ_ALTS + ["12345热线", "河北12345热线"], **FLOW,
     note="requests handled by the province's 12345 hotline in 2024; the hotline as alt")
fact("退税超600亿元", "600亿元", value=600e8, unit="CNY", kind="amount", bound="gt",
     metric="减税降费及退税",
     metric_alts=["支持科技创新和制造业发展减税降费及退税", "减税降费", "减税降费和退税",
                  "支持科技创新和制造业发展减税降费", "减税降费及退税规模"],
     **FLOW, note="超 → gt; the purpose 支持科技创新和制造业发展 as an alt")
fact("市场经营主体达到889万户", "889万户", value=889e4, unit="count", kind="count",
     classifier="户", metric="市场经营主体",
     metric_alts=["经营主体", "市场经营主体数量", "市场经营主体总数", "市场主体"], **STOCK,
     note="registered entities (达到) → " + STOCK_NOTE)

# ---- line 10: （五）民生保障 -----------------------------------------------------------------
g.neg("（五）民生保障", "（五）", MARKER_NOTE)
fact("20项民生工程全面完成", "20项", value=20, unit="count", kind="count", classifier="项",
     metric="民生工程", metric_alts=["民生工程数量", "全面完成民生工程"], **FLOW,
     note="the year's 20 livelihood projects, all completed in 2024 (as 十项重点民生实事 in "
          "wr_henan_2025)")
fact("恢复重建2.16万户灾损农房", "2.16万户", value=21600, unit="count", kind="count",
     classifier="户", metric="灾损农房",
     metric_alts=["恢复重建灾损农房", "灾损农房恢复重建", "恢复重建农房", "灾损农房数量"],
     **FLOW, note="户 is the classifier (SPEC §3)")
fact("建成棚改安置房9万套", "9万套", value=90000, unit="count", kind="count",
     classifier="套", metric="棚改安置房",
     metric_alts=["建成棚改安置房", "棚改安置房数量", "棚户区改造安置房"], **FLOW)
fact("改造老旧小区827个", "827个", value=827, unit="count", kind="count", classifier="个",
     metric="老旧小区",
     metric_alts=["改造老旧小区", "老旧小区改造", "老旧小区改造数量", "老旧小区数量"], **FLOW)
fact("新增普惠托位5414个", "5414个", value=5414, unit="count", kind="count",
     classifier="个", metric="普惠托位", metric_alts=added("普惠托位", "普惠性托位"),
     **FLOW, note="新增 N: count of the new places (增量 alts)")
g.neg("空气质量“退后十”", "退后十", "label “退后十” (leaving the bottom ten of the national "
      "air-quality ranking), an achievement label, not a quantity here")
fact("水质优良比例保持在80%以上", "80%", value=80, unit="%", kind="share", bound="ge",
     metric="地表水国考断面水质优良比例",
     metric_alts=["国考断面水质优良比例", "水质优良比例", "地表水国考断面水质优良率",
                  "地表水水质优良比例", "地表水国考断面优良水质比例"],
     **FLOW, note="以上 → ge, outside the span; the annual assessment of the year → the "
                  "year (a flow share, as 86.1% in wr_henan_2025)")
fact("开采量压减1.77亿立方米", "1.77亿立方米", value=-1.77e8, unit="m3", kind="amount",
     metric="地下水开采量增量",
     metric_alts=["地下水开采量压减", "压减地下水开采量", "地下水开采量", "地下水压采量",
                  "地下水超采量压减", "地下水开采量减少"],
     **FLOW,
     note="压减 X: an absolute change of a level → the level's metric + 增量, signed "
          "negative (SPEC §2, as 调减77万亩)")
fact("营造林638万亩", "638万亩", value=638e4, unit="mu", kind="amount", metric="营造林",
     metric_alts=["营造林面积", "造林", "造林面积", "营造林亩数"], **FLOW)
fact("改造农村户厕42.5万座", "42.5万座", value=425000, unit="count", kind="count",
     classifier="座", metric="农村户厕",
     metric_alts=["改造农村户厕", "农村户厕改造", "农村户厕数量", "农村户厕改造数量"], **FLOW)
fact("建设改造农村公路7356.7公里", "7356.7公里", value=7356700, unit="m", kind="amount",
     metric="建设改造农村公路",
     metric_alts=["农村公路", "农村公路建设改造", "建设改造农村公路里程", "农村公路里程",
                  "农村公路建设改造里程"], **FLOW)
fact("城镇新增就业89.9万人", "89.9万人", value=899000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数"], **FLOW,
     note="standard indicator name; 新增 is part of it")
g.neg("残疾人两项补贴", "两项", "label 两项补贴 (the two disability allowances, 困难残疾人"
      "生活补贴 and 重度残疾人护理补贴), not a count claim")
fact("新改扩建义务教育学校251所", "251所", value=251, unit="count", kind="count",
     classifier="所", metric="义务教育学校",
     metric_alts=["新改扩建义务教育学校", "新改扩建义务教育学校数量", "义务教育学校数量",
                  "义务教育学校增量", "义务教育学校数量增量"],
     **FLOW, note="schools built, rebuilt or extended (新改扩建) in 2024; the predicate in "
                  "the alts")
fact("8个国家区域医疗中心", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="国家区域医疗中心",
     metric_alts=["国家区域医疗中心数量", "平稳运营的国家区域医疗中心"], **LEVEL,
     note="centres in operation (平稳运营): a level; inherited 2024 with the year-end "
          "stock reading and null in period_alts (as 160个国控断面 in wr_henan_2025)")
ATHLETES = SUBJ_ALTS + ["我省体育健儿", "河北体育健儿", "体育健儿"]
fact("勇夺4金、13金", "4金", value=4, unit="count", kind="count", classifier="金",
     metric="巴黎奥运会金牌",
     metric_alts=["奥运会金牌", "巴黎奥运会金牌数", "金牌", "奥运会金牌数", "夺得金牌"],
     subject_alts=ATHLETES, **FLOW,
     note="在巴黎奥运会、残奥会上勇夺4金、13金: Olympics ↔ 4, Paralympics ↔ 13 (list "
          "order); 金 (gold medal) is the measure word; the province's athletes → 河北省, "
          "athletes as alts; the Games were in 2024")
fact("勇夺4金、13金", "13金", value=13, unit="count", kind="count", classifier="金",
     metric="巴黎残奥会金牌",
     metric_alts=["残奥会金牌", "巴黎残奥会金牌数", "金牌", "残奥会金牌数", "夺得金牌"],
     subject_alts=ATHLETES, **FLOW)

# ---- line 11: （六）社会大局 -----------------------------------------------------------------
g.neg("（六）社会大局", "（六）", MARKER_NOTE)
fact("平稳健康发展18条措施", "18条", value=18, unit="count", kind="count", classifier="条",
     metric="房地产市场平稳健康发展措施",
     metric_alts=["房地产市场平稳健康发展18条措施", "措施", "房地产措施",
                  "房地产市场平稳健康发展措施数量", "实施房地产市场平稳健康发展措施"],
     **FLOW, note="count of measures (as 七条措施, README §2); enacted in 2024")
fact("项目交付22.4万套", "22.4万套", value=224000, unit="count", kind="count",
     classifier="套", metric="保交房攻坚战项目交付",
     metric_alts=["保交房项目交付", "保交房交付", "交付", "保交房攻坚战交付", "保交房交付套数",
                  "保交房攻坚战项目交付套数"], **FLOW)
g.neg("“一地一策”", "一地一策", "slogan 一地一策 ('one policy per locality'), not a "
      "quantity")
fact("死亡人数下降17.6%、11.6%", "17.6%", value=-17.6, unit="%", kind="growth",
     metric="生产安全事故起数",
     metric_alts=["生产安全事故", "生产安全事故数", "安全生产事故起数", "事故起数"],
     comparison="yoy", **FLOW,
     note="X、Y下降A、B (implicit 分别): 事故起数 ↔ 17.6%, 死亡人数 ↔ 11.6%; 下降 → negative; "
          "growth without basis → yoy")
fact("死亡人数下降17.6%、11.6%", "11.6%", value=-11.6, unit="%", kind="growth",
     metric="生产安全事故死亡人数",
     metric_alts=["死亡人数", "安全生产事故死亡人数", "事故死亡人数"],
     comparison="yoy", **FLOW, note="生产安全事故 carried over to the second item")
fact("人大代表建议729件", "729件", value=729, unit="count", kind="count", classifier="件",
     metric="人大代表建议",
     metric_alts=["办复人大代表建议", "人大代表建议办复", "人大代表建议数量"], **FLOW,
     note="handled (全部办复) in 2024")
fact("政协委员提案831件", "831件", value=831, unit="count", kind="count", classifier="件",
     metric="政协委员提案",
     metric_alts=["办复政协委员提案", "政协委员提案办复", "政协委员提案数量", "政协提案"],
     **FLOW)
g.neg("双拥共建", "双拥", LABEL_NOTE + " (双拥: 拥军优属、拥政爱民)")
g.neg("残疾人、红十字", "红十字", "organisation name 红十字 (Red Cross); 十字 'cross', not a "
      "number")

# ---- lines 12-13: closing of the review (no facts) -----------------------------------------
g.neg("过去一年，我们牢记", "过去一年", PERIOD_NOTE + "; the review year 2024, used as the "
      "period text of the review facts")
g.neg("我们一定直面问题", "一定", "adverb 一定 'certainly'")

# ---- lines 14-15: 2025 targets ---------------------------------------------------------------
g.neg("二、2025年目标", "二、", MARKER_NOTE)
g.neg("二、2025年目标", "2025年", PERIOD_NOTE + " (section heading: the targets' year)")
fact("可支配收入增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="居民人均可支配收入",
     metric_alts=["人均可支配收入", "居民人均可支配收入增速", "全省居民人均可支配收入"],
     comparison="yoy", **TARGET,
     note="target line under 二、2025年目标任务 (the source gives only this line of the "
          "主要预期目标): → target, period 2025; 左右 → approx")
fact("涨幅控制在2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格指数",
     metric_alts=["居民消费价格指数涨幅", "居民消费价格", "居民消费价格涨幅", "CPI", "CPI涨幅",
                  "消费价格"],
     comparison="yoy", **TARGET,
     note="涨幅控制在 X左右: growth of the price level, a target ceiling written with 左右 "
          "→ approx (the bound word written is 左右; 控制在 states the target)")
fact("失业率控制在5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], **TARGET,
     note="a rate (share of the labour force), not a growth; 左右 → approx")

NOTES = (
    "Excerpt: lines 8-15 of shared/texts/work_report/" + DOC_ID + ".txt (2,345 characters, "
    "sliced by code): review sections （三）-（六） (the densest part of the 2024 review), the "
    "review's closing (过去一年…, 同时…), the heading 二、2025年目标任务和主要工作 and the one "
    "line of 2025 targets the source gives after it (居民人均可支配收入 / 居民消费价格指数 / "
    "城镇调查失业率; the GDP and other targets are missing from the source). Lines 5-7 (the "
    "headline 2024 indicators and sections （一）（二）) would have pushed the run past 2,500 "
    "characters or cut it off from the targets. Date 2025-01-13: the delivery date in the "
    "report's header (line 2, outside the excerpt: 2025年1月13日在河北省第十四届人民代表大会"
    "第三次会议上); the shared meta agrees. Title: line 1 of the source, outside the excerpt "
    "(title_in_text=False). Place 河北省 (全省/我省/河北 → 河北省, alts). Periods: lines 8-11 "
    "are sections of 一、2024年工作回顾 and name no period of their own → the review year 2024 "
    "(SPEC §4 section frame); the excerpt names it 过去一年 (line 12), used as the period "
    "text, null in period_alts; stocks (总数达, 达到, counts of a status, ranks of totals) "
    "are the instant 2024-12-31 with the literal year and null as alts; levels of ongoing "
    "operation (8个国家区域医疗中心) and the 综合算力指数 rank take the year with the "
    "year-end reading as an alt. Lines 14-15: 2025 targets (period 2025年 of the heading, "
    "modality target, 左右 → approx). Subjects: the province owns every review figure; the "
    "port 唐山港 owns its world rank; envoys, hotline, athletes, produce in subject_alts. "
    "Judgement calls: 压减1.77亿立方米 → signed −1.77e8 m3, metric 地下水开采量增量; "
    "4金、13金 → two counts (classifier 金), Olympics ↔ 4, Paralympics ↔ 13; 退后十 and "
    "两项补贴 → labels (negative); 两项自贸试验区制度创新成果 → count. Negatives: list "
    "markers （三）-（六）/二、, 2025年, 过去一年, 一等奖, 零的突破, 首家/首单, 一代, 单项(冠军), "
    "一批 ×2, 一带一路 ×2, 双盲, 一件事, 12345, 退后十, 两项(补贴), 一地一策, 双拥, 红十字, "
    "一定. Lexicalized, not listed: 一些, 进一步, 一体.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(2025年河北省政府工作报告, 来源：河北日报; via alexzhu0/Jina_Embeddings_v4_RAG)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
