"""Names a country's own press gives its own institutions.

"The Foreign Office said" in a paper datelined Islamabad is Pakistan's foreign ministry, as
it is Germany's in one datelined Berlin; elsewhere, and with no dateline, it is Britain's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from readout.actors.kb import KnowledgeBase
from readout.actors.tokens import TokenMention

# The bare names, and the state whose ministry they name abroad.
_BARE_MINISTRY = {"foreign office": "GBR"}


def at_home(paragraphs: Sequence[Any], mentions: Sequence[Sequence[TokenMention]],
            home: str | None, kb: KnowledgeBase) -> list[list[TokenMention]]:
    """The mentions, with a bare "the Foreign Office" made the ministry of `home` (the state
    of the story's dateline, as a knowledge-base code)."""
    out = []
    for paragraph, found in zip(paragraphs, mentions, strict=True):
        out.append([_at_home(paragraph.doc[m.start:m.end], m, home, kb) for m in found])
    return out


def _at_home(span: Any, mention: TokenMention, home: str | None,
             kb: KnowledgeBase) -> TokenMention:
    """"In Islamabad, the Foreign Office said": the town its own sentence opens with says
    whose it is, before the story's dateline does."""
    if _bare_name(span) is None:
        return mention  # most mentions: no need to read the sentence's town
    state = _town_opening(span.sent, kb) or home
    if state is None or f"mfa:{state}" not in kb.organisations or not _bare(span, state):
        return mention
    return TokenMention(mention.start, mention.end, kb.organisation_ref(f"mfa:{state}"),
                        mention.how)


def _town_opening(sent: Any, kb: KnowledgeBase) -> str | None:
    """The state of the town a sentence opens with: "In Islamabad, ..."."""
    if len(sent) < 3 or sent[0].lower_ != "in" or sent[1].ent_type_ != "GPE":
        return None
    end = next((t.i for t in sent[1:5] if t.text == ","), None)
    if end is None:
        return None
    place = kb.place(sent.doc[sent.start + 1:end].text)
    return place.country or None if place is not None and place.kind == "city" else None


def _bare(span: Any, home: str) -> bool:
    """"the Foreign Office", not "Britain's Foreign Office" nor "the British Foreign Office"."""
    abroad = _bare_name(span)
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return abroad not in (None, home) and "the" in (span[0].lower_, before)


def _bare_name(span: Any) -> str | None:
    """The state whose ministry a bare name ("the Foreign Office") names abroad, if it is one."""
    return _BARE_MINISTRY.get(" ".join(t.lower_ for t in span if t.lower_ != "the"))
