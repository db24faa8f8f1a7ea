"""A quote with no speaker of its own continues the quote before it."""

from __future__ import annotations

import pytest

LEAD = "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Monday.\n"


@pytest.mark.parametrize(("body", "speakers"), [
    # The attribution sits between the two parts: both are Ruto's.
    ('"We share one border," Ruto said. "We will open it wider."',
     ["William Ruto", "William Ruto"]),
    ('"We share one border," Ruto told reporters in Nairobi, "and we will open it wider."',
     ["William Ruto", "William Ruto"]),
    # A long attribution clause, one sentence, still sits between two parts of one quote.
    ('"We share one border," Ruto, who has led Kenya since 2022 and hosted the talks, told '
     'reporters in Nairobi. "We will open it wider."',
     ["William Ruto", "William Ruto"]),
    ('"We share one border," Ruto said, adding that traders had waited for years. '
     '"We will open it wider."',
     ["William Ruto", "William Ruto"]),
    # A sentence of its own between them: the second quote belongs to whom it is about.
    ('"We share one border," Ruto said on Monday. Hassan spoke after him. '
     '"We will open it wider."',
     ["William Ruto", "Samia Suluhu Hassan"]),
    # A sentence ending in a colon introduces the quote of the next paragraph: its speech
    # verb's subject speaks, not the subject of its main clause.
    ('Hassan listened as Ruto told reporters:\n"We share one border. We will open it wider."',
     ["William Ruto"]),
    # A new paragraph that is all quote continues too.
    ('"We share one border," Ruto said.\n"We will open it wider."',
     ["William Ruto", "William Ruto"]),
    # Someone else answers: the second quote is not Ruto's.
    ('"We share one border," Ruto said. Hassan replied: "We will open it wider."',
     ["William Ruto", "Samia Suluhu Hassan"]),
])
def test_continuations(annotate, body: str, speakers: list[str]) -> None:  # type: ignore[no-untyped-def]
    text = "Ruto and Hassan meet\n" + LEAD + body
    result = annotate(text, "2024-05-06")
    direct = [q for q in result.quotes if q.direct]
    assert [q.speaker.name if q.speaker else None for q in direct] == speakers
