"""Words that report a contact between actors, and what kind of contact they report.

English verbs are listed with their inflections because the pipeline runs without a
lemmatizer (it is excluded for speed, see `nlp.EXCLUDE`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from readout.actors.names import HONORIFICS
from readout.actors.offices import TITLE_WORDS
from readout.events.arguments import (
    PHONE_VERBS,
    called_to,
    clause_head,
    in_clause,
    joined_clause,
    location_tokens,
)

TRAVEL_VERBS = {"travel", "travels", "travelled", "traveled", "travelling", "traveling",
                "arrived", "arrives", "flew", "toured"}
# Verbs of going that are a journey only for a person going to a place: "Xi came to
# Myanmar in 2009", not "the announcement came during the visit" nor "Azerbaijan came to
# Vienna with a constructive approach".
GOING = {"came", "went"}
# Speaking verbs: "spoke to Macron" is a contact, like "spoke with Macron".
SPEAKING = {"speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking"}
# Verbs that report a contact by themselves: "X met Y", "X hosted Y", "X visited Y".
CONTACT_VERBS = {
    "meet": "meet", "meets": "meet", "met": "meet", "meeting": "meet",
    "visit": "visit", "visits": "visit", "visited": "visit", "visiting": "visit",
    "host": "host", "hosts": "host", "hosted": "host", "hosting": "host",
    "receive": "host", "receives": "host", "received": "host", "receiving": "host",
    "welcome": "host", "welcomes": "host", "welcomed": "host", "welcoming": "host",
    "confer": "talk", "confers": "talk", "conferred": "talk", "conferring": "talk",
    **dict.fromkeys(PHONE_VERBS, "call"),
    # Travel verbs report a visit only with a destination ("travelled to Beijing").
    **dict.fromkeys(TRAVEL_VERBS, "visit"),
}
# Verbs that report a contact only with two parties as subject or with a "with" object:
# "X and Y discussed Ukraine", "X talked with Y", "X spoke with Y by phone".
WEAK_VERBS = {
    "discuss": "talk", "discusses": "talk", "discussed": "talk", "discussing": "talk",
    "talk": "talk", "talks": "talk", "talked": "talk", "talking": "talk",
    "speak": "talk", "speaks": "talk", "spoke": "talk", "spoken": "talk", "speaking": "talk",
    "negotiate": "talk", "negotiated": "talk", "negotiating": "talk",
    "exchange": "talk", "exchanged": "talk", "exchanging": "talk",
    "shake": "meet", "shakes": "meet", "shook": "meet", "shaking": "meet",
    "sat": "meet", "sit": "meet", "sits": "meet", "sitting": "meet",  # only with "down" etc.
    # A meal shared: "flew to Florida to dine with Trump", "lunched with the king".
    "dine": "meet", "dines": "meet", "dined": "meet", "dining": "meet", "lunched": "meet",
}
CONTACT_NOUNS = {
    "meeting": "meet", "meetings": "meet", "talks": "talk", "summit": "meet",
    "visit": "visit", "visits": "visit", "trip": "visit", "tour": "visit",
    "call": "call", "calls": "call", "conversation": "talk", "conversations": "talk",
    "videoconference": "call", "teleconference": "call", "discussions": "talk",
    "consultations": "talk", "encounter": "meet", "audience": "host",
    "negotiations": "talk", "welcome": "host",
    # A meal shared with someone: "a working lunch with Macron", "an iftar dinner with the king".
    "dinner": "meet", "lunch": "meet", "luncheon": "meet", "breakfast": "meet", "banquet": "meet",
}
# Acts two leaders do together: with both named and a place, they met there.
SIGNED = {"signed", "sign", "signs", "inked"}
JOINT_ACTS = SIGNED | {"unveiled", "agreed", "witnessed", "oversaw", "co-chaired", "launched",
                       "inaugurated"}
SEE_VERBS = {"see", "visit"}
# Going somewhere to see someone: "flew to Florida to see Trump".
TRAVEL_WORDS = TRAVEL_VERBS | {"fly", "flies", "went", "go", "goes", "came", "come", "headed",
                               "drove", "returned", "rushed", "dashed"}
JOIN_VERBS = {"join", "joins", "joined", "joining"}
# A mediator bringing leaders together meets them: "Obama brought Abe and Park together".
BRING_VERBS = {"bring", "brings", "brought", "bringing"}
SPEND_VERBS = {"spend", "spends", "spent", "spending"}
TIME_NOUNS = {"hours", "hour", "day", "days", "time", "evening", "morning", "afternoon",
              "minutes", "night", "weekend"}
CALL_WORDS = {"phone", "telephone", "video", "videoconference", "teleconference", "virtual",
              "virtually", "phoned", "telephoned", "call", "calls", "dialled", "dialed"}
# Words that put a contact in one room: "spoke with Macron at the Elysee", "met", "visit".
IN_PERSON = {"met", "meet", "meeting", "visit", "visited", "visiting", "visits", "summit",
             "sidelines", "margins", "arrived", "hosted", "received", "dinner", "lunch", "talks",
             "trip", "travelled", "traveled", "flew", "press", "conference", "reporters",
             # "talked alone for three hours", "spoke privately", "talked in person"
             "alone", "privately", "person",
             # "spoke face to face", "their private conversation", "a brief encounter"
             "face", "private", "encounter"}
# "called for calm", "called on Russia to", "calls for a ceasefire": appeals, not calls.
APPEAL_PREPOSITIONS = {"for", "on", "upon"}
# Objects of "received"/"hosted" that are people: "received the delegation".
HOSTED_PEOPLE = {"delegation", "delegations", "counterpart", "counterparts", "guests", "guest",
                 "leaders", "leader", "envoy", "envoys", "ministers", "visitors", "him", "her",
                 "them", "team", "officials", "representatives", "head", "heads", "members"}


@dataclass(frozen=True)
class Trigger:
    token: Any  # spacy Token
    sense: str  # meet, visit, host, talk, call
    strong: bool


def find_triggers(sent: Any) -> list[Trigger]:
    found = []
    for token in sent:
        word = token.lower_
        if token.tag_.startswith("VB"):
            if _courtesy_call(token):
                found.append(Trigger(token, "call_on", True))
            elif word in SEE_VERBS and _went_to_see(token):
                found.append(Trigger(token, "meet", True))  # "flew to Florida to see Trump"
            elif word in JOIN_VERBS and _joins_someone(token):
                found.append(Trigger(token, "meet", True))  # "joined Xi in Xi'an"
            elif word in BRING_VERBS and (_together(token)
                                          or _brought_to_a_place(token)):
                found.append(Trigger(token, "meet", True))  # "brought Abe and Park together"
            elif word in DELIVER_VERBS and _letter_to_someone(token):
                found.append(Trigger(token, "meet", True))  # "delivered a letter to Moon"
            elif word in SPEND_VERBS and _time_with_someone(token):
                found.append(Trigger(token, "meet", True))  # "spent seven hours with Qin"
            elif word in SPEND_VERBS and _time_in_a_place(token):
                found.append(Trigger(token, "visit", True))  # "spent five days in India"
            elif word in GOING and _person_went_to_a_place(token):
                found.append(Trigger(token, "visit", True))  # "Xi came to Myanmar in 2009"
            elif word in CONTACT_VERBS and not _is_appeal(token):
                sense = CONTACT_VERBS[word]
                if sense == "host" and not _receives_someone(token):
                    continue  # "welcomed the visit", "received a letter"
                if sense != "call" or _calls_someone(token):
                    found.append(Trigger(token, sense, True))
            elif (word in JOINT_ACTS or _together(token)) and _done_together_somewhere(token):
                found.append(Trigger(token, "meet", False))  # "signed deals in Beijing"
            elif word in WEAK_VERBS and _particle_ok(token) and not _to_the_press(token):
                found.append(Trigger(token, WEAK_VERBS[word], False))
        elif _remote_conference(token):
            found.append(Trigger(token, "call", True))  # "held a video conference with"
        elif (token.tag_.startswith("NN") and word in CONTACT_NOUNS and token.dep_ != "amod"
              and not _is_appeal(token)):  # "a welcome guest" describes, reports nothing
            sense = CONTACT_NOUNS[word]
            if sense == "call" and any(c.lower_ == "courtesy" for c in token.children):
                sense = "call_on"  # "paid a courtesy call on the President": in person
            found.append(Trigger(token, sense, True))
    return found


def _remote_conference(token: Any) -> bool:
    """"a video conference with", "a telephone conference with", "a telephone talk with" (as
    Japan's readouts say): a call, where a bare "conference" is a gathering and a bare
    "talk" a lecture."""
    return (token.tag_.startswith("NN")
            and token.lower_ in {"conference", "conferences", "talk"}
            and any(c.lower_ in {"video", "telephone", "phone"} and c.dep_ in {
                "compound", "amod", "nmod"} for c in token.children)
            and any(c.dep_ == "prep" and c.lower_ in {"with", "between"}
                    for c in token.children))


# Those spoken to at a press event: "speaking to State House correspondents in Niamey".
PRESS = {"reporters", "journalists", "correspondents", "press", "media", "newsmen", "students",
         "audience", "crowd", "supporters", "parliament", "lawmakers", "diaspora"}


# Spoken to, but no party: the press, and the "one voice" two states speak with.
NOT_PARTNERS = PRESS | {"voice"}
# What the parser marks a person, a state or a body as.
PARTY_ENTITIES = {"PERSON", "GPE", "NORP", "ORG"}


def _to_the_press(token: Any) -> bool:
    """"spoke to reporters", and "speak with one voice", which is to no one."""
    return token.lower_ in SPEAKING and any(
        c.dep_ == "prep" and c.lower_ in {"to", "with"} and any(
            o.dep_ == "pobj" and o.lower_ in NOT_PARTNERS for o in c.children)
        for c in token.children)


# An envoy handing over a leader's letter meets the one it is for.
DELIVER_VERBS = {"deliver", "delivers", "delivered", "delivering", "hand", "hands", "handed",
                 "handing"}
LETTERS = {"letter", "letters", "message", "messages", "invitation"}


def _letter_to_someone(token: Any) -> bool:
    """"Kim Yo-jong delivering a letter from her brother to Moon", "handed President Ruto a
    message": a letter or message given to a person (a name or a pronoun)."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "dative"}]
    if not any(o.lower_ in LETTERS for o in objects):
        return False
    to = [g for c in (*token.children, *(g for o in objects for g in o.children))
          if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
          for g in c.children if g.dep_ == "pobj"]
    given = [o for o in objects if o.dep_ == "dative" and o.lower_ != "to"] + to
    return any(_person_like(t) or t.tag_ == "PRP" for t in given)


