"""Gold annotations for wr_china_2003_e (2003年中华人民共和国国务院政府工作报告, the lessons of the
five years 1998-2002: sustainable development, social stability, government reform), lines
75-83 of shared/texts/work_report/wr_china_2003.txt.

The excerpt corpora/wr_china_2003_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in the second half of part 一 of the report
(一、过去五年政府工作的回顾), in the lessons of the outgoing government's term (五年来，我们的主要
工作体会有以下几个方面。, source line 36, outside the excerpt): the four measures 一是…四是 of
lesson （七） (heading and opening on source lines 73-74, outside the excerpt: ecology after the
1998 floods with the lakes restored in the Yangtze basin — 2900平方公里, 130亿立方米, 880 and 600
平方公里; resources; pollution; family planning), lesson （八） (social stability: heading and
the paragraph 一是…六是, no figures) and the heading and first two paragraphs of lesson （九）
(government reform: the 1998 State Council restructuring 40个 → 29个, 四分之一, 一半; 2001 the 9
bureaus; 115万人 posts cut; 1195个 approval items cancelled).  Every figure reviews the term →
actual.  wr_china_2003 holds lines 3-11, _b lines 18-31, _c lines 58-68, _d lines 41-53 (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2003_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2003_e"
SOURCE_ID = "wr_china_2003"
PLACE = "中国"
REF = "2003-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 75, 83                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2003年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2003)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一是加大生态环境保护和建设力度。",
                 ends="这些对提高执法水平和工作效能，发挥了重要作用。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
BATCH_NOTE = "quantifier 一批 (README §2), not a count"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国务院", "中央政府", "中华人民共和国国务院", "国家", "中央财政"]
GOV_NOTE = ("the State Council's own structure or acts: subject the document's place 中国, "
            "国务院/中央政府/国家 as alts (as wr_china_2003_c / _d, wr_china_1999)")
YZ = CN + ["长江流域", "长江"]
YZ_NOTE = ("a national policy carried out in the Yangtze basin: 中国 keeps the subject, the "
           "basin as alt (as the river basins of wr_china_1999)")

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)
yz = g.with_subject(PLACE, YZ)

# ---- periods (reference date 2003-03-05; 去年 = 2002, 今年 = 2003) ---------------------------
# The excerpt lies in part 一 of the report, in the lessons of the term (五年来，我们的主要工作体会
# 有以下几个方面。, source line 36, outside the excerpt): the term of the government sworn in in
# March 1998 = the statistical years 1998-2002 (as wr_china_2003_c / _d).  A line is a
# paragraph; a period governs the clauses after it in its line only (SPEC §4).
#   - Line 1 (source 75): 1998年发生特大洪水后 ('after the 1998 flood') opens the line: by meaning
#     'since 1998', up to the time of the report → 1998-01-01..REF (as 1998年以来 in
#     wr_china_2003_c); alts the term 1998-2002, the literal year 1998 (SPEC §4 mechanical:
#     1998年 governs the clauses after it) and null.  The parts 其中…880 / 600平方公里 (达到) take
#     the same period as their whole (2900平方公里), the instants (REF, 2002-12-31) as further
#     alts (the stock reading of 达到) — judgement call.
#   - Line 2 (source 76): 从1999年起 dates the start of the unified water dispatch; no figure.
#   - Line 8 (source 82): 这几年 (no numeral) opens the line; 1998年 then governs the State
#     Council restructuring: the undated pair 由40个减少到29个 → the count before the reform
#     (instant 1997-12-31) and after it (instant 1998-12-31), as wr_china_1999; the relative
#     cuts 四分之一 / 一半 → the year 1998.  2001年 governs the 9 bureaus abolished.  The
#     national total 全国精减行政编制共计115万人 comes after 2001年 but sums the central (1998)
#     and local reforms (地方各级政府机构也进行了相应改革): judgement call, the term 1998-2002 is
#     gold (text 这几年), the paragraph's 这几年 reading (null..REF, as wr_china_2003_c), the
#     literal inheritance of 2001年 and null as alts.
#   - Line 9 (source 83): no period before 国务院已取消1195个: 已 'already' → the total cancelled
#     up to the report, the instant REF (as 已开工的57个项目 in wr_china_2015_c; judgement call),
#     alts the end of the term (stock rule on the section frame), the term, 1998..REF and null.
SINCE = P("1998年", "1998-01-01", REF)
TERM = P("这几年", "1998-01-01", "2002-12-31")
Y98 = P("1998年", "1998-01-01", "1998-12-31")
Y01 = P("2001年", "2001-01-01", "2001-12-31")
FLOOD = dict(period=SINCE, period_alts=[P("1998年", "1998-01-01", "2002-12-31"), Y98,
                                        null("1998年")])
FLOOD_PART = dict(period=SINCE, period_alts=[P("1998年", REF, REF),
                                             P("1998年", "2002-12-31", "2002-12-31"),
                                             P("1998年", "1998-01-01", "2002-12-31"), Y98,
                                             null("1998年")])
FLOOD_NOTE = ("1998年发生特大洪水后 opens the line: 'since the 1998 flood', up to the report → "
              "1998-01-01..REF (as 1998年以来 in wr_china_2003_c); alts the term 1998-2002, the "
              "literal year 1998 (SPEC §4 mechanical) and null")
R98 = dict(period=Y98, period_alts=[null("1998年")])
R98_NOTE = "1998年 at the head of the sentence governs (the 1998 restructuring); null as alt"

# ==== line 1 (source 75): 一是加大生态环境保护和建设力度 =============================================
g.neg("一是加大生态环境", "一是", MARKER_NOTE)
g.neg("1998年发生特大洪水", "1998年", PERIOD_NOTE + " (the year of the flood; 1998年…后 = since "
      "1998, governs the figures of the line)")
yz("恢复水面2900平方公里", "2900平方公里", value=2900e6, unit="m2", kind="amount",
   metric="恢复水面",
   metric_alts=["恢复水面面积", "退田还湖恢复水面", "恢复水面积", "长江流域恢复水面",
                "退田还湖面积", "恢复的水面面积"],
   **FLOOD,
   note="the lake and river surface restored by 平垸行洪、退田还湖 (平方公里 → ×1e6 m2 = 2.9e9 "
        "m2); done → actual; " + YZ_NOTE + "; " + FLOOD_NOTE)
STORE = ["蓄洪容积", "增加蓄洪容积", "蓄洪容积增加", "蓄洪能力增量", "新增蓄洪容积",
         "长江流域蓄洪容积增量", "蓄洪容积增加量"]
yz("增加蓄洪容积130亿立方米", "130亿立方米", value=130e8, unit="m3", kind="amount",
   metric="蓄洪容积增量", metric_alts=STORE, **FLOOD,
   note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); 亿立方米 → "
        "1.3e10 m3; " + YZ_NOTE + "; " + FLOOD_NOTE)
LAKE_NOTE = ("分别: 鄱阳湖 ↔ 880平方公里, 洞庭湖 ↔ 600平方公里, each value with its own unit; "
             "其中: part of the 2900平方公里 restored; 达到 → eq; judgement call: the lake owns its "
             "restored area (as the lake's indicators of wr_jiangxi_2025_b), 中国 and the basin "
             "as alts; the period of the whole (" + FLOOD_NOTE + "), the stock instants (REF, "
             "2002-12-31) as further alts")
RETURN = ["还湖面积", "退田还湖面积", "恢复水面", "恢复水面面积", "湖面恢复面积", "退田还湖恢复面积"]
g.fact("分别达到880平方公里", "880平方公里", value=880e6, unit="m2", kind="amount",
       metric="还湖面积", metric_alts=["鄱阳湖还湖面积"] + RETURN[1:],
       subject="鄱阳湖", subject_alts=["鄱阳湖区"] + [PLACE] + YZ, **FLOOD_PART, note=LAKE_NOTE)
g.fact("880平方公里和600平方公里", "600平方公里", value=600e6, unit="m2", kind="amount",
       metric="还湖面积", metric_alts=["洞庭湖还湖面积"] + RETURN[1:],
       subject="洞庭湖", subject_alts=["洞庭湖区"] + [PLACE] + YZ, **FLOOD_PART, note=LAKE_NOTE)
g.neg("实现了千百年来", "千百年", "idiom 千百年来 'for centuries', not a quantity nor a dated "
      "period")

# ==== line 2 (source 76): 二是加强资源保护和合理利用 ================================================
g.neg("二是加强资源保护", "二是", MARKER_NOTE)
g.neg("从1999年起，对重点江河", "1999年起", PERIOD_NOTE + " (从1999年起 'from 1999 on', the start "
      "of the unified water dispatch); no figure follows")

# ==== line 3 (source 77): 三是强化环境污染防治 (no figure) ==========================================
g.neg("三是强化环境污染防治", "三是", MARKER_NOTE)

# ==== line 4 (source 78): 四是加强计划生育工作 (no figure) ==========================================
g.neg("四是加强计划生育工作", "四是", MARKER_NOTE)

# ==== line 5 (source 79): heading （八） ==========================================================
g.neg("（八）坚持全力维护", "（八）", MARKER_NOTE)

# ==== line 6 (source 80): lesson （八）, measures 一是…六是 (no figures) ==============================
g.neg("稳定压倒一切", "一切", "pronoun 一切 'all' (slogan 稳定压倒一切), not a quantity")
g.neg("十分注意处理好", "十分", "adverb 十分 'very', not a quantity (as wr_china_2018_d)")
g.neg("一是坚持把改革", "一是", MARKER_NOTE)
g.neg("二是始终关心", "二是", MARKER_NOTE)
g.neg("三是正确处理", "三是", MARKER_NOTE)
g.neg("四是加强社会治安", "四是", MARKER_NOTE)
g.neg("五是切实维护", "五是", MARKER_NOTE)
g.neg("六是逐步完善", "六是", MARKER_NOTE)

# ==== line 7 (source 81): heading （九） ==========================================================
g.neg("（九）坚持转变政府职能", "（九）", MARKER_NOTE)

# ==== line 8 (source 82): government restructuring ================================================
g.neg("首先对政府机构", "首", "adverb 首先 'first of all', not a rank (as wr_china_2003_c)")
g.neg("1998年，国务院组成部门", "1998年", PERIOD_NOTE + " (the 1998 restructuring; governs the "
      "clauses after it until 2001年)")
MIN = ["组成部门", "国务院组成部门数量", "国务院部门", "国务院组成部门数", "国务院部委"]
gov("由40个减少到29个", "40个", value=40, unit="count", kind="count", classifier="个",
    metric="国务院组成部门", metric_alts=MIN,
    period=P("1998年", "1997-12-31", "1997-12-31"),
    period_alts=[P("1998年", "1998-01-01", "1998-01-01"), Y98, null("1998年")],
    note="start of a from/to pair with no year inside it (由…减少到…): the number of ministries "
         "before the 1998 restructuring → the instant 1997-12-31 (as wr_china_1999 从40个减少到"
         "29个); alts the start of 1998, the sentence's 1998年 (mechanical), null; " + GOV_NOTE)
gov("减少到29个", "29个", value=29, unit="count", kind="count", classifier="个",
    metric="国务院组成部门", metric_alts=MIN,
    period=P("1998年", "1998-12-31", "1998-12-31"), period_alts=[Y98, null("1998年")],
    note="end of the pair: the number of ministries after the restructuring, a level held at "
         "the end of 1998 (stock rule) → instant 1998-12-31; the year and null as alts (as "
         "wr_china_1999); " + GOV_NOTE)
CUT_NOTE = ("精简/减少 + fraction → a relative cut of a number (kind growth, negative), no "
            "basis written → comparison yoy by default (the level before the reform; as "
            "精简1／4 / 减少一半 in wr_china_1999); " + R98_NOTE + "; " + GOV_NOTE)
gov("内设机构精简四分之一", "四分之一", value=-25, unit="%", kind="growth",
    metric="国务院部门内设机构",
    metric_alts=["内设机构", "国务院组成部门内设机构", "部门内设机构", "国务院部门内设机构数量",
                 "内设机构数量", "国务院内设机构"],
    comparison="yoy", **R98,
    note="四分之一 → 25 %, 精简 → −25; head 国务院部门 restored (as wr_china_1999); " + CUT_NOTE
         + ". Known false alarm: the shared check_gold.py reads 四分之一 as 4")
STAFF = ["人员编制总数", "国务院机关人员总数", "国务院部门人员总数", "国务院人员总数",
         "机关人员总数", "人员编制", "国务院机关人员编制总数"]
gov("人员总数减少一半", "一半", value=-50, unit="%", kind="growth", metric="人员总数",
    metric_alts=STAFF, comparison="yoy", **R98,
    note="一半 → 50 %, 减少 → −50; the staff of the State Council's departments; " + CUT_NOTE
         + ". Known false alarm: the shared check_gold.py reads 一半 as 1")
g.neg("2001年，又撤销了", "2001年", PERIOD_NOTE + " (2001; governs the bureaus abolished)")
BUR = ["国家行业主管局", "撤销国家行业主管局", "撤销的国家行业主管局数量", "国家行业主管局数量",
       "撤销国家局", "撤销的国家局"]
gov("又撤销了9个国家行业主管局", "9个", value=9, unit="count", kind="count", classifier="个",
    metric="撤销的国家行业主管局", metric_alts=BUR, period=Y01, period_alts=[null("2001年")],
    note="the state bureaus for industries abolished in 2001 (the predicate 撤销 defines the "
         "counted set; a count of acts, positive); 2001年 at the head of the sentence "
         "governs, null as alt; " + GOV_NOTE)
POSTS = ["精减行政编制", "全国精减行政编制", "行政编制精减", "精简行政编制", "行政编制",
         "精减行政编制人数", "行政编制增量", "精减的行政编制"]
fact("全国精减行政编制共计115万人", "115万人", value=115e4, unit="count", kind="count",
     classifier="人", metric="精减行政编制", metric_alts=POSTS,
     subject_alts=CN + GOV + ["地方各级政府"],
     period=TERM,
     period_alts=[P("这几年", None, REF), P("2001年", "2001-01-01", "2001-12-31"),
                  null("这几年")],
     note="共计 'in all' → eq, the national total of administrative posts cut by the central "
          "(1998) and local restructurings; judgement call on the period: the sum over the "
          "restructuring years → the term 1998-2002 (text 这几年 of the paragraph), alts the "
          "这几年 reading null..REF (as wr_china_2003_c), the literal inheritance of 2001年 "
          "(SPEC §4 mechanical) and null; 全国 → 中国; a cut of posts (a count of the posts "
          "cut, positive as written; a negative 行政编制增量 is the SPEC §2 alternative reading)")

# ==== line 9 (source 83): 行政审批制度改革 ==========================================================
g.neg("该管的事一定要管好", "一定", "adverb 一定 'must, by all means', not a quantity")
APPROVE = ["行政审批事项", "取消行政审批事项", "取消的行政审批事项数量", "已取消行政审批事项",
           "国务院取消行政审批事项", "取消审批项目", "行政审批项目"]
gov("国务院已取消1195个行政审批事项", "1195个", value=1195, unit="count", kind="count",
    classifier="个", metric="取消的行政审批事项", metric_alts=APPROVE,
    period=P("这几年", REF, REF),
    period_alts=[P("这几年", "2002-12-31", "2002-12-31"), TERM, P("这几年", "1998-01-01", REF),
                 null("这几年")],
    note="已取消 'has already cancelled': the total cancelled up to the report (a cumulative "
         "count as of now) → instant REF (as 已开工的57个项目 in wr_china_2015_c) — judgement "
         "call; no period before it in its line: the end of the term (stock rule on the "
         "section frame 1998-2002), the term, 1998..REF and null as alts; " + GOV_NOTE)
g.neg("也取消了一批行政审批", "一批", BATCH_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 一 of the report (一、过去五年政府工作的回顾), in the lessons of the outgoing "
    "government's term 1998-2002 (五年来，我们的主要工作体会有以下几个方面。, source line 36, "
    "outside the excerpt): the four measures 一是…四是 of lesson （七） on sustainable "
    "development (heading and opening outside the excerpt; after the 1998 flood: 恢复水面"
    "2900平方公里, 蓄洪容积 +130亿立方米, 鄱阳湖 880 / 洞庭湖 600平方公里 还湖面积; resources from "
    "1999; pollution; family planning), lesson （八） on social stability (heading and 一是…六是, "
    "no figures), and the heading and first two paragraphs of lesson （九） on government "
    "reform (1998: 国务院组成部门 40个 → 29个, 内设机构 −四分之一, 人员总数 −一半; 2001: 9个 bureaus "
    "abolished; 115万人 posts cut; 1195个 approval items cancelled). wr_china_2003 holds lines "
    "3-11, _b 18-31, _c 58-68, _d 41-53 (no overlap). The source has no title line; the title "
    "is the corpus meta title (title_in_text=False). Date: 2003-03-05, the corpus meta date: "
    "the opening day of the 1st session of the 10th NPC, on which Premier Zhu Rongji "
    "delivered the report (no dateline in the Wikisource text); nothing in the excerpt "
    "contradicts it. Place: national report → 中国 (alts 我国/全国/中华人民共和国); the State "
    "Council's structure and acts add 国务院/中央政府/国家; the Yangtze-basin figures add 长江"
    "流域 (as wr_china_1999); the lakes own their restored areas (鄱阳湖, 洞庭湖; 中国 as alt). "
    "Periods: 1998年发生特大洪水后 → since 1998 up to the report (1998-01-01..REF, as 1998年以来 in "
    "wr_china_2003_c; the term, the literal 1998 and null as alts; the lake parts add the "
    "stock instants); 1998年 → the restructuring year for 四分之一 / 一半, the undated pair "
    "40个 → 29个 → instants 1997-12-31 / 1998-12-31 (as wr_china_1999); 2001年 → the 9 bureaus; "
    "115万人 → the term 1998-2002 (text 这几年; alts null..REF, 2001, null); 已取消1195个 → the "
    "instant REF (alts 2002-12-31, the term, 1998..REF, null). Modality: actual throughout (a "
    "review). Comparisons: yoy for the relative cuts (basis: the level before the reform). "
    "Units: 平方公里 ×1e6 m2; 亿立方米 ×1e8 m3; 万人 → count 人; 个 classifier; 四分之一 → 25 %, "
    "一半 → 50 % (negative cuts). Judgement calls: the period of the line after 1998年发生特大洪水"
    "后 (since 1998, not the year 1998); 增加蓄洪容积 → <level>增量; the lakes as subjects of 还湖"
    "面积; 115万人 over the term (not 2001); 已取消 → the reference date; 撤销了9个 and 精减…115万人 "
    "as positive counts of what was cut; 千百年来 → idiom negative. Known false alarms of the "
    "shared check_gold.py: 四分之一 read as 4 and 一半 read as 1 (as wr_china_1999). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一 (×2: 统一调度, 统一起来), 一些 (一些地方), 进一步 (×2), 个体 "
    "(个体承包). No numerals: 这几年, 每项, 多年.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
