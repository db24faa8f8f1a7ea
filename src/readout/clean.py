"""Stage 2, clean: remove web boilerplate from already-flattened article text.

The input has one paragraph per line, as a scraper or an HTML-to-text step leaves it. Each
line is either kept verbatim or recorded as a `RemovedLine` with the rule that removed it;
blank lines are dropped (they carry no text) and the kept lines are joined with "\\n".

Two kinds of evidence are used, both from the text alone (no markup, so no link density):

1. Line rules: a line is boilerplate by its own shape (an advertisement marker, a photo
   credit, a running time, a copyright notice, a call to action, a blob of over 1,000
   characters without a space) or by its place (a short
   label at the very top or bottom, a headline list under a "Related" heading, a counter
   among the last lines, a verbatim repeat).
2. Main text: when the input is a whole page (menus, teaser lists, footers), every line is
   scored for article-likeness (long, ends like a sentence, has paragraphs beside it) and
   the highest-scoring contiguous stretch is kept. A side is cut only when it holds several
   menu-like labels, so an input that is already an article (even one with lists or
   tables) loses only rule-matched lines.

The passes repeat until nothing more is removed, which makes `clean_text` idempotent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from readout.records import RemovedLine

STAGE = "clean.rules.v1"

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
_BULLET = re.compile(r"^(?:[•\-–—*·▪◦►]|\d{1,3}[.)])\s")
_NOT_LABEL = re.compile(r"[\d,:]|(?:^|\s)(?:by|from)\s", re.IGNORECASE)  # dates, datelines, bylines


@dataclass(frozen=True)
class CleanResult:
    """The cleaned text and every non-blank line that was taken out of it."""

    text: str
    removed: tuple[RemovedLine, ...]


@dataclass(frozen=True)
class _Line:
    text: str  # stripped, for matching; the original line is kept verbatim elsewhere
    words: int
    sentence: bool  # ends like a sentence: . ! ? … and closing quotes or brackets
    wrapped: bool = False  # one line of a hard-wrapped paragraph that ends like a sentence

    @property
    def prose(self) -> bool:
        """Long enough and ends like a sentence: what article paragraphs look like."""
        long_enough = (self.sentence and self.words >= 8) or self.words >= 30
        return (long_enough or self.wrapped) and not self.truncated

    @property
    def truncated(self) -> bool:
        """Cut off with an ellipsis: a teaser for another page, not a paragraph."""
        return self.text.endswith(("...", "…", "[…]", "[...]"))

    @property
    def fragment(self) -> bool:
        """A short line that is not a sentence: a menu item, a label, a headline."""
        return (
            not self.sentence
            and self.words < 12
            and not self.wrapped
            and not _BULLET.match(self.text)
        )


def _line(text: str) -> _Line:
    stripped = text.strip()
    words = len(_WORD.findall(stripped)) + len(_CJK.findall(stripped)) // 2
    return _Line(stripped, words, bool(_SENTENCE_END.search(stripped)))


def _lines(texts: Sequence[str]) -> list[_Line]:
    """Lines with their features; hard-wrapped paragraphs are recognised as one unit.

    A line that does not end a sentence, followed by one that starts with a lowercase
    word, continues the same paragraph (text wrapped at a fixed width, or split by <br>).
    """
    lines = [_line(text) for text in texts]
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and _continues(lines[i - 1], lines[i]):
            continue
        group = lines[start:i]
        if len(group) > 1 and group[-1].sentence and sum(ln.words for ln in group) >= 8:
            lines[start:i] = [replace(ln, wrapped=True) for ln in group]
        start = i
    return lines


def _continues(line: _Line, nxt: _Line) -> bool:
    first = _WORD.match(nxt.text)
    return not line.sentence and not line.text.endswith(":") and bool(first and first[0].islower())


# -- rules on one line's own shape ------------------------------------------------------


def _pattern(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(alternatives) + r")[\s:.!»>›→|]*$", re.IGNORECASE)


_ADVERT = _pattern(
    r"advertisements?",
    r"advert(?:ising|s)?",
    r"ads?",
    r"anzeige|publicidad|publicité|pubblicità|publicidade|reklama|реклама|광고",
    r"sponsored(?: content| by\b.*| post| links?)?",
    r"(?:paid|promoted|partner) (?:content|post)",
    r"(?:story|article|content) continues below(?: this)? (?:advertisement|ad)",
    r"continue reading (?:below|the main story)",
    r"scroll to continue(?: with content)?",
)
_PROMPT = re.compile(
    r"\b(?:subscribe|subscriber|subscription|sign (?:up|in)|signup|log ?in|log out|"
    r"register (?:now|here|today|for free)|newsletters?|get more with|free trial|"
    r"create (?:an|your) account|already (?:a|have an?) (?:member|subscriber|account))\b",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(r"^(?:subscribe|sign (?:up|in)|log ?in|register|join)\b", re.IGNORECASE)
_ACTION = _pattern(
    r"(?:learn|read|see|show|view|load|find out) (?:more|less|all|full story|the full story)\b.*",
    r"continue reading\b.*",
    r"(?:share|email|print|tweet|save|pin) (?:this|the) (?:article|story|page|post)\b.*",
    r"share (?:on|via|to) \w+.*",
    r"share|print|email|e-mail|comments?|reply|save|copy link|copied|close|menu|search",
    r"(?:click|tap) here\b.*",
    r"follow (?:us|@)\b.*",
    r"(?:back|return) to top\b.*",
    r"skip to (?:main )?(?:content|navigation)\b.*",
    r"(?:watch|listen)(?: now| live| the video| here)?",
    r"(?:leave|post|add|view|show) (?:a |your )?comments?\b.*",
)
_MORE = _pattern(r"(?:read|learn|see|find out) more", r"continue reading", r"read the full story")
# Credits close a caption: "... in Jakarta. Photo: AFP", "(AP Photo/Jane Doe)", "Getty Images".
# The "Label:" form must be capitalised, so that prose ("he posted a video: ...") is not hit.
_CREDIT = re.compile(
    r"(?:\b(?:Photo(?:graph)?|Picture|Image|Video|Footage|Illustration|Graphic|Credit"
    r"|PHOTO|PICTURE|IMAGE|VIDEO|CREDIT)[sS]?(?: [Cc]redit)?\s*:\s*[^.:]{0,80}"
    r"|(?i:\((?:ap|afp|reuters|getty|epa)?\s*(?:photo|images?)\b[^)]{0,80}\))"
    r"|(?i:\bgetty images(?: for [^.]{1,40})?|\bfile (?:photo|picture|image)\)?|\bshutterstock)"
    r"|(?i:\b(?:reuters|afp|ap|epa|xinhua)/[\w .\-]{2,40}|\bphoto by [^.]{2,50}))[\s.)]*$"
)
_CAPTION_START = re.compile(r"^(?:photo|image|picture|video|caption)\s*:", re.IGNORECASE)
_RUNNING_TIME = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}$")
_COPYRIGHT = re.compile(
    r"©|(?:\bcopyright|\(c\))\s*(?:©\s*)?\d{4}|\ball rights reserved\b"
    r"|\bmay not be (?:re)?published, broadcast",
    re.IGNORECASE,
)
_CONSENT = re.compile(
    r"\bcookies?\b.*\b(?:we use|this (?:web)?site|our (?:web)?site|you (?:agree|consent|accept)|"
    r"by (?:continuing|using|clicking)|accept all|cookie (?:policy|settings|preferences)|"
    r"manage (?:cookies|preferences|settings))\b"
    r"|\b(?:we use|this (?:web)?site uses|our (?:web)?site uses)\b.*\bcookies?\b",
    re.IGNORECASE,
)


# A run of this many characters without a space is no word of prose but a data blob, an
# encoded image or a run of marks; it would also make the tokenizer crawl (its affix search
# is quadratic in a token's length).
MAX_TOKEN_CHARS = 1_000
_BLOB = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1}}}")

_SHAPE_RULES = frozenset(
    {"advertisement", "running-time", "copyright", "consent", "subscription", "call-to-action"}
    | {"photo-credit", "blob"}
)


def _shape_rule(line: _Line) -> str | None:
    """The rule that a line's own text breaks, if any (None: the line looks like content)."""
    text = line.text
    if _BLOB.search(text):
        return "blob"
    if _ADVERT.match(text):
        return "advertisement"
    if _RUNNING_TIME.match(text):
        return "running-time"
    if _COPYRIGHT.search(text) and line.words <= 40:
        return "copyright"
    if _CONSENT.search(text) and line.words <= 150:
        return "consent"
    if line.words <= 10 and _PROMPT.search(text) and (not line.sentence or _IMPERATIVE.match(text)):
        return "subscription"
    if line.words <= 8 and _ACTION.match(text):
        return "call-to-action"
    if line.words <= 60 and (_CREDIT.search(text) or _CAPTION_START.match(text)):
        return "photo-credit"
    if line.words <= 80 and _INLINE_RELATED.match(text) and (" | " in text or not line.sentence):
        return "related"  # "Related: Putin and Erdogan to meet in Sochi | EU ministers ..."
    return None


