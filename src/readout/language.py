"""A cheap English check: the share of English function words among the words.

Running text in English has 30-50% function words; other Latin-script languages have
well under 10% of *English* ones, and non-Latin scripts have none. Scripts written without
spaces (Chinese, Japanese, Thai) give few "words", so letters are counted too: a text whose
letters are mostly outside the Latin script is not English. Short texts are let through:
too few words to judge.
"""

from __future__ import annotations

import re

from readout.errors import EmptyInputError, NotEnglishError

FUNCTION_WORDS = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or",
    "but", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has",
    "have", "had", "it", "its", "as", "not", "he", "she", "they", "his", "her", "their", "we",
    "our", "you", "i", "will", "would", "can", "could", "said", "says", "which", "who", "whom",
    "what", "when", "where", "than", "then", "there", "after", "before", "about", "into", "over",
    "under", "also", "more", "most",
})
MIN_WORDS = 40
MIN_LETTERS = 80  # about as many letters as 40 words of Chinese take
MIN_LATIN_SHARE = 0.5
_LATIN_END = "\u0250"  # Latin Extended-B ends here; IPA, Greek, Cyrillic, CJK come after
_WORD = re.compile(r"\w+")


def english_ratio(text: str) -> tuple[float, int]:
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    if not words:
        return 0.0, 0
    return sum(w in FUNCTION_WORDS for w in words) / len(words), len(words)


def latin_share(text: str) -> tuple[float, int]:
    """The share of letters in the Latin script (ASCII, Latin-1 and Latin Extended), and how
    many letters there are."""
    letters = [c for c in text[:20_000] if c.isalpha()]
    if not letters:
        return 1.0, 0
    return sum(c < _LATIN_END for c in letters) / len(letters), len(letters)


def check_english(path: str, text: str, min_ratio: float) -> None:
    share, letters = latin_share(text)
    if letters == 0 and text.strip():
        raise EmptyInputError(path, "text has no words, only digits or punctuation; nothing "
                              "to ingest")
    if letters >= MIN_LETTERS and share < MIN_LATIN_SHARE:
        raise NotEnglishError(path, f"text does not look like English (only {share:.0%} of "
                              "its letters are Latin); readout reads English articles only")
    ratio, count = english_ratio(text)
    if count >= MIN_WORDS and ratio < min_ratio:
        raise NotEnglishError(path, f"text does not look like English ({ratio:.0%} English "
                              "function words); readout reads English articles only")
