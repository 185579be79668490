"""Noun phrases for metrics: strip predicates, find the noun core, read the noun after a
number, and restore heads a list writes once. Used by the metric and 分别 stages.

Word lists come from data/attribution.toml [metric]; POS tags from czfacts.tokenize.
"""
from __future__ import annotations


import regex

from ..compiled import compiled
from ..document import LIST_MARK
from ..lexicon import active_lexicons, alternation, bounds, by_length, lexical_cache, load, trie_pattern, units
from ..numerals import DIGIT_CHARS, NONZERO_DIGIT_CHARS, SMALL_UNIT_CHARS, UNIT_CHARS, read_number
from ..indicators import find_indicators, indicator_of, is_indicator_name, load_indicators
from ..tokenize import tag, word_bounds


@lexical_cache
def _patterns() -> dict[str, regex.Pattern]:
    def alt(key: str) -> str:
        return alternation("attribution", "metric", key)

    region_nouns = alternation("attribution", "subjects", "region_nouns")
    region_forms = f"(?:{trie_pattern(load('attribution')['subjects']['counted_region_forms'])})"
    holidays = trie_pattern(load("periods")["holidays"]["names"])  # (the period words of a holiday's break)
    holiday_spans = trie_pattern(load("periods")["holidays"]["after"])
    return {
        "scope_in": compiled(rf"(?<=\p{{Han}}{{2}}){alt('scope_words')}"),
        # 高等职业学校: a stop word inside a word is no stop
        "noun_end": compiled(rf"(?:{alt('noun_stop_words')})(*SKIP)(*FAIL)|[，,、。；;：:（(]|{alt('noun_stops')}"),
        "not_a_noun": compiled(alt("not_nouns")),
        # 杭州、宁波两市GDP, 东部11个省市GDP: a count of places (with its region) before a metric
        "place_count": compiled(rf"^{region_forms}?[{NONZERO_DIGIT_CHARS}{SMALL_UNIT_CHARS}\d]+"
                                     rf"(?:{region_nouns}|{alt('counted_place_nouns')})(?!{alt('grade_suffixes')})(?=[\p{{Han}}A-Za-z])"
                                     rf"(?![{NONZERO_DIGIT_CHARS}{UNIT_CHARS}])"),  # (百县千企万店: a label of counts, whole)
        "contribution": compiled(rf"(?P<part>.+?)(?P<verb>{alt('contribution_verbs')}|{alt('pull_verbs')})(?P<whole>.+?)"
                                      rf"的?(?P<head>{alt('contribution_heads')}|{alt('pull_results')})?$"),
        "holiday": compiled(rf"^(?:{holidays})+(?:{holiday_spans})|^(?:{holiday_spans})"
                                 rf"(?={alternation('attribution', 'subjects', 'document_province')}"
                                 rf"|{alternation('attribution', 'subjects', 'document_place')}"
                                 rf"|{alternation('attribution', 'subjects', 'country')})"),
        "grade": compiled(rf"[{UNIT_CHARS}]+{alt('grade_units')}?{alt('grade_suffixes')}?|{alt('grade_suffixes')}"),
        "numeral_end": compiled(rf"[\d{UNIT_CHARS}]$"),
    }


def not_a_noun(text: str) -> bool:
    """The text after a number starts with a word that is no noun (以上, 左右, 的, 大关 …), not
    the start of a longer word (多功能运动场: 多功能 is one)."""
    found = _patterns()["not_a_noun"].match(text)
    # (only a bound mark, 多 余 来, is read again as the start of a word: the others never open one)
    return bool(found) and not (found.group() in bounds()["inside"] and opens_a_longer_word(text, 0, found.end()))


def opens_a_longer_word(text: str, start: int, end: int) -> bool:
    """text[start:end] is the start of a longer word that is no verb (多 of 多功能, 多式联运; not 来 of
    来自), by the tagger."""
    word, pos = tag(text[start:start + WORD_LOOK])[0]
    return len(word) > end - start and pos not in _NOT_NAMING_TAGS


WORD_LOOK = 6  # characters tagged to see whether a short word opens a longer one


@lexical_cache
def words() -> dict:
    return load("attribution")["metric"]


@lexical_cache
def _strip_words() -> tuple[frozenset[str], frozenset[str], int]:
    """Words stripped from the start (connectives and predicates) and from the end
    (predicates) of a phrase, and the longest of them."""
    w = words()
    # (他今年流转土地: a person's pronoun opens no name; 其他 ends one, so it is no pronoun of a phrase's end)
    head = frozenset(w["connectives"] + w["predicates"] + w["subject_words"] + w["pronouns"]
                     + load("attribution")["subjects"]["person_pronouns"])
    tail = frozenset(w["predicates"] + w["end_words"])
    return head, tail, max(map(len, head | tail))


_PUNCTUATION = frozenset("、“”\",，:：;；()（）《》〈〉【】[]·-—")
_FOOTNOTE = compiled(r"[①-⑳⑴-⒇]+|\[\d{1,2}\]|［\d{1,2}］")  # ①, [2] and ［2］ mark notes
_OPENING, _CLOSING = "(（《【", ")）》】"
_BRACKETS = frozenset(_OPENING + _CLOSING)


@lexical_cache  # a pure function of the phrase: _strip_ends and strip_predicates ask it of one phrase many times
def _boundaries(phrase: str) -> frozenset[int]:
    """Offsets in ``phrase`` where one token ends and the next begins."""
    cuts = word_bounds(phrase)
    for found in _whole_words().finditer(phrase):  # 增长面: the tagger splits it, then 增长 is cut off
        cuts.difference_update(range(found.start() + 1, found.end()))
        cuts.update((found.start(), found.end()))  # …and 面为 is two words
    for found in _glued_predicates().finditer(phrase):  # 不良贷款/率为: 率 and 为 are two words
        cuts.update((found.start() + 1, found.end()))
    return frozenset(cuts)


@lexical_cache
def _glued_predicates() -> regex.Pattern:
    return compiled(alternation("attribution", "metric", "glued_predicates"))


@lexical_cache
def _whole_words() -> regex.Pattern:
    return compiled(alternation("attribution", "metric", "whole_words"))


def _opens_a_title(phrase: str, start: int, n: int) -> bool:
    """全国 before a title (全国重点实验室, 全国文明城市) is part of the title's name."""
    subjects = load("attribution")["subjects"]
    return phrase[start:start + n] in subjects["country"] + subjects["document_province"] \
        and phrase.startswith(tuple(subjects["title_classes"]), start + n)


def names_a_partner(phrase: str, start: int, n: int) -> bool:
    """对 before a trade partner stays: 对东盟进出口 is the trade with ASEAN, not ASEAN's."""
    return phrase[start:start + n] in words()["partner_prepositions"] \
        and any(head in phrase[start + n:] for head in words()["partner_heads"])


def opens_with_partner(phrase: str) -> bool:
    """与荷兰、法国进出口: the phrase opens with a trade partner's preposition."""
    return any(phrase.startswith(word) and names_a_partner(phrase, 0, len(word))
               for word in words()["partner_prepositions"])


def _strip_ends(phrase: str) -> str:
    """Drop connectives and predicates from both ends, one whole token run at a time:
    平均为 → 平均 (never 平), 增加值为 → 增加值, 可再生能源 and 就业 stay whole."""
    head, tail, longest = _strip_words()
    cuts = _boundaries(phrase)
    inside = {i for found in _whole_words().finditer(phrase) for i in range(found.start() + 1, found.end())}
    named = None  # where known indicators start and end (实际使用外资: 实际 is its first word), read once if asked
    start, end = 0, len(phrase)
    moved = True
    while moved and start < end:
        moved = False
        if phrase[start] in _PUNCTUATION:
            start, moved = start + 1, True
            continue
        for n in range(min(longest, end - start), 0, -1):
            if start + n in cuts and phrase[start:start + n] in head and not names_a_partner(phrase, start, n) \
                    and not _opens_a_title(phrase, start, n):
                named = {f.start: f.end for f in find_indicators(phrase)} if named is None else named
                if named.get(start, 0) > start + n:
                    continue
                start, moved = start + n, True
                break
    moved = True
    while moved and start < end:
        moved = False
        if phrase[end - 1] in _PUNCTUATION:
            end, moved = end - 1, True
            continue
        for n in range(min(longest, end - start), 0, -1):
            # a predicate of two characters or more ends no name even inside a token (价格上涨),
            # but never inside a whole word (资产总计)
            if (end - n in cuts or n > 1 and end - n not in inside) and phrase[end - n:end] in tail:
                end, moved = end - n, True
                break
        if not moved and end - start > 2 and _ends_in_adverb(phrase[start:end]):
            end, moved = end - len(tag(phrase[start:end])[-1][0]), True  # 顺利完成 → 完成 went first
        if not moved and end - start > 2 and (end - 1) in cuts and phrase[end - 1] in words()["locatives"]:
            end, moved = end - 1, True  # 在国内市场上 → 国内市场 (普通高中 is one token and stays)
    return phrase[start:end]


_ADVERB_TAGS = frozenset({"d", "ad"})


@lexical_cache  # a pure function of the phrase (_strip_ends asks it of every phrase it ends)
def _ends_in_adverb(phrase: str) -> bool:
    tokens = tag(phrase)
    return len(tokens) > 1 and tokens[-1][1] in _ADVERB_TAGS


def _inside_brackets(phrase: str) -> str:
    """The part of a phrase a number can be about when a bracket opens or closes in it
    unmatched: 幼儿园2000所(其中民办 → 其中民办, 投资(不含农户,下同) → the part after it."""
    if _BRACKETS.isdisjoint(phrase):
        return phrase  # (most phrases hold no bracket: their characters need not be read one by one)
    depth_start = 0
    for i, c in enumerate(phrase):
        if c in _CLOSING and not any(o in phrase[depth_start:i] for o in _OPENING):
            depth_start = i + 1
    last_open = max(phrase.rfind(o) for o in _OPENING)
    if last_open >= depth_start and not any(c in phrase[last_open:] for c in _CLOSING):
        depth_start = last_open + 1
    return phrase[depth_start:]


@lexical_cache
def _protected_names() -> regex.Pattern:
    """Official names with a connector inside: industries, and indicators (研究与试验发展经费)."""
    connectors = load("attribution")["lists"]["connectors"]
    indicators = [name for indicator in load_indicators(active_lexicons()) for name in indicator.names
                  if any(c in name for c in connectors)]
    names = words()["enumerated_names"] + indicators
    # 酒饮料和精制茶制造业, 电力热力生产和供应业: texts often write the official name without its 、
    return compiled(trie_pattern(names + [name.replace("、", "") for name in names if "、" in name]))


@lexical_cache
def _ratio_of_two() -> regex.Pattern:
    """X与Y之比, X与Y的比率 at the end of a phrase (the names of at most RATIO_NAME characters each)."""
    return compiled(rf"[\p{{Han}}A-Za-z]{{2,{RATIO_NAME}}}?(?:{trie_pattern(words()['ratio_connectors'])})"
                    rf"[\p{{Han}}A-Za-z]{{2,{RATIO_NAME}}}?(?:{trie_pattern(words()['ratio_nouns'])})$")


RATIO_NAME = 12  # characters at most of each name in a ratio of two (全社会研发经费支出)


