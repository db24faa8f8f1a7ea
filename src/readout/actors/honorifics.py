"""Courtesy titles in front of names: "H.E. Anura Kumara Disanayaka", "Shri Vinay Mohan
Kwatra", "Dr. S. Jaishankar", "Smt. Droupadi Murmu", "His Excellency ...".

Official readouts (India's MEA, many foreign ministries) put them before every name. They are
not part of the name: a person as written keeps only the name, and name matching ignores them.
"Sheikh" is kept when it is part of a known name ("Sheikh Hasina"): the caller tries the name
as written first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from readout.actors.names import HONORIFICS
from readout.actors.offices import TITLE_WORDS

# Lower-cased single-word courtesy titles, with and without their dot.
COURTESY = {"h.e.", "h.e", "shri", "shrimati", "smt.", "smt", "sh.", "kumari", "dr.", "dr",
            "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "prof.", "prof", "professor", "hon.",
            "hon", "honourable", "honorable", "excellency", "sheikh", "shaikh", "janab",
            "mme", "mme.", "seyed", "seyyed", "sayyid", "sayed", "pm", "fm", "eam", "daw", "u",
            # religious styles: "Mullah Abdul Salam Hanafi", "Mawlawi Amir Khan Muttaqi"
            "mullah", "mawlawi", "maulvi", "maulana", "haji", "hajji", "ayatollah",
            # "First Lady Margaret Kenyatta": the spouse's title, not her name
            "lady",
            # Malaysian and Bruneian titles: "Datuk Seri Najib Tun Razak", "Tan Sri ..."
            "datuk", "dato", "dato'", "datin", "seri", "pehin",
            # "Comrade" in Zimbabwean and Tanzanian releases: "Cde Robert Mugabe", "Ndugu"
            "cde", "cde.", "comrade", "ndugu",
            # Swahili courtesy: "Mhe. Bernard Membe" (Mheshimiwa, Honourable)
            "mhe", "mhe.", "mheshimiwa"}
# "His Excellency", "Her Excellency", "The Honourable": the article goes with the title.
_OPENERS = {"his", "her", "the"}


def strip(name: str) -> str:
    """The name without the courtesy titles it opens with: "H.E. Anura Kumara Disanayaka"
    -> "Anura Kumara Disanayaka". At least one word is always kept."""
    words = name.split()
    i = 0
    while i < len(words) - 1 and _courtesy(words, i):
        i += 1
    return " ".join(words[i:])


# Military ranks that open a name as written: "Lt-Gen", "Maj. Gen.", "Field Marshal".
RANKS = {"gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "brig",
         "brigadier", "admiral", "adm", "marshal", "field", "capt", "captain", "cmdr"}


def _courtesy(words: list[str], i: int) -> bool:
    word = words[i].lower()
    if word in _OPENERS:
        return words[i + 1].lower() in {"excellency", "honourable", "honorable", "hon."}
    return word in COURTESY or _rank(word)


def _rank(word: str) -> bool:
    parts = [p for p in word.replace(".", "-").split("-") if p]
    return bool(parts) and all(p in RANKS for p in parts)


def is_courtesy(word: str) -> bool:
    """Whether one word is a courtesy title that never belongs to a name ("Shri", "Dr.")."""
    return word.lower() in COURTESY - {"sheikh", "shaikh"}


PATRONYMIC = {"bin", "bint", "ibn", "ould"}


def person_spans(doc: Any) -> list[Any]:
    """The NER's people, with two that touch joined into one: the small model splits
    "Shri Vinay Mohan Kwatra" into "Shri Vinay" and "Mohan Kwatra"; and with the given name
    it leaves before "bin" or "bint" ("Lolwah" of "Lolwah bint Rashid Al-Khater")."""
    out: list[Any] = []
    for ent in (_hyphened_whole(doc, _before_a_preposition(doc, _titled(doc, e)))
                for e in doc.ents):
        if ent.label_ != "PERSON":
            continue
        start = ent.start
        if (start >= 2 and doc[start - 1].lower_ in PATRONYMIC
                and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha
                and (not out or out[-1].end <= start - 2)):
            start -= 2
        if out and out[-1].end == start and doc[start - 1].text[:1].isupper():
            joined = doc[out[-1].start:ent.end]
            joined.label_ = "PERSON"
            out[-1] = joined
        elif start != ent.start:
            joined = doc[start:ent.end]
            joined.label_ = "PERSON"
            out.append(joined)
        else:
            out.append(ent)
    return out


# Courtesy titles only people bear: what follows them is a person's name.
_PERSONAL = {"mr", "mrs", "ms", "dr", "prof", "professor"}


def _titled(doc: Any, ent: Any) -> Any:
    """A name after "Dr", "Mr" or "Ms" that the small model took for a place or a body
    ("Dr Ifeoma Okafor-Rasmussen" as a GPE) is a person's."""
    if ent.label_ == "PERSON" or ent.start == 0 or (
            doc[ent.start - 1].lower_.rstrip(".") not in _PERSONAL) or not all(
            t.text[:1].isupper() or t.text == "-" for t in ent):
        return ent
    person = doc[ent.start:ent.end]
    person.label_ = "PERSON"
    return person


