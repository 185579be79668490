"""Where a metric is written. A metric czfacts built (集体企业 + 增加值, a 分别 list's i-th name,
GDP总量超过2万亿元 + 的省份) is not a copy of the text; its evidence is the longest part of it
that is: the nearest copy of its longest written prefix around the number."""
from __future__ import annotations

WINDOW = 300  # characters searched on either side: a sentence of 10,000 values stays linear
SHORTEST = 2  # a one-character prefix points at nothing in particular


def written_at(text: str, metric: str, before: tuple[int, int], after: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """[start, end) of the longest prefix of ``metric`` written in ``before`` (its last copy,
    nearest the number) or else in ``after`` (its first copy), each a (start, end) window."""
    lo, hi = max(before[0], before[1] - WINDOW), before[1]
    windows = [(lo, hi, True)]
    if after is not None:
        windows.append((after[0], min(after[1], after[0] + WINDOW), False))
    for length in range(min(len(metric), WINDOW), SHORTEST - 1, -1):
        prefix = metric[:length]
        for start, end, last in windows:
            at = text.rfind(prefix, start, end) if last else text.find(prefix, start, end)
            if at >= 0:
                return at, at + length
    return None