def joins(text: str, start: int, end: int) -> bool:
    """The connector text[start:end] joins what stands around it: 、 (or the seam between two quoted
    names) always, 和/与/及 only as a word of its own (和美乡村, 及时, 温和 keep theirs)."""
    return text[start:end] in (LIST_MARK, "") or {start, end} <= word_bounds(text)


def split_items(text: str) -> list[str]:
    """The items of a list joined by 、/和/与/及, official names that hold a connector kept
    whole: 交通运输、仓储和邮政业和批发和零售业 → two industries."""
    separators = list(_item_separator().finditer(text))
    if not separators:
        return [text]  # (most phrases list nothing: no need to look for the names that hold a connector)
    protected = [m.span() for m in _protected_names().finditer(text)]
    protected += [m.span() for m in _QUOTED_WHOLE.finditer(text)]  # “阀、管”改造: a quoted label lists nothing of the phrase
    items, start = [], 0
    for sep in separators:
        if any(a < sep.end() and sep.start() < b for a, b in protected) or not joins(text, sep.start(), sep.end()):
            continue
        items.append(text[start:sep.start()])
        start = sep.end()
    items.append(text[start:])
    return items


@lexical_cache  # a pure function of the phrase, asked for again by the helpers of one mention
def strip_predicates(phrase: str) -> str:
    """Only the predicates at the end of a phrase (占工业投资比重提高 → 占工业投资比重)."""
    _, tail, longest = _strip_words()
    cuts = _boundaries(phrase)
    end, moved = len(phrase), True
    while moved:
        moved = False
        for n in range(min(longest, end), 0, -1):
            if end - n in cuts and phrase[end - n:end] in tail:
                end, moved = end - n, True
                break
    return phrase[:end]


@lexical_cache  # a pure function of the phrase: phrases repeat within and across documents
def clean(phrase: str) -> str:
    """Strip predicates, connectives, brackets, footnote marks and quotes from both ends
    of a phrase, on word boundaries only."""
    phrase = _inside_brackets(_FOOTNOTE.sub("", phrase)).replace("“", "").replace("”", "")
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _strip_ends(_patterns()["holiday"].sub("", _patterns()["place_count"].sub("", phrase)))
    return phrase


@lexical_cache
def noun_core(phrase: str) -> str:
    """The noun phrase a metric is made of: cut at the first preposition, adverb or
    particle after a noun, or at a verb that a particle or preposition follows
    (显示间距在国内率先突破至 → 显示间距; LED封装和显示屏生产规模 stays whole)."""
    phrase = clean(phrase)
    if len(phrase) <= 4:
        return phrase
    tokens = _part_of_whole(_whole_tokens(phrase))
    if phrase.endswith(tuple(load("kinds")["rate"]["level_rates"])) and any(w in words()["name_negations"] for w, _ in tokens) \
            and all(pos not in ("p", "uj", "r", "f") for _, pos in tokens):
        return _without_leading_verbs(phrase)  # 招投标不见面开标率: a negation inside a rate's name
    seen_noun, out = False, []
    for i, (word, pos) in enumerate(tokens):
        if seen_noun and word not in keep_inside():
            if pos in ("p", "d", "vd", "uj", "f") or (pos == "r" and word in words()["pronouns"]) or word in words()["copulas"]:
                break
            following = tokens[i + 1][1] if i + 1 < len(tokens) else None
            if pos == "v" and following in ("p", "d", "uj", "ul", "r", "f", "u"):
                break
        out.append((word, pos))
        seen_noun = seen_noun or pos in ("n", "nz", "vn", "eng", "nt", "ns", "j", "an")
    return _without_leading_verbs("".join(word for word, _ in out))


@lexical_cache  # a pure function of the phrase, asked for by several helpers of one phrase
def _whole_tokens(phrase: str) -> tuple[tuple[str, str], ...]:
    """Tokens joined where a whole word of the data (失业人员再/就业 → 再就业, a noun) or a known
    indicator of several tokens (超/长期/特别/国债, which the tagger reads as adverbs) spans them."""
    tokens, ends = tag(phrase), word_bounds(phrase)
    spans = [(f.start(), f.end()) for f in _whole_words().finditer(phrase)]
    for found in find_indicators(phrase):
        if found.start not in ends:
            continue
        # 城镇新增就业/人口: a name that ends inside a word runs to the word's end
        end = min(e for e in ends if e >= found.end)
        first = next((word for word, _ in tag(phrase[found.start:end])), "")
        # 建成高标准农田: a verb, then the name (超长期特别国债: 超 is no verb here)
        start = found.start + len(first) if first in leading_verbs() else found.start
        if sum(start < e < end for e in ends):  # one token is already whole
            spans.append((start, end))
    if not spans:
        return tuple(tokens)
    out, at = [], 0
    for word, pos in tokens:
        inside = next(((a, b) for a, b in spans if a <= at < b), None)
        if inside and out and out[-1][2] == inside:
            out[-1] = (out[-1][0] + word, "n", inside)  # the rest of a whole word
        else:
            out.append((word, "n" if inside else pos, inside))
        at += len(word)
    return tuple((word, pos) for word, pos, _ in out)


def _part_of_whole(tokens) -> list[tuple[str, str]]:
    """每百元营业收入中的成本: a locative, 的 and a noun name a part of the whole before them;
    they are joined into one token so the noun phrase runs through them."""
    out = list(tokens)
    for i in range(len(out) - 3, -1, -1):
        if i + 3 > len(out):
            continue
        (word, pos), (of, _), (noun, noun_pos) = out[i:i + 3]
        if pos == "f" and word in words()["locatives"] and of == "的" and _nounish(noun, noun_pos):
            out[i:i + 3] = [(word + of + noun, noun_pos)]
    return out


def _without_leading_verbs(phrase: str) -> str:
    """组织实施市级重大专项 → 市级重大专项, 建成高标准农田 → 高标准农田 (签约金额 stays: a verb
    before one word is a compound; 共建国家 is a noun; 新增城镇就业 stays, see _named_whole)."""
    return _named_whole(phrase, _verbs_taken_off(phrase))


def _named_whole(phrase: str, cut: str) -> str:
    """An indicator's name that opens with a verb of its name (新增城镇就业: new jobs; 城镇就业 names
    nothing) stays whole; other verbs go (实现旅游总收入 → 旅游总收入, 改造农村公路 → 农村公路)."""
    keep = cut != phrase and phrase.startswith(tuple(words()["naming_verbs"])) and is_indicator_name(phrase)
    # (新增有效灌溉面积 is an indicator of its own, not the stock 有效灌溉面积)
    return phrase if keep and (not is_indicator_name(cut) or indicator_of(cut) != indicator_of(phrase)) else cut


def _verbs_taken_off(phrase: str) -> str:
    out = list(_whole_tokens(phrase))
    while len(out) > 1 and out[0][0] in words()["manner_idioms"]:
        out.pop(0)  # 因地制宜/新建乡村学校, 千方百计/稳定就业岗位: how it was done, the act and its object follow
    if len(out) > 2 and out[0][0] in words()["plan_words"] and out[1][1] == "v":
        out.pop(0)  # 计划完成防沙治沙: the plan is the modality's, the verb and its object remain
    elif len(out) > 1 and out[0][0] in words()["plan_words"] and out[1][1] in _PLANNED_NOUN_TAGS:
        out.pop(0)  # 计划基本建设投资总额, 计划轻工业产值: the plan is the modality's, the indicator remains
    if len(out) > 2 and out[0][0] + out[1][0] in _leading_verbs() and _nounish(*out[2]):
        out[:2] = [(out[0][0] + out[1][0], "v")]  # 布局/建设, cut apart by the tagger (新引进落地… stays)
    first = True
    # (签约金额, 帮扶就业率: a measure after its verb is a compound; 改造/农村公路 is a verb and its object)
    while len(out) > 2 or len(out) == 2 and (len(tag(out[1][0])) > 1 or len(out[1][0]) > 2
                                             and not out[1][0].endswith(tuple(words()["measure_endings"]))):
        if not _leads(*out[0]) or out[1][1] == "uj":
            break
        verb, _ = out.pop(0)
        if len(out) > 2 and out[0][0] in words()["verb_joiners"] and _leads(*out[1]):
            out.pop(0)  # 新增或改造提升医养结合床位: two verbs of one object
        if first and verb in words()["pivot_verbs"] and len(out) > 2 and _nounish(*out[0]) and _leads(*out[1]) \
                and out[1][0] not in bounds()["before"]:
            del out[:1]  # 组织企业争取…项目, 帮助企业引进…人才: the object of the second verb (产值超百亿元: a threshold)
        first = False
    return clean("".join(word for word, _ in out))


def _leads(word: str, pos: str) -> bool:
    """A verb that heads a predicate before its object (选派, which the tagger calls a noun, too;
    服务 and 开发 are parts of names)."""
    return word in _leading_verbs() and (pos == "v" or pos == "n" and word not in keep_inside())


def counted_noun(metric: str) -> str:
    """What a count counts, without the action that made it: 改造食堂 → 食堂, 出让矿业权 → 矿业权
    (gold keeps the verb only as an alternative; SPEC §2). 签约项目 keeps its verb: 项目 alone
    names nothing, as 参加医保的人口 keeps the clause that says which people."""
    if _described_bare_head(metric, metric) or metric.startswith(tuple(words()["per_time"])):
        return metric  # (日均新增市场主体: a count per day keeps its verb, SPEC's rates)
    tokens = _whole_tokens(metric)
    if len(tokens) > 2 and tokens[0][0] + tokens[1][0] in _leading_verbs():
        tokens = (("".join(w for w, _ in tokens[:2]), "v"), *tokens[2:])  # 新/获批, cut apart by the tagger
    while len(tokens) > 1 and tokens[0][0] in _leading_verbs() \
            and (_nounish(*tokens[1]) or tokens[1][1] == "m" and len(tokens[0][0]) > 1) \
            and len("".join(w for w, _ in tokens[1:])) > 2:
        tokens = tokens[1:]  # (开工建设10亿元以上重大产业项目: a threshold may open the noun; 超千亿级 keeps 超)
    # 以线上方式召开政企座谈会120余场: a manner or place before the verb, its object counted after (not a verb
    # inside a title, before the title's bare end: 城市功能品质提升示范项目)
    verb = next((k for k in range(len(tokens) - 1, 0, -1) if tokens[k][1] == "v" and tokens[k][0] in _leading_verbs()), None)
    while verb is not None and verb + 1 < len(tokens) and tokens[verb + 1][1] in ("v", "vn") \
            and tokens[verb + 1][0] in _leading_verbs():
        verb += 1  # 开工/建设 (v, vn): one act of two verbs
    counted = "".join(w for w, _ in tokens[verb + 1:]) if verb is not None else ""
    # (人才效能提升重点平台: a work before a name's head is inside the name, as 城中村改造项目)
    named_work = verb is not None and tokens[verb][0] in words()["works"] and counted.endswith(tuple(words()["name_heads"]))
    # (国家高层次人才特殊支持计划专家: a verb before a programme's word is inside the programme's name)
    named_work = named_work or verb is not None and counted.startswith(tuple(words()["programmes"])) \
        and len(counted) > len(tokens[verb + 1][0])
    per_base = tokens[0][0].startswith(tuple(load("nonfacts")["per_base"]["words"]))  # 每万人拥有执业医师: a rate's name
    if verb is not None and counted not in words()["title_ends"] and not named_work and not per_base \
            and any(_nounish(*t) or t[1] == "p" for t in tokens[:verb]) \
            and all(_nounish(*t) or 0 < k < len(tokens) - verb - 2 and t[0] in connectors()
                    or t[1] == "v" and len(t[0]) > 1 and verb + k + 2 < len(tokens) and tokens[verb + k + 2][1] in _SET_HEAD_TAGS
                    for k, t in enumerate(tokens[verb + 1:])) and len(counted) > 2:
        # (政府和商业合作项目: 和 between nouns; 安置住房, 水污染防治项目: a verb before a noun describes it)
        tokens = tokens[verb + 1:]
    return _named_whole(metric, "".join(w for w, _ in tokens))


