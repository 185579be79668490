"""Gold annotations for wr_yunnan_2025_e (2025年云南省政府工作报告, the closing paragraphs and
glossary items 1-25), lines 82-109 of shared/texts/work_report/wr_yunnan_2025.txt.

The excerpt corpora/wr_yunnan_2025_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the paragraph on
the government's own conduct that closes part 三、2025年重点任务 (各位代表！做好政府工作，最根本
的是加强政治建设…, heading on source line 29, outside the excerpt), the report's closing words
(各位代表！志不求易者成…), the glossary heading 名词解释 and glossary items 1-25 (“两重” …
科技型企业“登高、升规、晋位、上市”四个工程).  Lines 7-18, 21-38 and 111-138 are annotated in
wr_yunnan_2025 / _b / _c / _d (no overlap).  The run is sparse in facts: most numerals are
list markers, programme names and their quoted parts; its facts are the make-up of the
沪滇“16+16” scheme, the benefit shares of the “334” and “622” modes, the rule of the
“编外院长”, the years of study of the “3+4” / “3+2” schemes, the coverage of the “三个全覆盖”
goal and the length of the “小学期”.  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_yunnan_2025_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_yunnan_2025_e"
PLACE = "云南省"
REF = "2025-01-18"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_yunnan_2025.txt"
FIRST, LAST = 82, 109                   # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年云南省政府工作报告"
YN_ALTS = ["云南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="各位代表！做好政府工作，最根本的是加强政治建设",
                 ends="“上市”即推动科技型企业挂牌上市融资。")
text = g.text
fact = g.with_subject(PLACE, YN_ALTS)

MARKER_NOTE = "list marker (glossary item number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SLOGAN_NOTE = "political slogan / set label {}, not a count claim"
HEAD_NOTE = ("headword of the glossary item (the quoted name being defined); its members are "
             "spelled out after it, not a count claim")
PART_NOTE = ("label component {} (the part of the name “三级三类” being explained), not a "
             "quantity (as wr_jiangxi_2025_c)")
IDIOM_NOTE = "idiom {}, not a quantity"

# ---- periods (reference date 2025-01-18) ---------------------------------------------------
# Lines 1-2 (source 82-83) close part 三、2025年重点任务 (the government's own conduct) and the
# report: no number fact.  Lines 3-28 (source 84-109) are the glossary 名词解释: its entries
# define terms used in the 2024 review and the 2025 plan and state no period; the glossary
# is a section without a period of its own (neither the review nor the plan frames it), so
# its facts get period null (SPEC §4: no governing period → start and end null), as in
# wr_yunnan_2025_d:
#   - GLOSS_NOW: the make-up of an existing scheme, mode or rule in force (沪滇“16+16”, built
#     in 2024; the “334” / “622” modes, summed up and promoted in 2024; the “编外院长” practice,
#     praised in 2024; the “3+4” / “3+2” pilots, launched in 2024; the “小学期” rule) → actual,
#     the reference date and the plan year as alts;
#   - GLOSS_PLAN: the content of a goal of the 2025 plan (全面实现农业龙头企业“三个全覆盖”,
#     source line 39) → target, the plan year 2025 as alt.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_REF = P("2025年", REF, REF)
GLOSS_PLAN = dict(period=None, period_alts=[S25], modality="target")
GLOSS_NOW = dict(period=None, period_alts=[S25_REF, S25], modality="actual")
GLOSS_PLAN_NOTE = ("glossary entry, no period (period null), the plan year 2025 as alt; the "
                   "content of a goal of the 2025 plan → target")
GLOSS_NOW_NOTE = ("glossary entry, no period (period null), the reference date and the plan "
                  "year as alts; an existing scheme / a rule in force → actual")


# ==== line 1 (source 82): 各位代表！做好政府工作… (no number fact) ===============================
g.neg("坚定拥护“两个确立”", "两个确立", SLOGAN_NOTE.format("“两个确立”"))
g.neg("坚决做到“两个维护”", "两个维护", SLOGAN_NOTE.format("“两个维护”"))
g.neg("深化“两场革命”", "两场革命", LABEL_NOTE + " (“两场革命”, the province's campaign name: "
      "the revolutions in thinking and in working methods)")
g.neg("用好“三法三化”", "三法三化", LABEL_NOTE + " (“三法三化”, the province's name for its "
      "working methods)")
g.neg("深入践行“四下基层”", "四下基层", LABEL_NOTE + " (“四下基层” system: cadres going down to "
      "the grassroots in four ways)")
g.neg("“高效办成一件事”机制", "一件事", "service-programme name 高效办成一件事, not a count "
      "(as other golds)")

# ==== lines 2-3 (source 83-84): closing words, 名词解释 (no numerals) ============================

# ==== line 4 (source 85): 1.“两重” =================================================================
g.neg("1.“两重”", "1.", MARKER_NOTE)
g.neg("1.“两重”", "两重", HEAD_NOTE + " (“两重” = 国家重大战略实施和重点领域安全能力建设)")

# ==== line 5 (source 86): 2.“两新” =================================================================
g.neg("2.“两新”", "2.", MARKER_NOTE)
g.neg("2.“两新”", "两新", HEAD_NOTE + " (“两新” = 大规模设备更新和消费品以旧换新)")

# ==== line 6 (source 87): 3．10种有色金属 =========================================================
g.neg("3．10种有色金属", "3．", MARKER_NOTE)
g.neg("3．10种有色金属", "10种", "name of the statistical aggregate 10种有色金属 (the ten "
      "nonferrous metals, listed after it), the headword of the item, not a count claim (as "
      "wr_yunnan_2025)")

# ==== line 7 (source 88): 4.“厅局长坐诊接诉” =======================================================
g.neg("4.“厅局长坐诊接诉”", "4.", MARKER_NOTE)
g.neg("从解决一件事到办好一类事", "一件事", IDIOM_NOTE.format("从解决一件事到办好一类事 "
      "('from solving one matter to handling a whole class of matters')"))
g.neg("从解决一件事到办好一类事", "一类事", IDIOM_NOTE.format("(办好)一类事 'a whole class of "
      "matters'"))

# ==== line 8 (source 89): 5．沪滇“16+16”园区共建 ===================================================
g.neg("5．沪滇", "5．", MARKER_NOTE)
g.neg("5．沪滇“16+16”", "16+16", LABEL_NOTE + " (name of the scheme “16+16”, spelled out "
      "after it; as wr_yunnan_2025)")
fact("上海16个区", "16个", value=16, unit="count", kind="count", classifier="个",
     metric="区（或国企）",
     metric_alts=["区", "区(或国企)", "上海区（或国企）", "共建产业园区的区（或国企）", "区数量",
                  "上海市区"],
     subject="上海市", subject_alts=["上海"], **GLOSS_NOW,
     note="the 16 districts (or state firms) of Shanghai in the pairing scheme (built in 2024, "
          "source line 12): Shanghai owns the number (as item 31 in wr_yunnan_2025_d); "
          + GLOSS_NOW_NOTE)
fact("与云南16个州（市）", "16个", value=16, unit="count", kind="count", classifier="个",
     metric="州（市）",
     metric_alts=["州(市)", "州市", "共建产业园区的州（市）", "州（市）数量", "州"], **GLOSS_NOW,
     note="云南 → 云南省: its 16 prefectures in the scheme (a stock; as item 31 in "
          "wr_yunnan_2025_d); " + GLOSS_NOW_NOTE)

# ==== line 9 (source 90): 6.“2+3”园区 ============================================================
g.neg("6.“2+3”", "6.", MARKER_NOTE)
g.neg("6.“2+3”", "2+3", LABEL_NOTE + " (name of the group of parks “2+3”, the two transfer "
      "parks and three border parks named after it; as wr_yunnan_2025)")

# ==== line 10 (source 91): 7.“四级三类” ===========================================================
g.neg("7.“四级三类”", "7.", MARKER_NOTE)
g.neg("7.“四级三类”", "四级三类", HEAD_NOTE + " (“四级三类”: four levels of government, three "
      "types of plan)")

# ==== line 11 (source 92): 8.“334”联农带农模式 ====================================================
g.neg("8.“334”", "8.", MARKER_NOTE)
g.neg("8.“334”", "334", LABEL_NOTE + " (name of the mode “334”, from the shares 30/30/40 "
      "spelled out after it)")
ML = ["孟连", "孟连傣族拉祜族佤族自治县", "“334”联农带农模式", "334联农带农模式",
      "“334”模式", PLACE] + YN_ALTS
SHARE_NOTE = ("其中: the shares of the benefits of the {} mode, an existing mode (总结推广 in "
              "2024, source line 13); the county (city) that built it owns the number, the "
              "mode and the province as alts; " + GLOSS_NOW_NOTE)
FARM = ["农户占比", "农户利益联结占比", "农户分配比例", "农户收益占比", "农户分成比例",
        "农户利益分配比例", "农户占"]
fact("农户占30%", "30%", value=30, unit="%", kind="share", metric="农户利益分配占比",
     metric_alts=FARM, subject="孟连县", subject_alts=ML, **GLOSS_NOW,
     note=SHARE_NOTE.format("“334”"))
LEAD = ["龙头企业占比", "龙头企业利益联结占比", "龙头企业分配比例", "龙头企业收益占比",
        "龙头企业分成比例", "龙头企业利益分配比例", "龙头企业占"]
fact("龙头企业占30%", "30%", value=30, unit="%", kind="share", metric="龙头企业利益分配占比",
     metric_alts=LEAD, subject="孟连县", subject_alts=ML, **GLOSS_NOW,
     note=SHARE_NOTE.format("“334”"))
fact("村集体共占40%", "40%", value=40, unit="%", kind="share",
     metric="国有管理公司、合作社、村集体利益分配占比",
     metric_alts=["国有管理公司、合作社、村集体占比", "国有管理公司、合作社、村集体共占",
                  "国有管理公司、合作社、村集体合计占比", "国有管理公司、合作社、村集体分配比例",
                  "国有管理公司、合作社、村集体利益分配比例", "国有管理公司、合作社、村集体占"],
     subject="孟连县", subject_alts=ML, **GLOSS_NOW,
     note="共占 → one share of the three parties together; " + SHARE_NOTE.format("“334”"))

# ==== line 12 (source 93): 9.“622”联农带农模式 ====================================================
g.neg("9.“622”", "9.", MARKER_NOTE)
g.neg("9.“622”", "622", LABEL_NOTE + " (name of the mode “622”, from the shares 60/20/20 "
      "spelled out after it)")
MZ = ["蒙自", "“622”联农带农模式", "622联农带农模式", "“622”模式", PLACE] + YN_ALTS
fact("以农户占60%", "60%", value=60, unit="%", kind="share", metric="农户利益分配占比",
     metric_alts=FARM, subject="蒙自市", subject_alts=MZ, **GLOSS_NOW,
     note="shares of the 利益分配模式 (named in the line); " + SHARE_NOTE.format("“622”"))
fact("村集体公司占20%", "20%", value=20, unit="%", kind="share",
     metric="村集体公司利益分配占比",
     metric_alts=["村集体公司占比", "村集体公司分配比例", "村集体公司收益占比",
                  "村集体公司利益分配比例", "村集体公司占", "村集体占比"],
     subject="蒙自市", subject_alts=MZ, **GLOSS_NOW, note=SHARE_NOTE.format("“622”"))
fact("龙头企业占20%", "20%", value=20, unit="%", kind="share", metric="龙头企业利益分配占比",
     metric_alts=LEAD, subject="蒙自市", subject_alts=MZ, **GLOSS_NOW,
     note=SHARE_NOTE.format("“622”"))

# ==== line 13 (source 94): 10．零碳园区 ===========================================================
g.neg("10．零碳园区", "10．", MARKER_NOTE)
g.neg("10．零碳园区", "零碳", "label 零碳 ('zero-carbon', README §2), not a quantity")

# ==== line 14 (source 95): 11.“编外校长” ===========================================================
g.neg("11.“编外校长”", "11.", MARKER_NOTE)
g.neg("建立一对一挂联", "一对一", IDIOM_NOTE.format("一对一 'one-to-one' (pairing), a manner "
      "of linking"))

# ==== line 15 (source 96): 12.“编外院长” ===========================================================
g.neg("12.“编外院长”", "12.", MARKER_NOTE)
fact("至少1所薄弱医院", "1所", value=1, unit="count", kind="count", classifier="所",
     bound="ge", metric="挂钩联系薄弱医院",
     metric_alts=["薄弱医院", "挂钩联系本地区薄弱医院", "挂钩联系的薄弱医院",
                  "每名领导干部挂钩联系薄弱医院", "领导干部挂钩联系薄弱医院",
                  "“编外院长”挂钩联系薄弱医院", "薄弱医院数量"],
     subject_alts=YN_ALTS + ["各级领导干部", "领导干部", "“编外院长”", "编外院长"],
     **GLOSS_NOW,
     note="至少 → ge (outside the span); the rule of the “编外院长” practice (each leading "
          "cadre links with at least one weak hospital; the practice was praised in the 2024 "
          "review, source line 15): a count with an Arabic 1 and its measure word, not an "
          "article — judgement call: the province keeps the subject, the cadres as alts; "
          + GLOSS_NOW_NOTE)

# ==== line 16 (source 97): 13．职业教育“3+4”中本贯通 ==============================================
STUDY_NOTE = ("years of study in the {} scheme (a pilot launched in 2024, source line 15; "
              "年 → unit year, SPEC §3); the province keeps the subject, the scheme as alt; "
              + GLOSS_NOW_NOTE)
g.neg("13．职业教育", "13．", MARKER_NOTE)
g.neg("13．职业教育“3+4”", "3+4", LABEL_NOTE + " (name of the scheme “3+4”, from the 3 + 4 "
      "years spelled out after it)")
S34 = YN_ALTS + ["职业教育“3+4”中本贯通", "“3+4”中本贯通", "3+4中本贯通"]
fact("中职学校就读3年", "3年", value=3, unit="year", kind="amount",
     metric="中职学校就读时间",
     metric_alts=["中职学校就读年限", "中职就读年限", "中职学校学制", "中职学校就读",
                  "“3+4”中本贯通中职学校就读时间", "就读时间", "就读年限"],
     subject_alts=S34, **GLOSS_NOW, note=STUDY_NOTE.format("“3+4”"))
fact("本科院校就读4年", "4年", value=4, unit="year", kind="amount",
     metric="本科院校就读时间",
     metric_alts=["本科院校就读年限", "本科就读年限", "本科院校学制", "本科院校就读",
                  "“3+4”中本贯通本科院校就读时间", "就读时间", "就读年限"],
     subject_alts=S34, **GLOSS_NOW, note="就读 shared; " + STUDY_NOTE.format("“3+4”"))

# ==== line 17 (source 98): 14．职业教育“3+2”高本贯通 ==============================================
g.neg("14．职业教育", "14．", MARKER_NOTE)
g.neg("14．职业教育“3+2”", "3+2", LABEL_NOTE + " (name of the scheme “3+2”, from the 3 + 2 "
      "years spelled out after it)")
S32 = YN_ALTS + ["职业教育“3+2”高本贯通", "“3+2”高本贯通", "3+2高本贯通"]
fact("高职学校就读3年", "3年", value=3, unit="year", kind="amount",
     metric="高职学校就读时间",
     metric_alts=["高职学校就读年限", "高职就读年限", "高职学校学制", "高职学校就读",
                  "“3+2”高本贯通高职学校就读时间", "就读时间", "就读年限"],
     subject_alts=S32, **GLOSS_NOW, note=STUDY_NOTE.format("“3+2”"))
fact("本科院校就读2年", "2年", value=2, unit="year", kind="amount",
     metric="本科院校就读时间",
     metric_alts=["本科院校就读年限", "本科就读年限", "本科院校学制", "本科院校就读",
                  "“3+2”高本贯通本科院校就读时间", "就读时间", "就读年限"],
     subject_alts=S32, **GLOSS_NOW, note="就读 shared; " + STUDY_NOTE.format("“3+2”"))

# ==== line 18 (source 99): 15.“五个认同” ===========================================================
g.neg("15.“五个认同”", "15.", MARKER_NOTE)
g.neg("15.“五个认同”", "五个认同", HEAD_NOTE + " (“五个认同”, the five identifications)")

# ==== line 19 (source 100): 16．政商交往“正面、负面、倡导”清单 ======================================
g.neg("16．政商交往", "16．", MARKER_NOTE)
g.neg("践行“两个健康”", "两个健康", SLOGAN_NOTE.format("“两个健康” (the healthy development "
      "of the private economy and of private entrepreneurs)"))

# ==== line 20 (source 101): 17．高原特色农业“六项重点工作” =========================================
g.neg("17．高原特色", "17．", MARKER_NOTE)
g.neg("农业“六项重点工作”", "六项重点工作", HEAD_NOTE + " (quoted programme name “六项重点"
      "工作”, the six tasks listed after it) — judgement call; a count of 6 tasks is the "
      "alternative reading (as “7个专项行动” in wr_yunnan_2025_d)")

# ==== line 21 (source 102): 18．农业龙头企业“三个全覆盖” ===========================================
g.neg("18．农业龙头", "18．", MARKER_NOTE)
g.neg("农业龙头企业“三个全覆盖”", "三个全覆盖", HEAD_NOTE + " (“三个全覆盖”, the three "
      "coverage goals spelled out after it)")
COVER_NOTE = ("the territory the goal 全覆盖 is to cover (全面实现农业龙头企业“三个全覆盖”, a task "
              "of the 2025 plan, source line 39): a count of the province's units to be "
              "covered, target; " + GLOSS_PLAN_NOTE)
fact("农业龙头企业16个州（市）", "16个", value=16, unit="count", kind="count", classifier="个",
     metric="国家级农业龙头企业覆盖州（市）",
     metric_alts=["国家级农业龙头企业全覆盖州（市）", "国家级农业龙头企业覆盖州(市)", "州（市）",
                  "州(市)", "覆盖州（市）", "国家级农业龙头企业覆盖州市", "州（市）数量"],
     **GLOSS_PLAN, note=COVER_NOTE)
fact("农业龙头企业129个县（市、区）", "129个", value=129, unit="count", kind="count",
     classifier="个", metric="省级农业龙头企业覆盖县（市、区）",
     metric_alts=["省级农业龙头企业全覆盖县（市、区）", "省级农业龙头企业覆盖县(市、区)",
                  "县（市、区）", "县(市、区)", "覆盖县（市、区）", "省级农业龙头企业覆盖县",
                  "县（市、区）数量"],
     **GLOSS_PLAN, note=COVER_NOTE)

# ==== line 22 (source 103): 19．金融“五篇大文章” ===================================================
g.neg("19．金融", "19．", MARKER_NOTE)
g.neg("金融“五篇大文章”", "五篇大文章", HEAD_NOTE + " (金融“五篇大文章”, as wr_shaanxi_2025_c)")

# ==== lines 23-24 (source 104-105): 20.“数智工厂”, 21.“小灯塔” ======================================
g.neg("20.“数智工厂”", "20.", MARKER_NOTE)
g.neg("21.“小灯塔”", "21.", MARKER_NOTE)

# ==== line 25 (source 106): 22．思政课一体化建设“四通行动” =========================================
g.neg("22．大中小学", "22．", MARKER_NOTE)
g.neg("建设“四通行动”", "四通行动", HEAD_NOTE + " (“四通行动”, the four campaigns spelled out "
      "after it)")

# ==== line 26 (source 107): 23．基础教育“三级三类” =================================================
g.neg("23．基础教育", "23．", MARKER_NOTE)
g.neg("基础教育“三级三类”", "三级三类", HEAD_NOTE + " (“三级三类”: three levels, three types "
      "of teachers)")
g.neg("“三级”即省", "三级", PART_NOTE.format("“三级”"))
g.neg("“三类”即教学", "三类", PART_NOTE.format("“三类”"))

# ==== line 27 (source 108): 24.“小学期”制度 ========================================================
g.neg("24.“小学期”", "24.", MARKER_NOTE)
fact("开学前7天", "7天", value=7, unit="day", kind="amount",
     metric="教师培训“小学期”时长",
     metric_alts=["“小学期”时长", "小学期时长", "教师培训小学期时长", "教师培训“小学期”",
                  "“小学期”", "小学期", "教师培训时间", "教师培训时长"],
     subject_alts=YN_ALTS + ["普通中小学校", "我省普通中小学校"], **GLOSS_NOW,
     note="我省 → 云南省; the length of the teacher-training term (7 days before each semester "
          "starts), a rule in force (落实“小学期”制度, source line 45) — 天 → unit day; 每学期 "
          "is a recurrence, no period; " + GLOSS_NOW_NOTE)

# ==== line 28 (source 109): 25．科技型企业“登高、升规、晋位、上市”四个工程 ============================
g.neg("25．科技型", "25．", MARKER_NOTE)
g.neg("”四个工程：", "四个", "appositive 四个 'the four (programmes) just named' (“登高、升规、晋位、"
      "上市”), the headword of the item, not a count claim (as 越南5个国家 in wr_yunnan_2025_d) "
      "— judgement call")
g.neg("制造业单项冠军企业", "单项", "单项 in the title 单项冠军 ('single-product champion'), not "
      "a quantity (as wr_henan_2025_b)")

NOTES = (
    "Excerpt: lines 82-109 of shared/texts/work_report/wr_yunnan_2025.txt (2,461 characters "
    "with the final newline), sliced by code; the line range is given by the brief. Where it "
    "lies: line 82 is the paragraph on the government's own conduct (政治建设, 法治政府, 创新政府, "
    "廉洁政府, 服务型政府) that closes part 三、2025年重点任务 (the 2025 plan; heading on source "
    "line 29, outside the excerpt); line 83 is the report's closing words; line 84 is the "
    "heading 名词解释 and lines 85-109 are glossary items 1-25 (the glossary goes on to item 44 "
    "and the annex, annotated in wr_yunnan_2025_d). Title, source line and dateline are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-18, "
    "the delivery date in the report's header (source line 3: ——2025年1月18日在云南省第十四届"
    "人民代表大会第三次会议上); the corpus meta agrees. Place: 云南省 (云南, 全省, 我省 → alts); "
    "owners of their own numbers: 上海市 (16个区), 孟连县 (the “334” shares), 蒙自市 (the "
    "“622” shares). Periods: lines 82-83 hold no number fact; the glossary has no period "
    "frame of its own and its entries state none, so every fact has period null (SPEC §4), "
    "with the reference date and the plan year 2025 as alts for existing schemes and rules "
    "(16+16, 334/622, 编外院长, 3+4/3+2, 小学期; modality actual) and the plan year as alt for "
    "the goal 三个全覆盖 of the 2025 plan (16个州（市）, 129个县（市、区）; modality target), as "
    "wr_yunnan_2025_d (GLOSS_NOW / GLOSS_PLAN). Units: 就读3年 → 3 year; 7天 → 7 day. "
    "Judgement calls: the “334”/“622” benefit shares → shares owned by 孟连县 / 蒙自市 (metric "
    "<party>利益分配占比); 至少1所 (编外院长) → a count, ge, the province as subject and the "
    "cadres as alts; “六项重点工作”, “三个全覆盖”, “四通行动” and the appositive 四个(工程) read as "
    "labels (negatives); 10种有色金属 a label (as wr_yunnan_2025). Negatives: 两个确立, 两个维护, "
    "两场革命, 三法三化, 四下基层, 一件事 ×2, 一类事, item markers 1.-25. (25), 两重, 两新, 10种, "
    "16+16, 2+3, 四级三类, 334, 622, 零碳, 一对一, 3+4, 3+2, 五个认同, 两个健康, 六项重点工作, "
    "三个全覆盖, 五篇大文章, 四通行动, 三级三类, 三级, 三类, 四个, 单项. Lexicalized, not listed: "
    "一样, 单位, 清单 ×4, 一体化 ×4.")

g.write(date=REF, source=f"shared/texts/work_report/wr_yunnan_2025.txt lines {FIRST}–{LAST} "
        "(来源：北京日报; closing paragraphs of part 三、2025年重点任务 and glossary items 1-25)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
