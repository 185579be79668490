"""Gold annotations for wr_jilin_2025 (held-out: corpora/heldout/).

The excerpt is lines 16-26 (1-based, inclusive, whole lines, newline kept) of
shared/texts/work_report/wr_jilin_2025.txt, sliced by code from the source bytes, never
retyped: items 二是 … 五是 of the detailed 2024 review (主要做了以下工作, line 14 of the
source), the 一年来 government paragraph, the thanks and problems paragraphs, the heading of
part 二 and the 2025 主要预期目标 (line 26, whole).  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_jilin_2025.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_jilin_2025"
PLACE = "吉林省"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 16, 26                    # 1-based, inclusive, whole lines
TITLE = "2025年吉林省政府工作报告"
SUBJ_ALTS = ["吉林", "全省"]
GOV_ALTS = SUBJ_ALTS + ["吉林省人民政府", "省政府", "省人民政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二是全力培育新质生产力", ends="单位GDP能耗下降2％左右。")
text = g.text

fact = g.with_subject(PLACE, SUBJ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是 / heading number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-its-kind claim (首…), not a measured rank"

# ---- periods (reference date 2025-01-14; 过去一年 = 2024, 今年 = 2025) ----------------------
# Lines 16-19 (二是…五是) are items of 主要做了以下工作 (source line 14) in part
# 一、2024年工作回顾 (source line 7), both outside the excerpt: they state no period of their own
# and take the review year 2024 (SPEC §4 section frame), the null reading in period_alts.  The
# period text is the excerpt's own naming of the review year, 过去一年 (line 22).  Line 20
# opens with 一年来 itself (explicit).  Stocks are instants at 2024-12-31.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])   # level, stock reading alt
STOCK_NOTE = ("stock under the inherited review year 2024: instant at 2024-12-31; "
              "period_alts keep the literal inheritance 2024-01-01..2024-12-31 and null")
T25 = P("2025年", "2025-01-01", "2025-12-31")
TARGET = dict(period=T25, modality="target")

# ---- line 16: 二是全力培育新质生产力 ----------------------------------------------------------
g.neg("二是全力培育", "二是", MARKER_NOTE)
g.neg("长白山、三江、吉光", "三江", "laboratory name 三江 (三江实验室), not a quantity")
fact("吉光3个省实验室", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="省实验室",
     metric_alts=["省实验室数量", "挂牌运行的省实验室", "省实验室挂牌运行", "挂牌运行省实验室"],
     **FLOW, note="laboratories launched (挂牌运行) in 2024")
g.neg("国家科学技术进步奖一等奖", "一等奖", "award grade 一等奖 (first prize), not a rank")
fact("认定高新技术企业超过4100家", "4100家", value=4100, unit="count", kind="count",
     bound="gt", classifier="家", metric="高新技术企业",
     metric_alts=["认定高新技术企业", "高新技术企业数量", "认定的高新技术企业"], **LEVEL,
     note="超过 → gt, outside the span; 认定 reads as a flow of 2024, but the figure is the "
          "size of the recognised population (a stock) as likely → year-end instant as alt")
g.neg("国家首批20个", "首批", "designation 首批 'first batch', not a rank")
fact("国家首批20个", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="“车路云一体化”试点城市",
     metric_alts=["车路云一体化试点城市", "首批“车路云一体化”试点城市", "首批车路云一体化试点城市",
                  "试点城市", "“车路云一体化”试点城市数量"],
     subject="中国", subject_alts=["国家", "全国"], **FLOW,
     note="judgement call: the size of the national first batch that 长春 joined (入围) — a "
          "count owned by the national programme (subject 中国), not by 吉林省; read as a fact "
          "rather than a label, since it is a stated number of cities")
g.neg("全国首套严寒地区", "首套", FIRST_NOTE)
g.neg("自主研发首列氢能源", "首列", FIRST_NOTE)

# ---- line 17: 三是全力发展现代化大农业 --------------------------------------------------------
g.neg("三是全力发展", "三是", MARKER_NOTE)
fact("高标准农田806万亩", "806万亩", value=8.06e6, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["新建和改造提升高标准农田", "高标准农田面积", "新建和改造提升高标准农田面积",
                  "高标准农田建设面积"],
     **FLOW)
fact("推广面积达到3800万亩", "3800万亩", value=3.8e7, unit="mu", kind="amount",
     metric="保护性耕作推广面积",
     metric_alts=["保护性耕作面积", "保护性耕作", "保护性耕作实施面积"], **LEVEL,
     note="the area worked with conservation tillage in the 2024 season (an annual area, "
          "达到); year-end stock reading as alt")
fact("新达产项目314个", "314个", value=314, unit="count", kind="count", classifier="个",
     metric="农产品加工业新达产项目",
     metric_alts=["新达产项目", "农产品加工新达产项目", "农产品加工业新达产项目数量",
                  "达产项目"],
     **FLOW)
fact("新增产值365亿元", "365亿元", value=3.65e10, unit="CNY", kind="amount",
     metric="农产品加工业新增产值",
     metric_alts=["新增产值", "农产品加工业产值增量", "产值增量", "新达产项目新增产值"],
     **FLOW, note="output added by the new projects; head 农产品加工业 carried over")
# 肉牛屠宰量实现翻番 ('doubled', = 2 times the 2023 level) is a quantity in meaning, but its
# span holds no numeral character and check_gold.py rejects a fact without one ("no number in
# span"); it is left without a line (neither fact nor negative) — see the notes.
RANK_ALTS = ["肉牛屠宰量排名", "肉牛屠宰量全国排名", "肉牛屠宰"]
fact("由全国第11位跃升", "第11位", value=11, unit="rank", kind="rank", scope="全国",
     metric="肉牛屠宰量", metric_alts=RANK_ALTS,
     period=P("过去一年", "2023-01-01", "2023-12-31"),
     period_alts=[P("过去一年", "2024-01-01", "2024-01-01"), Y24, Y24_NULL],
     note="start of a from/to pair (由…跃升至): the position before the 2024 change, i.e. "
          "the 2023 ranking of an annual flow → the year 2023; alts: the start instant of "
          "2024, the literal review year, null")
fact("跃升至第5位", "第5位", value=5, unit="rank", kind="rank", scope="全国",
     metric="肉牛屠宰量", metric_alts=RANK_ALTS, **FLOW,
     note="end of the pair: the 2024 ranking; scope 全国 carried from 第11位")
fact("人参产业综合产值突破800亿元", "800亿元", value=8e10, unit="CNY", kind="amount",
     bound="gt", metric="人参产业综合产值",
     metric_alts=["人参产业产值", "人参综合产值", "人参产业"], **FLOW, note="突破 → gt")
fact("梅花鹿产业规模保持全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="梅花鹿产业规模", metric_alts=["梅花鹿产业", "梅花鹿产业规模排名"], **LEVEL,
     note="rank 1, scope 全国, span without the scope word; 保持 (a position held) → year-end "
          "instant as alt")
fact("农林牧渔总产值达到3100亿元", "3100亿元", value=3.1e11, unit="CNY", kind="amount",
     metric="农林牧渔总产值",
     metric_alts=["农林牧渔业总产值", "农林牧渔业产值", "农业总产值"], **FLOW,
     note="annual output (a flow) although written with 达到")
g.neg("“十百千万”工程", "十百千万", LABEL_NOTE + " (“十百千万”工程)")
fact("新建宜居农房18393户", "18393户", value=18393, unit="count", kind="count",
     classifier="户", metric="宜居农房",
     metric_alts=["新建宜居农房", "宜居农房数量", "宜居农房增量", "宜居农房数量增量"], **FLOW,
     note="新建 N: count of the new units, 增量 alts (README §3)")

# ---- line 18: 四是全力深化改革扩大开放 --------------------------------------------------------
g.neg("四是全力深化", "四是", MARKER_NOTE)
g.neg("“高效办成一件事”扩面", "一件事",
      "service-programme name 高效办成一件事, not a count")
fact("11.7万个政务服务事项", "11.7万个", value=117000, unit="count", kind="count",
     classifier="个", metric="实现全程网办、不见面审批的政务服务事项",
     metric_alts=["政务服务事项", "全程网办政务服务事项", "实现全程网办的政务服务事项",
                  "全程网办、不见面审批政务服务事项", "政务服务事项全程网办", "全程网办事项",
                  "政务服务事项数量"],
     **LEVEL,
     note="the predicate (实现全程网办、不见面审批) defines the counted set → in the metric; "
          "inherited 2024, year-end reading as alt (cf. wr_henan 197项 免证可办)")
fact("民营经济发展“31条”政策", "31条", value=31, unit="count", kind="count", classifier="条",
     metric="支持民营经济发展政策",
     metric_alts=["支持民营经济发展“31条”政策", "支持民营经济发展政策措施", "民营经济发展政策",
                  "“31条”政策", "31条政策", "支持民营经济发展措施", "政策"],
     **FLOW,
     note="quoted nickname of a policy stating its number of articles: a count of measures "
          "(wr_jiangsu “33条”, wr_shandong 59条), not a bare label")
fact("新登记经营主体60.7万户", "60.7万户", value=607000, unit="count", kind="count",
     classifier="户", metric="新登记经营主体",
     metric_alts=["经营主体", "新登记经营主体数量", "经营主体增量", "新登记经营主体户数"],
     **FLOW)
fact("形成固定资产550亿元", "550亿元", value=5.5e10, unit="CNY", kind="amount",
     metric="招商引资产业类项目形成固定资产",
     metric_alts=["形成固定资产", "招商引资产业类项目固定资产", "招商引资形成固定资产",
                  "固定资产"],
     **FLOW)

# ---- line 19: 五是全力保障和改善民生 ----------------------------------------------------------
g.neg("五是全力保障", "五是", MARKER_NOTE)
fact("新增财力80％以上", "80％", value=80, unit="%", kind="share", bound="ge",
     metric="新增财力用于民生领域比重",
     metric_alts=["新增财力用于民生领域", "新增财力用于民生", "新增财力民生支出占比",
                  "用于民生领域的新增财力占比", "新增财力用于民生领域的比例", "新增财力"],
     **FLOW, note="以上 → ge, outside the span")
fact("全面完成25项民生实事", "25项", value=25, unit="count", kind="count", classifier="项",
     metric="民生实事",
     metric_alts=["完成民生实事", "民生实事数量", "全面完成民生实事"], **FLOW)
fact("城镇新增就业23.35万人", "23.35万人", value=233500, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     **FLOW)
fact("转移就业295.56万人", "295.56万人", value=2955600, unit="count", kind="count",
     classifier="人", metric="农村劳动力转移就业",
     metric_alts=["农村劳动力转移就业人数", "转移就业"], **FLOW,
     note="the year's transferred rural workers (the indicator counts those employed away "
          "in the year)")
fact("留吉突破15万人", "15万人", value=150000, unit="count", kind="count", bound="gt",
     classifier="人", metric="高校毕业生留吉",
     metric_alts=["高校毕业生留吉人数", "留吉高校毕业生", "高校毕业生留在吉林就业"], **FLOW,
     note="突破 → gt")
fact("每人每年670元", "670元", value=670, unit="CNY", kind="amount",
     metric="城乡居民基本医疗保险补助标准",
     metric_alts=["城乡居民基本医疗保险财政补助标准", "城乡居民医保补助标准",
                  "基本医疗保险补助标准", "医保补助标准"],
     **STOCK,
     note="a standard in force after 提高到 (per person per year is part of the indicator, "
          "not a period): " + STOCK_NOTE)
fact("幼儿园学位11870个", "11870个", value=11870, unit="count", kind="count",
     classifier="个", metric="优质公办幼儿园学位",
     metric_alts=["公办幼儿园学位", "提供优质公办幼儿园学位", "幼儿园学位",
                  "优质公办幼儿园学位数量"],
     **FLOW, note="places provided (提供) in 2024")
fact("资助困难家庭考生2570名", "2570名", value=2570, unit="count", kind="count",
     classifier="名", metric="资助困难家庭考生",
     metric_alts=["困难家庭考生", "资助困难家庭考生人数", "受资助困难家庭考生"], **FLOW)
g.neg("“一次就诊只挂一次号”", "一次就诊只挂一次号",
      LABEL_NOTE + " (service slogan “一次就诊只挂一次号”, one registration per visit)")
fact("医疗机构达307家", "307家", value=307, unit="count", kind="count", classifier="家",
     metric="“一次就诊只挂一次号”医疗机构",
     metric_alts=["一次就诊只挂一次号医疗机构", "医疗机构", "实现“一次就诊只挂一次号”的医疗机构",
                  "“一次就诊只挂一次号”医疗机构数量"],
     **STOCK, note="达 → stock; the slogan defines the counted set → in the metric; "
                   + STOCK_NOTE)
g.neg("实现三级公立医院", "三级", "hospital grade label 三级, not a quantity")
fact("新增助老餐厅餐点1327个", "1327个", value=1327, unit="count", kind="count",
     classifier="个", metric="助老餐厅餐点",
     metric_alts=["新增助老餐厅餐点", "助老餐厅餐点数量", "助老餐厅餐点增量",
                  "助老餐厅餐点数量增量", "助老餐厅"],
     **FLOW, note="新增 N: count of the new units, 增量 alts")
fact("1.5万套“保交楼”", "1.5万套", value=15000, unit="count", kind="count",
     classifier="套", metric="“保交楼”任务",
     metric_alts=["保交楼任务", "保交楼", "“保交楼”", "保交楼住房", "“保交楼”任务完成"],
     **FLOW, note="units (套) of the 保交楼 task completed in 2024")
fact("解决9.5万户", "9.5万户", value=95000, unit="count", kind="count", classifier="户",
     metric="“无籍房”办证问题",
     metric_alts=["无籍房办证问题", "无籍房", "“无籍房”", "无籍房办证", "“无籍房”办证",
                  "解决“无籍房”办证问题"],
     **FLOW, note="households whose 无籍房 title problem was solved in 2024")
g.neg("全国第十四届冬运会", "第十四届", "edition label of an event (第十四届冬运会), not a count")
MEDAL_SUBJ = SUBJ_ALTS + ["吉林健儿", "吉林省代表团", "吉林代表团"]
fact("获得62枚金牌", "62枚", value=62, unit="count", kind="count", classifier="枚",
     metric="金牌",
     metric_alts=["冬运会金牌", "获得金牌", "金牌数", "金牌数量", "全国冬运会金牌"],
     subject_alts=MEDAL_SUBJ, **FLOW,
     note="the province's athletes (吉林健儿) own the medals: subject 吉林省; the 14th National "
          "Winter Games were held in February 2024 → review year")
fact("金牌榜第2位", "第2位", value=2, unit="rank", kind="rank", scope="金牌榜",
     metric="金牌榜",
     metric_alts=["金牌榜排名", "冬运会金牌榜", "金牌榜名次", "冬运会金牌榜排名", "金牌"],
     subject_alts=MEDAL_SUBJ, **FLOW,
     note="rank 2 on the Games' medal table; scope 金牌榜 (the table ranked over), span "
          "without it")
fact("安置危房群众866户", "866户", value=866, unit="count", kind="count", classifier="户",
     metric="安置危房群众",
     metric_alts=["危房群众", "安置危房群众户数", "危房群众安置"], **FLOW)
fact("加固重建危房1312户", "1312户", value=1312, unit="count", kind="count",
     classifier="户", metric="加固重建危房",
     metric_alts=["危房", "加固重建危房户数", "危房加固重建"], **FLOW)
g.neg("双拥共建", "双拥", LABEL_NOTE + " (双拥: 拥军优属、拥政爱民)")
g.neg("、红十字、", "红十字", "organisation name 红十字 (Red Cross); 十字 'cross', not a number")

# ---- line 20: 一年来，我们持续加强政府自身建设 ------------------------------------------------
g.neg("一年来，我们持续", "一年来",
      PERIOD_NOTE + " (the review year 2024, governs this line); not a duration fact")
Y24_EXPL = dict(period=P("一年来", "2024-01-01", "2024-12-31"),
                period_alts=[P("一年来", None, None)])
fact("办理全国政协提案3件", "3件", value=3, unit="count", kind="count", classifier="件",
     metric="全国政协提案",
     metric_alts=["办理全国政协提案", "全国政协提案数量", "办理的全国政协提案", "政协提案"],
     subject_alts=GOV_ALTS, **Y24_EXPL,
     note="handled by the provincial government (我们): subject the document's place, the "
          "government as alt; 一年来 at the head of the line = 2024")
fact("省人大代表建议214件", "214件", value=214, unit="count", kind="count", classifier="件",
     metric="省人大代表建议",
     metric_alts=["办理省人大代表建议", "人大代表建议", "省人大代表建议数量", "代表建议"],
     subject_alts=GOV_ALTS, **Y24_EXPL, note="head 办理 shared with 3件")
fact("省政协提案538件", "538件", value=538, unit="count", kind="count", classifier="件",
     metric="省政协提案",
     metric_alts=["办理省政协提案", "政协提案", "省政协提案数量"],
     subject_alts=GOV_ALTS, **Y24_EXPL, note="head 办理 shared with 3件")
g.neg("中央八项规定", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count")

# ---- line 22: 过去一年的成绩 (no facts) ------------------------------------------------------
g.neg("过去一年的成绩", "过去一年", PERIOD_NOTE + " (the review year 2024; used as the "
      "period text of the review facts)")

# ---- line 24: section heading ------------------------------------------------------------
g.neg("二、2025年工作安排", "二、", MARKER_NOTE)
g.neg("二、2025年工作安排", "2025年", PERIOD_NOTE + " (section heading: the targets' year)")

# ---- line 25 ------------------------------------------------------------------------------
g.neg("今年是“十四五”", "十四五", "plan label 十四五")
g.neg("也是“十五五”", "十五五", "plan label 十五五")

# ---- line 26: 2025 main targets ------------------------------------------------------------
g.neg("2025年经济社会发展主要预期目标", "2025年", PERIOD_NOTE + " (governs the targets)")
fact("地区生产总值增长5.5％左右", "5.5％", value=5.5, unit="%", kind="growth",
     bound="approx", metric="地区生产总值",
     metric_alts=["GDP", "生产总值", "地区生产总值增长", "经济增长", "经济增速", "GDP增长"],
     comparison="yoy", **TARGET,
     note="主要预期目标 → target; 2025年 at the head of the line; 左右 → approx")
fact("粮食产量880亿斤以上", "880亿斤", value=4.4e7, unit="t", kind="amount", bound="ge",
     metric="粮食产量", metric_alts=["粮食总产量"], **TARGET,
     note="880亿斤 = 8.8e10 斤 = 4.4e7 t (斤 = 0.0005 t); 以上 → ge")
fact("固定资产投资增长5％左右", "5％", value=5, unit="%", kind="growth", bound="approx",
     metric="固定资产投资", metric_alts=["固定资产投资增长"], comparison="yoy", **TARGET)
fact("零售总额增长6％左右", "6％", value=6, unit="%", kind="growth", bound="approx",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **TARGET)
fact("预算收入增长3％左右", "3％", value=3, unit="%", kind="growth", bound="approx",
     metric="一般公共预算收入",
     metric_alts=["地方一般公共预算收入", "一般公共预算收入增长", "财政收入"],
     comparison="yoy", **TARGET)
fact("失业率控制在5.5％左右", "5.5％", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
     note="a rate → share; 左右 → approx")
fact("涨幅在2％左右", "2％", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格指数",
     metric_alts=["居民消费价格指数涨幅", "居民消费价格", "居民消费价格涨幅", "CPI", "消费价格"],
     comparison="yoy", **TARGET, note="涨幅 = growth of the price level; 左右 → approx")
fact("能耗下降2％左右", "2％", value=-2, unit="%", kind="growth", bound="approx",
     metric="单位GDP能耗",
     metric_alts=["单位地区生产总值能耗", "能耗强度", "单位生产总值能耗", "能耗"],
     comparison="yoy", **TARGET, note="下降 → negative value; 左右 → approx")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: items 二是 … 五是 of "
    "the detailed 2024 review (the figure-dense summary, lines 8-13, and item 一是, line 15, "
    "would not fit into 2,500 characters together with the targets), the 一年来 government "
    "paragraph, the thanks and problems paragraphs, the heading of part 二, line 25 and the "
    "2025 主要预期目标 (line 26, whole). Date: 2025-01-14, the delivery date in the report's "
    "header line (source line 3, outside the excerpt: ——2025年1月14日在吉林省第十四届人民代表"
    "大会第四次会议上; corpus meta and INDEX.tsv agree); nothing in the excerpt contradicts it "
    "(2024 results, 2025 targets). 过去一年/一年来 = 2024; 今年 = 2025. Title: line 1 of the "
    "source, outside the excerpt. Place: provincial report → 吉林省 (alts 吉林, 全省; the "
    "government's own acts 3件/214件/538件 add 吉林省人民政府/省政府; the Winter Games medals "
    "add 吉林健儿; the 20 national pilot cities belong to 中国). Periods: lines 16-19 state no "
    "period: they take the review year 2024 (heading 一、2024年工作回顾, source line 7), period "
    "text 过去一年 (the excerpt's naming, line 22), null in period_alts; levels held at year "
    "end (达 307家, a standard 提高到 670元) are instants at 2024-12-31 with the year and null as "
    "alts; ambiguous levels (高新技术企业 4100家, 11.7万个 事项, 保护性耕作 3800万亩, 全国第一) "
    "keep the year with the year-end instant as alt. 由全国第11位跃升至第5位: 第11位 = the 2023 "
    "ranking, 第5位 = 2024. Line 20: 一年来 = 2024 (explicit). Line 26: 2025年…主要预期目标 → "
    "modality target, period 2025; 左右 → approx, 以上 → ge. 肉牛屠宰量实现翻番 (doubled = 2 times) "
    "is left unannotated: check_gold.py rejects a fact whose span has no numeral, and it is "
    "not a non-fact either (a prediction there simply matches no gold line).")

g.write(date="2025-01-14",
        source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST}",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