def _joined_over_verb(phrase: str) -> str:
    """国有控股企业实现利润总额 → 国有控股企业利润总额, 失业人员实现再就业 → 失业人员再就业:
    a verb that only says the figure was reached joins the owner and the indicator. A plan word
    before that verb (企业力争实现营业收入 → 企业营业收入) and a forecast word before the indicator
    (项目预计年产值 → 项目年产值) go too: the modality stage reads them (科技计划项目 names a plan)."""
    tagged = tag(phrase)
    tokens = [word for word, _ in tagged]
    forecast = load("attribution")["modality"]["forecast"]
    # (…通过公共网络实现的商品零售额: a known name holds the verb of its relative clause)
    named = [(f.start, f.end) for f in find_indicators(phrase)] if "的" in phrase else []
    kept, pos, owner = [], 0, False
    for i, (word, part) in enumerate(tagged):
        inside = pos and pos + len(word) < len(phrase) \
            and not (phrase.startswith("的", pos + len(word)) and any(a <= pos < b for a, b in named))
        if inside and owner and word in words()["joining_verbs"] \
                and not phrase.startswith(tuple(words()["joined_kept"]), pos + len(word)):
            return "".join(kept) + phrase[pos + len(word):]
        # (…汽车业合计完成增加值: a sum's adverb goes with the verb; 计划完成防沙治沙 has no owner to join)
        planned = word in words()["plan_words"] + words()["sum_adverbs"] and i + 1 < len(tokens) \
            and tokens[i + 1] in words()["joining_verbs"]
        if not (inside and (planned or word in forecast)):
            kept.append(word)
            owner = owner or not planned and _nounish(word, part)  # (全面完成改造任务: an adverb owns nothing)
        pos += len(word)
    return "".join(kept)


@lexical_cache
def _bare_heads() -> frozenset[str]:
    return frozenset(words()["people_heads"] + words()["bare_heads"])


def _summed_object(tokens) -> str:
    """海关共监管…进口货物价值, 银行累计发放…贷款: nouns of an actor, an adverb of a sum (data: sum_adverbs), a
    verb (or a verbal noun) and nouns after it: the nouns acted on, or ""."""
    at = next((i for i, (word, pos) in enumerate(tokens) if pos == "d" and word in words()["sum_adverbs"]), None)
    if not at or not all(_nounish(*t) for t in tokens[:at]) or len(tokens) - at < 3 \
            or tokens[at + 1][1] not in ("v", "vn") and tokens[at + 1][0] not in _leading_verbs() \
            or not all(_nounish(*t) or t[1] == "x" for t in tokens[at + 2:]):
        return ""
    acted_on = tokens[at + 2:] if len(tokens) - at > 3 or len(tokens[-1][0]) > 2 else tokens[at + 1:]
    return clean("".join(word for word, _ in acted_on))  # (共签约项目 → 签约项目: a bare 项目 names nothing)


def _a_manner(phrase: str) -> bool:
    """以绝对优势, 以较大优势: a preposition of manner and a noun or two, no verb, naming no indicator."""
    tokens = tag(phrase)
    return 1 < len(tokens) <= MANNER_WORDS and tokens[0][0] in words()["manner_prepositions"] and tokens[0][1] == "p" \
        and not any(pos == "v" for _, pos in tokens) and not indicator_of(phrase)


MANNER_WORDS = 3  # tokens at most of a manner phrase (以/较大/优势)


def described_set(phrase: str) -> str:
    """实现数字化转型的企业, 达到国家标准的基层医疗卫生机构: things a clause with a verb (or how, 全面数字化)
    picks out before 的 — what a share counts is named so, as written; else ''."""
    written = strip_predicates(phrase.strip())  # (clean() would take 达到 off: 达到国家标准的…)
    before, of, head = written.rpartition("的")
    if not of or not before or len(head) > SET_HEAD or not head or not all(pos in _SET_HEAD_TAGS for _, pos in tag(head)):
        return ""
    tokens = tag(before)  # (它们拥有的核武器: a pronoun picks out nothing here)
    return written if tokens[0][1] != "r" and any(pos in ("v", "d") and w not in keep_inside() for w, pos in tokens) else ""


def _described_bare_head(phrase: str, cleaned: str) -> str:
    """参加医保的人口, 同我国建交的国家: a head that names nothing alone and the clause before 的
    that says which (a verb in it) are the metric together; a preposition opening the clause
    stays (同我国 says with whom)."""
    before, of, head = cleaned.rpartition("的")
    if not of or len(head) > BARE_HEAD or not head.endswith(tuple(_bare_heads())) or not before or not any(
            pos == "v" and w not in keep_inside() for w, pos in tag(before)):
        return ""
    whole = strip_predicates(phrase.strip())
    tokens = tag(whole[:len(whole) - len(cleaned)]) if whole.endswith(cleaned) else []
    return whole if tokens and tokens[0][1] == "p" else cleaned


@lexical_cache
def reference_words() -> frozenset[str]:
    """全市, 全省, 全国 …: words that refer to the document's place, its province or the country."""
    w = load("attribution")["subjects"]
    return frozenset(w["document_place"] + w["document_province"] + w["country"] + w["world"])


def region_count(phrase: str) -> bool:
    """两市, 三省, 两个城市: a count of places alone, the apposition of the places listed before it
    (岳阳、常德两市分别增长…); it names no indicator."""
    return bool(_region_count().fullmatch(phrase))


@lexical_cache
def _region_count() -> regex.Pattern:
    return compiled(rf"[{DIGIT_CHARS}]+(?:{alternation('attribution', 'metric', 'place_count_classifiers')})?"
                    rf"(?:{trie_pattern(load('attribution')['subjects']['region_nouns'])})")


def _head_of_relative_clause(phrase: str) -> str:
    """云集于此的外资主体, 以设备改造为主的技术改造投资: a clause with a verb before 的
    describes the noun after it, which is the metric (每百元营业收入中的成本 keeps its 的:
    no verb stands before it)."""
    before, of, after = phrase.rpartition("的")
    if not of or len(clean(after)) < 2:
        return phrase
    if any(f.start < len(before) < f.end for f in find_indicators(phrase)):
        return phrase  # 限额以上单位通过公共网络实现的商品零售额: a known indicator holds its 的
    if before.endswith(tuple(load("attribution")["subjects"]["region_nouns"])):
        return clean(after)  # 这3个省份的GDP, 337个地级及以上城市的…比例: the places counted before own the metric
    if before.endswith(tuple(words()["inclusive_ends"])):
        return clean(after)  # 包含锂电池、光伏电池在内的“新三样”产品出口: the items named are inside the whole
    tokens = tag(before)
    verbs = [w for w, pos in tokens if pos == "v" and w not in keep_inside()]
    if tokens and len(clean(after)) >= 4 and (tokens[-1][1] in ("vn", "j") or any(pos in ("p", "r") for _, pos in tokens)):
        verbs.append(tokens[-1][0])  # 从这里出口的商品车单日最高出口量, 通行的中欧班列: a clause too
    # 附加值较高的一般贸易进出口: a noun and the adjective that says how it is (a clause too)
    described = any(pos == "a" and any(_nounish(*t) for t in tokens[max(0, i - 2):i]) for i, (_, pos) in enumerate(tokens))
    return clean(after) if verbs or described else phrase



def _contribution(phrase: str) -> str | None:
    """服务业对经济增长的贡献率, 消费拉动经济增长: the construction is the metric as written
    (a verb after it, 贡献率从/由/达, is not)."""
    return _contribution_as_written(phrase) or _contribution_as_written(strip_predicates(phrase))


def _contribution_as_written(phrase: str) -> str | None:
    m = _patterns()["contribution"].fullmatch(phrase)
    w = words()
    if not m or (m.group("verb") in w["contribution_verbs"] and m.group("head") not in w["contribution_heads"]):
        return None
    if m.group("verb") in w["pull_verbs"] and m.group("head") not in w["pull_results"] \
            and not m.group("whole").endswith(tuple(w["pull_results"])):
        return None
    part = clean(m.group("part"))
    return part + phrase[m.start("verb"):].rstrip() if part else None


@lexical_cache  # a pure function of the phrase, asked of it by metric_phrase and the metric stage
def ownerless_contribution(phrase: str) -> str | None:
    """对经济增长贡献率达到81.3% after 第三产业增加值增长17.4%: the contribution as written,
    for the owner the clause before names (metric stage)."""
    stripped = strip_predicates(phrase.strip())
    m = _patterns()["contribution"].fullmatch("_" + stripped)
    if not m or m.group("part") != "_" or m.group("verb") not in words()["contribution_verbs"] \
            or m.group("head") not in words()["contribution_heads"]:
        return None
    return stripped


def pulled_contribution(pull: str, head: str) -> str:
    """高技术产品拉动全省出口增长, then 贡献率 alone → 高技术产品对全省出口增长的贡献率: a contribution's head
    after a pull names the puller's contribution to what it pulled, or ""."""
    m = _patterns()["contribution"].fullmatch(pull)
    if not m or m.group("verb") not in words()["pull_verbs"] or (m.group("head") or "") not in ("", *words()["pull_results"]):
        return ""
    return m.group("part") + words()["contribution_verbs"][0] + m.group("whole") + (m.group("head") or "") + "的" + head


_NAMED = compiled(r"“[^“”]+”\p{Han}")  # a quoted name inside a phrase, followed by its head
_QUOTED_WHOLE = compiled(r"“[^“”]+”")


def a_frame_alone(phrase: str) -> bool:
    """工业中, 41个行业中: a noun and a locative of a frame (data: frame_locatives) and nothing after it."""
    tokens = tag(phrase)
    return len(tokens) > 1 and tokens[-1][1] == "f" and tokens[-1][0] in words()["frame_locatives"] \
        and _nounish(*tokens[-2])


def _within_a_frame(phrase: str) -> str:
    """What follows a locative 中 after a noun (160个国控断面中I类及以上水质 → I类及以上水质; 注册资本项下
    实际利用外资 → 实际利用外资), or ""."""
    for word in words()["frame_words"]:
        at = phrase.find(word)
        if at > 0 and len(phrase) - at - len(word) >= 2:
            return phrase[at + len(word):]
    tokens = tag(phrase)
    at = 0
    for i, (word, pos) in enumerate(tokens):
        at += len(tokens[i - 1][0]) if i else 0
        if not 0 < i < len(tokens) - 1 or phrase.startswith(tuple(words()["frame_locative_words"]), at):
            continue
        if pos == "f" and word in words()["frame_locatives"] and _nounish(*tokens[i - 1]) \
                and tokens[i - 1][0] + word not in words()["state_locatives"]:
            # (每百元营业收入中的成本 is one indicator; 从粮食风险基金中拿出 a prepositional frame)
            if tokens[i + 1][1] == "uj" or any(p == "p" for _, p in tokens[:i]):
                return ""
            return "".join(w for w, _ in tokens[i + 1:])
    return ""


