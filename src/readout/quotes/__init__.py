"""Stage 7, quotes: direct and reported speech, each with its speaker, cue and channel.

Quote marks are paired over the whole text (`marks`); each quoted span is attributed from
the sentence that holds it (`speakers`). One or two quoted words are kept only when a speech
verb with a known speaker holds them ("described the talks as 'productive'", "agreed 'in
principle', the UN said"); otherwise they are scare quotes or terms ("a 'no limits'
partnership") and are left out, as are longer quoted phrases that nobody is said to have
said ("a state of 'no war, no peace'"). A whole quoted sentence with no reporting verb
continues the quote before it, else goes to the actor the text around it names. The same
words quoted twice (a summary bullet, then the body) are one quote. Reported speech ("Wang
said that ...") comes out with `direct=False` and the reported clause as its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from readout.actors import TokenMention
from readout.nlp import Paragraph
from readout.quotes import speakers
from readout.quotes.link import link_quotes
from readout.quotes.marks import Quoted, find_quoted
from readout.quotes.offices import NO_OFFICES, Offices, with_offices
from readout.records import ActorRef, Quote, Span

__all__ = ["Offices", "extract_quotes", "link_quotes"]

VERSION = "quotes.rules.v2"
INDIRECT_CUES = {"said", "says", "told", "tells", "added", "stressed", "noted", "warned",
                 "emphasized", "emphasised", "insisted", "stated", "announced", "argued"}
_QUOTE_CHARS = set("“”\"‘’«»„")
_MARKS = "".join(sorted(_QUOTE_CHARS | {"'"}))


@dataclass(frozen=True)
class _Sentence:
    offset: int  # paragraph offset in the text
    sent: Any
    mentions: Sequence[TokenMention]
    context: speakers.Context  # the last statement author and the people named before


def extract_quotes(text: str, paragraphs: Sequence[Paragraph],
                   mentions: Sequence[Sequence[TokenMention]],
                   ministry_of: Callable[[str], ActorRef | None],
                   offices: Offices = NO_OFFICES) -> tuple[Quote, ...]:
    """All quotes of a document; `ministry_of` maps a state's adjective to its ministry,
    `offices` finds the offices that speak for leaders."""
    mentions = with_offices(paragraphs, mentions, offices)
    sentences = list(_sentences(paragraphs, mentions, ministry_of))
    found = [_direct(text, quoted, sentences) for quoted in find_quoted(text)]
    direct = _continued(text, [q for q in found if q is not None])
    # once more after the context gave a speaker: a whole-paragraph quote continues one that
    # only its context attributed ("Remarks by the Prime Minister ... '...'")
    direct = _continued(text, [_from_context(q, sentences) for q in direct])
    direct = _echoes_dropped(_once(direct))
    direct = [q for q in direct if not _unattributed_term(q, sentences) and not _a_title(q)]
    reported = [q for s in sentences for q in _indirect(text, s)
                if not any(d.start < q.end and q.start < d.end for d in direct)]
    return tuple(sorted(direct + reported, key=lambda q: q.start))


# Verbs that report words: a two-word quote they govern ("agreed 'in principle', the UN
# said") was said; under other verbs ("declared a 'no limits' partnership") it is a label.
SPEECH_CUES = {"said", "says", "say", "told", "tells", "added", "adds", "according to",
               "wrote", "writes", "stressed", "noted", "warned", "insisted", "described",
               "called", "dubbed", "branded", "termed", "labelled", "labeled", "greeted",
               "describing", "calling"}
# Tags of one quoted word that is a label or a name, not someone's word for something:
# a verb ("would 'reduce' operations") or a proper noun (the nickname 'Prachanda').
_NOT_WORDS = {"VB", "VBD", "VBP", "VBZ", "NNP", "NNPS"}


def _scare(sent: Any, inside: set[int], found: speakers.Attribution | None,
           words: int) -> bool:
    """A quote of one or two words that no speech verb attributes is a scare quote or a
    term. One word is kept only inside the clause of a speech verb whose speaker is known
    ("described the talks as 'productive'", "said they shared a 'pragmatic' approach"),
    and only a word that characterises: not a verb, not a name. What follows "so-called"
    is a name for something, not a quote."""
    before = [t for t in sent if t.i < min(inside, default=0)][-3:]
    if words <= 6 and "so-called" in "".join(t.text for t in before).lower():
        return True  # "the so-called 'peace formula'": a name for something
    if _title_cased(sent, inside):
        return True  # "its 'Act East' policy": a name for something
    if words > 2:
        return False
    if found is None or found.actor is None:
        return True
    held = speakers.held_by_speech(sent, inside, SPEECH_CUES)
    if words == 2:
        return not held and found.cue not in SPEECH_CUES
    tokens = [t for t in sent if t.i in inside and not t.is_punct]
    return not held or not tokens or any(t.tag_ in _NOT_WORDS for t in tokens)


def _title_cased(sent: Any, inside: set[int]) -> bool:
    """Quoted words inside a sentence, each capitalised but for short linking words: the
    name of a policy or a doctrine ("the 'Mutually Beneficial Relationship Based on Common
    Strategic Interests'", "its 'Act East' policy"), not words someone said ("not Danish,
    it is Greenlandic")."""
    words = [t for t in sent if t.i in inside and t.is_alpha]
    return (2 <= len(words) <= 8 and min(inside) > sent.start + 1
            and words[0].text[:1].isupper() and all(
                t.text[:1].isupper() or t.lower_ in _LINKING for t in words))


# Words a capitalised name leaves in lower case: "Relationship Based on Common Interests".
_LINKING = {"of", "on", "and", "for", "the", "to", "in", "with", "a", "an", "by", "at"}


def _unattributed_term(quote: Quote, sentences: list[_Sentence]) -> bool:
    """Quoted words inside a sentence that no one is said to have said them in ("a state
    of 'no war, no peace'"): a term or a scare quote, not a quote."""
    if quote.speaker is not None or not quote.partial:
        return False
    quoted = Quoted(quote.start, quote.end)
    return not any(speakers.has_cue(s.sent, _tokens_inside(s, quoted))
                   for s in sentences if _overlaps(s, quoted))


_SMALL_WORDS = {"a", "an", "the", "of", "to", "in", "on", "and", "or", "for", "at", "by",
                "with", "from", "is", "it"}


def _a_title(quote: Quote) -> bool:
    """Quoted words in title case that nobody is said to have said: the name of a song, a
    book, a show or an operation ("Takin' It To the Streets"), not a quotation."""
    if quote.speaker is not None:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w']*", quote.text) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _once(found: list[Quote]) -> list[Quote]:
    """The same words quoted twice in a document (a summary bullet, then the body) are one
    quote: the first occurrence whose speaker is known, else the first. (A short partial
    that repeats words of a longer quote stays: "he was 'interested' in how it worked".)"""
    chosen: dict[str, Quote] = {}
    for quote in found:
        kept = chosen.get(_words(quote.text))
        if kept is None or (kept.speaker is None and quote.speaker is not None):
            chosen[_words(quote.text)] = quote
    return [q for q in found if chosen.get(_words(q.text)) is q]


def _echoes_dropped(found: list[Quote]) -> list[Quote]:
    """A few words that repeat part of a longer quotation of the document (a summary's
    'unprecedented stage' beside the full sentence it comes from) are that quotation again,
    not a quote of their own."""
    def echo(quote: Quote) -> bool:
        words = _words(quote.text)
        return len(words.split()) <= 4 and any(
            other is not quote and len(_words(other.text)) > len(words)
            and f" {words} " in f" {_words(other.text)} " for other in found)
    return [q for q in found if not echo(q)]


def _words(text: str) -> str:
    return " ".join("".join(c for c in text.lower() if c.isalnum() or c.isspace()).split())


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
    """Only the previous quote's attribution clause lies between the two quotes, however
    long ("'A,' Park Soo-hyun, the presidential secretary for communication, told reporters.
    'B.'"): no paragraph break, no other quote and no sentence of its own between them."""
    between = text[previous.end:quote.start]
    inner = between.strip(" \"'“”‘’«»").rstrip(".:,")
    return ("\n" not in between and len(between) <= 240 and not _QUOTE_CHARS & set(inner)
            and not _SENTENCE_BREAK.search(inner) and _ends_a_sentence(between))


# A full stop that closes a sentence inside the text between two quotes ("he said. Later,
# the minister left."): a stop after a word of two or more letters, then a capital.
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?] +[A-Z]")


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
    people: list[ActorRef] = []
    roles: list[tuple[str, ActorRef]] = []
    bodies: list[ActorRef] = []

    def country_of(adjective: str) -> str | None:
        ministry = ministry_of(adjective)
        return ministry.country if ministry else None

    for paragraph, found in zip(paragraphs, mentions, strict=True):
        for sent in paragraph.doc.sents:
            author = speakers.statement_author(sent, found, ministry_of) or author
            context = speakers.Context(author, tuple(people[-12:]), country_of,
                                       tuple(roles[-12:]), tuple(bodies[-12:]))
            yield _Sentence(paragraph.offset, sent, found, context)
            roles += speakers.roles_given(sent, found)
            people += [m.actor for m in found if sent.start <= m.start < sent.end
                       and m.actor.kind == "person" and m.actor.name]
            bodies += _bodies_named(sent, found)


