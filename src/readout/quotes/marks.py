"""Pair quotation marks into quoted spans.

Handles curly and straight double quotes, guillemets, low-9 marks, and single quotes used
as quote marks (headline style ‘…’). Apostrophes are told apart from closing single quotes
by what follows them. A paragraph that opens a double quote without closing it continues
into the next paragraph when that one opens with a quote mark (the news convention for a
quote over several paragraphs).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

DOUBLE_OPEN = {"“": "”", "«": "»", "„": "“", "\"": "\""}
DOUBLE_CLOSE = {"”", "»", "\""}
SINGLE_OPEN = {"‘": "’", "'": "'"}
# A quoted span longer than this is a missing mark, not a quote.
MAX_QUOTE_CHARS = 4000
# A paragraph with more quoted spans than this is a list of terms, code or broken markup:
# its marks are not paired (and attributing thousands of spans would take minutes).
MAX_SPANS_PER_LINE = 40


@dataclass(frozen=True)
class Quoted:
    start: int  # first character inside the marks
    end: int  # the closing mark's offset (exclusive end of the content)


def find_quoted(text: str) -> list[Quoted]:
    out: list[Quoted] = []
    carry: int | None = None
    offset = 0
    for line in text.split("\n"):
        spans, unclosed = _line_spans(line)
        if carry is not None and line.lstrip()[:1] not in DOUBLE_OPEN:
            carry = None  # the open quote did not continue: drop it
        if len(spans) > MAX_SPANS_PER_LINE:
            spans, unclosed, carry = [], None, None
        for start, end in spans:
            if carry is not None:
                start, carry = carry - offset, None
            out.append(Quoted(offset + start, offset + end))
        if unclosed is not None:
            carry = offset + unclosed if carry is None else carry
        offset += len(line) + 1
    return [q for q in out if 0 < q.end - q.start <= MAX_QUOTE_CHARS]


def _line_spans(line: str) -> tuple[list[tuple[int, int]], int | None]:
    """Outermost double-quoted spans of one line, then single-quoted ones outside them."""
    spans, unclosed = _double_spans(line)
    covered = [(s - 1, e + 1) for s, e in spans]
    if unclosed is not None:
        covered.append((unclosed - 1, len(line)))
    singles = [s for s in _single_spans(line)
               if not _inside(s, covered) and not _crosses(s, covered)]
    return sorted(spans + singles), unclosed


def _double_spans(line: str) -> tuple[list[tuple[int, int]], int | None]:
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    closer = ""
    for i, char in enumerate(line):
        if opened is None:
            if char in DOUBLE_OPEN and _can_open(line, i):
                opened, closer = i + 1, DOUBLE_OPEN[char]
        elif char == closer or (char in DOUBLE_CLOSE and closer != "\"" and char != "\""):
            spans.append((opened, i))
            opened = None
    return spans, opened


def _can_open(line: str, i: int) -> bool:
    if line[i] != "\"":
        return True
    # A straight quote opens after a space, a bracket, a dash or at the line start.
    return i == 0 or line[i - 1] in " \t([{—–-:/‘'"


def _single_spans(line: str) -> Iterator[tuple[int, int]]:
    i = 0
    while i < len(line):
        char = line[i]
        if char in SINGLE_OPEN and _single_opens(line, i):
            end = _single_close(line, i + 1, SINGLE_OPEN[char])
            if end is not None:
                yield i + 1, end
                i = end + 1
                continue
        i += 1


def _single_opens(line: str, i: int) -> bool:
    before = line[i - 1] if i > 0 else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    return (before.isspace() or before in "([“\"—–-") and after.isalnum()


def _single_close(line: str, start: int, closer: str) -> int | None:
    for j in range(start, len(line)):
        if line[j] == closer:
            after = line[j + 1] if j + 1 < len(line) else " "
            # "Russia’s" and "don’t" are apostrophes: a letter follows them.
            if not after.isalpha() and line[j - 1] != " ":
                return j
    return None


def _inside(span: tuple[int, int], covered: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in covered)


def _crosses(span: tuple[int, int], covered: list[tuple[int, int]]) -> bool:
    """A single-quoted span (with its marks) that half overlaps a double-quoted one: the
    marks cannot both be quotes, so the single pair is dropped."""
    start, end = span[0] - 1, span[1] + 1
    return any(start < e and s < end and not (start <= s and e <= end) for s, e in covered)