@lexical_cache
def _purpose() -> regex.Pattern:
    """(spender)用于(purpose)的(money) at the end of a phrase; the spender a run of nouns."""
    return compiled(rf"[\p{{Han}}A-Za-z]{{0,6}}?(?P<verb>{alternation('attribution', 'metric', 'purpose_verbs')})"
                    rf"[^，,；;的]{{1,16}}的(?:{alternation('attribution', 'metric', 'purpose_heads')})$")


@lexical_cache
def _bracketed_regions() -> tuple[str, ...]:
    # (the normalised text writes brackets half-width)
    return tuple(n.translate(HALF_WIDTH_BRACKETS) for n in by_length(load("attribution")["subjects"]["region_nouns"]) if "（" in n)


HALF_WIDTH_BRACKETS = str.maketrans("（）", "()")


def purposes(phrase: str, n: int) -> list[str]:
    """中央财政用于科技、教育和文化事业的支出 before n values: the spending on each purpose (中央财政用于
    科技的支出 …), or []."""
    found = _purpose().fullmatch(clean(phrase))
    if not found:
        return []
    spender, _, rest = found.group().partition(found.group("verb"))
    listed, of, head = rest.rpartition("的")
    items = split_items(listed)
    if len(items) != n:
        return []
    return [spender + found.group("verb") + item + of + head for item in items]


@lexical_cache
def _grant() -> regex.Pattern:
    """(giver)对(receiver)(kind)(transfer): a transfer between levels of government, the whole phrase."""
    return compiled(rf"[\p{{Han}}]{{1,6}}(?:{alternation('attribution', 'metric', 'grant_verbs')})"
                    rf"\p{{Han}}{{1,10}}?(?:{alternation('attribution', 'metric', 'grant_heads')})")


HEADED_PHRASE = 14  # characters at most of a name kept whole for the indicator head it ends in
_NOT_IN_A_NAME = frozenset({"d", "ad", "p", "c", "f", "m", "q"})  # 将, 已, 共, 在…中: a clause, not a name


@lexical_cache
def _scope_locatives() -> tuple[str, ...]:
    """内, 里, 上 (not 中: 每百元营业收入中的成本 is one indicator)."""
    return tuple(w for w in words()["locatives"] if w not in words()["frame_locatives"])


@lexical_cache
def _related_clause() -> regex.Pattern:
    return compiled(rf"(?:{trie_pattern(words()['related_openers'])})[^的，,。；;]{{1,8}}的")


_FOR_WHOM_TAGS = frozenset({"c", "a", "v"})  # 企业和个人, 新就业形态人员: the parts of a list of people


def _act_for_someone(phrase: str) -> str:
    """为企业减免税款 → 减免税款: a benefactive, the nouns it is for, then a verb and its object: the act, or ""."""
    tokens = tag(phrase)
    if len(tokens) < 4 or tokens[0][0] not in load("attribution")["subjects"]["benefactives"] or tokens[0][1] != "p":
        return ""
    # the act: a verb of the genre's acts (开展, 发放), else the first verb (为农民工和新就业形态人员开展免费体检:
    # 就业 is inside who it is for, who may be a list)
    verb = next((i for i, (word, pos) in enumerate(tokens) if i > 1 and word in _leading_verbs() and pos != "c"), None)
    verb = verb if verb is not None else next((i for i, (_, pos) in enumerate(tokens) if i > 1 and pos == "v"), None)
    if verb is None or verb == len(tokens) - 1 or not all(_nounish(*t) or t[1] in _FOR_WHOM_TAGS for t in tokens[1:verb]) \
            or not all(_nounish(word, pos) or pos == "v" for word, pos in tokens[verb + 1:]):
        return ""
    return "".join(word for word, _ in tokens[verb:])


@lexical_cache
def metric_phrase(phrase: str) -> str:
    """The metric before a number: the noun phrase that opens the phrase (显示间距在国内
    率先突破至 → 显示间距), unless a prepositional verb phrase follows it, whose object is
    then the metric (职业学校向社会输送技术技能人才 → 技术技能人才)."""
    if (construction := _contribution(phrase) or ownerless_contribution(phrase)) is not None:
        return construction  # (对世界经济增长的贡献率 after its owner, the subject: the construction still)
    if act := _act_for_someone(phrase.strip()):
        return metric_phrase(act)  # 为企业减免税款 → 减免税款: who it was for is no part of it
    if related := _related_clause().match(cleaned := clean(phrase)):
        return metric_phrase(cleaned[related.end():])  # 与之关联的发电量: a clause relating it to what came before
    cleaned = _after_a_done_verb(cleaned)
    if cleaned in words()["plan_words"] or cleaned in words()["pointing_back"] or _a_manner(cleaned):
        # 今年计划达到50万辆: the plan word alone is the modality's; 这一指标连续5个月居全省首位: the
        # indicator pointed back at; 以绝对优势位居第一: how; the metric is the one before
        return ""
    if purpose := _purpose().search(cleaned) or _grant().fullmatch(cleaned):
        return purpose.group()  # 中央财政用于三农的支出, 省对市县转移支付: spending on a purpose or a level, as written
    if _QUOTED_WHOLE.fullmatch(strip_predicates(phrase.strip())):
        return cleaned  # “经认证的经营者”达到558家: a quoted name is the metric whole, 的 and all
    left_out, of, head = cleaned.partition("的")
    if of and len(head) >= 2 and left_out.startswith(tuple(words()["exclusions"]["opening"])) \
            and left_out.endswith(tuple(words()["exclusions"]["closing"])):
        return cleaned  # 除汽车以外的消费品零售额: what the indicator leaves out is part of its name
    if _protected_names().fullmatch(cleaned):
        return cleaned  # 研究与试验发展经费投入: a known name with a connector inside, whole
    if ratio := _ratio_of_two().search(cleaned):
        return ratio.group()  # 社会物流总费用与地区生产总值的比率: a ratio of two names, both and its noun
    if within := _within_a_frame(cleaned):
        return metric_phrase(within)  # 规上工业中高技术制造业 → 高技术制造业: 规上工业中 frames it
    if described := _described_bare_head(phrase, cleaned):
        return described
    defining, of, head = strip_predicates(phrase.strip()).rpartition("的")
    if of and head.endswith(tuple(_counted_set_nouns())) and len(head) <= SET_HEAD \
            and all(pos in _SET_HEAD_TAGS for _, pos in tag(head)) and (defining := _without_connectives(defining)):
        # GDP超过5万亿元的省份, 上涨的城市: a set is named by what defines it; 有进出口实绩的民营企业 keeps its 有
        having = next((v for v in load("attribution")["counted_sets"]["relative_verbs"]
                       if phrase.strip().endswith(v + defining + of + head)), "")
        return having + defining + of + head
    owner, of, head = cleaned.rpartition("的")
    if of and len(head) >= 2 and owner.endswith(_scope_locatives()) and not owner.endswith(tuple(bounds()["after"])):
        # 政策范围内的医保基金支付水平: the scope (范围内) frames the indicator after it (but 一百万吨以上的
        # 大型矿井: a threshold defines the things counted)
        return metric_phrase(head)
    if of and head in _bare_share_nouns() and owner and not any(v in owner for v in words()["share_verb"]) \
            and len(owner) <= DEFINED_SHARE and any(pos == "v" for _, pos in _whole_tokens(owner)):
        return _without_leading_verbs(owner) + head  # 指标达到国内一流的比例 → 指标达到国内一流比例: what it is a share of
    if of and head in _heads() and owner and noun_core(owner) == owner:
        return owner + head  # 民营经济的增加值 → 民营经济增加值
    if of and owner and head.endswith(tuple(_heads())) and len(owner) <= OWNER_OF_A_HEAD and len(head) <= HEADED_PHRASE \
            and noun_core(owner) == owner and all(pos in _OWNER_TAGS or pos == "c" for _, pos in _whole_tokens(owner)) \
            and all(_nounish(*t) and t[1] != "v" for t in _whole_tokens(head)):
        return owner + head  # 国家预算内和预算外的基本建设投资总额: a longer owner of a head of the genre
    rate = head.endswith(tuple(load("kinds")["rate"]["level_rates"]))  # 原材料工业关键工序的数控化率: a rate of its owner
    if of and owner and head and (len(owner) <= OWNER_OF or rate) and noun_core(owner) == owner \
            and all(pos in _OWNER_TAGS for _, pos in _whole_tokens(owner)) \
            and all((_nounish(*t) or rate and t[1] in _OWNER_TAGS) and t[1] != "v" for t in _whole_tokens(head)):
        # 企业的生产效率 → 企业生产效率: a noun's measure, 的 dropped (茶叶产量的增长速度: the rate is the kind's)
        return owner if head in load("kinds")["rate"]["nouns"] else owner + head
    core = _joined_over_verb(_head_of_relative_clause(cleaned))
    if summed := _summed_object(_whole_tokens(core)):
        return summed  # 海关共监管“零关税”进口货物价值: what the actor's act summed
    if _NAMED.search(phrase):
        return _without_leading_verbs(core)  # 专精特新“小巨人”企业: a quoted name is never cut
    opening = noun_core(core)
    tokens = _whole_tokens(core)
    if handed := _handed_out(tokens):
        return handed
    if (opening != core or tokens and tokens[0][0] in words()["leading_adverbs"]) \
            and (done := _object_of_leading_verbs(tokens)) is not None:
        # 累计研制两岸共通标准 → 两岸共通标准 (not 研制), 成功创建全国示范性老年友好型社区: where the noun
        # core would stop inside the object (两岸 a locative) or an adverb opens the phrase
        return done
    if opening == core and not (tokens and tokens[0][1] == "p"):
        return core
    if opening and len(core) <= HEADED_PHRASE and core.endswith(tuple(words()["rate_name_ends"])) \
            and tokens[0][1] not in _NOT_IN_A_NAME and all(pos not in ("m", "q") for _, pos in tokens[1:]):
        # 信访事项一次性化解率, 专业与产业匹配度: a rate's name holds its adverbs and 与 (it is no clause)
        return _without_leading_verbs(core)
    if opening and len(core) <= HEADED_PHRASE and core.endswith(tuple(words()["heads"])) \
            and all(pos not in _NOT_IN_A_NAME for _, pos in tokens):
        # 自学考试录取本科学生人数: a verb inside a name that ends in its head; 职工的工资总额 → 职工工资总额
        return _without_leading_verbs("".join(w for w, pos in tokens if pos != "uj"))
    # 职业学校向社会输送人才, 向困难家庭发放补贴: the object of the verb after a preposition
    # (…锦标赛上获得金牌: a locative ends a frame as a preposition opens one)
    preposition = next((i for i, (w, pos) in enumerate(tokens)
                        if pos == "p" or pos == "d" and i or pos == "f" and i and w in words()["locatives"]), None)
    if preposition is None:
        return _with_head_after_of(core, opening)
    verbs = [i for i in range(preposition + 1, len(tokens))
             if tokens[i][1] == "v" and tokens[i][0] not in keep_inside()]
    if not verbs and core.endswith(tuple(words()["opinion_heads"])):
        return _without_leading_verbs(core)  # 民营企业对营商环境综合评分: who judges, about what, and the score
    if not verbs:
        rest = "".join(w for w, _ in tokens[preposition + 1:])
        # 保险公司全部保费收入, 针对工业增加值: the known indicator after the adverb or preposition is
        # what is measured (对东盟进出口 is the trade with ASEAN)
        opener, pos = tokens[preposition]
        by_word = pos == "d" or pos == "p" and not preposition and opener not in words()["partner_prepositions"]
        if preposition and opener in connectors() \
                and all(_nounish(*t) and t[1] != "v" for t in tokens[:preposition] + tokens[preposition + 1:]):
            return core  # 生物与新医药产业链产值: 与 joins two names of one noun phrase
        if preposition and opener in words()["partner_prepositions"] and tokens[-1][1] == "vn" \
                and all(_nounish(*t) for t in tokens[:preposition]):
            return core  # 区管企业对战略性新兴产业投资: who put money (trade, loans) into what, one act
        return rest if by_word and indicator_of(rest) else opening
    obj = tokens[verbs[-1] + 1:]
    # (发行首批超长期特别国债: an ordinal may open the object)
    if obj and all(_nounish(w, p) or k == 0 and p == "m" for k, (w, p) in enumerate(obj)) \
            and len("".join(w for w, p in obj if p != "m")) >= 2:
        if len(obj) == 1 and len(obj[0][0]) <= 2 and tokens[verbs[-1]][0] not in words()["transfer_verbs"]:
            obj = tokens[verbs[-1]:]  # 共签约项目 → 签约项目: a bare 项目 names nothing (发放补贴: the 补贴 handed out does)
        return clean("".join(w for w, _ in obj))
    return opening


