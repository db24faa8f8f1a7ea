"""Stage 7, quotes: direct and reported speech, each with its speaker, cue and channel.

Quote marks are paired over the whole text (`marks`); each quoted span is attributed from
the sentence that holds it (`speakers`). A single quoted word is never a quote; two are kept
only when a speech verb attributes them ("agreed 'in principle', the UN said"); otherwise
they are scare quotes or terms ("a 'no limits' partnership") and are left out. Reported
speech ("Wang said that ...") comes out with `direct=False` and the reported clause as its
text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from readout.actors import TokenMention
from readout.nlp import Paragraph
from readout.quotes import speakers
from readout.quotes.link import link_quotes
from readout.quotes.marks import Quoted, find_quoted
from readout.records import ActorRef, Quote, Span

__all__ = ["extract_quotes", "link_quotes"]

VERSION = "quotes.rules.v1"
INDIRECT_CUES = {"said", "says", "told", "tells", "added", "stressed", "noted", "warned",
                 "emphasized", "emphasised", "insisted", "stated", "announced", "argued"}
_QUOTE_CHARS = set("“”\"‘’«»„")


@dataclass(frozen=True)
class _Sentence:
    offset: int  # paragraph offset in the text
    sent: Any
    mentions: Sequence[TokenMention]
    author: ActorRef | None  # the last statement author known at this sentence


def extract_quotes(text: str, paragraphs: Sequence[Paragraph],
                   mentions: Sequence[Sequence[TokenMention]],
                   ministry_of: Callable[[str], ActorRef | None]) -> tuple[Quote, ...]:
    """All quotes of a document; `ministry_of` maps a state's adjective to its ministry."""
    sentences = list(_sentences(paragraphs, mentions, ministry_of))
    found = [_direct(text, quoted, sentences) for quoted in find_quoted(text)]
    direct = _continued(text, [q for q in found if q is not None and not _scare(q)])
    reported = [q for s in sentences for q in _indirect(text, s)
                if not any(d.start < q.end and q.start < d.end for d in direct)]
    return tuple(sorted(direct + reported, key=lambda q: q.start))


# Verbs that report words: a two-word quote they govern ("agreed 'in principle', the UN
# said") was said; under other verbs ("declared a 'no limits' partnership") it is a label.
SPEECH_CUES = {"said", "says", "say", "told", "tells", "added", "adds", "according to",
               "wrote", "writes", "stressed", "noted", "warned", "insisted"}


def _scare(quote: Quote) -> bool:
    """One quoted word, or two that no speech verb attributes: a scare quote or a term."""
    words = len(quote.text.split())
    return words == 1 or (words == 2 and quote.cue not in SPEECH_CUES)


def _continued(text: str, found: list[Quote]) -> list[Quote]:
    """A quote with no speaker of its own continues the quote before it when it is a whole
    paragraph, or when it follows that quote in its paragraph with nothing between but the
    attribution ("'A,' he said. 'B.'")."""
    out: list[Quote] = []
    for quote in found:
        if quote.speaker is None and out and out[-1].speaker and (
                _whole_paragraph(text, quote) or _follows(text, out[-1], quote)):
            previous = out[-1]
            quote = replace(quote, speaker=previous.speaker, cue=previous.cue, partial=False)
        out.append(quote)
    return out


def _follows(text: str, previous: Quote, quote: Quote) -> bool:
    """Only the previous quote's attribution clause lies between the two quotes."""
    between = text[previous.end:quote.start]
    return "\n" not in between and len(between) <= 80 and _ends_a_sentence(between)


def _ends_a_sentence(between: str) -> bool:
    stripped = between.rstrip(" \"'“”‘’«»")
    return stripped.endswith((".", ":", ",")) and not _opens_new_speaker(stripped)


def _opens_new_speaker(between: str) -> bool:
    """"... he said. Lula replied:" brings in someone else."""
    last = between.rstrip(".:,").split(".")[-1]
    return any(word in last.lower().split() for word in ("replied", "responded", "answered"))


def _whole_paragraph(text: str, quote: Quote) -> bool:
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    end = len(text) if end < 0 else end
    return len(text[start:quote.start].strip()) <= 1 and len(text[quote.end:end].strip()) <= 2


