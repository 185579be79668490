"""Gold annotations for wr_hebei_2025_c (2025年河北省政府工作报告, the 2025 plan), lines 19-28
of shared/texts/work_report/wr_hebei_2025.txt.

The excerpt corpora/wr_hebei_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: tasks （一） to （四） of part 二、2025年目标任务和主要工作
(heading in source line 14, outside the excerpt; task （一）'s own heading, source line 18, is
outside too): the two subsections of （一） (提高投资效益, 大力提振消费), task （二） with its
heading (京津冀协同发展, 雄安新区), task （三） with its heading (创新型河北, 新型工业化) and the
heading of task （四） with its first subsection (市场化改革).  The lines are fixed by the brief
(lines 19-28, 2,393 characters).  Every number is a plan figure for 2025 (target).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_hebei_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_hebei_2025_c"
PLACE = "河北省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_hebei_2025.txt"
FIRST, LAST = 19, 28                    # 1-based, inclusive, whole lines
TITLE = "2025年河北省政府工作报告"
SUBJ_ALTS = ["河北", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="提高投资效益。", ends="深化供销社综合改革。")
text = g.text
fact = g.with_subject(PLACE, SUBJ_ALTS)

MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "vague quantifier 一批 (README §2), not a count"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
ORD_NOTE = "ordinal label {} (batch / edition / round), not a rank or count"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
PLAN3_NOTE = "name of a three-year plan or campaign (三年行动), not a duration fact"

# ---- periods (reference date 2025-01-13) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年目标任务和主要工作 (heading in source line 14, outside
# the excerpt; 重点做好八方面工作 in source line 17): every number is a plan figure for 2025 →
# modality target.  Only line 1 (source 19) names a period: 年内 ('within the year' = 2025)
# right before 省重点建设项目完成投资2300亿元 (explicit, same dates; the heading's 2025年 and
# null as alts).  The other lines state no period of their own, so their facts take the
# section frame 2025-01-01..2025-12-31 (SPEC §4) with the heading's period text 2025年, null as
# alt (as wr_hebei_2025_b; that surface lies outside the excerpt; period text is not scored).
# Counts of units to be cultivated or added → the year with the end instant as a further alt
# (PLAN_SET); a total of a register to be held (总量保持在…以上) → the instant 2025-12-31, the
# year and null as alts (PLAN_END); annual scales, flows and growth rates → the year (PLAN).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("2025 plan → target; the line states no period: section frame of the heading "
             "二、2025年目标任务和主要工作 (outside the excerpt), null as alt")
SET_NOTE = PLAN_NOTE + "; units to be cultivated/added: the end instant as a further alt"
END_NOTE = ("a total of a register to be held → the instant at the end of the 2025 frame "
            "(stock rule), the year and null as alts; target")


def added(noun, *more):
    """Counts of units to be newly made/created: noun forms + the SPEC-2 增量 reading."""
    return list(more) + [f"{noun}数量", f"{noun}增量", f"{noun}数量增量"]


# ---- line 1 (source 19): 提高投资效益 --------------------------------------------------------
g.neg("坚持迈开两条腿", "两条腿", "idiom 迈开两条腿 'walk on two legs' (two channels of "
      "funding), not a quantity")
g.neg("加强“两重”", "两重", LABEL_NOTE + " (“两重”: 国家重大战略实施和重点领域安全能力建设)")
g.neg("“十五五”等重大项目", "十五五", "plan label 十五五 (SPEC §1), not a quantity")
fact("完成投资2300亿元", "2300亿元", value=2300e8, unit="CNY", kind="amount",
     metric="省重点建设项目完成投资",
     metric_alts=["省重点建设项目投资", "重点建设项目完成投资", "省重点建设项目年度投资",
                  "完成投资", "省重点项目完成投资", "重点建设项目投资"],
     period=P("年内", "2025-01-01", "2025-12-31"), period_alts=[S25, S25_NULL],
     modality="target",
     note="年内 (= 2025) right before it, explicit; investment to be completed in 2025 → "
          "target; 亿元 ×1e8")
g.neg("精准招引一批产业链", "一批", BATCH_NOTE)

# ---- line 2 (source 20): 大力提振消费 (no facts) ---------------------------------------------
g.neg("实施“两新”政策", "两新", LABEL_NOTE + " (“两新”: 大规模设备更新和消费品以旧换新)")
g.neg("开展“千企万店”", "千企万店", LABEL_NOTE + " (campaign name “千企万店”电商赋能行动, "
      "'a thousand firms, ten thousand shops'), not a count — judgement call")
g.neg("发展首发经济", "首发", LABEL_NOTE + " (首发经济 'debut economy'), not a rank or count "
      "(as wr_anhui_2025_b)")
g.neg("打造“一刻钟便民生活圈”", "一刻钟", LABEL_NOTE + " (一刻钟便民生活圈 'quarter-hour "
      "convenience circle', a planning standard's name, as wr_fujian_2025_b), not a measured "
      "duration")
g.neg("建设一批县级物流", "一批", BATCH_NOTE)

# ---- line 3 (source 21): （二）协同发展 (heading) ------------------------------------------
g.neg("（二）聚力推进", "（二）", MARKER_NOTE)

# ---- line 4 (source 22): 京津冀协同发展 (no facts) ------------------------------------------
g.neg("推进“六链五群”", "六链五群", LABEL_NOTE + " (“六链五群”: the six industrial chains and "
      "five clusters of the Beijing-Tianjin-Hebei programme), a set label, not a count claim "
      "(README §2 八大)")
g.neg("高质量发展三年行动", "三年", PLAN3_NOTE + " (机器人产业高质量发展三年行动)")
g.neg("总部及二、三级子公司", "二、三级", "tier labels 二级/三级子公司 (second- and third-tier "
      "subsidiaries of central SOEs), not quantities")
SLOGAN = ("slogan 落地一个企业、形成一个链条、壮大一个产业 ('land one firm, form one chain, grow one "
          "industry'): {} is part of the slogan's wording (README §2 一企带一链), not a count")
g.neg("落地一个企业", "一个", SLOGAN.format("一个 (企业)"))
g.neg("形成一个链条", "一个", SLOGAN.format("一个 (链条)"))
g.neg("壮大一个产业", "一个", SLOGAN.format("一个 (产业)"))
g.neg("因地制宜布局一批", "一批", BATCH_NOTE)
g.neg("力促一批京津养老", "一批", BATCH_NOTE)
g.neg("廊坊北三县", "北三县", "place name 北三县 (三河、大厂、香河, the three counties of "
      "Langfang north of Beijing), not a count claim")
g.neg("深化张家口首都", "首都", "lexicalized 首都 (capital), not a rank (as wr_beijing_2025)")
g.neg("首都“两区”建设", "两区", LABEL_NOTE + " (首都“两区”: 首都水源涵养功能区和生态环境支撑区)")

# ---- line 5 (source 23): 雄安新区 (no facts) ------------------------------------------------
g.neg("加快首批疏解高校", "首批", FIRST_NOTE)
g.neg("做好第二批疏解项目", "第二批", ORD_NOTE.format("第二批"))
g.neg("办好第二届未来之城", "第二届", ORD_NOTE.format("第二届") + " (edition of the event "
      "未来之城场景汇)")
g.neg("京雄高速二期", "二期", PHASE_NOTE.format("二期"))

# ---- line 6 (source 24): （三）新质生产力 (heading) -----------------------------------------
g.neg("（三）聚力发展", "（三）", MARKER_NOTE)

# ---- line 7 (source 25): 建设创新型河北 -----------------------------------------------------
RD = ["研发经费投入", "全社会研发经费", "全社会研发投入", "研发投入", "R&D经费投入",
      "全社会研发经费投入增速"]
fact("研发经费投入增长8%左右", "8%", value=8, unit="%", kind="growth", bound="approx",
     metric="全社会研发经费投入", metric_alts=RD, comparison="yoy", **PLAN,
     note="左右 → approx (outside the span); growth without basis → yoy; " + PLAN_NOTE)
g.neg("新增一批国家科技型", "一批", BATCH_NOTE + " (新增一批 states no number)")
g.neg("转化“双百工程”", "双百", LABEL_NOTE + " (创新成果转化“双百工程”, as “双百”工程 in "
      "wr_henan_2025_b)")
fact("技术合同成交额达到2000亿元", "2000亿元", value=2000e8, unit="CNY", kind="amount",
     metric="技术合同成交额", metric_alts=["全省技术合同成交额", "技术合同交易额"], **PLAN,
     note="达到 → eq; the turnover of the year (1900亿元 in 2024, wr_hebei_2025); "
          + PLAN_NOTE)

# ---- line 8 (source 26): 推进新型工业化 -----------------------------------------------------
g.neg("隐形冠军、单项冠军", "单项", "lexicalized 单项冠军 'single-product champion' (a "
      "programme title); 单 is not a quantity (as wr_hebei_2025)")
fact("新增省级专精特新企业600家", "600家", value=600, unit="count", kind="count",
     classifier="家", metric="省级专精特新企业",
     metric_alts=added("省级专精特新企业", "新增省级专精特新企业", "专精特新企业",
                       "新增专精特新企业"), **PLAN_SET,
     note="新增 N: firms to be certified in 2025 (count of the new units, 增量 alts); "
          + SET_NOTE)
g.neg("争创一批国家中小企业", "一批", BATCH_NOTE)
LEAD = ["“领跑者”企业", "领跑者企业", "领跑者企业总量", "“领跑者”企业数量", "领跑者企业数量",
        "“领跑者”企业总数"]
fact("总量保持在650家以上", "650家", value=650, unit="count", kind="count",
     classifier="家", bound="ge", metric="“领跑者”企业总量", metric_alts=LEAD, **PLAN_END,
     note="保持在…以上 → ge (以上 outside the span); the number of firms holding the "
          "“领跑者” status (a register) → " + END_NOTE)
HEA = ["高端装备产业", "高端装备", "高端装备产业营业收入", "高端装备制造业规模",
       "高端装备产业营收", "高端装备产业规模突破"]
fact("高端装备产业规模突破1.2万亿元", "1.2万亿元", value=1.2e12, unit="CNY",
     kind="amount", bound="gt", metric="高端装备产业规模", metric_alts=HEA, **PLAN,
     note="突破 → gt (outside the span); 万亿元 = 1e12; the industry's annual scale "
          "(revenue of the year) → " + PLAN_NOTE)
ELEC = ["电子信息产业", "电子信息", "电子信息产业营业收入", "电子信息产业营收",
        "电子信息产业规模突破"]
fact("电子信息产业规模突破5000亿元", "5000亿元", value=5000e8, unit="CNY",
     kind="amount", bound="gt", metric="电子信息产业规模", metric_alts=ELEC, **PLAN,
     note="突破 → gt (outside the span); " + PLAN_NOTE)
fact("培育10个“数字领航”企业", "10个", value=10, unit="count", kind="count",
     classifier="个", metric="“数字领航”企业",
     metric_alts=added("“数字领航”企业", "数字领航企业", "培育“数字领航”企业",
                       "数字领航企业数量"), **PLAN_SET,
     note="firms to be cultivated in 2025 (培育 N, count of the new units, 增量 alts); "
          + SET_NOTE)
fact("100个先进级智能工厂", "100个", value=100, unit="count", kind="count",
     classifier="个", metric="先进级智能工厂",
     metric_alts=added("先进级智能工厂", "智能工厂", "培育先进级智能工厂", "智能工厂数量"),
     **PLAN_SET, note="培育 distributes over the list (10个…、100个…); " + SET_NOTE)

# ---- line 9 (source 27): （四）改革开放 (heading) -------------------------------------------
g.neg("（四）聚力深化", "（四）", MARKER_NOTE)

# ---- line 10 (source 28): 持续推进市场化改革 (no facts) --------------------------------------
g.neg("深化零基预算改革", "零基", "reform label 零基预算 (zero-based budgeting), not a "
      "quantity (as wr_anhui_2025)")
g.neg("国家级二轮到期延包", "二轮", "ordinal label of the contract round (二轮土地承包到期延包 "
      "= 第二轮), not a count or rank (as wr_anhui_2025_c)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_hebei_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as fixed by the "
    "brief: tasks （一） to （四） of part 二、2025年目标任务和主要工作 (the plan for 2025): the two "
    "subsections of （一） (提高投资效益, 大力提振消费; its heading, source line 18, lies just "
    "before), （二） with its heading (京津冀协同发展, 雄安新区), （三） with its heading (创新型"
    "河北, 新型工业化) and the heading of （四） with its first subsection (市场化改革). No "
    "overlap with wr_hebei_2025 (lines 8-15) or wr_hebei_2025_b (lines 31-45). Title, dateline "
    "and the heading of part 二 are outside the excerpt (title_in_text=False; title as the "
    "source's first line). Date: 2025-01-13, the delivery date in the report's header (source "
    "line 2: 2025年1月13日在河北省第十四届人民代表大会第三次会议上), as wr_hebei_2025. Place: "
    "河北省 (全省/我省/河北 → alts); every figure is the province's. Periods: every number is a "
    "plan figure for 2025 → modality target. 年内 (source line 19) governs 省重点建设项目完成投资"
    "2300亿元 explicitly (= 2025); the other lines state no period, so their facts take the "
    "section frame 2025-01-01..2025-12-31 with the heading's period text 2025年, null as alt "
    "(the surface lies outside the excerpt, as in wr_hebei_2025_b: the shared "
    "gold/check_gold.py reports these period texts as not in the article, a known and "
    "accepted consequence; period text is not scored). Counts of firms/factories to be added (新增, 培育) → the year with the end "
    "instant as a further alt; “领跑者”企业总量保持在650家以上 (a register's total) → the "
    "instant 2025-12-31, the year and null as alts; industry scales, turnover, growth → the "
    "year. Bounds: 左右 → approx; 突破 → gt; 以上 → ge. Units: 亿元 1e8, 万亿元 1e12. "
    "Judgement calls: 产业规模突破 (高端装备 1.2万亿元, 电子信息 5000亿元) read as annual "
    "scales (flows of the year), not stocks; 培育10个…、100个… → counts of new units with 增量 "
    "alts; 千企万店, 六链五群, 双百工程, 一刻钟 (便民生活圈), 北三县, 二、三级 (子公司) → labels "
    "or names (negatives); the slogan 落地一个企业、形成一个链条、壮大一个产业 → three "
    "negatives. Negatives: 两条腿, 两重, 十五五, 一批 ×6, 两新, 千企万店, 首发, 一刻钟, （二）（三）"
    "（四）, 六链五群, 三年 (行动), 二、三级, 一个 ×3, 北三县, 首都, 两区, 首批, 第二批, 第二届, 二期, "
    "双百, 单项 (冠军), 零基, 二轮. Lexicalized, not listed: 进一步, 一体化, 一体 (推进), 统一. "
    "No numerals in “人工智能+”“数据要素×” (no span).")

g.write(date=REF, source=f"shared/texts/work_report/wr_hebei_2025.txt lines {FIRST}–{LAST} "
        "(2025年河北省政府工作报告, 来源：河北日报)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