_INLINE_RELATED = re.compile(r"^(?:related(?: stories| news| articles)?|read (?:also|more|next)|"
                             r"also read|see also|more on this(?: story)?)\s*:\s*\S", re.I)


# -- rules on a line's place ------------------------------------------------------------

_RELATED = _pattern(
    r"related(?: posts?| articles?| stories| news| content| coverage| links| reading| topics)?",
    r"more (?:from|on|in|about) .{1,40}",
    r"more(?: top)? (?:stories|news|articles|videos|headlines)",
    r"recommended(?: for you| stories| articles| reading| videos)?",
    r"most (?:read|popular|viewed|shared|watched|commented)(?: \w+){0,2}",
    r"(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy|be interested in).{0,20}",
    r"(?:read|see|watch) (?:also|next)",
    r"also (?:read|see|watch|on \w+)",
    r"see also",
    r"what to read next",
    r"further reading",
    r"trending(?: now| stories| news)?",
    r"(?:top|latest|popular|editor'?s'? picks?|featured) (?:stories|news|articles|videos)",
)
_COUNTER = re.compile(
    r"^\(?[\d.,]+[km]?\)?(?:\s+(?:comments?|shares?|views?|likes?|replies|responses))?$",
    re.IGNORECASE,
)
_COUNTER_TAIL = 3  # lines at the very end where a bare number is a widget's count
_REPEAT_WINDOW = 3  # how far back a short repeated line (a caption under a video) is looked for