def _went_to_see(token: Any) -> bool:
    """"He flew to Florida to see Donald Trump": travelling to see a person is meeting them
    (seeing someone on television, or as something, is not)."""
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            and token.head.lower_ in TRAVEL_WORDS
            and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children))


def _brought_to_a_place(token: Any) -> bool:
    """"Erdogan brought Abiy and Hassan Sheikh to Ankara": two people brought to a place met
    there with the one who brought them."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    people = [t for o in objects for t in (o, *o.conjuncts) if _person_like(t)]
    to = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
          for g in c.children if g.dep_ == "pobj"]
    return len(people) >= 2 and any(t.ent_type_ in {"GPE", "FAC", "LOC"} or t.tag_ == "NNP"
                                    for t in to)


def _done_together_somewhere(token: Any) -> bool:
    """"Putin and Xi ... signed a series of cooperation deals in Beijing": two people who
    sign together in a named place met there (two states alone may sign apart)."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None) if (
            token.dep_ == "conj") else None
    signers = [t for t in ([subject] if subject is not None else []) + (
        [c for c in subject.conjuncts] if subject is not None else [])
        if _person_like(t)]
    # "the deal was signed by Al-Aiban and Shamkhani": each person named in the agent
    people = signers + [e.root for c in token.children if c.dep_ == "agent"
               for e in token.doc.ents if e.label_ == "PERSON"
               and c.left_edge.i <= e.root.i <= c.right_edge.i]
    own = [t for t in token.subtree if subject is None or not (
        subject.left_edge.i <= t.i <= subject.right_edge.i)]
    placed = any(t.dep_ == "pobj" and t.head.lower_ in {"in", "at"} and (
        t.ent_type_ in {"GPE", "FAC", "LOC"} or (t.tag_ == "NNP" and t.ent_type_ in {
            "PERSON", ""})) for t in own) or _where(token)  # "In Ashgabat" (a PERSON to it)
    # "Abiy signed a memorandum in Addis Ababa with Muse Bihi Abdi": the one signed with
    partners = [t for t in own if t.dep_ == "pobj" and t.head.lower_ == "with"
                and _person_like(t) and token.lower_ not in {"agreed"}]
    people += partners
    # "the Lahore Declaration he signed with Vajpayee": signing with a person is done
    # side by side, wherever it was
    signed_with = token.lower_ in SIGNED and bool(partners)
    return len(people) >= 2 and (placed or signed_with or _together(token)
                                 or _signed_side_by_side(token, signers))