OWNER_OF = 4  # characters at most of a noun whose measure follows 的 (企业的生产效率)
DEFINED_SHARE = 20  # characters at most of the clause that defines a bare share noun (…达到国内一流的比例)
OWNER_OF_A_HEAD = 10  # …and of nouns whose head of the genre follows it (国家预算内和预算外的基本建设投资总额)
_OWNER_TAGS = frozenset({"n", "nz", "ns", "nt", "nr", "j", "eng", "an", "b"})


def _object_of_leading_verbs(tokens) -> str | None:
    """The object after the verbs that open a phrase (and the adverb of manner before them: 成功, 累计),
    when it is a noun phrase ending in a noun with no verb of its own: what was done is counted."""
    k = 0
    while k < len(tokens) and tokens[k][0] in words()["leading_adverbs"] and k + 1 < len(tokens) and tokens[k + 1][1] == "v":
        k += 1
    first = k
    if first < len(tokens) and tokens[first][0] in words()["naming_verbs"] \
            and is_indicator_name("".join(w for w, _ in tokens[first:])):
        return None  # 新增城镇就业: a verb of the indicator's own name (_named_whole)
    while k < len(tokens) and (tokens[k][0] in _leading_verbs() or tokens[k][1] == "v" and len(tokens[k][0]) > 1):
        k += 1
    rest = tokens[k:]
    # (显示间距在国内率先…: a preposition or an adverb makes a clause, no object; 路网更新项目: 更新 names it)
    adverbs = [i for i, (_, pos) in enumerate(rest) if pos == "d"]
    if any(i + 1 >= len(rest) or rest[i + 1][0] not in words()["name_heads"] for i in adverbs):
        return None
    if k == first or not rest or any(pos in ("v", "p") for _, pos in rest) or rest[-1][1] not in _OBJECT_ENDS \
            or rest[0][1] not in _OBJECT_OPENS or len("".join(w for w, _ in rest)) < 3:
        return None
    name = "".join(w for w, _ in rest)
    return None if name.endswith(tuple(words()["measure_endings"])) else name


_OBJECT_ENDS = frozenset({"n", "nz", "ns", "nt", "s", "j", "l"})
_OBJECT_OPENS = _OBJECT_ENDS | {"b", "f", "a", "t", "an", "vn"}


def _after_a_done_verb(phrase: str) -> str:
    """甩掉了亏损 → 亏损: a verb and 了 before nouns say what was done to them, not what is measured."""
    if not any(mark in phrase for mark in words()["done_marks"]):
        return phrase  # (most phrases: no tagging)
    tokens = _whole_tokens(phrase)
    for i in range(len(tokens) - 2):
        if tokens[i][1] == "v" and tokens[i + 1][1] == "ul" and all(_nounish(*t) for t in tokens[i + 2:]):
            return "".join(word for word, _ in tokens[i + 2:])  # (这家企业甩掉了亏损: the doer goes too)
    return phrase


def _handed_out(tokens) -> str:
    """(向6097名)困难家庭子女发放入学资助金, 企业投入研发经费, 发放补贴: after nouns or opening the
    phrase, a verb that hands something over makes the thing handed the metric, not who got or gave it."""
    for i, (word, pos) in enumerate(tokens):
        if pos == "v" and word in words()["transfer_verbs"] and all(_nounish(*t) for t in tokens[:i]):
            after = i + 1 + (i + 1 < len(tokens) and tokens[i + 1][1] == "ul")  # 企业获得了政府补贴: 了 may follow
            if after < len(tokens) and all(_nounish(*t) for t in tokens[after:]):
                handed = "".join(w for w, _ in tokens[after:])
                if i == 0 and handed.endswith(tuple(words()["transfer_measures"])):
                    return ""  # 发放金额, 投入强度: the verb's measure, not a thing handed
                return handed if len(handed) >= 2 else ""
    return ""


def _without_connectives(phrase: str) -> str:
    """其中上涨 → 上涨: connectives go from the start, predicates stay (they define a set)."""
    connectives = _connective_words()
    start, moved = 0, True
    while moved:
        moved = False
        for word, _ in tag(phrase[start:])[:1]:
            if word in connectives or word in _PUNCTUATION:
                start, moved = start + len(word), True
    return phrase[start:]


@lexical_cache
def _connective_words() -> frozenset[str]:
    return frozenset(words()["connectives"])


@lexical_cache
def _bare_share_nouns() -> frozenset[str]:
    """比例, 比重, 占比: a share noun that names nothing without what it is a share of."""
    built = words()["built"]
    return frozenset([*built["share_nouns_kept"], built["share_alone"]])


@lexical_cache
def _heads() -> frozenset[str]:
    return frozenset(words()["heads"])


@lexical_cache
def _name_ends() -> tuple[str, ...]:
    """项目, 工程 …, 院, 站 …: the heads that end a name."""
    return tuple(words()["name_heads"] + words()["name_head_characters"])


@lexical_cache
def connectors() -> frozenset[str]:
    return frozenset(load("attribution")["lists"]["connectors"])


@lexical_cache
def _item_separator() -> regex.Pattern:
    """、 和 与 …, and the empty seam between two quoted names (“保交楼”“保交房”)."""
    return compiled(rf"{alternation('attribution', 'lists', 'connectors')}|(?<=”)(?=“)")


@lexical_cache
def _leading_verbs() -> frozenset[str]:
    """Verbs that head a predicate before their object (实施 208 个项目); others may be
    part of a name (可再生能源, 保交房, 节能降碳改造)."""
    return frozenset(words()["leading_verbs"] + words()["predicates"])


BARE_HEAD = 4  # characters at most of a head that names nothing alone (城乡居民)
SET_HEAD = 6  # characters at most of a counted set's noun (民营企业, 规上工业企业)
_SET_HEAD_TAGS = frozenset({"n", "nz", "nt", "ns", "j", "b", "an", "ng", "zg"})  # nouns only (方式覆盖全省 is no set; 县 is zg)


@lexical_cache
def _counted_set_nouns() -> frozenset[str]:
    """The regions and classes a count of a set counts (省份, 城市, 县, 企业 …)."""
    return frozenset(load("attribution")["counted_sets"]["nouns"])


@lexical_cache
def leading_verbs() -> frozenset[str]:
    """Verbs that head a predicate before the thing counted or measured (data/attribution.toml)."""
    return frozenset(words()["leading_verbs"])


@lexical_cache
def keep_inside() -> frozenset[str]:
    """Words the tagger calls verbs that are parts of indicator names (投资, 增加值, 采掘)."""
    return frozenset(words()["keep_inside"])


def _title_ahead(tokens, run: int) -> int:
    """Where a title (…示范县, …试点城市) closes a noun phrase that verbs interrupt, within TITLE_REACH
    tokens of nouns and verbs; 0 where none does or a verb that confers the title stands between (获评…示范县)."""
    read = ""
    for k in range(run, min(len(tokens), run + TITLE_REACH)):
        word, pos = tokens[k]
        if word in words()["title_predicates"] or pos not in ("n", "v", "vn", "a", "b", "nz", "j", "l"):
            return 0
        read += word
        if read.endswith(tuple(words()["title_ends"])):  # (示范/项目: the end may span two words)
            return k + 1
    return 0


TITLE_REACH = 8  # tokens after the first verb where a title's end may close the name


def _verb_and_name_end(tokens) -> bool:
    """充电/桩, 急救/点, 便民服务/圈: a verb or noun and a name's end the tagger reads as a measure
    word end a name (not 增/桩)."""
    return len(tokens) == 2 and tokens[0][1] in ("v", "vn", "n") and len(tokens[0][0]) > 1 and tokens[1][1] == "q" \
        and tokens[1][0].endswith(_name_ends())


@lexical_cache
def _people_nouns() -> tuple[str, ...]:
    """人口, 居民, 农民 …: the words for people a figure counts without a measure word."""
    return tuple(load("units")["people_without_classifier"]["nouns"])


def _nounish(word: str, pos: str) -> bool:
    return pos in _NOUN_TAGS or word in keep_inside()


_HEAD_TAGS = {"n", "nz", "vn", "eng", "nt", "ns", "j", "ng", "x", "l", "nr", "nrt", "s"}
_NOUN_TAGS = {"n", "nz", "vn", "eng", "nt", "ns", "nr", "nrt", "nrfg", "j", "an", "b", "a", "l", "ng", "x", "k", "s"}  # s: 国内, 口岸


_NOT_NAMING_TAGS = frozenset({"v", "d", "ad", "r", "f", "p", "c", "u", "uj", "ul"})
_NOUN_AFTER = compiled(r"[“”\p{Han}A-Za-z](?:[\p{Han}A-Za-z0-9“”\"+]|(?<=\d)\.(?=\d)){0,24}")  # PM2.5 is one word


_QUOTED_OPENING = compiled(r"“([^“”]{1,16})”")


def _with_head_after_of(core: str, opening: str) -> str:
    """联山联水联社区的绿道: a noun core that stops at 的 names the owner; the noun after 的 is what
    is measured, joined to it."""
    at = core.rfind(opening)
    rest = core[at + len(opening):] if at >= 0 and opening else ""
    head = rest[1:] if rest.startswith("的") else ""
    if head and "的" not in head and head not in load("kinds")["rate"]["nouns"] \
            and all(_nounish(*t) and t[1] != "v" for t in _whole_tokens(head)):
        return opening + head  # (茶叶产量的增长速度: the rate is the kind's)
    return opening


