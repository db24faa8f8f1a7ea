"""A cheap English check: the share of English function words among the words.

Running text in English has 30-50% function words; other Latin-script languages have
well under 10% of *English* ones, and non-Latin scripts have none. Short texts are let
through: too few words to judge.
"""

from __future__ import annotations

import re

from readout.errors import NotEnglishError

FUNCTION_WORDS = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or",
    "but", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has",
    "have", "had", "it", "its", "as", "not", "he", "she", "they", "his", "her", "their", "we",
    "our", "you", "i", "will", "would", "can", "could", "said", "says", "which", "who", "whom",
    "what", "when", "where", "than", "then", "there", "after", "before", "about", "into", "over",
    "under", "also", "more", "most",
})
MIN_WORDS = 40
_WORD = re.compile(r"\w+")


def english_ratio(text: str) -> tuple[float, int]:
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    if not words:
        return 0.0, 0
    return sum(w in FUNCTION_WORDS for w in words) / len(words), len(words)


def check_english(path: str, text: str, min_ratio: float) -> None:
    ratio, count = english_ratio(text)
    if count >= MIN_WORDS and ratio < min_ratio:
        raise NotEnglishError(path, f"text does not look like English ({ratio:.0%} English "
                              "function words); readout reads English articles only")
