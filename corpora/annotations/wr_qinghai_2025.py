"""Gold annotations for wr_qinghai_2025 (2025年青海省政府工作报告), lines 10-12 of
shared/texts/work_report/wr_qinghai_2025.txt.

The excerpt corpora/wr_qinghai_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: three paragraphs of part 一、2024年工作回顾 (source line
5): 改革开放在守正创新中纵深推进 (state and private firms, science, government services,
opening), 民生事业在惠民利民中更有温度 (earthquake reconstruction, rural revitalisation,
jobs, incomes, schools, health, care, housing, culture) and 社会大局在共建共治中安全稳定
(food and energy security, debt, finance, housing delivery, safety, floods, public order).
It is one of the two densest runs of the review (61 facts in 2,478 characters).  The
headline paragraph (source line 6, 全省生产总值增长2.7%…) cannot be joined: lines 6-8 are
1,772 characters (under 2,000) and lines 6-9 2,712 (over 2,500).  The equally dense run
lines 8-10 (2,487; economy, industries, reform) names the review year nowhere (its only
time word is 年初, the start of a from/to pair), so its facts would carry a period text
that is not in the article (the shared check_gold.py requires it, and every gold keeps to
it, as wr_hunan_2025 chose 年度); lines 10-12 name it 年度 (source line 12).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes
from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_qinghai_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_qinghai_2025"
PLACE = "青海省"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 10, 12                    # 1-based, inclusive, whole lines
TITLE = "2025年青海省政府工作报告"
QH_ALTS = ["青海", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="改革开放在守正创新中纵深推进。", ends="发展和安全动态平衡、相得益彰。")
text = g.text
fact = g.with_subject(PLACE, QH_ALTS)


def own(*parts):
    """subject_alts for a zone / facility that owns its number, province as alt."""
    return list(parts) + [PLACE] + QH_ALTS


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
NAME_NOTE = "name ({}), not a quantity"
NEW_NOTE = "新增/新建 N: added in 2024 (a flow), 增量 reading in alts (README §3)"

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt lies in part 一、2024年工作回顾 (source line 5, outside it).  Line 1 (改革开放)
# and line 3 (社会大局) state no period before their numbers: they take the review year 2024
# as section frame (SPEC §4).  The excerpt's own name of that year is 年度 (line 3: 超额完成
# 年度地方债务化解任务 / 年度任务), used as the period text of the frame (as wr_hunan_2025),
# the null reading in period_alts.  Line 2 (民生事业) has two time words inside modifiers:
#   - 年初确定的十大类44项民生实事 — 年初 dates the choice of the items, not the facts;
#   - 在2023年国家考评第三的好成绩基础上 — 2023年 dates the assessment that ranked the
#     province third (the rank fact has period 2023) inside a noun phrase.
# Neither is a frame of the clauses after it: the facts that follow are 2024 results (the
# review year as gold).  By the letter of SPEC §4 each would govern the clauses after it in
# the line, so that literal reading (the instant 年初 = 2024-01-01, then the year 2023) is
# kept in period_alts (as wr_china_2016 / wr_china_2013 keep their literal readings).
# Stocks (经营主体达, 达 N 户 of a register, 累计, 已有, 覆盖率, 增至 of a level, 储气能力达)
# are the instant 2024-12-31 with the literal year and null as alts; levels that may be read
# either way (lists of items, brands) keep the year with the instant as alt.
Y24 = P("年度", "2024-01-01", "2024-12-31")
Y24_NULL = P("年度", None, None)
Y24_END = P("年度", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NC = P("年初", "2024-01-01", "2024-01-01")
FLOW_NC = dict(period=Y24, period_alts=[Y24_NULL, NC])
Y23 = P("2023年", "2023-01-01", "2023-12-31")
Y23_END = P("2023年", "2023-12-31", "2023-12-31")
FLOW_23 = dict(period=Y24, period_alts=[Y24_NULL, Y23])
STOCK_23 = dict(period=Y24_END, period_alts=[Y24, Y24_NULL, Y23_END, Y23])
LEVEL_23 = dict(period=Y24, period_alts=[Y24_NULL, Y24_END, Y23])
LIT_NC = ("; 年初 (in 年初确定的…) literally precedes it in the line: the instant 2024-01-01 as "
          "alt (see the period comment)")
LIT_23 = ("2023年 (in 在2023年国家考评第三的…基础上) literally precedes it in the line: the year "
          "2023 as alt (see the period comment)")

# ==== line 1 (source 10): 改革开放在守正创新中纵深推进 =============================================
fact("高质量发展33条措施", "33条", value=33, unit="count", kind="count", classifier="条",
     metric="促进民营经济高质量发展措施",
     metric_alts=["措施", "促进民营经济高质量发展的措施", "民营经济措施", "出台措施",
                  "促进民营经济高质量发展措施数量"],
     **FLOW, note="count of measures (README §2 七条措施)")
fact("经营主体达59.3万户", "59.3万户", value=59.3e4, unit="count", kind="count",
     classifier="户", metric="经营主体", metric_alts=["经营主体数量", "经营主体总数"],
     **STOCK, note="达 → the register at year end (as wr_henan_2025 1127.8万户): " + STOCK_NOTE)
fact("净增2万多户", "2万多户", value=2e4, unit="count", kind="count", classifier="户",
     bound="gt", metric="经营主体增量",
     metric_alts=["经营主体净增", "净增经营主体", "经营主体", "经营主体数量增量",
                  "经营主体净增户数"],
     **FLOW, note="absolute change of the register over 2024 (SPEC §2 <level>增量); 多 inside "
                  "the span → gt")
REG_NOTE = ("分别: 创新型中小企业 ↔ 194户, “专精特新”企业 ↔ 157户; 达 N 户 of a register → "
            + STOCK_NOTE)
fact("分别达194户", "194户", value=194, unit="count", kind="count", classifier="户",
     metric="创新型中小企业",
     metric_alts=["创新型中小企业数量", "创新型中小企业总数"], **STOCK, note=REG_NOTE)
fact("194户、157户", "157户", value=157, unit="count", kind="count", classifier="户",
     metric="“专精特新”企业",
     metric_alts=["专精特新企业", "“专精特新”中小企业", "专精特新中小企业", "专精特新企业数量",
                  "“专精特新”企业数量"], **STOCK, note=REG_NOTE)
fact("企业现金流118亿元", "118亿元", value=118e8, unit="CNY", kind="amount",
     metric="释放企业现金流",
     metric_alts=["企业现金流", "累计释放企业现金流", "释放现金流", "电子保函释放企业现金流",
                  "释放的企业现金流"],
     **STOCK, note="累计 → stock under the review year (as wr_henan_2025 累计): " + STOCK_NOTE)
g.neg("首个在省外设立", "首个", FIRST_NOTE)
HN = "海南州国家可持续发展议程创新示范区"
fact("居全国示范区首位", "首位", value=1, unit="rank", kind="rank", scope="全国示范区",
     metric="活跃度", metric_alts=["示范区活跃度", "活跃度排名", "创新示范区活跃度"],
     subject=HN, subject_alts=own("海南州", "海南州示范区", "海南州国家可持续发展议程创新示范区"
                                  "活跃度", "国家可持续发展议程创新示范区"),
     **FLOW, note="首位 → 1; rank among the national demonstration zones (scope 全国示范区); "
                  "the zone owns the number (README §4)")
WLG = "瓦里关全球大气本底站"
fact("本底站运行30多年", "30多年", value=30, unit="year", kind="amount", bound="gt",
     metric="运行时间",
     metric_alts=["运行时长", "运行年数", "瓦里关全球大气本底站运行时间", "运行",
                  "本底站运行时间"],
     subject=WLG, subject_alts=own("瓦里关", "瓦里关本底站", "全球大气本底站"),
     period=Y24, period_alts=[Y24_NULL, Y24_END],
     note="judgement call: the station's years of operation up to 2024 (a duration, unit "
          "year; 多 inside the span → gt); the station owns the number; the span ends in the "
          "review year (section frame as gold, the instant and null as alts; its start is "
          "not in the text)")
g.neg("“三江源一号”卫星", "三江源一号", NAME_NOTE.format("satellite name 三江源一号 (三江源 "
      "the place 'source of three rivers', 一号 'No. 1')"))
fact("已有24台天文望远镜", "24台", value=24, unit="count", kind="count", classifier="台",
     metric="投入观测的天文望远镜",
     metric_alts=["天文望远镜", "天文望远镜数量", "投入观测天文望远镜", "冷湖天文望远镜"],
     subject_alts=QH_ALTS + ["冷湖", "世界级天文观测研究基地", "天文观测研究基地",
                             "冷湖天文观测基地"],
     **STOCK, note="已有 → a stock: " + STOCK_NOTE + "; judgement call: the telescopes of the "
                   "astronomy base at 冷湖 (the base and the place as alts; the text names no "
                   "owner of the number in the clause)")
g.neg("青薯9号创造", "9号", NAME_NOTE.format("potato variety name 青薯9号"))
fact("亩产6508公斤", "6508公斤", value=6.508, unit="t", kind="amount", metric="青薯9号亩产",
     metric_alts=["亩产", "马铃薯亩产", "青薯9号马铃薯亩产", "单产", "青薯9号单产",
                  "马铃薯单产"],
     subject_alts=QH_ALTS + ["青薯9号"], **FLOW,
     note="yield per mu: 6508公斤 × 0.001 t = 6.508 t, the per-mu rate kept in the metric "
          "(SPEC rates: base unit, rate in metric; as 粮食单产1050斤 in wr_xinjiang_2025); the "
          "variety as subject alt; 全国新纪录 states no rank number")
g.neg("等一批科技成果", "一批", "quantifier 一批")
fact("，243项政务服务事项", "243项", value=243, unit="count", kind="count", classifier="项",
     metric="实现跨省通办的政务服务事项",
     metric_alts=["跨省通办政务服务事项", "跨省通办事项", "政务服务事项", "政务服务事项跨省通办",
                  "跨省通办", "实现跨省通办政务服务事项"],
     **LEVEL, note="the predicate 实现跨省通办 defines the counted set → in the metric; the "
                   "year-end list as alt")
fact("158项实现省内通办", "158项", value=158, unit="count", kind="count", classifier="项",
     metric="实现省内通办的政务服务事项",
     metric_alts=["省内通办政务服务事项", "省内通办事项", "政务服务事项", "政务服务事项省内通办",
                  "省内通办", "实现省内通办政务服务事项"],
     **LEVEL, note="head 政务服务事项 restored; the year-end list as alt")
g.neg("首批13个", "首批", "first batch 首批, not a rank or count (README §2)")
fact("首批13个", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="“高效办成一件事”事项",
     metric_alts=["高效办成一件事", "“高效办成一件事”", "高效办成一件事事项",
                  "首批“高效办成一件事”事项", "首批高效办成一件事", "“高效办成一件事”重点事项",
                  "首批“高效办成一件事”"],
     **FLOW, note="the first batch of items of the 高效办成一件事 service completed in 2024 (as "
                  "17项 in wr_henan_2025)")
g.neg("高效办成一件事”全部", "一件事", "service-programme name 高效办成一件事, not a count "
      "(as wr_henan_2025)")
g.neg("首次在西班牙", "首次", "first-time claim 首次, not a rank or count")
fact("合作协议和备忘录10项", "10项", value=10, unit="count", kind="count", classifier="项",
     metric="签署合作协议和备忘录",
     metric_alts=["合作协议和备忘录", "合作协议", "签署的合作协议和备忘录", "协议和备忘录",
                  "合作协议和备忘录数量"],
     **FLOW)
fact("到位资金641.5亿元", "641.5亿元", value=641.5e8, unit="CNY", kind="amount",
     metric="招商引资到位资金",
     metric_alts=["到位资金", "招商引资到位资金额", "招商引资", "全省招商引资到位资金"], **FLOW)
fact("利用外资增长1.33倍", "1.33倍", value=1.33, unit="times", kind="ratio",
     metric="实际利用外资",
     metric_alts=["利用外资", "实际使用外资", "实际利用外资增长倍数", "外资"], **FLOW,
     note="增长N倍 → kind ratio, unit times, value as written, comparison null")
fact("实施优质项目759个", "759个", value=759, unit="count", kind="count", classifier="个",
     metric="对口援青和东西部协作优质项目",
     metric_alts=["优质项目", "实施优质项目", "对口援青项目", "项目", "援青项目",
                  "对口援青和东西部协作项目", "优质项目数量"],
     **FLOW, note="projects carried out in 2024 under the partner-assistance programmes; "
                  "the province (the recipient) keeps the subject")

# ==== line 2 (source 11): 民生事业在惠民利民中更有温度 =============================================
fact("民生支出占比达76%", "76%", value=76, unit="%", kind="share",
     metric="财政用于民生支出占比",
     metric_alts=["民生支出占比", "财政民生支出占比", "民生支出占财政支出比重",
                  "财政用于民生支出占比重", "民生支出比重", "民生支出占一般公共预算支出比重"],
     **FLOW, note="达 → eq; the share of the year's budget spending (a flow) → the year")
ITEMS_NOTE = ("judgement call: 十大类44项民生实事 = 44 items in 10 categories, both stated "
              "quantities → two counts (as wr_ningxia_2025 6个方面16条经验); 十大类 is read as "
              "a count of categories (大类 'major class'), not a set label like 八大; the items "
              "chosen at 年初 were all completed in 2024 → the review year" + LIT_NC)
fact("年初确定的十大类", "十大类", value=10, unit="count", kind="count", classifier="类",
     metric="民生实事类别",
     metric_alts=["民生实事大类", "大类", "民生实事类", "类别", "年初确定的民生实事类别",
                  "民生实事类别数量"], **FLOW_NC, note=ITEMS_NOTE)
fact("十大类44项民生实事", "44项", value=44, unit="count", kind="count", classifier="项",
     metric="民生实事",
     metric_alts=["年初确定的民生实事", "民生实事数量", "完成的民生实事", "民生实事项目",
                  "年初确定的十大类民生实事"], **FLOW_NC, note=ITEMS_NOTE)
fact("灾后重建240个项目", "240个", value=240, unit="count", kind="count", classifier="个",
     metric="积石山地震灾后重建项目",
     metric_alts=["灾后重建项目", "重建项目", "积石山地震灾后重建完工项目", "完工项目",
                  "灾后重建项目数量"],
     **FLOW_NC, note="the reconstruction projects completed (全部完工) in 2024" + LIT_NC)
fact("3万余户受灾群众", "3万余户", value=3e4, unit="count", kind="count", classifier="户",
     bound="gt", metric="住进新居的受灾群众",
     metric_alts=["受灾群众", "住进新居受灾群众", "受灾群众住进新居", "受灾户",
                  "住进新居的受灾户"],
     **FLOW_NC, note="余 inside the span → gt; households rehoused in 2024" + LIT_NC)
g.neg("在2023年国家考评", "2023年", PERIOD_NOTE + " (the year of the national assessment; "
      "inside the modifier 在…的好成绩基础上 it dates the rank 第三 only; see the period "
      "comment)")
fact("国家考评第三", "第三", value=3, unit="rank", kind="rank", scope="全国",
     metric="巩固拓展脱贫攻坚成果同乡村振兴有效衔接国家考评",
     metric_alts=["国家考评", "巩固拓展脱贫攻坚成果国家考评", "国家考评排名",
                  "巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核评估", "巩固衔接国家考评",
                  "巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "考评"],
     period=Y23, period_alts=[P("2023年", None, None)],
     note="rank of the province in the national assessment of 2023 (国家考评 → scope 全国: "
          "the provinces assessed); a 2023 result recalled as the basis of 2024's work")
g.neg("“一书一单一盘棋”", "一书一单一盘棋", LABEL_NOTE + " (name of a mechanism: 'one "
      "document, one list, one chessboard')")
g.neg("海西州最后一个大电网", "一个", "一个 in 最后一个 'the last (township)', not a count")
fact("新建农村户厕2.11万座", "2.11万座", value=2.11e4, unit="count", kind="count",
     classifier="座", metric="农村户厕",
     metric_alts=["新建农村户厕", "农村户厕数量", "农村户厕增量", "农村户厕数量增量", "户厕"],
     **FLOW_23, note=NEW_NOTE + "; " + LIT_23)
fact("农村公路5733公里", "5733公里", value=5733e3, unit="m", kind="amount",
     metric="新改建普通省道和农村公路",
     metric_alts=["普通省道和农村公路", "新改建普通省道和农村公路里程", "新改建公路里程",
                  "新改建农村公路", "普通省道和农村公路新改建里程"],
     **FLOW_23, note="roads built or rebuilt in 2024; " + LIT_23)
g.neg("“十户长制”", "十户长制", LABEL_NOTE + " (name of a village-governance practice: "
      "'heads of ten households')")
g.neg("“千岗万哨”", "千岗万哨", LABEL_NOTE + " (name of a village-governance practice: "
      "'a thousand posts, ten thousand sentries')")
g.neg("等一批乡村治理典型", "一批", "quantifier 一批")
fact("覆盖率达80%", "80%", value=80, unit="%", kind="share", metric="和美乡村建设覆盖率",
     metric_alts=["和美乡村覆盖率", "和美乡村建设覆盖面", "和美乡村建设覆盖比例"], **STOCK_23,
     note="达 → eq; a coverage rate = share of a stock (villages covered by year end): "
          + STOCK_NOTE + "; " + LIT_23)
fact("城镇新增就业6.45万人", "6.45万人", value=6.45e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **FLOW_23, note=LIT_23)
fact("转移就业109.38万人次", "109.38万人次", value=109.38e4, unit="count", kind="count",
     classifier="人次", metric="农牧区劳动力转移就业",
     metric_alts=["劳动力转移就业", "农牧区劳动力转移就业人次", "转移就业", "农村劳动力转移就业"],
     **FLOW_23, note=LIT_23)
fact("1.52万离校未就业", "1.52万", value=1.52e4, unit="count", kind="count",
     classifier="人", metric="实现就业创业的离校未就业高校毕业生",
     metric_alts=["离校未就业高校毕业生", "离校未就业高校毕业生就业创业",
                  "实现就业创业的离校未就业高校毕业生人数", "高校毕业生", "离校未就业高校毕业生实现就业创业"],
     **FLOW_23,
     note="no measure word written (1.52万 + noun) → classifier 人 implied (as 6600多万纳税人 "
          "in wr_china_2024); the predicate 实现就业创业 defines the counted set → in the "
          "metric; " + LIT_23)
fact("帮扶就业率达90%", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="帮扶就业率",
     metric_alts=["离校未就业高校毕业生帮扶就业率", "就业率", "帮扶就业比例"], **FLOW_23,
     note="以上 → ge (outside the span); the rate of the year's group of graduates helped "
          "into work → share of the year; " + LIT_23)
fact("职业技能培训9.4万人次", "9.4万人次", value=9.4e4, unit="count", kind="count",
     classifier="人次", metric="补贴性职业技能培训",
     metric_alts=["职业技能培训", "补贴性职业技能培训人次", "完成补贴性职业技能培训",
                  "职业技能培训人次"], **FLOW_23, note=LIT_23)
fact("等49个特色劳务品牌", "49个", value=49, unit="count", kind="count", classifier="个",
     metric="特色劳务品牌",
     metric_alts=["劳务品牌", "特色劳务品牌数量", "发展壮大的特色劳务品牌"], **LEVEL_23,
     note="a level of 2024 (发展壮大), the year-end instant as alt; " + LIT_23)
INC_NOTE = "分别: 城 ↔ 4.4%, 乡 ↔ 7.1%; " + LIT_23
fact("分别增长4.4%", "4.4%", value=4.4, unit="%", kind="growth", metric="城镇居民收入",
     metric_alts=["城镇居民人均可支配收入", "城镇常住居民人均可支配收入", "城镇居民可支配收入"],
     subject_alts=QH_ALTS + ["城镇居民"], comparison="yoy", **FLOW_23, note=INC_NOTE)
fact("4.4%、7.1%", "7.1%", value=7.1, unit="%", kind="growth", metric="农村居民收入",
     metric_alts=["农村居民人均可支配收入", "农村常住居民人均可支配收入", "农村居民可支配收入",
                  "农牧区居民收入", "农牧区居民人均可支配收入"],
     subject_alts=QH_ALTS + ["农村居民"], comparison="yoy", **FLOW_23, note=INC_NOTE)
fact("学校建设项目902个", "902个", value=902, unit="count", kind="count", classifier="个",
     metric="学校建设项目",
     metric_alts=["实施学校建设项目", "学校建设项目数量", "学校项目"], **FLOW_23, note=LIT_23)
fact("基础教育学位1.2万个", "1.2万个", value=1.2e4, unit="count", kind="count",
     classifier="个", metric="基础教育学位",
     metric_alts=["增加基础教育学位", "基础教育学位增量", "基础教育学位数量增量", "学位",
                  "新增基础教育学位"],
     **FLOW_23, note="增加 N: places added in 2024, 增量 reading in alts; " + LIT_23)
DEG_NOTE = "新增 distributes over the list: 博士点 ↔ 4个, 硕士点 ↔ 10个; " + NEW_NOTE
fact("新增博士点4个", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="博士点",
     metric_alts=["新增博士点", "博士学位授权点", "博士点数量", "博士点增量", "博士点数量增量"],
     **FLOW_23, note=DEG_NOTE)
fact("硕士点10个", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="硕士点",
     metric_alts=["新增硕士点", "硕士学位授权点", "硕士点数量", "硕士点增量", "硕士点数量增量"],
     **FLOW_23, note=DEG_NOTE)
fact("建成3个市域产教联合体", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="市域产教联合体、行业产教融合共同体",
     metric_alts=["市域产教联合体", "行业产教融合共同体", "产教联合体", "产教融合共同体",
                  "建成市域产教联合体、行业产教融合共同体", "市域产教联合体和行业产教融合共同体"],
     **FLOW_23,
     note="one count over the two kinds of bodies (the 3个 is written once before both) → "
          "one fact, each kind as metric alt; " + LIT_23)
g.neg("时隔66年青海", "66年", PERIOD_NOTE + " (时隔66年 'for the first time in 66 years', "
      "the window since the last approval, as 时隔5年 in wr_beijing_2025; not a duration "
      "fact)")
fact("再次获批2所本科高校", "2所", value=2, unit="count", kind="count", classifier="所",
     metric="获批本科高校",
     metric_alts=["本科高校", "新获批本科高校", "获批的本科高校", "本科高校增量", "本科高校数量"],
     **FLOW_23, note="the two universities (青海理工学院, 青海职业技术大学) approved in 2024; "
                     + LIT_23)
g.neg("实现首次招生", "首次", "first-time claim 首次, not a rank or count")
g.neg("研究中心一期建成", "一期", "phase label 一期 (README §2), not a quantity")
g.neg("首届高原康养", "首届", "edition label 首届 (the first session of the symposium), not "
      "a rank or count")
fact("等11个重点项目", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="医疗卫生重点项目",
     metric_alts=["重点项目", "加快建设的重点项目", "国家区域医疗中心等重点项目",
                  "医疗重点项目", "重点项目数量"],
     **LEVEL_23, note="health projects under construction in 2024 (国家区域医疗中心 and "
                      "others); " + LIT_23)
fact("提升幅度全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="县医院医疗服务能力达标提升幅度",
     metric_alts=["县医院医疗服务能力达标提升", "医疗服务能力达标提升幅度",
                  "县医院医疗服务能力", "县医院医疗服务能力达标提升幅度排名"],
     **FLOW_23, note="rank of the year's improvement among the provinces (scope 全国); "
                     + LIT_23)
fact("农村互助幸福院104个", "104个", value=104, unit="count", kind="count", classifier="个",
     metric="农村互助幸福院",
     metric_alts=["新改建农村互助幸福院", "互助幸福院", "农村互助幸福院数量"], **FLOW_23,
     note="homes built or rebuilt in 2024; " + LIT_23)
fact("为2298户困难老人", "2298户", value=2298, unit="count", kind="count", classifier="户",
     metric="实施适老化改造的困难老人家庭",
     metric_alts=["困难老人家庭", "适老化改造", "困难老人家庭适老化改造", "适老化改造家庭",
                  "适老化改造户数"],
     **FLOW_23, note="the predicate 实施适老化改造 defines the counted set → in the metric; "
                     + LIT_23)
g.neg("每千人口拥有", "千人口", "denominator 每千人口 ('per 1,000 people') of the metric of "
      "4.14个, not a fact (as 每百户 in wr_china_2013)")
fact("增至4.14个", "4.14个", value=4.14, unit="count", kind="count", classifier="个",
     metric="每千人口拥有婴幼儿托位数",
     metric_alts=["每千人口婴幼儿托位数", "婴幼儿托位数", "千人口托位数", "托位数",
                  "每千人口拥有3岁以下婴幼儿托位数"],
     **STOCK_23, note="增至 = the level reached: places per 1,000 people at year end (a "
                      "ratio of stocks): " + STOCK_NOTE + "; " + LIT_23)
fact("惠及3万多家庭", "3万多", value=3e4, unit="count", kind="count", classifier="户",
     bound="gt", metric="惠及家庭",
     metric_alts=["受惠家庭", "家庭", "受益家庭", "城镇老旧小区改造、保障性租赁住房、危旧房改造惠及家庭",
                  "惠及家庭数量"],
     **FLOW_23,
     note="多 inside the span → gt; no classifier written (3万多 + noun 家庭): 户 implied (as "
          "上千万家庭 in wr_china_2024); " + LIT_23)
fact("5.1万余户群众受益", "5.1万余户", value=5.1e4, unit="count", kind="count",
     classifier="户", bound="gt", metric="受益群众",
     metric_alts=["有线电视公共服务受益群众", "受益户", "受益户数", "群众受益",
                  "政府购买特殊群体有线电视公共服务项目受益群众"],
     **FLOW_23, note="余 inside the span → gt; " + LIT_23)
g.neg("激情四射", "四射", "idiom 激情四射 'bursting with passion', not a quantity")
AWARD = ["全国民族团结进步模范集体和模范个人", "荣获全国民族团结进步模范集体和模范个人"]
fact("13个集体和15名个人", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="全国民族团结进步模范集体",
     metric_alts=["模范集体", "荣获全国民族团结进步模范集体", "集体", "全国民族团结进步模范集体数量"]
                 + AWARD,
     **FLOW_23, note="the award defines the counted set → in the metric; " + LIT_23)
fact("和15名个人", "15名", value=15, unit="count", kind="count", classifier="名",
     metric="全国民族团结进步模范个人",
     metric_alts=["模范个人", "荣获全国民族团结进步模范个人", "个人", "全国民族团结进步模范个人数量"]
                 + AWARD,
     **FLOW_23, note="the award defines the counted set → in the metric; " + LIT_23)

# ==== line 3 (source 12): 社会大局在共建共治中安全稳定 =============================================
fact("高标准农田21.2万亩", "21.2万亩", value=21.2e4, unit="mu", kind="amount",
     metric="建设高标准农田",
     metric_alts=["高标准农田", "高标准农田建设", "新建高标准农田", "高标准农田建设面积",
                  "建设高标准农田面积"], **FLOW,
     note="亩 stays mu (SPEC §3); the line states no period before its numbers (年度 comes "
          "later): section frame 2024, null as alt")
fact("“非粮化”24.4万亩", "24.4万亩", value=24.4e4, unit="mu", kind="amount",
     metric="整治耕地“非粮化”",
     metric_alts=["整治耕地非粮化", "耕地“非粮化”整治", "耕地非粮化整治", "耕地“非粮化”整治面积",
                  "整治耕地“非粮化”面积"], **FLOW)
fact("生产原油238万吨", "238万吨", value=238e4, unit="t", kind="amount", metric="原油产量",
     metric_alts=["原油", "生产原油", "原油生产"], **FLOW,
     note="再创历史新高 after it states no rank number")
fact("7座政府储气设施", "7座", value=7, unit="count", kind="count", classifier="座",
     metric="政府储气设施",
     metric_alts=["建成政府储气设施", "储气设施", "政府储气设施数量", "政府储气设施增量"],
     **FLOW, note="facilities completed (全部建成) in 2024 (with the 马北储气库)")
fact("储气能力达5200万立方米", "5200万立方米", value=5.2e7, unit="m3", kind="amount",
     metric="储气能力", metric_alts=["储气规模", "储气容量", "储气设施储气能力"], **STOCK,
     note="达 → eq; a capacity (stock): " + STOCK_NOTE)
g.neg("落实一揽子化债方案", "一揽子", "quantifier 一揽子 'package of', not a quantity")
g.neg("和“三公”经费", "三公", LABEL_NOTE + " (“三公”经费: official travel abroad, vehicles "
      "and receptions)")
fact("经费预算压减10%", "10%", value=-10, unit="%", kind="growth",
     metric="一般性支出和“三公”经费预算",
     metric_alts=["一般性支出", "“三公”经费", "三公经费", "“三公”经费预算", "三公经费预算",
                  "一般性支出预算", "一般性支出和三公经费预算", "一般性支出和“三公”经费"],
     comparison="yoy", **FLOW,
     note="压减 N% → a relative cut of the budget lines (growth, negative, as 精简85% in "
          "wr_china_2016); one percentage over both lines → one fact, each as metric alt; "
          "no basis written → yoy by default")
fact("23个保交楼项目", "23个", value=23, unit="count", kind="count", classifier="个",
     metric="保交楼项目",
     metric_alts=["交付的保交楼项目", "保交楼项目数量", "保交楼交付项目"], **FLOW,
     note="projects delivered (全部交付) in 2024")
g.neg("实现“三下降”", "三下降", "label “三下降” (all three figures fell), no quantity stated "
      "(as “双下降” in wr_shandong_2025)")
fact("7.4万人次干部", "7.4万人次", value=7.4e4, unit="count", kind="count",
     classifier="人次", metric="下沉基层一线干部",
     metric_alts=["干部下沉基层一线", "下沉干部", "干部下沉", "下沉基层干部", "干部"], **FLOW,
     note="cadres sent down during the 2024 floods")
g.neg("下沉基层一线", "一线", "一线 'the front line', not a quantity")
fact("涉险群众40万人次", "40万人次", value=40e4, unit="count", kind="count",
     classifier="人次", metric="转移涉险群众",
     metric_alts=["涉险群众", "及时转移涉险群众", "转移群众", "转移涉险群众人次"], **FLOW)
fact("，2764人避免", "2764人", value=2764, unit="count", kind="count", classifier="人",
     metric="避免伤亡风险的人员",
     metric_alts=["避免伤亡风险", "避免伤亡风险人数", "避免了伤亡风险的人", "人员"], **FLOW)
fact("对8205户地质灾害", "8205户", value=8205, unit="count", kind="count", classifier="户",
     metric="实施避险搬迁的地质灾害高风险区群众",
     metric_alts=["地质灾害高风险区群众", "避险搬迁", "地质灾害避险搬迁", "避险搬迁户数",
                  "地质灾害高风险区群众避险搬迁"],
     **FLOW, note="the predicate 实施避险搬迁 defines the counted set → in the metric")
g.neg("“菜单式”普法", "菜单", "word 菜单 'menu' (in “菜单式”普法), not a quantity (as 清单, "
      "README §2 lexicalized)")
g.neg("“15分钟公共法律", "15分钟", "judgement call: part of the name of the programme "
      "“15分钟公共法律服务圈” (the '15-minute service circle'), a label, not a measured "
      "duration (as “15分钟高品质生活服务圈” in wr_chongqing_2025)")
fact("连续6年位居", "6年", value=6, unit="year", kind="amount",
     metric="扫黑除恶满意度位居全国前列持续时间",
     metric_alts=["扫黑除恶满意度连续位居全国前列", "连续位居全国前列", "位居全国前列年数",
                  "扫黑除恶满意度", "持续时间", "扫黑除恶满意度位居全国前列年数"],
     period=Y24, period_alts=[Y24_NULL, P("连续6年", "2019-01-01", "2024-12-31")],
     note="judgement call: length of the streak 连续6年 (a duration, unit year, as wr_ningxia_2025 "
          "连续两年); the streak ends in the review year (alt 2019-2024); 全国前列 states no "
          "rank number")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: three paragraphs of "
    "part 一、2024年工作回顾 (改革开放在守正创新中纵深推进, 民生事业在惠民利民中更有温度, "
    "社会大局在共建共治中安全稳定). The headline paragraph (source line 6, 全省生产总值增长2.7%…) "
    "cannot be joined within 2,000-2,500 characters (lines 6-8: 1,772; lines 6-9: 2,712). "
    "The equally dense lines 8-10 (2,487) name the review year nowhere, so their period texts "
    "could not occur in the article; lines 10-12 name it 年度. The 2025 主要预期目标 (source "
    "line 18) lie 1,150 characters after it (the brief asks for the review). Title, source line, dateline and heading are "
    "outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-19, the delivery date in the report's header (source line 3: ——2025年1月19日在"
    "青海省第十四届 人民代表大会第三次会议上); the corpus meta agrees (its source line reads "
    "来源：青海日报). Place: 青海省 (青海, 全省, 我省 → alts); owners of their own numbers: "
    "海南州国家可持续发展议程创新示范区 (首位), 瓦里关全球大气本底站 (30多年); the telescopes of "
    "冷湖, 青薯9号, the income of 城镇/农村居民 keep the province with the place/variety/group "
    "as alt. Periods: lines 1 and 3 state no period before their numbers → review year 2024 "
    "(section frame, SPEC §4) with the excerpt's own name of it, 年度 (line 3), as period "
    "text, null as alt. Line 2: 年初 (年初确定的…民生实事) and 2023年 (在2023年国家考评第三的…"
    "基础上) sit inside modifiers: 2023年 dates the rank 第三 only; the facts after them are "
    "2024 results (gold: the review year), their literal SPEC-§4 readings (instant "
    "2024-01-01 after 年初, the year 2023 after 2023年) kept in period_alts. Stocks (经营主体达, "
    "registers 达 N 户, 累计, 已有, 覆盖率, 托位数 增至, 储气能力达) → instant 2024-12-31 with the "
    "year and null as alts. Modality: actual throughout. Units: 公斤 1e-3 t; 亩 mu; 立方米 m3; "
    "增长N倍 → ratio in times (no comparison). Judgement calls: 十大类44项民生实事 → two counts "
    "(10 类, 44 项); 运行30多年 and 连续6年 → durations in years (streak/since as alts); "
    "亩产6508公斤 → 6.508 t (rate in the metric); 压减10% → growth −10 over both budget lines; "
    "1.52万 graduates / 3万多家庭 → classifiers 人 / 户 implied; 3个 产教联合体、共同体 → one "
    "count over both kinds; 24台 telescopes → province subject, 冷湖 as alt. Negatives: "
    "首个 ×1, 三江源一号, 9号 (variety), 一批 ×2, 首批, 一件事, 首次 ×2, 2023年, 一书一单一盘棋, "
    "四射 (idiom), 一个 (最后一个), 十户长制, 千岗万哨, 66年 (时隔), 一期, 首届, 千人口 (denominator), 一揽子, "
    "三公, 三下降 (label), 一线, 菜单, 15分钟 (programme name). Lexicalized, not listed: 一般 (一般性"
    "支出), 进一步 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：青海日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