def topic_phrase(clause: str) -> str:
    """每百元固定资产净值提供的税收利润，2021年为31.5元: a clause that is a noun phrase and nothing
    else (what describes it before 的 included) is the topic the figures after it measure; its
    metric as written, or as metric_phrase reads a plain owner and head (城乡居民的平均消费水平)."""
    phrase = clean(clause)
    if clause.startswith(tuple(words()["pronouns"])) or phrase in _heads():
        return ""  # 这个比重: what it refers to is named before, not here
    tokens = _whole_tokens(phrase)
    of = max((i for i, (word, _) in enumerate(tokens) if word == "的"), default=-1)
    head, describing = tokens[of + 1:], tokens[:max(of, 0)]
    kind_of_place = bool(head) and head[-1][0].endswith(tuple(_counted_set_nouns()))  # 组建城市合作银行的大中城市: a set
    headed = len(head) == 2 and head[-1][0] in _heads()  # 最低生活保障的覆盖人数: a verb inside a head's name
    if of < 0 or not head or any(pos in _NOT_IN_A_TOPIC for _, pos in head) or head[-1][1] in _PLACE_TAGS and not kind_of_place \
            or not (headed or kind_of_place and len(head) == 1
                    or all(_nounish(*t) and t[1] != "v" or t[0] in _heads() for t in head)):  # (…的县, …的村: the tagger's zg)
        return ""  # (每百元 may describe it: a denominator, not a figure)
    verbs = [i for i, (_, pos) in enumerate(describing) if pos in ("v", "p") or pos == "vn" and i == len(describing) - 1]
    if any(pos in _NOT_DESCRIBING or word in words()["copulas"] for word, pos in describing) \
            or describing[-1][1] == "a" and any(pos == "v" for _, pos in describing[:-1]):
        return ""  # 粮食总产量实现了历史罕见的八连, 国家财政出现较大的赤字: a sentence, its adjective before 的
    # a clause before 的 stays whole; a plain owner joins its head (城乡居民的平均消费水平 → 城乡居民平均消费水平)
    return phrase if verbs else "".join(word for word, pos in tokens if pos != "uj")


_NOT_IN_A_TOPIC = frozenset({"m", "r", "q", "d", "c", "x"})  # figures, pronouns (这个比重), adverbs, lists, marks
_NOT_DESCRIBING = frozenset({"r", "ul", "d"})  # pronouns, 了, adverbs (不断完善): a sentence, not a description
_PLACE_TAGS = frozenset({"ns", "nr", "nrt"})
_PLANNED_NOUN_TAGS = frozenset({"n", "nz", "l", "j"})  # (计划投资, 计划单列: a verbal noun or a term keeps its 计划)
NAME_AFTER_A_PLACE = frozenset({"nt", "nz"})  # 卫生室, 广播电视: the tagger's names of bodies and things


@lexical_cache
def following_noun(after: str, counted: bool = False) -> str:
    """The noun written right after a number (17座智能化矿井, 109平方米的巨型电子屏幕),
    given the text between the number and the next one; ``counted``: the things a count counts."""
    after = after[1:] if after.startswith("的") else after
    if opens_a_predicate(after):
        return ""  # 新增企业20家并实现产值…: 并 opens what is done next, no noun of this figure
    if counted and (other := _OTHER_CLASSIFIER.match(after)) and (unit := units().get(other.group(1))) is not None \
            and unit.unit == "count":
        after = after[other.end():]  # 7万套（间）保障性租赁住房: the other measure word the things are counted in
    if counted and (items := _items_closed().match(after)) and not _noun_after(after, counted).startswith(items.group()) \
            and (noun := _noun_after(after[items.end():], counted)) and not noun.startswith(tuple(words()["place_kinds"])):
        # 178项节能、节水和资源综合利用等重大项目: the kinds listed before the noun are its own (not places listed:
        # 98个中央部门和北京、上海等省市 counts the departments)
        return items.group() + noun
    if counted and after.startswith(tuple(words()["name_negations"])) \
            and (noun := _noun_after(after[1:], counted)) and tag(noun)[0][1] in ("v", "vn") \
            and len(noun) >= len(_noun_after(after, counted)):
        return after[0] + noun  # 1万名未就业高校毕业生: a negated verb before the noun describes the people counted
    if counted and (threshold := _leading_threshold().match(after)) and not _noun_after(after, counted) \
            and (noun := _noun_after(after[threshold.end():], counted)):
        # 957个50户以上农村木质房屋连片村寨, 2.5万名65岁及以上失能老年人: the threshold defines the things counted
        return threshold.group() + noun
    if counted and (measure := _leading_measure().match(after)) and (noun := _noun_after(after[measure.end():], counted)):
        return measure.group() + noun  # 7个750千伏输变电工程: a measure inside the name of the things counted
    # 300个省、市级疾控中心, 42个国控、省控断面: short items listed before the noun they share are its own
    items = _SHORT_ITEMS.match(after)
    if items and _HAN.match(after, items.end()) and _parallel(after.split(LIST_MARK)[:items.group().count(LIST_MARK) + 1]) \
            and (noun := _noun_after(after[items.end():], counted)):
        return items.group() + noun
    if labels := _LABELS_NOTED.match(after):
        after = labels.group(1) + after[labels.end():]  # “两重”“两新”［1］项目: the note's mark is inside the name
    noun = _noun_after(after, counted)
    return _listed_after(after, noun, counted) if counted and noun else noun


def _listed_after(after: str, noun: str, counted: bool) -> str:
    """18个试点县、园区和企业加快建设: the nouns listed after the first, none with a figure of its own, are
    counted too; an item whose clause runs on into the next figure (5个项目、总投资20亿元) is that figure's,
    unless a connector joins the two (120个卫生院、卫生室和3万个…); items closed by 等 are examples of
    another set (9个集群和电子信息、航空等5个集群)."""
    listed, rest = noun, after[len(noun):] if after.startswith(noun) else ""
    while rest.startswith(LIST_MARK) and (item := _noun_after(rest[1:], counted)) and rest.startswith(item, 1) \
            and _a_listed_noun(item) and (tail := rest[1 + len(item):]) and not tail.startswith(tuple(words()["enumeration_ends"])) \
            and (_patterns()["noun_end"].search(tail) or tail.startswith(tuple(connectors()))):
        listed, rest = listed + LIST_MARK + item, tail
    return listed


_NOT_IN_A_LISTED_NOUN = frozenset({"v", "m", "q"})  # 免费提供教科书, 上百道工序, N个公司: a clause or a count of its own


def _a_listed_noun(item: str) -> bool:
    """An item of a list of nouns: neither a place (98个中央部门和北京、上海: places of another count) nor a
    clause or a count of its own."""
    tokens = tag(item)
    return tokens[0][1] not in _NOT_NAMING_TAGS and tokens[0][1] not in _PLACE_TAGS \
        and not any(pos in _NOT_IN_A_LISTED_NOUN for _, pos in tokens)


@lexical_cache
def _leading_measure() -> regex.Pattern:
    """A figure and its unit of measure (not a count: 四批次355项事项 are two counts) that a name opens with."""
    measures = [surface for surface, unit in units().items() if unit.unit != "count" and not surface[0].isascii()]
    return compiled(rf"\d+(?:\.\d+)?(?:{trie_pattern(measures)})(?=\p{{Han}})")


@lexical_cache
def _leading_threshold() -> regex.Pattern:
    """50户以上, 1000人以上的: a figure and its bound after (data/bounds.toml [threshold]) that a name opens with."""
    return compiled(rf"[\d{DIGIT_CHARS}{UNIT_CHARS}]+(?:\.\d+)?[{UNIT_CHARS}]*\p{{Han}}{{1,2}}?(?:{trie_pattern(bounds()['threshold']['after'])})的?")


_OTHER_CLASSIFIER = compiled(r"[（(](\p{Han}{1,2})[）)]")  # （间）: another measure word of the things counted


@lexical_cache
def _items_closed() -> regex.Pattern:
    """节能、节水和资源综合利用等: items of words (no figure, no clause mark) joined by a list's connectors and
    closed by an enumeration's end (data lists.connectors, metric.enumeration_ends)."""
    item = rf"[^\s\d{DIGIT_CHARS}，,。；;：:、“”（）()]{{1,12}}"
    return compiled(rf"(?:{item}(?:{trie_pattern(load('attribution')['lists']['connectors'])}))+{item}?"
                    rf"(?:{trie_pattern(words()['enumeration_ends'])})")


HEAD_AHEAD = 3  # words after a verb or time word inside a name where the name's head may stand
_SHORT_ITEMS = compiled(r"(?:\p{Han}{1,3}、)+")
_LABELS_NOTED = compiled(rf"((?:“[^“”]{{1,12}}”)+)(?:{_FOOTNOTE.pattern})")  # quoted labels, then a note's mark
_HAN = compiled(r"\p{Han}")


def _parallel(items: list[str]) -> bool:
    """Items of one list, each like the next: kinds of place (省、自治区、直辖市, 省、市级), or words of one
    length ending alike (国控、省控, 食品、药品); 服装、交易额 or 金牌、残奥会 are two things, not one noun's."""
    kinds = tuple(words()["place_kinds"])
    return all(a in kinds and b.startswith(kinds) or len(b) >= len(a) > 1 and b[len(a) - 1] == a[-1]
               for a, b in zip(items, items[1:]))


def _set_phrase_predicate(tokens, i: int) -> bool:
    """A set phrase of the tagger (全面铺开, 如期完成) that ends in a verb, with no noun after it
    that it could be part of the name of (社会保障体系, 技术创新和成果转化平台 are names)."""
    tail = tag(tokens[i][0][-2:])
    return len(tail) == 1 and tail[0][1] == "v" and (
        i + 1 == len(tokens) or tokens[i + 1][1] not in _HEAD_TAGS and tokens[i + 1][0] not in connectors())


def _predicate_joiners() -> list[str]:
    """并, 并且 …: conjunctions that open a second predicate (data lists.predicate_joiners)."""
    return load("attribution")["lists"]["predicate_joiners"]


def opens_a_predicate(text: str) -> bool:
    """并实现…, 并且…: a conjunction opens ``text`` (not 并购, 并列: words of their own)."""
    joiners = _predicate_joiners()
    return text.startswith(tuple(joiners)) and (first := tag(text[:4])[0])[1] == "c" and first[0] in joiners


