"""The pipeline, declared once.

Stages, in order (each a module with plain functions over the records in `records.py`):

 1. sources  paths, directories, JSONL        -> Document (original bytes kept)
 2. clean    Document.raw_text                -> Document.text, .title, .removed
 3. time     Document.text (no metadata date) -> Document.published (inferred, with evidence)
 4. nlp      Document.text                    -> parsed paragraphs (spaCy, in batches)
 5. actors   parsed paragraphs + date         -> actor mentions (knowledge base)
 6. events   parsed paragraphs + mentions     -> EventMention
 7. quotes   parsed paragraphs + mentions     -> Quote
 8. merge    EventMentions of many documents  -> Event (cross-document)
 9. store    records                          -> SQLite
10. views    store                            -> timeline, event lists, JSON

Stages 1-7 are per document (`Annotator.annotate`); 8-10 work on the whole collection.
Each stage's versioned name is stored with its output.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from readout import clean, events, language, nlp, quotes, time
from readout.actors import ActorFinder, KnowledgeBase, load_kb, voice
from readout.actors.home import at_home
from readout.actors.tenure import TenureFinder
from readout.contacts import ContactBook, load_book
from readout.errors import InputError, ReadoutError
from readout.events.places import dateline_place
from readout.records import ActorRef, Annotation, Document, Failure, PublishedDate
from readout.settings import Settings


@dataclass(frozen=True)
class Stage:
    name: str
    version: str
    needs: tuple[str, ...]
    makes: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("sources", "sources.v1", (), ("Document",)),
    Stage("clean", clean.STAGE, ("Document.raw_text",), ("Document.text", "Document.removed")),
    Stage("time", "time.rules.v1", ("Document.text",), ("Document.published",)),
    Stage("nlp", f"nlp.{nlp.MODEL}.v1", ("Document.text",), ("Paragraph",)),
    Stage("actors", "actors.kb.v1", ("Paragraph",), ("ActorMention",)),
    Stage("events", events.VERSION, ("Paragraph", "ActorMention"), ("EventMention",)),
    Stage("quotes", quotes.VERSION, ("Paragraph", "ActorMention"), ("Quote",)),
    Stage("merge", "merge.rules.v1", ("EventMention",), ("Event",)),
)
STAGE_VERSIONS = tuple(stage.version for stage in STAGES)


def prepare(document: Document, settings: Settings) -> Document:
    """Stage 2: clean, take the title, check the language. Raises InputError."""
    result = clean.clean_text(document.raw_text)
    title, text, removed = document.title, result.text, result.removed
    if not title and document.media_type == "text/plain":
        title, text, removed = _title_from_first_line(text, removed)
    if not text.strip():
        raise InputError(document.path, "no article text left after removing boilerplate; "
                         "check the file holds an article")
    language.check_english(document.path, text, settings.min_english_ratio)
    return replace(document, title=title, text=text, removed=removed)


def _title_from_first_line(text: str, removed: tuple[Any, ...]) -> tuple[str, str, Any]:
    """The first line is the title when it reads like one: short, no closing full stop.
    Text with no title line (it starts with a paragraph) keeps all its lines."""
    first, _, rest = text.partition("\n")
    if not rest.strip() or not _headline_like(first):
        return "", text, removed
    return first.strip(), rest.lstrip("\n"), removed


def _headline_like(line: str) -> bool:
    """Short, with no closing full stop, and more than a date: "July 9, 2024" on a line of
    its own is the day of publication, which the dating stage reads from the text."""
    stripped = line.strip().rstrip("\"'”’»")
    return (0 < len(stripped.split()) <= 30 and not stripped.endswith((".", ":", ";", ","))
            and not time.date_only(stripped))


def dated(document: Document, given: str | None, tenure: TenureFinder,
          book: ContactBook | None = None) -> Document:
    """Stage 3: the publication date given on the command line, else from metadata, else
    inferred from the text, the terms of the office-holders it names and the known contact
    its lead reports."""
    window = None
    if given:
        published: PublishedDate | None = PublishedDate(date=given, precision="day",
                                                        source="given")
    elif document.published is not None:
        published = document.published
    else:
        published, window = time.infer_dating(document.text,
                                               tenure.constraints(document.text),
                                               contacts=book)
    return replace(document, published=published, date_window=window)


class Annotator:
    """Stages 2-7, with the spaCy pipeline and knowledge base loaded once per process."""

    def __init__(self, settings: Settings, kb: KnowledgeBase | None = None) -> None:
        self.settings = settings
        self.nlp = nlp.load_pipeline()
        self.kb = kb or load_kb(settings.actor_folders())
        self.finder = ActorFinder(self.kb, self.nlp)
        self.tenure = TenureFinder(self.kb)
        self.contacts = load_book(self.kb, index=self.finder.names)

    def ministry_of(self, adjective: str) -> ActorRef | None:
        """"Russian" -> the Ministry of Foreign Affairs of Russia."""
        code = self.kb.adjectives.get(adjective)
        return self.kb.organisation_ref(f"mfa:{code}") if code else None

    def _home(self, paragraphs: Sequence[nlp.Paragraph], speaks_for: str | None) -> str | None:
        """The state the story is told from, as a knowledge-base code: the government that
        published it (its source, or a letterhead: "GOVERNMENT OF PAKISTAN"), else the state
        of its dateline ("ISLAMABAD: ...")."""
        own = voice.own_state(self.kb, speaks_for)
        if own is not None:
            return own
        for paragraph in paragraphs[:6]:
            place = dateline_place(paragraph.doc.text, self.kb)
            if place is not None and place.country:
                return self.kb.country_code_by_name(place.country)
        return None

    def _offices(self, day: str | None, home: str | None) -> quotes.Offices:
        """The offices that may speak for leaders, as of the document's day (`home`: the
        state of its dateline)."""
        kb = self.kb

        def of_state(kind: str, state: str) -> ActorRef | None:
            code = kb.country_code_by_name(state) or kb.adjectives.get(state)
            return kb.office_ref(kind, code) if code else None

        def of_person(person: ActorRef, kind: str | None) -> ActorRef | None:
            key = kb.person_keys.get(person.name)
            return kb.leader_office(key, day, kind) if key else None

        return quotes.Offices(kb.office_by_form, of_state, of_person,
                              kb.countries[home].name if home else None)

    def annotate(self, documents: Iterable[Document], published: str | None = None
                 ) -> Iterator[Annotation | Failure]:
        """Annotate in batches; a document that fails becomes a Failure, the rest go on."""
        batch: list[Document] = []
        for document in documents:
            try:
                batch.append(dated(prepare(document, self.settings), published, self.tenure,
                                   self.contacts))
            except ReadoutError as error:
                yield failure(document.path, "clean", error)
            if len(batch) >= self.settings.batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, documents: Sequence[Document]) -> Iterator[Annotation | Failure]:
        parsed = nlp.parse_texts(self.nlp, [d.text for d in documents],
                                 self.settings.batch_size)
        # headlines only lend full names to the body's surnames: parsed together, apart
        headlines = list(self.nlp.pipe((d.title for d in documents),
                                       batch_size=self.settings.batch_size))
        for document, paragraphs, headline in zip(documents, parsed, headlines, strict=True):
            try:
                yield self._one(document, paragraphs, headline)
            except Exception as exc:
                yield Failure(document.path, "annotate", "stage-failed",
                              f"{document.path}: annotation failed ({type(exc).__name__}: "
                              f"{exc}); please report this with the file")

    def _one(self, document: Document, paragraphs: list[nlp.Paragraph], headline: Any = None
             ) -> Annotation:
        published = document.published
        day = _day(published)
        # Undated text still tells who holds an office, and what was already past, from the
        # terms of those it names.
        window = document.date_window
        rough = day or (time.rough_day(window) if window else None)
        # A letterhead the cleaner took for a section tag ("GOVERNMENT OF PAKISTAN") still
        # says whose release it is: it is read from the text before cleaning.
        speaks_for = document.speaks_for or voice.masthead_state(self.kb, [document.raw_text])
        home = self._home(paragraphs, speaks_for)
        mentions = self.finder.document(paragraphs, rough, speaks_for, headline, host=home)
        mentions = at_home(paragraphs, mentions, home, self.kb)
        earliest = published.min if published and published.precision != "day" else None
        context = events.Context(
            self.kb, day,
            precision=published.precision if published else "day",
            default_date=_news_date(published, document.raw_text),
            earliest=earliest or (window[0] if window else None))
        found = events.extract_events(paragraphs, mentions, context)
        said = quotes.extract_quotes(document.text, paragraphs, mentions, self.ministry_of,
                                     self._offices(rough, home))
        return Annotation(document=document, events=found,
                          quotes=quotes.link_quotes(said, found), stages=STAGE_VERSIONS)


def _day(published: PublishedDate | None) -> str | None:
    """The anchor day for relative dates: the publication day, or the last day it can be
    (news reports what just happened, so relative dates count back from there)."""
    if published is None:
        return None
    if published.precision == "day":
        return published.date
    return published.max


def _news_date(published: PublishedDate | None, text: str) -> str | None:
    """The date of news reported without one: the month of the report (as precise as known);
    in a live blog of one day (entries under clock times), that day."""
    if published is None:
        return None
    if published.precision == "day" and len(_ENTRY_TIME.findall(text)) >= 2:
        return published.date
    return published.date[:7] if published.precision == "day" else published.date


# A live blog's entry heading: a clock time on a line of its own ("18:10", "09.45 BST"), or
# before the entry's short title ("23:52 Putin's warning on Crimea")
_ENTRY_TIME = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d{2}(?:\s*[APap]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?"
    r"(?:[ \t]+[A-Z][^\n.]{0,80})?[ \t]*$", re.M)


def failure(path: str, stage: str, error: ReadoutError) -> Failure:
    return Failure(path=getattr(error, "path", path), stage=stage, code=error.code,
                   message=str(error))