# What people sign each on their own, wherever they are: "signed a joint letter".
_SIGNED_APART = {"letter", "letters", "article", "op-ed", "petition", "appeal", "bill", "law",
                 "decree", "order", "orders"}


def _signed_side_by_side(token: Any, signers: list[Any]) -> bool:
    """"Clinton and McCully yesterday signed the Wellington Declaration": two people who
    sign one text as joint subjects (`signers`) do it together, not "Macron and Scholz signed
    a letter"."""
    if token.lower_ not in SIGNED:
        return False
    signed = [c for c in token.children if c.dep_ == "dobj"]
    return len(signers) >= 2 and bool(signed) and all(
        c.lower_ not in _SIGNED_APART for c in signed)


def _person_like(token: Any) -> bool:
    """A person by the recogniser, a pronoun for one, a name it left untyped ("Abiy", a
    surname told before), or one an honorific marks whatever it was typed ("Mr Albanese",
    which the recogniser takes for a nationality)."""
    return token.ent_type_ == "PERSON" or token.lower_ in {"he", "she"} or (
        token.tag_ == "NNP" and (token.ent_type_ == "" or any(
            c.dep_ == "compound" and c.lower_.rstrip(".") in HONORIFICS
            for c in token.children)))


def _where(token: Any) -> bool:
    """"at the White House, where he and Biden agreed ...": a clause on a place."""
    return token.dep_ == "relcl" and token.head.ent_type_ in {"GPE", "FAC", "LOC"} and any(
        c.lower_ == "where" for c in token.children)