def _first_last_prose(lines: Sequence[_Line]) -> tuple[int, int]:
    prose = [i for i, line in enumerate(lines) if line.prose]
    return (prose[0], prose[-1]) if prose else (len(lines), -1)


def _is_label(line: _Line) -> bool:
    """A 1-3 word tag: no sentence punctuation, digits, byline ("By ..."), dateline comma."""
    return (
        1 <= line.words <= 3
        and not line.sentence
        and not _NOT_LABEL.search(line.text)
        and not _BULLET.match(line.text)
    )


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _lone_headline(lines: Sequence[_Line]) -> bool:
    """Whether the first line, short as a tag, is the text's headline: it has a word in lower
    case ("Russian-Indian talks", not "WORLD" or "Middle East"), and no longer headline
    follows it ("Trade talks" over "Ministers meet in Lisbon as port deal nears" is a tag;
    a dateline with its year, "STATE HOUSE, HARARE - 1st December, 2015", is no headline)."""
    words = re.split(r"[\s-]+", lines[0].text)
    headline_next = len(lines) > 1 and lines[1].fragment and lines[1].words >= 4 and not (
        _YEAR.search(lines[1].text))
    return not headline_next and any(len(w) > 3 and w.isalpha() and w.islower() for w in words)


def _place_rules(lines: Sequence[_Line], rules: list[str | None]) -> None:
    """Rules that need the neighbours or the position of a line; fills `rules` in place."""
    _related_blocks(lines, rules)
    first, last = _first_last_prose(lines)
    top_labels = {ln.text.lower() for ln in lines[:first] if _is_label(ln)}
    for i, line in enumerate(lines):
        if rules[i] is not None:
            continue
        if _repeated(lines, i):
            rules[i] = "repeated-line"
        elif (i > last or i >= len(lines) - _COUNTER_TAIL) and _COUNTER.match(line.text):
            rules[i] = "counter"
        elif _is_label(line) and not (i == 0 and _lone_headline(lines)) and (
                i < first or i > last or line.text.lower() in top_labels):
            rules[i] = "section-label"
    _after_running_time(lines, rules)
    _teasers(lines, rules, (first, last))
    _sandwiched(lines, rules, (first, last))


def _repeated(lines: Sequence[_Line], i: int) -> bool:
    """A line printed again right after itself, or a short one (a caption) just after."""
    line = lines[i]
    if i > 0 and line.text == lines[i - 1].text:
        return True
    near = (lines[j].text for j in range(max(0, i - _REPEAT_WINDOW), i))
    return 2 <= line.words <= 25 and line.text in near


def _related_blocks(lines: Sequence[_Line], rules: list[str | None]) -> None:
    """A "Related ..." heading and the headline-like lines under it, up to real prose."""
    i = 0
    while i < len(lines):
        if lines[i].words <= 8 and _RELATED.match(lines[i].text):
            rules[i] = rules[i] or "related-links"
            i += 1
            while i < len(lines) and not lines[i].sentence and lines[i].words <= 25:
                rules[i] = rules[i] or "related-links"
                i += 1
        else:
            i += 1


def _after_running_time(lines: Sequence[_Line], rules: list[str | None]) -> None:
    """A video player's title follows its running time ("01:45", then the title)."""
    for i in range(1, len(lines)):
        if rules[i - 1] == "running-time" and rules[i] is None and lines[i].fragment:
            rules[i] = "running-time"


