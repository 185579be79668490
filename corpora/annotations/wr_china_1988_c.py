"""Gold annotations for wr_china_1988_c (1988年中华人民共和国国务院政府工作报告, the foreign-affairs
part), lines 129-141 of shared/texts/work_report/wr_china_1988.txt.

The excerpt corpora/wr_china_1988_c.txt is sliced by code from the source bytes (whole lines,
newline kept), never retyped; the line range is given by the brief (a run of whole lines that
need not start at a heading, as unseen test excerpts are cut).  It lies in part 关于外交工作
(heading: source line 127, outside the excerpt; its opening paragraph 在过去五年里，我们坚决执行
独立自主的和平外交政策… is source line 128, also outside): the balance of the five years of
diplomacy (五年来: visits, heads of state received, new diplomatic relations since 1983, the
countries with relations now), then the report's view of the international situation:
East-West relations and the INF treaty, disarmament (the troop cut of one million, the US and
Soviet share of the world's nuclear weapons), regional conflicts (Cambodia, Afghanistan, the
Gulf, the Middle East, southern Africa, Central America), the world economy and the
North-South problem, and the closing sentence on the Five Principles.  Lines 3-18 and 21-36
are annotated in wr_china_1988 / wr_china_1988_b (no overlap).

This report writes its numerals in full-width digits (４６个, １９８３年, ９７％); the spans keep
them as written (README §1).  Facts and negatives are written by hand from the text, sentence
by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1988_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null, new

DOC_ID = "wr_china_1988_c"
SOURCE_ID = "wr_china_1988"
PLACE = "中国"
REF = "1988-03-25"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 129, 141                  # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1988年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="五年来，我国主要领导人访问了", ends="同世界各国友好合作。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
ARTICLE_NOTE = "indefinite article {} (一 + classifier, README §2), not a count"
LABEL_NOTE = "name / label {}, not a quantity"
PAIR_NOTE = ("两国 'both countries' naming the two parties (美苏 = the US and the USSR), not a "
             "measured count (as wr_china_1997 两国)")
FW = "full-width digits kept in the span as written (README §1)"

CN = ["我国", "全国", "中华人民共和国"]
USSU = "美苏两国"
USSU_ALTS = ["美苏", "美国和苏联", "美国、苏联", "美苏两个超级大国", "它们"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1988-03-25; 去年 = 1987) -----------------------------------------
# The part 关于外交工作 opens (source line 128, outside) with 在过去五年里: the five years of the
# 6th NPC's term, read as the statistical years 1983-1987 as in wr_china_1988 (五年来 /
# 过去五年 → 1983-01-01..1987-12-31; SPEC §4 近三年 = full years before the reference year).
#   - 五年来 (explicit at the head of line 1) governs the visit counts after it → the span,
#     null as alt.
#   - 从１９８３年以来 → from 1983-01-01 to the reference date (the ten countries include
#     Uruguay, which established relations in February 1988, so the span must reach 1988);
#     the open end (1983-01-01..null) and the five years as alts.
#   - 现在 → the instant 1988-03-25 for the stocks after it (README §5 目前), null..REF as alt.
#   - The troop cut of line 4 (source 132) has no period before it in its line: the frame of
#     the part, the five years of 在过去五年里 (source line 128), null as alt (as the same cut,
#     军队裁员１００万, in wr_china_1988).
#   - The present-tense share 拥有世界核武器总量９７％以上 follows １９８６年春 in its line, but
#     that date governs only China's 1986 announcement: the share holds now, with no period
#     expression of its own → null (the mechanical １９８６年春 and the reference date as
#     alts).  The hypothetical 即使削减了５０％… 仍然占…９０％以上 → null (no time), the 现在 of
#     the preceding sentence as alt.
def five(txt):
    return P(txt, "1983-01-01", "1987-12-31")


NOW = P("现在", REF, REF)
STOCK_NOW = dict(period=NOW, period_alts=[P("现在", None, REF)])
FIVE = dict(period=five("五年来"), period_alts=[null("五年来")])

# ==== line 1 (source 129): the five years of diplomacy ===============================================
g.neg("五年来，我国主要领导人", "五年来", PERIOD_NOTE + " (1983-1987; governs the visit counts of "
      "the line)")
fact("访问了４６个国家", "４６个", value=46, unit="count", kind="count", classifier="个",
     metric="主要领导人访问的国家",
     metric_alts=["我国主要领导人访问的国家", "主要领导人出访国家", "访问国家", "出访国家",
                  "主要领导人访问国家", "访问的国家", "主要领导人访问的国家数量", "国家"],
     subject_alts=CN + ["我国主要领导人", "主要领导人"], **FIVE,
     note="countries visited by China's leaders over the five years (五年来 = 1983-1987; a flow "
          "count); " + FW)
g.neg("足迹遍及五大洲", "五大洲", "set name 五大洲 'the five continents' (= the whole world), a "
      "figure of speech like the set labels 八大 / 四大 (README §2), not a measured count "
      "(judgement call)")
fact("来自８９个国家", "８９个", value=89, unit="count", kind="count", classifier="个",
     metric="来访元首和政府首脑所属国家",
     metric_alts=["接待的元首和政府首脑来自的国家", "接待元首和政府首脑的国家", "来访元首和政府首脑",
                  "接待元首和政府首脑", "元首和政府首脑来访国家", "来访国家", "国家",
                  "接待来自的国家", "来访元首和政府首脑所属国家数量"],
     subject_alts=CN, **FIVE,
     note="the count is of the countries whose heads of state and government China received "
          "(来自８９个国家的元首和政府首脑), over the five years (五年来 governs the line)")
g.neg("从１９８３年以来", "１９８３年以来", PERIOD_NOTE + " (since 1983, up to the time of the report; "
      "governs the new diplomatic relations)")
SINCE83 = P("从１９８３年以来", "1983-01-01", REF)
fact("等１０个国家建立了外交关系", "１０个", value=10, unit="count", kind="count", classifier="个",
     metric="建立外交关系的国家",
     metric_alts=new("建交国家", "新建交国家", "新建立外交关系的国家", "同我国建立外交关系的国家",
                     "建立外交关系的国家数量", "建交国家", "建立外交关系的国家增量"),
     subject_alts=CN, period=SINCE83,
     period_alts=[P("从１９８３年以来", "1983-01-01", None), five("从１９８３年以来"),
                  null("从１９８３年以来")],
     note="the ten countries listed (安提瓜和巴布达 … 乌拉圭) with which China established relations "
          "since 1983: a count of things newly made (README §3: the noun, 增量 alts); 从１９８３年"
          "以来 runs to the time of the report (乌拉圭 established relations in February 1988), "
          "the open end, the five years and null as alts")
fact("已经达到１３５个", "１３５个", value=135, unit="count", kind="count", classifier="个",
     metric="同我国建交的国家",
     metric_alts=["建交国家", "同我国建交的国家数量", "同中国建交的国家", "与我国建交的国家",
                  "建交国家数量", "同我国建交国家"],
     subject_alts=CN, **STOCK_NOW,
     note="已经达到 → eq; the number of countries with diplomatic relations, a stock: 现在 → the "
          "instant of the reference date (README §5 目前), null..REF as alt")
fact("国家和地区１７８个", "１７８个", value=178, unit="count", kind="count", classifier="个",
     metric="有经济贸易关系的国家和地区",
     metric_alts=["有经济贸易关系的国家和地区数量", "经济贸易关系国家和地区", "经贸关系国家和地区",
                  "同我国有经济贸易关系的国家和地区", "有经贸关系的国家和地区", "国家和地区"],
     subject_alts=CN, **STOCK_NOW,
     note="a stock; 现在 (same sentence) governs → the instant of the reference date")

# ==== line 2 (source 130): the international situation, no figures ====================================

# ==== line 3 (source 131): East-West relations, the INF treaty =========================================
g.neg("出现了一定程度的缓和", "一定", "adjective 一定 'a certain (degree of)', not a quantity (as "
      "wr_china_1988_b 一定影响)")
g.neg("终于在去年１２月签署", "去年１２月", PERIOD_NOTE + " (December 1987, the signing of the INF "
      "treaty; no number follows it)")
g.neg("迈出的第一步", "第一步", "figure of speech 第一步 'the first step', not a rank or count (as "
      "迈出…一步 in other golds)")
g.neg("极小一部分", "一部分", "vague quantifier 一部分 'a part', not a quantity (as wr_china_1988)")
g.neg("它们两国核武器库", "两国", PAIR_NOTE)

# ==== line 4 (source 132): disarmament ===================================================================
ARMY = ["军队裁减", "军队裁减人数", "裁减军队", "军队裁员", "裁军", "军队人数", "军队员额",
        "军队员额增量", "裁减军队员额", "军队裁减员额"]
fact("把军队裁减了１００万人", "１００万人", value=-1e6, unit="count", kind="count", classifier="人",
     metric="军队人数增量", metric_alts=ARMY,
     subject_alts=CN + ["军队", "中国人民解放军", "人民解放军"],
     period=five("五年来"), period_alts=[null("五年来")],
     note="judgement call: 把军队裁减了１００万人 'reduced the army by one million' is an absolute "
          "change of a level (SPEC §2 减少0.14万人 / 调减77万亩 → negative, metric <level>增量; as "
          "压减焦化产能729万吨 → −7.29e6 in nw_cctv_20210314_shandong_2021), although "
          "wr_china_1988 counts the same cut, written as the noun 军队裁员１００万, as +1e6 "
          "(军队裁员); no period before it in its line → the frame of the part, the five years "
          "of 在过去五年里 (source line 128; the cut was made 1985-1987; period text 五年来 of the "
          "excerpt's first line, same span), null as alt")
g.neg("决不首先使用", "首先", "adverb 首先 'first' (no first use), not a rank or quantity")
g.neg("在１９８６年春宣布", "１９８６年春", PERIOD_NOTE + " (spring 1986, China's announcement "
      "that it would stop atmospheric tests; governs no number: the share after it holds now)")
NUKE = ["拥有世界核武器总量比重", "核武器占世界核武器总量比重", "世界核武器总量",
        "拥有的核武器占世界核武器总量比重", "美苏核武器占世界核武器总量比重", "核武器占比",
        "核武器拥有量占世界比重", "拥有世界核武器总量", "占世界核武器总量"]
fact("世界核武器总量９７％以上", "９７％", value=97, unit="%", kind="share", bound="ge",
     metric="核武器占世界核武器总量比重", metric_alts=NUKE,
     subject=USSU, subject_alts=USSU_ALTS, period=None,
     period_alts=[P("１９８６年春", "1986-03-01", "1986-05-31"), NOW],
     note="以上 → ge (outside the span); the US and Soviet share of the world's nuclear "
          "weapons (a share of a stock), stated as a present fact (一再声明，并且仍然认为): "
          "judgement call: no period expression governs it in meaning → null; the mechanical "
          "reading (１９８６年春 earlier in the line) and the reference-date instant as alts")
g.neg("现在美苏两国还在", "两国", PAIR_NOTE)
g.neg("拥有世界核武器总量９７％以上的美苏两国", "两国", PAIR_NOTE)
HYPO = ("judgement call: a hypothetical (美苏即使削减了５０％的战略核武器，它们拥有的核武器仍然占"
        "全世界核武器的９０％以上 'even if the US and USSR cut 50% of their strategic nuclear "
        "weapons, they would still hold over 90% of the world's') → modality forecast (a "
        "scenario, not a result); no time → null period, the 现在 of the preceding sentence "
        "(the reference-date instant) as alt")
fact("削减了５０％的战略核武器", "５０％", value=-50, unit="%", kind="growth",
     metric="战略核武器",
     metric_alts=["美苏战略核武器", "战略核武器削减", "削减战略核武器", "战略核武器数量",
                  "削减的战略核武器", "战略核武器削减比例"],
     subject=USSU, subject_alts=USSU_ALTS, modality="forecast", comparison="削减前",
     period=None, period_alts=[NOW],
     note="削减 X% = a relative cut of the arsenal → growth −50 (as 一般性支出压减5% → −5 in "
          "wr_china_2014); comparison 削减前 (the basis is the arsenal before the cut, as 比数字化改造前 "
          "in other golds; no period); "
          + HYPO)
fact("全世界核武器的９０％以上", "９０％", value=90, unit="%", kind="share", bound="ge",
     metric="核武器占全世界核武器比重",
     metric_alts=NUKE + ["核武器占全世界核武器比重", "占全世界核武器", "拥有的核武器占全世界核武器比重"],
     subject=USSU, subject_alts=USSU_ALTS, modality="forecast", period=None,
     period_alts=[NOW],
     note="以上 → ge (outside the span); the share the two would keep after such a cut; " + HYPO)
g.neg("中国将一如既往", "一如既往", "idiom 一如既往 'as always', not a quantity")
g.neg("同一切爱好和平", "一切", "pronoun 一切 'all', not a quantity (as wr_china_1988_b)")
g.neg("的国家一道", "一道", "adverb 一道 'together' (一 + 道, not a count of 道)")

# ==== line 5 (source 133): regional conflicts, no figures ================================================

# ==== line 6 (source 134): Cambodia ======================================================================
g.neg("进入第十个年头", "第十个年头", "ordinal 第十个年头 'the tenth year' of the Vietnamese "
      "invasion (since December 1978): a position in time, not a ranking; judgement call: a "
      "duration fact (about 9-10 years) is the alternative reading")
g.neg("成为一个独立", "一个", ARTICLE_NOTE.format("一个"))
# 一贯 (一贯认为) lexicalized.

# ==== line 7 (source 135): Afghanistan ===================================================================
fact("数百万阿富汗难民", "数百万", value=1e6, unit="count", kind="count", classifier="人",
     bound="gt", metric="阿富汗难民",
     metric_alts=["难民", "阿富汗难民人数", "阿富汗难民数量", "返回家园的阿富汗难民", "难民人数"],
     subject="阿富汗", subject_alts=["阿富汗难民", "阿富汗人"], period=None,
     period_alts=[P("最近", REF, REF), P("最近", None, REF)],
     note="数百万 → 1e6 gt (SPEC §2: 数十 → 10 gt); the Afghan refugees who should return (a "
          "stock in being, stated inside China's hope that they return) → actual; no measure "
          "word: 人 implied; judgement call: 最近 (no numeral, about the political settlement) "
          "does not date the refugees → null, the reference-date instant as alts")

# ==== line 8 (source 136): the Gulf ======================================================================
g.neg("通过的５９８号决议", "５９８号", LABEL_NOTE.format("(UN Security Council resolution number "
      "５９８号决议)"))
g.neg("实现安理会５９８号决议", "５９８号", LABEL_NOTE.format("(UN Security Council resolution number "
      "５９８号决议)"))
g.neg("早日结束两伊冲突", "两伊", LABEL_NOTE.format("两伊 'the two Yis' (伊朗 and 伊拉克, Iran and "
      "Iraq)"))
# 去年 (no numeral); 一贯 lexicalized.

# ==== lines 9-11 (source 137-139): Middle East, southern Africa, Central America, no figures ==========
g.neg("目前这一地区", "这一", "demonstrative 这一 'this', not a quantity")

# ==== line 12 (source 140): the world economy, the North-South problem ==================================
g.neg("支持第三世界国家反对", "第三世界", LABEL_NOTE.format("第三世界 'the Third World'"))
g.neg("解决第三世界国家的沉重", "第三世界", LABEL_NOTE.format("第三世界 'the Third World'"))
g.neg("为第三世界的发展", "第三世界", LABEL_NOTE.format("第三世界 'the Third World'"))
g.neg("南北双方", "双方", "anaphoric 双方 'both sides' (North and South), not a count (as in other "
      "golds)")
# 南南合作 / 南北 without a numeral; 一些 lexicalized.

# ==== line 13 (source 141): closing sentence ============================================================
g.neg("和平共处五项原则", "五项原则", LABEL_NOTE.format("和平共处五项原则 'the Five Principles of "
      "Peaceful Coexistence' (as 四项基本原则 in wr_china_1988_b)"))

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines that starts after the part's heading, as unseen "
    "test excerpts are cut). Part of the document: 关于外交工作 (heading source line 127, "
    "opening paragraph 在过去五年里… source line 128, both outside): the balance of five years of "
    "diplomacy (visits, heads of state received, relations established since 1983, countries "
    "with diplomatic and trade relations now), then the government's view of the world: the INF "
    "treaty, disarmament (the troop cut, the US-Soviet share of nuclear weapons), regional "
    "conflicts (Cambodia, Afghanistan, the Gulf, the Middle East, southern Africa, Central "
    "America), the world economy and North-South relations, and the Five Principles. Lines "
    "3-18 and 21-36 are wr_china_1988 / wr_china_1988_b (no overlap). Numerals are full-width "
    "(４６个, ９７％): spans keep them as written. Title: the shared meta title (the source has "
    "no title line), title_in_text=False. Date: 1988-03-25, the opening day of the 1st session "
    "of the 7th NPC, on which Acting Premier Li Peng delivered the report (as wr_china_1988; "
    "the shared meta gives only the year 1988); nothing in the excerpt contradicts it (去年１２月 "
    "= the INF treaty of December 1987). Place: national report → 中国 (alts 我国/全国/中华人民"
    "共和国); the US and the USSR own their nuclear figures (美苏两国), Afghanistan its refugees. "
    "Periods: 五年来 → 1983-01-01..1987-12-31 (as wr_china_1988), null as alt; 从１９８３年以来 → "
    "1983-01-01..1988-03-25 (the list ends with Uruguay, February 1988), open end / five years "
    "/ null as alts; 现在 → instant 1988-03-25 for the stocks １３５个 and １７８个 (null..REF as "
    "alt); the troop cut (no period in its line) → the part's frame 在过去五年里 = 1983-1987, "
    "null as alt; ９７％ (present share), the hypothetical ５０％ / ９０％ and 数百万 refugees → "
    "null with the mechanical or reference-date readings as alts. Modality: actual, except the "
    "hypothetical cut and resulting share (forecast). Judgement calls: 把军队裁减了１００万人 → "
    "absolute change −1e6 (军队人数增量, SPEC §2), unlike the noun 军队裁员１００万 (+1e6) of "
    "wr_china_1988; 即使削减了５０％的战略核武器 → growth −50, modality forecast; 仍然占…９０％以上 "
    "→ share ge, forecast; ９７％以上 undated (null) although １９８６年春 precedes it; 数百万 → "
    "1e6 gt count of refugees (actual, inside a wish); 五大洲 and 第十个年头 read as negatives "
    "(set name; ordinal year, not a duration fact); １０个 new relations → count with 增量 alts. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一贯 ×2, 一再, 一样 (同许多国家一样), 一些 (一些措施), 元首, 首脑 "
    "(the shared check_gold.py warns about 一再, 一贯, 元首, 首脑). "
    "No period word without a numeral (五年来 aside) is marked: 现在, 近来, 最近, 去年, 近年来.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