@lexical_cache  # (following_noun asks it again of the same text for each reading it tries)
def _noun_after(after: str, counted: bool) -> str:
    if bracketed := next((n for n in _bracketed_regions() if after.startswith(n)), None):
        return bracketed  # 29个省（自治区、直辖市）: the kinds in brackets are the noun's own
    whole = after
    after = _patterns()["noun_end"].split(after, maxsplit=1)[0]
    scope = _patterns()["scope_in"].search(after)
    after = after[: scope.start()] if scope else after  # …综合产能全国前三: the rank's scope ends it
    match = _NOUN_AFTER.match(after)
    if not match or not_a_noun(match.group()):
        return ""
    name = _QUOTED_OPENING.match(match.group())
    # a quoted name opens the noun whole (“高效办成一件事”重点事项): the tagger would cut it at its verb
    tokens = [(name.group(1), "nz"), *tag(clean(match.group()[name.end():]))] if name else tag(clean(match.group()))
    cleaned = "".join(word for word, _ in tokens)
    rest = match.group()[len(cleaned):] if match.group().startswith(cleaned) else ""
    adverb_after = bool(rest) and tag(rest)[0][1] == "ad"  # 火力全开: clean() took the adverb off
    run, closed = 0, -1
    heads, far_heads = tuple(words()["name_heads"]), tuple(words()["far_name_heads"])
    while run < len(tokens):
        word, pos = tokens[run]
        joins = word in connectors() and run and run + 1 < len(tokens) and (
            _nounish(*tokens[run + 1]) and not (tokens[run + 1][1] == "ns" and run + 2 < len(tokens) and tokens[run + 2][1] == "v")
            # 职业资格许可和认定事项: a verb after the connector, the name's head right after it
            or tokens[run + 1][1] == "v" and run + 2 < len(tokens) and tokens[run + 2][0] in words()["name_heads"])  # (央企与辽宁签约)
        grade = pos in ("m", "q") and bool(_patterns()["grade"].fullmatch(word))  # 千亿级产业集群
        # a verb or measure word inside a name that a noun follows: 征收安置问题项目, 县域医疗卫生次中心,
        # 海绵示范项目 (but 企业走向国际市场 is a predicate)
        noun_follows = any(_nounish(w, p) and p not in ("v", "a") for w, p in tokens[run + 1:run + 3])
        # a name's head next, or after one more verb (提质/增效/专项贷款, 城中村/改造/项目)
        # a name's head next, or a few words on (提质/增效/专项贷款, 共建/重点/实验室, 验证/和/中试/平台; 服务中心 ends
        # in one), but not 企业 that far (民企/上榜/中国/民营企业: a predicate's object)
        head_next = run + 1 < len(tokens) and tokens[run + 1][0].endswith(heads) \
            or run + 2 < len(tokens) and tokens[run + 1][0] in words()["pilot_marks"] and _nounish(*tokens[run + 2]) \
            or any(w.endswith(far_heads) for w, _ in tokens[run + 2:run + 1 + HEAD_AHEAD])
        inside = run and noun_follows and (pos == "q" or pos == "t" and head_next or pos == "v" and (
            all(p in ("v", "vn") for _, p in tokens[:run])
            or head_next and (word not in _leading_verbs() or word in words()["works"]
                              # 年度/共建/项目: a verb between a noun and the head right after it names the head
                              or _nounish(*tokens[run - 1]) and tokens[run - 1][1] not in ("v", "ns")
                              and tokens[run + 1][1] == "n" and tokens[run + 1][0].endswith(heads))))  # 城中村改造项目
        region = word in _counted_set_nouns() and (run or noun_follows)  # 重灾/县, 县/医院: the tagger's zg
        # 世界500强企业: a list's size and its mark inside a name, a noun after them
        listed = run and (pos == "m" and run + 2 < len(tokens) and tokens[run + 1][0] in words()["list_marks"]
                          or word in words()["list_marks"] and tokens[run - 1][1] == "m") and noun_follows
        # 产品品质不达标企业: a negated verb before a name's head describes the things counted
        negated = run and word in words()["name_negations"] and run + 2 < len(tokens) \
            and tokens[run + 1][1] == "v" and tokens[run + 2][0] in words()["name_heads"]
        if run and run + 1 < len(tokens) and tokens[run + 1][0] in words()["aspect_particles"]:
            break  # 企业启动了数字化改造, 困难群众圆了安居梦: a word with its aspect is the predicate, whatever its tag
        if run and pos == "l" and _set_phrase_predicate(tokens, run):
            break  # 129项改革任务全面铺开, 灾损农房如期完成修缮: a set phrase that ends in a verb is the predicate
        if run and word in words()["verbs_read_as_nouns"] and all(_nounish(*t) for t in tokens[:run]) \
                and not any(w.endswith(_people_nouns()) for w, _ in tokens[:run]):
            break  # 16个工厂落户开发区: a predicate the tagger reads as a noun (农业转移人口落户城镇 is what people did)
        if run and (pos in ("q", "v") and word in words()["name_head_characters"]
                    or pos == "zg" and word in words()["bound_name_heads"]) and len(tokens[run - 1][0]) > 1 \
                and _nounish(*tokens[run - 1]):
            run = closed = run + 1  # 64个综合执法/站强化实战运转: a name's last character the tagger reads as a verb ends it
            break
        if not (_nounish(word, pos) or pos == "ad" or joins or grade or inside or region or listed or negated
                or (run == 0 and pos in ("r", "v", "f")) or (run == 0 and pos == "t" and noun_follows)
                or (run == 0 and word in words()["noun_prefixes"] and noun_follows)
                or (run == 0 and pos == "p" and any(w == "的" for w, _ in tokens[1:]))  # 针对…的专项政策
                or (run == 0 and pos in ("vg", "i", "zg", "d") and len(tokens) > 1 and tokens[1][1] in ("n", "nz", "vn")
                    and not any(verb in word for verb in _leading_verbs()))):  # (进一步提高企业…: a predicate)
            # 中长期贷款; 观/景点, 反走私/综合执法站: a word the tagger reads alone opens a name a noun follows
            break
        if run == 0 and pos == "l" and tag(word[:2])[0][1] == "v" and len(tokens) > 1 and tokens[1][1] == "v":
            break  # 10个深入基层开展…: a set phrase that opens with a verb, before a verb, is a predicate
        run += 1  # 本地软硬件适配企业发展 → 本地软硬件适配企业; 创新平台火力全开 → 创新平台
    if 0 < run < len(tokens) and tokens[run][1] in ("v", "vn") and (title := _title_ahead(tokens, run)):
        run = title  # 2个全国传统村落集中连片保护利用示范县: verbs inside a title that a title's end closes
    inside_verb = run < len(tokens) and tokens[run][1] == "v" and len(tokens[run][0]) > 1 \
        and tokens[run][0] not in _leading_verbs() and tokens[run][0] not in words()["purpose_verbs"]  # (资金用于贷款)
    if 0 < run == len(tokens) - 1 and _verb_and_name_end(tokens[run - 1:]):
        run = len(tokens)  # 高品质生活服务圈: a name's end the tagger reads as a measure word, after a verb of the name
    elif 0 < run == len(tokens) - 2 and inside_verb and (tokens[-1][1] == "n" or tokens[-1][0].endswith(_name_ends())):
        run = len(tokens)  # 98个典型应用场景, 5万个电动汽车公共充电桩, to the end of its clause: a verb inside a name its noun ends
    elif 0 < run == len(tokens) - 3 and inside_verb and tokens[run + 1][1] in ("a", "n", "vn", "nr", "v") \
            and tokens[-1][0].endswith(_name_ends()):
        # 300个村级互助幸福院, 200个农村邻里互助养老服务点 (养老 read as a name), 14个国家自主创新示范区: …and
        # with a word between, when a name's head ends it
        run = len(tokens)
    if run > 1 and tokens[0][0] in _counted_set_nouns() and not _nounish(*tokens[0]) \
            and not tokens[run - 1][0].endswith(_name_ends()) and tokens[1][1] not in NAME_AFTER_A_PLACE:
        # 30个县高效特色设施农业提升行动: the counties are counted (but 786所县医院, 3000个村卫生室: a county's
        # hospitals, a village's clinics: a name follows the place)
        run = 1
    if counted and (done := _done_to_them(tokens, run)):
        run = done  # 800户规模以上工业企业数字化改造: what is done to the things counted ends their name
    while 1 < run and tokens[run - 1][0] in words()["manners"] and tokens[run - 2][1] in _HEAD_TAGS:
        run -= 1  # 1万名低保老年人免费实施白内障手术: how the predicate is done is no part of the name
    if run > 3 and tokens[run - 1][1] == "vn" and tokens[run - 2][1] in ("a", "ad", "d"):
        run -= 2  # 8个国家区域医疗中心平稳运营: how the things counted do ends no name
    if counted and run > 1 and tokens[run - 1][0] in words()["improved_attributes"] and _nounish(*tokens[run - 2]):
        run -= 1  # 提升122个劳务品牌知名度: the brands are counted, not their renown
    while run > 2 and tokens[run - 1][0] in words()["trailing_actions"] and _nounish(*tokens[run - 2]):
        run -= 1  # 2个国家重大产业备份项目建设: the projects are counted, not their building
    if counted and run > 2 and tokens[run - 1][0] in words()["improved_attributes"] and _nounish(*tokens[run - 2]):
        run -= 1  # 3000个村卫生室能力建设: the clinics, not their capacity (once the building is off)
    while run > 1 and run != closed and not (tokens[run - 1][1] in _HEAD_TAGS or tokens[run - 1][0] in keep_inside()
                           or tokens[run - 1][0] in _counted_set_nouns()
                           or run == len(tokens) and _verb_and_name_end(tokens[run - 2:run])
                           or _patterns()["grade"].fullmatch(tokens[run - 1][0]) and run == len(tokens)):
        run -= 1  # a noun phrase ends in a noun: 芯片固定 → 芯片
    if run > 2 and (run < len(tokens) and tokens[run][1] == "ad" or run == len(tokens) and adverb_after):
        run -= 1  # 创新平台火力全开: the last noun is the adverb's subject, not the name's (全部投用 ends nothing early)
    if run and all(pos in _NOT_NAMING_TAGS and w not in keep_inside() for w, pos in tokens[:run]):
        return ""  # 以2.85万亿元继续领跑, 位列第三: a verb after a number names nothing
    # 41个城市PM2.5平均浓度35微克: an indicator after the counted noun, with the next number
    # right after it (a predicate at most between), is the next number's
    rest = whole[sum(len(word) for word, _ in tokens[:run]):]
    next_follows = not rest or rest in _strip_words()[1]
    pos = 0
    for i, (word, _) in enumerate(tokens[:run] if next_follows else ()):
        if pos >= 2 and any(span.start == 0 for span in find_indicators("".join(w for w, _ in tokens[i:run]))):
            run = i
            break
        pos += len(word)
    else:
        if counted and next_follows and run > 1 and tokens[run - 1][0] in words()["heads"]:
            run -= 1  # 7条重点产业链产值突破7000亿元: a head of the genre (产值) is the next number's
    return clean("".join(word for word, _ in tokens[:run]))


_ONLY_NOUNS = frozenset({"n", "nz", "nt", "ns", "j", "ng"})  # what a word of becoming may name (数字化/车间)


def _done_to_them(tokens, run: int) -> int:
    """Where the name of the things counted ends before what is done to them: at a word of becoming
    (数字化, 绿色/化) with no noun after it in the clause (资源化处理设施 is a name), or at a verbal noun the
    clause's last verb follows (项目/投产/达效, 机构/优化/提质); 0 when neither is there."""
    suffixes = tuple(words()["done_suffixes"])
    for i in range(1, min(run + 1, len(tokens))):
        word = tokens[i][0]
        start = i - 1 if word in suffixes and i > 1 else i  # the tagger cuts 绿色/化
        if (len(word) > 2 and word.endswith(suffixes) or word in suffixes) and start \
                and not any(pos in _ONLY_NOUNS for _, pos in tokens[i + 1:]) \
                and all(_nounish(*t) and t[1] != "v" for t in tokens[:start]):
            return start
    if 1 < run == len(tokens) - 1 and tokens[run][1] == "v" and len(tokens[run][0]) == 2 and tokens[run - 1][1] == "vn" \
            and tokens[run - 2][1] in _ONLY_NOUNS:
        return run - 1  # (“30个专项行动”提质增效: a set phrase after the name's head)
    return 0