def _teasers(lines: Sequence[_Line], rules: list[str | None], body: tuple[int, int]) -> None:
    """Excerpts each followed by a bare "Read more" are a list of links to other pages.

    One excerpt with "Read more" may be the whole text (a feed entry), so it takes two. In the
    article's body a "Read more" line is often a stray inline widget after a real paragraph,
    so there it takes a list of three.
    """
    found = [i for i in range(len(lines) - 1) if _MORE.match(lines[i + 1].text)]
    prose = [i for i, line in enumerate(lines) if line.prose and i not in found]
    first, last = (prose[0], prose[-1]) if prose else body
    inside = [i for i in found if first <= i <= last]
    for i in found:
        if len(found) >= 2 and (i not in inside or len(inside) >= 3):
            rules[i] = rules[i] or "teaser"


def _sandwiched(lines: Sequence[_Line], rules: list[str | None], body: tuple[int, int]) -> None:
    """Above or below the body, a short line between two removed ones is in their widget.

    ("Get more with X", "A personalised feed of stories", "Learn more" is one promotion.)
    Inside the body such a line may be a subheading between a caption and an advert.
    """
    shape = [r in _SHAPE_RULES for r in rules]
    for i in range(1, len(lines) - 1):
        outside = i < body[0] or i > body[1]
        if outside and rules[i] is None and shape[i - 1] and shape[i + 1] and lines[i].fragment:
            rules[i] = "boilerplate-run"


# -- main text of a whole page ----------------------------------------------------------

_MIN_CUT = 5  # menu-like labels a side must hold before it is cut as page chrome
_FRAGMENT_COST = 4.0  # a menu item or label between paragraphs
_REMOVED_COST = 4.0  # a line a rule removed: advertisement, credit, prompt
_LONE_FACTOR = 0.25  # a paragraph with no paragraph beside it: teaser, comment, blurb
_INLINE_RULES = frozenset({"advertisement", "photo-credit", "running-time", "subscription"})


def _weights(lines: Sequence[_Line], rules: Sequence[str | None]) -> list[float]:
    """How much each line looks like article text (positive) or page furniture (negative).

    Article paragraphs come in runs; a paragraph alone between fragments is more often a
    teaser summary, a comment or a promotion, so it counts for less. Inserts that pages put
    between paragraphs (advertisements, photo captions) are skipped when looking for
    neighbours: they do not make a paragraph lone.
    """
    weights = [_line_weight(line, rule) for line, rule in zip(lines, rules, strict=True)]
    free = [i for i, rule in enumerate(rules) if rule not in _INLINE_RULES]
    for k, i in enumerate(free):
        beside = (free[j] for j in (k - 1, k + 1) if 0 <= j < len(free))
        if lines[i].prose and not any(lines[j].prose and rules[j] is None for j in beside):
            weights[i] *= _LONE_FACTOR
    return weights


def _line_weight(line: _Line, rule: str | None) -> float:
    if rule is not None:
        return -_REMOVED_COST
    if line.prose:
        return float(min(line.words, 80))
    if line.sentence or _BULLET.match(line.text):
        return 1.0
    return -_FRAGMENT_COST if line.fragment else -1.0


def _best_stretch(weights: Sequence[float]) -> tuple[int, int]:
    """The contiguous stretch [start, end) with the largest total weight (Kadane)."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def _main_text(lines: Sequence[_Line], rules: list[str | None]) -> None:
    """Mark the lines outside the main stretch, on each side that looks like page chrome."""
    start, end = _best_stretch(_weights(lines, rules))
    if start == end:
        return
    for side in (range(0, start), range(end, len(lines))):
        # Labels count whether or not a place rule took them already; a line removed for
        # its own text ("Advertisement") says nothing about menus.
        labels = sum(_is_label(lines[i]) and rules[i] not in _SHAPE_RULES for i in side)
        if labels >= _MIN_CUT:
            for i in side:
                if rules[i] is None and not _summary_bullet(lines[i]):
                    rules[i] = "outside-main-text"


def _summary_bullet(line: _Line) -> bool:
    """A bulleted summary line ("• The minister says ..."): written for the article."""
    return bool(_BULLET.match(line.text)) and line.words >= 8


# -- the stage --------------------------------------------------------------------------


def _one_pass(lines: Sequence[_Line]) -> list[str | None]:
    """The rule that removes each line, or None to keep it."""
    rules: list[str | None] = [_shape_rule(line) for line in lines]
    _place_rules(lines, rules)
    _main_text(lines, rules)
    return rules


def clean_text(text: str) -> CleanResult:
    """Remove boilerplate lines from flattened text, recording each removed line."""
    raw = text.split("\n")
    kept = [i for i, line in enumerate(raw) if line.strip()]
    removed: list[RemovedLine] = []
    while True:
        rules = _one_pass(_lines([raw[i] for i in kept]))
        if not any(rules):
            break
        removed.extend(RemovedLine(i, raw[i], r) for i, r in zip(kept, rules, strict=True) if r)
        kept = [i for i, r in zip(kept, rules, strict=True) if r is None]
    removed.sort(key=lambda r: r.line)
    return CleanResult("\n".join(raw[i] for i in kept), tuple(removed))
