"""Gold annotations for wr_china_1978 (1978年中华人民共和国国务院政府工作报告), lines 10-22 of
shared/texts/work_report/wr_china_1978.txt.

The report is Premier Hua Guofeng's 政府工作报告, delivered to the 1st session of the 5th NPC
(26 February 1978).  The excerpt corpora/wr_china_1978.txt is sliced by code from the source
bytes (whole lines, newline kept), never retyped; the line range is given by the brief (a run
of whole lines starting anywhere).  It lies in part 一、三年来的斗争和新时期的总任务 (heading at
source line 5; part 二 begins at source line 30): the political history of 1976 (Zhou Enlai's
death, the struggle against the “四人帮”, Mao's death, the arrest of the Gang on 6 October
1976), the summing-up of that struggle with the only numbers of the excerpt (the losses
caused from 一九七四年到一九七六年: industrial output, steel, fiscal revenue), and the list of
the victories 一年多来 (since October 1976: party, people, army, cadres, public order,
relations, economy, science and culture).

The excerpt is very sparse in numbers: three quantity facts; every other numeral is a date,
a name (“四人帮”, 四个现代化, “两个估计”), a title, an ordinal label, an idiom or an article.
Numerals are Chinese numerals throughout (一九七六年, 一千亿元, 二千八百万吨, 四百亿元);
spans keep the text as written and values are the numbers written (SPEC §3).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1978.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1978"
PLACE = "中国"
REF = "1978-02-26"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 10, 22                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1978年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一九七六年一月，敬爱的周总理不幸逝世。",
                 ends="开始出现了欣欣向荣的生动局面。")
text = g.text

PERIOD_NOTE = "period / date expression (becomes `period` of the facts it governs), not a fact"
DATE_NOTE = ("date of an event told in the history (no number follows it in its line), a "
             "period expression, not a fact")
GANG_NOTE = ("name of the political faction “四人帮” (the Gang of Four), a proper name, not "
             "a quantity (SPEC §1 names)")
ARTICLE_NOTE = "indefinite article {} (README §2), not a count"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"
IDIOM_NOTE = "idiom {}, not a quantity (SPEC §1 idioms)"
LABEL_NOTE = "political label {}, not a count (SPEC §1 names)"
CN = ["我国", "全国", "中华人民共和国"]

fact = g.with_subject(PLACE, CN)


def neg_every(word: str, note: str) -> None:
    """A negative on every occurrence of ``word``, each found through the shortest context
    around it that occurs once in the text (offsets still come from g.span)."""
    i = text.find(word)
    while i >= 0:
        k = 1
        while True:
            lo = max(0, i - k)
            ctx = text[lo:i + len(word) + k]
            if text.count(ctx) == 1:
                break
            k += 1
        g.neg(ctx, word, note, nth=ctx[:i - lo].count(word))
        i = text.find(word, i + len(word))


# ---- periods (reference date 1978-02-26; 去年 = 1977, 今年 = 1978) ---------------------------
# The excerpt lies in part 一 (三年来的斗争…), the history of the struggle since the 4th NPC
# (January 1975), not a statistical review of one year.  Its only numbers (line 4 of the
# excerpt, source 13) follow the explicit period 从一九七四年到一九七六年 of their own sentence:
# the losses over the three years 1974-1976 → 1974-01-01..1976-12-31 (period text
# 一九七四年到一九七六年, the surface without the preposition 从, as 1965年到1976年 in
# wr_china_1980), null in period_alts.  The other date expressions (一九七六年一月, 一九七五年,
# 一九七六年一月底, 四月初, 一九七六年九月, 一九七六年十月六日, 一年多来) date events and govern
# no number.
P7476 = P("一九七四年到一九七六年", "1974-01-01", "1976-12-31")
LOSS = dict(period=P7476, period_alts=[null("一九七四年到一九七六年")], bound="approx")
LOSS_NOTE = ("大约 (= 约) → approx, outside the span; judgement call: 大约 stands before the "
             "verb 损失 that governs the whole list (损失工业总产值…，钢产量…，财政收入…), so it "
             "is read as covering every value (as README §6 reads a trailing 以上 over a 分别 "
             "list); the loss caused over 一九七四年到一九七六年 (a flow over the three years); "
             "judgement call: a loss against what would have been produced, not a change of the "
             "level between two dates, so a positive amount with the metric <level>损失 (not a "
             "signed SPEC §2 增量); 全国 → 中国")

# ==== line 1 (source 10): January-April 1976 ======================================================
g.neg("一九七六年一月，敬爱的", "一九七六年一月", DATE_NOTE + " (January 1976, the death of "
      "Zhou Enlai)")
g.neg("展开了又一个极其严重", "一个", ARTICLE_NOTE.format("一个 (又一个 'yet another')"))
g.neg("全盘否定一九七五年", "一九七五年", "year naming the achievements denied (一九七五年我们"
      "在各方面取得的成就, 'what we achieved in 1975'), a period expression with no number, "
      "not a fact")
g.neg("落实毛主席的一系列指示", "一系列", VAGUE_NOTE.format("一系列 'a series of'"))
g.neg("建设四个现代化", "四个现代化", LABEL_NOTE.format("四个现代化 (the Four Modernizations, "
      "a programme name)"))
g.neg("于一九七六年一月底", "一九七六年一月底", DATE_NOTE + " (the end of January 1976)")
g.neg("；四月初又亲自提议", "四月初", DATE_NOTE + " (early April 1976)")
g.neg("党中央第一副主席", "第一", "title 第一副主席 (First Vice-Chairman of the Party Central "
      "Committee), a title, not a rank (SPEC §1 titles)")

# ==== line 2 (source 11): the Gang's counter-attack ===============================================
g.neg("以十倍的疯狂", "十倍", IDIOM_NOTE.format("十倍的疯狂 'tenfold frenzy' (rhetorical "
      "hyperbole, paired with 百倍的仇恨)") + "; judgement call: not a ratio fact")
g.neg("百倍的仇恨", "百倍", IDIOM_NOTE.format("百倍的仇恨 'hundredfold hatred' (rhetorical "
      "hyperbole)") + "; judgement call: not a ratio fact")

# ==== line 3 (source 12): September-October 1976 ==================================================
g.neg("一九七六年九月，我们", "一九七六年九月", DATE_NOTE + " (September 1976, the death of "
      "Mao Zedong)")
g.neg("人民万分悲痛", "万分", IDIOM_NOTE.format("adverb 万分 'extremely' (万分悲痛)"))
g.neg("伪造了一个所谓", "一个", ARTICLE_NOTE.format("一个"))
g.neg("在这个万分危急", "万分", IDIOM_NOTE.format("adverb 万分 'extremely' (万分危急)"))
g.neg("于一九七六年十月六日", "一九七六年十月六日", DATE_NOTE + " (6 October 1976, the "
      "arrest of the Gang of Four)")
g.neg("十月六日一举粉碎", "一举", "adverb 一举 'at one stroke', not a quantity (as 一度, "
      "README §2)")
g.neg("万众欢腾", "万众", IDIOM_NOTE.format("万众欢腾 'the multitudes rejoice'"))
g.neg("取得了第十一次重大路线斗争", "第十一次", "ordinal label of the event (第十一次重大路线"
      "斗争 'the 11th major struggle between two lines' in the Party's history), a name, not "
      "a count (as 第八次领导人会议 in wr_yunnan_2025)")

# ==== line 4 (source 13): summing-up; the losses of 1974-1976 ======================================
g.neg("回顾这一段历史", "一段", ARTICLE_NOTE.format("一段 (这一段历史 'this period of history')"))
g.neg("斗争，是一场关系到", "一场", ARTICLE_NOTE.format("一场"))
g.neg("以及一小撮野心家", "一小撮", VAGUE_NOTE.format("一小撮 'a handful of'"))
g.neg("从一九七四年到一九七六年", "一九七四年到一九七六年", PERIOD_NOTE + " (1974-1976; "
      "governs the three losses after it)")
fact("损失工业总产值一千亿元", "一千亿元", value=1000e8, unit="CNY", kind="amount",
     metric="工业总产值损失",
     metric_alts=["损失工业总产值", "工业总产值", "工业总产值损失额", "全国工业总产值损失",
                  "全国损失工业总产值"],
     **LOSS, note="一千亿元 = 1e11 CNY; " + LOSS_NOTE)
fact("钢产量二千八百万吨", "二千八百万吨", value=2800e4, unit="t", kind="amount",
     metric="钢产量损失",
     metric_alts=["损失钢产量", "钢产量", "钢", "钢产量损失量", "全国钢产量损失"],
     **LOSS, note="二千八百万吨 = 2.8e7 t; verb 损失 shared; " + LOSS_NOTE)
fact("财政收入四百亿元", "四百亿元", value=400e8, unit="CNY", kind="amount",
     metric="财政收入损失",
     metric_alts=["损失财政收入", "财政收入", "财政收入损失额", "全国财政收入损失"],
     subject_alts=CN + ["国家"], **LOSS,
     note="四百亿元 = 4e10 CNY; verb 损失 shared; " + LOSS_NOTE)
g.neg("农村分田单干", "单干", "单干 'farm individually' (分田单干), a lexicalized verb; 单 is "
      "not a quantity")
g.neg("避免了一次大分裂", "一次", ARTICLE_NOTE.format("一次 (一次大分裂 'a great split')"))
g.neg("避免了一次历史大倒退", "一次", ARTICLE_NOTE.format("一次 (一次历史大倒退)"))

# ==== line 5 (source 14): 一年多来 ==================================================================
g.neg("一年多来，党中央", "一年多来", PERIOD_NOTE + " ('over the past year and more', since "
      "October 1976; not a duration fact, as 近三年来 in README §2; no number follows in the "
      "line)")
g.neg("采取了一系列的有力措施", "一系列", VAGUE_NOTE.format("一系列"))
g.neg("召开了一系列重要会议", "一系列", VAGUE_NOTE.format("一系列"))

# ==== lines 6-11 (source 15-20): the victories (no numbers) =========================================
g.neg("到处呈现出一派", "一派", VAGUE_NOTE.format("一派 (一派…气氛 'an atmosphere of')"))

# ==== line 12 (source 21): the economy (no numbers) =================================================
g.neg("一个新的跃进形势", "一个", ARTICLE_NOTE.format("一个"))

# ==== line 13 (source 22): science, education, culture (no numbers) =================================
g.neg("炮制的“两个估计”", "两个估计", LABEL_NOTE.format("“两个估计” (the 'two assessments' "
      "of education under the Cultural Revolution, a name)"))

# ==== every line: the “四人帮” ========================================================================
neg_every("四人帮", GANG_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]
n_gang = negs.count("四人帮")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "fixed by the brief (a run of whole lines starting anywhere); it is sparse in numbers. "
    "Part of the document: part 一、三年来的斗争"
    "和新时期的总任务 (heading at source line 5; part 二 begins at source line 30) — the "
    "political history of 1976 (Zhou Enlai's death, the Gang's counter-attack, Mao's death, "
    "the arrest of the 四人帮 on 6 October 1976), the summing-up with the losses of 1974-1976, "
    "and the victories 一年多来 (since October 1976). It is history, not the statistical "
    "review of 1977 nor the 1978 plan (part 三). Title: the corpus meta title (the source has "
    "no title line), title_in_text=False. Date: 1978-02-26, the day Premier Hua Guofeng "
    "delivered the report at the 1st session of the 5th NPC (26 February - 5 March 1978; "
    "general knowledge: the shared meta gives the year 1978 only and the Wikisource text has "
    "no dateline); the text fits it (the source's 去年召开的党的第十一次全国代表大会 = August "
    "1977; 一年多来 since October 1976). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国; 国家 for fiscal revenue). Periods: the three losses take the explicit "
    "从一九七四年到一九七六年 of their sentence (1974-01-01..1976-12-31, period text without 从, "
    "null as alt); the other dates (一九七六年一月, 一九七五年, 一九七六年一月底, 四月初, "
    "一九七六年九月, 一九七六年十月六日, 一年多来) govern no number (negatives). Modality: actual. "
    "Units: Chinese numerals, values as written: 一千亿元 → 1e11 CNY, 二千八百万吨 → 2.8e7 t, "
    "四百亿元 → 4e10 CNY. Judgement calls: 大约 before the verb 损失 covers all three values "
    "(approx ×3); the losses are positive amounts with the metric <level>损失 (a loss against "
    "the counterfactual, not a signed 增量 of the level); 十倍的疯狂 / 百倍的仇恨 → rhetorical "
    "idioms (negatives, not ratios); 第十一次重大路线斗争 → ordinal label; 第一副主席 → title; "
    "“四人帮” → a proper name, a negative on each of its "
    f"{n_gang} occurrences; 四个现代化, “两个估计” → labels. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(
        n for n in negs if n != "四人帮") + f", 四人帮 ×{n_gang}. Lexicalized, not listed: "
    "团结一致 (一致), 一些, 统一战线 (统一), 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