def _split_compound(name: str, last: list[str]) -> str:
    """基本养老、基本医疗保险参保人数 → 基本养老保险参保人数: a name whose last word stands for the
    first half of a compound word of the last item (医疗|保险) whose other half is a shared head, in
    the same place, takes that half and all after it (汽车、电子信息产品: 信息 is 电子's own); a name
    that ends in that head already takes what follows the compound."""
    own = _words_of(name)
    for k, word in enumerate(last[:-1]):
        head = next((h for h in words()["shared_heads"] if word.endswith(h) and len(word) > len(h)), None)
        if head is None or word == own[-1] or not (k == 0 or len(own) > 1 and last[k - 1] == own[-2]):
            continue
        if own[-1].endswith(head):
            return name + "".join(last[k + 1:])  # 城镇职工基本养老保险、基本医疗保险参保人数: the rest
        if len(own[-1]) == len(word) - len(head) >= 2:
            return name + head + "".join(last[k + 1:])
    return ""


def _words_of(phrase: str) -> list[str]:
    """Words of a name, a numeral kept with its measure word (百亿级 is one word)."""
    words: list[str] = []
    for word, pos in tag(phrase):
        if words and pos == "q" and _patterns()["numeral_end"].search(words[-1]):
            words[-1] += word
        else:
            words.append(word)
    return words




def _ordinal_list(names: list[str]) -> list[str]:
    """一、二、三产业增加值 (or 第一、二、三次产业…): ordinals of sectors written bare before the last name's
    word → 第一产业增加值, 第二产业增加值, 第三产业增加值; [] for any other list."""
    mark = load("units")["ranks"]["ordinal_mark"]
    numerals = [name.removeprefix(mark) for name in names]
    last = numerals[-1]
    word = next((last[1 + len(c):] for c in words()["sector_counters"] if last[1:].startswith(c)), last[1:])  # 三次产业
    if not all(len(n) == 1 and n in DIGIT_CHARS for n in numerals[:-1]) or last[:1] not in DIGIT_CHARS \
            or not word.startswith(tuple(words()["sector_endings"])):
        return []
    return [mark + n[0] + word for n in numerals]


_BRACKET_NOTE = compiled(r"[(（][^()（）]*[)）]?$")  # at the end of a name only (乡镇(街道)综合… keeps its own)


MEASURED_NAME = 6  # characters of a thing measured (化学需氧量, 氮氧化物); 单位国内生产总值用水量 is a measure itself
WHOLE_INDICATOR = 4  # characters at least of a known indicator a list names whole (出口 may take a head)
MEASURED_THING = 4  # characters at least of a thing measured whole (城市污水; 城市、农村自来水普及率: 城市 is a modifier)


@lexical_cache
def per_unit_pattern() -> str:
    """平均, 每斤, 每50公斤: the unit a sum is stated per (data: kinds per_unit; nonfacts per_base and a figure)."""
    per_base = trie_pattern(load("nonfacts")["per_base"]["words"])
    return rf"{trie_pattern(load('kinds')['absolute_change']['per_unit'])}|(?:{per_base})[\d.]+\p{{Han}}{{1,2}}?"


def without_per_unit(metric: str) -> str:
    """小麦最低收购价平均每斤, 小麦最低收购价每50公斤 → 小麦最低收购价: the unit a sum is raised per."""
    stripped = _trailing_per_unit().sub("", metric)
    return stripped if len(stripped) >= 2 else metric


@lexical_cache
def _trailing_per_unit() -> regex.Pattern:
    return compiled(rf"(?:{per_unit_pattern()})+$")


WHOLE_PRODUCT = 3  # characters at least of a one-word name that needs no noun of the last item (锂电池)


def _owner_written_first(names: list[str]) -> list[str] | None:
    """信访总量件次、人次: measures of one thing, its name written on the first only (data listed_measures)."""
    measures = by_length(words()["listed_measures"])
    first = next((m for m in measures if names[0].endswith(m) and len(names[0]) > len(m)), None)
    if first is None or not all(name in measures for name in names[1:]):
        return None
    owner = names[0][:-len(first)]
    return [names[0], *(owner + name for name in names[1:])]


def complete_names(names: list[str]) -> list[str]:
    """Restore a head written once, on the last item of a list: 煤炭、焦化行业先进产能 →
    煤炭行业先进产能; 1个千亿级、8个百亿级产业集群 → 千亿级产业集群."""
    if len(names) < 2:
        return names
    names = [_BRACKET_NOTE.sub("", name) or name for name in names]  # 水泥和化肥（折纯）: a note, no shared head
    if ordinals := _ordinal_list(names):
        return ordinals
    if owned := _owner_written_first(names):
        return owned
    pulled = _patterns()["contribution"].fullmatch(names[-1])
    if pulled and pulled.group("head") and not any(_patterns()["contribution"].fullmatch(n) for n in names[:-1]):
        # 最终消费支出、资本形成总额、货物和服务净出口对经济增长的贡献率: each part's contribution to the whole
        return [n + names[-1][pulled.start("verb"):] for n in names[:-1]] + names[-1:]
    owner, of, head = names[-1].rpartition("的")
    if owner and head in words()["share_nouns"] and not any(name.endswith(head) for name in names[:-1]):
        return [name + of + head for name in names[:-1]] + [names[-1]]  # 乡镇通三级公路、…自然村通硬化路的比例
    last = _words_of(names[-1])
    if len(last) < 2:
        return names
    # 消费、投资和净出口对GDP增长的贡献率: a name of one character is no name (净/出口); the tail
    # opens at the preposition after the name (第一、二、三次产业对… keeps 产业 in the tail)
    tokens = tag(names[-1])
    opening = next((i for i, (_, pos) in enumerate(tokens) if i and pos == "p"), None)
    if opening is not None and len(last[0]) == 1 and tokens[0][1] != "m" and len(tokens) == len(last):
        last = ["".join(last[:opening]), *last[opening:]]
    elif len(last[0]) == 1 and tokens[0][1] in ("a", "b") and len(tokens) == len(last):
        last = [last[0] + last[1], *last[2:]]  # 消费、投资、净出口: 净 is bound to 出口, no word of its own
        if len(last) < 2:
            return names
    tail = "".join(last[1:])

    endings = tuple(words()["class_endings"] + words()["sector_endings"])
    if len(last) == 2 and last[1] not in words()["heads"] and not last[1].endswith(endings + tuple(words()["measure_endings"])) \
            and tag(last[1])[0][1] == "n" and all(len(_words_of(name)) == 1 and len(name) > 2 for name in names[:-1]):
        return names  # 集成电路、电工器材、太阳能电池: whole products, 电池 is the last one's own (not 排放量)
    def completed(name: str) -> str:
        if name.endswith(tail) or tail.startswith(tuple(connectors())):
            return name  # (家具和木制品业: the last item is a name of its own)
        # 规模以上装备制造业、高技术制造业增加值占比; 金银珠宝类、…通讯器材类商品零售: a name that ends
        # in a word of the last item takes what follows that word there
        shared = next((k for k in range(1, len(last) - 1)
                       if name.endswith(last[k]) and (len(last[k]) > 1 or last[k].endswith(endings))), None)
        if shared is not None and len(_words_of(name)) > 1:
            return name + "".join(last[shared + 1:])
        sector = next((k for k in range(len(last) - 2, 0, -1) if last[k].endswith(tuple(words()["sector_endings"]))), None)
        if sector is not None and name.endswith(tuple(words()["sector_endings"])) and tag(name)[-1][1] not in ("v", "vn"):
            return name + "".join(last[sector + 1:])  # 制造业、战略性新兴产业贷款: what follows the last one's sector
        if len(name) == 2 and len(last[0]) > 2 and last[0][0] == name[0] and not last[0].startswith(name):
            return name + last[0][2:] + tail  # 第一、第三产业增加值 → 第一产业增加值: the list's word in the last name
        if len(name) == 2 and len(last[0]) > 3 and last[0][1] == name[1] and last[0][0] != name[0] \
                and tag(name)[0][1] in ("a", "b"):
            return name + last[0][2:] + tail  # 中型、小型企业PMI → 中型企业PMI: a kind parallel to the last one's start
        if len(name) == 1 and len(last[0]) == 2 and read_number(name) is not None and read_number(last[0][0]) is not None:
            return name + last[0][1:] + tail  # 一、二、三产增加值 → 一产增加值: numbered kinds share their word's end
        if len(name) == 1 and len(names[-1]) > 2 and names[-1][1] in words()["elided_suffixes"] and read_number(name) is None:
            return name + names[-1][1:]  # 中、高等职业教育 → 中等职业教育; 大、中型企业 → 大型企业
        if split := _split_compound(name, last):
            return split
        if tail in words()["measured_tails"] and len(name) <= MEASURED_NAME:
            return name + tail  # 化学需氧量、二氧化硫排放总量: each pollutant's emissions
        measure = next((t for t in by_length(words()["measured_tails"]) if names[-1].endswith(t)), "")
        if measure and MEASURED_NAME >= len(name) >= MEASURED_THING and not name.endswith(measure[-1]):
            return name + measure  # 城市污水、生活垃圾处理率: the measure after a word of the last item's own
        if len(_words_of(name)) != 1:
            return name
        ending = next((h for h in by_length(words()["heads"]) if tail.endswith(h)), "")
        if len(last) > 2 and len(tail) > len(ending) > 0 and not last[1].endswith(tuple(words()["sector_endings"])) \
                and all(pos == "n" for _, pos in tag(tail[:-len(ending)])) and tag(last[0])[0][1] in ("t", "a", "b") \
                or ending and last[0].isascii():  # (服务器、3D打印设备产量: 3D opens a name of its own)
            # (城镇、农村居民人均…: 人均 is shared; 红旗、解放品牌汽车产量: 解放 is a name, 品牌汽车 shared; 现代 a modifier)
            return name  # 电子信息、高端装备制造、现代消费品营业收入: 消费品 is the last name's own; its head comes next
        if ending and len(tail) > len(ending) and len(name) >= WHOLE_PRODUCT and tag(name)[0][1] in ("n", "nz") \
                and not indicator_of(tail):  # (城镇居民、农村居民人均可支配收入: a known indicator is shared whole)
            return name + ending  # 锂电池、光伏组件产量: a product of one word of its own takes the head only (not 组件)
        # 城镇居民、农牧民居民人均可支配收入: a name that ends as the tail begins is not doubled
        head = last[0][len(name):] if len(last[0]) == 2 * len(name) == 4 else ""
        if head in words()["shared_heads"]:
            return name + head + tail  # 城镇和农村居民人均可支配收入: 农村居民 is one word, 居民 is shared
        return name + (tail[len(last[1]):] if name.endswith(last[1]) else tail)

    names = [completed(n) for n in names[:-1]] + [names[-1]]
    # 高技术产业和装备制造业增加值: an indicator head on the last name is every name's
    heads = by_length(words()["heads"])
    head = next((h for h in heads if names[-1].endswith(h) and len(names[-1]) > len(h)), None)
    if head in words()["own_heads"]:
        return names  # 警情、事故起数和死亡人数: a count's head is its own
    if head is None:
        return names
    rate = tuple(load("kinds")["rate"]["level_rates"])  # 农村生活污水治理率、…覆盖率: a rate needs no second
    # (铁路旅客发送量、民航旅客吞吐量: a name that ends in a measure of its own takes no other)
    measures = tuple(words()["measure_endings"])
    # (城镇新增就业、新增发放创业担保贷款: a known indicator is whole, it takes no 贷款)
    return [n if n.endswith(tuple(heads)) or head.endswith(rate) and n.endswith(rate)
            or n.endswith(measures) and head.endswith(measures)
            or len(n) >= WHOLE_INDICATOR and is_indicator_name(n) and not n.endswith(tuple(words()["class_endings"]))
            else n + head for n in names[:-1]] + [names[-1]]


