"""Capitalised words the NER takes for people that are not: outlets, platforms and dates.

"wrote on Twitter", "told state broadcaster SABC", "the daily Asahi", "on Jan. 28" (not Jan
Lipavský). A person mention is dropped when its words are a platform's name, when a noun for a
news outlet stands just before it, or when it is a month written before a day.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from readout.actors.offices import TITLE_WORDS

PLATFORMS = {"twitter", "x", "facebook", "instagram", "telegram", "youtube", "tiktok",
             "wechat", "weibo", "linkedin", "threads", "truth social", "vk", "vkontakte",
             "whatsapp", "bluesky", "douyin", "line"}
MEDIA_NOUNS = {"broadcaster", "daily", "newspaper", "paper", "agency", "channel", "outlet",
               "tabloid", "weekly", "magazine", "network", "radio", "television", "tv",
               "website", "portal", "station", "broadsheet", "wire", "journal", "publication"}
MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "june", "jul", "july", "aug", "sep",
          "sept", "oct", "nov", "dec", "january", "february", "march", "april", "august",
          "september", "october", "november", "december"}


def outlet_or_platform(span: Any) -> bool:
    """"Twitter" in "wrote on Twitter", "SABC" in "state broadcaster SABC"."""
    if span.text.lower().strip(" .") in PLATFORMS:
        return True
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in MEDIA_NOUNS


def month_of_a_date(token: Any) -> bool:
    """"Jan" in "on Jan. 28", "May" in "May 30, 2023", "in May, when", "on 11 August": a
    month, not a name."""
    if token.lower_.rstrip(".") not in MONTHS:
        return False
    doc = token.doc
    if token.i > 0 and (doc[token.i - 1].lower_ in _BEFORE_MONTHS
                        or doc[token.i - 1].like_num):
        return True
    nxt = token.i + 1
    if nxt < len(doc) and doc[nxt].text == ".":
        nxt += 1
    return bool(token.text.endswith(".") or (nxt < len(doc) and doc[nxt].like_num))


# Words before a month: "in May", "since March", "early June", "last August".
_BEFORE_MONTHS = {"in", "since", "until", "till", "by", "early", "late", "mid", "last", "next",
                  "this", "of", "from", "through", "during", "before", "after"}


# Regions whose name ends in a state's name or alias: "South America" is not America.
REGIONS = {"south america", "north america", "central america", "latin america",
           "the americas"}


def inside_region(span: Any) -> bool:
    """"Leaders of South America": the state's name is the end of a region's name."""
    if span.start == 0:
        return False
    longer = span.doc[span.start - 1:span.end].text.lower()
    return longer in REGIONS


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def before_another_name(token: Any) -> bool:
    """"Christian" of "Roch Marc Christian Kaboré": a word followed by a capitalised name word
    is a given or middle name of a longer name, whatever the tagger split off."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (nxt is not None and nxt.tag_ == "NNP" and nxt.text[:1].isupper()
            and nxt.lower_.rstrip(".") not in MONTHS and nxt.lower_ not in WEEKDAYS)


def given_name_of_next(token: Any) -> bool:
    """"Morgan" of "Morgan Tsvangirai", which the parser hangs on the next word: the given
    name of someone else, though it is also a known person's surname."""
    return bool(token.dep_ == "compound" and token.head.i == token.i + 1)


def between_name_words(token: Any, titles: set[str]) -> bool:
    """"Ali" of "the Omar Ali Saifuddien Mosque": a word with capitalised name words on both
    sides (no title before it) is inside someone else's name or a building's."""
    if token.i == 0 or token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1]
    return (before_another_name(token) and before.tag_ == "NNP" and before.text[:1].isupper()
            and before.lower_.rstrip(".") not in titles)


PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


def part_of_a_place(token: Any) -> bool:
    """A word of a longer place's name ("San" of "San Francisco"): not someone's surname.
    (A lone word the recogniser calls a place may still be one: it says "Lavrov" is a GPE.)"""
    if token.ent_type_ not in PLACE_ENTITIES:
        return False
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return span is not None and len(span) > 1


# Military ranks and the words around titles that the small model tags as names.
RANK_WORDS = {"gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "brig",
              "brigadier", "admiral", "adm", "marshal", "field", "retd", "ret", "capt",
              "captain", "commander", "air", "vice", "rear", "diplomatic", "presidential",
              "special", "personal", "(", ")"}


def portfolio(ent: Any) -> bool:
    """"Brexit" in "the Brexit Secretary": one word naming what a minister is in charge of
    (a compound of a title word)."""
    return len(ent) == 1 and ent.root.dep_ == "compound" and ent.root.head.lower_ in TITLE_WORDS


def end_of_a_longer_name(span: Any, kind: str, surface: Container[str]) -> bool:
    """"Iran's Supreme National Security Council" is not the UN Security Council: capitalised
    words that name nothing known (`surface`), modifying the same name, make it another
    body ("UN Security Council" and "Kenyan Foreign Ministry" keep theirs)."""
    if kind != "organisation" or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (before.tag_ == "NNP" and before.text[:1].isupper()
            and span.start <= before.head.i < span.end and before.text not in surface)


def inside_a_persons_name(span: Any, kind: str) -> bool:
    """"H.E. Sharif Hassan Sheikh Aden": a state's name or a city standing for it that the
    recogniser reads as going on with a person's name begun before it is that name's end."""
    return kind == "country" and span[0].ent_type_ == "PERSON" and span[0].ent_iob_ == "I" and (
        span.start > 0 and span.doc[span.start - 1].tag_ == "NNP")


# Last words of a region's name: "Rakhine State", "Borno State", "Hebei Province".
REGION_WORDS = {"state", "province", "region", "governorate", "oblast", "prefecture", "county",
                "district", "territory", "emirate", "canton", "krai"}


def region_name(span: Any) -> bool:
    """"Rakhine State": a capitalised name ending in a word for a region is a place; so is
    a name that modifies one ("the Amur region")."""
    if len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in REGION_WORDS:
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.lower_ in REGION_WORDS and span.root.head.i == after.i