# Side clauses and objects: a body named in one of them is not what the sentence is
# about.
_SUBORDINATE = {"advcl", "relcl", "ccomp", "acl", "xcomp", "pcomp", "pobj", "dobj"}


def _bodies_named(sent: Any, found: Sequence[TokenMention]) -> list[ActorRef]:
    """The bodies a sentence names, its main subject last: "M23 pulled out after the EU
    imposed sanctions. The group said ..." is M23."""
    inside = [m for m in found if sent.start <= m.start < sent.end
              and m.actor.kind == "organisation" and m.actor.name]

    def main_subject(mention: TokenMention) -> bool:
        root = sent.doc[mention.start:mention.end].root
        return not any(t.dep_ in _SUBORDINATE for t in (root, *root.ancestors)) and any(
            t.dep_ in {"nsubj", "nsubjpass"} for t in (root, *root.ancestors))

    return [m.actor for m in sorted(inside, key=main_subject)]


def _direct(text: str, quoted: Quoted, sentences: list[_Sentence]) -> Quote | None:
    holding = [s for s in sentences if _overlaps(s, quoted)]
    if not holding:
        return None
    for sentence in _attribution_order(holding, sentences):
        # the sentence before that ends in a colon introduces the quote: its colon stands
        # for the quote ("At a press conference, the Secretary-General said:")
        inside = _tokens_inside(sentence, quoted) or {sentence.sent[-1].i}
        found = speakers.attribute(sentence.sent, inside, sentence.mentions, sentence.context)
        if found and found.actor is not None:
            return _kept(text, quoted, sentence, found, inside)
    return _kept(text, quoted, holding[-1], None, _tokens_inside(holding[-1], quoted))