# Words the small model sometimes runs a name on through: "received Xi at Arjuna's Penance".
_NOT_IN_NAMES = {"at", "in", "on", "with", "to", "from", "for", "by", "and", "or"}


def _before_a_preposition(doc: Any, ent: Any) -> Any:
    """A person's name ends before a lower-case preposition or conjunction inside it."""
    if ent.label_ != "PERSON":
        return ent
    cut = next((t.i for t in ent if t.text in _NOT_IN_NAMES), None)
    if cut is None or cut == ent.start:
        return ent
    name = doc[ent.start:cut]
    name.label_ = "PERSON"
    return name


def _hyphened_whole(doc: Any, ent: Any) -> Any:
    """A person's name with the parts the small model leaves off around a hyphen: the end of
    "Min Kyung-wook" (found as "Min Kyung"), the given name before "Venkatesan-Moore"."""
    if ent.label_ != "PERSON":
        return ent
    start, end = ent.start, ent.end
    if (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        end += 2
    # Only a name that opens on its hyphened word lacks its given name: "Aiyaz Sayed-Khaiyum"
    # has one, and the "Economy" of "Minister for Economy" before it is no name.
    hyphened = start + 1 < end and doc[start + 1].text == "-"
    if hyphened and start >= 1 and _given_name(doc[start - 1]) and (
            start < 2 or doc[start - 2].tag_ not in {"NNP", "NNPS"}):
        start -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    whole = doc[start:end]
    whole.label_ = "PERSON"
    return whole


def _given_name(word: Any) -> bool:
    """A lone capitalised word that no entity, title, rank or style claims."""
    return (word.tag_ == "NNP" and not word.ent_type_ and word.is_alpha and word.text.istitle()
            and word.lower_ not in COURTESY | STYLES and not _rank(word.lower_)
            and word.lower_ not in _TITLES)


# Words of offices and titles written before a name (the knowledge base's office words, the
# titles a surname may follow), and posts of neither kind: "Spokesman Min Kyung-wook".
_TITLES = TITLE_WORDS | HONORIFICS | {"ambassador", "envoy", "governor", "mayor",
                                      "commissioner", "deputy", "vice", "speaker"}


# Styles of address: "His Highness the Amir", "Her Majesty", "His Excellency".
STYLES = {"highness", "majesty", "excellency", "holiness", "royal", "eminence", "beatitude"}


def styled(token: Any) -> bool:
    """"His" in "His Highness the Amir": part of a style of address, not a pronoun."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in STYLES


# The styles that single out one royal a text goes on to call by the style alone.
_ROYAL_STYLES = {"highness", "majesty"}
_POSSESSIVES = {"his", "her"}


def style_before(doc: Any, start: int) -> str | None:
    """The royal style written just before a name, over titles and particles: "majesty" for
    "His Majesty Sultan Haji Hassanal Bolkiah", "highness" for "His Highness the Amir Sheikh
    Sabah"; "royal highness" is a style of its own (a prince, not the ruler)."""
    i = start - 1
    while i >= 1 and start - i <= 5:
        word = doc[i]
        if word.lower_ in _ROYAL_STYLES and doc[i - 1].lower_ in _POSSESSIVES | {"royal"}:
            royal = doc[i - 1].lower_ == "royal"
            return f"royal {word.lower_}" if royal else word.lower_
        if not (word.text[:1].isupper() or word.lower_ == "the"):
            return None
        i -= 1
    return None


def bare_style(doc: Any, i: int) -> str | None:
    """"His Majesty" or "His Highness" standing for a person, with no name or title after
    it ("His Majesty welcomed India's engagement"): the style, else None."""
    if i + 1 >= len(doc) or doc[i].lower_ not in _POSSESSIVES:
        return None
    style = doc[i + 1]
    after = doc[i + 2] if i + 2 < len(doc) else None
    if style.lower_ not in _ROYAL_STYLES or not style.text[:1].isupper():
        return None
    if after is not None and (after.text[:1].isupper() or after.lower_ == "the"):
        return None  # "His Majesty King Abdullah", "His Highness the Amir": named on
    return str(style.lower_)


_FEMALE = {"spokeswoman", "chairwoman", "ms", "mrs", "madam", "madame", "mme", "queen",
           "princess", "businesswoman", "congresswoman", "lady", "dame", "sister", "mother",
           "wife", "daughter", "smt", "begum"}
_MALE = {"spokesman", "chairman", "mr", "king", "prince", "businessman", "congressman",
         "sir", "lord", "brother", "father", "husband", "son", "shri", "sheikh"}


def gender_of(words: Sequence[Any]) -> str:
    """The gender that the words a text puts around a name give ("a spokeswoman", "Ms"):
    "f", "m", or "" when they say nothing."""
    for token in words:
        word = token.lower_.rstrip(".")
        if word in _FEMALE:
            return "f"
        if word in _MALE:
            return "m"
    return ""