def _together(token: Any) -> bool:
    """"Yoon and Kishida laid flowers together": done side by side."""
    near = [*token.children, *(g for c in token.children if c.dep_ == "prep"
                               for g in c.children)]
    return token.tag_.startswith("VB") and any(
        c.dep_ == "advmod" and c.lower_ in {"together", "jointly"} for c in near)


def _particle_ok(token: Any) -> bool:
    """"sat down with" is a meeting, and so is "sat across the table from each other" or
    "sat together"; "sat" alone is not."""
    if token.lower_ not in {"sat", "sit", "sits", "sitting"}:
        return True
    return any((c.dep_ == "prt" and c.lower_ == "down")
               or (c.dep_ in {"prep", "advmod", "prt"} and c.lower_ in _FACING)
               for c in token.children)


# "sat across the table from", "sat opposite", "sat together", "sat face to face".
_FACING = {"across", "opposite", "together", "face"}


def _is_appeal(token: Any) -> bool:
    """"called for calm", "called on Russia to ...", "a call for restraint"."""
    if token.lower_ not in {"call", "calls", "called", "calling"}:
        return False
    words = APPEAL_PREPOSITIONS if token.tag_.startswith("VB") else {"for"}
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in words):
        if not any(o.ent_type_ in {"DATE", "TIME"} for o in prep.children):
            return True
    return False


