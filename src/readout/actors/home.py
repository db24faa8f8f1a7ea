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
    if home is None or f"mfa:{home}" not in kb.organisations:
        return [list(found) for found in mentions]
    ministry = kb.organisation_ref(f"mfa:{home}")
    out = []
    for paragraph, found in zip(paragraphs, mentions, strict=True):
        out.append([TokenMention(m.start, m.end, ministry, m.how)
                    if _bare(paragraph.doc[m.start:m.end], home) else m for m in found])
    return out


def _bare(span: Any, home: str) -> bool:
    """"the Foreign Office", not "Britain's Foreign Office" nor "the British Foreign Office"."""
    abroad = _BARE_MINISTRY.get(" ".join(t.lower_ for t in span if t.lower_ != "the"))
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return abroad not in (None, home) and "the" in (span[0].lower_, before)
