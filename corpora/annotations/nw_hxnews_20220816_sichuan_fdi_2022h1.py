"""Gold annotations for nw_hxnews_20220816_sichuan_fdi_2022h1.

红星新闻 (叶燕 宋嘉问), reposted by 新浪财经, 2022-08-16: 1-6月，四川外商直接投资（FDI）到资20.27亿美元.
The excerpt is the whole source, lines 1-10 of
shared/texts/news/nw_hxnews_20220816_sichuan_fdi_2022h1.txt (1,114 characters: the article is
shorter than 2,500 characters, so all of it is taken), copied by code from the source bytes,
never retyped.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_hxnews_20220816_sichuan_fdi_2022h1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_hxnews_20220816_sichuan_fdi_2022h1"
PLACE = "四川省"
REF = "2022-08-16"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 10                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "1-6月，四川外商直接投资（FDI）到资20.27亿美元"

g = excerpt_gold(SRC, FIRST, LAST, CORPORA, DOC_ID, place=PLACE, whole=True,
                 starts="8月15日，红星新闻记者", ends="红星新闻记者 叶燕 宋嘉问")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
LABEL_NOTE = "policy / campaign label, not a quantity"

# ---- periods (reference date 2022-08-16; 今年1-6月 = 2022 H1, 同比 = vs 2021 H1) -------------
H1 = P("今年1-6月", "2022-01-01", "2022-06-30")
# the document's period (title and lead: 1-6月 = 2022 H1) for numbers whose paragraph states
# no period before them; the null reading in period_alts (SPEC §4, README §5)
DOC = dict(period=P("1-6月", "2022-01-01", "2022-06-30"),
           period_alts=[P("1-6月", None, None)])
DOC_NOTE = ("no period expression before it in its paragraph → the document's period (title "
            "and lead: 今年1-6月 = 2022 H1); the null reading in period_alts")

SC = dict(subject="四川省", subject_alts=["四川", "全省", "在川"])
FDI = "外商直接投资（FDI）到资"
FDI_ALTS = ["外商直接投资(FDI)到资", "外商直接投资到资", "FDI到资", "外商直接投资", "FDI",
            "外商直接投资（FDI）", "到资", "到资额", "外商直接投资到资额"]
TOP5 = dict(subject="成都市、资阳市、内江市、德阳市、眉山市",
            subject_alts=["成都、资阳、内江、德阳、眉山", "成都、资阳、内江、德阳、眉山等市",
                          "成都市", "成都", "资阳市", "资阳", "内江市", "内江", "德阳市", "德阳",
                          "眉山市", "眉山"])
TOP5_ALTS = ["FDI到资额", "外商直接投资到资额", "到资", "FDI到资", "外商直接投资（FDI）到资",
             "到资额排名"]

# ---- line 1 (lead) --------------------------------------------------------------------------
g.neg("8月15日，红星新闻", "8月15日", "date on its own (the day the bureau gave the figures)")
g.neg("据商务部统计，今年1-6月", "今年1-6月", PERIOD_NOTE)
g.fact("到资20.27亿美元", "20.27亿美元", value=2.027e9, unit="USD", kind="amount",
       metric=FDI, metric_alts=FDI_ALTS, **SC, period=H1,
       note="foreign currency kept (ISO code USD, SPEC §3); 亿 → ×1e8")
g.fact("同比增长31.84%", "31.84%", value=31.84, unit="%", kind="growth", metric=FDI,
       metric_alts=FDI_ALTS, **SC, period=H1, comparison="yoy")
g.fact("高于全国平均水平10.04个百分点", "10.04个百分点", value=10.04, unit="pp", kind="change",
       metric="外商直接投资（FDI）到资增速",
       metric_alts=["外商直接投资(FDI)到资增速", "外商直接投资到资增速", "FDI到资增速", "增速",
                    "外商直接投资增速", "外商直接投资（FDI）到资", "FDI到资", "外商直接投资到资"],
       **SC, period=H1, comparison="比全国",
       note="pp difference of growth rates against the national average (高于全国平均水平 → the "
            "basis 比全国, as in nw_cctv_20240828_anhui_trade_2024 / wr_sichuan_2025); metric "
            "X增速 (README §3)")
g.fact("眉山等市到资额位居前五。", "前五", value=5, unit="rank", kind="rank", bound="le",
       scope="全省", metric="到资额", metric_alts=TOP5_ALTS, **TOP5, period=H1,
       note="one rank mention shared by the five named cities → one fact whose subject lists "
            "them (as 前五位 in nw_chinanews_20211101); 前五 → le 5; scope 全省 implied (cities "
            "of 四川); the lead's 今年1-6月 governs")

# ---- line 2 -----------------------------------------------------------------------------
g.neg("呈现四大特征", "四大", "set label 四大特征 (the four features listed below), not a "
      "quantity claim")

# ---- line 3 -----------------------------------------------------------------------------
IND_NOTE = "分别 list: one growth per industry, in order; " + DOC_NOTE
for ctx, tgt, industry, alts in [
        ("分别同比增长56.23%", "56.23%", "信息传输/软件和信息技术服务业",
         ["信息传输、软件和信息技术服务业", "信息传输软件和信息技术服务业"]),
        ("、335.42%", "335.42%", "制造业", []),
        ("、180.98%", "180.98%", "批发和零售业", [])]:
    names = [industry] + alts
    g.fact(ctx, tgt, value=float(tgt[:-1]), unit="%", kind="growth",
           metric=f"{industry}FDI到资",
           metric_alts=[f"{n}FDI到资" for n in alts] + names
           + [f"{n}外商直接投资到资" for n in names] + [f"{n}FDI" for n in names],
           **SC, **DOC, comparison="yoy", note=IND_NOTE)
g.fact("高技术产业FDI到资同比增长111.31%", "111.31%", value=111.31, unit="%", kind="growth",
       metric="高技术产业FDI到资",
       metric_alts=["高技术产业", "高技术产业外商直接投资到资", "高技术产业FDI"],
       **SC, **DOC, comparison="yoy", note=DOC_NOTE)

# ---- line 4 -----------------------------------------------------------------------------
SRC_NOTE = ("分别 list: FDI into 四川 by source economy (来自欧盟、RCEP等经济体在川), one growth "
            "per source in order; the recipient 四川省 is the subject, the source economy goes "
            "into the metric (alt subject); " + DOC_NOTE)
for ctx, tgt, econ in [("分别同比增长92.21%", "92.21%", "欧盟"), ("、189.17%", "189.17%", "RCEP")]:
    g.fact(ctx, tgt, value=float(tgt[:-1]), unit="%", kind="growth",
           metric=f"来自{econ}FDI到资",
           metric_alts=[f"{econ}FDI到资", f"{econ}在川FDI到资", f"来自{econ}的FDI到资",
                        f"{econ}经济体在川FDI到资", f"来自{econ}在川FDI到资", "FDI到资", econ],
           subject="四川省", subject_alts=["四川", "在川", econ], **DOC, comparison="yoy",
           note=SRC_NOTE)

# ---- line 5 -----------------------------------------------------------------------------
g.fact("霁达康养医院等58个", "58个", value=58, unit="count", kind="count", classifier="个",
       metric="投资总额1000万美元以上新设外资项目",
       metric_alts=["新设外资项目", "新落地投资总额1000万美元以上新设外资项目", "新落地外资项目",
                    "1000万美元以上新设外资项目", "投资总额1000万美元以上的新设外资项目",
                    "新设外资项目数量", "新落地新设外资项目", "外资项目"],
       **SC, **DOC,
       note="全省新落地 → 四川省; threshold 投资总额1000万美元以上 is part of the metric "
            "(SPEC §2); " + DOC_NOTE)
g.neg("投资总额1000万美元以上", "1000万美元", "threshold defining the counted projects "
      "(投资总额…以上, SPEC §2), part of the metric of 58个")
g.fact("嘉里粮油等102个", "102个", value=102, unit="count", kind="count", classifier="个",
       metric="已在川投资项目",
       metric_alts=["增资扩产的已在川投资项目", "增资扩产项目", "推动增资扩产的已在川投资项目",
                    "已在川投资项目增资扩产", "增资扩产外资项目", "已在川投资项目数量"],
       **SC, **DOC, note="projects already in 四川 that expanded (增资扩产); " + DOC_NOTE)

# ---- line 6 -----------------------------------------------------------------------------
g.fact("眉山等市到资额位居前五，", "前五", value=5, unit="rank", kind="rank", bound="le",
       scope="全省", metric="到资额", metric_alts=TOP5_ALTS, **TOP5, **DOC,
       note="the lead's rank restated: its own mention, its own fact; " + DOC_NOTE)
g.fact("阿坝等9市（州）", "9市（州）", value=9, unit="count", kind="count", classifier="市（州）",
       metric="FDI到资实现增长的市（州）",
       metric_alts=["FDI到资实现增长且增幅高于全省的市（州）", "FDI到资实现增长的市(州)",
                    "FDI到资实现增长且增幅高于全省的市(州)", "市（州）", "市(州)",
                    "FDI到资增长的市（州）", "FDI到资实现增长市（州）", "市（州）数量"],
       **SC, **DOC,
       note="the nine named cities/prefectures; the predicate (FDI到资实现增长，且增幅高于全省) "
            "defines the counted set → metric; no measure word: the noun 市（州） is the "
            "classifier (as 五省份 in nw_chinanews_20211101); count of the province's "
            "cities → 四川省; " + DOC_NOTE)

# ---- line 7 -----------------------------------------------------------------------------
g.neg("打出一套“组合拳”", "一套", "indefinite 一套 'a set of (measures)', metaphor 组合拳")

# ---- line 8 -----------------------------------------------------------------------------
BUREAU = dict(subject="四川省经济合作局",
              subject_alts=["省经合局", "四川省经合局", "经合局", "四川省", "四川"])
SYSTEM = dict(subject="四川省",
              subject_alts=["四川", "全省经济合作系统", "四川省经济合作系统", "经济合作系统",
                            "四川省经济合作局", "省经合局"])
WORK_NOTE = ("work measure of the province's 经济合作系统 (line 7: 全省经济合作系统…打出一套"
             "“组合拳”, listed here); " + DOC_NOTE)
g.fact("省经合局梳理6个外资项目", "6个", value=6, unit="count", kind="count", classifier="个",
       metric="外资项目",
       metric_alts=["上报国家外贸外资协调机制的外资项目", "梳理外资项目", "上报外资项目",
                    "梳理外资项目上报国家外贸外资协调机制", "外资项目数量"],
       **BUREAU, **DOC,
       note="the bureau (省经合局) owns the number: the text says so (README §4); " + DOC_NOTE)
g.fact("全省156个制造业", "156个", value=156, unit="count", kind="count", classifier="个",
       metric="制造业、服务业龙头或者行业关键环节外资企业",
       metric_alts=["外资企业", "重点服务保障外资企业", "龙头或者行业关键环节外资企业",
                    "重点服务保障的制造业、服务业龙头或者行业关键环节外资企业",
                    "制造业、服务业龙头或者行业关键环节外资企业数量"],
       **SYSTEM, **DOC,
       note="全省156个…外资企业 → the province's firms (subject 四川省; the bureau that serves "
            "them is an alt); " + DOC_NOTE)
g.neg("“开放十条”政策，对", "开放十条", LABEL_NOTE + " (“开放十条”, a ten-article policy name)")
g.neg("对2021年度跨国公司", "2021年度", "year (period expression) qualifying the projects to "
      "be rewarded, not a fact")
g.neg("招商引资百日攻坚行动", "百日攻坚", LABEL_NOTE + " (campaign name 百日攻坚行动)")
g.neg("开展“二次招商”", "二次招商", LABEL_NOTE + " (“二次招商” 'second-round investment "
      "attraction')")
g.neg("等世界500强项目", "500强", "class label 世界500强 (Fortune Global 500) defining the "
      "projects named, not a count or rank of 四川")
g.neg("“两清单一台账”", "两清单一台账", LABEL_NOTE + " (“两清单一台账” work mechanism)")
g.fact("外资企业1470余家", "1470余家", value=1470, unit="count", kind="count", bound="gt",
       classifier="家", metric="实地走访调研外资企业",
       metric_alts=["外资企业", "走访调研外资企业", "走访外资企业", "实地走访调研外资企业数量",
                    "走访调研外资企业数量"],
       **SYSTEM, **DOC, note="余 → gt (kept inside the span); " + WORK_NOTE)
g.fact("政企座谈会120余场", "120余场", value=120, unit="count", kind="count", bound="gt",
       classifier="场", metric="政企座谈会",
       metric_alts=["召开政企座谈会", "政企座谈会场次", "座谈会"],
       **SYSTEM, **DOC, note="余 → gt; " + WORK_NOTE)
g.fact("企业问题诉求310余条", "310余条", value=310, unit="count", kind="count", bound="gt",
       classifier="条", metric="企业问题诉求",
       metric_alts=["协调、回应、解决企业问题诉求", "解决企业问题诉求", "问题诉求",
                    "企业问题诉求数量"],
       **SYSTEM, **DOC, note="余 → gt; " + WORK_NOTE)

# ---- line 9 -----------------------------------------------------------------------------
g.neg("“稳住经济增长30条”", "30条", "part of the policy name “稳住经济增长30条” (quoted, like "
      "“开放十条”), not a count claim")
g.neg("“开放十条”等惠企政策", "开放十条", LABEL_NOTE + " (“开放十条”)")
g.neg("办好“2022中外知名企业", "2022", "year inside the event name “2022中外知名企业四川行”, "
      "not a fact")
g.neg("招商引资“百日攻坚”行动", "百日攻坚", LABEL_NOTE + " (campaign name “百日攻坚”)")

# ---- place names with a numeral character (whole text) ----------------------------------------
PLACE_NOTE = "place name 四川 (四川省, 四川省经济合作局, 四川行…), not a quantity"


def unique_ctx(i, n):
    """The shortest stretch around text[i:i+n] that occurs once in the text."""
    for w in range(1, 40):
        ctx = text[max(0, i - w):i + n + w]
        if text.count(ctx) == 1:
            return ctx
    raise AssertionError(i)


i = text.find("四川")
while i >= 0:
    g.neg(unique_ctx(i, 2), "四川", PLACE_NOTE)
    i = text.find("四川", i + 2)
g.neg("下一步，全省", "下一步", "lexicalized 下一步 'next step', not a quantity")

# ---- line 10: byline (no numerals) ----------------------------------------------------------

g.write(
    date=REF,
    source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; 红星新闻, "
           "reposted by 新浪财经)",
    title=TITLE, title_in_text=False,
    notes=(
        f"Excerpt: the whole source (lines {FIRST}-{LAST}, {len(text):,} characters), copied by "
        "code. Date: 2022-08-16, the feed date of the 新浪财经 repost (source meta and "
        "INDEX.tsv); the text says the bureau gave the figures on 8月15日, which fits. 今年 = "
        "2022; 今年1-6月 = 2022-01-01..2022-06-30; 同比 = vs Jan–Jun 2021 (comparison yoy). "
        "Document period: the title and lead (1-6月 / 今年1-6月) → numbers whose paragraph "
        "states no period before them (lines 3-6, 8) take 2022 H1 with the null reading in "
        "period_alts (SPEC §4, as nw_sina_20220812_fujian_2022h1). Place: 四川省 (全省, 在川, "
        "四川 → 四川省). Subjects: the five top cities share one rank fact (subject lists them); "
        "FDI by source economy (欧盟, RCEP) keeps 四川省 as subject, the source in the metric; "
        "6个外资项目 belongs to 省经合局 (四川省经济合作局, named as the actor), the other work "
        "measures of line 8 to 四川省 with the 经济合作系统/经合局 as alts. Negatives: date "
        "8月15日, period 今年1-6月, the year 2021年度, set/policy/campaign labels (四大特征, 开放十条 "
        "×2, 稳住经济增长30条, 百日攻坚 ×2, 二次招商, 两清单一台账, 2022 in an event name), the "
        "threshold 1000万美元 (part of the metric of 58个), 世界500强, the article 一套, the "
        "place name 四川 (×8, as in nw_cctv_20231108_sichuan_2023) and 下一步. "
        "Title: the headline of the source meta; it is not in the text (the body starts with "
        "the lead), so title_in_text=False."),
)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
