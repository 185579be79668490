"""Gold annotations for nw_cctv_20201205_hainan_ftp_2020 (held-out: corpora/heldout/).

央视网消息（新闻联播）, 2020-12-05: 开放脚步加快 海南自贸港建设提速.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20201205_hainan_ftp_2020.txt (a short news item, far below the
usual excerpt length, so all of it is taken), copied by code from the source bytes, never
retyped.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20201205_hainan_ftp_2020.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20201205_hainan_ftp_2020"
PLACE = "海南省"
REF = "2020-12-05"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "开放脚步加快 海南自贸港建设提速"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("comparison basis (a period used as the basis of a comparison: `comparison`, "
              "not a period of the fact, SPEC §4), not a fact")

# Periods (reference date 2020-12-05).
# 《海南自由贸易港建设总体方案》发布半年来 = since the plan's release (2020-06-01) up to the
# reference date; the same 半年来 recurs in lines 4 and 5 (line 5 also says 自今年6月起).
# Alts: open start, the data months June-November, six months before the reference date,
# null.
HALF = P("半年来", "2020-06-01", REF)
HALF_ALTS = [P("半年来", None, REF), P("半年来", "2020-06-01", "2020-11-30"),
             P("半年来", "2020-06-05", REF), P("半年来", None, None)]
HALF_D = dict(period=HALF, period_alts=HALF_ALTS)
# 目前 → an instant at the reference date.
NOW = dict(period=P("目前", REF, REF), period_alts=[P("目前", None, REF), P("目前", None, None)])
# 前不久 ('not long ago', when the single window went live): no resolvable bounds → text
# only; the window's attributes read as its state now (instant) or null..ref as alts.
RECENT = dict(period=P("前不久", None, None),
              period_alts=[P("前不久", REF, REF), P("前不久", None, REF)])
# 前三季度 = 2020 Q1-Q3, cumulative.
Q3 = dict(period=P("前三季度", "2020-01-01", "2020-09-30"))

HN = dict(subject="海南省", subject_alts=["海南"])
SW_ALTS = ["海南国际投资单一窗口", "海南国际投资“单一窗口”", "“单一窗口”", "单一窗口",
           "国际投资单一窗口", "海南省", "海南"]
SW = dict(subject="海南国际投资“单一窗口”", subject_alts=SW_ALTS)

# ---- line 1: title (no numerals) --------------------------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.neg("方案》发布半年来", "半年来", PERIOD_NOTE + " (since the plan's release on 2020-06-01; "
      "no fact in this line)")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("海南国际投资“单一窗口”正式", "单一", "system name “单一窗口” (single window), not a count")
g.neg("。“单一窗口”将", "单一", "system name “单一窗口” (single window), not a count")
g.fact("将13个部门", "13个", value=13, unit="count", kind="count", classifier="个",
       metric="部门",
       metric_alts=["整合部门", "部门数量", "整合的部门", "政务系统所属部门", "13个部门"],
       **SW, **RECENT,
       note="the window integrates the systems of 13 departments: a count owned by the "
            "window (subject; the province as alt); 前不久 is vague → period text only "
            "(the window's current state and null..ref as alts)")
g.fact("部门的20个政务系统", "20个", value=20, unit="count", kind="count", classifier="个",
       metric="政务系统",
       metric_alts=["整合政务系统", "政务系统数量", "整合的政务系统", "整合到“一张网”上的政务系统"],
       **SW, **RECENT)
g.neg("整合到“一张网”上", "一张网", "slogan/metaphor “一张网” (one network), not a count")
g.neg("提交表单材料", "表单", "lexicalized 表单 (form), not a quantity")
g.fact("缩减企业提交表单材料55%", "55%", value=-55, unit="%", kind="growth",
       metric="企业提交表单材料",
       metric_alts=["表单材料", "提交表单材料", "企业提交表单材料缩减", "表单材料缩减",
                    "企业提交的表单材料"],
       **SW, **RECENT, comparison="比单一窗口上线前",
       note="缩减 X% = a relative reduction of a level → growth, negative value; the basis "
            "is the situation before the window (not yoy; unstated, so the comparison names "
            "it: 比单一窗口上线前)")
g.fact("环节近70%", "70%", value=-70, unit="%", kind="growth", bound="approx",
       metric="审批时限和环节",
       metric_alts=["审批时限", "审批环节", "审批时限和审批环节", "缩减审批时限和环节"],
       **SW, **RECENT, comparison="比单一窗口上线前",
       note="缩减…近70% → growth −70, 近 → approx (outside the span)")
g.fact("最快2个工作日", "2个工作日", value=2, unit="day", kind="amount",
       metric="企业办理全流程业务最快办结时间",
       metric_alts=["全流程业务办结时间", "最快办结时间", "办结时间", "企业办理全流程业务",
                    "企业办理全流程业务办结时间", "全流程业务办理时间", "办理时限",
                    "企业办理全流程业务最快办结时限"],
       **SW, **RECENT,
       note="a duration: 工作日 → day (SPEC §3 天/日), 2 working days; 最快 names the minimum, "
            "stated exactly → eq, in the metric (as 最高…达 in README §6)")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("半年来，海南新增市场主体", "半年来", PERIOD_NOTE + " (2020-06-01..reference date)")
g.fact("新增市场主体18.09万户", "18.09万户", value=180900, unit="count", kind="count",
       classifier="户", metric="新增市场主体",
       metric_alts=["市场主体", "市场主体增量", "市场主体数量增量", "新增市场主体数量",
                    "新增市场主体户数"],
       **HN, **HALF_D,
       note="the new entities of the half-year (a flow); 户 classifier; period 半年来 = since "
            "the plan's release (2020-06-01) to the reference date")
g.fact("比去年同期增长24.04%", "24.04%", value=24.04, unit="%", kind="growth",
       metric="新增市场主体", metric_alts=["市场主体", "新增市场主体数量"],
       comparison="yoy", **HN, **HALF_D, note="比去年同期 → yoy")
g.fact("新增外资企业671户", "671户", value=671, unit="count", kind="count", classifier="户",
       metric="新增外资企业",
       metric_alts=["外资企业", "外资企业增量", "外资企业数量增量", "新增外资企业数量",
                    "新增外资企业户数"],
       **HN, **HALF_D, note="半年来 still governs (same line)")
g.fact("同比增长了229.80%", "229.80%", value=229.8, unit="%", kind="growth",
       metric="新增外资企业", metric_alts=["外资企业", "新增外资企业数量"],
       comparison="yoy", **HN, **HALF_D)
g.neg("是今年前五个月的", "今年前五个月", BASIS_NOTE + " (Jan-May 2020)")
g.fact("前五个月的6.99倍", "6.99倍", value=6.99, unit="times", kind="ratio",
       metric="新增外资企业", metric_alts=["外资企业", "新增外资企业数量"],
       **HN, **HALF_D,
       note="N倍 of another period's figure → ratio, times (comparison null on a ratio; "
            "the basis is 今年前五个月); the fact keeps the governing 半年来")
g.fact("市场主体已超115万户", "115万户", value=1150000, unit="count", kind="count",
       bound="gt", classifier="户", metric="市场主体",
       metric_alts=["市场主体数量", "市场主体总数", "市场主体总量"], **HN, **NOW,
       note="超 → gt (outside the span); a stock under 目前 → instant at the reference date")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("自今年6月起", "今年6月", PERIOD_NOTE + " (自今年6月起: from June 2020)")
g.neg("按照双月项目", "双月", "label 双月 (even-numbered months), not a quantity")
g.neg("、单月项目", "单月", "label 单月 (odd-numbered months), not a quantity")
g.neg("半年来，共开展", "半年来", PERIOD_NOTE + " (2020-06-01..reference date)")
g.fact("招商系列活动68场", "68场", value=68, unit="count", kind="count", classifier="场",
       metric="招商系列活动",
       metric_alts=["招商活动", "开展招商系列活动", "招商系列活动场次", "招商系列活动数量"],
       **HN, **HALF_D)
g.fact("达成200多项", "200多项", value=200, unit="count", kind="count", bound="gt",
       classifier="项", metric="具体合作",
       metric_alts=["合作", "达成具体合作", "具体合作项目", "合作项目", "具体合作数量"],
       **HN, **HALF_D, note="多 inside the span → gt")
g.fact("三次集中开工", "三次", value=3, unit="count", kind="count", classifier="次",
       metric="集中开工",
       metric_alts=["集中开工次数", "集中开工活动", "项目集中开工", "集中开工批次"],
       **HN, **HALF_D,
       note="the number of rounds of concentrated groundbreaking (a count of events, as "
            "四届 in README §2)")
g.fact("开工272个项目", "272个", value=272, unit="count", kind="count", classifier="个",
       metric="集中开工项目",
       metric_alts=["项目", "开工项目", "集中开工的项目", "集中开工项目数量", "开工项目数量"],
       **HN, **HALF_D)
g.fact("总投资684亿元", "684亿元", value=684e8, unit="CNY", kind="amount",
       metric="总投资",
       metric_alts=["集中开工项目总投资", "项目总投资", "投资", "开工项目总投资", "总投资额"],
       **HN, **HALF_D, note="the total investment of the 272 projects started")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("前三季度，海南", "前三季度", PERIOD_NOTE + " (2020-01-01..2020-09-30)")
g.fact("增加值1111.57亿元", "1111.57亿元", value=1111.57e8, unit="CNY", kind="amount",
       metric="现代服务业增加值", metric_alts=["现代服务业"],
       subject="海南省", subject_alts=["海南", "海南现代服务业", "现代服务业"], **Q3)
g.fact("增速5.6%", "5.6%", value=5.6, unit="%", kind="growth",
       metric="现代服务业增加值", metric_alts=["现代服务业", "现代服务业增加值增速"],
       subject="海南省", subject_alts=["海南", "海南现代服务业", "现代服务业"],
       comparison="yoy", **Q3, note="增速 with no basis → yoy (growth vs the same period)")
g.neg("十二个重点产业", "十二个", "set label (Hainan's 十二个重点产业, cf. 八大重点行业), part "
      "of the metric, not a count claim")
KEY = "十二个重点产业增加值"
KEY_ALTS = ["重点产业增加值", "12个重点产业增加值", "十二个重点产业增加值合计",
            "重点产业增加值合计", "十二个重点产业"]
KEY_SUBJ = dict(subject="海南省", subject_alts=["海南", "十二个重点产业", "海南十二个重点产业"])
g.fact("合计为2440.28亿元", "2440.28亿元", value=2440.28e8, unit="CNY", kind="amount",
       metric=KEY, metric_alts=KEY_ALTS, **KEY_SUBJ, **Q3,
       note="sector aggregate: province as subject, sector as alt (README §4)")
g.fact("增长1.6%", "1.6%", value=1.6, unit="%", kind="growth",
       metric=KEY, metric_alts=KEY_ALTS, **KEY_SUBJ, comparison="yoy", **Q3)
g.neg("比上半年增加", "上半年", BASIS_NOTE + " (H1 2020)")
g.fact("比上半年增加1581.01亿元", "1581.01亿元", value=1581.01e8, unit="CNY", kind="amount",
       metric=KEY + "增量",
       metric_alts=["重点产业增加值增量", "十二个重点产业增加值", "重点产业增加值",
                    "十二个重点产业增加值增加", "重点产业增加值增加额"],
       **KEY_SUBJ, **Q3,
       note="absolute change of a level (SPEC §2): amount, metric …增量 (comparison null "
            "on an amount), basis 上半年 "
            "(the cumulative Q1-Q3 value against the cumulative H1 value)")
g.fact("增速提高3.4个百分点", "3.4个百分点", value=3.4, unit="pp", kind="change",
       metric=KEY + "增速",
       metric_alts=["重点产业增加值增速", KEY, "重点产业增加值", "增速"],
       **KEY_SUBJ, comparison="比上半年", **Q3,
       note="pp difference of growth rates (Q1-Q3 vs H1) → change, metric …增速")

NOTES = (
    "Excerpt: the whole of shared/texts/news/nw_cctv_20201205_hainan_ftp_2020.txt, lines 1-6 "
    "(482 characters, a byte copy made by code): a short 新闻联播 item, so all of it is "
    "taken. Date: 2020-12-05, the broadcast date given by the source meta (xwlb file name, "
    "pubtime 2020-12-05 19:13) and INDEX.tsv; the text agrees: 《海南自由贸易港建设总体方案》"
    "(released 2020-06-01) 发布半年来 puts it at the start of December 2020, and 前三季度 "
    "(2020 Q1-Q3) is the latest statistical period. 今年 = 2020. Place: 海南省 (海南 in the "
    "text → subject 海南省, alt 海南). Periods: 半年来 (lines 2, 4, 5) = 2020-06-01 (the "
    "plan's release; line 5 also says 自今年6月起) .. reference date; alts open start, "
    "June-November 2020 (data months), 2020-06-05 (six months before), null; 目前 → instant "
    "2020-12-05; 前不久 (line 3, the single window's launch) is vague → text only, with the "
    "instant at the reference date and null..ref as alts; 前三季度 → 2020-01-01..2020-09-30. "
    "今年前五个月 and 上半年 are comparison bases (comparison field), not periods of facts. "
    "Subjects: the single window owns its own figures (13个部门, 20个政务系统, −55%, −70%, "
    "2个工作日), province as alt. Negatives: 半年来 ×3, 今年6月, 前三季度 (periods), "
    "今年前五个月, 上半年 (bases), 单一 ×2 (“单一窗口” name), 一张网 (slogan), 双月/单月 "
    "(labels), 十二个 (set label of the key industries), 表单 (lexicalized, listed to silence the uncovered-numeral warning).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