def _kept(text: str, quoted: Quoted, sentence: _Sentence, found: speakers.Attribution | None,
          inside: set[int]) -> Quote | None:
    words = len(text[quoted.start:quoted.end].split())
    if _scare(sentence.sent, inside, found, words):
        return None
    return _quote(text, quoted, sentence, found, inside)


def _from_context(quote: Quote, sentences: list[_Sentence]) -> Quote:
    """A whole quoted sentence with no reporting verb and no quote before it to continue
    is the words of the actor the next sentence says spoke ("'We will not accept this.'
    Lavrov made the remarks in Moscow"), else of the one the sentence before it is about
    ("Ramaphosa was blunt. 'Africa will not take sides.'")."""
    if quote.speaker is not None or quote.partial:
        return quote
    quoted = Quoted(quote.start, quote.end)
    holding = [i for i, s in enumerate(sentences) if _overlaps(s, quoted)]
    introduced = _introduced_by_colon(quote, sentences[max(0, holding[0] - 1):holding[0] + 1]
                                      ) if holding else None
    if introduced is not None:
        return replace(quote, speaker=introduced)
    if not holding or any(speakers.has_cue(sentences[i].sent, _tokens_inside(sentences[i],
                                                                             quoted))
                          for i in holding):
        return quote
    after = sentences[holding[-1] + 1:holding[-1] + 2]
    for sentence in after:
        if sentence.offset == sentences[holding[-1]].offset and not (
                _QUOTE_CHARS & set(sentence.sent.text)) and speakers.reports(sentence.sent):
            mention = speakers.sentence_subject(sentence.sent, sentence.mentions)
            if mention is not None:
                return replace(quote, speaker=mention.actor)
    for before in sentences[max(0, holding[0] - 2):holding[0]][::-1]:
        if _QUOTE_CHARS & set(before.sent.text):
            return quote  # the sentence before quotes someone else: do not guess
        mention = speakers.sentence_subject(before.sent, before.mentions)
        if mention is not None:
            return replace(quote, speaker=mention.actor)
    return quote


def _introduced_by_colon(quote: Quote, sentences: list[_Sentence]) -> ActorRef | None:
    """"Macron, asked how it felt, was effusive: '...'": a colon just before the quote (in
    its sentence, or closing the one before in the same paragraph) gives it to the person
    the sentence is about."""
    for sentence in sentences[::-1]:
        start = sentence.offset + sentence.sent.start_char
        before = sentence.sent.text[:max(0, quote.start - start)].rstrip().rstrip(_MARKS)
        if before.rstrip().endswith(":"):
            mention = speakers.subject_before_colon(sentence.sent, sentence.mentions) or (
                speakers.sentence_subject(sentence.sent, sentence.mentions))
            return mention.actor if mention and mention.actor.kind == "person" else None
        if before.strip() or sentence.offset != sentences[-1].offset:
            return None
    return None


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
                                   sentence.mentions, sentence.context)
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
