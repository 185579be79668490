"""``czfacts show``: one self-contained HTML page with each article's facts highlighted in
its text, a hover card per fact (every field, the rule chain, how each attribute was found)
and a sortable, filterable table. Everything — styles, script, text and facts — is inside
the page: it works offline and can be mailed as one file.

The page's template, style and script are package data in czfacts/viewer_assets/.
"""
from __future__ import annotations

import html
import json
from collections.abc import Sequence
from importlib.resources import files
from typing import Any

from . import __version__
from .formats import DATE_HOW, period_label, text_scale
from .pipeline import Extraction

DATE_NOTES = {
    "--date": "given with --date",
    "meta file": "from the article's meta file",
    "given": "given by the caller",
    "text": "not given: inferred from the text (its latest full date, else the year written beside 今年); "
            "relative periods such as 今年 and 上半年 depend on it, pass --date to be sure",
    "name": "not given: read from the article's file name (nw_cctv_20170717_…; a work report's year); "
            "relative periods such as 今年 and 上半年 depend on it, pass --date to be sure",
    "none": "not given and none found in the text: relative periods such as 今年 keep only their text",
}


def document(result: Extraction, doc_id: str | None = None, *, date_from: str | None = None,
             path: str | None = None) -> dict[str, Any]:
    """One article as the page's script reads it: its text, facts, and the reference date
    and place with how they were found (``date_from``: "--date", "meta file", or the
    Extraction's own date_source)."""
    date_from = date_from or result.date_source
    facts = []
    for f in result.facts:
        data = f.model_dump(mode="json")
        data["shown"], data["when"] = text_scale(f), period_label(f)
        facts.append(data)
    return {"doc_id": doc_id or (result.facts[0].provenance.doc_id if result.facts else None) or "article",
            "path": path, "text": result.text, "facts": facts,
            "date": result.date, "date_note": DATE_NOTES[date_from], "date_guessed": date_from in ("text", "name", "none"),
            "place": result.place, "place_note": DATE_HOW[result.place_source],
            "place_guessed": result.place_source != "given"}


def page(documents: Sequence[dict[str, Any]]) -> str:
    """The HTML page of ``documents`` (from ``document``); several get a picker."""
    template = _asset("page.html")
    data = json.dumps(list(documents), ensure_ascii=False).replace("</", "<\\/")  # no </script> inside
    title = documents[0]["doc_id"] if len(documents) == 1 else f"{len(documents)} articles"
    filled = {"{{css}}": _asset("viewer.css"), "{{js}}": _asset("viewer.js"), "{{data}}": data,
              "{{title}}": html.escape(title), "{{version}}": __version__}
    for placeholder in ("{{css}}", "{{js}}", "{{title}}", "{{version}}", "{{data}}"):  # data last: it is text
        template = template.replace(placeholder, filled[placeholder])
    return template


def to_html(results: Extraction | Sequence[Extraction]) -> str:
    """The viewer page of one or several ``Extractor.extract_document`` results.

        >>> html = to_html(czfacts.Extractor().extract_document(text, date="2024-11-01"))
    """
    items = [results] if isinstance(results, Extraction) else list(results)
    return page([document(r) for r in items])


def _asset(name: str) -> str:
    return files("czfacts").joinpath("viewer_assets", name).read_text(encoding="utf-8")