def _sentences(paragraphs: Sequence[Paragraph], mentions: Sequence[Sequence[TokenMention]],
               ministry_of: Callable[[str], ActorRef | None]) -> Iterator[_Sentence]:
    author: ActorRef | None = None
    for paragraph, found in zip(paragraphs, mentions, strict=True):
        for sent in paragraph.doc.sents:
            author = speakers.statement_author(sent, found, ministry_of) or author
            yield _Sentence(paragraph.offset, sent, found, author)


def _direct(text: str, quoted: Quoted, sentences: list[_Sentence]) -> Quote | None:
    holding = [s for s in sentences if _overlaps(s, quoted)]
    if not holding:
        return None
    for sentence in _attribution_order(holding, sentences):
        inside = _tokens_inside(sentence, quoted)
        found = speakers.attribute(sentence.sent, inside, sentence.mentions, sentence.author)
        if found and found.actor is not None:
            return _quote(text, quoted, sentence, found, inside)
    return _quote(text, quoted, holding[-1], None, _tokens_inside(holding[-1], quoted))


def _attribution_order(holding: list[_Sentence], sentences: list[_Sentence]) -> list[
        _Sentence]:
    """The sentence that closes the quote first ("...," he said), then the one opening it,
    then a sentence just before that ends with a colon."""
    order = [holding[-1], *holding[:-1]]
    index = sentences.index(holding[0])
    if index > 0 and sentences[index - 1].sent.text.rstrip().endswith(":"):
        order.append(sentences[index - 1])
    return order


def _overlaps(sentence: _Sentence, quoted: Quoted) -> bool:
    start: int = sentence.offset + sentence.sent.start_char
    end: int = sentence.offset + sentence.sent.end_char
    return start < quoted.end and quoted.start < end


def _tokens_inside(sentence: _Sentence, quoted: Quoted) -> set[int]:
    out = set()
    for token in sentence.sent:
        at = sentence.offset + token.idx
        if quoted.start - 1 <= at < quoted.end + 1:
            out.add(token.i)
    return out


def _quote(text: str, quoted: Quoted, sentence: _Sentence,
           found: speakers.Attribution | None, inside: set[int]) -> Quote:
    sent = sentence.sent
    mention = found.mention if found else None
    span = None
    if mention is not None and not found.inferred:  # type: ignore[union-attr]
        start = sentence.offset + sent.doc[mention.start].idx
        end_token = sent.doc[mention.end - 1]
        end = sentence.offset + end_token.idx + len(end_token.text)
        span = Span(text[start:end], start, end)
    outside = len([t for t in sent if t.i not in inside and not t.is_punct])
    return Quote(
        text=text[quoted.start:quoted.end], start=quoted.start, end=quoted.end,
        speaker=found.actor if found else None, speaker_mention=span, direct=True,
        cue=found.cue if found else None, channel=speakers.channel(sent, inside),
        partial=outside > len(inside) and len(inside) <= 12,
    )


def _indirect(text: str, sentence: _Sentence) -> Iterator[Quote]:
    """"Wang said that China would ..." (no quote marks in the reported clause)."""
    for token in sentence.sent:
        if token.lower_ not in INDIRECT_CUES or not token.tag_.startswith("VB"):
            continue
        clauses = [c for c in token.children if c.dep_ == "ccomp"]
        if not clauses:
            continue
        clause = clauses[0]
        span_text = sentence.sent.doc[clause.left_edge.i:clause.right_edge.i + 1].text
        if _QUOTE_CHARS & set(span_text) or len(span_text.split()) < 4:
            continue
        found = speakers.attribute(sentence.sent, set(range(clause.left_edge.i,
                                                            clause.right_edge.i + 1)),
                                   sentence.mentions, sentence.author)
        if found is None or found.actor is None:
            continue
        start = sentence.offset + sentence.sent.doc[clause.left_edge.i].idx
        yield _reported(text, start, span_text, sentence, found)


def _reported(text: str, start: int, span_text: str, sentence: _Sentence,
              found: speakers.Attribution) -> Quote:
    mention = found.mention
    span = None
    if mention is not None and found.actor and found.actor.name:
        first = sentence.sent.doc[mention.start]
        last = sentence.sent.doc[mention.end - 1]
        m_start = sentence.offset + first.idx
        m_end = sentence.offset + last.idx + len(last.text)
        span = Span(text[m_start:m_end], m_start, m_end)
    return Quote(
        text=span_text, start=start, end=start + len(span_text), speaker=found.actor,
        speaker_mention=span, direct=False, cue=found.cue,
        channel=speakers.channel(sentence.sent, set()),
    )
