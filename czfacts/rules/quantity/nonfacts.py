"""Spans that never give a fact, masked before quantities are read: labels and idioms
(data/nonfacts.toml), phone numbers and clock times, web addresses and file names."""
from __future__ import annotations

import regex

from ...document import Document
from ...lexicon import lexical_cache, load, trie_pattern
from ..base import Rule

LABELS = Rule(
    name="nonfacts.labels",
    doc="Labels, slogans and idioms whose numerals are no quantities (十四五, 一企带一链, 五台山, 十足); "
        "a phone number or a clock time.",
    negatives=("坚持“十四五”规划不动摇", "游客登上五台山顶", "干劲十足的三元锂电池车间", "热线0355-2021234",
               "PM10年平均浓度下降明显",
               "会议于9:30开始"),
)

WEB = Rule(
    name="nonfacts.web",
    doc="Nothing inside a URL, an e-mail address, a file name or a percent-encoded string.",
    negatives=("详见https://www.example.gov.cn/2024/05/art_12_3456.html", "来信请寄zhang2024@example.com",
               "下载附件2024年统计表3.xlsx", "链接中的%E4%B8%AD%2D字样"),
    pattern=(r"(?i)(?:https?://|www\.)[A-Za-z0-9._~:/?#\[\]@!$&'*+,;=%-]+"
             r"|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"  # from the run's start: linear
             r"|[\p{Han}A-Za-z0-9_-]{1,12}"
             r"\.(?:pdf|docx?|xlsx?|pptx?|wps|txt|csv|zip|rar|7z|jpe?g|png|gif|html?|xml|json)"
             r"(?![A-Za-z0-9])"
             r"|(?<![\d.])(?:%[0-9A-Fa-f]{2})+"),
)

_PHONE = regex.compile(r"\d{3,4}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)|(?<![\d.:])\d{1,2}:\d{2}(?![\d.:])")


@lexical_cache
def _patterns() -> tuple[regex.Pattern, ...]:
    return regex.compile(trie_pattern(load("nonfacts")["words"]["labels"])), _PHONE, regex.compile(WEB.pattern)


def mask_nonfacts(doc: Document) -> None:
    """Mask labels, idioms, phone numbers, clock times, web addresses and file names."""
    for pattern in _patterns():
        for m in pattern.finditer(doc.text):
            doc.mask(*m.span())
