"""HTML pages to article text, title, canonical URL and date (trafilatura and htmldate)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from readout import decode
from readout.errors import MalformedInputError

# trafilatura and htmldate log parse trouble at WARNING; readout reports failures itself.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class Page:
    title: str
    text: str
    url: str | None
    published: str | None


def extract_page(path: str, data: bytes) -> Page:
    """Main text with trafilatura (precision first, recall when precision finds nothing),
    date with htmldate."""
    import trafilatura

    markup = decode.decode_text(path, data)
    try:
        text = trafilatura.extract(
            markup, favor_precision=True, include_comments=False, include_tables=False,
            deduplicate=False, output_format="txt",
        )
        if not text or not text.strip():  # precision found nothing: take what recall finds
            text = trafilatura.extract(
                markup, favor_recall=True, include_comments=False, include_tables=False,
                deduplicate=False, output_format="txt",
            )
        meta = trafilatura.extract_metadata(markup)
    except Exception as exc:  # any parser failure is this page's problem, not the batch's
        raise MalformedInputError(path, f"cannot parse HTML ({type(exc).__name__}); check "
                                  "that it is a web page, or save its text as .txt") from exc
    if not text or not text.strip():
        raise MalformedInputError(path, "no article text found in the HTML page; "
                                  "check that it is an article, or save its text as .txt")
    title = (meta.title if meta and meta.title else "") or ""
    url = meta.url if meta and meta.url else None
    return Page(title=title.strip(), text=text.strip(), url=url, published=_page_date(markup))


def _page_date(markup: str) -> str | None:
    from htmldate import find_date

    try:
        found = find_date(markup, extensive_search=True, original_date=True,
                          outputformat="%Y-%m-%d")
    except Exception:  # no date is better than no document: the text is still read
        return None
    return str(found) if found else None