def _time_spent(token: Any) -> bool:
    """"spent seven hours", "spent five days" (the parser may call the days an adverb)."""
    return any(c.dep_ in {"dobj", "npadvmod"} and c.lower_ in TIME_NOUNS
               for c in token.children)


def _time_with_someone(token: Any) -> bool:
    """"Blinken spent seven hours with Qin Gang", "... with China's top diplomat": time
    spent with a person, named or known by a title."""
    return _time_spent(token) and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(
            o.tag_ in {"NNP", "NNPS"} or o.ent_type_ == "PERSON" or o.lower_ in TITLE_WORDS
            for o in c.subtree) for c in token.children)


def _person_went_to_a_place(token: Any) -> bool:
    """A person (or "he", or a title) as subject, and "to" a place after the verb."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    person = subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in {
        "he", "she", "they"} or subject.lower_ in TITLE_WORDS)
    return person and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC", "FAC"} for o in c.children)
        for c in token.children)


def _time_in_a_place(token: Any) -> bool:
    """"Clinton spent five days in India": days spent in a place, a visit to it."""
    return _time_spent(token) and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in c.children)
        for c in token.children)


def _joins_someone(token: Any) -> bool:
    """"Tokayev and Mirziyoyev joined Xi in Xi'an": joining a person, not a club or a
    treaty ("Finland joined NATO")."""
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children)


def _courtesy_call(token: Any) -> bool:
    """"External Affairs Minister Jaishankar called on Prime Minister Hasina": a visit of
    courtesy, in person. "Called on Russia to withdraw" asks something of someone instead."""
    if token.lower_ not in {"call", "calls", "called", "calling"}:
        return False
    on = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"}]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if objects and not (on and on[0].i == token.i + 1):
        return False  # "called Xi on Tuesday": a phone call
    # Right after "called on", an object is the person called on, whatever the parser made
    # of it: "calling on President Dr Arif Alvi", "called on the Head of State, President X".
    whom = [*(on[0].children if on else ()), *objects]
    if not on or not any(o.tag_ in {"NNP", "NNPS", "PRP"} and o.ent_type_ not in {
            "DATE", "TIME"} for o in whom):
        return False
    return not any(t.tag_ == "VB" and any(a.lower_ == "to" for a in t.children)
                   for t in token.subtree)


def _receives_someone(token: Any) -> bool:
    """A host verb hosts whom its object names; "welcomed the visit", "received a letter"
    and "hosted a dinner" take a thing instead (a name, a pronoun or a title is someone)."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "oprd"}]
    # "hosted a dinner for Macron", "a banquet in honour of Samia": the guest comes after
    guests = [o for c in [*token.children, *(g for o in objects for g in o.children)]
              if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
    guests += [g for t in token.subtree if t.lower_ in {"honour", "honor"} and t.head.lower_ == "in"
               for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return not objects or any(
        o.tag_ in {"NNP", "NNPS", "PRP"} or o.ent_type_ in PARTY_ENTITIES
        or o.lower_ in TITLE_WORDS or o.lower_ in HOSTED_PEOPLE for o in objects + guests)


# Plural nouns for the two parties a text has just told of: "the two men", "both leaders".
PAIR_NOUNS = {"men", "women", "leaders", "presidents", "ministers", "sides", "premiers",
              "heads", "counterparts", "rivals", "neighbours", "neighbors"}


def pair_named_before(token: Any) -> Any:
    """The object of the trigger that stands for a pair told before ("brought the two men
    together", "telephoned both leaders", "a meeting between the two leaders"), or None."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [o for c in token.children if c.dep_ == "prep" and c.lower_ in {
        "between", "with"} for o in c.children if o.dep_ == "pobj"]
    for noun in objects:
        if noun.lower_ in PAIR_NOUNS and any(
                c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "preconj",
                                                          "predet", "amod"}
                for c in noun.children):
            return noun
    # "the two held a brief meeting": a bare "the two" as the clause's subject
    head = clause_head(token)
    return next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}
                 and c.lower_ == "two" and any(d.lower_ == "the" for d in c.children)
                 and not any(d.dep_ == "prep" for d in c.children)), None)


def _calls_someone(token: Any) -> bool:
    """A verb 'call' is a phone call only with a person or state as its object."""
    if called_to(token) is not None or pair_named_before(token) is not None:
        return True  # "Sisi called to congratulate him", "telephoned both leaders"
    deps = {c.dep_ for c in token.children}
    if {"dobj", "oprd"} <= deps:
        return False  # "calling Erdogan a welcome guest": naming, not phoning
    # The parser sometimes takes a lone name object for a predicate ("called Putin"), but
    # a predicate that names no one names a thing ("the two governments called the
    # Guanajuato Proposal").
    return any(c.tag_ in {"NNP", "NNPS", "PRP"} and (c.dep_ == "dobj" or (
        c.dep_ == "oprd" and (c.tag_ == "PRP" or c.ent_type_ in PARTY_ENTITIES)))
        for c in token.children)



def is_call(trigger: Trigger, sent: Any) -> bool:
    """Whether the contact was by phone or video rather than in person: a call word in the
    trigger's own phrase ("phone call", "video conference") or its own clause ("spoke by
    phone"), never in a neighbouring clause ("the call came after Xi travelled to Moscow")."""
    if trigger.sense == "call":
        return True
    if trigger.sense == "call_on":
        return False  # "paid a courtesy call on the President": in person
    token = trigger.token
    if any(t.lower_ in CALL_WORDS and not _naming(t) and not _call_modifier(t)
           and _own_phrase(t, token) for t in token.subtree):
        return True
    if any(t.lower_ in CALL_WORDS and t.head.lower_ in {"by", "over", "on", "via"}
           and in_clause(t, token) for t in sent):
        return True
    return _spoke_from_afar(token, sent)


# Dependents that open a phrase of their own: a clause ("The call came a day after X met
# Trump") or an aside ("Ishiba met Lee, their second meeting since their first telephone
# talk"), whose call words are about another contact.
_OWN_PHRASES = {"ccomp", "advcl", "relcl", "csubj", "npadvmod", "appos", "parataxis"}


def _own_phrase(word: Any, trigger: Any) -> bool:
    """Whether a word under the trigger belongs to its phrase, not to a clause or aside
    hung on it, nor to a clause joined to it ("talked alone for three hours, and their
    foreign ministers were called in")."""
    token = word
    while token.i != trigger.i and token.head.i != token.i:
        if token.dep_ in _OWN_PHRASES or joined_clause(token, trigger):
            return False
        token = token.head
    return True


def _call_modifier(token: Any) -> bool:
    """"what the six call terrorism", parsed as a "call terrorism": the noun "call" in front
    of another noun says nothing of a phone (a "call centre", "call logs")."""
    return token.lower_ in {"call", "calls"} and token.dep_ == "compound"


def _naming(token: Any) -> bool:
    """"what officials like to call 'the tunnel'": the verb "call" that names, not phones."""
    return token.lower_ in PHONE_VERBS and token.tag_.startswith("VB") and not _calls_someone(
        token)


def _spoke_from_afar(token: Any, sent: Any) -> bool:
    """"Bennett also spoke on Sunday with Macron": a leader who speaks with another, with no
    place and nothing in person in the clause, did so by phone. Places and meetings in other
    clauses say nothing ("with Scholz, whom he had seen in Berlin"; "who said he spoke with
    Rubio, posted that India ...")."""
    spoke = token.lower_ in SPEAKING and token.tag_.startswith("VB")
    if not spoke and token.lower_ not in CONVERSATIONS:
        return False  # "their first conversation in more than a year": the same goes
    return not location_tokens(token, "talk", sent) and not any(
        t.lower_ in IN_PERSON and in_clause(t, token) for t in sent)


CONVERSATIONS = {"conversation", "conversations"}
