"""Gold annotations for wr_yunnan_2025_g (2025年云南省政府工作报告, the 2025 tasks （六）-（九）),
lines 60-79 of shared/texts/work_report/wr_yunnan_2025.txt.

The excerpt corpora/wr_yunnan_2025_g.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut).  It lies in part
三、2025年重点任务 (heading on source line 29, outside the excerpt): the last paragraph of task
（六） (纵深推进文化兴滇), task （七） in full (长江上游, 蓝天碧水净土, 生态保护修复, 绿色低碳, and
the closing 各位代表！良好生态环境…), task （八） in full (就业, 医疗卫生, 养老, 生育, 社会保障,
10件惠民实事, and the closing 各位代表！人民政府为人民…) and the heading and first four
paragraphs of task （九） (粮食安全, 房地产, 财政金融, 防灾减灾和安全生产).  Lines 7-18, 21-38,
40-54, 82-109 and 111-138 are annotated in wr_yunnan_2025 / _b / _c / _f / _e / _d (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_yunnan_2025_g.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_yunnan_2025_g"
PLACE = "云南省"
REF = "2025-01-18"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_yunnan_2025.txt"
FIRST, LAST = 60, 79                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年云南省政府工作报告"
YN_ALTS = ["云南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="纵深推进文化兴滇。",
                 ends="坚决防范重特大事故。")
text = g.text
fact = g.with_subject(PLACE, YN_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
PLAN3_NOTE = "name of a multi-year plan or campaign ({}), not a duration fact"
ORD_NOTE = "ordinal label of a round / edition ({}), not a count or rank"

# ---- periods (reference date 2025-01-18) ---------------------------------------------------
# The excerpt lies in part 三、2025年重点任务 (heading on source line 29, outside the excerpt):
# every line is a task of the 2025 plan → modality target.  No line of the excerpt states a
# period of its own (每年 in line 3 governs no number), so the facts take the section frame
# of that heading (SPEC §4): period text 2025年, 2025-01-01..2025-12-31, the null reading in
# period_alts (as wr_yunnan_2025_c / wr_yunnan_2025_f, which annotate other lines of the same
# part).  That surface lies outside the excerpt (a known, deliberate exception of
# shared/gold/check_gold.py, as wr_yunnan_2025_f).
# - volumes of the year (performances, farmland to be added, the 10 practical matters) → PLAN
#   (the year, null as alt);
# - things to be built, completed or selected (clinical centres, key specialties, township
#   hospitals, techniques) → PLAN_SET: the year, with null and the end instant as alts (as
#   wr_yunnan_2025_f);
# - a level to be kept over the year (转移就业1500万人以上) → PLAN_LEVEL (the year; null and
#   the end instant as alts, as 转移就业规模保持在320万人以上 in wr_yunnan_2025_f);
# - a stock to be reached (129个县（市、区）全部达到…标准) → PLAN_END: the instant 2025-12-31,
#   the year and null as alts.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "三、2025年重点任务 (source line 29; 2025), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built or completed in 2025: the end instant as a further alt"
END_NOTE = ("a stock to be reached → the instant at the end of the 2025 frame (stock rule), the "
            "year and null as alts; task for 2025 → target")


# ==== line 1 (source 60): 纵深推进文化兴滇 =======================================================
fact("完成惠民演出1万场以上", "1万场", value=1e4, unit="count", kind="count", classifier="场",
     bound="ge", metric="惠民演出",
     metric_alts=["完成惠民演出", "惠民演出场次", "惠民演出场数", "惠民演出数量",
                  "“中华文化边疆行”惠民演出"],
     **PLAN, note="以上 → ge (outside the span); performances to be given in 2025 (a flow of the "
                  "year); 场 is the measure word; " + PLAN_NOTE)
g.neg("做好第四次全国文物普查", "第四次", ORD_NOTE.format("第四次全国文物普查, the fourth "
      "national census of cultural relics"))
g.neg("世界文化遗产预备名单", "名单", "lexicalized 名单 'list'; 单 is not a quantity (as "
      "nw_cctv_20230820_shandong_2023)")

# ==== line 2 (source 61): task （七） ==========================================================
g.neg("（七）协同推进", "（七）", MARKER_NOTE)

# ==== line 3 (source 62): 加强长江上游生态环境保护治理 ==========================================
g.neg("每年解决一批", "一批", VAGUE_NOTE + " (每年解决一批群众身边的突出生态环境问题, also the "
      "name of 惠民实事 item 八)")
g.neg("长江十年禁渔", "十年", LABEL_NOTE + " (长江十年禁渔, the name of the ten-year fishing ban "
      "on the Yangtze, as wr_anhui_2025_f / wr_china_2022)")
g.neg("固体废物处置六大行动", "六大", "set label 六大(行动) ('the six major campaigns', as 八大"
      "(重点行业) in README §2), not a count claim")

# ==== line 4 (source 63): 蓝天、碧水、净土保卫战 =================================================
g.neg("3个“三年行动”", "三年", PLAN3_NOTE.format("“三年行动”, the three-year campaigns of urban "
      "and rural sewage treatment"))
fact("城乡生活污水治理3个", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="城乡生活污水治理“三年行动”",
     metric_alts=["城乡生活污水治理三年行动", "“三年行动”", "三年行动", "生活污水治理三年行动",
                  "城乡生活污水治理“三年行动”数量", "实施城乡生活污水治理“三年行动”"],
     **PLAN,
     note="judgement call: 实施…3个“三年行动” counts the campaigns to be carried out (README §2: "
          "counts of measures, as 七条措施), while the quoted “三年行动” is their name (negative); "
          + PLAN_NOTE)

# ==== line 5 (source 64): 强化生态系统保护修复 ==================================================
g.neg("生态破坏事件“清零”行动", "清零", "清零 'clear to zero' (eliminate), the goal word of the "
      "campaign name “清零”行动, not a quantity (as 动态清零 in wr_beijing_2025_c)")
g.neg("扎实开展第五次生态", "第五次", ORD_NOTE.format("第五次生态状况变化调查评估, the fifth "
      "survey of ecological change"))
g.neg("西双版纳热带国家植物园", "西双版纳", "place name 西双版纳 (双 inside a proper name), not "
      "a quantity")

# ==== line 6 (source 65): 有力推进绿色低碳发展 ==================================================
g.neg("高质量建设零碳园区", "零碳", "label 零碳 'zero-carbon' (README §2), not a quantity")

# ==== line 7 (source 66): 各位代表！良好生态环境… (no fact) =====================================
g.neg("我们一定以过硬", "一定", "adverb 一定 'surely, without fail', not a quantity (as "
      "wr_yunnan_2025_f)")
g.neg("让七彩云南天更蓝", "七彩", "epithet 七彩(云南) 'the colourful (Yunnan)', part of the "
      "province's brand name, not a quantity")

# ==== line 8 (source 67): task （八） ==========================================================
g.neg("（八）加大保障", "（八）", MARKER_NOTE)

# ==== line 9 (source 68): 更加突出就业优先导向 ==================================================
g.neg("兴滇创业就业三年行动", "三年", PLAN3_NOTE.format("大学生兴滇创业就业三年行动"))
g.neg("挣钱顾家两不误", "两不误", "idiom 两不误 'neither is neglected', not a quantity")
TRANSFER = ["农村劳动力转移就业人数", "农村劳动力转移就业规模", "转移就业", "转移就业人数",
            "农村劳动力转移", "农村转移劳动力"]
fact("转移就业1500万人以上", "1500万人", value=1.5e7, unit="count", kind="count",
     classifier="人", bound="ge", metric="农村劳动力转移就业", metric_alts=TRANSFER,
     **PLAN_LEVEL,
     note="以上 → ge (outside the span); the rural workers in transferred employment, a level "
          "to be kept through 2025 (1547.3万人 in 2024) → the year, null and the end instant as "
          "alts (as wr_yunnan_2025_f); " + PLAN_NOTE)

# ==== line 10 (source 69): 提升医疗卫生服务能力 =================================================
HOSP_NOTE = ("建好 distributes over the list 省级临床医学中心 ↔ 18个, 国家临床重点专科 ↔ 40个; "
             "centres and specialties to be built up in 2025 (增量 alts, README §3); ")
fact("建好18个省级临床医学中心", "18个", value=18, unit="count", kind="count", classifier="个",
     metric="省级临床医学中心",
     metric_alts=new("省级临床医学中心", "建好省级临床医学中心", "临床医学中心"),
     **PLAN_SET, note=HOSP_NOTE + SET_NOTE)
fact("40个国家临床重点专科", "40个", value=40, unit="count", kind="count", classifier="个",
     metric="国家临床重点专科",
     metric_alts=new("国家临床重点专科", "建好国家临床重点专科", "临床重点专科"),
     **PLAN_SET, note=HOSP_NOTE + SET_NOTE)
fact("完成30个重点中心乡镇卫生院", "30个", value=30, unit="count", kind="count",
     classifier="个", metric="重点中心乡镇卫生院提质建设",
     metric_alts=["重点中心乡镇卫生院", "完成重点中心乡镇卫生院提质建设", "中心乡镇卫生院",
                  "重点中心乡镇卫生院数量", "提质建设的重点中心乡镇卫生院",
                  "重点中心乡镇卫生院提质建设数量"],
     **PLAN_SET,
     note="township hospitals whose upgrading is to be completed (完成…提质建设) in 2025; "
          + SET_NOTE)
g.neg("开展“万名村医培优提质”", "万名", LABEL_NOTE + " (campaign name “万名村医培优提质”行动 "
      "'ten thousand village doctors trained', as “万名干部进万企” in wr_yunnan_2025) — judgement "
      "call; a count of about 1e4 village doctors is the alternative reading")
fact("新增遴选20项中医药", "20项", value=20, unit="count", kind="count", classifier="项",
     metric="中医药适宜技术",
     metric_alts=new("中医药适宜技术", "新增遴选中医药适宜技术", "遴选中医药适宜技术",
                     "推广使用中医药适宜技术"),
     **PLAN_SET,
     note="新增遴选 N项: techniques to be newly selected in 2025; 增量 alts (README §3); "
          + SET_NOTE)
LEPROSY = ["县（市、区）", "县(市、区)", "达到消除麻风危害标准的县(市、区)", "消除麻风危害县（市、区）",
           "达到消除麻风危害标准县（市、区）", "县（市、区）数量", "消除麻风危害标准",
           "达到消除麻风危害标准的县（市、区）数量"]
fact("129个县（市、区）全部达到", "129个", value=129, unit="count", kind="count",
     classifier="个", metric="达到消除麻风危害标准的县（市、区）", metric_alts=LEPROSY,
     **PLAN_END,
     note="the 129 county-level divisions (all of the province's) that are to meet the "
          "standard for eliminating leprosy (全部 'all'): the predicate defines the counted set "
          "(in the metric); counties meeting a standard are a stock → " + END_NOTE +
          "; judgement call: read as the province's number of counties (a setting, not a "
          "goal) it would be actual — the span is annotated either way")

# ==== line 11 (source 70): 打响“银龄”品牌 =====================================================
g.neg("覆盖城乡的三级养老服务网络", "三级", "tier label 三级(养老服务网络) 'three-tier (county, "
      "township, village) network', not a count claim")
g.neg("“银龄人才万人计划”", "万人", LABEL_NOTE + " (programme name “银龄人才万人计划” 'ten "
      "thousand silver-age talents plan') — judgement call; a target of 1e4 people is the "
      "alternative reading")

# ==== line 12 (source 71): 完善生育支持政策体系 — no numeral =====================================
# ==== line 13 (source 72): 织密扎牢社会保障网 — no numeral ======================================

# ==== line 14 (source 73): 继续办好10件惠民实事 ==================================================
fact("继续办好10件惠民实事", "10件", value=10, unit="count", kind="count", classifier="件",
     metric="惠民实事",
     metric_alts=["办好惠民实事", "惠民实事数量", "惠民实事件数", "民生实事"],
     **PLAN,
     note="the 10 practical matters for the people to be done in 2025 (listed in the annex, "
          "source lines 131-158); as 办好10件惠企实事 in wr_yunnan_2025; " + PLAN_NOTE)

# ==== line 15 (source 74): 各位代表！人民政府为人民… (no fact) ===================================
g.neg("我们一定把老百姓", "一定", "adverb 一定 'surely, without fail', not a quantity")
g.neg("我们一定把老百姓", "老百姓", "lexicalized 老百姓 'ordinary people'; 百 is not a quantity "
      "(as nw_cctv_20210526_yrd_2021)")
g.neg("让每一份合理的诉求", "一份", "每一份 'every (single)', 一 + classifier used as a "
      "distributive quantifier (README §2), not a quantity")
g.neg("让每一个对美好生活", "一个", "每一个 'every (single)', 一 + classifier used as a "
      "distributive quantifier (README §2), not a quantity")

# ==== line 16 (source 75): task （九） ==========================================================
g.neg("（九）有效防范", "（九）", MARKER_NOTE)

# ==== line 17 (source 76): 保障粮食安全 ==========================================================
fact("补充耕地13.5万亩", "13.5万亩", value=135000, unit="mu", kind="amount",
     metric="补充耕地",
     metric_alts=["补充耕地面积", "耕地补充", "新增耕地", "补充耕地数量", "耕地增量",
                  "补充耕地规模"],
     **PLAN,
     note="亩 stays mu (SPEC §3); 13.5万亩 = 135000 mu; farmland to be added in 2025 (a flow of "
          "the year, under the 占补平衡 balance); " + PLAN_NOTE)
g.neg("粮油作物大面积单产", "单产", "lexicalized 单产 'yield per unit area', not a quantity (as "
      "wr_anhui_2025_d)")

# ==== line 18 (source 77): 推动构建房地产发展新模式 =============================================
g.neg("统筹推进“三大工程”", "三大", "set label “三大工程” (the three major housing projects), "
      "not a count claim (as wr_beijing_2025)")
g.neg("加大“白名单”贷款", "白名单", "lexicalized 白名单 'whitelist' (of housing projects "
      "eligible for loans); 单 is not a quantity")

# ==== line 19 (source 78): 维护财政金融安全 ======================================================
g.neg("兜牢基层“三保”底线", "三保", LABEL_NOTE + " (“三保”: 保基本民生、保工资、保运转, as "
      "wr_china_2024_b)")

# ==== line 20 (source 79): 抓好防灾减灾救灾和安全生产 ===========================================
g.neg("重大灾害“123”快速响应机制", "123", LABEL_NOTE + " (name of the rapid-response mechanism "
      "“123” for major disasters), not a quantity")
g.neg("防汛“1262”预警叫应机制", "1262", LABEL_NOTE + " (name of the flood warning-and-response "
      "mechanism “1262”), not a quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_yunnan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief. It lies in part 三、2025年重点任务 (heading on source line 29, outside "
    "the excerpt): the last paragraph of task （六） (纵深推进文化兴滇), task （七） in full (长江"
    "上游, 蓝天碧水净土保卫战, 生态系统保护修复, 绿色低碳, and the closing 各位代表！良好生态环境…), "
    "task （八） in full (就业, 医疗卫生, 养老, 生育, 社会保障, 继续办好10件惠民实事, and the closing "
    "各位代表！人民政府为人民…) and the heading and first four paragraphs of task （九） (粮食安全, "
    "房地产, 财政金融, 防灾减灾和安全生产). Lines 7-18, 21-38, 40-54, 82-109 and 111-138 are "
    "annotated in wr_yunnan_2025 / _b / _c / _f / _e / _d (no overlap). Title, source line and "
    "dateline are outside the excerpt (title_in_text=False; title as the source's first "
    "line). Date: 2025-01-18, the delivery date in the report's header (source line 3: "
    "——2025年1月18日在云南省第十四届人民代表大会第三次会议上); the shared meta agrees. Place: "
    "云南省 (云南, 全省, 我省 → alts); the province owns every figure. Periods: no line of the "
    "excerpt states a period (每年 governs no number); the tasks take the frame of the heading "
    "三、2025年重点任务: period text 2025年, 2025-01-01..2025-12-31, null as alt (as "
    "wr_yunnan_2025_c / _f); the period text lies outside the excerpt (a deliberate exception "
    "for shared/gold/check_gold.py, as wr_yunnan_2025_f). Things to be built, completed or "
    "selected (18个 临床医学中心, 40个 重点专科, 30个 卫生院, 20项 技术) carry the end instant as a "
    "further alt; 农村劳动力转移就业1500万人以上 → the year with null and the end instant as alts; "
    "the 129 counties meeting the leprosy standard (a stock to be reached) → the instant "
    "2025-12-31, the year and null as alts. Modality: target throughout (完成, 实施, 建好, 新增"
    "遴选, 达到, 办好, 补充). Bounds: 以上 → ge (1万场, 1500万人); the rest eq. Units: 万场 → "
    "count 场; 万人 → count 人; 万亩 → mu. Judgement calls: 3个“三年行动” → a count of campaigns "
    "(三年 of the name a negative); “万名村医培优提质”, “银龄人才万人计划”, 六大(行动), 三大(工程), "
    "三级(养老服务网络) read as labels (negatives); 129个县（市、区）全部达到消除麻风危害标准 → a "
    "target count of counties at year end. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 清单 (任务清单), 进一步 ×2 (头等 has no numeral).")

g.write(date=REF, source=f"shared/texts/work_report/wr_yunnan_2025.txt lines {FIRST}–{LAST} "
        "(来源：北京日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
