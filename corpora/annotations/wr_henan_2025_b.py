"""Gold annotations for wr_henan_2025_b (2025年河南省政府工作报告, the 2025 tasks), lines 21-34
of shared/texts/work_report/wr_henan_2025.txt.

The excerpt corpora/wr_henan_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 三、2025年重点工作, its opening line
(重点抓好十个方面的工作), task （一）更大力度推动全方位扩大内需 (提振消费, 扩大投资, 稳住楼市),
task （二）科技创新和产业创新 (创新平台, 核心技术攻关, 企业创新主体, 创新生态) and task （三）
现代化产业体系 up to 突出数字化转型.  Lines 9-18 are annotated in wr_henan_2025 (no
overlap; the 2025 主要预期目标 sit on source line 18, inside it).  Lines 21-34 make 2,229
characters and hold the most numbers of any run of 2,000-2,500 characters in lines 19-73
that starts at a section heading (31 Arabic numbers); adding line 35 (no Arabic number)
would pass 2,500, and the later tasks (（四）-（十）) are far sparser.  Facts and negatives
are written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_henan_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_henan_2025_b"
PLACE = "河南省"
REF = "2025-01-18"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_henan_2025.txt"
FIRST, LAST = 21, 34                    # 1-based, inclusive, whole lines
TITLE = "2025年河南省政府工作报告"
HN_ALTS = ["河南", "全省", "我省"]
GOV_ALTS = HN_ALTS + ["河南省人民政府", "省人民政府", "省政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="三、2025年重点工作",
                 ends="加快郑州、鹤壁、新乡中小企业数字化转型试点城市建设。")
text = g.text
fact = g.with_subject(PLACE, HN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
PLAN3_NOTE = "name of a three-year plan or campaign (三年行动), not a duration fact"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
THRESH_NOTE = ("threshold defining the firms it qualifies (营收N亿元以上企业; SPEC §2: 亿元以上"
               "项目), part of a set's name, not a fact of its own")
TYPO_NOTE = ("十 here is a typo of + in the label “{}” (cf. “5G+工业互联网” in the same text), "
             "a programme name, not a quantity")

# ---- periods (reference date 2025-01-18) ---------------------------------------------------
# Line 1 of the excerpt is the heading 三、2025年重点工作: the tasks after it are the plan for
# 2025 → modality target.  Line 2 names 今年 (围绕今年发展目标…) before its number: 今年 =
# 2025-01-01..2025-12-31, null as alt.  The other lines state no period of their own, so
# they take the heading's frame: period text 2025年, 2025-01-01..2025-12-31, null as alt (as
# wr_anhui_2025_b / wr_sichuan_2025_b).  A stock to be reached (通车总里程突破…, 高新技术企业
# 总量超过…) is the instant at the end of the frame, 2025-12-31, the year and null as alts
# (as wr_hunan_2025_b / wr_guangdong_2025_b PLAN_END).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the "
             "heading 三、2025年重点工作 (2025), null as alt")
END_NOTE = ("a stock to be reached → the instant at the end of the 2025 frame (stock rule), "
            "the year and null as alts")


# ==== line 1 (source 21): heading 三、 ===========================================================
g.neg("三、2025年重点工作", "三、", MARKER_NOTE)
g.neg("三、2025年重点工作", "2025年", PERIOD_NOTE + " (section heading: the year of the "
      "tasks, 2025; the period text of the task facts without a period of their own)")

# ==== line 2 (source 22): 重点抓好十个方面的工作 ================================================
fact("重点抓好十个方面", "十个", value=10, unit="count", kind="count", classifier="个",
     metric="重点工作方面",
     metric_alts=["方面", "工作方面", "方面工作", "重点工作", "重点抓好的工作方面",
                  "重点工作方面数量", "方面数量"],
     subject_alts=GOV_ALTS, period=P("今年", "2025-01-01", "2025-12-31"),
     period_alts=[P("今年", None, None)], modality="target",
     note="judgement call: the areas of work planned for 2025 (the ten tasks （一）…（十）) → a "
          "count (as 9个方面 in wr_sichuan_2025_b); a discourse count (negative) is the "
          "alternative; 今年 (= 2025) stands before the number in the line")

# ==== line 3 (source 23): （一） ==================================================================
g.neg("（一）更大力度", "（一）", MARKER_NOTE)

# ==== line 4 (source 24): 加力提振消费 ============================================================
g.neg("扩围实施“两新”", "两新", LABEL_NOTE + " (两新 = 大规模设备更新和消费品以旧换新)")
TRADE_IN = "trade-ins under the 两新 policy planned for 2025; " + PLAN_NOTE
fact("更新汽车50万辆", "50万辆", value=500000, unit="count", kind="count", classifier="辆",
     metric="更新汽车",
     metric_alts=["汽车更新", "汽车", "更新汽车数量", "汽车更新数量", "汽车以旧换新",
                  "汽车以旧换新数量"], **PLAN, note=TRADE_IN)
fact("家电800万台", "800万台", value=8e6, unit="count", kind="count", classifier="台",
     metric="更新家电",
     metric_alts=["家电更新", "家电", "更新家电数量", "家电更新数量", "家电以旧换新",
                  "家电以旧换新数量"], **PLAN, note="verb 更新 shared; " + TRADE_IN)
fact("设备更新项目3000个", "3000个", value=3000, unit="count", kind="count", classifier="个",
     metric="设备更新项目",
     metric_alts=["实施设备更新项目", "设备更新项目数量", "设备更新"], **PLAN, note=PLAN_NOTE)
fact("工业设备投资增长10%", "10%", value=10, unit="%", kind="growth",
     metric="工业设备投资", metric_alts=["工业设备投资增速", "设备投资", "设备工器具购置投资"],
     comparison="yoy", **PLAN, note="no bound word → eq; " + PLAN_NOTE)
g.neg("积极发展首发经济", "首发", "label 首发经济 ('debut economy', first launches), not a "
      "rank or count (as wr_anhui_2025_b)")
g.neg("推动百货店", "百货", "lexicalized 百货 'general merchandise' (百货店 'department "
      "store'), not a quantity")
g.neg("开展“一店-策”改造", "一店-策", LABEL_NOTE + " (“一店一策” 'one plan per store', "
      "written 一店-策 in the source)")
g.neg("城市一刻钟便民生活圈", "一刻钟", LABEL_NOTE + " (一刻钟便民生活圈 'quarter-hour "
      "convenience circle', a planning standard's name, as wr_fujian_2025_b)")
fact("培育10个省级品牌", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="省级品牌消费集聚区",
     metric_alts=new("省级品牌消费集聚区", "培育省级品牌消费集聚区", "品牌消费集聚区"), **PLAN,
     note="districts to be fostered in 2025; 增量 alts (README §3); " + PLAN_NOTE)
fact("争创10个全国县域商业", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="全国县域商业“领跑县”",
     metric_alts=["县域商业“领跑县”", "全国县域商业领跑县", "县域商业领跑县", "“领跑县”",
                  "领跑县", "争创全国县域商业“领跑县”", "全国县域商业“领跑县”数量",
                  "全国县域商业领跑县数量"], **PLAN,
     note="争创 → target (counties to win the national title in 2025); " + PLAN_NOTE)
g.neg("优化消费环境三年行动", "三年", PLAN3_NOTE)
g.neg("培育一批放心商店", "一批", VAGUE_NOTE)

# ==== line 5 (source 25): 加力扩大投资 ============================================================
g.neg("推进“两重”项目", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设)")
fact("通车总里程突破1万公里", "1万公里", value=1e7, unit="m", kind="amount", bound="gt",
     metric="高速公路通车总里程",
     metric_alts=["通车总里程", "高速公路通车里程", "高速公路总里程", "高速公路里程",
                  "高速公路通车总里程突破"], **PLAN_END,
     note="突破 → gt (outside the span); 公里 = 1e3 m; the expressway network (建成沿黄高速"
          "公路等项目) to reach the mark in 2025: " + END_NOTE)
g.neg("郑州机场三期扩建", "三期", PHASE_NOTE.format("三期 (third-phase expansion)"))
g.neg("中心作业区一期工程", "一期", PHASE_NOTE.format("一期"))
fact("等13个港航项目", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="港航项目",
     metric_alts=["港航项目数量", "加快港航项目进度", "港航项目进度"], **PLAN,
     note="projects whose progress is to be sped up in 2025; " + PLAN_NOTE)
g.neg("加快三门峡盆地", "三门峡", PLACE_NOTE.format("三门峡, a city"))
g.neg("建成信阳五岳", "五岳", PLACE_NOTE.format("信阳五岳抽水蓄能电站, a power station"))
fact("一体化项目800个", "800个", value=800, unit="count", kind="count", classifier="个",
     metric="源网荷储一体化项目",
     metric_alts=new("源网荷储一体化项目", "实施源网荷储一体化项目"), **PLAN, note=PLAN_NOTE)
g.neg("推进“双百”工程", "双百", LABEL_NOTE + " (“双百”工程, the province's programme of "
      "hundreds of key projects), a name")
fact("省重点项目1000个", "1000个", value=1000, unit="count", kind="count", classifier="个",
     metric="省重点项目",
     metric_alts=["实施省重点项目", "省重点项目数量", "重点项目", "省重点建设项目"], **PLAN,
     note=PLAN_NOTE)
fact("完成投资1万亿元", "1万亿元", value=1e12, unit="CNY", kind="amount",
     metric="省重点项目完成投资",
     metric_alts=["完成投资", "省重点项目投资", "省重点项目年度投资", "重点项目完成投资",
                  "省重点项目年度计划投资", "投资"], **PLAN,
     note="万亿元 = 1e12; the year's investment of the 1000 provincial key projects; "
          + PLAN_NOTE)

# ==== line 6 (source 26): 加力稳住楼市 ============================================================
fact("新增保障性住房5.7万套", "5.7万套", value=57000, unit="count", kind="count",
     classifier="套", metric="保障性住房",
     metric_alts=new("保障性住房", "新增保障性住房"), **PLAN,
     note="新增 N: units to be added in 2025; 增量 alts (README §3); " + PLAN_NOTE)

g.neg("推动“白名单”项目", "白名单", LABEL_NOTE + " (“白名单” 'whitelist' of the urban "
      "real-estate financing mechanism; 单 as in 清单), not a quantity")

# ==== line 7 (source 27): （二） ==================================================================
g.neg("（二）更大力度", "（二）", MARKER_NOTE)

# ==== line 8 (source 28): 强化高能级创新平台建设 ===================================================
g.neg("建设新一轮三年行动", "一轮", "新一轮 'a new round', not a count")
g.neg("新一轮三年行动", "三年", PLAN3_NOTE)

# ==== line 9 (source 29): 强化关键核心技术攻关 ====================================================
fact("聚焦28条重点产业链", "28条", value=28, unit="count", kind="count", classifier="条",
     metric="重点产业链",
     metric_alts=["重点产业链数量", "产业链", "聚焦重点产业链"],
     period=S25, period_alts=[S25_NULL, P("2025年", REF, REF)],
     note="judgement call: the size of the province's existing set of key chains (the 28 of "
          "“7+28+N”), which the plan focuses on, not a goal → actual (as 用好240小时过境免签 in "
          "wr_sichuan_2025_b); section frame 2025 with null and the reference date as alts; "
          "reading it as a set label (negative) is the alternative")
fact("等20个重大科技专项", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="重大科技专项",
     metric_alts=["实施重大科技专项", "重大科技专项数量"], **PLAN, note=PLAN_NOTE)
g.neg("“实验室十产业化公司”", "十", TYPO_NOTE.format("实验室十产业化公司"))
fact("成交额超过2300亿元", "2300亿元", value=2300e8, unit="CNY", kind="amount", bound="gt",
     metric="技术合同成交额",
     metric_alts=["技术合同成交金额", "技术合同交易额", "技术合同成交额超过"], **PLAN,
     note="超过 → gt (outside the span); the year's contract turnover; " + PLAN_NOTE)

# ==== line 10 (source 30): 强化企业创新主体地位 ====================================================
g.neg("营收1亿元以上", "1亿元", THRESH_NOTE)
g.neg("、5亿元以上", "5亿元", THRESH_NOTE)
g.neg("、10亿元以上", "10亿元", THRESH_NOTE)
g.neg("、100亿元以上", "100亿元", THRESH_NOTE)
fact("研发投入增长15%以上", "15%", value=15, unit="%", kind="growth", bound="ge",
     metric="企业研发投入",
     metric_alts=["研发投入", "企业研发投入增速", "企业研发经费投入"], comparison="yoy", **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)
fact("总量超过1.4万家", "1.4万家", value=14000, unit="count", kind="count", classifier="家",
     bound="gt", metric="高新技术企业总量",
     metric_alts=["高新技术企业", "高新技术企业数量", "高新技术企业总数"], **PLAN_END,
     note="超过 → gt (outside the span); the total (总量, a stock) to be reached: " + END_NOTE)

# ==== line 11 (source 31): 强化一流创新生态构建 (no facts) =========================================
g.neg("赋权和单列管理", "单列", "lexicalized 单列 'list separately', not a quantity")
g.neg("科技型企业首贷破冰", "首贷", "首贷 'first loan' (a firm's first bank loan), part of the "
      "campaign name 首贷破冰, not a rank or count")

# ==== line 12 (source 32): （三） ==================================================================
g.neg("（三）更大力度", "（三）", MARKER_NOTE)

# ==== line 13 (source 33): 突出集群化发展 ===========================================================
g.neg("推出第二批", "第二批", "batch label 第二批 (the second list of 专精特新 chains), not a "
      "count")
g.neg("推动7大产业集群", "7大", "set label N大 (7大产业集群, the province's seven clusters named "
      "as a group; README §2 八大, as 6大主导产业 in wr_hebei_2025_b), not a count claim")
fact("整车产量200万辆", "200万辆", value=2e6, unit="count", kind="count", classifier="辆",
     metric="整车产量",
     metric_alts=["汽车产量", "整车", "汽车整车产量"], **PLAN,
     note="力争 → target; vehicles with their measure word 辆 → count; " + PLAN_NOTE)
fact("新能源汽车140万辆", "140万辆", value=1.4e6, unit="count", kind="count", classifier="辆",
     metric="新能源汽车产量",
     metric_alts=["新能源汽车", "新能源汽车整车产量"], **PLAN,
     note="力争 shared; head 产量 restored from 整车产量 (README §3); " + PLAN_NOTE)
fact("洛阳石化百万吨乙烯", "百万吨", value=1e6, unit="t", kind="amount",
     metric="乙烯产能",
     metric_alts=["乙烯年产能", "乙烯", "乙烯项目产能", "百万吨乙烯", "乙烯生产能力"],
     subject="洛阳石化",
     subject_alts=["洛阳石化百万吨乙烯项目", "洛阳石化百万吨乙烯", "洛阳石化乙烯项目",
                   "中国石化洛阳分公司", PLACE] + HN_ALTS,
     **PLAN,
     note="capacity written into a project's name (SPEC §1) → the project's (annual) "
          "capacity, owned by the company; still being built (加快…项目建设) → target; 百万吨 "
          "read as eq as written (as 南港百万吨乙烯 in wr_tianjin_2025); " + PLAN_NOTE)
g.neg("漯河金海千亿级", "千亿级", "class label 千亿级 (a 100-billion-yuan-class project) in the "
      "project's name, no amount stated (as 千亿级 in wr_anhui_2025_b), not a quantity")
fact("平煤神马等5家企业", "5家", value=5, unit="count", kind="count", classifier="家",
     metric="建设世界一流企业的企业",
     metric_alts=["世界一流企业", "建设世界一流企业", "支持建设世界一流企业的企业", "企业",
                  "世界一流企业数量", "建设世界一流企业的企业数量"], **PLAN,
     note="firms to be supported in becoming world-class (支持…建设世界一流企业); the goal "
          "defines the counted set → metric; " + PLAN_NOTE)
g.neg("“单项冠军”企业10家", "单项", "单项 in the title 单项冠军 ('single-product champion'), "
      "not a quantity (as wr_fujian_2025)")
fact("“单项冠军”企业10家", "10家", value=10, unit="count", kind="count", classifier="家",
     metric="国家制追业“单项冠军”企业",
     metric_alts=new("国家制造业“单项冠军”企业", "国家制造业“单项冠军”企业", "制造业“单项冠军”企业",
                     "“单项冠军”企业", "单项冠军企业", "国家制造业单项冠军企业",
                     "制造业单项冠军企业", "培育国家制造业“单项冠军”企业"), **PLAN,
     note="培育 → target; metric as written (制追业, a typo of 制造业 in the source), the "
          "corrected forms as alts; 增量 alts (README §3); " + PLAN_NOTE)
fact("专精特新中小企业1000家", "1000家", value=1000, unit="count", kind="count",
     classifier="家", metric="省级专精特新中小企业",
     metric_alts=new("省级专精特新中小企业", "专精特新中小企业", "培育省级专精特新中小企业"),
     **PLAN, note="verb 培育 shared; " + PLAN_NOTE)
fact("新增规上工业企业 2500家", "2500家", value=2500, unit="count", kind="count",
     classifier="家", metric="规上工业企业",
     metric_alts=new("规上工业企业", "新增规上工业企业", "规模以上工业企业", "新增规模以上工业企业"),
     **PLAN, note="新增 N: firms to pass the size threshold in 2025; 增量 alts (README §3); "
                  "the source's space before 2500 lies outside the span; " + PLAN_NOTE)

# ==== line 14 (source 34): 突出数字化转型 (no facts) ================================================
g.neg("“人工智能十”", "十", TYPO_NOTE.format("人工智能十"))
g.neg("加快5G-A商用", "5G-A", "technology generation name 5G-A (5G-Advanced), not a quantity "
      "(as 5G in wr_china_2024)")
g.neg("“5G+工业互联网”", "5G", "network generation name 5G in the label “5G+工业互联网”, not "
      "a quantity")

NOTES = (
    "Excerpt: lines 21-34 of shared/texts/work_report/wr_henan_2025.txt (2,229 characters "
    "with the final newline), sliced by code: the heading 三、2025年重点工作, 围绕今年发展目标，"
    "重点抓好十个方面的工作, task （一） (加力提振消费, 加力扩大投资, 加力稳住楼市), task （二） "
    "(创新平台, 核心技术攻关, 企业创新主体, 创新生态) and task （三） (集群化发展, 数字化转型). "
    "Lines 9-18 are annotated in wr_henan_2025 (no overlap). Among the runs of whole lines of "
    "2,000-2,500 characters in lines 19-73 that start at a heading, this one holds the most "
    "numbers; lines 21-35 would pass 2,500. Title and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-18, the delivery "
    "date in the report's header (source line 2: 2025年1月18日在河南省第十四届人民代表大会第三次"
    "会议上), as wr_henan_2025. Place: 河南省 (河南, 全省, 我省 → alts; the provincial "
    "government as alt of the ten areas of work; 洛阳石化 owns its ethylene capacity). "
    "Periods: the heading 三、2025年重点工作 frames the tasks: lines without a period of their "
    "own take 2025-01-01..2025-12-31 with period text 2025年, null as alt; line 2 names 今年 "
    "(= 2025) before 十个; stocks to be reached (高速公路通车总里程突破1万公里, 高新技术企业总量"
    "超过1.4万家) → instant 2025-12-31, the year and null as alts. Modality: target throughout "
    "(plan text: 实施, 培育, 争创, 力争, 完成), except 聚焦28条重点产业链 (the size of an existing "
    "set → actual, judgement call). Bounds: 突破/超过 → gt; 以上 → ge. Units: 万辆/万台 → counts "
    "with classifier; 公里 → m; 万亿元 1e12; 百万吨 1e6 t. Judgement calls: 十个方面 → a count "
    "(as wr_sichuan_2025_b 9个方面); 28条重点产业链 → a count, actual; 百万吨乙烯 → capacity "
    "fact of 洛阳石化 (target), 千亿级 (氟硅新材料项目) a class label (negative); 营收1亿/5亿/"
    "10亿/100亿元以上 → thresholds naming sets of firms (negatives); metric 国家制追业“单项冠军”"
    "企业 as written (typo of 制造业; corrected forms as alts); 十 in “实验室十产业化公司” and "
    "“人工智能十” read as typos of + (negatives); 一店-策 = 一店一策 (negative). Negatives: 三、, "
    "2025年, （一）-（三）, 两新, 首发, 百货, 一店-策, 一刻钟, 三年 ×2, 一批, 两重, 三期, 一期, 三门峡, "
    "五岳, 双百, 白名单, 一轮, 十 ×2, 1亿元, 5亿元, 10亿元, 100亿元, 单列, 首贷, 第二批, 7大, 千亿级, "
    "单项, 5G-A, 5G. Lexicalized, not listed: 一流 ×3, 一体 ×2 (一体化), 单位 (科研单位).")

g.write(date=REF, source=f"shared/texts/work_report/wr_henan_2025.txt lines {FIRST}–{LAST}",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
