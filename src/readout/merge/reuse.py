"""Text reuse: which documents copy or rewrite one another.

Two signals. A MinHash signature over five-word shingles estimates how much of two texts is
the same (a syndicated copy with a new headline scores high); locality-sensitive bands make
finding candidates a lookup instead of a comparison with every stored document. Fingerprints
of long sentences catch rewrites that keep a few sentences word for word. Quotations count
apart: two independent reporters quoting the same statement did not copy each other, so a
long quotation in common marks a rewrite only when much of the other wording is shared too.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence

import numpy as np

SHINGLE_WORDS = 5
PERMUTATIONS = 64
BANDS = 16  # 16 bands of 4 rows: pairs above a Jaccard similarity of about 0.5 share a band
NEAR_DUPLICATE = 0.5
MIN_SHINGLES = 25  # shorter texts say too little to tell a copy from a coincidence
REUSE_MIN_WORDS = 12
# Unquoted shingles in common. On the project's corpora a paraphrased rewrite shared 0.039
# and independent reports of one event at most 0.017; the margin is thin, so a shared long
# quotation is required as well.
REWRITE_CONTAINMENT = 0.03

_ROWS = PERMUTATIONS // BANDS
_SEEDS = np.random.default_rng(20241118).integers(1, 2**63, size=(2, PERMUTATIONS),
                                                  dtype=np.uint64)
# Multiply-shift hashing: odd multipliers make each row a distinct universal hash function.
_MULTIPLY = _SEEDS[0] | np.uint64(1)
_ADD = _SEEDS[1]
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_NON_WORD = re.compile(r"\W+")
_QUOTATION = re.compile(r'“[^”]*”|"[^"\n]*"|«[^»]*»')


def words(text: str) -> list[str]:
    return _NON_WORD.sub(" ", text.lower()).split()


def signature(text: str) -> bytes | None:
    """The MinHash signature of a text, or None when it is too short to judge."""
    tokens = words(text)
    shingles = {" ".join(tokens[i:i + SHINGLE_WORDS])
                for i in range(len(tokens) - SHINGLE_WORDS + 1)}
    if len(shingles) < MIN_SHINGLES:
        return None
    values = np.array([int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(),
                                      "little") for s in sorted(shingles)], dtype=np.uint64)
    with np.errstate(over="ignore"):
        hashed = (_MULTIPLY[:, None] * values[None, :] + _ADD[:, None]) >> np.uint64(32)
    return bytes(hashed.min(axis=1).astype("<u4").tobytes())


def similarity(first: bytes, second: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    a = np.frombuffer(first, dtype="<u4")
    b = np.frombuffer(second, dtype="<u4")
    return float(np.mean(a == b))


def bands(sig: bytes) -> list[str]:
    """Keys under which a signature is filed; near-duplicates share at least one."""
    size = _ROWS * 4
    return [f"{i:02d}" + hashlib.blake2b(sig[i * size:(i + 1) * size], digest_size=8).hexdigest()
            for i in range(BANDS)]


def fingerprints(text: str) -> set[str]:
    """Hashes of a text's long unquoted sentences ("s:") and long quotations ("q:")."""
    out = set()
    for sentence in _SENTENCE.findall(_QUOTATION.sub(" ", text)):
        tokens = words(sentence)
        if len(tokens) >= REUSE_MIN_WORDS:
            out.add("s:" + _digest(tokens))
    for quotation in _QUOTATION.findall(text):
        tokens = words(quotation)
        if len(tokens) >= REUSE_MIN_WORDS:
            out.add("q:" + _digest(tokens))
    return out


def _digest(tokens: list[str]) -> str:
    return hashlib.sha1(" ".join(tokens).encode()).hexdigest()[:16]


def containment(first: str, second: str) -> float:
    """Share of the smaller text's five-word shingles, outside quotations, that the other
    text also has."""
    a, b = _shingles(_QUOTATION.sub(" | ", first)), _shingles(_QUOTATION.sub(" | ", second))
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _shingles(text: str) -> set[str]:
    """Five-word shingles that do not cross a `|` (where a quotation was cut out)."""
    out: set[str] = set()
    for part in text.split("|"):
        tokens = words(part)
        out.update(" ".join(tokens[i:i + SHINGLE_WORDS])
                   for i in range(len(tokens) - SHINGLE_WORDS + 1))
    return out


def judge(shared: set[str], first: str, second: str) -> tuple[str, float] | None:
    """Whether two texts with these fingerprints in common copy one another, and how.

    A long sentence outside quotation marks written twice word for word is a copy. A long
    quotation in common is not enough on its own (reporters quote the same statement), but
    with a good part of the wording shared as well it marks a rewrite.
    """
    sentences = sum(1 for h in shared if h.startswith("s:"))
    if sentences:
        return "shared-sentences", float(sentences)
    if any(h.startswith("q:") for h in shared):
        score = containment(first, second)
        if score >= REWRITE_CONTAINMENT:
            return "rewrite", round(score, 3)
    return None


def independent(documents: Sequence[str], links: Iterable[tuple[str, str]]) -> int:
    """Documents left once each group of copies counts as one (union-find over links)."""
    parent = {d: d for d in documents}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    for a, b in links:
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    return len({root(d) for d in documents})
